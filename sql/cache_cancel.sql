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

-- Nova Pro 1M input: 0.80 (the first call builds the cache).
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) AS before;
SELECT generation AS gen_before FROM bedprice.cache_info() \gset

-- A change, then a statement cancelled in the rebuild it starts ...
UPDATE bedprice.prices SET usd_per_mtok = 5 WHERE price_id = 63;
SET statement_timeout = '10ms';
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) AS cancelled;
RESET statement_timeout;
-- ... and the next statement prices with the change: 5.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) AS after;
SELECT generation > :gen_before AS rebuilt, price_rows = 96 AS whole FROM bedprice.cache_info();

-- Clean up.
UPDATE bedprice.prices SET usd_per_mtok = 0.80 WHERE price_id = 63;
DELETE FROM bedprice.shipped_changes WHERE row_key = '{"price_id": 63}';
DELETE FROM bedprice.model_aliases WHERE alias LIKE 'cancel test alias %';
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) AS restored;
