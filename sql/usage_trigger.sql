-- The pricing trigger bedprice.price_usage(): rows priced as they land by
-- INSERT, COPY and UPDATE, equal to bedrock_cost on the same values; rows
-- that cannot be priced kept with their reason; the arguments and tables
-- it refuses.  Everything this file adds is dropped at its end.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

CREATE TABLE usage (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    event_time     timestamptz NOT NULL,
    model_id       text,
    region         text,
    mode           text DEFAULT 'on_demand',
    input_tokens   integer,
    output_tokens  bigint,
    cache_read     bigint DEFAULT 0,
    cache_write    smallint DEFAULT 0,
    cache_write_1h bigint DEFAULT 0,
    cost_usd       numeric,
    status         text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost_usd', 'model=model_id', 'region=region',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read', 'cache_write=cache_write',
        'cache_write_1h=cache_write_1h', 'at=event_time', 'mode=mode', 'status=status');
SELECT * FROM bedprice.usage_columns('usage');

------------------------------------------------------------------------
-- 1. Rows priced as they land, as bedrock_cost prices them.
------------------------------------------------------------------------
INSERT INTO usage (event_time, model_id, region, mode, input_tokens, output_tokens,
                   cache_read, cache_write, cache_write_1h) VALUES
    ('2026-06-01', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'on_demand', 1000, 500, 0, 0, 0),
    ('2026-06-01', 'us.anthropic.claude-sonnet-4-6', 'us-west-2', 'on_demand', 1000, 500, 20000, 300, 100),
    ('2026-06-01', 'global.anthropic.claude-opus-4-6-v1', NULL, 'on_demand', 1, 326, 129709, 411, 0),
    ('2026-06-01', 'amazon.nova-lite-v1:0', 'us-east-1', 'batch', 4, 38, 0, 0, 0),
    ('2026-06-01', 'Claude Sonnet 4.5', 'us-east-1', 'on_demand', 190000, 1000, 15000, 0, 0),
    ('2026-06-01', 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0', NULL, 'on_demand', 12, 7, 0, 0, 0);
SELECT id, model_id, cost_usd, status FROM usage ORDER BY id;
-- each equals bedrock_cost on the row's values
SELECT count(*) AS rows,
       count(*) FILTER (WHERE cost_usd = bedprice.bedrock_cost(model_id, region, input_tokens, output_tokens,
                                  mode, cache_read, cache_write, cache_write_1h, event_time)) AS equal
FROM usage;

------------------------------------------------------------------------
-- 2. COPY prices every row, and UPDATE prices again.
------------------------------------------------------------------------
COPY usage (event_time, model_id, region, input_tokens, output_tokens) FROM stdin WITH (FORMAT csv);
2026-06-02 10:00:00+00,amazon.nova-pro-v1:0,us-east-1,1000,1000
2026-06-02 10:00:01+00,us.amazon.nova-pro-v1:0,us-east-2,2000,100
2026-06-02 10:00:02+00,no.such-model-v1:0,us-east-1,10,10
\.
SELECT id, model_id, cost_usd, status FROM usage WHERE id > 6 ORDER BY id;
UPDATE usage SET output_tokens = 2000 WHERE id = 7;
SELECT cost_usd, cost_usd = bedprice.bedrock_cost('amazon.nova-pro-v1:0', 'us-east-1', 1000, 2000) AS equal
FROM usage WHERE id = 7;
-- a cost written by hand is the trigger's again
UPDATE usage SET cost_usd = 0 WHERE id = 1;
SELECT cost_usd FROM usage WHERE id = 1;

------------------------------------------------------------------------
-- 3. Rows that cannot be priced are kept, with the reason, whatever
--    bedprice.on_unknown_model says.
------------------------------------------------------------------------
SET bedprice.on_unknown_model = 'error';
INSERT INTO usage (event_time, model_id, region, mode, input_tokens, output_tokens) VALUES
    ('2026-06-03', 'acme.widget-v1', 'us-east-1', 'on_demand', 10, 10),
    ('2026-06-03', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456', NULL, 'on_demand', 10, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'mars-north-1', 'on_demand', 10, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'turbo', 10, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'us-east-1', NULL, 10, 10),
    ('2026-06-03', NULL, 'us-east-1', 'on_demand', 10, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'on_demand', NULL, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'on_demand', -1, 10),
    ('2026-06-03', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'provisioned', 10, 10);
SELECT id, model_id, mode, cost_usd, status FROM usage WHERE event_time = '2026-06-03' ORDER BY id;
SET bedprice.on_unknown_model = 'null';
INSERT INTO usage (event_time, model_id, region, input_tokens, output_tokens)
    VALUES ('2026-06-03 01:00', 'acme.widget-v1', 'us-east-1', 10, 10);
SELECT cost_usd, status FROM usage WHERE event_time = '2026-06-03 01:00';
RESET bedprice.on_unknown_model;
-- a row's charges: none for a row the trigger left unpriced
SELECT u.id, c.charge, c.tokens, c.unit_price_per_mtok, c.cost
FROM usage u, bedprice.usage_charges('usage', u) c
WHERE u.id IN (1, 10) ORDER BY u.id, c.charge;
-- the same reasons bedrock_cost raises as errors
SELECT bedprice.bedrock_cost('acme.widget-v1', 'us-east-1', 10, 10);
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-6', 'mars-north-1', 10, 10);

-- the reasons name times in UTC, whatever the session's zone (a reprice
-- from another zone finds them unchanged)
SET TimeZone = 'Asia/Tokyo';
INSERT INTO usage (event_time, model_id, region, mode, input_tokens, output_tokens)
    VALUES ('2026-06-03 02:00+00', 'anthropic.claude-sonnet-4-6', 'us-east-1', 'provisioned', 10, 10);
SELECT status FROM usage WHERE event_time = '2026-06-03 02:00+00';
SET TimeZone = 'UTC';
-- a catalog write earlier in the transaction: rows that cannot be priced
-- do not rebuild the cache one by one (each reason's subtransaction writes
-- nothing; 0.5.0 development rebuilt it for every such row)
BEGIN;
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'regress-alias', 'amazon.nova-lite-v1:0');
SELECT bedprice.bedrock_cost('regress-alias', 'us-east-1', 1, 1) IS NOT NULL AS alias_prices;
CREATE TEMP TABLE generation AS SELECT generation FROM bedprice.cache_info();
INSERT INTO usage (event_time, model_id, region, input_tokens, output_tokens)
SELECT '2026-06-03 03:00', 'acme.unknown-' || n % 3, 'us-east-1', n, n FROM generate_series(1, 300) n;
SELECT count(*) FILTER (WHERE status LIKE 'unknown model%') AS kept_unpriced,
       (SELECT generation FROM bedprice.cache_info()) - (SELECT generation FROM generation) AS rebuilds
