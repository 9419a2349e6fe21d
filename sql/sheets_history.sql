-- Price sheets and history: a new row closes the old one at its
-- valid_from, a window keeps the old price after it, an identical row is a
-- no-op; a sheet's own lines of one key are its own history.
-- Shipped rows by key (their ids are made from their content).
SELECT (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS haiku_input,
       (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge = 'output'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS haiku_output,
       (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'output'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_pro_output \gset
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 3. History: a new row closes the old one at its valid_from; a window
--    keeps the old price after it; an identical row is a no-op; a month of
--    usage priced at each day's price.
------------------------------------------------------------------------
BEGIN;
-- Claude 3.5 Haiku: output 4.00 -> 3.00 from 2026-11-21; input at 0.40 in
-- the window [2026-11-10, 2026-11-13), 0.80 before and after.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Claude 3.5 Haiku,,,,output,3.00,,2026-11-21,,november cut
bedrock,Claude 3.5 Haiku,,,,input,0.40,,2026-11-10,2026-11-13,promo
$sheet$) AS loaded;   -- 2
SELECT charge, usd_per_mtok, valid_from, valid_to,
       CASE WHEN source LIKE 'AWS %' THEN '(shipped source)' ELSE source END AS source, shipped
FROM bedprice.prices
WHERE book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge IN ('input', 'output')
  AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0
ORDER BY charge, valid_from;
-- The same sheet again: every row identical, nothing added or changed.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Claude 3.5 Haiku,,,,output,3.00,,2026-11-21,,november cut
bedrock,Claude 3.5 Haiku,,,,input,0.40,,2026-11-10,2026-11-13,promo
$sheet$) AS loaded_again;   -- 0
SELECT count(*) AS haiku_rows FROM bedprice.prices
WHERE book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge IN ('input', 'output')
  AND region IS NULL AND above_input_tokens = 0;   -- 5, as above
-- Both shipped rows, closed, are the user's rows now (shipped = false
-- above), and their shipped keys are recorded.
SELECT table_name, CASE row_key WHEN jsonb_build_object('price_id', :haiku_input) THEN 'Haiku input'
                                WHEN jsonb_build_object('price_id', :haiku_output) THEN 'Haiku output' END AS shipped_row,
       action
FROM bedprice.shipped_changes
WHERE row_key IN (jsonb_build_object('price_id', :haiku_input), jsonb_build_object('price_id', :haiku_output))
ORDER BY 2;

-- A month of usage, 2M input and 1M output tokens a day at noon UTC, each
-- priced at its own time:
--   Nov  1- 9:  9 days x (2 x 0.80 + 4.00) = 9 x 5.60 = 50.40
--   Nov 10-12:  3 days x (2 x 0.40 + 4.00) = 3 x 4.80 = 14.40
--   Nov 13-20:  8 days x (2 x 0.80 + 4.00) = 8 x 5.60 = 44.80
--   Nov 21-30: 10 days x (2 x 0.80 + 3.00) = 10 x 4.60 = 46.00
--   total 155.60
CREATE TEMP TABLE haiku_usage ON COMMIT DROP AS
SELECT d AS at, 2000000::bigint AS in_tokens, 1000000::bigint AS out_tokens
FROM generate_series('2026-11-01 12:00:00+00'::timestamptz, '2026-11-30 12:00:00+00', '1 day') AS d;
SELECT sum(bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', in_tokens, out_tokens, at => at)) AS november
FROM haiku_usage;
-- By day, at the boundaries (and each price's run of days).
SELECT min(at)::date AS first_day, max(at)::date AS last_day, count(*) AS days, cost
FROM (SELECT at, cost, at::date - (row_number() OVER (PARTITION BY cost ORDER BY at))::int AS run
      FROM (SELECT at, bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', in_tokens, out_tokens, at => at) AS cost
            FROM haiku_usage) c) r
GROUP BY run, cost ORDER BY first_day;
-- The window's edges are exact: [2026-11-10, 2026-11-13).  1M input:
SELECT at, bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 1000000, 0, at => at)
FROM (VALUES ('2026-11-09 23:59:59.999999+00'::timestamptz), ('2026-11-10 00:00:00+00'),
             ('2026-11-12 23:59:59.999999+00'), ('2026-11-13 00:00:00+00')) AS t(at);

-- Overlaps are refused by the database itself: a plain INSERT of a row that
-- overlaps a user row of the same key (the promo) is an exclusion_violation.
SAVEPOINT s;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, valid_to, source)
VALUES ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', 'input', 0.50,
        '2026-11-12', '2026-11-13', 'overlapping insert');
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO SAVEPOINT s;
-- So is an UPDATE that makes the promo overlap the row after it.
\set VERBOSITY terse
UPDATE bedprice.prices SET valid_to = '2026-11-14' WHERE source = 'promo';
\echo :LAST_ERROR_SQLSTATE
ROLLBACK TO SAVEPOINT s;
-- An overlapping row of another key (a region of its own) is fine.
INSERT INTO bedprice.prices (provider, model, region, charge, usd_per_mtok, valid_from, valid_to, source)
VALUES ('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', 'eu-west-1', 'input', 0.50,
        '2026-11-12', '2026-11-13', 'other key');
