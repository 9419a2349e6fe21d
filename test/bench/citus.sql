-- citus.sql: run by citus.sh on the coordinator; psql variables :rows and
-- :runs.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET jit = off;
CREATE TABLE usage_local AS
SELECT g AS id,
       (ARRAY['anthropic.claude-3-5-haiku-20241022-v1:0', 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
              'amazon.nova-pro-v1:0', 'us.amazon.nova-pro-v1:0', 'amazon.nova-micro-v1:0',
              'meta.llama3-1-8b-instruct-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0'])[g % 7 + 1] AS model,
       (ARRAY['us-east-1', 'us-west-2', 'us-east-2'])[g % 3 + 1] AS region,
       CASE WHEN g % 5 = 0 AND g % 7 IN (2, 3, 4) THEN 'batch' ELSE 'on_demand' END AS mode,
       (100 + g * 37 % 20000)::bigint AS in_tokens, (10 + g * 13 % 3000)::bigint AS out_tokens,
       timestamptz '2026-06-01 00:00+00' + (g % 30) * interval '1 day' AS at
FROM generate_series(1, :rows) AS g;
ALTER TABLE usage_local ADD COLUMN cost numeric;
UPDATE usage_local SET cost = bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, at => at);
CREATE TABLE usage_dist (LIKE usage_local);
SELECT create_distributed_table('usage_dist', 'id', shard_count => 8) \g /dev/null
INSERT INTO usage_dist SELECT * FROM usage_local;
VACUUM (FREEZE, ANALYZE) usage_local;
VACUUM (FREEZE, ANALYZE) usage_dist;
SELECT pg_prewarm('usage_local') \g /dev/null
SELECT run_command_on_workers($$SELECT sum(pg_prewarm(c.oid)) FROM pg_class c WHERE relname LIKE 'usage_dist_%' AND relkind = 'r'$$) \g /dev/null

-- the timing's helpers are this session's: no DDL propagation to the workers
SET citus.enable_ddl_propagation = off;
CREATE TEMP TABLE bench_time (name text, run int, secs float8, result numeric);
CREATE FUNCTION pg_temp.time_queries(queries jsonb, runs int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    q record;
    t0 timestamptz;
    r numeric;
BEGIN
    FOR run IN 1..runs LOOP
        FOR q IN SELECT * FROM jsonb_to_recordset(queries) AS x(name text, workers int, conns int, sql text) LOOP
            PERFORM set_config('citus.max_cached_conns_per_worker', coalesce(q.conns, 4)::text, false);
            PERFORM set_config('max_parallel_workers_per_gather', q.workers::text, false);
            PERFORM set_config('parallel_setup_cost', CASE WHEN q.workers > 0 THEN '0' ELSE '1000' END, false);
            PERFORM set_config('parallel_tuple_cost', CASE WHEN q.workers > 0 THEN '0' ELSE '0.1' END, false);
            PERFORM set_config('min_parallel_table_scan_size', CASE WHEN q.workers > 0 THEN '0' ELSE '8MB' END, false);
            PERFORM set_config('parallel_leader_participation', CASE WHEN q.workers > 0 THEN 'off' ELSE 'on' END, false);
            t0 := clock_timestamp();
            EXECUTE q.sql INTO r;
            INSERT INTO bench_time VALUES (q.name, run, extract(epoch FROM clock_timestamp() - t0), r);
        END LOOP;
    END LOOP;
END $$;
\set cost 'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, at => at))'
SELECT pg_temp.time_queries(jsonb_build_array(
    jsonb_build_object('name', 'local cost, 1 core', 'workers', 0, 'sql', 'SELECT ' || :'cost' || ' FROM usage_local'),
    jsonb_build_object('name', 'local cost, 2 parallel workers', 'workers', 2, 'sql', 'SELECT ' || :'cost' || ' FROM usage_local'),
    jsonb_build_object('name', 'distributed cost', 'workers', 0, 'sql', 'SELECT ' || :'cost' || ' FROM usage_dist'),
    jsonb_build_object('name', 'distributed cost, new connections', 'workers', 0, 'conns', 0,
                       'sql', 'SELECT ' || :'cost' || ' FROM usage_dist'),
    jsonb_build_object('name', 'local column, 1 core', 'workers', 0, 'sql', 'SELECT sum(cost) FROM usage_local'),
    jsonb_build_object('name', 'distributed column', 'workers', 0, 'sql', 'SELECT sum(cost) FROM usage_dist')), :runs) \g /dev/null

\pset footer off
CREATE TEMP VIEW best AS
SELECT name, min(secs) AS secs, min(result) = max(result) AS same_every_run, min(result) AS result
FROM bench_time GROUP BY name;
SELECT name AS query, round((secs * 1e9 / :rows)::numeric, 1) AS "ns/row", round(secs::numeric, 3) AS seconds, same_every_run
FROM best ORDER BY name;
CREATE FUNCTION pg_temp.s(n text) RETURNS numeric LANGUAGE sql AS $$ SELECT secs::numeric FROM best WHERE name = n $$;
SELECT 'distributed sum(bedrock_cost) against the local sum on one core (speed-up)' AS figure,
       round(pg_temp.s('local cost, 1 core') / pg_temp.s('distributed cost'), 3) AS value
UNION ALL SELECT '... against the local sum with 2 parallel workers',
       round(pg_temp.s('local cost, 2 parallel workers') / pg_temp.s('distributed cost'), 3)
UNION ALL SELECT '... when each shard query opens a new connection (and builds the catalog cache)',
       round(pg_temp.s('local cost, 1 core') / pg_temp.s('distributed cost, new connections'), 3)
UNION ALL SELECT 'the same for sum() of the stored cost column (the machine''s own)',
       round(pg_temp.s('local column, 1 core') / pg_temp.s('distributed column'), 3)
UNION ALL SELECT 'shard queries per worker', (SELECT count(*) / 2 FROM citus_shards WHERE table_name = 'usage_dist'::regclass);
SELECT (SELECT count(DISTINCT result) FROM best WHERE name LIKE '%cost%') = 1
       AND (SELECT count(DISTINCT result) FROM best WHERE name LIKE '%column%') = 1
       AND (SELECT result FROM best WHERE name = 'local cost, 1 core') = (SELECT result FROM best WHERE name = 'local column, 1 core')
       AS "one sum everywhere, equal to the stored costs'";
