#!/usr/bin/env bash
# property.sh: thousands of random usages priced by the extension must equal
# the same formula computed in plain SQL numeric from the catalog rows.
#
# The reference (ref_quote below) is written in PL/pgSQL in this suite's own
# database and reads bedprice.prices and bedprice.multipliers directly: it
# shares no code with the C engine.  The suite adds catalog rows so that the
# random usages go through price history, region/routing/mode-specific rows,
# long-context tiers, multipliers, geography rows, price books (a child of
# aws with a vendor rule, an override and a rule of its own; a grandchild)
# and rounding past 15 decimal places, then compares bedrock_cost (and
# bedrock_cost_in for the books), api_cost and the breakdown with it.  Usages
# the reference finds unpriceable must raise an error (SQLSTATE P0002).
set -u

source "$(dirname "$0")/../lib.sh"

DB=bp_property
N_BEDROCK=5000
N_API=1500

fresh_db "$DB"

# sql STATEMENTS: run in the suite's database; stop the suite on error.
sql() {
    local out
    if ! out=$(q -d "$DB" "$@" 2>&1); then
        check "setup SQL runs without error" "" "$out"
        exit 1
    fi
    [ -n "$out" ] && echo "$out"
    return 0
}

# value QUERY: one value, or the error text (so a check shows it).
value() { q -d "$DB" -c "$1" 2>&1 | tr '\n' ' ' | sed 's/ $//'; }

########################################################################
# 1. Extra catalog rows: history, specific rows, tiers, odd decimals.
########################################################################
sql <<'SQL'
SET TIME ZONE 'UTC';

-- A price change: Llama 4 Maverick input 0.24 until 2025-03-01, 0.4321 after.
UPDATE bedprice.prices SET valid_to = '2025-03-01'
 WHERE provider = 'bedrock' AND model = 'meta.llama4-maverick-17b-instruct-v1:0'
   AND charge = 'input' AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand'
   AND above_input_tokens = 0;
-- The same on the direct API: Claude 3.5 Haiku input 0.80 until 2025-05-01.
UPDATE bedprice.prices SET valid_to = '2025-05-01'
 WHERE provider = 'anthropic' AND model = 'claude-3-5-haiku-20241022'
   AND charge = 'input';

-- Each row goes in through bedprice.set_price, which keeps history: an
-- earlier row of the same key is closed where a new one starts (and
-- continued after a window ends), as the sheet loaders do.
SELECT count(bedprice.set_price(provider, model, charge, usd, valid_from::timestamptz, region,
                                routing, mode, above, valid_to::timestamptz, source))
FROM (VALUES
    -- the new Maverick price after the change
    ('bedrock', 'meta.llama4-maverick-17b-instruct-v1:0', NULL, 'in_region', 'on_demand', 'input', 0,
     0.4321, '2025-03-01', 'infinity', 'property: price change'),
    -- a window overlapping the shipped always-valid row: the later start wins inside it
    ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', NULL, 'in_region', 'on_demand', 'output', 0,
     3.7, '2025-05-01', '2025-08-01', 'property: temporary discount'),
    -- a price change mid-period (the database refuses two rows of one key
    -- valid at once, so the 0.1.0 tie-break by price_id cannot arise)
    ('bedrock', 'amazon.nova-lite-v1:0', NULL, 'in_region', 'on_demand', 'output', 0,
     0.2345678, '2025-02-01', 'infinity', 'property: price change, many decimals'),
    -- Claude 3.5 Sonnet v2 input: region-, routing- and mode-specific rows that compete
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'eu-west-1', 'in_region', 'on_demand', 'input', 0,
     3.3, '2025-01-01', 'infinity', 'property: region row'),
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL, 'geo', 'on_demand', 'input', 0,
     3.15, '-infinity', 'infinity', 'property: geo row'),
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL, 'in_region', 'batch', 'input', 0,
     1.45, '-infinity', 'infinity', 'property: batch row'),
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL, 'geo', 'batch', 'input', 0,
     1.6, '-infinity', 'infinity', 'property: geo+batch row'),
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'eu-west-1', 'in_region', 'batch', 'input', 0,
     1.55, '-infinity', 'infinity', 'property: region+batch row (beats geo+batch)'),
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'eu-west-1', 'in_region', 'on_demand', 'cache_read', 0,
     0.33, '2025-01-01', '2025-09-01', 'property: region row for a window'),
    -- explicit geo routing row (input) and global row (output, from mid-2025)
    ('bedrock', 'anthropic.claude-opus-4-20250514-v1:0', NULL, 'geo', 'on_demand', 'input', 0,
     16.5, '-infinity', 'infinity', 'property: geo row'),
    ('bedrock', 'anthropic.claude-opus-4-20250514-v1:0', NULL, 'global', 'on_demand', 'output', 0,
     82.5, '2025-06-01', 'infinity', 'property: global row'),
    -- explicit batch row for one charge
    ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', NULL, 'in_region', 'batch', 'input', 0,
     0.4, '-infinity', 'infinity', 'property: batch row'),
    -- long context: a regional tier row for Claude 4 Sonnet
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'eu-west-1', 'in_region', 'on_demand', 'input', 200000,
     6.6, '-infinity', 'infinity', 'property: regional tier row'),
    -- a tier that starts mid-period (Nova Premier above 300K input)
    ('bedrock', 'amazon.nova-premier-v1:0', NULL, 'in_region', 'on_demand', 'input', 300000,
     4.0, '2025-06-01', 'infinity', 'property: new tier'),
    ('bedrock', 'amazon.nova-premier-v1:0', NULL, 'in_region', 'on_demand', 'output', 300000,
     16.0, '2025-06-01', 'infinity', 'property: new tier'),
    -- an incomplete tier: input only, so output above 1M input cannot be priced
    ('bedrock', 'meta.llama3-3-70b-instruct-v1:0', NULL, 'in_region', 'on_demand', 'input', 1000000,
     3.0, '2025-06-01', 'infinity', 'property: incomplete tier'),
    -- prices with many decimals (rounding past 15 places)
    ('bedrock', 'amazon.nova-micro-v1:0', NULL, 'in_region', 'on_demand', 'input', 0,
     0.000123456789, '2025-06-01', 'infinity', 'property: many decimals'),
    ('bedrock', 'meta.llama3-1-8b-instruct-v1:0', NULL, 'in_region', 'on_demand', 'output', 0,
     0.123456789012, '2025-06-01', 'infinity', 'property: many decimals'),
    ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', NULL, 'in_region', 'on_demand', 'cache_read', 0,
     0.080000000001, '2025-10-01', 'infinity', 'property: many decimals'),
    -- flex priced for one charge only (other charges need a flex factor: none)
    ('bedrock', 'amazon.nova-micro-v1:0', NULL, 'in_region', 'flex', 'input', 0,
     0.02, '-infinity', 'infinity', 'property: flex row'),
    -- direct APIs
    ('anthropic', 'claude-3-5-haiku-20241022', NULL, 'in_region', 'on_demand', 'input', 0,
     0.85, '2025-05-01', 'infinity', 'property: price change'),
    ('anthropic', 'claude-3-opus-20240229', NULL, 'in_region', 'on_demand', 'input', 0,
     15.123456789012, '2025-09-01', 'infinity', 'property: many decimals'),
    ('anthropic', 'claude-3-5-sonnet-20241022', 'eu-west-1', 'in_region', 'on_demand', 'input', 0,
     9.99, '-infinity', 'infinity', 'property: regional row, never a candidate for api_cost'),
    ('anthropic', 'claude-3-5-sonnet-20241022', NULL, 'geo', 'on_demand', 'output', 0,
     99.0, '-infinity', 'infinity', 'property: geo row, never a candidate for api_cost'),
    ('anthropic', 'claude-3-5-sonnet-20241022', NULL, 'in_region', 'batch', 'output', 0,
     0.01, '-infinity', 'infinity', 'property: batch row, never a candidate for api_cost'),
    ('anthropic', 'claude-sonnet-4-20250514', NULL, 'in_region', 'on_demand', 'cache_read', 200000,
     0.610000000009, '2025-07-01', '2026-04-30', 'property: tier price change'),
    ('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', NULL, 'in_region', 'on_demand', 'output', 0,
     0.777777777777, '2025-04-01', '2025-10-01', 'property: window, many decimals'),
    ('groq', 'llama-3.1-8b-instant', NULL, 'in_region', 'on_demand', 'input', 0,
     0.000000000001, '2025-08-01', 'infinity', 'property: smallest price'),
    -- a GovCloud key of its own for Claude 4 Sonnet, without long-context
    -- rows: its requests are never billed at the all-region tier
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-gov-west-1', 'in_region', 'on_demand', 'input', 0,
     3.6, '-infinity', 'infinity', 'property: govcloud key'),
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-gov-west-1', 'in_region', 'on_demand', 'output', 0,
     18.0, '-infinity', 'infinity', 'property: govcloud key'),
    -- the catalog's limits: 12-decimal prices up to 1,000,000 (with the
    -- 9-decimal factors below, past what int128 holds)
    ('bedrock', 'test.property-extreme-v1:0', NULL, 'in_region', 'on_demand', 'input', 0,
     999999.999999999999, '-infinity', 'infinity', 'property: extreme'),
    ('bedrock', 'test.property-extreme-v1:0', NULL, 'in_region', 'on_demand', 'output', 0,
     0.000000000001, '-infinity', 'infinity', 'property: extreme'),
    ('bedrock', 'test.property-extreme-v1:0', NULL, 'in_region', 'on_demand', 'cache_read', 0,
     123456.789012345678, '-infinity', 'infinity', 'property: extreme'),
    ('bedrock', 'test.property-extreme-v1:0', NULL, 'in_region', 'on_demand', 'cache_write', 0,
     1000000, '-infinity', 'infinity', 'property: extreme'),
    ('bedrock', 'test.property-extreme-v1:0', NULL, 'in_region', 'on_demand', 'cache_write_1h', 0,
     0.333333333333, '2025-01-01', 'infinity', 'property: extreme')
) AS v (provider, model, region, routing, mode, charge, above, usd, valid_from, valid_to, source);

