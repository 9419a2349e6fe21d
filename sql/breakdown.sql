-- bedrock_cost_breakdown explains every number bedrock_cost returns.
SET TimeZone = 'UTC';
\x on

-- Cross-region Claude 3.5 Sonnet v2 in GovCloud, batch, with cache:
--   input       10,000 x 3.00 x 1.2 x 1.1 x 0.5 = 0.0198
--   output       2,000 x 15.0 x 1.2 x 1.1 x 0.5 = 0.0198
--   cache read  50,000 x 0.30 x 1.2 x 1.1 x 0.5 = 0.0099
--   cache write  5,000 x 3.75 x 1.2 x 1.1 x 0.5 = 0.012375
--   total                                        = 0.061875
SELECT * FROM bedprice.bedrock_cost_breakdown(
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

-- Each charge's price row and factors reproduce its cost in SQL numeric.
SELECT key AS charge,
       (value ->> 'tokens')::numeric * p.usd_per_mtok * 0.000001
         * (value ->> 'region_factor')::numeric * (value ->> 'routing_factor')::numeric
         * (value ->> 'mode_factor')::numeric = (value ->> 'cost')::numeric AS reproduces,
       p.charge = key AS row_is_that_charge
FROM bedprice.bedrock_cost_breakdown('us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-gov-west-1',
                                     10000, 2000, 'batch', 50000, 5000) AS b,
     jsonb_each(b.charges)
     JOIN bedprice.prices p ON p.price_id = (value ->> 'price_id')::bigint
ORDER BY key;

-- A plain on-demand call: no factors, factor 1 everywhere.
SELECT resolved_model, resolved_region, routing, resolved_mode, above_input_tokens,
       input_cost, output_cost, total_cost, charges
FROM bedprice.bedrock_cost_breakdown('Nova Micro', 'us-east-1', 1000000, 1000000);

-- NULLs give NULL, as bedrock_cost.
SELECT bedprice.bedrock_cost_breakdown('Nova Micro', 'us-east-1', NULL, 1) IS NULL AS null_row;
