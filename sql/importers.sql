-- Importers: LiteLLM's model_prices_and_context_window.json and AWS Price
-- List offer files for Bedrock, from the hand-made fixtures in
-- test/fixtures/ (psql runs in the checkout's root).  Everything this file
-- adds is rolled back at the end.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never
\set litellm `cat test/fixtures/litellm_prices.json`
\set aws `cat test/fixtures/aws_price_list_bedrock.json`
\set awsfm `cat test/fixtures/aws_price_list_foundation_models.json`
-- price_id values taken inside a rolled-back transaction stay taken: note
-- the sequence, to put it back at the end
SELECT last_value AS price_seq, is_called AS price_seq_called
FROM bedprice.prices_price_id_seq \gset

-- The importers write the catalog: bedprice_admin may run them, PUBLIC not.
SELECT p.proname, has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute,
       has_function_privilege('bedprice_admin', p.oid, 'EXECUTE') AS admin_execute
FROM pg_proc p
WHERE p.pronamespace = 'bedprice'::regnamespace AND p.proname LIKE 'import%'
ORDER BY p.proname;

-- Not the documents they read: errors, nothing written.
SELECT bedprice.import_litellm('[1, 2]');
SELECT bedprice.import_aws_price_list('{"offerCode": "AmazonEC2", "products": {}}');

BEGIN;
------------------------------------------------------------------------
-- 1. LiteLLM
--
-- The fixture has 20 entries besides sample_spec (skipped).  Each price
-- is the per-token value x 1,000,000, from 2026-06-01:
--
-- anthropic.claude-3-7-sonnet-20250219-v1:0 (bedrock_converse, plain ID:
-- all regions, in_region; a new model): input 3e-06 -> 3, output 1.5e-05
-- -> 15, cache read 3e-07 -> 0.3, cache creation 3.75e-06 -> 3.75 as
-- cache_write, _batches 1.5e-06 -> 1.5 and 7.5e-06 -> 7.5 as mode batch:
-- 6 rows; output_cost_per_reasoning_token is a price field not mapped.
-- us.anthropic.claude-3-7-sonnet-20250219-v1:0 (routing geo): 3.3e-06 ->
-- 3.3, 1.65e-05 -> 16.5: 2 rows.
-- global.anthropic.claude-sonnet-4-20250514-v1:0 (routing global):
-- input 3e-06 -> 3 and above 200K 6e-06 -> 6, output 1.5e-05 -> 15 and
-- above 200K 2.25e-05 -> 22.5, cache read 3e-07 -> 0.3 and above 200K
-- 6e-07 -> 0.6, cache creation above 1hr 6e-06 -> 6 as cache_write_1h and
-- above 1hr above 200K 1.2e-05 -> 12: 8 rows; input_cost_per_token_priority
-- is the string "n/a", not a number.
-- bedrock/us-west-2/meta.llama3-3-70b-instruct-v1:0 (region us-west-2):
-- input 7.500000000000001e-07 -> 0.7500000000000001, rounded to 0.75
-- (rounded: 1), output 7.5e-07 -> 0.75: 2 rows.
-- us.meta.llama4-scout-17b-instruct-v1:0 (geo, geography us): input
-- 3.5000000000000004e-07 -> 0.35000000000000004, rounded to 0.35
-- (rounded: 2), output 6.6e-07 -> 0.66: 2 rows.
-- bedrock/converse/amazon.nova-pro-v1:0: input 8e-07 -> 0.8 and output
-- 3.2e-06 -> 3.2 are the shipped prices, in force and open-ended: already
-- in the catalog (2); cache read 2e-07 -> 0.2, _flex input 4e-07 -> 0.4,
-- _priority output 5.6e-06 -> 5.6: 3 rows.
-- anthropic.claude-3-5-haiku-20241022-v1:0 and its bedrock/invoke/ form:
-- the same prices, counted once: input 0.8 and output 4 as shipped (2),
-- _batches input 4e-07 -> 0.4: 1 row.
-- anthropic.claude-3-opus-20240229-v1:0 and bedrock/anthropic.claude-3-
-- opus-20240229-v1:0: output 7.5e-05 -> 75 in both, as shipped (1); input
-- 1.5e-05 -> 15 against 1.8e-05 -> 18: keys that disagree, neither taken.
-- amazon.titan-embed-text-v2:0 (mode embedding, a new model): input
-- 2e-08 -> 0.02, output 0.0 -> 0: 2 rows.
-- claude-3-7-sonnet-20250219 (anthropic, a new model): 3, 15, 0.3, 3.75,
-- and cache creation above 1hr 6e-06 -> 6 as cache_write_1h: 5 rows;
-- search_context_cost_per_query is a price field not mapped.
-- claude-3-5-sonnet-latest (anthropic): an alias of
-- claude-3-5-sonnet-20241022; input 3 and output 15 as shipped (2),
-- _batches 1.5e-06 -> 1.5 and 7.5e-06 -> 7.5: 2 rows.
-- together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo: 1.2e-06 -> 1.2 twice, 2 rows.
-- groq/qwen/qwen3-32b: 2.9e-07 -> 0.29, 5.9e-07 -> 0.59: 2 rows.
--
-- Imported: 6 + 2 + 8 + 2 + 2 + 3 + 1 + 2 + 5 + 2 + 2 + 2 = 37 rows, in
-- 38 report lines (the bedrock/invoke/ form's batch price is the same
-- row); unchanged: 2 + 2 + 1 + 2 = 7 prices, in 10 lines (the second
-- keys of Haiku and Opus).  Not mapped, 10 lines: 5 entries (gpt-4o,
-- openai; stability.sd3-large-v1:0, mode image_generation;
-- bedrock/eu-west-9/..., a region bedprice does not know;
-- bedrock/us-east-1/1-month-commitment/... and together-ai-up-to-4b, keys
-- of no model form), 3 fields (two not mapped, one not a number) and the
-- 2 lines of the disputed price.
------------------------------------------------------------------------
-- The report: every entry and price field, its outcome and why.
CREATE TEMP TABLE litellm_report ON COMMIT DROP AS
SELECT * FROM bedprice.import_litellm(:'litellm'::jsonb, '2026-06-01');
SELECT outcome, count(*) FROM litellm_report GROUP BY outcome ORDER BY outcome;
SELECT source_key, source_field, detail FROM litellm_report WHERE outcome = 'not mapped'
ORDER BY source_key, source_field NULLS FIRST;
-- Rounding noted; the same price under two keys imported once.
SELECT source_key, source_field, usd_per_mtok, outcome, detail FROM litellm_report
WHERE detail LIKE '%rounded%' OR detail LIKE 'the same price%'
ORDER BY source_key, source_field;
-- Each key's catalog key, as the pricing functions would read the key.
SELECT DISTINCT source_key, provider, model, region, routing FROM litellm_report
WHERE outcome <> 'not mapped' ORDER BY source_key;

SELECT * FROM bedprice.price_sheet() WHERE source = 'litellm';

-- Exact: 3e-06 is 3, not 2.9999999999999996 (its float); the float noise
-- 7.500000000000001e-07 and 3.5000000000000004e-07 became 0.75 and 0.35.
SELECT provider, model, routing, region, charge, usd_per_mtok, usd_per_mtok::text AS as_text,
       scale(usd_per_mtok) AS scale, usd_per_mtok = 3 AS is_three
FROM bedprice.prices
WHERE source = 'litellm' AND mode = 'on_demand' AND charge = 'input' AND above_input_tokens = 0
  AND model IN ('claude-3-7-sonnet-20250219', 'anthropic.claude-3-7-sonnet-20250219-v1:0',
                'meta.llama3-3-70b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0')
ORDER BY provider, model, routing;

-- The models it created (a new model's ID is also its first alias).
SELECT m.provider, m.model, m.display_name,
       EXISTS (SELECT FROM bedprice.model_aliases a
               WHERE (a.provider, a.alias, a.model) = (m.provider, m.model, m.model)) AS own_alias
FROM bedprice.models m
WHERE NOT m.shipped
  AND (m.provider, m.model) IN (SELECT provider, model FROM bedprice.prices WHERE source = 'litellm')
ORDER BY m.provider, m.model;

-- A price already in force is left alone: Nova Pro's shipped rows are
-- still open-ended.
SELECT charge, usd_per_mtok, valid_from, valid_to, source LIKE 'AWS %' AS shipped_source
FROM bedprice.price_sheet()
WHERE model = 'amazon.nova-pro-v1:0' AND charge IN ('input', 'output') AND mode IS NULL AND region IS NULL;

-- Importing the same document again adds nothing, at the same date or a
-- later one (every price is already in force).
SELECT outcome, count(*) AS again FROM bedprice.import_litellm(:'litellm'::jsonb, '2026-06-01')
GROUP BY outcome ORDER BY outcome;
SELECT outcome, count(*) AS later FROM bedprice.import_litellm(:'litellm'::jsonb, '2026-07-01')
GROUP BY outcome ORDER BY outcome;

-- A later document with a new price: Claude 3.7 Sonnet input 3 -> 2.5 on
-- 2026-09-01 (2.5e-06 x 1,000,000); output 15 is unchanged.  The old row
-- is closed where the new one starts.
SELECT source_field, outcome, usd_per_mtok, detail FROM bedprice.import_litellm('{"anthropic.claude-3-7-sonnet-20250219-v1:0":
    {"litellm_provider": "bedrock", "mode": "chat",
     "input_cost_per_token": 2.5e-06, "output_cost_per_token": 1.5e-05}}', '2026-09-01')
ORDER BY source_field;
SELECT charge, usd_per_mtok, valid_from, valid_to,
       CASE WHEN source LIKE 'AWS %' THEN '(shipped source)' ELSE source END AS source
FROM bedprice.price_sheet()
WHERE model = 'anthropic.claude-3-7-sonnet-20250219-v1:0' AND routing IS NULL AND mode IS NULL
  AND charge IN ('input', 'output') AND region IS NULL;
-- 1M in + 1M out: 3 + 15 = 18 before, 2.5 + 15 = 17.5 from 2026-09-01
SELECT at, bedprice.bedrock_cost('anthropic.claude-3-7-sonnet-20250219-v1:0', 'us-east-1',
                                 1000000, 1000000, at => at)
FROM (VALUES ('2026-08-31 23:59:59+00'::timestamptz), ('2026-09-01 00:00:00+00')) AS t(at);

-- A price older than one of the same key in the catalog is refused, and
-- reported: nothing else happens.
SELECT source_field, outcome, usd_per_mtok, detail FROM bedprice.import_litellm('{"anthropic.claude-3-7-sonnet-20250219-v1:0":
    {"litellm_provider": "bedrock", "input_cost_per_token": 4e-06}}', '2026-08-01');

-- Pricing with imported prices.
-- Llama 3.3 70B in us-west-2, 1M in + 1M out: before 2026-06-01 the
-- shipped 0.72 + 0.72 = 1.44; from then the us-west-2 row, 0.75 + 0.75 =
-- 1.5; us-east-1 keeps 1.44.
SELECT region, at, bedprice.bedrock_cost('meta.llama3-3-70b-instruct-v1:0', region,
                                         1000000, 1000000, at => at)
FROM (VALUES ('us-west-2', '2026-05-31 00:00:00+00'::timestamptz),
             ('us-west-2', '2026-06-02 00:00:00+00'),
             ('us-east-1', '2026-06-02 00:00:00+00')) AS t(region, at);
-- Llama 4 Scout through the us. profile, 1M in + 1M out: before, the
-- shipped prices, 0.17 + 0.66 = 0.83 (geo: the source region's price);
-- from 2026-06-01 the file's us. rows (geography us), 0.35 + 0.66 = 1.01,
-- as the file prices it.
SELECT at, bedprice.bedrock_cost('us.meta.llama4-scout-17b-instruct-v1:0', 'us-east-1',
                                 1000000, 1000000, at => at)
FROM (VALUES ('2026-05-31 00:00:00+00'::timestamptz), ('2026-06-02 00:00:00+00')) AS t(at);
-- Claude Sonnet 4 through the global profile, 300K in (over 200K: the
-- long-context tier), us-west-2: before, the shipped global tier price,
-- 0.3 x 6 = 1.8; from 2026-06-01 LiteLLM's global above-200K row, the
-- same 0.3 x 6 = 1.8.
SELECT at, bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-20250514-v1:0', 'us-west-2',
                                 300000, 0, at => at)
FROM (VALUES ('2026-05-31 00:00:00+00'::timestamptz), ('2026-06-02 00:00:00+00')) AS t(at);
-- Anthropic's API, Claude 3.7 Sonnet, 1M in, 1M out, 100K of each cache:
-- 3 + 15 + 0.1 x 0.3 + 0.1 x 3.75 + 0.1 x 6 = 18 + 0.03 + 0.375 + 0.6 = 19.005
SELECT bedprice.api_cost('anthropic', 'claude-3-7-sonnet-20250219', 1000000, 1000000,
                         100000, 100000, 100000, at => '2026-06-02 00:00:00+00');

------------------------------------------------------------------------
-- 2. AWS Price List
--
-- The fixture (offerCode AmazonBedrock) has 12 SKUs, every term effective
-- 2026-05-01 (valid_from NULL: each term's effectiveDate):
--   SKUNMICROIN01   Nova Micro us-east-1 input, 0.0000350000 per 1K tokens
--                   x 1000 = 0.035
--   SKUNMICROOUT01  output, 0.0001400000 x 1000 = 0.14
--   SKUNMICROBIN01  "Batch Inference" input, 0.0000175000 x 1000 = 0.0175, batch
--   SKUNMICROCR01   "Cache read input tokens", 0.0000087500 x 1000 = 0.00875
--   SKUNLITEFLEX01  "amazon nova lite" (the alias Amazon Nova Lite, any
--                   case), us-west-2, "Input tokens flex": 0.0000300000 x
--                   1000 = 0.03, flex
--   SKUSONNET4GIN1  Claude Sonnet 4 (an alias), "...-cross-region-global",
--                   3.0000000000 per 1M tokens x 1 = 3, routing global
--   SKUSONNET4GCW1  global cache write, 3.7500000000 x 1 = 3.75
--   SKUSONNET4XIN1  "...-cross-region" input, 3.3000000000 x 1 = 3.3, geo
-- 8 rows, all in their region; not imported (4):
--   SKULLAMA70PT01  provisioned throughput, unit Hours
--   SKUNMICROCUST1  Model Customization
--   SKUNMICROAF01   af-south-1, not in bedprice.regions
--   SKUHAIKU45IN01  Claude Haiku 9.9 (made up), no such model or alias: named
------------------------------------------------------------------------
CREATE TEMP TABLE aws_report ON COMMIT DROP AS
SELECT * FROM bedprice.import_aws_price_list(:'aws'::jsonb);
SELECT outcome, count(*) FROM aws_report GROUP BY outcome ORDER BY outcome;
SELECT source_key, model, detail FROM aws_report WHERE outcome = 'not mapped' ORDER BY source_key;

SELECT * FROM bedprice.price_sheet() WHERE source = 'aws price list';

SELECT outcome, count(*) AS again FROM bedprice.import_aws_price_list(:'aws'::jsonb)
GROUP BY outcome ORDER BY outcome;

-- A new version of the file: Nova Micro input in us-east-1 falls to
-- 0.0000300000 per 1K (0.03 per 1M) effective 2026-08-01.  One row added,
-- the old one closed; the other seven are unchanged.
SELECT outcome, count(*) FROM bedprice.import_aws_price_list(
    jsonb_set(jsonb_set(:'aws'::jsonb,
        '{terms,OnDemand,SKUNMICROIN01,SKUNMICROIN01.JRTCKXETXF,effectiveDate}',
        '"2026-08-01T00:00:00Z"'),
        '{terms,OnDemand,SKUNMICROIN01,SKUNMICROIN01.JRTCKXETXF,priceDimensions,SKUNMICROIN01.JRTCKXETXF.6YS6EN2CT7,pricePerUnit,USD}',
        '"0.0000300000"'))
GROUP BY outcome ORDER BY outcome;
SELECT region, charge, usd_per_mtok, valid_from, valid_to
FROM bedprice.price_sheet()
WHERE model = 'amazon.nova-micro-v1:0' AND region = 'us-east-1' AND charge = 'input' AND mode IS NULL;

-- Pricing with imported prices (2026-05-15).
-- Nova Micro in us-east-1, 1M in, 1M out, 1M cache read: 0.035 + 0.14 +
-- 0.00875 = 0.18375 (the shipped catalog has no cache-read price for it)
SELECT input_cost, output_cost, cache_read_cost, total_cost,
       charges -> 'cache_read' ->> 'usd_per_mtok' AS cache_read_usd_per_mtok
FROM bedprice.bedrock_cost_breakdown('Nova Micro', 'us-east-1', 1000000, 1000000,
                                     cache_read_tokens => 1000000, at => '2026-05-15 00:00:00+00');
-- Claude Sonnet 4 through the global profile, 100K in (under the 200K
-- tier): us-east-1 has the imported global price 3, 0.1 x 3 = 0.3;
-- us-west-2 has none of its own and takes the shipped global 3: 0.3.
SELECT region, bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-20250514-v1:0', region,
                                     100000, 0, at => '2026-05-15 00:00:00+00')
FROM (VALUES ('us-east-1'), ('us-west-2')) AS t(region);
-- Nova Lite flex in us-west-2, 1M in: 0.03 (the shipped catalog has no
-- flex price and no flex rule)
SELECT bedprice.bedrock_cost('Nova Lite', 'us-west-2', 1000000, 0, 'flex', at => '2026-05-15 00:00:00+00');

-- The other offer file: AmazonBedrockFoundationModels names its models in
-- servicename.  Claude 3.5 Haiku (an alias), us-east-1, batch input
-- 0.4000000000 per 1M tokens = 0.4, valid from the date given.
SELECT r.source_key, r.model, r.mode, r.charge, r.usd_per_mtok, r.outcome FROM bedprice.import_aws_price_list('{
  "formatVersion": "v1.0", "offerCode": "AmazonBedrockFoundationModels",
  "products": {"SKUFMHAIKU35B1": {"sku": "SKUFMHAIKU35B1", "productFamily": "Amazon Bedrock",
    "attributes": {"servicecode": "AmazonBedrockFoundationModels", "regionCode": "us-east-1",
                   "servicename": "Claude 3.5 Haiku", "usagetype": "USE1-MP:USE1_InputTokenCount_Batch-Units"}}},
  "terms": {"OnDemand": {"SKUFMHAIKU35B1": {"SKUFMHAIKU35B1.JRTCKXETXF": {
    "offerTermCode": "JRTCKXETXF", "sku": "SKUFMHAIKU35B1", "effectiveDate": "2026-05-01T00:00:00Z",
    "priceDimensions": {"SKUFMHAIKU35B1.JRTCKXETXF.6YS6EN2CT7": {
      "unit": "1M tokens", "beginRange": "0", "endRange": "Inf",
      "pricePerUnit": {"USD": "0.4000000000"}}}}}}}}', '2026-06-15') AS r;
SELECT model, region, mode, charge, usd_per_mtok, valid_from
FROM bedprice.price_sheet() WHERE source = 'aws price list' AND model LIKE '%haiku%';

-- AmazonBedrockFoundationModels as it is in 2026
-- (test/fixtures/aws_price_list_foundation_models.json, 13 SKUs, every
-- term effective 2026-11-01): servicename "Claude Haiku 4.5 (Amazon
-- Bedrock Edition)", usage types of three generations (cur_focus.md s2c,
-- s2d): USE1-MP:USE1_InputTokenCount-Units (regional), ..._Global-Units,
-- ..._CacheWrite1hInputTokenCount-Units (the 1-hour write; 0.3.0 read it
-- as the 5-minute one), EUW2-MP:EUW2_..._Global_Batch-Units,
-- USE1_InputTokenCount_LCtx (the above-200K tier), input_tokens_priority,
-- output_tokens_flex, input_tokens_standard.  Each imports as a price of
-- its own region (the shipped figures are region-less): the report shows
-- the charge, routing, mode and tier each usage type means.  The figures
-- are AWS's (eu-west-2's batch prices 0.5 and 2.5 per 1M are the AWS Price
-- List excerpt of cur_focus.md).  Provisioned throughput (unit Units) is
-- not mapped.
SELECT source_key, model, region, routing, mode, charge, above_input_tokens AS above, usd_per_mtok,
       outcome, detail
