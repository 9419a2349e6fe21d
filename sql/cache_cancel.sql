-- A statement cancelled while its backend rebuilds the cache (here by
-- statement_timeout) leaves the cache out of date, not current: the next
-- statement builds it again and sees the change.  (0.2.0 marked the cache
-- current before reading the tables: a cancelled rebuild left the old
-- catalog in use for good, and cache_info().generation never moved.)
SET TimeZone = 'UTC';

-- 150,000 aliases make a rebuild take tens of milliseconds (bulk-loaded
-- without the row triggers: none of them is shipped or takes a shipped
-- name).
ALTER TABLE bedprice.model_aliases DISABLE TRIGGER USER;
INSERT INTO bedprice.model_aliases (provider, alias, model)
SELECT 'bedrock', 'cancel test alias ' || g, 'amazon.nova-lite-v1:0' FROM generate_series(1, 150000) AS g;
ALTER TABLE bedprice.model_aliases ENABLE TRIGGER USER;
-- (which enables them as they were made but those that fire as a replica
-- applies too)
ALTER TABLE bedprice.model_aliases ENABLE ALWAYS TRIGGER catalog_changed,
    ENABLE ALWAYS TRIGGER replicate_insert, ENABLE ALWAYS TRIGGER replicate_update,
    ENABLE ALWAYS TRIGGER replicate_delete, ENABLE ALWAYS TRIGGER replicate_truncate;

-- A model of the test's own (its changes are committed, and a change to a
-- shipped row would make that row a user's for good): 1M input at 0.80
-- (the first call builds the cache).
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.cancel-v1:0', 'Cancel');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'test.cancel-v1:0', 'input', 0.80, 'cancel test');
SELECT bedprice.bedrock_cost('test.cancel-v1:0', 'us-east-1', 1000000, 0) AS before;
SELECT generation AS gen_before FROM bedprice.cache_info() \gset

-- A change, then a statement cancelled in the rebuild it starts ...
UPDATE bedprice.prices SET usd_per_mtok = 5 WHERE source = 'cancel test';
SET statement_timeout = '10ms';
SELECT bedprice.bedrock_cost('test.cancel-v1:0', 'us-east-1', 1000000, 0) AS cancelled;
RESET statement_timeout;
-- ... and the next statement prices with the change: 5.
SELECT bedprice.bedrock_cost('test.cancel-v1:0', 'us-east-1', 1000000, 0) AS after;
SELECT generation > :gen_before AS rebuilt, price_rows = 1 AS read_the_model
FROM bedprice.cache_info();

-- Clean up: the shipped rows were never touched.
DELETE FROM bedprice.prices WHERE source = 'cancel test';
DELETE FROM bedprice.model_aliases WHERE model = 'test.cancel-v1:0' OR alias LIKE 'cancel test alias %';
DELETE FROM bedprice.models WHERE model = 'test.cancel-v1:0';
SELECT count(*) AS shipped_changes FROM bedprice.shipped_changes;
