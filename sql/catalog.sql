-- The shipped catalog: the seed document's tables, as rows.
SET TimeZone = 'UTC';

SELECT provider, display_name, kind FROM bedprice.providers ORDER BY provider;

-- Regions: every Bedrock region, GovCloud included.
SELECT count(*) AS regions,
       count(*) FILTER (WHERE geography = 'us-gov') AS govcloud
FROM bedprice.regions;

-- The seed's Bedrock tables, one line per model: input / output / cache
-- read (Claude) per 1M tokens, on-demand, all regions, base tier.
SELECT m.family, m.model,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'input') AS input,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'output') AS output,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'cache_read') AS cache_read,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'cache_write') AS cache_write,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'cache_write_1h') AS cache_write_1h
FROM bedprice.models m
JOIN bedprice.prices p USING (provider, model)
WHERE m.provider = 'bedrock' AND p.region IS NULL AND p.routing = 'in_region'
  AND p.mode = 'on_demand' AND p.above_input_tokens = 0
GROUP BY m.family, m.model
ORDER BY m.model;

-- Direct APIs quoted by the seed.
SELECT m.provider, m.family, m.model,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'input') AS input,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'output') AS output,
       max(p.usd_per_mtok) FILTER (WHERE p.charge = 'cache_read') AS cache_read
FROM bedprice.models m
JOIN bedprice.prices p USING (provider, model)
WHERE m.provider <> 'bedrock' AND p.above_input_tokens = 0
GROUP BY m.provider, m.family, m.model
ORDER BY m.provider, m.model;

-- Other rows: long-context tier and provisioned rates.
SELECT provider, model, mode, charge, above_input_tokens, usd_per_mtok
FROM bedprice.prices
WHERE above_input_tokens > 0 OR mode <> 'on_demand'
ORDER BY provider, model, mode, above_input_tokens, charge;

-- The rules.
SELECT provider, dimension, value, factor, valid_from, valid_to
FROM bedprice.multipliers ORDER BY dimension, value;

-- Models whose name in the seed is not a Bedrock name say so.
SELECT provider, model, note FROM bedprice.models WHERE note IS NOT NULL ORDER BY provider;

-- Every shipped row is marked shipped, and sources are recorded.
SELECT count(*) FILTER (WHERE NOT shipped) AS user_rows,
       count(*) FILTER (WHERE source IS NULL OR source = '') AS without_source
FROM bedprice.prices;

-- The tables refuse what the engine could not price exactly.
\set VERBOSITY terse
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input', 'NaN', 'test');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input', -1, 'test');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input', 0.0000000000001, 'test');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input_tokens', 1, 'test');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source, valid_from, valid_to)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'input', 1, 'test', '2026-05-01', '2026-04-01');
INSERT INTO bedprice.prices (provider, model, region, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'mars-north-1', 'input', 1, 'test');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'mode', 'cross_region', 1.1, 'test');
\set VERBOSITY default
-- Names compare as the engine compares them: an alias differing from a
-- shipped one only in case or surrounding white space is that alias.  A
-- user's row loaded by COPY (as a restore loads it) with the key of a
-- shipped row takes its place (COPY counts no row: the shipped row became the
-- user's, and its removal is recorded), so the catalog never holds two
-- rows the engine would read as one.
BEGIN;
COPY bedprice.model_aliases (provider, alias, model) FROM stdin;
bedrock	NOVA MICRO	amazon.nova-micro-v1:0
\.
SELECT alias, shipped FROM bedprice.model_aliases WHERE model = 'amazon.nova-micro-v1:0' ORDER BY alias;
SELECT table_name, row_key, action FROM bedprice.shipped_changes;
SELECT model, matched_name FROM bedprice.resolve_model('nova micro');
ROLLBACK;
\set VERBOSITY terse
-- A second alias of the same name is refused by the unique index on the
-- engine's name key, whatever the case or white space.
BEGIN;
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', 'Team Micro', 'amazon.nova-micro-v1:0');
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', 'TEAM MICRO', 'amazon.nova-micro-v1:0');
ROLLBACK;
\set VERBOSITY default
