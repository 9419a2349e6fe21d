/* bedprice 0.1.0 -> 0.2.0: history, price sheets, importers, dumps, privileges */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" to load this file. \quit

------------------------------------------------------------------------
-- Edits to shipped rows survive pg_dump.
--
-- pg_dump keeps the rows users add (shipped = false).  A change to a
-- shipped row (an UPDATE, such as closing its validity, or a DELETE) is
-- recorded in bedprice.shipped_changes, which pg_dump keeps whole; on
-- restore, after CREATE EXTENSION has put the shipped rows back, each
-- restored record applies its change again.
------------------------------------------------------------------------

CREATE TABLE bedprice.shipped_changes (
    table_name text NOT NULL
               CHECK (table_name IN ('providers', 'regions', 'models', 'model_aliases',
                                     'prices', 'multipliers')),
    row_key    jsonb NOT NULL,
    action     text NOT NULL CHECK (action IN ('update', 'delete')),
    row_data   jsonb,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_key),
    CHECK ((action = 'update') = (row_data IS NOT NULL))
);
COMMENT ON TABLE bedprice.shipped_changes IS
    'Changes users made to shipped catalog rows (the row''s key, and its new values or its deletion), so that pg_dump and ALTER EXTENSION UPDATE keep them.';
SELECT pg_catalog.pg_extension_config_dump('bedprice.shipped_changes', '');