FROM usage WHERE event_time = '2026-06-03 03:00';
ROLLBACK;

------------------------------------------------------------------------
-- 4. Without a status column: a WARNING once per statement and reason.
------------------------------------------------------------------------
CREATE TABLE quiet (model text, i bigint, o bigint, cost numeric(10,4));
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON quiet FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
-- three rows of one unknown model, two of another: two warnings
INSERT INTO quiet VALUES ('acme.a', 1, 1), ('acme.a', 2, 2), ('acme.b', 1, 1), ('acme.a', 3, 3),
                         ('acme.b', 2, 2), ('amazon.nova-lite-v1:0', 1000, 1000);
-- and again in the next statement
INSERT INTO quiet VALUES ('acme.a', 1, 1);
SELECT model, cost FROM quiet ORDER BY model, i;
-- numeric(10,4): rounded to the column's scale, half away from zero
-- (the exact cost 0.0003 stays; Nova Lite 1000/1000 at the default time)
SELECT cost, bedprice.bedrock_cost('amazon.nova-lite-v1:0', 'us-east-1', 1000, 1000) AS exact
FROM quiet WHERE model LIKE 'amazon%';

------------------------------------------------------------------------
-- 5. The cost column's typmod: rounded to it; a cost that does not fit is
--    a reason, not a lost row.
------------------------------------------------------------------------
CREATE TABLE rounded (model text, i bigint, o bigint, cost numeric(6,3), status text);
CREATE TRIGGER price BEFORE INSERT ON rounded FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'status=status');
INSERT INTO rounded VALUES ('anthropic.claude-opus-4-6-v1', 1000, 1000),
                           ('anthropic.claude-opus-4-6-v1', 100, 100),
                           ('anthropic.claude-opus-4-6-v1', 1000000000, 1000000000);
SELECT i, cost, status,
       round(bedprice.bedrock_cost('anthropic.claude-opus-4-6-v1', 'us-east-1', i, o), 3) AS expected
FROM rounded ORDER BY i;

------------------------------------------------------------------------
-- 6. Direct APIs (a provider column), books, timestamp without time zone.
------------------------------------------------------------------------
CREATE TABLE gateway (provider text, model text, book text, at timestamp, i int, o int, cost numeric, status text);
CREATE TRIGGER price BEFORE INSERT ON gateway FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'status=status',
                                          'provider=provider', 'book=book', 'at=at');
