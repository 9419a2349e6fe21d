-- The shipped catalog against what AWS bills (../shared/notes/domain/
-- bedrock_pricing_2026.md: its reference rates, section 10, and its
-- corrections of the seed document, section 0), priced through
-- bedrock_cost.  Each figure is USD per 1M tokens: 100,000 tokens of one
-- charge, times 10 (1M tokens would cross a long-context threshold).
SET TimeZone = 'UTC';

CREATE FUNCTION pg_temp.per_mtok(id text, region text, charge text, mode text DEFAULT 'on_demand')
RETURNS numeric LANGUAGE sql AS $$
    SELECT trim_scale(10 * bedprice.bedrock_cost(id, region,
        CASE charge WHEN 'input' THEN 100000 ELSE 0 END, CASE charge WHEN 'output' THEN 100000 ELSE 0 END,
        mode,
        CASE charge WHEN 'cache_read' THEN 100000 ELSE 0 END, CASE charge WHEN 'cache_write' THEN 100000 ELSE 0 END,
        CASE charge WHEN 'cache_write_1h' THEN 100000 ELSE 0 END, '2026-12-01'))
$$;

-- Claude 4.5 and later: the global profile at Anthropic's list price; a
-- bare in-region ID and every geographic profile 10% above it.
--                        global in/out   regional in/out   cache read / 5m write (global)
--   Sonnet 4.5 / 4.6     3 / 15          3.30 / 16.50      0.30 / 3.75
--   Haiku 4.5            1 / 5           1.10 / 5.50       0.10 / 1.25
--   Opus 4.5 - 4.8       5 / 25          5.50 / 27.50      0.50 / 6.25
SELECT m.label,
       pg_temp.per_mtok('global.' || m.id, 'us-east-1', 'input') AS global_in,
       pg_temp.per_mtok('global.' || m.id, 'us-east-1', 'output') AS global_out,
       pg_temp.per_mtok(m.id, 'us-east-1', 'input') AS in_region_in,
       pg_temp.per_mtok(m.id, 'us-east-1', 'output') AS in_region_out,
       pg_temp.per_mtok('us.' || m.id, 'us-east-1', 'input') AS us_in,
       pg_temp.per_mtok('eu.' || m.id, 'eu-west-1', 'output') AS eu_out,
       pg_temp.per_mtok('global.' || m.id, 'us-east-1', 'cache_read') AS global_read,
       pg_temp.per_mtok('global.' || m.id, 'us-east-1', 'cache_write') AS global_write
FROM (VALUES (1, 'Sonnet 4.5', 'anthropic.claude-sonnet-4-5-20250929-v1:0'),
             (2, 'Sonnet 4.6', 'anthropic.claude-sonnet-4-6'),
             (3, 'Haiku 4.5', 'anthropic.claude-haiku-4-5-20251001-v1:0'),
             (4, 'Opus 4.5', 'anthropic.claude-opus-4-5-20251101-v1:0'),
             (5, 'Opus 4.6', 'anthropic.claude-opus-4-6-v1'),
             (6, 'Opus 4.7', 'anthropic.claude-opus-4-7'),
             (7, 'Opus 4.8', 'anthropic.claude-opus-4-8')) AS m(n, label, id)
ORDER BY m.n;

-- Older Claude: one price for every route.  Sonnet 4 3 / 15 (read 0.30,
-- write 3.75), global too; Opus 4 and 4.1 15 / 75 (1.50 / 18.75), and no
-- global price.
SELECT m.label,
       pg_temp.per_mtok(m.id, 'us-east-1', 'input') AS input,
       pg_temp.per_mtok(m.id, 'us-east-1', 'output') AS output,
       pg_temp.per_mtok('us.' || m.id, 'us-east-1', 'cache_read') AS cache_read,
       pg_temp.per_mtok('us.' || m.id, 'us-east-1', 'cache_write') AS cache_write
