------------------------------------------------------------------------
-- Price and multiplier sheets: one CSV format in and out
--
-- provider,model,region,geography,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source,book
-- provider,dimension,value,factor,valid_from,valid_to,source,book
--
-- The header names the columns, in any order; a sheet may leave out all
-- but the required ones (a 0.3.0 sheet has no geography and no book).
-- Empty or absent book: aws, the default book.  Empty or
-- absent region: all regions; empty geography: every geography; empty
-- routing: in_region; empty mode:
-- on_demand; empty above_input_tokens: 0; empty valid_from: since always;
-- empty valid_to: open-ended.  Dates are midnight UTC; timestamps without
-- a zone are UTC.  Errors name the problem; their detail says where.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.csv_rows(doc text, OUT line integer, OUT fields text[])
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
        WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'geography', 'routing', 'mode', 'charge',
                                 'usd_per_mtok', 'above_input_tokens', 'valid_from', 'valid_to', 'source', 'book']
        WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source',
                                      'book']
    END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_columns(text) IS
    'The columns of a price or multiplier sheet, in the order bedprice writes them: the format''s contract.';

CREATE FUNCTION bedprice_internal.sheet_required_columns(tab text) RETURNS text[]
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

-- The key of a price or multiplier given as jsonb.
CREATE FUNCTION bedprice_internal.history_key(tab text, r jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT jsonb_object_agg(c, r -> c) FROM unnest((bedprice_internal.history_shape(tab)).key_columns) AS c
$$;
COMMENT ON FUNCTION bedprice_internal.history_key(text, jsonb) IS
    'The key columns of a price or multiplier given as jsonb.';

-- The data rows of a CSV sheet, their fields in the order of `columns`
-- (NULL for a column the header leaves out), after checking the header
-- (known columns, each once, the required ones there) and field counts.
CREATE FUNCTION bedprice_internal.sheet_rows(kind text, doc text, columns text[], required text[])
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
CREATE FUNCTION bedprice_internal.sheet_geography(place text, val text, routing text) RETURNS text
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
CREATE FUNCTION bedprice_internal.sheet_book(place text, val text) RETURNS text
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
