------------------------------------------------------------------------
-- LiteLLM's model_prices_and_context_window.json
--
-- Imported: litellm_provider bedrock and bedrock_converse (provider
-- bedrock), anthropic, together_ai (key together_ai/<id>) and groq (key
-- groq/<id>); entries whose mode is chat, completion, responses,
-- embedding or missing.  A Bedrock key is read by the engine's own
-- grammar (bedprice.parse_model_id): routing prefixes, bedrock/<region>/,
-- converse/ and invoke/.  Fields: input_cost_per_token,
-- output_cost_per_token, cache_read_input_token_cost and
-- cache_creation_input_token_cost, followed, in any order and each once,
-- by _above_1hr (cache writes only), _above_<N>k_tokens, and one of
-- _batches, _priority, _flex.
------------------------------------------------------------------------

-- What a LiteLLM key names for a provider: the model name, region,
-- routing and the geography of a geo prefix (us., eu., ...: LiteLLM
-- prices some profiles of one model differently); NULL model_name (and
-- why) when the key is of no model form.
CREATE FUNCTION bedprice_internal.litellm_key(
    provider text, key text,
    OUT model_name text, OUT region text, OUT routing text, OUT geography text, OUT problem text)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parsed record;
    names text[] := bedprice_internal.name_candidates(key, provider, provider = 'bedrock');
BEGIN
    routing := 'in_region';
    IF provider = 'bedrock' THEN
        parsed := bedprice_internal.parse_model_id_lenient(key);
        problem := coalesce(parsed.error, CASE WHEN parsed.opaque THEN 'an ARN that names no model'
                                               WHEN parsed.model LIKE '%/%' THEN 'a key of no model form' END);
        region := parsed.region;
        routing := coalesce(parsed.routing, 'in_region');
        geography := CASE WHEN routing = 'geo' THEN parsed.routing_prefix END;
    ELSIF provider IN ('together', 'groq') AND cardinality(names) < 2 THEN
        problem := format('a key of no model form (%s keys start with %s/)', provider,
                          CASE provider WHEN 'together' THEN 'together_ai' ELSE provider END);
    END IF;
    IF problem IS NULL AND NOT bedprice_internal.is_clean_name(bedprice_internal.bare_model_id(provider, key)) THEN
        problem := 'a key whose model ID is empty, padded or longer than 200 characters';
    END IF;
    IF problem IS NULL THEN
        model_name := key;
    END IF;
END
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_key(text, text) IS
    'The model, region, routing and geography a LiteLLM price file key names, read by the engine''s grammar.';

-- Every entry (but sample_spec): its provider, what its key names, and why
-- it is not imported, if it is not.
CREATE FUNCTION bedprice_internal.litellm_entries(doc jsonb)
RETURNS TABLE (entry text, fields jsonb, provider text, model_name text, region text, routing text,
               geography text, reason text)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT e.key, e.value, p.provider, k.model_name, k.region, k.routing, k.geography,
           CASE
               WHEN jsonb_typeof(e.value) <> 'object' THEN 'not a JSON object'
               WHEN p.provider IS NULL
                   THEN format('provider %s is not imported', coalesce(e.value ->> 'litellm_provider', '(none)'))
               WHEN e.value ->> 'mode' NOT IN ('chat', 'completion', 'responses', 'embedding')
                   THEN format('mode %s is not priced per token', e.value ->> 'mode')
               WHEN k.model_name IS NULL THEN k.problem
               WHEN k.region IS NOT NULL AND NOT EXISTS (SELECT FROM bedprice.regions g WHERE g.region = k.region)
                   THEN format('region %s is not in bedprice.regions: add it to import its prices', k.region)
           END
    FROM jsonb_each(doc) AS e
    CROSS JOIN LATERAL (
        SELECT CASE WHEN jsonb_typeof(e.value) = 'object' THEN
                   CASE e.value ->> 'litellm_provider'
                       WHEN 'bedrock' THEN 'bedrock' WHEN 'bedrock_converse' THEN 'bedrock'
                       WHEN 'anthropic' THEN 'anthropic' WHEN 'together_ai' THEN 'together'
                       WHEN 'groq' THEN 'groq' END
               END AS provider) AS p
    LEFT JOIN LATERAL bedprice_internal.litellm_key(p.provider, e.key) AS k ON p.provider IS NOT NULL
    WHERE e.key <> 'sample_spec'
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_entries(jsonb) IS
    'The entries of a LiteLLM price file: provider, model, region, routing, geography, and why one is not imported.';

-- A LiteLLM price field's charge, mode and tier; NULL charge when the
-- field is of no form bedprice maps.
CREATE FUNCTION bedprice_internal.litellm_field(
    field text, OUT charge text, OUT mode text, OUT above bigint)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m text[] := regexp_match(field,
        '^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)'
        '((?:_above_1hr|_above_[0-9]{1,9}k_tokens|_batches|_priority|_flex)*)$');
    mods text[];