-- A plain INSERT over a shipped row is taken: the shipped row yields (it is
-- closed where the user's row starts, and so becomes the user's row) and
-- its shipped key is recorded.
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'output', 3.00, '2026-11-20', 'plain insert');
SELECT usd_per_mtok, valid_from, valid_to, shipped FROM bedprice.prices
WHERE book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'output' AND region IS NULL AND mode = 'on_demand'
ORDER BY valid_from;
SELECT row_key = jsonb_build_object('price_id', :nova_pro_output) AS nova_pro_output, action
FROM bedprice.shipped_changes
WHERE row_key = jsonb_build_object('price_id', :nova_pro_output);
ROLLBACK;
\set VERBOSITY default

-- A new price may not start at or before a price of the same key it
-- overlaps: history is only ever extended.  Correcting the shipped Nova Pro
-- output price (price_id 64) "since always" is refused, with the row named.
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'output', 3.00, '-infinity', valid_to => '2026-11-01');

------------------------------------------------------------------------
-- A sheet's own lines of one key are its own history, applied latest
-- first, so each closes only rows older than the sheet.  Two successive
-- open-ended lines over a key that has an open-ended price (every shipped
-- one; 0.2.0 refused the second with 23P01): the first closes the shipped
-- row, the second the first.  Loading the sheet again adds nothing.
------------------------------------------------------------------------
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Nova Pro,,,,input,0.75,,2026-12-01,,two steps
bedrock,Nova Pro,,,,input,0.70,,2027-01-01,,two steps
$sheet$) AS loaded;   -- 2
SELECT usd_per_mtok, valid_from, valid_to,
       CASE WHEN source LIKE 'AWS %' THEN '(shipped source)' ELSE source END AS source
FROM bedprice.price_sheet(book => 'aws')
WHERE model = 'amazon.nova-pro-v1:0' AND charge = 'input' AND mode IS NULL AND region IS NULL
ORDER BY valid_from;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Nova Pro,,,,input,0.75,,2026-12-01,,two steps
bedrock,Nova Pro,,,,input,0.70,,2027-01-01,,two steps
$sheet$) AS loaded_again;   -- 0
-- Nova Pro 1M input: 0.80, then 0.75, then 0.70.
SELECT at, bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => at)
FROM (VALUES ('2026-11-30'::timestamptz), ('2026-12-15'), ('2027-01-15')) AS t(at);
-- A window inside an open line of the same sheet splits it: the open
-- line's price resumes after the window, as it would over a catalog row.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Nova Lite,,,,output,0.22,,2026-12-01,,open and window
bedrock,Nova Lite,,,,output,0.11,,2026-12-24,2026-12-27,open and window
$sheet$) AS loaded;   -- 3: the open line in two periods, and the window
SELECT usd_per_mtok, valid_from, valid_to,
       CASE WHEN source LIKE 'AWS %' THEN '(shipped source)' ELSE source END AS source
FROM bedprice.price_sheet(book => 'aws')
WHERE model = 'amazon.nova-lite-v1:0' AND charge = 'output' AND mode IS NULL AND region IS NULL
ORDER BY valid_from;
ROLLBACK;
-- The same with multiplier sheets.
BEGIN;
SELECT bedprice.load_multiplier_sheet(:'mheader' || $sheet$
bedrock,routing,geo,1.05,2026-12-01,,two steps
bedrock,routing,geo,1.00,2027-01-01,,two steps
$sheet$) AS loaded;   -- 2
SELECT factor, valid_from, valid_to,
       CASE WHEN source LIKE 'AWS%' THEN '(shipped source)' ELSE source END AS source
FROM bedprice.multiplier_sheet(book => 'aws') WHERE value = 'geo' ORDER BY valid_from;
ROLLBACK;

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

