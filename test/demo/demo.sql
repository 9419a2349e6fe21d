-- demo.sql: what `make demo` shows.  Creates bedprice in the current
-- database, a small synthetic usage log in schema demo, and prints a cost
-- report.  Deterministic (setseed) and re-runnable.
--
--   psql -X -q -v ON_ERROR_STOP=1 -v top=. -d postgres -f test/demo/demo.sql
--
-- (top: the checkout, for the invocation-log fixture of part e)

\set QUIET on
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET TimeZone = 'UTC';
SET max_parallel_workers_per_gather = 0;   -- one process: random() in one order

CREATE EXTENSION IF NOT EXISTS bedprice CASCADE;
DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;

------------------------------------------------------------------------
-- The usage log: one row per request, as a Bedrock invocation log or a
-- LiteLLM proxy would record it.  input_tokens excludes cache reads and
-- writes, as Bedrock reports them.
------------------------------------------------------------------------

CREATE TABLE demo.usage (
    ts                 timestamptz NOT NULL,
    model_id           text        NOT NULL,
    region             text        NOT NULL,
    mode               text        NOT NULL DEFAULT 'on_demand',
    input_tokens       bigint      NOT NULL,
    output_tokens      bigint      NOT NULL,
    cache_read_tokens  bigint      NOT NULL DEFAULT 0,
    cache_write_tokens bigint      NOT NULL DEFAULT 0
);

SELECT setseed(0.20261102) AS seed \gset