FROM bedprice.import_aws_price_list(:'awsfm'::jsonb) ORDER BY source_key;
-- Priced from those rows (2026-11-15): Claude Haiku 4.5 in us-east-1, 1M
-- tokens of 1-hour cache write: 2.2, the imported price; Claude Sonnet
-- 4.5 there, 300K input (above 200K): 0.3 x 6.6 = 1.98, the imported
-- tier; Haiku 4.5 through the global profile from eu-west-2, batch, 1M in
-- and 1M out: 0.5 + 2.5 = 3.
SELECT b.charges -> 'cache_write_1h' ->> 'usd_per_mtok' AS usd_per_mtok,
       (SELECT p.source FROM bedprice.prices p
        WHERE p.price_id = (b.charges -> 'cache_write_1h' ->> 'price_id')::bigint) AS source, b.total_cost
FROM bedprice.bedrock_cost_breakdown('anthropic.claude-haiku-4-5-20251001-v1:0', 'us-east-1', 0, 0,
                                     cache_write_1h_tokens => 1000000, at => '2026-11-15') AS b;
SELECT bedprice.bedrock_cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 300000, 0,
                             at => '2026-11-15') AS sonnet_long_context;
SELECT bedprice.bedrock_cost('global.anthropic.claude-haiku-4-5-20251001-v1:0', 'eu-west-2',
                             1000000, 1000000, 'batch', at => '2026-11-15') AS haiku_global_batch;

