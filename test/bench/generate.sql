-- generate.sql: the benchmark's usage table (run by bench.sh in database
-- bp_bench; psql variable :rows is the row count).
--
-- A realistic Bedrock log: 13 shipped models (some called by their aliases,
-- some Claude rows through us./eu./global. inference profiles), five regions,
-- mostly on-demand with some batch and provisioned (the two Llama models
-- that have provisioned prices), cache reads and writes on about a third of
-- the rows (Claude only), a few Claude Sonnet 4 long-context requests (over
-- 200K input tokens), and timestamps over the first half of 2025, across a
-- price change on 2025-04-01 for two models.

\set ON_ERROR_STOP 1

CREATE EXTENSION IF NOT EXISTS bedprice CASCADE;
CREATE EXTENSION IF NOT EXISTS pg_prewarm;

-- Every model the generator names must be shipped.
DO $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(m, ', ') INTO missing
    FROM unnest(ARRAY[
        'anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-haiku-20241022-v1:0',
        'anthropic.claude-3-opus-20240229-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0',
        'anthropic.claude-opus-4-20250514-v1:0', 'meta.llama3-1-8b-instruct-v1:0',
        'meta.llama3-3-70b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0',
        'meta.llama4-maverick-17b-instruct-v1:0', 'amazon.nova-micro-v1:0',
        'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-premier-v1:0']) AS m
    WHERE NOT EXISTS (SELECT 1 FROM bedprice.models b WHERE b.provider = 'bedrock' AND b.model = m);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'bench: models not in bedprice.models: %', missing;
    END IF;
END $$;

-- The benchmark prices the seed's catalog (what bedprice 0.1.0 to 0.3.0
-- shipped: one price a charge for all regions, rules for geo and global
-- routing, batch and GovCloud, provisioned rates for the two Llama
-- models), so that its figures compare across versions; the 13 models'
-- shipped prices and the shipped rule make way for it.  (bench.sh passes
-- the files as :seed_prices and :seed_rules.)
DELETE FROM bedprice.prices
WHERE provider = 'bedrock' AND model IN (
    'anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-haiku-20241022-v1:0',
    'anthropic.claude-3-opus-20240229-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0',
    'anthropic.claude-opus-4-20250514-v1:0', 'meta.llama3-1-8b-instruct-v1:0',
    'meta.llama3-3-70b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0',
    'meta.llama4-maverick-17b-instruct-v1:0', 'amazon.nova-micro-v1:0',
    'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-premier-v1:0');
DELETE FROM bedprice.multipliers;
SELECT bedprice.load_price_sheet(:'seed_prices') \g /dev/null
SELECT bedprice.load_multiplier_sheet(:'seed_rules') \g /dev/null

-- The price change: Claude 3.5 Haiku's rates go up and Llama 3.3 70B's
-- on-demand rate goes down on 2025-04-01 (its provisioned rate stays).
BEGIN;
UPDATE bedprice.prices SET valid_to = '2025-04-01 00:00+00'
WHERE provider = 'bedrock' AND valid_to = 'infinity'
  AND (model = 'anthropic.claude-3-5-haiku-20241022-v1:0'
       OR (model = 'meta.llama3-3-70b-instruct-v1:0' AND mode = 'on_demand'));
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
SELECT 'bedrock', model, charge, usd, '2025-04-01 00:00+00', 'bench: price change'
FROM (VALUES
    ('anthropic.claude-3-5-haiku-20241022-v1:0', 'input', 1.00),
    ('anthropic.claude-3-5-haiku-20241022-v1:0', 'output', 5.00),
    ('anthropic.claude-3-5-haiku-20241022-v1:0', 'cache_read', 0.10),
    ('anthropic.claude-3-5-haiku-20241022-v1:0', 'cache_write', 1.25),
    ('anthropic.claude-3-5-haiku-20241022-v1:0', 'cache_write_1h', 2.00),
    ('meta.llama3-3-70b-instruct-v1:0', 'input', 0.72),
    ('meta.llama3-3-70b-instruct-v1:0', 'output', 0.72)
) AS v (model, charge, usd);
COMMIT;