-- Workloads: the model ID as the application logs it, the regions it runs
-- in, the share of batch requests, token ranges (log-uniform) and, for
-- Claude only, the share of requests that read / write the prompt cache.
INSERT INTO demo.usage
WITH workload (app, weight, model_id, regions, batch_share,
               in_lo, in_hi, out_lo, out_hi,
               cache_read_share, cr_lo, cr_hi, cache_write_share, cw_lo, cw_hi) AS (VALUES
    ('chat',       14, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', '{us-east-1,us-west-2}'::text[], 0.0,
                   800, 6000, 150, 1200,     0.70, 3000, 25000,   0.10, 3000, 12000),
    ('agent',       5, 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', '{us-west-2}', 0.0,
                   2000, 30000, 300, 3000,   0.85, 5000, 190000,  0.15, 5000, 30000),
    ('support-eu', 10, 'eu.anthropic.claude-3-5-sonnet-20241022-v2:0', '{eu-west-1}', 0.0,
                   500, 4000, 100, 800,      0.60, 2000, 10000,   0.08, 2000, 8000),
    ('profile-arn', 3, 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-20250514-v1:0', '{us-east-1}', 0.0,
                   2000, 15000, 500, 4000,   0.40, 5000, 40000,   0.10, 5000, 20000),
    ('model-arn',   3, 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0', '{us-west-2}', 0.0,
                   500, 5000, 100, 1000,     0.50, 2000, 12000,   0.10, 2000, 8000),
    ('govcloud',    4, 'anthropic.claude-3-7-sonnet-20250219-v1:0', '{us-gov-west-1}', 0.0,
                   500, 5000, 100, 1000,     0.30, 2000, 10000,   0.05, 2000, 8000),
    ('litellm',     8, 'bedrock/us-west-2/anthropic.claude-3-5-haiku-20241022-v1:0', '{us-west-2}', 0.0,
                   300, 3000, 50, 500,       0.30, 1000, 6000,    0.05, 1000, 4000),
    ('summaries',   6, 'global.anthropic.claude-haiku-4-5-20251001-v1:0', '{us-east-1}', 1.0,
                   2000, 20000, 200, 800,    0.00, 0, 0,          0.00, 0, 0),
    ('rag',        10, 'meta.llama3-3-70b-instruct-v1:0', '{us-east-1,us-west-2}', 0.0,
                   1000, 6000, 100, 700,     0.00, 0, 0,          0.00, 0, 0),
    ('classify',    8, 'meta.llama4-scout-17b-instruct-v1:0', '{us-west-2}', 0.6,
                   200, 1500, 5, 50,         0.00, 0, 0,          0.00, 0, 0),
    ('maverick',    5, 'us.meta.llama4-maverick-17b-instruct-v1:0', '{us-east-1,us-west-2}', 0.0,
                   500, 4000, 100, 1000,     0.00, 0, 0,          0.00, 0, 0),
    ('scout',       4, 'us.meta.llama4-scout-17b-instruct-v1:0', '{us-east-1}', 0.0,
                   1000, 8000, 100, 600,     0.00, 0, 0,          0.00, 0, 0),
    ('tagging',    12, 'amazon.nova-micro-v1:0', '{us-east-1}', 0.3,
                   100, 1000, 5, 100,        0.00, 0, 0,          0.00, 0, 0),
    ('extract-eu',  5, 'eu.amazon.nova-lite-v1:0', '{eu-west-1}', 0.0,
                   500, 5000, 100, 500,      0.00, 0, 0,          0.00, 0, 0),
    ('docs',        3, 'amazon.nova-pro-v1:0', '{us-east-1}', 0.2,
                   1000, 10000, 200, 1500,   0.00, 0, 0,          0.00, 0, 0)
), w AS (
    SELECT *, sum(weight) OVER (ORDER BY app) - weight AS w_lo,
              sum(weight) OVER (ORDER BY app)          AS w_hi,
              sum(weight) OVER ()                      AS w_total
    FROM workload
), r AS MATERIALIZED (
    -- every random number drawn here, once, in generate_series order
    SELECT g, random() AS r_app, random() AS r_day, random() AS r_hour,
           random() AS r_busy, random() AS r_weekend, random() AS r_region,
           random() AS r_mode, random() AS r_in, random() AS r_out,
           random() AS r_cr, random() AS r_cr_n, random() AS r_cw, random() AS r_cw_n
    FROM generate_series(1, 5000) AS g
), drawn AS (
    SELECT w.*, r.*,
           timestamptz '2026-11-02 00:00:00+00'        -- a Monday; 14 days
             + floor(r_day * 14) * interval '1 day'
             + CASE WHEN r_mode < w.batch_share
                    THEN (1 + 3 * r_hour) * interval '1 hour'         -- nightly batch
                    WHEN r_busy < 0.8
                    THEN (8 + 11 * r_hour) * interval '1 hour'        -- working hours
                    ELSE 24 * r_hour * interval '1 hour' END AS t
    FROM r JOIN w ON r.r_app * w.w_total >= w.w_lo AND r.r_app * w.w_total < w.w_hi
)
SELECT date_trunc('second', t),
       model_id,
       regions[1 + floor(r_region * cardinality(regions))::int],
       CASE WHEN r_mode < batch_share THEN 'batch' ELSE 'on_demand' END,
       round(exp(ln(in_lo) + r_in * (ln(in_hi) - ln(in_lo))))::bigint,
       round(exp(ln(out_lo) + r_out * (ln(out_hi) - ln(out_lo))))::bigint,
       CASE WHEN r_cr < cache_read_share
            THEN round(exp(ln(cr_lo) + r_cr_n * (ln(cr_hi) - ln(cr_lo))))::bigint ELSE 0 END,
       CASE WHEN r_cw < cache_write_share
            THEN round(exp(ln(cw_lo) + r_cw_n * (ln(cw_hi) - ln(cw_lo))))::bigint ELSE 0 END
FROM drawn
-- weekends are quieter
WHERE extract(isodow FROM t) < 6 OR r_weekend < 0.35
ORDER BY 1, 2;

ANALYZE demo.usage;

