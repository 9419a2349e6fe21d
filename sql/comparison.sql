-- Where to run: bedprice.bedrock_premium over the same model at each
-- provider that sells it (one family in bedprice.models), compare_models,
-- cheapest, monthly_cost and scenario, in the seed's price book (its
-- figures) and in AWS's list prices.  Token counts are volumes, priced at
-- the standard tier.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

-- The seed's table "Bedrock vs direct" (input per 1M tokens): Llama 3.3 70B
-- $2.65 vs $0.88 at Together, +201%; "Llama 3.3 8B" (Llama 3.1 8B) $0.22 vs
-- $0.18, +22%; Claude at parity with Anthropic's API.
SELECT p.bedrock_model, p.family, p.bedrock_cost, p.provider, p.direct_model, p.direct_cost, p.ratio, p.premium_pct
FROM (VALUES ('meta.llama3-3-70b-instruct-v1:0', 'together'), ('meta.llama3-1-8b-instruct-v1:0', 'together'),
             ('anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic')) AS v(m, vs),
     bedprice.bedrock_premium(v.m, vs_provider => v.vs, in_tokens => 1000000, out_tokens => 0,
                              book => 'seed-2026-04-10') p;

-- The same at AWS's list prices (the default book): Llama 3.3 70B $0.72 on
-- Bedrock against $1.04 at Together (-30.77%), Llama 3.1 8B $0.22 against
-- $0.18 (+22.22%), Claude 3.5 Sonnet v2 $3 against $3 (0%).
SELECT p.bedrock_model, p.bedrock_cost, p.provider, p.direct_cost, p.premium_pct
FROM (VALUES ('meta.llama3-3-70b-instruct-v1:0', 'together'), ('meta.llama3-1-8b-instruct-v1:0', 'together'),
             ('anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic')) AS v(m, vs),
     bedprice.bedrock_premium(v.m, vs_provider => v.vs, in_tokens => 1000000, out_tokens => 0) p;

-- Without vs_provider: the cheapest direct API that sells it. Llama 3.3 70B,
-- 1M in and 1M out: Groq 0.59 + 0.79 = $1.38 (Together: 1.04 + 1.04) against
-- Bedrock 0.72 + 0.72 = $1.44 in us-east-1: +4.35%.
SELECT provider, direct_model, direct_cost, bedrock_cost, premium_pct
FROM bedprice.bedrock_premium('meta.llama3-3-70b-instruct-v1:0');
-- a routed ID: the model behind it, at the source region's price
SELECT bedrock_model, bedrock_cost, provider, premium_pct
FROM bedprice.bedrock_premium('us.meta.llama3-3-70b-instruct-v1:0', 'us-west-2', 'groq');

-- What it refuses.
SELECT * FROM bedprice.bedrock_premium('amazon.nova-pro-v1:0', at => '2026-06-01');     -- a Bedrock exclusive
SELECT * FROM bedprice.bedrock_premium('meta.llama3-3-70b-instruct-v1:0', vs_provider => 'anthropic', at => '2026-06-01');
-- a model of the user's, given a family, compares with the direct model of that family
INSERT INTO bedprice.models (provider, model, display_name, family) VALUES ('bedrock', 'acme.llama-fork-v1', 'Acme Llama', 'Llama 3.1 8B');
SELECT bedprice.set_price('bedrock', 'acme.llama-fork-v1', 'input', 0.3, '-infinity', source => 'regression') IS NOT NULL AS input,
       bedprice.set_price('bedrock', 'acme.llama-fork-v1', 'output', 0.3, '-infinity', source => 'regression') IS NOT NULL AS output;
SELECT bedrock_model, bedrock_cost, provider, direct_cost, premium_pct
FROM bedprice.bedrock_premium('acme.llama-fork-v1', vs_provider => 'together', in_tokens => 1000000, out_tokens => 0);
DELETE FROM bedprice.models WHERE model = 'acme.llama-fork-v1';
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'acme.orphan-v1', 'Orphan');
SELECT * FROM bedprice.bedrock_premium('acme.orphan-v1');
DELETE FROM bedprice.models WHERE model = 'acme.orphan-v1';
SELECT * FROM bedprice.bedrock_premium('acme.widget-v1');

