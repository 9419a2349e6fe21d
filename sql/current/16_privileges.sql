------------------------------------------------------------------------
-- Privileges: everyone reads the catalog and prices usage; the
-- extension's owner and members of bedprice_admin change the catalog,
-- through SQL, the loaders or the importers.  The internal schema is
-- bedprice_admin's only: its functions are what the loaders and the
-- catalog's constraints run.
------------------------------------------------------------------------

GRANT USAGE ON SCHEMA bedprice TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA bedprice TO PUBLIC;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON
    bedprice.providers, bedprice.regions, bedprice.price_books, bedprice.models, bedprice.model_aliases,
    bedprice.prices, bedprice.multipliers, bedprice.shipped_changes
    TO bedprice_admin;
GRANT USAGE ON SEQUENCE bedprice.prices_price_id_seq, bedprice.multipliers_multiplier_id_seq
    TO bedprice_admin;

REVOKE ALL ON SCHEMA bedprice_internal FROM PUBLIC;
GRANT USAGE ON SCHEMA bedprice_internal TO bedprice_admin;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bedprice_internal TO bedprice_admin;
GRANT SELECT ON bedprice_internal.retired_shipped_rows TO bedprice_admin;

REVOKE EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text, text, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text, text),
    bedprice.import_litellm(jsonb, timestamptz, text),
    bedprice.import_aws_price_list(jsonb, timestamptz, text)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    bedprice.load_price_sheet(text, text),
    bedprice.load_multiplier_sheet(text, text),
    bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text, text, text),
    bedprice.set_multiplier(text, text, text, numeric, timestamptz, timestamptz, text, text),
    bedprice.import_litellm(jsonb, timestamptz, text),
    bedprice.import_aws_price_list(jsonb, timestamptz, text)
TO bedprice_admin;