------------------------------------------------------------------------
-- Each usage priced at its own time: the model its ID resolves to (with
-- the model's family, the same model at other providers) and its cost.
------------------------------------------------------------------------

CREATE VIEW demo.usage_priced AS
SELECT u.*,
       r.model        AS bedrock_model,
       r.display_name AS model_name,
       r.routing,
       m.family,
       bedprice.bedrock_cost(u.model_id, u.region, u.input_tokens, u.output_tokens,
                             mode => u.mode,
                             cache_read_tokens => u.cache_read_tokens,
                             cache_write_tokens => u.cache_write_tokens,
                             at => u.ts) AS cost
FROM demo.usage AS u
CROSS JOIN LATERAL bedprice.resolve_model(u.model_id) AS r
JOIN bedprice.models AS m ON m.provider = 'bedrock' AND m.model = r.model;

-- The report reads the priced rows several times: price them once.
DROP TABLE IF EXISTS pg_temp.priced;
CREATE TEMP TABLE priced AS SELECT * FROM demo.usage_priced;

------------------------------------------------------------------------
-- The report
------------------------------------------------------------------------

\pset pager off
\pset footer off
\pset null '-'

SELECT count(*) AS n_requests,
       count(DISTINCT model_id) AS n_ids,
       count(DISTINCT bedrock_model) AS n_models,
       min(ts)::date AS first_day, max(ts)::date AS last_day,
       to_char(sum(cost), 'FM999,999,990.00') AS total_usd
FROM priced \gset

\echo
\echo '================================================================================'
\echo ' bedprice demo: Amazon Bedrock cost report'
\echo '================================================================================'
\echo ' demo.usage:' :n_requests 'requests,' :n_ids 'model IDs resolving to' :n_models 'models,' :first_day 'to' :last_day '(UTC)'
\echo ' total cost: USD' :total_usd '(exact numeric sums; rounded only for display)'
\echo

\echo '--- a. Cost per model ----------------------------------------------------------'
SELECT coalesce(model_name, 'TOTAL')                   AS model,
       count(*)                                        AS requests,
       round(sum(input_tokens) / 1e6, 2)               AS "input Mtok",
       round(sum(output_tokens) / 1e6, 2)              AS "output Mtok",
       round(sum(cache_read_tokens) / 1e6, 2)          AS "cache read Mtok",
       round(sum(cache_write_tokens) / 1e6, 2)         AS "cache write Mtok",
       round(sum(cost), 2)                             AS "cost USD",
       round(100 * sum(cost) / (SELECT sum(cost) FROM priced), 1)   AS "share %"
FROM priced
GROUP BY GROUPING SETS ((model_name), ())
ORDER BY grouping(model_name), sum(cost) DESC;

\echo '--- b. Cost per day (UTC) ------------------------------------------------------'
WITH d AS (
    SELECT ts::date AS day, count(*) AS requests,
           sum(input_tokens + output_tokens + cache_read_tokens + cache_write_tokens) AS tokens,
           sum(cost) AS cost
    FROM priced
    GROUP BY 1
)
SELECT to_char(day, 'YYYY-MM-DD Dy')           AS day,
       requests,
       round(tokens / 1e6, 2)                  AS "tokens M",
       round(cost, 2)                          AS "cost USD",
       repeat('#', round(40 * cost / max(cost) OVER ())::int) AS " "
FROM d
ORDER BY d.day;

\echo '--- c. Bedrock vs the cheapest direct API, per model family -------------------'
\echo ' On-demand usage only (batch is discounted on both sides). The same tokens'
\echo ' priced at each direct API that sells the family, at list prices; cache tokens'
\echo ' count as input where a provider has no cache price. Bedrock is as billed:'
\echo ' the price in the source region for geo profiles, the global price for global.'
WITH direct AS (
    -- each direct provider's model of a family, and whether it prices cache tokens
    SELECT DISTINCT ON (m.family, m.provider)
           m.family, m.provider, m.model,
           EXISTS (SELECT 1 FROM bedprice.prices p
                   WHERE (p.provider, p.model, p.charge) = (m.provider, m.model, 'cache_read')) AS has_cache_read,
           EXISTS (SELECT 1 FROM bedprice.prices p
                   WHERE (p.provider, p.model, p.charge) = (m.provider, m.model, 'cache_write')) AS has_cache_write
    FROM bedprice.models m JOIN bedprice.providers pr USING (provider)
    WHERE pr.kind = 'direct' AND m.family IS NOT NULL
    ORDER BY m.family, m.provider, m.model
), bedrock AS (
    SELECT family, count(*) AS requests, sum(cost) AS cost
    FROM priced
    WHERE family IN (SELECT family FROM direct) AND mode = 'on_demand'
    GROUP BY family
), at_direct AS (
    SELECT u.family, d.provider,
           sum(bedprice.api_cost(d.provider, d.model,
                   u.input_tokens
                     + CASE WHEN d.has_cache_read  THEN 0 ELSE u.cache_read_tokens  END
                     + CASE WHEN d.has_cache_write THEN 0 ELSE u.cache_write_tokens END,
                   u.output_tokens,
                   CASE WHEN d.has_cache_read  THEN u.cache_read_tokens  ELSE 0 END,
                   CASE WHEN d.has_cache_write THEN u.cache_write_tokens ELSE 0 END,
                   at => u.ts)) AS cost
    FROM priced u JOIN direct d USING (family)
    WHERE u.mode = 'on_demand'
    GROUP BY u.family, d.provider
), cheapest AS (
    SELECT DISTINCT ON (family) family, provider, cost
    FROM at_direct
    ORDER BY family, cost, provider
)
SELECT b.family,
       b.requests,
       round(b.cost, 2)                                                          AS "Bedrock USD",
       round(sum(a.cost) FILTER (WHERE a.provider = 'anthropic'), 2)              AS "Anthropic USD",
       round(sum(a.cost) FILTER (WHERE a.provider = 'together'), 2)               AS "Together USD",
       round(sum(a.cost) FILTER (WHERE a.provider = 'groq'), 2)                   AS "Groq USD",
       p.display_name                                                             AS "cheapest direct",
       to_char(100 * (b.cost - c.cost) / c.cost, 'FMSG9990.0') || '%'           AS "Bedrock vs cheapest"
FROM bedrock b
JOIN at_direct a USING (family)
JOIN cheapest c USING (family)
JOIN bedprice.providers p ON p.provider = c.provider
GROUP BY b.family, b.requests, b.cost, c.cost, p.display_name
ORDER BY b.cost DESC;

\echo '--- c2. The same usage in other price books ------------------------------------'
\echo ' aws: AWS list prices (the default). negotiated: a book of the demo, parent'
\echo ' aws, less 12% on Anthropic models (two lines: a book and a vendor rule).'
\echo ' seed-2026-04-10: the figures of the document bedprice started from (+10% on'
\echo ' cross-region calls, Llama 3.3 70B at Llama 3 70B''s price; a model it did'
\echo ' not know has no price there: -).'
BEGIN;
INSERT INTO bedprice.price_books (book, parent, description)
VALUES ('negotiated', 'aws', 'demo: AWS list, less 12% on Anthropic models');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') IS NOT NULL AS rule \gset
CREATE FUNCTION pg_temp.cost_in(book text, m text, r text, i bigint, o bigint, md text,
                                cr bigint, cw bigint, at timestamptz)
RETURNS numeric LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN bedprice.bedrock_cost_in(book, m, r, i, o, md, cr, cw, 0, at);
EXCEPTION WHEN no_data_found THEN
    RETURN NULL;                    -- not priced in that book
END $$;
SELECT model_name AS model,
       round(sum(cost), 2) AS "aws USD",
       round(sum(pg_temp.cost_in('negotiated', model_id, region, input_tokens, output_tokens, mode,
                                 cache_read_tokens, cache_write_tokens, ts)), 2) AS "negotiated USD",
       CASE WHEN count(*) FILTER (WHERE seed IS NULL) = 0 THEN round(sum(seed), 2) END AS "seed said USD"
FROM (SELECT p.*, pg_temp.cost_in('seed-2026-04-10', model_id, region, input_tokens, output_tokens, mode,
                                  cache_read_tokens, cache_write_tokens, ts) AS seed
      FROM priced p) x
GROUP BY model_name
ORDER BY sum(cost) DESC;
ROLLBACK;
\echo

\echo '--- d. One usage explained ----------------------------------------------------'
SELECT model_id, region, mode, ts, input_tokens, output_tokens,
       cache_read_tokens, cache_write_tokens,
       format('%s, %s, %s, %s', model_name, region, routing, mode) AS what
FROM priced
WHERE routing = 'geo' AND model_name = 'Claude 3.5 Sonnet v2'
  AND cache_read_tokens > 0 AND cache_write_tokens > 0
ORDER BY ts
LIMIT 1 \gset u_

\echo ' A cross-region Claude call with cache tokens, from demo.usage:' :u_what
\echo '  ' :u_ts :u_model_id
\echo '   tokens: input' :u_input_tokens '| output' :u_output_tokens '| cache read' :u_cache_read_tokens '| cache write' :u_cache_write_tokens
\echo
\pset format wrapped
\pset columns 100
\x on
SELECT * FROM bedprice.bedrock_cost_breakdown(
    :'u_model_id', :'u_region', :u_input_tokens, :u_output_tokens,
    mode => :'u_mode',
    cache_read_tokens => :u_cache_read_tokens,
    cache_write_tokens => :u_cache_write_tokens,
    at => :'u_ts');
\x off
\pset format aligned

\echo ' Per charge: tokens x USD per 1M tokens x routing x region x mode factors'
SELECT c.key                                   AS charge,
       (c.value ->> 'tokens')::bigint          AS tokens,
       (c.value ->> 'usd_per_mtok')::numeric   AS "USD/Mtok",
       (c.value ->> 'routing_factor')::numeric AS routing,
       (c.value ->> 'region_factor')::numeric  AS region,
       (c.value ->> 'mode_factor')::numeric    AS mode,
       (c.value ->> 'cost')::numeric           AS "cost USD"
FROM bedprice.bedrock_cost_breakdown(
    :'u_model_id', :'u_region', :u_input_tokens, :u_output_tokens,
    mode => :'u_mode',
    cache_read_tokens => :u_cache_read_tokens,
    cache_write_tokens => :u_cache_write_tokens,
    at => :'u_ts') AS b,
     jsonb_each(b.charges) AS c
ORDER BY array_position('{input,output,cache_read,cache_write,cache_write_1h}'::text[], c.key);

\echo ' Explore further: SELECT * FROM demo.usage_priced;  (the log, priced row by row)'
\echo

\echo '--- e. Usage priced as it lands ------------------------------------------------'
\echo ' Bedrock model-invocation log records (test/fixtures/invocation_logs: 20 of'
\echo ' them, one delivered twice, two malformed, one of a model the catalog lacks)'
\echo ' inserted into a table whose triggers read each record and price it (the C'
\echo ' trigger bedprice.price_usage). No row is lost: the ones that cannot be'
\echo ' priced keep a NULL cost and say why.'
DROP TABLE IF EXISTS demo.invocations;
CREATE TABLE demo.invocations (
    log jsonb NOT NULL, request_id text, account_id text, event_time timestamptz, model_id text,
    region text, mode text, input_tokens bigint, output_tokens bigint, cache_read bigint,
    cache_write bigint, cache_write_1h bigint, problem text, cost numeric, status text);
CREATE OR REPLACE FUNCTION demo.read_invocation() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    u record := bedprice.invocation_usage(NEW.log);
BEGIN
    NEW.request_id := u.request_id; NEW.account_id := u.account_id; NEW.event_time := u.event_time;
    NEW.model_id := u.model_id; NEW.region := u.region; NEW.mode := u.mode;
    NEW.input_tokens := u.input_tokens; NEW.output_tokens := u.output_tokens;
    NEW.cache_read := u.cache_read_tokens; NEW.cache_write := u.cache_write_tokens;
    NEW.cache_write_1h := u.cache_write_1h_tokens; NEW.problem := u.problem;
    RETURN NEW;
END $$;
CREATE TRIGGER a_read BEFORE INSERT ON demo.invocations FOR EACH ROW EXECUTE FUNCTION demo.read_invocation();
CREATE TRIGGER b_price BEFORE INSERT OR UPDATE ON demo.invocations FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model_id', 'region=region', 'mode=mode',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read', 'cache_write=cache_write',
        'cache_write_1h=cache_write_1h', 'at=event_time', 'status=status', 'account=account_id');
