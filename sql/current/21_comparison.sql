------------------------------------------------------------------------
-- Comparing where to run: Bedrock against the direct APIs that sell the
-- same model (the same family in bedprice.models: the catalog's mapping,
-- which a user extends by giving a model of theirs a family), one model
-- against another, every way to buy a model, and monthly volumes.
--
-- Token counts here are volumes (a month's, or "per 1M tokens"), priced
-- at each charge's standard tier: a long-context tier is per request, and
-- a volume is many requests.  A volume's cost is its tokens times each
-- charge's unit price (its price times its factors, exact), / 1,000,000,
-- rounded at 15 decimals as the engine rounds a usage.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.cost_or_null(
    book                  text,
    provider              text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'cost_or_null'
-- unsafe: a memo miss takes a subtransaction, which no process can start
-- while a query runs in parallel (not even the leader)
LANGUAGE C STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION bedprice.cost_or_null(text, text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost_in (provider bedrock) or api_cost_in (a direct API, region and mode ignored) for what-if pricing: NULL where the usage''s own values cannot be priced (unknown model, region or book; no price for that mode, routing or time), as the pricing trigger leaves such a row unpriced. A negative count is an error.';

CREATE FUNCTION bedprice.unit_price(
    book     text,
    provider text,
    model    text,
    region   text,
    charge   text,
    mode     text DEFAULT 'on_demand',
    at       timestamptz DEFAULT now(),
    strict   boolean DEFAULT true)
RETURNS numeric
AS 'MODULE_PATHNAME', 'unit_price'
LANGUAGE C STABLE PARALLEL UNSAFE;      -- not strict, as cost_or_null
COMMENT ON FUNCTION bedprice.unit_price(text, text, text, text, text, text, timestamptz, boolean) IS
    'USD per 1M tokens of one charge (input, output, cache_read, cache_write, cache_write_1h) at the standard tier, as the engine charges it: the price row''s price times its factors, exact; provider bedrock prices in region, mode and routing as bedrock_cost reads them, a direct API on demand. Not strict: NULL where the catalog cannot price it.';

CREATE FUNCTION bedprice.volume_cost(
    provider           text,
    model              text,
    region             text,
    in_tokens          numeric,
    out_tokens         numeric,
    mode               text DEFAULT 'on_demand',
    cache_read_tokens  numeric DEFAULT 0,
    cache_write_tokens numeric DEFAULT 0,
    at                 timestamptz DEFAULT now(),
    book               text DEFAULT NULL,
    strict             boolean DEFAULT true)
RETURNS numeric
LANGUAGE plpgsql STABLE PARALLEL UNSAFE     -- as unit_price
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    volume numeric[] := ARRAY[in_tokens, out_tokens, cache_read_tokens, cache_write_tokens];
    charges CONSTANT text[] := ARRAY['input', 'output', 'cache_read', 'cache_write'];
    direct boolean := lower(btrim(provider)) <> 'bedrock';
    unit numeric;
    total numeric := 0;
BEGIN
    IF provider IS NULL OR model IS NULL OR mode IS NULL OR at IS NULL OR array_position(volume, NULL) IS NOT NULL THEN
        RETURN NULL;
    END IF;
    IF 0 > ANY (volume) OR 'NaN' = ANY (volume) OR 'Infinity' = ANY (volume) THEN
        RAISE EXCEPTION 'token volumes must be finite and not negative'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The volumes given are %s.', array_to_string(volume, ', '));
    END IF;
    IF direct AND lower(btrim(mode)) NOT IN ('on_demand', 'standard', 'default') THEN
        RAISE EXCEPTION 'direct APIs are priced on demand only, not in mode "%"', mode
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR c IN 1..4 LOOP
        -- the input charge is priced even when its volume is 0, so that
        -- an unknown model is never a silent zero
        CONTINUE WHEN volume[c] = 0 AND c > 1;
        unit := bedprice.unit_price(book, provider, model, region, charges[c], mode, at, strict);
        IF unit IS NULL THEN
            RETURN NULL;        -- not strict, and not priced
        END IF;
        total := total + volume[c] * unit;
    END LOOP;
    RETURN trim_scale(round(total * 0.000001, 15));
END
$$;
COMMENT ON FUNCTION bedprice.volume_cost(text, text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, boolean) IS
    'USD cost of token volumes (totals over many requests, so at each charge''s standard tier, never a per-request long-context tier) of a model at provider `provider` (bedrock: in `region`, mode and routing as bedrock_cost reads them; a direct API: on demand): the exact sum of volume x unit_price / 1,000,000, rounded at 15 decimals, in `book` (NULL: bedprice.price_book''s). Not strict: NULL where the catalog cannot price it.';

CREATE FUNCTION bedprice.bedrock_premium(
    model       text,
    region      text DEFAULT NULL,
    vs_provider text DEFAULT NULL,
    in_tokens   bigint DEFAULT 1000000,
    out_tokens  bigint DEFAULT 1000000,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL,
    mode        text DEFAULT 'on_demand')
RETURNS TABLE (
    bedrock_model text,
    family        text,
    bedrock_cost  numeric,
    provider      text,
    direct_model  text,
    direct_cost   numeric,
    ratio         numeric,
    premium_pct   numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b record;
    d record;
    best record;
    best_cost numeric;
    cost numeric;
BEGIN
    IF in_tokens IS NULL OR out_tokens IS NULL OR bedrock_premium.at IS NULL OR bedrock_premium.mode IS NULL THEN
        RAISE EXCEPTION 'the token counts, time and mode of bedprice.bedrock_premium must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT r.model, m.family INTO b
    FROM bedprice.resolve_model(bedrock_premium.model) AS r
    JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = r.model;
    IF b.family IS NULL THEN
        RAISE EXCEPTION 'Bedrock model "%" has no family in bedprice.models', coalesce(b.model, bedrock_premium.model)
            USING ERRCODE = 'no_data_found',
                  HINT = 'A family names the same model at every provider that sells it: set it on the models to compare.';
    END IF;
    bedrock_model := b.model;
    family := b.family;
    bedrock_cost := bedprice.volume_cost('bedrock', bedrock_premium.model, bedrock_premium.region, in_tokens, out_tokens,
                                         bedrock_premium.mode, at => bedrock_premium.at, book => bedrock_premium.book);
    -- the direct APIs that sell the family and price it in the book: the cheapest, or vs_provider's
    FOR d IN
        SELECT m.provider, m.model
        FROM bedprice.models m JOIN bedprice.providers p ON p.provider = m.provider
        WHERE p.kind = 'direct' AND m.family = b.family
          AND (vs_provider IS NULL OR m.provider = lower(btrim(vs_provider)))
        ORDER BY m.provider, m.model
    LOOP
        -- NULL: not priced in this book at that time
        cost := bedprice.volume_cost(d.provider, d.model, NULL, in_tokens, out_tokens, at => bedrock_premium.at,
                                     book => bedrock_premium.book, strict => false);
        IF cost < best_cost OR (best_cost IS NULL AND cost IS NOT NULL) THEN
            best := d;
            best_cost := cost;
        END IF;
    END LOOP;
    IF best_cost IS NULL THEN
        RAISE EXCEPTION 'no direct API prices family "%"%', b.family,
                        CASE WHEN vs_provider IS NULL THEN '' ELSE format(' at provider "%s"', vs_provider) END
            USING ERRCODE = 'no_data_found',
                  DETAIL = format('At %s, in price book %s.',
                                  to_char(bedrock_premium.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                  coalesce(bedrock_premium.book, current_setting('bedprice.price_book')));
    END IF;
    provider := best.provider;
    direct_model := best.model;
    direct_cost := best_cost;
    ratio := CASE WHEN best_cost > 0 THEN trim_scale(bedrock_cost / best_cost) END;
    premium_pct := round(100 * (ratio - 1), 2);
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION bedprice.bedrock_premium(text, text, text, bigint, bigint, timestamptz, text, text) IS
    'What token volumes cost on Bedrock (in `mode`) against a direct API that sells the same model (the same family in bedprice.models): the cheapest one, or vs_provider''s; ratio is Bedrock / direct, premium_pct (ratio - 1) x 100 rounded to 2 places. Prices in `book` (NULL: bedprice.price_book''s), at the standard tier (volumes, see volume_cost).';

-- One model against another (the seed's "Nova vs competing models").
CREATE FUNCTION bedprice.compare_models(
    model       text,
    vs_model    text,
    in_tokens   bigint DEFAULT 1000000,
    out_tokens  bigint DEFAULT 1000000,
    provider    text DEFAULT 'bedrock',
    vs_provider text DEFAULT 'bedrock',
    region      text DEFAULT NULL,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL)
RETURNS TABLE (
    cost           numeric,
    vs_cost        numeric,
    ratio          numeric,
    difference_pct numeric)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT c.a, c.b, trim_scale(c.a / nullif(c.b, 0)), round(100 * (c.a / nullif(c.b, 0) - 1), 2)
    FROM (SELECT bedprice.volume_cost(provider, model, region, in_tokens, out_tokens, at => at, book => book) AS a,
                 bedprice.volume_cost(vs_provider, vs_model, region, in_tokens, out_tokens, at => at, book => book) AS b) c
$$;
COMMENT ON FUNCTION bedprice.compare_models(text, text, bigint, bigint, text, text, text, timestamptz, text) IS
    'Token volumes priced for two models (each at its provider; Bedrock ones in `region`): ratio is cost / vs_cost, difference_pct (ratio - 1) x 100 rounded to 2 places (negative: cheaper). Prices in `book`, at the standard tier.';

-- Every way to buy a model: Bedrock in each region, routing and service
-- tier the catalog prices it in, and each direct API that sells its family.
CREATE FUNCTION bedprice.cheapest(
    model      text,
    in_tokens  bigint DEFAULT 1000000,
    out_tokens bigint DEFAULT 1000000,
    region     text DEFAULT NULL,
    at         timestamptz DEFAULT now(),
    book       text DEFAULT NULL)
RETURNS TABLE (
    rank       bigint,
    provider   text,
    call_as    text,
    routing    text,
    mode       text,
    regions    text[],
    cost       numeric,
    saving     numeric,
    saving_pct numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b record;
BEGIN
    IF in_tokens IS NULL OR out_tokens IS NULL OR cheapest.at IS NULL OR cheapest.model IS NULL THEN
        RAISE EXCEPTION 'the model, token counts and time of bedprice.cheapest must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF cheapest.book IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.price_books k WHERE k.book = lower(btrim(cheapest.book))) THEN
        RAISE EXCEPTION 'unknown price book "%"', cheapest.book
            USING ERRCODE = 'undefined_object', HINT = 'bedprice.price_books lists the books.';
    END IF;
    IF cheapest.region IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = lower(btrim(cheapest.region))) THEN
        RAISE EXCEPTION 'unknown region "%"', cheapest.region
            USING ERRCODE = 'undefined_object', HINT = 'bedprice.regions lists the known regions.';
    END IF;
    BEGIN
        SELECT r.model, m.family INTO b
        FROM bedprice.resolve_model(cheapest.model) AS r
        JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = r.model;
    EXCEPTION WHEN undefined_object THEN
        -- a family's name, or a direct API's model: the family's Bedrock models
        SELECT NULL AS model, m.family INTO b FROM bedprice.models m
        WHERE m.family IS NOT NULL AND (lower(m.family) = lower(btrim(cheapest.model)) OR lower(m.model) = lower(btrim(cheapest.model)))
        ORDER BY m.provider = 'bedrock' DESC, m.provider, m.model LIMIT 1;
        IF b.family IS NULL THEN
            RAISE;
        END IF;
    END;
    RETURN QUERY
    WITH bedrock_models AS (
        SELECT m.model FROM bedprice.models m
        WHERE m.provider = 'bedrock' AND (m.model = b.model OR (b.model IS NULL AND m.family = b.family))
    ), options AS (
        SELECT 'bedrock'::text AS provider,
               CASE o.routing WHEN 'in_region' THEN bm.model
                              WHEN 'global' THEN 'global.' || bm.model
                              ELSE g.geography || '.' || bm.model END AS call_as,
               o.routing, o.mode, g.region,
               bedprice.volume_cost('bedrock', CASE o.routing WHEN 'in_region' THEN bm.model
                                                              WHEN 'global' THEN 'global.' || bm.model
                                                              ELSE g.geography || '.' || bm.model END,
                                    g.region, in_tokens, out_tokens, o.mode, at => cheapest.at,
                                    book => cheapest.book, strict => false) AS cost
        FROM bedrock_models bm
        CROSS JOIN bedprice.regions g
        CROSS JOIN (SELECT r.word AS routing, d.word AS mode
                    FROM bedprice.vocabulary() r, bedprice.vocabulary() d
                    WHERE r.kind = 'routing' AND d.kind = 'mode') o
        WHERE (cheapest.region IS NULL OR g.region = lower(btrim(cheapest.region)))
          -- a geographic profile exists for the geographies of the vocabulary only
          AND (o.routing <> 'geo' OR g.geography IN (SELECT v.word FROM bedprice.vocabulary() v WHERE v.kind = 'geography'))
        UNION ALL
        SELECT m.provider, m.model, NULL, 'on_demand', NULL,
               bedprice.volume_cost(m.provider, m.model, NULL, in_tokens, out_tokens, at => cheapest.at,
                                    book => cheapest.book, strict => false)
        FROM bedprice.models m JOIN bedprice.providers p ON p.provider = m.provider
        WHERE p.kind = 'direct' AND m.family = b.family
    ), ways AS (
        SELECT o.provider, o.call_as, o.routing, o.mode,
               array_agg(o.region ORDER BY o.region) FILTER (WHERE o.region IS NOT NULL) AS regions, o.cost
        FROM options o WHERE o.cost IS NOT NULL
        GROUP BY o.provider, o.call_as, o.routing, o.mode, o.cost
    )
    SELECT rank() OVER (ORDER BY w.cost), w.provider, w.call_as, w.routing, w.mode, w.regions, w.cost,
           max(w.cost) OVER () - w.cost,
           round(100 * (max(w.cost) OVER () - w.cost) / nullif(max(w.cost) OVER (), 0), 2)
    FROM ways w
    ORDER BY w.cost, w.provider, w.call_as, w.mode, w.regions;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no way to buy model "%" is priced%', cheapest.model,
                        CASE WHEN cheapest.region IS NULL THEN '' ELSE format(' in region "%s"', cheapest.region) END
            USING ERRCODE = 'no_data_found',
                  DETAIL = format('At %s, in price book %s.', cheapest.at,
                                  coalesce(cheapest.book, current_setting('bedprice.price_book')));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice.cheapest(text, bigint, bigint, text, timestamptz, text) IS
    'Every way to buy a model (a Bedrock ID or alias, or a family): on Bedrock per routing (call_as: the ID to call) and service tier, with the regions where it costs the same, and each direct API that sells its family; ranked by the cost of the token volumes, with the saving against the most expensive. In `region` only, if given; prices in `book`, at the standard tier.';

-- A month of tokens.
CREATE FUNCTION bedprice.monthly_cost(
    model                  text,
    region                 text,
    in_mtok_per_month      numeric,
    out_mtok_per_month     numeric,
    mode                   text DEFAULT 'on_demand',
    cache_read_mtok        numeric DEFAULT 0,
    cache_write_mtok       numeric DEFAULT 0,
    at                     timestamptz DEFAULT now(),
    book                   text DEFAULT NULL,
    provider               text DEFAULT 'bedrock')
RETURNS numeric
LANGUAGE sql STABLE PARALLEL UNSAFE                 -- as volume_cost
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT bedprice.volume_cost(provider, model, region, in_mtok_per_month * 1000000, out_mtok_per_month * 1000000,
                                mode, cache_read_mtok * 1000000, cache_write_mtok * 1000000, at, book)
$$;
COMMENT ON FUNCTION bedprice.monthly_cost(text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, text) IS
    'USD a month of token volumes costs (millions of tokens per month), exact: volume_cost at Bedrock (or `provider`, a direct API), at the standard tier.';

-- The seed's "Cost Analysis" tables: the same traffic bought three ways.
CREATE FUNCTION bedprice.scenario(
    models             text[],
    in_mtok_per_month  numeric[],
    out_mtok_per_month numeric[],
    region             text DEFAULT NULL,
    at                 timestamptz DEFAULT now(),
    book               text DEFAULT NULL)
RETURNS TABLE (
    setup          text,
    monthly_cost   numeric,
    vs_bedrock_pct numeric,
    detail         text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer := cardinality(models);
BEGIN
    IF n IS NULL OR n = 0 OR cardinality(in_mtok_per_month) IS DISTINCT FROM n
       OR cardinality(out_mtok_per_month) IS DISTINCT FROM n THEN
        RAISE EXCEPTION 'models, in_mtok_per_month and out_mtok_per_month must have one element per model'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Their lengths are %s, %s and %s.', coalesce(n, 0),
                                  coalesce(cardinality(in_mtok_per_month), 0), coalesce(cardinality(out_mtok_per_month), 0));
    END IF;
    IF array_position(models, NULL) IS NOT NULL OR array_position(in_mtok_per_month, NULL) IS NOT NULL
       OR array_position(out_mtok_per_month, NULL) IS NOT NULL OR scenario.at IS NULL THEN
        RAISE EXCEPTION 'a scenario''s models, volumes and time must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    RETURN QUERY
    WITH lines AS (
        SELECT u.ord, u.m, u.i, u.o,
               bedprice.monthly_cost(u.m, scenario.region, u.i, u.o, at => scenario.at, book => scenario.book) AS bedrock
        FROM unnest(models, in_mtok_per_month, out_mtok_per_month) WITH ORDINALITY AS u(m, i, o, ord)
    ), priced AS (
        SELECT l.*, d.provider, d.cost AS direct
        FROM lines l
        LEFT JOIN LATERAL (
            SELECT x.provider, x.cost FROM (
                SELECT dm.provider,
                       bedprice.volume_cost(dm.provider, dm.model, NULL, l.i * 1000000, l.o * 1000000,
                                            at => scenario.at, book => scenario.book, strict => false) AS cost
                FROM bedprice.models dm JOIN bedprice.providers p ON p.provider = dm.provider
                WHERE p.kind = 'direct'
                  AND dm.family = (SELECT bm.family FROM bedprice.resolve_model(l.m) r
                                   JOIN bedprice.models bm ON bm.provider = 'bedrock' AND bm.model = r.model)) x
            WHERE x.cost IS NOT NULL ORDER BY x.cost, x.provider LIMIT 1) d ON true
    ), setups AS (
        SELECT 1 AS ord, 'bedrock on demand' AS setup, sum(p.bedrock) AS cost,
               string_agg(format('%s $%s', p.m, p.bedrock), '; ' ORDER BY p.ord) AS detail
        FROM priced p
        UNION ALL
        SELECT 2, 'direct APIs',
               CASE WHEN count(p.direct) = count(*) THEN sum(p.direct) END,
               string_agg(CASE WHEN p.direct IS NULL THEN format('%s: no direct API sells it', p.m)
                               ELSE format('%s at %s $%s', p.m, p.provider, p.direct) END, '; ' ORDER BY p.ord)
        FROM priced p
        UNION ALL
        SELECT 3, 'cheapest per model', sum(LEAST(p.bedrock, p.direct)),
               string_agg(CASE WHEN p.direct < p.bedrock THEN format('%s at %s $%s', p.m, p.provider, p.direct)
                               ELSE format('%s on bedrock $%s', p.m, p.bedrock) END, '; ' ORDER BY p.ord)
        FROM priced p
    )
    SELECT s.setup, s.cost,
           round(100 * (s.cost / nullif(first_value(s.cost) OVER (ORDER BY s.ord), 0) - 1), 2), s.detail
    FROM setups s ORDER BY s.ord;
END
$$;
COMMENT ON FUNCTION bedprice.scenario(text[], numeric[], numeric[], text, timestamptz, text) IS
    'A month''s traffic (per Bedrock model: millions of input and output tokens) bought three ways: all on Bedrock on demand, all at the cheapest direct API selling each model''s family (NULL if one has none), and the cheaper of the two per model; vs_bedrock_pct against the first. Prices in `book`, at the standard tier.';
