------------------------------------------------------------------------
-- One value that says whether two databases hold the same catalog: the
-- nodes of a Citus cluster, a restored dump and its source, a standby.
------------------------------------------------------------------------

-- A SHA-256 over the extension's version and every row of every catalog
-- table, every column, in an order that no setting changes: the rows as
-- text in the C collation, timestamps in ISO and UTC (a node's TimeZone,
-- DateStyle or collation must not make equal catalogs differ; the tables
-- hold no float or interval).  Sequences are left out: their next value
-- is not part of what prices.
CREATE FUNCTION bedprice.catalog_digest()
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
SET DateStyle = 'ISO, YMD'
AS $$
    SELECT encode(sha256(convert_to(string_agg(line, E'\n' ORDER BY line COLLATE "C"), 'UTF8')), 'hex')
    FROM (
        SELECT 'version ' || extversion FROM pg_extension WHERE extname = 'bedprice'
        UNION ALL SELECT 'providers ' || t::text FROM bedprice.providers t
        UNION ALL SELECT 'regions ' || t::text FROM bedprice.regions t
        UNION ALL SELECT 'price_books ' || t::text FROM bedprice.price_books t
        UNION ALL SELECT 'models ' || t::text FROM bedprice.models t
        UNION ALL SELECT 'model_aliases ' || t::text FROM bedprice.model_aliases t
        UNION ALL SELECT 'prices ' || t::text FROM bedprice.prices t
        UNION ALL SELECT 'multipliers ' || t::text FROM bedprice.multipliers t
        UNION ALL SELECT 'provisioned_rates ' || t::text FROM bedprice.provisioned_rates t
        UNION ALL SELECT 'shipped_changes ' || t::text FROM bedprice.shipped_changes t
    ) AS rows (line)
$$;
COMMENT ON FUNCTION bedprice.catalog_digest() IS
    'A SHA-256 (hex) of bedprice''s version and every row of its catalog tables, every column: equal on two databases exactly when their catalogs are equal, whatever their TimeZone, DateStyle or collation. On Citus, compare the nodes with SELECT * FROM run_command_on_all_nodes(''SELECT bedprice.catalog_digest()'').';