-- the application-inference-profile ARN of one record, mapped to its model
INSERT INTO bedprice.model_aliases (provider, alias, model, routing)
VALUES ('bedrock', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456',
        'anthropic.claude-sonnet-4-6', 'global')
ON CONFLICT DO NOTHING;
\set records `cat :top/test/fixtures/invocation_logs/records.jsonl`
SET bedprice.on_unknown_model = 'null';   -- malformed records kept, with their problem
INSERT INTO demo.invocations (log)
SELECT line::jsonb FROM regexp_split_to_table(:'records', '\n') AS line WHERE line <> '';
RESET bedprice.on_unknown_model;
SELECT coalesce(model_id, '(none)') AS model_id, region, input_tokens AS "in", output_tokens AS "out",
       cache_read AS "read", cache_write + cache_write_1h AS written, cost AS "cost USD",
       coalesce(problem, status) AS "why not"
FROM demo.invocations ORDER BY event_time NULLS LAST, request_id;
SELECT count(*) AS records, count(DISTINCT request_id) AS requests, count(cost) AS priced,
       sum(cost) AS "USD, all records",
       (SELECT sum(cost) FROM (SELECT DISTINCT ON (request_id) cost FROM demo.invocations) d) AS "USD, each request once"
FROM demo.invocations;