-- Unlogged: the benchmark reads it, nothing needs it after a crash.
CREATE UNLOGGED TABLE usage (
    in_tok  bigint      NOT NULL,
    out_tok bigint      NOT NULL,
    cr_tok  bigint      NOT NULL,
    cw_tok  bigint      NOT NULL,
    ts      timestamptz NOT NULL,
    model   text        NOT NULL,
    region  text        NOT NULL,
    mode    text        NOT NULL
);

SELECT setseed(0.4242) \g /dev/null

-- Model index (13 models, weighted by repetition; Claude 21 of 40), region
-- (weighted, 20 slots), and uniform random numbers; OFFSET 0 keeps each
-- random() evaluated once per row.
INSERT INTO usage (in_tok, out_tok, cr_tok, cw_tok, ts, model, region, mode)
SELECT
    CASE WHEN mi = 4 AND r_long < 0.02
         THEN 150000 + floor(r_in * 250000)::bigint             -- long context
         ELSE 20 + floor(power(r_in, 3) * 30000)::bigint END,
    5 + floor(power(r_out, 2) * 4000)::bigint,
    CASE WHEN cached THEN floor(r_cr * 60000)::bigint ELSE 0 END,
    CASE WHEN cached AND r_cw < 0.4 THEN 1 + floor(r_cw * 20000)::bigint ELSE 0 END,
    '2025-01-01 00:00+00'::timestamptz + r_ts * interval '181 days',
    CASE
        WHEN claude AND r_name < 0.07 AND region <> 'us-gov-west-1' THEN 'global.' || id
        WHEN claude AND r_name < 0.30 AND region IN ('us-east-1', 'us-west-2') THEN 'us.' || id
        WHEN claude AND r_name < 0.30 AND region = 'eu-west-1' THEN 'eu.' || id
        WHEN r_name >= 0.30 AND r_name < 0.50 THEN alias
        ELSE id
    END,
    region,
    CASE
        WHEN mi IN (6, 7) AND r_mode < 0.25 THEN 'provisioned'
        WHEN r_name >= 0.30 AND r_mode >= 0.25 AND r_mode < 0.37 THEN 'batch'
        ELSE 'on_demand'
    END
FROM (
    SELECT mi, mi <= 5 AS claude, mi <= 5 AND r_cache < 0.65 AS cached,
           (ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic.claude-3-5-haiku-20241022-v1:0',
                  'anthropic.claude-3-opus-20240229-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0',
                  'anthropic.claude-opus-4-20250514-v1:0', 'meta.llama3-1-8b-instruct-v1:0',
                  'meta.llama3-3-70b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0',
                  'meta.llama4-maverick-17b-instruct-v1:0', 'amazon.nova-micro-v1:0',
                  'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-premier-v1:0'])[mi] AS id,
           (ARRAY['Claude 3.5 Sonnet', 'Claude 3.5 Haiku', 'Claude 3 Opus', 'Claude Sonnet 4',
                  'Claude Opus 4', 'Llama 3.1 8B', 'Llama 3.3 70B', 'Llama 4 Scout',
                  'Llama 4 Maverick', 'Nova Micro', 'Amazon Nova Lite', 'Nova Pro',
                  'Nova Premier'])[mi] AS alias,
           region, r_name, r_mode, r_cache, r_cr, r_cw, r_in, r_out, r_ts, r_long
    FROM (
        SELECT (ARRAY[1,1,1,1,1, 2,2,2,2,2, 3, 4,4,4,4,4,4,4,4, 5,5,
                      6,6,6, 7,7,7, 8,8, 9,9, 10,10,10, 11,11,11, 12,12, 13])[1 + floor(random() * 40)::int] AS mi,
               (ARRAY['us-east-1','us-east-1','us-east-1','us-east-1','us-east-1','us-east-1','us-east-1','us-east-1',
                      'us-west-2','us-west-2','us-west-2','us-west-2','us-west-2',
                      'eu-west-1','eu-west-1','eu-west-1','eu-west-1',
                      'ap-northeast-1','ap-northeast-1',
                      'us-gov-west-1'])[1 + floor(random() * 20)::int] AS region,
               random() AS r_name, random() AS r_mode, random() AS r_cache, random() AS r_cr,
               random() AS r_cw, random() AS r_in, random() AS r_out, random() AS r_ts,
               random() AS r_long
        FROM generate_series(1, :rows)
        OFFSET 0
    ) AS r
    OFFSET 0
) AS u;