------------------------------------------------------------------------
-- The seed's "Provisioned vs Direct API": its estimated effective
-- provisioned rates (mode provisioned, seed book) against Together AI:
-- Llama 3.3 70B $2.00 vs $0.88, +127%; Llama 8B $0.17 vs $0.18, -6%.
------------------------------------------------------------------------
SELECT p.bedrock_model, p.bedrock_cost, p.provider, p.direct_cost, p.ratio, p.premium_pct
FROM (VALUES ('meta.llama3-3-70b-instruct-v1:0'), ('meta.llama3-1-8b-instruct-v1:0')) AS v(m),
     bedprice.bedrock_premium(v.m, vs_provider => 'together', in_tokens => 1000000, out_tokens => 0,
                              book => 'seed-2026-04-10', mode => 'provisioned') p;
-- AWS bills provisioned throughput per model unit and hour, not per token:
-- its list has no such price (bedprice.provisioned_cost prices it)
SELECT * FROM bedprice.bedrock_premium('meta.llama3-3-70b-instruct-v1:0', mode => 'provisioned', at => '2026-06-01');

------------------------------------------------------------------------
-- The seed's "Nova vs Competing Models" (input per 1M): Nova Micro $0.035
-- vs GPT-4o mini $0.15, 77% cheaper; Nova Pro $0.80 vs Claude 3.5 Haiku
-- $0.80, the same; Nova Premier $2.00 vs Claude 3.5 Sonnet $3.00, 33%
-- cheaper.  bedprice ships no OpenAI prices (not a provider it competes
-- with): GPT-4o mini is a user's model here, with the seed's figure in the
-- seed book and LiteLLM's ($0.15 / $0.60, price file of 2026-08-01) in the
-- list.
------------------------------------------------------------------------
INSERT INTO bedprice.providers (provider, display_name, kind) VALUES ('openai', 'OpenAI API', 'direct');
INSERT INTO bedprice.models (provider, model, display_name, family) VALUES ('openai', 'gpt-4o-mini', 'GPT-4o mini', 'GPT-4o mini');
SELECT bedprice.set_price('openai', 'gpt-4o-mini', 'input', 0.15, '-infinity', source => 'seed 2026-04-10',
                          book => 'seed-2026-04-10') IS NOT NULL AS seed,
       bedprice.set_price('openai', 'gpt-4o-mini', 'input', 0.15, '-infinity', source => 'LiteLLM 2026-08-01') IS NOT NULL AS input,
       bedprice.set_price('openai', 'gpt-4o-mini', 'output', 0.60, '-infinity', source => 'LiteLLM 2026-08-01') IS NOT NULL AS output;
