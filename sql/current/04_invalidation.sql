------------------------------------------------------------------------
-- Cache invalidation: any change to a catalog table reaches every
-- backend's cache through a relcache invalidation.
------------------------------------------------------------------------

CREATE FUNCTION bedprice_internal.catalog_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'catalog_changed' LANGUAGE C;
COMMENT ON FUNCTION bedprice_internal.catalog_changed() IS
    'Statement trigger on the catalog tables: invalidates every backend''s price cache.';

CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.providers FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.regions FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.models FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.model_aliases FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.prices FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.multipliers FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
CREATE TRIGGER catalog_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON bedprice.price_books FOR EACH STATEMENT EXECUTE FUNCTION bedprice_internal.catalog_changed();
