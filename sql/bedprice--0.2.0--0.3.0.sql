/* bedprice 0.2.0 -> 0.3.0: an internal schema, every function's search_path
 * pinned, one vocabulary and model-ID grammar from C, history that records
 * its closings, importers that return a report, and the fixes of the 0.3.0
 * review.  Written once for the 0.3.0 release, frozen since: the current
 * definition lives in sql/current/. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" to load this file. \quit

------------------------------------------------------------------------
-- 1. The 0.2.0 triggers and internal functions go; the current
--    definitions below replace them.
------------------------------------------------------------------------

DROP TRIGGER catalog_changed ON bedprice.providers;
DROP TRIGGER catalog_changed ON bedprice.regions;
DROP TRIGGER catalog_changed ON bedprice.models;
DROP TRIGGER catalog_changed ON bedprice.model_aliases;
DROP TRIGGER catalog_changed ON bedprice.prices;
DROP TRIGGER catalog_changed ON bedprice.multipliers;
DROP TRIGGER record_shipped_change ON bedprice.providers;
DROP TRIGGER record_shipped_change ON bedprice.regions;
DROP TRIGGER record_shipped_change ON bedprice.models;
DROP TRIGGER record_shipped_change ON bedprice.model_aliases;
DROP TRIGGER record_shipped_change ON bedprice.prices;
DROP TRIGGER record_shipped_change ON bedprice.multipliers;
DROP TRIGGER record_shipped_truncate ON bedprice.providers;
DROP TRIGGER record_shipped_truncate ON bedprice.regions;
DROP TRIGGER record_shipped_truncate ON bedprice.models;
DROP TRIGGER record_shipped_truncate ON bedprice.model_aliases;
DROP TRIGGER record_shipped_truncate ON bedprice.prices;
DROP TRIGGER record_shipped_truncate ON bedprice.multipliers;
DROP TRIGGER yield_shipped_rows ON bedprice.prices;
DROP TRIGGER yield_shipped_rows ON bedprice.multipliers;
DROP TRIGGER apply_on_restore ON bedprice.shipped_changes;

DROP FUNCTION bedprice.catalog_changed();
DROP FUNCTION bedprice.catalog_key_columns(text);
DROP FUNCTION bedprice.same_key_condition(text);
DROP FUNCTION bedprice.record_shipped_change();
DROP FUNCTION bedprice.apply_shipped_change();
DROP FUNCTION bedprice.record_shipped_truncate();
DROP FUNCTION bedprice.yield_shipped_rows();
DROP FUNCTION bedprice.add_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, timestamptz, text);
DROP FUNCTION bedprice.add_multiplier_row(text, text, text, numeric, timestamptz, timestamptz, text);
DROP FUNCTION bedprice.remove_source(text, text);
DROP FUNCTION bedprice.sheet_model(text, text);
DROP FUNCTION bedprice.sheet_field(text, integer, text, text, text);
DROP FUNCTION bedprice.sheet_rows(text, text, text[]);
DROP FUNCTION bedprice.sheet_time(timestamptz);
DROP FUNCTION bedprice.csv_field(text);
DROP FUNCTION bedprice.import_price_row(text, text, text, text, text, text, bigint, numeric, timestamptz, text);
-- the importers now return a report
DROP FUNCTION bedprice.import_litellm(jsonb, timestamptz);
DROP FUNCTION bedprice.import_aws_price_list(jsonb, timestamptz);


------------------------------------------------------------------------
-- 2. The internal schema, and the engine's words, names and grammar.
------------------------------------------------------------------------

------------------------------------------------------------------------
-- Schemas and the admin role
--
-- The documented surface lives in bedprice, the extension's schema;
-- everything it uses internally lives in bedprice_internal, which PUBLIC
-- may not use.  Ordinary roles read and price; bedprice_admin writes.
------------------------------------------------------------------------

COMMENT ON SCHEMA bedprice IS
    'bedprice: exact, history-aware pricing of LLM API usage; its catalog tables, pricing functions and loaders.';

CREATE SCHEMA bedprice_internal;
COMMENT ON SCHEMA bedprice_internal IS
    'bedprice''s internal functions and types, not for direct use.';

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bedprice_admin') THEN
        CREATE ROLE bedprice_admin NOLOGIN;
    END IF;
END
$$;

------------------------------------------------------------------------
-- The engine's words, names and model-ID grammar, from C
--
-- The catalog's CHECK constraints, the sheet loaders and the importers use
-- these, so they accept exactly what the engine reads.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.vocabulary(
    OUT kind    text,
    OUT word    text,
    OUT is_base boolean,
    OUT ordinal integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'vocabulary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.vocabulary() IS
    'Every word of the pricing model: routings, modes, charges and multiplier dimensions; is_base marks the value a row covers by default (in_region, on_demand), which takes no multiplier.';

CREATE FUNCTION bedprice.parse_model_id(
    model_id           text,
    OUT model          text,
    OUT routing        text,
    OUT routing_prefix text,
    OUT region         text,
    OUT opaque         boolean)
RETURNS record
AS 'MODULE_PATHNAME', 'parse_model_id'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.parse_model_id(text) IS
    'A Bedrock model ID taken apart as the pricing functions read it, without the catalog: the model part, the routing of its prefix, the region of an ARN or LiteLLM form, and whether it is an ARN only an alias can resolve.';

CREATE FUNCTION bedprice_internal.parse_model_id_lenient(
    model_id           text,
    OUT model          text,
    OUT routing        text,
    OUT routing_prefix text,
    OUT region         text,
    OUT opaque         boolean,
    OUT error          text)
RETURNS record
AS 'MODULE_PATHNAME', 'parse_model_id_lenient'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.parse_model_id_lenient(text) IS
    'bedprice.parse_model_id with the error of a malformed ID as a column, for the importers.';

CREATE FUNCTION bedprice_internal.name_candidates(model_id text, provider text, cloud boolean)
RETURNS text[]
AS 'MODULE_PATHNAME', 'name_candidates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.name_candidates(text, text, boolean) IS
    'The normalized names the pricing functions look a model ID up by, in order.';

CREATE FUNCTION bedprice_internal.in_vocabulary(kind text, word text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'in_vocabulary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.in_vocabulary(text, text) IS
    'Whether word is one of the words of kind (routing, mode, charge, dimension), exactly as the catalog stores it.';

CREATE FUNCTION bedprice_internal.is_multiplier_value(dimension text, value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_multiplier_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_multiplier_value(text, text) IS
    'Whether value may take a multiplier in dimension: a region code, or a routing or mode other than its base value.';

CREATE FUNCTION bedprice_internal.name_key(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'name_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.name_key(text) IS
    'How bedprice compares names: surrounding white space trimmed, ASCII letters lower-cased.';

CREATE FUNCTION bedprice_internal.trim_name(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'trim_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.trim_name(text) IS
    'A name with the white space name_key trims removed from its ends, its case kept.';

CREATE FUNCTION bedprice_internal.is_clean_name(name text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_clean_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_clean_name(text) IS
    'Whether a name may be stored: not empty, no surrounding white space, at most 200 characters.';

CREATE FUNCTION bedprice_internal.is_region_code(region text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_region_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_region_code(text) IS
    'Whether text is an AWS region code such as us-east-1 or us-gov-west-1.';


------------------------------------------------------------------------
-- 3. The catalog tables as 0.3.0 defines them.
------------------------------------------------------------------------

-- Names the engine would fold into another: 0.2.0 stored 'Nova Pro<TAB>'
-- beside 'Nova Pro' and priced one as the other.  They must be settled
-- first; the update changes nothing until they are.
DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(x, ', ' ORDER BY x) INTO bad FROM (
        SELECT format('provider %s', to_json(provider)) AS x FROM bedprice.providers
        WHERE NOT bedprice_internal.is_clean_name(provider) OR provider <> bedprice_internal.name_key(provider)
        UNION ALL
        SELECT format('model %s of %s', to_json(model), provider) FROM bedprice.models
        WHERE NOT bedprice_internal.is_clean_name(model)
        UNION ALL
        SELECT format('alias %s of %s', to_json(alias), provider) FROM bedprice.model_aliases
        WHERE NOT bedprice_internal.is_clean_name(alias)) b;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.3.0 refuses names with surrounding white space'
            USING ERRCODE = 'check_violation',
                  DETAIL = format('Names (as JSON strings): %s.  Pricing read them as the trimmed name, which another row may hold.', bad),
                  HINT = 'Trim or delete them (for example UPDATE bedprice.model_aliases SET alias = btrim(alias, E'' \t\n\r\x0B\f'') WHERE ...), then update again.';
    END IF;
END
$$;

-- Rows a user marked shipped, which bedprice never shipped: pg_dump left
-- them out.  They become the users' rows they are (shipped rows a user
-- renamed keep their flag: shipped_changes records their new key).
UPDATE bedprice.prices t SET shipped = false
WHERE t.shipped AND t.price_id > 96;
UPDATE bedprice.multipliers t SET shipped = false
WHERE t.shipped AND t.multiplier_id > 5;
UPDATE bedprice.providers t SET shipped = false
WHERE t.shipped AND t.provider NOT IN ('anthropic', 'bedrock', 'groq', 'together')
  AND NOT EXISTS (SELECT FROM bedprice.shipped_changes c
                  WHERE c.table_name = 'providers' AND c.row_data ->> 'provider' = t.provider);
UPDATE bedprice.regions t SET shipped = false
WHERE t.shipped
  AND t.region NOT IN ('ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
                       'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
                       'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'eu-central-1', 'eu-central-2',
                       'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
                       'il-central-1', 'me-central-1', 'me-south-1', 'sa-east-1', 'us-east-1', 'us-east-2',
                       'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2')
  AND NOT EXISTS (SELECT FROM bedprice.shipped_changes c
                  WHERE c.table_name = 'regions' AND c.row_data ->> 'region' = t.region);
UPDATE bedprice.models t SET shipped = false
WHERE t.shipped
  AND (t.provider, t.model) NOT IN (
      ('anthropic', 'claude-3-5-haiku-20241022'), ('anthropic', 'claude-3-5-sonnet-20241022'),
      ('anthropic', 'claude-3-opus-20240229'), ('anthropic', 'claude-opus-4-20250514'),
      ('anthropic', 'claude-sonnet-4-20250514'), ('bedrock', 'amazon.nova-lite-v1:0'),
      ('bedrock', 'amazon.nova-micro-v1:0'), ('bedrock', 'amazon.nova-premier-v1:0'),
      ('bedrock', 'amazon.nova-pro-v1:0'), ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0'),
      ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0'), ('bedrock', 'anthropic.claude-3-opus-20240229-v1:0'),
      ('bedrock', 'anthropic.claude-opus-4-20250514-v1:0'), ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0'),
      ('bedrock', 'meta.llama3-1-8b-instruct-v1:0'), ('bedrock', 'meta.llama3-3-70b-instruct-v1:0'),
      ('bedrock', 'meta.llama4-maverick-17b-instruct-v1:0'), ('bedrock', 'meta.llama4-scout-17b-instruct-v1:0'),
      ('groq', 'llama-3.1-8b-instant'), ('groq', 'llama-3.3-70b-versatile'),
      ('groq', 'meta-llama/llama-4-maverick-17b-128e-instruct'), ('groq', 'meta-llama/llama-4-scout-17b-16e-instruct'),
      ('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'), ('together', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8'),
      ('together', 'meta-llama/Llama-4-Scout-17B-16E-Instruct'), ('together', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'))
  AND NOT EXISTS (SELECT FROM bedprice.shipped_changes c
                  WHERE c.table_name = 'models' AND c.row_data ->> 'provider' = t.provider
                    AND c.row_data ->> 'model' = t.model);
UPDATE bedprice.model_aliases t SET shipped = false
WHERE t.shipped
  AND (t.provider, t.alias) NOT IN (
      ('anthropic', 'Claude 3 Opus'), ('anthropic', 'Claude 3.5 Haiku'), ('anthropic', 'Claude 3.5 Sonnet'),
      ('anthropic', 'Claude 3.5 Sonnet v2'), ('anthropic', 'Claude 4 Opus'), ('anthropic', 'Claude 4 Sonnet'),
      ('anthropic', 'Claude Opus 4'), ('anthropic', 'Claude Sonnet 4'), ('anthropic', 'claude-3-5-haiku-latest'),
      ('anthropic', 'claude-3-5-sonnet-latest'), ('anthropic', 'claude-3-opus-latest'), ('anthropic', 'claude-opus-4-0'),
      ('anthropic', 'claude-sonnet-4-0'), ('bedrock', 'Amazon Nova Lite'), ('bedrock', 'Amazon Nova Micro'),
      ('bedrock', 'Amazon Nova Premier'), ('bedrock', 'Amazon Nova Pro'), ('bedrock', 'Claude 3 Opus'),
      ('bedrock', 'Claude 3.5 Haiku'), ('bedrock', 'Claude 3.5 Sonnet'), ('bedrock', 'Claude 3.5 Sonnet v2'),
      ('bedrock', 'Claude 4 Opus'), ('bedrock', 'Claude 4 Sonnet'), ('bedrock', 'Claude Opus 4'),
      ('bedrock', 'Claude Sonnet 4'), ('bedrock', 'Llama 3.1 8B'), ('bedrock', 'Llama 3.3 70B'),
      ('bedrock', 'Llama 3.3 8B'), ('bedrock', 'Llama 4 Maverick'), ('bedrock', 'Llama 4 Scout'),
      ('bedrock', 'Nova Lite'), ('bedrock', 'Nova Micro'), ('bedrock', 'Nova Premier'), ('bedrock', 'Nova Pro'),
      ('groq', 'Llama 3.3 70B'), ('groq', 'Llama 3.3 8B'), ('groq', 'Llama 4 Maverick'), ('groq', 'Llama 4 Scout'),
      ('together', 'Llama 3.3 70B'), ('together', 'Llama 3.3 8B'), ('together', 'Llama 4 Maverick'),
      ('together', 'Llama 4 Scout'))
  AND NOT EXISTS (SELECT FROM bedprice.shipped_changes c
                  WHERE c.table_name = 'model_aliases' AND c.row_data ->> 'provider' = t.provider
                    AND c.row_data ->> 'alias' = t.alias);

-- A shipped row a user changed is the user's row in 0.3.0 (0.2.0 kept it
-- shipped, with a record of its new values): pg_dump keeps the row itself
-- now, and the record keeps only the shipped key it replaces.
UPDATE bedprice.providers t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'providers' AND c.action = 'update' AND t.provider = c.row_data ->> 'provider';
UPDATE bedprice.regions t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'regions' AND c.action = 'update' AND t.region = c.row_data ->> 'region';
UPDATE bedprice.models t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'models' AND c.action = 'update'
  AND (t.provider, t.model) = (c.row_data ->> 'provider', c.row_data ->> 'model');
UPDATE bedprice.model_aliases t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'model_aliases' AND c.action = 'update'
  AND (t.provider, t.alias) = (c.row_data ->> 'provider', c.row_data ->> 'alias');
UPDATE bedprice.prices t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'prices' AND c.action = 'update' AND t.price_id = (c.row_data ->> 'price_id')::bigint;
UPDATE bedprice.multipliers t SET shipped = false FROM bedprice.shipped_changes c
WHERE t.shipped AND c.table_name = 'multipliers' AND c.action = 'update'
  AND t.multiplier_id = (c.row_data ->> 'multiplier_id')::bigint;
UPDATE bedprice.shipped_changes SET action = 'delete', row_data = NULL WHERE action = 'update';

-- Names, words and region codes checked by the engine's own functions.
ALTER TABLE bedprice.providers
    DROP CONSTRAINT providers_provider_check,
    ADD CONSTRAINT providers_provider_check
        CHECK (bedprice_internal.is_clean_name(provider) AND provider = bedprice_internal.name_key(provider));
ALTER TABLE bedprice.regions
    DROP CONSTRAINT regions_region_check,
    ADD CONSTRAINT regions_region_check CHECK (bedprice_internal.is_region_code(region));
ALTER TABLE bedprice.models
    DROP CONSTRAINT models_model_check,
    ADD CONSTRAINT models_model_check CHECK (bedprice_internal.is_clean_name(model));
DROP INDEX bedprice.models_provider_lower_model_key;
CREATE UNIQUE INDEX models_provider_name_key
    ON bedprice.models (provider, bedprice_internal.name_key(model));
ALTER TABLE bedprice.model_aliases
    DROP CONSTRAINT model_aliases_alias_check,
    ADD CONSTRAINT model_aliases_alias_check CHECK (bedprice_internal.is_clean_name(alias)),
    DROP CONSTRAINT model_aliases_routing_check,
    ADD CONSTRAINT model_aliases_routing_check CHECK (bedprice_internal.in_vocabulary('routing', routing));
DROP INDEX bedprice.model_aliases_provider_lower_alias_key;
CREATE UNIQUE INDEX model_aliases_provider_name_key
    ON bedprice.model_aliases (provider, bedprice_internal.name_key(alias));
ALTER TABLE bedprice.prices
    DROP CONSTRAINT prices_routing_check,
    ADD CONSTRAINT prices_routing_check CHECK (bedprice_internal.in_vocabulary('routing', routing)),
    DROP CONSTRAINT prices_mode_check,
    ADD CONSTRAINT prices_mode_check CHECK (bedprice_internal.in_vocabulary('mode', mode)),
    DROP CONSTRAINT prices_charge_check,
    ADD CONSTRAINT prices_charge_check CHECK (bedprice_internal.in_vocabulary('charge', charge)),
    ADD COLUMN closed_by bigint,
    ADD COLUMN valid_to_given timestamptz,
    ADD CONSTRAINT prices_closed CHECK ((closed_by IS NULL) = (valid_to_given IS NULL));
ALTER TABLE bedprice.multipliers
    DROP CONSTRAINT multipliers_dimension_check,
    ADD CONSTRAINT multipliers_dimension_check CHECK (bedprice_internal.in_vocabulary('dimension', dimension)),
    DROP CONSTRAINT multipliers_value,
    ADD CONSTRAINT multipliers_value CHECK (bedprice_internal.is_multiplier_value(dimension, value)),
    ADD COLUMN closed_by bigint,
    ADD COLUMN valid_to_given timestamptz,
    ADD CONSTRAINT multipliers_closed CHECK ((closed_by IS NULL) = (valid_to_given IS NULL));
-- (rows ended under 0.2.0 keep their ends: closed_by is NULL, so
-- replace_source never reopens a row that may have ended on its own)
COMMENT ON COLUMN bedprice.prices.closed_by IS
    'The price_id of the later row whose start closed this one (NULL: the row ends as it was given); removing that row''s source gives this row its period back.';
COMMENT ON COLUMN bedprice.prices.valid_to_given IS
    'With closed_by: the valid_to this row had before it was closed.';
COMMENT ON COLUMN bedprice.multipliers.closed_by IS
    'The multiplier_id of the later row whose start closed this one (NULL: the row ends as it was given).';
COMMENT ON COLUMN bedprice.multipliers.valid_to_given IS
    'With closed_by: the valid_to this row had before it was closed.';

------------------------------------------------------------------------
-- 4. The current definitions of the triggers and functions.
------------------------------------------------------------------------


------------------------------------------------------------------------
-- Cache invalidation: any change to a catalog table reaches every
-- backend's cache through a relcache invalidation.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.catalog_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'catalog_changed' LANGUAGE C;
COMMENT ON FUNCTION bedprice_internal.catalog_changed() IS
    'Statement trigger on the catalog tables: invalidates every backend''s price cache.';

CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.providers FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.regions FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.models FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.model_aliases FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.prices FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.multipliers FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();


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
        EXECUTE format('DELETE FROM bedprice.%1$I AS t USING jsonb_populate_record(NULL::bedprice.%1$I, $1) AS k
                        WHERE t.shipped AND %2$s', tab, match)
        USING key;
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


------------------------------------------------------------------------
-- History: adding and removing prices and multipliers
--
-- A new row never erases an old one: an existing row of the same key that
-- starts earlier and is still valid when the new one starts is closed
-- there (closed_by names the new row, valid_to_given keeps its end), and
-- continued after the new one ends if it went on longer.  A row identical
-- to an existing one changes nothing.  An existing row of the same key
-- that starts at or after the new one is a conflict.  Removing the rows of
-- a source gives the rows they closed their periods back.
--
-- One implementation for both tables: prices and multipliers differ only
-- in their id, value and key columns (history_shape).
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.history_shape(
    tab text, OUT id_column text, OUT value_column text, OUT noun text, OUT key_columns text[])
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab WHEN 'prices' THEN 'price_id' WHEN 'multipliers' THEN 'multiplier_id' END,
           CASE tab WHEN 'prices' THEN 'usd_per_mtok' WHEN 'multipliers' THEN 'factor' END,
           CASE tab WHEN 'prices' THEN 'price' WHEN 'multipliers' THEN 'multiplier' END,
           CASE tab
               WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'routing', 'mode', 'charge',
                                        'above_input_tokens']
               WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value']
           END
$$;
COMMENT ON FUNCTION bedprice_internal.history_shape(text) IS
    'The id, value and key columns of prices or multipliers, the two tables with history.';

-- "FROM bedprice.<tab> t, <the row $1> k WHERE t has k's key", for dynamic SQL.
CREATE FUNCTION bedprice_internal.rows_of_key(tab text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('FROM bedprice.%1$I t, jsonb_populate_record(NULL::bedprice.%1$I, $1) k WHERE %2$s',
                  tab,
                  string_agg(CASE WHEN c = 'region' THEN 't.region IS NOT DISTINCT FROM k.region'
                                  ELSE format('t.%1$I = k.%1$I', c) END, ' AND '))
    FROM unnest((bedprice_internal.history_shape(tab)).key_columns) AS c
$$;
COMMENT ON FUNCTION bedprice_internal.rows_of_key(text) IS
    'SQL selecting the rows of prices or multipliers with the key of the row given as jsonb $1.';

-- Insert a row given as jsonb (the columns it has; the others default).
CREATE FUNCTION bedprice_internal.insert_row(tab text, r jsonb) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cols text;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
    FROM pg_attribute
    WHERE attrelid = format('bedprice.%I', tab)::regclass AND attnum > 0 AND NOT attisdropped
      AND r ? attname;
    EXECUTE format('INSERT INTO bedprice.%1$I (%2$s) SELECT %2$s FROM jsonb_populate_record(NULL::bedprice.%1$I, $1)',
                   tab, cols)
        USING r;
END
$$;
COMMENT ON FUNCTION bedprice_internal.insert_row(text, jsonb) IS
    'Inserts a catalog row given as jsonb; columns it lacks take their defaults.';

-- Close row e (jsonb) where the row new_id starts, and continue it after
-- that row's end when it went on longer.
CREATE FUNCTION bedprice_internal.close_row(
    tab text, e jsonb, new_from timestamptz, new_to timestamptz, new_id bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
BEGIN
    EXECUTE format('UPDATE bedprice.%1$I SET valid_to = $2, closed_by = $3,
                           valid_to_given = coalesce(valid_to_given, valid_to)
                    WHERE %2$I = $1', tab, h.id_column)
        USING (e ->> h.id_column)::bigint, new_from, new_id;
    IF (e ->> 'valid_to')::timestamptz > new_to THEN
        -- the rest of its period, as a row of the user's (only the
        -- extension's scripts add shipped rows), closed as it was
        PERFORM bedprice_internal.insert_row(
            tab, (e - h.id_column) || jsonb_build_object('valid_from', new_to, 'shipped', false));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.close_row(text, jsonb, timestamptz, timestamptz, bigint) IS
    'Closes a price or multiplier where a new row starts, continuing it after the new row''s end.';

-- A timestamp for messages, whatever the session's DateStyle and TimeZone.
CREATE FUNCTION bedprice_internal.timestamp_text(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN t IN ('-infinity', 'infinity') THEN t::text
                ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00' END
$$;
COMMENT ON FUNCTION bedprice_internal.timestamp_text(timestamptz) IS
    'A timestamp as bedprice''s messages write it: UTC, ISO 8601.';

CREATE FUNCTION bedprice_internal.describe_row(tab text, e jsonb) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'prices' THEN
            format('price_id %s (%s, %s %s, %s, %s) is valid from %s to %s at %s USD per 1M tokens.',
                   e ->> 'price_id', e ->> 'model', e ->> 'charge', coalesce(e ->> 'region', 'all regions'),
                   e ->> 'routing', e ->> 'mode', bedprice_internal.timestamp_text((e ->> 'valid_from')::timestamptz),
                   bedprice_internal.timestamp_text((e ->> 'valid_to')::timestamptz), e ->> 'usd_per_mtok')
        ELSE
            format('multiplier_id %s (%s %s %s) is valid from %s to %s with factor %s.',
                   e ->> 'multiplier_id', e ->> 'provider', e ->> 'dimension', e ->> 'value',
                   bedprice_internal.timestamp_text((e ->> 'valid_from')::timestamptz),
                   bedprice_internal.timestamp_text((e ->> 'valid_to')::timestamptz), e ->> 'factor')
    END
$$;
COMMENT ON FUNCTION bedprice_internal.describe_row(text, jsonb) IS
    'A price or multiplier row in words, for error details.';

-- Add one row (jsonb, without its id) with history; its id, or NULL when
-- the catalog already has it.
CREATE FUNCTION bedprice_internal.add_history_row(tab text, r jsonb) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    from_ timestamptz := (r ->> 'valid_from')::timestamptz;
    to_ timestamptz := (r ->> 'valid_to')::timestamptz;
    of_key text := bedprice_internal.rows_of_key(tab);
    same_value text := format('t.%1$I = k.%1$I AND t.valid_from = k.valid_from', h.value_column);
    e jsonb;
    new_id bigint;
BEGIN
    IF NOT (from_ < to_) THEN
        RAISE EXCEPTION 'valid_to % is not after valid_from %',
                        bedprice_internal.timestamp_text(to_), bedprice_internal.timestamp_text(from_)
            USING ERRCODE = 'check_violation', HINT = 'valid_to must be after valid_from.';
    END IF;
    -- the same row, as it is now or as it was given before later rows closed it
    EXECUTE format('SELECT to_jsonb(t) %s AND %s AND k.valid_to IN (t.valid_to, t.valid_to_given) LIMIT 1',
                   of_key, same_value) INTO e USING r;
    IF e IS NOT NULL THEN
        RETURN NULL;
    END IF;
    -- the same row ending later (and not closed since): it now ends here
    EXECUTE format('UPDATE bedprice.%s SET valid_to = $2 WHERE %I = (SELECT t.%2$I %s AND %s
                        AND t.closed_by IS NULL AND t.valid_to > k.valid_to)',
                   quote_ident(tab), h.id_column, of_key, same_value) USING r, to_;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    new_id := nextval(pg_get_serial_sequence(format('bedprice.%I', tab), h.id_column));
    FOR e IN EXECUTE format('SELECT to_jsonb(t) %s AND tstzrange(t.valid_from, t.valid_to) && tstzrange(k.valid_from, k.valid_to)
                             ORDER BY t.valid_from FOR UPDATE OF t', of_key) USING r
    LOOP
        IF (e ->> 'valid_from')::timestamptz >= from_ THEN
            RAISE EXCEPTION '% overlaps a % of the same key that starts at or after it', h.noun, h.noun
                USING ERRCODE = 'exclusion_violation',
                      DETAIL = bedprice_internal.describe_row(tab, e),
                      HINT = format('A new %s must start after the ones it replaces; to correct one, delete it, or load its sheet again with replace_source.', h.noun);
        END IF;
        PERFORM bedprice_internal.close_row(tab, e, from_, to_, new_id);
    END LOOP;
    PERFORM bedprice_internal.insert_row(tab, r || jsonb_build_object(h.id_column, new_id));
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION bedprice_internal.add_history_row(text, jsonb) IS
    'Adds one price or multiplier (as jsonb) with history: closes the row it replaces; NULL when the catalog already has it.';

-- Set the end and the bookkeeping of one row.
CREATE FUNCTION bedprice_internal.set_end(
    tab text, id bigint, valid_to timestamptz, closed_by bigint, valid_to_given timestamptz)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('UPDATE bedprice.%I SET valid_to = $2, closed_by = $3, valid_to_given = $4 WHERE %I = $1',
                   tab, (bedprice_internal.history_shape(tab)).id_column)
        USING id, valid_to, closed_by, CASE WHEN closed_by IS NOT NULL THEN valid_to_given END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.set_end(text, bigint, timestamptz, bigint, timestamptz) IS
    'Sets a price''s or multiplier''s valid_to and what closed it.';

-- Row e was closed by a row that is gone: it takes back the free time
-- after it, up to the end it was given, in pieces around the rows of its
-- key still there, joining the continuations of itself it meets.
CREATE FUNCTION bedprice_internal.reopen_row(tab text, e jsonb) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    given timestamptz := (e ->> 'valid_to_given')::timestamptz;
    piece bigint := (e ->> h.id_column)::bigint;   -- the piece that grows; NULL: none yet
    from_ timestamptz := (e ->> 'valid_to')::timestamptz;
    nxt jsonb;
    next_from timestamptz;
BEGIN
    LOOP
        EXECUTE format('SELECT to_jsonb(t) %s AND t.valid_from >= $2 ORDER BY t.valid_from LIMIT 1',
                       bedprice_internal.rows_of_key(tab))
            INTO nxt USING e, from_;
        next_from := least(given, coalesce((nxt ->> 'valid_from')::timestamptz, 'infinity'));
        IF next_from > from_ THEN
            -- free time [from_, next_from): the piece grows over it, or a new one starts
            IF piece IS NULL THEN
                piece := nextval(pg_get_serial_sequence(format('bedprice.%I', tab), h.id_column));
                PERFORM bedprice_internal.insert_row(tab, (e - 'closed_by' - 'valid_to_given')
                    || jsonb_build_object(h.id_column, piece, 'valid_from', from_, 'valid_to', next_from, 'shipped', false));
            END IF;
            PERFORM bedprice_internal.set_end(tab, piece, next_from, NULL, NULL);
        END IF;
        EXIT WHEN next_from = given;
        IF piece IS NOT NULL AND nxt -> h.value_column = e -> h.value_column AND nxt ->> 'source' = e ->> 'source' THEN
            -- a continuation of itself: join it (its bookkeeping comes along)
            EXECUTE format('DELETE FROM bedprice.%I WHERE %I = $1', tab, h.id_column) USING (nxt ->> h.id_column)::bigint;
            PERFORM bedprice_internal.set_end(tab, piece, (nxt ->> 'valid_to')::timestamptz,
                                              (nxt ->> 'closed_by')::bigint, (nxt ->> 'valid_to_given')::timestamptz);
            EXIT;
        END IF;
        IF piece IS NOT NULL THEN
            PERFORM bedprice_internal.set_end(tab, piece, next_from, (nxt ->> h.id_column)::bigint, given);
        END IF;
        EXIT WHEN (nxt ->> 'valid_to')::timestamptz >= given;
        from_ := (nxt ->> 'valid_to')::timestamptz;   -- and on, after that row
        piece := NULL;
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.reopen_row(text, jsonb) IS
    'Gives a price or multiplier closed by a removed row its time back, up to its given end, around the rows still there.';

-- Delete the rows of a source (replace_source), as if it had never been
-- loaded: the time they held goes back to the rows they had cut short.
-- For each removed row, that is every closed row of its key that ended
-- at or before its start and was given time beyond it (closed by it, or
-- by a row since closed in turn); the latest of them first, so that the
-- price in force before the removed row is the one that comes back.  A
-- row that ended on its own stays as it is.
CREATE FUNCTION bedprice_internal.remove_source(tab text, source text) RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    gone jsonb[];
    g jsonb;
    cut_short bigint[] := '{}';
    id bigint;
    e jsonb;
BEGIN
    EXECUTE format('WITH d AS (DELETE FROM bedprice.%1$I WHERE source = $1 RETURNING *)
                    SELECT coalesce(array_agg(to_jsonb(d)), ''{}'') FROM d', tab)
        INTO gone USING source;
    FOREACH g IN ARRAY gone LOOP
        EXECUTE format('SELECT $2 || coalesce(array_agg(t.%1$I), ''{}'') %2$s
                          AND t.closed_by IS NOT NULL AND t.valid_to <= k.valid_from AND t.valid_to_given > k.valid_from',
                       h.id_column, bedprice_internal.rows_of_key(tab))
            INTO cut_short USING g, cut_short;
    END LOOP;
    FOR id IN EXECUTE format('SELECT t.%1$I FROM bedprice.%2$I t WHERE t.%1$I = ANY ($1) ORDER BY t.valid_from DESC',
                             h.id_column, tab) USING cut_short LOOP
        EXECUTE format('SELECT to_jsonb(t) FROM bedprice.%I t WHERE t.%I = $1 AND t.closed_by IS NOT NULL',
                       tab, h.id_column)
            INTO e USING id;
        IF e IS NOT NULL THEN
            PERFORM bedprice_internal.reopen_row(tab, e);
        END IF;
    END LOOP;
    RETURN cardinality(gone);
END
$$;
COMMENT ON FUNCTION bedprice_internal.remove_source(text, text) IS
    'Deletes the prices or multipliers of a source; the rows they had cut short get their time back, the latest first.';

-- A shipped row e overlapped by a user's row [new_from, new_to): closed
-- where it starts, moved after it, or removed.  Closed without a
-- continuation: a restore brings its continuation rows back itself, with
-- their ids, and the sequence is not yet past them (set_price and the
-- loaders continue rows before they insert).
CREATE FUNCTION bedprice_internal.yield_row(
    tab text, e jsonb, new_from timestamptz, new_to timestamptz, new_id bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    id bigint := (e ->> h.id_column)::bigint;
BEGIN
    IF (e ->> 'valid_from')::timestamptz < new_from THEN
        PERFORM bedprice_internal.close_row(tab, e, new_from, 'infinity', new_id);
    ELSIF (e ->> 'valid_to')::timestamptz > new_to THEN
        EXECUTE format('UPDATE bedprice.%I SET valid_from = $1 WHERE %I = $2', tab, h.id_column)
            USING new_to, id;
    ELSE
        EXECUTE format('DELETE FROM bedprice.%I WHERE %I = $1', tab, h.id_column) USING id;
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.yield_row(text, jsonb, timestamptz, timestamptz, bigint) IS
    'Makes a shipped price or multiplier yield to a user''s row that overlaps it.';

-- A user's row takes precedence over the rows of its key that it overlaps
-- and that the extension shipped (still shipped, or changed already and
-- so the user's, with a record of their shipped key): they are closed,
-- moved or removed.  A row the user changes yields nothing of itself.
-- set_price and the loaders close rows before they insert; this covers
-- plain INSERTs and restores, where user rows may come back before the
-- record of the shipped rows they closed.
CREATE FUNCTION bedprice_internal.yield_shipped_rows() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    e jsonb;
    -- a restore's rows (COPY) make the shipped rows CREATE EXTENSION put
    -- back yield, but leave them shipped: the dump brings the user's
    -- version of each that the user changed, and a record of each deleted
    was_applying boolean;
BEGIN
    IF NOT (NEW.valid_from < NEW.valid_to) THEN
        RETURN NEW;             -- the table's CHECK constraint says why
    END IF;
    IF bedprice_internal.loading_by_copy() THEN
        was_applying := bedprice_internal.set_applying(true);
    END IF;
    -- static SQL, one query per table: this runs for every row a user inserts
    -- (the row itself excluded, under its old id too)
    IF TG_TABLE_NAME = 'prices' THEN
        FOR e IN SELECT to_jsonb(t) FROM bedprice.prices t
                 WHERE t.price_id <> NEW.price_id AND t.price_id IS DISTINCT FROM OLD.price_id
                   AND (t.shipped OR EXISTS (SELECT FROM bedprice.shipped_changes c
                                             WHERE c.table_name = 'prices' AND c.action = 'delete'
                                               AND c.row_key = jsonb_build_object('price_id', t.price_id)))
                   AND t.provider = NEW.provider AND t.model = NEW.model
                   AND t.region IS NOT DISTINCT FROM NEW.region AND t.routing = NEW.routing
                   AND t.mode = NEW.mode AND t.charge = NEW.charge
                   AND t.above_input_tokens = NEW.above_input_tokens
                   AND tstzrange(t.valid_from, t.valid_to) && tstzrange(NEW.valid_from, NEW.valid_to)
                 FOR UPDATE OF t
        LOOP
            PERFORM bedprice_internal.yield_row(TG_TABLE_NAME, e, NEW.valid_from, NEW.valid_to, NEW.price_id);
        END LOOP;
    ELSE
        FOR e IN SELECT to_jsonb(t) FROM bedprice.multipliers t
                 WHERE t.multiplier_id <> NEW.multiplier_id AND t.multiplier_id IS DISTINCT FROM OLD.multiplier_id
                   AND (t.shipped OR EXISTS (SELECT FROM bedprice.shipped_changes c
                                             WHERE c.table_name = 'multipliers' AND c.action = 'delete'
                                               AND c.row_key = jsonb_build_object('multiplier_id', t.multiplier_id)))
                   AND t.provider = NEW.provider AND t.dimension = NEW.dimension
                   AND t.value = NEW.value
                   AND tstzrange(t.valid_from, t.valid_to) && tstzrange(NEW.valid_from, NEW.valid_to)
                 FOR UPDATE OF t
        LOOP
            PERFORM bedprice_internal.yield_row(TG_TABLE_NAME, e, NEW.valid_from, NEW.valid_to, NEW.multiplier_id);
        END LOOP;
    END IF;
    IF was_applying IS NOT NULL THEN
        PERFORM bedprice_internal.set_applying(was_applying);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.yield_shipped_rows() IS
    'Trigger: a user''s price or multiplier closes, moves or removes the shipped rows of the same key it overlaps.';

CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.prices
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.yield_shipped_rows();
CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.multipliers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.yield_shipped_rows();


------------------------------------------------------------------------
-- Price and multiplier sheets: one CSV format in and out
--
-- provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
-- provider,dimension,value,factor,valid_from,valid_to,source
--
-- Empty region: all regions; empty routing: in_region; empty mode:
-- on_demand; empty above_input_tokens: 0; empty valid_from: since always;
-- empty valid_to: open-ended.  Dates are midnight UTC; timestamps without
-- a zone are UTC.  Errors name the problem; their detail says where.
------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION bedprice.csv_rows(doc text, OUT line integer, OUT fields text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'csv_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.csv_rows(text) IS
    'A CSV document (RFC 4180; LF, CRLF or CR line ends) as rows: the line each starts on, and its fields.';

-- One line of a sheet, checked: its key and its row, as jsonb.
CREATE TYPE bedprice_internal.sheet_line AS (line integer, key jsonb, row_data jsonb);
COMMENT ON TYPE bedprice_internal.sheet_line IS
    'A checked line of a price or multiplier sheet: its line number, its key and its row.';

CREATE FUNCTION bedprice_internal.sheet_columns(tab text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'routing', 'mode', 'charge', 'usd_per_mtok',
                                 'above_input_tokens', 'valid_from', 'valid_to', 'source']
        WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source']
    END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_columns(text) IS
    'The columns of a price or multiplier sheet, in order: the format''s contract.';

-- The key of a price or multiplier given as jsonb.
CREATE FUNCTION bedprice_internal.history_key(tab text, r jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(c, r -> c) FROM unnest((bedprice_internal.history_shape(tab)).key_columns) AS c
$$;
COMMENT ON FUNCTION bedprice_internal.history_key(text, jsonb) IS
    'The key columns of a price or multiplier given as jsonb.';

-- The data rows of a CSV sheet, after checking its header and field counts.
CREATE FUNCTION bedprice_internal.sheet_rows(kind text, doc text, columns text[])
RETURNS TABLE (line integer, f text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    header_seen boolean := false;
BEGIN
    FOR r IN SELECT * FROM bedprice.csv_rows(doc) LOOP
        IF NOT header_seen THEN
            IF (SELECT array_agg(bedprice_internal.name_key(x)) FROM unnest(r.fields) AS x) IS DISTINCT FROM columns THEN
                RAISE EXCEPTION 'invalid % header', kind
                    USING ERRCODE = 'bad_copy_file_format',
                          DETAIL = format('Line %s is "%s".', r.line, array_to_string(r.fields, ',')),
                          HINT = format('A %s starts with the line "%s".', kind, array_to_string(columns, ','));
            END IF;
            header_seen := true;
            CONTINUE;
        END IF;
        IF cardinality(r.fields) <> cardinality(columns) THEN
            RAISE EXCEPTION 'wrong number of fields in a % line', kind
                USING ERRCODE = 'bad_copy_file_format',
                      DETAIL = format('In %s line %s: %s fields; the header has %s.', kind, r.line,
                                      cardinality(r.fields), cardinality(columns)),
                      HINT = 'Quote fields that hold commas.';
        END IF;
        line := r.line;
        f := r.fields;
        RETURN NEXT;
    END LOOP;
    IF NOT header_seen THEN
        RAISE EXCEPTION 'empty %', kind
            USING ERRCODE = 'bad_copy_file_format',
                  HINT = format('A %s starts with the line "%s".', kind, array_to_string(columns, ','));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_rows(text, text, text[]) IS
    'The data rows of a CSV sheet, after checking its header and field counts.';

------------------------------------------------------------------------
-- Fields.  Each takes `place` ("price sheet line 3, column mode",
-- "argument mode of set_price") for its error's detail.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.sheet_provider(place text, val text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := bedprice_internal.name_key(coalesce(val, ''));
BEGIN
    IF NOT EXISTS (SELECT FROM bedprice.providers p WHERE p.provider = v) THEN
        RAISE EXCEPTION 'unknown provider "%"', v
            USING ERRCODE = 'undefined_object', DETAIL = format('In %s.', place),
                  HINT = (SELECT 'Known providers: ' || string_agg(p.provider, ', ' ORDER BY p.provider) || '.'
                          FROM bedprice.providers p);
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_provider(text, text) IS
    'A sheet''s or argument''s provider: a known one, compared as names are.';

-- A word of the vocabulary `kind`; empty means the kind's base value.
CREATE FUNCTION bedprice_internal.sheet_word(place text, kind text, val text, allow_base boolean DEFAULT true)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(bedprice_internal.name_key(coalesce(val, '')), '');
    base text := (SELECT w.word FROM bedprice.vocabulary() w WHERE w.kind = sheet_word.kind AND w.is_base);
BEGIN
    v := coalesce(v, base);
    IF v IS NULL OR NOT bedprice_internal.in_vocabulary(kind, v) THEN
        RAISE EXCEPTION 'unknown % "%"', kind, coalesce(val, '')
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                  HINT = (SELECT format('Valid %ss: %s.', sheet_word.kind, string_agg(w.word || CASE WHEN w.is_base THEN ' (or empty)' ELSE '' END,
                                                                       ', ' ORDER BY w.ordinal))
                          FROM bedprice.vocabulary() w WHERE w.kind = sheet_word.kind);
    END IF;
    IF v = base AND NOT allow_base THEN
        RAISE EXCEPTION '"%" is the base value of %, which takes no multiplier', v, kind
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                  HINT = 'Every price row covers its base value; multipliers adjust the others.';
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_word(text, text, text, boolean) IS
    'A sheet''s or argument''s routing, mode, charge or dimension, from bedprice.vocabulary(); empty for the base value.';

CREATE FUNCTION bedprice_internal.sheet_region(place text, val text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(bedprice_internal.name_key(coalesce(val, '')), '');
BEGIN
    IF v IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = v) THEN
        RAISE EXCEPTION 'unknown region "%"', v
            USING ERRCODE = 'undefined_object', DETAIL = format('In %s.', place),
                  HINT = 'bedprice.regions lists the known regions; add a row there for a new one.';
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_region(text, text) IS
    'A sheet''s or argument''s region: NULL for all regions, else a known one.';

-- A price (0 to 1,000,000, 12 decimal places) or a factor (0 to 1000, 9
-- decimal places), as the tables' constraints take them.
CREATE FUNCTION bedprice_internal.sheet_amount(place text, what text, v numeric) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    top numeric := CASE what WHEN 'price' THEN 1000000 ELSE 1000 END;
    places integer := CASE what WHEN 'price' THEN 12 ELSE 9 END;
BEGIN
    IF v IS NULL OR v = 'NaN' OR v < 0 OR v > top OR v <> round(v, places) THEN
        RAISE EXCEPTION 'invalid % "%"', what, coalesce(v::text, '')
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                  HINT = format('A %s is a number from 0 to %s with at most %s decimal places.', what, top, places);
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_amount(text, text, numeric) IS
    'A price or factor, checked against the limits of the catalog''s constraints.';

-- A field holding a plain number (digits, a point, an exponent); NULL
-- when it is not one, so a bad field needs no exception handler.
CREATE FUNCTION bedprice_internal.number_or_null(val text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN btrim(val) ~ '^\+?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]{1,3})?$'
                THEN btrim(val)::numeric END
$$;
COMMENT ON FUNCTION bedprice_internal.number_or_null(text) IS
    'A non-negative decimal number written in a text field, or NULL when it is not one.';

CREATE FUNCTION bedprice_internal.sheet_number(place text, what text, val text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF bedprice_internal.number_or_null(val) IS NULL THEN
        RAISE EXCEPTION 'invalid % "%"', what, coalesce(val, '')
            USING ERRCODE = 'invalid_text_representation', DETAIL = format('In %s.', place),
                  HINT = format('A %s is written with digits and a decimal point, such as 0.25.', what);
    END IF;
    RETURN bedprice_internal.sheet_amount(place, what, bedprice_internal.number_or_null(val));
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_number(text, text, text) IS
    'A sheet''s price or factor field, checked.';

CREATE FUNCTION bedprice_internal.sheet_tokens(place text, val text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v numeric := bedprice_internal.number_or_null(coalesce(nullif(btrim(val), ''), '0'));
BEGIN
    IF v IS NULL OR v <> trunc(v) OR v > 9223372036854775807 THEN
        RAISE EXCEPTION 'invalid token count "%"', val
            USING ERRCODE = 'invalid_text_representation', DETAIL = format('In %s.', place),
                  HINT = 'above_input_tokens is a whole number of tokens, 0 or more (empty: 0).';
    END IF;
    RETURN v::bigint;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_tokens(text, text) IS
    'A sheet''s above_input_tokens field: a whole number, 0 or more; empty is 0.';

-- A date or timestamp (UTC unless it names a zone); empty gives `empty`.
CREATE FUNCTION bedprice_internal.sheet_timestamp(place text, val text, empty timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql STABLE
SET TimeZone TO 'UTC'
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF nullif(btrim(val), '') IS NULL THEN
        RETURN empty;
    END IF;
    RETURN btrim(val)::timestamptz;
EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow OR invalid_text_representation THEN
    RAISE EXCEPTION 'invalid date or timestamp "%"', val
        USING ERRCODE = 'invalid_datetime_format', DETAIL = format('In %s.', place),
              HINT = 'Write a date as 2026-11-01, a timestamp as 2026-11-01 12:30:00 (UTC) or with its zone.';
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_timestamp(text, text, timestamptz) IS
    'A sheet''s valid_from or valid_to field: a date (midnight UTC) or a timestamp; empty for an open end.';


------------------------------------------------------------------------
-- Models by name, for the loaders and importers: looked up with the
-- engine's own grammar (bedprice_internal.name_candidates), so a name a
-- sheet or import file uses means the model the pricing functions would
-- price, and an unknown one is created once, under its bare ID.
------------------------------------------------------------------------

-- The model key a name means for a provider: the first of the engine's
-- candidate names that is a model ID or an alias (a model ID wins), or NULL.
CREATE FUNCTION bedprice_internal.find_model(p_provider text, p_name text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.model
    FROM bedprice.providers p,
         unnest(bedprice_internal.name_candidates(p_name, p.provider, p.kind = 'cloud'))
             WITH ORDINALITY AS c(candidate, i),
         LATERAL (SELECT m.model, 0 AS pref FROM bedprice.models m
                  WHERE m.provider = p.provider AND bedprice_internal.name_key(m.model) = c.candidate
                  UNION ALL
                  SELECT a.model, 1 FROM bedprice.model_aliases a
                  WHERE a.provider = p.provider AND bedprice_internal.name_key(a.alias) = c.candidate) AS x
    WHERE p.provider = p_provider
    ORDER BY c.i, x.pref
    LIMIT 1
$$;
COMMENT ON FUNCTION bedprice_internal.find_model(text, text) IS
    'The model key a name (ID, alias, ARN or LiteLLM form) means for a provider, as the pricing functions resolve it; NULL when unknown.';

-- Create a model, its ID also its first alias; a concurrent creation of
-- the same model is waited for and used.
CREATE FUNCTION bedprice_internal.create_model(p_provider text, p_model text) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    key text;
BEGIN
    INSERT INTO bedprice.models (provider, model, display_name)
    VALUES (p_provider, p_model, p_model)
    ON CONFLICT DO NOTHING;
    key := bedprice_internal.find_model(p_provider, p_model);
    INSERT INTO bedprice.model_aliases (provider, alias, model)
    VALUES (p_provider, p_model, key)
    ON CONFLICT DO NOTHING;
    RETURN key;
END
$$;
COMMENT ON FUNCTION bedprice_internal.create_model(text, text) IS
    'Creates a model with its ID as its first alias (waiting for a concurrent creation of the same one); returns its key.';

-- The ID to create for an unknown name: the name without the wrappers the
-- engine removes (LiteLLM's bedrock/ or <provider>/ forms), in its own case.
CREATE FUNCTION bedprice_internal.bare_model_id(p_provider text, p_name text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN cardinality(c) < 2 THEN n ELSE right(n, length(c[2])) END
    FROM bedprice.providers p,
         LATERAL (SELECT bedprice_internal.trim_name(p_name) AS n) t,
         LATERAL (SELECT bedprice_internal.name_candidates(p_name, p.provider, p.kind = 'cloud') AS c) cand
    WHERE p.provider = p_provider
$$;
COMMENT ON FUNCTION bedprice_internal.bare_model_id(text, text) IS
    'A model name without the wrappers the engine removes, in the case it was written in.';

-- The model a sheet or set_price names: refused when it carries routing
-- or a region of its own (they have their own columns) or is an ARN that
-- names no model; created when unknown.
CREATE FUNCTION bedprice_internal.sheet_model(place text, p_provider text, p_name text, p_region text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := bedprice_internal.trim_name(coalesce(p_name, ''));
    parsed record;
BEGIN
    IF v = '' THEN
        RAISE EXCEPTION 'a model is required' USING ERRCODE = 'not_null_violation', DETAIL = format('In %s.', place);
    END IF;
    IF (SELECT p.kind FROM bedprice.providers p WHERE p.provider = p_provider) = 'cloud' THEN
        parsed := bedprice_internal.parse_model_id_lenient(v);
        IF parsed.error IS NOT NULL OR parsed.opaque THEN
            RAISE EXCEPTION 'model "%" is not a model ID', v
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s: %s.', place, coalesce(parsed.error, 'an ARN that names no model')),
                      HINT = 'Give the model ID; map an application inference profile ARN to it in bedprice.model_aliases.';
        ELSIF parsed.routing_prefix IS NOT NULL THEN
            RAISE EXCEPTION 'model "%" carries a routing prefix', v
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                      HINT = 'Give the model ID without its prefix, and the routing (geo or global) in its own column.';
        ELSIF parsed.region IS NOT NULL AND parsed.region IS DISTINCT FROM p_region THEN
            RAISE EXCEPTION 'model "%" names region %', v, parsed.region
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                      HINT = 'Give the model ID, and the region in its own column.';
        END IF;
    END IF;
    RETURN coalesce(bedprice_internal.find_model(p_provider, v),
                    bedprice_internal.create_model(p_provider, bedprice_internal.bare_model_id(p_provider, v)));
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_model(text, text, text, text) IS
    'The model key a price sheet or set_price names; an unknown model is created under its bare ID.';


------------------------------------------------------------------------
-- Loading sheets, and set_price / set_multiplier
--
-- A sheet is checked whole, then applied key by key as a history of its
-- own: where its lines of one key overlap, the later start wins (a window
-- inside an open line splits it), and the resulting periods are applied
-- latest first, so each one closes only rows older than the sheet.  A bad
-- line rejects the whole sheet.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.price_sheet_line(line integer, f text[]) RETURNS bedprice_internal.sheet_line
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := format('price sheet line %s, column ', line);
    provider text := bedprice_internal.sheet_provider(at_ || 'provider', f[1]);
    region text := bedprice_internal.sheet_region(at_ || 'region', f[3]);
    r jsonb;
BEGIN
    r := jsonb_build_object(
        'provider', provider,
        'model', bedprice_internal.sheet_model(at_ || 'model', provider, f[2], region),
        'region', region,
        'routing', bedprice_internal.sheet_word(at_ || 'routing', 'routing', f[4]),
        'mode', bedprice_internal.sheet_word(at_ || 'mode', 'mode', f[5]),
        'charge', bedprice_internal.sheet_word(at_ || 'charge', 'charge', f[6]),
        'usd_per_mtok', bedprice_internal.sheet_number(at_ || 'usd_per_mtok', 'price', f[7]),
        'above_input_tokens', bedprice_internal.sheet_tokens(at_ || 'above_input_tokens', f[8]),
        'valid_from', bedprice_internal.sheet_timestamp(at_ || 'valid_from', f[9], '-infinity'),
        'valid_to', bedprice_internal.sheet_timestamp(at_ || 'valid_to', f[10], 'infinity'),
        'source', coalesce(nullif(btrim(f[11]), ''), 'price sheet'));
    RETURN bedprice_internal.checked_line('price sheet', line, 'prices', r);
END
$$;
COMMENT ON FUNCTION bedprice_internal.price_sheet_line(integer, text[]) IS
    'One line of a price sheet, every field checked, the model resolved (or created).';

CREATE FUNCTION bedprice_internal.multiplier_sheet_line(line integer, f text[]) RETURNS bedprice_internal.sheet_line
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := format('multiplier sheet line %s, column ', line);
    dimension text := bedprice_internal.sheet_word(at_ || 'dimension', 'dimension', f[2]);
BEGIN
    RETURN bedprice_internal.checked_line('multiplier sheet', line, 'multipliers', jsonb_build_object(
        'provider', bedprice_internal.sheet_provider(at_ || 'provider', f[1]),
        'dimension', dimension,
        'value', bedprice_internal.multiplier_value(at_ || 'value', dimension, f[3]),
        'factor', bedprice_internal.sheet_number(at_ || 'factor', 'factor', f[4]),
        'valid_from', bedprice_internal.sheet_timestamp(at_ || 'valid_from', f[5], '-infinity'),
        'valid_to', bedprice_internal.sheet_timestamp(at_ || 'valid_to', f[6], 'infinity'),
        'source', coalesce(nullif(btrim(f[7]), ''), 'multiplier sheet')));
END
$$;
COMMENT ON FUNCTION bedprice_internal.multiplier_sheet_line(integer, text[]) IS
    'One line of a multiplier sheet, every field checked.';

-- A multiplier's value: a known region, or a routing or mode that is not
-- the base value.
CREATE FUNCTION bedprice_internal.multiplier_value(place text, dimension text, val text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text;
BEGIN
    IF dimension <> 'region' THEN
        RETURN bedprice_internal.sheet_word(place, dimension, val, false);
    END IF;
    v := bedprice_internal.sheet_region(place, val);
    IF v IS NULL THEN
        RAISE EXCEPTION 'a region is required' USING ERRCODE = 'not_null_violation', DETAIL = format('In %s.', place);
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.multiplier_value(text, text, text) IS
    'A multiplier''s value, checked for its dimension.';

-- A line whose period is empty is refused here, naming it.
CREATE FUNCTION bedprice_internal.checked_line(kind text, line integer, tab text, r jsonb)
RETURNS bedprice_internal.sheet_line
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT ((r ->> 'valid_from')::timestamptz < (r ->> 'valid_to')::timestamptz) THEN
        RAISE EXCEPTION 'valid_to % is not after valid_from %',
                        bedprice_internal.timestamp_text((r ->> 'valid_to')::timestamptz),
                        bedprice_internal.timestamp_text((r ->> 'valid_from')::timestamptz)
            USING ERRCODE = 'check_violation', DETAIL = format('In %s line %s.', kind, line),
                  HINT = 'valid_to must be after valid_from; leave it empty for an open end.';
    END IF;
    RETURN ROW(line, bedprice_internal.history_key(tab, r), r)::bedprice_internal.sheet_line;
END
$$;
COMMENT ON FUNCTION bedprice_internal.checked_line(text, integer, text, jsonb) IS
    'A sheet line as a bedprice_internal.sheet_line, refused when its validity is empty.';

-- The sheet's own history of each key: the periods where each line holds
-- (the later start wins where lines overlap), adjacent pieces of one line
-- joined.
CREATE FUNCTION bedprice_internal.sheet_segments(lines bedprice_internal.sheet_line[])
RETURNS TABLE (line integer, key jsonb, row_data jsonb, seg_from timestamptz, seg_to timestamptz)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH l AS (
        SELECT u.line, u.key, u.row_data,
               (u.row_data ->> 'valid_from')::timestamptz AS f, (u.row_data ->> 'valid_to')::timestamptz AS t
        FROM unnest(lines) AS u
    ),
    bound AS (SELECT l.key, l.f AS at FROM l UNION SELECT l.key, l.t FROM l),
    piece AS (
        SELECT b.key, b.at AS f, lead(b.at) OVER (PARTITION BY b.key ORDER BY b.at) AS t
        FROM bound b
    ),
    won AS (
        SELECT DISTINCT ON (p.key, p.f) p.key, p.f, p.t, l.line, l.row_data
        FROM piece p JOIN l ON l.key = p.key AND l.f <= p.f AND p.t <= l.t
        ORDER BY p.key, p.f, l.f DESC
    ),
    run AS (
        SELECT w.*, count(*) FILTER (WHERE w.line IS DISTINCT FROM w.prev OR w.f <> w.prev_t)
                        OVER (PARTITION BY w.key ORDER BY w.f) AS n
        FROM (SELECT won.*, lag(won.line) OVER k AS prev, lag(won.t) OVER k AS prev_t
              FROM won WINDOW k AS (PARTITION BY won.key ORDER BY won.f)) w
    )
    SELECT r.line, r.key, r.row_data, min(r.f), max(r.t)
    FROM run r
    GROUP BY r.key, r.n, r.line, r.row_data
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_segments(bedprice_internal.sheet_line[]) IS
    'The periods each line of a sheet holds once its own overlaps are resolved (the later start wins).';

-- Apply a checked sheet to prices or multipliers; the rows added.
CREATE FUNCTION bedprice_internal.apply_sheet(tab text, kind text, lines bedprice_internal.sheet_line[])
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    s record;
    added integer := 0;
    at_line integer;
    err_detail text;
    err_hint text;
    new_id bigint;
    later_key jsonb;            -- the segment applied before this one
    later_from timestamptz;
    later_id bigint;
BEGIN
    SELECT a.line AS first, b.line AS second INTO s
    FROM unnest(lines) a JOIN unnest(lines) b
      ON a.key = b.key AND a.row_data -> 'valid_from' = b.row_data -> 'valid_from' AND a.line < b.line
    ORDER BY a.line, b.line LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'two lines of the % give one key from the same time', kind
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = format('Lines %s and %s. Nothing of the sheet was loaded.', s.first, s.second);
    END IF;
    BEGIN
        FOR s IN SELECT * FROM bedprice_internal.sheet_segments(lines) g ORDER BY g.key, g.seg_from DESC LOOP
            at_line := s.line;
            new_id := bedprice_internal.add_history_row(tab, s.row_data || jsonb_build_object(
                          'valid_from', s.seg_from, 'valid_to', s.seg_to));
            IF new_id IS NOT NULL THEN
                added := added + 1;
                -- cut short by a later line of the sheet: closed by it, as if
                -- the two had been loaded one after the other
                IF later_id IS NOT NULL AND later_key = s.key AND later_from = s.seg_to
                   AND s.seg_to < (s.row_data ->> 'valid_to')::timestamptz THEN
                    EXECUTE format('UPDATE bedprice.%I SET closed_by = $2, valid_to_given = $3 WHERE %I = $1',
                                   tab, h.id_column)
                        USING new_id, later_id, (s.row_data ->> 'valid_to')::timestamptz;
                END IF;
            END IF;
            later_key := s.key;
            later_from := s.seg_from;
            later_id := new_id;
        END LOOP;
    EXCEPTION WHEN exclusion_violation OR check_violation THEN
        GET STACKED DIAGNOSTICS err_detail = PG_EXCEPTION_DETAIL, err_hint = PG_EXCEPTION_HINT;
        RAISE EXCEPTION '%', SQLERRM
            USING ERRCODE = SQLSTATE,
                  DETAIL = concat_ws(' ', format('In %s line %s.', kind, at_line), nullif(err_detail, ''),
                                     'Nothing of the sheet was loaded.'),
                  HINT = coalesce(nullif(err_hint, ''), 'Check the validity of the line.');
    END;
    RETURN added;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_sheet(text, text, bedprice_internal.sheet_line[]) IS
    'Applies the checked lines of a sheet with history, latest period first; returns the rows added.';

CREATE OR REPLACE FUNCTION bedprice.load_price_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF replace_source IS NOT NULL THEN
        PERFORM bedprice_internal.remove_source('prices', replace_source);
    END IF;
    RETURN bedprice_internal.apply_sheet('prices', 'price sheet', ARRAY(
        SELECT bedprice_internal.price_sheet_line(s.line, s.f)
        FROM bedprice_internal.sheet_rows('price sheet', csv, bedprice_internal.sheet_columns('prices')) AS s
        ORDER BY s.line));
END
$$;
COMMENT ON FUNCTION bedprice.load_price_sheet(text, text) IS
    'Loads a price sheet (CSV, header provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.  With replace_source, the rows of that source are removed first (the rows they had closed get their periods back).';

CREATE OR REPLACE FUNCTION bedprice.load_multiplier_sheet(csv text, replace_source text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET TimeZone TO 'UTC'
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF replace_source IS NOT NULL THEN
        PERFORM bedprice_internal.remove_source('multipliers', replace_source);
    END IF;
    RETURN bedprice_internal.apply_sheet('multipliers', 'multiplier sheet', ARRAY(
        SELECT bedprice_internal.multiplier_sheet_line(s.line, s.f)
        FROM bedprice_internal.sheet_rows('multiplier sheet', csv, bedprice_internal.sheet_columns('multipliers')) AS s
        ORDER BY s.line));
END
$$;
COMMENT ON FUNCTION bedprice.load_multiplier_sheet(text, text) IS
    'Loads a multiplier sheet (CSV, header provider,dimension,value,factor,valid_from,valid_to,source) in one transaction, keeping history; returns the rows added.';

CREATE OR REPLACE FUNCTION bedprice.set_price(
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
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := 'argument %s of set_price';
    p text := bedprice_internal.sheet_provider(format(at_, 'provider'), provider);
    g text := bedprice_internal.sheet_region(format(at_, 'region'), region);
BEGIN
    IF above_input_tokens < 0 THEN
        RAISE EXCEPTION 'invalid token count "%"', above_input_tokens
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', format(at_, 'above_input_tokens')),
                  HINT = 'above_input_tokens is a whole number of tokens, 0 or more.';
    END IF;
    RETURN bedprice_internal.add_history_row('prices', jsonb_build_object(
        'provider', p,
        'model', bedprice_internal.sheet_model(format(at_, 'model'), p, model, g),
        'region', g,
        'routing', bedprice_internal.sheet_word(format(at_, 'routing'), 'routing', routing),
        'mode', bedprice_internal.sheet_word(format(at_, 'mode'), 'mode', mode),
        'charge', bedprice_internal.sheet_word(format(at_, 'charge'), 'charge', charge),
        'usd_per_mtok', bedprice_internal.sheet_amount(format(at_, 'usd_per_mtok'), 'price', usd_per_mtok),
        'above_input_tokens', coalesce(above_input_tokens, 0),
        'valid_from', coalesce(valid_from, '-infinity'),
        'valid_to', coalesce(valid_to, 'infinity'),
        'source', coalesce(source, 'set_price')));
END
$$;
COMMENT ON FUNCTION bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text) IS
    'Adds one price from SQL with history (closes the price it replaces at valid_from); returns its price_id, or NULL when an identical price exists.';

CREATE OR REPLACE FUNCTION bedprice.set_multiplier(
    provider   text,
    dimension  text,
    value      text,
    factor     numeric,
    valid_from timestamptz DEFAULT now(),
    valid_to   timestamptz DEFAULT 'infinity',
    source     text DEFAULT 'set_multiplier')
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := 'argument %s of set_multiplier';
    d text := bedprice_internal.sheet_word(format(at_, 'dimension'), 'dimension', dimension);
BEGIN
    RETURN bedprice_internal.add_history_row('multipliers', jsonb_build_object(
        'provider', bedprice_internal.sheet_provider(format(at_, 'provider'), provider),
        'dimension', d,
        'value', bedprice_internal.multiplier_value(format(at_, 'value'), d, value),
        'factor', bedprice_internal.sheet_amount(format(at_, 'factor'), 'factor', factor),
        'valid_from', coalesce(valid_from, '-infinity'),
        'valid_to', coalesce(valid_to, 'infinity'),
        'source', coalesce(source, 'set_multiplier')));
END
$$;
COMMENT ON FUNCTION bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text) IS
    'Adds one multiplier from SQL with history; returns its multiplier_id, or NULL when an identical one exists.';


------------------------------------------------------------------------
-- The catalog as sheets: what load_price_sheet and load_multiplier_sheet
-- read back (loading an unchanged export adds nothing).  Everyone may
-- export, so these use no internal function: a validity bound is a date
-- when at midnight UTC, a timestamp with +00 otherwise, empty when open;
-- a field is quoted when it holds a comma, quote, line break or edge
-- blanks.
------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION bedprice.price_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, model text, region text, routing text, mode text, charge text,
               usd_per_mtok numeric, above_input_tokens bigint, valid_from text, valid_to text,
               source text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.provider, p.model, p.region,
           nullif(p.routing, 'in_region'), nullif(p.mode, 'on_demand'), p.charge,
           p.usd_per_mtok, p.above_input_tokens, b.texts[1], b.texts[2], p.source
    FROM bedprice.prices p
    CROSS JOIN LATERAL (
        SELECT array_agg(CASE
                   WHEN t IN ('-infinity', 'infinity') THEN ''
                   WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                   ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
               END ORDER BY i) AS texts
        FROM unnest(ARRAY[p.valid_from, p.valid_to]) WITH ORDINALITY AS u(t, i)) AS b
    WHERE at IS NULL OR (p.valid_from <= at AND at < p.valid_to)
    ORDER BY p.provider, p.model, p.region NULLS FIRST, p.routing, p.mode, p.charge,
             p.above_input_tokens, p.valid_from
$$;
COMMENT ON FUNCTION bedprice.price_sheet(timestamptz) IS
    'The price catalog as a price sheet, one row a price: all history, or the prices valid at `at`.  \copy (SELECT * FROM bedprice.price_sheet()) TO ''prices.csv'' CSV HEADER writes it as a file.';

CREATE OR REPLACE FUNCTION bedprice.price_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(l.line || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.price_sheet(at)) AS s
    CROSS JOIN LATERAL (
        SELECT string_agg(CASE WHEN v IS NULL THEN ''
                               WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
                               ELSE v END, ',' ORDER BY i) AS line
        FROM unnest(ARRAY[s.provider, s.model, s.region, s.routing, s.mode, s.charge, s.usd_per_mtok::text,
                          s.above_input_tokens::text, s.valid_from, s.valid_to, s.source])
             WITH ORDINALITY AS f(v, i)) AS l
$$;
COMMENT ON FUNCTION bedprice.price_sheet_csv(timestamptz) IS
    'bedprice.price_sheet() as one CSV document, which bedprice.load_price_sheet() reads back.';

CREATE OR REPLACE FUNCTION bedprice.multiplier_sheet(at timestamptz DEFAULT NULL)
RETURNS TABLE (provider text, dimension text, value text, factor numeric,
               valid_from text, valid_to text, source text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.provider, m.dimension, m.value, m.factor, b.texts[1], b.texts[2], m.source
    FROM bedprice.multipliers m
    CROSS JOIN LATERAL (
        SELECT array_agg(CASE
                   WHEN t IN ('-infinity', 'infinity') THEN ''
                   WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                   ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
               END ORDER BY i) AS texts
        FROM unnest(ARRAY[m.valid_from, m.valid_to]) WITH ORDINALITY AS u(t, i)) AS b
    WHERE at IS NULL OR (m.valid_from <= at AND at < m.valid_to)
    ORDER BY m.provider, m.dimension, m.value, m.valid_from
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet(timestamptz) IS
    'The multipliers as a multiplier sheet: all history, or those valid at `at`.';

CREATE OR REPLACE FUNCTION bedprice.multiplier_sheet_csv(at timestamptz DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'provider,dimension,value,factor,valid_from,valid_to,source' || E'\n'
        || coalesce(string_agg(l.line || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.multiplier_sheet(at)) AS s
    CROSS JOIN LATERAL (
        SELECT string_agg(CASE WHEN v IS NULL THEN ''
                               WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
                               ELSE v END, ',' ORDER BY i) AS line
        FROM unnest(ARRAY[s.provider, s.dimension, s.value, s.factor::text, s.valid_from, s.valid_to, s.source])
             WITH ORDINALITY AS f(v, i)) AS l
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet_csv(timestamptz) IS
    'bedprice.multiplier_sheet() as one CSV document, which bedprice.load_multiplier_sheet() reads back.';


------------------------------------------------------------------------
-- Importers: one parser per format, one applier, one report
--
-- A parser turns a document into items: one per price it found (or per
-- entry it could not read), each either mapped to a catalog key or
-- carrying the reason it is not.  The applier imports the mapped ones
-- with history and returns a report a user can query: every item, its
-- outcome (imported, unchanged, refused, not mapped) and why.  Prices are
-- exact: a JSON number or an AWS price string is a numeric, scaled to USD
-- per 1M tokens, rounded to 10 decimal places (LiteLLM's floats carry
-- noise such as 3.5000000000000004e-07) and trimmed.
------------------------------------------------------------------------

CREATE TYPE bedprice.import_result AS (
    source_key         text,
    source_field       text,
    provider           text,
    model              text,
    region             text,
    routing            text,
    mode               text,
    charge             text,
    above_input_tokens bigint,
    usd_per_mtok       numeric,
    valid_from         timestamptz,
    outcome            text,
    detail             text);
COMMENT ON TYPE bedprice.import_result IS
    'One line of an importer''s report: the item of the document (entry or SKU, and price field or dimension), the catalog key it maps to, its outcome (imported, unchanged, refused, not mapped) and why.';

CREATE TYPE bedprice_internal.import_item AS (
    source_key   text,
    source_field text,
    provider     text,
    model_name   text,
    create_model boolean,
    region       text,
    routing      text,
    mode         text,
    charge       text,
    above        bigint,
    usd          numeric,
    usd_exact    numeric,
    valid_from   timestamptz,
    reason       text);
COMMENT ON TYPE bedprice_internal.import_item IS
    'A price a parser found in an import document, mapped to a catalog key, or the reason it is not.';

-- A price from the document as USD per 1M tokens, exact, rounded to 10
-- decimal places to drop float noise.
CREATE FUNCTION bedprice_internal.import_usd(v numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT trim_scale(round(v, 10))
$$;
COMMENT ON FUNCTION bedprice_internal.import_usd(numeric) IS
    'An imported price rounded to 10 decimal places (dropping float noise) and trimmed.';

-- One imported price: unchanged when the price in force at valid_from is
-- already this one (open-ended); refused when a price of the same key
-- starts at or after valid_from; else imported with history.
CREATE FUNCTION bedprice_internal.import_price_row(i bedprice_internal.import_item, source text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    model text := coalesce(bedprice_internal.find_model(i.provider, i.model_name),
                           bedprice_internal.create_model(i.provider, bedprice_internal.bare_model_id(i.provider, i.model_name)));
    r jsonb := jsonb_build_object('provider', i.provider, 'model', model, 'region', i.region,
                                  'routing', i.routing, 'mode', i.mode, 'charge', i.charge,
                                  'above_input_tokens', i.above, 'usd_per_mtok', i.usd,
                                  'valid_from', i.valid_from, 'valid_to', 'infinity'::timestamptz,
                                  'source', source);
    of_key text := bedprice_internal.rows_of_key('prices');
    found_outcome text;
BEGIN
    EXECUTE format('SELECT CASE WHEN t.valid_from <= k.valid_from AND t.valid_to = ''infinity''
                                     AND t.usd_per_mtok = k.usd_per_mtok THEN ''unchanged''
                                WHEN t.valid_from >= k.valid_from THEN ''refused'' END %s
                    ORDER BY 1 DESC NULLS LAST LIMIT 1', of_key)
        INTO found_outcome USING r;
    IF found_outcome IS NOT NULL THEN
        RETURN found_outcome;
    END IF;
    RETURN CASE WHEN bedprice_internal.add_history_row('prices', r) IS NULL THEN 'unchanged' ELSE 'imported' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_price_row(bedprice_internal.import_item, text) IS
    'Imports one price with history; returns imported, unchanged (in force already, open-ended) or refused (a price of its key starts at or after it).';

-- The report lines of one catalog key's items, once its outcome is known.
CREATE FUNCTION bedprice_internal.import_report(
    items bedprice_internal.import_item[], model text, outcome text, detail text)
RETURNS SETOF bedprice.import_result
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT i.source_key, i.source_field, i.provider, coalesce(model, i.model_name), i.region, i.routing,
           i.mode, i.charge, i.above, i.usd, i.valid_from, outcome,
           nullif(concat_ws('; ', coalesce(i.reason, detail),
                            CASE WHEN i.usd_exact <> i.usd THEN format('rounded from %s', trim_scale(i.usd_exact)) END,
                            CASE WHEN i.n > 1 AND outcome <> 'not mapped'
                                 THEN format('the same price as %s', items[1].source_key) END), '')
    FROM unnest(items) WITH ORDINALITY
         AS i(source_key, source_field, provider, model_name, create_model, region, routing, mode,
              charge, above, usd, usd_exact, valid_from, reason, n)
$$;
COMMENT ON FUNCTION bedprice_internal.import_report(bedprice_internal.import_item[], text, text, text) IS
    'The report lines of the items of one catalog key (or of the items not mapped).';

-- Import the mapped items, each catalog key once (none when the document
-- gives a key different prices), and report every item.
CREATE FUNCTION bedprice_internal.apply_import(items bedprice_internal.import_item[], source text)
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    g record;
    outcome text;
    detail text;
BEGIN
    RETURN QUERY SELECT * FROM bedprice_internal.import_report(
        ARRAY(SELECT u FROM unnest(items) u WHERE u.reason IS NOT NULL), NULL, 'not mapped', NULL);
    FOR g IN
        SELECT array_agg(x.item ORDER BY (x.item).source_key, (x.item).source_field) AS members,
               min(x.model) AS model, bool_or((x.item).create_model) AS creatable,
               count(DISTINCT (x.item).usd) AS prices,
               string_agg(format('%s%s = %s', (x.item).source_key, ' ' || (x.item).source_field, (x.item).usd),
                          ', ' ORDER BY (x.item).source_key, (x.item).source_field) AS listing
        FROM (SELECT u AS item, bedprice_internal.find_model(u.provider, u.model_name) AS model
              FROM unnest(items) u WHERE u.reason IS NULL) x
        GROUP BY (x.item).provider,
                 bedprice_internal.name_key(coalesce(x.model, bedprice_internal.bare_model_id((x.item).provider, (x.item).model_name))),
                 (x.item).region, (x.item).routing, (x.item).mode, (x.item).charge, (x.item).above,
                 (x.item).valid_from
    LOOP
        detail := NULL;
        IF g.prices > 1 THEN
            outcome := 'not mapped';
            detail := 'the document gives this key different prices: ' || g.listing;
        ELSIF g.model IS NULL AND NOT g.creatable THEN
            outcome := 'not mapped';
            detail := format('unknown model: give "%s" an alias in bedprice.model_aliases (the model''s Bedrock ID), then import again',
                             g.members[1].model_name);
        ELSE
            outcome := bedprice_internal.import_price_row(g.members[1], source);
            g.model := bedprice_internal.find_model(g.members[1].provider, g.members[1].model_name);
            IF outcome = 'refused' THEN
                detail := 'a price of this key starts at or after valid_from: import with a later valid_from, or delete that price';
            END IF;
        END IF;
        RETURN QUERY SELECT * FROM bedprice_internal.import_report(g.members, g.model, outcome, detail);
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_import(bedprice_internal.import_item[], text) IS
    'Imports the mapped items of a parsed document with history and returns the report of every item.';


------------------------------------------------------------------------
-- LiteLLM's model_prices_and_context_window.json
--
-- Imported: litellm_provider bedrock and bedrock_converse (provider
-- bedrock), anthropic, together_ai (key together_ai/<id>) and groq (key
-- groq/<id>); entries whose mode is chat, completion, responses,
-- embedding or missing.  A Bedrock key is read by the engine's own
-- grammar (bedprice.parse_model_id): routing prefixes, bedrock/<region>/,
-- converse/ and invoke/.  Fields: input_cost_per_token,
-- output_cost_per_token, cache_read_input_token_cost and
-- cache_creation_input_token_cost, followed, in any order and each once,
-- by _above_1hr (cache writes only), _above_<N>k_tokens, and one of
-- _batches, _priority, _flex.
------------------------------------------------------------------------

-- What a LiteLLM key names for a provider: the model name, region and
-- routing; NULL model_name (and why) when the key is of no model form.
CREATE FUNCTION bedprice_internal.litellm_key(
    provider text, key text,
    OUT model_name text, OUT region text, OUT routing text, OUT problem text)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parsed record;
    names text[] := bedprice_internal.name_candidates(key, provider, provider = 'bedrock');
BEGIN
    routing := 'in_region';
    IF provider = 'bedrock' THEN
        parsed := bedprice_internal.parse_model_id_lenient(key);
        problem := coalesce(parsed.error, CASE WHEN parsed.opaque THEN 'an ARN that names no model'
                                               WHEN parsed.model LIKE '%/%' THEN 'a key of no model form' END);
        region := parsed.region;
        routing := coalesce(parsed.routing, 'in_region');
    ELSIF provider IN ('together', 'groq') AND cardinality(names) < 2 THEN
        problem := format('a key of no model form (%s keys start with %s/)', provider,
                          CASE provider WHEN 'together' THEN 'together_ai' ELSE provider END);
    END IF;
    IF problem IS NULL AND NOT bedprice_internal.is_clean_name(bedprice_internal.bare_model_id(provider, key)) THEN
        problem := 'a key whose model ID is empty, padded or longer than 200 characters';
    END IF;
    IF problem IS NULL THEN
        model_name := key;
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_key(text, text) IS
    'The model, region and routing a LiteLLM price file key names, read by the engine''s grammar.';

-- Every entry (but sample_spec): its provider, what its key names, and why
-- it is not imported, if it is not.
CREATE FUNCTION bedprice_internal.litellm_entries(doc jsonb)
RETURNS TABLE (entry text, fields jsonb, provider text, model_name text, region text, routing text,
               reason text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT e.key, e.value, p.provider, k.model_name, k.region, k.routing,
           CASE
               WHEN jsonb_typeof(e.value) <> 'object' THEN 'not a JSON object'
               WHEN p.provider IS NULL
                   THEN format('provider %s is not imported', coalesce(e.value ->> 'litellm_provider', '(none)'))
               WHEN e.value ->> 'mode' NOT IN ('chat', 'completion', 'responses', 'embedding')
                   THEN format('mode %s is not priced per token', e.value ->> 'mode')
               WHEN k.model_name IS NULL THEN k.problem
               WHEN k.region IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = k.region)
                   THEN format('region %s is not in bedprice.regions: add it to import its prices', k.region)
           END
    FROM jsonb_each(doc) AS e
    CROSS JOIN LATERAL (
        SELECT CASE WHEN jsonb_typeof(e.value) = 'object' THEN
                   CASE e.value ->> 'litellm_provider'
                       WHEN 'bedrock' THEN 'bedrock' WHEN 'bedrock_converse' THEN 'bedrock'
                       WHEN 'anthropic' THEN 'anthropic' WHEN 'together_ai' THEN 'together'
                       WHEN 'groq' THEN 'groq' END
               END AS provider) AS p
    LEFT JOIN LATERAL bedprice_internal.litellm_key(p.provider, e.key) AS k ON p.provider IS NOT NULL
    WHERE e.key <> 'sample_spec'
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_entries(jsonb) IS
    'The entries of a LiteLLM price file: provider, model, region, routing, and why one is not imported.';

-- A LiteLLM price field's charge, mode and tier; NULL charge when the
-- field is of no form bedprice maps.
CREATE FUNCTION bedprice_internal.litellm_field(
    field text, OUT charge text, OUT mode text, OUT above bigint)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m text[] := regexp_match(field,
        '^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)'
        '((?:_above_1hr|_above_[0-9]{1,9}k_tokens|_batches|_priority|_flex)*)$');
    mods text[];
BEGIN
    IF m IS NULL THEN
        RETURN;
    END IF;
    mods := ARRAY(SELECT x[1] FROM regexp_matches(m[2], '_above_1hr|_above_[0-9]+k_tokens|_batches|_priority|_flex', 'g') AS x);
    IF (SELECT count(*) FROM unnest(mods) u WHERE u = '_above_1hr') > 1
       OR (SELECT count(*) FROM unnest(mods) u WHERE u ~ 'k_tokens$') > 1
       OR (SELECT count(*) FROM unnest(mods) u WHERE u IN ('_batches', '_priority', '_flex')) > 1
       OR ('_above_1hr' = ANY (mods) AND m[1] <> 'cache_creation_input_token_cost') THEN
        RETURN;
    END IF;
    above := coalesce((SELECT substring(u FROM '^_above_([0-9]+)k_tokens$')::bigint * 1000
                       FROM unnest(mods) u WHERE u ~ 'k_tokens$'), 0);
    IF above = 0 AND EXISTS (SELECT FROM unnest(mods) u WHERE u ~ 'k_tokens$') THEN
        RETURN;
    END IF;
    mode := coalesce((SELECT CASE u WHEN '_batches' THEN 'batch' WHEN '_priority' THEN 'priority' ELSE 'flex' END
                      FROM unnest(mods) u WHERE u IN ('_batches', '_priority', '_flex')), 'on_demand');
    charge := CASE m[1]
                  WHEN 'input_cost_per_token' THEN 'input'
                  WHEN 'output_cost_per_token' THEN 'output'
                  WHEN 'cache_read_input_token_cost' THEN 'cache_read'
                  ELSE CASE WHEN '_above_1hr' = ANY (mods) THEN 'cache_write_1h' ELSE 'cache_write' END
              END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_field(text) IS
    'The charge, mode and tier a LiteLLM price field name gives; NULL when bedprice does not map it.';

-- The items of a LiteLLM price file: one per price field of each entry,
-- and one for each entry that cannot be imported.
CREATE FUNCTION bedprice_internal.litellm_items(doc jsonb, valid_from timestamptz)
RETURNS SETOF bedprice_internal.import_item
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH e AS (SELECT * FROM bedprice_internal.litellm_entries(doc)),
    f AS (
        SELECT e.*, fl.key AS field, fl.value AS v, m.charge, m.mode, m.above,
               CASE WHEN jsonb_typeof(fl.value) = 'number' THEN fl.value::numeric * 1000000 END AS exact
        FROM e, jsonb_each(e.fields) AS fl, bedprice_internal.litellm_field(fl.key) AS m
        WHERE e.reason IS NULL AND fl.key ~ '(cost|pric)'
    )
    SELECT e.entry, NULL, e.provider, e.model_name, true, e.region, e.routing, NULL, NULL, NULL,
           NULL, NULL, valid_from, coalesce(e.reason, 'no price field')
    FROM e
    WHERE e.reason IS NOT NULL OR NOT EXISTS (SELECT FROM f WHERE f.entry = e.entry)
    UNION ALL
    SELECT f.entry, f.field, f.provider, f.model_name, true, f.region, f.routing, f.mode, f.charge, f.above,
           bedprice_internal.import_usd(f.exact), f.exact, valid_from,
           CASE WHEN f.charge IS NULL THEN 'a price field bedprice does not map'
                WHEN f.exact IS NULL THEN format('not a JSON number: %s', f.v)
                WHEN f.exact < 0 OR bedprice_internal.import_usd(f.exact) > 1000000
                    THEN 'out of range (0 to 1,000,000 USD per 1M tokens)' END
    FROM f
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_items(jsonb, timestamptz) IS
    'The prices of a LiteLLM price file as import items, valid from valid_from.';

CREATE OR REPLACE FUNCTION bedprice.import_litellm(doc jsonb, valid_from timestamptz DEFAULT now())
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'not a LiteLLM price file'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A LiteLLM price file is a JSON object of model names to prices.',
                  HINT = 'Pass LiteLLM''s model_prices_and_context_window.json, for example \set litellm `cat model_prices_and_context_window.json` in psql, then :''litellm''::jsonb.';
    END IF;
    IF valid_from = 'infinity' THEN
        RAISE EXCEPTION 'valid_from cannot be infinity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT * FROM bedprice_internal.apply_import(
        ARRAY(SELECT i FROM bedprice_internal.litellm_items(doc, coalesce(valid_from, '-infinity')) AS i),
        'litellm') AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_litellm(jsonb, timestamptz) IS
    'Imports the token prices of LiteLLM''s model_prices_and_context_window.json (providers bedrock, bedrock_converse, anthropic, together_ai, groq) as prices valid from valid_from, keeping history; returns a report of every entry and price field: imported, unchanged, refused or not mapped, and why.';


------------------------------------------------------------------------
-- AWS Price List bulk offer files (index.json) of AmazonBedrock and
-- AmazonBedrockFoundationModels
--
-- Each SKU's on-demand price dimensions, per region: unit "1K tokens" x
-- 1000, "1M tokens" x 1; the model by attributes.model (else titanModel,
-- or servicename for AmazonBedrockFoundationModels), matched against the
-- models and aliases, never created; the charge from usagetype and
-- inferenceType; the mode and routing from feature and service_tier too.
-- Valid from valid_from, else each term's effectiveDate.
------------------------------------------------------------------------

-- A timestamp, or NULL when the text is none (2030-02-30).
CREATE FUNCTION bedprice_internal.timestamp_or_null(val text) RETURNS timestamptz
LANGUAGE plpgsql STABLE
SET TimeZone TO 'UTC'
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF val !~ '^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$' THEN
        RETURN NULL;
    END IF;
    RETURN val::timestamptz;
EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.timestamp_or_null(text) IS
    'An ISO date or timestamp (UTC unless it names a zone), or NULL when the text is not a valid one.';

-- One row per on-demand term and price dimension of each SKU, with what
-- the attributes say.
CREATE FUNCTION bedprice_internal.aws_dimensions(doc jsonb)
RETURNS TABLE (sku text, rate text, a jsonb, d jsonb, billed text, how text, tier text, unit text,
               usd_text text, model_name text, region text, effective text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.key, dm.key, s.a, dm.value,
           lower(concat_ws(' ', s.a ->> 'usagetype', s.a ->> 'inferenceType')),
           lower(concat_ws(' ', s.a ->> 'feature', s.a ->> 'usagetype', s.a ->> 'inferenceType')),
           lower(btrim(coalesce(s.a ->> 'service_tier', s.a ->> 'serviceTier', ''))),
           lower(btrim(dm.value ->> 'unit')),
           btrim(dm.value -> 'pricePerUnit' ->> 'USD'),
           nullif(btrim(CASE WHEN doc ->> 'offerCode' = 'AmazonBedrockFoundationModels'
                             THEN coalesce(s.a ->> 'model', s.a ->> 'servicename')
                             ELSE coalesce(s.a ->> 'model', s.a ->> 'titanModel') END), ''),
           s.a ->> 'regionCode',
           btrim(t.value ->> 'effectiveDate')
    FROM (SELECT e.key, CASE WHEN jsonb_typeof(e.value -> 'attributes') = 'object'
                             THEN e.value -> 'attributes' ELSE '{}'::jsonb END AS a
          FROM jsonb_each(CASE WHEN jsonb_typeof(doc -> 'products') = 'object' THEN doc -> 'products' END) AS e) AS s
    LEFT JOIN LATERAL jsonb_each(
        CASE WHEN jsonb_typeof(doc -> 'terms' -> 'OnDemand' -> s.key) = 'object'
             THEN doc -> 'terms' -> 'OnDemand' -> s.key END) AS t ON true
    LEFT JOIN LATERAL jsonb_each(
        CASE WHEN jsonb_typeof(t.value -> 'priceDimensions') = 'object'
             THEN t.value -> 'priceDimensions' END) AS dm ON true
$$;
COMMENT ON FUNCTION bedprice_internal.aws_dimensions(jsonb) IS
    'The on-demand price dimensions of an AWS Price List offer file, with the attributes that classify them.';

-- What a dimension bills, from its attributes: charge, mode, routing.
CREATE FUNCTION bedprice_internal.aws_classify(
    billed text, how text, tier text, OUT charge text, OUT mode text, OUT routing text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN billed ~ 'cache[-_ ]?read' THEN 'cache_read'
                WHEN billed ~ 'cache[-_ ]?write' THEN
                    CASE WHEN billed ~ '(^|[^0-9])1[-_ ]?(h|hr|hour)([^a-z]|$)' THEN 'cache_write_1h' ELSE 'cache_write' END
                WHEN billed ~ 'output' THEN 'output'
                WHEN billed ~ 'input' THEN 'input' END,
           CASE WHEN (how ~ 'batch' OR tier = 'batch')::int + (how ~ 'priority' OR tier = 'priority')::int
                     + (how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex')::int > 1
                     OR how ~ 'latency'
                     OR tier NOT IN ('', 'standard', 'on-demand', 'batch', 'priority', 'flex') THEN NULL
                WHEN how ~ 'batch' OR tier = 'batch' THEN 'batch'
                WHEN how ~ 'priority' OR tier = 'priority' THEN 'priority'
                WHEN how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex' THEN 'flex'
                ELSE 'on_demand' END,
           CASE WHEN how ~ 'global' THEN 'global'
                WHEN how ~ 'cross[-_ ]?region' THEN 'geo'
                ELSE 'in_region' END
$$;
COMMENT ON FUNCTION bedprice_internal.aws_classify(text, text, text) IS
    'The charge, mode and routing an AWS Price List dimension bills, from its usage type, inference type, feature and service tier.';

CREATE FUNCTION bedprice_internal.aws_items(doc jsonb, valid_from timestamptz)
RETURNS SETOF bedprice_internal.import_item
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.sku, x.rate, 'bedrock', x.model_name, false, x.region, c.routing, c.mode, c.charge, 0::bigint,
           bedprice_internal.import_usd(s.usd * s.scale), s.usd * s.scale, coalesce(valid_from, e.eff),
           CASE
               WHEN x.d IS NULL THEN 'no on-demand price'
               WHEN s.usd IS NULL THEN format('not a USD price: %s', coalesce(x.usd_text, '(none)'))
               WHEN s.scale IS NULL THEN format('not priced per 1K or 1M tokens: unit %s', coalesce(x.unit, '(none)'))
               WHEN coalesce(x.d ->> 'beginRange', '0') !~ '^0*(\.0*)?$' OR coalesce(x.d ->> 'endRange', 'Inf') <> 'Inf'
                   THEN 'a volume-tiered price'
               WHEN x.how ~ 'customi[sz]ation|custom[- ]model|provisioned|reserved|training|storage|fine[- ]?tun'
                   THEN format('not on-demand or batch inference: %s', coalesce(x.a ->> 'feature', x.a ->> 'usagetype'))
               WHEN x.billed ~ 'image|audio|speech|video' THEN 'image, audio, speech or video'
               WHEN c.charge IS NULL THEN 'a charge bedprice does not recognize'
               WHEN c.mode IS NULL THEN 'a mode bedprice does not recognize'
               WHEN x.region IS NULL OR NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = x.region)
                   THEN format('region %s is not in bedprice.regions: add it to import its prices', coalesce(x.region, '(none)'))
               WHEN x.model_name IS NULL THEN 'no model name'
               WHEN valid_from IS NULL AND e.eff IS NULL
                   THEN format('no valid effectiveDate: %s', coalesce(x.effective, '(none)'))
               WHEN bedprice_internal.import_usd(s.usd * s.scale) > 1000000
                   THEN 'out of range (0 to 1,000,000 USD per 1M tokens)'
           END
    FROM bedprice_internal.aws_dimensions(doc) AS x
    CROSS JOIN LATERAL bedprice_internal.aws_classify(x.billed, x.how, x.tier) AS c
    CROSS JOIN LATERAL (SELECT CASE x.unit WHEN '1k tokens' THEN 1000 WHEN '1m tokens' THEN 1 END AS scale,
                               bedprice_internal.number_or_null(x.usd_text) AS usd) AS s
    CROSS JOIN LATERAL (SELECT bedprice_internal.timestamp_or_null(x.effective) AS eff) AS e
$$;
COMMENT ON FUNCTION bedprice_internal.aws_items(jsonb, timestamptz) IS
    'The token prices of an AWS Price List offer file as import items, valid from valid_from or each term''s effectiveDate, and why a dimension is not imported.';

CREATE OR REPLACE FUNCTION bedprice.import_aws_price_list(doc jsonb, valid_from timestamptz DEFAULT NULL)
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    offer text := CASE WHEN jsonb_typeof(doc) = 'object' THEN doc ->> 'offerCode' END;
BEGIN
    IF offer IS NULL OR offer NOT IN ('AmazonBedrock', 'AmazonBedrockFoundationModels') THEN
        RAISE EXCEPTION 'not an AWS Price List offer file for Bedrock'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Its offerCode is %s.', coalesce(quote_literal(offer), 'missing')),
                  HINT = 'Pass the bulk offer file (index.json) of AmazonBedrock or AmazonBedrockFoundationModels.';
    END IF;
    IF valid_from = 'infinity' THEN
        RAISE EXCEPTION 'valid_from cannot be infinity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT * FROM bedprice_internal.apply_import(
        ARRAY(SELECT i FROM bedprice_internal.aws_items(doc, valid_from) AS i), 'aws price list') AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_aws_price_list(jsonb, timestamptz) IS
    'Imports the on-demand and batch token prices of an AWS Price List bulk offer file for Bedrock (offerCode AmazonBedrock or AmazonBedrockFoundationModels), per region, valid from valid_from or else each term''s effectiveDate, keeping history; returns a report of every SKU price dimension.  Model names are looked up in bedprice.models and model_aliases, never created.';


------------------------------------------------------------------------
-- Privileges of what 0.3.0 adds (the internal schema, its functions, the
-- importers, which return a report now); the grants on the tables and the
-- other functions are left as the user has them.
------------------------------------------------------------------------

REVOKE ALL ON SCHEMA bedprice_internal FROM PUBLIC;
GRANT USAGE ON SCHEMA bedprice_internal TO bedprice_admin;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal TO bedprice_admin;

REVOKE EXECUTE ON FUNCTION
    bedprice.import_litellm(jsonb, timestamptz),
    bedprice.import_aws_price_list(jsonb, timestamptz)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice.import_litellm(jsonb, timestamptz),
    bedprice.import_aws_price_list(jsonb, timestamptz)
TO bedprice_admin;