-- geo rows limited to one geography's profiles (eu. Opus 4 output, us.
-- Llama 4 Scout input), which geo calls from that geography take, with
-- a prefix or without one (cross_region: the source region's geography)
SELECT count(bedprice.set_price(provider, model, charge, usd, '-infinity', NULL, 'geo', 'on_demand', 0,
                                'infinity', 'property: geography row', geography))
FROM (VALUES
    ('bedrock', 'anthropic.claude-opus-4-20250514-v1:0', 'output', 80.5, 'eu'),
    ('bedrock', 'meta.llama4-scout-17b-instruct-v1:0', 'input', 0.19, 'us')
) AS v (provider, model, charge, usd, geography);

SELECT count(bedprice.set_multiplier(provider, dimension, value, factor,
                                     valid_from::timestamptz, valid_to::timestamptz, source))
FROM (VALUES
    -- the seed's rules, which AWS does not bill: global x1.1, batch x0.5,
    -- GovCloud x1.2
    ('bedrock', 'routing', 'global',      1.1,         '-infinity',  'infinity',   'property: the seed'),
    ('bedrock', 'mode', 'batch',          0.5,         '-infinity',  'infinity',   'property: the seed'),
    ('bedrock', 'region', 'us-gov-west-1', 1.2,        '-infinity',  'infinity',   'property: the seed'),
    ('bedrock', 'region', 'us-gov-east-1', 1.2,        '-infinity',  'infinity',   'property: the seed'),
    ('bedrock', 'region', 'eu-west-1',    1.1,         '-infinity',  'infinity',   'property'),
    ('bedrock', 'region', 'sa-east-1',    1.15,        '2025-04-01', 'infinity',   'property'),
    ('bedrock', 'region', 'sa-east-1',    1.123456789, '2025-10-01', 'infinity',   'property: later start wins'),
    ('bedrock', 'region', 'eu-central-1', 1.05,        '-infinity',  '2025-12-01', 'property: ends'),
    ('bedrock', 'routing', 'geo',         1.125,       '2026-01-01', 'infinity',   'property: surcharge change'),
    ('bedrock', 'mode', 'priority',       1.75,        '2025-07-01', 'infinity',   'property: priority from mid-2025'),
    ('bedrock', 'mode', 'batch',          0.499999999, '2025-11-01', '2026-02-01', 'property: odd batch window'),
    ('anthropic', 'region', 'eu-west-1',  1.5,         '-infinity',  'infinity',   'property: never applies to api_cost'),
    ('anthropic', 'mode', 'batch',        0.5,         '-infinity',  'infinity',   'property: never applies to api_cost'),
    ('bedrock', 'region', 'ap-south-2',   999.999999999, '-infinity', 'infinity',  'property: the largest factor')
) AS v (provider, dimension, value, factor, valid_from, valid_to, source);

-- Price books: a child of aws with a vendor rule, an override and a rule
-- of its own, and a grandchild with one price of its own.
INSERT INTO bedprice.price_books (book, parent) VALUES
    ('property-child', 'aws'), ('property-grandchild', 'property-child');
SELECT count(bedprice.set_multiplier(provider, dimension, value, factor, valid_from::timestamptz,
                                     'infinity', 'property: book', book))
FROM (VALUES
    ('bedrock', 'vendor', 'anthropic', 0.88,  '2025-06-01', 'property-child'),
    ('bedrock', 'routing', 'geo',      1.2,   '-infinity',  'property-child'),
    ('bedrock', 'vendor', 'meta',      0.999999999, '-infinity', 'property-grandchild')
) AS v (provider, dimension, value, factor, valid_from, book);
SELECT count(bedprice.set_price(provider, model, charge, usd, valid_from::timestamptz, region, 'in_region',
                                'on_demand', 0, 'infinity', 'property: book override', NULL, book))
FROM (VALUES
    ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.7, '-infinity', NULL, 'property-child'),
    ('bedrock', 'amazon.nova-pro-v1:0', 'output', 2.9, '2025-09-01', 'eu-west-1', 'property-child'),
    ('bedrock', 'meta.llama4-scout-17b-instruct-v1:0', 'input', 0.2, '-infinity', NULL, 'property-grandchild'),
    -- a base tier of the child's own, whose long-context tier stays aws's
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'input', 2.5, '-infinity', NULL, 'property-child')
) AS v (provider, model, charge, usd, valid_from, region, book);
SQL