-- An effectiveDate that is no date (2030-02-30) leaves its SKU out, named,
-- and the rest of the file is imported (0.2.0 aborted the whole import
-- with a bare 22008), but for the rest of that SKU's price set: Nova
-- Micro's us-east-1 input waits with its output.
SELECT source_key, outcome, detail FROM bedprice.import_aws_price_list(
    jsonb_set(jsonb_set(:'aws'::jsonb,
        '{terms,OnDemand,SKUNMICROOUT01,SKUNMICROOUT01.JRTCKXETXF,effectiveDate}', '"2030-02-30"'),
        '{terms,OnDemand,SKUNMICROIN01,SKUNMICROIN01.JRTCKXETXF,effectiveDate}', '"2026-09-01T00:00:00Z"'))
WHERE source_key IN ('SKUNMICROOUT01', 'SKUNMICROIN01') ORDER BY source_key;

-- A model is never half-imported.  LiteLLM's file (2026-08-01) prices
-- Kimi K2.5 under two keys that mean the same catalog key: input 6e-07 in
-- both, output 3.03e-06 in bedrock/moonshotai.kimi-k2.5 and 3e-06 in
-- moonshotai.kimi-k2.5.  0.3.0 imported the input and not the output, so
-- every call errored; now neither imports (the shipped prices are deleted
-- first, to see the import alone), each line says why, and the us-east-1
-- entry, which agrees with itself, imports whole: 1M in + 1M out there is
-- 0.6 + 3 = 3.6, and outside us-east-1 there is no price.
DELETE FROM bedprice.prices WHERE provider = 'bedrock' AND model = 'moonshotai.kimi-k2.5';
SELECT source_key, source_field, region, charge, usd_per_mtok, outcome, detail
FROM bedprice.import_litellm('{
    "bedrock/moonshotai.kimi-k2.5": {"litellm_provider": "bedrock", "mode": "chat",
        "input_cost_per_token": 6e-07, "output_cost_per_token": 3.03e-06},
    "moonshotai.kimi-k2.5": {"litellm_provider": "bedrock_converse", "mode": "chat",
        "input_cost_per_token": 6e-07, "output_cost_per_token": 3e-06},
    "bedrock/us-east-1/moonshotai.kimi-k2.5": {"litellm_provider": "bedrock", "mode": "chat",
        "input_cost_per_token": 6e-07, "output_cost_per_token": 3e-06}}', '2026-12-01')