-- The key columns of a catalog table, for shipped_changes.row_key.
CREATE FUNCTION bedprice.catalog_key_columns(table_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
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
COMMENT ON FUNCTION bedprice.catalog_key_columns(text) IS
    'Internal: the primary key columns of a bedprice catalog table.';

CREATE FUNCTION bedprice.record_shipped_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    key jsonb;
BEGIN
    IF NOT OLD.shipped
       OR coalesce(current_setting('bedprice_internal.applying', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) INTO key
    FROM unnest(bedprice.catalog_key_columns(TG_TABLE_NAME)) AS k;
    IF TG_OP = 'UPDATE' THEN
        IF to_jsonb(OLD) = to_jsonb(NEW) THEN
            RETURN NULL;
        END IF;
        INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
        VALUES (TG_TABLE_NAME, key, 'update', to_jsonb(NEW))
        ON CONFLICT (table_name, row_key)
        DO UPDATE SET action = 'update', row_data = excluded.row_data, changed_at = now();
    ELSE
        INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
        VALUES (TG_TABLE_NAME, key, 'delete', NULL)
        ON CONFLICT (table_name, row_key)
        DO UPDATE SET action = 'delete', row_data = NULL, changed_at = now();
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice.record_shipped_change() IS
    'Trigger: records a change to a shipped catalog row in bedprice.shipped_changes.';

-- Restoring a record re-applies it to the shipped row (CREATE EXTENSION has
-- just put the shipped rows back).  Records written by record_shipped_change
-- itself are nested inside a catalog trigger and apply nothing.
CREATE FUNCTION bedprice.apply_shipped_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    cols text[] := bedprice.catalog_key_columns(NEW.table_name);
    match text;
    all_cols text;
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    SELECT string_agg(format('t.%1$I = k.%1$I', c), ' AND ') INTO match FROM unnest(cols) AS c;
    PERFORM set_config('bedprice_internal.applying', 'on', true);
    IF NEW.action = 'delete' THEN
        EXECUTE format('DELETE FROM bedprice.%1$I AS t USING jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE t.shipped AND %2$s',
                       NEW.table_name, match)
        USING NEW.row_key;
    ELSE
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO all_cols
        FROM pg_catalog.pg_attribute
        WHERE attrelid = format('bedprice.%I', NEW.table_name)::regclass
          AND attnum > 0 AND NOT attisdropped;
        EXECUTE format('UPDATE bedprice.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $2)) FROM jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k WHERE t.shipped AND %3$s',
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
COMMENT ON FUNCTION bedprice.apply_shipped_change() IS
    'Trigger: applies a restored bedprice.shipped_changes record to its shipped row.';

CREATE TRIGGER apply_on_restore BEFORE INSERT ON bedprice.shipped_changes
    FOR EACH ROW EXECUTE FUNCTION bedprice.apply_shipped_change();

CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.providers
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.regions
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.models
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.model_aliases
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.prices
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();
CREATE TRIGGER record_shipped_change AFTER UPDATE OR DELETE ON bedprice.multipliers
    FOR EACH ROW EXECUTE FUNCTION bedprice.record_shipped_change();

------------------------------------------------------------------------
-- A user's row takes precedence over shipped rows of the same key: the
-- shipped rows it overlaps are closed, moved or removed (and the change
-- recorded).  bedprice.set_price and the sheet loaders close rows before
-- they insert; this covers plain INSERTs and restores, where user rows may
-- come back before the record of the shipped rows they closed.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.yield_shipped_rows() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    id_col text := (bedprice.catalog_key_columns(TG_TABLE_NAME))[1];
    same_key text := CASE TG_TABLE_NAME
        WHEN 'prices' THEN
            '(t.provider, t.model, t.routing, t.mode, t.charge, t.above_input_tokens)
             = ($1.provider, $1.model, $1.routing, $1.mode, $1.charge, $1.above_input_tokens)
             AND t.region IS NOT DISTINCT FROM $1.region'
        ELSE
            '(t.provider, t.dimension, t.value) = ($1.provider, $1.dimension, $1.value)'
        END;
BEGIN
    IF NOT (NEW.valid_from < NEW.valid_to) THEN
        RETURN NEW;             -- the table's CHECK constraint says why
    END IF;
    FOR e IN EXECUTE format(
        'SELECT t.%1$I AS id, t.valid_from, t.valid_to FROM bedprice.%2$I t
         WHERE t.shipped AND %3$s
           AND tstzrange(t.valid_from, t.valid_to) && tstzrange($1.valid_from, $1.valid_to)
         FOR UPDATE', id_col, TG_TABLE_NAME, same_key) USING NEW
    LOOP
        IF e.valid_from < NEW.valid_from THEN
            EXECUTE format('UPDATE bedprice.%I SET valid_to = $1 WHERE %I = $2', TG_TABLE_NAME, id_col)
                USING NEW.valid_from, e.id;
        ELSIF e.valid_to > NEW.valid_to THEN
            EXECUTE format('UPDATE bedprice.%I SET valid_from = $1 WHERE %I = $2', TG_TABLE_NAME, id_col)
                USING NEW.valid_to, e.id;
        ELSE
            EXECUTE format('DELETE FROM bedprice.%I WHERE %I = $1', TG_TABLE_NAME, id_col)
                USING e.id;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice.yield_shipped_rows() IS
    'Trigger: a user''s price or multiplier closes, moves or removes the shipped rows of the same key it overlaps.';

CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.prices
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice.yield_shipped_rows();
CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.multipliers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice.yield_shipped_rows();

------------------------------------------------------------------------
-- History: no two rows of the same key may be valid at the same time.
--
-- 0.1.0 allowed overlaps and let the later start win inside them.  Close
-- each overlapped row where the later one starts (and continue it after
-- the later one ends), which prices every usage as 0.1.0 did.
------------------------------------------------------------------------

DO $$
DECLARE
    o record;
BEGIN
    LOOP
        SELECT a.price_id, a.valid_to AS old_to, b.valid_from AS cut, b.valid_to AS resume
        INTO o
        FROM bedprice.prices a
        JOIN bedprice.prices b
          ON (a.provider, a.model, a.routing, a.mode, a.charge, a.above_input_tokens)
             = (b.provider, b.model, b.routing, b.mode, b.charge, b.above_input_tokens)
         AND a.region IS NOT DISTINCT FROM b.region
         AND a.price_id <> b.price_id
         AND a.valid_from < b.valid_from AND b.valid_from < a.valid_to
        ORDER BY a.price_id, b.valid_from
        LIMIT 1;
        EXIT WHEN NOT FOUND;
        UPDATE bedprice.prices SET valid_to = o.cut WHERE price_id = o.price_id;
        IF o.resume < o.old_to THEN
            INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                         above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
            SELECT provider, model, region, routing, mode, charge, above_input_tokens,
                   usd_per_mtok, o.resume, o.old_to, source
            FROM bedprice.prices WHERE price_id = o.price_id;
        END IF;
    END LOOP;
    LOOP
        SELECT a.multiplier_id, a.valid_to AS old_to, b.valid_from AS cut, b.valid_to AS resume
        INTO o
        FROM bedprice.multipliers a
        JOIN bedprice.multipliers b
          ON (a.provider, a.dimension, a.value) = (b.provider, b.dimension, b.value)
         AND a.multiplier_id <> b.multiplier_id
         AND a.valid_from < b.valid_from AND b.valid_from < a.valid_to
        ORDER BY a.multiplier_id, b.valid_from
        LIMIT 1;
        EXIT WHEN NOT FOUND;
        UPDATE bedprice.multipliers SET valid_to = o.cut WHERE multiplier_id = o.multiplier_id;
        IF o.resume < o.old_to THEN
            INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
            SELECT provider, dimension, value, factor, o.resume, o.old_to, source
            FROM bedprice.multipliers WHERE multiplier_id = o.multiplier_id;
        END IF;
    END LOOP;
END
$$;

-- Rows of one key starting at the same moment cannot be told apart by
-- time; 0.1.0 used the higher id.  Those the user must settle.
DO $$
DECLARE
    dup text;
BEGIN
    SELECT string_agg(format('price_id %s and %s', a.price_id, b.price_id), ', ') INTO dup
    FROM bedprice.prices a JOIN bedprice.prices b
      ON (a.provider, a.model, a.routing, a.mode, a.charge, a.above_input_tokens, a.valid_from)
         = (b.provider, b.model, b.routing, b.mode, b.charge, b.above_input_tokens, b.valid_from)
     AND a.region IS NOT DISTINCT FROM b.region AND a.price_id < b.price_id;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.2.0 refuses prices of the same key that start at the same time'
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = format('Pairs: %s.', dup),
                  HINT = 'Delete or re-date one row of each pair (0.1.0 priced with the higher price_id), then update again.';
    END IF;
    SELECT string_agg(format('multiplier_id %s and %s', a.multiplier_id, b.multiplier_id), ', ') INTO dup
    FROM bedprice.multipliers a JOIN bedprice.multipliers b
      ON (a.provider, a.dimension, a.value, a.valid_from) = (b.provider, b.dimension, b.value, b.valid_from)
     AND a.multiplier_id < b.multiplier_id;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.2.0 refuses multipliers of the same key that start at the same time'
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = format('Pairs: %s.', dup),
                  HINT = 'Delete or re-date one row of each pair (0.1.0 used the higher multiplier_id), then update again.';
    END IF;
END
$$;

-- Enforced by the database: an exclusion constraint per table (the text
-- equality in a GiST index comes from btree_gist).
ALTER TABLE bedprice.prices ADD CONSTRAINT prices_no_overlap EXCLUDE USING gist (
    provider WITH =, model WITH =, (coalesce(region, '')) WITH =, routing WITH =,
    mode WITH =, charge WITH =, above_input_tokens WITH =,
    tstzrange(valid_from, valid_to) WITH &&);
ALTER TABLE bedprice.multipliers ADD CONSTRAINT multipliers_no_overlap EXCLUDE USING gist (
    provider WITH =, dimension WITH =, value WITH =,
    tstzrange(valid_from, valid_to) WITH &&);

------------------------------------------------------------------------
-- Privileges: everyone reads and prices; the extension's owner and
-- members of bedprice_admin change the catalog.
------------------------------------------------------------------------

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bedprice_admin') THEN
        CREATE ROLE bedprice_admin NOLOGIN;
    END IF;
END
$$;

GRANT SELECT ON bedprice.shipped_changes TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON
    bedprice.providers, bedprice.regions, bedprice.models, bedprice.model_aliases,
    bedprice.prices, bedprice.multipliers, bedprice.shipped_changes
    TO bedprice_admin;
GRANT USAGE ON SEQUENCE bedprice.prices_price_id_seq, bedprice.multipliers_multiplier_id_seq
    TO bedprice_admin;

------------------------------------------------------------------------
-- Reading CSV
------------------------------------------------------------------------

CREATE FUNCTION bedprice.csv_rows(doc text, OUT line integer, OUT fields text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'csv_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.csv_rows(text) IS
    'A CSV document (RFC 4180) as rows: the line each starts on, and its fields.';

------------------------------------------------------------------------
-- Adding a price or a multiplier with history
--
-- A new row never erases an old one: an existing row of the same key that
-- starts earlier and is still valid when the new one starts is closed
-- there (and continued after the new one ends, if it went on longer).  A
-- row identical to an existing one changes nothing.  An existing row of
-- the same key that starts at or after the new one is a conflict.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.add_price_row(
    p_provider text, p_model text, p_region text, p_routing text, p_mode text,
    p_charge text, p_above bigint, p_usd numeric,
    p_from timestamptz, p_to timestamptz, p_source text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    new_id bigint;
BEGIN
    IF EXISTS (SELECT FROM bedprice.prices p
               WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens,
                      p.valid_from, p.valid_to, p.usd_per_mtok)
                     = (p_provider, p_model, p_routing, p_mode, p_charge, p_above,
                        p_from, p_to, p_usd)
                 AND p.region IS NOT DISTINCT FROM p_region) THEN
        RETURN NULL;
    END IF;
    FOR e IN
        SELECT * FROM bedprice.prices p
        WHERE (p.provider, p.model, p.routing, p.mode, p.charge, p.above_input_tokens)
              = (p_provider, p_model, p_routing, p_mode, p_charge, p_above)
          AND p.region IS NOT DISTINCT FROM p_region
          AND tstzrange(p.valid_from, p.valid_to) && tstzrange(p_from, p_to)
        ORDER BY p.valid_from
        FOR UPDATE
    LOOP
        IF e.valid_from >= p_from THEN
            RAISE EXCEPTION 'price overlaps a price of the same key that starts at or after it'
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = format('price_id %s (%s, %s %s, %s, %s) is valid from %s to %s at %s USD per 1M tokens.',
                                      e.price_id, e.model, e.charge,
                                      coalesce(e.region, 'all regions'), e.routing, e.mode,
                                      e.valid_from, e.valid_to, e.usd_per_mtok),
                      HINT = 'A new price must start after the prices it replaces; to correct a price, delete it, or load the sheet again with replace_source.';
        END IF;
        UPDATE bedprice.prices SET valid_to = p_from WHERE price_id = e.price_id;
        IF e.valid_to > p_to THEN
            INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                         above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
            VALUES (e.provider, e.model, e.region, e.routing, e.mode, e.charge,
                    e.above_input_tokens, e.usd_per_mtok, p_to, e.valid_to, e.source);
        END IF;
    END LOOP;
    INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge,
                                 above_input_tokens, usd_per_mtok, valid_from, valid_to, source)
    VALUES (p_provider, p_model, p_region, p_routing, p_mode, p_charge, p_above, p_usd,
            p_from, p_to, p_source)
    RETURNING price_id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text) IS
    'Internal: adds one price row with history (closes the row it replaces); NULL when an identical row exists.';

CREATE FUNCTION bedprice.add_multiplier_row(
    p_provider text, p_dimension text, p_value text, p_factor numeric,
    p_from timestamptz, p_to timestamptz, p_source text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    e record;
    new_id bigint;
BEGIN
    IF EXISTS (SELECT FROM bedprice.multipliers m
               WHERE (m.provider, m.dimension, m.value, m.valid_from, m.valid_to, m.factor)
                     = (p_provider, p_dimension, p_value, p_from, p_to, p_factor)) THEN
        RETURN NULL;
    END IF;
    FOR e IN
        SELECT * FROM bedprice.multipliers m
        WHERE (m.provider, m.dimension, m.value) = (p_provider, p_dimension, p_value)
          AND tstzrange(m.valid_from, m.valid_to) && tstzrange(p_from, p_to)
        ORDER BY m.valid_from
        FOR UPDATE
    LOOP
        IF e.valid_from >= p_from THEN
            RAISE EXCEPTION 'multiplier overlaps a multiplier of the same key that starts at or after it'
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = format('multiplier_id %s (%s %s %s) is valid from %s to %s with factor %s.',
                                      e.multiplier_id, e.provider, e.dimension, e.value,
                                      e.valid_from, e.valid_to, e.factor),
                      HINT = 'A new multiplier must start after the ones it replaces; to correct one, delete it, or load the sheet again with replace_source.';
        END IF;
        UPDATE bedprice.multipliers SET valid_to = p_from WHERE multiplier_id = e.multiplier_id;
        IF e.valid_to > p_to THEN
            INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
            VALUES (e.provider, e.dimension, e.value, e.factor, p_to, e.valid_to, e.source);
        END IF;
    END LOOP;
    INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source)
    VALUES (p_provider, p_dimension, p_value, p_factor, p_from, p_to, p_source)
    RETURNING multiplier_id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text) IS
    'Internal: adds one multiplier row with history (closes the row it replaces); NULL when an identical row exists.';

-- The model a sheet names: a model key or an alias of the provider (any
-- case); one the catalog lacks is created, with its ID as its first alias.
CREATE FUNCTION bedprice.sheet_model(p_provider text, p_model text)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    key text;
BEGIN
    SELECT m.model INTO key FROM bedprice.models m
    WHERE m.provider = p_provider AND lower(m.model) = lower(btrim(p_model));
    IF NOT FOUND THEN
        SELECT a.model INTO key FROM bedprice.model_aliases a
        WHERE a.provider = p_provider AND lower(a.alias) = lower(btrim(p_model));
    END IF;
    IF NOT FOUND THEN
        key := btrim(p_model);
        INSERT INTO bedprice.models (provider, model, display_name) VALUES (p_provider, key, key);
        INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES (p_provider, key, key);
    END IF;
    RETURN key;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_model(text, text) IS
    'Internal: the model key a sheet names (a key or an alias); an unknown model is created, its ID also its first alias.';

------------------------------------------------------------------------
-- Price sheets: one CSV format in and out
--
-- provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
--
-- Empty region: all regions; empty routing: in_region; empty mode:
-- on_demand; empty above_input_tokens: 0; empty valid_from: since always;
-- empty valid_to: open-ended.  Dates are midnight UTC; timestamps without
-- a zone are UTC.
------------------------------------------------------------------------

-- A sheet's field, checked, or an error naming its line and column.
CREATE FUNCTION bedprice.sheet_field(
    kind text, line integer, col text, val text, what text)
RETURNS text
LANGUAGE plpgsql STABLE
SET TimeZone TO 'UTC'
AS $$
DECLARE
    v text := nullif(btrim(val), '');
BEGIN
    CASE what
    WHEN 'provider' THEN
        IF v IS NULL OR NOT EXISTS (SELECT FROM bedprice.providers WHERE provider = lower(v)) THEN
            RAISE EXCEPTION '% line %, column %: unknown provider "%"', kind, line, col, coalesce(v, '')
                USING ERRCODE = 'undefined_object',
                      HINT = (SELECT 'Known providers: ' || string_agg(provider, ', ' ORDER BY provider) || '.'
                              FROM bedprice.providers);
        END IF;
        RETURN lower(v);
    WHEN 'model' THEN
        IF v IS NULL THEN
            RAISE EXCEPTION '% line %, column %: a model is required', kind, line, col
                USING ERRCODE = 'not_null_violation';
        END IF;
        RETURN v;
    WHEN 'region' THEN
        IF v IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions WHERE region = lower(v)) THEN
            RAISE EXCEPTION '% line %, column %: unknown region "%"', kind, line, col, v
                USING ERRCODE = 'undefined_object',
                      HINT = 'bedprice.regions lists the known regions; add a row there for a new one.';
        END IF;
        RETURN lower(v);
    WHEN 'routing' THEN
        v := coalesce(lower(v), 'in_region');
        IF v NOT IN ('in_region', 'geo', 'global') THEN
            RAISE EXCEPTION '% line %, column %: unknown routing "%"', kind, line, col, v
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid routings: in_region (or empty), geo, global.';
        END IF;
        RETURN v;
    WHEN 'mode' THEN
        v := coalesce(lower(v), 'on_demand');
        IF v NOT IN ('on_demand', 'batch', 'priority', 'flex', 'provisioned') THEN
            RAISE EXCEPTION '% line %, column %: unknown mode "%"', kind, line, col, v
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid modes: on_demand (or empty), batch, priority, flex, provisioned.';
        END IF;
        RETURN v;
    WHEN 'charge' THEN
        IF v IS NULL OR lower(v) NOT IN ('input', 'output', 'cache_read', 'cache_write', 'cache_write_1h') THEN
            RAISE EXCEPTION '% line %, column %: unknown charge "%"', kind, line, col, coalesce(v, '')
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid charges: input, output, cache_read, cache_write, cache_write_1h.';
        END IF;
        RETURN lower(v);
    WHEN 'dimension' THEN
        IF v IS NULL OR lower(v) NOT IN ('region', 'routing', 'mode') THEN
            RAISE EXCEPTION '% line %, column %: unknown dimension "%"', kind, line, col, coalesce(v, '')
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Valid dimensions: region, routing, mode.';
        END IF;
        RETURN lower(v);
    WHEN 'amount' THEN
        BEGIN
            IF v IS NULL OR v::numeric < 0 OR v::numeric = 'NaN' THEN
                RAISE EXCEPTION 'not a non-negative number';
            END IF;
            IF v::numeric <> round(v::numeric, 12) THEN
                RAISE EXCEPTION 'more than 12 decimal places';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '% line %, column %: invalid amount "%": %', kind, line, col,
                            coalesce(v, ''), SQLERRM
                USING ERRCODE = 'invalid_text_representation';
        END;
        RETURN v;
    WHEN 'tokens' THEN
        BEGIN
            IF v IS NOT NULL AND v::bigint < 0 THEN
                RAISE EXCEPTION 'negative';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '% line %, column %: invalid token count "%": %', kind, line, col, v, SQLERRM
                USING ERRCODE = 'invalid_text_representation';
        END;
        RETURN coalesce(v, '0');
    WHEN 'from', 'to' THEN
        IF v IS NULL THEN
            RETURN CASE what WHEN 'from' THEN '-infinity' ELSE 'infinity' END;
        END IF;
        BEGIN
            RETURN v::timestamptz::text;
        EXCEPTION WHEN OTHERS THEN
            RAISE EXCEPTION '% line %, column %: invalid date or timestamp "%": %', kind, line, col, v, SQLERRM
                USING ERRCODE = 'invalid_datetime_format';
        END;
    ELSE
        RETURN v;
    END CASE;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_field(text, integer, text, text, text) IS
    'Internal: checks one field of a price or multiplier sheet, naming its line and column in errors.';

-- The CSV rows of a sheet after its header, which must be exactly `columns`.
CREATE FUNCTION bedprice.sheet_rows(kind text, doc text, columns text[])
RETURNS TABLE (line integer, f text[])
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    r record;
    header_seen boolean := false;
BEGIN
    FOR r IN SELECT * FROM bedprice.csv_rows(doc) LOOP
        IF NOT header_seen THEN
            IF (SELECT array_agg(lower(btrim(x))) FROM unnest(r.fields) AS x) IS DISTINCT FROM columns THEN
                RAISE EXCEPTION '% line %: the header must be "%"', kind, r.line, array_to_string(columns, ',')
                    USING ERRCODE = 'bad_copy_file_format',
                          DETAIL = format('It is "%s".', array_to_string(r.fields, ','));
            END IF;
            header_seen := true;
            CONTINUE;
        END IF;
        IF cardinality(r.fields) <> cardinality(columns) THEN
            RAISE EXCEPTION '% line % has % fields, not %', kind, r.line, cardinality(r.fields), cardinality(columns)
                USING ERRCODE = 'bad_copy_file_format',
                      HINT = 'Quote fields that hold commas.';
        END IF;
        line := r.line;
        f := r.fields;
        RETURN NEXT;
    END LOOP;
    IF NOT header_seen THEN
        RAISE EXCEPTION '% is empty', kind
            USING ERRCODE = 'bad_copy_file_format',
                  HINT = format('A sheet starts with the header line "%s".', array_to_string(columns, ','));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice.sheet_rows(text, text, text[]) IS
    'Internal: the data rows of a CSV sheet, after checking its header and field counts.';

CREATE FUNCTION bedprice.load_price_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
AS $$
DECLARE
    r record;
    k text := 'price sheet';
    p_provider text;
    p_model text;
    loaded integer := 0;
BEGIN
    IF replace_source IS NOT NULL THEN
        DELETE FROM bedprice.prices WHERE source = replace_source;
    END IF;
    FOR r IN SELECT * FROM bedprice.sheet_rows(k, csv,
            ARRAY['provider', 'model', 'region', 'routing', 'mode', 'charge', 'usd_per_mtok',
                  'above_input_tokens', 'valid_from', 'valid_to', 'source']) LOOP
        p_provider := bedprice.sheet_field(k, r.line, 'provider', r.f[1], 'provider');
        p_model := bedprice.sheet_model(p_provider,
                                        bedprice.sheet_field(k, r.line, 'model', r.f[2], 'model'));
        BEGIN
            IF bedprice.add_price_row(
                    p_provider,
                    p_model,
                    bedprice.sheet_field(k, r.line, 'region', r.f[3], 'region'),
                    bedprice.sheet_field(k, r.line, 'routing', r.f[4], 'routing'),
                    bedprice.sheet_field(k, r.line, 'mode', r.f[5], 'mode'),
                    bedprice.sheet_field(k, r.line, 'charge', r.f[6], 'charge'),
                    bedprice.sheet_field(k, r.line, 'above_input_tokens', r.f[8], 'tokens')::bigint,
                    bedprice.sheet_field(k, r.line, 'usd_per_mtok', r.f[7], 'amount')::numeric,
                    bedprice.sheet_field(k, r.line, 'valid_from', r.f[9], 'from')::timestamptz,
                    bedprice.sheet_field(k, r.line, 'valid_to', r.f[10], 'to')::timestamptz,
                    coalesce(nullif(btrim(r.f[11]), ''), 'price sheet')) IS NOT NULL THEN
                loaded := loaded + 1;
            END IF;
        EXCEPTION
            WHEN exclusion_violation OR check_violation THEN
                RAISE EXCEPTION '% line %: %', k, r.line, SQLERRM
                    USING ERRCODE = SQLSTATE,
                          DETAIL = 'Nothing of the sheet was loaded.';
        END;
    END LOOP;
    RETURN loaded;
END
$$;
COMMENT ON FUNCTION bedprice.load_price_sheet(text, text) IS
    'Loads a price sheet (CSV, header provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.  With replace_source, the rows of that source are deleted first.';

CREATE FUNCTION bedprice.set_price(
    provider           text,
    model              text,
    charge             text,
    usd_per_mtok       numeric,
    valid_from         timestamptz DEFAULT now(),
    region             text DEFAULT NULL,
    routing            text DEFAULT 'in_region',
    mode               text DEFAULT 'on_demand',
    above_input_tokens bigint DEFAULT 0,
    valid_to           timestamptz DEFAULT 'infinity',
    source             text DEFAULT 'set_price')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    k text := 'set_price';
    p_provider text := bedprice.sheet_field(k, 1, 'provider', provider, 'provider');
BEGIN
    RETURN bedprice.add_price_row(
        p_provider,
        bedprice.sheet_model(p_provider, bedprice.sheet_field(k, 1, 'model', model, 'model')),
        bedprice.sheet_field(k, 1, 'region', region, 'region'),
        bedprice.sheet_field(k, 1, 'routing', routing, 'routing'),
        bedprice.sheet_field(k, 1, 'mode', mode, 'mode'),
        bedprice.sheet_field(k, 1, 'charge', charge, 'charge'),
        coalesce(above_input_tokens, 0),
        bedprice.sheet_field(k, 1, 'usd_per_mtok', usd_per_mtok::text, 'amount')::numeric,
        coalesce(valid_from, '-infinity'),
        coalesce(valid_to, 'infinity'),
        coalesce(source, 'set_price'));
END
$$;
COMMENT ON FUNCTION bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text) IS
    'Adds one price from SQL with history (closes the price it replaces at valid_from); returns its price_id, or NULL when an identical price exists.';

