------------------------------------------------------------------------
-- Pricing functions
------------------------------------------------------------------------

CREATE FUNCTION bedprice.bedrock_cost(
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'bedrock_cost'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'USD cost of one Bedrock usage, exact, at the prices valid at `at` in the price book bedprice.price_book names (aws: AWS''s list prices). in_tokens excludes cache reads and writes, as Bedrock reports it.';

CREATE FUNCTION bedprice.api_cost(
    provider              text,
    model                 text,
    in_tokens             bigint,
    out_tokens            bigint,
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'api_cost'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.api_cost(text, text, bigint, bigint, bigint, bigint, bigint, timestamptz) IS
    'USD cost of one usage of a direct API (anthropic, together, groq, ...), exact, at the prices valid at `at` in the price book bedprice.price_book names.';

CREATE FUNCTION bedprice.bedrock_cost_breakdown(
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now(),
    OUT provider            text,
    OUT resolved_model      text,
    OUT resolved_region     text,
    OUT routing             text,
    OUT resolved_mode       text,
    OUT above_input_tokens  bigint,
    OUT input_cost          numeric,
    OUT output_cost         numeric,
    OUT cache_read_cost     numeric,
    OUT cache_write_cost    numeric,
    OUT cache_write_1h_cost numeric,
    OUT total_cost          numeric,
    OUT charges             jsonb)
RETURNS record
AS 'MODULE_PATHNAME', 'bedrock_cost_breakdown'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost_breakdown(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'Explains bedrock_cost: the resolved model, region, routing, mode and tier, each charge''s cost, and per charge the price row and multipliers used.';

-- The same, in a price book the call names (NULL: bedprice.price_book's).
-- Functions of their own: an argument added to the ones above would change
-- how existing calls resolve (a NULL token count, an unknown type, could
-- match either) or drop every view of theirs on an update.
CREATE FUNCTION bedprice.bedrock_cost_in(
    book                  text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'bedrock_cost_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost in the price book given first (NULL: the setting bedprice.price_book''s).';

CREATE FUNCTION bedprice.api_cost_in(
    book                  text,
    provider              text,
    model                 text,
    in_tokens             bigint,
    out_tokens            bigint,
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now())
RETURNS numeric
AS 'MODULE_PATHNAME', 'api_cost_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.api_cost_in(text, text, text, bigint, bigint, bigint, bigint, bigint, timestamptz) IS
    'api_cost in the price book given first (NULL: the setting bedprice.price_book''s).';

CREATE FUNCTION bedprice.bedrock_cost_breakdown_in(
    book                  text,
    model                 text,
    region                text,
    in_tokens             bigint,
    out_tokens            bigint,
    mode                  text DEFAULT 'on_demand',
    cache_read_tokens     bigint DEFAULT 0,
    cache_write_tokens    bigint DEFAULT 0,
    cache_write_1h_tokens bigint DEFAULT 0,
    at                    timestamptz DEFAULT now(),
    OUT provider            text,
    OUT resolved_model      text,
    OUT resolved_region     text,
    OUT routing             text,
    OUT resolved_mode       text,
    OUT above_input_tokens  bigint,
    OUT input_cost          numeric,
    OUT output_cost         numeric,
    OUT cache_read_cost     numeric,
    OUT cache_write_cost    numeric,
    OUT cache_write_1h_cost numeric,
    OUT total_cost          numeric,
    OUT charges             jsonb)
RETURNS record
AS 'MODULE_PATHNAME', 'bedrock_cost_breakdown_in'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.bedrock_cost_breakdown_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz) IS
    'bedrock_cost_breakdown in the price book given first (NULL: the setting bedprice.price_book''s); each charge names the book of its price row.';

CREATE FUNCTION bedprice.resolve_model(
    id       text,
    provider text DEFAULT 'bedrock',
    OUT resolved_provider text,
    OUT model             text,
    OUT display_name      text,
    OUT routing           text,
    OUT region            text,
    OUT matched_name      text)
RETURNS record
AS 'MODULE_PATHNAME', 'resolve_model'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION bedprice.resolve_model(text, text) IS
    'What a model ID, ARN, alias or LiteLLM name resolves to: provider, model, routing, and the region an ARN names.';

CREATE FUNCTION bedprice.cache_info(
    OUT generation  bigint,
    OUT models      integer,
    OUT price_rows  bigint,
    OUT multipliers integer,
    OUT targets     bigint,
    OUT bytes       bigint,
    OUT build_ms    numeric)
RETURNS record
AS 'MODULE_PATHNAME', 'cache_info'
LANGUAGE C STABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION bedprice.cache_info() IS
    'This backend''s price cache: how often it was built, what it holds, its memory, and how long its last build took (milliseconds).';
