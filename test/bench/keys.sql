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

CREATE TEMP TABLE bench_time (name text, run int, secs float8, result numeric);
DO $$
DECLARE
    q record;
    t0 timestamptz;
    r numeric;
BEGIN
    FOR run IN 1..current_setting('bench.runs')::int LOOP
        FOR q IN SELECT * FROM (VALUES
            ('sum_few', 'SELECT sum(cost) FROM usage_few'),
            ('cost_few', 'SELECT sum(bedprice.bedrock_cost(model, region, i, o, mode, at => ''2026-06-01'')) FROM usage_few'),
            ('sum_many', 'SELECT sum(cost) FROM usage_many'),
            ('cost_many', 'SELECT sum(bedprice.bedrock_cost(model, region, i, o, mode, at => ''2026-06-01'')) FROM usage_many'))
            AS v(name, sql)
        LOOP
            t0 := clock_timestamp();
            EXECUTE q.sql INTO r;
            INSERT INTO bench_time VALUES (q.name, run, extract(epoch FROM clock_timestamp() - t0), r);
        END LOOP;
    END LOOP;
END
$$;

\pset footer off
WITH best AS (SELECT name, min(secs) AS secs, min(result) AS result, max(result) AS result_max FROM bench_time GROUP BY name),
     ns AS (SELECT name, secs * 1e9 / :rows AS ns_row, result, result_max FROM best)
SELECT n.name AS query, round(n.ns_row::numeric, 1) AS "ns/row",
       CASE n.name WHEN 'cost_few' THEN 100 WHEN 'sum_few' THEN 100 ELSE :many END AS keys,
       n.result = n.result_max AS same_every_run
FROM ns n ORDER BY n.name;
WITH best AS (SELECT name, min(secs) AS secs FROM bench_time GROUP BY name)
SELECT round((SELECT secs FROM best WHERE name = 'cost_many')::numeric / (SELECT secs FROM best WHERE name = 'cost_few')::numeric, 3)
           AS "keys: many / 100 (target <= 1.2)",
       round((SELECT secs FROM best WHERE name = 'cost_few')::numeric / (SELECT secs FROM best WHERE name = 'sum_few')::numeric, 3)
           AS "bedrock_cost / sum of a cost column, 100 keys (target <= 1.25)",
       (SELECT count(DISTINCT (model, region, mode)) FROM usage_many) AS "distinct keys in usage_many",
       (SELECT sum(cost) FROM usage_many) = (SELECT result FROM bench_time WHERE name = 'cost_many' LIMIT 1)
           AS "many keys: the sum equals the stored costs'";