BEGIN
    IF m IS NULL THEN
        RETURN;
    END IF;
    mods := ARRAY(SELECT x[1] FROM regexp_matches(m[2], '_above_1hr|_above_[0-9]+k_tokens|_batches|_priority|_flex', 'g') AS x);
    IF (SELECT count(*) FROM unnest(mods) u WHERE u = '_above_1hr') > 1
       OR (SELECT count(*) FROM unnest(mods) u WHERE u ~ 'k_tokens$') > 1
       OR (SELECT count(*) FROM unnest(mods) u WHERE u IN ('_batches', '_priority', '_flex')) > 1
       OR ('_above_1hr' = ANY (mods) AND m[1] <> 'cache_creation_input_token_cost') THEN
        RETURN;
    END IF;
    above := coalesce((SELECT substring(u FROM '^_above_([0-9]+)k_tokens$')::bigint * 1000
                       FROM unnest(mods) u WHERE u ~ 'k_tokens$'), 0);
    IF above = 0 AND EXISTS (SELECT FROM unnest(mods) u WHERE u ~ 'k_tokens$') THEN
        RETURN;
    END IF;
    mode := coalesce((SELECT CASE u WHEN '_batches' THEN 'batch' WHEN '_priority' THEN 'priority' ELSE 'flex' END
                      FROM unnest(mods) u WHERE u IN ('_batches', '_priority', '_flex')), 'on_demand');
    charge := CASE m[1]
                  WHEN 'input_cost_per_token' THEN 'input'
                  WHEN 'output_cost_per_token' THEN 'output'
                  WHEN 'cache_read_input_token_cost' THEN 'cache_read'
                  ELSE CASE WHEN '_above_1hr' = ANY (mods) THEN 'cache_write_1h' ELSE 'cache_write' END
              END;
END
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_field(text) IS
    'The charge, mode and tier a LiteLLM price field name gives; NULL when bedprice does not map it.';

-- The items of a LiteLLM price file: one per price field of each entry,
-- and one for each entry that cannot be imported.
CREATE FUNCTION bedprice_internal.litellm_items(doc jsonb, valid_from timestamptz)
RETURNS SETOF bedprice_internal.import_item
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH e AS (SELECT * FROM bedprice_internal.litellm_entries(doc)),
    f AS (
        SELECT e.*, fl.key AS field, fl.value AS v, m.charge, m.mode, m.above,
               CASE WHEN jsonb_typeof(fl.value) = 'number' THEN fl.value::numeric * 1000000 END AS exact
        FROM e, jsonb_each(e.fields) AS fl, bedprice_internal.litellm_field(fl.key) AS m
        WHERE e.reason IS NULL AND fl.key ~ '(cost|pric)'
    )
    SELECT e.entry, NULL, e.provider, e.model_name, true, e.region, e.routing, NULL, NULL, NULL,
           NULL, NULL, valid_from, coalesce(e.reason, 'no price field'), e.geography, false
    FROM e
    WHERE e.reason IS NOT NULL OR NOT EXISTS (SELECT FROM f WHERE f.entry = e.entry)
    UNION ALL
    SELECT f.entry, f.field, f.provider, f.model_name, true, f.region, f.routing, f.mode, f.charge, f.above,
           bedprice_internal.import_usd(f.exact), f.exact, valid_from,
           CASE WHEN f.charge IS NULL THEN 'a price field bedprice does not map'
                WHEN f.exact IS NULL THEN format('not a JSON number: %s', f.v)
                WHEN f.exact < 0 OR bedprice_internal.import_usd(f.exact) > 1000000
                    THEN 'out of range (0 to 1,000,000 USD per 1M tokens)' END,
           f.geography,
           -- a price of a charge bedprice maps, whose value it cannot take
           f.charge IS NOT NULL AND (f.exact IS NULL OR f.exact < 0 OR bedprice_internal.import_usd(f.exact) > 1000000)
    FROM f
$$;
COMMENT ON FUNCTION bedprice_internal.litellm_items(jsonb, timestamptz) IS
    'The prices of a LiteLLM price file as import items, valid from valid_from.';

CREATE FUNCTION bedprice.import_litellm(doc jsonb, valid_from timestamptz DEFAULT now(), book text DEFAULT NULL)
RETURNS SETOF bedprice.import_result
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF doc IS NULL OR jsonb_typeof(doc) <> 'object' THEN
        RAISE EXCEPTION 'not a LiteLLM price file'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A LiteLLM price file is a JSON object of model names to prices.',
                  HINT = 'Pass LiteLLM''s model_prices_and_context_window.json, for example \set litellm `cat model_prices_and_context_window.json` in psql, then :''litellm''::jsonb.';
    END IF;
    IF valid_from = 'infinity' THEN
        RAISE EXCEPTION 'valid_from cannot be infinity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT * FROM bedprice_internal.apply_import(
        ARRAY(SELECT i FROM bedprice_internal.litellm_items(doc, coalesce(valid_from, '-infinity')) AS i),
        'litellm', bedprice_internal.sheet_book('argument book of import_litellm', book)) AS r
    ORDER BY r.source_key, r.source_field NULLS FIRST;
END
$$;
COMMENT ON FUNCTION bedprice.import_litellm(jsonb, timestamptz, text) IS
    'Imports the token prices of LiteLLM''s model_prices_and_context_window.json (providers bedrock, bedrock_converse, anthropic, together_ai, groq) as prices valid from valid_from, into a price book (NULL: aws), keeping history; returns a report of every entry and price field: imported, unchanged, refused or not mapped, and why.';
