-- Who may do what: everyone reads the catalog and prices usage; only the
-- extension's owner and members of bedprice_admin change the catalog,
-- through SQL or the sheet loaders.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never
\set VERBOSITY terse

-- Shipped rows by key (their ids are made from their content).
SELECT (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_pro_input,
       (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'output'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_pro_output,
       (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-lite-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_lite_input,
       (SELECT multiplier_id FROM bedprice.multipliers WHERE shipped AND book = 'aws' AND provider = 'bedrock'
          AND dimension = 'routing' AND value = 'geo') AS geo_rule \gset
\set header 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source'
\set mheader 'provider,dimension,value,factor,valid_from,valid_to,source'

SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_bp_user;
DROP ROLE IF EXISTS regress_bp_admin;
RESET client_min_messages;
CREATE ROLE regress_bp_user;
CREATE ROLE regress_bp_admin;
GRANT bedprice_admin TO regress_bp_admin;

SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = 'bedprice_admin';
SELECT pg_has_role('regress_bp_admin', 'bedprice_admin', 'MEMBER') AS admin_is_member,
       pg_has_role('regress_bp_user', 'bedprice_admin', 'MEMBER') AS user_is_member;

-- What the privileges say, for each role.
SELECT r.role, t.relname,
       has_table_privilege(r.role, t.oid, 'SELECT') AS sel,
       has_table_privilege(r.role, t.oid, 'INSERT') AS ins,
       has_table_privilege(r.role, t.oid, 'UPDATE') AS upd,
       has_table_privilege(r.role, t.oid, 'DELETE') AS del,
       has_table_privilege(r.role, t.oid, 'TRUNCATE') AS trunc
FROM (VALUES ('regress_bp_user'), ('regress_bp_admin')) AS r(role)
CROSS JOIN pg_class t
WHERE t.relnamespace = 'bedprice'::regnamespace AND t.relkind = 'r'
ORDER BY r.role DESC, t.relname;
SELECT r.role, p.pronamespace::regnamespace AS schema, p.proname,
       has_function_privilege(r.role, p.oid, 'EXECUTE') AS execute
FROM (VALUES ('regress_bp_user'), ('regress_bp_admin')) AS r(role)
CROSS JOIN pg_proc p
WHERE p.pronamespace = 'bedprice'::regnamespace
   OR p.pronamespace = 'bedprice_internal'::regnamespace
      AND p.proname IN ('add_history_row', 'remove_source', 'sheet_model', 'apply_import', 'name_key')
ORDER BY r.role DESC, schema, p.proname;

------------------------------------------------------------------------
-- The ordinary role prices and reads ...
------------------------------------------------------------------------
SET ROLE regress_bp_user;
SELECT current_user;
-- Claude 3.5 Sonnet v2: 1M x 3 + 1M x 15 = 18
SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000);
-- Groq Llama 3.3 70B: 1M x 0.59 + 1M x 0.79 = 1.38
SELECT bedprice.api_cost('groq', 'Llama 3.3 70B', 1000000, 1000000);
-- the aggregate (its support functions are its owner's to call, not ours)
SELECT bedprice.sum_bedrock_cost(m, 'us-east-1', 1000000, 1000000)
FROM (VALUES ('anthropic.claude-3-5-sonnet-20241022-v2:0'), ('Claude 3.5 Haiku')) AS v (m);
-- Nova Pro, geo (the source region's price): 1M x 0.80 input, 1M x 3.20 output
SELECT resolved_model, routing, input_cost, output_cost, total_cost
FROM bedprice.bedrock_cost_breakdown('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 1000000);
SELECT * FROM bedprice.resolve_model('Nova Pro');
SELECT provider, model, region, routing, mode, charge, usd_per_mtok, valid_from, valid_to
FROM bedprice.price_sheet(book => 'aws') WHERE model = 'amazon.nova-pro-v1:0' AND region IS NULL AND mode IS NULL
  AND charge IN ('input', 'output');
SELECT split_part(bedprice.price_sheet_csv(), E'\n', 1) AS header;
SELECT value, factor FROM bedprice.multiplier_sheet(book => 'aws') WHERE dimension = 'routing';
SELECT count(*) > 0 AS reads_prices FROM bedprice.prices;
SELECT count(*) >= 0 AS reads_shipped_changes FROM bedprice.shipped_changes;

------------------------------------------------------------------------
-- ... but changes nothing: neither with SQL nor through the functions.
------------------------------------------------------------------------
UPDATE bedprice.prices SET usd_per_mtok = 0 WHERE model = 'amazon.nova-pro-v1:0';
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0, '2026-11-01', 'sneaky');
DELETE FROM bedprice.prices WHERE book = 'aws' AND model = 'amazon.nova-pro-v1:0';
TRUNCATE bedprice.prices;
UPDATE bedprice.multipliers SET factor = 0;
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'sneaky', 'amazon.nova-pro-v1:0');
DELETE FROM bedprice.models WHERE model = 'amazon.nova-pro-v1:0';
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('xx-sneaky-1', 'xx', 'Sneaky');
UPDATE bedprice.providers SET display_name = 'sneaky';
INSERT INTO bedprice.shipped_changes (table_name, row_key, action) VALUES ('prices', jsonb_build_object('price_id', :nova_pro_input), 'delete');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,0,,2026-11-01,,sneaky\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,0,2026-11-01,,sneaky\n');
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0, '2026-11-01');
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 0, '2026-11-01');
SELECT bedprice_internal.add_history_row('prices', '{"provider": "bedrock", "model": "amazon.nova-pro-v1:0", "charge": "input", "usd_per_mtok": 0, "valid_from": "2026-11-01", "valid_to": "infinity", "source": "sneaky"}');
SELECT bedprice_internal.create_model('bedrock', 'sneaky-model');
SELECT bedprice_internal.remove_source('prices', 'seed 2026-04-10');
SELECT bedprice_internal.name_key('Nova Pro');
SELECT bedprice.import_litellm('{"amazon.nova-pro-v1:0": {"litellm_provider": "bedrock", "input_cost_per_token": 0}}');
SELECT bedprice.import_aws_price_list('{"products": {}, "terms": {"OnDemand": {}}}');
TRUNCATE bedprice.prices;
RESET ROLE;
-- Nothing changed: Nova Pro is still 0.80 + 3.20 = 4 for 1M + 1M, everywhere.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 1000000, at => '2026-12-01 00:00:00+00');
SELECT count(*) AS sneaky_rows FROM bedprice.prices WHERE source = 'sneaky';

