-- catalog_digest(): one value for the whole catalog, the same whatever the
-- session's settings, different after a change to any catalog table, and
-- back to what it was once the change is undone.
SET client_min_messages = warning;
SELECT bedprice.catalog_digest() AS start \gset
SELECT :'start' ~ '^[0-9a-f]{64}$' AS sha256_hex;

-- settings that change how rows print do not change it
SET TimeZone = 'Pacific/Chatham';
SET DateStyle = 'SQL, DMY';
SELECT bedprice.catalog_digest() = :'start' AS same_under_other_settings;
RESET TimeZone; RESET DateStyle;

-- one change to each table, each rolled back
CREATE FUNCTION pg_temp.changes(setup text, change text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE before text; after text;
BEGIN
    EXECUTE coalesce(setup, 'SELECT');
    before := bedprice.catalog_digest();
    EXECUTE change;
    after := bedprice.catalog_digest();
    RAISE EXCEPTION USING MESSAGE = after, ERRCODE = 'P0001', DETAIL = before;
EXCEPTION WHEN raise_exception THEN
    DECLARE d text; b text;
    BEGIN
        GET STACKED DIAGNOSTICS d = MESSAGE_TEXT, b = PG_EXCEPTION_DETAIL;
        RETURN d <> b;
    END;
END $$;
SELECT t AS changed_table, pg_temp.changes(setup, sql) AS digest_changes
FROM (VALUES
  ('providers', NULL, $$UPDATE bedprice.providers SET display_name = display_name || '!' WHERE provider = 'groq'$$),
  ('regions', NULL, $$UPDATE bedprice.regions SET display_name = display_name || '!' WHERE region = 'us-east-1'$$),
  ('price_books', NULL, $$INSERT INTO bedprice.price_books (book, parent) VALUES ('acme', 'aws')$$),
  ('models', NULL, $$UPDATE bedprice.models SET note = coalesce(note, '') || '!' WHERE model = 'amazon.nova-pro-v1:0'$$),
  ('model_aliases', NULL, $$INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'my nova', 'amazon.nova-pro-v1:0')$$),
  ('prices', NULL, $$UPDATE bedprice.prices SET source = source || '!' WHERE price_id = (SELECT min(price_id) FROM bedprice.prices)$$),
  ('prices: one digit', NULL, $$UPDATE bedprice.prices SET usd_per_mtok = usd_per_mtok + 0.000001 WHERE price_id = (SELECT min(price_id) FROM bedprice.prices)$$),
  ('prices: a validity instant', NULL, $$UPDATE bedprice.prices SET valid_to = '2099-01-01 00:00:00.000001+00' WHERE price_id = (SELECT min(price_id) FROM bedprice.prices)$$),
  ('multipliers', NULL, $$UPDATE bedprice.multipliers SET source = source || '!' WHERE multiplier_id = (SELECT min(multiplier_id) FROM bedprice.multipliers)$$),
  ('provisioned_rates', NULL, $$INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source)
                                 VALUES ('cohere.command-text-v14', '1_month', 39.5, 'test')$$),
  -- (an edit of a shipped row leaves a record; then only the record changes)
  ('shipped_changes', $$UPDATE bedprice.models SET note = 'mine' WHERE model = 'amazon.nova-pro-v1:0'$$,
   $$UPDATE bedprice.shipped_changes SET changed_at = changed_at + interval '1 microsecond'$$)) AS c (t, setup, sql);
SELECT bedprice.catalog_digest() = :'start' AS same_after_rollbacks;

-- ordinary roles may compute it (they read the catalog)
SELECT has_function_privilege('public', 'bedprice.catalog_digest()', 'EXECUTE') AS public_executes;
