------------------------------------------------------------------------
-- Catalog tables
--
-- Every table has a `shipped` flag: rows the extension's scripts load are
-- true, rows users add are false, and pg_dump keeps exactly the latter.
-- Names are stored clean (no surrounding white space) and compared by
-- bedprice_internal.name_key, as the engine compares them.
------------------------------------------------------------------------

CREATE TABLE bedprice.providers (
    provider     text PRIMARY KEY
                 CONSTRAINT providers_provider_check
                 CHECK (bedprice_internal.is_clean_name(provider)
                        AND provider = bedprice_internal.name_key(provider)),
    display_name text NOT NULL,
    kind         text NOT NULL CONSTRAINT providers_kind_check CHECK (kind IN ('cloud', 'direct')),
    shipped      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE bedprice.providers IS
    'Who sells the tokens: bedrock (kind cloud: priced per region) and direct APIs (kind direct).';

CREATE TABLE bedprice.regions (
    region       text PRIMARY KEY
                 CONSTRAINT regions_region_check CHECK (bedprice_internal.is_region_code(region)),
    geography    text NOT NULL,
    display_name text NOT NULL,
    shipped      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE bedprice.regions IS
    'AWS regions that serve Bedrock; every region a call names must be here.';

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
COMMENT ON COLUMN bedprice.price_books.parent IS
    'The book this one inherits from: a price key or rule the book does not hold is its parent''s (and so on up); NULL: none.';

-- A book's parent is a book, and no book inherits from itself through
-- any chain of parents (at the end of the statement, as a foreign key).
-- Changes of books wait for each other (a lock taken before any row is,
-- by the statement trigger below), the parent is locked as a foreign key
-- locks it, and every book up the chain is locked against change (under
-- REPEATABLE READ a concurrent change of one is a serialization failure):
-- two sessions cannot make an orphan or a cycle between them.
CREATE FUNCTION bedprice_internal.check_book_parent() RETURNS trigger
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
CREATE CONSTRAINT TRIGGER check_book_parent AFTER INSERT OR UPDATE OF book, parent ON bedprice.price_books
    FOR EACH ROW WHEN (NEW.parent IS NOT NULL) EXECUTE FUNCTION bedprice_internal.check_book_parent();

-- One session changes books at a time, from before its first row.
CREATE FUNCTION bedprice_internal.lock_books() RETURNS trigger
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
CREATE TRIGGER lock_books BEFORE INSERT OR UPDATE OR DELETE ON bedprice.price_books
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.lock_books();

-- A book renamed: its children follow (its prices and rules follow by
-- their foreign keys); a book deleted while books inherit from it: refused.
CREATE FUNCTION bedprice_internal.follow_parent_book() RETURNS trigger
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
CREATE TRIGGER follow_renamed_book AFTER UPDATE OF book ON bedprice.price_books
    FOR EACH ROW WHEN (OLD.book <> NEW.book) EXECUTE FUNCTION bedprice_internal.follow_parent_book();
CREATE CONSTRAINT TRIGGER keep_parent_book AFTER DELETE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.follow_parent_book();

-- The shipped books are bedprice's: a user's book inherits from them.
CREATE FUNCTION bedprice_internal.keep_shipped_book() RETURNS trigger
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
CREATE TRIGGER keep_shipped_book BEFORE UPDATE OR DELETE ON bedprice.price_books
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.keep_shipped_book();

CREATE TABLE bedprice.models (
    provider     text NOT NULL REFERENCES bedprice.providers ON UPDATE CASCADE,
    model        text NOT NULL
                 CONSTRAINT models_model_check CHECK (bedprice_internal.is_clean_name(model)),
    display_name text NOT NULL,
    family       text,
    note         text,
    shipped      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (provider, model)
);
CREATE UNIQUE INDEX models_provider_name_key
    ON bedprice.models (provider, bedprice_internal.name_key(model));
COMMENT ON TABLE bedprice.models IS
    'Models per provider, keyed by the provider''s own model ID (for Bedrock, the model ID without routing prefix).';
COMMENT ON COLUMN bedprice.models.family IS
    'The same model across providers (the seed document''s name), for Bedrock-vs-direct comparisons.';

CREATE TABLE bedprice.model_aliases (
    provider     text NOT NULL,
    alias        text NOT NULL
                 CONSTRAINT model_aliases_alias_check CHECK (bedprice_internal.is_clean_name(alias)),
    model        text NOT NULL,
    routing      text CONSTRAINT model_aliases_routing_check
                 CHECK (bedprice_internal.in_vocabulary('routing', routing)),
    shipped      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (provider, alias),
    FOREIGN KEY (provider, model) REFERENCES bedprice.models
        ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE UNIQUE INDEX model_aliases_provider_name_key
    ON bedprice.model_aliases (provider, bedprice_internal.name_key(alias));
COMMENT ON TABLE bedprice.model_aliases IS
    'Other names of a model, matched case-insensitively: friendly names, LiteLLM names, application-inference-profile ARNs.';
COMMENT ON COLUMN bedprice.model_aliases.routing IS
    'Routing the alias implies (an application profile that wraps a cross-region profile); NULL: taken from the ID.';

CREATE TABLE bedprice.prices (
    price_id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    provider           text NOT NULL,
    model              text NOT NULL,
    region             text REFERENCES bedprice.regions ON UPDATE CASCADE,
    routing            text NOT NULL DEFAULT 'in_region'
                       CONSTRAINT prices_routing_check
                       CHECK (bedprice_internal.in_vocabulary('routing', routing)),
    mode               text NOT NULL DEFAULT 'on_demand'
                       CONSTRAINT prices_mode_check
                       CHECK (bedprice_internal.in_vocabulary('mode', mode)),
    charge             text NOT NULL
                       CONSTRAINT prices_charge_check
                       CHECK (bedprice_internal.in_vocabulary('charge', charge)),
    above_input_tokens bigint NOT NULL DEFAULT 0
                       CONSTRAINT prices_above_input_tokens_check CHECK (above_input_tokens >= 0),
    usd_per_mtok       numeric NOT NULL
                       CONSTRAINT prices_usd_per_mtok_exact
                       CHECK (usd_per_mtok BETWEEN 0 AND 1000000
                              AND usd_per_mtok = round(usd_per_mtok, 12)),
    valid_from         timestamptz NOT NULL DEFAULT '-infinity',
    valid_to           timestamptz NOT NULL DEFAULT 'infinity',
    source             text NOT NULL,
    shipped            boolean NOT NULL DEFAULT false,
    closed_by          bigint,
    valid_to_given     timestamptz,
    -- last, where ALTER EXTENSION UPDATE from 0.3.0 adds them
    geography          text
                       CONSTRAINT prices_geography_check
                       CHECK (bedprice_internal.in_vocabulary('geography', geography)),
    book               text NOT NULL DEFAULT 'aws'
                       REFERENCES bedprice.price_books ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT prices_validity CHECK (valid_from < valid_to),
    CONSTRAINT prices_geography_routing CHECK (geography IS NULL OR routing = 'geo'),
    CONSTRAINT prices_closed CHECK ((closed_by IS NULL) = (valid_to_given IS NULL)),
    FOREIGN KEY (provider, model) REFERENCES bedprice.models
        ON UPDATE CASCADE ON DELETE CASCADE,
    -- no two rows of one key valid at once (text equality in GiST: btree_gist)
    CONSTRAINT prices_no_overlap EXCLUDE USING gist (
        provider WITH =, model WITH =, (coalesce(region, '')) WITH =, routing WITH =,
        (coalesce(geography, '')) WITH =, mode WITH =, charge WITH =, above_input_tokens WITH =,
        book WITH =, tstzrange(valid_from, valid_to) WITH &&)
);
CREATE INDEX prices_model_idx ON bedprice.prices (provider, model);
COMMENT ON TABLE bedprice.prices IS
    'USD per 1M tokens, one row per (provider, model, region or all, routing, geography or all, mode, charge, tier, book, validity [valid_from, valid_to)).';
COMMENT ON COLUMN bedprice.prices.book IS
    'The price book the row belongs to (bedprice.price_books; aws: AWS''s list prices).';
COMMENT ON COLUMN bedprice.prices.region IS 'The source region of the calls it prices (the region the request is made in); NULL: every region.';
COMMENT ON COLUMN bedprice.prices.routing IS
    'in_region: the price in the source region, which prices geo and global calls too through a routing rule (bedprice.multipliers); geo or global: the price of that kind of cross-region inference profile itself.';
COMMENT ON COLUMN bedprice.prices.geography IS
    'For a geo row: the geography of the profiles it prices (the prefix of us.anthropic..., one of bedprice.vocabulary() kind geography); NULL: every geography.';
COMMENT ON COLUMN bedprice.prices.above_input_tokens IS
    'Tier: the row applies to requests whose total input (input + cache reads + cache writes) exceeds this; 0 for the base rate.';
COMMENT ON COLUMN bedprice.prices.closed_by IS
    'The price_id of the later row whose start closed this one (NULL: the row ends as it was given); removing that row''s source gives this row its period back.';
COMMENT ON COLUMN bedprice.prices.valid_to_given IS
    'With closed_by: the valid_to this row had before it was closed.';

CREATE TABLE bedprice.multipliers (
    multiplier_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    provider      text NOT NULL REFERENCES bedprice.providers ON UPDATE CASCADE,
    dimension     text NOT NULL
                  CONSTRAINT multipliers_dimension_check
                  CHECK (bedprice_internal.in_vocabulary('dimension', dimension)),
    value         text NOT NULL,
    factor        numeric NOT NULL
                  CONSTRAINT multipliers_factor_exact
                  CHECK (factor BETWEEN 0 AND 1000 AND factor = round(factor, 9)),
    valid_from    timestamptz NOT NULL DEFAULT '-infinity',
    valid_to      timestamptz NOT NULL DEFAULT 'infinity',
    source        text NOT NULL,
    shipped       boolean NOT NULL DEFAULT false,
    closed_by     bigint,
    valid_to_given timestamptz,
    -- last, where ALTER EXTENSION UPDATE from 0.3.0 adds it
    book          text NOT NULL DEFAULT 'aws'
                  REFERENCES bedprice.price_books ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT multipliers_validity CHECK (valid_from < valid_to),
    CONSTRAINT multipliers_value CHECK (bedprice_internal.is_multiplier_value(dimension, value)),
    CONSTRAINT multipliers_closed CHECK ((closed_by IS NULL) = (valid_to_given IS NULL)),
    CONSTRAINT multipliers_no_overlap EXCLUDE USING gist (
        provider WITH =, dimension WITH =, value WITH =, book WITH =,
        tstzrange(valid_from, valid_to) WITH &&)
);
COMMENT ON TABLE bedprice.multipliers IS
    'Rules that fill gaps in bedprice.prices: a price row that covers a region, routing or mode only through its base value (all regions, in_region, on_demand) is multiplied by the matching factor; a vendor rule (the model ID''s first part: anthropic in anthropic.claude-...) multiplies every price of that vendor''s models in its book.';
COMMENT ON COLUMN bedprice.multipliers.book IS
    'The price book the rule belongs to (bedprice.price_books).';
COMMENT ON COLUMN bedprice.multipliers.closed_by IS
    'The multiplier_id of the later row whose start closed this one (NULL: the row ends as it was given).';
COMMENT ON COLUMN bedprice.multipliers.valid_to_given IS
    'With closed_by: the valid_to this row had before it was closed.';

-- Users' changes to shipped rows (06_bookkeeping.sql keeps it up to date).
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

-- pg_dump keeps the rows users add (shipped = false); the shipped rows come
-- back with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('bedprice.providers', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.price_books', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.regions', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.models', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.model_aliases', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.prices', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('bedprice.multipliers', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bedprice.prices', 'price_id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bedprice.multipliers', 'multiplier_id'), '');
