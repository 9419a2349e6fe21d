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
