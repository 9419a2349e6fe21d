-- replace_source: reloading a corrected sheet removes the rows of its
-- source first, and gives the rows they had closed their periods back;
-- nothing else changes.
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 5. replace_source: the rows of that source are deleted first, the others
--    kept; a failing load keeps them too.
------------------------------------------------------------------------
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,1.00,,,,vendor A
bedrock,test.vendor-v1:0,,,,output,4.00,,,,vendor A
bedrock,test.vendor-v1:0,eu-west-1,,,input,1.20,,,,vendor B
$sheet$) AS loaded;   -- 3
-- Vendor A's corrected list: input 0.90 (output no longer listed).
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,0.90,,,,vendor A
$sheet$, replace_source => 'vendor A') AS loaded;   -- 1
SELECT region, charge, usd_per_mtok, source FROM bedprice.prices
WHERE book = 'aws' AND model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
-- Loading the same with replace_source again: deleted and added again.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,0.90,,,,vendor A
$sheet$, replace_source => 'vendor A') AS loaded;   -- 1
-- The export of one source, loaded with replace_source, gives it back.
SELECT string_agg(line, E'\n') || E'\n' AS vendor_b_sheet
FROM regexp_split_to_table(bedprice.price_sheet_csv(), E'\n') WITH ORDINALITY AS l(line, n)
WHERE n = 1 OR line LIKE '%,vendor B,' \gset
SELECT bedprice.load_price_sheet(:'vendor_b_sheet', replace_source => 'vendor B') AS loaded;   -- 1
SELECT region, charge, usd_per_mtok, source FROM bedprice.prices
WHERE book = 'aws' AND model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
-- A failing sheet with replace_source deletes nothing.
SAVEPOINT s;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,0.85,,,,vendor A
bedrock,test.vendor-v1:0,,,,outptu,3.50,,,,vendor A
$sheet$, replace_source => 'vendor A');
ROLLBACK TO SAVEPOINT s;
SELECT region, charge, usd_per_mtok, source FROM bedprice.prices
WHERE book = 'aws' AND model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
ROLLBACK;
-- replace_source over a change to a shipped price: vendor C's first list
-- cuts Nova Pro input to 0.60 from 2026-11-15 (closing the shipped row);
-- its corrected list drops that line.  Nova Pro input is then priced as if
-- vendor C had never listed it: 0.80 on 2026-11-20, not an error.
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Nova Pro,,,,input,0.60,,2026-11-15,,vendor C
bedrock,Nova Pro,,,,output,3.00,,2026-11-15,,vendor C
$sheet$) AS loaded;   -- 2
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS cut;  -- 0.6
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Nova Pro,,,,output,3.00,,2026-11-15,,vendor C
$sheet$, replace_source => 'vendor C') AS loaded;   -- 1
SAVEPOINT s;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS input_after_replace;  -- 0.8
ROLLBACK TO SAVEPOINT s;
-- Vendor C's remaining row is the output one.
SELECT charge, usd_per_mtok, valid_from, valid_to FROM bedprice.prices WHERE source = 'vendor C';
ROLLBACK;

