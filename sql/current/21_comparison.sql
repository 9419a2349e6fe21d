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
