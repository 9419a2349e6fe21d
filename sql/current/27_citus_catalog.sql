------------------------------------------------------------------------
-- One catalog on every node of a Citus cluster.  Each node keeps its own
-- catalog tables (the C cache reads them where it runs); a change made on
-- the coordinator travels to the workers as a row of the change log, a
-- Citus reference table: Citus writes that row on every node in the
-- change's own transaction (two-phase commit), and each worker's copy of
-- the log applies it to that worker's catalog as it is written.  So every
-- node changes, or none does, and the rows carry the coordinator's ids and
-- timestamps.  Off Citus, or on a Citus node without workers, none of this
-- does anything.
------------------------------------------------------------------------

-- The transport: rows are applied as they are written and never kept.
CREATE TABLE bedprice_internal.catalog_log (
    made_at    timestamptz NOT NULL,
    table_name text NOT NULL,
    action     text NOT NULL,
    old_rows   jsonb,
    new_rows   jsonb
);
COMMENT ON TABLE bedprice_internal.catalog_log IS
    'On a Citus cluster, a reference table carrying each catalog change from the coordinator to every worker in the change''s transaction; each node''s copy applies a row as it is written and keeps none.';

-- Whether this node's catalog was made the coordinator's (a REPLACE of
-- citus_sync_catalog() applied here): until it was, a node added to the
-- cluster holds the shipped catalog only, and applying later changes on
-- top of it would leave it wrong without a word, so they fail instead.
CREATE TABLE bedprice_internal.catalog_synced (
    synced_at timestamptz NOT NULL
);
COMMENT ON TABLE bedprice_internal.catalog_synced IS
    'On a Citus worker: when its catalog was last made the coordinator''s (citus_sync_catalog()); empty on a node that never was, which then refuses the coordinator''s changes.';

-- This node's Citus group: 0 on the coordinator; NULL without Citus.
CREATE FUNCTION bedprice_internal.citus_local_group() RETURNS integer
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    grp integer;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO grp;
    END IF;
    RETURN grp;
END
$$;
COMMENT ON FUNCTION bedprice_internal.citus_local_group() IS
    'This node''s Citus group id (0: the coordinator), NULL without Citus.';

-- Where this database stands: local (no Citus, or Citus without workers),
-- unreplicated (a Citus cluster whose log is not distributed yet: a
-- change would stay on its node), coordinator or worker.
CREATE FUNCTION bedprice_internal.citus_catalog_state() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    grp integer;
    replicated boolean;
    workers boolean;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN 'local';
    END IF;
    grp := bedprice_internal.citus_local_group();
    EXECUTE $q$SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition
                              WHERE logicalrelid = 'bedprice_internal.catalog_log'::pg_catalog.regclass)$q$
        INTO replicated;
    IF replicated THEN
        RETURN CASE WHEN grp = 0 THEN 'coordinator' ELSE 'worker' END;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_node WHERE groupid <> 0)' INTO workers;
    RETURN CASE WHEN workers OR grp <> 0 THEN 'unreplicated' ELSE 'local' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.citus_catalog_state() IS
    'Where this database stands for catalog changes: local (no Citus, or no workers), unreplicated (a Citus cluster whose change log is not distributed), coordinator or worker.';

CREATE FUNCTION bedprice_internal.in_extension_script() RETURNS boolean
    AS 'MODULE_PATHNAME', 'in_extension_script' LANGUAGE C STABLE;
COMMENT ON FUNCTION bedprice_internal.in_extension_script() IS
    'Whether CREATE or ALTER EXTENSION bedprice is running its script (which each node runs for itself).';

-- The catalog tables a change of which travels, parents first.
CREATE FUNCTION bedprice_internal.catalog_tables() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ARRAY['providers', 'regions', 'price_books', 'models', 'model_aliases', 'prices',
                 'multipliers', 'provisioned_rates', 'shipped_changes']
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_tables() IS
    'The catalog tables whose changes a Citus cluster''s change log carries, parents first.';

