-- A setting of the session that Citus would not send to the workers
-- (sql/current/28_citus_settings.sql, src/settings_guard.c): off Citus,
-- nothing is refused; with Citus's pg_dist_partition naming a table (a
-- stand-in here: Citus itself is checked by test/suites/citus.sh), a
-- query that prices that table's rows with such a setting is refused,
-- and any other query prices as the session says.
SET client_min_messages = warning;

-- the pricing functions all carry the support function that checks it
SELECT p.oid::regprocedure AS checked
FROM pg_proc p
WHERE p.prosupport = 'bedprice_internal.settings_support'::regproc
ORDER BY p.proname, p.pronargs;

-- and the functions without it price nothing with the settings, or price
-- a table whose statements are checked when they are planned (focus_usage,
-- compare_modes, forecast); a new pricing function shows here until it
-- gets the support function (price_usage is checked through the hooks,
-- reprice before it reaches the shards; the aggregates by their steps)
SELECT p.oid::regprocedure AS without_check, l.lanname
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE (p.pronamespace = 'bedprice'::regnamespace OR l.lanname = 'c' AND p.pronamespace = 'bedprice_internal'::regnamespace)
  AND p.prosupport = 0 AND p.prokind <> 'a'
ORDER BY p.proname, p.pronargs;

CREATE TABLE citus_usage (id int, model text, region text, in_tokens bigint, out_tokens bigint,
                          at timestamptz, cost numeric, status text);
INSERT INTO citus_usage VALUES (1, 'amazon.nova-pro-v1:0', NULL, 1000000, 0, '2026-06-01');
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON citus_usage FOR EACH ROW EXECUTE FUNCTION bedprice.price_usage(
    'cost=cost', 'model=model', 'region=region', 'in=in_tokens', 'out=out_tokens', 'at=at', 'status=status');
\set q 'SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, at => at)) FROM citus_usage'

-- without Citus, a session's setting prices every query
SET bedprice.default_region = 'us-gov-west-1';
:q;

-- Citus's metadata, standing in: the table is a Citus table
SET allow_system_table_mods = on;
CREATE TABLE pg_catalog.pg_dist_partition (logicalrelid regclass);
RESET allow_system_table_mods;
INSERT INTO pg_catalog.pg_dist_partition VALUES ('citus_usage');

-- each way a query prices its rows: refused, with what to do
:q;
SELECT bedprice.sum_bedrock_cost(model, region, in_tokens, out_tokens) FROM citus_usage;
SELECT b.input_cost FROM citus_usage u, LATERAL bedprice.bedrock_cost_breakdown(u.model, u.region, u.in_tokens, u.out_tokens) b;
SELECT x.s FROM (SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)) AS s FROM citus_usage) x;
-- (any query that reads a Citus table anywhere, though Citus would price this one here)
SELECT (SELECT max(id) FROM citus_usage) AS id, bedprice.bedrock_cost('amazon.nova-pro-v1:0', NULL, 1, 0);
WITH u AS (SELECT * FROM citus_usage) SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)) FROM u;
-- rows the trigger prices (on the workers, with their settings)
INSERT INTO citus_usage (id, model, in_tokens, out_tokens, at) VALUES (2, 'amazon.nova-pro-v1:0', 1000000, 0, '2026-06-01');
UPDATE citus_usage SET in_tokens = 1;
COPY citus_usage (id, model, in_tokens, out_tokens, at) FROM stdin;
3	amazon.nova-pro-v1:0	1000000	0	2026-06-01
\.
-- each other setting, and a function's SET clause
RESET bedprice.default_region;
SET bedprice.on_unknown_model = 'null';
:q;
RESET bedprice.on_unknown_model;
CREATE FUNCTION citus_gov_sum() RETURNS numeric LANGUAGE sql SET bedprice.default_region = 'us-gov-west-1'
    SET search_path = pg_catalog, public
    AS 'SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, at => at)) FROM citus_usage';
SELECT citus_gov_sum();
-- a SET LOCAL: the session's too
BEGIN;
SET LOCAL bedprice.price_book = 'seed-2026-04-10';
:q;
ROLLBACK;

-- what is not refused: the node's values, a query that reads no Citus
-- table (its prices are computed here), a table's DELETE
:q;
SET bedprice.default_region = 'us-east-1';
:q;
SET bedprice.default_region = 'us-gov-west-1';
SELECT bedprice.bedrock_cost('amazon.nova-pro-v1:0', NULL, 1000000, 0, at => '2026-06-01') AS here;
CREATE TEMP TABLE local_usage AS SELECT * FROM citus_usage;
SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, at => at)) AS local_table FROM local_usage;
SELECT count(*) AS citus_rows FROM citus_usage;
DELETE FROM citus_usage WHERE id = 2;
-- an expression evaluated here, outside a query's plan: a CALL's or an
-- EXECUTE's argument
PREPARE shown(numeric) AS SELECT $1 AS argument;
EXECUTE shown(bedprice.bedrock_cost('amazon.nova-pro-v1:0', NULL, 1000000, 0, at => '2026-06-01'));
DEALLOCATE shown;
-- the aggregate as a window function, a SQL or PL/pgSQL pricing function
-- for each row, rows a modifying CTE gives the trigger: refused
SELECT bedprice.sum_bedrock_cost(model, region, in_tokens, out_tokens) OVER () FROM citus_usage;
SELECT bedprice.volume_cost('bedrock', model, region, in_tokens, out_tokens) FROM citus_usage;
SELECT m.cost FROM citus_usage u, LATERAL bedprice.compare_models(u.model, 'Nova Lite', u.in_tokens, u.out_tokens) m;
WITH moved AS (UPDATE citus_usage SET in_tokens = 2 RETURNING id) SELECT count(*) FROM moved;

-- a role that is not bedprice_admin (which may not see bedprice_internal):
-- the same answers
CREATE ROLE bp_settings_reader;
CREATE TABLE local_usage_kept AS SELECT * FROM local_usage;
GRANT SELECT ON citus_usage, local_usage_kept TO bp_settings_reader;
SET ROLE bp_settings_reader;
SELECT 1 AS planned;
SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, at => at)) AS local_table FROM local_usage_kept;
:q;
SELECT bedprice.sum_bedrock_cost(model, region, in_tokens, out_tokens) FROM citus_usage;
RESET ROLE;
RESET bedprice.default_region;
-- under SET ROLE, the workers' connections are that role's: its ALTER
-- ROLE ... SET is not the session's value, and the session user's is not
-- the role's
ALTER ROLE bp_settings_reader SET bedprice.default_region = 'eu-west-1';
SET ROLE bp_settings_reader;
:q;
RESET ROLE;
:q;
ALTER ROLE bp_settings_reader RESET bedprice.default_region;
SET ROLE bp_settings_reader;
:q;
RESET ROLE;

DROP TABLE pg_catalog.pg_dist_partition;
DROP FUNCTION citus_gov_sum();
DROP TABLE citus_usage, local_usage, local_usage_kept;
DROP ROLE bp_settings_reader;
