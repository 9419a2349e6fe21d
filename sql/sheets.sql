-- Price and multiplier sheets: the CSV format in and out, history kept by
-- loads and set_price, overlaps refused by the database, errors that name
-- their line and column, and a bad line that rejects the whole sheet.
--
-- Every change here is rolled back (BEGIN ... ROLLBACK) or is a failing
-- statement: later tests see the catalog as this one found it.  Prices
-- used (USD per 1M tokens, shipped rows, all regions, on demand):
--   Nova Pro input 0.80, output 3.20;  Claude 3.5 Haiku input 0.80, output 4.00
--   rules: geo and global routing x1.10, batch x0.50
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

\set header 'provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source'
\set mheader 'provider,dimension,value,factor,valid_from,valid_to,source'

-- Whether loading a sheet fails with an error that names the given line.
CREATE FUNCTION pg_temp.error_names_line(sheet text, line integer) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bedprice.load_price_sheet(sheet);
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN CASE WHEN SQLERRM ~ ('\mline ' || line || '\M') THEN 'names line ' || line
                ELSE 'does not name the line: ' || SQLERRM END;
END $$;

-- Loads a sheet, whether or not it is refused (shows nothing either way).
CREATE FUNCTION pg_temp.load_quietly(sheet text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bedprice.load_price_sheet(sheet);
EXCEPTION WHEN OTHERS THEN
    NULL;
END $$;

-- A fingerprint of the whole catalog, to show a statement left it alone.
SELECT md5(bedprice.price_sheet_csv() || bedprice.multiplier_sheet_csv()
           || (SELECT string_agg(concat_ws('|', provider, model, display_name), ',' ORDER BY provider, model) FROM bedprice.models)
           || (SELECT string_agg(concat_ws('|', provider, alias, model, routing), ',' ORDER BY provider, alias) FROM bedprice.model_aliases)
           || (SELECT coalesce(string_agg(concat_ws('|', table_name, row_key, action, row_data), ',' ORDER BY table_name, row_key::text), '') FROM bedprice.shipped_changes))
       AS catalog_at_start \gset

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
-- 2. Export, edit, load, export: the same catalog plus exactly the edit.
------------------------------------------------------------------------
BEGIN;
CREATE TEMP TABLE sheet_before ON COMMIT DROP AS SELECT * FROM bedprice.price_sheet();
SELECT bedprice.price_sheet_csv() AS exported \gset
-- Loading the unchanged export adds nothing and changes nothing.
SELECT bedprice.load_price_sheet(:'exported') AS loaded;   -- 0
SELECT (SELECT count(*) FROM (TABLE sheet_before EXCEPT ALL SELECT * FROM bedprice.price_sheet()) d) AS lost,
       (SELECT count(*) FROM (SELECT * FROM bedprice.price_sheet() EXCEPT ALL TABLE sheet_before) d) AS gained,
       bedprice.price_sheet_csv() = :'exported' AS same_export;
-- The edit: one line added under the Nova Pro input line, a cut to 0.60
-- from 2026-11-15.
SELECT replace(:'exported',
               E'bedrock,amazon.nova-pro-v1:0,,,,input,0.80,0,,,seed 2026-04-10\n',
               E'bedrock,amazon.nova-pro-v1:0,,,,input,0.80,0,,,seed 2026-04-10\n'
               || E'bedrock,amazon.nova-pro-v1:0,,,,input,0.60,,2026-11-15,,price cut\n') AS edited \gset
SELECT array_length(string_to_array(:'edited', E'\n'), 1)
       - array_length(string_to_array(:'exported', E'\n'), 1) AS lines_added;   -- 1
SELECT bedprice.load_price_sheet(:'edited') AS loaded;   -- 1
-- The catalog now differs from before by exactly the change: the old row
-- closed where the new one starts, and the new row.
SELECT 'gained' AS diff, * FROM (SELECT * FROM bedprice.price_sheet() EXCEPT ALL TABLE sheet_before) d
UNION ALL
SELECT 'lost', * FROM (TABLE sheet_before EXCEPT ALL SELECT * FROM bedprice.price_sheet()) d
ORDER BY 1, valid_from;
-- The new export is the edited sheet with the old line closed at 2026-11-15
-- (and the new line's empty tier written as 0) ...
SELECT bedprice.price_sheet_csv()
       = replace(:'edited',
                 'input,0.80,0,,,seed 2026-04-10' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,input,0.60,,',
                 'input,0.80,0,,2026-11-15,seed 2026-04-10' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,input,0.60,0,')
       AS export_is_the_edit;
-- ... and loading it again adds nothing.
SELECT bedprice.load_price_sheet(bedprice.price_sheet_csv()) AS loaded_again;   -- 0
-- The edit prices: 1M input on 2026-11-14 at 0.80, on 2026-11-15 at 0.60.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-14 23:00:00+00') AS nov14,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-15 00:00:00+00') AS nov15;
-- The closing of the shipped row is recorded, for pg_dump (price_id 63 is
-- the shipped Nova Pro input row).
SELECT table_name, row_key, action, row_data ->> 'valid_to' AS valid_to, row_data ->> 'usd_per_mtok' AS usd
FROM bedprice.shipped_changes WHERE row_key = '{"price_id": 63}';
-- Loading the same edited sheet a second time is a no-op too: every one
-- of its lines is already in the catalog (the old Nova Pro line as the
-- history the first load made of it).
SAVEPOINT s;
SELECT bedprice.load_price_sheet(:'edited') AS edited_again;   -- 0
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.price_sheet_csv() = replace(:'edited',
                 'input,0.80,0,,,seed 2026-04-10' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,input,0.60,,',
                 'input,0.80,0,,2026-11-15,seed 2026-04-10' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,input,0.60,0,')
       AS still_the_edit;
ROLLBACK;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-15 00:00:00+00') AS after_rollback;  -- 0.8

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
SELECT charge, usd_per_mtok, valid_from, valid_to, source, shipped
FROM bedprice.prices
WHERE model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge IN ('input', 'output')
  AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0
ORDER BY charge, valid_from;
-- The same sheet again: every row identical, nothing added or changed.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,Claude 3.5 Haiku,,,,output,3.00,,2026-11-21,,november cut
bedrock,Claude 3.5 Haiku,,,,input,0.40,,2026-11-10,2026-11-13,promo
$sheet$) AS loaded_again;   -- 0
SELECT count(*) AS haiku_rows FROM bedprice.prices
WHERE model = 'anthropic.claude-3-5-haiku-20241022-v1:0' AND charge IN ('input', 'output')
  AND region IS NULL AND above_input_tokens = 0;   -- 5, as above
-- Both shipped rows' closings are recorded (Haiku input is price_id 6,
-- output 7).
SELECT table_name, row_key, action, row_data ->> 'valid_to' AS valid_to
FROM bedprice.shipped_changes WHERE row_key IN ('{"price_id": 6}', '{"price_id": 7}')
ORDER BY row_key::text;

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
-- closed where the user's row starts) and the change is recorded.  Nova
-- Pro output is price_id 64.
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'amazon.nova-pro-v1:0', 'output', 3.00, '2026-11-20', 'plain insert');
SELECT usd_per_mtok, valid_from, valid_to, shipped FROM bedprice.prices
WHERE model = 'amazon.nova-pro-v1:0' AND charge = 'output' ORDER BY valid_from;
SELECT row_key, action, row_data ->> 'valid_to' AS valid_to FROM bedprice.shipped_changes
WHERE row_key = '{"price_id": 64}';
ROLLBACK;
\set VERBOSITY default