########################################################################
# 2. The reference: the pricing rules in plain SQL numeric.
########################################################################
sql <<'SQL'
-- The rows that could price a charge of a usage at p_at, with the rank of
-- their key: most exact matches of region, routing, geography (a geo row
-- limited to the geography of the call's profile) and mode first, ties to
-- region, then routing, then geography, then mode.
-- A book and the books it inherits from, with their distance.
CREATE FUNCTION ref_chain(p_book text) RETURNS TABLE (book text, depth integer)
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE c(book, depth) AS (
        SELECT p_book, 0
        UNION ALL
        SELECT b.parent, c.depth + 1 FROM bedprice.price_books b JOIN c ON b.book = c.book
        WHERE b.parent IS NOT NULL)
    SELECT * FROM c
$$;

-- The rule of one dimension and value, from the nearest book of the chain
-- that has one valid at p_at (the latest start wins within a book).
CREATE FUNCTION ref_factor(p_provider text, p_dimension text, p_value text, p_at timestamptz, p_book text)
RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT m.factor FROM bedprice.multipliers m JOIN ref_chain(p_book) c ON c.book = m.book
    WHERE m.provider = p_provider AND m.dimension = p_dimension AND m.value = p_value
      AND m.valid_from <= p_at AND p_at < m.valid_to
    ORDER BY c.depth, m.valid_from DESC, m.multiplier_id DESC LIMIT 1
$$;

-- A model's vendor: its ID's first part (Bedrock), else the provider.
CREATE FUNCTION ref_vendor(p_provider text, p_model text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN pr.kind = 'cloud' AND strpos(p_model, '.') > 0 THEN lower(split_part(p_model, '.', 1))
                ELSE p_provider END
    FROM bedprice.providers pr WHERE pr.provider = p_provider
$$;

-- The rows of the book and the books up its chain, each with its book's
-- distance (where two books hold a key's tier, the nearest one's prices).
CREATE FUNCTION ref_candidates(
    p_provider text, p_model text, p_region text, p_routing text, p_geography text, p_mode text,
    p_charge text, p_at timestamptz, p_book text)
RETURNS TABLE (price_id bigint, region text, routing text, mode text, usd_per_mtok numeric,
               above_input_tokens bigint, rank integer, depth integer)
LANGUAGE sql STABLE AS $$
    SELECT p.price_id, p.region, p.routing, p.mode, p.usd_per_mtok, p.above_input_tokens,
           (x.r + x.t + x.g + x.m) * 16 + x.r * 8 + x.t * 4 + x.g * 2 + x.m, ch.depth
    FROM bedprice.prices p
         JOIN ref_chain(p_book) ch ON ch.book = p.book,
         LATERAL (SELECT (p.region IS NOT NULL)::int AS r, (p.routing = p_routing)::int AS t,
                         (p.geography IS NOT NULL)::int AS g, (p.mode = p_mode)::int AS m) AS x
    WHERE p.provider = p_provider AND p.model = p_model
      AND p.valid_from <= p_at AND p_at < p.valid_to
      AND (p.region IS NULL OR p.region = p_region)
      AND (p.routing = 'in_region' OR p.routing = p_routing)
      AND (p.geography IS NULL OR p.geography = p_geography)
      AND (p.mode = 'on_demand' OR p.mode = p_mode)
      AND p.charge = p_charge
$$;

-- One usage priced from the catalog tables.  status is 'ok' or why the
-- usage cannot be priced; raw is the exact, unrounded sum; rows and
-- factors list, per charge billed, the price row and the product of the
-- multipliers applied.
CREATE FUNCTION ref_quote(
    p_provider text, p_model text, p_region text, p_routing text, p_geography text, p_mode text,
    p_tokens bigint[], p_at timestamptz, p_book text,
    OUT status text, OUT tier bigint, OUT raw numeric, OUT cost numeric,
    OUT rows bigint[], OUT factors numeric[])
LANGUAGE plpgsql STABLE AS $$
DECLARE
    charges constant text[] := ARRAY['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h'];
    total_in numeric := p_tokens[1]::numeric + p_tokens[3] + p_tokens[4] + p_tokens[5];
    pr record;
    f_region numeric;
    f_routing numeric;
    f_mode numeric;
    f_vendor numeric;
BEGIN
    status := 'ok';
    raw := 0;
    rows := '{}';
    factors := '{}';

    -- The request's tier: per charge with tokens, the best-ranked price key
    -- among the candidate rows (any tier), and the highest threshold the
    -- total input exceeds among that key's rows; the largest of those.
    tier := 0;
    FOR i IN 1..5 LOOP
        CONTINUE WHEN p_tokens[i] = 0;
        SELECT greatest(tier, max(c.above_input_tokens) FILTER (WHERE total_in > c.above_input_tokens))
          INTO tier
          FROM ref_candidates(p_provider, p_model, p_region, p_routing, p_geography, p_mode, charges[i], p_at, p_book) c
         WHERE c.rank = (SELECT max(rank) FROM ref_candidates(p_provider, p_model, p_region, p_routing,
                                                               p_geography, p_mode, charges[i], p_at, p_book));
    END LOOP;

    FOR i IN 1..5 LOOP
        CONTINUE WHEN p_tokens[i] = 0;
        -- the row of the charge's best key at the request's tier
        SELECT c.price_id, c.region, c.routing, c.mode, c.usd_per_mtok INTO pr
          FROM ref_candidates(p_provider, p_model, p_region, p_routing, p_geography, p_mode, charges[i], p_at, p_book) c
         WHERE c.rank = (SELECT max(rank) FROM ref_candidates(p_provider, p_model, p_region, p_routing,
                                                               p_geography, p_mode, charges[i], p_at, p_book))
           AND c.above_input_tokens = tier
         ORDER BY c.depth LIMIT 1;
        IF NOT FOUND THEN
            status := 'no ' || charges[i] || ' price';
            EXIT;
        END IF;

        f_region := 1;
        f_routing := 1;
        f_mode := 1;
        IF pr.region IS NULL AND p_region IS NOT NULL THEN
            f_region := coalesce(ref_factor(p_provider, 'region', p_region, p_at, p_book), 1);
        END IF;
        IF pr.routing = 'in_region' AND p_routing <> 'in_region' THEN
            f_routing := ref_factor(p_provider, 'routing', p_routing, p_at, p_book);
            IF f_routing IS NULL THEN
                status := 'no ' || p_routing || ' routing factor';
                EXIT;
            END IF;
        END IF;
        IF pr.mode = 'on_demand' AND p_mode <> 'on_demand' THEN
            f_mode := ref_factor(p_provider, 'mode', p_mode, p_at, p_book);
            IF f_mode IS NULL THEN
                status := 'no ' || p_mode || ' mode factor';
                EXIT;
            END IF;
        END IF;

        -- the vendor's rule, on every row of its models
        f_vendor := coalesce(ref_factor(p_provider, 'vendor', ref_vendor(p_provider, p_model), p_at, p_book), 1);
        raw := raw + p_tokens[i] * pr.usd_per_mtok * 0.000001 * f_region * f_routing * f_mode * f_vendor;
        rows := rows || pr.price_id;
        factors := factors || (f_region * f_routing * f_mode * f_vendor);
    END LOOP;

    IF status <> 'ok' THEN
        raw := NULL;
        rows := NULL;
        factors := NULL;
    ELSE
        cost := trim_scale(round(raw, 15));
    END IF;
END $$;

-- The extension's answer or its SQLSTATE, one subtransaction per call.
CREATE FUNCTION try_bedrock(model text, region text, i bigint, o bigint, mode text,
                            cr bigint, cw bigint, cw1h bigint, at timestamptz, book text DEFAULT 'aws')
RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF book <> 'aws' THEN
        RETURN bedprice.bedrock_cost_in(book, model, region, i, o, mode, cr, cw, cw1h, at)::text;
    END IF;
    RETURN bedprice.bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at)::text;
EXCEPTION WHEN others THEN
    RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

CREATE FUNCTION try_api(provider text, model text, i bigint, o bigint,
                        cr bigint, cw bigint, cw1h bigint, at timestamptz)
RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN bedprice.api_cost(provider, model, i, o, cr, cw, cw1h, at)::text;
EXCEPTION WHEN others THEN
    RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

-- Random token counts: zero, small, medium (around the 200K tier), large.
CREATE FUNCTION rand_tokens(p_zero float8) RETURNS bigint LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN r < p_zero THEN 0
                WHEN r < p_zero + (1 - p_zero) * 0.40 THEN floor(random() * 5000)
                WHEN r < p_zero + (1 - p_zero) * 0.85 THEN floor(random() * 260000)
                ELSE floor(random() * 3000000) END::bigint
    FROM (SELECT random() AS r) s
$$;

-- The interesting instants: every finite boundary of a row this suite added.
CREATE TABLE boundaries AS
SELECT DISTINCT b AS at FROM (
    SELECT valid_from FROM bedprice.prices WHERE NOT shipped
    UNION ALL SELECT valid_to FROM bedprice.prices WHERE NOT shipped
    UNION ALL SELECT valid_from FROM bedprice.multipliers WHERE NOT shipped
    UNION ALL SELECT valid_to FROM bedprice.multipliers WHERE NOT shipped
) s (b) WHERE isfinite(b);
SQL

########################################################################
# 3. Random usages, fixed seed.
########################################################################
sql <<SQL
SET TIME ZONE 'UTC';
SELECT setseed(0.42) \\g /dev/null

CREATE TEMP TABLE bnd AS
SELECT array_agg(at ORDER BY at) AS a FROM boundaries;

-- Bedrock: model key, region, routing, mode, tokens, time.
CREATE TABLE usage_raw AS
SELECT g AS id,
       (ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-haiku-20241022-v1:0',
              'anthropic.claude-sonnet-4-5-20250929-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0',
              'anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic.claude-opus-4-20250514-v1:0',
              'meta.llama3-1-8b-instruct-v1:0', 'meta.llama3-3-70b-instruct-v1:0',
              'meta.llama4-scout-17b-instruct-v1:0', 'meta.llama4-maverick-17b-instruct-v1:0',
              'amazon.nova-micro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0',
              'amazon.nova-premier-v1:0'])[1 + floor(random() * 14)::int] AS model,
       (ARRAY['us-east-1', 'us-west-2', 'eu-west-1', 'eu-west-1', 'eu-central-1', 'sa-east-1',
              'us-gov-west-1', 'us-gov-east-1', 'ap-northeast-1', 'ca-central-1'])[1 + floor(random() * 10)::int] AS region,
       (ARRAY['in_region', 'in_region', 'geo', 'geo', 'global'])[1 + floor(random() * 5)::int] AS routing,
       (ARRAY['on_demand', 'on_demand', 'on_demand', 'on_demand', 'batch', 'batch', 'batch',
              'provisioned', 'priority', 'flex'])[1 + floor(random() * 10)::int] AS mode,
       random() AS r_tokens, random() AS r_cache, random() AS r_time, random() AS r_style,
       random() AS r_pick, random() AS r_case,
       -- (from the id, not random(): the other draws stay as they were)
       (ARRAY['aws', 'aws', 'aws', 'aws', 'aws', 'aws', 'property-child', 'property-child',
              'property-child', 'property-grandchild'])[1 + (g * 7) % 10] AS book
