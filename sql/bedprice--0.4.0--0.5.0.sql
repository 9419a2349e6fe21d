/* bedprice 0.4.0 -> 0.5.0: pricing usage where it lands (the price_usage trigger,
   repricing, Bedrock invocation logs, the FOCUS 1.2 export) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.5.0'" to load this file. \quit

------------------------------------------------------------------------
-- Usage tables: the trigger that prices a user's rows as they land, the
-- mapping it reads, and repricing after a price correction.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.price_usage()
RETURNS trigger
AS 'MODULE_PATHNAME', 'price_usage'
LANGUAGE C;
COMMENT ON FUNCTION bedprice.price_usage() IS
    'Row trigger (BEFORE INSERT OR UPDATE ... FOR EACH ROW) that sets a usage row''s cost as bedrock_cost prices it. Arguments map fields to columns: ''cost=col'', ''model=col'', ''in=col'', ''out=col'' (required); ''status'', ''region'', ''mode'', ''cache_read'', ''cache_write'', ''cache_write_1h'', ''at'', ''provider'', ''book'', ''account''. A row that cannot be priced is kept, with a NULL cost and the reason in its status column.';

CREATE FUNCTION bedprice.usage_columns(tbl regclass)
RETURNS TABLE (field text, column_name name, column_type text)
AS 'MODULE_PATHNAME', 'usage_columns'
LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION bedprice.usage_columns(regclass) IS
    'The columns of a table that its bedprice.price_usage trigger maps, field by field, checked as the trigger checks them.';

CREATE PROCEDURE bedprice.reprice(
    tbl     regclass,
    since   timestamptz DEFAULT NULL,
    INOUT changed bigint DEFAULT NULL)
AS 'MODULE_PATHNAME', 'reprice'
LANGUAGE C;
COMMENT ON PROCEDURE bedprice.reprice(regclass, timestamptz, bigint) IS
    'Price again the rows of a table with a bedprice.price_usage trigger (those at or after `since`), in batches that commit when CALLed outside a transaction block; only rows whose cost or status changes are written. `changed`: the rows whose cost changed.';

CREATE FUNCTION bedprice.usage_charges(
    tbl                     regclass,
    usage                   record,
    book                    text DEFAULT NULL,
    strict                  boolean DEFAULT true,
    OUT charge              text,
    OUT tokens              bigint,
    OUT provider            text,
    OUT model               text,
    OUT region              text,
    OUT routing             text,
    OUT mode                text,
    OUT price_book          text,
    OUT above_input_tokens  bigint,
    OUT price_id            bigint,
    OUT multiplier_ids      bigint[],
    OUT usd_per_mtok        numeric,
    OUT unit_price_per_mtok numeric,
    OUT cost                numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'usage_charges'
LANGUAGE C STABLE;
COMMENT ON FUNCTION bedprice.usage_charges(regclass, record, text, boolean) IS
    'The charges of one row of a table with a bedprice.price_usage trigger, as the trigger prices it (in `book` instead, if given): per charge its tokens, the book it is priced in, the price row and multipliers used (from that book or its ancestors), the unit price with its factors, and the cost. A row that cannot be priced has no charges if the trigger left it unpriced (its cost NULL), if not `strict`, or with bedprice.on_unknown_model = null; else it is an error (a priced row the catalog no longer prices).';

------------------------------------------------------------------------
-- Bedrock model-invocation logs (schemaType ModelInvocationLog, as S3 or
-- CloudWatch delivers them, loaded as jsonb): read and priced.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.invocation_usage(
    log                       jsonb,
    OUT event_time            timestamptz,
    OUT account_id            text,
    OUT region                text,
    OUT inference_region      text,
    OUT request_id            text,
    OUT operation             text,
    OUT model_id              text,
    OUT caller_arn            text,
    OUT mode                  text,
    OUT input_tokens          bigint,
    OUT output_tokens         bigint,
    OUT cache_read_tokens     bigint,
    OUT cache_write_tokens    bigint,
    OUT cache_write_1h_tokens bigint,
    OUT cache_ttl_source      text,
    OUT problem               text)
RETURNS record
AS 'MODULE_PATHNAME', 'invocation_usage'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.invocation_usage(jsonb) IS
    'One Bedrock model-invocation log record read: region is the billing (source) region, input_tokens the uncached input (as Bedrock counts it), cache writes split into 5-minute and 1-hour by the response body (cache_ttl_source: cache_details, anthropic_body, no_writes, or unknown: all counted as 5-minute). A malformed record raises an error, or with bedprice.on_unknown_model = null gives the problem.';

CREATE FUNCTION bedprice.invocation_cost(log jsonb)
RETURNS numeric
AS 'MODULE_PATHNAME', 'invocation_cost'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.invocation_cost(jsonb) IS
    'USD cost of one Bedrock model-invocation log record, as bedrock_cost prices the usage bedprice.invocation_usage reads from it (its model ID, billing region, service tier and time). NULL for an unknown model or a malformed record under bedprice.on_unknown_model = null.';

------------------------------------------------------------------------
-- The FOCUS 1.2 export: a usage table's priced rows as FinOps tools read
-- bills, one row per (charge period, account, model, region, routing,
-- mode, token type, price row), grouped from bedprice.usage_charges.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.focus_usage(
    tbl                regclass,
    billing_account_id text DEFAULT NULL,
    since              timestamptz DEFAULT NULL,
    until              timestamptz DEFAULT NULL,
    list_book          text DEFAULT 'aws',
    charge_period      text DEFAULT 'day',
    account_names      jsonb DEFAULT NULL)
RETURNS TABLE (
    "BilledCost"          numeric,
    "EffectiveCost"       numeric,
    "ListCost"            numeric,
    "ListUnitPrice"       numeric,
    "ContractedCost"      numeric,
    "ContractedUnitPrice" numeric,
    "PricingQuantity"     numeric,
    "PricingUnit"         text,
    "PricingCategory"     text,
    "ConsumedQuantity"    numeric,
    "ConsumedUnit"        text,
    "ChargePeriodStart"   text,
    "ChargePeriodEnd"     text,
    "BillingPeriodStart"  text,
    "BillingPeriodEnd"    text,
    "ChargeCategory"      text,
    "ChargeClass"         text,
    "ChargeDescription"   text,
    "ChargeFrequency"     text,
    "ServiceName"         text,
    "ServiceCategory"     text,
    "ServiceSubcategory"  text,
    "ProviderName"        text,
    "PublisherName"       text,
    "InvoiceIssuerName"   text,
    "RegionId"            text,
    "RegionName"          text,
    "SkuId"               text,
    "SkuPriceId"          text,
    "SkuMeter"            text,
    "SkuPriceDetails"     text,
    "BillingCurrency"     text,
    "BillingAccountId"    text,
    "BillingAccountName"  text,
    "SubAccountId"        text,
    "SubAccountName"      text,
    "AvailabilityZone"    text,
    "CapacityReservationId" text,
    "CapacityReservationStatus" text,
    "CommitmentDiscountCategory" text,
    "CommitmentDiscountId" text,
    "CommitmentDiscountName" text,
    "CommitmentDiscountQuantity" numeric,
    "CommitmentDiscountStatus" text,
    "CommitmentDiscountType" text,
    "CommitmentDiscountUnit" text,
    "InvoiceId"           text,
    "ResourceId"          text,
    "ResourceName"        text,
    "ResourceType"        text,
    "Tags"                text,
    "x_Model"             text,
    "x_Routing"           text,
    "x_Mode"              text,
    "x_TokenType"         text,
    "x_PriceBook"         text,
    "x_AboveInputTokens"  bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
-- a priced row the catalog can no longer price is an error, never a row left out
SET bedprice.on_unknown_model = 'error'
AS $$
DECLARE
    cols   jsonb;
    at_col text;
    at_is_tz boolean;
    unpriced bigint;
    -- a table's own rows (its trigger does not fire for inheritance
    -- children's); a partitioned table's all
    own_rows text := CASE WHEN (SELECT c.relkind FROM pg_class c WHERE c.oid = tbl) = 'p' THEN '' ELSE 'ONLY' END;
BEGIN
    SELECT jsonb_object_agg(c.field, c.column_name), bool_or(c.field = 'at' AND c.column_type LIKE '%with time zone')
    INTO cols, at_is_tz
    FROM bedprice.usage_columns(tbl) AS c;
    at_col := cols->>'at';
    IF at_col IS NULL THEN
        RAISE EXCEPTION 'the price_usage trigger of "%" maps no column to field "at"', tbl
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'FOCUS rows need each usage''s time: their charge period.';
    END IF;
    IF billing_account_id IS NULL AND cols->>'account' IS NULL THEN
        RAISE EXCEPTION 'FOCUS rows need a billing account'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Pass billing_account_id, or map an account column in the trigger of "%s" (''account=<column>'').', tbl);
    END IF;
    IF list_book IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = list_book) THEN
        RAISE EXCEPTION 'unknown price book "%"', list_book
            USING ERRCODE = 'undefined_object', DETAIL = 'The book comes from the list_book argument.';
    END IF;
    IF charge_period IS NULL OR charge_period NOT IN ('hour', 'day') THEN
        RAISE EXCEPTION 'invalid charge period "%"', charge_period
            USING ERRCODE = 'invalid_parameter_value', HINT = 'A charge period is ''hour'' or ''day''.';
    END IF;

    -- rows without a cost are not billed: say how many are left out
    EXECUTE format('SELECT count(*) FROM %s %s AS u WHERE u.%I IS NULL AND ($1 IS NULL OR u.%I >= $1) AND ($2 IS NULL OR u.%I < $2)',
                   own_rows, tbl, cols->>'cost', at_col, at_col, at_col)
    INTO unpriced USING since, until;
    IF unpriced > 0 THEN
        RAISE NOTICE 'rows of "%" without a cost, left out of the export: %', tbl, unpriced
            USING HINT = 'Their status column says why; CALL bedprice.reprice() once the catalog prices them.';
    END IF;

    RETURN QUERY EXECUTE format($q$
        WITH vendors (vendor, name) AS (VALUES
            ('anthropic', 'Anthropic'), ('amazon', 'Amazon'), ('meta', 'Meta'), ('mistral', 'Mistral AI'),
            ('cohere', 'Cohere'), ('ai21', 'AI21 Labs'), ('deepseek', 'DeepSeek'), ('qwen', 'Qwen'),
            ('openai', 'OpenAI'), ('google', 'Google'), ('writer', 'Writer'), ('moonshot', 'Moonshot AI'),
            ('moonshotai', 'Moonshot AI'), ('nvidia', 'NVIDIA'), ('xai', 'xAI'), ('minimax', 'MiniMax'),
            ('zai', 'Z.ai'), ('together', 'Together AI'), ('groq', 'Groq')
        ), charges AS (
            SELECT date_trunc(%5$L, u.%2$I%6$s, 'UTC') AS period_start, %3$s AS account,
                   c.*, l.unit_price_per_mtok AS list_unit_price
            FROM %7$s %1$s AS u
            CROSS JOIN LATERAL bedprice.usage_charges(%1$L::regclass, u) AS c
            LEFT JOIN LATERAL bedprice.usage_charges(%1$L::regclass, u, $1, strict => false) AS l
                   ON l.charge = c.charge
            WHERE u.%4$I IS NOT NULL AND ($3 IS NULL OR u.%2$I >= $3) AND ($4 IS NULL OR u.%2$I < $4)
        ), grouped AS (
            SELECT period_start, account, provider, model, region, routing, mode, charge, price_book,
                   above_input_tokens, price_id, multiplier_ids, unit_price_per_mtok,
                   coalesce(list_unit_price, unit_price_per_mtok) AS list_unit_price,
                   sum(tokens) AS tokens, trim_scale(sum(tokens)::numeric / 1000000) AS quantity
            FROM charges
            GROUP BY period_start, account, provider, model, region, routing, mode, charge, price_book,
                     above_input_tokens, price_id, multiplier_ids, unit_price_per_mtok,
                     coalesce(list_unit_price, unit_price_per_mtok)
        ), described AS (
            SELECT g.*,
                   concat_ws('/', g.provider, g.model, g.region, g.routing, g.mode, g.charge) AS sku,
                   CASE WHEN p.kind = 'cloud' THEN 'AWS' ELSE coalesce(v.name, p.display_name) END AS provider_name,
                   CASE WHEN p.kind = 'cloud' THEN coalesce(m.name, initcap(split_part(g.model, '.', 1)))
                        ELSE coalesce(v.name, p.display_name) END AS publisher_name,
                   p.display_name AS service_name, r.display_name AS region_name,
                   coalesce(md.display_name, g.model) AS model_name,
                   (g.period_start AT TIME ZONE 'UTC') AS utc_start
            FROM grouped g
            JOIN bedprice.providers p ON p.provider = g.provider
            LEFT JOIN bedprice.models md ON md.provider = g.provider AND md.model = g.model
            LEFT JOIN bedprice.regions r ON r.region = g.region
            LEFT JOIN vendors v ON v.vendor = g.provider
            LEFT JOIN vendors m ON m.vendor = split_part(g.model, '.', 1)
        )
        SELECT trim_scale(d.unit_price_per_mtok * d.quantity),
               trim_scale(d.unit_price_per_mtok * d.quantity),
               trim_scale(d.list_unit_price * d.quantity),
               d.list_unit_price,
               trim_scale(d.unit_price_per_mtok * d.quantity),
               d.unit_price_per_mtok,
               d.quantity, '1000000 Tokens', 'Standard',
               d.tokens::numeric, 'Tokens',
               to_char(d.utc_start, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               to_char(d.utc_start + ('1 ' || %5$L)::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               to_char(date_trunc('month', d.utc_start), 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               to_char(date_trunc('month', d.utc_start) + interval '1 month', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               'Usage', NULL::text,
               format('%%s %%s tokens (%%s routing, %%s%%s)', d.model_name, replace(d.charge, '_', ' '),
                      replace(d.routing, '_', '-'), replace(d.mode, '_', ' '),
                      CASE WHEN d.above_input_tokens > 0 THEN format(', above %%s input tokens', d.above_input_tokens) ELSE '' END),
               'Usage-Based',
               d.service_name, 'AI and Machine Learning', 'Generative AI',
               d.provider_name, d.publisher_name, d.provider_name,
               d.region, coalesce(d.region_name, d.region),
               d.sku,
               d.sku || '/price:' || d.price_id ||
                   CASE WHEN cardinality(d.multiplier_ids) > 0
                        THEN '/multipliers:' || array_to_string(d.multiplier_ids, ',') ELSE '' END,
               CASE d.charge WHEN 'input' THEN 'InputTokenCount' WHEN 'output' THEN 'OutputTokenCount'
                             WHEN 'cache_read' THEN 'CacheReadInputTokenCount'
                             WHEN 'cache_write' THEN 'CacheWriteInputTokenCount'
                             WHEN 'cache_write_1h' THEN 'CacheWrite1hInputTokenCount' ELSE d.charge END,
               NULL::text,
               'USD', coalesce($2, d.account), coalesce($5->>coalesce($2, d.account), coalesce($2, d.account)),
               d.account, coalesce($5->>d.account, d.account),
               NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::numeric,
               NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
               d.model, d.routing, d.mode, d.charge, d.price_book, d.above_input_tokens
        FROM described d
        ORDER BY d.utc_start, d.account, d.provider, d.model, d.region, d.routing, d.mode, d.charge, d.price_id
        $q$,
        tbl, at_col,
        CASE WHEN cols ? 'account' THEN format('u.%I::text', cols->>'account') ELSE 'NULL::text' END,
        cols->>'cost', charge_period,
        CASE WHEN at_is_tz THEN '' ELSE '::timestamptz' END, own_rows)
    USING list_book, billing_account_id, since, until, account_names;
END
$$;
COMMENT ON FUNCTION bedprice.focus_usage(regclass, text, timestamptz, timestamptz, text, text, jsonb) IS
    'FOCUS 1.2 rows (cost and usage) of a table with a bedprice.price_usage trigger: its priced rows (at or after `since`, before `until`) grouped per charge period (''day'' or ''hour'', UTC), account, model, region, routing, mode, token type and price row, at full precision. Contracted prices are the rows'' own (their book, or bedprice.price_book''s); list prices those of `list_book` (AWS''s list by default). Account names come from `account_names` ({"id": "name"}), else are the IDs. Expose it with CREATE VIEW ... AS SELECT * FROM bedprice.focus_usage(''tbl'').';

------------------------------------------------------------------------
-- Comparing where to run: Bedrock against the direct APIs that sell the
-- same model (the same family in bedprice.models: the catalog's mapping,
-- which a user extends by giving a model of theirs a family).
------------------------------------------------------------------------

CREATE FUNCTION bedprice.bedrock_premium(
    model       text,
    region      text DEFAULT NULL,
    vs_provider text DEFAULT NULL,
    in_tokens   bigint DEFAULT 1000000,
    out_tokens  bigint DEFAULT 1000000,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL)
RETURNS TABLE (
    bedrock_model text,
    family        text,
    bedrock_cost  numeric,
    provider      text,
    direct_model  text,
    direct_cost   numeric,
    ratio         numeric,
    premium_pct   numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b record;
    d record;
    best record;
    best_cost numeric;
    cost numeric;
BEGIN
    SELECT r.model, m.family INTO b
    FROM bedprice.resolve_model(bedrock_premium.model) AS r
    JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = r.model;
    IF b.family IS NULL THEN
        RAISE EXCEPTION 'Bedrock model "%" has no family in bedprice.models', coalesce(b.model, bedrock_premium.model)
            USING ERRCODE = 'no_data_found',
                  HINT = 'A family names the same model at every provider that sells it: set it on the models to compare.';
    END IF;
    bedrock_model := b.model;
    family := b.family;
    bedrock_cost := bedprice.bedrock_cost_in(bedrock_premium.book, bedrock_premium.model, bedrock_premium.region,
                                             in_tokens, out_tokens, at => bedrock_premium.at);
    -- the direct APIs that sell the family and price it in the book: the cheapest, or vs_provider's
    FOR d IN
        SELECT m.provider, m.model
        FROM bedprice.models m JOIN bedprice.providers p ON p.provider = m.provider
        WHERE p.kind = 'direct' AND m.family = b.family
          AND (vs_provider IS NULL OR m.provider = lower(btrim(vs_provider)))
        ORDER BY m.provider, m.model
    LOOP
        BEGIN
            cost := bedprice.api_cost_in(bedrock_premium.book, d.provider, d.model, in_tokens, out_tokens,
                                         at => bedrock_premium.at);
        EXCEPTION WHEN no_data_found THEN
            CONTINUE;           -- not priced in this book at that time
        END;
        IF best_cost IS NULL OR cost < best_cost THEN
            best := d;
            best_cost := cost;
        END IF;
    END LOOP;
    IF best_cost IS NULL THEN
        RAISE EXCEPTION 'no direct API prices family "%"%', b.family,
                        CASE WHEN vs_provider IS NULL THEN '' ELSE format(' at provider "%s"', vs_provider) END
            USING ERRCODE = 'no_data_found',
                  DETAIL = format('At %s, in price book %s.',
                                  to_char(bedrock_premium.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                  coalesce(bedrock_premium.book, current_setting('bedprice.price_book')));
    END IF;
    provider := best.provider;
    direct_model := best.model;
    direct_cost := best_cost;
    ratio := CASE WHEN best_cost > 0 THEN trim_scale(bedrock_cost / best_cost) END;
    premium_pct := round(100 * (ratio - 1), 2);
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION bedprice.bedrock_premium(text, text, text, bigint, bigint, timestamptz, text) IS
    'What a usage costs on Bedrock against a direct API that sells the same model (the same family in bedprice.models): the cheapest one, or vs_provider''s; ratio is Bedrock / direct, premium_pct (ratio - 1) x 100 rounded to 2 places. Prices in `book` (NULL: bedprice.price_book''s).';