SELECT v.model, v.vs_model, c.cost, c.vs_cost, c.ratio, c.difference_pct
FROM (VALUES ('amazon.nova-micro-v1:0', 'gpt-4o-mini', 'openai'),
             ('amazon.nova-pro-v1:0', 'anthropic.claude-3-5-haiku-20241022-v1:0', 'bedrock'),
             ('amazon.nova-premier-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'bedrock')) AS v(model, vs_model, vs_provider),
     bedprice.compare_models(v.model, v.vs_model, 1000000, 0, vs_provider => v.vs_provider, book => 'seed-2026-04-10') c;
-- at AWS's list prices: Nova Premier is $2.50, 16.67% cheaper than Claude
-- 3.5 Sonnet; and with output (1M in + 1M out) Nova Micro costs 0.175
-- against GPT-4o mini's 0.75, 76.67% less
SELECT v.model, v.vs_model, c.cost, c.vs_cost, c.ratio, c.difference_pct
FROM (VALUES ('amazon.nova-micro-v1:0', 'gpt-4o-mini', 'openai', 0),
             ('amazon.nova-pro-v1:0', 'anthropic.claude-3-5-haiku-20241022-v1:0', 'bedrock', 0),
             ('amazon.nova-premier-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'bedrock', 0),
             ('amazon.nova-micro-v1:0', 'gpt-4o-mini', 'openai', 1000000)) AS v(model, vs_model, vs_provider, o),
     bedprice.compare_models(v.model, v.vs_model, 1000000, v.o, vs_provider => v.vs_provider, at => '2026-06-01') c;
DELETE FROM bedprice.prices WHERE provider = 'openai';
DELETE FROM bedprice.models WHERE provider = 'openai';
DELETE FROM bedprice.providers WHERE provider = 'openai';

------------------------------------------------------------------------
-- Every way to buy a model, cheapest first.
------------------------------------------------------------------------
-- Claude Sonnet 4.5 from us-east-1, 1M in + 1M out: global $18 (3 + 15)
-- and Anthropic's API $18, then the regional rate, in-region or us.,
-- $19.80 (3.30 + 16.50): 9.09% more
SELECT rank, provider, call_as, routing, mode, regions, cost, saving, saving_pct
FROM bedprice.cheapest('anthropic.claude-sonnet-4-5-20250929-v1:0', region => 'us-east-1', at => '2026-06-01');
-- Llama 3.3 70B: Groq $1.38; Bedrock $1.44 in-region or through any
-- geographic profile, in all 31 regions of the catalog (a region-less
-- price), grouped by profile; Together $2.08
SELECT rank, provider, call_as, routing, mode, cardinality(regions) AS regions, cost, saving, saving_pct
FROM bedprice.cheapest('Llama 3.3 70B', at => '2026-06-01');
-- in the seed's book geo and global routing cost 10% more, batch half
SELECT rank, provider, call_as, routing, mode, regions, cost, saving_pct
FROM bedprice.cheapest('meta.llama3-3-70b-instruct-v1:0', region => 'us-east-1', at => '2026-06-01', book => 'seed-2026-04-10');
-- a family's name gives every Bedrock model of the family too
SELECT count(*) > 0 AS found FROM bedprice.cheapest('Llama 3.1 8B', at => '2026-06-01') WHERE provider = 'bedrock';

------------------------------------------------------------------------
-- Projections.  The seed's "Small Team (5M tokens/month, Claude 3.5
-- Sonnet)": Bedrock on demand $90, Anthropic's API $90: 5M input and 5M
-- output tokens at $3 / $15.
------------------------------------------------------------------------
SELECT bedprice.monthly_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 5, 5, book => 'seed-2026-04-10') AS seed_bedrock,
       bedprice.monthly_cost('claude-3-5-sonnet-20241022', NULL, 5, 5, book => 'seed-2026-04-10', provider => 'anthropic') AS seed_anthropic,
       bedprice.monthly_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 5, 5, at => '2026-06-01') AS list_bedrock,
       bedprice.monthly_cost('claude-3-5-sonnet-20241022', NULL, 5, 5, at => '2026-06-01', provider => 'anthropic') AS list_anthropic;
SELECT * FROM bedprice.scenario(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0'], ARRAY[5], ARRAY[5],
                                book => 'seed-2026-04-10');
-- a month's volume is many requests: 5M input tokens of Claude Sonnet 4.5
-- price at $3.30, not at the long-context rate of a request above 200K
SELECT bedprice.monthly_cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 5, 0, at => '2026-06-01') AS monthly,
       bedprice.bedrock_cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 5000000, 0, at => '2026-06-01') AS one_request;
-- "Mid-Size Team (100M tokens/month, mixed models)": Bedrock $3,200,
-- direct $1,900.  No split of 100M tokens between Claude 3.5 Sonnet and
-- Llama 3.3 70B gives that from the seed's own prices: Claude costs the
-- same both ways, and Llama saves at most 100M x ($2.65 - $0.88) = $177.
-- Half and half (25M in + 25M out of each): $582.50 on Bedrock against
-- $484.50 at the cheapest direct APIs, Anthropic and Groq (0.59 / 0.79;
-- with Together, as the seed has it, $494).
SELECT * FROM bedprice.scenario(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'meta.llama3-3-70b-instruct-v1:0'],
                                ARRAY[25, 25], ARRAY[25, 25], 'us-east-1', book => 'seed-2026-04-10');
