-- bedrock_cost_breakdown explains every number bedrock_cost returns.
SET TimeZone = 'UTC';

-- Every factor at once needs rules AWS does not bill; this test adds the
-- seed's (geo x1.10, batch x0.50, GovCloud x1.20) for Claude 3.5 Sonnet v2
-- (one price for every region and routing, no batch price of its own).
BEGIN;
UPDATE bedprice.multipliers SET factor = 1.10 WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo';
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES
    ('bedrock', 'mode', 'batch', 0.5, 'test batch rule'),
    ('bedrock', 'region', 'us-gov-west-1', 1.2, 'test govcloud rule');
\x on

-- Cross-region Claude 3.5 Sonnet v2 in GovCloud, batch, with cache:
--   input       10,000 x 3.00 x 1.2 x 1.1 x 0.5 = 0.0198
--   output       2,000 x 15.0 x 1.2 x 1.1 x 0.5 = 0.0198
--   cache read  50,000 x 0.30 x 1.2 x 1.1 x 0.5 = 0.0099
--   cache write  5,000 x 3.75 x 1.2 x 1.1 x 0.5 = 0.012375
--   total                                        = 0.061875
-- (the rows' and rules' ids are checked below, not printed: shipped ones
-- are made from their content)
SELECT provider, resolved_model, resolved_region, routing, resolved_mode, above_input_tokens,
       input_cost, output_cost, cache_read_cost, cache_write_cost, cache_write_1h_cost, total_cost,
       (SELECT jsonb_object_agg(k, v - 'price_id' - 'region_multiplier_id' - 'routing_multiplier_id'
                                      - 'mode_multiplier_id')
        FROM jsonb_each(charges) AS e(k, v)) AS charges
FROM bedprice.bedrock_cost_breakdown(
    'us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-west-1',
    10000, 2000, 'batch', 50000, 5000, 0, '2026-11-01 00:00:00+00');
\x off

-- Its total is bedrock_cost's, and its charges add up to it.
SELECT b.total_cost = c.cost AS total_matches,
       b.input_cost + b.output_cost + b.cache_read_cost + b.cache_write_cost
         + b.cache_write_1h_cost = b.total_cost AS charges_add_up
FROM bedprice.bedrock_cost_breakdown('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-west-1',
                                     10000, 2000, 'batch', 50000, 5000) AS b,
     bedprice.bedrock_cost('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-west-1',
                           10000, 2000, 'batch', 50000, 5000) AS c(cost);

-- Each charge's price row and factors reproduce its cost in SQL numeric,
-- and the ids name that charge's row and the rules applied.
SELECT e.k AS charge,
       (e.v ->> 'tokens')::numeric * p.usd_per_mtok * 0.000001
         * (e.v ->> 'region_factor')::numeric * (e.v ->> 'routing_factor')::numeric
         * (e.v ->> 'mode_factor')::numeric = (e.v ->> 'cost')::numeric AS reproduces,
       p.charge = e.k AS row_is_that_charge,
       (SELECT m.source FROM bedprice.multipliers m WHERE m.multiplier_id = (e.v ->> 'region_multiplier_id')::bigint) AS region_rule,
       (SELECT m.value FROM bedprice.multipliers m WHERE m.multiplier_id = (e.v ->> 'routing_multiplier_id')::bigint) AS routing_rule,
       (SELECT m.source FROM bedprice.multipliers m WHERE m.multiplier_id = (e.v ->> 'mode_multiplier_id')::bigint) AS mode_rule
FROM bedprice.bedrock_cost_breakdown('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-west-1',
                                     10000, 2000, 'batch', 50000, 5000) AS b,
     jsonb_each(b.charges) AS e(k, v)
     JOIN bedprice.prices p ON p.price_id = (e.v ->> 'price_id')::bigint
ORDER BY e.k;
ROLLBACK;

-- A plain on-demand call: no factors, factor 1 everywhere.
SELECT resolved_model, resolved_region, routing, resolved_mode, above_input_tokens,
       input_cost, output_cost, total_cost,
       (SELECT jsonb_object_agg(k, v - 'price_id') FROM jsonb_each(charges) AS e(k, v)) AS charges,
       (SELECT bool_and(p.model = resolved_model AND p.charge = k AND p.shipped)
        FROM jsonb_each(charges) AS e(k, v) JOIN bedprice.prices p ON p.price_id = (v ->> 'price_id')::bigint)
         AS rows_are_the_models
FROM bedprice.bedrock_cost_breakdown('Nova Micro', 'us-east-1', 1000000, 1000000);

-- NULLs give NULL, as bedrock_cost.
SELECT bedprice.bedrock_cost_breakdown('Nova Micro', 'us-east-1', NULL, 1) IS NULL AS null_row;
