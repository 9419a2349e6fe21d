------------------------------------------------------------------------
-- Bedrock model-invocation logs (schemaType ModelInvocationLog, as S3 or
-- CloudWatch delivers them, loaded as jsonb): read and priced.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.invocation_usage(
    log                       jsonb,
    OUT event_time            timestamptz,
    OUT account_id            text,
    OUT region                text,
    OUT inference_region      text,
    OUT request_id            text,
    OUT operation             text,
    OUT model_id              text,
    OUT caller_arn            text,
    OUT mode                  text,
    OUT input_tokens          bigint,
    OUT output_tokens         bigint,
    OUT cache_read_tokens     bigint,
    OUT cache_write_tokens    bigint,
    OUT cache_write_1h_tokens bigint,
    OUT cache_ttl_source      text,
    OUT problem               text)
RETURNS record
AS 'MODULE_PATHNAME', 'invocation_usage'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.invocation_usage(jsonb) IS
    'One Bedrock model-invocation log record read: region is the billing (source) region, input_tokens the uncached input (as Bedrock counts it), cache writes split into 5-minute and 1-hour by the response body (cache_ttl_source: cache_details, anthropic_body, no_writes, or unknown: all counted as 5-minute). A malformed record raises an error, or with bedprice.on_unknown_model = null gives the problem.';

CREATE FUNCTION bedprice.invocation_cost(log jsonb)
RETURNS numeric
AS 'MODULE_PATHNAME', 'invocation_cost'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.invocation_cost(jsonb) IS
    'USD cost of one Bedrock model-invocation log record, as bedrock_cost prices the usage bedprice.invocation_usage reads from it (its model ID, billing region, service tier and time). NULL for an unknown model or a malformed record under bedprice.on_unknown_model = null.';
