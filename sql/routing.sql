-- Routing, modes, regions: as AWS bills them, then how explicit rows and
-- rules combine.
SET TimeZone = 'UTC';

------------------------------------------------------------------------
-- As AWS bills them (the shipped catalog)
------------------------------------------------------------------------

-- Geographic cross-region inference costs the source region's price: no
-- surcharge.  A bare ID and a us. or eu. profile of Claude Sonnet 4.5 bill
-- the regional $3.30 / $16.50; global. the global $3.00 / $15.00.  100K in
-- + 100K out (below the long-context threshold): 1.98 and 1.8.
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 100000) AS in_region,
       bedprice.bedrock_cost('us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 100000) AS us_profile,
       bedprice.bedrock_cost('eu.anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu-west-1', 100000, 100000) AS eu_profile,
       bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 100000) AS global_profile;
-- The seed's mode words name the routing: cross_region is geo, global is
-- global.
SELECT bedprice.bedrock_cost('Claude Sonnet 4.5', 'us-east-1', 100000, 100000, 'cross_region') AS word_cross_region,
       bedprice.bedrock_cost('Claude Sonnet 4.5', 'us-east-1', 100000, 100000, 'global') AS word_global;
-- Older models have one price for both: Claude Sonnet 4, 0.3 + 1.5 = 1.8.
SELECT bedprice.bedrock_cost('us.anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 100000, 100000) AS us_profile,
       bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 100000, 100000) AS global_profile;
-- A model with no global profile has no global price: an error, not the
-- regional price.
SELECT bedprice.bedrock_cost('global.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000, 1000,
                             at => '2026-06-01 00:00:00+00');

-- Batch where AWS sells it: Nova Pro 0.40 / 1.60, 1M + 1M = 2; Claude
-- Haiku 4.5 through a global profile 0.50 / 2.50 = 3.  Where it does not
-- (Claude 3.5 Sonnet), an error: no silent 50%.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 1000000, 'batch') AS nova_pro_batch,
       bedprice.bedrock_cost('global.anthropic.claude-haiku-4-5-20251001-v1:0', 'us-east-1',
                             1000000, 1000000, 'batch') AS haiku_global_batch;
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000, 1000, 'batch', at => '2026-06-01 00:00:00+00');

-- Regional prices: the source region's own rows where it has them (Nova
-- Lite in eu-central-1 at 0.078 / 0.312, GovCloud's Claude 3 Haiku at 0.30
-- / 1.50), the all-region price where it has none (eu-west-1).
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 1000000) AS nova_lite_us,
       bedprice.bedrock_cost('Nova Lite', 'eu-central-1', 1000000, 1000000) AS nova_lite_frankfurt,
       bedprice.bedrock_cost('eu.amazon.nova-lite-v1:0', 'eu-central-1', 1000000, 1000000) AS nova_lite_eu_profile,
       bedprice.bedrock_cost('Nova Lite', 'eu-west-1', 1000000, 1000000) AS nova_lite_ireland,
       bedprice.bedrock_cost('Claude 3 Haiku', 'us-gov-west-1', 1000000, 1000000) AS haiku3_govcloud,
       bedprice.bedrock_cost('us-gov.anthropic.claude-3-haiku-20240307-v1:0', 'us-gov-east-1',
                             1000000, 1000000) AS haiku3_govcloud_profile;

-- No shipped provisioned rates (AWS publishes none per token): an error.
SELECT bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1000, 1000, 'provisioned', at => '2026-06-01 00:00:00+00');

------------------------------------------------------------------------
-- Explicit rows beat rules (a test model, with rules of the test's own:
-- geo x1.10, batch x0.50, GovCloud x1.20, as the seed claimed)
------------------------------------------------------------------------
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.route-v1:0', 'Route');
UPDATE bedprice.multipliers SET factor = 1.10 WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo';
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES
    ('bedrock', 'mode', 'batch', 0.5, 'test'),
    ('bedrock', 'region', 'us-gov-west-1', 1.2, 'test');
INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.route-v1:0', NULL, 'in_region', 'on_demand', 'input', 0.06, 'test base'),
    ('bedrock', 'test.route-v1:0', NULL, 'in_region', 'on_demand', 'output', 0.24, 'test base'),
    ('bedrock', 'test.route-v1:0', 'eu-west-1', 'in_region', 'on_demand', 'input', 0.07, 'test region row'),
    ('bedrock', 'test.route-v1:0', NULL, 'geo', 'on_demand', 'output', 0.25, 'test geo row'),
    ('bedrock', 'test.route-v1:0', NULL, 'in_region', 'batch', 'input', 0.02, 'test batch row');
