-- Model IDs as they appear in logs, and what they resolve to.
SET TimeZone = 'UTC';

SELECT input, r.*
FROM (VALUES
    ('anthropic.claude-3-5-sonnet-20241022-v2:0'),          -- plain Bedrock ID
    ('  Anthropic.Claude-3-5-Sonnet-20241022-V2:0  '),      -- case and blanks
    ('us.anthropic.claude-3-5-sonnet-20241022-v2:0'),       -- geo prefixes
    ('eu.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('apac.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('jp.anthropic.claude-sonnet-4-20250514-v1:0'),
    ('au.anthropic.claude-sonnet-4-20250514-v1:0'),
    ('ca.anthropic.claude-sonnet-4-20250514-v1:0'),
    ('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('global.anthropic.claude-sonnet-4-20250514-v1:0'),     -- global prefix
    ('Claude 3.5 Sonnet v2'),                               -- the seed's names
    ('claude 3.5 sonnet'),
    ('Llama 3.3 8B'),
    ('NOVA PRO'),
    ('arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0'),
    ('arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-3-5-haiku-20241022-v1:0'),
    ('arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('bedrock/anthropic.claude-3-opus-20240229-v1:0'),      -- LiteLLM forms
    ('bedrock/us-west-2/meta.llama3-3-70b-instruct-v1:0'),
    ('bedrock/converse/us.amazon.nova-premier-v1:0'),
    ('bedrock/eu-west-1/converse/eu.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('bedrock/arn:aws:bedrock:ap-northeast-1::foundation-model/amazon.nova-micro-v1:0')
) AS t(input),
LATERAL bedprice.resolve_model(input) AS r;

-- Direct APIs: their own IDs, aliases and LiteLLM's "<provider>/<id>".
SELECT provider, input, r.model, r.matched_name
FROM (VALUES
    ('anthropic', 'claude-3-5-haiku-latest'),
    ('anthropic', 'anthropic/claude-3-5-sonnet-20241022'),
    ('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'),
    ('together', 'together_ai/meta-llama/llama-3.3-70b-instruct-turbo'),
    ('groq', 'groq/llama-3.3-70b-versatile'),
    ('groq', 'Llama 4 Scout')
) AS t(provider, input),
LATERAL bedprice.resolve_model(input, provider) AS r;

-- Application inference profiles are opaque: they resolve through a user's
-- alias, which may carry the routing of the profile it wraps.
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6',
     'anthropic.claude-3-5-haiku-20241022-v1:0', 'geo'),
    ('bedrock', 'my-team-sonnet', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL);

SELECT * FROM bedprice.resolve_model(
    'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6');
SELECT * FROM bedprice.resolve_model('My-Team-Sonnet');
SELECT * FROM bedprice.resolve_model('us.my-team-sonnet');

-- Every form prices the same as its plain equivalent.  Geo routing bills
-- the source region's price; a geo rule of x1.10 (the seed's claim) for
-- this test tells the routings apart.
-- Claude 3.5 Haiku: 1M in x $0.80 + 1M out x $4.00 = 4.80; geo x1.10 = 5.28
BEGIN;
UPDATE bedprice.multipliers SET factor = 1.10 WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo';
SELECT bedprice.bedrock_cost('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6',
                             NULL, 1000000, 1000000) AS app_profile_geo,
       bedprice.bedrock_cost('us.anthropic.claude-3-5-haiku-20241022-v1:0', 'us-east-1',
                             1000000, 1000000) AS prefixed_geo,
       bedprice.bedrock_cost('anthropic.claude-3-5-haiku-20241022-v1:0', 'us-east-1',
                             1000000, 1000000, 'cross_region') AS mode_cross_region,
       bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 1000000, 1000000) AS alias_in_region;
ROLLBACK;

-- The ARN's region is used when region is NULL: GovCloud's own price
-- here.  Claude 3 Haiku: 0.30 + 1.50 = 1.8 in us-gov-west-1 (0.25 + 1.25
-- = 1.5 in us-east-1).
SELECT bedprice.bedrock_cost('arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0',
                             NULL, 1000000, 1000000);
-- A LiteLLM region also sets the region.
SELECT bedprice.bedrock_cost('bedrock/us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0',
                             NULL, 1000000, 1000000);

DELETE FROM bedprice.model_aliases WHERE NOT shipped;

-- The grammar itself, exposed: bedprice.parse_model_id reads an ID as the
-- pricing functions do, with no catalog (what the importers and sheets
-- use).  Each form's model, routing and region:
SELECT input, p.*
FROM (VALUES
    ('anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('  US.Anthropic.Claude-3-5-Sonnet-20241022-V2:0 '),
    ('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('global.anthropic.claude-sonnet-4-20250514-v1:0'),
    ('arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0'),
    ('arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-3-5-haiku-20241022-v1:0'),
    ('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6'),
    ('arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123'),
    ('bedrock/us-west-2/meta.llama3-3-70b-instruct-v1:0'),
    ('bedrock/converse/us.amazon.nova-premier-v1:0'),
    ('bedrock/eu-west-1/converse/eu.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('bedrock/converse/eu-west-1/eu.anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('Claude 3.5 Sonnet v2')
) AS t(input),
LATERAL bedprice.parse_model_id(input) AS p;

-- It agrees with what pricing resolves, for every form above that names a
-- catalog model (model, routing and region alike).
SELECT count(*) AS forms, count(*) FILTER (WHERE (p.model, p.routing, p.region)
                                            IS NOT DISTINCT FROM (r.model, r.routing, r.region)) AS agree
FROM (VALUES
    ('anthropic.claude-3-5-sonnet-20241022-v2:0'),
    ('  US.Anthropic.Claude-3-5-Sonnet-20241022-V2:0 '),
    ('global.anthropic.claude-sonnet-4-20250514-v1:0'),
    ('arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0'),
    ('arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-3-5-haiku-20241022-v1:0'),
    ('bedrock/us-west-2/meta.llama3-3-70b-instruct-v1:0'),
    ('bedrock/converse/us.amazon.nova-premier-v1:0'),
    ('bedrock/eu-west-1/converse/eu.anthropic.claude-3-5-sonnet-20241022-v2:0')
) AS t(input),
LATERAL bedprice.parse_model_id(input) AS p,
LATERAL bedprice.resolve_model(input) AS r;

-- What it refuses: 22023 with the reason (a malformed or foreign ARN, as
-- pricing refuses it; wrappers or a prefix around nothing).
\set VERBOSITY terse
SELECT * FROM bedprice.parse_model_id('arn:aws:s3:::my-bucket');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM bedprice.parse_model_id('arn:aws:bedrock:us-east-1');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM bedprice.parse_model_id('bedrock/');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM bedprice.parse_model_id('bedrock/us-east-1/us.');
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT * FROM bedprice.parse_model_id(NULL);