-- A new price may not start at or before a price of the same key it
-- overlaps: history is only ever extended.  Correcting the shipped Nova Pro
-- output price (price_id 64) "since always" is refused, with the row named.
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'output', 3.00, '-infinity', valid_to => '2026-11-01');

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
       (SELECT valid_to FROM bedprice.prices WHERE shipped AND model = 'amazon.nova-pro-v1:0' AND charge = 'input') AS nova_pro_input_valid_to;
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
WHERE model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
-- Loading the same with replace_source again: deleted and added again.
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,0.90,,,,vendor A
$sheet$, replace_source => 'vendor A') AS loaded;   -- 1
-- The export of one source, loaded with replace_source, gives it back.
SELECT string_agg(line, E'\n') || E'\n' AS vendor_b_sheet
FROM regexp_split_to_table(bedprice.price_sheet_csv(), E'\n') WITH ORDINALITY AS l(line, n)
WHERE n = 1 OR line LIKE '%,vendor B' \gset
SELECT bedprice.load_price_sheet(:'vendor_b_sheet', replace_source => 'vendor B') AS loaded;   -- 1
SELECT region, charge, usd_per_mtok, source FROM bedprice.prices
WHERE model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
-- A failing sheet with replace_source deletes nothing.
SAVEPOINT s;
SELECT bedprice.load_price_sheet(:'header' || $sheet$
bedrock,test.vendor-v1:0,,,,input,0.85,,,,vendor A
bedrock,test.vendor-v1:0,,,,outptu,3.50,,,,vendor A
$sheet$, replace_source => 'vendor A');
ROLLBACK TO SAVEPOINT s;
SELECT region, charge, usd_per_mtok, source FROM bedprice.prices
WHERE model = 'test.vendor-v1:0' ORDER BY region NULLS FIRST, charge;
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
-- 6. set_price and set_multiplier
------------------------------------------------------------------------
BEGIN;
-- Nova Lite input 0.06 -> 0.05 from 2026-11-15: returns the new price_id,
-- closes the old row.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15') IS NOT NULL AS added;
-- The same price again: NULL, nothing added.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15') AS identical;
-- A window (named arguments): output at 0.20 for [2026-11-24, 2026-12-01);
-- the shipped 0.24 is closed at the window's start and continues after it.
SELECT bedprice.set_price('bedrock', 'amazon.nova-lite-v1:0', 'output', 0.20,
                          valid_from => '2026-11-24', valid_to => '2026-12-01',
                          source => 'lite window') IS NOT NULL AS added;
