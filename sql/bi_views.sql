-- The views for BI tools: bedprice.price_list, bedrock_premiums,
-- routing_prices and price_history hold what the pricing functions
-- charge, never raise for what a user stores in the catalog, are readable
-- by an ordinary role (and leak nothing to one kept from the prices), and
-- document every column.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never
\set VERBOSITY terse

------------------------------------------------------------------------
-- price_list
------------------------------------------------------------------------
-- The seed's book: geo and global routing +10% (its rules), batch at half,
-- GovCloud +20% (a region rule: a row of its own), on a region-less row;
-- long context above 200K as a tier row of its own.
SELECT region, routing, mode, above_input_tokens AS tier, next_above_input_tokens AS next_tier,
       input_usd_per_mtok AS input, output_usd_per_mtok AS output, cache_read_usd_per_mtok AS cache_read,
       cache_write_usd_per_mtok AS cache_write, cache_write_1h_usd_per_mtok AS cache_write_1h,
       priced_model_id, priced_region
FROM bedprice.price_list
WHERE book = 'seed-2026-04-10' AND model = 'anthropic.claude-sonnet-4-20250514-v1:0'
  AND (region IS NULL OR region = 'us-gov-west-1')
ORDER BY region NULLS FIRST, routing, mode, tier;

-- The seed's geo rows are 1.10 x its in-region rows, every charge, every
-- model; AWS's list (its geo rule is 1) prices geo as in-region.
SELECT g.book, count(*) AS pairs,
       count(*) FILTER (WHERE g.input_usd_per_mtok = 1.1 * i.input_usd_per_mtok
                          AND g.output_usd_per_mtok = 1.1 * i.output_usd_per_mtok
                          AND g.cache_read_usd_per_mtok IS NOT DISTINCT FROM 1.1 * i.cache_read_usd_per_mtok) AS geo_is_1_10x,
       count(*) FILTER (WHERE (g.input_usd_per_mtok, g.output_usd_per_mtok, g.cache_read_usd_per_mtok)
                              IS NOT DISTINCT FROM (i.input_usd_per_mtok, i.output_usd_per_mtok, i.cache_read_usd_per_mtok)) AS geo_is_in_region
FROM bedprice.price_list g
JOIN bedprice.price_list i ON (i.book, i.model, i.mode, i.above_input_tokens) = (g.book, g.model, g.mode, g.above_input_tokens)
 AND i.region IS NULL AND i.routing = 'in_region'
WHERE g.provider = 'bedrock' AND g.region IS NULL AND g.routing = 'geo' AND g.geography IS NULL
  AND g.mode = 'on_demand' AND g.above_input_tokens = 0
GROUP BY g.book ORDER BY g.book;

-- Geographies with prices of their own (DeepSeek V3.2: eu. profiles cost
-- more), and a region's own prices (ap-northeast-1).
SELECT region, routing, geography, input_usd_per_mtok AS input, output_usd_per_mtok AS output, priced_model_id
FROM bedprice.price_list
WHERE book = 'aws' AND model = 'deepseek.v3.2' AND (region IS NULL OR region = 'ap-northeast-1')
ORDER BY region NULLS FIRST, routing, geography NULLS FIRST;

-- Direct APIs: no region, routing or mode but on_demand.
SELECT book, provider, model, family, region, routing, mode, input_usd_per_mtok AS input, output_usd_per_mtok AS output,
       cache_read_usd_per_mtok AS cache_read, cache_write_usd_per_mtok AS cache_write
FROM bedprice.price_list
WHERE provider_kind = 'direct' AND family IN ('Llama 3.3 70B', 'Claude 3.5 Sonnet v2')
ORDER BY book, provider, model;

