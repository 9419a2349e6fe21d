------------------------------------------------------------------------
-- Models by name, for the loaders and importers: looked up with the
-- engine's own grammar (bedprice_internal.name_candidates), so a name a
-- sheet or import file uses means the model the pricing functions would
-- price, and an unknown one is created once, under its bare ID.
------------------------------------------------------------------------

-- The model key a name means for a provider: the first of the engine's
-- candidate names that is a model ID or an alias (a model ID wins, but a
-- user's alias wins over a shipped model's ID), or NULL.
CREATE FUNCTION bedprice_internal.find_model(p_provider text, p_name text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.model
    FROM bedprice.providers p,
         unnest(bedprice_internal.name_candidates(p_name, p.provider, p.kind = 'cloud'))
             WITH ORDINALITY AS c(candidate, i),
         -- a model's own ID wins over an alias, but a user's alias over a
         -- shipped model's ID (as the pricing functions resolve names)
         LATERAL (SELECT m.model, CASE WHEN m.shipped THEN 2 ELSE 0 END AS pref FROM bedprice.models m
                  WHERE m.provider = p.provider AND bedprice_internal.name_key(m.model) = c.candidate
                  UNION ALL
                  SELECT a.model, CASE WHEN a.shipped THEN 3 ELSE 1 END FROM bedprice.model_aliases a
                  WHERE a.provider = p.provider AND bedprice_internal.name_key(a.alias) = c.candidate) AS x
    WHERE p.provider = p_provider
    ORDER BY c.i, x.pref
    LIMIT 1
$$;
COMMENT ON FUNCTION bedprice_internal.find_model(text, text) IS
    'The model key a name (ID, alias, ARN or LiteLLM form) means for a provider, as the pricing functions resolve it; NULL when unknown.';

-- Create a model, its ID also its first alias; a concurrent creation of
-- the same model is waited for and used.
CREATE FUNCTION bedprice_internal.create_model(p_provider text, p_model text) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    key text;
BEGIN
    INSERT INTO bedprice.models (provider, model, display_name)
    VALUES (p_provider, p_model, p_model)
    ON CONFLICT DO NOTHING;
    key := bedprice_internal.find_model(p_provider, p_model);
    INSERT INTO bedprice.model_aliases (provider, alias, model)
    VALUES (p_provider, p_model, key)
    ON CONFLICT DO NOTHING;
    RETURN key;
END
$$;
COMMENT ON FUNCTION bedprice_internal.create_model(text, text) IS
    'Creates a model with its ID as its first alias (waiting for a concurrent creation of the same one); returns its key.';

-- The ID to create for an unknown name: the name without the wrappers the
-- engine removes (LiteLLM's bedrock/ or <provider>/ forms), in its own case.
CREATE FUNCTION bedprice_internal.bare_model_id(p_provider text, p_name text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN cardinality(c) < 2 THEN n ELSE right(n, length(c[2])) END
    FROM bedprice.providers p,
         LATERAL (SELECT bedprice_internal.trim_name(p_name) AS n) t,
         LATERAL (SELECT bedprice_internal.name_candidates(p_name, p.provider, p.kind = 'cloud') AS c) cand
    WHERE p.provider = p_provider
$$;
COMMENT ON FUNCTION bedprice_internal.bare_model_id(text, text) IS
    'A model name without the wrappers the engine removes, in the case it was written in.';

-- The model a sheet or set_price names: refused when it carries routing
-- or a region of its own (they have their own columns) or is an ARN that
-- names no model; created when unknown.
CREATE FUNCTION bedprice_internal.sheet_model(place text, p_provider text, p_name text, p_region text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v text := bedprice_internal.trim_name(coalesce(p_name, ''));
    parsed record;
BEGIN
    IF v = '' THEN
        RAISE EXCEPTION 'a model is required' USING ERRCODE = 'not_null_violation', DETAIL = format('In %s.', place);
    END IF;
    IF (SELECT p.kind FROM bedprice.providers p WHERE p.provider = p_provider) = 'cloud' THEN
        parsed := bedprice_internal.parse_model_id_lenient(v);
        IF parsed.error IS NOT NULL OR parsed.opaque THEN
            RAISE EXCEPTION 'model "%" is not a model ID', v
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s: %s.', place, coalesce(parsed.error, 'an ARN that names no model')),
                      HINT = 'Give the model ID; map an application inference profile ARN to it in bedprice.model_aliases.';
        ELSIF parsed.routing_prefix IS NOT NULL THEN
            RAISE EXCEPTION 'model "%" carries a routing prefix', v
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                      HINT = 'Give the model ID without its prefix, and the routing (geo or global) in its own column.';
        ELSIF parsed.region IS NOT NULL AND parsed.region IS DISTINCT FROM p_region THEN
            RAISE EXCEPTION 'model "%" names region %', v, parsed.region
                USING ERRCODE = 'invalid_parameter_value', DETAIL = format('In %s.', place),
                      HINT = 'Give the model ID, and the region in its own column.';
        END IF;
    END IF;
    RETURN coalesce(bedprice_internal.find_model(p_provider, v),
                    bedprice_internal.create_model(p_provider, bedprice_internal.bare_model_id(p_provider, v)));
END
$$;
COMMENT ON FUNCTION bedprice_internal.sheet_model(text, text, text, text) IS
    'The model key a price sheet or set_price names; an unknown model is created under its bare ID.';
