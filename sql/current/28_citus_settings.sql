------------------------------------------------------------------------
-- On a Citus cluster, a query that would price a Citus table's rows on
-- the workers with a setting of this session only (which Citus does not
-- send them) is refused: the pricing functions' planner support function
-- checks it on the node that plans the query.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.settings_support(internal)
    RETURNS internal AS 'MODULE_PATHNAME', 'settings_support' LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION bedprice_internal.settings_support(internal) IS
    'Planner support of the pricing functions: refuses a query that reads a Citus table while a bedprice setting has a value of this session only, which the shard queries on the workers would not have.  It changes no plan.';

ALTER FUNCTION bedprice.bedrock_cost(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.api_cost(text, text, bigint, bigint, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_breakdown(text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.api_cost_in(text, text, text, bigint, bigint, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_cost_breakdown_in(text, text, text, bigint, bigint, text, bigint, bigint, bigint,
                                                  timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.resolve_model(text, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.usage_charges(regclass, record, text, boolean) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.invocation_usage(jsonb) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.invocation_cost(jsonb) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.cost_or_null(text, text, text, text, bigint, bigint, text, bigint, bigint, bigint, timestamptz)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.unit_price(text, text, text, text, text, text, timestamptz, boolean)
    SUPPORT bedprice_internal.settings_support;
-- the SQL and PL/pgSQL functions that price or read the catalog with the settings
ALTER FUNCTION bedprice.volume_cost(text, text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, boolean)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.monthly_cost(text, text, numeric, numeric, text, numeric, numeric, timestamptz, text, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.bedrock_premium(text, text, text, bigint, bigint, timestamptz, text, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.compare_models(text, text, bigint, bigint, text, text, text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.cheapest(text, bigint, bigint, text, timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.scenario(text[], numeric[], numeric[], text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.unit_prices(text, text, text, text, text, bigint, bigint) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_rate(text, text, text, timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_cost(text, text, integer, numeric, text, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.provisioned_breakeven(text, text, text, bigint, bigint, integer, timestamptz, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.price_sheet(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.price_sheet_csv(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.multiplier_sheet(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.multiplier_sheet_csv(timestamptz, text) SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice.book_chain() SUPPORT bedprice_internal.settings_support;
-- an aggregate's step: the planner asks its cost
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint)
    SUPPORT bedprice_internal.settings_support;
ALTER FUNCTION bedprice_internal.sum_bedrock_cost_step(internal, text, text, bigint, bigint, text, bigint, bigint, bigint,
                                                       timestamptz)
    SUPPORT bedprice_internal.settings_support;

REVOKE EXECUTE ON FUNCTION bedprice_internal.settings_support(internal) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bedprice_internal.settings_support(internal) TO bedprice_admin;