-- eu-west-1 in-region: input from the region row, output from the base row.
--   1M x 0.07 + 1M x 0.24 = 0.31
SELECT bedprice.bedrock_cost('test.route-v1:0', 'eu-west-1', 1000000, 1000000);
-- geo from eu-west-1: the input region row matches region and mode (2 of
-- 3) and takes the geo factor; the output geo row matches routing and mode
-- and takes no factor:
--   1M x 0.07 x 1.1 + 1M x 0.25 = 0.077 + 0.25 = 0.327
SELECT bedprice.bedrock_cost('eu.test.route-v1:0', 'eu-west-1', 1000000, 1000000);
-- batch in us-east-1: input row for batch (no factor), output base x0.5:
--   1M x 0.02 + 1M x 0.24 x 0.5 = 0.02 + 0.12 = 0.14
SELECT bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000000, 1000000, 'batch');
-- batch in eu-west-1: the region row (region, routing) and the batch row
-- (routing, mode) tie at two matches; the tie goes to region, then x0.5:
--   1M x 0.07 x 0.5 = 0.035
SELECT bedprice.bedrock_cost('test.route-v1:0', 'eu-west-1', 1000000, 0, 'batch');
-- Factors multiply, for each dimension a row covers only by its base
-- value: a us-gov. profile from us-gov-west-1 in batch takes the batch
-- input row x GovCloud x geo, and the geo output row x GovCloud x batch:
--   1M x 0.02 x 1.2 x 1.1 + 1M x 0.25 x 1.2 x 0.5 = 0.0264 + 0.15 = 0.1764
SELECT bedprice.bedrock_cost('us-gov.test.route-v1:0', 'us-gov-west-1', 1000000, 1000000, 'batch');
-- With geo routing, a row matching routing and mode beats one matching
-- region only.
INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.route-v1:0', NULL, 'geo', 'batch', 'input', 0.03, 'test geo batch row');
--   1M x 0.03 (geo + batch row, no factors) = 0.03
SELECT bedprice.bedrock_cost('eu.test.route-v1:0', 'eu-west-1', 1000000, 0, 'batch');
-- The breakdown shows which row and which factors were used.
SELECT charges -> 'input' ->> 'price_id' = (SELECT price_id::text FROM bedprice.prices WHERE source = 'test geo batch row') AS used_geo_batch_row,
       charges -> 'input' ->> 'routing_factor' AS routing_factor,
       charges -> 'input' ->> 'mode_factor' AS mode_factor
FROM bedprice.bedrock_cost_breakdown('eu.test.route-v1:0', 'eu-west-1', 1000000, 0, 'batch');
-- A geo row of one geography prices that geography's profiles only: an
-- eu. output price of 0.30 beside the geo row for all.
INSERT INTO bedprice.prices (provider, model, routing, geography, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.route-v1:0', 'geo', 'eu', 'output', 0.30, 'test eu row');
--   us. from us-east-1: 1M x 0.25 = 0.25; eu. from eu-west-1: 1M x 0.30 = 0.3
SELECT bedprice.bedrock_cost('us.test.route-v1:0', 'us-east-1', 0, 1000000) AS us_profile,
       bedprice.bedrock_cost('eu.test.route-v1:0', 'eu-west-1', 0, 1000000) AS eu_profile;

-- Priority and flex have no rule: an error, not a guess ...
SAVEPOINT s;
SELECT bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000, 1000, 'priority', at => '2026-06-01 00:00:00+00');
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000, 1000, 'flex', at => '2026-06-01 00:00:00+00');
ROLLBACK TO SAVEPOINT s;
-- ... until the user adds one.
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES
    ('bedrock', 'mode', 'priority', 1.75, 'test'),
    ('bedrock', 'mode', 'flex', 0.5, 'test');
--   (1M x 0.06 + 1M x 0.24) x 1.75 = 0.525; x 0.5 = 0.15
SELECT bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000000, 1000000, 'priority') AS priority,
       bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000000, 1000000, 'flex') AS flex;
-- Provisioned for a model without a provisioned price: error.
SELECT bedprice.bedrock_cost('test.route-v1:0', 'us-east-1', 1000, 1000, 'provisioned', at => '2026-06-01 00:00:00+00');
ROLLBACK;

-- Without the geo rule, geo routing has no price.
BEGIN;
DELETE FROM bedprice.multipliers WHERE book = 'aws' AND dimension = 'routing' AND value = 'geo';
SELECT bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-east-1', 1000, 1000, at => '2026-06-01 00:00:00+00');
ROLLBACK;
-- The rule is back after the rollback: 1M x 0.06 x 1 = 0.06
SELECT bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-east-1', 1000000, 0);

-- Direct APIs have no region, routing or mode: api_cost takes none.
SELECT bedprice.api_cost('anthropic', 'Claude 3.5 Sonnet', 1000000, 1000000);

-- Geo routing without a prefix (an application profile's alias with
-- routing geo, or mode cross_region) is limited to the source region's
-- geography, as a prefix is: DeepSeek V3.2 from eu-west-1 at the eu
-- profiles' price (1M in and out: 0.74 + 2.22 = 2.96), from us-east-1 at
-- the us ones' (0.62 + 1.85 = 2.47), as eu. and us. price them.  (0.4.0
-- as first built gave every such call the region-less 2.47.)
BEGIN;
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', 'arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/ds1', 'deepseek.v3.2', 'geo');
SELECT id, region, mode, bedprice.bedrock_cost(id, region, 1000000, 1000000, mode) AS cost
FROM (VALUES ('arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/ds1', NULL, 'on_demand'),
             ('deepseek.v3.2', 'eu-west-1', 'cross_region'),
             ('eu.deepseek.v3.2', 'eu-west-1', 'on_demand'),
             ('deepseek.v3.2', 'us-east-1', 'cross_region'),
             ('us.deepseek.v3.2', 'us-east-1', 'on_demand')) AS t(id, region, mode);
ROLLBACK;