-- Every figure is what the pricing functions charge: each charge's 1,000
-- tokens at the row's ID, region and mode (base rates), and at a request
-- just past the tier (tier rows).
SELECT count(*) AS rows,
       count(*) FILTER (WHERE
           (input_usd_per_mtok, output_usd_per_mtok, cache_read_usd_per_mtok, cache_write_usd_per_mtok, cache_write_1h_usd_per_mtok)
           IS NOT DISTINCT FROM
           (SELECT (1000 * (bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a + 1000, 0, mode) - base),
                    1000 * (bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a, 1000, mode) - base),
                    1000 * (bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a, 0, mode, 1000) - base),
                    1000 * (bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a, 0, mode, 0, 1000) - base),
                    1000 * (bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a, 0, mode, 0, 0, 1000) - base))
            FROM (SELECT a, coalesce(bedprice.cost_or_null(book, provider, priced_model_id, priced_region, a, 0, mode), 0) AS base
                  FROM (SELECT CASE WHEN above_input_tokens > 0 THEN above_input_tokens + 1 ELSE 0 END AS a) a) t)) AS as_the_engine_charges
FROM bedprice.price_list;

------------------------------------------------------------------------
-- bedrock_premiums
------------------------------------------------------------------------
-- Llama 3.3 70B against the cheapest direct API (Groq: 0.59 + 0.79), and
-- Claude 3.5 Sonnet v2 at parity with Anthropic's API, in both books.
SELECT book, is_default_book, model, family, region, bedrock_input_usd_per_mtok AS b_in, bedrock_output_usd_per_mtok AS b_out,
       direct_provider, direct_input_usd_per_mtok AS d_in, direct_output_usd_per_mtok AS d_out,
       input_premium_pct, output_premium_pct, bedrock_cost_1m_in_1m_out AS b_cost, direct_cost_1m_in_1m_out AS d_cost,
       ratio_1m_in_1m_out, premium_pct_1m_in_1m_out
FROM bedprice.bedrock_premiums
WHERE model IN ('meta.llama3-3-70b-instruct-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0')
ORDER BY book, model;

-- Every row with a direct API is bedrock_premium's answer; a Bedrock
-- exclusive (Nova) has none.
SELECT count(*) AS compared,
       count(*) FILTER (WHERE (p.direct_provider, p.direct_model, p.bedrock_cost_1m_in_1m_out, p.direct_cost_1m_in_1m_out,
                               p.ratio_1m_in_1m_out, p.premium_pct_1m_in_1m_out)
                              = (f.provider, f.direct_model, f.bedrock_cost, f.direct_cost, f.ratio, f.premium_pct)) AS as_bedrock_premium
FROM bedprice.bedrock_premiums p,
     LATERAL bedprice.bedrock_premium(p.model, book => p.book) f
WHERE p.direct_provider IS NOT NULL;
SELECT book, model, family, direct_provider, bedrock_input_usd_per_mtok AS b_in
FROM bedprice.bedrock_premiums WHERE model = 'amazon.nova-pro-v1:0' ORDER BY book;

------------------------------------------------------------------------
-- routing_prices
------------------------------------------------------------------------
SELECT book, region, geography,
       in_region_input_usd_per_mtok AS ir_in, geo_input_usd_per_mtok AS geo_in, global_input_usd_per_mtok AS gl_in,
       in_region_output_usd_per_mtok AS ir_out, geo_output_usd_per_mtok AS geo_out, global_output_usd_per_mtok AS gl_out,
       geo_input_vs_in_region_pct AS geo_pct, global_output_vs_in_region_pct AS global_out_pct,
       input_vs_us_east_1_pct AS vs_use1_in, output_vs_us_east_1_pct AS vs_use1_out
FROM bedprice.routing_prices
WHERE model = 'anthropic.claude-3-5-sonnet-20241022-v2:0' AND region IN ('us-east-1', 'eu-west-1', 'us-gov-west-1')
ORDER BY book, region;
-- DeepSeek V3.2 from eu-west-1: its geo calls use the eu. profiles (+19.35%)
SELECT region, geography, in_region_input_usd_per_mtok AS ir_in, geo_input_usd_per_mtok AS geo_in,
       geo_input_vs_in_region_pct AS geo_pct, input_vs_us_east_1_pct AS vs_use1
FROM bedprice.routing_prices
WHERE book = 'aws' AND model = 'deepseek.v3.2' AND region IN ('us-east-1', 'eu-west-1', 'ap-northeast-1', 'sa-east-1')
ORDER BY region;

