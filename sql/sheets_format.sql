-- Price sheets, the format: empty fields take their defaults, dates and
-- timestamps are UTC, names are trimmed and matched as the engine matches
-- them, quoted fields, a model named any way the engine reads it.
-- Every change is rolled back: later tests see the catalog as this one
-- found it.
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 1. The format: empty fields take their defaults (all regions,
--    in_region, on_demand, tier 0, since always, open-ended), a date is
--    midnight UTC, a timestamp without a zone is UTC whatever the session's
--    TimeZone, a timestamp with a zone is converted; names are trimmed and
--    case-insensitive; a quoted field may hold commas and quotes; a model
--    may be named by an alias ("nova pro").  An unknown model is created,
--    with its ID as its first alias.
------------------------------------------------------------------------
BEGIN;
-- rules of this test's own, as the seed claimed them: geo x1.10, batch x0.50
UPDATE bedprice.multipliers SET factor = 1.10 WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo';
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, source)
VALUES ('bedrock', 'mode', 'batch', 0.5, 'test batch rule');
CREATE TEMP TABLE names_before ON COMMIT DROP AS
SELECT 'model' AS kind, model AS name FROM bedprice.models
UNION ALL SELECT 'alias', alias FROM bedprice.model_aliases;
SET LOCAL TimeZone = 'America/New_York';   -- the loader reads sheets in UTC anyway
SELECT bedprice.load_price_sheet($sheet$provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
bedrock,test.sheet-model-v1:0,,,,input,1.50,,,,"vendor list, 2026"
bedrock,test.sheet-model-v1:0,,,,output,6,0,,,"vendor list, 2026"
 Bedrock , test.sheet-model-v1:0 ,US-West-2,GEO,Batch,OUTPUT,5.25,,2026-11-01,2026-11-01 12:30:00,"vendor ""beta"" list"
bedrock,nova pro,eu-west-3,,,input,0.95,,2026-11-02 08:00:00+02,,eu list
$sheet$) AS loaded;   -- 4
SET LOCAL TimeZone = 'UTC';
-- The rows as stored: 2026-11-01 12:30:00 (no zone) is 12:30 UTC although
-- the session was in New York; 08:00+02 is 06:00 UTC.
SELECT provider, model, region, routing, mode, charge, usd_per_mtok, above_input_tokens,
       valid_from, valid_to, source, shipped
FROM bedprice.prices
WHERE model IN ('test.sheet-model-v1:0', 'amazon.nova-pro-v1:0') AND NOT shipped
ORDER BY model, region NULLS FIRST, charge;
-- The unknown model was created (its ID as display name), its ID its first alias.
SELECT provider, model, display_name, family, shipped FROM bedprice.models
WHERE model = 'test.sheet-model-v1:0';
SELECT provider, alias, model, routing, shipped FROM bedprice.model_aliases
WHERE model = 'test.sheet-model-v1:0';
-- "nova pro" named the existing model: the only model and alias the sheet
-- added are the unknown one's.
SELECT kind, name FROM (SELECT 'model' AS kind, model AS name FROM bedprice.models
                        UNION ALL SELECT 'alias', alias FROM bedprice.model_aliases
                        EXCEPT ALL TABLE names_before) added
ORDER BY kind DESC;
-- The new model prices at once.  1M in x 1.50 + 1M out x 6 = 7.5
SELECT bedprice.bedrock_cost('test.sheet-model-v1:0', 'us-east-1', 1000000, 1000000);
-- Geo + batch in us-west-2 before 12:30 UTC on 2026-11-01: output has its own
-- row (5.25, no factors); input is the base row x1.10 x0.50 = 0.825.
-- 0.825 + 5.25 = 6.075.  From 12:30 output falls back to 6 x 1.10 x 0.50 =
-- 3.3: 0.825 + 3.3 = 4.125.
SELECT at, bedprice.bedrock_cost('us.test.sheet-model-v1:0', 'us-west-2', 1000000, 1000000, 'batch', at => at)
FROM (VALUES ('2026-10-31 23:00:00+00'::timestamptz),
             ('2026-11-01 12:29:59.999999+00'),
             ('2026-11-01 12:30:00+00')) AS t(at);
-- Nova Pro in eu-west-3: 0.80 before 06:00 UTC on 2026-11-02, 0.95 from then.
SELECT at, bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 1000000, 0, at => at)
FROM (VALUES ('2026-11-02 05:59:59+00'::timestamptz), ('2026-11-02 06:00:00+00')) AS t(at);