\echo
\echo '--- f. The same usage as FOCUS 1.2 rows (for FinOps tools) ---------------------'
\echo ' bedprice.focus_usage: one row per day, account, model, region, routing, mode,'
\echo ' token type and price row; every FOCUS column (57 with the x_ ones beside them),'
\echo ' a few of them here. ListUnitPrice x PricingQuantity = ListCost, exactly.'
DELETE FROM demo.invocations a USING demo.invocations b      -- the repeated delivery
WHERE a.request_id = b.request_id AND a.ctid > b.ctid;
SELECT "ChargePeriodStart", "SubAccountId", "x_Model", "x_TokenType", "PricingQuantity",
       "ListUnitPrice", "BilledCost", "SkuMeter"
FROM bedprice.focus_usage('demo.invocations')
WHERE "ChargePeriodStart" >= '2026-05' ORDER BY 1, 2, 3, 4 LIMIT 12;
\echo ' Export: \\copy (SELECT * FROM bedprice.focus_usage(''demo.invocations'')) TO ''focus.csv'' WITH (FORMAT csv, HEADER)'
\echo

\echo '--- g. Where to run: Bedrock or a direct API, which tier, what next month costs ---'
\echo ' g1. Bedrock vs the cheapest direct API per 1M input + 1M output tokens, for the'
\echo ' models of demo.usage that a direct API also sells: at AWS list prices, and as'
\echo ' the seed document claimed (its price book). -: not in that book.'
WITH used AS (
    SELECT DISTINCT bedrock_model, region FROM priced
    WHERE family IN (SELECT m.family FROM bedprice.models m JOIN bedprice.providers p USING (provider) WHERE p.kind = 'direct')
), one AS (SELECT DISTINCT ON (bedrock_model) * FROM used ORDER BY bedrock_model, region)
SELECT l.family, l.bedrock_model AS "Bedrock model", o.region, l.bedrock_cost AS "Bedrock USD",
       l.provider AS "cheapest direct", l.direct_cost AS "direct USD", l.premium_pct AS "premium %",
       s.premium_pct AS "seed's premium %"
