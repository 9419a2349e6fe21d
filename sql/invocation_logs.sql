-- Bedrock model-invocation log records: the fixture in
-- test/fixtures/invocation_logs/ (20 records, written from the documented
-- format) read by invocation_usage and priced by invocation_cost, checked
-- against the counts and costs worked by hand in its expected.csv; the
-- malformed and duplicated records; a trigger that prices logs as they
-- are inserted.  Everything this file adds is dropped at its end.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

-- one JSON record a line, loaded as the README shows (CSV with a quote and
-- a delimiter no JSON holds, so backslashes in the JSON stay as they are)
CREATE TABLE logs (line bigint GENERATED ALWAYS AS IDENTITY, log jsonb);
\copy logs (log) FROM 'test/fixtures/invocation_logs/records.jsonl' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')
CREATE TABLE hand (line int, request_id text, operation text, model_id text, region text,
                   inference_region text, input_tokens bigint, output_tokens bigint,
                   cache_read_tokens bigint, cache_write_5m_tokens bigint, cache_write_1h_tokens bigint,
                   ttl_split_source text, mode text, resolved_model text, routing text,
                   expected_cost_usd numeric, derivation text, problem text);
\copy hand FROM 'test/fixtures/invocation_logs/expected.csv' WITH (FORMAT csv, HEADER)
SELECT count(*) AS records, count(DISTINCT log->>'requestId') AS distinct_requests FROM logs;

-- line 11's application inference profile, created from the global Sonnet 4.6 profile
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456',
     'anthropic.claude-sonnet-4-6', 'global');

------------------------------------------------------------------------
-- 1. Every well-formed record read as worked by hand.
------------------------------------------------------------------------
SET bedprice.on_unknown_model = 'null';
SELECT l.line, u.operation, u.region, u.inference_region, u.mode, u.input_tokens AS input,
       u.output_tokens AS output, u.cache_read_tokens AS read, u.cache_write_tokens AS write_5m,
       u.cache_write_1h_tokens AS write_1h, u.cache_ttl_source AS ttl
FROM logs l, bedprice.invocation_usage(l.log) u
WHERE u.problem IS NULL ORDER BY l.line;
-- the fields expected.csv gives, compared: no line differs
SELECT l.line, u.*
FROM logs l JOIN hand h USING (line), bedprice.invocation_usage(l.log) u
WHERE u.problem IS NULL AND
      (u.request_id, u.operation, u.model_id, u.region, u.inference_region, u.input_tokens,
       u.output_tokens, u.cache_read_tokens, u.cache_write_tokens, u.cache_write_1h_tokens,
       u.cache_ttl_source, u.mode)
      IS DISTINCT FROM
      (h.request_id, h.operation, h.model_id, h.region, nullif(h.inference_region, ''), h.input_tokens,
       h.output_tokens, h.cache_read_tokens, h.cache_write_5m_tokens, h.cache_write_1h_tokens,
       h.ttl_split_source, h.mode);
SELECT event_time, account_id, request_id, caller_arn
FROM logs, bedprice.invocation_usage(log) WHERE line IN (1, 2, 16) ORDER BY line;

------------------------------------------------------------------------
-- 2. Priced: each cost as expected.csv works it out, and as bedrock_cost
--    prices the usage read (inputTokenCount is uncached input only: the
--    cache reads and writes are priced at their own rates, not twice).
------------------------------------------------------------------------
SELECT l.line, bedprice.invocation_cost(l.log) AS cost, h.expected_cost_usd AS by_hand,
       bedprice.invocation_cost(l.log) = h.expected_cost_usd AS equal
FROM logs l JOIN hand h USING (line) ORDER BY l.line;
SELECT count(*) AS priced,
       count(*) FILTER (WHERE bedprice.invocation_cost(log) =
           bedprice.bedrock_cost(u.model_id, u.region, u.input_tokens, u.output_tokens, u.mode,
                                 u.cache_read_tokens, u.cache_write_tokens, u.cache_write_1h_tokens,
                                 u.event_time)) AS equal_to_bedrock_cost
FROM logs, bedprice.invocation_usage(log) u WHERE bedprice.invocation_cost(log) IS NOT NULL;
-- line 2: 1 uncached + 129,709 read + 411 written; were inputTokenCount
-- to hold the cache tokens, input alone would be 130,121 x $5/MTok
SELECT u.input_tokens, u.cache_read_tokens, u.cache_write_tokens,
       bedprice.invocation_cost(log) AS cost,
       bedprice.bedrock_cost(u.model_id, u.region, 130121, u.output_tokens) AS if_input_held_the_cache
FROM logs, bedprice.invocation_usage(log) u WHERE line = 2;

------------------------------------------------------------------------
-- 3. The unknown, malformed and duplicated records.
------------------------------------------------------------------------
-- with on_unknown_model = null: NULL, and the problem said
SELECT l.line, u.model_id, u.input_tokens, u.problem, bedprice.invocation_cost(l.log) AS cost
FROM logs l, bedprice.invocation_usage(l.log) u
WHERE l.line IN (17, 18, 19) ORDER BY l.line;
-- the duplicate delivery: the same event twice, counted once by requestId
SELECT sum(bedprice.invocation_cost(log)) AS all_lines,
       (SELECT sum(bedprice.invocation_cost(log))
        FROM (SELECT DISTINCT ON (log->>'requestId') log FROM logs ORDER BY log->>'requestId', line) d) AS once_each
