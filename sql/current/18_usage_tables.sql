------------------------------------------------------------------------
-- Usage tables: the trigger that prices a user's rows as they land, the
-- mapping it reads, and repricing after a price correction.
------------------------------------------------------------------------

CREATE FUNCTION bedprice.price_usage()
RETURNS trigger
AS 'MODULE_PATHNAME', 'price_usage'
LANGUAGE C;
COMMENT ON FUNCTION bedprice.price_usage() IS
    'Row trigger (BEFORE INSERT OR UPDATE ... FOR EACH ROW) that sets a usage row''s cost as bedrock_cost prices it. Arguments map fields to columns: ''cost=col'', ''model=col'', ''in=col'', ''out=col'' (required); ''status'', ''region'', ''mode'', ''cache_read'', ''cache_write'', ''cache_write_1h'', ''at'', ''provider'', ''book'', ''account''. A row that cannot be priced is kept, with a NULL cost and the reason in its status column.';

CREATE FUNCTION bedprice.usage_columns(tbl regclass)
RETURNS TABLE (field text, column_name name, column_type text)
AS 'MODULE_PATHNAME', 'usage_columns'
LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION bedprice.usage_columns(regclass) IS
    'The columns of a table that its bedprice.price_usage trigger maps, field by field, checked as the trigger checks them.';

CREATE PROCEDURE bedprice.reprice(
    tbl     regclass,
    since   timestamptz DEFAULT NULL,
    INOUT changed bigint DEFAULT NULL)
AS 'MODULE_PATHNAME', 'reprice'
LANGUAGE C;
COMMENT ON PROCEDURE bedprice.reprice(regclass, timestamptz, bigint) IS
    'Price again the rows of a table with a bedprice.price_usage trigger (those at or after `since`), in batches that commit when CALLed outside a transaction block; only rows whose cost or status changes are written. `changed`: the rows whose cost changed.';

CREATE FUNCTION bedprice.usage_charges(
    tbl                     regclass,
    usage                   record,
    book                    text DEFAULT NULL,
    strict                  boolean DEFAULT true,
    OUT charge              text,
    OUT tokens              bigint,
    OUT provider            text,
    OUT model               text,
    OUT region              text,
    OUT routing             text,
    OUT mode                text,
    OUT price_book          text,
    OUT above_input_tokens  bigint,
    OUT price_id            bigint,
    OUT multiplier_ids      bigint[],
    OUT usd_per_mtok        numeric,
    OUT unit_price_per_mtok numeric,
    OUT cost                numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'usage_charges'
LANGUAGE C STABLE;
COMMENT ON FUNCTION bedprice.usage_charges(regclass, record, text, boolean) IS
    'The charges of one row of a table with a bedprice.price_usage trigger, as the trigger prices it (in `book` instead, if given): per charge its tokens, the book it is priced in, the price row and multipliers used (from that book or its ancestors), the unit price with its factors, and the cost. A row that cannot be priced has no charges if the trigger left it unpriced (its cost NULL), if not `strict`, or with bedprice.on_unknown_model = null; else it is an error (a priced row the catalog no longer prices).';
