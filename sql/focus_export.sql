-- The FOCUS 1.2 export bedprice.focus_usage(): a small usage table whose
-- rows are worked out by hand below, grouped per day, account, model,
-- region, routing, mode, token type and price row; list against
-- contracted prices; direct APIs; what it refuses.  (The FinOps
-- Foundation's rules are checked on a larger export by
-- test/suites/focus_conformance.sh.)  Everything this file adds is dropped.
SET TimeZone = 'America/New_York';	-- the export is in UTC whatever the session's zone
\set SHOW_CONTEXT never

CREATE TABLE usage (at timestamptz, account text, provider text, book text, model text, region text,
                    i bigint, o bigint, cr bigint DEFAULT 0, cost numeric, status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'in=i', 'out=o',
        'cache_read=cr', 'at=at', 'status=status', 'account=account', 'provider=provider', 'book=book');
INSERT INTO bedprice.price_books (book, parent, description) VALUES ('negotiated', 'aws', 'AWS list, less 12% on Anthropic');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') IS NOT NULL AS rule;
INSERT INTO usage (at, account, provider, book, model, region, i, o, cr) VALUES
    -- account 111: two Sonnet 4.6 calls on a us. profile, 1 June (UTC), at
    -- AWS's regional prices: input 3.30, output 16.50, cache read 0.33 /MTok
    ('2026-06-01 10:00Z', '111111111111', NULL, NULL, 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 1000, 100, 500),
    ('2026-06-01 23:59Z', '111111111111', NULL, NULL, 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 2000, 300, 0),
    -- 2 June (UTC) but 1 June in New York: its own charge period
    ('2026-06-02 00:01Z', '111111111111', NULL, NULL, 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 1000, 0, 0),
    -- account 222: Nova Lite (0.06 / 0.24) and the same Sonnet under the negotiated book
    ('2026-06-01 12:00Z', '222222222222', NULL, NULL, 'amazon.nova-lite-v1:0', 'us-east-1', 2000, 300, 0),
    ('2026-06-01 12:00Z', '222222222222', NULL, 'negotiated', 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 1000000, 0, 0),
    -- Anthropic's own API: no region (Sonnet 4.5: 3 / 15)
    ('2026-06-01 12:00Z', '222222222222', 'anthropic', NULL, 'claude-sonnet-4-5', NULL, 1000, 1000, 0),
    -- not priced: left out, and said so
    ('2026-06-01 12:00Z', '222222222222', NULL, NULL, 'acme.widget-v1', 'us-east-1', 10, 10, 0);
SELECT at, account, model, cost, status FROM usage ORDER BY at, account, model;

------------------------------------------------------------------------
-- 1. The rows, by hand:
--   111 1 June   Sonnet input  3,000 x 3.30 = 0.0099   output 400 x 16.50 = 0.0066
--                cache read 500 x 0.33 = 0.000165
--   111 2 June   Sonnet input  1,000 x 3.30 = 0.0033
--   222 1 June   Nova Lite input 2,000 x 0.06 = 0.00012, output 300 x 0.24 = 0.000072
--                Sonnet (negotiated) input 1,000,000 x 3.30 x 0.88 = 2.904, listed at 3.30
--                Anthropic API input 1,000 x 3 = 0.003, output 1,000 x 15 = 0.015
------------------------------------------------------------------------
SELECT "SubAccountId" AS account, "ChargePeriodStart" AS start, "x_Model" AS model, "x_TokenType" AS token,
       "ConsumedQuantity" AS tokens, "PricingQuantity" AS quantity, "ContractedUnitPrice" AS unit,
       "BilledCost" AS billed, "ListUnitPrice" AS list_unit, "ListCost" AS list
FROM bedprice.focus_usage('usage') ORDER BY account, start, model, token;
-- the columns of one row, in FOCUS's order, then the x_ columns
SELECT * FROM bedprice.focus_usage('usage')
WHERE "SubAccountId" = '111111111111' AND "x_TokenType" = 'cache_read' \gx
SELECT "ProviderName", "PublisherName", "InvoiceIssuerName", "ServiceName", "RegionId", "RegionName",
       "SkuId", "SkuMeter", "x_PriceBook", "ChargeDescription"
FROM bedprice.focus_usage('usage') WHERE "x_TokenType" = 'input' ORDER BY "SubAccountId", "ChargePeriodStart", "x_Model";

------------------------------------------------------------------------
-- 2. Exact: unit price x quantity is the cost, to the last digit, and the
--    billed total is the table's priced total.
------------------------------------------------------------------------
SELECT count(*) AS rows,
       count(*) FILTER (WHERE "ListUnitPrice" * "PricingQuantity" = "ListCost"
                          AND "ContractedUnitPrice" * "PricingQuantity" = "ContractedCost"
                          AND "BilledCost" = "ContractedCost" AND "EffectiveCost" = "BilledCost") AS exact,
       sum("BilledCost") AS billed,
       (SELECT sum(cost) FROM usage) AS table_total