FROM one o
CROSS JOIN LATERAL bedprice.bedrock_premium(o.bedrock_model, o.region) l
LEFT JOIN LATERAL (SELECT (bedprice.bedrock_premium(o.bedrock_model, o.region, book => 'seed-2026-04-10')).premium_pct
                   WHERE EXISTS (SELECT FROM bedprice.prices p WHERE p.book = 'seed-2026-04-10'
                                 AND p.provider = 'bedrock' AND p.model = o.bedrock_model)) s ON true
ORDER BY l.premium_pct DESC, l.family;

\echo ' g2. The cheapest way to buy each model of demo.usage, for 1M in + 1M out: the'
\echo ' best option, and what the demo''s own way (the ID and region it calls) costs.'
WITH used AS (
    SELECT DISTINCT ON (bedrock_model) bedrock_model, model_id, region FROM priced
    WHERE mode = 'on_demand' ORDER BY bedrock_model, model_id, region
)
SELECT u.bedrock_model AS model, c.provider || ' ' || c.call_as AS "cheapest", c.mode, c.cost AS "USD",
       bedprice.volume_cost('bedrock', u.model_id, u.region, 1000000, 1000000) AS "as called USD",
       u.model_id AS "as called"
FROM used u
CROSS JOIN LATERAL (SELECT * FROM bedprice.cheapest(u.bedrock_model, region => u.region) ORDER BY rank LIMIT 1) c
ORDER BY u.bedrock_model;