ORDER BY source_key, source_field;
SELECT region, charge, usd_per_mtok FROM bedprice.price_sheet()
WHERE provider = 'bedrock' AND model = 'moonshotai.kimi-k2.5' ORDER BY region, charge;
SELECT bedprice.bedrock_cost('moonshotai.kimi-k2.5', 'us-east-1', 1000000, 1000000, at => '2026-12-02') AS us_east_1;
SAVEPOINT no_price;
SELECT bedprice.bedrock_cost('moonshotai.kimi-k2.5', 'us-west-2', 1000000, 1000000, at => '2026-12-02') AS us_west_2;
ROLLBACK TO no_price;

-- All or none for a set, whatever keeps one of its prices out.  A price
-- that is no number (LiteLLM "x", AWS "n/a") keeps the rest of its set
-- out: Claude Sonnet 4.6 in eu-west-3 with input 9.9 and output "n/a"
-- would bill 9.9 in with the old 16.5 out (the mixed bill of 0.3.0).
SELECT source_key, source_field, charge, outcome, detail FROM bedprice.import_litellm('{
    "bedrock/eu-west-3/anthropic.claude-sonnet-4-6": {"litellm_provider": "bedrock", "mode": "chat",
        "input_cost_per_token": 9.9e-06, "output_cost_per_token": "x"}}', '2026-12-01')
