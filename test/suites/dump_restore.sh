#!/usr/bin/env bash
# dump_restore.sh: users' catalog edits survive pg_dump and restore.
#
# Spec (0.2.0): pg_dump keeps the rows users add (shipped = false) and,
# through bedprice.shipped_changes, their changes to shipped rows; a
# restore gives back the same catalog and the same costs.
#
#   1  edits of every kind in a source database (below), committed
#   2  pg_dump -Fc, restored with pg_restore -d; pg_dump -Fp through psql -f;
#      a parallel restore as README.md documents it (three times)
#   3  for each restore: no error printed, exit status 0; the price and
#      multiplier sheets, every catalog table (all columns, ids included),
#      shipped_changes, the id sequences and the costs of 200 generated
#      usages (at = dates across the edits) equal the source's; every edit
#      priced by hand; the restored database takes new edits
#   4  one restore is complete: a dump of the restored database restores to
#      the same catalog again
#   5  a change to a shipped row pointing at a row of the user's
#   6  a usage table priced by the price_usage trigger: rows, costs and
#      reasons as dumped (none priced again on the way), the trigger back
#
# The edits (shipped prices, USD per 1M tokens, all regions, on demand:
# Claude 3.5 Sonnet v2 input 3.00; Nova Lite output 0.24; Nova Pro input
# 0.80 (0.96 in GovCloud, a row of its own; batch 0.40); Llama 3.3 70B
# input 0.72; Claude 3.5 Haiku input 0.80; Llama 4 Scout input 0.17,
# Maverick 0.24; the one rule, geo x1):
#   a  set_price closing a shipped price: Sonnet v2 input 2.50 from 2026-06-01
#   b  a window through set_price: Nova Lite output 0.20 in [2026-07-01, 2026-08-01)
#   c  a plain UPDATE of a shipped price's value: Nova Pro input 0.80 -> 0.90
#   d  a plain UPDATE of a shipped multiplier: geo 1 -> 1.02
#   e  a DELETE of a shipped alias (Amazon Nova Micro) and of a shipped
#      price (Claude Haiku 4.5 cache_write_1h)
#   f  a display_name edit of a shipped model (Claude 3.5 Haiku)
#   g  a new region xx-test-1
#   h  a new model through a price sheet (test.dump-model-v1:0: input 1.00,
#      output 5.00, output 4.00 from 2026-09-01)
#   i  new aliases: an application-inference-profile ARN (Haiku, geo),
#      "Our Sonnet", "Dump Model"
#   j  a multiplier sheet: geo 1.05 from 2026-09-01, xx-test-1 x1.30, batch
#      0.45 in [2026-10-01, 2026-11-01)
#   k  a plain INSERT of a user row overlapping a shipped row: Llama 3.3 70B
#      input 2.40 from 2026-05-01 (the shipped row yields)
#   l  shipped keys deleted and re-added as the user's (defect 3: 0.2.0's
#      restore met the shipped row's key and lost every user row of the
#      table): the alias "Nova Micro", re-added naming Nova Lite; the model
#      Llama 3.1 8B with its aliases and prices (the seed book's too), re-added as the user's
#      (input 0.30, output 0.60, alias "Llama 3.1 8B")
#   m  a bulk load (COPY) of aliases with a shipped alias's key, without
#      deleting it first: "Nova Premier" naming Nova Pro (it takes the
#      shipped row's place)
#   n  shipped rows renamed: two shipped aliases trade names ("Llama 4
#      Scout" and "Llama 4 Maverick"), then one of them is edited (routing
#      geo); the shipped alias "Llama 3.3 70B" renamed and its old name
#      re-added as the user's, naming Llama 4 Scout
#   o  a shipped price moved to the user's region and the user's own price
#      in its old place: Nova Micro output in xx-test-1, and 0.25 for all
#      regions
#   p  shipped rows deleted, then the user's own from a date (a restore
#      must not bring the shipped row back for the time before): Nova
#      Premier input deleted, set_price 1.90 from 2026-06-01; Claude Sonnet
#      4's global input prices (both tiers) deleted, the user's global rule
#      x1.05 from 2026-01-01 by plain INSERT
#   q  a shipped provider's display name edited (groq): a restore keeps
#      its shipped models (one deleted them all)
#   r  a shipped region deleted (ca-central-1), its shipped prices first: a
#      restore keeps it deleted, with none of its shipped prices
#   s  price books of the user's: "negotiated" (parent aws: Anthropic's
#      models x0.88, Nova Pro input 0.70 of its own) and "what-if" (parent
#      negotiated: the geo rule x1.10), and a price of the user's in the
#      shipped seed book's key space (Nova Lite input 0.07 in a book
#      "seed-copy" with no parent)
#   t  Provisioned Throughput quotes of the user's (bedprice.provisioned_rates,
#      whose shipped rows are read-only): Command in us-east-1, 1-month,
#      $30 a unit-hour from 2026-06-01 with 600,000 / 120,000 tokens a
#      minute (the shipped 39.6 before); the user's model in the user's
#      region xx-test-1, 6-month, 12.5; Command 6-month 20 in the user's
#      book "negotiated" (the shipped 23.76972 in aws)
set -u
. "$(dirname "$0")/../lib.sh"

src=bp_dump_src
fresh=bp_dump_fresh
tmp=$(mktemp -d)
all_dbs=("$src" "$fresh" bp_dump_fc bp_dump_plain bp_dump_j2_1 bp_dump_j2_2 bp_dump_j2_3 bp_dump_again)