------------------------------------------------------------------------
-- The admin role changes the catalog (all rolled back).
------------------------------------------------------------------------
BEGIN;
SET LOCAL ROLE regress_bp_admin;
SELECT current_user;
-- set_price over a shipped price: closes it (and records the change).
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.60, '2026-11-15') IS NOT NULL AS set_price;
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-11-20') IS NOT NULL AS set_multiplier;
-- A sheet with a new model: the model and its alias are created.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.admin-model-v1:0,,,,input,1.00,,,,admin sheet
bedrock,test.admin-model-v1:0,,,,output,2.00,,,,admin sheet
bedrock,Nova Pro,,,,output,3.00,,2026-11-15,,admin sheet
$sheet$) AS loaded;   -- 3
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,mode,batch,0.45,2026-12-01,,admin sheet\n') AS loaded;   -- 1
-- Plain SQL too, including over a shipped row (which yields).
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-lite-v1:0', 'input', 0.05, '2026-11-01', 'admin insert');
UPDATE bedprice.models SET display_name = 'Nova Pro (admin)' WHERE model = 'amazon.nova-pro-v1:0';
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Admin Pro', 'amazon.nova-pro-v1:0');
-- Nova Pro 1M + 1M on 2026-11-20: 0.60 + 3.00 = 3.6; geo: 3.6 x 1.05 = 3.78
-- test.admin-model 1M + 1M: 1 + 2 = 3; Nova Lite 1M input on 2026-11-20: 0.05
SELECT bedprice.bedrock_cost('Admin Pro', 'us-east-1', 1000000, 1000000, at => '2026-11-20 00:00:00+00') AS nova_pro,
       bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 1000000, at => '2026-11-20 00:00:00+00') AS nova_pro_geo,
       bedprice.bedrock_cost('test.admin-model-v1:0', 'us-east-1', 1000000, 1000000) AS admin_model,
       bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS nova_lite;
-- The changes to shipped rows were recorded under the admin role too.
SELECT table_name, CASE row_key
           WHEN jsonb_build_object('price_id', :nova_pro_input) THEN 'Nova Pro input'
           WHEN jsonb_build_object('price_id', :nova_pro_output) THEN 'Nova Pro output'
           WHEN jsonb_build_object('price_id', :nova_lite_input) THEN 'Nova Lite input'
           WHEN jsonb_build_object('multiplier_id', :geo_rule) THEN 'geo rule'
           ELSE row_key::text END AS shipped_row, action
FROM bedprice.shipped_changes
WHERE (table_name, row_key) IN (('prices', jsonb_build_object('price_id', :nova_pro_input)),
                                ('prices', jsonb_build_object('price_id', :nova_pro_output)),
                                ('prices', jsonb_build_object('price_id', :nova_lite_input)),
                                ('multipliers', jsonb_build_object('multiplier_id', :geo_rule)),
                                ('models', '{"model": "amazon.nova-pro-v1:0", "provider": "bedrock"}'))
ORDER BY 1, 2;
ROLLBACK;
SELECT current_user = session_user AS role_reset;
SELECT count(*) AS admin_rows FROM bedprice.prices WHERE source IN ('admin sheet', 'admin insert', 'set_price');

------------------------------------------------------------------------
-- Pricing reads the catalog with the caller's privileges: with SELECT on
-- prices taken from PUBLIC (and given to the admin role), the ordinary
-- role can no longer price, explain or resolve, since every one of those
-- would show it prices; the admin role still can.
------------------------------------------------------------------------
BEGIN;
REVOKE SELECT ON bedprice.prices FROM PUBLIC;
GRANT SELECT ON bedprice.prices TO regress_bp_admin;
SET LOCAL ROLE regress_bp_user;
SAVEPOINT s;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0);
ROLLBACK TO SAVEPOINT s;
SELECT input_cost FROM bedprice.bedrock_cost_breakdown('Nova Pro', 'us-east-1', 1000000, 0);
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.api_cost('groq', 'Llama 3.3 70B', 1000000, 0);
ROLLBACK TO SAVEPOINT s;
SELECT * FROM bedprice.price_sheet() LIMIT 1;
ROLLBACK TO SAVEPOINT s;
RESET ROLE;
SET LOCAL ROLE regress_bp_admin;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) AS admin_cost;
ROLLBACK;

------------------------------------------------------------------------
-- Clean up.
------------------------------------------------------------------------
DROP OWNED BY regress_bp_user, regress_bp_admin;
DROP ROLE regress_bp_user;
DROP ROLE regress_bp_admin;
SELECT count(*) AS regress_roles_left FROM pg_roles WHERE rolname LIKE 'regress_bp_%';