FROM (VALUES (1, 'Sonnet 4', 'anthropic.claude-sonnet-4-20250514-v1:0'),
             (2, 'Opus 4', 'anthropic.claude-opus-4-20250514-v1:0'),
             (3, 'Opus 4.1', 'anthropic.claude-opus-4-1-20250805-v1:0')) AS m(n, label, id)
ORDER BY m.n;
SELECT pg_temp.per_mtok('global.anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 'input') AS sonnet4_global_in;
SELECT pg_temp.per_mtok('global.anthropic.claude-opus-4-1-20250805-v1:0', 'us-east-1', 'input') AS opus41_global;

-- Amazon Nova: Micro 0.035 / 0.14, Lite 0.06 / 0.24, Pro 0.80 / 3.20,
-- Premier 2.50 / 12.50 (the seed: 2.00 / 8.00); cache reads 0.25x input,
-- cache writes free.  Nova 2 Lite: 0.30 / 2.50 global (read 0.075), 0.33 /
-- 2.75 regional.
SELECT m.label,
       pg_temp.per_mtok(m.id, 'us-east-1', 'input') AS input,
       pg_temp.per_mtok(m.id, 'us-east-1', 'output') AS output,
       pg_temp.per_mtok(m.id, 'us-east-1', 'cache_read') AS cache_read,
       pg_temp.per_mtok(m.id, 'us-east-1', 'cache_write') AS cache_write
FROM (VALUES (1, 'Nova Micro', 'amazon.nova-micro-v1:0'),
             (2, 'Nova Lite', 'amazon.nova-lite-v1:0'),
             (3, 'Nova Pro', 'amazon.nova-pro-v1:0'),
             (4, 'Nova Premier', 'amazon.nova-premier-v1:0'),
             (5, 'Nova 2 Lite', 'amazon.nova-2-lite-v1:0'),
             (6, 'Nova 2 Lite, global', 'global.amazon.nova-2-lite-v1:0')) AS m(n, label, id)
ORDER BY m.n;

-- Open-weight models, and the seed's mistaken figures: Llama 3.3 70B 0.72 /
-- 0.72 (the seed's 2.65 is Llama 3 70B's, 2.65 / 3.50); Llama 4 Scout
-- 0.17 / 0.66 and Maverick 0.24 / 0.97 (the seed: 0.35 and 0.50 input);
-- gpt-oss-120b 0.15 / 0.60, gpt-oss-20b 0.07 / 0.30.
SELECT m.label,
       pg_temp.per_mtok(m.id, 'us-east-1', 'input') AS input,
       pg_temp.per_mtok(m.id, 'us-east-1', 'output') AS output
FROM (VALUES (1, 'Llama 3.3 70B', 'meta.llama3-3-70b-instruct-v1:0'),
             (2, 'Llama 3 70B', 'meta.llama3-70b-instruct-v1:0'),
             (3, 'Llama 4 Scout', 'us.meta.llama4-scout-17b-instruct-v1:0'),
             (4, 'Llama 4 Maverick', 'us.meta.llama4-maverick-17b-instruct-v1:0'),
             (5, 'gpt-oss-120b', 'openai.gpt-oss-120b-1:0'),
             (6, 'gpt-oss-20b', 'openai.gpt-oss-20b-1:0')) AS m(n, label, id)
ORDER BY m.n;

-- Long context, Claude Sonnet 4.5 in-region, above 200K total input: the
-- whole request at 2x input, 1.5x output, and a 1-hour write at 2x the
-- 1-hour price (13.20): 150K in + 100K 1h write + 10K out =
--   0.15 x 6.60 + 0.1 x 13.20 + 0.01 x 24.75 = 0.99 + 1.32 + 0.2475 = 2.5575
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 150000, 10000,
                             cache_write_1h_tokens => 100000, at => '2026-12-01') AS sonnet45_long_1h;
-- Sonnet 4.6 has no long-context tier on Bedrock: 1M in = 3.30.
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-6', 'us-east-1', 1000000, 0, at => '2026-12-01') AS sonnet46_1m;