cleanup() {
    local d
    for d in "${all_dbs[@]}"; do
        psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$tmp"
}
trap 'cleanup; finish' EXIT

fresh_db $src
fresh_db $fresh

haiku=anthropic.claude-3-5-haiku-20241022-v1:0
arn=arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3

# =====================================================================
# 1. The edits
# =====================================================================
edits_out=$(q -d $src 2>&1 <<SQL
SET client_min_messages = warning;
-- a
SELECT bedprice.set_price('bedrock', 'Claude 3.5 Sonnet v2', 'input', 2.50, '2026-06-01 00:00:00+00') IS NOT NULL;
-- b
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'output', 0.20, '2026-07-01 00:00:00+00',
                          valid_to => '2026-08-01 00:00:00+00', source => 'summer promo') IS NOT NULL;
-- c
UPDATE bedprice.prices SET usd_per_mtok = 0.90
WHERE shipped AND book = 'aws' AND provider = 'bedrock' AND model = 'amazon.nova-pro-v1:0' AND charge = 'input'
  AND region IS NULL AND mode = 'on_demand';
-- d
UPDATE bedprice.multipliers SET factor = 1.02
WHERE shipped AND book = 'aws' AND dimension = 'routing' AND value = 'geo';
-- e
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND alias = 'Amazon Nova Micro';
DELETE FROM bedprice.prices
WHERE shipped AND book = 'aws' AND provider = 'bedrock' AND model = 'anthropic.claude-haiku-4-5-20251001-v1:0' AND charge = 'cache_write_1h'
  AND region IS NULL AND routing = 'in_region';
-- f
UPDATE bedprice.models SET display_name = 'Claude 3.5 Haiku (ours)'
WHERE provider = 'bedrock' AND model = '$haiku';
-- g
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('xx-test-1', 'xx', 'Test Region 1');
-- h
SELECT bedprice.load_price_sheet('provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
bedrock,test.dump-model-v1:0,,,,input,1.00,,,,"dump test, sheet"
bedrock,test.dump-model-v1:0,,,,output,5.00,,,,"dump test, sheet"
bedrock,test.dump-model-v1:0,,,,output,4.00,,2026-09-01,,"dump test, sheet"
');
-- i
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', '$arn', '$haiku', 'geo'),
    ('bedrock', 'Our Sonnet', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL),
    ('bedrock', 'Dump Model', 'test.dump-model-v1:0', NULL);
-- j
SELECT bedprice.load_multiplier_sheet('provider,dimension,value,factor,valid_from,valid_to,source
bedrock,routing,geo,1.05,2026-09-01,,dump test
bedrock,region,xx-test-1,1.30,,,dump test
bedrock,mode,batch,0.45,2026-10-01,2026-11-01,dump test
');
-- k
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'meta.llama3-3-70b-instruct-v1:0', 'input', 2.40, '2026-05-01 00:00:00+00', 'plain insert');
-- l
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND alias = 'Nova Micro';
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Nova Micro', 'amazon.nova-lite-v1:0');
DELETE FROM bedprice.prices WHERE provider = 'bedrock' AND model = 'meta.llama3-1-8b-instruct-v1:0';
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND model = 'meta.llama3-1-8b-instruct-v1:0';
DELETE FROM bedprice.models WHERE provider = 'bedrock' AND model = 'meta.llama3-1-8b-instruct-v1:0';
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'meta.llama3-1-8b-instruct-v1:0', 'Llama 8B (ours)');
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Llama 3.1 8B', 'meta.llama3-1-8b-instruct-v1:0');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source) VALUES
    ('bedrock', 'meta.llama3-1-8b-instruct-v1:0', 'input', 0.30, 'ours'),
    ('bedrock', 'meta.llama3-1-8b-instruct-v1:0', 'output', 0.60, 'ours');