ORDER BY source_key, source_field;
SELECT r.source_key, r.charge, r.outcome, r.detail FROM bedprice.import_aws_price_list(
    jsonb_set(jsonb_set(jsonb_set(:'awsfm'::jsonb,
        '{products,FMHAIKU45OUT,attributes,regionCode}', '"eu-west-3"'),
        '{products,FMHAIKU45IN,attributes,regionCode}', '"eu-west-3"'),
        '{terms,OnDemand,FMHAIKU45OUT,FMHAIKU45OUT.JRTCKXETXF,priceDimensions,FMHAIKU45OUT.JRTCKXETXF.6YS6EN2CT7,pricePerUnit,USD}',
        '"n/a"'), '2026-12-01') AS r
WHERE r.source_key IN ('FMHAIKU45IN', 'FMHAIKU45OUT') ORDER BY r.source_key;
SELECT count(*) AS eu_west_3_rows FROM bedprice.prices WHERE region = 'eu-west-3' AND valid_from = '2026-12-01';
-- A price that would be refused (a row of its key starts later) keeps the
-- rest of its set out too: with Kimi K2.5's us-east-1 output given a
-- price from 2027-01-01, a file of 2026-12-15 refuses the output, and the
-- input, which would import alone, is refused with it (its line says why).
SELECT bedprice.set_price('bedrock', 'moonshotai.kimi-k2.5', 'output', 3.1, '2027-01-01',
                          region => 'us-east-1', source => 'ours') IS NOT NULL AS later_output;