-- Timestamps as a sheet writes them: a date when at midnight UTC, empty
-- for an open end.
CREATE FUNCTION bedprice.sheet_time(t timestamptz)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN t IN ('-infinity', 'infinity') THEN ''
        WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
    END
$$;
COMMENT ON FUNCTION bedprice.sheet_time(timestamptz) IS
    'Internal: a validity bound as price sheets write it.';

CREATE FUNCTION bedprice.price_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, model text, region text, routing text, mode text, charge text,
               usd_per_mtok numeric, above_input_tokens bigint, valid_from text, valid_to text,
               source text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT p.provider, p.model, p.region,
           nullif(p.routing, 'in_region'), nullif(p.mode, 'on_demand'), p.charge,
           p.usd_per_mtok, p.above_input_tokens,
           bedprice.sheet_time(p.valid_from), bedprice.sheet_time(p.valid_to), p.source
    FROM bedprice.prices p
    WHERE at IS NULL OR (p.valid_from <= at AND at < p.valid_to)
    ORDER BY p.provider, p.model, p.region NULLS FIRST, p.routing, p.mode, p.charge,
             p.above_input_tokens, p.valid_from
$$;
COMMENT ON FUNCTION bedprice.price_sheet(timestamptz) IS
    'The price catalog as a price sheet, one row a price: all history, or the prices valid at `at`.  \copy (SELECT * FROM bedprice.price_sheet()) TO ''prices.csv'' CSV HEADER writes it as a file.';