-- m
COPY bedprice.model_aliases (provider, alias, model) FROM stdin;
bedrock	Nova Premier	amazon.nova-pro-v1:0
\\.
-- n
UPDATE bedprice.model_aliases SET alias = 'tmp' WHERE provider = 'bedrock' AND alias = 'Llama 4 Scout';
UPDATE bedprice.model_aliases SET alias = 'Llama 4 Scout' WHERE provider = 'bedrock' AND alias = 'Llama 4 Maverick';
UPDATE bedprice.model_aliases SET alias = 'Llama 4 Maverick' WHERE provider = 'bedrock' AND alias = 'tmp';
UPDATE bedprice.model_aliases SET routing = 'geo' WHERE provider = 'bedrock' AND alias = 'Llama 4 Scout';
UPDATE bedprice.model_aliases SET alias = 'Llama 3.3 70B (shipped)' WHERE provider = 'bedrock' AND alias = 'Llama 3.3 70B';
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Llama 3.3 70B', 'meta.llama4-scout-17b-instruct-v1:0');
-- o
UPDATE bedprice.prices SET region = 'xx-test-1'
WHERE shipped AND book = 'aws' AND model = 'amazon.nova-micro-v1:0' AND charge = 'output' AND region IS NULL AND mode = 'on_demand';
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'amazon.nova-micro-v1:0', 'output', 0.25, 'ours');
-- p
DELETE FROM bedprice.prices
WHERE shipped AND book = 'aws' AND model = 'amazon.nova-premier-v1:0' AND charge = 'input' AND region IS NULL AND mode = 'on_demand';
SELECT bedprice.set_price('bedrock', 'amazon.nova-premier-v1:0', 'input', 1.90, '2026-06-01 00:00:00+00') IS NOT NULL;
DELETE FROM bedprice.prices
WHERE shipped AND book = 'aws' AND model = 'anthropic.claude-sonnet-4-20250514-v1:0' AND charge = 'input' AND routing = 'global';
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, source)
VALUES ('bedrock', 'routing', 'global', 1.05, '2026-01-01 00:00:00+00', 'ours');
-- q
UPDATE bedprice.providers SET display_name = 'Groq (ours)' WHERE provider = 'groq';
-- r
DELETE FROM bedprice.prices WHERE region = 'ca-central-1';
DELETE FROM bedprice.regions WHERE region = 'ca-central-1';
-- s
INSERT INTO bedprice.price_books (book, parent, description) VALUES
    ('negotiated', 'aws', 'our private pricing'), ('what-if', 'negotiated', ''), ('seed-copy', NULL, '');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') IS NOT NULL;
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.70, '-infinity', book => 'negotiated') IS NOT NULL;
SELECT bedprice.load_multiplier_sheet('provider,dimension,value,factor,book
bedrock,routing,geo,1.10,what-if
');
SELECT bedprice.load_price_sheet('provider,model,charge,usd_per_mtok,book,source
bedrock,Nova Lite,input,0.07,seed-copy,ours
');
-- t
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, in_tpm_per_unit, out_tpm_per_unit,
                                        valid_from, book, source) VALUES
    ('cohere.command-text-v14', 'us-east-1', '1_month', 30, 600000, 120000, '2026-06-01 00:00:00+00', 'aws', 'account team quote'),
    ('test.dump-model-v1:0', 'xx-test-1', '6_month', 12.5, NULL, NULL, '-infinity', 'aws', 'our model, our region'),
    ('cohere.command-text-v14', NULL, '6_month', 20, NULL, NULL, '-infinity', 'negotiated', 'negotiated quote');
-- a table of the user's own, with a foreign key to nothing: dumped as usual
CREATE TABLE usage_note (id int PRIMARY KEY, note text);
INSERT INTO usage_note VALUES (1, 'kept');
SQL
)
check "1 the edits run without error" "t
t
3
3
t
t
t
1
1" "$edits_out"

# =====================================================================
# Queries compared between databases
# =====================================================================
# name|SQL pairs; every SQL returns one text value.
declare -A sql
sql[price_sheet_csv]="SELECT bedprice.price_sheet_csv()"
sql[multiplier_sheet_csv]="SELECT bedprice.multiplier_sheet_csv()"
sql[prices]="SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t"
sql[multipliers]="SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t"
sql[models]="SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t"
sql[model_aliases]="SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t"
sql[regions]="SELECT string_agg(t::text, E'\n' ORDER BY region) FROM bedprice.regions t"
sql[providers]="SELECT string_agg(t::text, E'\n' ORDER BY provider) FROM bedprice.providers t"
sql[price_books]="SELECT string_agg(t::text, E'\n' ORDER BY book) FROM bedprice.price_books t"
sql[provisioned_rates]="SELECT string_agg(t::text, E'\n' ORDER BY rate_id) FROM bedprice.provisioned_rates t"
sql[shipped_changes]="SELECT string_agg(t::text, E'\n' ORDER BY table_name, row_key::text) FROM bedprice.shipped_changes t"
sql[sequences]="SELECT (SELECT last_value FROM bedprice.prices_price_id_seq) || ',' || (SELECT last_value FROM bedprice.multipliers_multiplier_id_seq)
                 || ',' || (SELECT last_value FROM bedprice.provisioned_rates_rate_id_seq)"
sql[catalog_digest]="SELECT bedprice.catalog_digest()"
sql[user_table]="SELECT string_agg(t::text, ',' ORDER BY id) FROM usage_note t"
# 200 usages over 14 model names (IDs, aliases, routing prefixes, the ARN
# alias, the new model) and 5 regions (the new one, GovCloud), on demand
# and batch (in the user's batch window, or on Nova, which has batch prices
# of its own), cache tokens on the Claude models, at dates from 2026-03-01
# to 2026-12-26, across every dated edit.
sql[costs]="
WITH u AS (
    SELECT g,
           (ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'Our Sonnet',
                  'us.anthropic.claude-3-5-sonnet-20241022-v2:0', '$arn',
                  'Claude 3.5 Haiku', 'Nova Lite', 'Nova Pro', 'us.amazon.nova-pro-v1:0',
                  'amazon.nova-micro-v1:0', 'meta.llama3-3-70b-instruct-v1:0',
                  'test.dump-model-v1:0', 'Dump Model', 'us.test.dump-model-v1:0',
                  'anthropic.claude-haiku-4-5-20251001-v1:0', 'Nova Micro', 'Llama 3.1 8B',
                  'Nova Premier'])[g % 17 + 1] AS model,
           (ARRAY['us-east-1', 'us-west-2', 'xx-test-1', 'us-gov-east-1', 'eu-west-1'])[(g / 14) % 5 + 1] AS region,
           -- batch in the user's batch rule's window (j), or where sold (Nova)
           CASE WHEN g % 3 = 0 AND (g * interval '1 day 12 hours' + '2026-03-01'::timestamptz
                                    <@ tstzrange('2026-10-01', '2026-11-01')
                                    OR g % 17 + 1 IN (6, 7, 9)) THEN 'batch' ELSE 'on_demand' END AS mode,
           1000 * (g % 17 + 1) AS in_tokens,
           500 * (g % 11) AS out_tokens,
           '2026-03-01 00:00:00+00'::timestamptz + g * interval '1 day 12 hours' AS at
    FROM generate_series(1, 200) AS g)
