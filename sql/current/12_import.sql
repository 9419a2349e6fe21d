------------------------------------------------------------------------
-- Importers: one parser per format, one applier, one report
--
-- A parser turns a document into items: one per price it found (or per
-- entry it could not read), each either mapped to a catalog key or
-- carrying the reason it is not.  The applier imports the mapped ones
-- with history and returns a report a user can query: every item, its
-- outcome (imported, unchanged, refused, not mapped) and why.  Prices are
-- exact: a JSON number or an AWS price string is a numeric, scaled to USD
-- per 1M tokens, rounded to 10 decimal places (LiteLLM's floats carry
-- noise such as 3.5000000000000004e-07) and trimmed.
------------------------------------------------------------------------

CREATE TYPE bedprice.import_result AS (
    source_key         text,
    source_field       text,
    provider           text,
    model              text,
    region             text,
    routing            text,
    mode               text,
    charge             text,
    above_input_tokens bigint,
    usd_per_mtok       numeric,
    valid_from         timestamptz,
    outcome            text,
    detail             text,
    geography          text);       -- last, where ALTER EXTENSION UPDATE from 0.3.0 adds it
COMMENT ON TYPE bedprice.import_result IS
    'One line of an importer''s report: the item of the document (entry or SKU, and price field or dimension), the catalog key it maps to, its outcome (imported, unchanged, refused, not mapped) and why.';

CREATE TYPE bedprice_internal.import_item AS (
    source_key   text,
    source_field text,
    provider     text,
    model_name   text,
    create_model boolean,
    region       text,
    routing      text,
    mode         text,
    charge       text,
    above        bigint,
    usd          numeric,
    usd_exact    numeric,
    valid_from   timestamptz,
    reason       text,
    geography    text,
    spoils       boolean);  -- a price of a charge the value of which is bad: its whole set stays out
COMMENT ON TYPE bedprice_internal.import_item IS
    'A price a parser found in an import document, mapped to a catalog key, or the reason it is not.';