-- A row of its own for geo routing in us-west-2 from the same day.
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.052, '2026-11-24',
                          region => 'us-west-2', routing => 'geo') IS NOT NULL AS added;
-- The provider in any case; valid_from defaults to now().
SELECT bedprice.set_price('Bedrock', 'Nova Micro', 'input', 0.03) IS NOT NULL AS added;
SELECT model, region, routing, charge, usd_per_mtok,
       CASE WHEN valid_from = now() THEN 'now()' ELSE valid_from::text END AS valid_from,
       CASE WHEN valid_to = now() THEN 'now()' ELSE valid_to::text END AS valid_to,
       source, shipped
FROM bedprice.prices p
WHERE model IN ('amazon.nova-lite-v1:0', 'amazon.nova-micro-v1:0') AND charge = 'input'
   OR model = 'amazon.nova-lite-v1:0' AND charge = 'output'
ORDER BY model, charge, region NULLS FIRST, p.valid_from;
-- 1M tokens of Nova Lite:
--               input   output   geo input in us-west-2
--   Nov 14      0.06    0.24     0.06 x 1.10 = 0.066
--   Nov 20      0.05    0.24     0.05 x 1.10 = 0.055
--   Nov 25      0.05    0.20     its own row: 0.052
--   Dec  2      0.05    0.24     its own row: 0.052
SELECT at, bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => at) AS input,
       bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => at) AS output,
       bedprice.bedrock_cost('us.amazon.nova-lite-v1:0', 'us-west-2', 1000000, 0, at => at) AS geo_input
FROM (VALUES ('2026-11-14 00:00:00+00'::timestamptz), ('2026-11-20 00:00:00+00'),
             ('2026-11-25 00:00:00+00'), ('2026-12-02 00:00:00+00')) AS t(at);
-- Nova Micro input: 0.035 until now, 0.03 from now on.
SELECT bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0, at => now() - interval '1 microsecond') AS before_now,
       bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0, at => now()) AS from_now;

-- set_multiplier: the geo surcharge 10% -> 5% from 2026-11-20.
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-11-20') IS NOT NULL AS added;
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '2026-11-20') AS identical;
SELECT value, factor, valid_from, valid_to, source, shipped FROM bedprice.multipliers
WHERE dimension = 'routing' AND value = 'geo' ORDER BY valid_from;
-- Nova Pro 1M input, geo: Nov 19: 0.80 x 1.10 = 0.88; Nov 20: 0.80 x 1.05 = 0.84
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-19 23:00:00+00') AS nov19,
       bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS nov20;
