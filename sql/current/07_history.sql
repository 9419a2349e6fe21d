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
               WHEN 'prices' THEN ARRAY['provider', 'model', 'region', 'routing', 'geography', 'mode',
                                        'charge', 'above_input_tokens', 'book']
               WHEN 'multipliers' THEN ARRAY['provider', 'dimension', 'value', 'book']
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
                  string_agg(CASE WHEN c IN ('region', 'geography') THEN format('t.%1$I IS NOT DISTINCT FROM k.%1$I', c)
                                  -- a row given without its book is the default book's, as on insert
                                  WHEN c = 'book' THEN 't.book = coalesce(k.book, ''aws'')'
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

CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.prices
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.yield_shipped_rows();
CREATE TRIGGER yield_shipped_rows BEFORE INSERT OR UPDATE ON bedprice.multipliers
    FOR EACH ROW WHEN (NOT NEW.shipped) EXECUTE FUNCTION bedprice_internal.yield_shipped_rows();