------------------------------------------------------------------------
-- A user's book and a user's price change
------------------------------------------------------------------------
BEGIN;
INSERT INTO bedprice.price_books (book, parent) VALUES ('regress-bi', 'aws');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'regress-bi') IS NOT NULL AS rule;
-- AWS's Nova Pro input goes from 0.8 to 0.9 on 2026-06-01
SELECT bedprice.set_price('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.9, '2026-06-01', source => 'regression') IS NOT NULL AS price;
-- the child book inherits AWS's prices, and its vendor rule applies
SELECT book, model, routing, input_usd_per_mtok AS input, output_usd_per_mtok AS output
FROM bedprice.price_list
WHERE model IN ('anthropic.claude-haiku-4-5-20251001-v1:0', 'amazon.nova-pro-v1:0')
  AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0
ORDER BY book, model;
SELECT book, model, region, routing, mode, charge, changed_at, valid_to, usd_per_mtok, previous_usd_per_mtok, change_pct,
       source, shipped, is_current
FROM bedprice.price_history
WHERE model = 'amazon.nova-pro-v1:0' AND charge = 'input' AND region IS NULL AND book = 'aws'
ORDER BY changed_at NULLS FIRST;
SELECT count(*) AS books_premiums FROM bedprice.bedrock_premiums WHERE book = 'regress-bi' AND direct_provider IS NOT NULL;
ROLLBACK;

------------------------------------------------------------------------
-- What the engine cannot price does not break a view
------------------------------------------------------------------------
BEGIN;
INSERT INTO bedprice.models (provider, model, display_name) VALUES
    ('bedrock', 'acme.cache-only-v1', 'Cache only'),     -- a cache price and nothing else
    ('bedrock', 'acme.geo-only-v1', 'Geo only'),         -- only a geo price, of one geography
    ('bedrock', 'acme.batch-only-v1', 'Batch only'),     -- only batch, in one region
    ('bedrock', 'Acme Custom Model', 'Not an ID'),       -- no model ID the grammar reads
    ('bedrock', 'acme.free-v1', 'Free'),                 -- priced at 0
    ('groq', 'acme-priority', 'Groq priority only');     -- a mode api_cost does not price
INSERT INTO bedprice.prices (provider, model, region, routing, geography, mode, charge, usd_per_mtok, above_input_tokens, source) VALUES
    ('bedrock', 'acme.cache-only-v1', NULL, 'in_region', NULL, 'on_demand', 'cache_write', 1.25, 0, 'regression'),
    ('bedrock', 'acme.geo-only-v1', NULL, 'geo', 'eu', 'on_demand', 'input', 2, 0, 'regression'),
    ('bedrock', 'acme.batch-only-v1', 'eu-west-1', 'in_region', NULL, 'batch', 'input', 1, 0, 'regression'),
    ('bedrock', 'Acme Custom Model', NULL, 'in_region', NULL, 'on_demand', 'input', 1, 0, 'regression'),
    ('bedrock', 'acme.free-v1', NULL, 'in_region', NULL, 'on_demand', 'input', 0, 0, 'regression'),
    ('bedrock', 'acme.free-v1', NULL, 'in_region', NULL, 'on_demand', 'output', 0, 0, 'regression'),
    ('bedrock', 'acme.free-v1', NULL, 'in_region', NULL, 'on_demand', 'input', 5, 10, 'regression'),  -- a tier past 10 tokens
    ('groq', 'acme-priority', NULL, 'in_region', NULL, 'priority', 'input', 1, 0, 'regression');
-- a rule for a routing no model has rows for, in a book that inherits nothing
INSERT INTO bedprice.price_books (book) VALUES ('regress-empty');
SELECT bedprice.set_multiplier('bedrock', 'mode', 'flex', 0.5, '-infinity', book => 'regress-empty') IS NOT NULL AS rule;
SELECT model, region, routing, geography, mode, above_input_tokens AS tier, input_usd_per_mtok AS input,
       output_usd_per_mtok AS output, cache_write_usd_per_mtok AS cache_write, priced_model_id
FROM bedprice.price_list WHERE model LIKE 'acme%' OR model LIKE 'Acme%'
ORDER BY model, region NULLS FIRST, routing, geography NULLS FIRST, mode, tier;
SELECT (SELECT count(*) FROM bedprice.price_list) > 0 AS price_list,
       (SELECT count(*) FROM bedprice.bedrock_premiums) > 0 AS premiums,
       (SELECT count(*) FROM bedprice.routing_prices) > 0 AS routing,
       (SELECT count(*) FROM bedprice.price_history) > 0 AS history;
-- security_invoker where the server has it
SELECT c.relname, c.reloptions FROM pg_class c
WHERE c.relnamespace = 'bedprice'::regnamespace AND c.relkind = 'v' ORDER BY c.relname;
SELECT model, region, in_region_input_usd_per_mtok AS ir_in, geo_input_usd_per_mtok AS geo_in,
       geo_input_vs_in_region_pct AS geo_pct, input_vs_us_east_1_pct AS vs_use1
FROM bedprice.routing_prices WHERE model IN ('acme.free-v1', 'acme.geo-only-v1') AND region IN ('us-east-1', 'eu-west-1')
ORDER BY model, region;
SELECT model, bedrock_input_usd_per_mtok AS b_in, bedrock_cost_1m_in_1m_out AS b_cost, direct_provider
FROM bedprice.bedrock_premiums WHERE model LIKE 'acme%' ORDER BY model;
ROLLBACK;

------------------------------------------------------------------------
-- An ordinary role reads every view; one kept from the prices reads none
------------------------------------------------------------------------
SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_bi_reader;
RESET client_min_messages;
CREATE ROLE regress_bi_reader;
SET ROLE regress_bi_reader;
SELECT (SELECT count(*) FROM bedprice.price_list) > 700 AS price_list,
       (SELECT count(*) FROM bedprice.bedrock_premiums) > 100 AS premiums,
       (SELECT count(*) FROM bedprice.routing_prices) > 3000 AS routing,
       (SELECT count(*) FROM bedprice.price_history) > 900 AS history;
SELECT input_usd_per_mtok FROM bedprice.price_list
WHERE book = 'aws' AND model = 'anthropic.claude-3-5-sonnet-20241022-v2:0' AND routing = 'in_region' AND region IS NULL;
-- the internal schema stays closed to it
SELECT count(*) FROM bedprice_internal.retired_shipped_rows;
RESET ROLE;
BEGIN;
REVOKE SELECT ON bedprice.prices FROM PUBLIC;
SET ROLE regress_bi_reader;
SELECT count(*) FROM bedprice.price_list;
ROLLBACK;
BEGIN;
REVOKE SELECT ON bedprice.prices FROM PUBLIC;
SET ROLE regress_bi_reader;
SELECT count(*) FROM bedprice.price_history;
ROLLBACK;
BEGIN;
REVOKE SELECT ON bedprice.prices FROM PUBLIC;
SET ROLE regress_bi_reader;
SELECT count(*) FROM bedprice.bedrock_premiums;
ROLLBACK;
DROP ROLE regress_bi_reader;

------------------------------------------------------------------------
-- Documented, plain, honest
------------------------------------------------------------------------
-- every view and every column has a comment; every type is a plain one
SELECT c.relname, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented, count(*) AS columns,
       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL) AS without_comment,
       string_agg(DISTINCT format_type(a.atttypid, a.atttypmod), ', ') AS types
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relnamespace = 'bedprice'::regnamespace AND c.relkind = 'v'
GROUP BY c.oid, c.relname ORDER BY c.relname;
-- the functions behind them: stable, not security definer, their
-- search_path pinned, executable by everyone (a view runs them as the caller)
SELECT p.proname, p.provolatile, p.proparallel, p.prosecdef, p.proconfig,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_executes
FROM pg_proc p
WHERE p.pronamespace = 'bedprice'::regnamespace
  AND p.proname IN ('cost_or_null', 'volume_cost', 'unit_prices', 'book_chain', 'bedrock_model_regions')
ORDER BY p.proname;
