-- The cache within one session: a catalog change is seen by the next
-- statement, and a rolled-back change leaves nothing behind.
-- (Other sessions: test/suites/cross_session.sh.)
SET TimeZone = 'UTC';

-- A model of this file's own, priced like Claude 3.5 Sonnet v2: its changes
-- are committed, and a change to a shipped row would make that row a
-- user's for good.  1M in + 1M out = 18
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.cache-v1:0', 'Cache Model');
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Cache Model', 'test.cache-v1:0');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'test.cache-v1:0', 'input', 3, 'cache test'), ('bedrock', 'test.cache-v1:0', 'output', 15, 'cache test');
SELECT bedprice.bedrock_cost('Cache Model', 'us-east-1', 1000000, 1000000);
SELECT generation AS gen_before FROM bedprice.cache_info() \gset
-- what it holds, its memory and how long its build took (measured: a
-- build reads the tables, which takes some time); of the prices, only the
-- two rows of the one model priced so far: a model's rows are read when
-- it is first priced
SELECT models > 100 AS models, price_rows = 2 AS price_rows, bytes > 100000 AS bytes,
       build_ms > 0 AS build_ms, pg_typeof(build_ms) AS build_ms_type
FROM bedprice.cache_info();

-- Nothing changed: the next statements reuse the cache, and a model first
-- priced in one of them adds its rows, Nova Pro's.
SELECT bedprice.bedrock_cost('Cache Model', 'us-east-1', 1000000, 1000000);
SELECT bedprice.bedrock_cost('amazon.nova-pro-v1:0', 'us-east-1', 1000000, 1000000);
SELECT generation = :gen_before AS not_rebuilt,
       price_rows = 2 + (SELECT count(*) FROM bedprice.prices WHERE model = 'amazon.nova-pro-v1:0')
           AS read_nova_pro
FROM bedprice.cache_info();

-- UPDATE: input $3 -> $4: 4 + 15 = 19
UPDATE bedprice.prices SET usd_per_mtok = 4
WHERE model = 'test.cache-v1:0' AND charge = 'input';
SELECT bedprice.bedrock_cost('Cache Model', 'us-east-1', 1000000, 1000000);
SELECT generation > :gen_before AS rebuilt FROM bedprice.cache_info();

-- A rolled-back change: 19 inside, 19 again after (5 + 15 = 20 inside).
BEGIN;
UPDATE bedprice.prices SET usd_per_mtok = 5
WHERE model = 'test.cache-v1:0' AND charge = 'input';
SELECT bedprice.bedrock_cost('Cache Model', 'us-east-1', 1000000, 1000000) AS inside;
ROLLBACK;
SELECT bedprice.bedrock_cost('Cache Model', 'us-east-1', 1000000, 1000000) AS after_rollback;

-- The same with a savepoint.
BEGIN;
SAVEPOINT s;
DELETE FROM bedprice.multipliers WHERE book = 'aws' AND dimension = 'routing' AND value = 'geo';
SELECT bedprice.bedrock_cost('us.test.cache-v1:0', 'us-east-1', 1000000, 0,
                             at => '2026-11-01 00:00:00+00');
ROLLBACK TO SAVEPOINT s;
-- the rule is back: 1M x 4 x 1 (the source region's price) = 4
SELECT bedprice.bedrock_cost('us.test.cache-v1:0', 'us-east-1', 1000000, 0);
COMMIT;

-- DELETE, INSERT, TRUNCATE: each reaches the cache.  (In a transaction
-- rolled back at the end, so that the shipped rows stay as they are;
-- each expected error is rolled back to a savepoint.)
BEGIN;
DELETE FROM bedprice.prices WHERE book = 'aws' AND model = 'amazon.nova-micro-v1:0' AND charge = 'output';
SAVEPOINT s;
SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000, 1000, at => '2026-11-01 00:00:00+00');
ROLLBACK TO SAVEPOINT s;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'output', 0.14, 'seed 2026-04-10, again');
-- 1M x 0.035 + 1M x 0.14 = 0.175
SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 1000000);
-- New aliases and regions are usable at once.
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('mx-central-1', 'mx', 'Mexico (Central)');
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'micro', 'amazon.nova-micro-v1:0');
SELECT bedprice.bedrock_cost('micro', 'mx-central-1', 1000000, 1000000);
SAVEPOINT t;
TRUNCATE bedprice.multipliers;
-- geo routing has no rule any more
SELECT bedprice.bedrock_cost('us.amazon.nova-micro-v1:0', 'us-east-1', 1000, 1000, at => '2026-11-01 00:00:00+00');
ROLLBACK TO SAVEPOINT t;
-- the geo rule again (x1): 0.175
SELECT bedprice.bedrock_cost('us.amazon.nova-micro-v1:0', 'us-east-1', 1000000, 1000000);
ROLLBACK;
SELECT bedprice.bedrock_cost('micro', 'us-east-1', 1, 1);   -- the alias is gone again

-- A change inside a query's own transaction, between statements of a
-- PL/pgSQL function, is seen by the next statement.
CREATE FUNCTION pg_temp.price_twice() RETURNS TABLE(before numeric, after numeric)
LANGUAGE plpgsql AS $$
BEGIN
    before := bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0);
    UPDATE bedprice.prices SET usd_per_mtok = 0.05
    WHERE model = 'amazon.nova-micro-v1:0' AND charge = 'input';
    after := (SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0));
    RETURN NEXT;
END $$;
BEGIN;
SELECT * FROM pg_temp.price_twice();
ROLLBACK;

-- Clean up what this file added: the shipped rows were never touched.
DELETE FROM bedprice.prices WHERE book = 'aws' AND model = 'test.cache-v1:0';
DELETE FROM bedprice.model_aliases WHERE model = 'test.cache-v1:0';
DELETE FROM bedprice.models WHERE model = 'test.cache-v1:0';
SELECT count(*) AS shipped_changes FROM bedprice.shipped_changes;
