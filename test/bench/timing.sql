-- timing.sql: times queries (a)-(d) and (b) in parallel, in this one
-- session, and prints the report.  Run by bench.sh in database bp_bench;
-- psql variables: :rows (rows in usage), :sample (rows in usage_sample),
-- :runs (runs per query; the fastest counts), :verbose (1: print plans).

\set ON_ERROR_STOP 1
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SELECT set_config('bench.runs', :'runs', false) \g /dev/null

-- Everything the queries read, in shared buffers.
SELECT pg_prewarm(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'i') AND n.nspname IN ('public', 'analyst', 'bedprice') \g /dev/null

CREATE TEMP TABLE bench_query (
    ord      int PRIMARY KEY,
    name     text NOT NULL,
    label    text NOT NULL,
    parallel boolean NOT NULL,
    nrows    bigint NOT NULL,
    sql      text NOT NULL
);
INSERT INTO bench_query VALUES
(1, 'a', '(a) constant prices, plain numeric', false, :rows,
 $q$SELECT sum(in_tok*0.000003 + out_tok*0.000015 + cr_tok*0.0000003) FROM usage$q$),
(2, 'b', '(b) bedprice.bedrock_cost, 1 core', false, :rows,
 $q$SELECT sum(bedprice.bedrock_cost(model, region, in_tok, out_tok, mode, cr_tok, cw_tok, 0, ts)) FROM usage$q$),
(3, 'c', '(c) SQL join to effective-dated prices', false, :rows,
 $q$SELECT sum((u.in_tok * p.p_in + u.out_tok * p.p_out + u.cr_tok * p.p_cr + u.cw_tok * p.p_cw)
              * mm.routing_factor * rf.factor * md.factor)
    FROM usage u
    JOIN analyst.model_map mm ON mm.raw = u.model
    JOIN analyst.region_factor rf ON rf.region = u.region
    JOIN analyst.mode_map md ON md.mode = u.mode
    JOIN analyst.prices p ON p.model_key = mm.model_key AND p.mode = md.price_mode
     AND u.ts >= p.valid_from AND u.ts < p.valid_to
     AND u.in_tok + u.cr_tok + u.cw_tok > p.tier_lo
     AND u.in_tok + u.cr_tok + u.cw_tok <= p.tier_hi$q$),
(4, 'd', '(d) PL/pgSQL lookup per row (sample)', false, :sample,
 $q$SELECT sum(analyst.cost_plpgsql(model, region, in_tok, out_tok, mode, cr_tok, cw_tok, ts)) FROM usage_sample$q$),
(5, 'bp', '(b) bedprice.bedrock_cost, 2 workers', true, :rows,
 $q$SELECT sum(bedprice.bedrock_cost(model, region, in_tok, out_tok, mode, cr_tok, cw_tok, 0, ts)) FROM usage$q$);

CREATE TEMP TABLE bench_time (name text, run int, secs float8, result numeric);
CREATE TEMP TABLE bench_note (name text PRIMARY KEY, value text);

CREATE FUNCTION pg_temp.bench_settings(parallel boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF parallel THEN
        PERFORM set_config('max_parallel_workers_per_gather', '2', false);
        PERFORM set_config('parallel_setup_cost', '0', false);
        PERFORM set_config('parallel_tuple_cost', '0', false);
        PERFORM set_config('min_parallel_table_scan_size', '0', false);
        -- two workers do the scan; the leader only gathers (2 cores)
        PERFORM set_config('parallel_leader_participation', 'off', false);
    ELSE
        PERFORM set_config('max_parallel_workers_per_gather', '0', false);
        PERFORM set_config('parallel_setup_cost', '1000', false);
        PERFORM set_config('parallel_tuple_cost', '0.1', false);
        PERFORM set_config('min_parallel_table_scan_size', '8MB', false);
        PERFORM set_config('parallel_leader_participation', 'on', false);
    END IF;
END $$;

-- Plan check for the parallel query (also a warm-up): workers planned and
-- launched, from EXPLAIN ANALYZE.
DO $$
DECLARE
    q bench_query;
    plan jsonb;
BEGIN
    SELECT * INTO q FROM bench_query WHERE name = 'bp';
    PERFORM pg_temp.bench_settings(true);
    EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) ' || q.sql INTO plan;
    INSERT INTO bench_note VALUES
        ('workers planned', coalesce(jsonb_path_query_first(plan, 'strict $.**."Workers Planned"')::text, '0')),
        ('workers launched', coalesce(jsonb_path_query_first(plan, 'strict $.**."Workers Launched"')::text, '0'));
    PERFORM pg_temp.bench_settings(false);
END $$;

-- The timed runs: round after round, every query once per round.
DO $$
DECLARE
    q bench_query;
    t0 timestamptz;
    t1 timestamptz;
    res numeric;