FROM logs;
-- with on_unknown_model = error: an error naming the problem
RESET bedprice.on_unknown_model;
SELECT bedprice.invocation_cost(log) FROM logs WHERE line = 18;
SELECT * FROM bedprice.invocation_usage((SELECT log FROM logs WHERE line = 19));
SELECT bedprice.invocation_cost(log) FROM logs WHERE line = 17;
-- other records a log file should not hold
CREATE TABLE odd (n int, r jsonb);
INSERT INTO odd VALUES
    (1, '[1, 2]'), (2, '"text"'), (3, '{"schemaType": "CloudTrail"}'),
    (4, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
          "input": {"inputTokenCount": -3}, "output": {"outputTokenCount": 1}}'),
    (5, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
          "input": {"inputTokenCount": 1.5}, "output": {"outputTokenCount": 1}}'),
    (6, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-02-30T00:00:00Z",
          "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    (7, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "yesterday",
          "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    (8, '{"modelId": 7, "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
          "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    (9, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
          "input": {"inputTokenCount": 1, "cacheWriteInputTokenCount": 10},
          "output": {"outputTokenCount": 1, "outputBodyJson": {"usage": {"cacheDetails": [{"inputTokens": 11, "ttl": "1h"}]}}}}'),
    (10, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
           "input": {"inputTokenCount": 1}}'),
    (11, '{"modelId": "amazon.nova-lite-v1:0", "timestamp": "2026-06-01T00:00:00Z",
           "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    -- malformed in a field pricing does not read: invocation_cost prices it
    (12, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00.123456789Z",
           "accountId": 123456789012, "input": {"inputTokenCount": 1e3}, "output": {"outputTokenCount": 0}}'),
    (13, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T23:59:60Z",
           "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    (14, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00+02:00",
           "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}'),
    (15, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
           "input": {"inputTokenCount": 12.0}, "output": {"outputTokenCount": 99999999999999999999}}'),
    -- 1-hour writes whose sum overflows bigint (it must not wrap to a negative count)
    (16, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T00:00:00Z",
           "input": {"inputTokenCount": 1, "cacheWriteInputTokenCount": 100}, "output": {"outputTokenCount": 1,
           "outputBodyJson": {"usage": {"cacheDetails": [{"inputTokens": 9223372036854775807, "ttl": "1h"},
                                                          {"inputTokens": 9223372036854775807, "ttl": "1h"}]}}}}'),
    (17, '{"modelId": "amazon.nova-lite-v1:0", "region": "us-east-1", "timestamp": "2026-06-01T10:00:00.Z",
           "input": {"inputTokenCount": 1}, "output": {"outputTokenCount": 1}}');
SELECT bedprice.invocation_cost(r) FROM odd WHERE n = 4;
SET bedprice.on_unknown_model = 'null';
SELECT n, u.problem, bedprice.invocation_cost(r) AS cost
FROM odd, bedprice.invocation_usage(r) u ORDER BY n;
SELECT bedprice.invocation_cost(r) = bedprice.bedrock_cost('amazon.nova-lite-v1:0', 'us-east-1', 1000, 0) AS equal
FROM odd WHERE n = 12;
SELECT bedprice.invocation_cost(NULL) IS NULL AS strict;

------------------------------------------------------------------------
-- 4. Priced as they are inserted: the parsed columns filled by a
--    trigger of the user's, priced by price_usage after it (triggers
--    fire in name order).
------------------------------------------------------------------------
CREATE TABLE invocations (
    log jsonb NOT NULL, request_id text, event_time timestamptz, model_id text, region text,
    mode text, input_tokens bigint, output_tokens bigint, cache_read bigint, cache_write bigint,
    cache_write_1h bigint, problem text, cost numeric, status text);
CREATE FUNCTION read_invocation() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u record;
BEGIN
    u := bedprice.invocation_usage(NEW.log);
    NEW.request_id := u.request_id; NEW.event_time := u.event_time; NEW.model_id := u.model_id;
    NEW.region := u.region; NEW.mode := u.mode; NEW.input_tokens := u.input_tokens;
    NEW.output_tokens := u.output_tokens; NEW.cache_read := u.cache_read_tokens;
    NEW.cache_write := u.cache_write_tokens; NEW.cache_write_1h := u.cache_write_1h_tokens;
    NEW.problem := u.problem;
    RETURN NEW;
END $$;
CREATE TRIGGER a_read BEFORE INSERT ON invocations FOR EACH ROW EXECUTE FUNCTION read_invocation();
CREATE TRIGGER b_price BEFORE INSERT ON invocations FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model_id', 'region=region', 'mode=mode',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read', 'cache_write=cache_write',
        'cache_write_1h=cache_write_1h', 'at=event_time', 'status=status');
INSERT INTO invocations (log) SELECT log FROM logs ORDER BY line;
SELECT count(*) AS rows, count(cost) AS priced,
       count(*) FILTER (WHERE cost = bedprice.invocation_cost(log)) AS equal
FROM invocations;
SELECT request_id, model_id, problem, cost, status FROM invocations WHERE cost IS NULL ORDER BY request_id;

RESET bedprice.on_unknown_model;
DELETE FROM bedprice.model_aliases
WHERE alias = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456';
DROP TABLE logs, hand, odd, invocations;
DROP FUNCTION read_invocation();
