-- Every value the catalog accepts prices exactly: prices up to 1,000,000
-- with 12 decimal places, factors up to 1000 with 9, token counts up to
-- bigint's limit.  Past what int128 holds the engine computes in numeric;
-- the result always equals the formula in SQL numeric:
--   round(sum(tokens x usd_per_mtok x factors) / 1,000,000, 15), trailing zeros dropped.
SET TimeZone = 'UTC';

BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES
    ('bedrock', 'test.exact-v1:0', 'Exact');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'test.exact-v1:0', 'input', 999999.999999999999, 'exact'),
    ('bedrock', 'test.exact-v1:0', 'output', 0.000000000001, 'exact'),
    ('bedrock', 'test.exact-v1:0', 'cache_read', 123456.789012345678, 'exact'),
    ('bedrock', 'test.exact-v1:0', 'cache_write', 1000000, 'exact'),
    ('bedrock', 'test.exact-v1:0', 'cache_write_1h', 0.333333333333, 'exact');
-- factors with 9 decimal places on every dimension (the shipped geo and
-- batch rules give way for this test)
DELETE FROM bedprice.multipliers WHERE shipped AND dimension IN ('routing', 'mode');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source) VALUES
    ('bedrock', 'region', 'eu-west-3', 999.999999999, 'exact'),
    ('bedrock', 'routing', 'geo', 1.000000001, 'exact'),
    ('bedrock', 'mode', 'flex', 0.123456789, 'exact');

CREATE TEMP TABLE usages AS
SELECT n, tokens
FROM (VALUES
    (1, ARRAY[0, 1, 0, 0, 0]::bigint[]),                        -- one output token: 0.2.0 said 22003
    (2, ARRAY[1, 1, 1, 1, 1]::bigint[]),
    (3, ARRAY[9223372036854775807, 0, 0, 0, 0]::bigint[]),      -- bigint's limit at the top price
    (4, ARRAY[9223372036854775807, 9223372036854775807, 9223372036854775807,
              9223372036854775807, 9223372036854775807]::bigint[]),
    (5, ARRAY[3, 7, 11, 13, 17]::bigint[]),
    (6, ARRAY[1000000, 1000000, 1000000, 1000000, 1000000]::bigint[])) AS t(n, tokens);

-- The reference, in SQL numeric from the rows themselves.
CREATE TEMP VIEW reference AS
SELECT u.n, trim_scale(round(sum(u.tokens[c.i] * p.usd_per_mtok * f.factor) / 1000000, 15)) AS expected
FROM usages u
CROSS JOIN (VALUES (1, 'input'), (2, 'output'), (3, 'cache_read'), (4, 'cache_write'), (5, 'cache_write_1h')) AS c(i, charge)
JOIN bedprice.prices p ON p.model = 'test.exact-v1:0' AND p.charge = c.charge
CROSS JOIN (SELECT m1.factor * m2.factor * m3.factor AS factor
            FROM bedprice.multipliers m1, bedprice.multipliers m2, bedprice.multipliers m3
            WHERE (m1.source, m1.dimension, m2.source, m2.dimension, m3.source, m3.dimension)
                  = ('exact', 'region', 'exact', 'routing', 'exact', 'mode')) AS f
GROUP BY u.n;

SELECT u.n, r.expected,
       bedprice.bedrock_cost('eu.test.exact-v1:0', 'eu-west-3', u.tokens[1], u.tokens[2], 'flex',
                             u.tokens[3], u.tokens[4], u.tokens[5]) AS cost,
       bedprice.bedrock_cost('eu.test.exact-v1:0', 'eu-west-3', u.tokens[1], u.tokens[2], 'flex',
                             u.tokens[3], u.tokens[4], u.tokens[5]) = r.expected AS equal
FROM usages u JOIN reference r USING (n)
ORDER BY u.n;

-- The breakdown's charges add up to the same, each exact.
SELECT total_cost = (SELECT expected FROM reference WHERE n = 4) AS total_equal,
       input_cost, output_cost, cache_read_cost, cache_write_cost, cache_write_1h_cost
FROM bedprice.bedrock_cost_breakdown('eu.test.exact-v1:0', 'eu-west-3', 9223372036854775807, 9223372036854775807,
                                     'flex', 9223372036854775807, 9223372036854775807, 9223372036854775807);
-- Without factors, the same prices: 1 token of each charge.
SELECT bedprice.bedrock_cost('test.exact-v1:0', 'us-east-1', 1, 1, 'on_demand', 1, 1, 1) AS one_of_each,
       trim_scale(round((999999.999999999999 + 0.000000000001 + 123456.789012345678 + 1000000 + 0.333333333333)
                        / 1000000, 15)) AS expected;
ROLLBACK;

-- Validity is [valid_from, valid_to) and valid_to is at most infinity, so
-- no price holds at +infinity: pricing there is an error, as
-- price_sheet('infinity') lists no rows; -infinity is priced by rows
-- valid since always, as price_sheet('-infinity') lists them.
SELECT count(*) AS rows_at_infinity FROM bedprice.price_sheet('infinity');
SELECT count(*) > 0 AS rows_at_minus_infinity FROM bedprice.price_sheet('-infinity');
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '-infinity') AS at_minus_infinity;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => 'infinity') AS at_infinity;
SELECT * FROM bedprice.bedrock_cost_breakdown('Nova Pro', 'us-east-1', 1000000, 0, at => 'infinity');
-- (no tokens need no price, at any time)
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 0, 0, at => 'infinity') AS no_tokens;