SELECT count(*) || ' priced, total ' || sum(cost) || E'\n' || string_agg(g || ': ' || cost, E'\n' ORDER BY g)
FROM (SELECT g, bedprice.bedrock_cost(model, CASE WHEN model LIKE 'arn:%' THEN NULL ELSE region END,
                                      in_tokens, out_tokens, mode,
                                      CASE WHEN model ~* 'claude|sonnet|arn:' THEN 10 * in_tokens ELSE 0 END,
                                      CASE WHEN model ~* 'claude|sonnet|arn:' THEN in_tokens / 2 ELSE 0 END,
                                      0, at => at) AS cost
      FROM u) c"
# Every edit, priced by hand (1M tokens each):
#   a  Sonnet v2 input 2026-05-15: 3; 2026-06-15: 2.5; "Our Sonnet" 2026-06-15: 2.5
#   b  Nova Lite output 2026-07-15: 0.2; 2026-08-15: 0.24
#   c  Nova Pro input: 0.9
#   k  Llama 3.3 70B input 2026-04-15: 0.72; 2026-05-15: 2.4
#   h  test model output 2026-08-15: 5; 2026-09-15: 4 ("Dump Model")
#   g,j  test model input in xx-test-1: 1.00 x 1.30 = 1.3
#   d,i,j  the ARN (Haiku, geo) input 2026-08-15: 0.80 x 1.02 = 0.816; 2026-09-15: 0.80 x 1.05 = 0.84
#   j  batch, 2026-10-15: Sonnet v2 input (no batch price of its own) 2.5 x 0.45 = 1.125;
#      Nova Pro input (its own batch row, no rule) 0.4
#   c  Nova Pro input in us-gov-east-1: its own row, 0.96 (c changed the all-region row)
#   f  Haiku's display name
#   e  "Amazon Nova Micro" no longer resolves (NULL with on_unknown_model =
#      null); Haiku 4.5 has no all-region in-region cache_write_1h row
#   l  "Nova Micro" output 2026-08-15: Nova Lite's 0.24; "Llama 3.1 8B" 1M
#      in and out: 0.30 + 0.60 = 0.9, and its display name
#   m  "Nova Premier" input: Nova Pro's 0.9
#   n  "Llama 4 Scout" (Maverick's now, geo) input 2026-08-15: 0.24 x 1.02 =
#      0.2448; "Llama 4 Maverick" (Scout's) 0.17; "Llama 3.3 70B" (the user's,
#      Scout) 0.17; "Llama 3.3 70B (shipped)" 2026-08-15: k's 2.4
#   o  Nova Micro output: 0.25 in us-east-1, the shipped 0.14 in xx-test-1
#      (a row of that region: no region rule)
#   p  Nova Premier input before 2026-06-01: none (NULL below); after: 1.9;
#      global routing before 2026-01-01: no rule; after: Sonnet 4 100K input
#      (its global price deleted) 0.1 x 3 x 1.05 = 0.315
#   q  groq's llama-3.3-70b-versatile input 0.59; groq's 12 shipped models
#   r  no region ca-central-1, no price of it
#   s  in negotiated: Claude 3.5 Haiku input 0.80 x 0.88 = 0.704, Nova Pro
#      input 0.7; in what-if, us. Nova Pro 1M input 0.7 x 1.10 = 0.77 and
#      us. Haiku 0.704 x 1.10 = 0.7744; in seed-copy, Nova Lite input 0.07
#   t  Command 1-month in us-east-1, 1 unit for 24 hours: 2026-05-15 the
#      shipped 24 x 39.6 = 950.4; 2026-08-15 the quote 24 x 30 = 720; the
#      quote's break-even utilisation for 3,000 in + 500 out: 720 x 3000 /
#      (0.0055 x 600,000 x 1440) = 5/11 = 0.454545454545455; the user's
#      model in xx-test-1, 2 units for 10 hours: 2 x 10 x 12.5 = 250;
#      Command 6-month in negotiated: 20, in aws: 23.76972
by_hand_sql="
SET bedprice.on_unknown_model = 'null';
SELECT concat_ws('|',
  bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
  bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-06-15'),
  bedprice.bedrock_cost('Our Sonnet', 'us-east-1', 1000000, 0, at => '2026-06-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-07-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('meta.llama3-3-70b-instruct-v1:0', 'us-east-1', 1000000, 0, at => '2026-04-15'),
  bedprice.bedrock_cost('meta.llama3-3-70b-instruct-v1:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
  bedprice.bedrock_cost('test.dump-model-v1:0', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('Dump Model', 'us-east-1', 0, 1000000, at => '2026-09-15'),
  bedprice.bedrock_cost('test.dump-model-v1:0', 'xx-test-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('$arn', NULL, 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('$arn', NULL, 1000000, 0, at => '2026-09-15'),
  bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, 'batch', at => '2026-10-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-10-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-gov-east-1', 1000000, 0, at => '2026-08-15'),
  (SELECT display_name FROM bedprice.resolve_model('Claude 3.5 Haiku')),
  coalesce(bedprice.bedrock_cost('Amazon Nova Micro', 'us-east-1', 1000000, 0)::text, 'unknown'),
  (SELECT count(*) FROM bedprice.prices WHERE book = 'aws' AND model = 'anthropic.claude-haiku-4-5-20251001-v1:0' AND charge = 'cache_write_1h'
     AND region IS NULL AND routing = 'in_region'),
  bedprice.bedrock_cost('Nova Micro', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('Llama 3.1 8B', 'us-east-1', 1000000, 1000000),
  (SELECT display_name FROM bedprice.resolve_model('Llama 3.1 8B')),
  bedprice.bedrock_cost('Nova Premier', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('Llama 4 Scout', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('Llama 4 Maverick', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('Llama 3.3 70B', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('Llama 3.3 70B (shipped)', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'us-east-1', 0, 1000000),
  bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'xx-test-1', 0, 1000000),
  (SELECT count(*) FROM bedprice.prices WHERE book = 'aws' AND model = 'amazon.nova-premier-v1:0' AND charge = 'input'
     AND mode = 'on_demand' AND region IS NULL AND valid_from < '2026-06-01'),
  bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'us-east-1', 1000000, 0, at => '2026-07-01'),
  (SELECT count(*) FROM bedprice.multipliers WHERE book = 'aws' AND value = 'global' AND valid_from < '2026-01-01'),
  bedprice.bedrock_cost('global.anthropic.claude-sonnet-4-20250514-v1:0', 'us-east-1', 100000, 0, at => '2026-07-01'),
  bedprice.api_cost('groq', 'llama-3.3-70b-versatile', 1000000, 0),
  (SELECT count(*) FROM bedprice.models WHERE provider = 'groq'),
  (SELECT count(*) FROM bedprice.regions WHERE region = 'ca-central-1'),
  (SELECT count(*) FROM bedprice.prices WHERE region = 'ca-central-1'),
  bedprice.bedrock_cost_in('negotiated', 'Claude 3.5 Haiku', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost_in('negotiated', 'Nova Pro', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost_in('what-if', 'us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost_in('what-if', 'us.anthropic.claude-3-5-haiku-20241022-v1:0', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost_in('seed-copy', 'Nova Lite', 'us-east-1', 1000000, 0, at => '2026-08-15'),
  bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 1, 24, '1_month', '2026-05-15'),
  bedprice.provisioned_cost('cohere.command-text-v14', 'us-east-1', 1, 24, '1_month', '2026-08-15'),
  (SELECT utilisation_needed FROM bedprice.provisioned_breakeven('Command', 'us-east-1', '1_month', 3000, 500,
                                                                 at => '2026-08-15')),
  bedprice.provisioned_cost('Dump Model', 'xx-test-1', 2, 10, '6_month'),
  (SELECT usd_per_unit_hour FROM bedprice.provisioned_rate('Command', 'us-east-1', '6_month', book => 'negotiated')),
  (SELECT usd_per_unit_hour FROM bedprice.provisioned_rate('Command', 'us-east-1', '6_month')));"
by_hand_expected="3|2.5|2.5|0.2|0.24|0.9|0.72|2.4|5|4|1.3|0.816|0.84|1.125|0.4|0.96|Claude 3.5 Haiku (ours)|unknown|0|0.24|0.9|Llama 8B (ours)|0.9|0.2448|0.17|0.17|2.4|0.25|0.14|0|1.9|0|0.315|0.59|12|0|0|0.704|0.7|0.77|0.7744|0.07|950.4|720|0.454545454545455|250|20|23.76972"

names=(price_sheet_csv multiplier_sheet_csv prices multipliers models model_aliases regions price_books
       providers provisioned_rates shipped_changes sequences catalog_digest user_table costs)

declare -A want
for n in "${names[@]}"; do
    want[$n]=$(q -d $src -c "${sql[$n]}" 2>&1)
done

check "1 the source prices all 200 usages" "200 priced" "$(echo "${want[costs]}" | head -1 | cut -d, -f1)"
check "1 the source prices every edit as computed by hand" "$by_hand_expected" "$(q -d $src -c "$by_hand_sql" 2>&1)"
# The comparisons below would catch a lost edit: the source differs from a
# fresh install in each of these.
for n in price_sheet_csv multiplier_sheet_csv prices multipliers models model_aliases regions price_books \
         provisioned_rates shipped_changes; do
    check "1 the edits changed $n" t \
        "$([ "$(q -d $fresh -c "${sql[$n]}" 2>&1)" != "${want[$n]}" ] && echo t || echo f)"
done
# Every shipped row the edits changed is the user's row now, its shipped
# key recorded; so is every shipped row they deleted (shipped prices and
# rules named by their key in a fresh install, where their ids are the
# same): a, b, c, d, e (the alias Amazon Nova Micro, a Haiku 4.5 price), f
# (the Haiku model), j (the geo rule, closed), k, l (the alias Nova Micro;
# Llama 3.1 8B, its aliases and prices), m (the alias Nova Premier), n (the
# aliases Llama 4 Scout, Llama 4 Maverick, Llama 3.3 70B), o, p.
shipped_names=$(q -d $fresh -c "
    SELECT 'prices|' || price_id || '|' || concat_ws(' ', model, charge, coalesce(region, 'all'), routing, mode,
                                                   above_input_tokens) FROM bedprice.prices
    UNION ALL
    SELECT 'multipliers|' || multiplier_id || '|' || concat_ws(' ', dimension, value) FROM bedprice.multipliers")
records=$(q -d $src -c "SELECT table_name || '|' || action || '|' || coalesce(row_key ->> 'price_id', row_key ->> 'multiplier_id', row_key::text)
                        FROM bedprice.shipped_changes" |
          awk -F'|' 'NR == FNR { name[$1 "|" $2] = $3; next }
                     { k = $1 "|" $3; print $1 "|" $2 "|" (k in name ? name[k] : $3) }' \
              <(printf '%s\n' "$shipped_names") - | LC_ALL=C sort)
check "1 shipped_changes records the shipped key of every shipped row changed or deleted" \
    "$(cat <<'EXPECTED'
model_aliases|delete|{"alias": "Amazon Nova Micro", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 3.1 8B Instruct", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 3.1 8B", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 3.3 70B", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 3.3 8B", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 4 Maverick", "provider": "bedrock"}
model_aliases|delete|{"alias": "Llama 4 Scout", "provider": "bedrock"}
model_aliases|delete|{"alias": "Nova Micro", "provider": "bedrock"}
model_aliases|delete|{"alias": "Nova Premier", "provider": "bedrock"}
models|delete|{"model": "anthropic.claude-3-5-haiku-20241022-v1:0", "provider": "bedrock"}
models|delete|{"model": "meta.llama3-1-8b-instruct-v1:0", "provider": "bedrock"}
multipliers|delete|routing geo
prices|delete|amazon.nova-lite-v1:0 output all in_region on_demand 0
prices|delete|amazon.nova-micro-v1:0 output all in_region on_demand 0
prices|delete|amazon.nova-premier-v1:0 input all in_region on_demand 0
prices|delete|amazon.nova-pro-v1:0 input all in_region on_demand 0
prices|delete|anthropic.claude-3-5-sonnet-20241022-v2:0 input all in_region on_demand 0
prices|delete|anthropic.claude-haiku-4-5-20251001-v1:0 cache_write_1h all in_region on_demand 0
prices|delete|anthropic.claude-sonnet-4-20250514-v1:0 input all global on_demand 0
prices|delete|anthropic.claude-sonnet-4-20250514-v1:0 input all global on_demand 200000
prices|delete|meta.llama3-1-8b-instruct-v1:0 input all in_region on_demand 0
prices|delete|meta.llama3-1-8b-instruct-v1:0 input all in_region on_demand 0
prices|delete|meta.llama3-1-8b-instruct-v1:0 input all in_region provisioned 0
prices|delete|meta.llama3-1-8b-instruct-v1:0 output all in_region on_demand 0
prices|delete|meta.llama3-1-8b-instruct-v1:0 output all in_region on_demand 0
prices|delete|meta.llama3-1-8b-instruct-v1:0 output all in_region provisioned 0
prices|delete|meta.llama3-3-70b-instruct-v1:0 input all in_region on_demand 0
prices|delete|meta.llama3-70b-instruct-v1:0 input ca-central-1 in_region on_demand 0
prices|delete|meta.llama3-70b-instruct-v1:0 output ca-central-1 in_region on_demand 0
prices|delete|meta.llama3-8b-instruct-v1:0 input ca-central-1 in_region on_demand 0
prices|delete|meta.llama3-8b-instruct-v1:0 output ca-central-1 in_region on_demand 0
providers|delete|{"provider": "groq"}
regions|delete|{"region": "ca-central-1"}
EXPECTED
)" "$records"

# same WANT GOT: "same", or the first lines of their diff.
same() {
    if [ "$1" == "$2" ]; then
        echo same
    else
        diff <(printf '%s\n' "$1") <(printf '%s\n' "$2") | head -12
    fi
}

# compare DB LABEL: every query of the source against DB.
compare() {
    local db=$1 label=$2 n
    for n in "${names[@]}"; do
        check "$label: $n equals the source's" same "$(same "${want[$n]}" "$(q -d "$db" -c "${sql[$n]}" 2>&1)")"
    done
    check "$label: every edit priced as by hand" "$by_hand_expected" "$(q -d "$db" -c "$by_hand_sql" 2>&1)"
    # The restored database takes new edits: its sequences and triggers work.
    check "$label: takes a new price, a new alias and a new provisioned rate" "t
t
1
t" "$(q -d "$db" 2>&1 <<SQL
BEGIN;
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'output', 3.00, '2027-01-01 00:00:00+00') IS NOT NULL;
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'test.dump-model-v1:0', 'cache_read', 0.10, 'after restore') RETURNING price_id > 0;
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'After Restore', '$haiku');
SELECT count(*) FROM bedprice.model_aliases WHERE alias = 'After Restore';
INSERT INTO bedprice.provisioned_rates (model, region, commitment, usd_per_unit_hour, source)
VALUES ('cohere.command-light-text-v14', 'us-east-1', 'none', 9, 'after restore') RETURNING rate_id > 0;
ROLLBACK;
SQL
)"
}

# newdb NAME: an empty database (no extension: the dump creates it).
newdb() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1
}

# =====================================================================
# 2, 3. Dump once, restore three ways
# =====================================================================
pg_dump -Fc -f "$tmp/src.dump" $src 2>"$tmp/dump.err"
check "2 pg_dump -Fc: exit status 0 and nothing on stderr" "0:" "$?:$(cat "$tmp/dump.err")"
pg_dump -Fp -f "$tmp/src.sql" $src 2>"$tmp/dump_plain.err"
check "2 pg_dump -Fp: exit status 0 and nothing on stderr" "0:" "$?:$(cat "$tmp/dump_plain.err")"
# copy_rows TABLE: the data lines the plain dump holds for a bedprice table.
copy_rows() {
    awk -v t="COPY bedprice.$1 " 'index($0, t) == 1 { on = 1; next } on && $0 == "\\." { on = 0 } on' "$tmp/src.sql"
}
for t in prices multipliers models model_aliases regions providers provisioned_rates shipped_changes; do
    check "2 the dump holds exactly the user rows of $t" \
        "$(q -d $src -c "SELECT count(*) FROM bedprice.$t WHERE $([ $t = shipped_changes ] && echo true || echo 'NOT shipped')")" \
        "$(copy_rows $t | wc -l)"
done
check "2 no shipped row in the dump's COPY data" "" \
    "$(for t in prices multipliers models model_aliases regions providers provisioned_rates; do copy_rows $t; done | grep -P '\tt$')"

# a) pg_restore -d
newdb bp_dump_fc
pg_restore -d bp_dump_fc "$tmp/src.dump" >"$tmp/fc.out" 2>"$tmp/fc.err"
rc=$?
check "3a pg_restore -d: exit status 0, no errors printed" "0:" "$rc:$(cat "$tmp/fc.out" "$tmp/fc.err")"
# (dumped again for part 4 now, before compare() tries edits in it)
pg_dump -Fc -f "$tmp/again.dump" bp_dump_fc 2>"$tmp/again_dump.err"
again_dump_rc=$?
compare bp_dump_fc "3a pg_restore -d"

# b) plain SQL through psql -f
newdb bp_dump_plain
psql -X -q -v ON_ERROR_STOP=1 -d bp_dump_plain -f "$tmp/src.sql" >"$tmp/plain.out" 2>"$tmp/plain.err"
rc=$?
check "3b psql -f plain dump: exit status 0, no errors printed" "0:" "$rc:$(grep -v '^ *$' "$tmp/plain.err")"
check "3b psql -f plain dump: no ERROR in its output" "" "$(grep -i 'error' "$tmp/plain.out" "$tmp/plain.err")"
compare bp_dump_plain "3b psql -f"

# c) a parallel restore, as README.md documents it: pg_restore -j loads
#    extension configuration tables in parallel sessions without regard to
#    their foreign keys (a PostgreSQL limitation), so the bedprice schema's
#    data goes in one session, and everything else in parallel.  Three
#    times, since a parallel schedule varies.
for i in 1 2 3; do
    newdb bp_dump_j2_$i
    {
        pg_restore -d bp_dump_j2_$i --section=pre-data "$tmp/src.dump" &&
        pg_restore -d bp_dump_j2_$i --section=data -n bedprice "$tmp/src.dump" &&
        pg_restore -d bp_dump_j2_$i -j 2 --section=data -N bedprice "$tmp/src.dump" &&
        pg_restore -d bp_dump_j2_$i -j 2 --section=post-data "$tmp/src.dump"
    } >"$tmp/j2.out" 2>"$tmp/j2.err"
    rc=$?
    check "3c parallel restore (run $i): exit status 0, no errors printed" "0:" "$rc:$(cat "$tmp/j2.out" "$tmp/j2.err")"
    compare bp_dump_j2_$i "3c parallel restore (run $i)"
done

# =====================================================================
# 4. One restore is complete: the restored database, dumped and restored
#    again, is still the source's catalog (nothing was left pending for a
#    second pass).
# =====================================================================
check "4 pg_dump of the restored database: no errors" "0:" "$again_dump_rc:$(cat "$tmp/again_dump.err")"
newdb bp_dump_again
pg_restore -d bp_dump_again "$tmp/again.dump" >"$tmp/again.out" 2>"$tmp/again.err"
rc=$?
check "4 its restore: exit status 0, no errors printed" "0:" "$rc:$(cat "$tmp/again.out" "$tmp/again.err")"
compare bp_dump_again "4 dump of a restore, restored"

# =====================================================================
# 5. A change to a shipped row that points at a row the user added: a
#    shipped price moved to a user's region, a shipped alias pointed at a
#    user's model.  The record of the change is restored after the rows it
#    needs (serially, and in the documented parallel restore).
# =====================================================================
fresh_db bp_dump_xref
q -d bp_dump_xref <<'SQL'
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('xx-ref-1', 'xx', 'Referenced');
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'test.ref-v1:0', 'Referenced');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'test.ref-v1:0', 'input', 2.5, 'xref');
-- Nova Micro input (shipped) now only in the user's region; its alias
-- "Nova Micro" now names the user's model
UPDATE bedprice.prices SET region = 'xx-ref-1'
WHERE shipped AND book = 'aws' AND model = 'amazon.nova-micro-v1:0' AND charge = 'input' AND region IS NULL AND mode = 'on_demand';
UPDATE bedprice.model_aliases SET model = 'test.ref-v1:0' WHERE provider = 'bedrock' AND alias = 'Nova Micro';
SQL
xref_sql="SELECT bedprice.price_sheet_csv() || (SELECT string_agg(a::text, ',' ORDER BY provider, alias) FROM bedprice.model_aliases a)
          || bedprice.bedrock_cost('Nova Micro', 'us-east-1', 1000000, 0)
          || '|' || bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'xx-ref-1', 1000000, 0)"
xref_want=$(q -d bp_dump_xref -c "$xref_sql" 2>&1)
# by hand: "Nova Micro" is now test.ref-v1:0 at 2.5; the shipped 0.035 input
# price is only in xx-ref-1
check "5 the source prices the edits as by hand" "2.5|0.035" "$(printf '%s' "$xref_want" | tail -c 9)"
pg_dump -Fc -d bp_dump_xref -f "$tmp/xref.dump"
newdb bp_dump_xref_serial
pg_restore -d bp_dump_xref_serial "$tmp/xref.dump" >"$tmp/xref.out" 2>&1
check "5 serial restore: no errors" "0:" "$?:$(cat "$tmp/xref.out")"
check "5 serial restore: same catalog and costs" same "$(same "$xref_want" "$(q -d bp_dump_xref_serial -c "$xref_sql" 2>&1)")"
newdb bp_dump_xref_parallel
{
    pg_restore -d bp_dump_xref_parallel --section=pre-data "$tmp/xref.dump" &&
    pg_restore -d bp_dump_xref_parallel --section=data -n bedprice "$tmp/xref.dump" &&
    pg_restore -d bp_dump_xref_parallel -j 2 --section=data -N bedprice "$tmp/xref.dump" &&
    pg_restore -d bp_dump_xref_parallel -j 2 --section=post-data "$tmp/xref.dump"
} >"$tmp/xref.out" 2>&1
check "5 parallel restore: no errors" "0:" "$?:$(cat "$tmp/xref.out")"
check "5 parallel restore: same catalog and costs" same "$(same "$xref_want" "$(q -d bp_dump_xref_parallel -c "$xref_sql" 2>&1)")"
for d in bp_dump_xref bp_dump_xref_serial bp_dump_xref_parallel; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
done

# =====================================================================
# 6. A usage table priced by bedprice.price_usage (0.5.0): its rows, their
#    costs and reasons, and the trigger survive a dump; a restore loads
#    the rows before it creates the trigger, so nothing is priced again
#    on the way; the restored trigger prices new rows.
# =====================================================================
fresh_db bp_dump_usage
q -d bp_dump_usage <<'SQL'
SET TimeZone = 'UTC';
CREATE TABLE usage (at timestamptz, model text, region text, i bigint, o bigint,
                    cost numeric(12,8), status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region',
                                          'in=i', 'out=o', 'at=at', 'status=status');
INSERT INTO usage VALUES
    ('2026-06-01', 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 1000, 100),
    ('2026-06-01', 'amazon.nova-lite-v1:0', 'eu-west-1', 12345, 678),
    ('2026-06-01', 'acme.widget-v1', 'us-east-1', 10, 10);
-- a cost the trigger did not write (the trigger off for it): a restore keeps it
ALTER TABLE usage DISABLE TRIGGER price;
INSERT INTO usage VALUES ('2026-06-02', 'amazon.nova-pro-v1:0', 'us-east-1', 1, 1, 42, 'entered by hand');
ALTER TABLE usage ENABLE TRIGGER price;
SQL
usage_sql="SELECT string_agg(format('%s|%s|%s|%s', at, model, cost, status), ',' ORDER BY at, model) FROM usage"
usage_want=$(q -d bp_dump_usage -c "SET TimeZone = 'UTC'" -c "$usage_sql")
# by hand: 1,000 x 3.30 + 100 x 16.50 (Sonnet 4.6, us. profile); 12,345 x 0.06 + 678 x 0.24 (Nova Lite)
check "6 the source: three rows priced or kept with a reason, one cost by hand" \
    "2026-06-01 00:00:00+00|acme.widget-v1||unknown model \"acme.widget-v1\",2026-06-01 00:00:00+00|amazon.nova-lite-v1:0|0.00090342|,2026-06-01 00:00:00+00|us.anthropic.claude-sonnet-4-6|0.00495000|,2026-06-02 00:00:00+00|amazon.nova-pro-v1:0|42.00000000|entered by hand" \
    "$usage_want"
pg_dump -Fc -d bp_dump_usage -f "$tmp/usage.dump"
for how in serial plain; do
    newdb bp_dump_usage_$how
    if [ $how = serial ]; then
        pg_restore -d bp_dump_usage_$how "$tmp/usage.dump" >"$tmp/usage.out" 2>&1
    else
        pg_dump -Fp -d bp_dump_usage -f "$tmp/usage.sql" &&
            psql -X -q -v ON_ERROR_STOP=1 -d bp_dump_usage_$how -f "$tmp/usage.sql" >/dev/null 2>"$tmp/usage.out"
    fi
    check "6 $how restore: no errors" "0:" "$?:$(cat "$tmp/usage.out")"
    check "6 $how restore: every row, cost and reason as dumped (the hand-entered one too)" "$usage_want" \
        "$(q -d bp_dump_usage_$how -c "SET TimeZone = 'UTC'" -c "$usage_sql")"
    check "6 $how restore: the trigger prices a new row" "0.00495" \
        "$(q -d bp_dump_usage_$how -c "INSERT INTO usage (at, model, region, i, o) VALUES ('2026-06-03', 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 1000, 100) RETURNING trim_scale(cost)")"
done
for d in bp_dump_usage bp_dump_usage_serial bp_dump_usage_plain; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
done