-- A price from the document as USD per 1M tokens, exact, rounded to 10
-- decimal places to drop float noise.
CREATE FUNCTION bedprice_internal.import_usd(v numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT trim_scale(round(v, 10))
$$;
COMMENT ON FUNCTION bedprice_internal.import_usd(numeric) IS
    'An imported price rounded to 10 decimal places (dropping float noise) and trimmed.';

-- What importing one price would do, without doing it: 'unchanged' when
-- the price in force at valid_from is already this one (open-ended),
-- 'refused' when a price of its key starts at or after valid_from, NULL
-- when it would import.
CREATE FUNCTION bedprice_internal.import_check(i bedprice_internal.import_item, model text, source text, book text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    found_outcome text;
BEGIN
    EXECUTE format('SELECT CASE WHEN t.valid_from <= k.valid_from AND t.valid_to = ''infinity''
                                     AND t.usd_per_mtok = k.usd_per_mtok THEN ''unchanged''
                                WHEN t.valid_from >= k.valid_from THEN ''refused'' END %s
                    ORDER BY 1 DESC NULLS LAST LIMIT 1', bedprice_internal.rows_of_key('prices'))
        INTO found_outcome USING bedprice_internal.import_row(i, model, source, book);
    RETURN found_outcome;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_check(bedprice_internal.import_item, text, text, text) IS
    'What importing one price would do: unchanged, refused (a price of its key starts at or after it), or NULL: imported.';

-- The catalog row of an imported price, as jsonb.
CREATE FUNCTION bedprice_internal.import_row(i bedprice_internal.import_item, model text, source text, book text)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('provider', i.provider, 'model', model, 'region', i.region,
                              'routing', i.routing, 'geography', i.geography, 'mode', i.mode, 'charge', i.charge,
                              'above_input_tokens', i.above, 'usd_per_mtok', i.usd,
                              'valid_from', i.valid_from, 'valid_to', 'infinity'::timestamptz,
                              'source', source, 'book', book)
$$;
COMMENT ON FUNCTION bedprice_internal.import_row(bedprice_internal.import_item, text, text, text) IS
    'The bedprice.prices row (jsonb) of an imported price.';

-- Import one price (its model created if need be) with history: imported,
-- or unchanged when the catalog has it already.
CREATE FUNCTION bedprice_internal.import_price_row(i bedprice_internal.import_item, source text, book text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    model text := coalesce(bedprice_internal.find_model(i.provider, i.model_name),
                           bedprice_internal.create_model(i.provider, bedprice_internal.bare_model_id(i.provider, i.model_name)));
BEGIN
    RETURN CASE WHEN bedprice_internal.add_history_row('prices', bedprice_internal.import_row(i, model, source, book)) IS NULL
                THEN 'unchanged' ELSE 'imported' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_price_row(bedprice_internal.import_item, text, text) IS
    'Imports one price with history (creating its model if need be); returns imported, or unchanged when the catalog has it.';

-- The report lines of one catalog key's items, once its outcome is known.
CREATE FUNCTION bedprice_internal.import_report(
    items bedprice_internal.import_item[], model text, outcome text, detail text)
RETURNS SETOF bedprice.import_result
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT i.source_key, i.source_field, i.provider, coalesce(model, i.model_name), i.region, i.routing,
           i.mode, i.charge, i.above, i.usd, i.valid_from, outcome,
           nullif(concat_ws('; ', coalesce(i.reason, detail),
                            CASE WHEN i.usd_exact <> i.usd THEN format('rounded from %s', trim_scale(i.usd_exact)) END,
                            CASE WHEN i.n > 1 AND outcome <> 'not mapped'
                                 THEN format('the same price as %s', items[1].source_key) END), ''),
           i.geography
    FROM unnest(items) WITH ORDINALITY
         AS i(source_key, source_field, provider, model_name, create_model, region, routing,
              mode, charge, above, usd, usd_exact, valid_from, reason, geography, spoils, n)
$$;
COMMENT ON FUNCTION bedprice_internal.import_report(bedprice_internal.import_item[], text, text, text) IS
    'The report lines of the items of one catalog key (or of the items not mapped).';

-- Import the mapped items, each catalog key once, and report every item.
-- A model's prices for one region, routing, geography and mode (a price
-- set: what a call there is priced from) import all or none: a set with a
-- key the document prices twice, or a price of a charge whose value is
-- bad, imports nothing (not mapped); a set with a price that would be
-- refused imports nothing either (refused).  A model with an input price
-- and no output price would price nothing right.  Every line of such a set
-- says why.
CREATE FUNCTION bedprice_internal.apply_import(items bedprice_internal.import_item[], source text, book text)
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    g record;
    outcome text;
    detail text;
BEGIN
    RETURN QUERY SELECT * FROM bedprice_internal.import_report(
        ARRAY(SELECT u FROM unnest(items) u WHERE u.reason IS NOT NULL), NULL, 'not mapped', NULL);
    FOR g IN
        WITH x AS (
            SELECT u AS item, m.model,
                   bedprice_internal.name_key(coalesce(m.model, bedprice_internal.bare_model_id(u.provider, u.model_name)))
                       AS model_key
            FROM unnest(items) u,
                 LATERAL (SELECT bedprice_internal.find_model(u.provider, u.model_name) AS model) m
            WHERE u.reason IS NULL OR u.spoils
        ),
        k AS (
            SELECT array_agg(x.item ORDER BY (x.item).source_key, (x.item).source_field)
                       FILTER (WHERE (x.item).reason IS NULL) AS members,
                   min(x.model) AS model, bool_or((x.item).create_model) AS creatable,
                   count(DISTINCT (x.item).usd) FILTER (WHERE (x.item).reason IS NULL) AS prices,
                   string_agg(format('%s%s = %s', (x.item).source_key, ' ' || (x.item).source_field, (x.item).usd),
                              ', ' ORDER BY (x.item).source_key, (x.item).source_field)
                       FILTER (WHERE (x.item).reason IS NULL) AS listing,
                   min(format('%s (%s)', (x.item).source_key, (x.item).reason)) FILTER (WHERE (x.item).spoils) AS spoiler,
                   (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                   (x.item).mode, (x.item).charge
            FROM x
            GROUP BY (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                     (x.item).mode, (x.item).charge, (x.item).above, (x.item).valid_from
        ),
        c AS (
            SELECT k.*,
                   CASE WHEN k.prices = 1 AND (k.model IS NOT NULL OR k.creatable) AND k.spoiler IS NULL
                        THEN bedprice_internal.import_check(k.members[1], k.model, source, book) END AS would
            FROM k
        )
        SELECT * FROM (
            SELECT c.*,
                   min(c.charge) FILTER (WHERE c.prices > 1) OVER s AS disputed,
                   min(c.spoiler) OVER s AS spoiled_by,
                   min(c.charge) FILTER (WHERE c.would = 'refused') OVER s AS refused_charge
            FROM c
            WINDOW s AS (PARTITION BY c.provider, c.model_key, c.region, c.routing, c.geography, c.mode)) w
        WHERE w.members IS NOT NULL
        ORDER BY w.provider, w.model_key, w.region, w.routing, w.geography, w.mode, w.charge
    LOOP
        detail := NULL;
        IF g.prices > 1 THEN
            outcome := 'not mapped';
            detail := 'the document gives this key different prices: ' || g.listing
                      || '; none of the model''s prices for this region, routing and mode are imported';
        ELSIF g.disputed IS NOT NULL THEN
            outcome := 'not mapped';
            detail := format('the document gives this model''s %s price here different prices, so none of its prices for this region, routing and mode are imported',
                             g.disputed);
        ELSIF g.spoiled_by IS NOT NULL THEN
            outcome := 'not mapped';
            detail := format('another price of this model here cannot be read: %s, so none of its prices for this region, routing and mode are imported',
                             g.spoiled_by);
        ELSIF g.model IS NULL AND NOT g.creatable THEN
            outcome := 'not mapped';
            detail := format('unknown model: give "%s" an alias in bedprice.model_aliases (the model''s Bedrock ID), then import again',
                             g.members[1].model_name);
        ELSIF g.would = 'refused' THEN
            outcome := 'refused';
            detail := 'a price of this key starts at or after valid_from: import with a later valid_from, or delete that price';
        ELSIF g.refused_charge IS NOT NULL AND g.would IS NULL THEN
            outcome := 'refused';
            detail := format('this model''s %s price here is refused, so none of its prices for this region, routing and mode are imported',
                             g.refused_charge);
        ELSIF g.would = 'unchanged' THEN
            outcome := 'unchanged';
        ELSE
            outcome := bedprice_internal.import_price_row(g.members[1], source, book);
            g.model := bedprice_internal.find_model(g.members[1].provider, g.members[1].model_name);
        END IF;
        RETURN QUERY SELECT * FROM bedprice_internal.import_report(g.members, g.model, outcome, detail);
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_import(bedprice_internal.import_item[], text, text) IS
    'Imports the mapped items of a parsed document with history, each price set (model, region, routing, geography, mode) all or none, and returns the report of every item.';
