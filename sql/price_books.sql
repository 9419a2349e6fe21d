-- Price books: the seed document's figures as a book of their own beside
-- AWS's list prices (the default), books of the user's that inherit and
-- override, the setting bedprice.price_book and the _in functions, and
-- what the catalog refuses.  Everything this file adds is rolled back.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

------------------------------------------------------------------------
-- 1. The shipped books.
------------------------------------------------------------------------
SELECT book, parent, shipped, description FROM bedprice.price_books ORDER BY book;
-- (the setting exists once the library is loaded: after a first call)
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1) IS NOT NULL AS loaded;
SHOW bedprice.price_book;

------------------------------------------------------------------------
-- 2. The seed's tables, from the seed book (USD per 1M tokens; the seed's
--    copy lost every "$1": its "5.00" is $15.00).
------------------------------------------------------------------------
-- "Claude Model Pricing on Bedrock (April 2026)": input, output, and the
-- prompt-caching (cache read) column: 3.00 / 15.00 / 0.30, 0.80 / 4.00 /
-- 0.08, 15.00 / 75.00 / 1.50, 3.00 / 15.00 / 0.30, 15.00 / 75.00 / 1.50
-- (100K tokens x 10: 1M input would be Claude 4 Sonnet's long context).
SELECT m.name,
       10 * bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 100000, 0) AS input,
       10 * bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 0, 100000) AS output,
       10 * bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 0, 0, cache_read_tokens => 100000) AS cache_read
FROM (VALUES (1, 'Claude 3.5 Sonnet v2'), (2, 'Claude 3.5 Haiku'), (3, 'Claude 3 Opus'),
             (4, 'Claude 4 Sonnet'), (5, 'Claude 4 Opus')) AS m(n, name)
ORDER BY m.n;
-- "Llama Model Pricing on Bedrock": 0.22 / 0.22, 2.65 / 2.65, 0.35 / 1.00,
-- 0.50 / 1.50, beside Together AI (0.18, 0.88, 0.18 / 0.59, 0.27 / 0.85)
-- and Groq (0.05, 0.59, 0.11 / 0.34, 0.20 / 0.60).
SELECT m.name,
       bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 1000000, 0) AS input,
       bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 0, 1000000) AS output,
       bedprice.api_cost_in('seed-2026-04-10', 'together', m.together, 1000000, 0) AS together_input,
       bedprice.api_cost_in('seed-2026-04-10', 'together', m.together, 0, 1000000) AS together_output,
       bedprice.api_cost_in('seed-2026-04-10', 'groq', m.groq, 1000000, 0) AS groq_input,
       bedprice.api_cost_in('seed-2026-04-10', 'groq', m.groq, 0, 1000000) AS groq_output
FROM (VALUES (1, 'Llama 3.3 8B', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'llama-3.1-8b-instant'),
             (2, 'Llama 3.3 70B', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', 'llama-3.3-70b-versatile'),
             (3, 'Llama 4 Scout', 'meta-llama/Llama-4-Scout-17B-16E-Instruct', 'meta-llama/llama-4-scout-17b-16e-instruct'),
             (4, 'Llama 4 Maverick', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
              'meta-llama/llama-4-maverick-17b-128e-instruct')) AS m(n, name, together, groq)
ORDER BY m.n;
-- "Nova Model Pricing (April 2026)": 0.035 / 0.14, 0.06 / 0.24, 0.80 /
-- 3.20, 2.00 / 8.00.
SELECT m.name,
       bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 1000000, 0) AS input,
       bedprice.bedrock_cost_in('seed-2026-04-10', m.name, 'us-east-1', 0, 1000000) AS output
