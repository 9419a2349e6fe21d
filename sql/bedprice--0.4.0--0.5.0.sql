/* bedprice 0.4.0 -> 0.5.0: pricing usage where it lands (the price_usage trigger,
   repricing, Bedrock invocation logs, the FOCUS 1.2 export), where to run
   (comparisons, provisioned throughput, projections, views for BI tools) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION bedprice UPDATE TO '0.5.0'" to load this file. \quit

-- cache_info reports how long its last build took: a new result type
DROP FUNCTION bedprice.cache_info();
CREATE FUNCTION bedprice.cache_info(
    OUT generation  bigint,
    OUT models      integer,
    OUT price_rows  bigint,
    OUT multipliers integer,
    OUT targets     bigint,
    OUT bytes       bigint,
    OUT build_ms    numeric)
RETURNS record
AS 'MODULE_PATHNAME', 'cache_info'
LANGUAGE C STABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION bedprice.cache_info() IS
    'This backend''s price cache: how often it was built, what it holds, its memory, and how long its last build took (milliseconds).';

-- the key columns of every catalog table, the Citus change log's three included
CREATE OR REPLACE FUNCTION bedprice_internal.catalog_key_columns(table_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE table_name
        WHEN 'providers' THEN ARRAY['provider']
        WHEN 'regions' THEN ARRAY['region']
        WHEN 'models' THEN ARRAY['provider', 'model']
        WHEN 'model_aliases' THEN ARRAY['provider', 'alias']
        WHEN 'prices' THEN ARRAY['price_id']
        WHEN 'multipliers' THEN ARRAY['multiplier_id']
        WHEN 'price_books' THEN ARRAY['book']
        WHEN 'provisioned_rates' THEN ARRAY['rate_id']
        WHEN 'shipped_changes' THEN ARRAY['table_name', 'row_key']
    END
$$;

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
-- a volume is many requests.  A volume's cost is its tokens times each
-- charge's unit price (its price times its factors, exact), / 1,000,000,
-- rounded at 15 decimals as the engine rounds a usage.
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
-- unsafe: a memo miss takes a subtransaction, which no process can start
-- while a query runs in parallel (not even the leader)
LANGUAGE C STABLE PARALLEL UNSAFE;
COMMENT ON FUNCTION bedprice.cost_or_null(text, text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost_in (provider bedrock) or api_cost_in (a direct API, region and mode ignored) for what-if pricing: NULL where the usage''s own values cannot be priced (unknown model, region or book; no price for that mode, routing or time), as the pricing trigger leaves such a row unpriced. A negative count is an error.';

CREATE FUNCTION bedprice.unit_price(
    book     text,
    provider text,
    model    text,
    region   text,
    charge   text,
    mode     text DEFAULT 'on_demand',
    at       timestamptz DEFAULT now(),
    strict   boolean DEFAULT true)
RETURNS numeric
AS 'MODULE_PATHNAME', 'unit_price'
LANGUAGE C STABLE PARALLEL UNSAFE;      -- not strict, as cost_or_null
COMMENT ON FUNCTION bedprice.unit_price(text, text, text, text, text, text, timestamptz, boolean) IS
    'USD per 1M tokens of one charge (input, output, cache_read, cache_write, cache_write_1h) at the standard tier, as the engine charges it: the price row''s price times its factors, exact; provider bedrock prices in region, mode and routing as bedrock_cost reads them, a direct API on demand. Not strict: NULL where the catalog cannot price it.';

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
LANGUAGE plpgsql STABLE PARALLEL UNSAFE     -- as unit_price
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    volume numeric[] := ARRAY[in_tokens, out_tokens, cache_read_tokens, cache_write_tokens];
    charges CONSTANT text[] := ARRAY['input', 'output', 'cache_read', 'cache_write'];
    direct boolean := lower(btrim(provider)) <> 'bedrock';
    unit numeric;
    total numeric := 0;
BEGIN
    IF provider IS NULL OR model IS NULL OR mode IS NULL OR at IS NULL OR array_position(volume, NULL) IS NOT NULL THEN
        RETURN NULL;
    END IF;
    IF 0 > ANY (volume) OR 'NaN' = ANY (volume) OR 'Infinity' = ANY (volume) THEN
        RAISE EXCEPTION 'token volumes must be finite and not negative'
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
        unit := bedprice.unit_price(book, provider, model, region, charges[c], mode, at, strict);
        IF unit IS NULL THEN
            RETURN NULL;        -- not strict, and not priced
        END IF;
        total := total + volume[c] * unit;
    END LOOP;
    RETURN trim_scale(round(total * 0.000001, 15));
END
$$;
COMMENT ON FUNCTION bedprice.volume_cost(text, text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, boolean) IS
    'USD cost of token volumes (totals over many requests, so at each charge''s standard tier, never a per-request long-context tier) of a model at provider `provider` (bedrock: in `region`, mode and routing as bedrock_cost reads them; a direct API: on demand): the exact sum of volume x unit_price / 1,000,000, rounded at 15 decimals, in `book` (NULL: bedprice.price_book''s). Not strict: NULL where the catalog cannot price it.';

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
    IF in_tokens IS NULL OR out_tokens IS NULL OR bedrock_premium.at IS NULL OR bedrock_premium.mode IS NULL THEN
        RAISE EXCEPTION 'the token counts, time and mode of bedprice.bedrock_premium must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
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
    IF in_tokens IS NULL OR out_tokens IS NULL OR cheapest.at IS NULL OR cheapest.model IS NULL THEN
        RAISE EXCEPTION 'the model, token counts and time of bedprice.cheapest must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF cheapest.book IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.price_books k WHERE k.book = lower(btrim(cheapest.book))) THEN
        RAISE EXCEPTION 'unknown price book "%"', cheapest.book
            USING ERRCODE = 'undefined_object', HINT = 'bedprice.price_books lists the books.';
    END IF;
    IF cheapest.region IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = lower(btrim(cheapest.region))) THEN
        RAISE EXCEPTION 'unknown region "%"', cheapest.region
            USING ERRCODE = 'undefined_object', HINT = 'bedprice.regions lists the known regions.';
    END IF;
    BEGIN
        SELECT r.model, m.family INTO b
        FROM bedprice.resolve_model(cheapest.model) AS r
        JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = r.model;
    EXCEPTION WHEN undefined_object THEN
        -- a family's name, or a direct API's model: the family's Bedrock models
        SELECT NULL AS model, m.family INTO b FROM bedprice.models m
        WHERE m.family IS NOT NULL AND (lower(m.family) = lower(btrim(cheapest.model)) OR lower(m.model) = lower(btrim(cheapest.model)))
        ORDER BY m.provider = 'bedrock' DESC, m.provider, m.model LIMIT 1;
        IF b.family IS NULL THEN
            RAISE;
        END IF;
    END;
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
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no way to buy model "%" is priced%', cheapest.model,
                        CASE WHEN cheapest.region IS NULL THEN '' ELSE format(' in region "%s"', cheapest.region) END
            USING ERRCODE = 'no_data_found',
                  DETAIL = format('At %s, in price book %s.', cheapest.at,
                                  coalesce(cheapest.book, current_setting('bedprice.price_book')));
    END IF;
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
LANGUAGE sql STABLE PARALLEL UNSAFE                 -- as volume_cost
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
    IF array_position(models, NULL) IS NOT NULL OR array_position(in_mtok_per_month, NULL) IS NOT NULL
       OR array_position(out_mtok_per_month, NULL) IS NOT NULL OR scenario.at IS NULL THEN
        RAISE EXCEPTION 'a scenario''s models, volumes and time must not be NULL'
            USING ERRCODE = 'null_value_not_allowed';
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
-- Provisioned Throughput: a model unit of a Bedrock model, billed per
-- hour whether it serves or not, with no commitment or a 1- or 6-month
-- one.  AWS publishes no current per-unit price and no throughput per
-- unit: they come from the account team.  So the catalog ships only the
-- legacy rates AWS did publish (catalog/provisioned_rates.csv), and a
-- user's quote is a row of their own, which takes precedence.
--
-- Shipped rows are read-only (nothing a user keeps is ever in one), so
-- pg_dump's WHERE NOT shipped keeps every row of the user's and no
-- record of changes is needed.  A shipped row goes or follows only with
-- its parent (a model deleted or renamed): deleted with it, or following
-- the new name as the user's row, with an id of the sequence.
--
-- The price cache does not hold these rows (the functions below read the
-- table at each call), so the table has no invalidation trigger.
------------------------------------------------------------------------

-- The public functions below run with the caller's rights and so call
-- nothing in bedprice_internal (which PUBLIC may not use): names are
-- compared as name_key compares them (surrounding white space trimmed,
-- lower case), and the commitments are the public list.
CREATE FUNCTION bedprice.provisioned_commitments() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ARRAY['none', '1_month', '6_month']
$$;
COMMENT ON FUNCTION bedprice.provisioned_commitments() IS
    'The Provisioned Throughput commitments, in order: none (hourly), 1_month, 6_month.';

CREATE TABLE bedprice.provisioned_rates (
    rate_id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    provider          text NOT NULL DEFAULT 'bedrock' REFERENCES bedprice.providers ON UPDATE CASCADE,
    model             text NOT NULL,
    region            text REFERENCES bedprice.regions ON UPDATE CASCADE,
    commitment        text NOT NULL DEFAULT 'none'
                      CONSTRAINT provisioned_rates_commitment_check
                      CHECK (commitment = ANY (bedprice.provisioned_commitments())),
    usd_per_unit_hour numeric NOT NULL
                      CONSTRAINT provisioned_rates_usd_per_unit_hour_exact
                      CHECK (usd_per_unit_hour > 0 AND usd_per_unit_hour <= 1000000
                             AND usd_per_unit_hour = round(usd_per_unit_hour, 12)),
    in_tpm_per_unit   bigint CONSTRAINT provisioned_rates_in_tpm_per_unit_check CHECK (in_tpm_per_unit > 0),
    out_tpm_per_unit  bigint CONSTRAINT provisioned_rates_out_tpm_per_unit_check CHECK (out_tpm_per_unit > 0),
    valid_from        timestamptz NOT NULL DEFAULT '-infinity',
    valid_to          timestamptz NOT NULL DEFAULT 'infinity',
    book              text NOT NULL DEFAULT 'aws'
                      REFERENCES bedprice.price_books ON UPDATE CASCADE ON DELETE CASCADE,
    source            text NOT NULL,
    shipped           boolean NOT NULL DEFAULT false,
    CONSTRAINT provisioned_rates_validity CHECK (valid_from < valid_to),
    FOREIGN KEY (provider, model) REFERENCES bedprice.models ON UPDATE CASCADE ON DELETE CASCADE,
    -- one rate of a key at a time, the user's beside the shipped one
    CONSTRAINT provisioned_rates_no_overlap EXCLUDE USING gist (
        provider WITH =, model WITH =, (coalesce(region, '')) WITH =, commitment WITH =,
        book WITH =, shipped WITH =, tstzrange(valid_from, valid_to) WITH &&)
);
CREATE INDEX provisioned_rates_model_idx ON bedprice.provisioned_rates (provider, model);
COMMENT ON TABLE bedprice.provisioned_rates IS
    'Provisioned Throughput: USD per model unit and hour, per (provider, model, region or all, commitment, book, validity [valid_from, valid_to)), shipped or the user''s.  A rate of the user''s (an AWS quote) takes precedence over a shipped one; shipped rows cannot be changed.';
COMMENT ON COLUMN bedprice.provisioned_rates.rate_id IS
    'The rate''s id: a user''s from the sequence; a shipped one''s negative, made from its content.';
COMMENT ON COLUMN bedprice.provisioned_rates.provider IS
    'The provider (bedprice.providers): bedrock, the one that sells Provisioned Throughput.';
COMMENT ON COLUMN bedprice.provisioned_rates.model IS
    'The model (bedprice.models), by its ID without routing prefix: inference profiles do not support Provisioned Throughput.';
COMMENT ON COLUMN bedprice.provisioned_rates.region IS
    'The region the model units are bought in; NULL: every region.';
COMMENT ON COLUMN bedprice.provisioned_rates.commitment IS
    'none (hourly, no commitment), 1_month or 6_month: a term''s hours are billed whatever the use.';
COMMENT ON COLUMN bedprice.provisioned_rates.usd_per_unit_hour IS
    'USD per model unit and hour, exact (up to 12 decimals), billed whether the unit serves or not.';
COMMENT ON COLUMN bedprice.provisioned_rates.in_tpm_per_unit IS
    'Input tokens per minute one model unit serves; NULL: unknown (AWS publishes none: the account team quotes it).';
COMMENT ON COLUMN bedprice.provisioned_rates.out_tpm_per_unit IS
    'Output tokens per minute one model unit serves; NULL: unknown.';
COMMENT ON COLUMN bedprice.provisioned_rates.valid_from IS
    'Start of the period the rate applies to (inclusive); -infinity: always.';
COMMENT ON COLUMN bedprice.provisioned_rates.valid_to IS
    'End of the period the rate applies to (exclusive); infinity: open.';
COMMENT ON COLUMN bedprice.provisioned_rates.book IS
    'The price book the rate belongs to (bedprice.price_books; aws: AWS''s list prices).';
COMMENT ON COLUMN bedprice.provisioned_rates.source IS
    'Where the figure comes from (a published rate and how it was converted, or the quote).';
COMMENT ON COLUMN bedprice.provisioned_rates.shipped IS
    'true: shipped with bedprice, read-only, left out by pg_dump; false: the user''s, kept by pg_dump.';

-- A shipped row the loader gives no id gets one from its content, as a
-- shipped price does (every column but the id and the source, and the
-- book when it is the default): the same row keeps its id from one
-- version to the next.
CREATE FUNCTION bedprice_internal.shipped_rate_id() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone TO 'UTC'           -- the content an id is made from
AS $$
BEGIN
    NEW.rate_id := bedprice_internal.shipped_id(
        (to_jsonb(NEW) - 'rate_id' - 'source' - CASE WHEN NEW.book = 'aws' THEN 'book' ELSE '' END)::text);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.shipped_rate_id() IS
    'Trigger: a shipped provisioned rate loaded without an id gets a negative one made from its content.';

-- Whether a row's parents (model, provider, region, book) are still
-- there: a row whose parent is gone is being deleted or renamed with it
-- (the foreign keys' cascade).
CREATE FUNCTION bedprice_internal.rate_parents_exist(r bedprice.provisioned_rates) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (r.provider, r.model))
       AND EXISTS (SELECT FROM bedprice.providers p WHERE p.provider = r.provider)
       AND (r.region IS NULL OR EXISTS (SELECT FROM bedprice.regions g WHERE g.region = r.region))
       AND EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = r.book)
$$;
COMMENT ON FUNCTION bedprice_internal.rate_parents_exist(bedprice.provisioned_rates) IS
    'Whether the model, provider, region and book a provisioned rate names all exist.';

-- Shipped rates are read-only: a user's quote is a row of their own.
-- bedprice's own writes (its scripts, a restore applying a record) and a
-- parent's deletion or rename cascading pass.  (Before guard_shipped:
-- BEFORE triggers fire in name order, so a change of the flag gets this
-- message.)
CREATE FUNCTION bedprice_internal.freeze_shipped_rate() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        IF NOT bedprice_internal.applying() AND EXISTS (SELECT FROM bedprice.provisioned_rates r WHERE r.shipped) THEN
            RAISE EXCEPTION 'bedprice.provisioned_rates holds shipped rates, which cannot be removed'
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'Delete your own rates instead (DELETE ... WHERE NOT shipped); to override a shipped rate, insert your own: it takes precedence.';
        END IF;
        RETURN NULL;
    END IF;
    IF bedprice_internal.applying() OR NOT bedprice_internal.rate_parents_exist(OLD) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'provisioned rate % is shipped with bedprice and cannot be %', OLD.rate_id,
                    CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE 'changed' END
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = format('%s in %s, commitment %s, price book %s: %s USD per model unit and hour (%s).',
                              OLD.model, coalesce(OLD.region, 'every region'), OLD.commitment, OLD.book,
                              OLD.usd_per_unit_hour, OLD.source),
              HINT = 'Insert your own rate for the same model, region, commitment and book; it takes precedence.';
END
$$;
COMMENT ON FUNCTION bedprice_internal.freeze_shipped_rate() IS
    'Trigger: refuses a change, deletion or truncation of shipped provisioned rates, but for bedprice''s own writes and a parent''s deletion or rename.';

-- A shipped rate following its renamed model (or provider, region)
-- becomes the user's row, with an id of the sequence: pg_dump keeps it,
-- and a restore, which puts the shipped row back under the old name and
-- then deletes the old model by its record, gives the same rows.
CREATE FUNCTION bedprice_internal.hand_over_renamed_rate() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT bedprice_internal.applying() AND NOT bedprice_internal.rate_parents_exist(OLD) THEN
        NEW.shipped := false;
        NEW.rate_id := nextval(pg_get_serial_sequence('bedprice.provisioned_rates', 'rate_id'));
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION bedprice_internal.hand_over_renamed_rate() IS
    'Trigger: a shipped provisioned rate whose model, provider or region is renamed becomes the user''s row, with a new id.';

-- (BEFORE triggers fire in name order: freeze_shipped_rate, guard_shipped,
-- hand_over_renamed_rate, shipped_rate_id)
CREATE TRIGGER freeze_shipped_rate BEFORE UPDATE OR DELETE ON bedprice.provisioned_rates
    FOR EACH ROW WHEN (OLD.shipped) EXECUTE FUNCTION bedprice_internal.freeze_shipped_rate();
CREATE TRIGGER freeze_shipped_rates BEFORE TRUNCATE ON bedprice.provisioned_rates
    FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.freeze_shipped_rate();
CREATE TRIGGER guard_shipped BEFORE INSERT OR UPDATE ON bedprice.provisioned_rates
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
CREATE TRIGGER hand_over_renamed_rate BEFORE UPDATE ON bedprice.provisioned_rates
    FOR EACH ROW WHEN (OLD.shipped AND NEW.shipped) EXECUTE FUNCTION bedprice_internal.hand_over_renamed_rate();
CREATE TRIGGER shipped_rate_id BEFORE INSERT ON bedprice.provisioned_rates
    FOR EACH ROW WHEN (NEW.shipped AND NEW.rate_id IS NULL) EXECUTE FUNCTION bedprice_internal.shipped_rate_id();

-- pg_dump keeps the user's rates and the sequence; the shipped rates
-- come back with CREATE EXTENSION.
SELECT pg_catalog.pg_extension_config_dump('bedprice.provisioned_rates', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('bedprice.provisioned_rates', 'rate_id'), '');

-- The books each book prices with: itself, then its parents up the chain.
CREATE FUNCTION bedprice.book_chain()
RETURNS TABLE (book text, holder text, depth integer)
ROWS 10
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH RECURSIVE chain AS (
        SELECT b.book, b.book AS holder, 0 AS depth FROM bedprice.price_books b
        UNION ALL
        SELECT c.book, p.parent, c.depth + 1
        FROM chain c JOIN bedprice.price_books p ON p.book = c.holder
        WHERE p.parent IS NOT NULL AND c.depth < 1000   -- (the triggers keep chains free of cycles)
    )
    SELECT * FROM chain
$$;
COMMENT ON FUNCTION bedprice.book_chain() IS
    'Each price book (book) with itself and every book up its chain of parents (holder; depth 0: the book itself), nearest first by depth: where a book''s prices and rates come from.';

-- The rate that applies: a rate of the user's before a shipped one; then
-- a region's own before an all-region rate; then the nearer book of the
-- chain (the book, its parent, ...).
CREATE FUNCTION bedprice.provisioned_rate(
    model      text,
    region     text,
    commitment text DEFAULT 'none',
    at         timestamptz DEFAULT now(),
    book       text DEFAULT NULL)
RETURNS TABLE (
    rate_id           bigint,
    usd_per_unit_hour numeric,
    in_tpm_per_unit   bigint,
    out_tpm_per_unit  bigint,
    shipped           boolean,
    source            text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ws CONSTANT text := E' \t\n\r\f\013';      -- the white space names are trimmed of
    m record;
    k_region text := lower(btrim(provisioned_rate.region, ws));
    k_commitment text := lower(btrim(provisioned_rate.commitment, ws));
    k_book text := lower(btrim(coalesce(provisioned_rate.book, current_setting('bedprice.price_book', true), ''), ws));
BEGIN
    IF provisioned_rate.model IS NULL OR k_commitment IS NULL OR at IS NULL THEN
        RAISE EXCEPTION 'the % of a provisioned throughput rate must not be NULL',
                        CASE WHEN provisioned_rate.model IS NULL THEN 'model'
                             WHEN k_commitment IS NULL THEN 'commitment' ELSE 'time' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT k_commitment = ANY (bedprice.provisioned_commitments()) THEN
        RAISE EXCEPTION 'unknown commitment "%"', provisioned_rate.commitment
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Provisioned Throughput is bought with commitment %s.',
                                array_to_string(bedprice.provisioned_commitments(), ', '));
    END IF;
    -- unknown: its error, or NULLs under on_unknown_model = null
    SELECT * INTO m FROM bedprice.resolve_model(provisioned_rate.model);
    IF m.model IS NULL THEN
        RETURN;
    END IF;
    IF m.routing IS DISTINCT FROM 'in_region' THEN
        RAISE EXCEPTION 'model ID "%" is routed through a % inference profile', provisioned_rate.model, m.routing
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'Inference profiles do not support Provisioned Throughput: model units are bought for the model itself, in one region.',
                  HINT = format('Name the model itself: %s.', m.model);
    END IF;
    IF k_region IS NOT NULL AND m.region IS NOT NULL AND k_region <> m.region THEN
        RAISE EXCEPTION 'region "%" contradicts the region "%" in model ID "%"', k_region, m.region, provisioned_rate.model
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Pass NULL as region to use the ID''s region.';
    END IF;
    k_region := coalesce(k_region, m.region, lower(btrim(current_setting('bedprice.default_region'), ws)));
    IF NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = k_region) THEN
        RAISE EXCEPTION 'unknown region "%"', k_region
            USING ERRCODE = 'undefined_object',
                  HINT = 'bedprice.regions lists the known regions; add a row there for a new one.';
    END IF;
    k_book := coalesce(nullif(k_book, ''), 'aws');          -- an empty book is the default, as in sheets
    IF NOT EXISTS (SELECT FROM bedprice.price_books b WHERE b.book = k_book) THEN
        RAISE EXCEPTION 'unknown price book "%"', k_book
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('The book comes from %s.',
                                  CASE WHEN provisioned_rate.book IS NULL THEN 'the setting bedprice.price_book'
                                       ELSE 'the book argument' END),
                  HINT = (SELECT format('Known books: %s.', string_agg(b.book, ', ' ORDER BY b.book))
                          FROM bedprice.price_books b);
    END IF;
    RETURN QUERY
    SELECT r.rate_id, r.usd_per_unit_hour, r.in_tpm_per_unit, r.out_tpm_per_unit, r.shipped, r.source
    FROM bedprice.book_chain() c JOIN bedprice.provisioned_rates r ON r.book = c.holder
    WHERE c.book = k_book AND r.provider = m.resolved_provider AND r.model = m.model AND r.commitment = k_commitment
      AND (r.region IS NULL OR r.region = k_region)
      AND at >= r.valid_from AND at < r.valid_to
    ORDER BY r.shipped, r.region IS NULL, c.depth
    LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no provisioned throughput rate for model "%" in region "%", commitment %, price book "%"',
                        m.model, k_region, k_commitment, k_book
            USING ERRCODE = 'no_data_found',
                  DETAIL = format('At %s, in the book and its parents.  AWS publishes no current rates per model unit: the catalog ships only legacy ones.',
                                  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
                  HINT = 'Insert the rate your AWS account team quoted into bedprice.provisioned_rates (with its tokens per minute if you have them); a rate of yours takes precedence.';
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice.provisioned_rate(text, text, text, timestamptz, text) IS
    'The Provisioned Throughput rate of a Bedrock model (ID, alias or ARN; a routed ID is an error: inference profiles do not support it) in a region (NULL: the ID''s, else bedprice.default_region) with a commitment (none, 1_month, 6_month) at a time, in a book (NULL: bedprice.price_book''s) or its parents: a rate of the user''s before a shipped one, then a region''s own before an all-region rate, then the nearer book.  No rate: no_data_found.';

CREATE FUNCTION bedprice.provisioned_cost(
    model       text,
    region      text,
    model_units integer,
    hours       numeric,
    commitment  text DEFAULT 'none',
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL)
RETURNS numeric
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rate numeric;
BEGIN
    IF model_units IS NULL OR hours IS NULL THEN
        RAISE EXCEPTION 'the % of a provisioned throughput cost must not be NULL',
                        CASE WHEN model_units IS NULL THEN 'model units' ELSE 'hours' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF model_units <= 0 THEN
        RAISE EXCEPTION 'model units must be positive: %', model_units
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Provisioned Throughput is bought in whole model units, one at least.';
    END IF;
    IF hours < 0 OR hours = 'NaN' OR hours = 'Infinity' THEN
        RAISE EXCEPTION 'hours must be a finite number, not negative: %', hours
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT r.usd_per_unit_hour INTO rate
    FROM bedprice.provisioned_rate(provisioned_cost.model, region, commitment, at, book) AS r;
    RETURN trim_scale(model_units * hours * rate);
END
$$;
COMMENT ON FUNCTION bedprice.provisioned_cost(text, text, integer, numeric, text, timestamptz, text) IS
    'USD for model_units model units of Provisioned Throughput over `hours` hours: model_units x hours x usd_per_unit_hour of the rate provisioned_rate gives at `at`, exact (trailing zeros trimmed).  Units bill whether they serve or not, and a commitment its whole term.';

-- (a type of its own: PL/pgSQL refuses result columns named as the
-- arguments model, region, commitment and model_units)
CREATE TYPE bedprice.provisioned_breakeven_result AS (
    model                    text,
    region                   text,
    commitment               text,
    model_units              integer,
    usd_per_unit_hour        numeric,
    provisioned_usd_per_day  numeric,
    on_demand_usd_per_mtok   numeric,
    breakeven_tokens_per_day numeric,
    capacity_tokens_per_day  numeric,
    utilisation_needed       numeric);
COMMENT ON TYPE bedprice.provisioned_breakeven_result IS
    'A row of bedprice.provisioned_breakeven.';

CREATE FUNCTION bedprice.provisioned_breakeven(
    model       text,
    region      text,
    commitment  text DEFAULT 'none',
    in_tokens   bigint DEFAULT 1000,
    out_tokens  bigint DEFAULT 1000,
    model_units integer DEFAULT 1,
    at          timestamptz DEFAULT now(),
    book        text DEFAULT NULL)
RETURNS SETOF bedprice.provisioned_breakeven_result
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ws CONSTANT text := E' \t\n\r\f\013';
    units CONSTANT integer := provisioned_breakeven.model_units;
    r record;
    m record;
    tokens numeric;             -- a request's tokens
    request_cost numeric;       -- its on-demand cost
    per_day numeric;
    tpm numeric;                -- the limit that binds the mix: tokens a minute of one kind,
    share_tokens numeric;       -- and the request's tokens of that kind
    q numeric[];
    res bedprice.provisioned_breakeven_result;
BEGIN
    IF in_tokens IS NULL OR out_tokens IS NULL OR units IS NULL THEN
        RAISE EXCEPTION 'the % of a provisioned throughput break-even must not be NULL',
                        CASE WHEN units IS NULL THEN 'model units' ELSE 'request''s token counts' END
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF in_tokens < 0 OR out_tokens < 0 OR in_tokens::numeric + out_tokens = 0 THEN
        RAISE EXCEPTION 'a typical request needs a positive number of tokens, not % in and % out', in_tokens, out_tokens
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'in_tokens and out_tokens are the mix of one request, not a day''s volume.';
    END IF;
    IF units <= 0 THEN
        RAISE EXCEPTION 'model units must be positive: %', units
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Provisioned Throughput is bought in whole model units, one at least.';
    END IF;
    -- the rate (which checks the model, region, commitment and book) ...
    SELECT * INTO r FROM bedprice.provisioned_rate(provisioned_breakeven.model, provisioned_breakeven.region,
                                                  provisioned_breakeven.commitment, at, book);
    IF NOT FOUND THEN
        RETURN;                 -- an unknown model, under on_unknown_model = null
    END IF;
    -- ... and what the call resolved to, as provisioned_rate resolved it
    SELECT * INTO m FROM bedprice.resolve_model(provisioned_breakeven.model);
    res.model := m.model;
    res.region := coalesce(lower(btrim(provisioned_breakeven.region, ws)), m.region,
                           lower(btrim(current_setting('bedprice.default_region'), ws)));
    res.commitment := lower(btrim(provisioned_breakeven.commitment, ws));
    res.model_units := units;
    res.usd_per_unit_hour := r.usd_per_unit_hour;
    per_day := units * r.usd_per_unit_hour * 24;
    res.provisioned_usd_per_day := trim_scale(per_day);
    -- one request on demand (in-region: the ID is not routed), in that
    -- region and book, at its own tier (a long-context rate applies to a
    -- request above 200K input, never to a day's volume)
    tokens := in_tokens::numeric + out_tokens;
    request_cost := bedprice.bedrock_cost_in(book, provisioned_breakeven.model, provisioned_breakeven.region,
                                             in_tokens, out_tokens, at => at);
    -- A unit serves in_tpm input and out_tpm output tokens a minute: at the
    -- mix, min(in_tpm / in_share, out_tpm / out_share) tokens a minute,
    -- in_share = in_tokens / tokens; a kind the request has none of binds
    -- nothing.  in_tpm / in_share <= out_tpm / out_share exactly when
    -- in_tpm x out_tokens <= out_tpm x in_tokens.  An unknown figure of a
    -- kind the request has leaves the capacity unknown.
    IF in_tokens > 0 AND (out_tokens = 0 OR r.in_tpm_per_unit::numeric * out_tokens <= r.out_tpm_per_unit::numeric * in_tokens) THEN
        tpm := r.in_tpm_per_unit;
        share_tokens := in_tokens;
    ELSIF in_tokens = 0 OR r.in_tpm_per_unit IS NOT NULL THEN
        tpm := r.out_tpm_per_unit;
        share_tokens := out_tokens;
    END IF;
    -- Each quotient from the exact figures, rounded once: n / d half away
    -- from zero at 15 decimal places, in integers (div truncates), so a
    -- quotient of 15 decimals or fewer is exact; NULL when d is 0 or NULL.
    SELECT array_agg(CASE WHEN d <> 0 THEN
                         trim_scale(sign(n) * sign(d) * div(2 * abs(n) * 1000000000000000 + abs(d), 2 * abs(d))
                                    / 1000000000000000.000000000000000)
                     END ORDER BY i)
    INTO q
    FROM (VALUES
        -- on_demand_usd_per_mtok: request_cost x 1M / tokens
        (1, request_cost * 1000000, tokens),
        -- breakeven_tokens_per_day: per_day / (request_cost / tokens)
        (2, per_day * tokens, request_cost),
        -- capacity_tokens_per_day: units x tpm / (share_tokens / tokens) x 1440
        (3, units * tpm * tokens * 1440, share_tokens),
        -- utilisation_needed: breakeven / capacity
        (4, per_day * share_tokens, request_cost * units * tpm * 1440)) AS v(i, n, d);
    res.on_demand_usd_per_mtok := q[1];
    res.breakeven_tokens_per_day := q[2];
    res.capacity_tokens_per_day := q[3];
    res.utilisation_needed := q[4];
    RETURN NEXT res;
END
$$;
COMMENT ON FUNCTION bedprice.provisioned_breakeven(text, text, text, bigint, bigint, integer, timestamptz, text) IS
    'When Provisioned Throughput pays, for a typical request of in_tokens input and out_tokens output (one request: its own tier applies): model_units units at the rate provisioned_rate gives cost provisioned_usd_per_day (units x rate x 24, exact), the on-demand spend a day above which they are cheaper; on_demand_usd_per_mtok is the request''s on-demand cost (bedrock_cost_in: in-region, that region and book) per 1M tokens; breakeven_tokens_per_day the tokens a day at that mix whose on-demand cost is provisioned_usd_per_day; capacity_tokens_per_day what the units serve a day at that mix (units x 1440 x min(in_tpm / input share, out_tpm / output share); NULL when a figure it needs is unknown); utilisation_needed breakeven / capacity.  Each quotient is computed from the exact figures and rounded once, half away from zero, at 15 decimal places (exact when it has no more), trailing zeros trimmed; NULL for a model free on demand.';

-- Privileges, as 16_privileges.sql gives the other catalog tables (it ran
-- before this file): everyone reads and prices; bedprice_admin writes.
GRANT SELECT ON bedprice.provisioned_rates TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON bedprice.provisioned_rates TO bedprice_admin;
GRANT USAGE ON SEQUENCE bedprice.provisioned_rates_rate_id_seq TO bedprice_admin;
REVOKE EXECUTE ON FUNCTION
    bedprice_internal.shipped_rate_id(),
    bedprice_internal.rate_parents_exist(bedprice.provisioned_rates),
    bedprice_internal.freeze_shipped_rate(),
    bedprice_internal.hand_over_renamed_rate()
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice_internal.shipped_rate_id(),
    bedprice_internal.rate_parents_exist(bedprice.provisioned_rates),
    bedprice_internal.freeze_shipped_rate(),
    bedprice_internal.hand_over_renamed_rate()
TO bedprice_admin;

------------------------------------------------------------------------
-- Views for BI tools (Metabase, Superset, Grafana), which read views and
-- their comments and call no functions with arguments: the price list as
-- the engine charges it, Bedrock's premium over the direct APIs, the
-- routings side by side, and the history of every price.
--
-- Every figure comes from the pricing functions (multipliers, vendor
-- rules, books' parents and tiers applied as a call would apply them),
-- never recomputed here: a standard-tier price per 1M tokens is
-- unit_price (exact), a long-context tier's the breakdown of a request
-- just above its threshold (exact to 12 decimals).  A view never raises for what the
-- catalog holds: what the engine cannot price is left out (or NULL).
--
-- The views are security_invoker (PostgreSQL 15 and later): they read the
-- catalog with the caller's rights, as the pricing functions do, so a role
-- kept from bedprice.prices reads no prices through them (before 15, each
-- view's guard, has_table_privilege, gives such a role no rows).  The
-- functions they call are executable by everyone (a view runs them with
-- the caller's rights); each calls only what everyone may call.
------------------------------------------------------------------------

-- The price per 1M tokens of each charge of one request shape at one tier,
-- as the engine charges it; NULL for a charge it cannot price there.  The
-- base rate (p_above 0): unit_price, exact.  A tier: a request whose input is p_above + 1 tokens, and 1,000 tokens of
-- the charge (of the input charge: that input, / (p_above + 1)).  Input
-- and cache tokens count towards the tier: where the next tier (p_next)
-- starts within 1,000 tokens, they are fewer, so the request stays in its
-- tier.  For Bedrock's tiers, only where the engine bills the request at
-- that tier (bedrock_cost_breakdown_in says which).
CREATE FUNCTION bedprice.unit_prices(
    p_book text, p_provider text, p_model text, p_region text, p_mode text, p_above bigint, p_next bigint,
    OUT input numeric, OUT output numeric, OUT cache_read numeric,
    OUT cache_write numeric, OUT cache_write_1h numeric)
LANGUAGE plpgsql STABLE PARALLEL UNSAFE     -- its exception blocks are subtransactions
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    lead_in bigint := CASE WHEN p_above > 0 THEN p_above + 1 ELSE 0 END;
    -- input-type tokens that keep the request at or below the next tier
    room bigint := least(1000, coalesce(p_next - lead_in, 1000));
    t bigint[];
    n bigint;
    per_mtok numeric[] := '{NULL,NULL,NULL,NULL,NULL}';
    charges CONSTANT text[] := ARRAY['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h'];
    bd record;
    cost numeric;
BEGIN
    FOR c IN 1..5 LOOP
        IF lead_in = 0 THEN
            per_mtok[c] := trim_scale(bedprice.unit_price(p_book, p_provider, p_model, p_region, charges[c], p_mode,
                                                          now(), false));
            CONTINUE;
        END IF;
        t := ARRAY[lead_in, 0, 0, 0, 0];
        n := CASE WHEN c = 2 THEN 1000 WHEN c = 1 AND lead_in > 0 THEN lead_in ELSE room END;
        CONTINUE WHEN n <= 0;
        IF c > 1 OR lead_in = 0 THEN
            t[c] := t[c] + n;
        END IF;
        BEGIN
            IF p_provider = 'bedrock' AND lead_in = 0 THEN
                cost := bedprice.bedrock_cost_in(p_book, p_model, p_region, t[1], t[2], p_mode, t[3], t[4], t[5]);
            ELSIF p_provider = 'bedrock' THEN
                SELECT * INTO bd
                FROM bedprice.bedrock_cost_breakdown_in(p_book, p_model, p_region, t[1], t[2], p_mode,
                                                        t[3], t[4], t[5]);
                cost := CASE WHEN bd.above_input_tokens = p_above THEN
                    (ARRAY[bd.input_cost, bd.output_cost, bd.cache_read_cost,
                           bd.cache_write_cost, bd.cache_write_1h_cost])[c] END;
            ELSE
                cost := bedprice.api_cost_in(p_book, p_provider, p_model, t[1], t[2], t[3], t[4], t[5]);
                IF c > 1 AND lead_in > 0 THEN
                    cost := cost - bedprice.api_cost_in(p_book, p_provider, p_model, lead_in, 0);
                END IF;
            END IF;
        EXCEPTION WHEN data_exception OR no_data_found OR undefined_object THEN
            cost := NULL;
        END;
        per_mtok[c] := trim_scale(CASE WHEN n = 1000 THEN cost * 1000 ELSE round(cost * 1000000 / n, 12) END);
    END LOOP;
    input := per_mtok[1];
    output := per_mtok[2];
    cache_read := per_mtok[3];
    cache_write := per_mtok[4];
    cache_write_1h := per_mtok[5];
END
$$;
COMMENT ON FUNCTION bedprice.unit_prices(text, text, text, text, text, bigint, bigint) IS
    'USD per 1M tokens of each charge of a request (book, provider, model ID, region, mode) at a tier (below the next one), as the engine charges it; NULL where it cannot price the charge; for bedprice.price_list.';

------------------------------------------------------------------------
-- bedprice.price_list
--
-- One row per request shape a book prices a model in, and tier.  For a
-- direct API: the model (no region, routing or mode but on_demand: what
-- api_cost prices).  For Bedrock, the shapes are every combination of
--   region     NULL (every region without a price row or region rule of
--              its own), and each region the model has rows in or the
--              book a region rule for;
--   routing    in_region, and geo and global where the model has rows of
--              that routing or the book a routing rule;
--   geography  (geo only) NULL (the profiles of every geography without
--              rows of its own), and each geography the model has geo rows
--              for;
--   mode       on_demand, and each mode the model has rows in or the book
--              a mode rule for;
-- that the engine prices: a shape it refuses (a routing or mode with no
-- row and no rule) is left out.  A region-NULL shape is priced in a
-- region that has no row or rule of its own for it (us-east-1 when it
-- qualifies), a geo shape of every geography through the profile prefix
-- of a geography without rows of its own: priced_region and
-- priced_model_id say which.
------------------------------------------------------------------------
CREATE VIEW bedprice.price_list AS
WITH chain AS (
    SELECT * FROM bedprice.book_chain()
),
r AS (                  -- the price rows each book prices with, valid now
    SELECT c.book, p.provider, p.model, p.region, p.routing, p.geography, p.mode, p.above_input_tokens
    FROM chain c JOIN bedprice.prices p ON p.book = c.holder
    WHERE p.valid_from <= now() AND now() < p.valid_to
),
rule AS (               -- Bedrock's region, routing and mode rules in each book, valid now
    SELECT b.book,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'region'), '{}') AS regions,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'routing'), '{}') AS routings,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'mode'), '{}') AS modes
    FROM bedprice.price_books b
    LEFT JOIN chain c ON c.book = b.book
    LEFT JOIN bedprice.multipliers m
           ON m.book = c.holder AND m.provider = 'bedrock' AND m.dimension IN ('region', 'routing', 'mode')
          AND m.valid_from <= now() AND now() < m.valid_to
    GROUP BY b.book
),
model AS (              -- per book and model: the regions, routings, geographies and modes of its rows
    SELECT r.book, r.provider, r.model,
           coalesce(array_agg(DISTINCT r.region) FILTER (WHERE r.region IS NOT NULL), '{}') AS regions,
           array_agg(DISTINCT r.routing) AS routings,
           coalesce(array_agg(DISTINCT r.geography) FILTER (WHERE r.geography IS NOT NULL), '{}') AS geographies,
           array_agg(DISTINCT r.mode) AS modes
    FROM r
    GROUP BY r.book, r.provider, r.model
),
bedrock AS MATERIALIZED (  -- per Bedrock model (once, not per shape): the region and geography
                            -- its NULL shapes are priced in
    SELECT m.*, u.regions AS rule_regions, u.routings AS rule_routings, u.modes AS rule_modes,
           (SELECT g.region FROM bedprice.regions g
            WHERE g.region <> ALL (m.regions) AND g.region <> ALL (u.regions)
            ORDER BY g.region <> 'us-east-1', g.region LIMIT 1) AS any_region,
           (SELECT w.word FROM unnest(v.words) WITH ORDINALITY AS w(word, i)
            WHERE w.word <> ALL (m.geographies)
            ORDER BY w.i LIMIT 1) AS any_geography
    FROM model m
    JOIN rule u ON u.book = m.book
    CROSS JOIN (SELECT array_agg(word ORDER BY ordinal) AS words
                FROM bedprice.vocabulary() WHERE kind = 'geography') v
    WHERE m.provider = 'bedrock'
),
shape AS (
    SELECT b.book, 'bedrock'::text AS provider, b.model, g.region, t.routing, geo.geography, d.mode,
           coalesce(g.region, b.any_region) AS priced_region,
           CASE t.routing WHEN 'in_region' THEN '' WHEN 'global' THEN 'global.'
                          ELSE coalesce(geo.geography, b.any_geography) || '.' END || b.model AS priced_model_id
    FROM bedrock b
    CROSS JOIN LATERAL (SELECT DISTINCT x AS region
                        FROM unnest(ARRAY[NULL::text] || b.regions || b.rule_regions) x) g
    CROSS JOIN LATERAL (SELECT DISTINCT x AS routing
                        FROM unnest(ARRAY['in_region'] || b.routings || b.rule_routings) x) t
    CROSS JOIN LATERAL (SELECT DISTINCT x AS geography
                        FROM unnest(ARRAY[NULL::text] || CASE WHEN t.routing = 'geo' THEN b.geographies END) x) geo
    CROSS JOIN LATERAL (SELECT DISTINCT x AS mode
                        FROM unnest(ARRAY['on_demand'] || b.modes || b.rule_modes) x) d
    UNION ALL
    SELECT m.book, m.provider, m.model, NULL, NULL, NULL, 'on_demand', NULL, m.model
    FROM model m
    WHERE m.provider <> 'bedrock'
),
tier_row AS (           -- the keys of the rows that start a tier
    SELECT DISTINCT r.book, r.provider, r.model, r.region, r.routing, r.geography, r.mode, r.above_input_tokens
    FROM r
    WHERE r.above_input_tokens > 0
),
tier AS (               -- each shape at its base rate, and at each tier its candidate rows start
    SELECT u.*, lead(u.above_input_tokens) OVER (
               PARTITION BY u.book, u.provider, u.model, u.region, u.routing, u.geography, u.mode
               ORDER BY u.above_input_tokens) AS next_above_input_tokens
    FROM (SELECT s.*, 0::bigint AS above_input_tokens
          FROM shape s
          UNION
          SELECT s.*, k.above_input_tokens
          FROM shape s
          JOIN tier_row k ON k.book = s.book AND k.provider = s.provider AND k.model = s.model
           AND (k.region IS NULL OR k.region = s.region)
           AND (k.routing = 'in_region' OR k.routing = s.routing)
           AND (k.geography IS NULL OR k.geography = s.geography)
           AND (k.mode = 'on_demand' OR k.mode = s.mode)) u
),
priced AS (
    SELECT t.*, lp.*
    FROM tier t
    CROSS JOIN LATERAL bedprice.unit_prices(t.book, t.provider, t.priced_model_id, t.priced_region,
                                                     t.mode, t.above_input_tokens, t.next_above_input_tokens) lp
    WHERE t.priced_model_id IS NOT NULL
      AND (t.provider <> 'bedrock' OR t.priced_region IS NOT NULL)
      AND num_nonnulls(lp.input, lp.output, lp.cache_read, lp.cache_write, lp.cache_write_1h) > 0
)
SELECT p.book,
       p.provider,
       pr.kind AS provider_kind,
       p.model,
       md.display_name,
       md.family,
       p.region,
       p.routing,
       p.geography,
       p.mode,
       p.above_input_tokens,
       p.next_above_input_tokens,
       p.input AS input_usd_per_mtok,
       p.output AS output_usd_per_mtok,
       p.cache_read AS cache_read_usd_per_mtok,
       p.cache_write AS cache_write_usd_per_mtok,
       p.cache_write_1h AS cache_write_1h_usd_per_mtok,
       p.priced_model_id,
       p.priced_region,
       now() AS priced_at
FROM priced p
JOIN bedprice.models md ON md.provider = p.provider AND md.model = p.model
JOIN bedprice.providers pr ON pr.provider = p.provider
WHERE has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.price_list IS
    'The price list valid now, as the pricing functions charge it (multipliers, vendor rules and books'' parents applied): one row per book, provider, model, region, routing, geography, mode and tier, USD per 1M tokens of each charge. Region NULL: every region without a price or region rule of its own (a Bedrock price row without a region applies in every region). Shapes the engine cannot price are left out.';
COMMENT ON COLUMN bedprice.price_list.book IS
    'The price book (bedprice.price_books): aws, AWS''s list prices, the default; a book with a parent lists its parent''s prices where it holds none of its own.';
COMMENT ON COLUMN bedprice.price_list.provider IS
    'Who sells the tokens: bedrock, or a direct API (anthropic, together, groq, ...).';
COMMENT ON COLUMN bedprice.price_list.provider_kind IS
    'cloud (Bedrock: priced per region, routing and mode) or direct (a direct API).';
COMMENT ON COLUMN bedprice.price_list.model IS
    'The provider''s model ID (for Bedrock without routing prefix), as in bedprice.models.';
COMMENT ON COLUMN bedprice.price_list.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.price_list.family IS
    'The same model across providers (NULL: none named), as bedprice.bedrock_premiums compares them.';
COMMENT ON COLUMN bedprice.price_list.region IS
    'The AWS region the request is made in (the source region); NULL for a direct API, and for Bedrock: every region without a price or region rule of its own, where a region-less price row applies.';
COMMENT ON COLUMN bedprice.price_list.routing IS
    'in_region, geo (a geographic cross-region inference profile) or global (the global profile); NULL for a direct API.';
COMMENT ON COLUMN bedprice.price_list.geography IS
    'For a geo row: the geography of the profiles it prices (us, eu, apac, ...: the prefix of us.anthropic...); NULL: every geography without prices of its own (and NULL for other routings).';
COMMENT ON COLUMN bedprice.price_list.mode IS
    'The service tier: on_demand, batch, priority, flex or provisioned (a direct API: on_demand, the mode api_cost prices).';
COMMENT ON COLUMN bedprice.price_list.above_input_tokens IS
    'The tier: 0 for the base rate; N for the long-context rate, billed on every charge of a request whose total input (input + cache reads + cache writes) exceeds N tokens.';
COMMENT ON COLUMN bedprice.price_list.next_above_input_tokens IS
    'The threshold of the next tier of the same shape (the long-context threshold on a base-rate row); NULL: none.';
COMMENT ON COLUMN bedprice.price_list.input_usd_per_mtok IS
    'USD per 1M uncached input tokens; NULL: the engine prices no input here.';
COMMENT ON COLUMN bedprice.price_list.output_usd_per_mtok IS
    'USD per 1M output tokens; NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_read_usd_per_mtok IS
    'USD per 1M prompt-cache read tokens; NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_write_usd_per_mtok IS
    'USD per 1M prompt-cache write tokens (5-minute cache); NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_write_1h_usd_per_mtok IS
    'USD per 1M prompt-cache write tokens (1-hour cache); NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.priced_model_id IS
    'The model ID the prices were computed for, as a call would give it (with its routing prefix; a geo row of every geography through the prefix of one without prices of its own).';
COMMENT ON COLUMN bedprice.price_list.priced_region IS
    'The region the prices were computed in (for region NULL: one without a price or region rule of its own, us-east-1 when it qualifies); NULL for a direct API.';
COMMENT ON COLUMN bedprice.price_list.priced_at IS
    'When the prices were computed (now(): the prices valid at that time).';

------------------------------------------------------------------------
-- bedprice.bedrock_premiums
--
-- bedprice.bedrock_premium for every Bedrock model each book prices, in
-- the region bedprice.default_region names (us-east-1): against the
-- cheapest direct API that sells its family and prices it in the book,
-- for a volume of 1M input + 1M output tokens (the function's default,
-- many requests: at the standard tier), and per charge at the base rates.  A Bedrock model no direct API sells or prices
-- in the book (a Bedrock exclusive) is listed with NULL direct columns.
------------------------------------------------------------------------
CREATE VIEW bedprice.bedrock_premiums AS
WITH setting AS (
    SELECT coalesce(nullif(lower(btrim(current_setting('bedprice.price_book', true))), ''), 'aws') AS default_book,
           coalesce(nullif(lower(btrim(current_setting('bedprice.default_region', true))), ''), 'us-east-1') AS region
),
bedrock AS (
    SELECT DISTINCT c.book, p.model
    FROM bedprice.book_chain() c JOIN bedprice.prices p ON p.book = c.holder
    WHERE p.provider = 'bedrock' AND p.valid_from <= now() AND now() < p.valid_to
),
b AS (
    SELECT x.book, x.model, m.display_name, m.family, s.region, s.default_book,
           lp.input, lp.output,
           bedprice.volume_cost('bedrock', x.model, s.region, 1000000, 1000000, 'on_demand', book => x.book, strict => false) AS cost
    FROM bedrock x
    JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = x.model
    CROSS JOIN setting s
    CROSS JOIN LATERAL bedprice.unit_prices(x.book, 'bedrock', x.model, s.region, 'on_demand', 0, NULL) lp
),
candidate AS (          -- the direct APIs that sell a family and price it in the book
    SELECT f.book, f.family, m.provider, m.model,
           bedprice.volume_cost(m.provider, m.model, NULL, 1000000, 1000000, 'on_demand', book => f.book, strict => false) AS cost
    FROM (SELECT DISTINCT book, family FROM b WHERE family IS NOT NULL) f
    JOIN bedprice.models m ON m.family = f.family
    JOIN bedprice.providers p ON p.provider = m.provider AND p.kind = 'direct'
),
cheapest AS (           -- bedrock_premium's choice: the lowest cost, then the first provider and model
    SELECT DISTINCT ON (c.book, c.family) c.book, c.family, c.provider, c.model, c.cost, lp.input, lp.output
    FROM candidate c
    CROSS JOIN LATERAL bedprice.unit_prices(c.book, c.provider, c.model, NULL, 'on_demand', 0, NULL) lp
    WHERE c.cost IS NOT NULL
    ORDER BY c.book, c.family, c.cost, c.provider, c.model
)
SELECT b.book,
       b.book = b.default_book AS is_default_book,
       b.model,
       b.display_name,
       b.family,
       b.region,
       b.input AS bedrock_input_usd_per_mtok,
       b.output AS bedrock_output_usd_per_mtok,
       d.provider AS direct_provider,
       d.model AS direct_model,
       d.input AS direct_input_usd_per_mtok,
       d.output AS direct_output_usd_per_mtok,
       round(100 * (trim_scale(b.input / nullif(d.input, 0)) - 1), 2) AS input_premium_pct,
       round(100 * (trim_scale(b.output / nullif(d.output, 0)) - 1), 2) AS output_premium_pct,
       b.cost AS bedrock_cost_1m_in_1m_out,
       d.cost AS direct_cost_1m_in_1m_out,
       trim_scale(b.cost / nullif(d.cost, 0)) AS ratio_1m_in_1m_out,
       round(100 * (trim_scale(b.cost / nullif(d.cost, 0)) - 1), 2) AS premium_pct_1m_in_1m_out
FROM b
LEFT JOIN cheapest d ON d.book = b.book AND d.family = b.family
WHERE num_nonnulls(b.input, b.output, b.cost) > 0
  AND has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.bedrock_premiums IS
    'Bedrock against the cheapest direct API that sells the same model (the same family in bedprice.models), per book and Bedrock model, in the region bedprice.default_region names (us-east-1): as bedprice.bedrock_premium computes it (ratio = Bedrock / direct, premium_pct = round(100 x (ratio - 1), 2)). A Bedrock model no direct API sells or prices in the book has NULL direct columns.';
COMMENT ON COLUMN bedprice.bedrock_premiums.book IS
    'The price book both sides are priced in.';
COMMENT ON COLUMN bedprice.bedrock_premiums.is_default_book IS
    'Whether the book is the one bedprice.price_book names (aws unless set): filter on it for the default prices.';
COMMENT ON COLUMN bedprice.bedrock_premiums.model IS
    'The Bedrock model ID (without routing prefix).';
COMMENT ON COLUMN bedprice.bedrock_premiums.display_name IS
    'The Bedrock model''s name for people.';
COMMENT ON COLUMN bedprice.bedrock_premiums.family IS
    'The model''s family, which links it to the direct APIs'' models (NULL: none named).';
COMMENT ON COLUMN bedprice.bedrock_premiums.region IS
    'The region Bedrock is priced in: the setting bedprice.default_region (us-east-1 unless set), in-region on-demand.';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_input_usd_per_mtok IS
    'Bedrock''s USD per 1M input tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_output_usd_per_mtok IS
    'Bedrock''s USD per 1M output tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_provider IS
    'The cheapest direct API for 1M input + 1M output tokens (a volume, at the standard tier) among those that sell the family and price it in the book (ties: the first by name); NULL: none.';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_model IS
    'That direct API''s model ID.';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_input_usd_per_mtok IS
    'The direct API''s USD per 1M input tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_output_usd_per_mtok IS
    'The direct API''s USD per 1M output tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.input_premium_pct IS
    'Bedrock''s input price over the direct API''s, in percent: round(100 x (bedrock / direct - 1), 2); negative when Bedrock is cheaper.';
COMMENT ON COLUMN bedprice.bedrock_premiums.output_premium_pct IS
    'The same for output tokens.';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_cost_1m_in_1m_out IS
    'Bedrock''s USD cost of 1M input + 1M output tokens, a volume at the standard tier (bedrock_premium''s default usage).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_cost_1m_in_1m_out IS
    'The direct API''s USD cost of the same volume.';
COMMENT ON COLUMN bedprice.bedrock_premiums.ratio_1m_in_1m_out IS
    'Bedrock''s cost / the direct API''s, for that volume (bedrock_premium''s ratio).';
COMMENT ON COLUMN bedprice.bedrock_premiums.premium_pct_1m_in_1m_out IS
    'round(100 x (ratio - 1), 2): bedrock_premium''s premium_pct for that volume.';

------------------------------------------------------------------------
-- bedprice.routing_prices
--
-- Per book, Bedrock model and region (every region of bedprice.regions:
-- the catalog does not say where AWS offers a model, and a region-less
-- price applies in each): the on-demand base rates of a call made there
-- in-region, through a geographic profile of the region's own geography
-- (mode cross_region) and through the global profile, the geo and global
-- figures against in-region and the region's in-region figures against
-- us-east-1's.
------------------------------------------------------------------------
-- The Bedrock models each book prices now, in every region: the rows of
-- bedprice.routing_prices, before pricing.  A function of its own for its
-- row estimate: the planner takes the small catalog tables (never
-- analyzed) for hundreds of rows each, and 650 regions x 650 models of
-- pricing calls would make it compile the view's query with JIT, a second
-- or more in front of a query of a tenth.
CREATE FUNCTION bedprice.bedrock_model_regions()
RETURNS TABLE (book text, model text, region text, geography text, has_global boolean)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 4000
SET search_path = pg_catalog, pg_temp
AS $$
    WITH chain AS (SELECT * FROM bedprice.book_chain()),
    bedrock AS (        -- (global: only where a row or rule could price it, else the engine refuses it)
        SELECT c.book, p.model,
               bool_or(p.routing = 'global')
               OR EXISTS (SELECT FROM chain k JOIN bedprice.multipliers r ON r.book = k.holder
                          WHERE k.book = c.book AND r.provider = 'bedrock' AND r.dimension = 'routing'
                            AND r.value = 'global' AND r.valid_from <= now() AND now() < r.valid_to) AS has_global
        FROM chain c JOIN bedprice.prices p ON p.book = c.holder
        WHERE p.provider = 'bedrock' AND p.valid_from <= now() AND now() < p.valid_to
        GROUP BY c.book, p.model
    )
    SELECT x.book, x.model, g.region, g.geography, x.has_global
    FROM bedrock x CROSS JOIN bedprice.regions g
$$;
COMMENT ON FUNCTION bedprice.bedrock_model_regions() IS
    'Each book''s Bedrock models priced now, in every region, and whether a global row or rule exists for them; for bedprice.routing_prices.';

CREATE VIEW bedprice.routing_prices AS
WITH p AS (
    SELECT x.book, x.model, x.region, x.geography,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'on_demand', now(), false) AS ir_in,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'on_demand', now(), false) AS ir_out,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'cross_region', now(), false) AS geo_in,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'cross_region', now(), false) AS geo_out,
           CASE WHEN x.has_global THEN
               bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'global', now(), false) END AS gl_in,
           CASE WHEN x.has_global THEN
               bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'global', now(), false) END AS gl_out
    FROM bedprice.bedrock_model_regions() x
)
SELECT p.book,
       p.model,
       m.display_name,
       m.family,
       p.region,
       p.geography,
       trim_scale(p.ir_in) AS in_region_input_usd_per_mtok,
       trim_scale(p.ir_out) AS in_region_output_usd_per_mtok,
       trim_scale(p.geo_in) AS geo_input_usd_per_mtok,
       trim_scale(p.geo_out) AS geo_output_usd_per_mtok,
       trim_scale(p.gl_in) AS global_input_usd_per_mtok,
       trim_scale(p.gl_out) AS global_output_usd_per_mtok,
       round(100 * (trim_scale(p.geo_in / nullif(p.ir_in, 0)) - 1), 2) AS geo_input_vs_in_region_pct,
       round(100 * (trim_scale(p.geo_out / nullif(p.ir_out, 0)) - 1), 2) AS geo_output_vs_in_region_pct,
       round(100 * (trim_scale(p.gl_in / nullif(p.ir_in, 0)) - 1), 2) AS global_input_vs_in_region_pct,
       round(100 * (trim_scale(p.gl_out / nullif(p.ir_out, 0)) - 1), 2) AS global_output_vs_in_region_pct,
       round(100 * (trim_scale(p.ir_in / nullif(u.ir_in, 0)) - 1), 2) AS input_vs_us_east_1_pct,
       round(100 * (trim_scale(p.ir_out / nullif(u.ir_out, 0)) - 1), 2) AS output_vs_us_east_1_pct
FROM p
JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = p.model
LEFT JOIN p u ON u.book = p.book AND u.model = p.model AND u.region = 'us-east-1'
WHERE num_nonnulls(p.ir_in, p.ir_out, p.geo_in, p.geo_out, p.gl_in, p.gl_out) > 0
  AND has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.routing_prices IS
    'Per book, Bedrock model and region (every region of bedprice.regions: a region-less price applies in each): USD per 1M tokens on demand of a call made there in-region, through a geographic profile of the region''s geography, and through the global profile, as the pricing functions charge them; the differences in percent (round(100 x (x / base - 1), 2)) of geo and global against in-region and of the region against us-east-1. A row the engine prices no routing of is left out.';
COMMENT ON COLUMN bedprice.routing_prices.book IS
    'The price book.';
COMMENT ON COLUMN bedprice.routing_prices.model IS
    'The Bedrock model ID (without routing prefix).';
COMMENT ON COLUMN bedprice.routing_prices.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.routing_prices.family IS
    'The model''s family across providers (NULL: none named).';
COMMENT ON COLUMN bedprice.routing_prices.region IS
    'The source region: where the call is made.';
COMMENT ON COLUMN bedprice.routing_prices.geography IS
    'The region''s geography (bedprice.regions), whose profiles a geo call from it uses.';
COMMENT ON COLUMN bedprice.routing_prices.in_region_input_usd_per_mtok IS
    'USD per 1M input tokens in-region; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.in_region_output_usd_per_mtok IS
    'USD per 1M output tokens in-region; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_input_usd_per_mtok IS
    'USD per 1M input tokens through a geographic cross-region profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_output_usd_per_mtok IS
    'USD per 1M output tokens through a geographic cross-region profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.global_input_usd_per_mtok IS
    'USD per 1M input tokens through the global profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.global_output_usd_per_mtok IS
    'USD per 1M output tokens through the global profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_input_vs_in_region_pct IS
    'Geo input price against in-region, in percent: round(100 x (geo / in_region - 1), 2).';
COMMENT ON COLUMN bedprice.routing_prices.geo_output_vs_in_region_pct IS
    'Geo output price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.global_input_vs_in_region_pct IS
    'Global input price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.global_output_vs_in_region_pct IS
    'Global output price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.input_vs_us_east_1_pct IS
    'The region''s in-region input price against us-east-1''s, in percent (0 for us-east-1).';
COMMENT ON COLUMN bedprice.routing_prices.output_vs_us_east_1_pct IS
    'The region''s in-region output price against us-east-1''s, in percent.';

------------------------------------------------------------------------
-- bedprice.price_history
--
-- Every price row, with the row of the same key (book, provider, model,
-- region, routing, geography, mode, charge, tier) before it: what changed
-- when, by how much, and from which source.  Infinite bounds are NULL
-- (BI tools and their drivers read no infinite timestamps).
------------------------------------------------------------------------
CREATE VIEW bedprice.price_history AS
SELECT p.price_id,
       p.book,
       p.provider,
       p.model,
       m.display_name,
       p.region,
       p.routing,
       p.geography,
       p.mode,
       p.charge,
       p.above_input_tokens,
       CASE WHEN isfinite(p.valid_from) THEN p.valid_from END AS changed_at,
       CASE WHEN isfinite(p.valid_to) THEN p.valid_to END AS valid_to,
       p.usd_per_mtok,
       lag(p.usd_per_mtok) OVER w AS previous_usd_per_mtok,
       round(100 * (trim_scale(p.usd_per_mtok / nullif(lag(p.usd_per_mtok) OVER w, 0)) - 1), 2) AS change_pct,
       p.source,
       p.shipped,
       p.valid_from <= now() AND now() < p.valid_to AS is_current
FROM bedprice.prices p
JOIN bedprice.models m ON m.provider = p.provider AND m.model = p.model
WHERE has_table_privilege('bedprice.prices', 'SELECT')
WINDOW w AS (PARTITION BY p.book, p.provider, p.model, p.region, p.routing, p.geography, p.mode, p.charge,
                          p.above_input_tokens
             ORDER BY p.valid_from);

COMMENT ON VIEW bedprice.price_history IS
    'Every price row of bedprice.prices (every book) with the row of the same key before it: one row per price period, the change against the previous period in percent. Infinite bounds are NULL.';
COMMENT ON COLUMN bedprice.price_history.price_id IS
    'The row in bedprice.prices (shipped rows have negative ids).';
COMMENT ON COLUMN bedprice.price_history.book IS
    'The price book the row belongs to.';
COMMENT ON COLUMN bedprice.price_history.provider IS
    'Who sells the tokens: bedrock or a direct API.';
COMMENT ON COLUMN bedprice.price_history.model IS
    'The provider''s model ID (for Bedrock without routing prefix).';
COMMENT ON COLUMN bedprice.price_history.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.price_history.region IS
    'The source region the row prices; NULL: every region (and every direct API row).';
COMMENT ON COLUMN bedprice.price_history.routing IS
    'in_region, geo or global (a direct API''s rows: in_region).';
COMMENT ON COLUMN bedprice.price_history.geography IS
    'For a geo row: the geography of the profiles it prices; NULL: every geography.';
COMMENT ON COLUMN bedprice.price_history.mode IS
    'The service tier: on_demand, batch, priority, flex or provisioned.';
COMMENT ON COLUMN bedprice.price_history.charge IS
    'input, output, cache_read, cache_write (5-minute) or cache_write_1h.';
COMMENT ON COLUMN bedprice.price_history.above_input_tokens IS
    'The tier: 0 for the base rate; N for requests whose total input exceeds N tokens.';
COMMENT ON COLUMN bedprice.price_history.changed_at IS
    'When this price took effect (valid_from); NULL: since always (the key''s first known price).';
COMMENT ON COLUMN bedprice.price_history.valid_to IS
    'When this price ended (exclusive); NULL: it has not ended.';
COMMENT ON COLUMN bedprice.price_history.usd_per_mtok IS
    'USD per 1M tokens, as the row holds it (before multipliers).';
COMMENT ON COLUMN bedprice.price_history.previous_usd_per_mtok IS
    'The price of the row of the same key before this one (by valid_from); NULL: none.';
COMMENT ON COLUMN bedprice.price_history.change_pct IS
    'The change against the previous price, in percent: round(100 x (usd_per_mtok / previous - 1), 2); NULL without a previous price (or when it was 0).';
COMMENT ON COLUMN bedprice.price_history.source IS
    'Where the price comes from (the sheet, importer or note that loaded it).';
COMMENT ON COLUMN bedprice.price_history.shipped IS
    'true for a row bedprice ships, false for a row of yours.';
COMMENT ON COLUMN bedprice.price_history.is_current IS
    'Whether the row is valid now.';

-- Read with the caller's rights, as the pricing functions price; everyone
-- may read them, as everyone reads the catalog.
DO $$
BEGIN
    IF current_setting('server_version_num')::integer >= 150000 THEN
        ALTER VIEW bedprice.price_list SET (security_invoker = true);
        ALTER VIEW bedprice.bedrock_premiums SET (security_invoker = true);
        ALTER VIEW bedprice.routing_prices SET (security_invoker = true);
        ALTER VIEW bedprice.price_history SET (security_invoker = true);
    END IF;
END
$$;
GRANT SELECT ON bedprice.price_list, bedprice.bedrock_premiums, bedprice.routing_prices, bedprice.price_history
    TO PUBLIC;


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

------------------------------------------------------------------------
-- sum(bedrock_cost(...)) as one aggregate: each row's cost is counted as
-- an integer, and one numeric is built at the end (the same sum to the
-- last digit, display scale included).  An aggregate takes no defaults:
-- its forms are bedrock_cost's with 4, 5, 8 and 9 arguments.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text,
                                                        bigint, bigint, bigint)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text,
                                                        bigint, bigint, bigint, timestamptz)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_combine(internal, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_cost_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_serialize(internal)
    RETURNS bytea AS 'MODULE_PATHNAME', 'sum_cost_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_deserialize(bytea, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_cost_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_final(internal)
    RETURNS numeric AS 'MODULE_PATHNAME', 'sum_cost_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_combine(internal, internal) IS
    'bedprice.sum_bedrock_cost: two partial sums (parallel workers'') in one.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_serialize(internal) IS
    'bedprice.sum_bedrock_cost: a partial sum as bytes, for the leader of a parallel query.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_deserialize(bytea, internal) IS
    'bedprice.sum_bedrock_cost: a partial sum from its bytes.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_final(internal) IS
    'bedprice.sum_bedrock_cost: the sum as numeric; NULL where no row had a cost.';

CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text, cache_read_tokens bigint, cache_write_tokens bigint,
                                           cache_write_1h_tokens bigint) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text, cache_read_tokens bigint, cache_write_tokens bigint,
                                           cache_write_1h_tokens bigint, at timestamptz) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read_tokens, cache_write_tokens, cache_write_1h_tokens)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read_tokens, cache_write_tokens, cache_write_1h_tokens, at)), equal to the last digit, without a numeric per row.';

-- The support functions are the aggregate's (whose owner's right to call
-- them is what PostgreSQL checks), not the public's.
REVOKE EXECUTE ON FUNCTION
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz),
    bedprice_internal.sum_cost_combine(internal, internal), bedprice_internal.sum_cost_serialize(internal),
    bedprice_internal.sum_cost_deserialize(bytea, internal), bedprice_internal.sum_cost_final(internal)
FROM PUBLIC;

------------------------------------------------------------------------
-- One value that says whether two databases hold the same catalog: the
-- nodes of a Citus cluster, a restored dump and its source, a standby.
------------------------------------------------------------------------

-- A SHA-256 over the extension's version and every row of every catalog
-- table, every column, in an order that no setting changes: the rows as
-- text in the C collation, timestamps in ISO and UTC (a node's TimeZone,
-- DateStyle or collation must not make equal catalogs differ; the tables
-- hold no float or interval).  Sequences are left out: their next value
-- is not part of what prices.
CREATE FUNCTION bedprice.catalog_digest()
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
SET DateStyle = 'ISO, YMD'
AS $$
    SELECT encode(sha256(convert_to(string_agg(line, E'\n' ORDER BY line COLLATE "C"), 'UTF8')), 'hex')
    FROM (
        SELECT 'version ' || extversion FROM pg_extension WHERE extname = 'bedprice'
        UNION ALL SELECT 'providers ' || t::text FROM bedprice.providers t
        UNION ALL SELECT 'regions ' || t::text FROM bedprice.regions t
        UNION ALL SELECT 'price_books ' || t::text FROM bedprice.price_books t
        UNION ALL SELECT 'models ' || t::text FROM bedprice.models t
        UNION ALL SELECT 'model_aliases ' || t::text FROM bedprice.model_aliases t
        UNION ALL SELECT 'prices ' || t::text FROM bedprice.prices t
        UNION ALL SELECT 'multipliers ' || t::text FROM bedprice.multipliers t
        UNION ALL SELECT 'provisioned_rates ' || t::text FROM bedprice.provisioned_rates t
        UNION ALL SELECT 'shipped_changes ' || t::text FROM bedprice.shipped_changes t
    ) AS rows (line)
$$;
COMMENT ON FUNCTION bedprice.catalog_digest() IS
    'A SHA-256 (hex) of bedprice''s version and every row of its catalog tables, every column: equal on two databases exactly when their catalogs are equal, whatever their TimeZone, DateStyle or collation. On Citus, compare the nodes with SELECT * FROM run_command_on_all_nodes(''SELECT bedprice.catalog_digest()'').';

------------------------------------------------------------------------
-- One catalog on every node of a Citus cluster.  Each node keeps its own
-- catalog tables (the C cache reads them where it runs); a change made on
-- the coordinator travels to the workers as a row of the change log, a
-- Citus reference table: Citus writes that row on every node in the
-- change's own transaction (two-phase commit), and each worker's copy of
-- the log applies it to that worker's catalog as it is written.  So every
-- node changes, or none does, and the rows carry the coordinator's ids and
-- timestamps.  Off Citus, or on a Citus node without workers, none of this
-- does anything.
------------------------------------------------------------------------

-- The transport: rows are applied as they are written and never kept.
CREATE TABLE bedprice_internal.catalog_log (
    made_at    timestamptz NOT NULL,
    table_name text NOT NULL,
    action     text NOT NULL,
    old_rows   jsonb,
    new_rows   jsonb
);
COMMENT ON TABLE bedprice_internal.catalog_log IS
    'On a Citus cluster, a reference table carrying each catalog change from the coordinator to every worker in the change''s transaction; each node''s copy applies a row as it is written and keeps none.';

-- Whether this node's catalog was made the coordinator's (a REPLACE of
-- citus_sync_catalog() applied here): until it was, a node added to the
-- cluster holds the shipped catalog only, and applying later changes on
-- top of it would leave it wrong without a word, so they fail instead.
CREATE TABLE bedprice_internal.catalog_synced (
    synced_at timestamptz NOT NULL
);
COMMENT ON TABLE bedprice_internal.catalog_synced IS
    'On a Citus worker: when its catalog was last made the coordinator''s (citus_sync_catalog()); empty on a node that never was, which then refuses the coordinator''s changes.';

-- This node's Citus group: 0 on the coordinator; NULL without Citus.
CREATE FUNCTION bedprice_internal.citus_local_group() RETURNS integer
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    grp integer;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
        EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO grp;
    END IF;
    RETURN grp;
END
$$;
COMMENT ON FUNCTION bedprice_internal.citus_local_group() IS
    'This node''s Citus group id (0: the coordinator), NULL without Citus.';

-- Where this database stands: local (no Citus, or Citus without workers),
-- unreplicated (a Citus cluster whose log is not distributed yet: a
-- change would stay on its node), coordinator or worker.
CREATE FUNCTION bedprice_internal.citus_catalog_state() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    grp integer;
    replicated boolean;
    workers boolean;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN 'local';
    END IF;
    grp := bedprice_internal.citus_local_group();
    EXECUTE $q$SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition
                              WHERE logicalrelid = 'bedprice_internal.catalog_log'::pg_catalog.regclass)$q$
        INTO replicated;
    IF replicated THEN
        RETURN CASE WHEN grp = 0 THEN 'coordinator' ELSE 'worker' END;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_node WHERE groupid <> 0)' INTO workers;
    RETURN CASE WHEN workers OR grp <> 0 THEN 'unreplicated' ELSE 'local' END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.citus_catalog_state() IS
    'Where this database stands for catalog changes: local (no Citus, or no workers), unreplicated (a Citus cluster whose change log is not distributed), coordinator or worker.';

CREATE FUNCTION bedprice_internal.in_extension_script() RETURNS boolean
    AS 'MODULE_PATHNAME', 'in_extension_script' LANGUAGE C STABLE;
COMMENT ON FUNCTION bedprice_internal.in_extension_script() IS
    'Whether CREATE or ALTER EXTENSION bedprice is running its script (which each node runs for itself).';

-- The catalog tables a change of which travels, parents first.
CREATE FUNCTION bedprice_internal.catalog_tables() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT ARRAY['providers', 'regions', 'price_books', 'models', 'model_aliases', 'prices',
                 'multipliers', 'provisioned_rates', 'shipped_changes']
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_tables() IS
    'The catalog tables whose changes a Citus cluster''s change log carries, parents first.';

-- A catalog table's key columns as SQL (quoted, comma-separated); NULL:
-- not a catalog table.
CREATE FUNCTION bedprice_internal.catalog_key(table_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT string_agg(quote_ident(c), ', ' ORDER BY n)
    FROM unnest(bedprice_internal.catalog_key_columns(table_name)) WITH ORDINALITY AS k(c, n)
$$;
COMMENT ON FUNCTION bedprice_internal.catalog_key(text) IS
    'The key columns of a catalog table (bedprice_internal.catalog_key_columns) as SQL, comma-separated; NULL for any other name: what a replicated change''s old rows are matched by.';

-- Statement trigger on every catalog table: on the coordinator of a
-- replicated cluster, the statement's change goes into the log (the rows
-- it touched, by which a worker deletes, and the rows of those keys now,
-- which it inserts); on a worker, or on a cluster not replicated yet, the
-- change is refused.  (Definer's rights:
-- only the extension's owner writes the log.)
CREATE FUNCTION bedprice_internal.capture_catalog_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    state text;
    touched text;
    old_json jsonb;
    new_json jsonb;
BEGIN
    IF bedprice_internal.in_extension_script() THEN
        RETURN NULL;                        -- every node runs the script itself
    END IF;
    state := bedprice_internal.citus_catalog_state();
    IF state = 'local' THEN
        RETURN NULL;
    ELSIF state IN ('worker', 'unreplicated') AND current_setting('session_replication_role') = 'replica'
          AND bedprice_internal.citus_local_group() <> 0 THEN
        RETURN NULL;                        -- a worker applying the coordinator's change
    ELSIF state = 'worker' THEN
        RAISE EXCEPTION 'bedprice''s catalog is changed on the Citus coordinator, not on a worker'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('This %s of bedprice.%s would change this node''s catalog alone.', TG_OP, TG_TABLE_NAME),
                  HINT = 'Make the change on the coordinator: it reaches every node in the same transaction.';
    ELSIF state = 'unreplicated' THEN
        RAISE EXCEPTION 'bedprice''s catalog is not replicated across this Citus cluster yet'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('This %s of bedprice.%s would change this node''s catalog alone.', TG_OP, TG_TABLE_NAME),
                  HINT = 'Run SELECT bedprice.citus_replicate_catalog() on the coordinator once, as the extension''s owner.';
    END IF;
    -- The keys the statement touched, and what they hold now.  Not the
    -- statement's new rows: a statement a trigger ran inside this one
    -- (apply_on_restore, say) was logged before it and may have changed
    -- them since; replayed in the order logged, every change ends where
    -- the coordinator's rows are.
    IF TG_OP <> 'TRUNCATE' THEN
        touched := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                              WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                              ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
        EXECUTE format('SELECT jsonb_agg(to_jsonb(k)) FROM (%s) k', touched) INTO old_json;
        EXECUTE format('SELECT jsonb_agg(to_jsonb(t)) FROM bedprice.%1$I t WHERE (%2$s) IN (SELECT %2$s FROM (%3$s) k)',
                       TG_TABLE_NAME, bedprice_internal.catalog_key(TG_TABLE_NAME), touched)
            INTO new_json;
    END IF;
    IF TG_OP = 'TRUNCATE' OR old_json IS NOT NULL THEN
        INSERT INTO bedprice_internal.catalog_log VALUES (now(), TG_TABLE_NAME, TG_OP, old_json, new_json);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.capture_catalog_change() IS
    'Statement trigger on the catalog tables: on the coordinator of a Citus cluster, sends the statement''s rows to every node through the change log; refuses a change on a worker, or on a cluster whose catalog is not replicated yet.';

-- Row trigger on each node's copy of the log: apply the change to this
-- node's catalog, as the coordinator made it (its ids, its timestamps),
-- and keep no row.  The coordinator made it already.  As a replica
-- applies: no trigger but the cache's invalidation fires (the coordinator
-- ran them, and their effects are rows of the change), no foreign key is
-- checked again.
CREATE FUNCTION bedprice_internal.apply_catalog_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET session_replication_role = replica
AS $$
DECLARE
    key text := bedprice_internal.catalog_key(NEW.table_name);
    grp integer;
    seq text;
BEGIN
    grp := bedprice_internal.citus_local_group();
    IF grp = 0 THEN
        RETURN NULL;
    END IF;
    IF key IS NULL OR NEW.action NOT IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REPLACE') THEN
        RAISE EXCEPTION 'not a change of bedprice''s catalog: % of "%"', NEW.action, NEW.table_name
            USING ERRCODE = 'data_exception';
    END IF;
    IF NEW.action = 'REPLACE' THEN
        DELETE FROM bedprice_internal.catalog_synced;
        INSERT INTO bedprice_internal.catalog_synced VALUES (NEW.made_at);
    ELSIF NOT EXISTS (SELECT FROM bedprice_internal.catalog_synced) THEN
        RAISE EXCEPTION 'this node''s bedprice catalog was never brought up to date with the coordinator''s'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('Node group %s joined the cluster with the shipped catalog; a change applied to it would leave it different.', grp),
                  HINT = 'Run SELECT bedprice.citus_sync_catalog() on the coordinator.';
    END IF;
    IF NEW.action IN ('TRUNCATE', 'REPLACE') THEN
        EXECUTE format('DELETE FROM bedprice.%I', NEW.table_name);
    END IF;
    IF NEW.old_rows IS NOT NULL THEN
        EXECUTE format('DELETE FROM bedprice.%1$I WHERE (%2$s) IN (SELECT %2$s FROM jsonb_populate_recordset(NULL::bedprice.%1$I, $1))',
                       NEW.table_name, key)
            USING NEW.old_rows;
    END IF;
    IF NEW.new_rows IS NOT NULL THEN
        EXECUTE format('INSERT INTO bedprice.%1$I SELECT * FROM jsonb_populate_recordset(NULL::bedprice.%1$I, $1)',
                       NEW.table_name)
            USING NEW.new_rows;
    END IF;
    -- an id sequence stays past the ids it was given (as the coordinator's is)
    IF NEW.table_name IN ('prices', 'multipliers', 'provisioned_rates') THEN
        seq := pg_get_serial_sequence(format('bedprice.%I', NEW.table_name), key);
        EXECUTE format('SELECT pg_catalog.setval(%1$L, m) FROM (SELECT max(%2$I) AS m FROM bedprice.%3$I) x, %1$s s
                        WHERE x.m > s.last_value', seq, key, NEW.table_name);
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION bedprice_internal.apply_catalog_change() IS
    'Row trigger on each node''s copy of the change log: applies a change made on the coordinator to this node''s catalog (its rows as they are there), keeping no row.';

CREATE TRIGGER apply_catalog_change BEFORE INSERT ON bedprice_internal.catalog_log
    FOR EACH ROW EXECUTE FUNCTION bedprice_internal.apply_catalog_change();

-- The capture triggers, four on each catalog table (a trigger with
-- transition tables serves one event); the cache's invalidation fires on
-- a replica's apply too.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY bedprice_internal.catalog_tables() LOOP
        EXECUTE format('CREATE TRIGGER replicate_insert AFTER INSERT ON bedprice.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_update AFTER UPDATE ON bedprice.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_delete AFTER DELETE ON bedprice.%I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        EXECUTE format('CREATE TRIGGER replicate_truncate AFTER TRUNCATE ON bedprice.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.capture_catalog_change()', t);
        -- (a superuser's session_replication_role = replica on the
        -- coordinator must not keep a change there)
        EXECUTE format('ALTER TABLE bedprice.%1$I ENABLE ALWAYS TRIGGER replicate_insert,
                            ENABLE ALWAYS TRIGGER replicate_update, ENABLE ALWAYS TRIGGER replicate_delete,
                            ENABLE ALWAYS TRIGGER replicate_truncate', t);
        IF t NOT IN ('provisioned_rates', 'shipped_changes') THEN
            EXECUTE format('ALTER TABLE bedprice.%I ENABLE ALWAYS TRIGGER catalog_changed', t);
        END IF;
    END LOOP;
END
$$;

-- Make every node's catalog the coordinator's, in one transaction: each
-- table's rows, all of them, through the log.  For a node added later, or
-- to repair a difference catalog_digest() shows.
CREATE FUNCTION bedprice.citus_sync_catalog() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t text;
    rows jsonb;
    n bigint := 0;
    missing boolean;
BEGIN
    IF bedprice_internal.citus_catalog_state() <> 'coordinator' THEN
        RAISE EXCEPTION 'citus_sync_catalog() runs on the coordinator of a cluster whose catalog is replicated'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run SELECT bedprice.citus_replicate_catalog() on the coordinator first.';
    END IF;
    -- no change between reading a table and its REPLACE on the workers
    EXECUTE (SELECT 'LOCK TABLE ' || string_agg(format('bedprice.%I', c.tab), ', ') || ' IN SHARE ROW EXCLUSIVE MODE'
             FROM unnest(bedprice_internal.catalog_tables()) AS c(tab));
    -- a node added since may have no copy of the log yet
    EXECUTE $q$SELECT EXISTS (
                   SELECT FROM pg_catalog.pg_dist_node n
                   WHERE n.isactive AND n.noderole = 'primary' AND NOT EXISTS (
                       SELECT FROM pg_catalog.pg_dist_placement p JOIN pg_catalog.pg_dist_shard s USING (shardid)
                       WHERE s.logicalrelid = 'bedprice_internal.catalog_log'::pg_catalog.regclass
                         AND p.groupid = n.groupid))$q$
        INTO missing;
    IF missing THEN
        EXECUTE $q$SELECT pg_catalog.replicate_reference_tables('block_writes')$q$;   -- (the log is empty)
    END IF;
    FOREACH t IN ARRAY bedprice_internal.catalog_tables() LOOP
        EXECUTE format('SELECT jsonb_agg(to_jsonb(r)) FROM bedprice.%I r', t) INTO rows;
        INSERT INTO bedprice_internal.catalog_log VALUES (now(), t, 'REPLACE', NULL, rows);
        n := n + coalesce(jsonb_array_length(rows), 0);
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION bedprice.citus_sync_catalog() IS
    'On the coordinator of a Citus cluster whose catalog is replicated: make every node''s catalog the coordinator''s, in this transaction (a node added later, or a difference catalog_digest() shows); returns the rows sent.';

-- Once, on the coordinator, as the extension's owner: distribute the log
-- (a reference table on every node) and make every node's catalog the
-- coordinator's.  From then on a catalog change reaches every node.
CREATE FUNCTION bedprice.citus_replicate_catalog() RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    state text := bedprice_internal.citus_catalog_state();
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RAISE EXCEPTION 'Citus is not installed in this database'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    ELSIF state IN ('coordinator', 'worker') THEN
        RAISE EXCEPTION 'bedprice''s catalog is replicated across this cluster already'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'SELECT bedprice.citus_sync_catalog() on the coordinator brings a node up to date.';
    END IF;
    PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
    EXECUTE $q$SELECT pg_catalog.create_reference_table('bedprice_internal.catalog_log')$q$;
    IF position('bedprice' IN current_setting('session_preload_libraries')) = 0 THEN
        RAISE NOTICE 'sessions do not load bedprice as they start: a statement priced only by the trigger or sum_bedrock_cost, first in its session, is not checked for a setting the workers would not have'
            USING HINT = format('ALTER DATABASE %I SET session_preload_libraries = ''bedprice'' (see the README, Scale-out with Citus)', current_database());
    END IF;
    RETURN bedprice.citus_sync_catalog();
END
$$;
COMMENT ON FUNCTION bedprice.citus_replicate_catalog() IS
    'Once, on the coordinator of a Citus cluster, as the extension''s owner: from now on every catalog change made on the coordinator reaches every node in its own transaction, and changes on the workers are refused; every node''s catalog becomes the coordinator''s. Returns the rows sent.';

REVOKE EXECUTE ON FUNCTION bedprice.citus_replicate_catalog(), bedprice.citus_sync_catalog() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice.citus_sync_catalog() TO bedprice_admin;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice_internal.citus_catalog_state(), bedprice_internal.citus_local_group(),
    bedprice_internal.in_extension_script(),
    bedprice_internal.catalog_tables(), bedprice_internal.catalog_key(text) TO bedprice_admin;

------------------------------------------------------------------------
-- On a Citus cluster, a query that would price a Citus table's rows on
-- the workers with a setting of this session only (which Citus does not
-- send them) is refused: the pricing functions' planner support function
-- checks it on the node that plans the query.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.settings_support(internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'settings_support' LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION bedprice_internal.settings_support(internal) IS
    'Planner support of the pricing functions: refuses a query that reads a Citus table while a bedprice setting has a value of this session only, which the shard queries on the workers would not have.  It changes no plan.';

ALTER FUNCTION bedprice.bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.api_cost(text, text, bigint, bigint, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_breakdown(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.api_cost_in(text, text, text, bigint, bigint, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_breakdown_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint,
                                                  timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.resolve_model(text, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.usage_charges(regclass, record, text, boolean) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.invocation_usage(jsonb) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.invocation_cost(jsonb) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.cost_or_null(text, text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.unit_price(text, text, text, text, text, text, timestamptz, boolean)
    SUPPORT bedprice_internal.settings_support;
-- the SQL and PL/pgSQL functions that price or read the catalog with the settings
ALTER FUNCTION bedprice.volume_cost(text, text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, boolean)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.monthly_cost(text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_premium(text, text, text, bigint, bigint, timestamptz, text, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.compare_models(text, text, bigint, bigint, text, text, text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.cheapest(text, bigint, bigint, text, timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.scenario(text[], numeric[], numeric[], text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.unit_prices(text, text, text, text, text, bigint, bigint) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_rate(text, text, text, timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_cost(text, text, integer, numeric, text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_breakeven(text, text, text, bigint, bigint, integer, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.price_sheet(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.price_sheet_csv(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.multiplier_sheet(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.multiplier_sheet_csv(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.book_chain() SUPPORT bedprice_internal.settings_support;
-- an aggregate's step: the planner asks its cost
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint,
                                                       timestamptz)
    SUPPORT bedprice_internal.settings_support;

REVOKE EXECUTE ON FUNCTION bedprice_internal.settings_support(internal) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice_internal.settings_support(internal) TO bedprice_admin;

-- The shipped Provisioned Throughput rates (catalog/provisioned_rates.csv),
-- but those of a model or region the database no longer has (a user
-- deleted or renamed a shipped Cohere model under 0.4.0): load_shipped_catalog's
-- skip_orphans checks only the provider for this table, so filter here.
SELECT bedprice_internal.load_shipped_catalog('provisioned_rates', (
    SELECT string_agg(l.line, E'\n' ORDER BY l.n)
    FROM unnest(string_to_array(rtrim($catalog$provider,model,region,commitment,usd_per_unit_hour,in_tpm_per_unit,out_tpm_per_unit,valid_from,valid_to,book,source
bedrock,cohere.command-light-text-v14,,1_month,6.8472,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/1-month-commitment/cohere.command-light-text-v14 input_cost_per_second 0.001902 (per model unit) x 3600"
bedrock,cohere.command-light-text-v14,,6_month,4.10976,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/6-month-commitment/cohere.command-light-text-v14 input_cost_per_second 0.0011416 (per model unit) x 3600"
bedrock,cohere.command-text-v14,,1_month,39.6,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/1-month-commitment/cohere.command-text-v14 input_cost_per_second 0.011 (per model unit) x 3600"
bedrock,cohere.command-text-v14,,6_month,23.76972,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/6-month-commitment/cohere.command-text-v14 input_cost_per_second 0.0066027 (per model unit) x 3600"
$catalog$, E'\n'), E'\n')) WITH ORDINALITY AS l(line, n)
    WHERE l.n = 1 OR EXISTS (
        SELECT FROM bedprice_internal.catalog_rows('provisioned_rates', split_part($catalog$provider,model,region,commitment,usd_per_unit_hour,in_tpm_per_unit,out_tpm_per_unit,valid_from,valid_to,book,source
bedrock,cohere.command-light-text-v14,,1_month,6.8472,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/1-month-commitment/cohere.command-light-text-v14 input_cost_per_second 0.001902 (per model unit) x 3600"
bedrock,cohere.command-light-text-v14,,6_month,4.10976,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/6-month-commitment/cohere.command-light-text-v14 input_cost_per_second 0.0011416 (per model unit) x 3600"
bedrock,cohere.command-text-v14,,1_month,39.6,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/1-month-commitment/cohere.command-text-v14 input_cost_per_second 0.011 (per model unit) x 3600"
bedrock,cohere.command-text-v14,,6_month,23.76972,,,,,,"AWS's legacy published rate (every region), as LiteLLM 2026-08-01 keeps it: bedrock/*/6-month-commitment/cohere.command-text-v14 input_cost_per_second 0.0066027 (per model unit) x 3600"
$catalog$, E'\n', 1) || E'\n' || l.line) AS j
        WHERE EXISTS (SELECT FROM bedprice.models m WHERE (m.provider, m.model) = (coalesce(j ->> 'provider', 'bedrock'), j ->> 'model'))
          AND (j ->> 'region' IS NULL OR EXISTS (SELECT FROM bedprice.regions g WHERE g.region = j ->> 'region')))));