-- GovCloud's own prices: Claude 3 Haiku 0.30 / 1.50 (0.25 / 1.25 in
-- us-east-1), Nova Pro 0.96 / 3.84.
SELECT pg_temp.per_mtok('anthropic.claude-3-haiku-20240307-v1:0', 'us-gov-west-1', 'input') AS haiku3_gov_in,
       pg_temp.per_mtok('anthropic.claude-3-haiku-20240307-v1:0', 'us-gov-west-1', 'output') AS haiku3_gov_out,
       pg_temp.per_mtok('us-gov.amazon.nova-pro-v1:0', 'us-gov-east-1', 'input') AS nova_pro_gov_in,
       pg_temp.per_mtok('us-gov.amazon.nova-pro-v1:0', 'us-gov-east-1', 'output') AS nova_pro_gov_out;

-- Service tiers where AWS prices them (Qwen3 Coder 30B in the US:
-- Standard 0.15 / 0.60; Flex 0.5x, 0.075 / 0.30; Priority 1.75x, 0.2625 /
-- 1.05: the ratios of the pricing page, whose quoted figures 0.0773 /
-- 0.309 and 0.2704 / 1.0815 are another Region's, Standard 0.1545 /
-- 0.618 there); Standard has AWS's names too ('standard', and the API's
-- 'default').
SELECT t.mode,
       pg_temp.per_mtok('qwen.qwen3-coder-30b-a3b-v1:0', 'us-east-1', 'input', t.mode) AS input,
       pg_temp.per_mtok('qwen.qwen3-coder-30b-a3b-v1:0', 'us-east-1', 'output', t.mode) AS output
FROM (VALUES (1, 'on_demand'), (2, 'standard'), (3, 'default'), (4, 'flex'), (5, 'priority')) AS t(n, mode)
ORDER BY t.n;
-- A tier a model is not sold in is an error, never a fallback.
SELECT pg_temp.per_mtok('amazon.nova-micro-v1:0', 'us-east-1', 'input', 'priority');

-- Batch where AWS sells it: Nova Pro 0.40 / 1.60, Claude Haiku 4.5 global
-- 0.50 / 2.50.
SELECT pg_temp.per_mtok('amazon.nova-pro-v1:0', 'us-east-1', 'input', 'batch') AS nova_pro_batch_in,
       pg_temp.per_mtok('amazon.nova-pro-v1:0', 'us-east-1', 'output', 'batch') AS nova_pro_batch_out,
       pg_temp.per_mtok('global.anthropic.claude-haiku-4-5-20251001-v1:0', 'us-east-1', 'input', 'batch') AS haiku45_batch_in,
       pg_temp.per_mtok('global.anthropic.claude-haiku-4-5-20251001-v1:0', 'us-east-1', 'output', 'batch') AS haiku45_batch_out;

-- Prices by geography: DeepSeek V3.2 through a us. profile 0.62 / 1.85,
-- through an eu. profile 0.74 / 2.22.
SELECT pg_temp.per_mtok('us.deepseek.v3.2', 'us-east-1', 'input') AS us_in,
       pg_temp.per_mtok('us.deepseek.v3.2', 'us-east-1', 'output') AS us_out,
       pg_temp.per_mtok('eu.deepseek.v3.2', 'eu-west-1', 'input') AS eu_in,
       pg_temp.per_mtok('eu.deepseek.v3.2', 'eu-west-1', 'output') AS eu_out;

-- Every shipped Bedrock price says where its figure comes from, and no
-- shipped rule adds a routing surcharge.
SELECT count(*) FILTER (WHERE source !~ '(AWS|aws-samples|genai-prices|LiteLLM|models\.dev|truefoundry|Anthropic|PR #)')
         AS prices_without_a_named_source
FROM bedprice.prices WHERE shipped AND book = 'aws';
SELECT dimension, value, factor FROM bedprice.multipliers WHERE shipped AND book = 'aws' ORDER BY dimension, value;
