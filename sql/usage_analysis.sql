-- Questions asked of a usage table priced by bedprice.price_usage:
-- compare_modes (the period bought another way) and forecast (the month
-- end), on small tables whose figures are worked by hand in the comments.
-- Everything this file adds is dropped at its end.
SET TimeZone = 'UTC';
\set SHOW_CONTEXT never

CREATE TABLE usage (
    at     timestamptz NOT NULL,
    model  text,
    region text,
    i      bigint,
    o      bigint,
    cost   numeric,
    status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'in=i', 'out=o',
                                          'at=at', 'status=status');
-- Nova Pro $0.80 / $3.20 (batch $0.40 / $1.60); Qwen3 Coder 30B $0.15 /
-- $0.60 (flex and batch half, priority 1.75x); Claude Sonnet 4.5 regional
-- $3.30 / $16.50, global $3.00 / $15.00.
INSERT INTO usage (at, model, region, i, o) VALUES
    ('2026-06-01 10:00:00', 'amazon.nova-pro-v1:0', 'us-east-1', 1000000, 100000),            -- 0.80 + 0.32 = 1.12
    ('2026-06-01 10:00:30', 'amazon.nova-pro-v1:0', 'us-east-1', 500000, 50000),              -- 0.56, the same minute
    ('2026-06-02 11:00:00', 'qwen.qwen3-coder-30b-a3b-v1:0', 'us-west-2', 2000000, 1000000),  -- 0.30 + 0.60 = 0.90
    ('2026-06-02 12:00:00', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 10000),  -- 0.33 + 0.165
    ('2026-06-03 12:00:00', 'anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 10000),     -- 0.495
    ('2026-06-03 13:00:00', 'acme.unknown-v1', 'us-east-1', 10, 10),                           -- unpriced: left out
    ('2026-07-01 00:00:00', 'amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0);                  -- after the period
SELECT at, model, cost, status FROM usage ORDER BY at;
SELECT * FROM bedprice.usage_fields('usage') ORDER BY field;

------------------------------------------------------------------------
-- compare_modes over June (the five priced rows: $3.57 as billed).
--   standard: every row is on demand already: $3.57.
--   flex: only Qwen offers it: 3.57 - 0.90 + 0.45 = $3.12, 1 row moved.
--   priority: 3.57 - 0.90 + (0.2625 x 2 + 1.05) = $4.245.
--   batch: Nova Pro half (1.68 -> 0.84), Qwen half (0.90 -> 0.45); Claude
--     Sonnet 4.5 has no regional batch price: 3.57 - 1.29 = $2.28.
--   global routing: the two Claude rows at $0.45: 3.57 - 0.09 = $3.48.
--   provisioned: the catalog has no rate with a throughput per model unit
--     for these models: NULL, and a note.
------------------------------------------------------------------------
SELECT option, mode, routing, commitment, model_units, rows_moved, rows_kept, cost, saving, saving_pct, note
FROM bedprice.compare_modes('usage', '2026-06-01', '2026-07-01');
-- A quote for Nova Pro in us-east-1 (a test's figures, not AWS's): $20 a
-- model unit and hour on a 1-month commitment, 1,000,000 input and
-- 200,000 output tokens a minute.  The busiest minute (10:00) had 1.5M in
-- and 150K out: 2 units (1.5M / 1M rounded up; 150K / 200K is 1).  June
-- is 720 hours: 2 x 720 x 20 = $28,800 for the Nova rows (billed 1.68),
-- the other three as billed: 3.57 - 1.68 + 28800 = $28,801.89.
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, in_tpm_per_unit, out_tpm_per_unit, source)
VALUES ('amazon.nova-pro-v1:0', 'us-east-1', '1_month', 20, 1000000, 200000, 'regression: a quote');
SELECT option, commitment, model_units, rows_moved, rows_kept, cost, saving, saving_pct, note
FROM bedprice.compare_modes('usage', '2026-06-01', '2026-07-01') WHERE mode = 'provisioned';
-- the same period in the seed's book, which of these models prices only
-- Nova Pro ($1.68 there too): batch half, 3.57 - 0.84 = $2.73; global
-- +10%, 3.57 + 0.168 = $3.738; no flex or priority; the rest as billed
SELECT option, rows_moved, rows_kept, cost FROM bedprice.compare_modes('usage', '2026-06-01', '2026-07-01', 'seed-2026-04-10')
WHERE mode IS DISTINCT FROM 'provisioned';
DELETE FROM bedprice.provisioned_rates WHERE source = 'regression: a quote';
-- a quote valid for exactly the period applies (looked up at its start)
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, in_tpm_per_unit, out_tpm_per_unit,
                                        source, valid_from, valid_to)
VALUES ('amazon.nova-pro-v1:0', 'us-east-1', '6_month', 10, 2000000, 200000, 'regression: June', '2026-06-01', '2026-07-01');
-- 1 unit x 720 hours x $10 = $7,200 for the Nova rows: 3.57 - 1.68 + 7200
SELECT option, model_units, rows_moved, cost FROM bedprice.compare_modes('usage', '2026-06-01', '2026-07-01')
WHERE commitment = '6_month';
DELETE FROM bedprice.provisioned_rates WHERE source = 'regression: June';
-- a row whose provider column is NULL is a Bedrock row, as the trigger
-- prices it: it moves to batch like the others
CREATE TABLE with_provider (at timestamptz, provider text, model text, i bigint, o bigint, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON with_provider FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'at=at', 'provider=provider');
INSERT INTO with_provider VALUES
    ('2026-06-01 10:00', NULL, 'amazon.nova-pro-v1:0', 1000000, 100000),          -- 1.12, batch 0.56
    ('2026-06-01 10:00', 'Bedrock', 'amazon.nova-pro-v1:0', 1000000, 100000),     -- the same
    ('2026-06-01 10:00', 'groq', 'llama-3.3-70b-versatile', 1000000, 1000000);    -- 1.38: a direct API, kept
