------------------------------------------------------------------------
-- Loading the shipped catalog: the CSV files of catalog/, which the
-- Makefile appends to the install script as calls of
-- load_shipped_catalog (an update loads them the same way).
--
-- A shipped price or rule has a negative id made from its content, so a
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
-- passes skip_orphans: a row whose model or provider the database no
-- longer has (the user renamed or deleted a shipped one) is left out, as
-- a restore's records of the user's changes leave it out.
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
                        WHEN tab IN ('prices', 'model_aliases')
                            THEN 'EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (r.provider, r.model))'
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
        -- the content: every column but the id and the source
        EXECUTE format('INSERT INTO bedprice.%1$I (%4$I, %2$s)
                        SELECT bedprice_internal.shipped_id((to_jsonb(v) - ''source'')::text), v.*
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
