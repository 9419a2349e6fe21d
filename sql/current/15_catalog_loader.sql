------------------------------------------------------------------------
-- Loading the shipped catalog: the CSV files of catalog/, which the
-- Makefile appends to the install script as calls of
-- load_shipped_catalog (an update loads them the same way).
--
-- A shipped price or rule has a negative id made from its content (its
-- book included, but for the default book aws), so a
-- user's row (ids from the sequence) never meets one, an unchanged row
-- keeps its id from one version to the next, and a changed one gets a new
-- id: a restored bedprice.shipped_changes record names the shipped row it
-- was made for, or none.
------------------------------------------------------------------------

-- The id of a shipped price or rule: its content, hashed into 60 bits,
-- negated.
CREATE FUNCTION bedprice_internal.shipped_id(content text) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT -1 - ('x' || left(md5(content), 15))::bit(60)::bigint
$$;
COMMENT ON FUNCTION bedprice_internal.shipped_id(text) IS
    'The id of a shipped price or multiplier: negative, from its content (every column but the source).';

-- The rows of a catalog CSV file as jsonb objects of its header's columns
-- (an empty field: absent, so the column takes its default), shipped.
CREATE FUNCTION bedprice_internal.catalog_rows(tab text, doc text)
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
CREATE FUNCTION bedprice_internal.load_shipped_catalog(tab text, doc text, skip_orphans boolean DEFAULT false)
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

CREATE FUNCTION bedprice_internal.load_retired_rows(tab text, doc text) RETURNS bigint
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
CREATE FUNCTION bedprice_internal.delete_successors(tab text, id bigint) RETURNS void
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
