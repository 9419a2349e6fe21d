-- Price sheet errors: each names the problem, its detail the line and the
-- column; a bad line rejects the whole sheet.
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 4. Errors name the line and the column; nothing of a bad sheet is
--    loaded.  Each load below fails on its own, outside any transaction.
------------------------------------------------------------------------
\set VERBOSITY terse
-- unknown provider
SELECT bedprice.load_price_sheet(:'header' || E'\nazure,Nova Pro,,,,input,1,,,,x\n');
-- unknown routing
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,cross,,input,1,,,,x\n');
-- unknown mode
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,reserved,input,1,,,,x\n');
-- unknown charge
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,reasoning,1,,,,x\n');
-- unknown region
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,mars-north-1,,,input,1,,,,x\n');
-- bad numbers: a decimal comma, a word, a negative price, too many decimals
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,"0,80",,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,free,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,-0.80,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,0.0000000000001,,,,x\n');
-- negative tokens, and a fraction of a token
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,-200000,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,1.5,,,x\n');
-- bad dates: no 13th month; a word; the end not after the start
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-13-01,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-12-01,someday,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-12-01,2026-12-01,x\n');
-- (an end before the start: the error must name the line, as the others do)
SELECT pg_temp.error_names_line(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-12-01,2026-11-01,x\n', 2);
-- a missing model
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,,,,,input,1,,,,x\n');
-- wrong header, wrong field count (too many, too few), unterminated quote
SELECT bedprice.load_price_sheet(E'provider,model,region,routing,mode,charge,price,above_input_tokens,valid_from,valid_to,source\nbedrock,Nova Pro,,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,,,x,extra\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,,\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,,,"unterminated\n');
-- an empty document
SELECT bedprice.load_price_sheet('');
-- The line number is the sheet's own: here the bad line is line 5 (a blank
-- line and a quoted field holding a line break come before it).
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-01-01,,"two\nlines"\n\nbedrock,Nova Pro,,,,output,1,,2026-01-01,,x,\n');
-- With the detail and hint where they help.
\set VERBOSITY default
SELECT bedprice.load_price_sheet(:'header' || E'\nazure,Nova Pro,,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,reserved,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(E'provider,model,region,routing,mode,charge,price,above_input_tokens,valid_from,valid_to,source\nbedrock,Nova Pro,,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,,\n');
-- a column named twice (in another case), a required column missing, an
-- unknown geography (the hint names the geographies)
SELECT bedprice.load_price_sheet(E'provider,model,charge,usd_per_mtok,source, Charge \nbedrock,Nova Pro,input,1,x,input\n');
SELECT bedprice.load_price_sheet(E'provider,model,charge,source\nbedrock,Nova Pro,input,x\n');
SELECT bedprice.load_price_sheet(E'provider,model,routing,geography,charge,usd_per_mtok,source\nbedrock,Nova Pro,geo,mars,input,1,x\n');

-- A bad line rejects the whole sheet: lines 2-4 are good (a new model, a
-- price change of a shipped row, a window), line 5 is not.
SELECT count(*) AS prices_before FROM bedprice.prices \gset
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.half-loaded-v1:0,,,,input,1,,,,half
bedrock,Nova Pro,,,,input,0.70,,2026-11-15,,half
bedrock,Nova Lite,,,,output,0.20,,2026-11-01,2026-11-08,half
bedrock,Nova Lite,,,,output,zero,,2026-12-01,,half
$sheet$);
SELECT (SELECT count(*) FROM bedprice.prices) - :prices_before AS prices_added,
       (SELECT count(*) FROM bedprice.prices WHERE source = 'half') AS half_rows,
       (SELECT count(*) FROM bedprice.models WHERE model = 'test.half-loaded-v1:0') AS half_models,
       (SELECT count(*) FROM bedprice.model_aliases WHERE model = 'test.half-loaded-v1:0') AS half_aliases,
       (SELECT valid_to FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input'
          AND region IS NULL AND mode = 'on_demand') AS nova_pro_input_valid_to;
-- The same when the bad line is a conflict found only while loading: line 3
-- gives Nova Pro input another price from the same moment as its shipped
-- row (since always), a correction rather than a change.  The detail names
-- the row and says nothing was loaded.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.half-loaded-v1:0,,,,input,1,,2026-11-15,,half
bedrock,Nova Pro,,,,input,0.75,,,,half
$sheet$);
SELECT (SELECT count(*) FROM bedprice.prices) - :prices_before AS prices_added,
       (SELECT count(*) FROM bedprice.models WHERE model = 'test.half-loaded-v1:0') AS half_models;

-- Lines of one key may come in any order: the sheet's own history (input
-- 2 from Nov 1, 1 from Nov 15) is applied in time order, the earlier line
-- ending where the later starts.  Loading it again adds nothing.
BEGIN;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.any-order-v1:0,,,,input,1,,2026-11-15,,any order
bedrock,test.any-order-v1:0,,,,input,2,,2026-11-01,,any order
$sheet$) AS loaded;   -- 2
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.any-order-v1:0,,,,input,1,,2026-11-15,,any order
bedrock,test.any-order-v1:0,,,,input,2,,2026-11-01,,any order
$sheet$) AS loaded_again;   -- 0
SELECT usd_per_mtok, valid_from, valid_to FROM bedprice.price_sheet()
WHERE model = 'test.any-order-v1:0' ORDER BY valid_from;
-- Two lines of one key from the same moment contradict each other.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.any-order-v1:0,,,,output,1,,2026-11-15,,any order
bedrock,test.any-order-v1:0,,,,output,2,,2026-11-15,,any order
$sheet$);
ROLLBACK;

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