-- the sample usage in a table the pricing trigger fills, as a pipeline would
CREATE TABLE demo.usage_billed (LIKE demo.usage, cost numeric, status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON demo.usage_billed FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model_id', 'region=region', 'mode=mode',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read_tokens',
        'cache_write=cache_write_tokens', 'at=ts', 'status=status');
INSERT INTO demo.usage_billed SELECT * FROM demo.usage;

\echo ' g3. The 14 days of demo.usage bought another way (bedprice.compare_modes): each'
\echo ' request in another service tier or with global routing where its model offers'
\echo ' it (the others as billed), or on provisioned throughput sized to the busiest'
\echo ' minute of each model, which needs a rate with the throughput of a model unit'
\echo ' (your AWS quote, in bedprice.provisioned_rates: none here).'
SELECT option, rows_moved AS moved, rows_kept AS kept, round(cost, 2) AS "USD", round(saving, 2) AS "saving USD",
       saving_pct AS "saving %", left(note, 60) AS note
FROM bedprice.compare_modes('demo.usage_billed', '2026-11-02', '2026-11-16');

\echo ' g4. When provisioned throughput pays (bedprice.provisioned_breakeven): one'
\echo ' model unit bills 24 x its hourly rate a day, used or not. AWS publishes no'
\echo ' current rate: the only ones it did, kept by LiteLLM, are legacy Cohere ones;'
\echo ' the seed''s rule of thumb ($30-40 a day) would need a unit at $1.25-1.67/h.'
SELECT b.model, b.commitment, b.usd_per_unit_hour AS "USD/unit-hour", b.provisioned_usd_per_day AS "on-demand USD/day above which it pays",
       round(b.breakeven_tokens_per_day / 1000000, 1) AS "M tokens/day (3000 in + 500 out requests)"
FROM (VALUES ('1_month'), ('6_month')) AS c(commitment),
     LATERAL bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', c.commitment, 3000, 500) AS b;

\echo ' g5. November''s month-end projection from the daily trend (bedprice.forecast),'
\echo ' as of the 16th:'
SELECT month, complete_days, round(month_to_date, 2) AS "month to date USD", round(daily_average, 2) AS "per day USD",
       round(daily_trend, 4) AS "trend USD/day", projected_month_end AS "projected USD"
FROM bedprice.forecast('demo.usage_billed', '2026-11-16');
\echo ' A month of traffic bought three ways (bedprice.scenario): the seed''s "small'
\echo ' team", 5M in + 5M out of Claude 3.5 Sonnet v2 ($90, the seed says, both ways),'
\echo ' in its book and at list prices; then with 20M + 20M of Llama 3.3 70B beside it.'
SELECT b.book, s.setup, s.monthly_cost AS "USD a month", s.vs_bedrock_pct AS "vs Bedrock %"
FROM (VALUES ('seed-2026-04-10'), ('aws')) AS b(book),
     LATERAL bedprice.scenario(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0'], ARRAY[5], ARRAY[5], book => b.book) AS s;
SELECT b.book, s.setup, s.monthly_cost AS "USD a month", s.vs_bedrock_pct AS "vs Bedrock %"
FROM (VALUES ('seed-2026-04-10'), ('aws')) AS b(book),
     LATERAL bedprice.scenario(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'meta.llama3-3-70b-instruct-v1:0'],
                               ARRAY[5, 20], ARRAY[5, 20], 'us-east-1', book => b.book) AS s;
\echo
