------------------------------------------------------------------------
-- Schemas and the admin role
--
-- The documented surface lives in bedprice, the extension's schema;
-- everything it uses internally lives in bedprice_internal, which PUBLIC
-- may not use.  Ordinary roles read and price; bedprice_admin writes.
------------------------------------------------------------------------

COMMENT ON SCHEMA bedprice IS
    'bedprice: exact, history-aware pricing of LLM API usage; its catalog tables, pricing functions and loaders.';

CREATE SCHEMA bedprice_internal;
COMMENT ON SCHEMA bedprice_internal IS
    'bedprice''s internal functions and types, not for direct use.';

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bedprice_admin') THEN
        CREATE ROLE bedprice_admin NOLOGIN;
    END IF;
END
$$;
