-- Cost arithmetic: exact, checked by hand against the catalog's prices.
SET TimeZone = 'UTC';

-- Claude 3.5 Sonnet v2, us-east-1, on-demand: 1M in x $3 + 1M out x $15 = 18
SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000);

-- The seed's small team: 5M in + 5M out a month of Claude 3.5 Sonnet = $90,
-- on Bedrock and on Anthropic's API alike.
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 5000000, 5000000) AS bedrock,
       bedprice.api_cost('anthropic', 'Claude 3.5 Sonnet', 5000000, 5000000) AS anthropic;

-- A Llama comparison, 1M input tokens: Bedrock $0.72, Together $1.04,
-- Groq $0.59 (Llama 3.3 70B; the seed's $2.65 is Llama 3 70B's, and its
-- $0.88 Together's old price); $0.22, $0.18, $0.05 (Llama 3.1 8B, which
-- the seed calls 3.3 8B).
SELECT bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1000000, 0) AS bedrock_70b,
       bedprice.api_cost('together', 'Llama 3.3 70B', 1000000, 0) AS together_70b,
       bedprice.api_cost('groq', 'Llama 3.3 70B', 1000000, 0) AS groq_70b,
       bedprice.bedrock_cost('Llama 3.3 8B', 'us-east-1', 1000000, 0) AS bedrock_8b,
       bedprice.api_cost('together', 'Llama 3.3 8B', 1000000, 0) AS together_8b,
       bedprice.api_cost('groq', 'Llama 3.3 8B', 1000000, 0) AS groq_8b;

-- Nova, small counts: 1234 x 0.035/1M + 567 x 0.14/1M
--   = 0.00004319 + 0.00007938 = 0.00012257
SELECT bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'us-west-2', 1234, 567);

-- One token of each: no rounding to cents, no float noise.
-- Nova Micro input: 0.035/1M = 0.000000035
SELECT bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'us-east-1', 1, 0);

-- Cache arithmetic (Claude Sonnet 4.5, global: the price of Anthropic's
-- API): in_tokens excludes the cache.
--   2,000 in x 3 + 500 out x 15 + 100,000 cache read x 0.30
--   + 10,000 cache write x 3.75 + 4,000 1h write x 6.00, all / 1M
--   = 0.006 + 0.0075 + 0.03 + 0.0375 + 0.024 = 0.105
SELECT bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1',
                             2000, 500, 'on_demand', 100000, 10000, 4000);
-- The same through named arguments.
SELECT bedprice.bedrock_cost(model => 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', region => 'us-east-1',
                             in_tokens => 2000, out_tokens => 500,
                             cache_read_tokens => 100000, cache_write_tokens => 10000,
                             cache_write_1h_tokens => 4000);
-- Anthropic's API, same usage, same prices.
SELECT bedprice.api_cost('anthropic', 'claude-sonnet-4-5-20250929', 2000, 500, 100000, 10000, 4000);
-- In-region (or a us. profile) on Bedrock: 10% more, 0.1155.
SELECT bedprice.bedrock_cost('us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1',
                             2000, 500, 'on_demand', 100000, 10000, 4000);

-- No trailing zeros beyond what the value needs; zero is 0.
SELECT bedprice.bedrock_cost('Claude 3 Opus', 'us-east-1', 1000000, 1000000) AS opus_90,
       bedprice.bedrock_cost('Claude 3 Opus', 'us-east-1', 0, 0) AS zero,
       scale(bedprice.bedrock_cost('Claude 3 Opus', 'us-east-1', 1000000, 1000000)) AS scale_of_90;

-- Large counts stay exact: 9e15 tokens of Claude 3 Opus output at $75/1M
-- = 675,000,000,000 USD.
SELECT bedprice.bedrock_cost('Claude 3 Opus', 'us-east-1', 0, 9000000000000000);
-- The largest bigint of output tokens still prices exactly:
-- 9223372036854775807 x 75 / 1e6 = 691752902764108.185525
SELECT bedprice.bedrock_cost('Claude 3 Opus', 'us-east-1', 0, 9223372036854775807)
     = 9223372036854775807::numeric * 75 * 0.000001 AS exact_at_bigint_max;
