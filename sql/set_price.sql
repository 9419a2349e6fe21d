-- set_price and set_multiplier: one price or rule from SQL, with history.
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 6. set_price and set_multiplier
------------------------------------------------------------------------
BEGIN;
-- Nova Lite input 0.06 -> 0.05 from 2026-11-15: returns the new price_id,
-- closes the old row.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15') IS NOT NULL AS added;
-- The same price again: NULL, nothing added.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15') AS identical;
-- A window (named arguments): output at 0.20 for [2026-11-24, 2026-12-01);
-- the shipped 0.24 is closed at the window's start and continues after it.
SELECT bedprice.set_price('bedrock', 'amazon.nova-lite-v1:0', 'output', 0.20,
                          valid_from => '2026-11-24', valid_to => '2026-12-01',
                          source => 'lite window') IS NOT NULL AS added;
-- A row of its own for geo routing in us-west-2 from the same day.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.052, '2026-11-24',
                          region => 'us-west-2', routing => 'geo') IS NOT NULL AS added;
-- The provider in any case; valid_from defaults to now().
SELECT bedprice.set_price('Bedrock', 'Nova Micro', 'input', 0.03) IS NOT NULL AS added;
SELECT model, region, routing, charge, usd_per_mtok,
       CASE WHEN valid_from = now() THEN 'now()' ELSE valid_from::text END AS valid_from,
       CASE WHEN valid_to = now() THEN 'now()' ELSE valid_to::text END AS valid_to,
       :shown_source, shipped
FROM bedprice.prices p
WHERE book = 'aws' AND (model IN ('amazon.nova-lite-v1:0', 'amazon.nova-micro-v1:0') AND charge = 'input'
       OR model = 'amazon.nova-lite-v1:0' AND charge = 'output')
  AND mode = 'on_demand' AND (region IS NULL OR NOT shipped)
ORDER BY model, charge, region NULLS FIRST, p.valid_from;
-- 1M tokens of Nova Lite:
--               input   output   geo input in us-west-2
--   Nov 14      0.06    0.24     0.06 (geo: the source region's price)
--   Nov 20      0.05    0.24     0.05
--   Nov 25      0.05    0.20     its own row: 0.052
--   Dec  2      0.05    0.24     its own row: 0.052
SELECT at, bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => at) AS input,
       bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => at) AS output,
       bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-west-2', 1000000, 0, at => at) AS geo_input
FROM (VALUES ('2026-11-14 00:00:00+00'::timestamptz), ('2026-11-20 00:00:00+00'),
             ('2026-11-25 00:00:00+00'), ('2026-12-02 00:00:00+00')) AS t(at);
-- Nova Micro input: 0.035 until now, 0.03 from now on.
SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0, at => now() - interval '1 microsecond') AS before_now,
       bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0, at => now()) AS from_now;

-- set_multiplier: a geo surcharge of 5% from 2026-11-20 (a what-if).
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-11-20') IS NOT NULL AS added;
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-11-20') AS identical;
SELECT value, factor, valid_from, valid_to, :shown_source, shipped FROM bedprice.multipliers
WHERE book = 'aws' AND dimension = 'routing' AND value = 'geo' ORDER BY valid_from;
-- Nova Pro 1M input, geo: Nov 19: 0.80 x 1 = 0.8; Nov 20: 0.80 x 1.05 = 0.84
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-19 23:00:00+00') AS nov19,
       bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS nov20;
ROLLBACK;
-- Their errors name the argument.
\set VERBOSITY terse
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'reasoning', 0.05, '2026-11-15');
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', -0.05, '2026-11-15');
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15', region => 'mars-north-1');
SELECT bedprice.set_price('azure', 'Nova Lite', 'input', 0.05, '2026-11-15');
SELECT bedprice.set_multiplier('bedrock', 'routing', 'sideways', 1.05, '2026-11-20');
SELECT bedprice.set_multiplier('bedrock', 'region', 'mars-north-1', 1.05, '2026-11-20');
SELECT bedprice.set_multiplier('bedrock', 'mode', 'batch', -1, '2026-11-20');
-- The base routing takes no multiplier (the table's CHECK says so).
SELECT bedprice.set_multiplier('bedrock', 'routing', 'in_region', 1.05, '2026-11-20');
\set VERBOSITY default

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

