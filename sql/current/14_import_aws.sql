------------------------------------------------------------------------
-- AWS Price List bulk offer files (index.json) of AmazonBedrock and
-- AmazonBedrockFoundationModels
--
-- Each SKU's on-demand price dimensions, per region: unit "1K tokens" x
-- 1000, "1M tokens" x 1; the model by attributes.model (else titanModel,
-- or servicename, less " (Amazon Bedrock Edition)", for
-- AmazonBedrockFoundationModels), matched against the models and aliases,
-- never created; the charge and long-context tier from usagetype and
-- inferenceType; the mode and routing from feature and service_tier too.
-- Valid from valid_from, else each term's effectiveDate.
------------------------------------------------------------------------

-- A timestamp, or NULL when the text is none (2030-02-30).
CREATE FUNCTION bedprice_internal.timestamp_or_null(val text) RETURNS timestamptz
LANGUAGE plpgsql STABLE
SET TimeZone TO 'UTC'
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF val !~ '^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$' THEN
        RETURN NULL;
    END IF;
    RETURN val::timestamptz;
EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION bedprice_internal.timestamp_or_null(text) IS
    'An ISO date or timestamp (UTC unless it names a zone), or NULL when the text is not a valid one.';

-- One row per on-demand term and price dimension of each SKU, with what
-- the attributes say.
CREATE FUNCTION bedprice_internal.aws_dimensions(doc jsonb)
RETURNS TABLE (sku text, rate text, a jsonb, d jsonb, billed text, how text, tier text, unit text,
               usd_text text, model_name text, region text, effective text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT s.key, dm.key, s.a, dm.value,
           lower(concat_ws(' ', s.a ->> 'usagetype', s.a ->> 'inferenceType')),
           lower(concat_ws(' ', s.a ->> 'feature', s.a ->> 'usagetype', s.a ->> 'inferenceType')),
           lower(btrim(coalesce(s.a ->> 'service_tier', s.a ->> 'serviceTier', ''))),
           lower(btrim(dm.value ->> 'unit')),
           btrim(dm.value -> 'pricePerUnit' ->> 'USD'),
           nullif(btrim(CASE WHEN doc ->> 'offerCode' = 'AmazonBedrockFoundationModels'
                             THEN coalesce(s.a ->> 'model',
                                           regexp_replace(s.a ->> 'servicename', '\s*\(Amazon Bedrock Edition\)\s*$', '', 'i'))
                             ELSE coalesce(s.a ->> 'model', s.a ->> 'titanModel') END), ''),
           s.a ->> 'regionCode',
           btrim(t.value ->> 'effectiveDate')
    FROM (SELECT e.key, CASE WHEN jsonb_typeof(e.value -> 'attributes') = 'object'
                             THEN e.value -> 'attributes' ELSE '{}'::jsonb END AS a
          FROM jsonb_each(CASE WHEN jsonb_typeof(doc -> 'products') = 'object' THEN doc -> 'products' END) AS e) AS s
    LEFT JOIN LATERAL jsonb_each(
        CASE WHEN jsonb_typeof(doc -> 'terms' -> 'OnDemand' -> s.key) = 'object'
             THEN doc -> 'terms' -> 'OnDemand' -> s.key END) AS t ON true
    LEFT JOIN LATERAL jsonb_each(
        CASE WHEN jsonb_typeof(t.value -> 'priceDimensions') = 'object'
             THEN t.value -> 'priceDimensions' END) AS dm ON true
$$;
COMMENT ON FUNCTION bedprice_internal.aws_dimensions(jsonb) IS
    'The on-demand price dimensions of an AWS Price List offer file, with the attributes that classify them.';

-- What a dimension bills, from its attributes: charge, mode, routing, and
-- the long-context tier (usage types ..._LCtx, ..._long_ctx_...: Bedrock's
-- only long-context tier, Claude Sonnet 4 and 4.5, begins above 200K input
-- tokens).  Three generations of usage-type names: USE1-NovaPro-input-tokens,
-- USE1-MP:USE1_CacheWrite1hInputTokenCount_Global_Batch-Units and
-- input_tokens_global_flex.
CREATE FUNCTION bedprice_internal.aws_classify(
    billed text, how text, tier text,
    OUT charge text, OUT mode text, OUT routing text, OUT above bigint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN billed ~ 'cache[-_ ]?read' THEN 'cache_read'
                WHEN billed ~ 'cache[-_ ]?write' THEN
                    CASE WHEN billed ~ 'cache[-_ ]?write[-_ ]?1[-_ ]?h'
                              OR billed ~ '(^|[^0-9])1[-_ ]?(h|hr|hour)([^a-z]|$)' THEN 'cache_write_1h'
                         ELSE 'cache_write' END
                WHEN billed ~ 'output|response' THEN 'output'
                WHEN billed ~ 'input' THEN 'input' END,
           CASE WHEN (how ~ 'batch' OR tier = 'batch')::int + (how ~ 'priority' OR tier = 'priority')::int
                     + (how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex')::int > 1
                     OR how ~ 'latency'
                     OR tier NOT IN ('', 'standard', 'default', 'on-demand', 'batch', 'priority', 'flex') THEN NULL
                WHEN how ~ 'batch' OR tier = 'batch' THEN 'batch'
                WHEN how ~ 'priority' OR tier = 'priority' THEN 'priority'
                WHEN how ~ '(^|[^a-z])flex([^a-z]|$)' OR tier = 'flex' THEN 'flex'
                ELSE 'on_demand' END,
           CASE WHEN how ~ 'global' THEN 'global'
                WHEN how ~ 'cross[-_ ]?region' THEN 'geo'
                ELSE 'in_region' END,
           CASE WHEN how ~ 'long[-_ ]?(ctx|context)|(^|[^a-z])lctx([^a-z]|$)' THEN 200000 ELSE 0 END::bigint
$$;
COMMENT ON FUNCTION bedprice_internal.aws_classify(text, text, text) IS
    'The charge, mode, routing and long-context tier an AWS Price List dimension bills, from its usage type, inference type, feature and service tier.';

CREATE FUNCTION bedprice_internal.aws_items(doc jsonb, valid_from timestamptz)
RETURNS SETOF bedprice_internal.import_item
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.sku, x.rate, 'bedrock', x.model_name, false, x.region, c.routing, c.mode, c.charge, c.above,
           bedprice_internal.import_usd(s.usd * s.scale), s.usd * s.scale, coalesce(valid_from, e.eff),
           w.reason, NULL::text,
           -- a token price of a known model and region whose value cannot be taken
           w.reason LIKE ANY (ARRAY['not a USD price:%', 'no valid effectiveDate:%', 'out of range%'])
    FROM bedprice_internal.aws_dimensions(doc) AS x
    CROSS JOIN LATERAL bedprice_internal.aws_classify(x.billed, x.how, x.tier) AS c
    CROSS JOIN LATERAL (SELECT CASE x.unit WHEN '1k tokens' THEN 1000 WHEN '1m tokens' THEN 1 END AS scale,
                               bedprice_internal.number_or_null(x.usd_text) AS usd) AS s
    CROSS JOIN LATERAL (SELECT bedprice_internal.timestamp_or_null(x.effective) AS eff) AS e
    CROSS JOIN LATERAL (SELECT CASE
               WHEN x.d IS NULL THEN 'no on-demand price'
               WHEN s.scale IS NULL THEN format('not priced per 1K or 1M tokens: unit %s', coalesce(x.unit, '(none)'))
               WHEN coalesce(x.d ->> 'beginRange', '0') !~ '^0*(\.0*)?$' OR coalesce(x.d ->> 'endRange', 'Inf') <> 'Inf'
                   THEN 'a volume-tiered price'
               WHEN x.how ~ 'customi[sz]ation|custom[- ]model|provisioned|reserved|training|storage|fine[- ]?tun'
                   THEN format('not on-demand or batch inference: %s', coalesce(x.a ->> 'feature', x.a ->> 'usagetype'))
               WHEN x.billed ~ 'image|audio|speech|video' THEN 'image, audio, speech or video'
               WHEN c.charge IS NULL THEN 'a charge bedprice does not recognize'
               WHEN c.mode IS NULL THEN 'a mode bedprice does not recognize'
               WHEN x.region IS NULL OR NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = x.region)
                   THEN format('region %s is not in bedprice.regions: add it to import its prices', coalesce(x.region, '(none)'))
               WHEN x.model_name IS NULL THEN 'no model name'
               WHEN s.usd IS NULL THEN format('not a USD price: %s', coalesce(x.usd_text, '(none)'))
               WHEN valid_from IS NULL AND e.eff IS NULL
                   THEN format('no valid effectiveDate: %s', coalesce(x.effective, '(none)'))
               WHEN bedprice_internal.import_usd(s.usd * s.scale) > 1000000
                   THEN 'out of range (0 to 1,000,000 USD per 1M tokens)'
           END AS reason) AS w
$$;
COMMENT ON FUNCTION bedprice_internal.aws_items(jsonb, timestamptz) IS
    'The token prices of an AWS Price List offer file as import items, valid from valid_from or each term''s effectiveDate, and why a dimension is not imported.';

CREATE FUNCTION bedprice.import_aws_price_list(doc jsonb, valid_from timestamptz DEFAULT NULL, book text DEFAULT NULL)
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    offer text := CASE WHEN jsonb_typeof(doc) = 'object' THEN doc ->> 'offerCode' END;
BEGIN
    IF offer IS NULL OR offer NOT IN ('AmazonBedrock', 'AmazonBedrockFoundationModels') THEN
        RAISE EXCEPTION 'not an AWS Price List offer file for Bedrock'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Its offerCode is %s.', coalesce(quote_literal(offer), 'missing')),
                  HINT = 'Pass the bulk offer file (index.json) of AmazonBedrock or AmazonBedrockFoundationModels.';
    END IF;
    IF valid_from = 'infinity' THEN
        RAISE EXCEPTION 'valid_from cannot be infinity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT * FROM bedprice_internal.apply_import(
        ARRAY(SELECT i FROM bedprice_internal.aws_items(doc, valid_from) AS i), 'aws price list',
        bedprice_internal.sheet_book('argument book of import_aws_price_list', book)) AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_aws_price_list(jsonb, timestamptz, text) IS
    'Imports the on-demand and batch token prices of an AWS Price List bulk offer file for Bedrock (offerCode AmazonBedrock or AmazonBedrockFoundationModels), per region, valid from valid_from or else each term''s effectiveDate, into a price book (NULL: aws), keeping history; returns a report of every SKU price dimension.  Model names are looked up in bedprice.models and model_aliases, never created.';