-- One CSV field, quoted where it must be.
CREATE FUNCTION bedprice.csv_field(v text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN v IS NULL THEN ''
        WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
        ELSE v
    END
$$;
COMMENT ON FUNCTION bedprice.csv_field(text) IS
    'Internal: a value as a CSV field, quoted when it holds a comma, quote, line break or edge blanks.';

CREATE FUNCTION bedprice.price_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(
               concat_ws(',', bedprice.csv_field(s.provider), bedprice.csv_field(s.model),
                         bedprice.csv_field(s.region), bedprice.csv_field(s.routing),
                         bedprice.csv_field(s.mode), bedprice.csv_field(s.charge),
                         s.usd_per_mtok::text, s.above_input_tokens::text,
                         bedprice.csv_field(s.valid_from), bedprice.csv_field(s.valid_to),
                         bedprice.csv_field(s.source)) || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.price_sheet(at)) AS s
$$;
COMMENT ON FUNCTION bedprice.price_sheet_csv(timestamptz) IS
    'bedprice.price_sheet() as one CSV document, which bedprice.load_price_sheet() reads back.';

------------------------------------------------------------------------
-- Multiplier sheets
--
-- provider,dimension,value,factor,valid_from,valid_to,source
------------------------------------------------------------------------

CREATE FUNCTION bedprice.load_multiplier_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
AS $$
DECLARE
    r record;
    k text := 'multiplier sheet';
    p_dimension text;
    p_value text;
    loaded integer := 0;
BEGIN
    IF replace_source IS NOT NULL THEN
        DELETE FROM bedprice.multipliers WHERE source = replace_source;
    END IF;
    FOR r IN SELECT * FROM bedprice.sheet_rows(k, csv,
            ARRAY['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source']) LOOP
        p_dimension := bedprice.sheet_field(k, r.line, 'dimension', r.f[2], 'dimension');
        p_value := bedprice.sheet_field(k, r.line, 'value', r.f[3],
                                        CASE p_dimension WHEN 'region' THEN 'region' ELSE p_dimension END);
        IF p_dimension = 'routing' AND p_value = 'in_region' OR p_dimension = 'mode' AND p_value = 'on_demand' THEN
            RAISE EXCEPTION '% line %, column value: "%" is the base value of %, which takes no multiplier',
                            k, r.line, p_value, p_dimension
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        BEGIN
            IF bedprice.add_multiplier_row(
                    bedprice.sheet_field(k, r.line, 'provider', r.f[1], 'provider'),
                    p_dimension, p_value,
                    bedprice.sheet_field(k, r.line, 'factor', r.f[4], 'amount')::numeric,
                    bedprice.sheet_field(k, r.line, 'valid_from', r.f[5], 'from')::timestamptz,
                    bedprice.sheet_field(k, r.line, 'valid_to', r.f[6], 'to')::timestamptz,
                    coalesce(nullif(btrim(r.f[7]), ''), 'multiplier sheet')) IS NOT NULL THEN
                loaded := loaded + 1;
            END IF;
        EXCEPTION
            WHEN exclusion_violation OR check_violation THEN
                RAISE EXCEPTION '% line %: %', k, r.line, SQLERRM
                    USING ERRCODE = SQLSTATE,
                          DETAIL = 'Nothing of the sheet was loaded.';
        END;
    END LOOP;
    RETURN loaded;
END
$$;
COMMENT ON FUNCTION bedprice.load_multiplier_sheet(text, text) IS
    'Loads a multiplier sheet (CSV, header provider,dimension,value,factor,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.';

CREATE FUNCTION bedprice.set_multiplier(
    provider   text,
    dimension  text,
    value      text,
    factor     numeric,
    valid_from timestamptz DEFAULT now(),
    valid_to   timestamptz DEFAULT 'infinity',
    source     text DEFAULT 'set_multiplier')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    k text := 'set_multiplier';
    p_dimension text := bedprice.sheet_field(k, 1, 'dimension', dimension, 'dimension');
BEGIN
    RETURN bedprice.add_multiplier_row(
        bedprice.sheet_field(k, 1, 'provider', provider, 'provider'),
        p_dimension,
        bedprice.sheet_field(k, 1, 'value', value, p_dimension),
        bedprice.sheet_field(k, 1, 'factor', factor::text, 'amount')::numeric,
        coalesce(valid_from, '-infinity'),
        coalesce(valid_to, 'infinity'),
        coalesce(source, 'set_multiplier'));
END
$$;
COMMENT ON FUNCTION bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text) IS
    'Adds one multiplier from SQL with history; returns its multiplier_id, or NULL when an identical one exists.';

