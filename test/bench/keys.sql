-- keys.sql: bedrock_cost's cost per row against the number of distinct
-- (model, region, routing, mode) keys in one query, and against summing a
-- precomputed cost column.  Run by keys.sh in its own database; psql
-- variables: :rows (rows per table), :runs (interleaved rounds; the
-- fastest of each query counts), :many (distinct keys of the second table).

\set ON_ERROR_STOP 1
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS bedprice CASCADE;

-- Every key the catalog prices on 2026-06-01: each Bedrock model in each
-- region, bare, through the region's geographic profile and globally, in
-- each service tier; in a fixed random order.
CREATE TABLE bench_keys AS
SELECT row_number() OVER (ORDER BY md5(k.model_id || '|' || k.region || '|' || k.mode)) AS k, k.*
FROM (SELECT CASE r.word WHEN 'in_region' THEN m.model WHEN 'global' THEN 'global.' || m.model
                         ELSE g.geography || '.' || m.model END AS model_id,
             g.region, d.word AS mode
      FROM bedprice.models m
      CROSS JOIN bedprice.regions g
      CROSS JOIN bedprice.vocabulary() r
      CROSS JOIN bedprice.vocabulary() d
      WHERE m.provider = 'bedrock' AND r.kind = 'routing' AND d.kind = 'mode' AND d.word <> 'provisioned'
        AND (r.word <> 'geo' OR g.geography IN (SELECT word FROM bedprice.vocabulary() WHERE kind = 'geography'))) k
WHERE bedprice.cost_or_null(NULL, 'bedrock', k.model_id, k.region, 1000, 100, k.mode, at => '2026-06-01') IS NOT NULL;