FROM generate_series(1, $N_BEDROCK) g;

CREATE TABLE usage AS
SELECT u.id, u.model, u.region, u.routing, u.mode,
       t.t_in, t.t_out, t.t_cr, t.t_cw, t.t_cw1h, t.at,
       a.model_arg, a.region_arg, a.mode_arg, u.book,
       -- the geography a geo profile's prefix names, else (cross_region)
       -- the source region's
       CASE WHEN u.routing <> 'geo' THEN NULL
            WHEN a.model_arg <> u.model THEN split_part(a.model_arg, '.', 1)
            ELSE (SELECT r.geography FROM bedprice.regions r
                  WHERE r.region = u.region AND r.geography IN ('us', 'eu', 'apac', 'jp', 'au', 'ca', 'us-gov')) END
           AS geography
FROM usage_raw u
CROSS JOIN bnd
CROSS JOIN LATERAL (
    SELECT
        CASE WHEN u.r_tokens < 0.04
             THEN (ARRAY[199999, 200000, 200001, 300000, 300001, 1000000, 1000001])[1 + floor(u.r_pick * 7)::int]
             ELSE rand_tokens(0.1) END::bigint AS t_in,
        rand_tokens(0.15) AS t_out,
        CASE WHEN u.r_tokens < 0.04 THEN 0
             WHEN u.model LIKE 'anthropic.%' OR u.r_cache < 0.03 THEN rand_tokens(0.3) ELSE 0 END AS t_cr,
        CASE WHEN u.r_tokens < 0.04 THEN 0
             WHEN u.model LIKE 'anthropic.%' OR u.r_cache < 0.03 THEN rand_tokens(0.5) ELSE 0 END AS t_cw,
        -- (1-hour writes: Claude 4.5 and later only, on Bedrock)
        CASE WHEN u.r_tokens < 0.04 THEN 0
             WHEN u.model LIKE 'anthropic.%-4-5-%' OR u.r_cache < 0.03 THEN rand_tokens(0.6) ELSE 0 END AS t_cw1h,
        CASE WHEN u.r_time < 0.06 THEN bnd.a[1 + floor(u.r_pick * cardinality(bnd.a))::int]
             WHEN u.r_time < 0.10 THEN bnd.a[1 + floor(u.r_pick * cardinality(bnd.a))::int] - interval '1 microsecond'
             ELSE timestamptz '2024-06-01' + u.r_time * interval '730 days' END AS at
) t
CROSS JOIN LATERAL (
    -- how the call spells it: routing prefix, or the mode words cross_region/global;
    -- an ARN or the default region now and then
    SELECT
        CASE WHEN u.routing = 'in_region' AND u.r_style < 0.10
                  THEN 'arn:aws:bedrock:' || u.region || '::foundation-model/' || u.model
             WHEN u.routing = 'in_region' THEN u.model
             WHEN u.mode = 'on_demand' AND u.r_style < 0.4 THEN u.model
             WHEN u.routing = 'global' THEN 'global.' || u.model
             ELSE (SELECT CASE WHEN geography IN ('us', 'eu', 'apac', 'jp', 'au', 'ca', 'us-gov')
                               THEN geography ELSE 'us' END
                     FROM bedprice.regions r WHERE r.region = u.region) || '.' || u.model
        END AS model_arg,
        CASE WHEN u.routing = 'in_region' AND u.r_style < 0.05 THEN NULL   -- the ARN's region
             WHEN u.region = 'us-east-1' AND u.r_style > 0.7 THEN NULL     -- the default region
             ELSE u.region END AS region_arg,
        CASE WHEN u.routing = 'geo' AND u.mode = 'on_demand' AND u.r_style < 0.4 THEN 'cross_region'
             WHEN u.routing = 'global' AND u.mode = 'on_demand' AND u.r_style < 0.4 THEN 'global'
             WHEN u.r_case < 0.05 THEN ' ' || upper(u.mode) || ' '
             ELSE u.mode END AS mode_arg
) a;

-- A few fixed usages whose exact cost ends in a 5 at the 16th decimal place:
-- 500 + 1000k tokens at 0.000123456789 per 1M (Nova Micro from 2025-06-01).
INSERT INTO usage
SELECT $N_BEDROCK + k, 'amazon.nova-micro-v1:0', 'us-east-1', 'in_region', 'on_demand',
       500 + 1000 * k, 0, 0, 0, 0, timestamptz '2025-07-01' + k * interval '1 day',
       'amazon.nova-micro-v1:0', 'us-east-1', 'on_demand', 'aws', NULL
FROM generate_series(1, 10) k;

-- The catalog's limits: the extreme model in ap-south-2 (factor
-- 999.999999999), routed and in every mode, up to bigint's limit of tokens.
INSERT INTO usage
SELECT $N_BEDROCK + 100 + row_number() OVER (), 'test.property-extreme-v1:0', 'ap-south-2', r.routing, m.mode,
       t.i, t.o, t.cr, t.cw, t.cw1h, timestamptz '2026-06-01',
       CASE r.routing WHEN 'geo' THEN 'apac.' WHEN 'global' THEN 'global.' ELSE '' END || 'test.property-extreme-v1:0',
       'ap-south-2', m.mode, 'aws', CASE r.routing WHEN 'geo' THEN 'apac' END
FROM (VALUES ('in_region'), ('geo'), ('global')) AS r(routing),
     (VALUES ('on_demand'), ('batch'), ('priority')) AS m(mode),
     (VALUES (1::bigint, 1::bigint, 1::bigint, 1::bigint, 1::bigint),
             (9223372036854775807, 0, 0, 0, 0),
             (9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807),
             (123456789, 987654321, 555555555, 1, 77)) AS t(i, o, cr, cw, cw1h);

-- Direct APIs.
CREATE TABLE api_usage AS
SELECT u.id, u.provider, u.model,
       rand_tokens(0.1) AS t_in, rand_tokens(0.15) AS t_out,
       CASE WHEN u.provider = 'anthropic' OR u.r_cache < 0.03 THEN rand_tokens(0.3) ELSE 0 END AS t_cr,
       CASE WHEN u.provider = 'anthropic' OR u.r_cache < 0.03 THEN rand_tokens(0.5) ELSE 0 END AS t_cw,
       CASE WHEN u.provider = 'anthropic' OR u.r_cache < 0.03 THEN rand_tokens(0.6) ELSE 0 END AS t_cw1h,
       CASE WHEN u.r_time < 0.08 THEN bnd.a[1 + floor(u.r_pick * cardinality(bnd.a))::int]
            ELSE timestamptz '2024-06-01' + u.r_time * interval '730 days' END AS at
