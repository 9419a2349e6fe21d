-- Bad input: a clear error with a proper SQLSTATE, never a crash or a
-- silent zero.  \set VERBOSITY verbose would show the SQLSTATEs; we show
-- them through an exception handler instead, to keep the output stable.
SET TimeZone = 'UTC';

CREATE FUNCTION pg_temp.sqlstate_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;

-- Negative token counts (22023), for every token argument.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', -1, 0);
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 0, -5);
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 0, 0, 'on_demand', -1);
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 0, 0, 'on_demand', 0, -1);
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 0, 0, 'on_demand', 0, 0, -1);
SELECT bedprice.api_cost('groq', 'Llama 3.3 70B', -1, 0);

-- Unknown mode (22023): the hint lists the valid ones.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, 'reserved');
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, '');

-- Unknown region (42704), from the argument, the setting or the ID.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-7', 1, 1);
SET bedprice.default_region = 'moon-base-1';
SELECT bedprice.bedrock_cost('Nova Pro', NULL, 1, 1);
RESET bedprice.default_region;
SELECT bedprice.bedrock_cost('arn:aws:bedrock:xx-north-9::foundation-model/amazon.nova-pro-v1:0', NULL, 1, 1);

-- Unknown model (42704): the hint names the closest known name.
SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v3:0', 'us-east-1', 1, 1);
SELECT bedprice.bedrock_cost('Nova Pr0', 'us-east-1', 1, 1);
SELECT bedprice.bedrock_cost('us.meta.llama3-3-70b-instruct-v2:0', 'us-east-1', 1, 1);
SELECT bedprice.api_cost('together', 'Llama 3.3 80B', 1, 1);
-- A Bedrock ID is not an Anthropic API ID.
SELECT bedprice.api_cost('anthropic', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 1, 1);
-- An application profile nobody mapped.
SELECT bedprice.bedrock_cost('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/zzz999', NULL, 1, 1);

-- bedprice.on_unknown_model = null lets an analytics query keep going.
SET bedprice.on_unknown_model = 'null';
SELECT model, bedprice.bedrock_cost(model, 'us-east-1', 1000000, 0) AS cost
FROM (VALUES ('Nova Pro'), ('gpt-4o'), ('Nova Lite')) AS t(model);
SELECT count(*) AS unpriced
FROM (VALUES ('Nova Pro'), ('gpt-4o'), ('no-such-model')) AS t(model)
WHERE bedprice.bedrock_cost(model, 'us-east-1', 1000000, 0) IS NULL;
SELECT * FROM bedprice.resolve_model('gpt-4o');
-- It covers unknown models only: a bad region still raises.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-7', 1, 1);
RESET bedprice.on_unknown_model;

-- A routing prefix that contradicts the mode (22023).
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1, 1, 'global');
SELECT bedprice.bedrock_cost('global.amazon.nova-pro-v1:0', 'us-east-1', 1, 1, 'cross_region');
-- ... but one that agrees is fine: 1M x 0.8 (geo: the source region's price) = 0.8
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, 'cross_region');
-- An alias whose routing contradicts the ID's prefix.
INSERT INTO bedprice.model_aliases (provider, alias, model, routing)
VALUES ('bedrock', 'global-sonnet', 'anthropic.claude-3-5-sonnet-20241022-v2:0', 'global');
SELECT bedprice.bedrock_cost('us.global-sonnet', 'us-east-1', 1, 1);
DELETE FROM bedprice.model_aliases WHERE alias = 'global-sonnet';

-- A region that contradicts the ARN's (22023).
SELECT bedprice.bedrock_cost('arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0', 'us-east-1', 1, 1);
-- Two regions in one LiteLLM string.
SELECT bedprice.bedrock_cost('bedrock/us-east-1/arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0', NULL, 1, 1);
-- Malformed and foreign ARNs (22023).
SELECT bedprice.bedrock_cost('arn:aws:bedrock:us-east-1', NULL, 1, 1);
SELECT bedprice.bedrock_cost('arn:aws:sagemaker:us-east-1:123456789012:endpoint/x', NULL, 1, 1);
SELECT bedprice.bedrock_cost('arn:aws:bedrock:us-east-1::foundation-model/', NULL, 1, 1);

-- Unknown provider (42704); a per-region provider through api_cost (22023).
SELECT bedprice.api_cost('openai', 'gpt-4o', 1, 1);
SELECT bedprice.api_cost('bedrock', 'Nova Pro', 1, 1);
SELECT * FROM bedprice.resolve_model('Nova Pro', 'azure');

-- A needed charge with no price (P0002), naming model, charge and date:
-- Llama 3.3 70B on Bedrock has no cache prices.
SELECT bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1, 1, 'on_demand', 10,
                             at => '2026-07-01 10:00:00+00');
-- Groq has no cache prices either.
SELECT bedprice.api_cost('groq', 'Llama 3.3 70B', 1, 1, 5, at => '2026-07-01 10:00:00+00');
-- Zero tokens of that charge need no price.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'on_demand', 0);

-- The same through the breakdown.
SELECT * FROM bedprice.bedrock_cost_breakdown('Llama 3.3 70B', 'us-east-1', 1, 1, 'on_demand', 10,
                                              at => '2026-07-01 10:00:00+00');

-- The SQLSTATEs.
SELECT q, pg_temp.sqlstate_of(q) AS sqlstate
FROM (VALUES
    ($$SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', -1, 0)$$),
    ($$SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, 'reserved')$$),
    ($$SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-7', 1, 1)$$),
    ($$SELECT bedprice.bedrock_cost('gpt-4o', 'us-east-1', 1, 1)$$),
    ($$SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1, 1, 'global')$$),
    ($$SELECT bedprice.bedrock_cost('arn:aws:bedrock:us-east-1', NULL, 1, 1)$$),
    ($$SELECT bedprice.api_cost('openai', 'gpt-4o', 1, 1)$$),
    ($$SELECT bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1, 1, 'on_demand', 10)$$),
    ($$SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, 'priority')$$),
    ($$SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1)$$)
) AS t(q);


-- The trigger functions are for triggers only, of the right kind.
SELECT bedprice_internal.catalog_changed();
SELECT bedprice_internal.guard_shipped();
CREATE TEMP TABLE t (x int);
CREATE TRIGGER t_row AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION bedprice_internal.catalog_changed();
INSERT INTO t VALUES (1);
DROP TRIGGER t_row ON t;
CREATE TRIGGER t_guard BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bedprice_internal.guard_shipped();
INSERT INTO t VALUES (1);