FROM bedprice.focus_usage('usage');
-- a cost below a millionth of a dollar keeps its digits (no 6-place rounding)
INSERT INTO usage (at, account, model, region, i, o) VALUES ('2026-06-03 12:00Z', '333333333333', 'amazon.nova-micro-v1:0', 'us-east-1', 1, 0);
SELECT "BilledCost", "ListUnitPrice", "PricingQuantity" FROM bedprice.focus_usage('usage') WHERE "SubAccountId" = '333333333333';

------------------------------------------------------------------------
-- 3. Options: a payer account, a time window, hours, another list book.
------------------------------------------------------------------------
SELECT DISTINCT "BillingAccountId", "BillingAccountName", "SubAccountId", "SubAccountName"
FROM bedprice.focus_usage('usage', billing_account_id => '999999999999',
                          account_names => '{"999999999999": "payer", "111111111111": "production"}') ORDER BY 3;
-- without names, an account is named by its ID (FOCUS wants a name where the provider has them)
SELECT DISTINCT "BillingAccountName", "SubAccountName" FROM bedprice.focus_usage('usage') ORDER BY 1;
SELECT "ChargePeriodStart", "ChargePeriodEnd", "x_TokenType", "ConsumedQuantity"
FROM bedprice.focus_usage('usage', since => '2026-06-01 23:00Z', until => '2026-06-02 01:00Z', charge_period => 'hour')
ORDER BY 1, 3;
SELECT DISTINCT "ContractedUnitPrice", "ListUnitPrice"
FROM bedprice.focus_usage('usage', list_book => 'negotiated') WHERE "x_PriceBook" = 'negotiated';
-- a list book that cannot price a row (the seed's book has no Claude 4.6):
-- listed at the row's own price
SELECT DISTINCT "x_Model", "ContractedUnitPrice", "ListUnitPrice"
FROM bedprice.focus_usage('usage', list_book => 'seed-2026-04-10')
WHERE "x_TokenType" = 'input' ORDER BY 1, 2;
-- a view for BI tools
CREATE VIEW usage_focus AS SELECT * FROM bedprice.focus_usage('usage');
SELECT count(*) FROM usage_focus;

------------------------------------------------------------------------
-- 4. What it refuses.
------------------------------------------------------------------------
SELECT * FROM bedprice.focus_usage('usage', charge_period => 'week');
CREATE TABLE timeless (account text, model text, i int, o int, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON timeless FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'account=account');
SELECT * FROM bedprice.focus_usage('timeless');
CREATE TABLE unbilled (at timestamptz, model text, i int, o int, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON unbilled FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'at=at');
SELECT * FROM bedprice.focus_usage('unbilled');
SELECT count(*) FROM bedprice.focus_usage('unbilled', billing_account_id => '123456789012');
CREATE TABLE untriggered (x int);
SELECT * FROM bedprice.focus_usage('untriggered');
SELECT count(*) FROM bedprice.focus_usage('usage', list_book => 'aws-list');
-- a row priced when it landed that the catalog no longer prices: an
-- error, never a row left out of the bill
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'acme.gone-v1', 'Gone');
SELECT bedprice.set_price('bedrock', 'acme.gone-v1', 'input', 1, '-infinity', source => 'regression') IS NOT NULL AS input,
       bedprice.set_price('bedrock', 'acme.gone-v1', 'output', 1, '-infinity', source => 'regression') IS NOT NULL AS output;
INSERT INTO usage (at, account, model, region, i, o) VALUES ('2026-06-04 12:00Z', '111111111111', 'acme.gone-v1', 'us-east-1', 10, 10);
DELETE FROM bedprice.prices WHERE model = 'acme.gone-v1';
SELECT count(*) FROM bedprice.focus_usage('usage');
SET bedprice.on_unknown_model = 'null';   -- the export's own setting wins
SELECT count(*) FROM bedprice.focus_usage('usage');
RESET bedprice.on_unknown_model;
DELETE FROM usage WHERE model = 'acme.gone-v1';
DELETE FROM bedprice.models WHERE model = 'acme.gone-v1';
SET bedprice.price_book = 'nonesuch';
SELECT count(*) FROM bedprice.focus_usage('usage');
RESET bedprice.price_book;

DROP VIEW usage_focus;
DROP TABLE usage, timeless, unbilled, untriggered;
DELETE FROM bedprice.price_books WHERE book = 'negotiated';
