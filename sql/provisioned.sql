-- Provisioned Throughput: bedprice.provisioned_rates (shipped legacy rates
-- and a user's quote), provisioned_rate, provisioned_cost and
-- provisioned_breakeven; every figure below is worked by hand in the
-- comments and checked against the output.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

CREATE FUNCTION pg_temp.sqlstate_of(query text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;

SET client_min_messages = warning;
DROP ROLE IF EXISTS regress_pt_user;
DROP ROLE IF EXISTS regress_pt_admin;
RESET client_min_messages;
CREATE ROLE regress_pt_user;
CREATE ROLE regress_pt_admin;
GRANT bedprice_admin TO regress_pt_admin;

------------------------------------------------------------------------
-- The shipped rates: the only per-unit figures AWS published that the
-- sources keep, its legacy per-second rates for Cohere Command and
-- Command Light in every region (LiteLLM 2026-08-01,
-- bedrock/*/<n>-month-commitment/<model>), x 3600 for an hour:
--   Command        1-month 0.011     x 3600 = 39.6
--   Command        6-month 0.0066027 x 3600 = 23.76972
--   Command Light  1-month 0.001902  x 3600 = 6.8472
--   Command Light  6-month 0.0011416 x 3600 = 4.10976
-- No tokens per minute (AWS publishes none), no no-commitment rate, none
-- in the seed book (the seed gives no rate per model unit and hour).
------------------------------------------------------------------------
SELECT provider, model, coalesce(region, 'every region') AS region, commitment, usd_per_unit_hour,
       in_tpm_per_unit, out_tpm_per_unit, valid_from, valid_to, book, shipped, rate_id < 0 AS negative_id
FROM bedprice.provisioned_rates ORDER BY model, commitment;
SELECT model, commitment, source FROM bedprice.provisioned_rates ORDER BY model, commitment;
-- the per-second figures times 3600, exactly
SELECT model, commitment, usd_per_unit_hour = per_second * 3600 AS exact
FROM bedprice.provisioned_rates
JOIN (VALUES ('cohere.command-text-v14', '1_month', 0.011), ('cohere.command-text-v14', '6_month', 0.0066027),
             ('cohere.command-light-text-v14', '1_month', 0.001902),
             ('cohere.command-light-text-v14', '6_month', 0.0011416)) AS v(m, c, per_second)
  ON (m, c) = (model, commitment)
ORDER BY model, commitment;
-- their ids are made from their content, as a shipped price's
SELECT count(*) AS ids_from_content FROM bedprice.provisioned_rates r
WHERE rate_id = bedprice_internal.shipped_id((to_jsonb(r) - 'rate_id' - 'source' - 'book')::text);
-- Claude Instant, v1 and v2 have legacy rates in the same file, but the
-- catalog left those models out (catalog/left_out.csv): no rates for them.
SELECT count(*) AS claude_rates FROM bedprice.provisioned_rates WHERE model LIKE 'anthropic.%';

-- The table, as the other catalog tables: read by everyone, written by
-- bedprice_admin, dumped WHERE NOT shipped (with its sequence).
SELECT r.role, has_table_privilege(r.role, 'bedprice.provisioned_rates', 'SELECT') AS sel,
       has_table_privilege(r.role, 'bedprice.provisioned_rates', 'INSERT') AS ins,
       has_table_privilege(r.role, 'bedprice.provisioned_rates', 'UPDATE') AS upd,
       has_table_privilege(r.role, 'bedprice.provisioned_rates', 'DELETE') AS del,
       has_table_privilege(r.role, 'bedprice.provisioned_rates', 'TRUNCATE') AS trunc,
       has_sequence_privilege(r.role, 'bedprice.provisioned_rates_rate_id_seq', 'USAGE') AS seq
FROM (VALUES ('regress_pt_user'), ('regress_pt_admin')) AS r(role) ORDER BY 1 DESC;
SELECT cfg.reloid::regclass AS dumped, cfg.cond
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS cfg(reloid, cond)
WHERE e.extname = 'bedprice' AND cfg.reloid::regclass::text LIKE 'bedprice.provisioned%'
ORDER BY 1;
SELECT a.attname, col_description(a.attrelid, a.attnum) IS NOT NULL AS commented
FROM pg_attribute a WHERE a.attrelid = 'bedprice.provisioned_rates'::regclass AND a.attnum > 0
ORDER BY a.attnum;

------------------------------------------------------------------------
-- provisioned_rate: by ID, alias or ARN, names compared as everywhere
------------------------------------------------------------------------
SELECT * FROM bedprice.provisioned_rate('cohere.command-text-v14', 'us-east-1', '6_month');
SELECT rate_id < 0 AS shipped_id, usd_per_unit_hour, shipped
FROM bedprice.provisioned_rate('Command', ' EU-West-1 ', ' 1_Month ');
-- the ID's region (region NULL), and the default region
SELECT usd_per_unit_hour FROM bedprice.provisioned_rate(
    'arn:aws:bedrock:eu-west-1::foundation-model/cohere.command-light-text-v14', NULL, '6_month');
SELECT usd_per_unit_hour FROM bedprice.provisioned_rate('Command Light', NULL, '1_month');
-- a provisioned-model ARN names no model: an alias maps it (rolled back)
BEGIN;
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', 'arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abc123', 'cohere.command-text-v14');
SELECT usd_per_unit_hour FROM bedprice.provisioned_rate(
    'arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abc123', NULL, '6_month');
ROLLBACK;

------------------------------------------------------------------------
-- provisioned_cost = model_units x hours x usd_per_unit_hour, exactly
--   1 unit, a 1-month term (720 h), Command:     1 x 720 x 39.6        = 28512
--   2 units, a 6-month term (4380 h), Command:   2 x 4380 x 23.76972   = 208222.7472
--   3 units, half an hour, Command Light 1-month: 3 x 0.5 x 6.8472     = 10.2708
--   1 unit, 1.25 h, Command Light 6-month:       1 x 1.25 x 4.10976    = 5.1372
--   no hours: 0
------------------------------------------------------------------------
SELECT bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 1, 720, '1_month') AS month_1,
       bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 2, 4380, '6_month') AS months_6,
       bedprice.provisioned_cost('Command Light', 'us-west-2', 3, 0.5, '1_month') AS half_hour,
       bedprice.provisioned_cost('Command Light', 'us-west-2', 1, 1.25, '6_month') AS hour_and_quarter,
       bedprice.provisioned_cost('Command', 'us-east-1', 1, 0, '6_month') AS no_hours;
SELECT bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 2, 4380, '6_month') = 208222.7472 AS as_by_hand;

------------------------------------------------------------------------
-- The seed's rule of thumb: "Provisioned throughput becomes
-- cost-effective when your daily spend on a single model consistently
-- exceeds $30-40/day on-demand."  One model unit bills 24 x its rate a
-- day whatever the traffic, so on-demand is cheaper below that day's
-- bill, which at the published rates is far above $30-40:
--   Command 6-month:       24 x 23.76972 = 570.47328 a day ($570.47)
--   Command 1-month:       24 x 39.6     = 950.4
--   Command Light 6-month: 24 x 4.10976  = 98.63424 ($98.63)
--   Command Light 1-month: 24 x 6.8472   = 164.3328
-- ($30-40 a day would be a unit at $1.25-1.67 an hour.)
------------------------------------------------------------------------
SELECT b.model, b.commitment, b.usd_per_unit_hour, b.provisioned_usd_per_day,
       round(b.provisioned_usd_per_day, 2) AS per_day_rounded, b.provisioned_usd_per_day > 40 AS above_seed_figure
FROM (VALUES ('cohere.command-text-v14', '6_month'), ('cohere.command-text-v14', '1_month'),
             ('cohere.command-light-text-v14', '6_month'), ('cohere.command-light-text-v14', '1_month')) AS v(m, c),
     bedprice.provisioned_breakeven(v.m, 'us-east-1', v.c) AS b;

-- Break-even at the shipped Command 6-month rate, for the default request
-- of 1,000 input and 1,000 output tokens (Command on demand: 1.5 input,
-- 2 output per 1M):
--   one request: 1000 x 1.5 / 1M + 1000 x 2 / 1M = 0.0035 USD for 2,000
--   tokens, so 0.0035 x 1M / 2000 = 1.75 USD per 1M tokens
--   break-even: 570.47328 / 1.75 x 1M = 325,984,731.428571428571428...
--   tokens a day, rounded at 15 decimals: 325984731.428571428571429
-- No tokens per minute are known: capacity and utilisation are NULL.
SELECT * FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '6_month');

------------------------------------------------------------------------
-- A user's quote: the account team quotes Command in us-east-1 with a
-- 1-month commitment at $30 a model unit and hour, each unit serving
-- 600,000 input and 120,000 output tokens a minute.  bedprice_admin
-- inserts it (shipped = false): it takes precedence over the shipped
-- 39.6 there; other regions keep the shipped rate.
------------------------------------------------------------------------
SET ROLE regress_pt_admin;
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour,
                                        in_tpm_per_unit, out_tpm_per_unit, source)
VALUES ('cohere.command-text-v14', 'us-east-1', '1_month', 30, 600000, 120000, 'AWS account team quote 2026-11-02')
RETURNING rate_id > 0 AS user_id, shipped;
RESET ROLE;
SELECT rate_id > 0 AS user_id, usd_per_unit_hour, in_tpm_per_unit, out_tpm_per_unit, shipped, source
FROM bedprice.provisioned_rate('cohere.command-text-v14', 'us-east-1', '1_month');
SELECT usd_per_unit_hour, shipped FROM bedprice.provisioned_rate('cohere.command-text-v14', 'us-west-2', '1_month');
-- 2 units for a 720-hour term at the quote: 2 x 720 x 30 = 43200
SELECT bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 2, 720, '1_month');

-- Break-even at the quote, 1 unit, a request of 3,000 input and 500
-- output tokens:
--   provisioned_usd_per_day  1 x 30 x 24 = 720
--   one request on demand    3000 x 1.5 / 1M + 500 x 2 / 1M = 0.0045 + 0.001 = 0.0055 USD, 3,500 tokens
--   on_demand_usd_per_mtok   0.0055 x 1M / 3500 = 1.571428571428571428... -> 1.571428571428571
--   breakeven_tokens_per_day 720 / 0.0055 = 130,909.0909... requests a day, x 3500 tokens
--                            = 458,181,818.181818... -> 458181818.181818181818182
--   capacity: the input share is 3000/3500, the output share 500/3500;
--     input allows 600,000 / (3000/3500) = 700,000 tokens a minute,
--     output 120,000 / (500/3500) = 840,000: input binds, 700,000 a minute,
--     x 1440 minutes = 1,008,000,000 tokens a day
--   utilisation_needed       458,181,818.18... / 1,008,000,000
--                            = 720 x 3000 / (0.0055 x 600,000 x 1440) = 5/11
--                            = 0.4545454545454545... -> 0.454545454545455
-- So the unit pays once it runs at least 45.45% busy at this mix.
SELECT * FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 3000, 500);
SELECT provisioned_usd_per_day = 720 AND on_demand_usd_per_mtok = 1.571428571428571
       AND breakeven_tokens_per_day = 458181818.181818181818182 AND capacity_tokens_per_day = 1008000000
       AND utilisation_needed = 0.454545454545455 AS as_by_hand
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 3000, 500);
-- 2 units: twice the bill and twice the capacity, the same utilisation:
--   1440 a day, break-even 916363636.363636363636364, capacity 2,016,000,000
SELECT model_units, provisioned_usd_per_day, breakeven_tokens_per_day, capacity_tokens_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 3000, 500, model_units => 2);
-- An output-heavy mix, 500 in and 1,500 out: 500 x 1.5 / 1M + 1500 x 2 / 1M
-- = 0.00375 USD for 2,000 tokens = 1.875 per 1M; break-even 720 x 2000 /
-- 0.00375 = 384,000,000; input allows 600,000 / (500/2000) = 2,400,000 a
-- minute, output 120,000 / (1500/2000) = 160,000: output binds, x 1440 =
-- 230,400,000 a day; utilisation 384,000,000 / 230,400,000 = 5/3: the
-- unit cannot serve enough of this mix to pay.
SELECT on_demand_usd_per_mtok, breakeven_tokens_per_day, capacity_tokens_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 500, 1500);
-- Input only: only the input figure binds: 600,000 x 1440 = 864,000,000;
-- break-even 720 / 1.5 x 1M = 480,000,000; utilisation 5/9.
SELECT on_demand_usd_per_mtok, breakeven_tokens_per_day, capacity_tokens_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 1000, 0);

-- A quote with only the input figure: the output limit of a mix with
-- output is unknown, so capacity and utilisation are NULL; input-only
-- requests still have a capacity.  (Rolled back.)
BEGIN;
UPDATE bedprice.provisioned_rates SET out_tpm_per_unit = NULL WHERE NOT shipped;
SELECT capacity_tokens_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 3000, 500);
SELECT capacity_tokens_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('cohere.command-text-v14', 'us-east-1', '1_month', 1000, 0);
ROLLBACK;

-- The mix is one request's: a request above 200K input takes the
-- long-context rate, a day's volume never does.  A quote for Claude Sonnet
-- 4.5 in us-east-1 (6-month, $100 a unit-hour; on demand 3.3 input and
-- 16.5 output in-region, above 200K input 6.6 and 24.75):
--   150,000 in + 1,000 out: 0.495 + 0.0165 = 0.5115 for 151,000 tokens
--     = 3.387417218543046357... per 1M -> 3.387417218543046
--   250,000 in + 1,000 out: 1.65 + 0.02475 = 1.67475 for 251,000 tokens
--     = 6.672310756972111553... per 1M -> 6.672310756972112
BEGIN;
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, source)
VALUES ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', '6_month', 100, 'regression quote');
SELECT in_tokens, b.provisioned_usd_per_day, b.on_demand_usd_per_mtok
FROM (VALUES (150000), (250000)) AS v(in_tokens),
     bedprice.provisioned_breakeven('Claude Sonnet 4.5', 'us-east-1', '6_month', v.in_tokens, 1000) AS b;
ROLLBACK;

------------------------------------------------------------------------
-- Which rate applies: the user's before the shipped one (whatever its
-- region), then a region's own before an all-region one, then the nearer
-- book; a quote from a date leaves the time before it to the shipped
-- rate.  (Rolled back.)
------------------------------------------------------------------------
BEGIN;
INSERT INTO bedprice.price_books (book, parent) VALUES ('negotiated', 'aws');
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, valid_from, book, source) VALUES
    ('cohere.command-text-v14', NULL, '6_month', 20, '2026-07-01', 'aws', 'all-region quote from July'),
    ('cohere.command-text-v14', 'eu-west-1', '6_month', 21, '-infinity', 'aws', 'Ireland quote'),
    ('cohere.command-text-v14', NULL, '6_month', 19, '-infinity', 'negotiated', 'negotiated quote');
SELECT v.region, v.at, v.book, r.usd_per_unit_hour, r.source
FROM (VALUES ('us-east-1', '2026-06-01'::timestamptz, 'aws'),        -- before the quote: shipped 23.76972
             ('us-east-1', '2026-08-01', 'aws'),                     -- the all-region quote: 20
             ('eu-west-1', '2026-08-01', 'aws'),                     -- Ireland's own: 21
             ('us-east-1', '2026-08-01', 'negotiated'),              -- the nearer book: 19
             ('eu-west-1', '2026-08-01', 'negotiated')) AS v(region, at, book),   -- a region's own, in the parent: 21
     bedprice.provisioned_rate('Command', v.region, '6_month', v.at, v.book) AS r;
SET LOCAL bedprice.price_book = 'negotiated';
SELECT usd_per_unit_hour FROM bedprice.provisioned_rate('Command', 'us-east-1', '6_month', '2026-08-01');
-- one rate of a key at a time: an overlapping quote of the same key is refused
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, valid_from, source)
VALUES ('cohere.command-text-v14', '6_month', 18, '2026-09-01', 'overlapping');
ROLLBACK;

------------------------------------------------------------------------
-- Shipped rates are read-only, even for bedprice_admin (and the
-- superuser): a quote is a row of one's own.  A user's row cannot be
-- marked shipped.
------------------------------------------------------------------------
SET ROLE regress_pt_admin;
UPDATE bedprice.provisioned_rates SET usd_per_unit_hour = 20 WHERE shipped AND model = 'cohere.command-text-v14' AND commitment = '6_month';
DELETE FROM bedprice.provisioned_rates WHERE shipped AND model = 'cohere.command-text-v14' AND commitment = '6_month';
TRUNCATE bedprice.provisioned_rates;
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source, shipped)
VALUES ('cohere.command-text-v14', 'none', 50, 'sneaky', true);
RESET ROLE;
UPDATE bedprice.provisioned_rates SET shipped = false WHERE shipped AND model = 'cohere.command-text-v14' AND commitment = '6_month';
TRUNCATE bedprice.provisioned_rates;
-- the user's own rows the admin may change and delete
SET ROLE regress_pt_admin;
UPDATE bedprice.provisioned_rates SET source = source || ' (confirmed)' WHERE NOT shipped RETURNING source;
RESET ROLE;
SELECT count(*) FILTER (WHERE shipped) AS shipped_rates, count(*) FILTER (WHERE NOT shipped) AS user_rates
FROM bedprice.provisioned_rates;

-- A shipped rate goes with its model, and follows its renamed model as the
-- user's row (a new id), as a renamed model's prices become the user's.
-- (Rolled back.)
BEGIN;
UPDATE bedprice.models SET model = 'cohere.command-light-renamed' WHERE model = 'cohere.command-light-text-v14';
SELECT model, commitment, usd_per_unit_hour, shipped, rate_id > 0 AS user_id
FROM bedprice.provisioned_rates WHERE model LIKE 'cohere.command-light%' ORDER BY commitment;
DELETE FROM bedprice.models WHERE model = 'cohere.command-text-v14';
SELECT count(*) AS command_rates FROM bedprice.provisioned_rates WHERE model = 'cohere.command-text-v14';
ROLLBACK;

------------------------------------------------------------------------
-- An ordinary role reads the rates and prices with them, and writes
-- nothing.
------------------------------------------------------------------------
SET ROLE regress_pt_user;
SELECT count(*) AS rates_read FROM bedprice.provisioned_rates;
SELECT usd_per_unit_hour, shipped FROM bedprice.provisioned_rate('Command', 'us-east-1', '1_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, 24, '6_month');    -- 24 x 23.76972 = 570.47328
SELECT provisioned_usd_per_day, utilisation_needed
FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '1_month', 3000, 500);
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source)
VALUES ('cohere.command-text-v14', 'none', 1, 'sneaky');
UPDATE bedprice.provisioned_rates SET usd_per_unit_hour = 1 WHERE NOT shipped;
DELETE FROM bedprice.provisioned_rates;
RESET ROLE;
SELECT count(*) AS sneaky_rows FROM bedprice.provisioned_rates WHERE source = 'sneaky' OR usd_per_unit_hour = 1;

------------------------------------------------------------------------
-- Errors
------------------------------------------------------------------------
-- a routed ID: inference profiles do not support Provisioned Throughput
SELECT * FROM bedprice.provisioned_rate('us.anthropic.claude-sonnet-4-6', 'us-east-1', '6_month');
SELECT bedprice.provisioned_cost('global.anthropic.claude-sonnet-4-6', 'us-east-1', 1, 1);
SELECT * FROM bedprice.provisioned_breakeven('us.cohere.command-text-v14', 'us-east-1');
-- no rate: no commitment (none ships), a model without rates, a book without them
SELECT * FROM bedprice.provisioned_rate('cohere.command-text-v14', 'us-east-1', at => '2026-06-01');
SELECT bedprice.provisioned_cost('anthropic.claude-sonnet-4-6', 'us-east-1', 1, 1, '6_month', '2026-06-01');
SELECT * FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '6_month', at => '2026-06-01', book => 'seed-2026-04-10');
-- bad units, hours, commitment, tokens
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 0, 10, '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', -2, 10, '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', NULL, 10, '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, -1, '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, NULL, '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, 'NaN', '6_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, 10, '3_month');
SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, 10, NULL);
SELECT * FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '6_month', 0, 0);
SELECT * FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '6_month', -1, 10);
SELECT * FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '6_month', model_units => 0);
-- unknown model, region, book; a region contradicting the ARN; NULL model
SELECT * FROM bedprice.provisioned_rate('acme.widget-v1', 'us-east-1', '6_month');
SELECT * FROM bedprice.provisioned_rate('Command', 'us-east-7', '6_month');
SELECT * FROM bedprice.provisioned_rate('Command', 'us-east-1', '6_month', book => 'nonesuch');
SELECT * FROM bedprice.provisioned_rate('arn:aws:bedrock:eu-west-1::foundation-model/cohere.command-text-v14', 'us-east-1', '6_month');
SELECT * FROM bedprice.provisioned_rate(NULL, 'us-east-1', '6_month');
-- under on_unknown_model = null an unknown model gives nothing, as in the pricing functions
SET bedprice.on_unknown_model = 'null';
SELECT count(*) AS rows FROM bedprice.provisioned_rate('acme.widget-v1', 'us-east-1', '6_month');
SELECT bedprice.provisioned_cost('acme.widget-v1', 'us-east-1', 1, 1, '6_month') IS NULL AS null_cost;
RESET bedprice.on_unknown_model;
-- bad rows: a rate of 0, more than 12 decimals, an unknown commitment, no tokens a minute
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source) VALUES ('cohere.command-text-v14', 'none', 0, 'bad');
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source) VALUES ('cohere.command-text-v14', 'none', 0.0000000000001, 'bad');
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source) VALUES ('cohere.command-text-v14', '3_month', 10, 'bad');
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, in_tpm_per_unit, source) VALUES ('cohere.command-text-v14', 'none', 10, 0, 'bad');
INSERT INTO bedprice.provisioned_rates (model, commitment, usd_per_unit_hour, source) VALUES ('acme.widget-v1', 'none', 10, 'bad');

-- The SQLSTATEs.
SELECT q, pg_temp.sqlstate_of(q) AS sqlstate
FROM (VALUES
    ($$SELECT * FROM bedprice.provisioned_rate('us.anthropic.claude-sonnet-4-6', 'us-east-1', '6_month')$$),
    ($$SELECT * FROM bedprice.provisioned_rate('cohere.command-text-v14', 'us-east-1')$$),
    ($$SELECT bedprice.provisioned_cost('Command', 'us-east-1', 0, 10, '6_month')$$),
    ($$SELECT bedprice.provisioned_cost('Command', 'us-east-1', NULL, 10, '6_month')$$),
    ($$SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, -1, '6_month')$$),
    ($$SELECT bedprice.provisioned_cost('Command', 'us-east-1', 1, 10, '3_month')$$),
    ($$SELECT * FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '6_month', 0, 0)$$),
    ($$SELECT * FROM bedprice.provisioned_rate('Command', 'us-east-7', '6_month')$$),
    ($$SELECT * FROM bedprice.provisioned_rate('Command', 'us-east-1', '6_month', book => 'nonesuch')$$),
    ($$UPDATE bedprice.provisioned_rates SET usd_per_unit_hour = 20 WHERE shipped$$),
    ($$DELETE FROM bedprice.provisioned_rates WHERE shipped$$),
    ($$INSERT INTO bedprice.provisioned_rates (model, usd_per_unit_hour, source, shipped) VALUES ('cohere.command-text-v14', 1, 'x', true)$$))
    AS v(q);

DELETE FROM bedprice.provisioned_rates WHERE NOT shipped;
DROP ROLE regress_pt_user;
DROP ROLE regress_pt_admin;