-- the same at AWS's list prices: Llama 3.3 70B is cheaper on Bedrock
-- ($0.72) than at Together ($1.04), so the cheapest direct API is Groq
-- ($0.59 / $0.79); a Bedrock exclusive has no direct price
SELECT * FROM bedprice.scenario(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'meta.llama3-3-70b-instruct-v1:0', 'amazon.nova-pro-v1:0'],
                                ARRAY[25, 25, 10], ARRAY[25, 25, 10], 'us-east-1', at => '2026-06-01');

-- The seed's cross-region example (Claude 3.5 Sonnet, 50M tokens a month:
-- 25M in + 25M out): +10% through a us. profile in its book ($450 ->
-- $495); AWS bills the source region's price, $450 either way.
SELECT v.book, v.model, bedprice.monthly_cost(v.model, 'us-east-1', 25, 25, at => '2026-06-01', book => v.book) AS monthly
FROM (VALUES ('seed-2026-04-10'), ('aws')) AS b(book),
     LATERAL (VALUES (b.book, 'anthropic.claude-3-5-sonnet-20241022-v2:0'),
                     (b.book, 'us.anthropic.claude-3-5-sonnet-20241022-v2:0')) AS v(book, model);
-- and for Claude Sonnet 4.5 global routing is the cheaper: $450 global,
-- $495 regional (in-region or us.)
SELECT v.model, bedprice.monthly_cost(v.model, 'us-east-1', 25, 25, at => '2026-06-01') AS monthly
FROM (VALUES ('anthropic.claude-sonnet-4-5-20250929-v1:0'), ('us.anthropic.claude-sonnet-4-5-20250929-v1:0'),
             ('global.anthropic.claude-sonnet-4-5-20250929-v1:0')) AS v(model);

------------------------------------------------------------------------
-- Volumes exactly: a volume's cost is the volume times the cost of 1,000
-- tokens, for every charge; cost_or_null is NULL where the catalog cannot
-- price, and the cost otherwise.
------------------------------------------------------------------------
SELECT bedprice.volume_cost('bedrock', 'amazon.nova-micro-v1:0', 'us-east-1', 123456789, 987654321, cache_read_tokens => 5555,
                            at => '2026-06-01')
       = 123456789 * 0.035 / 1000000 + 987654321 * 0.14 / 1000000 + 5555 * 0.00875 / 1000000 AS exact,
       bedprice.volume_cost('bedrock', 'amazon.nova-micro-v1:0', 'us-east-1', 0.5, 0, at => '2026-06-01') AS half_a_token;
-- exact where a price times its factors has more decimals than a usage
-- keeps: 0.123456789012 x 1.123456789 = 0.138698367763672002468 per 1M;
-- a billion tokens: 138.698367763672002468, rounded at 15 decimals as the
-- engine rounds (the cost of 1,000 tokens times a million would not be)
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'acme.test-v1:0', 'Acme Test');
SELECT bedprice.set_price('bedrock', 'acme.test-v1:0', 'input', 0.123456789012, '-infinity', source => 'regression') IS NOT NULL AS priced;
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES ('bedrock', 'region', 'eu-west-3', 1.123456789, 'regression');
SELECT bedprice.unit_price(NULL, 'bedrock', 'acme.test-v1:0', 'eu-west-3', 'input') AS per_mtok,
       bedprice.volume_cost('bedrock', 'acme.test-v1:0', 'eu-west-3', 1000000000, 0) AS volume,
       bedprice.volume_cost('bedrock', 'acme.test-v1:0', 'eu-west-3', 1000000000, 0)
           = round(1000000000 * 0.123456789012 * 1.123456789 / 1000000, 15) AS as_numeric;
