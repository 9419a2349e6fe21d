------------------------------------------------------------------------
-- The engine's words, names and model-ID grammar, from C
--
-- The catalog's CHECK constraints, the sheet loaders and the importers use
-- these, so they accept exactly what the engine reads.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.vocabulary(
    OUT kind    text,
    OUT word    text,
    OUT is_base boolean,
    OUT ordinal integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'vocabulary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.vocabulary() IS
    'Every word of the pricing model: routings, modes, charges and multiplier dimensions; is_base marks the value a row covers by default (in_region, on_demand), which takes no multiplier.';

CREATE FUNCTION bedprice.parse_model_id(
    model_id           text,
    OUT model          text,
    OUT routing        text,
    OUT routing_prefix text,
    OUT region         text,
    OUT opaque         boolean)
RETURNS record
AS 'MODULE_PATHNAME', 'parse_model_id'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.parse_model_id(text) IS
    'A Bedrock model ID taken apart as the pricing functions read it, without the catalog: the model part, the routing of its prefix, the region of an ARN or LiteLLM form, and whether it is an ARN only an alias can resolve.';

CREATE FUNCTION bedprice_internal.parse_model_id_lenient(
    model_id           text,
    OUT model          text,
    OUT routing        text,
    OUT routing_prefix text,
    OUT region         text,
    OUT opaque         boolean,
    OUT error          text)
RETURNS record
AS 'MODULE_PATHNAME', 'parse_model_id_lenient'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.parse_model_id_lenient(text) IS
    'bedprice.parse_model_id with the error of a malformed ID as a column, for the importers.';

CREATE FUNCTION bedprice_internal.name_candidates(model_id text, provider text, cloud boolean)
RETURNS text[]
AS 'MODULE_PATHNAME', 'name_candidates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.name_candidates(text, text, boolean) IS
    'The normalized names the pricing functions look a model ID up by, in order.';

CREATE FUNCTION bedprice_internal.in_vocabulary(kind text, word text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'in_vocabulary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.in_vocabulary(text, text) IS
    'Whether word is one of the words of kind (routing, mode, charge, dimension), exactly as the catalog stores it.';

CREATE FUNCTION bedprice_internal.is_multiplier_value(dimension text, value text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_multiplier_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_multiplier_value(text, text) IS
    'Whether value may take a multiplier in dimension: a region code, or a routing or mode other than its base value.';

CREATE FUNCTION bedprice_internal.name_key(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'name_key'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.name_key(text) IS
    'How bedprice compares names: surrounding white space trimmed, ASCII letters lower-cased.';

CREATE FUNCTION bedprice_internal.trim_name(name text)
RETURNS text
AS 'MODULE_PATHNAME', 'trim_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.trim_name(text) IS
    'A name with the white space name_key trims removed from its ends, its case kept.';

CREATE FUNCTION bedprice_internal.is_clean_name(name text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_clean_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_clean_name(text) IS
    'Whether a name may be stored: not empty, no surrounding white space, at most 200 characters.';

CREATE FUNCTION bedprice_internal.is_region_code(region text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_region_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bedprice_internal.is_region_code(text) IS
    'Whether text is an AWS region code such as us-east-1 or us-gov-west-1.';