-- A catalog table's key columns as SQL (quoted, comma-separated); NULL:
-- not a catalog table.
CREATE FUNCTION bedprice_internal.catalog_key(table_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT string_agg(quote_ident(c), ', ' ORDER BY n)
    FROM unnest(bedprice_internal.catalog_key_columns(table_name)) WITH ORDINALITY AS k(c, n)
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_key(text) IS
    'The key columns of a catalog table (bedprice_internal.catalog_key_columns) as SQL, comma-separated; NULL for any other name: what a replicated change''s old rows are matched by.';

-- Statement trigger on every catalog table: on the coordinator of a
-- replicated cluster, the statement's change goes into the log (the rows
-- it touched, by which a worker deletes, and the rows of those keys now,
-- which it inserts); on a worker, or on a cluster not replicated yet, the
-- change is refused.  (Definer's rights:
-- only the extension's owner writes the log.)
CREATE FUNCTION bedprice_internal.capture_catalog_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    state text;
    touched text;
    old_json jsonb;
    new_json jsonb;
BEGIN
    IF bedprice_internal.in_extension_script() THEN
        RETURN NULL;                        -- every node runs the script itself
    END IF;
    state := bedprice_internal.citus_catalog_state();
    IF state = 'local' THEN
        RETURN NULL;
    ELSIF state IN ('worker', 'unreplicated') AND current_setting('session_replication_role') = 'replica'
          AND bedprice_internal.citus_local_group() <> 0 THEN
        RETURN NULL;                        -- a worker applying the coordinator's change
    ELSIF state = 'worker' THEN
        RAISE EXCEPTION 'bedprice''s catalog is changed on the Citus coordinator, not on a worker'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('This %s of bedprice.%s would change this node''s catalog alone.', TG_OP, TG_TABLE_NAME),
                  HINT = 'Make the change on the coordinator: it reaches every node in the same transaction.';
    ELSIF state = 'unreplicated' THEN
        RAISE EXCEPTION 'bedprice''s catalog is not replicated across this Citus cluster yet'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('This %s of bedprice.%s would change this node''s catalog alone.', TG_OP, TG_TABLE_NAME),
                  HINT = 'Run SELECT bedprice.citus_replicate_catalog() on the coordinator once, as the extension''s owner.';
    END IF;
    -- The keys the statement touched, and what they hold now.  Not the
    -- statement's new rows: a statement a trigger ran inside this one
    -- (apply_on_restore, say) was logged before it and may have changed
    -- them since; replayed in the order logged, every change ends where
    -- the coordinator's rows are.
    IF TG_OP <> 'TRUNCATE' THEN
        touched := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                              WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                              ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
        EXECUTE format('SELECT jsonb_agg(to_jsonb(k)) FROM (%s) k', touched) INTO old_json;
        EXECUTE format('SELECT jsonb_agg(to_jsonb(t)) FROM bedprice.%1$I t WHERE (%2$s) IN (SELECT %2$s FROM (%3$s) k)',
                       TG_TABLE_NAME, bedprice_internal.catalog_key(TG_TABLE_NAME), touched)
            INTO new_json;
    END IF;
    IF TG_OP = 'TRUNCATE' OR old_json IS NOT NULL THEN
        INSERT INTO bedprice_internal.catalog_log VALUES (now(), TG_TABLE_NAME, TG_OP, old_json, new_json);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.capture_catalog_change() IS
    'Statement trigger on the catalog tables: on the coordinator of a Citus cluster, sends the statement''s rows to every node through the change log; refuses a change on a worker, or on a cluster whose catalog is not replicated yet.';

-- Row trigger on each node's copy of the log: apply the change to this
-- node's catalog, as the coordinator made it (its ids, its timestamps),
-- and keep no row.  The coordinator made it already.  As a replica
-- applies: no trigger but the cache's invalidation fires (the coordinator
-- ran them, and their effects are rows of the change), no foreign key is
-- checked again.
CREATE FUNCTION bedprice_internal.apply_catalog_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET session_replication_role = replica
AS $$
DECLARE
    key text := bedprice_internal.catalog_key(NEW.table_name);
    grp integer;
    seq text;
