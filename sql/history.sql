-- History: usage is priced at the price valid at its own time.
SET TimeZone = 'UTC';

-- A price cut in the middle of a month: Nova Pro input from $0.80 to
-- $0.60 on 2026-11-15.  The old row is closed, the new one opens.
BEGIN;
UPDATE bedprice.prices SET valid_to = '2026-11-15 00:00:00+00'
WHERE model = 'amazon.nova-pro-v1:0' AND charge = 'input';
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.60, '2026-11-15 00:00:00+00', 'test price cut');

-- Before, at, and after the change ([valid_from, valid_to) is half-open).
SELECT at, bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => at)
FROM (VALUES ('2026-11-01 00:00:00+00'::timestamptz),
             ('2026-11-14 23:59:59.999999+00'),
             ('2026-11-15 00:00:00+00'),
             ('2026-11-30 12:00:00+00')) AS t(at);

-- A month of daily usage: 1M input tokens a day.  14 days at 0.80 and 16
-- at 0.60 = 11.2 + 9.6 = 20.8
SELECT sum(bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => d)) AS november
FROM generate_series('2026-11-01 12:00:00+00'::timestamptz, '2026-11-30 12:00:00+00', '1 day') AS d;

-- Multipliers have history too: geo surcharge 10% until 2026-11-20, then 5%.
UPDATE bedprice.multipliers SET valid_to = '2026-11-20 00:00:00+00'
WHERE dimension = 'routing' AND value = 'geo';
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, source)
VALUES ('bedrock', 'routing', 'geo', 1.05, '2026-11-20 00:00:00+00', 'test surcharge cut');
-- Nova Pro 1M in, geo (the source region's price, factor 1): 0.80 (Nov
-- 10); 0.60 (Nov 17)
-- (Nov 17); 0.60 x 1.05 = 0.63 (Nov 25)
SELECT at, bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => at)
FROM (VALUES ('2026-11-10 00:00:00+00'::timestamptz),
             ('2026-11-17 00:00:00+00'),
             ('2026-11-25 00:00:00+00')) AS t(at);

-- The breakdown names the row of the day.
SELECT (charges -> 'input' ->> 'usd_per_mtok') AS usd_per_mtok,
       (charges -> 'input' ->> 'routing_factor') AS routing_factor
FROM bedprice.bedrock_cost_breakdown('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0,
                                     at => '2026-11-25 00:00:00+00');

-- A model added later has no price before it: an error naming the date.
INSERT INTO bedprice.models (provider, model, display_name)
VALUES ('bedrock', 'test.new-model-v1:0', 'New');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source) VALUES
    ('bedrock', 'test.new-model-v1:0', 'input', 1, '2026-11-20 00:00:00+00', 'test'),
    ('bedrock', 'test.new-model-v1:0', 'output', 2, '2026-11-20 00:00:00+00', 'test');
SELECT bedprice.bedrock_cost('test.new-model-v1:0', 'us-east-1', 1000000, 1000000,
                             at => '2026-11-21 00:00:00+00');
SELECT bedprice.bedrock_cost('test.new-model-v1:0', 'us-east-1', 1000000, 1000000,
                             at => '2026-11-19 00:00:00+00');
ROLLBACK;

-- After the rollback the shipped prices are back: 0.8 at any date.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-30 00:00:00+00');