-- The header names the columns: any order, the optional ones left out
-- (the sheet above has 0.3.0's header, without geography).  A geography
-- limits a geo row to one geography's profiles: eu. output at 7.
SELECT bedprice.load_price_sheet($sheet$charge,usd_per_mtok,model,provider,routing,geography,source
output,7,test.sheet-model-v1:0,bedrock,geo,eu,eu profiles
$sheet$) AS loaded;   -- 1
--   eu. from eu-west-1: 1M out x 7 = 7; us. from us-east-1: 6 x 1.10 = 6.6
SELECT bedprice.bedrock_cost('eu.test.sheet-model-v1:0', 'eu-west-1', 0, 1000000) AS eu_profile,
       bedprice.bedrock_cost('us.test.sheet-model-v1:0', 'us-east-1', 0, 1000000) AS us_profile;
DELETE FROM bedprice.prices WHERE source = 'eu profiles';

-- price_sheet(): one row a price; empty region, routing and mode for the
-- base values; dates when at midnight UTC, else timestamps with +00.
SELECT * FROM bedprice.price_sheet() WHERE model = 'test.sheet-model-v1:0';
-- price_sheet(at): the rows valid at that moment (the us-west-2 row ended).
SELECT model, region, charge, usd_per_mtok FROM bedprice.price_sheet('2026-11-01 12:30:00+00')
WHERE model = 'test.sheet-model-v1:0';
SELECT model, region, charge, usd_per_mtok FROM bedprice.price_sheet('2026-11-01 12:00:00+00')
WHERE model = 'test.sheet-model-v1:0';
-- price_sheet_csv(): the same as CSV, quoted where needed (the comma, the
-- doubled quotes), the header first, every line ending in a newline.
SELECT line FROM regexp_split_to_table(bedprice.price_sheet_csv(), E'\n') WITH ORDINALITY AS l(line, n)
WHERE n = 1 OR line LIKE '%test.sheet-model%' OR line LIKE '%eu list%'
ORDER BY n;
SELECT right(bedprice.price_sheet_csv(), 1) = E'\n' AS ends_with_newline,
       (SELECT count(*) FROM bedprice.prices) + 1
         = array_length(string_to_array(rtrim(bedprice.price_sheet_csv(), E'\n'), E'\n'), 1)
       AS one_line_a_price_plus_header;
ROLLBACK;
SELECT count(*) AS sheet_model_after_rollback FROM bedprice.models WHERE model = 'test.sheet-model-v1:0';

-- A routing prefix is no part of a model ID: "us.<id>" in the model column
-- must not create a model of that name, which would capture every geo
-- routed use of the real model.  (Whether the line is refused or read as
-- a geo price, the real model keeps its geo IDs.)
BEGIN;
SELECT pg_temp.load_quietly(:'header' || E'\nbedrock,us.anthropic.claude-3-5-haiku-20241022-v1:0,,,,input,0.90,,,,geo list\n');
SELECT count(*) AS prefixed_models FROM bedprice.models WHERE model ILIKE 'us.%';
SELECT model, routing FROM bedprice.resolve_model('us.anthropic.claude-3-5-haiku-20241022-v1:0');
ROLLBACK;

------------------------------------------------------------------------
-- A model named any way the pricing functions read it means that model:
-- its LiteLLM forms, its foundation-model ARN (whose region must be the
-- line's region), an alias.  One model, priced one way, whatever the
-- spelling; an unknown wrapped ID creates the bare model.
------------------------------------------------------------------------
BEGIN;
SELECT count(*) AS models_before FROM bedprice.models \gset
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,bedrock/anthropic.claude-3-5-haiku-20241022-v1:0,,,,input,0.81,,2026-12-01,,wrapped
bedrock,bedrock/converse/Claude 3.5 Haiku,,,,output,4.01,,2026-12-01,,wrapped
bedrock,arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0,eu-west-1,,,input,0.9,,2026-12-01,,wrapped
bedrock,bedrock/eu-west-1/anthropic.claude-3-5-haiku-20241022-v1:0,eu-west-1,,,output,4.5,,2026-12-01,,wrapped
bedrock,bedrock/Test.Wrapped-v1:0,,,,input,1,,,,wrapped
together,together_ai/Test/Wrapped-Direct,,,,input,2,,,,wrapped
$sheet$) AS loaded;   -- 6
SELECT (SELECT count(*) FROM bedprice.models) - :models_before AS models_added;
SELECT provider, model, region, charge, usd_per_mtok FROM bedprice.prices WHERE source = 'wrapped'
ORDER BY provider, model, region NULLS FIRST, charge;
SELECT provider, model, display_name FROM bedprice.models WHERE model LIKE 'Test%';
ROLLBACK;
-- Forms that carry what has a column of its own are refused: a routing
-- prefix, a region other than the line's, an ARN that names no model.
\set VERBOSITY default
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0,,,,input,1,,,,x\n');
\set VERBOSITY terse
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,bedrock/us-west-2/amazon.nova-pro-v1:0,us-east-1,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,bedrock/global.amazon.nova-pro-v1:0,,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc,,,,input,1,,,,x\n');
SELECT bedprice.load_price_sheet(:'header' || E'\nbedrock,arn:aws:bedrock:us-east-1,,,,input,1,,,,x\n');
\set VERBOSITY default

------------------------------------------------------------------------
-- Line ends: LF, CRLF, and CR alone (old Mac spreadsheets).  Every record
-- gets its own line number: the bad line is line 3 in each.
------------------------------------------------------------------------
SELECT e.name, pg_temp.error_names_line(
           replace(:'header' || E'\nbedrock,Nova Pro,,,,input,1,,2026-12-01,,x\nbedrock,Nova Pro,,,,input,bad,,2026-12-02,,x\n',
                   E'\n', e.ending), 3) AS error
FROM (VALUES ('LF', E'\n'), ('CRLF', E'\r\n'), ('CR', E'\r')) AS e(name, ending);
SELECT line, fields FROM bedprice.csv_rows(E'a,b\rc,"d\re"\r\rf,g\r\nh,i\n');

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

