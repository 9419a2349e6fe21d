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
-- which a user extends by giving a model of theirs a family), one model
-- against another, every way to buy a model, and monthly volumes.
--
-- Token counts here are volumes (a month's, or "per 1M tokens"), priced
-- at each charge's standard tier: a long-context tier is per request, and
-- a volume is many requests.  A volume's cost is its tokens times the cost
-- of 1,000 tokens of the charge, which is exact (a product of numerics).
------------------------------------------------------------------------

CREATE FUNCTION bedprice.cost_or_null(
    book                  text,
    provider              text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'cost_or_null'
-- restricted: a memo miss may take a subtransaction, which a worker cannot
LANGUAGE C STABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION bedprice.cost_or_null(text, text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost_in (provider bedrock) or api_cost_in (a direct API, region and mode ignored) for what-if pricing: NULL where the usage''s own values cannot be priced (unknown model, region or book; no price for that mode, routing or time), as the pricing trigger leaves such a row unpriced. A negative count is an error.';

CREATE FUNCTION bedprice.volume_cost(
    provider           text,
    model              text,
    region             text,
    in_tokens          numeric,
    out_tokens         numeric,
    mode               text DEFAULT 'on_demand',
    cache_read_tokens  numeric DEFAULT 0,
    cache_write_tokens numeric DEFAULT 0,
    at                 timestamptz DEFAULT now(),
    book               text DEFAULT NULL,
    strict             boolean DEFAULT true)
RETURNS numeric
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED     -- it may call cost_or_null
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    volume numeric[] := ARRAY[in_tokens, out_tokens, cache_read_tokens, cache_write_tokens];
    direct boolean := lower(btrim(provider)) <> 'bedrock';
    unit numeric;
    total numeric := 0;
BEGIN
    IF provider IS NULL OR model IS NULL OR mode IS NULL OR at IS NULL OR array_position(volume, NULL) IS NOT NULL THEN
        RETURN NULL;
    END IF;
    IF 0 > ANY (volume) THEN
        RAISE EXCEPTION 'token volumes must not be negative'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The volumes given are %s.', array_to_string(volume, ', '));
    END IF;
    IF direct AND lower(btrim(mode)) NOT IN ('on_demand', 'standard', 'default') THEN
        RAISE EXCEPTION 'direct APIs are priced on demand only, not in mode "%"', mode
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR c IN 1..4 LOOP
        -- the input charge is priced even when its volume is 0, so that
        -- an unknown model is never a silent zero
        CONTINUE WHEN volume[c] = 0 AND c > 1;
        unit := CASE WHEN NOT direct AND strict
                     THEN bedprice.bedrock_cost_in(book, model, region, CASE c WHEN 1 THEN 1000 ELSE 0 END,
                              CASE c WHEN 2 THEN 1000 ELSE 0 END, mode, CASE c WHEN 3 THEN 1000 ELSE 0 END,
                              CASE c WHEN 4 THEN 1000 ELSE 0 END, 0, at)
                     WHEN direct AND strict
                     THEN bedprice.api_cost_in(book, provider, model, CASE c WHEN 1 THEN 1000 ELSE 0 END,
                              CASE c WHEN 2 THEN 1000 ELSE 0 END, CASE c WHEN 3 THEN 1000 ELSE 0 END,
                              CASE c WHEN 4 THEN 1000 ELSE 0 END, 0, at)
                     ELSE bedprice.cost_or_null(book, provider, model, region, CASE c WHEN 1 THEN 1000 ELSE 0 END,
                              CASE c WHEN 2 THEN 1000 ELSE 0 END, mode, CASE c WHEN 3 THEN 1000 ELSE 0 END,
                              CASE c WHEN 4 THEN 1000 ELSE 0 END, 0, at) END;
        IF unit IS NULL THEN
            RETURN NULL;        -- not strict, and not priced
        END IF;
        total := total + volume[c] * unit * 0.001;
    END LOOP;
    RETURN trim_scale(total);
END
$$;
COMMENT ON FUNCTION bedprice.volume_cost(text, text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, boolean) IS
    'USD cost of token volumes (totals over many requests, so at each charge''s standard tier, never a per-request long-context tier) of a model at provider `provider` (bedrock: in `region`, mode and routing as bedrock_cost reads them; a direct API: on demand), exact, in `book` (NULL: bedprice.price_book''s). Not strict: NULL where the catalog cannot price it.';

CREATE FUNCTION bedprice.bedrock_premium(
    model       text,
    region      text DEFAULT NULL,
    vs_provider text DEFAULT NULL,
    in_tokens   bigint DEFAULT 1000000,
    out_tokens  bigint DEFAULT 1000000,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL,
    mode        text DEFAULT 'on_demand')
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
    bedrock_cost := bedprice.volume_cost('bedrock', bedrock_premium.model, bedrock_premium.region, in_tokens, out_tokens,
                                         bedrock_premium.mode, at => bedrock_premium.at, book => bedrock_premium.book);
    -- the direct APIs that sell the family and price it in the book: the cheapest, or vs_provider's
    FOR d IN
        SELECT m.provider, m.model
        FROM bedprice.models m JOIN bedprice.providers p ON p.provider = m.provider
        WHERE p.kind = 'direct' AND m.family = b.family
          AND (vs_provider IS NULL OR m.provider = lower(btrim(vs_provider)))
        ORDER BY m.provider, m.model
    LOOP
        -- NULL: not priced in this book at that time
        cost := bedprice.volume_cost(d.provider, d.model, NULL, in_tokens, out_tokens, at => bedrock_premium.at,
                                     book => bedrock_premium.book, strict => false);
        IF cost < best_cost OR (best_cost IS NULL AND cost IS NOT NULL) THEN
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
COMMENT ON FUNCTION bedprice.bedrock_premium(text, text, text, bigint, bigint, timestamptz, text, text) IS
    'What token volumes cost on Bedrock (in `mode`) against a direct API that sells the same model (the same family in bedprice.models): the cheapest one, or vs_provider''s; ratio is Bedrock / direct, premium_pct (ratio - 1) x 100 rounded to 2 places. Prices in `book` (NULL: bedprice.price_book''s), at the standard tier (volumes, see volume_cost).';

-- One model against another (the seed's "Nova vs competing models").
CREATE FUNCTION bedprice.compare_models(
    model       text,
    vs_model    text,
    in_tokens   bigint DEFAULT 1000000,
    out_tokens  bigint DEFAULT 1000000,
    provider    text DEFAULT 'bedrock',
    vs_provider text DEFAULT 'bedrock',
    region      text DEFAULT NULL,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL)
RETURNS TABLE (
    cost           numeric,
    vs_cost        numeric,
    ratio          numeric,
    difference_pct numeric)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT c.a, c.b, trim_scale(c.a / nullif(c.b, 0)), round(100 * (c.a / nullif(c.b, 0) - 1), 2)
    FROM (SELECT bedprice.volume_cost(provider, model, region, in_tokens, out_tokens, at => at, book => book) AS a,
                 bedprice.volume_cost(vs_provider, vs_model, region, in_tokens, out_tokens, at => at, book => book) AS b) c
$$;
COMMENT ON FUNCTION bedprice.compare_models(text, text, bigint, bigint, text, text, text, timestamptz, text) IS
    'Token volumes priced for two models (each at its provider; Bedrock ones in `region`): ratio is cost / vs_cost, difference_pct (ratio - 1) x 100 rounded to 2 places (negative: cheaper). Prices in `book`, at the standard tier.';

-- Every way to buy a model: Bedrock in each region, routing and service
-- tier the catalog prices it in, and each direct API that sells its family.
CREATE FUNCTION bedprice.cheapest(
    model      text,
    in_tokens  bigint DEFAULT 1000000,
    out_tokens bigint DEFAULT 1000000,
    region     text DEFAULT NULL,
    at         timestamptz DEFAULT now(),
    book       text DEFAULT NULL)
RETURNS TABLE (
    rank       bigint,
    provider   text,
    call_as    text,
    routing    text,
    mode       text,
    regions    text[],
    cost       numeric,
    saving     numeric,
    saving_pct numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    b record;
BEGIN
    SELECT r.model, m.family INTO b
    FROM bedprice.resolve_model(cheapest.model) AS r
    JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = r.model;
    IF b.model IS NULL THEN
        -- a family's name, or a direct API's model: the family's Bedrock models
        SELECT NULL AS model, m.family INTO b FROM bedprice.models m
        WHERE m.family = cheapest.model OR m.model = cheapest.model LIMIT 1;
    END IF;
    IF b.family IS NULL AND b.model IS NULL THEN
        RAISE EXCEPTION 'unknown model "%"', cheapest.model
            USING ERRCODE = 'no_data_found',
                  HINT = 'Give a Bedrock model ID or alias, or a family of bedprice.models.';
    END IF;
    IF cheapest.region IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = lower(btrim(cheapest.region))) THEN
        RAISE EXCEPTION 'unknown region "%"', cheapest.region USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    WITH bedrock_models AS (
        SELECT m.model FROM bedprice.models m
        WHERE m.provider = 'bedrock' AND (m.model = b.model OR (b.model IS NULL AND m.family = b.family))
    ), options AS (
        SELECT 'bedrock'::text AS provider,
               CASE o.routing WHEN 'in_region' THEN bm.model
                              WHEN 'global' THEN 'global.' || bm.model
                              ELSE g.geography || '.' || bm.model END AS call_as,
               o.routing, o.mode, g.region,
               bedprice.volume_cost('bedrock', CASE o.routing WHEN 'in_region' THEN bm.model
                                                              WHEN 'global' THEN 'global.' || bm.model
                                                              ELSE g.geography || '.' || bm.model END,
                                    g.region, in_tokens, out_tokens, o.mode, at => cheapest.at,
                                    book => cheapest.book, strict => false) AS cost
        FROM bedrock_models bm
        CROSS JOIN bedprice.regions g
        CROSS JOIN (SELECT r.word AS routing, d.word AS mode
                    FROM bedprice.vocabulary() r, bedprice.vocabulary() d
                    WHERE r.kind = 'routing' AND d.kind = 'mode') o
        WHERE (cheapest.region IS NULL OR g.region = lower(btrim(cheapest.region)))
          -- a geographic profile exists for the geographies of the vocabulary only
          AND (o.routing <> 'geo' OR g.geography IN (SELECT v.word FROM bedprice.vocabulary() v WHERE v.kind = 'geography'))
        UNION ALL
        SELECT m.provider, m.model, NULL, 'on_demand', NULL,
               bedprice.volume_cost(m.provider, m.model, NULL, in_tokens, out_tokens, at => cheapest.at,
                                    book => cheapest.book, strict => false)
        FROM bedprice.models m JOIN bedprice.providers p ON p.provider = m.provider
        WHERE p.kind = 'direct' AND m.family = b.family
    ), ways AS (
        SELECT o.provider, o.call_as, o.routing, o.mode,
               array_agg(o.region ORDER BY o.region) FILTER (WHERE o.region IS NOT NULL) AS regions, o.cost
        FROM options o WHERE o.cost IS NOT NULL
        GROUP BY o.provider, o.call_as, o.routing, o.mode, o.cost
    )
    SELECT rank() OVER (ORDER BY w.cost), w.provider, w.call_as, w.routing, w.mode, w.regions, w.cost,
           max(w.cost) OVER () - w.cost,
           round(100 * (max(w.cost) OVER () - w.cost) / nullif(max(w.cost) OVER (), 0), 2)
    FROM ways w
    ORDER BY w.cost, w.provider, w.call_as, w.mode, w.regions;
END
$$;
COMMENT ON FUNCTION bedprice.cheapest(text, bigint, bigint, text, timestamptz, text) IS
    'Every way to buy a model (a Bedrock ID or alias, or a family): on Bedrock per routing (call_as: the ID to call) and service tier, with the regions where it costs the same, and each direct API that sells its family; ranked by the cost of the token volumes, with the saving against the most expensive. In `region` only, if given; prices in `book`, at the standard tier.';

-- A month of tokens.
CREATE FUNCTION bedprice.monthly_cost(
    model                  text,
    region                 text,
    in_mtok_per_month      numeric,
    out_mtok_per_month     numeric,
    mode                   text DEFAULT 'on_demand',
    cache_read_mtok        numeric DEFAULT 0,
    cache_write_mtok       numeric DEFAULT 0,
    at                     timestamptz DEFAULT now(),
    book                   text DEFAULT NULL,
    provider               text DEFAULT 'bedrock')
RETURNS numeric
LANGUAGE sql STABLE PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT bedprice.volume_cost(provider, model, region, in_mtok_per_month * 1000000, out_mtok_per_month * 1000000,
                                mode, cache_read_mtok * 1000000, cache_write_mtok * 1000000, at, book)
$$;
COMMENT ON FUNCTION bedprice.monthly_cost(text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, text) IS
    'USD a month of token volumes costs (millions of tokens per month), exact: volume_cost at Bedrock (or `provider`, a direct API), at the standard tier.';

-- The seed's "Cost Analysis" tables: the same traffic bought three ways.
CREATE FUNCTION bedprice.scenario(
    models             text[],
    in_mtok_per_month  numeric[],
    out_mtok_per_month numeric[],
    region             text DEFAULT NULL,
    at                 timestamptz DEFAULT now(),
    book               text DEFAULT NULL)
RETURNS TABLE (
    setup          text,
    monthly_cost   numeric,
    vs_bedrock_pct numeric,
    detail         text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer := cardinality(models);
BEGIN
    IF n IS NULL OR n = 0 OR cardinality(in_mtok_per_month) IS DISTINCT FROM n
       OR cardinality(out_mtok_per_month) IS DISTINCT FROM n THEN
        RAISE EXCEPTION 'models, in_mtok_per_month and out_mtok_per_month must have one element per model'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Their lengths are %s, %s and %s.', coalesce(n, 0),
                                  coalesce(cardinality(in_mtok_per_month), 0), coalesce(cardinality(out_mtok_per_month), 0));
    END IF;
    RETURN QUERY
    WITH lines AS (
        SELECT u.ord, u.m, u.i, u.o,
               bedprice.monthly_cost(u.m, scenario.region, u.i, u.o, at => scenario.at, book => scenario.book) AS bedrock
        FROM unnest(models, in_mtok_per_month, out_mtok_per_month) WITH ORDINALITY AS u(m, i, o, ord)
    ), priced AS (
        SELECT l.*, d.provider, d.cost AS direct
        FROM lines l
        LEFT JOIN LATERAL (
            SELECT x.provider, x.cost FROM (
                SELECT dm.provider,
                       bedprice.volume_cost(dm.provider, dm.model, NULL, l.i * 1000000, l.o * 1000000,
                                            at => scenario.at, book => scenario.book, strict => false) AS cost
                FROM bedprice.models dm JOIN bedprice.providers p ON p.provider = dm.provider
                WHERE p.kind = 'direct'
                  AND dm.family = (SELECT bm.family FROM bedprice.resolve_model(l.m) r
                                   JOIN bedprice.models bm ON bm.provider = 'bedrock' AND bm.model = r.model)) x
            WHERE x.cost IS NOT NULL ORDER BY x.cost, x.provider LIMIT 1) d ON true
    ), setups AS (
        SELECT 1 AS ord, 'bedrock on demand' AS setup, sum(p.bedrock) AS cost,
               string_agg(format('%s $%s', p.m, p.bedrock), '; ' ORDER BY p.ord) AS detail
        FROM priced p
        UNION ALL
        SELECT 2, 'direct APIs',
               CASE WHEN count(p.direct) = count(*) THEN sum(p.direct) END,
               string_agg(CASE WHEN p.direct IS NULL THEN format('%s: no direct API sells it', p.m)
                               ELSE format('%s at %s $%s', p.m, p.provider, p.direct) END, '; ' ORDER BY p.ord)
        FROM priced p
        UNION ALL
        SELECT 3, 'cheapest per model', sum(LEAST(p.bedrock, p.direct)),
               string_agg(CASE WHEN p.direct < p.bedrock THEN format('%s at %s $%s', p.m, p.provider, p.direct)
                               ELSE format('%s on bedrock $%s', p.m, p.bedrock) END, '; ' ORDER BY p.ord)
        FROM priced p
    )
    SELECT s.setup, s.cost,
           round(100 * (s.cost / nullif(first_value(s.cost) OVER (ORDER BY s.ord), 0) - 1), 2), s.detail
    FROM setups s ORDER BY s.ord;
END
$$;
COMMENT ON FUNCTION bedprice.scenario(text[], numeric[], numeric[], text, timestamptz, text) IS
    'A month''s traffic (per Bedrock model: millions of input and output tokens) bought three ways: all on Bedrock on demand, all at the cheapest direct API selling each model''s family (NULL if one has none), and the cheaper of the two per model; vs_bedrock_pct against the first. Prices in `book`, at the standard tier.';

------------------------------------------------------------------------
-- Questions asked of a usage table priced by bedprice.price_usage (its
-- trigger's column mapping, bedprice.usage_columns): what the period would
-- have cost bought another way, and where the month is heading.
------------------------------------------------------------------------

-- The SQL expressions of a usage table's fields, as the trigger reads
-- them: an unmapped field its default (region: the setting, mode: on
-- demand, cache: none, provider: Bedrock), `at` as timestamptz (a
-- timestamp column is UTC).
CREATE FUNCTION bedprice.usage_fields(tbl regclass)
RETURNS TABLE (field text, expression text)
LANGUAGE sql STABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT f.field,
           CASE WHEN c.column_name IS NULL THEN f.otherwise
                WHEN f.field = 'at' AND c.column_type = 'timestamp without time zone'
                    THEN format('(u.%I AT TIME ZONE ''UTC'')', c.column_name)
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
    acc jsonb := '[]';
    billed numeric;
    n_rows bigint;
    hours numeric := extract(epoch FROM until - since) / 3600;
    c text;
    g record;
    rate record;
    units integer;
    p_units integer;
    p_cost numeric;
    p_moved bigint;
    p_billed numeric;
    missing text[];
BEGIN
    IF since IS NULL OR until IS NULL OR until <= since THEN
        RAISE EXCEPTION 'the period must end after it starts'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('since %s, until %s.', coalesce(since::text, 'NULL'), coalesce(until::text, 'NULL'));
    END IF;
    IF book IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = lower(btrim(compare_modes.book))) THEN
        RAISE EXCEPTION 'unknown price book "%"', book USING ERRCODE = 'invalid_parameter_value';
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
                   %s AS at, %s AS cost, lower(btrim(%s)) AS provider, coalesce(%L, %s) AS book
            FROM %s u) r
        WHERE r.at >= $1 AND r.at < $2 AND r.cost IS NOT NULL$q$,
        f ->> 'model', f ->> 'region', f ->> 'mode', f ->> 'in', f ->> 'out', f ->> 'cache_read', f ->> 'cache_write',
        f ->> 'cache_write_1h', f ->> 'at', f ->> 'cost', f ->> 'provider', book, f ->> 'book', usage);
    EXECUTE format('SELECT count(*), coalesce(sum(r.cost), 0) FROM (%s) r', rows_sql) INTO n_rows, billed USING since, until;
    acc := acc || jsonb_build_object('option', 'as billed', 'rows_moved', n_rows, 'rows_kept', 0, 'cost', billed);

    -- each service tier, and global routing: the rows whose model offers it
    -- priced so, the others as billed
    SELECT string_agg(format($a$(%L, %L::text, %L::text,
                       CASE WHEN r.provider = 'bedrock'
                            THEN bedprice.cost_or_null(r.book, 'bedrock', %s, r.region, r.in_tokens, r.out_tokens, %s,
                                                       r.cache_read, r.cache_write, r.cache_write_1h, r.at) END)$a$,
                       o.option, o.mode, o.routing,
                       CASE WHEN o.routing = 'global' THEN $g$'global.' || (bedprice.parse_model_id(r.model)).model$g$ ELSE 'r.model' END,
                       CASE WHEN o.routing = 'global' THEN 'r.mode' ELSE quote_literal(o.mode) END), ', ')
    INTO alt_sql
    FROM (VALUES ('standard', 'on_demand', NULL), ('flex', 'flex', NULL), ('priority', 'priority', NULL),
                 ('batch', 'batch', NULL), ('global routing', NULL, 'global')) AS o(option, mode, routing);
    EXECUTE format($q$
        SELECT coalesce(jsonb_agg(jsonb_build_object('option', a.option, 'mode', a.mode, 'routing', a.routing,
                                                     'rows_moved', a.moved, 'rows_kept', a.kept, 'cost', a.cost,
                                                     'note', CASE WHEN a.kept > 0 THEN a.kept || ' rows kept as billed: their model is not offered so' END)), '[]')
        FROM (SELECT o.option, o.mode, o.routing, count(o.alt) AS moved, count(*) - count(o.alt) AS kept,
                     sum(coalesce(o.alt, r.cost)) AS cost
              FROM (%s) r CROSS JOIN LATERAL (VALUES %s) AS o(option, mode, routing, alt)
              GROUP BY o.option, o.mode, o.routing) a$q$, rows_sql, alt_sql)
    INTO f USING since, until;
    acc := acc || f;

    -- provisioned throughput: per model and source region, the model units
    -- the busiest minute needs, for the whole period
    FOREACH c IN ARRAY ARRAY['none', '1_month', '6_month'] LOOP
        p_units := 0; p_cost := 0; p_moved := 0; p_billed := 0; missing := '{}';
        FOR g IN EXECUTE format($q$
            SELECT p.model, p.region, max(p.in_tpm) AS in_tpm, max(p.out_tpm) AS out_tpm, sum(p.cost) AS cost, sum(p.n) AS n
            FROM (SELECT (bedprice.resolve_model(r.model)).model AS model,
                         coalesce(lower(btrim(r.region)), current_setting('bedprice.default_region')) AS region,
                         sum(r.in_tokens + r.cache_write + r.cache_write_1h) AS in_tpm, sum(r.out_tokens) AS out_tpm,
                         sum(r.cost) AS cost, count(*) AS n
                  FROM (%s) r WHERE r.provider = 'bedrock'
                  GROUP BY 1, 2, date_trunc('minute', r.at)) p
            GROUP BY p.model, p.region ORDER BY p.model, p.region$q$, rows_sql) USING since, until
        LOOP
            rate := NULL;
            BEGIN
                SELECT * INTO rate FROM bedprice.provisioned_rate(g.model, g.region, c, until, compare_modes.book);
            EXCEPTION WHEN no_data_found THEN
                rate := NULL;
            END;
            IF rate IS NULL OR rate.in_tpm_per_unit IS NULL OR rate.out_tpm_per_unit IS NULL THEN
                missing := missing || format('%s in %s', g.model, g.region);
                CONTINUE;
            END IF;
            units := greatest(1, ceil(g.in_tpm / rate.in_tpm_per_unit::numeric), ceil(g.out_tpm / rate.out_tpm_per_unit::numeric));
            p_units := p_units + units;
            p_cost := p_cost + units * hours * rate.usd_per_unit_hour;
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
    SELECT x.option, x.mode, x.routing, x.commitment, x.model_units, x.rows_moved, x.rows_kept, x.cost,
           billed - x.cost, round(100 * (billed - x.cost) / nullif(billed, 0), 2), x.note
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
    done numeric;
BEGIN
    IF forecast.at IS NULL OR forecast.at IN ('infinity', '-infinity') THEN
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
    -- the complete days' totals (day x = 0, 1, ... n - 1; a day without
    -- usage is 0), and the month to date
    EXECUTE format($q$
        SELECT coalesce(sum(d.x), 0), coalesce(sum(d.y), 0), coalesce(sum(d.x * d.y), 0), coalesce(sum(d.x * d.x), 0),
               coalesce(sum(d.y), 0)
        FROM (SELECT g.x, coalesce(t.y, 0) AS y
              FROM generate_series(0, $3 - 1) AS g(x)
              LEFT JOIN (SELECT ((%1$s AT TIME ZONE 'UTC')::date - $4) AS x, sum(%2$s) AS y
                         FROM %3$s u WHERE %1$s >= $1 AND %1$s < $2 GROUP BY 1) t ON t.x = g.x) d$q$,
        f ->> 'at', f ->> 'cost', usage)
    INTO sx, sy, sxy, sxx, done
    USING (start_day::timestamp AT TIME ZONE 'UTC'), (today::timestamp AT TIME ZONE 'UTC'), n, start_day;
    EXECUTE format('SELECT coalesce(sum(%2$s), 0) FROM %3$s u WHERE %1$s >= $1 AND %1$s < $2',
                   f ->> 'at', f ->> 'cost', usage)
    INTO month_to_date USING (start_day::timestamp AT TIME ZONE 'UTC'), forecast.at;
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
        projected_month_end := round(done + (SELECT sum(greatest(0, a + b * x)) FROM generate_series(n, days - 1) AS x), 2);
    END IF;
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION bedprice.forecast(regclass, timestamptz) IS
    'Month-to-date spend of a usage table priced by bedprice.price_usage (UTC months, rows before `at`), and the month-end projection: the complete days'' totals, then each day left (today included) at their least-squares trend, never below 0, rounded to cents. Exact numeric arithmetic; no floats.';
