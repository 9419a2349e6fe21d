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
    geography    text);
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

-- One imported price: unchanged when the price in force at valid_from is
-- already this one (open-ended); refused when a price of the same key
-- starts at or after valid_from; else imported with history.
CREATE FUNCTION bedprice_internal.import_price_row(i bedprice_internal.import_item, source text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    model text := coalesce(bedprice_internal.find_model(i.provider, i.model_name),
                           bedprice_internal.create_model(i.provider, bedprice_internal.bare_model_id(i.provider, i.model_name)));
    r jsonb := jsonb_build_object('provider', i.provider, 'model', model, 'region', i.region,
                                  'routing', i.routing, 'geography', i.geography, 'mode', i.mode, 'charge', i.charge,
                                  'above_input_tokens', i.above, 'usd_per_mtok', i.usd,
                                  'valid_from', i.valid_from, 'valid_to', 'infinity'::timestamptz,
                                  'source', source);
    of_key text := bedprice_internal.rows_of_key('prices');
    found_outcome text;
BEGIN
    EXECUTE format('SELECT CASE WHEN t.valid_from <= k.valid_from AND t.valid_to = ''infinity''
                                     AND t.usd_per_mtok = k.usd_per_mtok THEN ''unchanged''
                                WHEN t.valid_from >= k.valid_from THEN ''refused'' END %s
                    ORDER BY 1 DESC NULLS LAST LIMIT 1', of_key)
        INTO found_outcome USING r;
    IF found_outcome IS NOT NULL THEN
        RETURN found_outcome;
    END IF;
    RETURN CASE WHEN bedprice_internal.add_history_row('prices', r) IS NULL THEN 'unchanged' ELSE 'imported' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_price_row(bedprice_internal.import_item, text) IS
    'Imports one price with history; returns imported, unchanged (in force already, open-ended) or refused (a price of its key starts at or after it).';

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
              mode, charge, above, usd, usd_exact, valid_from, reason, geography, n)
$$;
COMMENT ON FUNCTION bedprice_internal.import_report(bedprice_internal.import_item[], text, text, text) IS
    'The report lines of the items of one catalog key (or of the items not mapped).';

-- Import the mapped items, each catalog key once, and report every item.
-- A key the document gives different prices is not imported, and neither
-- is the rest of its price set (the model's prices for one region,
-- routing, geography and mode): a model with an input price and no output
-- price would price nothing right.  Every line of such a set says why.
CREATE FUNCTION bedprice_internal.apply_import(items bedprice_internal.import_item[], source text)
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
        SELECT k.*,
               min(k.charge) FILTER (WHERE k.prices > 1)
                   OVER (PARTITION BY k.provider, k.model_key, k.region, k.routing, k.geography, k.mode)
                   AS set_conflict
        FROM (SELECT array_agg(x.item ORDER BY (x.item).source_key, (x.item).source_field) AS members,
                     min(x.model) AS model, bool_or((x.item).create_model) AS creatable,
                     count(DISTINCT (x.item).usd) AS prices,
                     string_agg(format('%s%s = %s', (x.item).source_key, ' ' || (x.item).source_field, (x.item).usd),
                                ', ' ORDER BY (x.item).source_key, (x.item).source_field) AS listing,
                     (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                     (x.item).mode, (x.item).charge
              FROM (SELECT u AS item, m.model,
                           bedprice_internal.name_key(coalesce(m.model, bedprice_internal.bare_model_id(u.provider, u.model_name)))
                               AS model_key
                    FROM unnest(items) u,
                         LATERAL (SELECT bedprice_internal.find_model(u.provider, u.model_name) AS model) m
                    WHERE u.reason IS NULL) x
              GROUP BY (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                       (x.item).mode, (x.item).charge, (x.item).above, (x.item).valid_from) k
        ORDER BY k.provider, k.model_key, k.region, k.routing, k.geography, k.mode, k.charge
    LOOP
        detail := NULL;
        IF g.prices > 1 THEN
            outcome := 'not mapped';
            detail := 'the document gives this key different prices: ' || g.listing
                      || '; none of the model''s prices for this region, routing and mode are imported';
        ELSIF g.set_conflict IS NOT NULL THEN
            outcome := 'not mapped';
            detail := format('the document gives this model''s %s price here different prices, so none of its prices for this region, routing and mode are imported',
                             g.set_conflict);
        ELSIF g.model IS NULL AND NOT g.creatable THEN
            outcome := 'not mapped';
            detail := format('unknown model: give "%s" an alias in bedprice.model_aliases (the model''s Bedrock ID), then import again',
                             g.members[1].model_name);
        ELSE
            outcome := bedprice_internal.import_price_row(g.members[1], source);
            g.model := bedprice_internal.find_model(g.members[1].provider, g.members[1].model_name);
            IF outcome = 'refused' THEN
                detail := 'a price of this key starts at or after valid_from: import with a later valid_from, or delete that price';
            END IF;
        END IF;
        RETURN QUERY SELECT * FROM bedprice_internal.import_report(g.members, g.model, outcome, detail);
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_import(bedprice_internal.import_item[], text) IS
    'Imports the mapped items of a parsed document with history (a price set with a key the document prices twice differently: none of it) and returns the report of every item.';
