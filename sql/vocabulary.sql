-- One vocabulary: the words of routing, mode, charge and dimension come
-- from the engine (bedprice.vocabulary()), and the tables' constraints,
-- the sheet loaders and the pricing functions all accept exactly them.
SET TimeZone = 'UTC';

SELECT * FROM bedprice.vocabulary() ORDER BY kind, ordinal;

-- The constraints take their words from the same place.
SELECT conrelid::regclass AS table_name, conname, pg_get_constraintdef(oid) AS definition
FROM pg_constraint
WHERE connamespace = 'bedprice'::regnamespace
  AND conname IN ('prices_routing_check', 'prices_mode_check', 'prices_charge_check',
                  'model_aliases_routing_check', 'multipliers_dimension_check', 'multipliers_value')
ORDER BY 1, 2;

BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.vocab-v1:0', 'Vocab');
-- Every routing x mode x charge of the vocabulary is a valid price row:
-- 3 x 5 x 5 = 75 rows, each at 1 USD per 1M tokens plus its position, so
-- each prices to a number of its own.
INSERT INTO bedprice.prices (provider, model, routing, mode, charge, usd_per_mtok, source)
SELECT 'bedrock', 'test.vocab-v1:0', r.word, m.word, c.word,
       100 * r.ordinal + 10 * m.ordinal + c.ordinal, 'vocabulary test'
FROM bedprice.vocabulary() r, bedprice.vocabulary() m, bedprice.vocabulary() c
WHERE r.kind = 'routing' AND m.kind = 'mode' AND c.kind = 'charge';
SELECT count(*) AS rows_accepted FROM bedprice.prices WHERE source = 'vocabulary test';

-- The engine reads every word: each (routing, mode, charge) prices with
-- its own row, 1M tokens of the charge at the row's price.
SELECT count(*) FILTER (WHERE cost = 100 * r.ordinal + 10 * m.ordinal + c.ordinal) AS priced_by_their_own_row,
       count(*) AS combinations
FROM bedprice.vocabulary() r, bedprice.vocabulary() m, bedprice.vocabulary() c,
     LATERAL (SELECT bedprice.bedrock_cost(
                  CASE r.word WHEN 'geo' THEN 'us.' WHEN 'global' THEN 'global.' ELSE '' END || 'test.vocab-v1:0',
                  'us-east-1',
                  CASE c.word WHEN 'input' THEN 1000000 ELSE 0 END,
                  CASE c.word WHEN 'output' THEN 1000000 ELSE 0 END,
                  m.word,
                  CASE c.word WHEN 'cache_read' THEN 1000000 ELSE 0 END,
                  CASE c.word WHEN 'cache_write' THEN 1000000 ELSE 0 END,
                  CASE c.word WHEN 'cache_write_1h' THEN 1000000 ELSE 0 END) AS cost) AS p
WHERE r.kind = 'routing' AND m.kind = 'mode' AND c.kind = 'charge';
ROLLBACK;

-- The sheet loader reads the same words (in any case, padded), and every
-- one of them: one line per combination loads 75 rows.
BEGIN;
SELECT bedprice.load_price_sheet(
    'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source' || E'\n' ||
    string_agg(format('bedrock,test.vocab-v1:0,, %s ,%s,%s,1,,,,sheet vocabulary', upper(r.word), m.word, initcap(c.word)), E'\n'))
    AS loaded
FROM bedprice.vocabulary() r, bedprice.vocabulary() m, bedprice.vocabulary() c
WHERE r.kind = 'routing' AND m.kind = 'mode' AND c.kind = 'charge';
ROLLBACK;

-- Words that are not in the vocabulary are refused everywhere: by the
-- constraints ...
\set VERBOSITY terse
INSERT INTO bedprice.prices (provider, model, routing, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'cross_region', 'input', 1, 'x');
INSERT INTO bedprice.prices (provider, model, mode, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'reserved', 'input', 1, 'x');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'Input', 1, 'x');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'weekday', 'monday', 1, 'x');
-- ... a base value takes no multiplier ...
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'routing', 'in_region', 1, 'x');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'mode', 'on_demand', 1, 'x');
-- ... by the sheet loader, whose hint lists the vocabulary ...
\set VERBOSITY default
SELECT bedprice.load_price_sheet(E'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source\nbedrock,Nova Pro,,,reserved,input,1,,,,x\n');
-- ... and by the engine, which also takes the seed's two mode words.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1, 'reserved');

-- The helpers the constraints call.
SELECT w.word, bedprice_internal.in_vocabulary(w.kind, w.word) AS stored_as_is,
       bedprice_internal.in_vocabulary(w.kind, upper(w.word)) AS upper_case,
       bedprice_internal.is_multiplier_value(w.kind, w.word) AS takes_multiplier
FROM bedprice.vocabulary() w WHERE w.kind IN ('routing', 'mode') ORDER BY w.kind, w.ordinal;
SELECT bedprice_internal.in_vocabulary('weekday', 'monday');
