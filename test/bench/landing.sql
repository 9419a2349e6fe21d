-- landing.sql: pricing usage where it lands, timed in this one session
-- (run by landing.sh in database bp_bench_land; psql variables :rows, the
-- usage rows, :runs, the alternated rounds, the fastest counting, and
-- :copyfile, a file the server may write).
--
--   INSERT ... SELECT of :rows rows into (a) a plain table, (b) the same
--   table with bedprice.price_usage, (c) the same with a PL/pgSQL trigger
--   calling bedrock_cost, (d) the same with PostgreSQL's own C trigger
--   tsvector_update_trigger setting one column (a reference: what a
--   built-in trigger that sets a column costs); COPY of the same rows
--   into (a), (b) and (d);
--   invocation_cost over :rows log records against bedrock_cost over the
--   same usages already extracted.

\set ON_ERROR_STOP 1
SET jit = off;
SET max_parallel_workers_per_gather = 0;
SELECT set_config('bench.runs', :'runs', false) \g /dev/null

CREATE EXTENSION IF NOT EXISTS bedprice CASCADE;

-- A realistic mix of shipped models, profiles, regions, modes and cache
-- use, with the request ID and account an invocation log gives each call.
CREATE TABLE src AS
SELECT timestamptz '2026-06-01' + (n % 2592000) * interval '1 second' AS at,
       md5(n::text)::uuid::text AS request_id,
       (ARRAY['111122223333', '444455556666', '777788889999'])[1 + n % 3] AS account_id,
       (ARRAY['anthropic.claude-sonnet-4-6', 'us.anthropic.claude-sonnet-4-6',
              'global.anthropic.claude-opus-4-6-v1', 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
              'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-micro-v1:0',
              'meta.llama3-3-70b-instruct-v1:0'])[1 + n % 8] AS model,
       (ARRAY['us-east-1', 'us-west-2', 'us-east-2'])[1 + (n / 8) % 3] AS region,
       CASE WHEN n % 10 = 9 AND n % 8 IN (4, 5, 6) THEN 'batch' ELSE 'on_demand' END AS mode,
       (100 + (n * 7919) % 20000)::bigint AS input_tokens,
       (10 + (n * 104729) % 2000)::bigint AS output_tokens,
       CASE WHEN n % 8 < 4 AND n % 3 = 0 THEN (n * 31) % 50000 ELSE 0 END::bigint AS cache_read_tokens,
       CASE WHEN n % 8 < 4 AND n % 7 = 0 THEN (n * 17) % 5000 ELSE 0 END::bigint AS cache_write_tokens
FROM generate_series(1::bigint, :rows) AS n;
VACUUM (FREEZE, ANALYZE) src;

CREATE TABLE plain (at timestamptz, request_id text, account_id text, model text, region text, mode text, input_tokens bigint,
                    output_tokens bigint, cache_read_tokens bigint, cache_write_tokens bigint,
                    cost numeric, status text, words tsvector);
CREATE TABLE priced (LIKE plain);
CREATE TABLE plpgsql_priced (LIKE plain);
CREATE TABLE c_trigger (LIKE plain);
CREATE TRIGGER words BEFORE INSERT OR UPDATE ON c_trigger FOR EACH ROW
    EXECUTE FUNCTION tsvector_update_trigger(words, 'pg_catalog.simple', account_id);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON priced FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'mode=mode',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read_tokens',
        'cache_write=cache_write_tokens', 'at=at', 'status=status');
-- what a user writes without the C trigger (no SET clause: its fastest form)
CREATE FUNCTION plpgsql_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.cost := bedprice.bedrock_cost(NEW.model, NEW.region, NEW.input_tokens, NEW.output_tokens,
                                      NEW.mode, NEW.cache_read_tokens, NEW.cache_write_tokens, 0, NEW.at);
    RETURN NEW;
END $$;
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON plpgsql_priced FOR EACH ROW EXECUTE FUNCTION plpgsql_price();

-- the same usages as invocation log records, and as extracted columns
CREATE TABLE logs AS
SELECT jsonb_build_object(
           'schemaType', 'ModelInvocationLog', 'schemaVersion', '1.0',
           'timestamp', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'accountId', account_id, 'region', region, 'inferenceRegion', region,
           'requestId', request_id, 'operation', 'Converse', 'modelId', model,
           'identity', jsonb_build_object('arn', 'arn:aws:iam::123456789012:user/bench'),
           'input', jsonb_build_object('inputContentType', 'application/json', 'inputTokenCount', input_tokens,
                                       'cacheReadInputTokenCount', cache_read_tokens,
                                       'cacheWriteInputTokenCount', cache_write_tokens),
           'output', jsonb_build_object('outputContentType', 'application/json', 'outputTokenCount', output_tokens,
                                        'outputBodyJson', jsonb_build_object('stopReason', 'end_turn',
                                            'usage', jsonb_build_object('inputTokens', input_tokens,
                                                                        'outputTokens', output_tokens)))) AS log
FROM src WHERE mode = 'on_demand';
CREATE TABLE extracted AS
SELECT u.* FROM logs, bedprice.invocation_usage(log) u;
VACUUM (FREEZE, ANALYZE) logs, extracted;

