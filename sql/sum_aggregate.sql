-- bedprice.sum_bedrock_cost(...) equals sum(bedprice.bedrock_cost(...)) to
-- the last digit and in its display scale (compared as text), for every
-- form of it: rows the memo's int128 path prices, rows of the general path
-- (long-context tiers), NULLs and unknown models, a sum past int128, groups,
-- a window, and a parallel plan.
SET TimeZone = 'UTC';

-- 6,000 usages over every key of a Bedrock model priced at three moments
-- and now, in us-east-1, us-west-2 and eu-west-1, bare and with its
-- geographic profile, on demand and in batch; cache tokens where the key
-- prices them; every 40th row past 200,000 input tokens (a long-context
-- tier where the model has one: the general path).
CREATE TEMP TABLE agg_keys AS
SELECT row_number() OVER (ORDER BY model, region, mode) AS n, *
FROM (SELECT k.*, bool_and(bedprice.cost_or_null(NULL, 'bedrock', k.model, k.region, 1, 1, k.mode, 1, 0, 0, t) IS NOT NULL) AS cr,
             bool_and(bedprice.cost_or_null(NULL, 'bedrock', k.model, k.region, 1, 1, k.mode, 0, 1, 0, t) IS NOT NULL) AS cw,
             bool_and(bedprice.cost_or_null(NULL, 'bedrock', k.model, k.region, 1, 1, k.mode, 0, 0, 1, t) IS NOT NULL) AS cw1h
      FROM (SELECT p.prefix || m.model AS model, r.region, d.mode
            FROM bedprice.models m
            CROSS JOIN (VALUES ('us-east-1'), ('us-west-2'), ('eu-west-1')) AS r (region)
            CROSS JOIN (VALUES (''), ('us.'), ('eu.')) AS p (prefix)
            CROSS JOIN (VALUES ('on_demand'), ('batch')) AS d (mode)
            WHERE m.provider = 'bedrock') AS k
      CROSS JOIN (VALUES ('2025-03-01'::timestamptz), ('2025-11-15'), ('2026-06-01'), (now())) AS a (t)
      GROUP BY k.model, k.region, k.mode
      HAVING bool_and(bedprice.cost_or_null(NULL, 'bedrock', k.model, k.region, 1000, 100, k.mode, 0, 0, 0, t) IS NOT NULL)
         AND bool_and(bedprice.cost_or_null(NULL, 'bedrock', k.model, k.region, 1000, 100, 'on_demand', 0, 0, 0, t) IS NOT NULL)) AS q;
CREATE TEMP TABLE agg_usage AS
SELECT g, k.model, k.region, k.mode,
       CASE WHEN g % 40 = 0 THEN 200001 + g ELSE (g * 7919) % 50000 END::bigint AS i,
       ((g * 104729) % 9000)::bigint AS o,
       CASE WHEN k.cr AND g % 3 = 0 THEN (g * 31) % 70000 ELSE 0 END::bigint AS cr,
       CASE WHEN k.cw AND g % 5 = 0 THEN (g * 17) % 9000 ELSE 0 END::bigint AS cw,
       CASE WHEN k.cw1h AND g % 7 = 0 THEN (g * 13) % 4000 ELSE 0 END::bigint AS cw1h,
       (ARRAY['2025-03-01', '2025-11-15', '2026-06-01']::timestamptz[])[1 + g % 3] AS at
FROM generate_series(1, 6000) AS g
JOIN agg_keys k ON k.n = 1 + (g * 613) % (SELECT count(*) FROM agg_keys);
SELECT count(*) AS rows, count(DISTINCT (model, region, mode)) > 500 AS many_keys,
       count(*) FILTER (WHERE i > 200000) AS long_rows, count(*) FILTER (WHERE cr > 0) > 300 AND count(*) FILTER (WHERE cw > 0) > 200
           AND count(*) FILTER (WHERE cw1h > 0) > 50 AS cached
FROM agg_usage;

-- every form, over every row: the same text
SELECT bedprice.sum_bedrock_cost(model, region, i, o)::text
           = sum(bedprice.bedrock_cost(model, region, i, o))::text AS four,
       bedprice.sum_bedrock_cost(model, region, i, o, mode)::text
           = sum(bedprice.bedrock_cost(model, region, i, o, mode))::text AS five,
       bedprice.sum_bedrock_cost(model, region, i, o, mode, cr, cw, cw1h)::text
           = sum(bedprice.bedrock_cost(model, region, i, o, mode, cr, cw, cw1h))::text AS eight,
       bedprice.sum_bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at)::text
           = sum(bedprice.bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at))::text AS nine
FROM agg_usage;

