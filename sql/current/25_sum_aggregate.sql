------------------------------------------------------------------------
-- sum(bedrock_cost(...)) as one aggregate: each row's cost is counted as
-- an integer, and one numeric is built at the end (the same sum to the
-- last digit, display scale included).  An aggregate takes no defaults:
-- its forms are bedrock_cost's with 4, 5, 8 and 9 arguments.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text,
                                                        bigint, bigint, bigint)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text,
                                                        bigint, bigint, bigint, timestamptz)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_bedrock_cost_step' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_combine(internal, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_cost_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_serialize(internal)
    RETURNS bytea AS 'MODULE_PATHNAME', 'sum_cost_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_deserialize(bytea, internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'sum_cost_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION bedprice_internal.sum_cost_final(internal)
    RETURNS numeric AS 'MODULE_PATHNAME', 'sum_cost_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedprice.sum_bedrock_cost: one row''s cost added to the sum.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_combine(internal, internal) IS
    'bedprice.sum_bedrock_cost: two partial sums (parallel workers'') in one.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_serialize(internal) IS
    'bedprice.sum_bedrock_cost: a partial sum as bytes, for the leader of a parallel query.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_deserialize(bytea, internal) IS
    'bedprice.sum_bedrock_cost: a partial sum from its bytes.';
COMMENT ON FUNCTION bedprice_internal.sum_cost_final(internal) IS
    'bedprice.sum_bedrock_cost: the sum as numeric; NULL where no row had a cost.';

CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text, cache_read_tokens bigint, cache_write_tokens bigint,
                                           cache_write_1h_tokens bigint) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE bedprice.sum_bedrock_cost(model text, region text, in_tokens bigint, out_tokens bigint,
                                           mode text, cache_read_tokens bigint, cache_write_tokens bigint,
                                           cache_write_1h_tokens bigint, at timestamptz) (
    SFUNC = bedprice_internal.sum_bedrock_cost_step, STYPE = internal,
    FINALFUNC = bedprice_internal.sum_cost_final, COMBINEFUNC = bedprice_internal.sum_cost_combine,
    SERIALFUNC = bedprice_internal.sum_cost_serialize, DESERIALFUNC = bedprice_internal.sum_cost_deserialize,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read_tokens, cache_write_tokens, cache_write_1h_tokens)), equal to the last digit, without a numeric per row.';
COMMENT ON AGGREGATE bedprice.sum_bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read_tokens, cache_write_tokens, cache_write_1h_tokens, at)), equal to the last digit, without a numeric per row.';

-- The support functions are the aggregate's (whose owner's right to call
-- them is what PostgreSQL checks), not the public's.
REVOKE EXECUTE ON FUNCTION
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint),
    bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz),
    bedprice_internal.sum_cost_combine(internal, internal), bedprice_internal.sum_cost_serialize(internal),
    bedprice_internal.sum_cost_deserialize(bytea, internal), bedprice_internal.sum_cost_final(internal)
FROM PUBLIC;
