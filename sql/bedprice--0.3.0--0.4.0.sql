/* bedprice 0.3.0 -> 0.4.0: prices limited to a geography of cross-region
 * profiles (us., eu., ...), price books (AWS's list prices the default,
 * the seed document's figures a book of their own), sheets whose header
 * names their columns, the shipped catalog as CSV files with content-made
 * negative ids, and that catalog replaced by AWS's figures, keeping every
 * row and edit of the user's.  Frozen once 0.4.0 is released: the current
 * definition lives in sql/current/ and catalog/. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.4.0'" to load this file. \quit

------------------------------------------------------------------------
-- 1. prices.geography, in the key of a price (the book column, and the
--    keys with it, come once bedprice.price_books exists: section 4)
------------------------------------------------------------------------

ALTER TABLE bedprice.prices
    ADD COLUMN geography text
        CONSTRAINT prices_geography_check
        CHECK (bedprice_internal.in_vocabulary('geography', geography)),
    ADD CONSTRAINT prices_geography_routing CHECK (geography IS NULL OR routing = 'geo'),
    DROP CONSTRAINT prices_no_overlap;
ALTER TABLE bedprice.multipliers DROP CONSTRAINT multipliers_no_overlap;

------------------------------------------------------------------------
-- 2. Functions whose signature or result changes: dropped, made anew
--    below; the importers' types gain attributes
------------------------------------------------------------------------

-- the user-facing ones, and what replaces each
CREATE TEMP TABLE bp_replaced (old regprocedure, new text);
INSERT INTO bp_replaced VALUES
    ('bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text)',
     'bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text, text, text)'),
    ('bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text)',
     'bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text, text)'),
    ('bedprice.price_sheet(timestamptz)', 'bedprice.price_sheet(timestamptz, text)'),
    ('bedprice.price_sheet_csv(timestamptz)', 'bedprice.price_sheet_csv(timestamptz, text)'),
    ('bedprice.multiplier_sheet(timestamptz)', 'bedprice.multiplier_sheet(timestamptz, text)'),
    ('bedprice.multiplier_sheet_csv(timestamptz)', 'bedprice.multiplier_sheet_csv(timestamptz, text)'),
    ('bedprice.import_litellm(jsonb, timestamptz)', 'bedprice.import_litellm(jsonb, timestamptz, text)'),
    ('bedprice.import_aws_price_list(jsonb, timestamptz)', 'bedprice.import_aws_price_list(jsonb, timestamptz, text)');

-- Objects of the user's that use one stop the update before anything
-- changes; the grants on them pass to their new versions (section 5).
DO $$
DECLARE
    users text;
BEGIN
    SELECT string_agg(DISTINCT format('%s uses bedprice.%s()', pg_describe_object(d.classid, d.objid, 0), f.proname), '; ')
    INTO users
    FROM pg_depend d JOIN pg_proc f ON f.oid = d.refobjid
    WHERE d.refclassid = 'pg_proc'::regclass AND d.deptype = 'n'
      AND d.refobjid IN (SELECT old FROM bp_replaced);
    IF users IS NOT NULL THEN
        RAISE EXCEPTION 'bedprice 0.4.0 replaces functions that objects of yours use: %', users
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = 'Drop those objects (keep their definitions), run ALTER EXTENSION bedprice UPDATE, then create them again: price_sheet() and multiplier_sheet() have new columns (geography, book), and set_price, set_multiplier, the sheets'' exports and the importers a book argument.';
    END IF;
END
$$;
CREATE TEMP TABLE bp_function_acls AS
SELECT r.new, f.proacl FROM bp_replaced r JOIN pg_proc f ON f.oid = r.old;
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT old FROM bp_replaced LOOP
        EXECUTE format('DROP FUNCTION %s', f);
    END LOOP;
END
$$;
DROP TABLE bp_replaced;

-- and internal ones
DROP FUNCTION bedprice_internal.sheet_rows(text, text, text[]);
DROP FUNCTION bedprice_internal.litellm_key(text, text);
DROP FUNCTION bedprice_internal.litellm_entries(jsonb);
DROP FUNCTION bedprice_internal.aws_classify(text, text, text);
DROP FUNCTION bedprice_internal.apply_import(bedprice_internal.import_item[], text);
DROP FUNCTION bedprice_internal.import_price_row(bedprice_internal.import_item, text);
-- the importers' types gain a geography, last (a table or view of the
-- user's may hold their values: kept, the new attribute NULL)
ALTER TYPE bedprice.import_result ADD ATTRIBUTE geography text;
ALTER TYPE bedprice_internal.import_item ADD ATTRIBUTE geography text, ADD ATTRIBUTE spoils boolean;

------------------------------------------------------------------------
-- 3. The current definitions of what changed or is new
------------------------------------------------------------------------

-- Price books: named sets of prices and rules.  aws (AWS's list prices,
-- the default) and seed-2026-04-10 (the seed document's figures) ship; a
-- user's book may inherit from another and hold only what differs.
CREATE TABLE bedprice.price_books (
    book         text PRIMARY KEY
                 CONSTRAINT price_books_book_check
                 CHECK (bedprice_internal.is_clean_name(book) AND book = bedprice_internal.name_key(book)),
    -- (checked by the triggers below, not a foreign key: pg_dump warns of
    -- a table that references itself, and the triggers check at the end
    -- of a statement, as a foreign key does, whatever order the restored
    -- rows come in)
    parent       text,
    description  text NOT NULL DEFAULT '',
    shipped      boolean NOT NULL DEFAULT false,
    CONSTRAINT price_books_parent_check CHECK (parent <> book)
);
COMMENT ON TABLE bedprice.price_books IS
    'Named sets of prices and rules; a book with a parent prices what it does not hold itself as its parent does.  bedprice.price_book chooses the book a session prices with (aws: AWS''s list prices).';

-- A book's parent is a book, and no book inherits from itself through
-- any chain of parents (at the end of the statement, as a foreign key).
-- Changes of books wait for each other (a lock taken before any row is,
-- by the statement trigger below), the parent is locked as a foreign key
-- locks it, and every book up the chain is locked against change (under
-- REPEATABLE READ a concurrent change of one is a serialization failure):
-- two sessions cannot make an orphan or a cycle between them.
CREATE OR REPLACE FUNCTION bedprice_internal.check_book_parent() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b text := NEW.parent;
    up text;
BEGIN
    FOR n IN 1..1000 LOOP
        SELECT p.parent INTO up FROM bedprice.price_books p WHERE p.book = b FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'price book "%" has no parent book "%"', NEW.book, b
                USING ERRCODE = 'foreign_key_violation',
                      HINT = 'Add the parent book to bedprice.price_books first.';
        END IF;
        EXIT WHEN up IS NULL;
        IF up = NEW.book THEN
            RAISE EXCEPTION 'price book "%" would inherit from itself', NEW.book
                USING ERRCODE = 'check_violation',
                      DETAIL = format('Its parent "%s" inherits from it.', NEW.parent);
        END IF;
        b := up;
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.check_book_parent() IS
    'Constraint trigger: a price book''s parent exists, and no chain of parents comes back to the book.';

-- One session changes books at a time, from before its first row.
CREATE OR REPLACE FUNCTION bedprice_internal.lock_books() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('bedprice.price_books'), 0);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.lock_books() IS
    'Statement trigger: changes of bedprice.price_books wait for each other (an advisory lock, in the two-key space, taken before any row).';

-- A book renamed: its children follow (its prices and rules follow by
-- their foreign keys); a book deleted while books inherit from it: refused.
CREATE OR REPLACE FUNCTION bedprice_internal.follow_parent_book() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        UPDATE bedprice.price_books SET parent = NEW.book WHERE parent = OLD.book;
    ELSIF EXISTS (SELECT FROM bedprice.price_books b WHERE b.parent = OLD.book) THEN
        RAISE EXCEPTION 'price book "%" is the parent of other books', OLD.book
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = (SELECT format('Books with parent %s: %s.', OLD.book, string_agg(b.book, ', ' ORDER BY b.book))
                            FROM bedprice.price_books b WHERE b.parent = OLD.book),
                  HINT = 'Delete them first, or give them another parent.';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.follow_parent_book() IS
    'Trigger: the children of a renamed price book follow it; a book with children cannot be deleted.';

-- The shipped books are bedprice's: a user's book inherits from them.
CREATE OR REPLACE FUNCTION bedprice_internal.keep_shipped_book() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF OLD.shipped AND NOT bedprice_internal.applying() THEN
        RAISE EXCEPTION 'price book "%" is shipped with bedprice and cannot be changed', OLD.book
            USING ERRCODE = 'insufficient_privilege',
                  HINT = format('Make a book of your own with parent %s, and put what differs in it.', OLD.book);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.keep_shipped_book() IS
    'Trigger: the shipped price books change only with the extension.';

CREATE OR REPLACE FUNCTION bedprice.bedrock_cost(
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'bedrock_cost'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'USD cost of one Bedrock usage, exact, at the prices valid at `at` in the price book bedprice.price_book names (aws: AWS''s list prices). in_tokens excludes cache reads and writes, as Bedrock reports it.';

CREATE OR REPLACE FUNCTION bedprice.api_cost(
    provider              text,
    model                 text,
    in_tokens             bigint,
    out_tokens            bigint,
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'api_cost'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.api_cost(text, text, bigint, bigint, bigint, bigint, bigint, timestamptz) IS
    'USD cost of one usage of a direct API (anthropic, together, groq, ...), exact, at the prices valid at `at` in the price book bedprice.price_book names.';

-- The same, in a price book the call names (NULL: bedprice.price_book's).
-- Functions of their own: an argument added to the ones above would change
-- how existing calls resolve (a NULL token count, an unknown type, could
-- match either) or drop every view of theirs on an update.
CREATE OR REPLACE FUNCTION bedprice.bedrock_cost_in(
    book                  text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'bedrock_cost_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost in the price book given first (NULL: the setting bedprice.price_book''s).';

CREATE OR REPLACE FUNCTION bedprice.api_cost_in(
    book                  text,
    provider              text,
    model                 text,
    in_tokens             bigint,
    out_tokens            bigint,
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'api_cost_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.api_cost_in(text, text, text, bigint, bigint, bigint, bigint, bigint, timestamptz) IS
    'api_cost in the price book given first (NULL: the setting bedprice.price_book''s).';

CREATE OR REPLACE FUNCTION bedprice.bedrock_cost_breakdown_in(
    book                  text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now(),
    OUT provider            text,
    OUT resolved_model      text,
    OUT resolved_region     text,
    OUT routing             text,
    OUT resolved_mode       text,
    OUT above_input_tokens  bigint,
    OUT input_cost          numeric,
    OUT output_cost         numeric,
    OUT cache_read_cost     numeric,
    OUT cache_write_cost    numeric,
    OUT cache_write_1h_cost numeric,
    OUT total_cost          numeric,
    OUT charges             jsonb)
RETURNS record
AS 'MODULE_PATHNAME', 'bedrock_cost_breakdown_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost_breakdown_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost_breakdown in the price book given first (NULL: the setting bedprice.price_book''s); each charge names the book of its price row.';

-- Apply one restored record: a shipped row recorded as replaced or
-- deleted goes, if it is still there.  A record of 0.2.0 ('update', with
-- the row's values) is applied as 0.2.0 meant, and the row becomes the
-- user's, as a change makes it now.  A record that cannot be applied is
-- kept, and a WARNING names it: the rest of the restore goes on.
CREATE OR REPLACE FUNCTION bedprice_internal.apply_change(tab text, key jsonb, action text, data jsonb)
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

-- The model key a name means for a provider: the first of the engine's
-- candidate names that is a model ID or an alias (a model ID wins, but a
-- user's alias wins over a shipped model's ID), or NULL.
CREATE OR REPLACE FUNCTION bedprice_internal.find_model(p_provider text, p_name text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.model
    FROM bedprice.providers p,
         unnest(bedprice_internal.name_candidates(p_name, p.provider, p.kind = 'cloud'))
             WITH ORDINALITY AS c(candidate, i),
         -- a model's own ID wins over an alias, but a user's alias over a
         -- shipped model's ID (as the pricing functions resolve names)
         LATERAL (SELECT m.model, CASE WHEN m.shipped THEN 2 ELSE 0 END AS pref FROM bedprice.models m
                  WHERE m.provider = p.provider AND bedprice_internal.name_key(m.model) = c.candidate
                  UNION ALL
                  SELECT a.model, CASE WHEN a.shipped THEN 3 ELSE 1 END FROM bedprice.model_aliases a
                  WHERE a.provider = p.provider AND bedprice_internal.name_key(a.alias) = c.candidate) AS x
    WHERE p.provider = p_provider
    ORDER BY c.i, x.pref
    LIMIT 1
$$;
COMMENT ON FUNCTION bedprice_internal.find_model(text, text) IS
    'The model key a name (ID, alias, ARN or LiteLLM form) means for a provider, as the pricing functions resolve it; NULL when unknown.';

CREATE OR REPLACE FUNCTION bedprice_internal.history_shape(
    tab text, OUT id_column text, OUT value_column text, OUT noun text, OUT key_columns text[])
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab WHEN 'prices' THEN 'price_id' WHEN 'multipliers' THEN 'multiplier_id' END,
           CASE tab WHEN 'prices' THEN 'usd_per_mtok' WHEN 'multipliers' THEN 'factor' END,
           CASE tab WHEN 'prices' THEN 'price' WHEN 'multipliers' THEN 'multiplier' END,
           CASE tab
               WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'routing', 'geography', 'mode',
                                        'charge', 'above_input_tokens', 'book']
               WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'book']
           END
$$;
COMMENT ON FUNCTION bedprice_internal.history_shape(text) IS
    'The id, value and key columns of prices or multipliers, the two tables with history.';

-- "FROM bedprice.<tab> t, <the row $1> k WHERE t has k's key", for dynamic SQL.
CREATE OR REPLACE FUNCTION bedprice_internal.rows_of_key(tab text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('FROM bedprice.%1$I t, jsonb_populate_record(NULL::bedprice.%1$I, $1) k WHERE %2$s',
                  tab,
                  string_agg(CASE WHEN c IN ('region', 'geography') THEN format('t.%1$I IS NOT DISTINCT FROM k.%1$I', c)
                                  -- a row given without its book is the default book's, as on insert
                                  WHEN c = 'book' THEN 't.book = coalesce(k.book, ''aws'')'
                                  ELSE format('t.%1$I = k.%1$I', c) END, ' AND '))
    FROM unnest((bedprice_internal.history_shape(tab)).key_columns) AS c
$$;
COMMENT ON FUNCTION bedprice_internal.rows_of_key(text) IS
    'SQL selecting the rows of prices or multipliers with the key of the row given as jsonb $1.';

CREATE OR REPLACE FUNCTION bedprice_internal.describe_row(tab text, e jsonb) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'prices' THEN
            format('price_id %s (%s, %s %s, %s%s, %s%s) is valid from %s to %s at %s USD per 1M tokens.',
                   e ->> 'price_id', e ->> 'model', e ->> 'charge', coalesce(e ->> 'region', 'all regions'),
                   e ->> 'routing', ' ' || (e ->> 'geography'), e ->> 'mode',
                   CASE WHEN e ->> 'book' <> 'aws' THEN ', book ' || (e ->> 'book') END,
                   bedprice_internal.timestamp_text((e ->> 'valid_from')::timestamptz),
                   bedprice_internal.timestamp_text((e ->> 'valid_to')::timestamptz), e ->> 'usd_per_mtok')
        ELSE
            format('multiplier_id %s (%s %s %s%s) is valid from %s to %s with factor %s.',
                   e ->> 'multiplier_id', e ->> 'provider', e ->> 'dimension', e ->> 'value',
                   CASE WHEN e ->> 'book' <> 'aws' THEN ', book ' || (e ->> 'book') END,
                   bedprice_internal.timestamp_text((e ->> 'valid_from')::timestamptz),
                   bedprice_internal.timestamp_text((e ->> 'valid_to')::timestamptz), e ->> 'factor')
    END
$$;
COMMENT ON FUNCTION bedprice_internal.describe_row(text, jsonb) IS
    'A price or multiplier row in words, for error details.';

-- A user's row takes precedence over the rows of its key that it overlaps
-- and that the extension shipped (still shipped, or changed already and
-- so the user's, with a record of their shipped key): they are closed,
-- moved or removed.  A row the user changes yields nothing of itself.
-- set_price and the loaders close rows before they insert; this covers
-- plain INSERTs and restores, where user rows may come back before the
-- record of the shipped rows they closed.
CREATE OR REPLACE FUNCTION bedprice_internal.yield_shipped_rows() RETURNS trigger
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
                   AND t.geography IS NOT DISTINCT FROM NEW.geography AND t.mode = NEW.mode AND t.charge = NEW.charge
                   AND t.above_input_tokens = NEW.above_input_tokens AND t.book = NEW.book
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
                   AND t.value = NEW.value AND t.book = NEW.book
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

CREATE OR REPLACE FUNCTION bedprice_internal.sheet_columns(tab text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'geography', 'routing', 'mode', 'charge',
                                 'usd_per_mtok', 'above_input_tokens', 'valid_from', 'valid_to', 'source', 'book']
        WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source',
                                      'book']
    END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_columns(text) IS
    'The columns of a price or multiplier sheet, in the order bedprice writes them: the format''s contract.';

CREATE OR REPLACE FUNCTION bedprice_internal.sheet_required_columns(tab text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE tab
        WHEN 'prices' THEN ARRAY['provider', 'model', 'charge', 'usd_per_mtok']
        WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'factor']
    END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_required_columns(text) IS
    'The columns a price or multiplier sheet must have; the others take their defaults when left out.';

-- The data rows of a CSV sheet, their fields in the order of `columns`
-- (NULL for a column the header leaves out), after checking the header
-- (known columns, each once, the required ones there) and field counts.
CREATE OR REPLACE FUNCTION bedprice_internal.sheet_rows(kind text, doc text, columns text[], required text[])
RETURNS TABLE (line integer, f text[])
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    header text[];
    pos integer[];              -- pos[i]: the header position of columns[i]
    problem text;
BEGIN
    FOR r IN SELECT * FROM bedprice.csv_rows(doc) LOOP
        IF header IS NULL THEN
            header := ARRAY(SELECT bedprice_internal.name_key(x) FROM unnest(r.fields) AS x);
            SELECT coalesce(
                       (SELECT format('unknown column "%s"', x) FROM unnest(header) AS x
                        WHERE x <> ALL (columns) LIMIT 1),
                       (SELECT format('column "%s" appears twice', x) FROM unnest(header) AS x
                        GROUP BY x HAVING count(*) > 1 LIMIT 1),
                       (SELECT format('column "%s" is missing', x) FROM unnest(required) AS x
                        WHERE x <> ALL (header) LIMIT 1))
            INTO problem;
            IF problem IS NOT NULL THEN
                RAISE EXCEPTION 'invalid % header', kind
                    USING ERRCODE = 'bad_copy_file_format',
                          DETAIL = format('Line %s is "%s": %s.', r.line, array_to_string(r.fields, ','), problem),
                          HINT = format('A %s starts with a line naming its columns, in any order: %s; all but %s may be left out.',
                                        kind, array_to_string(columns, ','), array_to_string(required, ', '));
            END IF;
            pos := ARRAY(SELECT array_position(header, c) FROM unnest(columns) WITH ORDINALITY AS u(c, i) ORDER BY i);
            CONTINUE;
        END IF;
        IF cardinality(r.fields) <> cardinality(header) THEN
            RAISE EXCEPTION 'wrong number of fields in a % line', kind
                USING ERRCODE = 'bad_copy_file_format',
                      DETAIL = format('In %s line %s: %s fields; the header has %s.', kind, r.line,
                                      cardinality(r.fields), cardinality(header)),
                      HINT = 'Quote fields that hold commas.';
        END IF;
        line := r.line;
        f := ARRAY(SELECT r.fields[p] FROM unnest(pos) WITH ORDINALITY AS u(p, i) ORDER BY i);
        RETURN NEXT;
    END LOOP;
    IF header IS NULL THEN
        RAISE EXCEPTION 'empty %', kind
            USING ERRCODE = 'bad_copy_file_format',
                  HINT = format('A %s starts with the line "%s".', kind, array_to_string(columns, ','));
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_rows(text, text, text[], text[]) IS
    'The data rows of a CSV sheet, fields in the order of the columns given, after checking its header and field counts.';

-- A word of the vocabulary `kind`; empty means the kind's base value.
CREATE OR REPLACE FUNCTION bedprice_internal.sheet_word(place text, kind text, val text, allow_base boolean DEFAULT true)
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
                  HINT = (SELECT format('Valid %s: %s.', CASE sheet_word.kind WHEN 'geography' THEN 'geographies'
                                                                    ELSE sheet_word.kind || 's' END,
                                        string_agg(w.word || CASE WHEN w.is_base THEN ' (or empty)' ELSE '' END,
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

-- A geo row's geography: empty for every geography; only a geo row has one.
CREATE OR REPLACE FUNCTION bedprice_internal.sheet_geography(place text, val text, routing text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := nullif(bedprice_internal.name_key(coalesce(val, '')), '');
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    v := bedprice_internal.sheet_word(place, 'geography', v);
    IF routing <> 'geo' THEN
        RAISE EXCEPTION 'a geography needs routing geo, not %', routing
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                  HINT = 'A geography limits a geo row to the profiles of one geography (us., eu., ...); leave it empty otherwise.';
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_geography(text, text, text) IS
    'A sheet''s or argument''s geography (of a geo row), checked; NULL when empty.';

-- A sheet's or argument's price book: one of bedprice.price_books; empty
-- or NULL for aws, the default.
CREATE OR REPLACE FUNCTION bedprice_internal.sheet_book(place text, val text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := coalesce(nullif(bedprice_internal.name_key(coalesce(val, '')), ''), 'aws');
BEGIN
    IF NOT EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = v) THEN
        RAISE EXCEPTION 'unknown price book "%"', val
            USING ERRCODE = 'undefined_object', DETAIL = format('In %s.', place),
                  HINT = (SELECT format('Known books: %s.  Add a book to bedprice.price_books first.',
                                        string_agg(b.book, ', ' ORDER BY b.book))
                          FROM bedprice.price_books b);
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_book(text, text) IS
    'A sheet''s or argument''s price book, checked; aws when empty.';

CREATE OR REPLACE FUNCTION bedprice_internal.price_sheet_line(line integer, f text[]) RETURNS bedprice_internal.sheet_line
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := format('price sheet line %s, column ', line);
    -- f: the fields in the order of sheet_columns('prices')
    provider text := bedprice_internal.sheet_provider(at_ || 'provider', f[1]);
    region text := bedprice_internal.sheet_region(at_ || 'region', f[3]);
    routing text := bedprice_internal.sheet_word(at_ || 'routing', 'routing', f[5]);
    r jsonb;
BEGIN
    r := jsonb_build_object(
        'provider', provider,
        'model', bedprice_internal.sheet_model(at_ || 'model', provider, f[2], region),
        'region', region,
        'geography', bedprice_internal.sheet_geography(at_ || 'geography', f[4], routing),
        'routing', routing,
        'mode', bedprice_internal.sheet_word(at_ || 'mode', 'mode', f[6]),
        'charge', bedprice_internal.sheet_word(at_ || 'charge', 'charge', f[7]),
        'usd_per_mtok', bedprice_internal.sheet_number(at_ || 'usd_per_mtok', 'price', f[8]),
        'above_input_tokens', bedprice_internal.sheet_tokens(at_ || 'above_input_tokens', f[9]),
        'valid_from', bedprice_internal.sheet_timestamp(at_ || 'valid_from', f[10], '-infinity'),
        'valid_to', bedprice_internal.sheet_timestamp(at_ || 'valid_to', f[11], 'infinity'),
        'source', coalesce(nullif(btrim(f[12]), ''), 'price sheet'),
        'book', bedprice_internal.sheet_book(at_ || 'book', f[13]));
    RETURN bedprice_internal.checked_line('price sheet', line, 'prices', r);
END
$$;
COMMENT ON FUNCTION bedprice_internal.price_sheet_line(integer, text[]) IS
    'One line of a price sheet, every field checked, the model resolved (or created).';

CREATE OR REPLACE FUNCTION bedprice_internal.multiplier_sheet_line(line integer, f text[]) RETURNS bedprice_internal.sheet_line
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := format('multiplier sheet line %s, column ', line);
    -- f: the fields in the order of sheet_columns('multipliers')
    dimension text := bedprice_internal.sheet_word(at_ || 'dimension', 'dimension', f[2]);
    provider text := bedprice_internal.sheet_provider(at_ || 'provider', f[1]);
    val text := bedprice_internal.multiplier_value(at_ || 'value', dimension, f[3]);
BEGIN
    IF dimension = 'vendor' THEN
        PERFORM bedprice_internal.check_vendor(at_ || 'value', provider, val);
    END IF;
    RETURN bedprice_internal.checked_line('multiplier sheet', line, 'multipliers', jsonb_build_object(
        'provider', provider,
        'dimension', dimension,
        'value', val,
        'factor', bedprice_internal.sheet_number(at_ || 'factor', 'factor', f[4]),
        'valid_from', bedprice_internal.sheet_timestamp(at_ || 'valid_from', f[5], '-infinity'),
        'valid_to', bedprice_internal.sheet_timestamp(at_ || 'valid_to', f[6], 'infinity'),
        'source', coalesce(nullif(btrim(f[7]), ''), 'multiplier sheet'),
        'book', bedprice_internal.sheet_book(at_ || 'book', f[8])));
END
$$;
COMMENT ON FUNCTION bedprice_internal.multiplier_sheet_line(integer, text[]) IS
    'One line of a multiplier sheet, every field checked.';

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
        FROM bedprice_internal.sheet_rows('price sheet', csv, bedprice_internal.sheet_columns('prices'),
                                          bedprice_internal.sheet_required_columns('prices')) AS s
        ORDER BY s.line));
END
$$;
COMMENT ON FUNCTION bedprice.load_price_sheet(text, text) IS
    'Loads a price sheet (CSV, header provider,model,region,geography,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source,book, in any order, the optional columns left out at will) in one transaction, keeping history; returns the rows added.  With replace_source, the rows of that source are removed first, in every book (the rows they had closed get their periods back).';

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
        FROM bedprice_internal.sheet_rows('multiplier sheet', csv, bedprice_internal.sheet_columns('multipliers'),
                                          bedprice_internal.sheet_required_columns('multipliers')) AS s
        ORDER BY s.line));
END
$$;
COMMENT ON FUNCTION bedprice.load_multiplier_sheet(text, text) IS
    'Loads a multiplier sheet (CSV, header provider,dimension,value,factor,valid_from,valid_to,source,book, in any order, the optional columns left out at will) in one transaction, keeping history; returns the rows added.';

-- A multiplier's value: a known region, a routing or mode that is not
-- the base value, or a vendor (the first part of a model ID: anthropic).
-- vendor rules multiply every price of that vendor's models in their book.
CREATE OR REPLACE FUNCTION bedprice_internal.multiplier_value(place text, dimension text, val text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text;
BEGIN
    IF dimension = 'vendor' THEN
        v := bedprice_internal.name_key(coalesce(val, ''));
        IF NOT bedprice_internal.is_multiplier_value('vendor', v) THEN
            RAISE EXCEPTION 'invalid vendor "%"', coalesce(val, '')
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                      HINT = 'A vendor is the first part of a Bedrock model ID (anthropic in anthropic.claude-..., meta, amazon), or a direct API''s provider.';
        END IF;
        RETURN v;
    END IF;
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

-- A vendor rule names a vendor of the provider's models (the first part
-- of a Bedrock model ID; a direct API's provider): a misspelt one would
-- match nothing, without a word.
CREATE OR REPLACE FUNCTION bedprice_internal.check_vendor(place text, provider text, vendor text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    vendors text[] := ARRAY(
        SELECT DISTINCT CASE WHEN p.kind = 'cloud' AND strpos(m.model, '.') > 0
                             THEN lower(split_part(m.model, '.', 1)) ELSE p.provider END
        FROM bedprice.models m JOIN bedprice.providers p USING (provider)
        WHERE m.provider = check_vendor.provider ORDER BY 1);
BEGIN
    IF vendor <> ALL (vendors) THEN
        RAISE EXCEPTION 'provider % has no model of vendor "%"', provider, vendor
            USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                  HINT = format('Vendors of %s: %s.', provider, array_to_string(vendors, ', '));
    END IF;
    RETURN vendor;
END
$$;
COMMENT ON FUNCTION bedprice_internal.check_vendor(text, text, text) IS
    'A vendor rule''s value, checked against the vendors of the provider''s models.';

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
    source             text DEFAULT 'set_price',
    geography          text DEFAULT NULL,
    book               text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := 'argument %s of set_price';
    p text := bedprice_internal.sheet_provider(format(at_, 'provider'), provider);
    g text := bedprice_internal.sheet_region(format(at_, 'region'), region);
    r text := bedprice_internal.sheet_word(format(at_, 'routing'), 'routing', routing);
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
        'geography', bedprice_internal.sheet_geography(format(at_, 'geography'), geography, r),
        'routing', r,
        'mode', bedprice_internal.sheet_word(format(at_, 'mode'), 'mode', mode),
        'charge', bedprice_internal.sheet_word(format(at_, 'charge'), 'charge', charge),
        'usd_per_mtok', bedprice_internal.sheet_amount(format(at_, 'usd_per_mtok'), 'price', usd_per_mtok),
        'above_input_tokens', coalesce(above_input_tokens, 0),
        'valid_from', coalesce(valid_from, '-infinity'),
        'valid_to', coalesce(valid_to, 'infinity'),
        'source', coalesce(source, 'set_price'),
        'book', bedprice_internal.sheet_book(format(at_, 'book'), book)));
END
$$;
COMMENT ON FUNCTION bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text, text, text) IS
    'Adds one price from SQL with history (closes the price it replaces at valid_from) to a price book (NULL: aws); returns its price_id, or NULL when an identical price exists.';

CREATE OR REPLACE FUNCTION bedprice.set_multiplier(
    provider   text,
    dimension  text,
    value      text,
    factor     numeric,
    valid_from timestamptz DEFAULT now(),
    valid_to   timestamptz DEFAULT 'infinity',
    source     text DEFAULT 'set_multiplier',
    book       text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    at_ text := 'argument %s of set_multiplier';
    d text := bedprice_internal.sheet_word(format(at_, 'dimension'), 'dimension', dimension);
    p text := bedprice_internal.sheet_provider(format(at_, 'provider'), provider);
    v text := bedprice_internal.multiplier_value(format(at_, 'value'), d, value);
BEGIN
    IF d = 'vendor' THEN
        PERFORM bedprice_internal.check_vendor(format(at_, 'value'), p, v);
    END IF;
    RETURN bedprice_internal.add_history_row('multipliers', jsonb_build_object(
        'provider', p,
        'dimension', d,
        'value', v,
        'factor', bedprice_internal.sheet_amount(format(at_, 'factor'), 'factor', factor),
        'valid_from', coalesce(valid_from, '-infinity'),
        'valid_to', coalesce(valid_to, 'infinity'),
        'source', coalesce(source, 'set_multiplier'),
        'book', bedprice_internal.sheet_book(format(at_, 'book'), book)));
END
$$;
COMMENT ON FUNCTION bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text, text) IS
    'Adds one multiplier from SQL with history to a price book (NULL: aws); returns its multiplier_id, or NULL when an identical one exists.';

CREATE OR REPLACE FUNCTION bedprice.price_sheet(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
RETURNS TABLE (provider text, model text, region text, geography text, routing text, mode text,
               charge text, usd_per_mtok numeric, above_input_tokens bigint, valid_from text, valid_to text,
               source text, book text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p.provider, p.model, p.region, p.geography,
           nullif(p.routing, 'in_region'), nullif(p.mode, 'on_demand'), p.charge,
           p.usd_per_mtok, p.above_input_tokens, b.texts[1], b.texts[2], p.source, nullif(p.book, 'aws')
    FROM bedprice.prices p
    CROSS JOIN LATERAL (
        SELECT array_agg(CASE
                   WHEN t IN ('-infinity', 'infinity') THEN ''
                   WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                   ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
               END ORDER BY i) AS texts
        FROM unnest(ARRAY[p.valid_from, p.valid_to]) WITH ORDINALITY AS u(t, i)) AS b
    WHERE (at IS NULL OR (p.valid_from <= at AND at < p.valid_to))
      AND (price_sheet.book IS NULL OR p.book = lower(btrim(price_sheet.book)))
    ORDER BY p.provider, p.model, p.region NULLS FIRST, p.routing, p.geography NULLS FIRST, p.mode, p.charge,
             p.above_input_tokens, p.book, p.valid_from
$$;
COMMENT ON FUNCTION bedprice.price_sheet(timestamptz, text) IS
    'The price catalog as a price sheet, one row a price: all history, or the prices valid at `at`; every book (book empty for aws), or the rows of the book given.  \copy (SELECT * FROM bedprice.price_sheet()) TO ''prices.csv'' CSV HEADER writes it as a file.';

CREATE OR REPLACE FUNCTION bedprice.price_sheet_csv(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'provider,model,region,geography,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source,book' || E'\n'
        || coalesce(string_agg(l.line || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.price_sheet(at, book)) AS s
    CROSS JOIN LATERAL (
        SELECT string_agg(CASE WHEN v IS NULL THEN ''
                               WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
                               ELSE v END, ',' ORDER BY i) AS line
        FROM unnest(ARRAY[s.provider, s.model, s.region, s.geography, s.routing, s.mode, s.charge, s.usd_per_mtok::text,
                          s.above_input_tokens::text, s.valid_from, s.valid_to, s.source, s.book])
             WITH ORDINALITY AS f(v, i)) AS l
$$;
COMMENT ON FUNCTION bedprice.price_sheet_csv(timestamptz, text) IS
    'bedprice.price_sheet() as one CSV document, which bedprice.load_price_sheet() reads back.';

CREATE OR REPLACE FUNCTION bedprice.multiplier_sheet(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
RETURNS TABLE (provider text, dimension text, value text, factor numeric,
               valid_from text, valid_to text, source text, book text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT m.provider, m.dimension, m.value, m.factor, b.texts[1], b.texts[2], m.source, nullif(m.book, 'aws')
    FROM bedprice.multipliers m
    CROSS JOIN LATERAL (
        SELECT array_agg(CASE
                   WHEN t IN ('-infinity', 'infinity') THEN ''
                   WHEN (t AT TIME ZONE 'UTC')::time = '00:00' THEN to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                   ELSE rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00'
               END ORDER BY i) AS texts
        FROM unnest(ARRAY[m.valid_from, m.valid_to]) WITH ORDINALITY AS u(t, i)) AS b
    WHERE (at IS NULL OR (m.valid_from <= at AND at < m.valid_to))
      AND (multiplier_sheet.book IS NULL OR m.book = lower(btrim(multiplier_sheet.book)))
    ORDER BY m.provider, m.dimension, m.value, m.book, m.valid_from
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet(timestamptz, text) IS
    'The multipliers as a multiplier sheet: all history, or those valid at `at`; every book (book empty for aws), or the rows of the book given.';

CREATE OR REPLACE FUNCTION bedprice.multiplier_sheet_csv(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT 'provider,dimension,value,factor,valid_from,valid_to,source,book' || E'\n'
        || coalesce(string_agg(l.line || E'\n', '' ORDER BY s.n), '')
    FROM (SELECT *, row_number() OVER () AS n FROM bedprice.multiplier_sheet(at, book)) AS s
    CROSS JOIN LATERAL (
        SELECT string_agg(CASE WHEN v IS NULL THEN ''
                               WHEN v ~ '[",\r\n]' OR v <> btrim(v) THEN '"' || replace(v, '"', '""') || '"'
                               ELSE v END, ',' ORDER BY i) AS line
        FROM unnest(ARRAY[s.provider, s.dimension, s.value, s.factor::text, s.valid_from, s.valid_to, s.source, s.book])
             WITH ORDINALITY AS f(v, i)) AS l
$$;
COMMENT ON FUNCTION bedprice.multiplier_sheet_csv(timestamptz, text) IS
    'bedprice.multiplier_sheet() as one CSV document, which bedprice.load_multiplier_sheet() reads back.';

-- The catalog row of an imported price, as jsonb.
CREATE OR REPLACE FUNCTION bedprice_internal.import_row(i bedprice_internal.import_item, model text, source text, book text)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_build_object('provider', i.provider, 'model', model, 'region', i.region,
                              'routing', i.routing, 'geography', i.geography, 'mode', i.mode, 'charge', i.charge,
                              'above_input_tokens', i.above, 'usd_per_mtok', i.usd,
                              'valid_from', i.valid_from, 'valid_to', 'infinity'::timestamptz,
                              'source', source, 'book', book)
$$;
COMMENT ON FUNCTION bedprice_internal.import_row(bedprice_internal.import_item, text, text, text) IS
    'The bedprice.prices row (jsonb) of an imported price.';

-- What importing one price would do, without doing it: 'unchanged' when
-- the price in force at valid_from is already this one (open-ended),
-- 'refused' when a price of its key starts at or after valid_from, NULL
-- when it would import.
CREATE OR REPLACE FUNCTION bedprice_internal.import_check(i bedprice_internal.import_item, model text, source text, book text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    found_outcome text;
BEGIN
    EXECUTE format('SELECT CASE WHEN t.valid_from <= k.valid_from AND t.valid_to = ''infinity''
                                     AND t.usd_per_mtok = k.usd_per_mtok THEN ''unchanged''
                                WHEN t.valid_from >= k.valid_from THEN ''refused'' END %s
                    ORDER BY 1 DESC NULLS LAST LIMIT 1', bedprice_internal.rows_of_key('prices'))
        INTO found_outcome USING bedprice_internal.import_row(i, model, source, book);
    RETURN found_outcome;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_check(bedprice_internal.import_item, text, text, text) IS
    'What importing one price would do: unchanged, refused (a price of its key starts at or after it), or NULL: imported.';

-- Import one price (its model created if need be) with history: imported,
-- or unchanged when the catalog has it already.
CREATE OR REPLACE FUNCTION bedprice_internal.import_price_row(i bedprice_internal.import_item, source text, book text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    model text := coalesce(bedprice_internal.find_model(i.provider, i.model_name),
                           bedprice_internal.create_model(i.provider, bedprice_internal.bare_model_id(i.provider, i.model_name)));
BEGIN
    RETURN CASE WHEN bedprice_internal.add_history_row('prices', bedprice_internal.import_row(i, model, source, book)) IS NULL
                THEN 'unchanged' ELSE 'imported' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.import_price_row(bedprice_internal.import_item, text, text) IS
    'Imports one price with history (creating its model if need be); returns imported, or unchanged when the catalog has it.';

-- The report lines of one catalog key's items, once its outcome is known.
CREATE OR REPLACE FUNCTION bedprice_internal.import_report(
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
                                 THEN format('the same price as %s', items[1].source_key) END), ''),
           i.geography
    FROM unnest(items) WITH ORDINALITY
         AS i(source_key, source_field, provider, model_name, create_model, region, routing,
              mode, charge, above, usd, usd_exact, valid_from, reason, geography, spoils, n)
$$;
COMMENT ON FUNCTION bedprice_internal.import_report(bedprice_internal.import_item[], text, text, text) IS
    'The report lines of the items of one catalog key (or of the items not mapped).';

-- Import the mapped items, each catalog key once, and report every item.
-- A model's prices for one region, routing, geography and mode (a price
-- set: what a call there is priced from) import all or none: a set with a
-- key the document prices twice, or a price of a charge whose value is
-- bad, imports nothing (not mapped); a set with a price that would be
-- refused imports nothing either (refused).  A model with an input price
-- and no output price would price nothing right.  Every line of such a set
-- says why.
CREATE OR REPLACE FUNCTION bedprice_internal.apply_import(items bedprice_internal.import_item[], source text, book text)
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
        WITH x AS (
            SELECT u AS item, m.model,
                   bedprice_internal.name_key(coalesce(m.model, bedprice_internal.bare_model_id(u.provider, u.model_name)))
                       AS model_key
            FROM unnest(items) u,
                 LATERAL (SELECT bedprice_internal.find_model(u.provider, u.model_name) AS model) m
            WHERE u.reason IS NULL OR u.spoils
        ),
        k AS (
            SELECT array_agg(x.item ORDER BY (x.item).source_key, (x.item).source_field)
                       FILTER (WHERE (x.item).reason IS NULL) AS members,
                   min(x.model) AS model, bool_or((x.item).create_model) AS creatable,
                   count(DISTINCT (x.item).usd) FILTER (WHERE (x.item).reason IS NULL) AS prices,
                   string_agg(format('%s%s = %s', (x.item).source_key, ' ' || (x.item).source_field, (x.item).usd),
                              ', ' ORDER BY (x.item).source_key, (x.item).source_field)
                       FILTER (WHERE (x.item).reason IS NULL) AS listing,
                   min(format('%s (%s)', (x.item).source_key, (x.item).reason)) FILTER (WHERE (x.item).spoils) AS spoiler,
                   (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                   (x.item).mode, (x.item).charge
            FROM x
            GROUP BY (x.item).provider, x.model_key, (x.item).region, (x.item).routing, (x.item).geography,
                     (x.item).mode, (x.item).charge, (x.item).above, (x.item).valid_from
        ),
        c AS (
            SELECT k.*,
                   CASE WHEN k.prices = 1 AND (k.model IS NOT NULL OR k.creatable) AND k.spoiler IS NULL
                        THEN bedprice_internal.import_check(k.members[1], k.model, source, book) END AS would
            FROM k
        )
        SELECT * FROM (
            SELECT c.*,
                   min(c.charge) FILTER (WHERE c.prices > 1) OVER s AS disputed,
                   min(c.spoiler) OVER s AS spoiled_by,
                   min(c.charge) FILTER (WHERE c.would = 'refused') OVER s AS refused_charge
            FROM c
            WINDOW s AS (PARTITION BY c.provider, c.model_key, c.region, c.routing, c.geography, c.mode)) w
        WHERE w.members IS NOT NULL
        ORDER BY w.provider, w.model_key, w.region, w.routing, w.geography, w.mode, w.charge
    LOOP
        detail := NULL;
        IF g.prices > 1 THEN
            outcome := 'not mapped';
            detail := 'the document gives this key different prices: ' || g.listing
                      || '; none of the model''s prices for this region, routing and mode are imported';
        ELSIF g.disputed IS NOT NULL THEN
            outcome := 'not mapped';
            detail := format('the document gives this model''s %s price here different prices, so none of its prices for this region, routing and mode are imported',
                             g.disputed);
        ELSIF g.spoiled_by IS NOT NULL THEN
            outcome := 'not mapped';
            detail := format('another price of this model here cannot be read: %s, so none of its prices for this region, routing and mode are imported',
                             g.spoiled_by);
        ELSIF g.model IS NULL AND NOT g.creatable THEN
            outcome := 'not mapped';
            detail := format('unknown model: give "%s" an alias in bedprice.model_aliases (the model''s Bedrock ID), then import again',
                             g.members[1].model_name);
        ELSIF g.would = 'refused' THEN
            outcome := 'refused';
            detail := 'a price of this key starts at or after valid_from: import with a later valid_from, or delete that price';
        ELSIF g.refused_charge IS NOT NULL AND g.would IS NULL THEN
            outcome := 'refused';
            detail := format('this model''s %s price here is refused, so none of its prices for this region, routing and mode are imported',
                             g.refused_charge);
        ELSIF g.would = 'unchanged' THEN
            outcome := 'unchanged';
        ELSE
            outcome := bedprice_internal.import_price_row(g.members[1], source, book);
            g.model := bedprice_internal.find_model(g.members[1].provider, g.members[1].model_name);
        END IF;
        RETURN QUERY SELECT * FROM bedprice_internal.import_report(g.members, g.model, outcome, detail);
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.apply_import(bedprice_internal.import_item[], text, text) IS
    'Imports the mapped items of a parsed document with history, each price set (model, region, routing, geography, mode) all or none, and returns the report of every item.';

-- What a LiteLLM key names for a provider: the model name, region,
-- routing and the geography of a geo prefix (us., eu., ...: LiteLLM
-- prices some profiles of one model differently); NULL model_name (and
-- why) when the key is of no model form.
CREATE OR REPLACE FUNCTION bedprice_internal.litellm_key(
    provider text, key text,
    OUT model_name text, OUT region text, OUT routing text, OUT geography text, OUT problem text)
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
        geography := CASE WHEN routing = 'geo' THEN parsed.routing_prefix END;
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
    'The model, region, routing and geography a LiteLLM price file key names, read by the engine''s grammar.';

-- Every entry (but sample_spec): its provider, what its key names, and why
-- it is not imported, if it is not.
CREATE OR REPLACE FUNCTION bedprice_internal.litellm_entries(doc jsonb)
RETURNS TABLE (entry text, fields jsonb, provider text, model_name text, region text, routing text,
               geography text, reason text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT e.key, e.value, p.provider, k.model_name, k.region, k.routing, k.geography,
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
    'The entries of a LiteLLM price file: provider, model, region, routing, geography, and why one is not imported.';

-- The items of a LiteLLM price file: one per price field of each entry,
-- and one for each entry that cannot be imported.
CREATE OR REPLACE FUNCTION bedprice_internal.litellm_items(doc jsonb, valid_from timestamptz)
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
           NULL, NULL, valid_from, coalesce(e.reason, 'no price field'), e.geography, false
    FROM e
    WHERE e.reason IS NOT NULL OR NOT EXISTS (SELECT FROM f WHERE f.entry = e.entry)
    UNION ALL
    SELECT f.entry, f.field, f.provider, f.model_name, true, f.region, f.routing, f.mode, f.charge, f.above,
           bedprice_internal.import_usd(f.exact), f.exact, valid_from,
           CASE WHEN f.charge IS NULL THEN 'a price field bedprice does not map'
                WHEN f.exact IS NULL THEN format('not a JSON number: %s', f.v)
                WHEN f.exact < 0 OR bedprice_internal.import_usd(f.exact) > 1000000
                    THEN 'out of range (0 to 1,000,000 USD per 1M tokens)' END,
           f.geography,
           -- a price of a charge bedprice maps, whose value it cannot take
           f.charge IS NOT NULL AND (f.exact IS NULL OR f.exact < 0 OR bedprice_internal.import_usd(f.exact) > 1000000)
    FROM f
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_items(jsonb, timestamptz) IS
    'The prices of a LiteLLM price file as import items, valid from valid_from.';

CREATE OR REPLACE FUNCTION bedprice.import_litellm(doc jsonb, valid_from timestamptz DEFAULT now(), book text DEFAULT NULL)
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
        'litellm', bedprice_internal.sheet_book('argument book of import_litellm', book)) AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_litellm(jsonb, timestamptz, text) IS
    'Imports the token prices of LiteLLM''s model_prices_and_context_window.json (providers bedrock, bedrock_converse, anthropic, together_ai, groq) as prices valid from valid_from, into a price book (NULL: aws), keeping history; returns a report of every entry and price field: imported, unchanged, refused or not mapped, and why.';

-- One row per on-demand term and price dimension of each SKU, with what
-- the attributes say.
CREATE OR REPLACE FUNCTION bedprice_internal.aws_dimensions(doc jsonb)
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
                             THEN coalesce(s.a ->> 'model',
                                           regexp_replace(s.a ->> 'servicename', '\s*\(Amazon Bedrock Edition\)\s*$', '', 'i'))
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

-- What a dimension bills, from its attributes: charge, mode, routing, and
-- the long-context tier (usage types ..._LCtx, ..._long_ctx_...: Bedrock's
-- only long-context tier, Claude Sonnet 4 and 4.5, begins above 200K input
-- tokens).  Three generations of usage-type names: USE1-NovaPro-input-tokens,
-- USE1-MP:USE1_CacheWrite1hInputTokenCount_Global_Batch-Units and
-- input_tokens_global_flex.
CREATE OR REPLACE FUNCTION bedprice_internal.aws_classify(
    billed text, how text, tier text,
    OUT charge text, OUT mode text, OUT routing text, OUT above bigint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN billed ~ 'cache[-_ ]?read' THEN 'cache_read'
                WHEN billed ~ 'cache[-_ ]?write' THEN
                    CASE WHEN billed ~ 'cache[-_ ]?write[-_ ]?1[-_ ]?h'
                              OR billed ~ '(^|[^0-9])1[-_ ]?(h|hr|hour)([^a-z]|$)' THEN 'cache_write_1h'
                         ELSE 'cache_write' END
                WHEN billed ~ 'output|response' THEN 'output'
                WHEN billed ~ 'input' THEN 'input' END,
           CASE WHEN (how ~ 'batch' OR tier = 'batch')::int + (how ~ 'priority' OR tier = 'priority')::int
                     + (how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex')::int > 1
                     OR how ~ 'latency'
                     OR tier NOT IN ('', 'standard', 'default', 'on-demand', 'batch', 'priority', 'flex') THEN NULL
                WHEN how ~ 'batch' OR tier = 'batch' THEN 'batch'
                WHEN how ~ 'priority' OR tier = 'priority' THEN 'priority'
                WHEN how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex' THEN 'flex'
                ELSE 'on_demand' END,
           CASE WHEN how ~ 'global' THEN 'global'
                WHEN how ~ 'cross[-_ ]?region' THEN 'geo'
                ELSE 'in_region' END,
           CASE WHEN how ~ 'long[-_ ]?(ctx|context)|(^|[^a-z])lctx([^a-z]|$)' THEN 200000 ELSE 0 END::bigint
$$;
COMMENT ON FUNCTION bedprice_internal.aws_classify(text, text, text) IS
    'The charge, mode, routing and long-context tier an AWS Price List dimension bills, from its usage type, inference type, feature and service tier.';

CREATE OR REPLACE FUNCTION bedprice_internal.aws_items(doc jsonb, valid_from timestamptz)
RETURNS SETOF bedprice_internal.import_item
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.sku, x.rate, 'bedrock', x.model_name, false, x.region, c.routing, c.mode, c.charge, c.above,
           bedprice_internal.import_usd(s.usd * s.scale), s.usd * s.scale, coalesce(valid_from, e.eff),
           w.reason, NULL::text,
           -- a token price of a known model and region whose value cannot be taken
           w.reason LIKE ANY (ARRAY['not a USD price:%', 'no valid effectiveDate:%', 'out of range%'])
    FROM bedprice_internal.aws_dimensions(doc) AS x
    CROSS JOIN LATERAL bedprice_internal.aws_classify(x.billed, x.how, x.tier) AS c
    CROSS JOIN LATERAL (SELECT CASE x.unit WHEN '1k tokens' THEN 1000 WHEN '1m tokens' THEN 1 END AS scale,
                               bedprice_internal.number_or_null(x.usd_text) AS usd) AS s
    CROSS JOIN LATERAL (SELECT bedprice_internal.timestamp_or_null(x.effective) AS eff) AS e
    CROSS JOIN LATERAL (SELECT CASE
               WHEN x.d IS NULL THEN 'no on-demand price'
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
               WHEN s.usd IS NULL THEN format('not a USD price: %s', coalesce(x.usd_text, '(none)'))
               WHEN valid_from IS NULL AND e.eff IS NULL
                   THEN format('no valid effectiveDate: %s', coalesce(x.effective, '(none)'))
               WHEN bedprice_internal.import_usd(s.usd * s.scale) > 1000000
                   THEN 'out of range (0 to 1,000,000 USD per 1M tokens)'
           END AS reason) AS w
$$;
COMMENT ON FUNCTION bedprice_internal.aws_items(jsonb, timestamptz) IS
    'The token prices of an AWS Price List offer file as import items, valid from valid_from or each term''s effectiveDate, and why a dimension is not imported.';

CREATE OR REPLACE FUNCTION bedprice.import_aws_price_list(doc jsonb, valid_from timestamptz DEFAULT NULL, book text DEFAULT NULL)
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
        ARRAY(SELECT i FROM bedprice_internal.aws_items(doc, valid_from) AS i), 'aws price list',
        bedprice_internal.sheet_book('argument book of import_aws_price_list', book)) AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_aws_price_list(jsonb, timestamptz, text) IS
    'Imports the on-demand and batch token prices of an AWS Price List bulk offer file for Bedrock (offerCode AmazonBedrock or AmazonBedrockFoundationModels), per region, valid from valid_from or else each term''s effectiveDate, into a price book (NULL: aws), keeping history; returns a report of every SKU price dimension.  Model names are looked up in bedprice.models and model_aliases, never created.';

-- The id of a shipped price or rule: its content, hashed into 60 bits,
-- negated.
CREATE OR REPLACE FUNCTION bedprice_internal.shipped_id(content text) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT -1 - ('x' || left(md5(content), 15))::bit(60)::bigint
$$;
COMMENT ON FUNCTION bedprice_internal.shipped_id(text) IS
    'The id of a shipped price or multiplier: negative, from its content (every column but the source).';

-- The rows of a catalog CSV file as jsonb objects of its header's columns
-- (an empty field: absent, so the column takes its default), shipped.
CREATE OR REPLACE FUNCTION bedprice_internal.catalog_rows(tab text, doc text)
RETURNS SETOF jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    header text[];
BEGIN
    FOR r IN SELECT * FROM bedprice.csv_rows(doc) LOOP
        IF header IS NULL THEN
            header := r.fields;
            CONTINUE;
        END IF;
        IF cardinality(r.fields) <> cardinality(header) THEN
            RAISE EXCEPTION 'catalog file for bedprice.% line %: % fields, the header has %',
                            tab, r.line, cardinality(r.fields), cardinality(header);
        END IF;
        RETURN NEXT (SELECT jsonb_object_agg(h, v) FROM unnest(header, r.fields) AS u(h, v) WHERE v <> '')
                    || '{"shipped": true}';
    END LOOP;
END
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_rows(text, text) IS
    'The rows of a shipped catalog file (CSV with a header of column names) as jsonb, marked shipped.';

-- Load one catalog file into its table: a column the file leaves out or
-- empty takes its default; prices and rules get their ids.  An update
-- passes skip_orphans: a row whose model, provider or region the database
-- no longer has (the user renamed or deleted a shipped one) is left out,
-- as a restore's records of the user's changes leave it out.
CREATE OR REPLACE FUNCTION bedprice_internal.load_shipped_catalog(tab text, doc text, skip_orphans boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone TO 'UTC'           -- dates in the files, and the content an id is made from
AS $$
DECLARE
    id_column text := CASE tab WHEN 'prices' THEN 'price_id' WHEN 'multipliers' THEN 'multiplier_id' END;
    cols text;
    vals text;
    parent text := CASE WHEN NOT skip_orphans THEN 'true'
                        WHEN tab = 'model_aliases'
                            THEN 'EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (r.provider, r.model))'
                        WHEN tab = 'prices'
                            THEN 'EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (r.provider, r.model))
                                  AND (r.region IS NULL OR EXISTS (SELECT FROM bedprice.regions g WHERE g.region = r.region))'
                        ELSE 'EXISTS (SELECT FROM bedprice.providers p WHERE p.provider = r.provider)' END;
    n bigint;
BEGIN
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('CASE WHEN j ? %L THEN r.%I ELSE %s END', a.attname, a.attname,
                             coalesce(pg_get_expr(d.adbin, d.adrelid), 'NULL')), ', ' ORDER BY a.attnum)
    INTO cols, vals
    FROM pg_attribute a
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attrelid = format('bedprice.%I', tab)::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname IS DISTINCT FROM id_column;
    IF id_column IS NULL THEN
        EXECUTE format('INSERT INTO bedprice.%1$I (%2$s) SELECT %3$s FROM bedprice_internal.catalog_rows(%1$L, $1) j,
                        jsonb_populate_record(NULL::bedprice.%1$I, j) r WHERE %4$s', tab, cols, vals, parent) USING doc;
    ELSE
        -- the content: every column but the id and the source (and the
        -- book when it is the default, as before books)
        EXECUTE format('INSERT INTO bedprice.%1$I (%4$I, %2$s)
                        SELECT bedprice_internal.shipped_id((to_jsonb(v) - ''source''
                                   - CASE WHEN v.book = ''aws'' THEN ''book'' ELSE '''' END)::text), v.*
                        FROM bedprice_internal.catalog_rows(%1$L, $1) j,
                             jsonb_populate_record(NULL::bedprice.%1$I, j) r,
                             LATERAL (SELECT %3$s) v(%2$s)
                        WHERE %5$s', tab, cols, vals, id_column, parent) USING doc;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bedprice_internal.load_shipped_catalog(text, text, boolean) IS
    'Loads a shipped catalog file (catalog/*.csv) into its table, marked shipped; prices and multipliers get their ids from their content.';

-- Shipped prices and rules an update retired, under the ids their version
-- gave them (0.2.0 and 0.3.0 numbered theirs 1, 2, ...: catalog/retired/),
-- with the book their figures live in now (0.3.0's: seed-2026-04-10).  A
-- record of a user's deletion names a shipped row by its id
-- (bedprice.shipped_changes): through this table, the deletion of a
-- retired row holds for the shipped rows of its key that replaced it.
CREATE TABLE bedprice_internal.retired_shipped_rows (
    table_name text NOT NULL CHECK (table_name IN ('prices', 'multipliers')),
    id         bigint NOT NULL,
    row_data   jsonb NOT NULL,
    PRIMARY KEY (table_name, id)
);
COMMENT ON TABLE bedprice_internal.retired_shipped_rows IS
    'Shipped prices and multipliers of earlier versions, by the ids they had there, so that records of their deletion still apply.';

CREATE OR REPLACE FUNCTION bedprice_internal.load_retired_rows(tab text, doc text) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id_column text := (bedprice_internal.history_shape(tab)).id_column;
    n bigint;
BEGIN
    INSERT INTO bedprice_internal.retired_shipped_rows (table_name, id, row_data)
    SELECT tab, (j ->> id_column)::bigint, j - id_column - 'shipped'
    FROM bedprice_internal.catalog_rows(tab, doc) AS j;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bedprice_internal.load_retired_rows(text, text) IS
    'Loads a file of catalog/retired/ (an earlier version''s shipped prices or multipliers, with their ids).';

-- A restored or kept record deletes the shipped row `id` of tab, which an
-- update retired: the shipped rows of its key that overlap its period go
-- instead.  Nothing when a row has that id still (the record is then of a
-- row the user changed, which is the user's now).
CREATE OR REPLACE FUNCTION bedprice_internal.delete_successors(tab text, id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h record := bedprice_internal.history_shape(tab);
    r jsonb;
    held boolean;
BEGIN
    SELECT row_data INTO r FROM bedprice_internal.retired_shipped_rows WHERE table_name = tab AND retired_shipped_rows.id = $2;
    EXECUTE format('SELECT EXISTS (SELECT FROM bedprice.%I WHERE %I = $1)', tab, h.id_column) INTO held USING id;
    IF r IS NULL OR held THEN
        RETURN;
    END IF;
    EXECUTE format('DELETE FROM bedprice.%1$I x WHERE x.%2$I IN (SELECT t.%2$I %3$s AND t.shipped
                        AND tstzrange(t.valid_from, t.valid_to) && tstzrange(k.valid_from, k.valid_to))',
                   tab, h.id_column, bedprice_internal.rows_of_key(tab))
        USING r;
END
$$;
COMMENT ON FUNCTION bedprice_internal.delete_successors(text, bigint) IS
    'Applies the deletion of a retired shipped price or multiplier to the shipped rows of its key that replaced it.';

------------------------------------------------------------------------
-- 4. Price books: the columns and keys, the triggers, the shipped books;
--    every row so far is the default book's (aws)
------------------------------------------------------------------------

CREATE CONSTRAINT TRIGGER check_book_parent AFTER INSERT OR UPDATE OF book, parent ON bedprice.price_books
    FOR EACH ROW WHEN (NEW.parent IS NOT NULL) EXECUTE FUNCTION bedprice_internal.check_book_parent();
CREATE TRIGGER lock_books BEFORE INSERT OR UPDATE OR DELETE ON bedprice.price_books
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.lock_books();
CREATE TRIGGER follow_renamed_book AFTER UPDATE OF book ON bedprice.price_books
    FOR EACH ROW WHEN (OLD.book <> NEW.book) EXECUTE FUNCTION bedprice_internal.follow_parent_book();
CREATE CONSTRAINT TRIGGER keep_parent_book AFTER DELETE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.follow_parent_book();
CREATE TRIGGER keep_shipped_book BEFORE UPDATE OR DELETE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.keep_shipped_book();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.price_books FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
SELECT pg_catalog.pg_extension_config_dump('bedprice.price_books', 'WHERE NOT shipped');

INSERT INTO bedprice.price_books (book, parent, description, shipped) VALUES
    ('aws', NULL, 'AWS''s list prices, with the source of each figure (the default book)', true),
    ('seed-2026-04-10', NULL,
     'The figures of the document bedprice started from (TokenMix Research Lab, 2026-04-10): its tables, its +10% cross-region and global surcharges, its GovCloud +20%, its provisioned estimates; several are not what AWS bills', true);

ALTER TABLE bedprice.prices
    ADD COLUMN book text NOT NULL DEFAULT 'aws'
        REFERENCES bedprice.price_books ON UPDATE CASCADE ON DELETE CASCADE,
    ADD CONSTRAINT prices_no_overlap EXCLUDE USING gist (
        provider WITH =, model WITH =, (coalesce(region, '')) WITH =, routing WITH =,
        (coalesce(geography, '')) WITH =, mode WITH =, charge WITH =, above_input_tokens WITH =,
        book WITH =, tstzrange(valid_from, valid_to) WITH &&);
ALTER TABLE bedprice.multipliers
    ADD COLUMN book text NOT NULL DEFAULT 'aws'
        REFERENCES bedprice.price_books ON UPDATE CASCADE ON DELETE CASCADE,
    ADD CONSTRAINT multipliers_no_overlap EXCLUDE USING gist (
        provider WITH =, dimension WITH =, value WITH =, book WITH =,
        tstzrange(valid_from, valid_to) WITH &&);

COMMENT ON COLUMN bedprice.price_books.parent IS
    'The book this one inherits from: a price key or rule the book does not hold is its parent''s (and so on up); NULL: none.';
COMMENT ON COLUMN bedprice.prices.book IS
    'The price book the row belongs to (bedprice.price_books; aws: AWS''s list prices).';
COMMENT ON TABLE bedprice.multipliers IS
    'Rules that fill gaps in bedprice.prices: a price row that covers a region, routing or mode only through its base value (all regions, in_region, on_demand) is multiplied by the matching factor; a vendor rule (the model ID''s first part: anthropic in anthropic.claude-...) multiplies every price of that vendor''s models in its book.';
COMMENT ON COLUMN bedprice.multipliers.book IS
    'The price book the rule belongs to (bedprice.price_books).';
COMMENT ON TABLE bedprice.prices IS
    'USD per 1M tokens, one row per (provider, model, region or all, routing, geography or all, mode, charge, tier, book, validity [valid_from, valid_to)).';
COMMENT ON COLUMN bedprice.prices.region IS 'The source region of the calls it prices (the region the request is made in); NULL: every region.';
COMMENT ON COLUMN bedprice.prices.routing IS
    'in_region: the price in the source region, which prices geo and global calls too through a routing rule (bedprice.multipliers); geo or global: the price of that kind of cross-region inference profile itself.';
COMMENT ON COLUMN bedprice.prices.geography IS
    'For a geo row: the geography of the profiles it prices (the prefix of us.anthropic..., one of bedprice.vocabulary() kind geography); NULL: every geography.';

------------------------------------------------------------------------
-- 5. Privileges of what this update made anew, as a fresh install has
--    them (the functions it replaced keep theirs: CREATE OR REPLACE), and
--    of the user-facing functions it replaced as the user had them
------------------------------------------------------------------------

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
             WHERE p.pronamespace = 'bedprice_internal'::regnamespace AND p.proacl IS NULL LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO bedprice_admin', f);
    END LOOP;
END
$$;
GRANT SELECT ON bedprice.price_books TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON bedprice.price_books TO bedprice_admin;
GRANT SELECT ON bedprice_internal.retired_shipped_rows TO bedprice_admin;
DO $$
DECLARE
    a record;
    g record;
    f regprocedure;
BEGIN
    FOR a IN SELECT * FROM bp_function_acls LOOP
        f := a.new::regprocedure;
        IF a.proacl IS NULL THEN
            CONTINUE;           -- the default: as CREATE FUNCTION left it
        END IF;
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        FOR g IN SELECT x.grantee, x.is_grantable
                 FROM aclexplode(a.proacl) AS x
                 WHERE x.privilege_type = 'EXECUTE'
                   AND x.grantee <> (SELECT p.proowner FROM pg_proc p WHERE p.oid = f) LOOP
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %s%s', f,
                           CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END,
                           CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
        END LOOP;
    END LOOP;
END
$$;
DROP TABLE bp_function_acls;

------------------------------------------------------------------------
-- 6. The shipped catalog of 0.4.0 replaces 0.3.0's (and the seed book
--    holds 0.3.0's figures).
--
-- The shipped rows still as 0.3.0 shipped them go; 0.4.0's come in; every
-- row of the user's stays as it is (a shipped row the user changed is the
-- user's, and keeps the figure it had), and the new shipped rows yield to
-- them as a restore makes them yield: closed where a user's row of their
-- key starts, moved after it, or removed; and the user's deletions of
-- shipped rows are applied again.  So a database updated in place holds
-- what a dump of it taken under 0.3.0 restores into 0.4.0.  A name the
-- user holds keeps its row, recorded as a restore records it.
------------------------------------------------------------------------

SELECT bedprice_internal.load_retired_rows('prices', $catalog$price_id,provider,model,region,routing,mode,charge,above_input_tokens,usd_per_mtok,valid_from,valid_to,book
1,bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,in_region,on_demand,input,0,3.00,-infinity,infinity,seed-2026-04-10
2,bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,in_region,on_demand,output,0,15.00,-infinity,infinity,seed-2026-04-10
3,bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,in_region,on_demand,cache_read,0,0.30,-infinity,infinity,seed-2026-04-10
4,bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,in_region,on_demand,cache_write,0,3.75,-infinity,infinity,seed-2026-04-10
5,bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,in_region,on_demand,cache_write_1h,0,6.00,-infinity,infinity,seed-2026-04-10
6,bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,in_region,on_demand,input,0,0.80,-infinity,infinity,seed-2026-04-10
7,bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,in_region,on_demand,output,0,4.00,-infinity,infinity,seed-2026-04-10
8,bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,in_region,on_demand,cache_read,0,0.08,-infinity,infinity,seed-2026-04-10
9,bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,in_region,on_demand,cache_write,0,1.00,-infinity,infinity,seed-2026-04-10
10,bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,in_region,on_demand,cache_write_1h,0,1.60,-infinity,infinity,seed-2026-04-10
11,bedrock,anthropic.claude-3-opus-20240229-v1:0,,in_region,on_demand,input,0,15.00,-infinity,infinity,seed-2026-04-10
12,bedrock,anthropic.claude-3-opus-20240229-v1:0,,in_region,on_demand,output,0,75.00,-infinity,infinity,seed-2026-04-10
13,bedrock,anthropic.claude-3-opus-20240229-v1:0,,in_region,on_demand,cache_read,0,1.50,-infinity,infinity,seed-2026-04-10
14,bedrock,anthropic.claude-3-opus-20240229-v1:0,,in_region,on_demand,cache_write,0,18.75,-infinity,infinity,seed-2026-04-10
15,bedrock,anthropic.claude-3-opus-20240229-v1:0,,in_region,on_demand,cache_write_1h,0,30.00,-infinity,infinity,seed-2026-04-10
16,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,input,0,3.00,-infinity,infinity,seed-2026-04-10
17,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,output,0,15.00,-infinity,infinity,seed-2026-04-10
18,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_read,0,0.30,-infinity,infinity,seed-2026-04-10
19,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_write,0,3.75,-infinity,infinity,seed-2026-04-10
20,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_write_1h,0,6.00,-infinity,infinity,seed-2026-04-10
21,bedrock,anthropic.claude-opus-4-20250514-v1:0,,in_region,on_demand,input,0,15.00,-infinity,infinity,seed-2026-04-10
22,bedrock,anthropic.claude-opus-4-20250514-v1:0,,in_region,on_demand,output,0,75.00,-infinity,infinity,seed-2026-04-10
23,bedrock,anthropic.claude-opus-4-20250514-v1:0,,in_region,on_demand,cache_read,0,1.50,-infinity,infinity,seed-2026-04-10
24,bedrock,anthropic.claude-opus-4-20250514-v1:0,,in_region,on_demand,cache_write,0,18.75,-infinity,infinity,seed-2026-04-10
25,bedrock,anthropic.claude-opus-4-20250514-v1:0,,in_region,on_demand,cache_write_1h,0,30.00,-infinity,infinity,seed-2026-04-10
26,anthropic,claude-3-5-sonnet-20241022,,in_region,on_demand,input,0,3.00,-infinity,infinity,seed-2026-04-10
27,anthropic,claude-3-5-sonnet-20241022,,in_region,on_demand,output,0,15.00,-infinity,infinity,seed-2026-04-10
28,anthropic,claude-3-5-sonnet-20241022,,in_region,on_demand,cache_read,0,0.30,-infinity,infinity,seed-2026-04-10
29,anthropic,claude-3-5-sonnet-20241022,,in_region,on_demand,cache_write,0,3.75,-infinity,infinity,seed-2026-04-10
30,anthropic,claude-3-5-sonnet-20241022,,in_region,on_demand,cache_write_1h,0,6.00,-infinity,infinity,seed-2026-04-10
31,anthropic,claude-3-5-haiku-20241022,,in_region,on_demand,input,0,0.80,-infinity,infinity,seed-2026-04-10
32,anthropic,claude-3-5-haiku-20241022,,in_region,on_demand,output,0,4.00,-infinity,infinity,seed-2026-04-10
33,anthropic,claude-3-5-haiku-20241022,,in_region,on_demand,cache_read,0,0.08,-infinity,infinity,seed-2026-04-10
34,anthropic,claude-3-5-haiku-20241022,,in_region,on_demand,cache_write,0,1.00,-infinity,infinity,seed-2026-04-10
35,anthropic,claude-3-5-haiku-20241022,,in_region,on_demand,cache_write_1h,0,1.60,-infinity,infinity,seed-2026-04-10
36,anthropic,claude-3-opus-20240229,,in_region,on_demand,input,0,15.00,-infinity,infinity,seed-2026-04-10
37,anthropic,claude-3-opus-20240229,,in_region,on_demand,output,0,75.00,-infinity,infinity,seed-2026-04-10
38,anthropic,claude-3-opus-20240229,,in_region,on_demand,cache_read,0,1.50,-infinity,infinity,seed-2026-04-10
39,anthropic,claude-3-opus-20240229,,in_region,on_demand,cache_write,0,18.75,-infinity,infinity,seed-2026-04-10
40,anthropic,claude-3-opus-20240229,,in_region,on_demand,cache_write_1h,0,30.00,-infinity,infinity,seed-2026-04-10
41,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,input,0,3.00,-infinity,infinity,seed-2026-04-10
42,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,output,0,15.00,-infinity,infinity,seed-2026-04-10
43,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_read,0,0.30,-infinity,infinity,seed-2026-04-10
44,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_write,0,3.75,-infinity,infinity,seed-2026-04-10
45,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_write_1h,0,6.00,-infinity,infinity,seed-2026-04-10
46,anthropic,claude-opus-4-20250514,,in_region,on_demand,input,0,15.00,-infinity,infinity,seed-2026-04-10
47,anthropic,claude-opus-4-20250514,,in_region,on_demand,output,0,75.00,-infinity,infinity,seed-2026-04-10
48,anthropic,claude-opus-4-20250514,,in_region,on_demand,cache_read,0,1.50,-infinity,infinity,seed-2026-04-10
49,anthropic,claude-opus-4-20250514,,in_region,on_demand,cache_write,0,18.75,-infinity,infinity,seed-2026-04-10
50,anthropic,claude-opus-4-20250514,,in_region,on_demand,cache_write_1h,0,30.00,-infinity,infinity,seed-2026-04-10
51,bedrock,meta.llama3-1-8b-instruct-v1:0,,in_region,on_demand,input,0,0.22,-infinity,infinity,seed-2026-04-10
52,bedrock,meta.llama3-1-8b-instruct-v1:0,,in_region,on_demand,output,0,0.22,-infinity,infinity,seed-2026-04-10
53,bedrock,meta.llama3-3-70b-instruct-v1:0,,in_region,on_demand,input,0,2.65,-infinity,infinity,seed-2026-04-10
54,bedrock,meta.llama3-3-70b-instruct-v1:0,,in_region,on_demand,output,0,2.65,-infinity,infinity,seed-2026-04-10
55,bedrock,meta.llama4-scout-17b-instruct-v1:0,,in_region,on_demand,input,0,0.35,-infinity,infinity,seed-2026-04-10
56,bedrock,meta.llama4-scout-17b-instruct-v1:0,,in_region,on_demand,output,0,1.00,-infinity,infinity,seed-2026-04-10
57,bedrock,meta.llama4-maverick-17b-instruct-v1:0,,in_region,on_demand,input,0,0.50,-infinity,infinity,seed-2026-04-10
58,bedrock,meta.llama4-maverick-17b-instruct-v1:0,,in_region,on_demand,output,0,1.50,-infinity,infinity,seed-2026-04-10
59,bedrock,amazon.nova-micro-v1:0,,in_region,on_demand,input,0,0.035,-infinity,infinity,seed-2026-04-10
60,bedrock,amazon.nova-micro-v1:0,,in_region,on_demand,output,0,0.14,-infinity,infinity,seed-2026-04-10
61,bedrock,amazon.nova-lite-v1:0,,in_region,on_demand,input,0,0.06,-infinity,infinity,seed-2026-04-10
62,bedrock,amazon.nova-lite-v1:0,,in_region,on_demand,output,0,0.24,-infinity,infinity,seed-2026-04-10
63,bedrock,amazon.nova-pro-v1:0,,in_region,on_demand,input,0,0.80,-infinity,infinity,seed-2026-04-10
64,bedrock,amazon.nova-pro-v1:0,,in_region,on_demand,output,0,3.20,-infinity,infinity,seed-2026-04-10
65,bedrock,amazon.nova-premier-v1:0,,in_region,on_demand,input,0,2.00,-infinity,infinity,seed-2026-04-10
66,bedrock,amazon.nova-premier-v1:0,,in_region,on_demand,output,0,8.00,-infinity,infinity,seed-2026-04-10
67,together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,in_region,on_demand,input,0,0.18,-infinity,infinity,seed-2026-04-10
68,together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,in_region,on_demand,output,0,0.18,-infinity,infinity,seed-2026-04-10
69,together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,in_region,on_demand,input,0,0.88,-infinity,infinity,seed-2026-04-10
70,together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,in_region,on_demand,output,0,0.88,-infinity,infinity,seed-2026-04-10
71,together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,in_region,on_demand,input,0,0.18,-infinity,infinity,seed-2026-04-10
72,together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,in_region,on_demand,output,0,0.59,-infinity,infinity,seed-2026-04-10
73,together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,in_region,on_demand,input,0,0.27,-infinity,infinity,seed-2026-04-10
74,together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,in_region,on_demand,output,0,0.85,-infinity,infinity,seed-2026-04-10
75,groq,llama-3.1-8b-instant,,in_region,on_demand,input,0,0.05,-infinity,infinity,seed-2026-04-10
76,groq,llama-3.1-8b-instant,,in_region,on_demand,output,0,0.08,-infinity,infinity,seed-2026-04-10
77,groq,llama-3.3-70b-versatile,,in_region,on_demand,input,0,0.59,-infinity,infinity,seed-2026-04-10
78,groq,llama-3.3-70b-versatile,,in_region,on_demand,output,0,0.79,-infinity,infinity,seed-2026-04-10
79,groq,meta-llama/llama-4-scout-17b-16e-instruct,,in_region,on_demand,input,0,0.11,-infinity,infinity,seed-2026-04-10
80,groq,meta-llama/llama-4-scout-17b-16e-instruct,,in_region,on_demand,output,0,0.34,-infinity,infinity,seed-2026-04-10
81,groq,meta-llama/llama-4-maverick-17b-128e-instruct,,in_region,on_demand,input,0,0.20,-infinity,infinity,seed-2026-04-10
82,groq,meta-llama/llama-4-maverick-17b-128e-instruct,,in_region,on_demand,output,0,0.60,-infinity,infinity,seed-2026-04-10
83,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,input,200000,6.00,-infinity,infinity,seed-2026-04-10
84,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,input,200000,6.00,-infinity,infinity,seed-2026-04-10
85,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,output,200000,22.50,-infinity,infinity,seed-2026-04-10
86,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,output,200000,22.50,-infinity,infinity,seed-2026-04-10
87,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_read,200000,0.60,-infinity,infinity,seed-2026-04-10
88,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_read,200000,0.60,-infinity,infinity,seed-2026-04-10
89,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_write,200000,7.50,-infinity,infinity,seed-2026-04-10
90,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_write,200000,7.50,-infinity,infinity,seed-2026-04-10
91,bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,in_region,on_demand,cache_write_1h,200000,12.00,-infinity,infinity,seed-2026-04-10
92,anthropic,claude-sonnet-4-20250514,,in_region,on_demand,cache_write_1h,200000,12.00,-infinity,infinity,seed-2026-04-10
93,bedrock,meta.llama3-3-70b-instruct-v1:0,,in_region,provisioned,input,0,2.00,-infinity,infinity,seed-2026-04-10
94,bedrock,meta.llama3-3-70b-instruct-v1:0,,in_region,provisioned,output,0,2.00,-infinity,infinity,seed-2026-04-10
95,bedrock,meta.llama3-1-8b-instruct-v1:0,,in_region,provisioned,input,0,0.17,-infinity,infinity,seed-2026-04-10
96,bedrock,meta.llama3-1-8b-instruct-v1:0,,in_region,provisioned,output,0,0.17,-infinity,infinity,seed-2026-04-10
$catalog$);
SELECT bedprice_internal.load_retired_rows('multipliers', $catalog$multiplier_id,provider,dimension,value,factor,valid_from,valid_to,book
1,bedrock,routing,geo,1.10,-infinity,infinity,seed-2026-04-10
2,bedrock,routing,global,1.10,-infinity,infinity,seed-2026-04-10
3,bedrock,mode,batch,0.50,-infinity,infinity,seed-2026-04-10
4,bedrock,region,us-gov-west-1,1.20,-infinity,infinity,seed-2026-04-10
5,bedrock,region,us-gov-east-1,1.20,-infinity,infinity,seed-2026-04-10
$catalog$);

SELECT bedprice_internal.set_applying(true);

-- the user's prices and rules wait aside while the shipped ones change
CREATE TEMP TABLE bp_user_prices AS SELECT * FROM bedprice.prices WHERE NOT shipped;
CREATE TEMP TABLE bp_user_multipliers AS SELECT * FROM bedprice.multipliers WHERE NOT shipped;
DELETE FROM bedprice.prices;
DELETE FROM bedprice.multipliers;

-- models: a shipped one takes its new names; a new one comes unless a
-- model of the user's has its name (0.4.0 ships every model 0.3.0 did)
CREATE TEMP TABLE bp_new_models AS
SELECT r.* FROM bedprice_internal.catalog_rows('models', $catalog$provider,model,display_name,family,note
anthropic,claude-3-5-haiku-20241022,Claude Haiku 3.5,Claude 3.5 Haiku,legacy: absent from LiteLLM 2026-08-01 and models.dev @f3fc692; still priced by genai-prices
anthropic,claude-3-5-sonnet-20240620,Claude Sonnet 3.5,Claude 3.5 Sonnet,legacy: absent from LiteLLM 2026-08-01; models.dev status deprecated; genai-prices still prices claude-3-5-sonnet*
anthropic,claude-3-5-sonnet-20241022,Claude Sonnet 3.5 v2,Claude 3.5 Sonnet v2,legacy: absent from LiteLLM 2026-08-01; models.dev status deprecated; genai-prices still prices claude-3-5-sonnet*
anthropic,claude-3-7-sonnet-20250219,Claude Sonnet 3.7,Claude 3.7 Sonnet,legacy (LiteLLM deprecation_date 2026-02-19; models.dev status deprecated)
anthropic,claude-3-haiku-20240307,Claude Haiku 3,Claude 3 Haiku,legacy (models.dev status deprecated)
anthropic,claude-3-opus-20240229,Claude Opus 3,Claude 3 Opus,legacy (LiteLLM deprecation_date 2026-05-01; models.dev status deprecated)
anthropic,claude-fable-5,Claude Fable 5,Claude Fable 5,
anthropic,claude-fable-5-1,Claude Fable 5.1,Claude Fable 5.1,cache read 0.025x input (genai-prices price_comments)
anthropic,claude-haiku-4-5-20251001,Claude Haiku 4.5,Claude Haiku 4.5,
anthropic,claude-opus-4-1-20250805,Claude Opus 4.1,Claude Opus 4.1,legacy (LiteLLM deprecation_date 2026-08-05)
anthropic,claude-opus-4-20250514,Claude Opus 4,Claude Opus 4,legacy (LiteLLM deprecation_date 2026-05-14)
anthropic,claude-opus-4-5-20251101,Claude Opus 4.5,Claude Opus 4.5,
anthropic,claude-opus-4-6,Claude Opus 4.6,Claude Opus 4.6,
anthropic,claude-opus-4-7,Claude Opus 4.7,Claude Opus 4.7,
anthropic,claude-opus-4-8,Claude Opus 4.8,Claude Opus 4.8,
anthropic,claude-opus-5,Claude Opus 5,Claude Opus 5,
anthropic,claude-opus-5-5,Claude Opus 5.5,Claude Opus 5.5,cache read 0.05x input (genai-prices price_comments)
anthropic,claude-sonnet-4-20250514,Claude Sonnet 4,Claude Sonnet 4,legacy (LiteLLM deprecation_date 2026-05-14)
anthropic,claude-sonnet-4-5-20250929,Claude Sonnet 4.5,Claude Sonnet 4.5,
anthropic,claude-sonnet-4-6,Claude Sonnet 4.6,Claude Sonnet 4.6,
anthropic,claude-sonnet-5,Claude Sonnet 5,Claude Sonnet 5,introductory $2/$10 made permanent (genai-prices 0.1.8; the 2026-09-01 rise to $3/$15 in anthropic.yml @47df840 was cancelled)
bedrock,ai21.j2-mid-v1,Jurassic-2 Mid,Jurassic-2 Mid,legacy
bedrock,ai21.j2-ultra-v1,Jurassic-2 Ultra,Jurassic-2 Ultra,legacy
bedrock,ai21.jamba-1-5-large-v1:0,Jamba 1.5 Large,Jamba 1.5 Large,
bedrock,ai21.jamba-1-5-mini-v1:0,Jamba 1.5 Mini,Jamba 1.5 Mini,
bedrock,ai21.jamba-instruct-v1:0,Jamba-Instruct,Jamba Instruct,legacy
bedrock,amazon.nova-2-lite-v1:0,Amazon Nova 2 Lite,Nova 2 Lite,
bedrock,amazon.nova-2-multimodal-embeddings-v1:0,Amazon Nova Multimodal Embeddings,Nova Multimodal Embeddings,text tokens only; image/video/audio charges not modelled
bedrock,amazon.nova-lite-v1:0,Amazon Nova Lite,Nova Lite,
bedrock,amazon.nova-micro-v1:0,Amazon Nova Micro,Nova Micro,
bedrock,amazon.nova-premier-v1:0,Amazon Nova Premier,Nova Premier,served through the us. inference profile
bedrock,amazon.nova-pro-v1:0,Amazon Nova Pro,Nova Pro,
bedrock,amazon.titan-embed-image-v1,Amazon Titan Multimodal Embeddings G1,Titan Multimodal Embeddings G1,text tokens only; per-image charge not modelled
bedrock,amazon.titan-embed-text-v1,Amazon Titan Embeddings G1 - Text,Titan Embeddings G1 - Text,embeddings; input only
bedrock,amazon.titan-embed-text-v2:0,Amazon Titan Text Embeddings V2,Titan Text Embeddings V2,embeddings; input only
bedrock,amazon.titan-text-express-v1,Amazon Titan Text Express,Titan Text Express,legacy
bedrock,amazon.titan-text-lite-v1,Amazon Titan Text Lite,Titan Text Lite,legacy
bedrock,amazon.titan-text-premier-v1:0,Amazon Titan Text Premier,Titan Text Premier,legacy
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,Claude 3.5 Haiku,Claude 3.5 Haiku,legacy
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,Claude 3.5 Sonnet,Claude 3.5 Sonnet,legacy
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,Claude 3.5 Sonnet v2,Claude 3.5 Sonnet v2,legacy; prompt caching only for preview customers
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,Claude 3.7 Sonnet,Claude 3.7 Sonnet,legacy
bedrock,anthropic.claude-3-haiku-20240307-v1:0,Claude 3 Haiku,Claude 3 Haiku,legacy
bedrock,anthropic.claude-3-opus-20240229-v1:0,Claude 3 Opus,Claude 3 Opus,legacy
bedrock,anthropic.claude-3-sonnet-20240229-v1:0,Claude 3 Sonnet,Claude 3 Sonnet,legacy
bedrock,anthropic.claude-fable-5,Claude Fable 5,Claude Fable 5,peer data only (no AWS page seen)
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,Claude Haiku 4.5,Claude Haiku 4.5,
bedrock,anthropic.claude-opus-4-1-20250805-v1:0,Claude Opus 4.1,Claude Opus 4.1,
bedrock,anthropic.claude-opus-4-20250514-v1:0,Claude Opus 4,Claude Opus 4,
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,Claude Opus 4.5,Claude Opus 4.5,
bedrock,anthropic.claude-opus-4-6-v1,Claude Opus 4.6,Claude Opus 4.6,
bedrock,anthropic.claude-opus-4-7,Claude Opus 4.7,Claude Opus 4.7,
bedrock,anthropic.claude-opus-4-8,Claude Opus 4.8,Claude Opus 4.8,
bedrock,anthropic.claude-opus-5,Claude Opus 5,Claude Opus 5,peer data only (no AWS page seen)
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,Claude Sonnet 4,Claude Sonnet 4,
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,Claude Sonnet 4.5,Claude Sonnet 4.5,
bedrock,anthropic.claude-sonnet-4-6,Claude Sonnet 4.6,Claude Sonnet 4.6,
bedrock,anthropic.claude-sonnet-5,Claude Sonnet 5,Claude Sonnet 5,peer data only (no AWS page seen)
bedrock,cohere.command-light-text-v14,Command Light,Command Light,legacy
bedrock,cohere.command-r-plus-v1:0,Command R+,Command R+,
bedrock,cohere.command-r-v1:0,Command R,Command R,
bedrock,cohere.command-text-v14,Command,Command,legacy
bedrock,cohere.embed-english-v3,Embed English v3,Embed English v3,embedding
bedrock,cohere.embed-multilingual-v3,Embed Multilingual v3,Embed Multilingual v3,embedding
bedrock,cohere.embed-v4:0,Embed v4,Embed v4,embedding; text-token price only
bedrock,deepseek.r1-v1:0,DeepSeek-R1,DeepSeek-R1,served through us. profile
bedrock,deepseek.v3-v1:0,DeepSeek-V3.1,DeepSeek-V3.1,
bedrock,deepseek.v3.2,DeepSeek-V3.2,DeepSeek-V3.2,
bedrock,google.gemma-3-12b-it,Gemma 3 12B IT,Gemma 3 12B,
bedrock,google.gemma-3-27b-it,Gemma 3 27B IT,Gemma 3 27B,
bedrock,google.gemma-3-4b-it,Gemma 3 4B IT,Gemma 3 4B,
bedrock,google.gemma-4-26b-a4b,Gemma 4 26B A4B,Gemma 4 26B A4B,Bedrock Mantle endpoint
bedrock,google.gemma-4-31b,Gemma 4 31B,Gemma 4 31B,Bedrock Mantle endpoint
bedrock,google.gemma-4-e2b,Gemma 4 E2B,Gemma 4 E2B,Bedrock Mantle endpoint
bedrock,meta.llama2-13b-chat-v1,Llama 2 Chat 13B,Llama 2 13B,legacy
bedrock,meta.llama2-70b-chat-v1,Llama 2 Chat 70B,Llama 2 70B,legacy
bedrock,meta.llama3-1-70b-instruct-v1:0,Llama 3.1 70B Instruct,Llama 3.1 70B,
bedrock,meta.llama3-1-8b-instruct-v1:0,Llama 3.1 8B Instruct,Llama 3.1 8B,
bedrock,meta.llama3-2-11b-instruct-v1:0,Llama 3.2 11B Instruct,Llama 3.2 11B Vision,
bedrock,meta.llama3-2-1b-instruct-v1:0,Llama 3.2 1B Instruct,Llama 3.2 1B,
bedrock,meta.llama3-2-3b-instruct-v1:0,Llama 3.2 3B Instruct,Llama 3.2 3B,
bedrock,meta.llama3-2-90b-instruct-v1:0,Llama 3.2 90B Instruct,Llama 3.2 90B Vision,
bedrock,meta.llama3-3-70b-instruct-v1:0,Llama 3.3 70B Instruct,Llama 3.3 70B,
bedrock,meta.llama3-70b-instruct-v1:0,Llama 3 70B Instruct,Llama 3 70B,
bedrock,meta.llama3-8b-instruct-v1:0,Llama 3 8B Instruct,Llama 3 8B,
bedrock,meta.llama4-maverick-17b-instruct-v1:0,Llama 4 Maverick 17B Instruct,Llama 4 Maverick,
bedrock,meta.llama4-scout-17b-instruct-v1:0,Llama 4 Scout 17B Instruct,Llama 4 Scout,
bedrock,minimax.minimax-m2,MiniMax M2,MiniMax-M2,
bedrock,minimax.minimax-m2.1,MiniMax M2.1,MiniMax-M2.1,
bedrock,minimax.minimax-m2.5,MiniMax M2.5,MiniMax-M2.5,
bedrock,mistral.devstral-2-123b,Devstral 2 123B,Devstral 2,
bedrock,mistral.magistral-small-2509,Magistral Small 1.2,Magistral Small 1.2,
bedrock,mistral.ministral-3-14b-instruct,Ministral 3 14B,Ministral 3 14B,
bedrock,mistral.ministral-3-3b-instruct,Ministral 3 3B,Ministral 3 3B,
bedrock,mistral.ministral-3-8b-instruct,Ministral 3 8B,Ministral 3 8B,
bedrock,mistral.mistral-7b-instruct-v0:2,Mistral 7B Instruct,Mistral 7B,legacy
bedrock,mistral.mistral-large-2402-v1:0,Mistral Large (24.02),Mistral Large 24.02,legacy
bedrock,mistral.mistral-large-3-675b-instruct,Mistral Large 3,Mistral Large 3,
bedrock,mistral.mistral-small-2402-v1:0,Mistral Small (24.02),Mistral Small 24.02,legacy
bedrock,mistral.mixtral-8x7b-instruct-v0:1,Mixtral 8x7B Instruct,Mixtral 8x7B,legacy
bedrock,mistral.pixtral-large-2502-v1:0,Pixtral Large (25.02),Pixtral Large,served through us./eu. profiles
bedrock,mistral.voxtral-mini-3b-2507,Voxtral Mini 3B (25.07),Voxtral Mini,audio-input model; only token prices known
bedrock,mistral.voxtral-small-24b-2507,Voxtral Small 24B (25.07),Voxtral Small,audio-input model; only token prices known
bedrock,moonshot.kimi-k2-thinking,Kimi K2 Thinking,Kimi K2 Thinking,
bedrock,moonshotai.kimi-k2.5,Kimi K2.5,Kimi K2.5,
bedrock,nvidia.nemotron-nano-12b-v2,NVIDIA Nemotron Nano 12B v2 VL,Nemotron Nano 12B v2 VL,
bedrock,nvidia.nemotron-nano-3-30b,NVIDIA Nemotron 3 Nano 30B A3B,Nemotron 3 Nano 30B,
bedrock,nvidia.nemotron-nano-9b-v2,NVIDIA Nemotron Nano 9B v2,Nemotron Nano 9B v2,
bedrock,nvidia.nemotron-super-3-120b,NVIDIA Nemotron 3 Super 120B A12B,Nemotron 3 Super 120B,
bedrock,openai.gpt-5.4,GPT-5.4,GPT-5.4,in-Region/Geo rate (1.1x OpenAI list)
bedrock,openai.gpt-5.5,GPT-5.5,GPT-5.5,in-Region/Geo rate (1.1x OpenAI list)
bedrock,openai.gpt-5.6-luna,GPT-5.6 Luna,GPT-5.6 Luna,peer data only; cache write = 30-minute TTL
bedrock,openai.gpt-5.6-sol,GPT-5.6 Sol,GPT-5.6 Sol,peer data only; cache write = 30-minute TTL
bedrock,openai.gpt-5.6-terra,GPT-5.6 Terra,GPT-5.6 Terra,peer data only; cache write = 30-minute TTL
bedrock,openai.gpt-oss-120b-1:0,gpt-oss-120b,gpt-oss-120b,
bedrock,openai.gpt-oss-20b-1:0,gpt-oss-20b,gpt-oss-20b,
bedrock,openai.gpt-oss-safeguard-120b,gpt-oss-safeguard-120b,gpt-oss-safeguard-120b,
bedrock,openai.gpt-oss-safeguard-20b,gpt-oss-safeguard-20b,gpt-oss-safeguard-20b,
bedrock,qwen.qwen3-235b-a22b-2507-v1:0,Qwen3 235B A22B 2507,Qwen3 235B A22B 2507,
bedrock,qwen.qwen3-32b-v1:0,Qwen3 32B (dense),Qwen3 32B,
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,Qwen3 Coder 30B A3B Instruct,Qwen3 Coder 30B,
bedrock,qwen.qwen3-coder-480b-a35b-v1:0,Qwen3 Coder 480B A35B Instruct,Qwen3 Coder 480B,
bedrock,qwen.qwen3-coder-next,Qwen3 Coder Next,Qwen3 Coder Next,
bedrock,qwen.qwen3-next-80b-a3b,Qwen3 Next 80B A3B,Qwen3 Next 80B,
bedrock,qwen.qwen3-vl-235b-a22b,Qwen3 VL 235B A22B,Qwen3 VL 235B,
bedrock,writer.palmyra-x4-v1:0,Palmyra X4,Palmyra X4,served through us. profile
bedrock,writer.palmyra-x5-v1:0,Palmyra X5,Palmyra X5,served through us. profile
bedrock,xai.grok-4.3,Grok 4.3,Grok 4.3,Bedrock Mantle endpoint
bedrock,zai.glm-4.7,GLM-4.7,GLM-4.7,
bedrock,zai.glm-4.7-flash,GLM-4.7-Flash,GLM-4.7-Flash,
bedrock,zai.glm-5,GLM-5,GLM-5,
groq,llama-3.1-8b-instant,Llama 3.1 8B,Llama 3.1 8B,
groq,llama-3.3-70b-versatile,Llama 3.3 70B,Llama 3.3 70B,
groq,meta-llama/llama-4-maverick-17b-128e-instruct,Llama 4 Maverick 17B,Llama 4 Maverick,removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)
groq,meta-llama/llama-4-scout-17b-16e-instruct,Llama 4 Scout 17B 16E,Llama 4 Scout,models.dev status beta
groq,meta-llama/llama-guard-4-12b,Llama Guard 4 12B,Llama Guard 4 12B,removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)
groq,meta-llama/llama-prompt-guard-2-22m,Llama Prompt Guard 2 22M,Llama Prompt Guard 2 22M,models.dev status beta
groq,meta-llama/llama-prompt-guard-2-86m,Prompt Guard 2 86M,Llama Prompt Guard 2 86M,models.dev status beta
groq,moonshotai/kimi-k2-instruct-0905,Kimi K2 Instruct 0905,Kimi K2,removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)
groq,openai/gpt-oss-120b,GPT OSS 120B,gpt-oss-120b,
groq,openai/gpt-oss-20b,GPT OSS 20B,gpt-oss-20b,
groq,openai/gpt-oss-safeguard-20b,Safety GPT OSS 20B,gpt-oss-safeguard-20b,genai-prices matches this ID into its gpt-oss-120b entry; models.dev status beta
groq,qwen/qwen3-32b,Qwen3-32B,Qwen3 32B,models.dev status beta
together,LiquidAI/LFM2-24B-A2B,LFM2-24B-A2B,LFM2 24B A2B,
together,MiniMaxAI/MiniMax-M2.5,MiniMax-M2.5,MiniMax-M2.5,models.dev status deprecated
together,MiniMaxAI/MiniMax-M2.7,MiniMax-M2.7,MiniMax-M2.7,
together,MiniMaxAI/MiniMax-M3,MiniMax-M3,MiniMax-M3,
together,Qwen/Qwen2.5-7B-Instruct-Turbo,Qwen 2.5 7B Instruct Turbo,Qwen2.5 7B,LiteLLM lists it without a price
together,Qwen/Qwen3-235B-A22B-Thinking-2507,Qwen3-235B-A22B-Thinking-2507,Qwen3 235B Thinking 2507,
together,Qwen/Qwen3-235B-A22B-fp8-tput,Qwen3-235B-A22B-fp8-tput,Qwen3 235B,
together,Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8,Qwen3 Coder 480B A35B Instruct,Qwen3 Coder 480B,models.dev status deprecated
together,Qwen/Qwen3-Coder-Next-FP8,Qwen3 Coder Next FP8,Qwen3 Coder Next,models.dev status deprecated
together,Qwen/Qwen3-Next-80B-A3B-Instruct,Qwen3-Next-80B-A3B-Instruct,Qwen3 Next 80B,removed from models.dev 2026-04-03 as deprecated (9560d51)
together,Qwen/Qwen3-Next-80B-A3B-Thinking,Qwen3-Next-80B-A3B-Thinking,Qwen3 Next 80B Thinking,
together,Qwen/Qwen3.5-397B-A17B,Qwen3.5 397B A17B,Qwen3.5 397B,
together,Qwen/Qwen3.5-9B,Qwen3.5 9B,Qwen3.5 9B,
together,Qwen/Qwen3.6-Plus,Qwen3.6 Plus,Qwen3.6 Plus,
together,Qwen/Qwen3.7-Max,Qwen3.7 Max,Qwen3.7 Max,
together,deepcogito/cogito-v2-1-671b,Cogito v2.1 671B,Cogito v2.1 671B,
together,deepseek-ai/DeepSeek-R1,DeepSeek-R1,DeepSeek-R1,models.dev status deprecated
together,deepseek-ai/DeepSeek-R1-0528-tput,DeepSeek-R1-0528-tput,DeepSeek-R1,R1-0528 throughput endpoint
together,deepseek-ai/DeepSeek-V3,DeepSeek-V3,DeepSeek-V3,models.dev status deprecated
together,deepseek-ai/DeepSeek-V3.1,DeepSeek V3.1,DeepSeek-V3.1,models.dev status deprecated
together,deepseek-ai/DeepSeek-V4-Pro,DeepSeek V4 Pro,DeepSeek-V4-Pro,
together,essentialai/Rnj-1-Instruct,Rnj-1 Instruct,Rnj-1,
together,google/gemma-3n-E4B-it,Gemma 3N E4B Instruct,Gemma 3n E4B,
together,google/gemma-4-31B-it,Gemma 4 31B Instruct,Gemma 4 31B,
together,meta-llama/Llama-3.3-70B-Instruct-Turbo,Llama 3.3 70B,Llama 3.3 70B,"repriced 0.88 -> 1.04 per together.ai model page (models.dev PR #2989, 2026-07-02); date of change unknown"
together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,Llama-4-Maverick-17B-128E-Instruct-FP8,Llama 4 Maverick,not in models.dev's Together catalog (audited 2026-06-10)
together,meta-llama/Llama-4-Scout-17B-16E-Instruct,Llama-4-Scout-17B-16E-Instruct,Llama 4 Scout,not in models.dev's Together catalog (audited 2026-06-10)
together,meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo,Meta-Llama-3.1-405B-Instruct-Turbo,Llama 3.1 405B,not in models.dev's Together catalog (audited 2026-06-10)
together,meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo,Meta-Llama-3.1-70B-Instruct-Turbo,Llama 3.1 70B,not in models.dev's Together catalog (audited 2026-06-10)
together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,Meta-Llama-3.1-8B-Instruct-Turbo,Llama 3.1 8B,not in models.dev's Together catalog (audited 2026-06-10)
together,moonshotai/Kimi-K2-Instruct,Kimi K2 Instruct,Kimi K2,removed from models.dev 2026-04-04 as deprecated (66ada85)
together,moonshotai/Kimi-K2-Instruct-0905,Kimi K2 Instruct-0905,Kimi K2,removed from models.dev 2026-03-09 as deprecated (23eff95)
together,moonshotai/Kimi-K2-Thinking,Kimi K2 Thinking,Kimi K2 Thinking,removed from models.dev 2026-03-09 as deprecated (23eff95)
together,moonshotai/Kimi-K2.5,Kimi K2.5,Kimi K2.5,models.dev status deprecated
together,moonshotai/Kimi-K2.6,Kimi K2.6,Kimi K2.6,
together,moonshotai/Kimi-K2.7-Code,Kimi K2.7 Code,Kimi K2.7 Code,
together,nvidia/nemotron-3-ultra-550b-a55b,Nemotron 3 Ultra 550B A55B,Nemotron 3 Ultra,
together,openai/gpt-oss-120b,GPT OSS 120B,gpt-oss-120b,
together,openai/gpt-oss-20b,GPT OSS 20B,gpt-oss-20b,
together,pearl-ai/gemma-4-31b-it,Pearl AI Gemma 4 31B Instruct,Gemma 4 31B,"Pearl AI's Gemma 4 31B endpoint, priced apart from google/gemma-4-31B-it"
together,zai-org/GLM-4.5-Air-FP8,GLM-4.5-Air-FP8,GLM-4.5-Air,
together,zai-org/GLM-4.6,GLM 4.6,GLM-4.6,removed from models.dev 2026-04-04 as deprecated (66ada85)
together,zai-org/GLM-4.7,GLM-4.7,GLM-4.7,removed from models.dev 2026-04-03 as deprecated (9560d51)
together,zai-org/GLM-5,GLM-5,GLM-5,
together,zai-org/GLM-5.1,GLM-5.1,GLM-5.1,
together,zai-org/GLM-5.2,GLM-5.2,GLM-5.2,
$catalog$) j,
               jsonb_populate_record(NULL::bedprice.models, j) r;
UPDATE bedprice.models m SET display_name = n.display_name, family = n.family, note = n.note
FROM bp_new_models n
WHERE m.shipped AND (m.provider, m.model) = (n.provider, n.model);
SELECT bedprice_internal.note_shipped_change('models', jsonb_build_object('provider', n.provider, 'model', n.model),
                                             'delete', NULL)
FROM bp_new_models n
WHERE EXISTS (SELECT FROM bedprice.models m
              WHERE NOT m.shipped AND m.provider = n.provider
                AND bedprice_internal.name_key(m.model) = bedprice_internal.name_key(n.model));
INSERT INTO bedprice.models (provider, model, display_name, family, note, shipped)
SELECT n.provider, n.model, n.display_name, n.family, n.note, true
FROM bp_new_models n
WHERE EXISTS (SELECT FROM bedprice.providers p WHERE p.provider = n.provider)   -- (renamed: skipped)
  AND NOT EXISTS (SELECT FROM bedprice.models m
                  WHERE m.provider = n.provider
                    AND bedprice_internal.name_key(m.model) = bedprice_internal.name_key(n.model));

-- a model of the user's with the name of a new shipped one, spelled
-- otherwise (DeepSeek.V3.2): the shipped rows of that model come under
-- the user's spelling, as a restore gives them the user's spelling
CREATE TEMP TABLE bp_respelled AS
SELECT m.provider, m.model AS users_spelling, n.model AS shipped_spelling
FROM bedprice.models m
JOIN bp_new_models n ON n.provider = m.provider
                    AND bedprice_internal.name_key(n.model) = bedprice_internal.name_key(m.model)
                    AND n.model <> m.model
WHERE NOT m.shipped;
UPDATE bedprice.models m SET model = r.shipped_spelling
FROM bp_respelled r WHERE (m.provider, m.model) = (r.provider, r.users_spelling);

-- aliases: the shipped ones anew, but for a name the user holds
CREATE TEMP TABLE bp_new_aliases AS
SELECT r.* FROM bedprice_internal.catalog_rows('model_aliases', $catalog$provider,alias,model,routing
anthropic,Claude 3.5 Haiku,claude-3-5-haiku-20241022,
anthropic,claude-3-5-haiku,claude-3-5-haiku-20241022,
anthropic,claude-3-5-haiku-latest,claude-3-5-haiku-20241022,
anthropic,claude-3.5-haiku,claude-3-5-haiku-20241022,
anthropic,Claude 3.5 Sonnet,claude-3-5-sonnet-20241022,
anthropic,Claude 3.5 Sonnet v2,claude-3-5-sonnet-20241022,
anthropic,claude-3-5-sonnet-latest,claude-3-5-sonnet-20241022,
anthropic,Claude 3.7 Sonnet,claude-3-7-sonnet-20250219,
anthropic,claude-3-7-sonnet,claude-3-7-sonnet-20250219,
anthropic,claude-3-7-sonnet-latest,claude-3-7-sonnet-20250219,
anthropic,claude-3.7-sonnet,claude-3-7-sonnet-20250219,
anthropic,Claude 3 Haiku,claude-3-haiku-20240307,
anthropic,claude-3-haiku,claude-3-haiku-20240307,
anthropic,Claude 3 Opus,claude-3-opus-20240229,
anthropic,claude-3-opus,claude-3-opus-20240229,
anthropic,claude-3-opus-latest,claude-3-opus-20240229,
anthropic,Claude Fable 5,claude-fable-5,
anthropic,Claude Fable 5.1,claude-fable-5-1,
anthropic,claude-fable-5.1,claude-fable-5-1,
anthropic,Claude Haiku 4.5,claude-haiku-4-5-20251001,
anthropic,claude-haiku-4-5,claude-haiku-4-5-20251001,
anthropic,claude-haiku-4.5,claude-haiku-4-5-20251001,
anthropic,Claude Opus 4.1,claude-opus-4-1-20250805,
anthropic,claude-opus-4-1,claude-opus-4-1-20250805,
anthropic,claude-opus-4.1,claude-opus-4-1-20250805,
anthropic,Claude 4 Opus,claude-opus-4-20250514,
anthropic,Claude Opus 4,claude-opus-4-20250514,
anthropic,claude-4-opus-20250514,claude-opus-4-20250514,
anthropic,claude-opus-4,claude-opus-4-20250514,
anthropic,claude-opus-4-0,claude-opus-4-20250514,
anthropic,Claude Opus 4.5,claude-opus-4-5-20251101,
anthropic,claude-opus-4-5,claude-opus-4-5-20251101,
anthropic,claude-opus-4.5,claude-opus-4-5-20251101,
anthropic,Claude Opus 4.6,claude-opus-4-6,
anthropic,claude-opus-4-6-20260205,claude-opus-4-6,
anthropic,claude-opus-4.6,claude-opus-4-6,
anthropic,Claude Opus 4.7,claude-opus-4-7,
anthropic,claude-opus-4-7-20260416,claude-opus-4-7,
anthropic,claude-opus-4.7,claude-opus-4-7,
anthropic,Claude Opus 4.8,claude-opus-4-8,
anthropic,claude-opus-4.8,claude-opus-4-8,
anthropic,Claude Opus 5,claude-opus-5,
anthropic,Claude Opus 5.5,claude-opus-5-5,
anthropic,claude-opus-5.5,claude-opus-5-5,
anthropic,Claude 4 Sonnet,claude-sonnet-4-20250514,
anthropic,Claude Sonnet 4,claude-sonnet-4-20250514,
anthropic,claude-4-sonnet-20250514,claude-sonnet-4-20250514,
anthropic,claude-sonnet-4,claude-sonnet-4-20250514,
anthropic,claude-sonnet-4-0,claude-sonnet-4-20250514,
anthropic,Claude Sonnet 4.5,claude-sonnet-4-5-20250929,
anthropic,claude-sonnet-4-5,claude-sonnet-4-5-20250929,
anthropic,claude-sonnet-4.5,claude-sonnet-4-5-20250929,
anthropic,Claude Sonnet 4.6,claude-sonnet-4-6,
anthropic,claude-sonnet-4.6,claude-sonnet-4-6,
anthropic,Claude Sonnet 5,claude-sonnet-5,
bedrock,Jurassic-2 Mid,ai21.j2-mid-v1,
bedrock,Jurassic-2 Ultra,ai21.j2-ultra-v1,
bedrock,Jamba 1.5 Large,ai21.jamba-1-5-large-v1:0,
bedrock,Jamba 1.5 Mini,ai21.jamba-1-5-mini-v1:0,
bedrock,Jamba Instruct,ai21.jamba-instruct-v1:0,
bedrock,Jamba-Instruct,ai21.jamba-instruct-v1:0,
bedrock,Amazon Nova 2 Lite,amazon.nova-2-lite-v1:0,
bedrock,Nova 2 Lite,amazon.nova-2-lite-v1:0,
bedrock,Amazon Nova Multimodal Embeddings,amazon.nova-2-multimodal-embeddings-v1:0,
bedrock,Nova Multimodal Embeddings,amazon.nova-2-multimodal-embeddings-v1:0,
bedrock,Amazon Nova Lite,amazon.nova-lite-v1:0,
bedrock,Nova Lite,amazon.nova-lite-v1:0,
bedrock,Amazon Nova Micro,amazon.nova-micro-v1:0,
bedrock,Nova Micro,amazon.nova-micro-v1:0,
bedrock,Amazon Nova Premier,amazon.nova-premier-v1:0,
bedrock,Nova Premier,amazon.nova-premier-v1:0,
bedrock,Amazon Nova Pro,amazon.nova-pro-v1:0,
bedrock,Nova Pro,amazon.nova-pro-v1:0,
bedrock,Amazon Titan Multimodal Embeddings G1,amazon.titan-embed-image-v1,
bedrock,Titan Multimodal Embeddings G1,amazon.titan-embed-image-v1,
bedrock,Amazon Titan Embeddings G1 - Text,amazon.titan-embed-text-v1,
bedrock,Titan Embeddings G1 - Text,amazon.titan-embed-text-v1,
bedrock,Amazon Titan Text Embeddings V2,amazon.titan-embed-text-v2:0,
bedrock,Titan Text Embeddings V2,amazon.titan-embed-text-v2:0,
bedrock,Amazon Titan Text Express,amazon.titan-text-express-v1,
bedrock,Titan Text Express,amazon.titan-text-express-v1,
bedrock,Titan Text G1 - Express,amazon.titan-text-express-v1,
bedrock,Amazon Titan Text Lite,amazon.titan-text-lite-v1,
bedrock,Titan Text G1 - Lite,amazon.titan-text-lite-v1,
bedrock,Titan Text Lite,amazon.titan-text-lite-v1,
bedrock,Amazon Titan Text Premier,amazon.titan-text-premier-v1:0,
bedrock,Titan Text G1 - Premier,amazon.titan-text-premier-v1:0,
bedrock,Titan Text Premier,amazon.titan-text-premier-v1:0,
bedrock,Claude 3.5 Haiku,anthropic.claude-3-5-haiku-20241022-v1:0,
bedrock,Claude Haiku 3.5,anthropic.claude-3-5-haiku-20241022-v1:0,
bedrock,anthropic.claude-3-5-haiku,anthropic.claude-3-5-haiku-20241022-v1:0,
bedrock,Claude Sonnet 3.5,anthropic.claude-3-5-sonnet-20240620-v1:0,
bedrock,Claude 3.5 Sonnet,anthropic.claude-3-5-sonnet-20241022-v2:0,
bedrock,Claude 3.5 Sonnet v2,anthropic.claude-3-5-sonnet-20241022-v2:0,
bedrock,Claude Sonnet 3.5 v2,anthropic.claude-3-5-sonnet-20241022-v2:0,
bedrock,Claude 3.7 Sonnet,anthropic.claude-3-7-sonnet-20250219-v1:0,
bedrock,Claude Sonnet 3.7,anthropic.claude-3-7-sonnet-20250219-v1:0,
bedrock,anthropic.claude-3-7-sonnet,anthropic.claude-3-7-sonnet-20250219-v1:0,
bedrock,Claude 3 Haiku,anthropic.claude-3-haiku-20240307-v1:0,
bedrock,Claude Haiku 3,anthropic.claude-3-haiku-20240307-v1:0,
bedrock,anthropic.claude-3-haiku,anthropic.claude-3-haiku-20240307-v1:0,
bedrock,Claude 3 Opus,anthropic.claude-3-opus-20240229-v1:0,
bedrock,Claude Opus 3,anthropic.claude-3-opus-20240229-v1:0,
bedrock,anthropic.claude-3-opus,anthropic.claude-3-opus-20240229-v1:0,
bedrock,Claude 3 Sonnet,anthropic.claude-3-sonnet-20240229-v1:0,
bedrock,Claude Sonnet 3,anthropic.claude-3-sonnet-20240229-v1:0,
bedrock,anthropic.claude-3-sonnet,anthropic.claude-3-sonnet-20240229-v1:0,
bedrock,Claude Fable 5,anthropic.claude-fable-5,
bedrock,anthropic.claude-fable-5-v1:0,anthropic.claude-fable-5,
bedrock,Claude Haiku 4.5,anthropic.claude-haiku-4-5-20251001-v1:0,
bedrock,anthropic.claude-haiku-4-5,anthropic.claude-haiku-4-5-20251001-v1:0,
bedrock,Claude Opus 4.1,anthropic.claude-opus-4-1-20250805-v1:0,
bedrock,anthropic.claude-opus-4-1,anthropic.claude-opus-4-1-20250805-v1:0,
bedrock,Claude 4 Opus,anthropic.claude-opus-4-20250514-v1:0,
bedrock,Claude Opus 4,anthropic.claude-opus-4-20250514-v1:0,
bedrock,anthropic.claude-opus-4,anthropic.claude-opus-4-20250514-v1:0,
bedrock,Claude Opus 4.5,anthropic.claude-opus-4-5-20251101-v1:0,
bedrock,anthropic.claude-opus-4-5,anthropic.claude-opus-4-5-20251101-v1:0,
bedrock,anthropic.claude-opus-4-5-v1:0,anthropic.claude-opus-4-5-20251101-v1:0,
bedrock,Claude Opus 4.6,anthropic.claude-opus-4-6-v1,
bedrock,anthropic.claude-opus-4-6,anthropic.claude-opus-4-6-v1,
bedrock,anthropic.claude-opus-4-6-v1:0,anthropic.claude-opus-4-6-v1,
bedrock,Claude Opus 4.7,anthropic.claude-opus-4-7,
bedrock,anthropic.claude-opus-4-7-v1:0,anthropic.claude-opus-4-7,
bedrock,Claude Opus 4.8,anthropic.claude-opus-4-8,
bedrock,anthropic.claude-opus-4-8-v1:0,anthropic.claude-opus-4-8,
bedrock,Claude Opus 5,anthropic.claude-opus-5,
bedrock,Claude 4 Sonnet,anthropic.claude-sonnet-4-20250514-v1:0,
bedrock,Claude Sonnet 4,anthropic.claude-sonnet-4-20250514-v1:0,
bedrock,anthropic.claude-sonnet-4,anthropic.claude-sonnet-4-20250514-v1:0,
bedrock,Claude Sonnet 4.5,anthropic.claude-sonnet-4-5-20250929-v1:0,
bedrock,anthropic.claude-sonnet-4-5,anthropic.claude-sonnet-4-5-20250929-v1:0,
bedrock,Claude Sonnet 4.6,anthropic.claude-sonnet-4-6,
bedrock,anthropic.claude-sonnet-4-6-v1:0,anthropic.claude-sonnet-4-6,
bedrock,Claude Sonnet 5,anthropic.claude-sonnet-5,
bedrock,anthropic.claude-sonnet-5-v1:0,anthropic.claude-sonnet-5,
bedrock,Command Light,cohere.command-light-text-v14,
bedrock,Command R Plus,cohere.command-r-plus-v1:0,
bedrock,Command R+,cohere.command-r-plus-v1:0,
bedrock,Command R,cohere.command-r-v1:0,
bedrock,Command,cohere.command-text-v14,
bedrock,Embed English v3,cohere.embed-english-v3,
bedrock,Embed Multilingual v3,cohere.embed-multilingual-v3,
bedrock,Embed v4,cohere.embed-v4:0,
bedrock,DeepSeek-R1,deepseek.r1-v1:0,
bedrock,DeepSeek-V3.1,deepseek.v3-v1:0,
bedrock,DeepSeek-V3.2,deepseek.v3.2,
bedrock,Gemma 3 12B,google.gemma-3-12b-it,
bedrock,Gemma 3 12B IT,google.gemma-3-12b-it,
bedrock,Gemma 3 27B,google.gemma-3-27b-it,
bedrock,Gemma 3 27B IT,google.gemma-3-27b-it,
bedrock,Gemma 3 4B,google.gemma-3-4b-it,
bedrock,Gemma 3 4B IT,google.gemma-3-4b-it,
bedrock,Gemma 4 26B A4B,google.gemma-4-26b-a4b,
bedrock,Gemma 4 31B,google.gemma-4-31b,
bedrock,Gemma 4 E2B,google.gemma-4-e2b,
bedrock,Llama 2 13B,meta.llama2-13b-chat-v1,
bedrock,Llama 2 Chat 13B,meta.llama2-13b-chat-v1,
bedrock,Llama 2 70B,meta.llama2-70b-chat-v1,
bedrock,Llama 2 Chat 70B,meta.llama2-70b-chat-v1,
bedrock,Llama 3.1 70B,meta.llama3-1-70b-instruct-v1:0,
bedrock,Llama 3.1 70B Instruct,meta.llama3-1-70b-instruct-v1:0,
bedrock,Llama 3.1 8B,meta.llama3-1-8b-instruct-v1:0,
bedrock,Llama 3.1 8B Instruct,meta.llama3-1-8b-instruct-v1:0,
bedrock,Llama 3.3 8B,meta.llama3-1-8b-instruct-v1:0,
bedrock,Llama 3.2 11B,meta.llama3-2-11b-instruct-v1:0,
bedrock,Llama 3.2 11B Instruct,meta.llama3-2-11b-instruct-v1:0,
bedrock,Llama 3.2 11B Vision,meta.llama3-2-11b-instruct-v1:0,
bedrock,Llama 3.2 1B,meta.llama3-2-1b-instruct-v1:0,
bedrock,Llama 3.2 1B Instruct,meta.llama3-2-1b-instruct-v1:0,
bedrock,Llama 3.2 3B,meta.llama3-2-3b-instruct-v1:0,
bedrock,Llama 3.2 3B Instruct,meta.llama3-2-3b-instruct-v1:0,
bedrock,Llama 3.2 90B,meta.llama3-2-90b-instruct-v1:0,
bedrock,Llama 3.2 90B Instruct,meta.llama3-2-90b-instruct-v1:0,
bedrock,Llama 3.2 90B Vision,meta.llama3-2-90b-instruct-v1:0,
bedrock,Llama 3.3 70B,meta.llama3-3-70b-instruct-v1:0,
bedrock,Llama 3.3 70B Instruct,meta.llama3-3-70b-instruct-v1:0,
bedrock,Llama 3 70B,meta.llama3-70b-instruct-v1:0,
bedrock,Llama 3 70B Instruct,meta.llama3-70b-instruct-v1:0,
bedrock,Llama 3 8B,meta.llama3-8b-instruct-v1:0,
bedrock,Llama 3 8B Instruct,meta.llama3-8b-instruct-v1:0,
bedrock,Llama 4 Maverick,meta.llama4-maverick-17b-instruct-v1:0,
bedrock,Llama 4 Maverick 17B Instruct,meta.llama4-maverick-17b-instruct-v1:0,
bedrock,Llama 4 Scout,meta.llama4-scout-17b-instruct-v1:0,
bedrock,Llama 4 Scout 17B Instruct,meta.llama4-scout-17b-instruct-v1:0,
bedrock,MiniMax M2,minimax.minimax-m2,
bedrock,MiniMax-M2,minimax.minimax-m2,
bedrock,MiniMax M2.1,minimax.minimax-m2.1,
bedrock,MiniMax-M2.1,minimax.minimax-m2.1,
bedrock,MiniMax M2.5,minimax.minimax-m2.5,
bedrock,MiniMax-M2.5,minimax.minimax-m2.5,
bedrock,Devstral 2,mistral.devstral-2-123b,
bedrock,Devstral 2 123B,mistral.devstral-2-123b,
bedrock,Magistral Small 1.2,mistral.magistral-small-2509,
bedrock,Magistral Small 2509,mistral.magistral-small-2509,
bedrock,Ministral 3 14B,mistral.ministral-3-14b-instruct,
bedrock,Ministral 3 3B,mistral.ministral-3-3b-instruct,
bedrock,Ministral 3 8B,mistral.ministral-3-8b-instruct,
bedrock,Mistral 7B,mistral.mistral-7b-instruct-v0:2,
bedrock,Mistral 7B Instruct,mistral.mistral-7b-instruct-v0:2,
bedrock,Mistral Large (24.02),mistral.mistral-large-2402-v1:0,
bedrock,Mistral Large 24.02,mistral.mistral-large-2402-v1:0,
bedrock,Mistral Large 3,mistral.mistral-large-3-675b-instruct,
bedrock,Mistral Small (24.02),mistral.mistral-small-2402-v1:0,
bedrock,Mistral Small 24.02,mistral.mistral-small-2402-v1:0,
bedrock,Mixtral 8x7B,mistral.mixtral-8x7b-instruct-v0:1,
bedrock,Mixtral 8x7B Instruct,mistral.mixtral-8x7b-instruct-v0:1,
bedrock,Pixtral Large,mistral.pixtral-large-2502-v1:0,
bedrock,Pixtral Large (25.02),mistral.pixtral-large-2502-v1:0,
bedrock,Voxtral Mini,mistral.voxtral-mini-3b-2507,
bedrock,Voxtral Mini 3B (25.07),mistral.voxtral-mini-3b-2507,
bedrock,Voxtral Small,mistral.voxtral-small-24b-2507,
bedrock,Voxtral Small 24B (25.07),mistral.voxtral-small-24b-2507,
bedrock,Kimi K2 Thinking,moonshot.kimi-k2-thinking,
bedrock,moonshotai.kimi-k2-thinking,moonshot.kimi-k2-thinking,
bedrock,Kimi K2.5,moonshotai.kimi-k2.5,
bedrock,NVIDIA Nemotron Nano 12B v2 VL,nvidia.nemotron-nano-12b-v2,
bedrock,Nemotron Nano 12B v2 VL,nvidia.nemotron-nano-12b-v2,
bedrock,NVIDIA Nemotron 3 Nano 30B A3B,nvidia.nemotron-nano-3-30b,
bedrock,Nemotron 3 Nano 30B,nvidia.nemotron-nano-3-30b,
bedrock,nvidia.nemotron-nano-3-30b:0,nvidia.nemotron-nano-3-30b,
bedrock,NVIDIA Nemotron Nano 9B v2,nvidia.nemotron-nano-9b-v2,
bedrock,Nemotron Nano 9B v2,nvidia.nemotron-nano-9b-v2,
bedrock,nvidia.nemotron-nano-9b-v2:0,nvidia.nemotron-nano-9b-v2,
bedrock,NVIDIA Nemotron 3 Super 120B A12B,nvidia.nemotron-super-3-120b,
bedrock,Nemotron 3 Super 120B,nvidia.nemotron-super-3-120b,
bedrock,nvidia.nemotron-super-3-120b:0,nvidia.nemotron-super-3-120b,
bedrock,GPT-5.4,openai.gpt-5.4,
bedrock,GPT-5.5,openai.gpt-5.5,
bedrock,GPT-5.6 Luna,openai.gpt-5.6-luna,
bedrock,GPT-5.6 Sol,openai.gpt-5.6-sol,
bedrock,GPT-5.6 Terra,openai.gpt-5.6-terra,
bedrock,gpt-oss-120b,openai.gpt-oss-120b-1:0,
bedrock,openai.gpt-oss-120b,openai.gpt-oss-120b-1:0,
bedrock,gpt-oss-20b,openai.gpt-oss-20b-1:0,
bedrock,openai.gpt-oss-20b,openai.gpt-oss-20b-1:0,
bedrock,gpt-oss-safeguard-120b,openai.gpt-oss-safeguard-120b,
bedrock,gpt-oss-safeguard-20b,openai.gpt-oss-safeguard-20b,
bedrock,Qwen3 235B A22B 2507,qwen.qwen3-235b-a22b-2507-v1:0,
bedrock,Qwen3 32B,qwen.qwen3-32b-v1:0,
bedrock,Qwen3 32B (dense),qwen.qwen3-32b-v1:0,
bedrock,Qwen3 Coder 30B,qwen.qwen3-coder-30b-a3b-v1:0,
bedrock,Qwen3 Coder 30B A3B Instruct,qwen.qwen3-coder-30b-a3b-v1:0,
bedrock,Qwen3 Coder 480B,qwen.qwen3-coder-480b-a35b-v1:0,
bedrock,Qwen3 Coder 480B A35B Instruct,qwen.qwen3-coder-480b-a35b-v1:0,
bedrock,Qwen3 Coder Next,qwen.qwen3-coder-next,
bedrock,Qwen3 Next 80B,qwen.qwen3-next-80b-a3b,
bedrock,Qwen3 Next 80B A3B,qwen.qwen3-next-80b-a3b,
bedrock,Qwen3 VL 235B,qwen.qwen3-vl-235b-a22b,
bedrock,Qwen3 VL 235B A22B,qwen.qwen3-vl-235b-a22b,
bedrock,qwen.qwen3-vl-235b-a22b-v1:0,qwen.qwen3-vl-235b-a22b,
bedrock,Palmyra X4,writer.palmyra-x4-v1:0,
bedrock,Palmyra X5,writer.palmyra-x5-v1:0,
bedrock,Grok 4.3,xai.grok-4.3,
bedrock,GLM-4.7,zai.glm-4.7,
bedrock,GLM-4.7-Flash,zai.glm-4.7-flash,
bedrock,GLM-5,zai.glm-5,
groq,Llama 3.1 8B,llama-3.1-8b-instant,
groq,Llama 3.3 8B,llama-3.1-8b-instant,
groq,Llama 3.3 70B,llama-3.3-70b-versatile,
groq,Llama 4 Maverick,meta-llama/llama-4-maverick-17b-128e-instruct,
groq,Llama 4 Scout,meta-llama/llama-4-scout-17b-16e-instruct,
groq,Llama Guard 4 12B,meta-llama/llama-guard-4-12b,
groq,Llama Prompt Guard 2 22M,meta-llama/llama-prompt-guard-2-22m,
groq,Llama Prompt Guard 2 86M,meta-llama/llama-prompt-guard-2-86m,
groq,Kimi K2,moonshotai/kimi-k2-instruct-0905,
groq,moonshotai/kimi-k2-instruct,moonshotai/kimi-k2-instruct-0905,
groq,gpt-oss-120b,openai/gpt-oss-120b,
groq,gpt-oss-20b,openai/gpt-oss-20b,
groq,gpt-oss-safeguard-20b,openai/gpt-oss-safeguard-20b,
groq,Qwen3 32B,qwen/qwen3-32b,
together,LFM2 24B A2B,LiquidAI/LFM2-24B-A2B,
together,MiniMax-M2.5,MiniMaxAI/MiniMax-M2.5,
together,MiniMax-M2.7,MiniMaxAI/MiniMax-M2.7,
together,MiniMax-M3,MiniMaxAI/MiniMax-M3,
together,Qwen2.5 7B,Qwen/Qwen2.5-7B-Instruct-Turbo,
together,Qwen3 235B Thinking 2507,Qwen/Qwen3-235B-A22B-Thinking-2507,
together,Qwen3 235B,Qwen/Qwen3-235B-A22B-fp8-tput,
together,Qwen3 Coder 480B,Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8,
together,Qwen3 Coder Next,Qwen/Qwen3-Coder-Next-FP8,
together,Qwen3 Next 80B,Qwen/Qwen3-Next-80B-A3B-Instruct,
together,Qwen3 Next 80B Thinking,Qwen/Qwen3-Next-80B-A3B-Thinking,
together,Qwen3.5 397B,Qwen/Qwen3.5-397B-A17B,
together,Qwen3.5 9B,Qwen/Qwen3.5-9B,
together,Qwen3.6 Plus,Qwen/Qwen3.6-Plus,
together,Qwen3.7 Max,Qwen/Qwen3.7-Max,
together,Cogito v2.1 671B,deepcogito/cogito-v2-1-671b,
together,DeepSeek-V3,deepseek-ai/DeepSeek-V3,
together,DeepSeek-V3.1,deepseek-ai/DeepSeek-V3.1,
together,deepseek-ai/DeepSeek-V3-1,deepseek-ai/DeepSeek-V3.1,
together,DeepSeek-V4-Pro,deepseek-ai/DeepSeek-V4-Pro,
together,Rnj-1,essentialai/Rnj-1-Instruct,
together,Gemma 3n E4B,google/gemma-3n-E4B-it,
together,Llama 3.3 70B,meta-llama/Llama-3.3-70B-Instruct-Turbo,
together,meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo,meta-llama/Llama-3.3-70B-Instruct-Turbo,
together,Llama 4 Maverick,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,
together,Llama 4 Scout,meta-llama/Llama-4-Scout-17B-16E-Instruct,
together,Llama 3.1 405B,meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo,
together,Llama 3.1 70B,meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo,
together,Llama 3.1 8B,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,
together,Llama 3.3 8B,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,
together,Kimi K2 Thinking,moonshotai/Kimi-K2-Thinking,
together,Kimi K2.5,moonshotai/Kimi-K2.5,
together,Kimi K2.6,moonshotai/Kimi-K2.6,
together,Kimi K2.7 Code,moonshotai/Kimi-K2.7-Code,
together,Nemotron 3 Ultra,nvidia/nemotron-3-ultra-550b-a55b,
together,gpt-oss-120b,openai/gpt-oss-120b,
together,gpt-oss-20b,openai/gpt-oss-20b,
together,GLM-4.5-Air,zai-org/GLM-4.5-Air-FP8,
together,GLM-4.6,zai-org/GLM-4.6,
together,GLM-4.7,zai-org/GLM-4.7,
together,GLM-5,zai-org/GLM-5,
together,GLM-5.1,zai-org/GLM-5.1,
together,GLM-5.2,zai-org/GLM-5.2,
$catalog$) j,
               jsonb_populate_record(NULL::bedprice.model_aliases, j) r;
DELETE FROM bedprice.model_aliases WHERE shipped;
SELECT bedprice_internal.note_shipped_change('model_aliases', jsonb_build_object('provider', n.provider, 'alias', n.alias),
                                             'delete', NULL)
FROM bp_new_aliases n
WHERE EXISTS (SELECT FROM bedprice.model_aliases a
              WHERE a.provider = n.provider
                AND bedprice_internal.name_key(a.alias) = bedprice_internal.name_key(n.alias));
INSERT INTO bedprice.model_aliases (provider, alias, model, routing, shipped)
SELECT n.provider, n.alias, n.model, n.routing, true
FROM bp_new_aliases n
WHERE EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (n.provider, n.model))
  AND NOT EXISTS (SELECT FROM bedprice.model_aliases a
                  WHERE a.provider = n.provider
                    AND bedprice_internal.name_key(a.alias) = bedprice_internal.name_key(n.alias));

SELECT bedprice_internal.load_shipped_catalog('prices', $catalog$provider,model,region,geography,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
anthropic,claude-3-5-haiku-20241022,,,in_region,on_demand,input,0.8,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 agree)
anthropic,claude-3-5-haiku-20241022,,,in_region,on_demand,output,4,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 agree)
anthropic,claude-3-5-haiku-20241022,,,in_region,on_demand,cache_read,0.08,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 agree)
anthropic,claude-3-5-haiku-20241022,,,in_region,on_demand,cache_write,1,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 agree)
anthropic,claude-3-5-haiku-20241022,,,in_region,on_demand,cache_write_1h,1.6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21; single source)
anthropic,claude-3-5-sonnet-20240620,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20240620,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20240620,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20240620,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20240620,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21; single source)
anthropic,claude-3-5-sonnet-20241022,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20241022,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20241022,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20241022,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-5-sonnet-20241022,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21; single source)
anthropic,claude-3-7-sonnet-20250219,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-7-sonnet-20250219,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-7-sonnet-20250219,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-7-sonnet-20250219,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-7-sonnet-20250219,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-3-haiku-20240307,,,in_region,on_demand,input,0.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-haiku-20240307,,,in_region,on_demand,output,1.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-haiku-20240307,,,in_region,on_demand,cache_read,0.03,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-haiku-20240307,,,in_region,on_demand,cache_write,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-haiku-20240307,,,in_region,on_demand,cache_write_1h,0.5,0,,,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21, = Anthropic's documented rate; LiteLLM 2026-08-01 has 6)"
anthropic,claude-3-opus-20240229,,,in_region,on_demand,input,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-opus-20240229,,,in_region,on_demand,output,75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-opus-20240229,,,in_region,on_demand,cache_read,1.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-opus-20240229,,,in_region,on_demand,cache_write,18.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-3-opus-20240229,,,in_region,on_demand,cache_write_1h,30,0,,,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21, = Anthropic's documented rate; LiteLLM 2026-08-01 has 6)"
anthropic,claude-fable-5,,,in_region,on_demand,input,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-fable-5,,,in_region,on_demand,output,50,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-fable-5,,,in_region,on_demand,cache_read,1,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-fable-5,,,in_region,on_demand,cache_write,12.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-fable-5,,,in_region,on_demand,cache_write_1h,20,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-fable-5-1,,,in_region,on_demand,input,10,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-fable-5-1,,,in_region,on_demand,output,50,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-fable-5-1,,,in_region,on_demand,cache_read,0.25,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-fable-5-1,,,in_region,on_demand,cache_write,12.5,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-fable-5-1,,,in_region,on_demand,cache_write_1h,20,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-haiku-4-5-20251001,,,in_region,on_demand,input,1,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-haiku-4-5-20251001,,,in_region,on_demand,output,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-haiku-4-5-20251001,,,in_region,on_demand,cache_read,0.1,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-haiku-4-5-20251001,,,in_region,on_demand,cache_write,1.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-haiku-4-5-20251001,,,in_region,on_demand,cache_write_1h,2,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-1-20250805,,,in_region,on_demand,input,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-1-20250805,,,in_region,on_demand,output,75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-1-20250805,,,in_region,on_demand,cache_read,1.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-1-20250805,,,in_region,on_demand,cache_write,18.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-1-20250805,,,in_region,on_demand,cache_write_1h,30,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-20250514,,,in_region,on_demand,input,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-20250514,,,in_region,on_demand,output,75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-20250514,,,in_region,on_demand,cache_read,1.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-20250514,,,in_region,on_demand,cache_write,18.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-20250514,,,in_region,on_demand,cache_write_1h,30,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-5-20251101,,,in_region,on_demand,input,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-5-20251101,,,in_region,on_demand,output,25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-5-20251101,,,in_region,on_demand,cache_read,0.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-5-20251101,,,in_region,on_demand,cache_write,6.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-5-20251101,,,in_region,on_demand,cache_write_1h,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,input,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,output,25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_read,0.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_write,6.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_write_1h,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-6,,,in_region,on_demand,input,10,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-opus-4-6,,,in_region,on_demand,output,37.5,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_read,1,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_write,12.5,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-opus-4-6,,,in_region,on_demand,cache_write_1h,20,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21; single source); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-opus-4-7,,,in_region,on_demand,input,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-7,,,in_region,on_demand,output,25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-7,,,in_region,on_demand,cache_read,0.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-7,,,in_region,on_demand,cache_write,6.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-7,,,in_region,on_demand,cache_write_1h,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-4-8,,,in_region,on_demand,input,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-8,,,in_region,on_demand,output,25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-8,,,in_region,on_demand,cache_read,0.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-8,,,in_region,on_demand,cache_write,6.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-opus-4-8,,,in_region,on_demand,cache_write_1h,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5,,,in_region,on_demand,input,5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5,,,in_region,on_demand,output,25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5,,,in_region,on_demand,cache_read,0.5,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5,,,in_region,on_demand,cache_write,6.25,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5,,,in_region,on_demand,cache_write_1h,10,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-opus-5-5,,,in_region,on_demand,input,4,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-opus-5-5,,,in_region,on_demand,output,20,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-opus-5-5,,,in_region,on_demand,cache_read,0.2,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-opus-5-5,,,in_region,on_demand,cache_write,5,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-opus-5-5,,,in_region,on_demand,cache_write_1h,8,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840); single source)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,input,6,200000,,2026-04-30,"Anthropic pricing (LiteLLM 2026-08-01; single source); >200K-input tier until 2026-04-30, genai-prices lists no tier; end inferred from the 1M-beta retirement"
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,output,22.5,200000,,2026-04-30,"Anthropic pricing (LiteLLM 2026-08-01; single source); >200K-input tier until 2026-04-30, genai-prices lists no tier; end inferred from the 1M-beta retirement"
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_read,0.6,200000,,2026-04-30,"Anthropic pricing (LiteLLM 2026-08-01; single source); >200K-input tier until 2026-04-30, genai-prices lists no tier; end inferred from the 1M-beta retirement"
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_write,7.5,200000,,2026-04-30,"Anthropic pricing (LiteLLM 2026-08-01; single source); >200K-input tier until 2026-04-30, genai-prices lists no tier; end inferred from the 1M-beta retirement"
anthropic,claude-sonnet-4-20250514,,,in_region,on_demand,cache_write_1h,12,200000,,2026-04-30,"Anthropic pricing (derived: 2x base, Anthropic long-context rule; no source lists it); >200K-input tier until 2026-04-30, genai-prices lists no tier; end inferred from the 1M-beta retirement"
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,input,6,200000,,2026-04-30,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree); >200K-input tier until 2026-04-30, 1M beta retired 2026-04-30"
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,output,22.5,200000,,2026-04-30,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree); >200K-input tier until 2026-04-30, 1M beta retired 2026-04-30"
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_read,0.6,200000,,2026-04-30,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree); >200K-input tier until 2026-04-30, 1M beta retired 2026-04-30"
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_write,7.5,200000,,2026-04-30,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree); >200K-input tier until 2026-04-30, 1M beta retired 2026-04-30"
anthropic,claude-sonnet-4-5-20250929,,,in_region,on_demand,cache_write_1h,12,200000,,2026-04-30,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree); >200K-input tier until 2026-04-30, 1M beta retired 2026-04-30"
anthropic,claude-sonnet-4-6,,,in_region,on_demand,input,3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-6,,,in_region,on_demand,output,15,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_read,0.3,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_write,3.75,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_write_1h,6,0,,,Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + LiteLLM 2026-08-01 agree)
anthropic,claude-sonnet-4-6,,,in_region,on_demand,input,6,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-sonnet-4-6,,,in_region,on_demand,output,22.5,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_read,0.6,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_write,7.5,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21 + models.dev @bcc8db4 agree); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-sonnet-4-6,,,in_region,on_demand,cache_write_1h,12,200000,,2026-03-13,"Anthropic pricing (genai-prices anthropic.yml @47df840 2026-08-21; single source); >200K-input tier until 2026-03-13, surcharge dropped at 1M GA; LiteLLM lists no tier"
anthropic,claude-sonnet-5,,,in_region,on_demand,input,2,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840) + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-5,,,in_region,on_demand,output,10,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840) + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-5,,,in_region,on_demand,cache_read,0.2,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840) + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-5,,,in_region,on_demand,cache_write,2.5,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840) + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
anthropic,claude-sonnet-5,,,in_region,on_demand,cache_write_1h,4,0,,,Anthropic pricing (genai-prices npm 0.1.8 (after @47df840) + LiteLLM 2026-08-01 agree)
bedrock,ai21.j2-mid-v1,,,in_region,on_demand,input,12.5,0,,,LiteLLM model_prices 2026-08-01 key ai21.j2-mid-v1
bedrock,ai21.j2-mid-v1,,,in_region,on_demand,output,12.5,0,,,LiteLLM model_prices 2026-08-01 key ai21.j2-mid-v1
bedrock,ai21.j2-ultra-v1,,,in_region,on_demand,input,18.8,0,,,LiteLLM model_prices 2026-08-01 key ai21.j2-ultra-v1
bedrock,ai21.j2-ultra-v1,,,in_region,on_demand,output,18.8,0,,,LiteLLM model_prices 2026-08-01 key ai21.j2-ultra-v1
bedrock,ai21.jamba-1-5-large-v1:0,,,in_region,on_demand,input,2,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-1-5-large-v1:0
bedrock,ai21.jamba-1-5-large-v1:0,,,in_region,on_demand,output,8,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-1-5-large-v1:0
bedrock,ai21.jamba-1-5-mini-v1:0,,,in_region,on_demand,input,0.2,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-1-5-mini-v1:0
bedrock,ai21.jamba-1-5-mini-v1:0,,,in_region,on_demand,output,0.4,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-1-5-mini-v1:0
bedrock,ai21.jamba-instruct-v1:0,,,in_region,on_demand,input,0.5,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-instruct-v1:0
bedrock,ai21.jamba-instruct-v1:0,,,in_region,on_demand,output,0.7,0,,,LiteLLM model_prices 2026-08-01 key ai21.jamba-instruct-v1:0
bedrock,amazon.nova-2-lite-v1:0,,,global,batch,input,0.15,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html); listed with the Global CRIS rate"
bedrock,amazon.nova-2-lite-v1:0,,,global,batch,output,1.25,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html); listed with the Global CRIS rate"
bedrock,amazon.nova-2-lite-v1:0,,,global,on_demand,input,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,amazon.nova-2-lite-v1:0,,,global,on_demand,output,2.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,amazon.nova-2-lite-v1:0,,,global,on_demand,cache_read,0.075,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.25x input rule"
bedrock,amazon.nova-2-lite-v1:0,,,global,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-2-lite-v1:0,,,in_region,on_demand,input,0.33,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 0.3 (global rate, as in LiteLLM #42679)"
bedrock,amazon.nova-2-lite-v1:0,,,in_region,on_demand,output,2.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 2.5 (global rate, as in LiteLLM #42679)"
bedrock,amazon.nova-2-lite-v1:0,,,in_region,on_demand,cache_read,0.0825,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.amazon.nova-2-lite-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.25x input rule; LiteLLM bare gives 0.075 (global rate, as in LiteLLM #42679)"
bedrock,amazon.nova-2-lite-v1:0,,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-2-multimodal-embeddings-v1:0,,,in_region,on_demand,input,0.135,0,,,LiteLLM model_prices 2026-08-01 key amazon.nova-2-multimodal-embeddings-v1:0; public catalog code (code index file id 55400526685) gives 0.135 text
bedrock,amazon.nova-lite-v1:0,,,in_region,batch,input,0.03,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-lite-v1:0,,,in_region,batch,output,0.12,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-lite-v1:0,,,in_region,on_demand,input,0.06,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-lite-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 0.063 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 0.078 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-lite-v1:0,,,in_region,on_demand,output,0.24,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-lite-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 0.252 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 0.312 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-lite-v1:0,,,in_region,on_demand,cache_read,0.015,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-lite-v1:0`, from the Price List API, genai-prices #208); = 0.25x input rule"
bedrock,amazon.nova-lite-v1:0,,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-lite-v1:0,ap-southeast-2,,in_region,on_demand,input,0.063,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-lite-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-lite-v1:0,ap-southeast-2,,in_region,on_demand,output,0.252,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-lite-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-lite-v1:0,ap-southeast-2,,in_region,on_demand,cache_read,0.01575,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key apac.amazon.nova-lite-v1:0"
bedrock,amazon.nova-lite-v1:0,ap-southeast-2,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-lite-v1:0,eu-central-1,,in_region,on_demand,input,0.078,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-lite-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-lite-v1:0,eu-central-1,,in_region,on_demand,output,0.312,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-lite-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-lite-v1:0,eu-central-1,,in_region,on_demand,cache_read,0.0195,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key eu.amazon.nova-lite-v1:0"
bedrock,amazon.nova-lite-v1:0,eu-central-1,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-micro-v1:0,,,in_region,batch,input,0.0175,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-micro-v1:0,,,in_region,batch,output,0.07,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-micro-v1:0,,,in_region,on_demand,input,0.035,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-micro-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 0.037 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 0.046 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-micro-v1:0,,,in_region,on_demand,output,0.14,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-micro-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 0.148 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 0.184 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-micro-v1:0,,,in_region,on_demand,cache_read,0.00875,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-micro-v1:0`, from the Price List API, genai-prices #208); = 0.25x input rule"
bedrock,amazon.nova-micro-v1:0,,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-micro-v1:0,ap-southeast-2,,in_region,on_demand,input,0.037,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-micro-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-micro-v1:0,ap-southeast-2,,in_region,on_demand,output,0.148,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-micro-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-micro-v1:0,ap-southeast-2,,in_region,on_demand,cache_read,0.00925,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key apac.amazon.nova-micro-v1:0"
bedrock,amazon.nova-micro-v1:0,ap-southeast-2,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-micro-v1:0,eu-central-1,,in_region,on_demand,input,0.046,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-micro-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-micro-v1:0,eu-central-1,,in_region,on_demand,output,0.184,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-micro-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-micro-v1:0,eu-central-1,,in_region,on_demand,cache_read,0.0115,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key eu.amazon.nova-micro-v1:0"
bedrock,amazon.nova-micro-v1:0,eu-central-1,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-premier-v1:0,,,in_region,batch,input,1.25,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-premier-v1:0,,,in_region,batch,output,6.25,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-premier-v1:0,,,in_region,on_demand,input,2.5,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-premier-v1:0`, from the Price List API, genai-prices #208)"
bedrock,amazon.nova-premier-v1:0,,,in_region,on_demand,output,12.5,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-premier-v1:0`, from the Price List API, genai-prices #208)"
bedrock,amazon.nova-premier-v1:0,,,in_region,on_demand,cache_read,0.625,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-premier-v1:0`, from the Price List API, genai-prices #208); = 0.25x input rule"
bedrock,amazon.nova-premier-v1:0,,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-pro-v1:0,,,in_region,batch,input,0.4,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-pro-v1:0,,,in_region,batch,output,1.6,0,,,"AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand (docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)"
bedrock,amazon.nova-pro-v1:0,,,in_region,on_demand,input,0.8,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-pro-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 0.84 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 1.05 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-pro-v1:0,,,in_region,on_demand,output,3.2,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-pro-v1:0`, from the Price List API, genai-prices #208); LiteLLM apac. gives 3.36 (ap-southeast-2 rate, shipped as Region row ap-southeast-2); LiteLLM eu. gives 4.2 (eu-central-1 rate, shipped as Region row eu-central-1)"
bedrock,amazon.nova-pro-v1:0,,,in_region,on_demand,cache_read,0.2,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.nova-pro-v1:0`, from the Price List API, genai-prices #208); = 0.25x input rule"
bedrock,amazon.nova-pro-v1:0,,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-pro-v1:0,ap-southeast-2,,in_region,on_demand,input,0.84,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-pro-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-pro-v1:0,ap-southeast-2,,in_region,on_demand,output,3.36,0,,,LiteLLM model_prices 2026-08-01 key apac.amazon.nova-pro-v1:0; ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees
bedrock,amazon.nova-pro-v1:0,ap-southeast-2,,in_region,on_demand,cache_read,0.21,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key apac.amazon.nova-pro-v1:0"
bedrock,amazon.nova-pro-v1:0,ap-southeast-2,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-pro-v1:0,eu-central-1,,in_region,on_demand,input,1.05,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-pro-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-pro-v1:0,eu-central-1,,in_region,on_demand,output,4.2,0,,,LiteLLM model_prices 2026-08-01 key eu.amazon.nova-pro-v1:0; eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees
bedrock,amazon.nova-pro-v1:0,eu-central-1,,in_region,on_demand,cache_read,0.2625,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key eu.amazon.nova-pro-v1:0"
bedrock,amazon.nova-pro-v1:0,eu-central-1,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-pro-v1:0,us-gov-east-1,,in_region,on_demand,input,0.96,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/amazon.nova-pro-v1:0
bedrock,amazon.nova-pro-v1:0,us-gov-east-1,,in_region,on_demand,output,3.84,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/amazon.nova-pro-v1:0
bedrock,amazon.nova-pro-v1:0,us-gov-east-1,,in_region,on_demand,cache_read,0.24,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/amazon.nova-pro-v1:0"
bedrock,amazon.nova-pro-v1:0,us-gov-east-1,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.nova-pro-v1:0,us-gov-west-1,,in_region,on_demand,input,0.96,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/amazon.nova-pro-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,amazon.nova-pro-v1:0,us-gov-west-1,,in_region,on_demand,output,3.84,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/amazon.nova-pro-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,amazon.nova-pro-v1:0,us-gov-west-1,,in_region,on_demand,cache_read,0.24,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py) applied to LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/amazon.nova-pro-v1:0"
bedrock,amazon.nova-pro-v1:0,us-gov-west-1,,in_region,on_demand,cache_write,0,0,,,"Nova cache rule read 0.25x input, write $0 (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)"
bedrock,amazon.titan-embed-image-v1,,,in_region,on_demand,input,0.8,0,,,LiteLLM model_prices 2026-08-01 key amazon.titan-embed-image-v1; public catalog code (code index file id 55400526685) gives $0.0008 per 1K text tokens
bedrock,amazon.titan-embed-text-v1,,,in_region,on_demand,input,0.1,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.titan-embed-text-v1`, from the Price List API, genai-prices #208)"
bedrock,amazon.titan-embed-text-v2:0,,,in_region,on_demand,input,0.02,0,,,LiteLLM model_prices 2026-08-01 key amazon.titan-embed-text-v2:0; AWS Price List $0.00002/1K TitanEmbeddingV2-Text-input-tokens (LiteLLM #29656)
bedrock,amazon.titan-text-express-v1,,,in_region,on_demand,input,0.2,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.titan-text-express-v1`, from the Price List API, genai-prices #208); LiteLLM bare gives 1.3 (not the AWS Price List rate)"
bedrock,amazon.titan-text-express-v1,,,in_region,on_demand,output,0.6,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.titan-text-express-v1`, from the Price List API, genai-prices #208); LiteLLM bare gives 1.7 (not the AWS Price List rate)"
bedrock,amazon.titan-text-lite-v1,,,in_region,on_demand,input,0.15,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.titan-text-lite-v1`, from the Price List API, genai-prices #208); LiteLLM bare gives 0.3 (not the AWS Price List rate)"
bedrock,amazon.titan-text-lite-v1,,,in_region,on_demand,output,0.2,0,,,"AWS Price List us-east-1 (genai-prices 0.1.8 aws `amazon.titan-text-lite-v1`, from the Price List API, genai-prices #208); LiteLLM bare gives 0.4 (not the AWS Price List rate)"
bedrock,amazon.titan-text-premier-v1:0,,,in_region,on_demand,input,0.5,0,,,LiteLLM model_prices 2026-08-01 key amazon.titan-text-premier-v1:0; public catalog code (code index file id 55400526685) gives 0.50/1.50
bedrock,amazon.titan-text-premier-v1:0,,,in_region,on_demand,output,1.5,0,,,LiteLLM model_prices 2026-08-01 key amazon.titan-text-premier-v1:0; public catalog code (code index file id 55400526685) gives 0.50/1.50
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,in_region,on_demand,input,0.8,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-haiku-20241022-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM eu. gives 0.25 (Claude 3 Haiku figures copied)"
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,in_region,on_demand,output,4,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-haiku-20241022-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM eu. gives 1.25 (Claude 3 Haiku figures copied)"
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,in_region,on_demand,cache_read,0.08,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-haiku-20241022-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM eu. gives 0.025 (Claude 3 Haiku figures copied)"
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,in_region,on_demand,cache_write,1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-haiku-20241022-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM eu. gives 0.3125 (Claude 3 Haiku figures copied)"
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,,,in_region,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20240620-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,,,in_region,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20240620-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,us-gov-east-1,,in_region,on_demand,input,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,us-gov-east-1,,in_region,on_demand,output,18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,us-gov-west-1,,in_region,on_demand,input,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-5-sonnet-20240620-v1:0
bedrock,anthropic.claude-3-5-sonnet-20240620-v1:0,us-gov-west-1,,in_region,on_demand,output,18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-5-sonnet-20240620-v1:0
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,in_region,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20241022-v2:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,in_region,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20241022-v2:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,in_region,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20241022-v2:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,in_region,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-5-sonnet-20241022-v2:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,,,in_region,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-7-sonnet-20250219-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,,,in_region,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-7-sonnet-20250219-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,,,in_region,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-7-sonnet-20250219-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,,,in_region,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-7-sonnet-20250219-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,us-gov-west-1,,in_region,on_demand,input,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,us-gov-west-1,,in_region,on_demand,output,18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,us-gov-west-1,,in_region,on_demand,cache_read,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0; = 0.1x input rule
bedrock,anthropic.claude-3-7-sonnet-20250219-v1:0,us-gov-west-1,,in_region,on_demand,cache_write,4.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0; = 1.25x input rule
bedrock,anthropic.claude-3-haiku-20240307-v1:0,,,in_region,on_demand,input,0.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-haiku-20240307-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-haiku-20240307-v1:0,,,in_region,on_demand,output,1.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-haiku-20240307-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-haiku-20240307-v1:0,,,in_region,on_demand,cache_read,0.03,0,,,Anthropic Claude 3 Haiku cache prices (LiteLLM #40360); LiteLLM apac./bare/eu./us. gives 0.025 (unexplained)
bedrock,anthropic.claude-3-haiku-20240307-v1:0,,,in_region,on_demand,cache_write,0.3,0,,,Anthropic Claude 3 Haiku cache prices (LiteLLM #40360); LiteLLM apac./bare/eu./us. gives 0.3125 (unexplained)
bedrock,anthropic.claude-3-haiku-20240307-v1:0,us-gov-east-1,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0
bedrock,anthropic.claude-3-haiku-20240307-v1:0,us-gov-east-1,,in_region,on_demand,output,1.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0
bedrock,anthropic.claude-3-haiku-20240307-v1:0,us-gov-west-1,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0
bedrock,anthropic.claude-3-haiku-20240307-v1:0,us-gov-west-1,,in_region,on_demand,output,1.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,in_region,on_demand,input,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-opus-20240229-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,in_region,on_demand,output,75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-opus-20240229-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-sonnet-20240229-v1:0,,,in_region,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-sonnet-20240229-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-3-sonnet-20240229-v1:0,,,in_region,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-3-sonnet-20240229-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-fable-5,,,global,on_demand,input,10,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-fable-5,,,global,on_demand,output,50,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-fable-5,,,global,on_demand,cache_read,1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-fable-5,,,global,on_demand,cache_write,12.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-fable-5,,,global,on_demand,cache_write_1h,20,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-fable-5,,,in_region,on_demand,input,11,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679); models.dev us. gives 10 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-fable-5,,,in_region,on_demand,output,55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 50 (global rate, as in LiteLLM #42679); models.dev us. gives 50 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-fable-5,,,in_region,on_demand,cache_read,1.1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 1 (global rate, as in LiteLLM #42679); models.dev us. gives 1 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-fable-5,,,in_region,on_demand,cache_write,13.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-fable-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 12.5 (global rate, as in LiteLLM #42679); models.dev us. gives 12.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-fable-5,,,in_region,on_demand,cache_write_1h,22,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 20 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,batch,input,0.5,0,,,AWS Price List usage types EUW2_InputTokenCount_Global_Batch / EUW2_OutputTokenCount_Global_Batch (code index file id 69157628714; bedrock_pricing_2026.md s3); = 50% of global on-demand
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,batch,output,2.5,0,,,AWS Price List usage types EUW2_InputTokenCount_Global_Batch / EUW2_OutputTokenCount_Global_Batch (code index file id 69157628714; bedrock_pricing_2026.md s3); = 50% of global on-demand
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,on_demand,input,1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,on_demand,output,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,on_demand,cache_read,0.1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,on_demand,cache_write,1.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,global,on_demand,cache_write_1h,2,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,in_region,on_demand,input,1.1,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 1 (global rate, as in LiteLLM #42679); models.dev au./bare/us. gives 1 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,in_region,on_demand,output,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 5 (global rate, as in LiteLLM #42679); models.dev au./bare/us. gives 5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,in_region,on_demand,cache_read,0.11,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.1 (global rate, as in LiteLLM #42679); models.dev au./bare/us. gives 0.1 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,in_region,on_demand,cache_write,1.375,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-haiku-4-5-20251001-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 1.25 (global rate, as in LiteLLM #42679); models.dev au./bare/us. gives 1.25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,,,in_region,on_demand,cache_write_1h,2.2,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 2 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-east-1,,in_region,on_demand,input,1.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-east-1,,in_region,on_demand,output,6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-east-1,,in_region,on_demand,cache_read,0.12,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 0.1x input rule
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-east-1,,in_region,on_demand,cache_write,1.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 1.25x input rule
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-east-1,,in_region,on_demand,cache_write_1h,2.4,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 2x input rule
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-west-1,,in_region,on_demand,input,1.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-west-1,,in_region,on_demand,output,6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-west-1,,in_region,on_demand,cache_read,0.12,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 0.1x input rule
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-west-1,,in_region,on_demand,cache_write,1.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 1.25x input rule
bedrock,anthropic.claude-haiku-4-5-20251001-v1:0,us-gov-west-1,,in_region,on_demand,cache_write_1h,2.4,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0; = 2x input rule
bedrock,anthropic.claude-opus-4-1-20250805-v1:0,,,in_region,on_demand,input,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-1-20250805-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-1-20250805-v1:0,,,in_region,on_demand,output,75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-1-20250805-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-1-20250805-v1:0,,,in_region,on_demand,cache_read,1.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-1-20250805-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-1-20250805-v1:0,,,in_region,on_demand,cache_write,18.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-1-20250805-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,in_region,on_demand,input,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,in_region,on_demand,output,75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,in_region,on_demand,cache_read,1.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,in_region,on_demand,cache_write,18.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,global,on_demand,input,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,global,on_demand,output,25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,global,on_demand,cache_read,0.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,global,on_demand,cache_write,6.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,global,on_demand,cache_write_1h,10,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,in_region,on_demand,input,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare/eu. gives 5 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,in_region,on_demand,output,27.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare/eu. gives 25 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,in_region,on_demand,cache_read,0.55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare/eu. gives 0.5 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 0.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,in_region,on_demand,cache_write,6.875,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-5-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare/eu. gives 6.25 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 6.25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-5-20251101-v1:0,,,in_region,on_demand,cache_write_1h,11,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-4-6-v1,,,global,on_demand,input,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-6-v1,,,global,on_demand,output,25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-6-v1,,,global,on_demand,cache_read,0.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-6-v1,,,global,on_demand,cache_write,6.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-6-v1,,,global,on_demand,cache_write_1h,10,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-opus-4-6-v1,,,in_region,on_demand,input,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 5 (global rate, as in LiteLLM #42679); models.dev au. gives 16.5 (models.dev data error (3x)); models.dev bare/us. gives 5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-6-v1,,,in_region,on_demand,output,27.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 25 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938); models.dev au. gives 82.5 (models.dev data error (3x))"
bedrock,anthropic.claude-opus-4-6-v1,,,in_region,on_demand,cache_read,0.55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.5 (global rate, as in LiteLLM #42679); models.dev bare/us. gives 0.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938); models.dev au. gives 1.65 (models.dev data error (3x))"
bedrock,anthropic.claude-opus-4-6-v1,,,in_region,on_demand,cache_write,6.875,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 6.25 (global rate, as in LiteLLM #42679); models.dev au. gives 20.625 (models.dev data error (3x)); models.dev bare/us. gives 6.25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-6-v1,,,in_region,on_demand,cache_write_1h,11,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-4-7,,,global,on_demand,input,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-7,,,global,on_demand,output,25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-7,,,global,on_demand,cache_read,0.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-7,,,global,on_demand,cache_write,6.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-7,,,global,on_demand,cache_write_1h,10,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-opus-4-7,,,in_region,on_demand,input,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 5 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-7,,,in_region,on_demand,output,27.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 25 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-7,,,in_region,on_demand,cache_read,0.55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.5 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 0.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-7,,,in_region,on_demand,cache_write,6.875,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-7-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 6.25 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 6.25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-7,,,in_region,on_demand,cache_write_1h,11,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-4-8,,,global,on_demand,input,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-8,,,global,on_demand,output,25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-4-8,,,global,on_demand,cache_read,0.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-4-8,,,global,on_demand,cache_write,6.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-4-8,,,global,on_demand,cache_write_1h,10,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-opus-4-8,,,in_region,on_demand,input,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 5 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-8,,,in_region,on_demand,output,27.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 25 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-8,,,in_region,on_demand,cache_read,0.55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.5 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 0.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-8,,,in_region,on_demand,cache_write,6.875,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-4-8-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 6.25 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 6.25 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-opus-4-8,,,in_region,on_demand,cache_write_1h,11,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-5,,,global,on_demand,input,5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-5,,,global,on_demand,output,25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-opus-5,,,global,on_demand,cache_read,0.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-opus-5,,,global,on_demand,cache_write,6.25,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-opus-5,,,global,on_demand,cache_write_1h,10,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-opus-5,,,in_region,on_demand,input,5.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 5 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-5,,,in_region,on_demand,output,27.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 25 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-5,,,in_region,on_demand,cache_read,0.55,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.5 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-5,,,in_region,on_demand,cache_write,6.875,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-opus-5`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 6.25 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-opus-5,,,in_region,on_demand,cache_write_1h,11,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,input,6,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-20250514-v1:0 field input_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,output,22.5,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-20250514-v1:0 field output_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,cache_read,0.6,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-20250514-v1:0 field cache_read_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,global,on_demand,cache_write,7.5,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-20250514-v1:0 field cache_creation_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-20250514-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,input,6,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-20250514-v1:0 field input_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,output,22.5,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-20250514-v1:0 field output_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,cache_read,0.6,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-20250514-v1:0 field cache_read_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,in_region,on_demand,cache_write,7.5,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-20250514-v1:0 field cache_creation_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_write_1h,6,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,input,6,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-5-20250929-v1:0 field input_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,output,22.5,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-5-20250929-v1:0 field output_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_read,0.6,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_read_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_write,7.5,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,global,on_demand,cache_write_1h,12,200000,,,"LiteLLM model_prices 2026-08-01 key global.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_1hr_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,input,3.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 3 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 3 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,output,16.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 15 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 15 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_read,0.33,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.3 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 0.3 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_write,4.125,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-5-20250929-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 3.75 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 3.75 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_write_1h,6.6,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 6 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,input,6.6,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-5-20250929-v1:0 field input_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214); LiteLLM bare anthropic.claude-sonnet-4-5-20250929-v1:0 gives 6 (global rate, LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,output,24.75,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-5-20250929-v1:0 field output_cost_per_token_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214); LiteLLM bare anthropic.claude-sonnet-4-5-20250929-v1:0 gives 22.5 (global rate, LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_read,0.66,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_read_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214); LiteLLM bare anthropic.claude-sonnet-4-5-20250929-v1:0 gives 0.6 (global rate, LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_write,8.25,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214); LiteLLM bare anthropic.claude-sonnet-4-5-20250929-v1:0 gives 7.5 (global rate, LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,,,in_region,on_demand,cache_write_1h,13.2,200000,,,"LiteLLM model_prices 2026-08-01 key us.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_1hr_above_200k_tokens; = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214); LiteLLM bare anthropic.claude-sonnet-4-5-20250929-v1:0 gives 12 (global rate, LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,input,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,output,18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_read,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 0.1x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_write,4.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 1.25x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_write_1h,7.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 2x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,input,7.2,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field input_cost_per_token_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,output,27,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field output_cost_per_token_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_read,0.72,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_read_input_token_cost_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_write,9,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-east-1,,in_region,on_demand,cache_write_1h,14.4,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_1hr_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,input,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,output,18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0; truefoundry/models @01fb2c3 agrees
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_read,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 0.1x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_write,4.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 1.25x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_write_1h,7.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0; = 2x input rule
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,input,7.2,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field input_cost_per_token_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,output,27,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field output_cost_per_token_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_read,0.72,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_read_input_token_cost_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_write,9,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,us-gov-west-1,,in_region,on_demand,cache_write_1h,14.4,200000,,,"LiteLLM model_prices 2026-08-01 key us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 field cache_creation_input_token_cost_above_1hr_above_200k_tokens (us-gov. profile is billed at the source-Region rate); = long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x (LiteLLM #15764, #18988, PR #20214)"
bedrock,anthropic.claude-sonnet-4-6,,,global,on_demand,input,3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-6,,,global,on_demand,output,15,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21)"
bedrock,anthropic.claude-sonnet-4-6,,,global,on_demand,cache_read,0.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule"
bedrock,anthropic.claude-sonnet-4-6,,,global,on_demand,cache_write,3.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule"
bedrock,anthropic.claude-sonnet-4-6,,,global,on_demand,cache_write_1h,6,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-sonnet-4-6,,,in_region,on_demand,input,3.3,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 3 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 3 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-6,,,in_region,on_demand,output,16.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); LiteLLM bare gives 15 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 15 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-6,,,in_region,on_demand,cache_read,0.33,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 0.1x input rule; LiteLLM bare gives 0.3 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 0.3 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-6,,,in_region,on_demand,cache_write,4.125,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-4-6-v1:0`; same in aws.yml @47df840, 2026-08-21); = 1.25x input rule; LiteLLM bare gives 3.75 (global rate, as in LiteLLM #42679); models.dev bare/jp./us. gives 3.75 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-4-6,,,in_region,on_demand,cache_write_1h,6.6,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 6 (global rate, as in LiteLLM #42679)"
bedrock,anthropic.claude-sonnet-5,,,global,on_demand,input,2,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn)"
bedrock,anthropic.claude-sonnet-5,,,global,on_demand,output,10,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn)"
bedrock,anthropic.claude-sonnet-5,,,global,on_demand,cache_read,0.2,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); = 0.1x input rule"
bedrock,anthropic.claude-sonnet-5,,,global,on_demand,cache_write,2.5,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `global.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); = 1.25x input rule"
bedrock,anthropic.claude-sonnet-5,,,global,on_demand,cache_write_1h,4,0,,,Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)
bedrock,anthropic.claude-sonnet-5,,,in_region,on_demand,input,2.2,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); LiteLLM bare gives 2 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 2 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-5,,,in_region,on_demand,output,11,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); LiteLLM bare gives 10 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 10 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-5,,,in_region,on_demand,cache_read,0.22,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); = 0.1x input rule; LiteLLM bare gives 0.2 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 0.2 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-5,,,in_region,on_demand,cache_write,2.75,0,,,"AWS Bedrock pricing (genai-prices 0.1.8 aws `regional.anthropic.claude-sonnet-5-v1:0`: launch rate made permanent; aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn); = 1.25x input rule; LiteLLM bare gives 2.5 (global rate, as in LiteLLM #42679); models.dev au./bare/jp./us. gives 2.5 (global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938)"
bedrock,anthropic.claude-sonnet-5,,,in_region,on_demand,cache_write_1h,4.4,0,,,"Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input (aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py); LiteLLM bare gives 4 (global rate, as in LiteLLM #42679)"
bedrock,cohere.command-light-text-v14,,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-light-text-v14
bedrock,cohere.command-light-text-v14,,,in_region,on_demand,output,0.6,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-light-text-v14
bedrock,cohere.command-r-plus-v1:0,,,in_region,on_demand,input,3,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-r-plus-v1:0
bedrock,cohere.command-r-plus-v1:0,,,in_region,on_demand,output,15,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-r-plus-v1:0
bedrock,cohere.command-r-v1:0,,,in_region,on_demand,input,0.5,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-r-v1:0
bedrock,cohere.command-r-v1:0,,,in_region,on_demand,output,1.5,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-r-v1:0
bedrock,cohere.command-text-v14,,,in_region,on_demand,input,1.5,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-text-v14
bedrock,cohere.command-text-v14,,,in_region,on_demand,output,2,0,,,LiteLLM model_prices 2026-08-01 key cohere.command-text-v14
bedrock,cohere.embed-english-v3,,,in_region,on_demand,input,0.1,0,,,LiteLLM model_prices 2026-08-01 key cohere.embed-english-v3
bedrock,cohere.embed-multilingual-v3,,,in_region,on_demand,input,0.1,0,,,LiteLLM model_prices 2026-08-01 key cohere.embed-multilingual-v3
bedrock,cohere.embed-v4:0,,,in_region,on_demand,input,0.12,0,,,LiteLLM model_prices 2026-08-01 key cohere.embed-v4:0
bedrock,deepseek.r1-v1:0,,,in_region,on_demand,input,1.35,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id deepseek.r1-v1:0)
bedrock,deepseek.r1-v1:0,,,in_region,on_demand,output,5.4,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id deepseek.r1-v1:0)
bedrock,deepseek.v3-v1:0,,,in_region,on_demand,input,0.58,0,,,LiteLLM model_prices 2026-08-01 key deepseek.v3-v1:0
bedrock,deepseek.v3-v1:0,,,in_region,on_demand,output,1.68,0,,,LiteLLM model_prices 2026-08-01 key deepseek.v3-v1:0
bedrock,deepseek.v3.2,,,in_region,on_demand,input,0.62,0,,,LiteLLM model_prices 2026-08-01 key deepseek.v3.2
bedrock,deepseek.v3.2,,,in_region,on_demand,output,1.85,0,,,LiteLLM model_prices 2026-08-01 key deepseek.v3.2
bedrock,deepseek.v3.2,,eu,geo,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key eu.deepseek.v3.2
bedrock,deepseek.v3.2,,eu,geo,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key eu.deepseek.v3.2
bedrock,deepseek.v3.2,,us,geo,on_demand,input,0.62,0,,,LiteLLM model_prices 2026-08-01 key us.deepseek.v3.2
bedrock,deepseek.v3.2,,us,geo,on_demand,output,1.85,0,,,LiteLLM model_prices 2026-08-01 key us.deepseek.v3.2
bedrock,deepseek.v3.2,ap-northeast-1,,in_region,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/deepseek.v3.2
bedrock,deepseek.v3.2,ap-northeast-1,,in_region,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/deepseek.v3.2
bedrock,deepseek.v3.2,ap-south-1,,in_region,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/deepseek.v3.2
bedrock,deepseek.v3.2,ap-south-1,,in_region,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/deepseek.v3.2
bedrock,deepseek.v3.2,ap-southeast-3,,in_region,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/deepseek.v3.2
bedrock,deepseek.v3.2,ap-southeast-3,,in_region,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/deepseek.v3.2
bedrock,deepseek.v3.2,eu-north-1,,in_region,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/deepseek.v3.2
bedrock,deepseek.v3.2,eu-north-1,,in_region,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/deepseek.v3.2
bedrock,deepseek.v3.2,sa-east-1,,in_region,on_demand,input,0.74,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/deepseek.v3.2
bedrock,deepseek.v3.2,sa-east-1,,in_region,on_demand,output,2.22,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/deepseek.v3.2
bedrock,google.gemma-3-12b-it,,,in_region,on_demand,input,0.09,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-12b-it); differs: models.dev f3fc692 0.05/0.1 (AWS figure taken)
bedrock,google.gemma-3-12b-it,,,in_region,on_demand,output,0.29,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-12b-it); differs: models.dev f3fc692 0.05/0.1 (AWS figure taken)
bedrock,google.gemma-3-27b-it,,,in_region,on_demand,input,0.23,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-27b-it); differs: models.dev f3fc692 0.12/0.2 (AWS figure taken)
bedrock,google.gemma-3-27b-it,,,in_region,on_demand,output,0.38,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-27b-it); differs: models.dev f3fc692 0.12/0.2 (AWS figure taken)
bedrock,google.gemma-3-4b-it,,,in_region,on_demand,input,0.04,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-4b-it)
bedrock,google.gemma-3-4b-it,,,in_region,on_demand,output,0.08,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id google.gemma-3-4b-it)
bedrock,google.gemma-4-26b-a4b,,,in_region,on_demand,input,0.13,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-26b-a4b
bedrock,google.gemma-4-26b-a4b,,,in_region,on_demand,output,0.4,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-26b-a4b
bedrock,google.gemma-4-31b,,,in_region,on_demand,input,0.14,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-31b
bedrock,google.gemma-4-31b,,,in_region,on_demand,output,0.4,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-31b
bedrock,google.gemma-4-e2b,,,in_region,on_demand,input,0.04,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-e2b
bedrock,google.gemma-4-e2b,,,in_region,on_demand,output,0.08,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/google.gemma-4-e2b
bedrock,meta.llama2-13b-chat-v1,,,in_region,on_demand,input,0.75,0,,,LiteLLM model_prices 2026-08-01 key meta.llama2-13b-chat-v1
bedrock,meta.llama2-13b-chat-v1,,,in_region,on_demand,output,1,0,,,LiteLLM model_prices 2026-08-01 key meta.llama2-13b-chat-v1
bedrock,meta.llama2-70b-chat-v1,,,in_region,on_demand,input,1.95,0,,,LiteLLM model_prices 2026-08-01 key meta.llama2-70b-chat-v1
bedrock,meta.llama2-70b-chat-v1,,,in_region,on_demand,output,2.56,0,,,LiteLLM model_prices 2026-08-01 key meta.llama2-70b-chat-v1
bedrock,meta.llama3-1-70b-instruct-v1:0,,,in_region,on_demand,input,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-1-70b-instruct-v1:0); differs: LiteLLM 0.99/0.99 (AWS figure taken)
bedrock,meta.llama3-1-70b-instruct-v1:0,,,in_region,on_demand,output,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-1-70b-instruct-v1:0); differs: LiteLLM 0.99/0.99 (AWS figure taken)
bedrock,meta.llama3-1-8b-instruct-v1:0,,,in_region,on_demand,input,0.22,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-1-8b-instruct-v1:0)
bedrock,meta.llama3-1-8b-instruct-v1:0,,,in_region,on_demand,output,0.22,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-1-8b-instruct-v1:0)
bedrock,meta.llama3-2-11b-instruct-v1:0,,,in_region,on_demand,input,0.16,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-11b-instruct-v1:0); differs: LiteLLM 0.35/0.35 (AWS figure taken)
bedrock,meta.llama3-2-11b-instruct-v1:0,,,in_region,on_demand,output,0.16,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-11b-instruct-v1:0); differs: LiteLLM 0.35/0.35 (AWS figure taken)
bedrock,meta.llama3-2-1b-instruct-v1:0,,,in_region,on_demand,input,0.1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-1b-instruct-v1:0)
bedrock,meta.llama3-2-1b-instruct-v1:0,,,in_region,on_demand,output,0.1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-1b-instruct-v1:0)
bedrock,meta.llama3-2-1b-instruct-v1:0,,eu,geo,on_demand,input,0.13,0,,,LiteLLM model_prices 2026-08-01 key eu.meta.llama3-2-1b-instruct-v1:0
bedrock,meta.llama3-2-1b-instruct-v1:0,,eu,geo,on_demand,output,0.13,0,,,LiteLLM model_prices 2026-08-01 key eu.meta.llama3-2-1b-instruct-v1:0
bedrock,meta.llama3-2-1b-instruct-v1:0,,us,geo,on_demand,input,0.1,0,,,LiteLLM model_prices 2026-08-01 key us.meta.llama3-2-1b-instruct-v1:0
bedrock,meta.llama3-2-1b-instruct-v1:0,,us,geo,on_demand,output,0.1,0,,,LiteLLM model_prices 2026-08-01 key us.meta.llama3-2-1b-instruct-v1:0
bedrock,meta.llama3-2-3b-instruct-v1:0,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-3b-instruct-v1:0)
bedrock,meta.llama3-2-3b-instruct-v1:0,,,in_region,on_demand,output,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-3b-instruct-v1:0)
bedrock,meta.llama3-2-3b-instruct-v1:0,,eu,geo,on_demand,input,0.19,0,,,LiteLLM model_prices 2026-08-01 key eu.meta.llama3-2-3b-instruct-v1:0
bedrock,meta.llama3-2-3b-instruct-v1:0,,eu,geo,on_demand,output,0.19,0,,,LiteLLM model_prices 2026-08-01 key eu.meta.llama3-2-3b-instruct-v1:0
bedrock,meta.llama3-2-3b-instruct-v1:0,,us,geo,on_demand,input,0.15,0,,,LiteLLM model_prices 2026-08-01 key us.meta.llama3-2-3b-instruct-v1:0
bedrock,meta.llama3-2-3b-instruct-v1:0,,us,geo,on_demand,output,0.15,0,,,LiteLLM model_prices 2026-08-01 key us.meta.llama3-2-3b-instruct-v1:0
bedrock,meta.llama3-2-90b-instruct-v1:0,,,in_region,on_demand,input,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-90b-instruct-v1:0); differs: LiteLLM 2/2 (AWS figure taken)
bedrock,meta.llama3-2-90b-instruct-v1:0,,,in_region,on_demand,output,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-2-90b-instruct-v1:0); differs: LiteLLM 2/2 (AWS figure taken)
bedrock,meta.llama3-3-70b-instruct-v1:0,,,in_region,on_demand,input,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-3-70b-instruct-v1:0)
bedrock,meta.llama3-3-70b-instruct-v1:0,,,in_region,on_demand,output,0.72,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-3-70b-instruct-v1:0)
bedrock,meta.llama3-70b-instruct-v1:0,,,in_region,on_demand,input,2.65,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-70b-instruct-v1:0)
bedrock,meta.llama3-70b-instruct-v1:0,,,in_region,on_demand,output,3.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-70b-instruct-v1:0)
bedrock,meta.llama3-70b-instruct-v1:0,ap-south-1,,in_region,on_demand,input,3.18,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,ap-south-1,,in_region,on_demand,output,4.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,ca-central-1,,in_region,on_demand,input,3.05,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ca-central-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,ca-central-1,,in_region,on_demand,output,4.03,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ca-central-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,eu-west-1,,in_region,on_demand,input,2.86,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,eu-west-1,,in_region,on_demand,output,3.78,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,eu-west-2,,in_region,on_demand,input,3.45,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,eu-west-2,,in_region,on_demand,output,4.55,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,sa-east-1,,in_region,on_demand,input,4.45,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,sa-east-1,,in_region,on_demand,output,5.88,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/meta.llama3-70b-instruct-v1:0
bedrock,meta.llama3-70b-instruct-v1:0,us-gov-east-1,,in_region,on_demand,input,2.65,0,,,"LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/meta.llama3-70b-instruct-v1:0 (GovCloud row, same as commercial)"
bedrock,meta.llama3-70b-instruct-v1:0,us-gov-east-1,,in_region,on_demand,output,3.5,0,,,"LiteLLM model_prices 2026-08-01 key bedrock/us-gov-east-1/meta.llama3-70b-instruct-v1:0 (GovCloud row, same as commercial)"
bedrock,meta.llama3-70b-instruct-v1:0,us-gov-west-1,,in_region,on_demand,input,2.65,0,,,"LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/meta.llama3-70b-instruct-v1:0 (GovCloud row, same as commercial)"
bedrock,meta.llama3-70b-instruct-v1:0,us-gov-west-1,,in_region,on_demand,output,3.5,0,,,"LiteLLM model_prices 2026-08-01 key bedrock/us-gov-west-1/meta.llama3-70b-instruct-v1:0 (GovCloud row, same as commercial)"
bedrock,meta.llama3-8b-instruct-v1:0,,,in_region,on_demand,input,0.3,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-8b-instruct-v1:0)
bedrock,meta.llama3-8b-instruct-v1:0,,,in_region,on_demand,output,0.6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama3-8b-instruct-v1:0)
bedrock,meta.llama3-8b-instruct-v1:0,ap-south-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,ap-south-1,,in_region,on_demand,output,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,ca-central-1,,in_region,on_demand,input,0.35,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ca-central-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,ca-central-1,,in_region,on_demand,output,0.69,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ca-central-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,eu-west-1,,in_region,on_demand,input,0.32,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,eu-west-1,,in_region,on_demand,output,0.65,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,eu-west-2,,in_region,on_demand,input,0.39,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,eu-west-2,,in_region,on_demand,output,0.78,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,sa-east-1,,in_region,on_demand,input,0.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama3-8b-instruct-v1:0,sa-east-1,,in_region,on_demand,output,1.01,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/meta.llama3-8b-instruct-v1:0
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,in_region,batch,input,0.12,0,,,LiteLLM model_prices 2026-08-01 key meta.llama4-maverick-17b-instruct-v1:0 (*_batches)
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,in_region,batch,output,0.485,0,,,LiteLLM model_prices 2026-08-01 key meta.llama4-maverick-17b-instruct-v1:0 (*_batches)
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,in_region,on_demand,input,0.24,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama4-maverick-17b-instruct-v1:0)
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,in_region,on_demand,output,0.97,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama4-maverick-17b-instruct-v1:0)
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,in_region,batch,input,0.085,0,,,LiteLLM model_prices 2026-08-01 key meta.llama4-scout-17b-instruct-v1:0 (*_batches)
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,in_region,batch,output,0.33,0,,,LiteLLM model_prices 2026-08-01 key meta.llama4-scout-17b-instruct-v1:0 (*_batches)
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,in_region,on_demand,input,0.17,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama4-scout-17b-instruct-v1:0)
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,in_region,on_demand,output,0.66,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id meta.llama4-scout-17b-instruct-v1:0)
bedrock,minimax.minimax-m2,,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2
bedrock,minimax.minimax-m2,,,in_region,on_demand,output,1.2,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2
bedrock,minimax.minimax-m2.1,,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,,,in_region,on_demand,output,1.2,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-northeast-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-northeast-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-south-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-southeast-3,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,ap-southeast-3,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-central-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-central-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-north-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-north-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-south-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-west-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-west-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-west-2,,in_region,on_demand,input,0.47,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,eu-west-2,,in_region,on_demand,output,1.86,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,sa-east-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.1,sa-east-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/minimax.minimax-m2.1
bedrock,minimax.minimax-m2.5,,,in_region,on_demand,input,0.3,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,,,in_region,on_demand,output,1.2,0,,,LiteLLM model_prices 2026-08-01 key minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-northeast-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-northeast-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-south-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-southeast-2,,in_region,on_demand,input,0.309,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-2/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-southeast-2,,in_region,on_demand,output,1.236,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-2/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-southeast-3,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,ap-southeast-3,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-central-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-central-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-north-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-north-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-south-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-west-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-west-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-west-2,,in_region,on_demand,input,0.47,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,eu-west-2,,in_region,on_demand,output,1.86,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,sa-east-1,,in_region,on_demand,input,0.36,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/minimax.minimax-m2.5
bedrock,minimax.minimax-m2.5,sa-east-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/minimax.minimax-m2.5
bedrock,mistral.devstral-2-123b,,,in_region,on_demand,input,0.4,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.devstral-2-123b)
bedrock,mistral.devstral-2-123b,,,in_region,on_demand,output,2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.devstral-2-123b)
bedrock,mistral.magistral-small-2509,,,in_region,on_demand,input,0.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.magistral-small-2509)
bedrock,mistral.magistral-small-2509,,,in_region,on_demand,output,1.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.magistral-small-2509)
bedrock,mistral.ministral-3-14b-instruct,,,in_region,on_demand,input,0.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-14b-instruct)
bedrock,mistral.ministral-3-14b-instruct,,,in_region,on_demand,output,0.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-14b-instruct)
bedrock,mistral.ministral-3-3b-instruct,,,in_region,on_demand,input,0.1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-3b-instruct)
bedrock,mistral.ministral-3-3b-instruct,,,in_region,on_demand,output,0.1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-3b-instruct)
bedrock,mistral.ministral-3-8b-instruct,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-8b-instruct)
bedrock,mistral.ministral-3-8b-instruct,,,in_region,on_demand,output,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.ministral-3-8b-instruct)
bedrock,mistral.mistral-7b-instruct-v0:2,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-7b-instruct-v0:2)
bedrock,mistral.mistral-7b-instruct-v0:2,,,in_region,on_demand,output,0.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-7b-instruct-v0:2)
bedrock,mistral.mistral-7b-instruct-v0:2,eu-west-3,,in_region,on_demand,input,0.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-3/mistral.mistral-7b-instruct-v0:2
bedrock,mistral.mistral-7b-instruct-v0:2,eu-west-3,,in_region,on_demand,output,0.26,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-3/mistral.mistral-7b-instruct-v0:2
bedrock,mistral.mistral-large-2402-v1:0,,,in_region,on_demand,input,4,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-large-2402-v1:0); differs: LiteLLM 8/24 (AWS figure taken)
bedrock,mistral.mistral-large-2402-v1:0,,,in_region,on_demand,output,12,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-large-2402-v1:0); differs: LiteLLM 8/24 (AWS figure taken)
bedrock,mistral.mistral-large-3-675b-instruct,,,in_region,on_demand,input,0.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-large-3-675b-instruct)
bedrock,mistral.mistral-large-3-675b-instruct,,,in_region,on_demand,output,1.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-large-3-675b-instruct)
bedrock,mistral.mistral-small-2402-v1:0,,,in_region,on_demand,input,1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-small-2402-v1:0)
bedrock,mistral.mistral-small-2402-v1:0,,,in_region,on_demand,output,3,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mistral-small-2402-v1:0)
bedrock,mistral.mixtral-8x7b-instruct-v0:1,,,in_region,on_demand,input,0.45,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mixtral-8x7b-instruct-v0:1)
bedrock,mistral.mixtral-8x7b-instruct-v0:1,,,in_region,on_demand,output,0.7,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.mixtral-8x7b-instruct-v0:1)
bedrock,mistral.mixtral-8x7b-instruct-v0:1,eu-west-3,,in_region,on_demand,input,0.59,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1
bedrock,mistral.mixtral-8x7b-instruct-v0:1,eu-west-3,,in_region,on_demand,output,0.91,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1
bedrock,mistral.pixtral-large-2502-v1:0,,,in_region,on_demand,input,2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.pixtral-large-2502-v1:0)
bedrock,mistral.pixtral-large-2502-v1:0,,,in_region,on_demand,output,6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.pixtral-large-2502-v1:0)
bedrock,mistral.voxtral-mini-3b-2507,,,in_region,on_demand,input,0.04,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.voxtral-mini-3b-2507)
bedrock,mistral.voxtral-mini-3b-2507,,,in_region,on_demand,output,0.04,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.voxtral-mini-3b-2507)
bedrock,mistral.voxtral-small-24b-2507,,,in_region,on_demand,input,0.1,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.voxtral-small-24b-2507); differs: models.dev f3fc692 0.15/0.35 (AWS figure taken)
bedrock,mistral.voxtral-small-24b-2507,,,in_region,on_demand,output,0.3,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id mistral.voxtral-small-24b-2507); differs: models.dev f3fc692 0.15/0.35 (AWS figure taken)
bedrock,moonshot.kimi-k2-thinking,,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key moonshot.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,,,in_region,on_demand,output,2.5,0,,,LiteLLM model_prices 2026-08-01 key moonshot.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,ap-northeast-1,,in_region,on_demand,input,0.73,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/moonshotai.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,ap-northeast-1,,in_region,on_demand,output,3.03,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/moonshotai.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,ap-south-1,,in_region,on_demand,input,0.71,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/moonshotai.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,ap-south-1,,in_region,on_demand,output,2.94,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/moonshotai.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,sa-east-1,,in_region,on_demand,input,0.73,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/moonshotai.kimi-k2-thinking
bedrock,moonshot.kimi-k2-thinking,sa-east-1,,in_region,on_demand,output,3.03,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/moonshotai.kimi-k2-thinking
bedrock,moonshotai.kimi-k2.5,,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,,,in_region,on_demand,output,3,0,,,LiteLLM model_prices 2026-08-01 key moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-northeast-1,,in_region,on_demand,input,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-northeast-1,,in_region,on_demand,output,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-south-1,,in_region,on_demand,input,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-south-1,,in_region,on_demand,output,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-southeast-3,,in_region,on_demand,input,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,ap-southeast-3,,in_region,on_demand,output,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,eu-north-1,,in_region,on_demand,input,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,eu-north-1,,in_region,on_demand,output,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-north-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,sa-east-1,,in_region,on_demand,input,0.72,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/moonshotai.kimi-k2.5
bedrock,moonshotai.kimi-k2.5,sa-east-1,,in_region,on_demand,output,3.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/moonshotai.kimi-k2.5
bedrock,nvidia.nemotron-nano-12b-v2,,,in_region,on_demand,input,0.2,0,,,LiteLLM model_prices 2026-08-01 key nvidia.nemotron-nano-12b-v2
bedrock,nvidia.nemotron-nano-12b-v2,,,in_region,on_demand,output,0.6,0,,,LiteLLM model_prices 2026-08-01 key nvidia.nemotron-nano-12b-v2
bedrock,nvidia.nemotron-nano-3-30b,,,in_region,on_demand,input,0.06,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-nano-3-30b:0)
bedrock,nvidia.nemotron-nano-3-30b,,,in_region,on_demand,output,0.24,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-nano-3-30b:0)
bedrock,nvidia.nemotron-nano-9b-v2,,,in_region,on_demand,input,0.06,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-nano-9b-v2:0)
bedrock,nvidia.nemotron-nano-9b-v2,,,in_region,on_demand,output,0.23,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-nano-9b-v2:0)
bedrock,nvidia.nemotron-super-3-120b,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-super-3-120b:0)
bedrock,nvidia.nemotron-super-3-120b,,,in_region,on_demand,output,0.65,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id nvidia.nemotron-super-3-120b:0)
bedrock,nvidia.nemotron-super-3-120b,eu-west-2,,in_region,on_demand,input,0.23,0,,,AWS Bedrock pricing page eu-west-2 (London) as quoted in BerriAI/litellm issue #42469 (2026-09-22) and PR #42472
bedrock,nvidia.nemotron-super-3-120b,eu-west-2,,in_region,on_demand,output,1.01,0,,,AWS Bedrock pricing page eu-west-2 (London) as quoted in BerriAI/litellm issue #42469 (2026-09-22) and PR #42472
bedrock,openai.gpt-5.4,,,in_region,on_demand,input,2.75,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.4)
bedrock,openai.gpt-5.4,,,in_region,on_demand,output,16.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.4)
bedrock,openai.gpt-5.4,,,in_region,on_demand,cache_read,0.275,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.4)
bedrock,openai.gpt-5.5,,,in_region,on_demand,input,5.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.5)
bedrock,openai.gpt-5.5,,,in_region,on_demand,output,33,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.5)
bedrock,openai.gpt-5.5,,,in_region,on_demand,cache_read,0.55,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-5.5)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,input,0.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,output,1.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,cache_read,0.02,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,cache_write,0.25,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,input,0.4,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,output,1.8,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,cache_read,0.04,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,global,on_demand,cache_write,0.5,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,input,1.1,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,input,0.22,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,output,6.6,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,output,1.32,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_read,0.11,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_read,0.022,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_write,1.375,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_write,0.275,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,input,0.44,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,output,1.98,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_read,0.044,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-luna,,,in_region,on_demand,cache_write,0.55,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-luna) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,input,5,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,input,4,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,output,30,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,output,20,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_read,0.5,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_read,0.4,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_write,6.25,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_write,5,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,input,10,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,input,8,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,output,45,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,output,30,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_read,1,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_read,0.8,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_write,12.5,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,global,on_demand,cache_write,10,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,input,5.5,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,input,4.4,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,output,33,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,output,22,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_read,0.55,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_read,0.44,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_write,6.875,0,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_write,5.5,0,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,input,11,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,input,8.8,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,output,49.5,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,output,33,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_read,1.1,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_read,0.88,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_write,13.75,271999,,2026-08-21,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-sol,,,in_region,on_demand,cache_write,11,271999,2026-08-21,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-sol) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,input,2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,output,12,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,cache_read,0.2,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,cache_write,2.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,input,4,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,output,18,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,cache_read,0.4,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,global,on_demand,cache_write,5,271999,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id global.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,input,2.75,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,input,2.2,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,output,16.5,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,output,13.2,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_read,0.275,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_read,0.22,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_write,3.4375,0,,2026-07-30,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_write,2.75,0,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,input,4.4,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,output,19.8,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_read,0.44,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-5.6-terra,,,in_region,on_demand,cache_write,5.5,271999,2026-07-30,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id regional.openai.gpt-5.6-terra) (peer data only)
bedrock,openai.gpt-oss-120b-1:0,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-oss-120b-1:0)
bedrock,openai.gpt-oss-120b-1:0,,,in_region,on_demand,output,0.6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-oss-120b-1:0)
bedrock,openai.gpt-oss-20b-1:0,,,in_region,on_demand,input,0.07,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-oss-20b-1:0)
bedrock,openai.gpt-oss-20b-1:0,,,in_region,on_demand,output,0.3,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id openai.gpt-oss-20b-1:0)
bedrock,openai.gpt-oss-safeguard-120b,,,in_region,on_demand,input,0.15,0,,,LiteLLM model_prices 2026-08-01 key openai.gpt-oss-safeguard-120b
bedrock,openai.gpt-oss-safeguard-120b,,,in_region,on_demand,output,0.6,0,,,LiteLLM model_prices 2026-08-01 key openai.gpt-oss-safeguard-120b
bedrock,openai.gpt-oss-safeguard-20b,,,in_region,on_demand,input,0.07,0,,,LiteLLM model_prices 2026-08-01 key openai.gpt-oss-safeguard-20b
bedrock,openai.gpt-oss-safeguard-20b,,,in_region,on_demand,output,0.2,0,,,LiteLLM model_prices 2026-08-01 key openai.gpt-oss-safeguard-20b
bedrock,qwen.qwen3-235b-a22b-2507-v1:0,,,in_region,on_demand,input,0.22,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-235b-a22b-2507-v1:0
bedrock,qwen.qwen3-235b-a22b-2507-v1:0,,,in_region,on_demand,output,0.88,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-235b-a22b-2507-v1:0
bedrock,qwen.qwen3-32b-v1:0,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-32b-v1:0)
bedrock,qwen.qwen3-32b-v1:0,,,in_region,on_demand,output,0.6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-32b-v1:0)
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,batch,input,0.075,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,batch,output,0.3,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,flex,input,0.075,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,flex,output,0.3,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,on_demand,input,0.15,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-coder-30b-a3b-v1:0)
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,on_demand,output,0.6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-coder-30b-a3b-v1:0)
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,priority,input,0.2625,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-30b-a3b-v1:0,,,in_region,priority,output,1.05,0,,,"= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 (2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does not name, where Standard reads $0.1545/$0.618"
bedrock,qwen.qwen3-coder-480b-a35b-v1:0,,,in_region,on_demand,input,0.45,0,,,"AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-coder-480b-a35b-v1:0); differs: LiteLLM 0.22/1.8, models.dev f3fc692 0.22/1.8 (AWS figure taken); genai-prices PR #248 took $0.45/$1.80 from the AWS pricing page on 2025-12-14"
bedrock,qwen.qwen3-coder-480b-a35b-v1:0,,,in_region,on_demand,output,1.8,0,,,"AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-coder-480b-a35b-v1:0); differs: LiteLLM 0.22/1.8, models.dev f3fc692 0.22/1.8 (AWS figure taken); genai-prices PR #248 took $0.45/$1.80 from the AWS pricing page on 2025-12-14"
bedrock,qwen.qwen3-coder-next,,,in_region,on_demand,input,0.5,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-coder-next; differs: models.dev f3fc692 0.22/1.8
bedrock,qwen.qwen3-coder-next,,,in_region,on_demand,output,1.2,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-coder-next; differs: models.dev f3fc692 0.22/1.8
bedrock,qwen.qwen3-coder-next,ap-northeast-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,ap-northeast-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-northeast-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,ap-south-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,ap-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-south-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,ap-southeast-3,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,ap-southeast-3,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/ap-southeast-3/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-central-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-central-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-central-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-south-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-south-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-south-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-west-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-west-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-west-2,,in_region,on_demand,input,0.78,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,eu-west-2,,in_region,on_demand,output,1.86,0,,,LiteLLM model_prices 2026-08-01 key bedrock/eu-west-2/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,sa-east-1,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-coder-next,sa-east-1,,in_region,on_demand,output,1.44,0,,,LiteLLM model_prices 2026-08-01 key bedrock/sa-east-1/qwen.qwen3-coder-next
bedrock,qwen.qwen3-next-80b-a3b,,,in_region,on_demand,input,0.15,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-next-80b-a3b; differs: models.dev f3fc692 0.14/1.4; the US $0.15/$1.20 is also the N. Virginia rate in BerriAI/litellm PR #42191
bedrock,qwen.qwen3-next-80b-a3b,,,in_region,on_demand,output,1.2,0,,,LiteLLM model_prices 2026-08-01 key qwen.qwen3-next-80b-a3b; differs: models.dev f3fc692 0.14/1.4; the US $0.15/$1.20 is also the N. Virginia rate in BerriAI/litellm PR #42191
bedrock,qwen.qwen3-next-80b-a3b,eu-west-1,,in_region,on_demand,input,0.18,0,,,AWS Bedrock pricing page eu-west-1 as quoted in BerriAI/litellm issue #31692 (2026-06-30) and PR #31818
bedrock,qwen.qwen3-next-80b-a3b,eu-west-1,,in_region,on_demand,output,1.41,0,,,AWS Bedrock pricing page eu-west-1 as quoted in BerriAI/litellm issue #31692 (2026-06-30) and PR #31818
bedrock,qwen.qwen3-next-80b-a3b,eu-west-2,,in_region,on_demand,input,0.23,0,,,AWS Bedrock pricing page eu-west-2 as quoted in BerriAI/litellm PR #42191 (closed; per-Region Qwen3-Next prices)
bedrock,qwen.qwen3-next-80b-a3b,eu-west-2,,in_region,on_demand,output,1.86,0,,,AWS Bedrock pricing page eu-west-2 as quoted in BerriAI/litellm PR #42191 (closed; per-Region Qwen3-Next prices)
bedrock,qwen.qwen3-vl-235b-a22b,,,in_region,on_demand,input,0.53,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-vl-235b-a22b-v1:0); differs: models.dev f3fc692 0.3/1.5 (AWS figure taken)
bedrock,qwen.qwen3-vl-235b-a22b,,,in_region,on_demand,output,2.66,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id qwen.qwen3-vl-235b-a22b-v1:0); differs: models.dev f3fc692 0.3/1.5 (AWS figure taken)
bedrock,writer.palmyra-x4-v1:0,,,in_region,on_demand,input,2.5,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id writer.palmyra-x4-v1:0)
bedrock,writer.palmyra-x4-v1:0,,,in_region,on_demand,output,10,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id writer.palmyra-x4-v1:0)
bedrock,writer.palmyra-x5-v1:0,,,in_region,on_demand,input,0.6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id writer.palmyra-x5-v1:0)
bedrock,writer.palmyra-x5-v1:0,,,in_region,on_demand,output,6,0,,,AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id writer.palmyra-x5-v1:0)
bedrock,xai.grok-4.3,,,in_region,on_demand,input,1.25,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/xai.grok-4.3
bedrock,xai.grok-4.3,,,in_region,on_demand,output,2.5,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/xai.grok-4.3
bedrock,xai.grok-4.3,,,in_region,on_demand,cache_read,0.2,0,,,LiteLLM model_prices 2026-08-01 key bedrock_mantle/xai.grok-4.3
bedrock,zai.glm-4.7,,,in_region,on_demand,input,0.6,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-4.7
bedrock,zai.glm-4.7,,,in_region,on_demand,output,2.2,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-4.7
bedrock,zai.glm-4.7-flash,,,in_region,on_demand,input,0.07,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-4.7-flash
bedrock,zai.glm-4.7-flash,,,in_region,on_demand,output,0.4,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-4.7-flash
bedrock,zai.glm-5,,,in_region,on_demand,input,1,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-5
bedrock,zai.glm-5,,,in_region,on_demand,output,3.2,0,,,LiteLLM model_prices 2026-08-01 key zai.glm-5
groq,llama-3.1-8b-instant,,,in_region,on_demand,input,0.05,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,llama-3.1-8b-instant,,,in_region,on_demand,output,0.08,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,llama-3.3-70b-versatile,,,in_region,on_demand,input,0.59,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,llama-3.3-70b-versatile,,,in_region,on_demand,output,0.79,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,meta-llama/llama-4-maverick-17b-128e-instruct,,,in_region,on_demand,input,0.2,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,meta-llama/llama-4-maverick-17b-128e-instruct,,,in_region,on_demand,output,0.6,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,meta-llama/llama-4-scout-17b-16e-instruct,,,in_region,on_demand,input,0.11,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,meta-llama/llama-4-scout-17b-16e-instruct,,,in_region,on_demand,output,0.34,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,meta-llama/llama-guard-4-12b,,,in_region,on_demand,input,0.2,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,meta-llama/llama-guard-4-12b,,,in_region,on_demand,output,0.2,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,meta-llama/llama-prompt-guard-2-22m,,,in_region,on_demand,input,0.03,0,,,Groq pricing (models.dev @f3fc692; single source)
groq,meta-llama/llama-prompt-guard-2-22m,,,in_region,on_demand,output,0.03,0,,,Groq pricing (models.dev @f3fc692; single source)
groq,meta-llama/llama-prompt-guard-2-86m,,,in_region,on_demand,input,0.04,0,,,Groq pricing (models.dev @f3fc692; single source)
groq,meta-llama/llama-prompt-guard-2-86m,,,in_region,on_demand,output,0.04,0,,,Groq pricing (models.dev @f3fc692; single source)
groq,moonshotai/kimi-k2-instruct-0905,,,in_region,on_demand,input,1,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,moonshotai/kimi-k2-instruct-0905,,,in_region,on_demand,output,3,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @3beb135 agree)
groq,moonshotai/kimi-k2-instruct-0905,,,in_region,on_demand,cache_read,0.5,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @3beb135 agree)
groq,openai/gpt-oss-120b,,,in_region,on_demand,input,0.15,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,openai/gpt-oss-120b,,,in_region,on_demand,output,0.6,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree; tokenlens 1.3.0 has 0.75)
groq,openai/gpt-oss-120b,,,in_region,on_demand,cache_read,0.075,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
groq,openai/gpt-oss-20b,,,in_region,on_demand,input,0.075,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree; tokenlens 1.3.0 has 0.1)
groq,openai/gpt-oss-20b,,,in_region,on_demand,output,0.3,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree; tokenlens 1.3.0 has 0.5)
groq,openai/gpt-oss-20b,,,in_region,on_demand,cache_read,0.0375,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
groq,openai/gpt-oss-safeguard-20b,,,in_region,on_demand,input,0.075,0,,,Groq pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree; genai-prices groq.yml @f627bdd 2025-11-11 has 0.15)
groq,openai/gpt-oss-safeguard-20b,,,in_region,on_demand,output,0.3,0,,,Groq pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree; genai-prices groq.yml @f627bdd 2025-11-11 has 0.6)
groq,qwen/qwen3-32b,,,in_region,on_demand,input,0.29,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
groq,qwen/qwen3-32b,,,in_region,on_demand,output,0.59,0,,,Groq pricing (genai-prices groq.yml @f627bdd 2025-11-11 + LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,LiquidAI/LFM2-24B-A2B,,,in_region,on_demand,input,0.03,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,LiquidAI/LFM2-24B-A2B,,,in_region,on_demand,output,0.12,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.5,,,in_region,on_demand,input,0.3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.5,,,in_region,on_demand,output,1.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.5,,,in_region,on_demand,cache_read,0.06,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.7,,,in_region,on_demand,input,0.3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.7,,,in_region,on_demand,output,1.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M2.7,,,in_region,on_demand,cache_read,0.06,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M3,,,in_region,on_demand,input,0.3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M3,,,in_region,on_demand,output,1.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,MiniMaxAI/MiniMax-M3,,,in_region,on_demand,cache_read,0.06,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen2.5-7B-Instruct-Turbo,,,in_region,on_demand,input,0.3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen2.5-7B-Instruct-Turbo,,,in_region,on_demand,output,0.3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3-235B-A22B-Thinking-2507,,,in_region,on_demand,input,0.65,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3-235B-A22B-Thinking-2507,,,in_region,on_demand,output,3,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3-235B-A22B-fp8-tput,,,in_region,on_demand,input,0.2,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3-235B-A22B-fp8-tput,,,in_region,on_demand,output,0.6,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8,,,in_region,on_demand,input,2,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8,,,in_region,on_demand,output,2,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,Qwen/Qwen3-Coder-Next-FP8,,,in_region,on_demand,input,0.5,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3-Coder-Next-FP8,,,in_region,on_demand,output,1.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3-Next-80B-A3B-Instruct,,,in_region,on_demand,input,0.15,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @3d456e3 agree)
together,Qwen/Qwen3-Next-80B-A3B-Instruct,,,in_region,on_demand,output,1.5,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @3d456e3 agree)
together,Qwen/Qwen3-Next-80B-A3B-Thinking,,,in_region,on_demand,input,0.15,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3-Next-80B-A3B-Thinking,,,in_region,on_demand,output,1.5,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,Qwen/Qwen3.5-397B-A17B,,,in_region,on_demand,input,0.6,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,Qwen/Qwen3.5-397B-A17B,,,in_region,on_demand,output,3.6,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,Qwen/Qwen3.5-397B-A17B,,,in_region,on_demand,cache_read,0.35,0,,,Together AI pricing (models.dev @f3fc692 cached_input; single source)
together,Qwen/Qwen3.5-9B,,,in_region,on_demand,input,0.17,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.5-9B,,,in_region,on_demand,output,0.25,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.6-Plus,,,in_region,on_demand,input,0.5,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.6-Plus,,,in_region,on_demand,output,3,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.7-Max,,,in_region,on_demand,input,1.25,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.7-Max,,,in_region,on_demand,output,3.75,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,Qwen/Qwen3.7-Max,,,in_region,on_demand,cache_read,0.125,0,,,Together AI pricing (together.ai page via models.dev PR #2989 2026-07-02 (API gives 3 dp); older: models.dev @f3fc692 cached_input 0.13)
together,deepcogito/cogito-v2-1-671b,,,in_region,on_demand,input,1.25,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,deepcogito/cogito-v2-1-671b,,,in_region,on_demand,output,1.25,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,deepseek-ai/DeepSeek-R1,,,in_region,on_demand,input,3,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-R1,,,in_region,on_demand,output,7,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-R1-0528-tput,,,in_region,on_demand,input,0.55,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,deepseek-ai/DeepSeek-R1-0528-tput,,,in_region,on_demand,output,2.19,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,deepseek-ai/DeepSeek-V3,,,in_region,on_demand,input,1.25,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-V3,,,in_region,on_demand,output,1.25,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-V3.1,,,in_region,on_demand,input,0.6,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-V3.1,,,in_region,on_demand,output,1.7,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,deepseek-ai/DeepSeek-V4-Pro,,,in_region,on_demand,input,1.74,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,deepseek-ai/DeepSeek-V4-Pro,,,in_region,on_demand,output,3.48,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,deepseek-ai/DeepSeek-V4-Pro,,,in_region,on_demand,cache_read,0.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,essentialai/Rnj-1-Instruct,,,in_region,on_demand,input,0.15,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,essentialai/Rnj-1-Instruct,,,in_region,on_demand,output,0.15,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,google/gemma-3n-E4B-it,,,in_region,on_demand,input,0.06,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,google/gemma-3n-E4B-it,,,in_region,on_demand,output,0.12,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,google/gemma-4-31B-it,,,in_region,on_demand,input,0.39,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,google/gemma-4-31B-it,,,in_region,on_demand,output,0.97,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,,in_region,on_demand,input,1.04,0,,,"Together AI pricing (together.ai page via models.dev PR #2989 2026-07-02; older: genai-prices together.yml @f409d00 2025-07-04 0.88, LiteLLM 2026-08-01 0.88, tokenlens 1.3.0 0.88, models.dev @f3fc692 0.88)"
together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,,in_region,on_demand,output,1.04,0,,,"Together AI pricing (together.ai page via models.dev PR #2989 2026-07-02; older: genai-prices together.yml @f409d00 2025-07-04 0.88, LiteLLM 2026-08-01 0.88, tokenlens 1.3.0 0.88, models.dev @f3fc692 0.88)"
together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,,in_region,on_demand,input,0.27,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,,in_region,on_demand,output,0.85,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,,in_region,on_demand,input,0.18,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,,in_region,on_demand,output,0.59,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo,,,in_region,on_demand,input,3.5,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo,,,in_region,on_demand,output,3.5,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo,,,in_region,on_demand,input,0.88,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo,,,in_region,on_demand,output,0.88,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,,in_region,on_demand,input,0.18,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,,in_region,on_demand,output,0.18,0,,,Together AI pricing (genai-prices together.yml @f409d00 2025-07-04 + LiteLLM 2026-08-01 agree)
together,moonshotai/Kimi-K2-Instruct,,,in_region,on_demand,input,1,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @04768ff agree)
together,moonshotai/Kimi-K2-Instruct,,,in_region,on_demand,output,3,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @04768ff agree)
together,moonshotai/Kimi-K2-Instruct-0905,,,in_region,on_demand,input,1,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3ee1a5 agree)
together,moonshotai/Kimi-K2-Instruct-0905,,,in_region,on_demand,output,3,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3ee1a5 agree)
together,moonshotai/Kimi-K2-Thinking,,,in_region,on_demand,input,1.2,0,,,Together AI pricing (models.dev @f3ee1a5; single source)
together,moonshotai/Kimi-K2-Thinking,,,in_region,on_demand,output,4,0,,,Together AI pricing (models.dev @f3ee1a5; single source)
together,moonshotai/Kimi-K2.5,,,in_region,on_demand,input,0.5,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,moonshotai/Kimi-K2.5,,,in_region,on_demand,output,2.8,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,moonshotai/Kimi-K2.6,,,in_region,on_demand,input,1.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,moonshotai/Kimi-K2.6,,,in_region,on_demand,output,4.5,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,moonshotai/Kimi-K2.6,,,in_region,on_demand,cache_read,0.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,moonshotai/Kimi-K2.7-Code,,,in_region,on_demand,input,0.95,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,moonshotai/Kimi-K2.7-Code,,,in_region,on_demand,output,4,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,moonshotai/Kimi-K2.7-Code,,,in_region,on_demand,cache_read,0.19,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,nvidia/nemotron-3-ultra-550b-a55b,,,in_region,on_demand,input,0.6,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,nvidia/nemotron-3-ultra-550b-a55b,,,in_region,on_demand,output,3.6,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,nvidia/nemotron-3-ultra-550b-a55b,,,in_region,on_demand,cache_read,0.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,openai/gpt-oss-120b,,,in_region,on_demand,input,0.15,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,openai/gpt-oss-120b,,,in_region,on_demand,output,0.6,0,,,Together AI pricing (LiteLLM 2026-08-01 + tokenlens 1.3.0 + models.dev @f3fc692 agree)
together,openai/gpt-oss-20b,,,in_region,on_demand,input,0.05,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,openai/gpt-oss-20b,,,in_region,on_demand,output,0.2,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @f3fc692 agree)
together,pearl-ai/gemma-4-31b-it,,,in_region,on_demand,input,0.28,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,pearl-ai/gemma-4-31b-it,,,in_region,on_demand,output,0.86,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-4.5-Air-FP8,,,in_region,on_demand,input,0.2,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,zai-org/GLM-4.5-Air-FP8,,,in_region,on_demand,output,1.1,0,,,Together AI pricing (LiteLLM 2026-08-01; single source)
together,zai-org/GLM-4.6,,,in_region,on_demand,input,0.6,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @04768ff agree)
together,zai-org/GLM-4.6,,,in_region,on_demand,output,2.2,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @04768ff agree)
together,zai-org/GLM-4.7,,,in_region,on_demand,input,0.45,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @3d456e3 agree)
together,zai-org/GLM-4.7,,,in_region,on_demand,output,2,0,,,Together AI pricing (LiteLLM 2026-08-01 + models.dev @3d456e3 agree)
together,zai-org/GLM-5,,,in_region,on_demand,input,1,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5,,,in_region,on_demand,output,3.2,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5.1,,,in_region,on_demand,input,1.4,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5.1,,,in_region,on_demand,output,4.4,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5.1,,,in_region,on_demand,cache_read,0.26,0,,,Together AI pricing (together.ai page via models.dev PR #2989 2026-07-02)
together,zai-org/GLM-5.2,,,in_region,on_demand,input,1.4,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5.2,,,in_region,on_demand,output,4.4,0,,,Together AI pricing (models.dev @f3fc692; single source)
together,zai-org/GLM-5.2,,,in_region,on_demand,cache_read,0.26,0,,,Together AI pricing (models.dev @f3fc692; single source)
$catalog$, skip_orphans => true);
SELECT bedprice_internal.load_shipped_catalog('multipliers', $catalog$provider,dimension,value,factor,valid_from,valid_to,source
bedrock,routing,geo,1,,,"AWS: ""There's no additional charge for using cross-region inference and the price is calculated basis the region you made the request in (source region)"" (aws.amazon.com/bedrock/pricing; docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html)"
$catalog$, skip_orphans => true);
SELECT bedprice_internal.load_shipped_catalog('prices', $catalog$provider,model,region,geography,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source,book
anthropic,claude-3-5-haiku-20241022,,,,,cache_read,0.08,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-haiku-20241022,,,,,cache_write,1.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-haiku-20241022,,,,,cache_write_1h,1.60,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-haiku-20241022,,,,,input,0.80,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-haiku-20241022,,,,,output,4.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-sonnet-20241022,,,,,cache_read,0.30,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-sonnet-20241022,,,,,cache_write,3.75,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-sonnet-20241022,,,,,cache_write_1h,6.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-sonnet-20241022,,,,,input,3.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-5-sonnet-20241022,,,,,output,15.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-opus-20240229,,,,,cache_read,1.50,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-opus-20240229,,,,,cache_write,18.75,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-opus-20240229,,,,,cache_write_1h,30.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-opus-20240229,,,,,input,15.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-3-opus-20240229,,,,,output,75.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-opus-4-20250514,,,,,cache_read,1.50,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-opus-4-20250514,,,,,cache_write,18.75,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-opus-4-20250514,,,,,cache_write_1h,30.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-opus-4-20250514,,,,,input,15.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-opus-4-20250514,,,,,output,75.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_read,0.60,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_write,7.50,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_write_1h,12.00,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,input,6.00,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,output,22.50,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_read,0.30,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_write,3.75,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,cache_write_1h,6.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,input,3.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
anthropic,claude-sonnet-4-20250514,,,,,output,15.00,,,,seed 2026-04-10 (parity with Bedrock); cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,amazon.nova-lite-v1:0,,,,,input,0.06,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-lite-v1:0,,,,,output,0.24,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-micro-v1:0,,,,,input,0.035,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-micro-v1:0,,,,,output,0.14,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-premier-v1:0,,,,,input,2.00,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-premier-v1:0,,,,,output,8.00,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-pro-v1:0,,,,,input,0.80,,,,seed 2026-04-10,seed-2026-04-10
bedrock,amazon.nova-pro-v1:0,,,,,output,3.20,,,,seed 2026-04-10,seed-2026-04-10
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,,,cache_read,0.08,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,,,cache_write,1.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,,,cache_write_1h,1.60,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,,,input,0.80,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-haiku-20241022-v1:0,,,,,output,4.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,,,cache_read,0.30,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,,,cache_write,3.75,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,,,cache_write_1h,6.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,,,input,3.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-5-sonnet-20241022-v2:0,,,,,output,15.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,,,cache_read,1.50,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,,,cache_write,18.75,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,,,cache_write_1h,30.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,,,input,15.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-3-opus-20240229-v1:0,,,,,output,75.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,,,cache_read,1.50,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,,,cache_write,18.75,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,,,cache_write_1h,30.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,,,input,15.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-opus-4-20250514-v1:0,,,,,output,75.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_read,0.60,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_write,7.50,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_write_1h,12.00,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,input,6.00,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,output,22.50,200000,,,"Anthropic's documented long-context pricing for Claude Sonnet 4 (over 200K input: 2x input, 1.5x output)",seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_read,0.30,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_write,3.75,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,cache_write_1h,6.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,input,3.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,anthropic.claude-sonnet-4-20250514-v1:0,,,,,output,15.00,,,,seed 2026-04-10; cache writes: Anthropic rule 1.25x/2x input,seed-2026-04-10
bedrock,meta.llama3-1-8b-instruct-v1:0,,,,provisioned,input,0.17,,,,seed 2026-04-10: estimated effective provisioned rate,seed-2026-04-10
bedrock,meta.llama3-1-8b-instruct-v1:0,,,,provisioned,output,0.17,,,,seed 2026-04-10: estimated effective provisioned rate,seed-2026-04-10
bedrock,meta.llama3-1-8b-instruct-v1:0,,,,,input,0.22,,,,"seed 2026-04-10 (as ""Llama 3.3 8B"")",seed-2026-04-10
bedrock,meta.llama3-1-8b-instruct-v1:0,,,,,output,0.22,,,,"seed 2026-04-10 (as ""Llama 3.3 8B"")",seed-2026-04-10
bedrock,meta.llama3-3-70b-instruct-v1:0,,,,provisioned,input,2.00,,,,seed 2026-04-10: estimated effective provisioned rate,seed-2026-04-10
bedrock,meta.llama3-3-70b-instruct-v1:0,,,,provisioned,output,2.00,,,,seed 2026-04-10: estimated effective provisioned rate,seed-2026-04-10
bedrock,meta.llama3-3-70b-instruct-v1:0,,,,,input,2.65,,,,seed 2026-04-10,seed-2026-04-10
bedrock,meta.llama3-3-70b-instruct-v1:0,,,,,output,2.65,,,,seed 2026-04-10,seed-2026-04-10
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,,,input,0.50,,,,seed 2026-04-10,seed-2026-04-10
bedrock,meta.llama4-maverick-17b-instruct-v1:0,,,,,output,1.50,,,,seed 2026-04-10,seed-2026-04-10
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,,,input,0.35,,,,seed 2026-04-10,seed-2026-04-10
bedrock,meta.llama4-scout-17b-instruct-v1:0,,,,,output,1.00,,,,seed 2026-04-10,seed-2026-04-10
groq,llama-3.1-8b-instant,,,,,input,0.05,,,,"input: seed 2026-04-10 (as ""Llama 3.3 8B""); output: Groq list price, the seed gives input only",seed-2026-04-10
groq,llama-3.1-8b-instant,,,,,output,0.08,,,,"input: seed 2026-04-10 (as ""Llama 3.3 8B""); output: Groq list price, the seed gives input only",seed-2026-04-10
groq,llama-3.3-70b-versatile,,,,,input,0.59,,,,"input: seed 2026-04-10; output: Groq list price, the seed gives input only",seed-2026-04-10
groq,llama-3.3-70b-versatile,,,,,output,0.79,,,,"input: seed 2026-04-10; output: Groq list price, the seed gives input only",seed-2026-04-10
groq,meta-llama/llama-4-maverick-17b-128e-instruct,,,,,input,0.20,,,,seed 2026-04-10,seed-2026-04-10
groq,meta-llama/llama-4-maverick-17b-128e-instruct,,,,,output,0.60,,,,seed 2026-04-10,seed-2026-04-10
groq,meta-llama/llama-4-scout-17b-16e-instruct,,,,,input,0.11,,,,seed 2026-04-10,seed-2026-04-10
groq,meta-llama/llama-4-scout-17b-16e-instruct,,,,,output,0.34,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,,,,input,0.88,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-3.3-70B-Instruct-Turbo,,,,,output,0.88,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,,,,input,0.27,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8,,,,,output,0.85,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,,,,input,0.18,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Llama-4-Scout-17B-16E-Instruct,,,,,output,0.59,,,,seed 2026-04-10,seed-2026-04-10
together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,,,,input,0.18,,,,"seed 2026-04-10 (as ""Llama 3.3 8B"")",seed-2026-04-10
together,meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo,,,,,output,0.18,,,,"seed 2026-04-10 (as ""Llama 3.3 8B"")",seed-2026-04-10
$catalog$, skip_orphans => true);
SELECT bedprice_internal.load_shipped_catalog('multipliers', $catalog$provider,dimension,value,factor,valid_from,valid_to,source,book
bedrock,routing,geo,1.10,,,seed 2026-04-10: cross-region inference surcharge +10%,seed-2026-04-10
bedrock,routing,global,1.10,,,seed 2026-04-10: global endpoints carry the same 10% surcharge,seed-2026-04-10
bedrock,mode,batch,0.50,,,AWS documents batch inference at 50% of on-demand,seed-2026-04-10
bedrock,region,us-gov-west-1,1.20,,,seed 2026-04-10: GovCloud +20-30% (lower bound),seed-2026-04-10
bedrock,region,us-gov-east-1,1.20,,,seed 2026-04-10: GovCloud +20-30% (lower bound),seed-2026-04-10
$catalog$, skip_orphans => true);
UPDATE bedprice.models m SET model = r.users_spelling
FROM bp_respelled r WHERE (m.provider, m.model) = (r.provider, r.shipped_spelling);

-- the user's rows back, in the order of their ids: each makes the shipped
-- rows of its key it overlaps yield (yield_shipped_rows)
INSERT INTO bedprice.prices SELECT * FROM bp_user_prices ORDER BY price_id;
INSERT INTO bedprice.multipliers SELECT * FROM bp_user_multipliers ORDER BY multiplier_id;

-- the user's deletions of shipped rows hold for the new ones of their keys
-- too (a shipped alias the user deleted stays deleted), as a restore
-- applies them: children first
SELECT bedprice_internal.apply_change(c.table_name, c.row_key, c.action, c.row_data)
FROM bedprice.shipped_changes c
WHERE c.action = 'delete'
ORDER BY array_position(ARRAY['prices', 'multipliers', 'model_aliases', 'models', 'regions', 'providers'],
                        c.table_name), c.row_key::text;

SELECT bedprice_internal.set_applying(false);

-- (temporary tables made by an extension's script are members of it:
-- dropped here, not at commit)
DROP TABLE bp_user_prices, bp_user_multipliers, bp_new_models, bp_new_aliases, bp_respelled;
