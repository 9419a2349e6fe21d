-- Installing the extension: objects, schemas, volatility, search paths,
-- comments, privileges.
CREATE EXTENSION bedprice CASCADE;  -- with btree_gist, which it requires

SELECT extversion, extrelocatable, n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'bedprice';

-- The documented surface in bedprice; the rest in bedprice_internal.  C
-- functions take no SET clause (it would cost ~600 ns a call) and find
-- their tables by OID; every SQL and PL/pgSQL function pins search_path to
-- pg_catalog, pg_temp.
SELECT n.nspname AS schema, p.proname, p.provolatile, p.proparallel, l.lanname, p.proisstrict,
       coalesce(array_to_string(p.proconfig, ' '), '') AS config
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname IN ('bedprice', 'bedprice_internal')
ORDER BY 1, 2;

-- The rule, as one query: nothing prints.
SELECT p.oid::regprocedure AS function_without_pinned_path
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace IN ('bedprice'::regnamespace, 'bedprice_internal'::regnamespace)
  AND l.lanname IN ('sql', 'plpgsql')
  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false);
SELECT p.oid::regprocedure AS c_function_with_set_clause
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace IN ('bedprice'::regnamespace, 'bedprice_internal'::regnamespace)
  AND l.lanname = 'c' AND p.proconfig IS NOT NULL;

-- PUBLIC may not use the internal schema nor run what is in it.
SELECT has_schema_privilege('public', 'bedprice_internal', 'USAGE') AS public_usage,
       has_schema_privilege('bedprice_admin', 'bedprice_internal', 'USAGE') AS admin_usage;
SELECT p.oid::regprocedure AS internal_function_public_may_run
FROM pg_proc p
WHERE p.pronamespace = 'bedprice_internal'::regnamespace
  AND has_function_privilege('public', p.oid, 'EXECUTE');

-- Every schema, table, type and function carries a comment.
SELECT n.nspname AS uncommented_schema FROM pg_namespace n
WHERE n.nspname IN ('bedprice', 'bedprice_internal') AND obj_description(n.oid, 'pg_namespace') IS NULL;
SELECT c.oid::regclass AS uncommented_table
FROM pg_class c
WHERE c.relnamespace IN ('bedprice'::regnamespace, 'bedprice_internal'::regnamespace) AND c.relkind = 'r'
  AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT t.oid::regtype AS uncommented_type
FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
WHERE t.typnamespace IN ('bedprice'::regnamespace, 'bedprice_internal'::regnamespace)
  AND obj_description(t.oid, 'pg_type') IS NULL;
SELECT p.oid::regprocedure AS uncommented_function
FROM pg_proc p
WHERE p.pronamespace IN ('bedprice'::regnamespace, 'bedprice_internal'::regnamespace)
  AND obj_description(p.oid, 'pg_proc') IS NULL;

-- Every catalog table has the invalidation trigger, for every kind of
-- change; row triggers record changes to shipped rows, let user rows take
-- precedence over them, and keep the shipped flag the extension's.
SELECT c.relname, t.tgname, t.tgfoid::regproc AS function,
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