ROLLBACK;
-- Their errors name the argument.
\set VERBOSITY terse
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'reasoning', 0.05, '2026-11-15');
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', -0.05, '2026-11-15');
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'input', 0.05, '2026-11-15', region => 'mars-north-1');
SELECT bedprice.set_price('azure', 'Nova Lite', 'input', 0.05, '2026-11-15');
SELECT bedprice.set_multiplier('bedrock', 'routing', 'sideways', 1.05, '2026-11-20');
SELECT bedprice.set_multiplier('bedrock', 'region', 'mars-north-1', 1.05, '2026-11-20');
SELECT bedprice.set_multiplier('bedrock', 'mode', 'batch', -1, '2026-11-20');
-- The base routing takes no multiplier (the table's CHECK says so).
SELECT bedprice.set_multiplier('bedrock', 'routing', 'in_region', 1.05, '2026-11-20');
\set VERBOSITY default

------------------------------------------------------------------------
-- 7. Multiplier sheets in and out
------------------------------------------------------------------------
SELECT * FROM bedprice.multiplier_sheet();
SELECT bedprice.multiplier_sheet_csv();
BEGIN;
SELECT bedprice.load_multiplier_sheet($sheet$provider,dimension,value,factor,valid_from,valid_to,source
bedrock,routing,geo,1.05,2026-11-20,,surcharge cut
bedrock,region,EU-West-3,1.15,2026-11-01,2026-12-01,"paris, promo"
bedrock,mode,batch,0.45,2026-12-01 06:00:00,,
$sheet$) AS loaded;   -- 3
SELECT * FROM bedprice.multiplier_sheet();
SELECT bedprice.multiplier_sheet_csv();
SELECT dimension, value, factor FROM bedprice.multiplier_sheet('2026-11-25 00:00:00+00');
-- Round trip: the export loads as a no-op.
SELECT bedprice.multiplier_sheet_csv() AS mexported \gset
SELECT bedprice.load_multiplier_sheet(:'mexported') AS loaded_again,   -- 0
       bedprice.multiplier_sheet_csv() = :'mexported' AS same_export;
-- Nova Pro 1M input (0.80):
--   geo, Nov 19: x1.10 = 0.88; Nov 20: x1.05 = 0.84
--   eu-west-3, Nov 15: x1.15 = 0.92; Dec 15: 0.80
--   batch, Dec 1 05:00: x0.50 = 0.40; Dec 1 06:00: x0.45 = 0.36
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-19 00:00:00+00') AS geo_nov19,
       bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS geo_nov20,
       bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 1000000, 0, at => '2026-11-15 00:00:00+00') AS paris_nov15,
       bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 1000000, 0, at => '2026-12-15 00:00:00+00') AS paris_dec15,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-12-01 05:00:00+00') AS batch_dec1_5h,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-12-01 06:00:00+00') AS batch_dec1_6h;
-- replace_source: the "surcharge cut" replaced by a later one.
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,1.07,2026-11-25,,surcharge cut\n',
                                      replace_source => 'surcharge cut') AS loaded;
-- Geo routing keeps its surcharge until the replacement starts: Nova Pro
-- 1M input, geo, on Nov 22: 0.80 x 1.10 = 0.88; on Nov 25: 0.80 x 1.07 = 0.856.
SAVEPOINT s;
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-22 00:00:00+00') AS geo_nov22;
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-25 00:00:00+00') AS geo_nov25;
SELECT value, factor, valid_from, valid_to FROM bedprice.multipliers WHERE source = 'surcharge cut';
ROLLBACK;
-- Multiplier sheet errors.
\set VERBOSITY terse
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,in_region,1.05,,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,mode,on_demand,1.05,,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,weekday,monday,1.05,,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,region,mars-north-1,1.05,,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nazure,routing,geo,1.05,,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,"1,05",,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,1.05,next week,,x\n');
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,1.05,,\n');
SELECT bedprice.load_multiplier_sheet(:'header' || E'\nbedrock,routing,geo,1.05,,,x\n');
-- A multiplier may not start at or before the one it overlaps (geo is
-- multiplier_id 1).
\set VERBOSITY default
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,1.05,2026-11-20,,x\nbedrock,routing,geo,1.02,,2026-12-01,x\n');
SELECT bedprice.set_multiplier('bedrock', 'routing', 'geo', 1.05, '-infinity', '2026-01-01');

------------------------------------------------------------------------
-- The catalog is as this file found it.
------------------------------------------------------------------------
SELECT md5(bedprice.price_sheet_csv() || bedprice.multiplier_sheet_csv()
           || (SELECT string_agg(concat_ws('|', provider, model, display_name), ',' ORDER BY provider, model) FROM bedprice.models)
           || (SELECT string_agg(concat_ws('|', provider, alias, model, routing), ',' ORDER BY provider, alias) FROM bedprice.model_aliases)
           || (SELECT coalesce(string_agg(concat_ws('|', table_name, row_key, action, row_data), ',' ORDER BY table_name, row_key::text), '') FROM bedprice.shipped_changes))
       = :'catalog_at_start' AS catalog_unchanged;
