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

CREATE FUNCTION bedprice_internal.multiplier_sheet_line(line integer, f text[]) RETURNS bedprice_internal.sheet_line
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

-- A multiplier's value: a known region, a routing or mode that is not
-- the base value, or a vendor (the first part of a model ID: anthropic).
-- vendor rules multiply every price of that vendor's models in their book.
CREATE FUNCTION bedprice_internal.multiplier_value(place text, dimension text, val text) RETURNS text
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
CREATE FUNCTION bedprice_internal.check_vendor(place text, provider text, vendor text) RETURNS text
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

CREATE FUNCTION bedprice.load_price_sheet(csv text, replace_source text DEFAULT NULL)
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

CREATE FUNCTION bedprice.load_multiplier_sheet(csv text, replace_source text DEFAULT NULL)
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

CREATE FUNCTION bedprice.set_multiplier(
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