FROM (VALUES (1, 'Nova Micro'), (2, 'Nova Lite'), (3, 'Nova Pro'), (4, 'Nova Premier')) AS m(n, name)
ORDER BY m.n;
-- Its rules: "Claude 3.5 Sonnet input goes from $3.00 to $3.30 per million
-- tokens. Output from 15.00 to 16.50" through cross-region inference, and
-- the same through a global endpoint; GovCloud +20% (Nova Pro input 0.96);
-- batch at half (1.50); its provisioned estimates (Llama 3.3 70B ~$2.00,
-- 8B ~$0.17); "Small Team (5M tokens/month, Claude 3.5 Sonnet): Bedrock
-- on-demand $90" (5M in and 5M out: 15 + 75).
SELECT bedprice.bedrock_cost_in('seed-2026-04-10', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0) AS geo_input,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 0, 1000000) AS geo_output,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'global.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0) AS global_input,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'Nova Pro', 'us-gov-west-1', 1000000, 0) AS govcloud_input,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'Claude 3.5 Sonnet v2', 'us-east-1', 1000000, 0, 'batch') AS batch_input,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'Llama 3.3 70B', 'us-east-1', 1000000, 0, 'provisioned') AS provisioned_70b,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'Llama 3.3 8B', 'us-east-1', 1000000, 0, 'provisioned') AS provisioned_8b,
       bedprice.bedrock_cost_in('seed-2026-04-10', 'Claude 3.5 Sonnet v2', 'us-east-1', 5000000, 5000000) AS small_team_month;
-- A model the seed does not know has no price in its book (no parent):
-- an error, never another book's figure.
SELECT bedprice.bedrock_cost_in('seed-2026-04-10', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0, at => '2026-12-01');

------------------------------------------------------------------------
-- 3. The seed said, AWS bills (1M input, 1M output; us-east-1): the
--    corrections of the pricing notes' section 0.
------------------------------------------------------------------------
SELECT m.id,
       bedprice.bedrock_cost_in('seed-2026-04-10', m.id, 'us-east-1', 1000000, 1000000) AS the_seed_said,
       bedprice.bedrock_cost(m.id, 'us-east-1', 1000000, 1000000) AS aws_bills
FROM (VALUES (1, 'us.anthropic.claude-3-5-sonnet-20241022-v2:0'), (2, 'meta.llama3-3-70b-instruct-v1:0'),
             (3, 'amazon.nova-premier-v1:0'), (4, 'meta.llama4-scout-17b-instruct-v1:0'),
             (5, 'meta.llama4-maverick-17b-instruct-v1:0')) AS m(n, id)
ORDER BY m.n;