------------------------------------------------------------------------
-- replace_source gives a period back only to rows its rows closed, and
-- only up to where they ended.  Sheet A prices a new model until
-- 2026-12-01 (ended as given); sheet B prices it from then on (starting
-- where A's row ends, it closes nothing).  B's corrected list drops the
-- line: A's row keeps its end (0.2.0 extended it over B's period, pricing
-- 2027 usage at A's ended price).
------------------------------------------------------------------------
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,test.ended-v1:0,,,,input,2.00,,,2026-12-01,sheet A\n') AS a;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,test.ended-v1:0,,,,input,1.50,,2026-12-01,,sheet B\n') AS b;
SELECT bedprice.load_price_sheet(:'header' || E'\n', replace_source => 'sheet B') AS b_corrected;
SELECT usd_per_mtok, valid_from, valid_to, source FROM bedprice.price_sheet() WHERE model = 'test.ended-v1:0';
-- 2026-11-30 at A's 2.00; 2027 has no price: an error, not A's price.
SELECT bedprice.bedrock_cost('test.ended-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-30') AS nov30;
SELECT bedprice.bedrock_cost('test.ended-v1:0', 'us-east-1', 1000000, 0, at => '2027-01-15') AS jan15;
ROLLBACK;
-- A closed row gets back what it had, and no more: the shipped Haiku
-- output (open-ended) is closed by sheet C at 2026-12-01; sheet D's window
-- [2026-12-10, 2026-12-20) splits C's row.  Removing C gives the shipped
-- row back its period up to D's window, and after D's window the rest of
-- it; removing D too makes it whole again.
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Claude 3.5 Haiku,,,,output,3.5,,2026-12-01,,sheet C\n') AS c;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Claude 3.5 Haiku,,,,output,3.0,,2026-12-10,2026-12-20,sheet D\n') AS d;
SELECT usd_per_mtok, valid_from, valid_to, :shown_source, closed_by IS NOT NULL AS closed
FROM bedprice.prices WHERE book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge = 'output' AND mode = 'on_demand' AND region IS NULL
ORDER BY valid_from;
SELECT bedprice.load_price_sheet(:'header' || E'\n', replace_source => 'sheet C') AS c_removed;
SELECT usd_per_mtok, valid_from, valid_to, :shown_source, closed_by IS NOT NULL AS closed
FROM bedprice.prices WHERE book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge = 'output' AND mode = 'on_demand' AND region IS NULL
ORDER BY valid_from;
SELECT bedprice.load_price_sheet(:'header' || E'\n', replace_source => 'sheet D') AS d_removed;
SELECT usd_per_mtok, valid_from, valid_to, :shown_source, closed_by IS NOT NULL AS closed
FROM bedprice.prices WHERE book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge = 'output' AND mode = 'on_demand' AND region IS NULL
ORDER BY valid_from;
ROLLBACK;

-- One sheet with lines of two sources for one key: the earlier line ends
-- where the later starts, closed by it as if the two were loaded apart;
-- removing the later source gives the earlier its time back (Nova Lite
-- input: srcA 0.05 from 2026-12-01, srcB 0.04 from 2027-01-01; without
-- srcB, 0.05 on 2027-02-01, where the sheet's own closing went unrecorded
-- and the price was gone).
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Lite,,,,input,0.05,,2026-12-01,,srcA\nbedrock,Nova Lite,,,,input,0.04,,2027-01-01,,srcB\n') AS loaded;
SELECT usd_per_mtok, valid_from, valid_to, :shown_source, closed_by IS NOT NULL AS closed, valid_to_given
FROM bedprice.prices WHERE book = 'aws' AND model = 'amazon.nova-lite-v1:0' AND charge = 'input' AND mode = 'on_demand' AND region IS NULL ORDER BY valid_from;
SELECT bedprice.load_price_sheet(:'header' || E'\n', replace_source => 'srcB') AS srcb_removed;
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2027-02-01') AS feb_without_srcb;
ROLLBACK;

-- A window that ends exactly where another source's row starts: removing
-- that source gives the time after the window back to the row in force
-- before both (Nova Lite input, shipped 0.06: sheet C 0.04 from 2027-01-01,
-- then a window 0.05 [2026-12-01, 2027-01-01) by set_price; without C,
-- 0.06 again on 2027-02-01, where the window's closing had hidden C's and
-- the price was gone).
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Lite,,,,input,0.04,,2027-01-01,,sheet C\n') AS c;
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-12-01', valid_to => '2027-01-01',
                          source => 'window') IS NOT NULL AS window_added;
SELECT bedprice.load_price_sheet(:'header' || E'\n', replace_source => 'sheet C') AS c_removed;
SELECT usd_per_mtok, valid_from, valid_to, :shown_source FROM bedprice.prices
WHERE book = 'aws' AND model = 'amazon.nova-lite-v1:0' AND charge = 'input' AND mode = 'on_demand' AND region IS NULL ORDER BY valid_from;
SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2027-02-01') AS feb_without_c;
ROLLBACK;

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