SELECT option, rows_moved, rows_kept, cost FROM bedprice.compare_modes('with_provider', '2026-06-01', '2026-06-02')
WHERE option IN ('as billed', 'batch');
DROP TABLE with_provider;

------------------------------------------------------------------------
-- forecast: June 2026 (30 days) on a second table whose days cost $10,
-- $12 and $14 (Nova Pro input, $0.80 per 1M: 12.5M, 15M, 17.5M tokens),
-- and $5 on the morning of the 4th.  At 2026-06-04 12:00 three days are
-- complete; their least-squares line is 10 + 2x (x = 0, 1, 2), so the
-- days left, x = 3 .. 29, add 27 x 10 + 2 x (3 + ... + 29) = 270 + 864:
-- 36 + 1134 = $1170.  Month to date: $41.
------------------------------------------------------------------------
CREATE TABLE daily (LIKE usage);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON daily FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'in=i', 'out=o', 'at=at');
INSERT INTO daily (at, model, region, i, o) VALUES
    ('2026-05-31 23:59:59', 'amazon.nova-pro-v1:0', 'us-east-1', 100000000, 0),     -- May: not counted
    ('2026-06-01 08:00', 'amazon.nova-pro-v1:0', 'us-east-1', 10000000, 0),
    ('2026-06-01 20:00', 'amazon.nova-pro-v1:0', 'us-east-1', 2500000, 0),
    ('2026-06-02 09:00', 'amazon.nova-pro-v1:0', 'us-east-1', 15000000, 0),
    ('2026-06-03 09:00', 'amazon.nova-pro-v1:0', 'us-east-1', 17500000, 0),
    ('2026-06-04 06:00', 'amazon.nova-pro-v1:0', 'us-east-1', 6250000, 0),
    ('2026-06-04 18:00', 'amazon.nova-pro-v1:0', 'us-east-1', 6250000, 0);          -- after `at`
SELECT * FROM bedprice.forecast('daily', '2026-06-04 12:00');
-- one complete day: its total for each day: 10 x 30 = $300 (today's
-- partial $12 of the 2nd is replaced by the trend, as every day left)
SELECT complete_days, month_to_date, projected_month_end, method FROM bedprice.forecast('daily', '2026-06-02 12:00');
-- none yet: no projection
SELECT complete_days, month_to_date, projected_month_end, method FROM bedprice.forecast('daily', '2026-06-01 12:00');
-- a day without usage counts as $0: at the 6th the days are 10, 12, 14,
-- 10, 0: slope (5 x 70 - 10 x 46) / (5 x 30 - 10 x 10) = -2.2, intercept
-- (46 + 22) / 5 = 13.6; the days left add 2.6 + 0.4 (then below 0): $49
SELECT complete_days, daily_average, daily_trend, projected_month_end FROM bedprice.forecast('daily', '2026-06-06');
-- a timestamp column is read in the session's time zone, as the trigger
-- reads it: the same figures in UTC; in Auckland (UTC+12) every row is 12
-- hours earlier (the 1st's 08:00 falls in May): June's complete days cost
-- 14, 14 and 5, $38 to date; the trend 15.5 - 4.5x adds $2: $35
CREATE TABLE naive (at timestamp, model text, i bigint, o bigint, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON naive FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o', 'at=at');
INSERT INTO naive SELECT at AT TIME ZONE 'UTC', model, i, o FROM daily;
SELECT month_to_date, projected_month_end FROM bedprice.forecast('naive', '2026-06-04 12:00+00');
SET TimeZone = 'Pacific/Auckland';
SELECT month_to_date, projected_month_end FROM bedprice.forecast('naive', '2026-06-04 12:00+00');
SET TimeZone = 'UTC';

-- What they refuse.
CREATE TABLE timeless (model text, i bigint, o bigint, cost numeric);
CREATE TRIGGER price BEFORE INSERT ON timeless FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'in=i', 'out=o');
SELECT * FROM bedprice.compare_modes('timeless', '2026-06-01', '2026-07-01');
SELECT * FROM bedprice.forecast('timeless');
SELECT * FROM bedprice.compare_modes('usage', '2026-07-01', '2026-06-01');
SELECT * FROM bedprice.compare_modes('usage', '2026-06-01', '2026-07-01', book => 'no-such-book');
SELECT * FROM bedprice.forecast('usage', 'infinity');
SELECT * FROM bedprice.forecast('usage', NULL);
SELECT * FROM bedprice.compare_modes('usage', '2026-06-01', 'infinity');
SELECT * FROM bedprice.compare_modes(NULL, '2026-06-01', '2026-07-01');
CREATE TABLE plain (x int);
SELECT * FROM bedprice.forecast('plain');

DROP TABLE usage, daily, naive, timeless, plain;
