-- The Citus catalog replication (sql/current/27_citus_catalog.sql) off
-- Citus: nothing changes for a single database, its functions say why
-- they cannot run, and a change applied as a replica applies it (the way
-- a worker applies the coordinator's) reaches the price cache.
SET client_min_messages = warning;
SELECT bedprice_internal.citus_catalog_state() AS state;

-- a catalog change works as ever, and the change log keeps nothing
BEGIN;
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.85, valid_from => '2027-01-01', source => 'test') > 0 AS priced;
SELECT count(*) AS log_rows FROM bedprice_internal.catalog_log;
ROLLBACK;

SELECT bedprice.citus_replicate_catalog();
SELECT bedprice.citus_sync_catalog();

-- the cache's invalidation fires when a replica applies a change (a
-- worker applies the coordinator's with session_replication_role =
-- replica, which skips ordinary triggers)
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-06-01') AS before;
BEGIN;
SET LOCAL session_replication_role = replica;
UPDATE bedprice.prices SET usd_per_mtok = 0.5
WHERE provider = 'bedrock' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input' AND region IS NULL
  AND routing = 'in_region' AND mode = 'on_demand' AND book = 'aws' AND '2026-06-01' >= valid_from AND '2026-06-01' < valid_to;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-06-01') AS as_a_replica_applied;
ROLLBACK;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-06-01') AS rolled_back;
SELECT c.relname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE t.tgname = 'catalog_changed' ORDER BY 1;

-- only the extension's owner writes the log (the capture writes it with
-- its owner's rights)
SELECT has_table_privilege('bedprice_admin', 'bedprice_internal.catalog_log', 'INSERT') AS admin_inserts_log;

-- the capture fires as a replica applies too (a superuser's
-- session_replication_role = replica on a coordinator must not keep a
-- change there): four triggers on each of the nine catalog tables, ALWAYS
SELECT count(*) FILTER (WHERE t.tgenabled = 'A') AS always, count(*) AS capture_triggers,
       count(DISTINCT t.tgrelid) AS tables
FROM pg_trigger t WHERE t.tgname LIKE 'replicate\_%' AND t.tgfoid = 'bedprice_internal.capture_catalog_change'::regproc;