-- per model and per day: every group equal, and the total shown
SELECT count(*) AS groups,
       count(*) FILTER (WHERE a::text = b::text) AS equal
FROM (SELECT model, at, bedprice.sum_bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at) AS a,
             sum(bedprice.bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at)) AS b
      FROM agg_usage GROUP BY model, at) AS s;

-- display scale: a sum of whole dollars shows none, as sum() of them does;
-- one row with more places shows them all
SELECT bedprice.sum_bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 1000000, 1000000) AS whole,
       bedprice.sum_bedrock_cost(m, 'us-east-1', t, t) AS mixed,
       sum(bedprice.bedrock_cost(m, 'us-east-1', t, t)) AS mixed_by_sum
FROM (VALUES ('Claude 3.5 Haiku', 1000000::bigint), ('Claude 3.5 Haiku', 1), ('amazon.nova-micro-v1:0', 0)) AS v (m, t);

-- no rows, only NULLs: NULL, as sum() gives; zero tokens: 0
SELECT bedprice.sum_bedrock_cost(model, region, i, o) AS no_rows FROM agg_usage WHERE false;
SELECT bedprice.sum_bedrock_cost(NULL, 'us-east-1', 1, 1) AS null_model,
       bedprice.sum_bedrock_cost('Claude 3.5 Haiku', 'us-east-1', NULL, 1) AS null_tokens,
       bedprice.sum_bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 0, 0) AS zero;
-- NULL rows among others add nothing; a NULL region is the default
SELECT bedprice.sum_bedrock_cost(m, r, 1000000, 0)::text = sum(bedprice.bedrock_cost(m, r, 1000000, 0))::text AS same,
       bedprice.sum_bedrock_cost(m, r, 1000000, 0) AS total
FROM (VALUES ('Claude 3.5 Haiku', 'us-east-1'), (NULL, 'us-east-1'), ('Claude 3.5 Haiku', NULL)) AS v (m, r);
-- an unknown model: the error bedrock_cost gives, or a NULL to skip
SELECT bedprice.sum_bedrock_cost('no such model', 'us-east-1', 1, 1);
SET bedprice.on_unknown_model = 'null';
SELECT bedprice.sum_bedrock_cost(m, 'us-east-1', 1000000, 0) AS known_only
FROM (VALUES ('Claude 3.5 Haiku'), ('no such model')) AS v (m);
RESET bedprice.on_unknown_model;
-- a negative count: bedrock_cost's error
SELECT bedprice.sum_bedrock_cost('Claude 3.5 Haiku', 'us-east-1', -1, 0);

-- past int128: 20,000 rows of 9e18 tokens at $1,000,000 per million
-- (9e18 USD each: 9e33 units of 10^-15 USD, 1.8e38 together)
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.agg-huge-v1:0', 'Agg Huge');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'test.agg-huge-v1:0', 'input', 1000000, 'agg test'),
       ('bedrock', 'test.agg-huge-v1:0', 'output', 0.000000000001, 'agg test');
SELECT bedprice.sum_bedrock_cost('test.agg-huge-v1:0', 'us-east-1', 9000000000000000000, o)::text
           = sum(bedprice.bedrock_cost('test.agg-huge-v1:0', 'us-east-1', 9000000000000000000, o))::text AS same,
       bedprice.sum_bedrock_cost('test.agg-huge-v1:0', 'us-east-1', 9000000000000000000, o) AS total
FROM generate_series(1, 20000) AS o;
ROLLBACK;

-- as a window function: each running total equal
SELECT count(*) FILTER (WHERE a::text = b::text) = count(*) AS running_totals_equal
FROM (SELECT bedprice.sum_bedrock_cost(model, region, i, o, mode) OVER w AS a,
             sum(bedprice.bedrock_cost(model, region, i, o, mode)) OVER w AS b
      FROM agg_usage WINDOW w AS (ORDER BY g)) AS s;

-- a parallel plan (partial sums in the workers, combined in the leader)
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
ANALYZE agg_usage;
CREATE TABLE agg_usage_p AS SELECT * FROM agg_usage;
ANALYZE agg_usage_p;
EXPLAIN (COSTS OFF) SELECT bedprice.sum_bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at) FROM agg_usage_p;
SELECT bedprice.sum_bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at)::text
           = (SELECT sum(bedprice.bedrock_cost(model, region, i, o, mode, cr, cw, cw1h, at))::text FROM agg_usage)
           AS parallel_equal
FROM agg_usage_p;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
DROP TABLE agg_usage_p;

-- the support functions are the aggregate's, not the public's
SELECT p.proname, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_call
FROM pg_proc p WHERE p.pronamespace = 'bedprice_internal'::regnamespace AND p.proname LIKE 'sum_%'
ORDER BY 1, p.pronargs;
