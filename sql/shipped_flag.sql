-- The shipped flag is the extension's: pg_dump leaves shipped rows out
-- (CREATE EXTENSION brings them back), so a row a user marks shipped
-- would be lost by a dump and restore without a word.  Only the
-- extension's scripts set it, and no one changes it.
-- Shipped rows by key (their ids are made from their content).
SELECT (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_pro_input,
       (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-lite-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_lite_input \gset
SET TimeZone = 'UTC';
\set VERBOSITY default

-- The shipped rows are the extension's scripts' (0 user rows marked).
SELECT (SELECT count(*) FROM bedprice.prices WHERE shipped) AS shipped_prices,
       (SELECT count(*) FROM bedprice.multipliers WHERE shipped) AS shipped_multipliers;

-- A row added with shipped = true: refused, in every table and through COPY.
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source, shipped)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.7, '2026-12-01', 'mine', true);
\set VERBOSITY terse
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source, shipped)
VALUES ('bedrock', 'region', 'eu-west-3', 1.1, 'mine', true);
INSERT INTO bedprice.models (provider, model, display_name, shipped) VALUES ('bedrock', 'test.mine-v1:0', 'Mine', true);
INSERT INTO bedprice.model_aliases (provider, alias, model, shipped) VALUES ('bedrock', 'Mine', 'amazon.nova-pro-v1:0', true);
INSERT INTO bedprice.regions (region, geography, display_name, shipped) VALUES ('xx-mine-1', 'xx', 'Mine', true);
INSERT INTO bedprice.providers (provider, display_name, kind, shipped) VALUES ('mine', 'Mine', 'direct', true);
COPY bedprice.regions (region, geography, display_name, shipped) FROM stdin;
xx-copy-1	xx	Copied	t
\.
-- Changing the flag: refused both ways.
UPDATE bedprice.prices SET shipped = false WHERE price_id = :nova_pro_input;
BEGIN;
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('xx-mine-1', 'xx', 'Mine');
UPDATE bedprice.regions SET shipped = true WHERE region = 'xx-mine-1';
ROLLBACK;
\set VERBOSITY default
-- Other changes to shipped rows are fine: the changed row becomes the
-- user's (pg_dump keeps it), and its shipped key is recorded (a restore
-- drops the shipped row CREATE EXTENSION puts back).  An UPDATE that
-- changes nothing leaves the row shipped.
BEGIN;
UPDATE bedprice.regions SET display_name = display_name WHERE region = 'us-west-2';
UPDATE bedprice.regions SET display_name = 'US East (Virginia)' WHERE region = 'us-east-1';
SELECT region, display_name, shipped FROM bedprice.regions WHERE region IN ('us-east-1', 'us-west-2') ORDER BY region;
SELECT table_name, row_key, action FROM bedprice.shipped_changes;
ROLLBACK;
SELECT count(*) AS mine FROM bedprice.prices WHERE source = 'mine';

-- A user's row loaded by COPY (as pg_restore loads it) with the key of a
-- shipped row takes the shipped row's place, whatever refers to it
-- following: the shipped model Nova Micro re-added by a user (another
-- spelling of its ID) keeps its prices and aliases, and its replacement
-- is recorded.
BEGIN;
COPY bedprice.models (provider, model, display_name, note) FROM stdin;
bedrock	AMAZON.NOVA-MICRO-V1:0	Our Nova Micro	ours now
\.
SELECT model, display_name, note, shipped FROM bedprice.models WHERE bedprice_internal.name_key(model) = 'amazon.nova-micro-v1:0';
SELECT count(*) AS prices_following, min(model) AS their_model FROM bedprice.prices WHERE charge IN ('input', 'output')
  AND bedprice_internal.name_key(model) = 'amazon.nova-micro-v1:0';
SELECT alias, model, shipped FROM bedprice.model_aliases WHERE bedprice_internal.name_key(model) = 'amazon.nova-micro-v1:0' ORDER BY alias;
SELECT table_name, row_key, action FROM bedprice.shipped_changes;
-- 1M in + 1M out, as before: 0.035 + 0.14
SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 1000000) AS cost;
ROLLBACK;

-- An INSERT meets the shipped row's key as in any table, so INSERT ... ON
-- CONFLICT DO NOTHING leaves the shipped alias alone (it took the shipped
-- row's place before: Nova Lite then priced as Nova Pro, 0.8, not 0.06).
\set VERBOSITY terse
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'NOVA LITE', 'amazon.nova-pro-v1:0');
\set VERBOSITY default
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Nova Lite', 'amazon.nova-pro-v1:0')
ON CONFLICT DO NOTHING;
SELECT alias, model, shipped FROM bedprice.model_aliases WHERE alias = 'Nova Lite';
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0) AS nova_lite;
SELECT count(*) AS changes_recorded FROM bedprice.shipped_changes;

-- bedprice_internal.applying is no setting of bedprice's (its flag is the
-- backend's own, set only by bedprice's functions): set by a user, it
-- opens no way around the guard or the records, not even through a
-- foreign key's cascade (an admin's UPDATE of a shipped price is still
-- recorded; a renamed shipped model takes its prices along as the user's).
BEGIN;
SET LOCAL bedprice_internal.applying = on;
\set VERBOSITY terse
INSERT INTO bedprice.regions (region, geography, display_name, shipped) VALUES ('xx-sneak-1', 'xx', 'Sneak', true);
\set VERBOSITY default
ROLLBACK;
BEGIN;
SET LOCAL bedprice_internal.applying = on;
UPDATE bedprice.prices SET usd_per_mtok = 0.70 WHERE price_id = :nova_pro_input;
SELECT usd_per_mtok, shipped FROM bedprice.prices WHERE price_id = :nova_pro_input;
SELECT table_name, row_key = jsonb_build_object('price_id', :nova_pro_input) AS nova_pro_input, action
FROM bedprice.shipped_changes;
ROLLBACK;
BEGIN;
SET LOCAL bedprice_internal.applying = on;
UPDATE bedprice.models SET model = 'amazon.nova-lite-v9' WHERE provider = 'bedrock' AND model = 'amazon.nova-lite-v1:0';
SELECT count(*) FILTER (WHERE shipped) AS still_shipped, count(*) AS prices_following
FROM bedprice.prices WHERE book = 'aws' AND model = 'amazon.nova-lite-v9';
SELECT table_name, count(*) FROM bedprice.shipped_changes GROUP BY table_name ORDER BY table_name;
ROLLBACK;

-- A shipped price's id may change like any other column: the row becomes
-- the user's under its new id (it does not yield to itself), and its
-- shipped id is recorded.
BEGIN;
UPDATE bedprice.prices SET price_id = 1000 WHERE price_id = :nova_lite_input;
SELECT price_id = 1000 AS new_id, shipped, usd_per_mtok FROM bedprice.prices
WHERE price_id IN (:nova_lite_input, 1000);
SELECT table_name, row_key = jsonb_build_object('price_id', :nova_lite_input) AS nova_lite_input, action
FROM bedprice.shipped_changes;
ROLLBACK;
