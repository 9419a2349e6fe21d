------------------------------------------------------------------------
-- Shipped rows and users' rows, across pg_dump and restore
--
-- A shipped row is exactly as the extension shipped it.  Changed by a
-- user (any UPDATE: a new value, a closed validity, a new name), it
-- becomes the user's row (shipped = false), and its shipped key is
-- recorded in bedprice.shipped_changes; deleted, its key is recorded too.
-- pg_dump keeps the users' rows and the records, never the shipped rows.
-- On restore CREATE EXTENSION puts the shipped rows back; each user's row
-- comes in with its table, in foreign-key order, and one that has the key
-- of a shipped row (or of a row it replaced earlier in the restore) takes
-- that row's place; at the end of the records' COPY, the shipped rows
-- recorded as replaced or deleted that are still there go.  Only the
-- extension's scripts mark rows shipped.
------------------------------------------------------------------------

-- The key columns of a catalog table, for shipped_changes.row_key.
CREATE FUNCTION bedprice_internal.catalog_key_columns(table_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE table_name
        WHEN 'providers' THEN ARRAY['provider']
        WHEN 'regions' THEN ARRAY['region']
        WHEN 'models' THEN ARRAY['provider', 'model']
        WHEN 'model_aliases' THEN ARRAY['provider', 'alias']
        WHEN 'prices' THEN ARRAY['price_id']
        WHEN 'multipliers' THEN ARRAY['multiplier_id']
        WHEN 'price_books' THEN ARRAY['book']
        WHEN 'provisioned_rates' THEN ARRAY['rate_id']
        WHEN 'shipped_changes' THEN ARRAY['table_name', 'row_key']
    END
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_key_columns(text) IS
    'The primary key columns of a bedprice catalog table.';

-- The key of a catalog row, as shipped_changes records it.
CREATE FUNCTION bedprice_internal.row_key(table_name text, row_data jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(k, row_data -> k)
    FROM unnest(bedprice_internal.catalog_key_columns(table_name)) AS k
$$;
COMMENT ON FUNCTION bedprice_internal.row_key(text, jsonb) IS
    'The primary key of a catalog row given as jsonb, as bedprice.shipped_changes records it.';

CREATE FUNCTION bedprice_internal.note_shipped_change(
    table_name text, row_key jsonb, action text, row_data jsonb)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
    VALUES (table_name, row_key, action, row_data)
    ON CONFLICT ON CONSTRAINT shipped_changes_pkey
    DO UPDATE SET action = excluded.action, row_data = excluded.row_data, changed_at = now()
$$;
COMMENT ON FUNCTION bedprice_internal.note_shipped_change(text, jsonb, text, jsonb) IS
    'Records (or replaces) the change of one shipped row in bedprice.shipped_changes: its shipped key, replaced or deleted.';

-- bedprice's own writes to shipped rows (a row taking a shipped row's
-- place, a restored record applied, a shipped row yielding during a
-- restore) are not changes of the user's: a flag of the backend that only
-- set_applying() sets, and an error clears (no setting a user could SET).
CREATE FUNCTION bedprice_internal.applying() RETURNS boolean
    AS 'MODULE_PATHNAME', 'applying' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.applying() IS
    'Whether bedprice itself is writing shipped rows (set_applying), or the extension''s scripts run.';

CREATE FUNCTION bedprice_internal.set_applying(on_ boolean) RETURNS boolean
    AS 'MODULE_PATHNAME', 'set_applying' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
COMMENT ON FUNCTION bedprice_internal.set_applying(boolean) IS
    'Turns on or off the flag of bedprice''s own writes to shipped rows; returns whether it was on.';

-- Whether rows are being loaded by COPY FROM, as pg_restore and a plain
-- dump load them.
CREATE FUNCTION bedprice_internal.loading_by_copy() RETURNS boolean
    AS 'MODULE_PATHNAME', 'loading_by_copy' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.loading_by_copy() IS
    'Whether the statement running is a COPY FROM, as pg_restore and a plain dump load rows.';

-- A user's change to a shipped row makes it the user's row: pg_dump keeps
-- it as it is now, and the record of its shipped key lets a restore drop
-- the shipped row CREATE EXTENSION puts back.
CREATE FUNCTION bedprice_internal.hand_over_shipped_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT OLD.shipped OR bedprice_internal.applying() OR to_jsonb(OLD) = to_jsonb(NEW) THEN
        RETURN NEW;
    END IF;
    NEW.shipped := false;
    PERFORM bedprice_internal.note_shipped_change(
        TG_TABLE_NAME, bedprice_internal.row_key(TG_TABLE_NAME, to_jsonb(OLD)), 'delete', NULL);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.hand_over_shipped_row() IS
    'Trigger: a user''s change to a shipped catalog row makes it the user''s row (shipped = false) and records its shipped key.';

CREATE FUNCTION bedprice_internal.record_shipped_deletion() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF OLD.shipped AND NOT bedprice_internal.applying() THEN
        PERFORM bedprice_internal.note_shipped_change(
            TG_TABLE_NAME, bedprice_internal.row_key(TG_TABLE_NAME, to_jsonb(OLD)), 'delete', NULL);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.record_shipped_deletion() IS
    'Trigger: records the key of a deleted shipped catalog row in bedprice.shipped_changes.';

-- TRUNCATE fires no row triggers: record every shipped row as deleted.
CREATE FUNCTION bedprice_internal.record_shipped_truncate() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format(
        'SELECT bedprice_internal.note_shipped_change(%1$L, bedprice_internal.row_key(%1$L, to_jsonb(t)), ''delete'', NULL)
         FROM bedprice.%1$I AS t WHERE t.shipped', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.record_shipped_truncate() IS
    'Trigger: records the shipped rows a TRUNCATE removes in bedprice.shipped_changes.';

-- The row with the key of row r (names compared as the unique indexes
-- compare them; prices and multipliers by id), as jsonb, locked; NULL
-- when none.
CREATE FUNCTION bedprice_internal.row_with_key(tab text, r jsonb) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cols text[] := bedprice_internal.catalog_key_columns(tab);
    cond text;
    found_row jsonb;
BEGIN
    SELECT string_agg(CASE WHEN c IN ('alias', 'model', 'provider', 'region')
                           THEN format('bedprice_internal.name_key(t.%1$I) = bedprice_internal.name_key(k.%1$I)', c)
                           ELSE format('t.%1$I = k.%1$I', c) END, ' AND ')
    INTO cond FROM unnest(cols) AS c;
    EXECUTE format('SELECT to_jsonb(t) FROM bedprice.%1$I t, jsonb_populate_record(NULL::bedprice.%1$I, $1) k
                    WHERE %2$s FOR UPDATE OF t', tab, cond)
        INTO found_row USING r;
    RETURN found_row;
END
$$;
COMMENT ON FUNCTION bedprice_internal.row_with_key(text, jsonb) IS
    'The catalog row with the key of the row given (names compared as bedprice compares them), locked.';

-- A row loaded by COPY with the key of a shipped row, or of a row that
-- replaced one, takes that row's place (its values overwrite it, the
-- command counts no row): a restore, where CREATE EXTENSION has put back
-- shipped rows the user had changed, renamed or deleted, then never meets
-- a duplicate key, whatever order the rows come in.  An INSERT meets the
-- key, as in any table (INSERT ... ON CONFLICT keeps its meaning).
CREATE FUNCTION bedprice_internal.take_over_replaced_row() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    old_row jsonb;
    old_key jsonb;
    all_cols text;
    was_applying boolean;
BEGIN
    IF NOT bedprice_internal.loading_by_copy() THEN
        RETURN NEW;             -- the usual case
    END IF;
    old_row := bedprice_internal.row_with_key(TG_TABLE_NAME, to_jsonb(NEW));
    old_key := bedprice_internal.row_key(TG_TABLE_NAME, old_row);
    IF old_row IS NULL OR NOT ((old_row ->> 'shipped')::boolean OR EXISTS (
            SELECT FROM bedprice.shipped_changes c
            WHERE c.table_name = TG_TABLE_NAME AND c.row_key = old_key AND c.action = 'delete')) THEN
        RETURN NEW;             -- a new key, or another row of the user's: the unique key decides
    END IF;
    IF (old_row ->> 'shipped')::boolean THEN
        PERFORM bedprice_internal.note_shipped_change(TG_TABLE_NAME, old_key, 'delete', NULL);
    END IF;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
    FROM pg_attribute
    WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped;
    was_applying := bedprice_internal.set_applying(true);
    EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $2))
                    FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE %3$s',
                   TG_TABLE_NAME, all_cols,
                   (SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ')
                    FROM unnest(bedprice_internal.catalog_key_columns(TG_TABLE_NAME)) AS c))
        USING old_key, to_jsonb(NEW);
    PERFORM bedprice_internal.set_applying(was_applying);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.take_over_replaced_row() IS
    'Trigger: a row loaded by COPY with the key of a shipped row, or of a row that replaced one, takes that row''s place.';