BEGIN
    grp := bedprice_internal.citus_local_group();
    IF grp = 0 THEN
        RETURN NULL;
    END IF;
    IF key IS NULL OR NEW.action NOT IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REPLACE') THEN
        RAISE EXCEPTION 'not a change of bedprice''s catalog: % of "%"', NEW.action, NEW.table_name
            USING ERRCODE = 'data_exception';
    END IF;
    IF NEW.action = 'REPLACE' THEN
        DELETE FROM bedprice_internal.catalog_synced;
        INSERT INTO bedprice_internal.catalog_synced VALUES (NEW.made_at);
    ELSIF NOT EXISTS (SELECT FROM bedprice_internal.catalog_synced) THEN
        RAISE EXCEPTION 'this node''s bedprice catalog was never brought up to date with the coordinator''s'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Node group %s joined the cluster with the shipped catalog; a change applied to it would leave it different.', grp),
                  HINT = 'Run SELECT bedprice.citus_sync_catalog() on the coordinator.';
    END IF;
    IF NEW.action IN ('TRUNCATE', 'REPLACE') THEN
        EXECUTE format('DELETE FROM bedprice.%I', NEW.table_name);
    END IF;
    IF NEW.old_rows IS NOT NULL THEN
        EXECUTE format('DELETE FROM bedprice.%1$I WHERE (%2$s) IN (SELECT %2$s FROM jsonb_populate_recordset(NULL::bedprice.%1$I, $1))',
                       NEW.table_name, key)
            USING NEW.old_rows;
    END IF;
    IF NEW.new_rows IS NOT NULL THEN
        EXECUTE format('INSERT INTO bedprice.%1$I SELECT * FROM jsonb_populate_recordset(NULL::bedprice.%1$I, $1)',
                       NEW.table_name)
            USING NEW.new_rows;
    END IF;
    -- an id sequence stays past the ids it was given (as the coordinator's is)
    IF NEW.table_name IN ('prices', 'multipliers', 'provisioned_rates') THEN
        seq := pg_get_serial_sequence(format('bedprice.%I', NEW.table_name), key);
        EXECUTE format('SELECT pg_catalog.setval(%1$L, m) FROM (SELECT max(%2$I) AS m FROM bedprice.%3$I) x, %1$s s
                        WHERE x.m > s.last_value', seq, key, NEW.table_name);
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION bedprice_internal.apply_catalog_change() IS
    'Row trigger on each node''s copy of the change log: applies a change made on the coordinator to this node''s catalog (its rows as they are there), keeping no row.';

CREATE TRIGGER apply_catalog_change BEFORE INSERT ON bedprice_internal.catalog_log
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.apply_catalog_change();

-- The capture triggers, four on each catalog table (a trigger with
-- transition tables serves one event); the cache's invalidation fires on
-- a replica's apply too.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY bedprice_internal.catalog_tables() LOOP
        EXECUTE format('CREATE TRIGGER replicate_insert AFTER INSERT ON bedprice.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_update AFTER UPDATE ON bedprice.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_delete AFTER DELETE ON bedprice.%I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_truncate AFTER TRUNCATE ON bedprice.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        -- (a superuser's session_replication_role = replica on the
        -- coordinator must not keep a change there)
        EXECUTE format('ALTER TABLE bedprice.%1$I ENABLE ALWAYS TRIGGER replicate_insert,
                            ENABLE ALWAYS TRIGGER replicate_update, ENABLE ALWAYS TRIGGER replicate_delete,
                            ENABLE ALWAYS TRIGGER replicate_truncate', t);
        IF t NOT IN ('provisioned_rates', 'shipped_changes') THEN
            EXECUTE format('ALTER TABLE bedprice.%I ENABLE ALWAYS TRIGGER catalog_changed', t);
        END IF;
    END LOOP;
END
$$;

-- Make every node's catalog the coordinator's, in one transaction: each
-- table's rows, all of them, through the log.  For a node added later, or
-- to repair a difference catalog_digest() shows.
CREATE FUNCTION bedprice.citus_sync_catalog() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
    rows jsonb;
    n bigint := 0;
    missing boolean;
BEGIN
    IF bedprice_internal.citus_catalog_state() <> 'coordinator' THEN
        RAISE EXCEPTION 'citus_sync_catalog() runs on the coordinator of a cluster whose catalog is replicated'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run SELECT bedprice.citus_replicate_catalog() on the coordinator first.';
    END IF;
    -- no change between reading a table and its REPLACE on the workers
    EXECUTE (SELECT 'LOCK TABLE ' || string_agg(format('bedprice.%I', c.tab), ', ') || ' IN SHARE ROW EXCLUSIVE MODE'
             FROM unnest(bedprice_internal.catalog_tables()) AS c(tab));
    -- a node added since may have no copy of the log yet
    EXECUTE $q$SELECT EXISTS (
                   SELECT FROM pg_catalog.pg_dist_node n
                   WHERE n.isactive AND n.noderole = 'primary' AND NOT EXISTS (
                       SELECT FROM pg_catalog.pg_dist_placement p JOIN pg_catalog.pg_dist_shard s USING (shardid)
                       WHERE s.logicalrelid = 'bedprice_internal.catalog_log'::pg_catalog.regclass
                         AND p.groupid = n.groupid))$q$
        INTO missing;
    IF missing THEN
        EXECUTE $q$SELECT pg_catalog.replicate_reference_tables('block_writes')$q$;   -- (the log is empty)
    END IF;
    FOREACH t IN ARRAY bedprice_internal.catalog_tables() LOOP
        EXECUTE format('SELECT jsonb_agg(to_jsonb(r)) FROM bedprice.%I r', t) INTO rows;
        INSERT INTO bedprice_internal.catalog_log VALUES (now(), t, 'REPLACE', NULL, rows);
        n := n + coalesce(jsonb_array_length(rows), 0);
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bedprice.citus_sync_catalog() IS
    'On the coordinator of a Citus cluster whose catalog is replicated: make every node''s catalog the coordinator''s, in this transaction (a node added later, or a difference catalog_digest() shows); returns the rows sent.';

-- Once, on the coordinator, as the extension's owner: distribute the log
-- (a reference table on every node) and make every node's catalog the
-- coordinator's.  From then on a catalog change reaches every node.
CREATE FUNCTION bedprice.citus_replicate_catalog() RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    state text := bedprice_internal.citus_catalog_state();
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RAISE EXCEPTION 'Citus is not installed in this database'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    ELSIF state IN ('coordinator', 'worker') THEN
        RAISE EXCEPTION 'bedprice''s catalog is replicated across this cluster already'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'SELECT bedprice.citus_sync_catalog() on the coordinator brings a node up to date.';
    END IF;
    PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
    EXECUTE $q$SELECT pg_catalog.create_reference_table('bedprice_internal.catalog_log')$q$;
    IF position('bedprice' IN current_setting('session_preload_libraries')) = 0 THEN
        RAISE NOTICE 'sessions do not load bedprice as they start: a statement priced only by the trigger or sum_bedrock_cost, first in its session, is not checked for a setting the workers would not have'
            USING HINT = format('ALTER DATABASE %I SET session_preload_libraries = ''bedprice'' (see the README, Scale-out with Citus)', current_database());
    END IF;
    RETURN bedprice.citus_sync_catalog();
END
$$;
COMMENT ON FUNCTION bedprice.citus_replicate_catalog() IS
    'Once, on the coordinator of a Citus cluster, as the extension''s owner: from now on every catalog change made on the coordinator reaches every node in its own transaction, and changes on the workers are refused; every node''s catalog becomes the coordinator''s. Returns the rows sent.';

REVOKE EXECUTE ON FUNCTION bedprice.citus_replicate_catalog(), bedprice.citus_sync_catalog() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice.citus_sync_catalog() TO bedprice_admin;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice_internal.citus_catalog_state(), bedprice_internal.citus_local_group(),
    bedprice_internal.in_extension_script(),
    bedprice_internal.catalog_tables(), bedprice_internal.catalog_key(text) TO bedprice_admin;
