-- Price sheets in and out: export, edit, load, export gives the same
-- catalog plus exactly the edit; loading an unchanged export adds nothing.
-- Shipped rows by key (their ids are made from their content).
SELECT (SELECT price_id FROM bedprice.prices WHERE shipped AND book = 'aws' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input'
          AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0) AS nova_pro_input \gset
SET TimeZone = 'UTC';
\i test/fixtures/sheets_begin.sql

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
SELECT l AS nova_line FROM regexp_split_to_table(:'exported', E'\n') AS l
WHERE l LIKE 'bedrock,amazon.nova-pro-v1:0,,,,,input,0.8,0,,,%' \gset
SELECT replace(:'exported', :'nova_line' || E'\n',
               :'nova_line' || E'\n' || E'bedrock,amazon.nova-pro-v1:0,,,,,input,0.60,,2026-11-15,,price cut,\n')
       AS edited \gset
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
                 :'nova_line' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,,input,0.60,,',
                 replace(:'nova_line', 'input,0.8,0,,,', 'input,0.8,0,,2026-11-15,')
                 || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,,input,0.60,0,')
       AS export_is_the_edit;
-- ... and loading it again adds nothing.
SELECT bedprice.load_price_sheet(bedprice.price_sheet_csv()) AS loaded_again;   -- 0
-- The edit prices: 1M input on 2026-11-14 at 0.80, on 2026-11-15 at 0.60.
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-14 23:00:00+00') AS nov14,
       bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-15 00:00:00+00') AS nov15;
-- The shipped row, closed, is the user's row now, and its shipped key is
-- recorded, for pg_dump.
SELECT c.table_name, c.row_key = jsonb_build_object('price_id', :nova_pro_input) AS nova_pro_input,
       c.action, p.valid_to, p.usd_per_mtok, p.shipped
FROM bedprice.shipped_changes c JOIN bedprice.prices p ON p.price_id = (c.row_key ->> 'price_id')::bigint
WHERE c.row_key = jsonb_build_object('price_id', :nova_pro_input);
-- Loading the same edited sheet a second time is a no-op too: every one
-- of its lines is already in the catalog (the old Nova Pro line as the
-- history the first load made of it).
SAVEPOINT s;
SELECT bedprice.load_price_sheet(:'edited') AS edited_again;   -- 0
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.price_sheet_csv() = replace(:'edited',
                 :'nova_line' || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,,input,0.60,,',
                 replace(:'nova_line', 'input,0.8,0,,,', 'input,0.8,0,,2026-11-15,')
                 || E'\n' || 'bedrock,amazon.nova-pro-v1:0,,,,,input,0.60,0,')
       AS still_the_edit;
ROLLBACK;
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-15 00:00:00+00') AS after_rollback;  -- 0.8

-- The catalog is as this file found it.
\i test/fixtures/sheets_end.sql