CREATE FUNCTION bedprice.multiplier_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, dimension text, value text, factor numeric,
               valid_from text, valid_to text, source text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT m.provider, m.dimension, m.value, m.factor,
           bedprice.sheet_time(m.valid_from), bedprice.sheet_time(m.valid_to), m.source
    FROM bedprice.multipliers m
    WHERE at IS NULL OR (m.valid_from <= at AND at < m.valid_to)
    ORDER BY m.provider, m.dimension, m.value, m.valid_from
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet(timestamptz) IS
    'The multipliers as a multiplier sheet: all history, or those valid at `at`.';

CREATE FUNCTION bedprice.multiplier_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT 'provider,dimension,value,factor,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(
               concat_ws(',', bedprice.csv_field(s.provider), bedprice.csv_field(s.dimension),
                         bedprice.csv_field(s.value), s.factor::text,
                         bedprice.csv_field(s.valid_from), bedprice.csv_field(s.valid_to),
                         bedprice.csv_field(s.source)) || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.multiplier_sheet(at)) AS s
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet_csv(timestamptz) IS
    'bedprice.multiplier_sheet() as one CSV document, which bedprice.load_multiplier_sheet() reads back.';

------------------------------------------------------------------------
-- Who may change the catalog: the loaders write to it, so only the
-- extension's owner and bedprice_admin may run them.  Internal helpers
-- are not for direct use.
------------------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text),
    bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.sheet_model(text, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text),
    bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text),
    bedprice.sheet_model(text, text)
TO bedprice_admin;