-- Two usage tables of the same rows and token counts: one cycles through
-- 100 keys, the other through :many (or all there are).
SELECT least(:many, count(*)) AS many FROM bench_keys \gset
CREATE FUNCTION pg_temp.usage_table(name text, nkeys bigint, nrows bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($q$
        CREATE TABLE %I AS
        SELECT k.model_id AS model, k.region, k.mode,
               (100 + (g * 37) %% 5000)::bigint AS i, (10 + (g * 13) %% 1000)::bigint AS o,
               bedprice.bedrock_cost(k.model_id, k.region, 100 + (g * 37) %% 5000, 10 + (g * 13) %% 1000, k.mode,
                                     at => '2026-06-01') AS cost
        FROM generate_series(1::bigint, %s) AS g
        JOIN bench_keys k ON k.k = 1 + (g * 7919) %% %s
        ORDER BY g$q$, name, nrows, nkeys);     -- consecutive rows, different keys
END
$$;
SELECT pg_temp.usage_table('usage_few', 100, :rows), pg_temp.usage_table('usage_many', :many, :rows) \g /dev/null
VACUUM (FREEZE, ANALYZE) usage_few, usage_many;
SELECT pg_prewarm('usage_few'), pg_prewarm('usage_many') \g /dev/null

CREATE TEMP TABLE bench_time (catalog text, name text, run int, secs float8, result numeric);
CREATE FUNCTION pg_temp.bench_parallel(on_ boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- two workers do the scan; the leader only gathers (2 cores)
    PERFORM set_config('max_parallel_workers_per_gather', CASE WHEN on_ THEN '2' ELSE '0' END, false);
    PERFORM set_config('parallel_setup_cost', CASE WHEN on_ THEN '0' ELSE '1000' END, false);
    PERFORM set_config('parallel_tuple_cost', CASE WHEN on_ THEN '0' ELSE '0.1' END, false);
    PERFORM set_config('min_parallel_table_scan_size', CASE WHEN on_ THEN '0' ELSE '8MB' END, false);
    PERFORM set_config('parallel_leader_participation', CASE WHEN on_ THEN 'off' ELSE 'on' END, false);
END $$;
-- Round after round, every query once a round (queries: name, parallel, sql).
CREATE FUNCTION pg_temp.time_queries(catalog text, queries jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    q record;
    t0 timestamptz;
    r numeric;
BEGIN
    FOR run IN 1..current_setting('bench.runs')::int LOOP
        FOR q IN SELECT * FROM jsonb_to_recordset(queries) AS x(name text, parallel boolean, sql text) LOOP
            PERFORM pg_temp.bench_parallel(q.parallel);
            t0 := clock_timestamp();
            EXECUTE q.sql INTO r;
            INSERT INTO bench_time VALUES (catalog, q.name, run, extract(epoch FROM clock_timestamp() - t0), r);
        END LOOP;
    END LOOP;
    PERFORM pg_temp.bench_parallel(false);
END $$;
\set cost_few 'SELECT sum(bedprice.bedrock_cost(model, region, i, o, mode, at => ''2026-06-01'')) FROM usage_few'
\set agg_few 'SELECT bedprice.sum_bedrock_cost(model, region, i, o, mode, 0, 0, 0, ''2026-06-01'') FROM usage_few'
SELECT pg_temp.time_queries('shipped', jsonb_build_array(
    jsonb_build_object('name', 'sum_few', 'parallel', false, 'sql', 'SELECT sum(cost) FROM usage_few'),
    jsonb_build_object('name', 'cost_few', 'parallel', false, 'sql', :'cost_few'),
    jsonb_build_object('name', 'agg_few', 'parallel', false, 'sql', :'agg_few'),
    jsonb_build_object('name', 'sum_few_2w', 'parallel', true, 'sql', 'SELECT sum(cost) FROM usage_few'),
    jsonb_build_object('name', 'sum_many', 'parallel', false, 'sql', 'SELECT sum(cost) FROM usage_many'),
    jsonb_build_object('name', 'cost_many', 'parallel', false,
                       'sql', 'SELECT sum(bedprice.bedrock_cost(model, region, i, o, mode, at => ''2026-06-01'')) FROM usage_many'),
    jsonb_build_object('name', 'cost_few_2w', 'parallel', true, 'sql', :'cost_few'))) \g /dev/null
SELECT (SELECT count(*) FROM bedprice.prices) AS shipped_rows, bytes AS shipped_bytes, build_ms AS shipped_build_ms
FROM bedprice.cache_info() \gset

-- The same with a large catalog: :big price rows more (synthetic models
-- none of the usage calls, five charges in two periods each), the cache
-- built again by the first call after them.
INSERT INTO bedprice.models (provider, model, display_name)
SELECT 'bedrock', format('synthetic.big-%s-v1:0', i), format('Synthetic Big %s', i)
FROM generate_series(1, :big / 10) AS i;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, valid_to, source)
SELECT 'bedrock', format('synthetic.big-%s-v1:0', i), c.charge, round((0.05 + (i % 97) * 0.173) * c.mult * p.mult, 6),
       p.valid_from, p.valid_to, 'bench: synthetic'
FROM generate_series(1, :big / 10) AS i
CROSS JOIN (VALUES ('input', 1.0), ('output', 5.0), ('cache_read', 0.1), ('cache_write', 1.25), ('cache_write_1h', 2.0)) AS c (charge, mult)
CROSS JOIN (VALUES ('-infinity'::timestamptz, '2025-04-01 00:00+00'::timestamptz, 1.0), ('2025-04-01 00:00+00', 'infinity', 0.8)) AS p (valid_from, valid_to, mult);
SELECT clock_timestamp() AS t0 \gset
SELECT bedprice.bedrock_cost('amazon.nova-pro-v1:0', 'us-east-1', 1000, 100) \g /dev/null
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric * 1000, 1) AS big_first_ms \gset
SELECT (SELECT count(*) FROM bedprice.prices) AS big_rows, bytes AS big_bytes, build_ms AS big_build_ms
FROM bedprice.cache_info() \gset
SELECT pg_temp.time_queries('big', jsonb_build_array(
    jsonb_build_object('name', 'cost_few', 'parallel', false, 'sql', :'cost_few'),
    jsonb_build_object('name', 'cost_few_2w', 'parallel', true, 'sql', :'cost_few'))) \g /dev/null

\pset footer off
CREATE TEMP VIEW best AS
SELECT catalog, name, min(secs) AS secs, min(result) = max(result) AS same_every_run, min(result) AS result
FROM bench_time GROUP BY catalog, name;
SELECT catalog, name AS query, round((secs * 1e9 / :rows)::numeric, 1) AS "ns/row",
       CASE WHEN name LIKE '%many' THEN :many ELSE 100 END AS keys, same_every_run
FROM best ORDER BY catalog DESC, name;
CREATE FUNCTION pg_temp.s(c text, n text) RETURNS numeric LANGUAGE sql AS $$
    SELECT secs::numeric FROM best WHERE catalog = c AND name = n $$;
SELECT 'distinct keys: ' || :many || ' against 100' AS figure,
       round(pg_temp.s('shipped', 'cost_many') / pg_temp.s('shipped', 'cost_few'), 3) AS value, '<= 1.2' AS target
UNION ALL SELECT 'bedrock_cost / sum of a cost column (100 keys)',
       round(pg_temp.s('shipped', 'cost_few') / pg_temp.s('shipped', 'sum_few'), 3), '<= 1.25'
UNION ALL SELECT 'sum_bedrock_cost / sum of a cost column (100 keys)',
       round(pg_temp.s('shipped', 'agg_few') / pg_temp.s('shipped', 'sum_few'), 3), '(the aggregate)'
UNION ALL SELECT 'two workers: speed-up, shipped catalog (' || :shipped_rows || ' price rows)',
       round(pg_temp.s('shipped', 'cost_few') / pg_temp.s('shipped', 'cost_few_2w'), 3), '>= 1.8'
UNION ALL SELECT 'two workers: speed-up of sum() of the cost column (the machine''s)',
       round(pg_temp.s('shipped', 'sum_few') / pg_temp.s('shipped', 'sum_few_2w'), 3), '(the baseline)'
UNION ALL SELECT 'catalog of ' || :big_rows || ' price rows: ns/row against the shipped',
       round(pg_temp.s('big', 'cost_few') / pg_temp.s('shipped', 'cost_few'), 3), '<= 1.1'
UNION ALL SELECT 'two workers: speed-up, ' || :big_rows || ' price rows',
       round(pg_temp.s('big', 'cost_few') / pg_temp.s('big', 'cost_few_2w'), 3), '>= 1.8'
UNION ALL SELECT 'first call after the change (builds the cache), ms', :big_first_ms, '< 20'
UNION ALL SELECT 'its build (cache_info().build_ms), large catalog', :big_build_ms, 'shipped catalog: ' || :shipped_build_ms
UNION ALL SELECT 'cache MB, large catalog (a few targets compiled)', round(:big_bytes / 1048576.0, 2), '< 10'
UNION ALL SELECT 'cache MB, shipped catalog with ' || :many || ' targets compiled', round(:shipped_bytes / 1048576.0, 2), '';
SELECT (SELECT sum(cost) FROM usage_many) = (SELECT result FROM best WHERE catalog = 'shipped' AND name = 'cost_many')
           AS "many keys: the sum equals the stored costs'",
       (SELECT result FROM best WHERE catalog = 'shipped' AND name = 'cost_few')
           = ALL (SELECT result FROM best WHERE name LIKE 'cost_few%' OR name = 'agg_few')
           AS "serial, parallel, both catalogs, the aggregate: one sum",
       (SELECT count(DISTINCT (model, region, mode)) FROM usage_many) AS "distinct keys in usage_many";
