-- One normalizer for names: surrounding white space (space, tab, line
-- breaks, vertical tab, form feed) trimmed and ASCII letters lower-cased,
-- the same in C (pricing), in the catalog's constraints and unique
-- indexes, and in the loaders.  Every change here is rolled back.
SET TimeZone = 'UTC';
\set header 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source'

SELECT left(to_json(s)::text, 24) AS name, left(to_json(bedprice_internal.name_key(s))::text, 24) AS key,
       left(to_json(bedprice_internal.trim_name(s))::text, 24) AS trimmed, length(s) AS characters,
       bedprice_internal.is_clean_name(s) AS clean
FROM (VALUES ('Nova Pro'), (E'Nova Pro\t'), (E' \t\n\r\x0B\fNova Pro\r\n'), ('NOVA PRO'), ('Émile'),
             (E'Nova\tPro'), (''), (repeat('é', 200)), (repeat('é', 201)), (E'Nova Pro\u00A0')) AS t(s);

-- A trailing TAB is white space to the engine, so it is to the catalog:
-- "Nova Pro<TAB>" cannot be stored beside "Nova Pro" (a row the engine
-- would fold into the real model) ...
\set VERBOSITY terse
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', E'Nova Pro\t', 'amazon.nova-premier-v1:0');
INSERT INTO bedprice.models (provider, model, display_name)
VALUES ('bedrock', E'Nova Pro\t', 'tab');
\set VERBOSITY default
-- ... and a sheet line naming it means Nova Pro: no second model, and
-- Nova Pro keeps its price.
BEGIN;
SELECT count(*) AS models_before FROM bedprice.models \gset
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,"Nova Pro\t",,,,output,3.10,,2026-12-01,,tab sheet\n') AS loaded;
SELECT (SELECT count(*) FROM bedprice.models) - :models_before AS models_added,
       (SELECT model FROM bedprice.prices WHERE source = 'tab sheet') AS priced_model;
-- 1M output tokens of Nova Pro and of Nova Premier, after the sheet:
-- Nova Pro 3.10 (the sheet's line), Nova Premier its own 12.50.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 0, 1000000, at => '2026-12-02') AS nova_pro,
       bedprice.bedrock_cost('Nova Premier', 'us-east-1', 0, 1000000, at => '2026-12-02') AS nova_premier;
ROLLBACK;

-- The pricing functions trim the same white space everywhere, providers
-- included: resolve_model and api_cost agree on ' anthropic '.
SELECT resolved_provider, model FROM bedprice.resolve_model('Claude 3.5 Sonnet', E' anthropic\t');
SELECT bedprice.api_cost(E' anthropic\t', 'Claude 3.5 Sonnet', 1000000, 0) AS api_cost;
SELECT bedprice.bedrock_cost(E'\tNova Pro\n', E' US-EAST-1 ', 1000000, 0, E' Batch\t') AS padded;

-- Name limits count characters, as the catalog's constraints do: a model
-- named with 127 two-byte characters (254 bytes), created by set_price, is
-- priced, not "unknown model".  1M input tokens at 1.25 = 1.25.
BEGIN;
SELECT bedprice.set_price('bedrock', repeat('é', 127), 'input', 1.25) IS NOT NULL AS added;
SELECT octet_length(model) AS bytes, length(model) AS characters FROM bedprice.models WHERE model = repeat('é', 127);
SELECT bedprice.bedrock_cost(repeat('é', 127), 'us-east-1', 1000000, 0) AS cost;
-- The longest name the catalog takes, 200 four-byte characters.
SELECT bedprice.set_price('bedrock', repeat('𝄞', 200), 'input', 2) IS NOT NULL AS added;
SELECT bedprice.bedrock_cost(repeat('𝄞', 200), 'us-east-1', 1000000, 0) AS cost;
ROLLBACK;

-- An unknown model ID of 5 MB is refused at once, with a message that
-- quotes its first 100 characters: no edit distance is computed over a
-- name longer than any the catalog holds (0.2.0 spent 17 s on it, deaf to
-- statement_timeout).
SET statement_timeout = '10s';
DO $$
DECLARE
    msg text;
    det text;
    hnt text;
BEGIN
    PERFORM bedprice.bedrock_cost(repeat('x', 5000000), 'us-east-1', 1, 1);
EXCEPTION WHEN undefined_object THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RAISE NOTICE 'length of message %, detail %, hint: %', length(msg), length(det), hnt;
    RAISE NOTICE 'message starts: %', left(msg, 40);
END
$$;
RESET statement_timeout;
-- A long name with a typo still gets its hint.
SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:1', 'us-east-1', 1, 1);

-- An alias that spells out a routing prefix prices the same, bare or in a
-- LiteLLM wrapper: geo, from the prefix (Nova Pro 1M input, 0.80: geo
-- routing bills the source region's price).
BEGIN;
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'us.team-model', 'amazon.nova-pro-v1:0');
SELECT id, r.routing, r.matched_name, bedprice.bedrock_cost(id, 'us-east-1', 1000000, 0) AS cost
FROM (VALUES ('us.team-model'), ('bedrock/us.team-model'), ('bedrock/converse/us.team-model'),
             (' US.Team-Model ')) AS t(id),
     LATERAL bedprice.resolve_model(id) AS r;
ROLLBACK;

-- A user's alias wins over a shipped model's ID (a model's own ID wins
-- over any other alias).  A 0.3.0 user who mapped
-- anthropic.claude-sonnet-4-5-20250929-v1:0 to a model of their own (0.3.0
-- shipped no Sonnet 4.5) keeps that mapping when 0.4.0 ships the model:
-- the ID prices at their 2.5 per 1M input (100K: 0.25), in the pricing
-- functions and the sheets alike; the shipped model keeps its prices under
-- its other names (Claude Sonnet 4.5: 3.3 in us-east-1, 0.33).  A shipped
-- alias never takes a model's ID: Nova Pro's stays Nova Pro's (0.8, 0.08).
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'my.sonnet-45', 'Our Sonnet 4.5');
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', 'anthropic.claude-sonnet-4-5-20250929-v1:0', 'my.sonnet-45');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'my.sonnet-45', 'input', 2.5, 'ours'), ('bedrock', 'my.sonnet-45', 'output', 10, 'ours');
SELECT id, r.model, r.matched_name, bedprice.bedrock_cost(id, 'us-east-1', 100000, 0) AS cost
FROM (VALUES ('anthropic.claude-sonnet-4-5-20250929-v1:0'), ('us.anthropic.claude-sonnet-4-5-20250929-v1:0'),
             ('Claude Sonnet 4.5'), ('amazon.nova-pro-v1:0')) AS t(id),
     LATERAL bedprice.resolve_model(id) AS r;
SELECT bedprice.load_price_sheet('provider,model,charge,usd_per_mtok,valid_from,source
bedrock,anthropic.claude-sonnet-4-5-20250929-v1:0,input,2.4,2026-12-01,ours again
');
SELECT model, charge, usd_per_mtok, valid_from FROM bedprice.prices WHERE source = 'ours again';
ROLLBACK;
