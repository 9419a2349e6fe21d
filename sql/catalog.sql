-- The shipped catalog: providers, regions, and what holds for every row.
SET TimeZone = 'UTC';

SELECT provider, display_name, kind FROM bedprice.providers ORDER BY provider;

-- Regions: every Bedrock region, GovCloud included.
SELECT count(*) AS regions,
       count(*) FILTER (WHERE geography = 'us-gov') AS govcloud
FROM bedprice.regions;

-- The shipped catalog is the files of catalog/ (a test of their figures
-- against AWS's documents is aws_prices); here, what holds for all of it.
SELECT provider, count(*) AS models FROM bedprice.models GROUP BY provider ORDER BY provider;

-- The books: AWS's list prices (the default) and the seed document's.
SELECT b.book, b.parent, b.shipped,
       (SELECT count(*) FROM bedprice.prices p WHERE p.book = b.book) AS prices,
       (SELECT count(*) FROM bedprice.multipliers m WHERE m.book = b.book) AS rules
FROM bedprice.price_books b ORDER BY b.book;

-- In the aws book (all below is of it): every model prices input now, and
-- every one but an embedding model output too: no model is half-priced.
SELECT m.provider, m.model
FROM bedprice.models m
WHERE NOT EXISTS (SELECT FROM bedprice.prices p
                  WHERE (p.provider, p.model) = (m.provider, m.model) AND p.charge = 'input' AND p.book = 'aws'
                    AND p.valid_from <= '2026-12-01' AND '2026-12-01' < p.valid_to)
   OR (m.display_name !~* 'embed'
       AND NOT EXISTS (SELECT FROM bedprice.prices p
                       WHERE (p.provider, p.model) = (m.provider, m.model) AND p.charge = 'output' AND p.book = 'aws'
                         AND p.valid_from <= '2026-12-01' AND '2026-12-01' < p.valid_to))
ORDER BY 1, 2;

-- A key with a charge at a tier, a mode or a routing has input and output
-- there too (a cache charge alone would bill a request at two keys).
SELECT p.provider, p.model, p.region, p.routing, p.mode, p.above_input_tokens
FROM bedprice.prices p
GROUP BY p.book, p.provider, p.model, p.region, p.geography, p.routing, p.mode, p.above_input_tokens, p.valid_from
HAVING NOT (bool_or(p.charge = 'input') AND (bool_or(p.charge = 'output') OR p.model ~* 'embed'))
ORDER BY 1, 2, 3, 4, 5, 6;

-- Shapes of the catalog: rows per routing, mode and tier.
SELECT routing, mode, above_input_tokens > 0 AS long_context, count(*) AS rows
FROM bedprice.prices WHERE book = 'aws' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- The rules: geographic cross-region inference bills the source region's
-- price (factor 1); no surcharge, no global rule (global has prices of its
-- own), no batch or GovCloud rule (their prices are rows of their own).
SELECT provider, dimension, value, factor, valid_from, valid_to
FROM bedprice.multipliers WHERE book = 'aws' ORDER BY dimension, value;

-- Models that were the seed's, under their Bedrock IDs, keep the seed's
-- names as aliases.
SELECT provider, alias, model FROM bedprice.model_aliases
WHERE alias IN ('Llama 3.3 8B', 'Claude 4 Sonnet', 'Claude 4 Opus', 'Claude 3.5 Sonnet')
ORDER BY provider, alias;

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
-- a geography is a geo row's only, and one of the profiles' geographies
INSERT INTO bedprice.prices (provider, model, geography, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'eu', 'input', 1, 'test');
INSERT INTO bedprice.prices (provider, model, routing, geography, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'geo', 'EU', 'input', 1, 'test');
INSERT INTO bedprice.prices (provider, model, routing, geography, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'geo', 'mars', 'input', 1, 'test');
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
