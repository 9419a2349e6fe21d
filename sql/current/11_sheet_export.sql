------------------------------------------------------------------------
-- The catalog as sheets: what load_price_sheet and load_multiplier_sheet
-- read back (loading an unchanged export adds nothing).  Everyone may
-- export, so these use no internal function: a validity bound is a date
-- when at midnight UTC, a timestamp with +00 otherwise, empty when open;
-- a field is quoted when it holds a comma, quote, line break or edge
-- blanks.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.price_sheet(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
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

CREATE FUNCTION bedprice.price_sheet_csv(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
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

CREATE FUNCTION bedprice.multiplier_sheet(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
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

CREATE FUNCTION bedprice.multiplier_sheet_csv(at timestamptz DEFAULT NULL, book text DEFAULT NULL)
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
