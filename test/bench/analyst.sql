-- analyst.sql: what a user would build without bedprice's functions, for
-- queries (c) and (d).  Run by bench.sh in database bp_bench after the
-- usage table exists.
--
-- The price list is a plain effective-dated table taken from
-- bedprice.prices: one row per model, price mode, input tier and validity
-- period, with a per-token price per charge.  The raw model strings of the
-- log go through a small mapping table (routing prefix stripped, aliases
-- resolved, routing surcharge attached), and the region and mode
-- multipliers are small tables too.  Everything is numeric, so the result
-- is exact and must equal bedprice's.

\set ON_ERROR_STOP 1

CREATE SCHEMA analyst;

-- Raw model string of the log -> model key and routing factor.
CREATE TABLE analyst.model_map (
    raw            text PRIMARY KEY,
    model_key      text NOT NULL,
    routing_factor numeric NOT NULL
);
INSERT INTO analyst.model_map
SELECT d.raw, coalesce(m.model, a.model),
       CASE WHEN d.prefix IS NULL THEN 1
            ELSE (SELECT f.factor FROM bedprice.multipliers f
                  WHERE f.provider = 'bedrock' AND f.dimension = 'routing'
                    AND f.value = CASE d.prefix WHEN 'global' THEN 'global' ELSE 'geo' END)
       END
FROM (
    SELECT raw,
           substring(raw FROM '^(us|eu|apac|jp|au|ca|us-gov|global)\.') AS prefix,
           regexp_replace(raw, '^(us|eu|apac|jp|au|ca|us-gov|global)\.', '') AS stripped
    FROM (SELECT DISTINCT model AS raw FROM usage) AS s
) AS d
LEFT JOIN bedprice.models m ON m.provider = 'bedrock' AND lower(m.model) = lower(d.stripped)
LEFT JOIN bedprice.model_aliases a ON a.provider = 'bedrock' AND lower(a.alias) = lower(d.raw);

-- Region -> regional surcharge (1 where there is none).
CREATE TABLE analyst.region_factor (
    region text PRIMARY KEY,
    factor numeric NOT NULL
);
INSERT INTO analyst.region_factor
SELECT r.region, coalesce(f.factor, 1)
FROM bedprice.regions r
LEFT JOIN bedprice.multipliers f
       ON f.provider = 'bedrock' AND f.dimension = 'region' AND f.value = r.region;

-- Mode of the log -> the mode of the price rows to use, and its factor.
CREATE TABLE analyst.mode_map (
    mode       text PRIMARY KEY,
    price_mode text NOT NULL,
    factor     numeric NOT NULL
);
INSERT INTO analyst.mode_map VALUES
    ('on_demand', 'on_demand', 1),
    ('batch', 'on_demand', (SELECT factor FROM bedprice.multipliers
                            WHERE provider = 'bedrock' AND dimension = 'mode' AND value = 'batch')),
    ('provisioned', 'provisioned', 1);

-- The price list: USD per token, [valid_from, valid_to), and the input
-- tier as (tier_lo, tier_hi] of input + cache read + cache write tokens.
CREATE TABLE analyst.prices (
    model_key  text NOT NULL,
    mode       text NOT NULL,
    tier_lo    bigint NOT NULL,
    tier_hi    bigint NOT NULL,
    valid_from timestamptz NOT NULL,
    valid_to   timestamptz NOT NULL,
    p_in       numeric NOT NULL,
    p_out      numeric NOT NULL,
    p_cr       numeric NOT NULL,
    p_cw       numeric NOT NULL
);
INSERT INTO analyst.prices
SELECT model, mode,
       CASE WHEN above_input_tokens = 0 THEN -1 ELSE above_input_tokens END,
       coalesce(lead(above_input_tokens) OVER (PARTITION BY model, mode, valid_from
                                               ORDER BY above_input_tokens),
                9223372036854775807),
       valid_from, valid_to,
       p_in, p_out, p_cr, p_cw
FROM (
    SELECT model, mode, above_input_tokens, valid_from, valid_to,
           coalesce(trim_scale(max(usd_per_mtok) FILTER (WHERE charge = 'input') * 0.000001), 0) AS p_in,
           coalesce(trim_scale(max(usd_per_mtok) FILTER (WHERE charge = 'output') * 0.000001), 0) AS p_out,
           coalesce(trim_scale(max(usd_per_mtok) FILTER (WHERE charge = 'cache_read') * 0.000001), 0) AS p_cr,
           coalesce(trim_scale(max(usd_per_mtok) FILTER (WHERE charge = 'cache_write') * 0.000001), 0) AS p_cw
    FROM bedprice.prices
    WHERE provider = 'bedrock' AND region IS NULL AND routing = 'in_region'
    GROUP BY model, mode, above_input_tokens, valid_from, valid_to
) AS p;
CREATE INDEX ON analyst.prices (model_key, mode, valid_from);

-- A model the mapping could not resolve would silently drop rows from (c).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM analyst.model_map WHERE model_key IS NULL) THEN
        RAISE EXCEPTION 'bench: analyst.model_map left a model unresolved';
    END IF;
END $$;

-- (d): the same lookup, one SELECT per row, in PL/pgSQL.
CREATE FUNCTION analyst.cost_plpgsql(p_model text, p_region text, p_in_tok bigint,
                                     p_out_tok bigint, p_mode text, p_cr_tok bigint,
                                     p_cw_tok bigint, p_ts timestamptz)
RETURNS numeric
LANGUAGE plpgsql STABLE
AS $$
DECLARE
    total_in bigint := p_in_tok + p_cr_tok + p_cw_tok;
    pi numeric;
    po numeric;
    pcr numeric;
    pcw numeric;
    f numeric;
BEGIN
    SELECT p.p_in, p.p_out, p.p_cr, p.p_cw, mm.routing_factor * rf.factor * md.factor
      INTO pi, po, pcr, pcw, f
      FROM analyst.model_map mm
      JOIN analyst.mode_map md ON md.mode = p_mode
      JOIN analyst.region_factor rf ON rf.region = p_region
      JOIN analyst.prices p ON p.model_key = mm.model_key AND p.mode = md.price_mode
     WHERE mm.raw = p_model
       AND p_ts >= p.valid_from AND p_ts < p.valid_to
       AND total_in > p.tier_lo AND total_in <= p.tier_hi;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for % in % (%) at %', p_model, p_region, p_mode, p_ts;
    END IF;
    RETURN (p_in_tok * pi + p_out_tok * po + p_cr_tok * pcr + p_cw_tok * pcw) * f;
END
$$;

-- (d) runs over a sample: the first :sample rows of the (random) log.
CREATE UNLOGGED TABLE usage_sample AS SELECT * FROM usage LIMIT :sample;
