-- cache_memory.sql: the price cache's memory with about 10,000 price rows.
-- Run by bench.sh in its own database (bp_bench_mem), in one session:
-- cache_info() describes this backend's cache.
--
-- 1,000 synthetic Bedrock models, two aliases each, and per model five
-- charges in two dated periods (the price changes on 2025-04-01): 10,000
-- rows on top of the shipped ones.

\set ON_ERROR_STOP 1
CREATE EXTENSION IF NOT EXISTS bedprice CASCADE;

BEGIN;
INSERT INTO bedprice.models (provider, model, display_name, family)
SELECT 'bedrock', format('synthetic.model-%s-v1:0', lpad(i::text, 4, '0')),
       format('Synthetic Model %s', i), format('Synthetic %s', i)
FROM generate_series(1, 1000) AS i;

INSERT INTO bedprice.model_aliases (provider, alias, model)
SELECT 'bedrock', a.alias, format('synthetic.model-%s-v1:0', lpad(i::text, 4, '0'))
FROM generate_series(1, 1000) AS i
CROSS JOIN LATERAL (VALUES (format('Synthetic Model %s', i)),
                           (format('synthetic-%s-latest', i))) AS a (alias);

INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, valid_to, source)
SELECT 'bedrock', format('synthetic.model-%s-v1:0', lpad(i::text, 4, '0')), c.charge,
       round((0.05 + (i % 97) * 0.173) * c.mult * p.mult, 6), p.valid_from, p.valid_to,
       'bench: synthetic'
FROM generate_series(1, 1000) AS i
CROSS JOIN (VALUES ('input', 1.0), ('output', 5.0), ('cache_read', 0.1),
                   ('cache_write', 1.25), ('cache_write_1h', 2.0)) AS c (charge, mult)
CROSS JOIN (VALUES ('-infinity'::timestamptz, '2025-04-01 00:00+00'::timestamptz, 1.0),
                   ('2025-04-01 00:00+00', 'infinity', 0.8)) AS p (valid_from, valid_to, mult);
COMMIT;

CREATE TEMP TABLE mem (ord serial, step text, ms float8, generation bigint, models int, price_rows bigint,
                       multipliers int, targets bigint, bytes bigint);

-- A few rows priced: the first builds the cache.
CREATE TEMP TABLE t0 AS SELECT clock_timestamp() AS t;
SELECT bedprice.bedrock_cost('synthetic.model-0001-v1:0', 'us-east-1', 1000, 100, 'on_demand', 0, 0, 0, '2025-05-01')
\g /dev/null
INSERT INTO mem (step, ms, generation, models, price_rows, multipliers, targets, bytes) SELECT 'after pricing a few rows', extract(epoch FROM clock_timestamp() - (SELECT t FROM t0)) * 1000,
       generation, models, price_rows, multipliers, targets, bytes
FROM bedprice.cache_info();
SELECT sum(bedprice.bedrock_cost(m, r, 1000, 100, 'on_demand', 200, 50, 0, '2025-03-01'))
FROM (VALUES ('Synthetic Model 2', 'us-west-2'), ('us.synthetic.model-0003-v1:0', 'us-east-1'),
             ('Claude Sonnet 4', 'eu-west-1')) AS v (m, r)
\g /dev/null
UPDATE mem SET (generation, models, price_rows, multipliers, targets, bytes) =
    (SELECT generation, models, price_rows, multipliers, targets, bytes FROM bedprice.cache_info());

-- Every synthetic model priced once: 1,000 compiled targets.
TRUNCATE t0;
INSERT INTO t0 SELECT clock_timestamp();
SELECT sum(bedprice.bedrock_cost(model, 'us-east-1', 1000, 100, 'on_demand', 0, 0, 0, '2025-05-01'))
FROM bedprice.models WHERE model LIKE 'synthetic.%'
\g /dev/null
INSERT INTO mem (step, ms, generation, models, price_rows, multipliers, targets, bytes) SELECT 'after pricing all 1,000 synthetic models', extract(epoch FROM clock_timestamp() - (SELECT t FROM t0)) * 1000,
       generation, models, price_rows, multipliers, targets, bytes
FROM bedprice.cache_info();

\pset format unaligned
\pset tuples_only on
\pset footer off
SELECT format('%-42s %6s %10s %8s %10s %9s   %s', 'cache (one backend)', 'models', 'price_rows',
              'targets', 'bytes', 'MB', 'target')
UNION ALL
SELECT format('%-42s %6s %10s %8s %10s %9s   %s', step, models, price_rows, targets, bytes,
              to_char(bytes / 1048576.0, 'FM9990.00'),
              CASE WHEN step LIKE 'after pricing a few%'
                   THEN '< 10 MB: ' || CASE WHEN bytes < 10 * 1048576 THEN 'met' ELSE 'MISSED' END
                   ELSE '' END)
FROM (SELECT * FROM mem ORDER BY ord) AS m;
SELECT format('first call with an empty cache (builds it): %s ms; pricing 1,000 new targets: %s ms',
              to_char(min(ms) FILTER (WHERE step LIKE 'after pricing a few%'), 'FM99990.0'),
              to_char(min(ms) FILTER (WHERE step LIKE 'after pricing all%'), 'FM99990.0'))
FROM mem;
SELECT format('the last build, as cache_info() reports it: %s ms for %s price rows', build_ms, price_rows)
FROM bedprice.cache_info();