INSERT INTO gateway VALUES
    ('anthropic', 'claude-sonnet-4-5', NULL, '2026-06-01 12:00', 1000, 1000),
    ('bedrock', 'anthropic.claude-sonnet-4-6', NULL, '2026-06-01 12:00', 1000, 1000),
    (NULL, 'Claude 3.5 Sonnet v2', 'seed-2026-04-10', '2026-06-01 12:00', 1000, 1000),
    (' Bedrock ', 'amazon.nova-lite-v1:0', 'no-such-book', '2026-06-01 12:00', 1000, 1000),
    ('groq', 'llama-3.3-70b-versatile', NULL, '2026-06-01 12:00', 1000, 1000);
SELECT provider, model, book, cost, status,
       cost = CASE WHEN coalesce(trim(lower(provider)), 'bedrock') = 'bedrock'
                   THEN bedprice.bedrock_cost_in(book, model, NULL, i, o, at => at::timestamptz)
                   ELSE bedprice.api_cost(provider, model, i, o, at => at::timestamptz) END AS equal
FROM gateway WHERE book IS DISTINCT FROM 'no-such-book' ORDER BY provider NULLS LAST, model;
SELECT cost, status FROM gateway WHERE book = 'no-such-book';

------------------------------------------------------------------------
-- 7. Partitioned tables: the trigger on the parent prices every partition.
------------------------------------------------------------------------
CREATE TABLE parted (at timestamptz, model text, i int, o int, cost numeric) PARTITION BY RANGE (at);
CREATE TABLE parted_june PARTITION OF parted FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
CREATE TABLE parted_july PARTITION OF parted FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON parted FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'at=at');
INSERT INTO parted VALUES ('2026-06-15', 'amazon.nova-pro-v1:0', 1000, 1000),
                          ('2026-07-15', 'amazon.nova-pro-v1:0', 1000, 1000);
SELECT tableoid::regclass, cost FROM parted ORDER BY at;

------------------------------------------------------------------------
-- 8. Arguments and tables the trigger refuses: on the first row of a
--    statement, naming the argument or column.
------------------------------------------------------------------------
CREATE TABLE t (model text, i int, o int, cost numeric, cost_text text, status varchar(20),
                gen numeric GENERATED ALWAYS AS (i * 2) STORED, at date,
                gen_i bigint GENERATED ALWAYS AS (i * 2) STORED);
CREATE FUNCTION try_trigger(VARIADIC args text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    DROP TRIGGER IF EXISTS probe ON t;
    EXECUTE format('CREATE TRIGGER probe BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bedprice.price_usage(%s)',
                   (SELECT string_agg(quote_literal(a), ', ') FROM unnest(args) AS a));
    INSERT INTO t (model, i, o) VALUES ('amazon.nova-lite-v1:0', 1, 1);
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(detail, '') || ')', '');
END $$;
SELECT a AS arguments, try_trigger(VARIADIC a) AS result FROM (VALUES
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=i']),
    (ARRAY['model=model', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'colour=model']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'region']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', '=model']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'mode=']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'in=o']),
    (ARRAY['cost=cost', 'model=nosuch', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=Model', 'in=i', 'out=o']),
    (ARRAY['cost=cost_text', 'model=model', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=i', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=model', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'status=status']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'at=at']),
    (ARRAY['cost=gen', 'model=model', 'in=i', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=gen_i', 'out=o']),
    (ARRAY['cost=cost', 'model=model', 'in=i', 'out=o', 'status=cost']),
    (ARRAY['cost=i', 'model=model', 'in=i', 'out=o']),
    (ARRAY[' COST = cost ', 'model=model', 'in=i', 'out=o'])) AS v(a);
-- fired the wrong way
CREATE TRIGGER after_insert AFTER INSERT ON quiet FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
INSERT INTO quiet VALUES ('amazon.nova-lite-v1:0', 1, 1);
DROP TRIGGER after_insert ON quiet;
CREATE TRIGGER per_statement BEFORE INSERT ON quiet FOR EACH STATEMENT
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
INSERT INTO quiet VALUES ('amazon.nova-lite-v1:0', 1, 1);
DROP TRIGGER per_statement ON quiet;
SELECT bedprice.price_usage();
-- the mapping of the one trigger accepted above, and of a table without one
SELECT * FROM bedprice.usage_columns('t');
DROP TRIGGER probe ON t;
SELECT * FROM bedprice.usage_columns('t');
-- one trigger for INSERT, one for UPDATE: read alike, or refused
CREATE TRIGGER on_insert BEFORE INSERT ON t FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
CREATE TRIGGER on_update BEFORE UPDATE ON t FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
SELECT count(*) AS fields FROM bedprice.usage_columns('t');
DROP TRIGGER on_update ON t;
CREATE TRIGGER on_update BEFORE UPDATE ON t FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=o', 'out=i');
SELECT count(*) AS fields FROM bedprice.usage_columns('t');

DROP TABLE usage, quiet, rounded, gateway, parted, t;
DROP FUNCTION try_trigger(text[]);
