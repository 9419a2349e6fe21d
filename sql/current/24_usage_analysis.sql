------------------------------------------------------------------------
-- Questions asked of a usage table priced by bedprice.price_usage (its
-- trigger's column mapping, bedprice.usage_columns): what the period would
-- have cost bought another way, and where the month is heading.
------------------------------------------------------------------------

-- The SQL expressions of a usage table's fields, as the trigger reads
-- them: an unmapped field its default (region: the setting, mode: on
-- demand, cache: none, provider: Bedrock), `at` as timestamptz (a
-- timestamp column in the session's time zone, as the trigger reads it).
CREATE FUNCTION bedprice.usage_fields(tbl regclass)
RETURNS TABLE (field text, expression text)
LANGUAGE sql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT f.field,
           CASE WHEN c.column_name IS NULL THEN f.otherwise
                WHEN f.field = 'at' THEN format('u.%I::timestamptz', c.column_name)
                WHEN f.field IN ('model', 'region', 'mode', 'provider', 'book') THEN format('u.%I::text', c.column_name)
                ELSE format('u.%I', c.column_name) END
    FROM (VALUES ('cost', NULL), ('model', NULL), ('in', NULL), ('out', NULL), ('at', NULL),
                 ('region', 'NULL::text'), ('mode', '''on_demand''::text'), ('cache_read', '0'),
                 ('cache_write', '0'), ('cache_write_1h', '0'), ('provider', '''bedrock''::text'),
                 ('book', 'NULL::text')) AS f(field, otherwise)
    LEFT JOIN bedprice.usage_columns(tbl) c ON c.field = f.field
$$;
COMMENT ON FUNCTION bedprice.usage_fields(regclass) IS
    'The SQL expression (over the table aliased u) of each field of a usage table priced by bedprice.price_usage, as its trigger reads it; an unmapped field''s default. For queries of one''s own over the table.';

-- What a usage table's priced rows in a period would have cost bought
-- otherwise: in each service tier, with global routing, and on
-- provisioned throughput at each commitment.
CREATE FUNCTION bedprice.compare_modes(
    usage regclass,
    since timestamptz,
    until timestamptz,
    book  text DEFAULT NULL)
RETURNS TABLE (
    option      text,
    mode        text,
    routing     text,
    commitment  text,
    model_units integer,
    rows_moved  bigint,
    rows_kept   bigint,
    cost        numeric,
    saving      numeric,
    saving_pct  numeric,
    note        text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f jsonb;
    rows_sql text;
    alt_sql text;
    sums_sql text;
    options jsonb;
    sums record;
    acc jsonb := '[]';
    billed numeric;
    n_rows bigint;
    hours numeric;
    c text;
    g record;
    peaks jsonb;
    usd_per_hour numeric;
    in_tpm bigint;
    out_tpm bigint;
    units integer;
    p_units integer;
    p_cost numeric;
    p_moved bigint;
    p_billed numeric;
    missing text[];
BEGIN
    IF usage IS NULL OR since IS NULL OR until IS NULL THEN
        RAISE EXCEPTION 'the table and period of bedprice.compare_modes must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF until <= since OR since = '-infinity' OR until = 'infinity' THEN
        RAISE EXCEPTION 'the period must be finite and end after it starts'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The period given starts at %s and ends at %s.', since, until);
    END IF;
    hours := extract(epoch FROM until - since) / 3600;
    IF book IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = lower(btrim(compare_modes.book))) THEN
        RAISE EXCEPTION 'unknown price book "%"', book
            USING ERRCODE = 'undefined_object', HINT = 'bedprice.price_books lists the books.';
    END IF;
    SELECT jsonb_object_agg(x.field, x.expression) INTO f FROM bedprice.usage_fields(usage) x;
    IF f ->> 'at' IS NULL THEN
        RAISE EXCEPTION 'the bedprice.price_usage trigger of table % maps no "at" column', usage
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A period of usage needs each row''s time: add ''at=<column>'' to the trigger''s arguments.';
    END IF;
    -- the period's priced rows, as the trigger read them
    rows_sql := format($q$
        SELECT * FROM (
            SELECT %s AS model, %s AS region, %s AS mode, %s::bigint AS in_tokens, %s::bigint AS out_tokens,
                   %s::bigint AS cache_read, %s::bigint AS cache_write, %s::bigint AS cache_write_1h,
                   %s AS at, %s AS cost, coalesce(lower(btrim(%s)), 'bedrock') AS provider, coalesce(%L, %s) AS book
            FROM %s u) r
        WHERE r.at >= $1 AND r.at < $2 AND r.cost IS NOT NULL$q$,
        f ->> 'model', f ->> 'region', f ->> 'mode', f ->> 'in', f ->> 'out', f ->> 'cache_read', f ->> 'cache_write',
        f ->> 'cache_write_1h', f ->> 'at', f ->> 'cost', f ->> 'provider', book, f ->> 'book', usage);
    -- as billed, each service tier, and global routing: the rows whose
    -- model offers it priced so, the others as billed (one scan; each
    -- option's cost a column of its own, summed where the rows are, so a
    -- Citus distributed table sums on its workers)
    SELECT string_agg(format($a$CASE WHEN r.provider = 'bedrock'
                            THEN bedprice.cost_or_null(r.book, 'bedrock', %s, r.region, r.in_tokens, r.out_tokens, %s,
                                                       r.cache_read, r.cache_write, r.cache_write_1h, r.at) END AS alt%s$a$,
                       CASE WHEN o.routing = 'global' THEN $g$'global.' || (bedprice.parse_model_id(r.model)).model$g$ ELSE 'r.model' END,
                       CASE WHEN o.routing = 'global' THEN 'r.mode' ELSE quote_literal(o.mode) END, o.i), ', ' ORDER BY o.i),
           string_agg(format('count(alt%1$s) AS moved%1$s, sum(coalesce(alt%1$s, cost)) AS cost%1$s', o.i), ', ' ORDER BY o.i),
           jsonb_agg(jsonb_build_object('i', o.i, 'option', o.option, 'mode', o.mode, 'routing', o.routing) ORDER BY o.i)
    INTO alt_sql, sums_sql, options
    FROM (VALUES (1, 'standard', 'on_demand', NULL), (2, 'flex', 'flex', NULL), (3, 'priority', 'priority', NULL),
                 (4, 'batch', 'batch', NULL), (5, 'global routing', NULL, 'global')) AS o(i, option, mode, routing);
    EXECUTE format($q$SELECT count(*) AS n, coalesce(sum(cost), 0) AS billed, %s
                      FROM (SELECT r.cost, %s FROM (%s) r) r$q$, sums_sql, alt_sql, rows_sql)
    INTO sums USING since, until;
    n_rows := (to_jsonb(sums) ->> 'n')::bigint;
    billed := (to_jsonb(sums) ->> 'billed')::numeric;
    SELECT coalesce(jsonb_agg(jsonb_build_object('option', o ->> 'option', 'mode', o -> 'mode', 'routing', o -> 'routing',
                                                 'rows_moved', m.moved, 'rows_kept', n_rows - m.moved,
                                                 'cost', to_jsonb(sums) -> ('cost' || (o ->> 'i')),
                                                 'note', CASE WHEN n_rows - m.moved > 0
                                                              THEN n_rows - m.moved || ' rows kept as billed: their model is not offered so' END)),
                    '[]')
    INTO f
    FROM jsonb_array_elements(options) AS o
    CROSS JOIN LATERAL (SELECT (to_jsonb(sums) ->> ('moved' || (o ->> 'i')))::bigint AS moved) m
    WHERE n_rows > 0;
    acc := acc || jsonb_build_object('option', 'as billed', 'rows_moved', n_rows, 'rows_kept', 0, 'cost', billed) || f;

    -- provisioned throughput: per model and source region, the model units
    -- the busiest minute needs, for the whole period
    EXECUTE format($q$
        SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.model, x.region), '[]') FROM (
            SELECT p.model, p.region, max(p.in_tpm) AS in_tpm, max(p.out_tpm) AS out_tpm, sum(p.cost) AS cost, sum(p.n) AS n
            FROM (SELECT (bedprice.resolve_model(r.model)).model AS model,
                         coalesce(lower(btrim(r.region)), current_setting('bedprice.default_region')) AS region,
                         sum(r.in_tokens + r.cache_write + r.cache_write_1h) AS in_tpm, sum(r.out_tokens) AS out_tpm,
                         sum(r.cost) AS cost, count(*) AS n
                  FROM (%s) r WHERE r.provider = 'bedrock'
                  GROUP BY 1, 2, date_trunc('minute', r.at)) p
            GROUP BY p.model, p.region) x$q$, rows_sql)
    INTO peaks USING since, until;
    FOREACH c IN ARRAY ARRAY['none', '1_month', '6_month'] LOOP
        p_units := 0; p_cost := 0; p_moved := 0; p_billed := 0; missing := '{}';
        FOR g IN SELECT * FROM jsonb_to_recordset(peaks) AS x(model text, region text, in_tpm numeric, out_tpm numeric,
                                                              cost numeric, n bigint)
        LOOP
            usd_per_hour := NULL; in_tpm := NULL; out_tpm := NULL;
            BEGIN
                SELECT r.usd_per_unit_hour, r.in_tpm_per_unit, r.out_tpm_per_unit INTO usd_per_hour, in_tpm, out_tpm
                FROM bedprice.provisioned_rate(g.model, g.region, c, since, compare_modes.book) r;
            EXCEPTION WHEN no_data_found THEN
                NULL;           -- no rate: the model is listed in the note
            END;
            IF usd_per_hour IS NULL OR in_tpm IS NULL OR out_tpm IS NULL THEN
                missing := missing || format('%s in %s', g.model, g.region);
                CONTINUE;
            END IF;
            units := greatest(1, ceil(g.in_tpm / in_tpm::numeric), ceil(g.out_tpm / out_tpm::numeric));
            p_units := p_units + units;
            p_cost := p_cost + units * hours * usd_per_hour;
            p_moved := p_moved + g.n;
            p_billed := p_billed + g.cost;
        END LOOP;
        acc := acc || jsonb_build_object(
            'option', 'provisioned ' || c, 'mode', 'provisioned', 'routing', 'in_region', 'commitment', c,
            'model_units', CASE WHEN p_moved > 0 THEN p_units END, 'rows_moved', p_moved, 'rows_kept', n_rows - p_moved,
            'cost', CASE WHEN p_moved > 0 THEN billed - p_billed + p_cost END,
            'note', CASE WHEN cardinality(missing) > 0
                         THEN 'no rate with throughput per model unit (insert your AWS quote into bedprice.provisioned_rates) for '
                              || array_to_string(missing, ', ') || CASE WHEN p_moved > 0 THEN ': kept as billed' ELSE '' END END);
    END LOOP;

    RETURN QUERY
    SELECT x.option, x.mode, x.routing, x.commitment, x.model_units, x.rows_moved, x.rows_kept, trim_scale(x.cost),
           trim_scale(billed - x.cost), round(100 * (billed - x.cost) / nullif(billed, 0), 2), x.note
    FROM jsonb_to_recordset(acc) AS x(option text, mode text, routing text, commitment text, model_units integer,
                                      rows_moved bigint, rows_kept bigint, cost numeric, note text)
    ORDER BY x.cost NULLS LAST, x.option;
END
$$;
COMMENT ON FUNCTION bedprice.compare_modes(regclass, timestamptz, timestamptz, text) IS
    'For the priced rows of a usage table (its bedprice.price_usage mapping) with since <= at < until: what they cost as billed, and would cost in each service tier (standard, flex, priority, batch) and with global routing, each row whose model is not offered so kept as billed; and on provisioned throughput at each commitment for the whole period, with model units sized to the busiest minute of each model and region (from bedprice.provisioned_rates; the others as billed). Sorted by cost, with the saving against as billed. Prices in `book` (NULL: each row''s book).';

-- Month-to-date spend and where the month ends on its daily trend.
CREATE FUNCTION bedprice.forecast(
    usage regclass,
    at    timestamptz DEFAULT now())
RETURNS TABLE (
    month               date,
    days_in_month       integer,
    complete_days       integer,
    month_to_date       numeric,
    daily_average       numeric,
    daily_trend         numeric,
    projected_month_end numeric,
    method              text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f jsonb;
    start_day date;
    today date;
    n integer;
    days integer;
    sx numeric; sy numeric; sxy numeric; sxx numeric;
    a numeric; b numeric;
BEGIN
    IF usage IS NULL OR forecast.at IS NULL THEN
        RAISE EXCEPTION 'the table and time of bedprice.forecast must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF forecast.at IN ('infinity', '-infinity') THEN
        RAISE EXCEPTION 'forecast needs a finite time' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    start_day := date_trunc('month', forecast.at AT TIME ZONE 'UTC')::date;
    today := (forecast.at AT TIME ZONE 'UTC')::date;
    n := today - start_day;                 -- the complete days
    days := (start_day + interval '1 month')::date - start_day;
    SELECT jsonb_object_agg(x.field, x.expression) INTO f FROM bedprice.usage_fields(usage) x;
    IF f ->> 'at' IS NULL THEN
        RAISE EXCEPTION 'the bedprice.price_usage trigger of table % maps no "at" column', usage
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A month of usage needs each row''s time: add ''at=<column>'' to the trigger''s arguments.';
    END IF;
    -- the month to date by day (today's part included), and the complete
    -- days' totals (day x = 0, 1, ... n - 1; a day without usage is 0)
    EXECUTE format($q$
        WITH t AS (SELECT ((%1$s AT TIME ZONE 'UTC')::date - $4) AS x, sum(%2$s) AS y
                   FROM %3$s u WHERE %1$s >= $1 AND %1$s < $2 GROUP BY 1),
             d AS (SELECT g.x, coalesce(t.y, 0) AS y FROM generate_series(0, $3 - 1) AS g(x) LEFT JOIN t ON t.x = g.x)
        SELECT coalesce(sum(d.x), 0), coalesce(sum(d.y), 0), coalesce(sum(d.x * d.y), 0), coalesce(sum(d.x * d.x), 0),
               (SELECT coalesce(sum(t.y), 0) FROM t)
        FROM d$q$,
        f ->> 'at', f ->> 'cost', usage)
    INTO sx, sy, sxy, sxx, month_to_date
    USING (start_day::timestamp AT TIME ZONE 'UTC'), forecast.at, n, start_day;
    month := start_day;
    days_in_month := days;
    complete_days := n;
    IF n = 0 THEN
        method := 'no complete day yet';
    ELSIF n = 1 THEN
        a := sy; b := 0;
        method := 'one complete day: its total for every day left';
    ELSE
        -- least squares over the complete days, in numeric
        b := (n * sxy - sx * sy) / (n * sxx - sx * sx);
        a := (sy - b * sx) / n;
        method := 'least squares over the complete days; days left at the trend, never below 0';
    END IF;
    IF n > 0 THEN
        daily_average := round(sy / n, 6);
        daily_trend := round(b, 6);
        -- days n .. days - 1 (today among them) at the trend
        projected_month_end := round(sy + (SELECT sum(greatest(0, a + b * x)) FROM generate_series(n, days - 1) AS x), 2);
    END IF;
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION bedprice.forecast(regclass, timestamptz) IS
    'Month-to-date spend of a usage table priced by bedprice.price_usage (UTC months, rows before `at`), and the month-end projection: the complete days'' totals, then each day left (today included) at their least-squares trend, never below 0, rounded to cents. Exact numeric arithmetic; no floats.';
