-- Long-context tiers: the whole request is billed at the tier its total
-- input (input + cache read + cache writes) falls in.
SET TimeZone = 'UTC';

-- Claude 4 Sonnet on Bedrock: base $3 / $15; above 200K input $6 / $22.50,
-- cache read $0.60, cache write $7.50, 1h write $12.

-- 200,000 input exactly is not above 200,000: base tier.
--   200,000 x 3 + 10,000 x 15 = 0.6 + 0.15 = 0.75
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 200000, 10000);
-- 200,001 input: the long-context tier for every charge.
--   200,001 x 6 + 10,000 x 22.50 = 1.200006 + 0.225 = 1.425006
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 200001, 10000);
-- Cache tokens count toward the threshold (Bedrock's inputTokens excludes
-- them): 1,000 in + 149,000 cache read + 50,000 cache write + 1 1h write
-- = 200,001 total input -> long context:
--   1,000 x 6 + 10,000 x 22.5 + 149,000 x 0.6 + 50,000 x 7.5 + 1 x 12
--   = 0.006 + 0.225 + 0.0894 + 0.375 + 0.000012 = 0.695412
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1',
                             1000, 10000, 'on_demand', 149000, 50000, 1);
-- Without the 1h write token the total is 200,000: base tier.
--   1,000 x 3 + 10,000 x 15 + 149,000 x 0.3 + 50,000 x 3.75
--   = 0.003 + 0.15 + 0.0447 + 0.1875 = 0.3852
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1',
                             1000, 10000, 'on_demand', 149000, 50000, 0);

-- The tier is reported by the breakdown.
SELECT above_input_tokens, input_cost, output_cost, cache_read_cost, cache_write_cost,
       cache_write_1h_cost, total_cost
FROM bedprice.bedrock_cost_breakdown('anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1',
                                     1000, 10000, 'on_demand', 149000, 50000, 1);

-- Multipliers apply on top of the tier's price: global routing x1.10,
-- 300,000 in x 6 x 1.1 + 1,000 out x 22.5 x 1.1 = 1.98 + 0.02475 = 2.00475
SELECT bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1',
                             300000, 1000);

-- Anthropic's API has the same tier.
SELECT bedprice.api_cost('anthropic', 'claude-sonnet-4-20250514', 200001, 10000);

-- Models without a long-context row stay on the base price at any size:
-- Claude 3.5 Sonnet v2, 1M in = 3.
SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0);

-- Several tiers: a user adds a 1M tier for Nova Premier (input only), so
-- output in that tier has no price and is an error, not a silent zero.
INSERT INTO bedprice.prices (provider, model, charge, above_input_tokens, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-premier-v1:0', 'input', 500000, 3.00, 'test tier 2'),
       ('bedrock', 'amazon.nova-premier-v1:0', 'output', 500000, 12.00, 'test tier 2'),
       ('bedrock', 'amazon.nova-premier-v1:0', 'input', 1000000, 4.00, 'test tier 3');
--   400,000 x 2 + 1,000 x 8 = 0.8 + 0.008 = 0.808 (base)
SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'us-east-1', 400000, 1000);
--   600,000 x 3 + 1,000 x 12 = 1.8 + 0.012 = 1.812 (tier 500K)
SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'us-east-1', 600000, 1000);
--   1,200,000 x 4 = 4.8 (tier 1M, input only)
SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'us-east-1', 1200000, 0);
-- ... and output in the 1M tier has no price.
SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'us-east-1', 1200000, 1000,
                             at => '2026-06-01 00:00:00+00');
DELETE FROM bedprice.prices WHERE source LIKE 'test tier%';

-- The tier is chosen among the rows that price the request: a GovCloud
-- key with prices of its own but no long-context rows is billed at its
-- own rates, not at the all-region long-context price times the GovCloud
-- rule.  Claude 4 Sonnet in us-gov-west-1 at 3.60 / 18.00 (its own rows),
-- 300K input + 1K output: 0.3 x 3.60 + 0.001 x 18 = 1.098 (0.2.0 billed
-- 0.3 x 6.00 x 1.20 + 0.001 x 22.50 x 1.20 = 2.187).
BEGIN;
INSERT INTO bedprice.prices (provider, model, region, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-gov-west-1', 'input', 3.60, 'govcloud list'),
    ('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-gov-west-1', 'output', 18.00, 'govcloud list');
SELECT bedprice.bedrock_cost('Claude 4 Sonnet', 'us-gov-west-1', 300000, 1000) AS govcloud_300k;
SELECT above_input_tokens, input_cost, output_cost, total_cost,
       charges -> 'input' ->> 'price_id' = (SELECT price_id::text FROM bedprice.prices
                                            WHERE source = 'govcloud list' AND charge = 'input') AS own_input_row
FROM bedprice.bedrock_cost_breakdown('Claude 4 Sonnet', 'us-gov-west-1', 300000, 1000);
-- In us-east-1, the all-region rows price it, long-context tier and all:
-- 0.3 x 6.00 + 0.001 x 22.50 = 1.8225.
SELECT bedprice.bedrock_cost('Claude 4 Sonnet', 'us-east-1', 300000, 1000) AS us_east_300k;
-- With cache reads, priced only by the all-region rows (which have the
-- long-context tier), the request's tier is 200K, which the GovCloud input
-- row lacks: an error naming the tier, not a mixed bill.
SELECT bedprice.bedrock_cost('Claude 4 Sonnet', 'us-gov-west-1', 300000, 1000, cache_read_tokens => 1000,
                             at => '2026-06-01 00:00:00+00');
ROLLBACK;
