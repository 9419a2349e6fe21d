-- Multiplier sheets in and out, with history.
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

------------------------------------------------------------------------
-- 7. Multiplier sheets in and out
------------------------------------------------------------------------
SELECT provider, dimension, value, factor, valid_from, valid_to, :shown_source FROM bedprice.multiplier_sheet(book => 'aws');
SELECT regexp_replace(bedprice.multiplier_sheet_csv(book => 'aws'), '"AWS:[^\n]*', '(shipped source)', 'g') AS multiplier_sheet_csv;
BEGIN;
SELECT bedprice.load_multiplier_sheet($sheet$provider,dimension,value,factor,valid_from,valid_to,source
bedrock,routing,geo,1.05,2026-11-20,,surcharge cut
bedrock,region,EU-West-3,1.15,2026-11-01,2026-12-01,"paris, promo"
bedrock,mode,batch,0.45,2026-12-01 06:00:00,,
$sheet$) AS loaded;   -- 3
SELECT provider, dimension, value, factor, valid_from, valid_to, :shown_source FROM bedprice.multiplier_sheet(book => 'aws');
SELECT regexp_replace(bedprice.multiplier_sheet_csv(book => 'aws'), '"AWS:[^\n]*', '(shipped source)', 'g') AS multiplier_sheet_csv;
SELECT dimension, value, factor FROM bedprice.multiplier_sheet('2026-11-25 00:00:00+00', 'aws');
-- Round trip: the export loads as a no-op.
SELECT bedprice.multiplier_sheet_csv() AS mexported \gset
SELECT bedprice.load_multiplier_sheet(:'mexported') AS loaded_again,   -- 0
       bedprice.multiplier_sheet_csv() = :'mexported' AS same_export;
-- Nova Pro 1M input (0.80):
--   geo, Nov 19: x1 = 0.8; Nov 20: x1.05 = 0.84
--   eu-west-3, Nov 15: x1.15 = 0.92; Dec 15: 0.80
--   batch: Nova Pro's own batch row (0.40) beats the rule; Claude 3.5
--   Sonnet (3.00, no batch row) takes the rule: Dec 1 06:00: x0.45 = 1.35
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-19 00:00:00+00') AS geo_nov19,
       bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-20 00:00:00+00') AS geo_nov20,
       bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 1000000, 0, at => '2026-11-15 00:00:00+00') AS paris_nov15,
       bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 1000000, 0, at => '2026-12-15 00:00:00+00') AS paris_dec15,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-12-01 06:00:00+00') AS nova_batch_dec1_6h,
       bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000000, 0, 'batch', at => '2026-12-01 06:00:00+00') AS sonnet_batch_dec1_6h;
-- ... and before the rule starts, Claude 3.5 Sonnet has no batch price.
SAVEPOINT b;
SELECT bedprice.bedrock_cost('Claude 3.5 Sonnet', 'us-east-1', 1000000, 0, 'batch', at => '2026-12-01 05:00:00+00') AS sonnet_batch_dec1_5h;
ROLLBACK TO SAVEPOINT b;
-- replace_source: the "surcharge cut" replaced by a later one.
SELECT bedprice.load_multiplier_sheet(:'mheader' || E'\nbedrock,routing,geo,1.07,2026-11-25,,surcharge cut\n',
                                      replace_source => 'surcharge cut') AS loaded;
-- Geo routing has the shipped rule until the replacement starts: Nova Pro
-- 1M input, geo, on Nov 22: 0.80 x 1 = 0.8; on Nov 25: 0.80 x 1.07 = 0.856.
SAVEPOINT s;
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-22 00:00:00+00') AS geo_nov22;
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-11-25 00:00:00+00') AS geo_nov25;
SELECT value, factor, valid_from, valid_to FROM bedprice.multipliers WHERE book = 'aws' AND source = 'surcharge cut';
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

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