ROLLBACK;
SELECT bedprice.cost_or_null(NULL, 'bedrock', 'meta.llama3-3-70b-instruct-v1:0', 'us-east-1', 1000, 0, 'flex', at => '2026-06-01') AS no_flex,
       bedprice.cost_or_null(NULL, 'bedrock', 'no.such-model-v1:0', 'us-east-1', 1000, 0, at => '2026-06-01') AS unknown,
       bedprice.cost_or_null(NULL, 'Bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', 1000, 10, 'batch', at => '2026-06-01')
           = bedprice.bedrock_cost('amazon.nova-pro-v1:0', 'us-east-1', 1000, 10, 'batch', at => '2026-06-01') AS batch_equal,
       bedprice.cost_or_null('seed-2026-04-10', 'together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', 'eu-west-1', 1000000, 0, 'flex')
           AS direct_ignores_region_and_mode;
-- a memo miss takes a subtransaction, which no process may start while a
-- query runs in parallel: cost_or_null is PARALLEL UNSAFE, so the query
-- runs serially (marked safe or restricted, this fails)
SET force_parallel_mode = on;
SELECT count(bedprice.cost_or_null(NULL, 'bedrock', CASE g % 2 WHEN 0 THEN 'amazon.nova-pro-v1:0' ELSE 'no.such-v1' END,
                                   'us-east-1', 1000, 0, 'batch', at => '2026-06-01')) AS priced,
       count(bedprice.volume_cost('bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', g, 0, 'batch', strict => false)) AS volumes
FROM generate_series(1, 4) AS g;
RESET force_parallel_mode;
SELECT bedprice.cost_or_null(NULL, 'bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', -1, 0);
SET bedprice.default_region = 'xx-nowhere-1';
SELECT bedprice.cost_or_null(NULL, 'bedrock', 'amazon.nova-pro-v1:0', NULL, 1, 0);   -- a setting is an error, not NULLs
RESET bedprice.default_region;

-- What they refuse.
SELECT * FROM bedprice.cheapest('acme.widget-v1');
SELECT * FROM bedprice.cheapest('amazon.nova-pro-v1:0', region => 'xx-nowhere-1');
SELECT * FROM bedprice.scenario(ARRAY['amazon.nova-pro-v1:0'], ARRAY[1, 2], ARRAY[1]);
SELECT bedprice.volume_cost('bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', -1, 0);
SELECT bedprice.volume_cost('bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', 'NaN', 0);
SELECT bedprice.monthly_cost('amazon.nova-pro-v1:0', 'us-east-1', 'Infinity', 1);
SELECT bedprice.unit_price(NULL, 'bedrock', 'amazon.nova-pro-v1:0', 'us-east-1', 'reasoning');
-- one call site, not strict then strict: the second raises the error the
-- first kept as a reason (it once gave NULL)
SELECT s, bedprice.unit_price(NULL, 'bedrock', 'amazon.nova-nope-v1:0', 'us-east-1', 'input', 'on_demand', now(), s)
FROM (VALUES (false), (true)) AS v(s);
SELECT * FROM bedprice.scenario(ARRAY['amazon.nova-pro-v1:0', NULL], ARRAY[1, 1], ARRAY[1, 1]);
SELECT * FROM bedprice.cheapest('amazon.nova-pro-v1:0', book => 'no-such-book');
SELECT * FROM bedprice.cheapest('amazon.nova-pro-v1:0', in_tokens => NULL);
SELECT * FROM bedprice.cheapest('amazon.nova-pro-v1:0', at => 'infinity');
SELECT * FROM bedprice.bedrock_premium('meta.llama3-3-70b-instruct-v1:0', at => NULL);
-- a direct API's model name finds its family's Bedrock models
SELECT provider, call_as, cost FROM bedprice.cheapest('llama-3.3-70b-versatile', region => 'us-east-1', at => '2026-06-01')
WHERE mode = 'on_demand' AND routing IS DISTINCT FROM 'geo';
SELECT bedprice.monthly_cost('claude-3-5-sonnet-20241022', NULL, 5, 5, 'batch', provider => 'anthropic');
SELECT bedprice.monthly_cost('acme.widget-v1', 'us-east-1', 0, 0);          -- an unknown model is never a zero
