-- Routing, modes, regions: explicit rows first, multipliers for the gaps.
SET TimeZone = 'UTC';

-- The seed: cross-region inference adds 10% to all token pricing.
-- Claude 3.5 Sonnet input $3.00 -> $3.30, output $15.00 -> $16.50 per 1M.
SELECT bedprice.bedrock_cost('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0) AS geo_input,
       bedprice.bedrock_cost('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 0, 1000000) AS geo_output,
       bedprice.bedrock_cost('global.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000) AS global_both,
       bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000000, 1000000, 'cross_region') AS word_cross_region,
       bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000000, 1000000, 'global') AS word_global;

-- Batch x0.50: 1M in + 1M out of Claude 3.5 Sonnet = 9; Nova Pro (0.8 + 3.2) / 2 = 2
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000000, 1000000, 'batch') AS sonnet_batch,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 1000000, 'batch') AS nova_pro_batch;

-- GovCloud x1.20, and factors multiply: batch + GovCloud + geo
--   18 x 1.2 = 21.6; 18 x 0.5 x 1.2 x 1.1 = 11.88
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-gov-west-1', 1000000, 1000000) AS govcloud,
       bedprice.bedrock_cost('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-east-1',
                             1000000, 1000000, 'batch') AS govcloud_geo_batch;

-- A region with no multiplier counts as 1: eu-west-1 = us-east-1.
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'eu-west-1', 1000000, 1000000);

-- Provisioned: the catalog's effective rate, where it has one.
-- Llama 3.3 70B provisioned $2.00/1M (seed estimate): 1M in + 1M out = 4
SELECT bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1000000, 1000000, 'provisioned');

-- Explicit rows beat multipliers.  A user enters a real eu-west-1 input
-- price and a geo output price for Nova Lite:
INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'amazon.nova-lite-v1:0', 'eu-west-1', 'in_region', 'on_demand', 'input', 0.07, 'test region row'),
    ('bedrock', 'amazon.nova-lite-v1:0', NULL, 'geo', 'on_demand', 'output', 0.25, 'test geo row'),
    ('bedrock', 'amazon.nova-lite-v1:0', NULL, 'in_region', 'batch', 'input', 0.02, 'test batch row');
-- eu-west-1 in-region: input from the region row, output from the base row.
--   1M x 0.07 + 1M x 0.24 = 0.31
SELECT bedprice.bedrock_cost('Nova Lite', 'eu-west-1', 1000000, 1000000);
-- geo from eu-west-1: the input region row matches region and mode (2 of
-- 3) and takes the geo factor; the output geo row matches routing and mode
-- and takes no factor:
--   1M x 0.07 x 1.1 + 1M x 0.25 = 0.077 + 0.25 = 0.327
SELECT bedprice.bedrock_cost('eu.amazon.nova-lite-v1:0', 'eu-west-1', 1000000, 1000000);
-- batch in us-east-1: input row for batch (no factor), output base x0.5:
--   1M x 0.02 + 1M x 0.24 x 0.5 = 0.02 + 0.12 = 0.14
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 1000000, 'batch');
-- batch in eu-west-1: the region row (region, routing) and the batch row
-- (routing, mode) tie at two matches; the tie goes to region, then x0.5:
--   1M x 0.07 x 0.5 = 0.035
SELECT bedprice.bedrock_cost('Nova Lite', 'eu-west-1', 1000000, 0, 'batch');
-- With geo routing, a row matching routing and mode beats one matching
-- region only.
INSERT INTO bedprice.prices (provider, model, region, routing, mode, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'amazon.nova-lite-v1:0', NULL, 'geo', 'batch', 'input', 0.03, 'test geo batch row');
--   1M x 0.03 (geo + batch row, no factors) = 0.03
SELECT bedprice.bedrock_cost('eu.amazon.nova-lite-v1:0', 'eu-west-1', 1000000, 0, 'batch');
-- The breakdown shows which row and which factors were used.
SELECT charges -> 'input' ->> 'price_id' = (SELECT price_id::text FROM bedprice.prices WHERE source = 'test geo batch row') AS used_geo_batch_row,
       charges -> 'input' ->> 'routing_factor' AS routing_factor,
       charges -> 'input' ->> 'mode_factor' AS mode_factor
FROM bedprice.bedrock_cost_breakdown('eu.amazon.nova-lite-v1:0', 'eu-west-1', 1000000, 0, 'batch');
DELETE FROM bedprice.prices WHERE source LIKE 'test % row';

-- Priority and flex have no shipped rule: an error, not a guess ...
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000, 1000, 'priority', at => '2026-06-01 00:00:00+00');
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000, 1000, 'flex', at => '2026-06-01 00:00:00+00');
-- ... until the user adds one (AWS: priority +75%, flex -50%).
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES
    ('bedrock', 'mode', 'priority', 1.75, 'test'),
    ('bedrock', 'mode', 'flex', 0.5, 'test');
--   (1M x 0.06 + 1M x 0.24) x 1.75 = 0.525; x 0.5 = 0.15
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 1000000, 'priority') AS priority,
       bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 1000000, 'flex') AS flex;
-- Provisioned for a model without a provisioned price: error.
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000, 1000, 'provisioned', at => '2026-06-01 00:00:00+00');
DELETE FROM bedprice.multipliers WHERE NOT shipped;

-- Without the routing rule, geo routing has no price.
BEGIN;
DELETE FROM bedprice.multipliers WHERE dimension = 'routing' AND value = 'geo';
SELECT bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-east-1', 1000, 1000, at => '2026-06-01 00:00:00+00');
ROLLBACK;
-- The rule is back after the rollback: 1M x 0.06 x 1.1 = 0.066
SELECT bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-east-1', 1000000, 0);

-- Direct APIs have no region, routing or mode: api_cost takes none, and
-- Bedrock's GovCloud rule does not touch them.
SELECT bedprice.api_cost('anthropic', 'Claude 3.5 Sonnet', 1000000, 1000000);
