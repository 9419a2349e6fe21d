-- Every SQL and PL/pgSQL function of bedprice pins search_path to
-- pg_catalog, pg_temp, so no role can plant an object that runs inside
-- them with another role's rights.  The attack of the 0.3.0 review: an
-- ordinary role owns a schema that an admin has on search_path, and plants
-- functions that take bedprice's row types, which PostgreSQL prefers to
-- the polymorphic built-ins (to_jsonb(anyelement), jsonb_populate_record).
-- Under 0.2.0 they ran inside bedprice's triggers and loaders with the
-- caller's rights: a superuser's set_price made the planter superuser.
SET TimeZone = 'UTC';
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_bp_mallory;
RESET client_min_messages;
CREATE ROLE regress_bp_mallory;
CREATE SCHEMA regress_mallory AUTHORIZATION regress_bp_mallory;
GRANT USAGE ON SCHEMA regress_mallory TO PUBLIC;

SET ROLE regress_bp_mallory;
CREATE TABLE regress_mallory.log (what text, who text);
GRANT INSERT ON regress_mallory.log TO PUBLIC;
-- Each planted function notes that it ran, and as whom, then tries to
-- make its owner superuser.
CREATE FUNCTION regress_mallory.plant(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO regress_mallory.log VALUES (what, current_user);
    BEGIN
        EXECUTE 'ALTER ROLE regress_bp_mallory SUPERUSER';
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;
    END;
END $$;
CREATE FUNCTION regress_mallory.to_jsonb(r bedprice.prices) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_mallory.plant('to_jsonb(prices)'); RETURN '{}'; END $$;
CREATE FUNCTION regress_mallory.to_jsonb(r bedprice.multipliers) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_mallory.plant('to_jsonb(multipliers)'); RETURN '{}'; END $$;
CREATE FUNCTION regress_mallory.to_jsonb(r bedprice.models) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_mallory.plant('to_jsonb(models)'); RETURN '{}'; END $$;
CREATE FUNCTION regress_mallory.to_jsonb(r bedprice.model_aliases) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_mallory.plant('to_jsonb(model_aliases)'); RETURN '{}'; END $$;
CREATE FUNCTION regress_mallory.jsonb_populate_record(r bedprice.prices, j jsonb) RETURNS bedprice.prices
LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_mallory.plant('jsonb_populate_record(prices)'); RETURN r; END $$;
RESET ROLE;

-- A superuser with the planter's schema first on its path uses every
-- writing surface: set_price over a shipped price (closing it, recorded),
-- a sheet creating a model, a plain INSERT over a shipped row (which
-- yields), an alias loaded by COPY taking a shipped one's place, replace_source, an
-- importer, and a DELETE of a shipped alias.
SET search_path = regress_mallory, public;
BEGIN;
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.61, '2026-12-15') IS NOT NULL AS set_price;
SELECT bedprice.load_price_sheet(E'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source\nbedrock,test.mallory-v1:0,,,,input,1,,,,planted\nbedrock,Nova Lite,,,,output,0.2,,2026-12-01,,planted\n') AS loaded;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input', 0.03, '2026-12-20', 'planted insert');
COPY bedprice.model_aliases (provider, alias, model) FROM stdin;
bedrock	NOVA LITE	amazon.nova-lite-v1:0
\.
SELECT bedprice.load_price_sheet(E'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source\n',
                                 replace_source => 'planted') AS reloaded;
SELECT outcome, count(*) FROM bedprice.import_litellm(
    '{"amazon.nova-pro-v1:0": {"litellm_provider": "bedrock", "output_cost_per_token": 3.3e-06}}', '2026-12-25')
GROUP BY outcome;
DELETE FROM bedprice.model_aliases WHERE alias = 'Amazon Nova Pro';
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-12-15') IS NOT NULL AS set_multiplier;
-- Nothing planted ran ...
SELECT count(*) AS planted_calls FROM regress_mallory.log;
SELECT rolsuper AS planter_is_superuser FROM pg_roles WHERE rolname = 'regress_bp_mallory';
-- ... and the bookkeeping is what it should be: each changed shipped row
-- recorded by its shipped key, and now the user's row with its real end.
SELECT c.table_name,
       coalesce(p.model || ' ' || p.charge || ' ' || p.mode, m.dimension || ' ' || m.value, c.row_key::text) AS shipped_row,
       c.action, coalesce(p.valid_to, m.valid_to) AS valid_to_now
FROM bedprice.shipped_changes c
LEFT JOIN bedprice.prices p ON c.table_name = 'prices' AND p.price_id = (c.row_key ->> 'price_id')::bigint
LEFT JOIN bedprice.multipliers m ON c.table_name = 'multipliers' AND m.multiplier_id = (c.row_key ->> 'multiplier_id')::bigint
ORDER BY 1, 2;
-- The C functions find their tables by OID, whatever the path: Nova Pro
-- 1M input on 2026-12-16 is the new 0.61.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-12-16') AS priced;
ROLLBACK;
RESET search_path;

SET client_min_messages = warning;
DROP SCHEMA regress_mallory CASCADE;
DROP ROLE regress_bp_mallory;
RESET client_min_messages;