-- A total input beyond bigint is above every tier threshold; the cost is
-- still exact (Claude Opus 4, which has cache prices): 9223372036854775807
-- x 15 / 1e6 + 1 x 1.5 / 1e6
--   = 138350580552821.637105 + 0.0000015 = 138350580552821.6371065
SELECT bedprice.bedrock_cost('Claude Opus 4', 'us-east-1', 9223372036854775807, 0, 'on_demand', 1);
-- A cost beyond 128-bit arithmetic is computed in numeric, exactly, never
-- a wrapped number nor an error.  $1,000,000 per 1M input next to a
-- 12-decimal output price, both times a 9-decimal region factor, puts the
-- input rate at about 1e27 units of 1e-27 USD, and bigint-max tokens
-- overflow int128: 9223372036854775807 x 1000000 x 1.000000001 / 1e6
--   = 9223372046078147843.854775807 (see exactness.sql for more).
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name)
VALUES ('bedrock', 'test.huge-v1:0', 'Huge');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.huge-v1:0', 'input', 1000000, 'test'),
    ('bedrock', 'test.huge-v1:0', 'output', 0.000000000001, 'test');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'region', 'eu-west-3', 1.000000001, 'test');
-- representable: 1e9 x 1e6 x 1.000000001 / 1e6 = 1000000001, plus
-- 1 x 1e-12 x 1.000000001 / 1e6 (about 1e-18), which rounds away at 15 places
SELECT bedprice.bedrock_cost('test.huge-v1:0', 'eu-west-3', 1000000000, 1);
SELECT bedprice.bedrock_cost('test.huge-v1:0', 'eu-west-3', 9223372036854775807, 0);
ROLLBACK;

-- Rounded half away from zero only past 15 decimal places.
-- A user price with 12 decimals: 0.000000000005 per 1M tokens;
-- 1 token costs 5e-18, 100 tokens 5e-16 -> 0.000000000000001 (half away),
-- 99 tokens 4.95e-16 -> 0 (below half).
INSERT INTO bedprice.models (provider, model, display_name)
VALUES ('bedrock', 'test.tiny-v1:0', 'Tiny');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.tiny-v1:0', 'input', 0.000000000005, 'test'),
    ('bedrock', 'test.tiny-v1:0', 'output', 0.000000000001, 'test');
SELECT bedprice.bedrock_cost('test.tiny-v1:0', 'us-east-1', 100, 0) AS hundred_tokens,
       bedprice.bedrock_cost('test.tiny-v1:0', 'us-east-1', 99, 0) AS ninety_nine_tokens,
       bedprice.bedrock_cost('test.tiny-v1:0', 'us-east-1', 1000, 0) AS thousand_tokens;
-- The same rounding in SQL numeric agrees.
SELECT trim_scale(round(100 * 0.000000000005 * 0.000001, 15)) AS sql_hundred,
       trim_scale(round(99 * 0.000000000005 * 0.000001, 15)) AS sql_ninety_nine;
DELETE FROM bedprice.models WHERE model = 'test.tiny-v1:0';

-- NULLs: a NULL token count, model, mode or time gives NULL; a NULL region
-- means the default region (bedprice.default_region, us-east-1).
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', NULL, 1) IS NULL AS null_in,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, 'on_demand', NULL) IS NULL AS null_cache,
       bedprice.bedrock_cost(NULL, 'us-east-1', 1, 1) IS NULL AS null_model,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, NULL) IS NULL AS null_mode,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, at => NULL) IS NULL AS null_at,
       bedprice.api_cost(NULL, 'Llama 3.3 70B', 1, 1) IS NULL AS null_provider;
-- NULL region: us-east-1 by default (Nova Pro 1M in = 0.8) ...
SELECT bedprice.bedrock_cost('Nova Pro', NULL, 1000000, 0);
-- ... or the setting: GovCloud x1.20 = 0.96
SET bedprice.default_region = 'us-gov-west-1';
SELECT bedprice.bedrock_cost('Nova Pro', NULL, 1000000, 0);
RESET bedprice.default_region;

-- A sum over a table equals the same formula in SQL numeric.
CREATE TEMP TABLE usage (model text, in_tok bigint, out_tok bigint);
INSERT INTO usage
SELECT (ARRAY['amazon.nova-micro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0'])[1 + i % 3],
       i * 37 % 100000, i * 11 % 5000
FROM generate_series(1, 3000) AS i;
SELECT sum(bedprice.bedrock_cost(model, 'us-east-1', in_tok, out_tok)) AS bedprice_sum,
       sum(CASE model
             WHEN 'amazon.nova-micro-v1:0' THEN in_tok * 0.035 + out_tok * 0.14
             WHEN 'amazon.nova-lite-v1:0'  THEN in_tok * 0.06  + out_tok * 0.24
             ELSE in_tok * 0.80 + out_tok * 3.20
           END * 0.000001) AS sql_sum
FROM usage;
