-- Long-context tiers: the whole request is billed at the tier its total
-- input (input + cache read + cache writes) falls in.
SET TimeZone = 'UTC';

-- Claude Sonnet 4.5 on Bedrock, regional (in-region or geo): base $3.30 /
-- $16.50, cache read $0.33, 5m write $4.125, 1h write $6.60; above 200K
-- input $6.60 / $24.75, cache read $0.66, 5m write $8.25, 1h write $13.20
-- (2x the 1h write's 2x: long context compounds).
\set sonnet45 '''anthropic.claude-sonnet-4-5-20250929-v1:0'''

-- 200,000 input exactly is not above 200,000: base tier.
--   200,000 x 3.30 + 10,000 x 16.50 = 0.66 + 0.165 = 0.825
SELECT bedprice.bedrock_cost(:sonnet45, 'us-east-1', 200000, 10000);
-- 200,001 input: the long-context tier for every charge.
--   200,001 x 6.60 + 10,000 x 24.75 = 1.3200066 + 0.2475 = 1.5675066
SELECT bedprice.bedrock_cost(:sonnet45, 'us-east-1', 200001, 10000);
-- Cache tokens count toward the threshold (Bedrock's inputTokens excludes
-- them): 1,000 in + 149,000 cache read + 50,000 cache write + 1 1h write
-- = 200,001 total input -> long context:
--   1,000 x 6.60 + 10,000 x 24.75 + 149,000 x 0.66 + 50,000 x 8.25 + 1 x 13.20
--   = 0.0066 + 0.2475 + 0.09834 + 0.4125 + 0.0000132 = 0.7649532
SELECT bedprice.bedrock_cost(:sonnet45, 'us-east-1',
                             1000, 10000, 'on_demand', 149000, 50000, 1);
-- Without the 1h write token the total is 200,000: base tier.
--   1,000 x 3.30 + 10,000 x 16.50 + 149,000 x 0.33 + 50,000 x 4.125
--   = 0.0033 + 0.165 + 0.04917 + 0.20625 = 0.42372
SELECT bedprice.bedrock_cost(:sonnet45, 'us-east-1',
                             1000, 10000, 'on_demand', 149000, 50000, 0);
-- A long request with a 1-hour write: 150,000 in + 100,000 1h write +
-- 10,000 out = 250,000 input, long context:
--   150,000 x 6.60 + 100,000 x 13.20 + 10,000 x 24.75 = 0.99 + 1.32 + 0.2475 = 2.5575
SELECT bedprice.bedrock_cost(:sonnet45, 'us-east-1', 150000, 10000,
                             cache_write_1h_tokens => 100000);

-- The tier is reported by the breakdown.
SELECT above_input_tokens, input_cost, output_cost, cache_read_cost, cache_write_cost,
       cache_write_1h_cost, total_cost
FROM bedprice.bedrock_cost_breakdown(:sonnet45, 'us-east-1',
                                     1000, 10000, 'on_demand', 149000, 50000, 1);

-- Global routing has long-context prices of its own (10% below regional:
-- $6 / $22.50 above 200K):
--   300,000 in x 6 + 1,000 out x 22.5 = 1.8 + 0.0225 = 1.8225
SELECT bedprice.bedrock_cost('global.' || :sonnet45, 'us-east-1', 300000, 1000);
-- Multipliers apply on top of the tier's price: without the global rows,
-- a user's rule of x1.10 on global routing prices the regional rows:
--   300,000 in x 6.60 x 1.1 + 1,000 out x 24.75 x 1.1 = 2.178 + 0.027225 = 2.205225
BEGIN;
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'routing', 'global', 1.10, 'test rule');
DELETE FROM bedprice.prices WHERE book = 'aws' AND model = 'anthropic.claude-sonnet-4-5-20250929-v1:0' AND routing = 'global';
SELECT bedprice.bedrock_cost('global.' || :sonnet45, 'us-east-1', 300000, 1000);
ROLLBACK;

-- Anthropic's API had the same tier for Sonnet 4.5 until 2026-04-30:
--   200,001 x 6 + 10,000 x 22.50 = 1.200006 + 0.225 = 1.425006
SELECT bedprice.api_cost('anthropic', 'claude-sonnet-4-5-20250929', 200001, 10000, at => '2026-04-01');
-- ... and no long-context price since: 200,001 x 3 + 10,000 x 15 = 0.750003
SELECT bedprice.api_cost('anthropic', 'claude-sonnet-4-5-20250929', 200001, 10000, at => '2026-06-01');

-- Models without a long-context row stay on the base price at any size:
-- Claude Sonnet 4.6 on Bedrock (1M context, no surcharge), 1M in = 3.30.
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-6', 'us-east-1', 1000000, 0);

-- Several tiers: a user adds a 1M tier for Nova Premier (input only), so
-- output in that tier has no price and is an error, not a silent zero.
INSERT INTO bedprice.prices (provider, model, charge, above_input_tokens, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-premier-v1:0', 'input', 500000, 3.00, 'test tier 2'),
       ('bedrock', 'amazon.nova-premier-v1:0', 'output', 500000, 12.00, 'test tier 2'),
       ('bedrock', 'amazon.nova-premier-v1:0', 'input', 1000000, 4.00, 'test tier 3');
--   400,000 x 2.50 + 1,000 x 12.50 = 1.0 + 0.0125 = 1.0125 (base)
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
-- own rates, not at the all-region long-context price (times a GovCloud
-- rule, as 0.2.0 billed it).  Claude 4 Sonnet in us-gov-west-1 at 3.60 /
-- 18.00 (rows of its own, which the catalog does not ship), 300K input +
-- 1K output: 0.3 x 3.60 + 0.001 x 18 = 1.098 (0.2.0 billed 0.3 x 6.00 x
-- 1.20 + 0.001 x 22.50 x 1.20 = 2.187).
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