COPY src TO :'copyfile';
CHECKPOINT;

CREATE TEMP TABLE timing (round int, what text, seconds float8);
CREATE FUNCTION pg_temp.timed(round int, what text, sql text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
BEGIN
    t0 := clock_timestamp();
    EXECUTE sql;
    INSERT INTO timing VALUES (round, what, extract(epoch FROM clock_timestamp() - t0));
END $$;

-- alternated rounds: each target's table emptied, then loaded
SELECT set_config('bench.copyfile', :'copyfile', false) \g /dev/null
DO $$
DECLARE
    f text := current_setting('bench.copyfile');
BEGIN
    FOR r IN 1 .. current_setting('bench.runs')::int LOOP
        TRUNCATE plain, priced, plpgsql_priced, c_trigger;
        PERFORM pg_temp.timed(r, 'insert_a', 'INSERT INTO plain (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) SELECT * FROM src');
        PERFORM pg_temp.timed(r, 'insert_b', 'INSERT INTO priced (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) SELECT * FROM src');
        PERFORM pg_temp.timed(r, 'insert_c', 'INSERT INTO plpgsql_priced (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) SELECT * FROM src');
        PERFORM pg_temp.timed(r, 'insert_d', 'INSERT INTO c_trigger (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) SELECT * FROM src');
        TRUNCATE plain, priced, c_trigger;
        PERFORM pg_temp.timed(r, 'copy_a', format('COPY plain (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) FROM %L', f));
        PERFORM pg_temp.timed(r, 'copy_b', format('COPY priced (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) FROM %L', f));
        PERFORM pg_temp.timed(r, 'copy_d', format('COPY c_trigger (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens) FROM %L', f));
        PERFORM pg_temp.timed(r, 'logs_bedrock_cost', 'SELECT sum(bedprice.bedrock_cost(model_id, region, input_tokens, output_tokens, mode, cache_read_tokens, cache_write_tokens, cache_write_1h_tokens, event_time)) FROM extracted');
        PERFORM pg_temp.timed(r, 'logs_invocation_cost', 'SELECT sum(bedprice.invocation_cost(log)) FROM logs');
    END LOOP;
END $$;

-- the rows priced alike by the three
SELECT (SELECT count(*) FROM priced p JOIN plpgsql_priced q USING (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens)
        WHERE p.cost IS DISTINCT FROM q.cost) AS trigger_differences,
       (SELECT count(*) FROM priced WHERE cost IS NULL) AS unpriced \gset

\pset footer off
\pset format aligned
SELECT what AS measure, round(min(seconds)::numeric, 3) AS best_s,
       round((min(seconds) * 1e9 / CASE WHEN what LIKE 'logs%' THEN (SELECT count(*) FROM logs) ELSE :rows END)::numeric) AS ns_per_row,
       string_agg(round((seconds * 1e9 / CASE WHEN what LIKE 'logs%' THEN (SELECT count(*) FROM logs) ELSE :rows END)::numeric)::text,
                  ', ' ORDER BY round) AS each_round
FROM timing GROUP BY what ORDER BY what;

WITH best AS (SELECT what, min(seconds) AS s FROM timing GROUP BY what)
SELECT format('%-52s %6s   target %s', label, to_char(ratio, 'FM990.000'), target) AS "ratios (best of rounds)"
FROM (SELECT 1 AS o, 'INSERT: (b) price_usage / (a) plain' AS label,
             (SELECT s FROM best WHERE what = 'insert_b') / (SELECT s FROM best WHERE what = 'insert_a') AS ratio, '<= 1.5' AS target
      UNION ALL
      SELECT 2, 'INSERT: (b) price_usage / (c) PL/pgSQL trigger',
             (SELECT s FROM best WHERE what = 'insert_b') / (SELECT s FROM best WHERE what = 'insert_c'), '<= 0.5'
      UNION ALL
      SELECT 3, 'COPY: (b) price_usage / (a) plain',
             (SELECT s FROM best WHERE what = 'copy_b') / (SELECT s FROM best WHERE what = 'copy_a'), '<= 1.5'
      UNION ALL
      SELECT 4, 'INSERT: (d) tsvector_update_trigger / (a) plain',
             (SELECT s FROM best WHERE what = 'insert_d') / (SELECT s FROM best WHERE what = 'insert_a'), '(reference)'
      UNION ALL
      SELECT 5, 'COPY: (d) tsvector_update_trigger / (a) plain',
             (SELECT s FROM best WHERE what = 'copy_d') / (SELECT s FROM best WHERE what = 'copy_a'), '(reference)'
      UNION ALL
      SELECT 6, 'invocation_cost / bedrock_cost over extracted usages',
             (SELECT s FROM best WHERE what = 'logs_invocation_cost') / (SELECT s FROM best WHERE what = 'logs_bedrock_cost'), '(none)') r
ORDER BY o;
\echo 'rows priced differently by price_usage and the PL/pgSQL trigger:' :trigger_differences ', unpriced:' :unpriced