SELECT source_key, source_field, charge, outcome, detail FROM bedprice.import_litellm('{
    "bedrock/us-east-1/moonshotai.kimi-k2.5": {"litellm_provider": "bedrock", "mode": "chat",
        "input_cost_per_token": 5e-07, "output_cost_per_token": 2.5e-06}}', '2026-12-15')
ORDER BY source_key, source_field;
-- AWS's service_tier "default" is the Standard tier: on demand.
SELECT mode FROM bedprice_internal.aws_classify('use1-novapro-input-tokens', 'on-demand inference', 'default');

-- The keys are read by the pricing functions' own grammar: a LiteLLM key
-- with the region before converse/ (0.2.0's importer refused it as "a key
-- of a form not recognized") maps to the key bedrock_cost prices, and the
-- price is then used for that region only.  Nova Pro output 3.5e-06 ->
-- 3.5 in eu-west-1 from 2026-12-01; 1M output tokens there: 3.5, in
-- us-east-1 still the shipped 3.2.
SELECT source_key, model, region, routing, charge, usd_per_mtok, outcome
FROM bedprice.import_litellm(
    '{"bedrock/eu-west-1/converse/amazon.nova-pro-v1:0":
        {"litellm_provider": "bedrock_converse", "mode": "chat", "output_cost_per_token": 3.5e-06}}',
    '2026-12-01');
SELECT (r.parsed).model, (r.parsed).region,
       bedprice.bedrock_cost(r.id, NULL, 0, 1000000, at => '2026-12-02') AS eu_west_1,
       bedprice.bedrock_cost('amazon.nova-pro-v1:0', 'us-east-1', 0, 1000000, at => '2026-12-02') AS us_east_1
FROM (SELECT id, bedprice.parse_model_id(id) AS parsed
      FROM (VALUES ('bedrock/eu-west-1/converse/amazon.nova-pro-v1:0')) AS v(id)) r;

ROLLBACK;

-- Nothing is left behind.
SELECT count(*) AS imported_rows FROM bedprice.prices WHERE source IN ('litellm', 'aws price list');
SELECT count(*) AS imported_models FROM bedprice.models
WHERE NOT shipped;
SELECT setval('bedprice.prices_price_id_seq', :price_seq, :'price_seq_called'::boolean) AS restored \gset
SELECT last_value = :price_seq AS sequence_restored FROM bedprice.prices_price_id_seq;
