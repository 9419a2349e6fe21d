------------------------------------------------------------------------
-- Shipped rows and users' rows, across pg_dump and restore
--
-- pg_dump keeps the rows users add (shipped = false).  A change to a
-- shipped row (an UPDATE, such as closing its validity, or a DELETE) is
-- recorded in bedprice.shipped_changes, which pg_dump keeps whole; on
-- restore, after CREATE EXTENSION has put the shipped rows back, each
-- restored record applies its change again.  A user's row with the key of
-- a shipped row takes its place (and the shipped row's removal is
-- recorded), so restoring it never meets a duplicate key.  Only the
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
    'Records (or replaces) the change of one shipped row in bedprice.shipped_changes.';

-- bedprice's own writes to shipped rows (applying a restored record,
-- taking a shipped row over) are not changes of the user's.
CREATE FUNCTION bedprice_internal.applying() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(current_setting('bedprice_internal.applying', true), '') = 'on'
$$;
COMMENT ON FUNCTION bedprice_internal.applying() IS
    'Whether bedprice itself is writing shipped rows (bedprice_internal.applying = on).';

CREATE FUNCTION bedprice_internal.record_shipped_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT OLD.shipped OR bedprice_internal.applying() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW) THEN
            PERFORM bedprice_internal.note_shipped_change(
                TG_TABLE_NAME, bedprice_internal.row_key(TG_TABLE_NAME, to_jsonb(OLD)), 'update', to_jsonb(NEW));
        END IF;
    ELSE
        PERFORM bedprice_internal.note_shipped_change(
            TG_TABLE_NAME, bedprice_internal.row_key(TG_TABLE_NAME, to_jsonb(OLD)), 'delete', NULL);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.record_shipped_change() IS
    'Trigger: records a change to a shipped catalog row in bedprice.shipped_changes.';

-- Restoring a record re-applies it to the shipped row (CREATE EXTENSION has
-- just put the shipped rows back).  Records written by bedprice's own
-- triggers are nested inside a catalog trigger and apply nothing.
CREATE FUNCTION bedprice_internal.apply_shipped_change() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    match text;
    all_cols text;
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ') INTO match
    FROM unnest(bedprice_internal.catalog_key_columns(NEW.table_name)) AS c;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
    FROM pg_attribute
    WHERE attrelid = format('bedprice.%I', NEW.table_name)::regclass AND attnum > 0 AND NOT attisdropped;
    PERFORM set_config('bedprice_internal.applying', 'on', true);
    IF NEW.action = 'delete' THEN
        EXECUTE format('DELETE FROM bedprice.%1$I AS t USING jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k
                        WHERE t.shipped AND %2$s', NEW.table_name, match)
        USING NEW.row_key;
    ELSE
        EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $2))
                        FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE t.shipped AND %3$s',
                       NEW.table_name, all_cols, match)
        USING NEW.row_key, NEW.row_data;
    END IF;
    PERFORM set_config('bedprice_internal.applying', 'off', true);
    -- a user row restored earlier may have recorded this change already
    UPDATE bedprice.shipped_changes c
    SET action = NEW.action, row_data = NEW.row_data, changed_at = NEW.changed_at
    WHERE (c.table_name, c.row_key) = (NEW.table_name, NEW.row_key);
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_shipped_change() IS
    'Trigger: applies a restored bedprice.shipped_changes record to its shipped row.';

CREATE TRIGGER apply_on_restore BEFORE INSERT ON bedprice.shipped_changes
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.apply_shipped_change();

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

-- Whether a shipped row has the key of row r (names compared as the
-- unique indexes compare them): static SQL, one query per table.
CREATE FUNCTION bedprice_internal.shipped_key_exists(tab text, r jsonb) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'providers' THEN EXISTS (
            SELECT FROM bedprice.providers t WHERE t.shipped AND t.provider = bedprice_internal.name_key(r ->> 'provider'))
        WHEN 'regions' THEN EXISTS (
            SELECT FROM bedprice.regions t WHERE t.shipped AND t.region = bedprice_internal.name_key(r ->> 'region'))
        WHEN 'models' THEN EXISTS (
            SELECT FROM bedprice.models t
            WHERE t.shipped AND t.provider = r ->> 'provider'
              AND bedprice_internal.name_key(t.model) = bedprice_internal.name_key(r ->> 'model'))
        WHEN 'model_aliases' THEN EXISTS (
            SELECT FROM bedprice.model_aliases t
            WHERE t.shipped AND t.provider = r ->> 'provider'
              AND bedprice_internal.name_key(t.alias) = bedprice_internal.name_key(r ->> 'alias'))
    END
$$;
COMMENT ON FUNCTION bedprice_internal.shipped_key_exists(text, jsonb) IS
    'Whether a shipped provider, region, model or alias has the key of the row given as jsonb.';

-- A user's row with the key of a shipped row (names compared as the
-- unique indexes compare them) takes the shipped row's place: the shipped
-- row becomes the user's row, whatever refers to it follows, and its
-- removal is recorded.  A restore then never meets a duplicate key.
CREATE FUNCTION bedprice_internal.take_over_shipped_key() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cols text[] := bedprice_internal.catalog_key_columns(TG_TABLE_NAME);
    last_col text := cols[cardinality(cols)];
    all_cols text;
    cond text;
    shipped_key jsonb;
BEGIN
    IF NOT bedprice_internal.shipped_key_exists(TG_TABLE_NAME, to_jsonb(NEW)) THEN
        RETURN NEW;             -- the usual case, answered by an index
    END IF;
    SELECT string_agg(CASE WHEN c = last_col
                           THEN format('bedprice_internal.name_key(t.%1$I) = bedprice_internal.name_key(k.%1$I)', c)
                           ELSE format('t.%1$I = k.%1$I', c) END, ' AND ')
    INTO cond FROM unnest(cols) AS c;
    EXECUTE format('SELECT bedprice_internal.row_key(%1$L, to_jsonb(t)) FROM bedprice.%1$I t,
                           jsonb_populate_record(NULL::bedprice.%1$I, $1) k
                    WHERE t.shipped AND %2$s FOR UPDATE OF t', TG_TABLE_NAME, cond)
        INTO shipped_key USING to_jsonb(NEW);
    IF shipped_key IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
    FROM pg_attribute
    WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped;
    PERFORM bedprice_internal.note_shipped_change(TG_TABLE_NAME, shipped_key, 'delete', NULL);
    PERFORM set_config('bedprice_internal.applying', 'on', true);
    EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $2))
                    FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE %3$s',
                   TG_TABLE_NAME, all_cols,
                   (SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ') FROM unnest(cols) AS c))
        USING shipped_key, to_jsonb(NEW);
    PERFORM set_config('bedprice_internal.applying', 'off', true);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.take_over_shipped_key() IS
    'Trigger: a user''s provider, region, model or alias with the key of a shipped row replaces that row, and the replacement is recorded.';

CREATE TRIGGER take_over_shipped_key BEFORE INSERT ON bedprice.providers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_shipped_key();
CREATE TRIGGER take_over_shipped_key BEFORE INSERT ON bedprice.regions
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_shipped_key();
CREATE TRIGGER take_over_shipped_key BEFORE INSERT ON bedprice.models
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_shipped_key();
CREATE TRIGGER take_over_shipped_key BEFORE INSERT ON bedprice.model_aliases
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.take_over_shipped_key();

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

CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.providers
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.regions
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.models
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.model_aliases
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.prices
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.multipliers
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.record_shipped_change();