-- Apply one restored record: a shipped row recorded as replaced or
-- deleted goes, if it is still there.  A record of 0.2.0 ('update', with
-- the row's values) is applied as 0.2.0 meant, and the row becomes the
-- user's, as a change makes it now.  A record that cannot be applied is
-- kept, and a WARNING names it: the rest of the restore goes on.
CREATE FUNCTION bedprice_internal.apply_change(tab text, key jsonb, action text, data jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    match text;
    all_cols text;
    n bigint;
    was_applying boolean;
BEGIN
    SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ') INTO match
    FROM unnest(bedprice_internal.catalog_key_columns(tab)) AS c;
    was_applying := bedprice_internal.set_applying(true);
    IF action = 'delete' THEN
        -- A shipped provider or region the user deleted (or renamed), and
        -- no row of the user's holds its key now (an edit of one makes it
        -- the user's row, under the same record), takes with it what a
        -- later version ships under it: the shipped models of a provider
        -- that no row of the user's names, the shipped prices of a region.
        IF tab = 'providers' AND NOT EXISTS (SELECT FROM bedprice.providers p
                                             WHERE NOT p.shipped AND p.provider = key ->> 'provider') THEN
            DELETE FROM bedprice.models m
            WHERE m.shipped AND m.provider = key ->> 'provider'
              AND NOT EXISTS (SELECT FROM bedprice.prices p
                              WHERE NOT p.shipped AND (p.provider, p.model) = (m.provider, m.model))
              AND NOT EXISTS (SELECT FROM bedprice.model_aliases a
                              WHERE NOT a.shipped AND (a.provider, a.model) = (m.provider, m.model));
        ELSIF tab = 'regions' AND NOT EXISTS (SELECT FROM bedprice.regions g
                                              WHERE NOT g.shipped AND g.region = key ->> 'region') THEN
            DELETE FROM bedprice.prices p WHERE p.shipped AND p.region = key ->> 'region';
            DELETE FROM bedprice.multipliers f
            WHERE f.shipped AND f.dimension = 'region' AND f.value = key ->> 'region';
        END IF;
        EXECUTE format('DELETE FROM bedprice.%1$I AS t USING jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k
                        WHERE t.shipped AND %2$s', tab, match)
        USING key;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 AND tab IN ('prices', 'multipliers') THEN
            -- a row an update retired: the deletion holds for its successors
            PERFORM bedprice_internal.delete_successors(
                tab, (key ->> (bedprice_internal.history_shape(tab)).id_column)::bigint);
        END IF;
    ELSE
        -- the shipped row under its recorded key, or under its new one (a
        -- parent's rename, applied first, cascaded to it); the columns 0.3.0
        -- added take their defaults, as on an update in place
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
        FROM pg_attribute
        WHERE attrelid = format('bedprice.%I', tab)::regclass AND attnum > 0 AND NOT attisdropped
          AND attname <> 'shipped';
        EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s, shipped) = (SELECT %2$s, false FROM jsonb_populate_record(NULL::bedprice.%1$I, $2))
                        FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k, jsonb_populate_record(NULL::bedprice.%1$I, $2) AS n
                        WHERE t.shipped AND (%3$s OR %4$s)',
                       tab, all_cols, match, replace(match, 'k.', 'n.'))
            USING key, data;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 AND bedprice_internal.row_with_key(tab, data) IS NULL THEN
            PERFORM bedprice_internal.insert_row(tab, data || '{"shipped": false}');
        END IF;
        UPDATE bedprice.shipped_changes c SET action = 'delete', row_data = NULL
        WHERE (c.table_name, c.row_key) = (tab, key);
    END IF;
    PERFORM bedprice_internal.set_applying(was_applying);
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'a restored change of a shipped row of bedprice.% was not applied: %', tab, SQLERRM
        USING DETAIL = format('The record (%s, %s) stays in bedprice.shipped_changes.', key, action),
              HINT = 'Make the change again by hand once its cause is settled; bedprice records it anew.';
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_change(text, jsonb, text, jsonb) IS
    'Applies one restored bedprice.shipped_changes record; a WARNING, not an error, when it cannot.';

-- A restored record replaces a note made earlier in the same restore (a
-- restored row took a shipped row's place, or made it yield): the dump's
-- record is what the source said.  bedprice's own notes (nested in its
-- triggers) pass.
CREATE FUNCTION bedprice_internal.keep_restored_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        DELETE FROM bedprice.shipped_changes c WHERE (c.table_name, c.row_key) = (NEW.table_name, NEW.row_key);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.keep_restored_change() IS
    'Trigger: a restored bedprice.shipped_changes record replaces the note of the same row made earlier in the restore.';

-- At the end of the records' COPY, apply them all: 0.2.0's updates
-- parents first (a renamed model before the prices that follow it), then
-- the deletions children first.
CREATE FUNCTION bedprice_internal.apply_restored_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    parents_first CONSTANT text[] := ARRAY['providers', 'regions', 'models', 'model_aliases', 'multipliers', 'prices'];
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NULL;
    END IF;
    FOR r IN SELECT * FROM restored
             ORDER BY action = 'delete',
                      CASE WHEN action = 'delete' THEN -array_position(parents_first, table_name)
                           ELSE array_position(parents_first, table_name) END,
                      row_key::text
    LOOP
        PERFORM bedprice_internal.apply_change(r.table_name, r.row_key, r.action, r.row_data);
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_restored_changes() IS
    'Trigger: applies the bedprice.shipped_changes records a restore (or an INSERT) brings.';

CREATE TRIGGER keep_restored_change BEFORE INSERT ON bedprice.shipped_changes
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.keep_restored_change();
CREATE TRIGGER apply_on_restore AFTER INSERT ON bedprice.shipped_changes
    REFERENCING NEW TABLE AS restored
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.apply_restored_changes();

CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.providers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();
CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.regions
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();
CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.models
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();
CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.model_aliases
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();
CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.prices
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();
CREATE TRIGGER take_over_replaced_row BEFORE INSERT ON bedprice.multipliers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_replaced_row();

-- (after guard_shipped, before yield_shipped_rows: BEFORE triggers fire in name order)
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.providers
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.regions
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.models
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.model_aliases
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.prices
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();
CREATE TRIGGER hand_over_shipped_row BEFORE UPDATE ON bedprice.multipliers
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_shipped_row();

CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.providers
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.regions
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.models
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.model_aliases
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.prices
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();
CREATE TRIGGER record_shipped_truncate BEFORE TRUNCATE ON bedprice.multipliers
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.record_shipped_truncate();

CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.providers
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();
CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.regions
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();
CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.models
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();
CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.model_aliases
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();
CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.prices
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();
CREATE TRIGGER record_shipped_deletion AFTER DELETE ON bedprice.multipliers
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.record_shipped_deletion();

-- Only the extension's scripts (and the functions above) mark rows shipped.
CREATE FUNCTION bedprice_internal.guard_shipped() RETURNS trigger
    AS 'MODULE_PATHNAME', 'guard_shipped' LANGUAGE C;
COMMENT ON FUNCTION bedprice_internal.guard_shipped() IS
    'Trigger: refuses a row added with shipped = true, or a change of the flag, outside the extension''s scripts: pg_dump leaves shipped rows out.';

CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.providers
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.regions
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.models
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.model_aliases
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.prices
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.multipliers
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
