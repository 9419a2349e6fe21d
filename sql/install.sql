-- Installing the extension: objects, volatility, comments, privileges.
CREATE EXTENSION bedprice CASCADE;  -- with btree_gist, which it requires

SELECT extversion, extrelocatable, n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'bedprice';

-- The pricing functions: STABLE (they read the catalog), PARALLEL SAFE, no
-- SET clause (it would cost ~600 ns a call), C.
SELECT p.proname, p.provolatile, p.proparallel, p.proconfig IS NULL AS no_set_clause,
       l.lanname, p.proisstrict
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'bedprice'::regnamespace
ORDER BY p.proname;

-- Every table and function carries a comment.
SELECT c.relname AS uncommented_table
FROM pg_class c
WHERE c.relnamespace = 'bedprice'::regnamespace AND c.relkind = 'r'
  AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT p.proname AS uncommented_function
FROM pg_proc p
WHERE p.pronamespace = 'bedprice'::regnamespace
  AND obj_description(p.oid, 'pg_proc') IS NULL;

-- Every catalog table has the invalidation trigger, for every kind of change;
-- row triggers record changes to shipped rows and let user rows take
-- precedence over them.
SELECT c.relname, t.tgname,
       (t.tgtype & 1) = 0 AS per_statement,
       (t.tgtype & (4 | 8 | 16 | 32)) = (4 | 8 | 16 | 32) AS insert_delete_update_truncate
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE c.relnamespace = 'bedprice'::regnamespace AND NOT t.tgisinternal
ORDER BY c.relname, t.tgname;

-- pg_dump keeps the users' rows: every table is a configuration table.
SELECT c.relname, cfg.cond
FROM pg_extension e,
     unnest(e.extconfig, e.extcondition) AS cfg(reloid, cond)
     JOIN pg_class c ON c.oid = cfg.reloid
WHERE e.extname = 'bedprice'
ORDER BY c.relname;

-- Everyone may read the catalog.
SELECT c.relname, has_table_privilege('public', c.oid, 'SELECT') AS public_select
FROM pg_class c
WHERE c.relnamespace = 'bedprice'::regnamespace AND c.relkind = 'r'
ORDER BY c.relname;

-- The settings exist with their defaults, and the prefix is reserved.
SELECT bedprice.bedrock_cost('Nova Micro', NULL, 0, 0);  -- loads the library
SHOW bedprice.default_region;
SHOW bedprice.on_unknown_model;
SET bedprice.on_unknown_model = 'sometimes';
SET bedprice.no_such_setting = 'x';