------------------------------------------------------------------------
-- 4. A book of the user's: "AWS list, less 12% on Anthropic models" is two
--    lines.  It holds one rule; every price is its parent's.
------------------------------------------------------------------------
BEGIN;
INSERT INTO bedprice.price_books (book, parent, description) VALUES ('negotiated', 'aws', 'AWS list, less 12% on Anthropic models');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') IS NOT NULL AS rule;
-- Claude Haiku 4.5, 1M input in us-east-1: 1.10 in aws, 1.10 x 0.88 =
-- 0.968 in negotiated; the same through the setting; Nova Pro (vendor
-- amazon) 0.80 in both.
SELECT bedprice.bedrock_cost('Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS aws,
       bedprice.bedrock_cost_in('negotiated', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS negotiated,
       bedprice.bedrock_cost_in('negotiated', 'Nova Pro', 'us-east-1', 1000000, 0) AS nova_pro;
SET bedprice.price_book = 'negotiated';
SELECT bedprice.bedrock_cost('Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS by_setting,
       bedprice.bedrock_cost_in(NULL, 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS null_book_is_the_setting,
       bedprice.bedrock_cost_in('aws', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS argument_wins;
RESET bedprice.price_book;
-- The breakdown names the book of each charge's row (aws's, inherited)
-- and the vendor rule.
SELECT b.charges -> 'input' ->> 'book' AS row_book, b.charges -> 'input' ->> 'vendor_factor' AS vendor_factor,
       b.total_cost
FROM bedprice.bedrock_cost_breakdown_in('negotiated', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS b;
-- The direct API the same way (provider anthropic, its models' vendor is
-- the provider): Claude Haiku 4.5, 1M input: 1 x 0.88.
SELECT bedprice.set_multiplier('anthropic', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') IS NOT NULL AS rule;
SELECT bedprice.api_cost_in('negotiated', 'anthropic', 'claude-haiku-4-5', 1000000, 0) AS direct;

-- Overriding a price: the book's key replaces its parent's for that key.
-- Nova Pro input 0.70 in negotiated: 0.7 in us-east-1; eu-central-1 has a
-- price of its own in aws (1.05, a key of its region), which a key for
-- every region does not replace.
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.70, '-infinity', book => 'negotiated') IS NOT NULL AS price;
SELECT bedprice.bedrock_cost_in('negotiated', 'Nova Pro', 'us-east-1', 1000000, 0) AS us_east_1,
       bedprice.bedrock_cost_in('negotiated', 'Nova Pro', 'eu-central-1', 1000000, 0) AS eu_central_1;
-- A book of that book, by sheet (the book column): a geo rule x1.10 of its
-- own over aws's x1, and a price.  us. Nova Pro 1M input: 0.7 x 1.10 =
-- 0.77 (its grandparent's Nova Pro row is not its own: its parent's wins).
INSERT INTO bedprice.price_books (book, parent) VALUES ('what-if', 'negotiated');
SELECT bedprice.load_multiplier_sheet('provider,dimension,value,factor,book
bedrock,routing,geo,1.10,what-if
');
SELECT bedprice.load_price_sheet('book,provider,model,charge,usd_per_mtok,source
what-if,bedrock,Nova Lite,input,0.05,what-if list
');
SELECT bedprice.bedrock_cost_in('what-if', 'us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0) AS geo_nova_pro,
       bedprice.bedrock_cost_in('what-if', 'Nova Lite', 'us-east-1', 1000000, 0) AS nova_lite,
       bedprice.bedrock_cost_in('what-if', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS inherited_rule;
-- The exports carry the book (empty for aws); price_sheet(book => ...)
-- gives one book's rows, and loading an export gives nothing new.
SELECT provider, model, charge, usd_per_mtok, source, book FROM bedprice.price_sheet(book => 'what-if');
SELECT provider, dimension, value, factor, book FROM bedprice.multiplier_sheet() WHERE book IN ('negotiated', 'what-if')
ORDER BY book, provider;
SELECT bedprice.load_price_sheet(bedprice.price_sheet_csv(book => 'negotiated')) AS loaded_again,
       bedprice.load_multiplier_sheet(bedprice.multiplier_sheet_csv()) AS rules_loaded_again;
-- An import into a book: LiteLLM's Nova Micro input into what-if.
SELECT model, charge, usd_per_mtok, outcome FROM bedprice.import_litellm('{"amazon.nova-micro-v1:0":
    {"litellm_provider": "bedrock", "mode": "chat", "input_cost_per_token": 3e-08}}', '2026-12-01', 'what-if');
SELECT model, charge, usd_per_mtok, book FROM bedprice.prices WHERE source = 'litellm';

-- A book replaces its parent's rows tier by tier: a base input price of
-- negotiated's own for Claude Sonnet 4 (2.5) leaves aws's long-context
-- tier in force above 200K (300K input: 0.3 x 6 x 0.88, the vendor rule,
-- = 1.584; 1K: 0.001 x 2.5 x 0.88 = 0.0022), and a long-context row of a
-- book's own (5) leaves the parent's base tier (300K: 1.5; 1K: 0.003).
-- (The first build of books lost the other tier: P0002.)
SELECT bedprice.set_price('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'input', 2.5, '-infinity',
                          book => 'negotiated') IS NOT NULL AS base_tier;
INSERT INTO bedprice.price_books (book, parent) VALUES ('long-only', 'aws');
SELECT bedprice.set_price('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0', 'input', 5, '-infinity',
                          above_input_tokens => 200000, book => 'long-only') IS NOT NULL AS long_tier;
SELECT bedprice.bedrock_cost_in('negotiated', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 300000, 0) AS neg_long,
       bedprice.bedrock_cost_in('negotiated', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 1000, 0) AS neg_base,
       bedprice.bedrock_cost_in('long-only', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 300000, 0) AS own_long,
       bedprice.bedrock_cost_in('long-only', 'anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 1000, 0) AS parent_base;

-- The setting is read at each call: a SET applies from the next call on,
-- in a PL/pgSQL function's later statements too (whose statements may
-- share one snapshot), and inside one statement after a set_config (18 in
-- aws, 19.8 in the seed book).  (A first build of statement pinning kept
-- the old book in such a function: 18, 18.)
CREATE FUNCTION pg_temp.sonnet() RETURNS numeric LANGUAGE plpgsql AS $$
BEGIN
    RETURN bedprice.bedrock_cost('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000);
END $$;
SELECT pg_temp.sonnet() AS aws;
SET LOCAL bedprice.price_book = 'seed-2026-04-10';
SELECT pg_temp.sonnet() AS seed;
RESET bedprice.price_book;
SELECT g, CASE WHEN g = 2 THEN set_config('bedprice.price_book', 'seed-2026-04-10', true) END AS set_in_row,
       bedprice.bedrock_cost('us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000) AS cost
FROM generate_series(1, 3) AS g;
RESET bedprice.price_book;
-- An empty setting is the default book, as an empty book column is.
SET LOCAL bedprice.price_book = '';
SELECT bedprice.bedrock_cost('Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS empty_is_aws;
RESET bedprice.price_book;

-- replace_source replaces a source in every book, as in 0.3.0: give each
-- book's sheets a source of their own.  what-if's reload of "what-if
-- list" leaves negotiated's "negotiated list".
SELECT bedprice.load_price_sheet('provider,model,charge,usd_per_mtok,source,book
bedrock,Nova Premier,input,2.2,negotiated list,negotiated
bedrock,Nova Premier,input,2.3,what-if list,what-if
');
SELECT bedprice.load_price_sheet('provider,model,charge,usd_per_mtok,source,book
bedrock,Nova Premier,input,2.4,what-if list,what-if
', replace_source => 'what-if list');
SELECT book, usd_per_mtok, source FROM bedprice.prices WHERE model = 'amazon.nova-premier-v1:0' AND NOT shipped
ORDER BY book;

-- A renamed book takes its rows and its children with it.
UPDATE bedprice.price_books SET book = 'negotiated-2027' WHERE book = 'negotiated';
SELECT book, parent FROM bedprice.price_books WHERE NOT shipped ORDER BY book;
SELECT count(*) AS its_rows FROM bedprice.prices WHERE book = 'negotiated-2027';
SELECT bedprice.bedrock_cost_in('what-if', 'Claude Haiku 4.5', 'us-east-1', 1000000, 0) AS still_inherited;

------------------------------------------------------------------------
-- 5. What is refused.
------------------------------------------------------------------------
SAVEPOINT s;
SET bedprice.price_book = 'no-such-book';
SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1, 1);
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.bedrock_cost_in('No-Such-Book', 'Nova Pro', 'us-east-1', 1, 1);
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.7, book => 'nope');
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.load_price_sheet('provider,model,charge,usd_per_mtok,book
bedrock,Nova Pro,input,0.7,nope
');
ROLLBACK TO SAVEPOINT s;
-- a chain that comes back to its start; a parent that is no book; a
-- parent deleted under its children; the shipped books
UPDATE bedprice.price_books SET parent = 'what-if' WHERE book = 'negotiated-2027';
ROLLBACK TO SAVEPOINT s;
INSERT INTO bedprice.price_books (book, parent) VALUES ('orphan', 'nope');
ROLLBACK TO SAVEPOINT s;
DELETE FROM bedprice.price_books WHERE book = 'negotiated-2027';
ROLLBACK TO SAVEPOINT s;
UPDATE bedprice.price_books SET description = 'ours now' WHERE book = 'aws';
ROLLBACK TO SAVEPOINT s;
DELETE FROM bedprice.price_books WHERE book = 'seed-2026-04-10';
ROLLBACK TO SAVEPOINT s;
INSERT INTO bedprice.price_books (book, parent) VALUES ('Mixed Case', 'aws');
ROLLBACK TO SAVEPOINT s;
-- a vendor is the first part of a model ID, and one of the provider's
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'Anthropic Inc.', 0.9, book => 'what-if');
ROLLBACK TO SAVEPOINT s;
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'antropic', 0.9, book => 'what-if');
ROLLBACK TO SAVEPOINT s;
-- deleting a book of the user's (no children) deletes its rows
DELETE FROM bedprice.price_books WHERE book = 'what-if';
SELECT count(*) AS what_if_rows FROM bedprice.prices WHERE book = 'what-if';
ROLLBACK;

-- Nothing is left behind.
SELECT count(*) AS user_books FROM bedprice.price_books WHERE NOT shipped;