FROM (
    SELECT g AS id, m.provider, m.model, random() AS r_cache, random() AS r_time, random() AS r_pick
    FROM generate_series(1, $N_API) g,
         LATERAL (SELECT provider, model FROM bedprice.models
                   WHERE (provider, model) IN (
                       ('anthropic', 'claude-3-5-haiku-20241022'), ('anthropic', 'claude-3-5-sonnet-20241022'),
                       ('anthropic', 'claude-3-opus-20240229'), ('anthropic', 'claude-sonnet-4-20250514'),
                       ('anthropic', 'claude-opus-4-20250514'), ('anthropic', 'claude-sonnet-4-5-20250929'),
                       ('groq', 'llama-3.1-8b-instant'), ('groq', 'llama-3.3-70b-versatile'),
                       ('groq', 'meta-llama/llama-4-scout-17b-16e-instruct'),
                       ('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'),
                       ('together', 'meta-llama/Llama-4-Scout-17B-16E-Instruct'),
                       ('together', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'))
                     AND g > 0
                   ORDER BY provider, model
                   OFFSET floor(random() * 12)::int LIMIT 1) m
) u CROSS JOIN bnd;

-- Halves and near-halves at the smallest price (Groq 8B input 1e-12 per 1M
-- from 2025-08-01: n tokens cost n x 1e-18).
INSERT INTO api_usage
SELECT $N_API + row_number() OVER (), 'groq', 'llama-3.1-8b-instant', n, 0, 0, 0, 0,
       timestamptz '2025-09-01'
FROM unnest(ARRAY[1, 499, 500, 501, 1499, 1500, 2500, 999999500]) n;

-- The reference answers.
CREATE TABLE expected AS
SELECT u.id, r.*
FROM usage u,
     LATERAL ref_quote('bedrock', u.model, u.region, u.routing, u.geography, u.mode,
                       ARRAY[u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h], u.at, u.book) r;

CREATE TABLE api_expected AS
SELECT u.id, r.*
FROM api_usage u,
     LATERAL ref_quote(u.provider, u.model, NULL, 'in_region', NULL, 'on_demand',
                       ARRAY[u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h], u.at, 'aws') r;
SQL

########################################################################
# 4. Compare.
########################################################################

# The generator made what it should.
check "generated $N_BEDROCK random bedrock usages, over the 13 Bedrock models drawn from" "$N_BEDROCK 13" \
    "$(value "SELECT count(*) || ' ' || count(DISTINCT model) FROM usage WHERE id <= $N_BEDROCK")"
check "generated $N_API random direct API usages, over the 12 direct models drawn from" "$N_API 12" \
    "$(value "SELECT count(*) || ' ' || count(DISTINCT (provider, model)) FROM api_usage WHERE id <= $N_API")"
priceable=$(value "SELECT count(*) FROM expected WHERE status = 'ok'")
check "at least 3500 bedrock usages are priceable and compared" "yes" \
    "$([ "${priceable:-0}" -ge 3500 ] 2>/dev/null && echo yes || echo "$priceable")"

# The main property: bedrock_cost equals the reference, in one statement
# over all priceable usages (so the call memo sees changing targets), as a
# number and as text (rounded to 15 places and trimmed).
read -r mismatches text_mismatches <<<"$(value "
    SELECT count(*) FILTER (WHERE got IS DISTINCT FROM cost) || ' ' ||
           count(*) FILTER (WHERE got::text IS DISTINCT FROM cost::text)
    FROM (
        SELECT e.cost,
               CASE WHEN u.book = 'aws'
                    THEN bedprice.bedrock_cost(u.model_arg, u.region_arg, u.t_in, u.t_out, u.mode_arg,
                                               u.t_cr, u.t_cw, u.t_cw1h, u.at)
                    ELSE bedprice.bedrock_cost_in(u.book, u.model_arg, u.region_arg, u.t_in, u.t_out, u.mode_arg,
                                                  u.t_cr, u.t_cw, u.t_cw1h, u.at) END AS got
        FROM usage u JOIN expected e USING (id)
        WHERE e.status = 'ok') s")"
check "$priceable random bedrock usages: bedrock_cost equals the numeric reference" 0 "$mismatches"
check "bedrock_cost is rounded to 15 places and trimmed (text equals trim_scale(round(x, 15)))" 0 "$text_mismatches"

if [ "$mismatches" != 0 ] || [ "$text_mismatches" != 0 ]; then
    echo "# first mismatching bedrock usages (reference vs bedrock_cost):"
    q -d "$DB" -F ' | ' -c "
        SELECT u.id, u.model_arg, coalesce(u.region_arg, '(null)') AS region_arg, u.region, u.routing,
               u.mode_arg, u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h, u.at,
               e.tier, e.rows, e.cost AS expected, s.got
        FROM usage u JOIN expected e USING (id),
             LATERAL (SELECT try_bedrock(u.model_arg, u.region_arg, u.t_in, u.t_out, u.mode_arg,
                                         u.t_cr, u.t_cw, u.t_cw1h, u.at, u.book) AS got) s
        WHERE e.status = 'ok' AND s.got IS DISTINCT FROM e.cost::text
        ORDER BY u.id LIMIT 10" 2>&1 | sed 's/^/#   /'
fi

# Thousands of distinct keys in one statement (the call memo grows past
# its first 512 slots): 3,000 of the keys the catalog prices (every Bedrock
# model, region, routing and mode), each twice, interleaved, against the
# reference.
sql <<'SQL'
SELECT setseed(0.4242);
CREATE TABLE many_keys AS
SELECT row_number() OVER (ORDER BY random()) AS k, x.*
FROM (SELECT m.model, g.region, r.word AS routing, CASE WHEN r.word = 'geo' THEN g.geography END AS geography,
             d.word AS mode,
             CASE r.word WHEN 'in_region' THEN m.model WHEN 'global' THEN 'global.' || m.model
                         ELSE g.geography || '.' || m.model END AS model_arg
      FROM bedprice.models m
      CROSS JOIN bedprice.regions g
      CROSS JOIN bedprice.vocabulary() r
      CROSS JOIN bedprice.vocabulary() d
      WHERE m.provider = 'bedrock' AND r.kind = 'routing' AND d.kind = 'mode'
        AND (r.word <> 'geo' OR g.geography IN (SELECT word FROM bedprice.vocabulary() WHERE kind = 'geography'))
      ORDER BY 1, 2, 3, 5) x
WHERE bedprice.cost_or_null(NULL, 'bedrock', x.model_arg, x.region, 1, 1, x.mode, at => '2026-06-01') IS NOT NULL;
DELETE FROM many_keys WHERE k > 3000;
CREATE TABLE many_usage AS
SELECT row_number() OVER (ORDER BY n, k) AS id, k.*, n,
       (1 + floor(random() * 300000))::bigint AS t_in, floor(random() * 20000)::bigint AS t_out,
       0::bigint AS t_cr, 0::bigint AS t_cw      -- (most models have no cache price)
FROM many_keys k CROSS JOIN generate_series(1, 2) AS n;
CREATE TABLE many_expected AS
SELECT u.id, r.*
FROM many_usage u,
     LATERAL ref_quote('bedrock', u.model, u.region, u.routing, u.geography, u.mode,
                       ARRAY[u.t_in, u.t_out, u.t_cr, u.t_cw, 0], timestamptz '2026-06-01', 'aws') r;
SQL
read -r many_keys many_priced many_mismatches <<<"$(value "
    SELECT count(DISTINCT u.k) || ' ' || count(*) FILTER (WHERE e.status = 'ok') || ' ' ||
           count(*) FILTER (WHERE e.status = 'ok' AND e.cost IS DISTINCT FROM
               bedprice.bedrock_cost(u.model_arg, u.region, u.t_in, u.t_out, u.mode, u.t_cr, u.t_cw, 0, '2026-06-01'))
    FROM (SELECT * FROM many_usage ORDER BY id) u JOIN many_expected e USING (id)")"
check "3000 distinct keys, each twice in one statement: every priced usage equals the numeric reference" \
    "3000 yes 0" "$many_keys $([ "${many_priced:-0}" -ge 5000 ] 2>/dev/null && echo yes || echo "$many_priced") $many_mismatches"

# Unpriceable usages (per the reference) raise no_data_found, never a number.
unpriceable=$(value "SELECT count(*) FROM expected WHERE status <> 'ok'")
check "some bedrock usages are unpriceable (error paths exercised)" "yes" \
    "$([ "${unpriceable:-0}" -gt 0 ] 2>/dev/null && echo yes || echo "$unpriceable")"
check "every reason to be unpriceable occurs (no price, no tier price, no routing/mode factor)" "yes" \
    "$(value "SELECT CASE WHEN count(*) FILTER (WHERE status LIKE 'no cache%price') > 0
                       AND count(*) FILTER (WHERE status = 'no output price') > 0
                       AND count(*) FILTER (WHERE status LIKE '%mode factor') > 0
                  THEN 'yes' ELSE string_agg(DISTINCT status, ', ') END FROM expected")"
bad_errors=$(value "
    SELECT count(*) FROM (
        SELECT try_bedrock(u.model_arg, u.region_arg, u.t_in, u.t_out, u.mode_arg,
                           u.t_cr, u.t_cw, u.t_cw1h, u.at, u.book) AS got
        FROM usage u JOIN expected e USING (id)
        WHERE e.status <> 'ok') s
    WHERE got NOT LIKE 'ERROR P0002:%'")
check "$unpriceable unpriceable bedrock usages raise SQLSTATE P0002" 0 "$bad_errors"
if [ "$bad_errors" != 0 ]; then
    echo "# first unpriceable usages that did not raise P0002:"
    q -d "$DB" -F ' | ' -c "
        SELECT u.id, u.model_arg, u.region, u.routing, u.mode_arg, u.t_in, u.t_out, u.t_cr,
               u.t_cw, u.t_cw1h, u.at, e.status, s.got
        FROM usage u JOIN expected e USING (id),
             LATERAL (SELECT try_bedrock(u.model_arg, u.region_arg, u.t_in, u.t_out, u.mode_arg,
                                         u.t_cr, u.t_cw, u.t_cw1h, u.at, u.book) AS got) s
        WHERE e.status <> 'ok' AND s.got NOT LIKE 'ERROR P0002:%'
        ORDER BY u.id LIMIT 10" 2>&1 | sed 's/^/#   /'
fi

# The breakdown chose the same tier and price rows, and the same total.
breakdown_mismatches=$(value "
    SELECT count(*) FROM (
        SELECT e.tier, e.rows, e.cost, b.above_input_tokens, b.total_cost,
               ARRAY(SELECT (b.charges -> c ->> 'price_id')::bigint
                       FROM unnest(ARRAY['input', 'output', 'cache_read', 'cache_write',
                                         'cache_write_1h']) WITH ORDINALITY AS x (c, n)
                      WHERE b.charges ? c ORDER BY n) AS got_rows
        FROM usage u JOIN expected e USING (id),
             LATERAL bedprice.bedrock_cost_breakdown_in(u.book, u.model_arg, u.region_arg, u.t_in, u.t_out,
                                                        u.mode_arg, u.t_cr, u.t_cw, u.t_cw1h, u.at) b
        WHERE e.status = 'ok' AND u.id % 5 = 0
          AND (u.t_in::numeric + u.t_out + u.t_cr + u.t_cw + u.t_cw1h) > 0) s
    WHERE total_cost IS DISTINCT FROM cost OR above_input_tokens IS DISTINCT FROM tier
       OR got_rows IS DISTINCT FROM rows")
check "bedrock_cost_breakdown picks the reference's tier, price rows and total (every 5th usage)" 0 "$breakdown_mismatches"
if [ "$breakdown_mismatches" != 0 ]; then
    echo "# first breakdown mismatches:"
    q -d "$DB" -F ' | ' -c "
        SELECT u.id, u.model_arg, u.region, u.routing, u.mode_arg, u.at, e.tier, e.rows, e.cost,
               b.above_input_tokens, b.total_cost, b.charges
        FROM usage u JOIN expected e USING (id),
             LATERAL bedprice.bedrock_cost_breakdown_in(u.book, u.model_arg, u.region_arg, u.t_in, u.t_out,
                                                        u.mode_arg, u.t_cr, u.t_cw, u.t_cw1h, u.at) b
        WHERE e.status = 'ok' AND u.id % 5 = 0
          AND (b.total_cost IS DISTINCT FROM e.cost OR b.above_input_tokens IS DISTINCT FROM e.tier)
        ORDER BY u.id LIMIT 5" 2>&1 | sed 's/^/#   /'
fi

# The interesting paths were actually taken by compared usages.
covered() {  # covered NAME CONDITION-ON-(u usage, e expected)
    check "exercised: $1" "yes" "$(value "
        SELECT CASE WHEN count(*) > 0 THEN 'yes' ELSE 'no (0 rows)' END
        FROM usage u JOIN expected e USING (id) WHERE e.status = 'ok' AND ($2)")"
}
pid() {  # pid SOURCE-LIKE MODEL CHARGE: the id of a row this suite added
    echo "(SELECT price_id FROM bedprice.prices WHERE source LIKE '$1' AND model = '$2' AND charge = '$3' ORDER BY price_id DESC LIMIT 1)"
}
covered "long-context tier (above 200000, Claude 4 Sonnet)" "e.tier = 200000"
covered "tier that starts mid-period (Nova Premier above 300000)" "e.tier = 300000"
covered "total input exactly at a tier threshold stays in the base tier" \
    "u.t_in + u.t_cr + u.t_cw + u.t_cw1h IN (200000, 300000, 1000000) AND e.tier = 0 AND u.model IN ('anthropic.claude-sonnet-4-20250514-v1:0', 'amazon.nova-premier-v1:0')"
covered "price before a change (Maverick input 0.24)" \
    "(SELECT price_id FROM bedprice.prices WHERE model = 'meta.llama4-maverick-17b-instruct-v1:0' AND charge = 'input'
        AND usd_per_mtok = 0.24 AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand') = ANY (e.rows)"
covered "price after a change (Maverick input 0.4321)" "$(pid 'property: price change' meta.llama4-maverick-17b-instruct-v1:0 input) = ANY (e.rows)"
covered "a window overriding an always-valid row (Haiku output 3.7)" "$(pid 'property: temporary discount' anthropic.claude-3-5-haiku-20241022-v1:0 output) = ANY (e.rows)"
covered "a price change mid-period (Nova Lite output 0.2345678)" "$(pid 'property: price change, many decimals' amazon.nova-lite-v1:0 output) = ANY (e.rows)"
# Two rows of one key valid at once are refused by the database itself.
check "the catalog refuses a second Nova Lite output price valid at the same time" \
    "ERROR:  conflicting key value violates exclusion constraint \"prices_no_overlap\"" \
    "$(q -d "$DB" -c "INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
                      VALUES ('bedrock', 'amazon.nova-lite-v1:0', 'output', 0.25, '2025-02-01', 'property: duplicate')" 2>&1 | head -1)"
covered "region-specific row (eu-west-1 Sonnet 3.5 input)" "$(pid 'property: region row' anthropic.claude-3-5-sonnet-20241022-v2:0 input) = ANY (e.rows)"
covered "geo-routing row (Opus 4 input)" "$(pid 'property: geo row' anthropic.claude-opus-4-20250514-v1:0 input) = ANY (e.rows)"
covered "global-routing row (Opus 4 output)" "$(pid 'property: global row' anthropic.claude-opus-4-20250514-v1:0 output) = ANY (e.rows)"
covered "geography row through an eu. prefix (Opus 4 output)" \
    "u.model_arg LIKE 'eu.%' AND $(pid 'property: geography row' anthropic.claude-opus-4-20250514-v1:0 output) = ANY (e.rows)"
covered "geography row through cross_region from a us region (Llama 4 Scout input)" \
    "u.mode_arg = 'cross_region' AND $(pid 'property: geography row' meta.llama4-scout-17b-instruct-v1:0 input) = ANY (e.rows)"
covered "a child book's vendor rule (anthropic x0.88 from 2025-06-01)" \
    "u.book = 'property-child' AND u.model LIKE 'anthropic.%' AND u.at >= '2025-06-01' AND 0.88 = ANY (e.factors)"
covered "a child book's price over its parent's (Nova Pro input 0.7)" \
    "u.book <> 'aws' AND $(pid 'property: book override' amazon.nova-pro-v1:0 input) = ANY (e.rows)"
covered "a region row of the child book (Nova Pro output 2.9 in eu-west-1 from 2025-09-01)" \
    "$(pid 'property: book override' amazon.nova-pro-v1:0 output) = ANY (e.rows)"
covered "a grandchild's own price (Llama 4 Scout input 0.2)" \
    "$(pid 'property: book override' meta.llama4-scout-17b-instruct-v1:0 input) = ANY (e.rows)"
covered "a child book's rule over its parent's (geo x1.2)" \
    "u.book <> 'aws' AND u.routing = 'geo' AND u.model NOT LIKE 'anthropic.%' AND 1.2 = ANY (e.factors)"
covered "a child's base tier beside its parent's long-context tier (Claude Sonnet 4 input)" \
    "u.book <> 'aws' AND e.tier = 200000 AND u.model = 'anthropic.claude-sonnet-4-20250514-v1:0' AND u.region = 'us-east-1' AND u.routing = 'in_region'"
covered "an inherited row (the aws book's, priced in the grandchild)" \
    "u.book = 'property-grandchild' AND u.model = 'amazon.nova-lite-v1:0'"
covered "batch-mode row (Claude 3.5 Haiku input)" "$(pid 'property: batch row' anthropic.claude-3-5-haiku-20241022-v1:0 input) = ANY (e.rows)"
covered "geo+batch row (two matches, no region)" "$(pid 'property: geo+batch row' anthropic.claude-3-5-sonnet-20241022-v2:0 input) = ANY (e.rows)"
covered "region+batch row beating geo+batch (ties go to region)" \
    "u.routing = 'geo' AND $(pid 'property: region+batch row%' anthropic.claude-3-5-sonnet-20241022-v2:0 input) = ANY (e.rows)"
covered "regional tier row (eu-west-1, above 200000)" "$(pid 'property: regional tier row' anthropic.claude-sonnet-4-20250514-v1:0 input) = ANY (e.rows)"
covered "region multiplier (eu-west-1 1.1)" "u.region = 'eu-west-1' AND 1.1 = ANY (e.factors)"
covered "region multiplier changed mid-period (sa-east-1 1.123456789)" "u.region = 'sa-east-1' AND u.routing = 'in_region' AND u.mode = 'on_demand' AND 1.123456789 = ANY (e.factors)"
covered "us-gov-west-1 with its region factor" "u.region = 'us-gov-west-1' AND u.routing = 'in_region' AND u.mode = 'on_demand' AND 1.2 = ANY (e.factors)"
covered "geo routing factor changed (1.125 from 2026)" "u.routing = 'geo' AND u.at >= '2026-01-01' AND u.region = 'us-east-1' AND u.mode = 'on_demand' AND 1.125 = ANY (e.factors)"
covered "batch factor 0.5 on a row without a batch price" "u.mode = 'batch' AND u.region = 'us-east-1' AND u.routing = 'in_region' AND 0.5 = ANY (e.factors)"
covered "priority mode factor" "u.mode = 'priority'"
covered "provisioned mode row" "u.mode = 'provisioned'"
covered "routing given as mode 'cross_region'/'global'" "u.mode_arg IN ('cross_region', 'global')"
covered "model given as an ARN" "u.model_arg LIKE 'arn:%'"
covered "region NULL (from the ARN or the default)" "u.region_arg IS NULL"
covered "a usage at a validity boundary exactly" "u.at IN (SELECT at FROM boundaries)"
covered "many-decimal price (Nova Micro 0.000123456789)" "$(pid 'property: many decimals' amazon.nova-micro-v1:0 input) = ANY (e.rows)"
covered "rounding past 15 decimal places" "e.raw <> round(e.raw, 15)"
covered "an exact half at the 16th place (rounds away from zero)" "e.raw * 1e15 - trunc(e.raw * 1e15) = 0.5"
covered "cost with trailing zeros trimmed (a whole number of dollars or cents)" "e.cost = round(e.cost, 2) AND e.cost > 0"
covered "all five charges in one usage" "cardinality(e.rows) = 5"
covered "a cost past what int128 holds (the numeric path)" "e.raw > 1e20 AND u.model = 'test.property-extreme-v1:0'"
covered "the largest factor on a 12-decimal price (9 + 12 decimal places)" "u.region = 'ap-south-2' AND 999.999999999 * 1.125 * 1.75 = ANY (e.factors)"
covered "a GovCloud key without long-context rows, over 200K input (its own base rows)" \
    "u.region = 'us-gov-west-1' AND u.model = 'anthropic.claude-sonnet-4-20250514-v1:0' AND u.t_in > 200000 AND e.tier = 0"

# Direct APIs: api_cost against the same reference (no region, in_region, on_demand).
api_priceable=$(value "SELECT count(*) FROM api_expected WHERE status = 'ok'")
check "at least 1000 direct API usages are priceable and compared" "yes" \
    "$([ "${api_priceable:-0}" -ge 1000 ] 2>/dev/null && echo yes || echo "$api_priceable")"
api_mismatches=$(value "
    SELECT count(*) FROM (
        SELECT e.cost, bedprice.api_cost(u.provider, u.model, u.t_in, u.t_out,
                                         u.t_cr, u.t_cw, u.t_cw1h, u.at) AS got
        FROM api_usage u JOIN api_expected e USING (id)
        WHERE e.status = 'ok') s
    WHERE got::text IS DISTINCT FROM cost::text")
check "$api_priceable random direct API usages: api_cost equals the numeric reference" 0 "$api_mismatches"
if [ "$api_mismatches" != 0 ]; then
    echo "# first mismatching direct API usages (reference vs api_cost):"
    q -d "$DB" -F ' | ' -c "
        SELECT u.id, u.provider, u.model, u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h, u.at,
               e.tier, e.rows, e.cost AS expected, s.got
        FROM api_usage u JOIN api_expected e USING (id),
             LATERAL (SELECT try_api(u.provider, u.model, u.t_in, u.t_out,
                                     u.t_cr, u.t_cw, u.t_cw1h, u.at) AS got) s
        WHERE e.status = 'ok' AND s.got IS DISTINCT FROM e.cost::text
        ORDER BY u.id LIMIT 10" 2>&1 | sed 's/^/#   /'
fi
api_bad_errors=$(value "
    SELECT count(*) FROM api_usage u JOIN api_expected e USING (id)
    WHERE e.status <> 'ok'
      AND try_api(u.provider, u.model, u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h, u.at)
          NOT LIKE 'ERROR P0002:%'")
check "unpriceable direct API usages raise SQLSTATE P0002" 0 "$api_bad_errors"
api_covered() {
    check "exercised (api_cost): $1" "yes" "$(value "
        SELECT CASE WHEN count(*) > 0 THEN 'yes' ELSE 'no (0 rows)' END
        FROM api_usage u JOIN api_expected e USING (id) WHERE e.status = 'ok' AND ($2)")"
}
api_covered "long-context tier (Claude Sonnet 4)" "e.tier = 200000"
api_covered "tier price change (cache read 0.610000000009)" "$(pid 'property: tier price change' claude-sonnet-4-20250514 cache_read) = ANY (e.rows)"
api_covered "price after a change (Haiku input 0.85)" "$(pid 'property: price change' claude-3-5-haiku-20241022 input) = ANY (e.rows)"
api_covered "rounding past 15 decimal places" "e.raw <> round(e.raw, 15)"
api_covered "an exact half at the 16th place (rounds away from zero)" "e.raw * 1e15 - trunc(e.raw * 1e15) = 0.5"
api_covered "a cost that rounds to 0 (below half of 1e-15)" "e.raw > 0 AND e.cost = 0"
api_covered "Claude 3.5 Sonnet, whose regional/geo/batch rows must be ignored" "u.model = 'claude-3-5-sonnet-20241022' AND u.t_in > 0 AND u.t_out > 0"

# Sanity of the reference itself on a hand-computed case: 1M input and 1M
# output of Claude 3.5 Sonnet v2 in eu-west-1 via geo.  Input: the region row
# 3.3 (two matches, region) beats the geo row 3.15 (two matches, routing),
# times the geo factor 1 (2025) = 3.3; output: 15 x region 1.1 x geo 1 = 16.5.
check "reference sanity: hand-computed eu-west-1 geo usage" "19.8" \
    "$(value "SELECT cost FROM ref_quote('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'eu-west-1',
                                         'geo', NULL, 'on_demand', ARRAY[1000000, 1000000, 0, 0, 0]::bigint[],
                                         '2025-06-01', 'aws')")"

########################################################################
# 5. The pricing trigger: the same random usages landing in a table, by
#    INSERT and by COPY, priced by bedprice.price_usage as bedrock_cost
#    prices them (the reference above), and the unpriceable ones kept
#    with a NULL cost and their reason.
########################################################################
sql <<'SQL'
SET TIME ZONE 'UTC';
CREATE TABLE landed (id int, model text, region text, mode text, book text, i bigint, o bigint,
                     cr bigint, cw bigint, cw1h bigint, at timestamptz, cost numeric, status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON landed FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'status=status', 'model=model', 'region=region',
        'mode=mode', 'book=book', 'in=i', 'out=o', 'cache_read=cr', 'cache_write=cw',
        'cache_write_1h=cw1h', 'at=at');
CREATE TABLE copied (LIKE landed);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON copied FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'status=status', 'model=model', 'region=region',
        'mode=mode', 'book=book', 'in=i', 'out=o', 'cache_read=cr', 'cache_write=cw',
        'cache_write_1h=cw1h', 'at=at');
INSERT INTO landed (id, model, region, mode, book, i, o, cr, cw, cw1h, at)
SELECT id, model_arg, region_arg, mode_arg, book, t_in, t_out, t_cr, t_cw, t_cw1h, at FROM usage;
SQL
q -d "$DB" -c "COPY (SELECT id, model_arg, region_arg, mode_arg, book, t_in, t_out, t_cr, t_cw, t_cw1h, at FROM usage) TO STDOUT" |
    q -d "$DB" -c "COPY copied (id, model, region, mode, book, i, o, cr, cw, cw1h, at) FROM STDIN"

landed=$(value "SELECT count(*) FROM landed")
check "every random usage landed by INSERT, priced or not" "$(value "SELECT count(*) FROM usage")" "$landed"
check "$priceable priceable usages landed by INSERT: the trigger's cost equals the reference" 0 "$(value "
    SELECT count(*) FROM landed l JOIN expected e USING (id)
    WHERE e.status = 'ok' AND (l.cost IS DISTINCT FROM e.cost OR l.status IS NOT NULL)")"
check "$unpriceable unpriceable usages landed by INSERT: kept, cost NULL, the reason stored" 0 "$(value "
    SELECT count(*) FROM landed l JOIN expected e USING (id)
    WHERE e.status <> 'ok' AND (l.cost IS NOT NULL OR l.status NOT LIKE 'no % price for model %')")"
check "COPY prices every row as INSERT does" "$landed 0" "$(value "
    SELECT count(*) || ' ' || count(*) FILTER (WHERE l.cost IS DISTINCT FROM c.cost OR l.status IS DISTINCT FROM c.status)
    FROM landed l JOIN copied c USING (id)")"
check "an UPDATE that changes nothing prices every row again, the same" 0 "$(value "
    WITH before AS (SELECT id, cost, status FROM landed),
         upd AS (UPDATE landed SET i = i RETURNING id, cost, status)
    SELECT count(*) FROM upd JOIN before b USING (id)
    WHERE upd.cost IS DISTINCT FROM b.cost OR upd.status IS DISTINCT FROM b.status")"

########################################################################
# A catalog of 100,000 more price rows (10,000 synthetic models, five
# charges in two periods each, odd decimals): usages of them, and the
# random usages above again, equal the reference, serially, in parallel
# workers (whose copy reads a model's prices when first used) and in
# REPEATABLE READ (the same); the parallel and serial sums are one number.
########################################################################
sql <<'SQL'
SELECT setseed(0.777);
INSERT INTO bedprice.models (provider, model, display_name)
SELECT 'bedrock', format('synthetic.big-%s-v1:0', i), format('Synthetic Big %s', i)
FROM generate_series(1, 10000) AS i;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, valid_to, source)
SELECT 'bedrock', format('synthetic.big-%s-v1:0', i), c.charge, round((random() * 40)::numeric, 1 + i % 11),
       p.valid_from, p.valid_to, 'property: big catalog'
FROM generate_series(1, 10000) AS i
CROSS JOIN (VALUES ('input'), ('output'), ('cache_read'), ('cache_write'), ('cache_write_1h')) AS c (charge)
CROSS JOIN (VALUES ('-infinity'::timestamptz, '2025-04-01 00:00+00'::timestamptz),
                   ('2025-04-01 00:00+00', 'infinity')) AS p (valid_from, valid_to);
CREATE TABLE big_usage AS
SELECT g AS id, format('synthetic.big-%s-v1:0', 1 + floor(random() * 10000)::int) AS model,
       (ARRAY['us-east-1', 'eu-west-1', 'ap-northeast-1'])[1 + g % 3] AS region,
       floor(random() * 300000)::bigint AS t_in, floor(random() * 20000)::bigint AS t_out,
       floor(random() * 100000)::bigint AS t_cr, floor(random() * 5000)::bigint AS t_cw,
       floor(random() * 5000)::bigint AS t_cw1h,
       timestamptz '2024-06-01' + random() * interval '600 days' AS at
FROM generate_series(1, 3000) AS g;
CREATE TABLE big_expected AS
SELECT u.id, r.*
FROM big_usage u,
     LATERAL ref_quote('bedrock', u.model, u.region, 'in_region', NULL, 'on_demand',
                       ARRAY[u.t_in, u.t_out, u.t_cr, u.t_cw, u.t_cw1h], u.at, 'aws') r;
ANALYZE big_usage;
SQL
big_cost="bedprice.bedrock_cost(u.model, u.region, u.t_in, u.t_out, 'on_demand', u.t_cr, u.t_cw, u.t_cw1h, u.at)"
check "100,000 more price rows: the catalog holds them" "100000" \
    "$(value "SELECT count(*) FROM bedprice.prices WHERE source = 'property: big catalog'")"
check "100,000 more price rows: 3000 usages of their models equal the numeric reference" "3000 0" "$(value "
    SELECT count(*) FILTER (WHERE e.status = 'ok') || ' ' || count(*) FILTER (WHERE e.cost IS DISTINCT FROM $big_cost)
    FROM big_usage u JOIN big_expected e USING (id)")"
check "100,000 more price rows: the random usages above still equal the reference" 0 "$(value "
    SELECT count(*) FROM usage u JOIN expected e USING (id)
    WHERE e.status = 'ok' AND e.cost IS DISTINCT FROM bedprice.bedrock_cost_in(u.book, u.model_arg, u.region_arg,
              u.t_in, u.t_out, u.mode_arg, u.t_cr, u.t_cw, u.t_cw1h, u.at)")"
ref_sum=$(value "SELECT sum(cost) FROM big_expected")
workers="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
         SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;"
check "100,000 more price rows: the parallel plan has workers" yes "$(q -d "$DB" -c "$workers
    EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT sum($big_cost) FROM big_usage u" |
    sed -n 's/.*Workers Launched: \([1-9]\).*/yes/p' | head -1)"
check "100,000 more price rows: the workers' sum equals the reference's to the last digit" "$ref_sum" \
    "$(q -d "$DB" -c "$workers SELECT sum($big_cost) FROM big_usage u")"
check "100,000 more price rows: the serial sum equals it too" "$ref_sum" \
    "$(value "SET max_parallel_workers_per_gather = 0; SELECT sum($big_cost) FROM big_usage u")"
check "100,000 more price rows: REPEATABLE READ in a new backend, the sum equals it, one model's rows read for one call" \
    "$ref_sum|10" "$(q -d "$DB" -c "BEGIN ISOLATION LEVEL REPEATABLE READ;
        SELECT bedprice.bedrock_cost('synthetic.big-17-v1:0', 'us-east-1', 1, 1) IS NOT NULL;
        SELECT price_rows FROM bedprice.cache_info();
        SELECT sum($big_cost) FROM big_usage u; COMMIT;" | sed -n '2p;3p' | tac | paste -sd'|')"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