BEGIN
    FOR run IN 1 .. current_setting('bench.runs')::int LOOP
        FOR q IN SELECT * FROM bench_query ORDER BY ord LOOP
            PERFORM pg_temp.bench_settings(q.parallel);
            t0 := clock_timestamp();
            EXECUTE q.sql INTO res;
            t1 := clock_timestamp();
            INSERT INTO bench_time VALUES (q.name, run, extract(epoch FROM t1 - t0), res);
        END LOOP;
    END LOOP;
    PERFORM pg_temp.bench_settings(false);
END $$;

-- Cross-checks (untimed): (c) must equal (b) exactly, and (d) must equal
-- bedprice on the sample.
INSERT INTO bench_note
SELECT 'sample b', sum(bedprice.bedrock_cost(model, region, in_tok, out_tok, mode, cr_tok, cw_tok, 0, ts))::text
FROM usage_sample;

\if :verbose
\echo
\echo Plan of (c):
SELECT sql AS c_sql FROM bench_query WHERE name = 'c' \gset
EXPLAIN (COSTS OFF) :c_sql;
\endif

\pset format unaligned
\pset tuples_only on
\pset footer off

CREATE TEMP VIEW bench_best AS
SELECT q.ord, q.name, q.label, q.nrows, min(t.secs) AS secs,
       min(t.secs) * 1e9 / q.nrows AS ns,
       string_agg(to_char(t.secs * 1000, 'FM999999990.0'), ' ' ORDER BY t.run) AS runs_ms,
       min(t.result) AS result, max(t.result) AS result_max
FROM bench_query q JOIN bench_time t ON t.name = q.name
GROUP BY q.ord, q.name, q.label, q.nrows;

SELECT format('%-40s %10s %10s %8s   %s', 'query', 'rows', 'best ms', 'ns/row', 'runs (ms)')
UNION ALL
SELECT format('%-40s %10s %10s %8s   %s', label, nrows, to_char(secs * 1000, 'FM999999990.0'),
              to_char(ns, 'FM999999990.0'), runs_ms)
FROM (SELECT * FROM bench_best ORDER BY ord) AS b;

\echo
SELECT format('parallel (b): workers planned %s, launched %s (parallel_setup_cost = 0, parallel_tuple_cost = 0, min_parallel_table_scan_size = 0, parallel_leader_participation = off)',
              (SELECT value FROM bench_note WHERE name = 'workers planned'),
              (SELECT value FROM bench_note WHERE name = 'workers launched'));

\echo
WITH ns AS (
    SELECT max(ns) FILTER (WHERE name = 'a') AS a, max(ns) FILTER (WHERE name = 'b') AS b,
           max(ns) FILTER (WHERE name = 'c') AS c, max(ns) FILTER (WHERE name = 'd') AS d,
           max(ns) FILTER (WHERE name = 'bp') AS bp
    FROM bench_best
), r (ord, label, value, op, target) AS (
    SELECT 1, 'b / a   (bedprice vs constant prices)', b / a, '<=', 0.5 FROM ns
    UNION ALL SELECT 2, 'b / c   (bedprice vs SQL join)', b / c, '<=', 0.2 FROM ns
    UNION ALL SELECT 3, 'b / d   (bedprice vs PL/pgSQL lookup)', b / d, NULL, NULL FROM ns
    UNION ALL SELECT 4, 'b serial / b parallel (speed-up)', b / bp, '>=', 1.7 FROM ns
)
SELECT format('%-40s %8s   %-10s %s', 'ratio', 'value', 'target', '')
UNION ALL
SELECT format('%-40s %8s   %-10s %s', label, to_char(value, 'FM99990.000'),
              coalesce(op || ' ' || target, '-'),
              CASE WHEN op IS NULL THEN ''
                   WHEN (op = '<=' AND value <= target) OR (op = '>=' AND value >= target) THEN 'met'
                   ELSE 'MISSED' END)
FROM (SELECT * FROM r ORDER BY ord) AS x;

\echo
WITH s AS (
    SELECT max(result) FILTER (WHERE name = 'b') AS b, max(result_max) FILTER (WHERE name = 'b') AS b_max,
           max(result) FILTER (WHERE name = 'bp') AS bp,
           max(result) FILTER (WHERE name = 'c') AS c, max(result_max) FILTER (WHERE name = 'c') AS c_max,
           max(result) FILTER (WHERE name = 'd') AS d,
           (SELECT value::numeric FROM bench_note WHERE name = 'sample b') AS sample_b
    FROM bench_best
)
SELECT format('check: sum (b) = %s USD; (b) parallel %s; (c) %s; on the sample (b) = %s, (d) %s',
              b,
              CASE WHEN bp = b THEN 'equal' ELSE 'DIFFERS: ' || bp END,
              CASE WHEN c = b AND c_max = b AND b_max = b THEN 'equal' ELSE 'DIFFERS: ' || c END,
              sample_b,
              CASE WHEN d = sample_b THEN 'equal' ELSE 'DIFFERS: ' || d END)
FROM s;
