-- Bedrock against the direct APIs: bedprice.bedrock_premium over the same
-- model at each provider that sells it (one family in bedprice.models),
-- in the seed's price book (its figures) and in AWS's list prices.
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
