#!/usr/bin/env bash
# upgrade.sh: ALTER EXTENSION bedprice UPDATE from 0.1.0 to 0.2.0, then to
# 0.3.0, then to the current version, keeps the users' rows and their
# costs, and ends where a fresh install is.  (upgrade_020.sh: a database a
# 0.2.0 user made.)
#
# Spec (0.2.0 upgrade script): 0.1.0 allowed rows of the same key with
# overlapping validity (the later start won inside the overlap); 0.2.0
# forbids them.  The upgrade closes each overlapped row where the later one
# starts and continues it after the later one ends, which prices every
# usage as 0.1.0 did.  Rows of one key that start at the same moment are
# refused (exclusion_violation) and the database stays at 0.1.0.
#
#   1  a 0.1.0 database with the rows a 0.1.0 user adds with plain SQL:
#      a model, aliases (one an application-inference-profile ARN), a
#      region, prices and multipliers, some overlapping shipped or user rows
#      the 0.1.0 way, one window, edits of shipped rows; costs of 312
#      usages recorded
#   2  the upgrade: version 0.2.0; every user row survives, normalized
#      exactly as documented; costs identical, and as computed by hand
#   3  the catalog equals a fresh 0.2.0 install plus the user's rows: the
#      same objects (functions, tables, constraints, triggers, grants,
#      comments, dump conditions), the same shipped rows except those the
#      user changed (listed)
#   4  a dump of the upgraded database restores to the same catalog and
#      costs (the point of 0.2.0's shipped_changes), into 0.2.0 and into
#      0.3.0
#   5  an upgrade that must refuse: two user prices of one key starting at
#      the same time, then two multipliers: the documented
#      exclusion_violation, the database stays at 0.1.0 with its rows;
#      once settled, the upgrade goes through
#   6  on to 0.3.0 (0.1.0 -> 0.2.0 -> 0.3.0): the same objects as a fresh
#      0.3.0 install in both schemas, the same shipped rows except those
#      the user changed, every user row and cost kept; a 0.3.0 dump of it
#      restores; and 0.1.0 -> 0.3.0 in one ALTER EXTENSION
#   7  on to the current version, whose shipped catalog is another: the
#      objects of a fresh install; every user row and record kept; the
#      shipped rows of every key the user left alone as a fresh install's;
#      the same rows and costs as a restore of the 0.3.0 database's dump
#      into a fresh install; every change priced by hand
#   8  edits the first 0.4.0 update mishandled (R1-R6, below); the user's
#      rows in the default book; the seed book pricing every usage as
#      0.3.0's catalog did; what stops the update; grants kept
#
# The user's rows (shipped prices, USD per 1M tokens, all regions, on
# demand: Sonnet v2 input 3.00, Nova Lite output 0.24, Nova Pro input 0.80,
# Llama 3.3 70B input 2.65, Nova Micro input 0.035, Haiku input 0.80; rules
# geo x1.10, batch x0.50):
#   P1  Sonnet v2 input 2.50 from 2026-06-01, open-ended, over the open
#       shipped row (overlap)
#   P2  Nova Lite output 0.20 in [2026-07-01, 2026-08-01) (a window)
#   P3  Nova Pro input 0.70 from 2026-03-01; P4 0.65 from 2026-09-01, both
#       open-ended (overlapping the shipped row and each other)
#   P5  test.upgrade-model-v1:0 input 1.00, output 5.00 (always) and output
#       4.00 from 2026-09-01 (overlapping the 5.00)
#   P6  Llama 3.3 70B input 2.40 from 2026-05-01, the shipped row closed
#       there by an UPDATE (the README's 0.1.0 way)
#   P7  Nova Pro output 3.50 in eu-west-3 (a key of its own)
#   E   edits of shipped rows: Nova Micro input 0.035 -> 0.04, Haiku's
#       display name, the alias "Amazon Nova Micro" deleted
#   M1  geo 1.05 from 2026-09-01 (overlap); M2 batch 0.45 in
#       [2026-10-01, 2026-11-01) (a window); M3 xx-upgrade-1 x1.30
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c TimeZone=UTC -c client_min_messages=warning"
db=bp_upgrade
fresh=bp_upgrade_fresh
fresh3=bp_upgrade_fresh3
restored=bp_upgrade_restored
restored3=bp_upgrade_restored3
refuse=bp_upgrade_refuse
tmp=$(mktemp -d)

cleanup() {
    local d
    for d in $db $fresh $fresh3 $restored $restored3 $refuse ${db}_fresh ${db}_restored; do
        psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$tmp"
}
trap 'cleanup; finish' EXIT

version() { extension_version "$1"; }

haiku=anthropic.claude-3-5-haiku-20241022-v1:0
arn=arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/upgrade1

# =====================================================================
# 1. A 0.1.0 database and its user's rows
# =====================================================================
db_at $db 0.1.0
db_at $fresh 0.2.0
db_at $fresh3 0.3.0
check "1 installed at 0.1.0" 0.1.0 "$(version $db)"
check "1 0.1.0 has no shipped_changes table" "" "$(q -d $db -c "SELECT to_regclass('bedprice.shipped_changes')")"

out=$(q -d $db 2>&1 <<SQL
INSERT INTO bedprice.regions (region, geography, display_name) VALUES ('xx-upgrade-1', 'xx', 'Upgrade Region');
INSERT INTO bedprice.models (provider, model, display_name, family, note)
VALUES ('bedrock', 'test.upgrade-model-v1:0', 'Upgrade Model', 'Upgrade Model', 'added under 0.1.0');
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', 'Upgrade Model', 'test.upgrade-model-v1:0', NULL),
    ('bedrock', '$arn', '$haiku', 'geo');
INSERT INTO bedprice.prices (provider, model, region, charge, usd_per_mtok, valid_from, valid_to, source) VALUES
    ('bedrock', 'anthropic.claude-3-5-sonnet-20241022-v2:0', NULL, 'input', 2.50, '2026-06-01', 'infinity', 'P1 overlap'),
    ('bedrock', 'amazon.nova-lite-v1:0', NULL, 'output', 0.20, '2026-07-01', '2026-08-01', 'P2 window'),
    ('bedrock', 'amazon.nova-pro-v1:0', NULL, 'input', 0.70, '2026-03-01', 'infinity', 'P3 march'),
    ('bedrock', 'amazon.nova-pro-v1:0', NULL, 'input', 0.65, '2026-09-01', 'infinity', 'P4 september'),
    ('bedrock', 'test.upgrade-model-v1:0', NULL, 'input', 1.00, '-infinity', 'infinity', 'P5 model'),
    ('bedrock', 'test.upgrade-model-v1:0', NULL, 'output', 5.00, '-infinity', 'infinity', 'P5 model'),
    ('bedrock', 'test.upgrade-model-v1:0', NULL, 'output', 4.00, '2026-09-01', 'infinity', 'P5 model'),
    ('bedrock', 'amazon.nova-pro-v1:0', 'eu-west-3', 'output', 3.50, '-infinity', 'infinity', 'P7 paris');
-- P6, the 0.1.0 README's way: close the old row, add the new one
UPDATE bedprice.prices SET valid_to = '2026-05-01'
WHERE shipped AND model = 'meta.llama3-3-70b-instruct-v1:0' AND charge = 'input' AND mode = 'on_demand';
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
VALUES ('bedrock', 'meta.llama3-3-70b-instruct-v1:0', 'input', 2.40, '2026-05-01', 'P6 closed');
-- E
UPDATE bedprice.prices SET usd_per_mtok = 0.04
WHERE shipped AND model = 'amazon.nova-micro-v1:0' AND charge = 'input';
UPDATE bedprice.models SET display_name = 'Claude 3.5 Haiku (ours)' WHERE provider = 'bedrock' AND model = '$haiku';
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND alias = 'Amazon Nova Micro';
-- M
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, valid_to, source) VALUES
    ('bedrock', 'routing', 'geo', 1.05, '2026-09-01', 'infinity', 'M1 overlap'),
    ('bedrock', 'mode', 'batch', 0.45, '2026-10-01', '2026-11-01', 'M2 window'),
    ('bedrock', 'region', 'xx-upgrade-1', 1.30, '-infinity', 'infinity', 'M3 region');
SQL
)
check "1 the 0.1.0 user's rows go in" "" "$out"

# 312 usages: 13 model names x 3 regions x 8 dates across the changes,
# on demand and batch, cache tokens on the Claude ones.
usages="
SELECT n, model, CASE WHEN model LIKE 'arn:%' THEN NULL ELSE region END AS region,
       mode, 1000 * (n % 7 + 1) AS in_tokens, 300 * (n % 5) AS out_tokens,
       CASE WHEN model ~* 'claude|sonnet|arn:' THEN 2000 * (n % 3) ELSE 0 END AS cache_read,
       CASE WHEN model ~* 'claude|sonnet|arn:' THEN 500 * (n % 2) ELSE 0 END AS cache_write,
       at
FROM (SELECT row_number() OVER (ORDER BY m.i, r.i, d.i) AS n, m.model, r.region, d.at,
             CASE WHEN (m.i + d.i) % 3 = 0 THEN 'batch' ELSE 'on_demand' END AS mode
      FROM unnest(ARRAY['anthropic.claude-3-5-sonnet-20241022-v2:0', 'Claude 3.5 Sonnet v2',
                        'us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'Nova Lite', 'Nova Pro',
                        'us.amazon.nova-pro-v1:0', 'test.upgrade-model-v1:0', 'Upgrade Model',
                        'meta.llama3-3-70b-instruct-v1:0', 'amazon.nova-micro-v1:0', '$arn',
                        'Claude 3.5 Haiku', 'amazon.nova-premier-v1:0']) WITH ORDINALITY AS m(model, i),
           unnest(ARRAY['us-east-1', 'eu-west-3', 'xx-upgrade-1']) WITH ORDINALITY AS r(region, i),
           unnest(ARRAY['2026-01-15', '2026-03-15', '2026-05-15', '2026-06-15', '2026-07-15',
                        '2026-08-15', '2026-09-15', '2026-10-15']::timestamptz[]) WITH ORDINALITY AS d(at, i)) u"
q -d $db -c "CREATE TABLE recorded AS
             SELECT u.*, bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode,
                                               cache_read, cache_write, 0, at => at) AS cost
             FROM ($usages) u"
check "1 0.1.0 priced all 312 usages" "312|312" \
    "$(q -d $db -c "SELECT count(*), count(cost) FROM recorded")"

# Every change priced by hand (1M tokens each):
#   P1  Sonnet v2 input 2026-05-15: 3 (shipped); 2026-06-15: 2.5 (the later start wins)
#   P2  Nova Lite output 2026-07-15: 0.2; 2026-08-15: 0.24 (the shipped row again)
#   P3,P4  Nova Pro input 2026-01-15: 0.8; 2026-03-15: 0.7; 2026-09-15: 0.65
#   P5  the user's model output 2026-08-15: 5; 2026-09-15: 4; input in
#       xx-upgrade-1 (M3): 1.00 x 1.30 = 1.3
#   P6  Llama 3.3 70B input 2026-04-15: 2.65; 2026-05-15: 2.4
#   P7  Nova Pro output in eu-west-3: 3.5; in us-east-1: 3.2
#   E   Nova Micro input 0.04
#   M1  the ARN (Haiku, geo) input 2026-08-15: 0.80 x 1.10 = 0.88; 2026-09-15: 0.80 x 1.05 = 0.84
#   M2  Nova Pro input, batch, 2026-10-15: 0.65 x 0.45 = 0.2925; 2026-11-15: 0.65 x 0.50 = 0.325
by_hand_sql="SELECT concat_ws('|',
  bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
  bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-06-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-07-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-01-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-03-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-09-15'),
  bedprice.bedrock_cost('Upgrade Model', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('test.upgrade-model-v1:0', 'us-east-1', 0, 1000000, at => '2026-09-15'),
  bedprice.bedrock_cost('test.upgrade-model-v1:0', 'xx-upgrade-1', 1000000, 0, at => '2026-09-15'),
  bedprice.bedrock_cost('meta.llama3-3-70b-instruct-v1:0', 'us-east-1', 1000000, 0, at => '2026-04-15'),
  bedprice.bedrock_cost('meta.llama3-3-70b-instruct-v1:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
  bedprice.bedrock_cost('Nova Pro', 'eu-west-3', 0, 1000000, at => '2026-05-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 0, 1000000, at => '2026-05-15'),
  bedprice.bedrock_cost('amazon.nova-micro-v1:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
  bedprice.bedrock_cost('$arn', NULL, 1000000, 0, at => '2026-08-15'),
  bedprice.bedrock_cost('$arn', NULL, 1000000, 0, at => '2026-09-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-10-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-11-15'),
  (SELECT display_name FROM bedprice.resolve_model('Claude 3.5 Haiku')))"
by_hand_expected="3|2.5|0.2|0.24|0.8|0.7|0.65|5|4|1.3|2.65|2.4|3.5|3.2|0.04|0.88|0.84|0.2925|0.325|Claude 3.5 Haiku (ours)"
check "1 0.1.0 prices every change as computed by hand" "$by_hand_expected" "$(q -d $db -c "$by_hand_sql" 2>&1)"

# Snapshots for comparison.
price_row="concat_ws('|', model, coalesce(region, '*'), routing, mode, charge, above_input_tokens, usd_per_mtok, valid_from, valid_to, source)"
mult_row="concat_ws('|', provider, dimension, value, factor, valid_from, valid_to, source)"
user_prices="SELECT string_agg($price_row, E'\n' ORDER BY $price_row) FROM bedprice.prices WHERE NOT shipped"
user_mults="SELECT string_agg($mult_row, E'\n' ORDER BY $mult_row) FROM bedprice.multipliers WHERE NOT shipped"
declare -A tables_sql
tables_sql[models]="SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t"
tables_sql[model_aliases]="SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t"
tables_sql[regions]="SELECT string_agg(t::text, E'\n' ORDER BY region) FROM bedprice.regions t"
tables_sql[providers]="SELECT string_agg(t::text, E'\n' ORDER BY provider) FROM bedprice.providers t"
before_user_prices=$(q -d $db -c "$user_prices")
before_user_mults=$(q -d $db -c "$user_mults")
declare -A before_tables
for t in "${!tables_sql[@]}"; do
    before_tables[$t]=$(q -d $db -c "${tables_sql[$t]}")
done
before_counts=$(q -d $db -c "SELECT (SELECT count(*) FROM bedprice.prices) || ',' || (SELECT count(*) FROM bedprice.multipliers)")

# =====================================================================
# 2. The upgrade
# =====================================================================
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db -c "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" 2>&1)
check "2 ALTER EXTENSION bedprice UPDATE TO '0.2.0' succeeds quietly" "" "$out"
check "2 the version is 0.2.0" 0.2.0 "$(version $db)"

for t in models model_aliases regions providers; do
    check "2 $t unchanged by the upgrade (every row, every column)" "${before_tables[$t]}" "$(q -d $db -c "${tables_sql[$t]}")"
done

# The user's price rows: all kept; P3 and P5's 5.00 output closed where the
# later row starts; the shipped Nova Lite output continued after the P2
# window as a row of the user's (it is no longer the shipped row's
# validity).
after_user_prices=$(q -d $db -c "$user_prices")
check "2 user prices: the rows no longer there as they were" \
"amazon.nova-pro-v1:0|*|in_region|on_demand|input|0|0.70|2026-03-01 00:00:00+00|infinity|P3 march
test.upgrade-model-v1:0|*|in_region|on_demand|output|0|5.00|-infinity|infinity|P5 model" \
    "$(comm -23 <(printf '%s\n' "$before_user_prices") <(printf '%s\n' "$after_user_prices"))"
check "2 user prices: the rows new or changed (closed at the later start; continued after the window)" \
"amazon.nova-lite-v1:0|*|in_region|on_demand|output|0|0.24|2026-08-01 00:00:00+00|infinity|seed 2026-04-10
amazon.nova-pro-v1:0|*|in_region|on_demand|input|0|0.70|2026-03-01 00:00:00+00|2026-09-01 00:00:00+00|P3 march
test.upgrade-model-v1:0|*|in_region|on_demand|output|0|5.00|-infinity|2026-09-01 00:00:00+00|P5 model" \
    "$(comm -13 <(printf '%s\n' "$before_user_prices") <(printf '%s\n' "$after_user_prices"))"
after_user_mults=$(q -d $db -c "$user_mults")
check "2 user multipliers: all kept" "" \
    "$(comm -23 <(printf '%s\n' "$before_user_mults") <(printf '%s\n' "$after_user_mults"))"
check "2 user multipliers: the shipped batch rule continued after the M2 window" \
    "bedrock|mode|batch|0.50|2026-11-01 00:00:00+00|infinity|AWS documents batch inference at 50% of on-demand" \
    "$(comm -13 <(printf '%s\n' "$before_user_mults") <(printf '%s\n' "$after_user_mults"))"
check "2 two rows more (the two continuations)" \
    "$(echo "$before_counts" | awk -F, '{print $1 + 1 "," $2 + 1}')" \
    "$(q -d $db -c "SELECT (SELECT count(*) FROM bedprice.prices) || ',' || (SELECT count(*) FROM bedprice.multipliers)")"
check "2 no two rows of one key overlap any more (the constraints exist)" "prices_no_overlap
multipliers_no_overlap" \
    "$(q -d $db -c "SELECT conname FROM pg_constraint WHERE contype = 'x' AND connamespace = 'bedprice'::regnamespace ORDER BY conrelid::regclass::text DESC")"

recheck="SELECT count(*) || ' differ' || coalesce(': ' || string_agg(n || ' ' || coalesce(cost::text, 'NULL') || ' -> ' || coalesce(now_cost::text, 'NULL'), ', ' ORDER BY n), '')
         FROM (SELECT n, cost, bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode,
                                                     cache_read, cache_write, 0, at => at) AS now_cost
               FROM recorded) r
         WHERE cost IS DISTINCT FROM now_cost"
check "2 the 312 recorded costs are identical after the upgrade" "0 differ" "$(q -d $db -c "$recheck" 2>&1)"
check "2 every change still priced as by hand" "$by_hand_expected" "$(q -d $db -c "$by_hand_sql" 2>&1)"
# (price 53 is P6's closing, made by hand under 0.1.0, which recorded
# nothing: the upgrade finds it by comparing with the shipped rows of 0.1.0)
check "2 the upgrade recorded the closings of shipped rows in shipped_changes" \
"multipliers|{\"multiplier_id\": 1}|update|2026-09-01T00:00:00+00:00
multipliers|{\"multiplier_id\": 3}|update|2026-10-01T00:00:00+00:00
prices|{\"price_id\": 1}|update|2026-06-01T00:00:00+00:00
prices|{\"price_id\": 53}|update|2026-05-01T00:00:00+00:00
prices|{\"price_id\": 62}|update|2026-07-01T00:00:00+00:00
prices|{\"price_id\": 63}|update|2026-03-01T00:00:00+00:00" \
    "$(q -d $db -c "SELECT table_name, row_key, action, row_data ->> 'valid_to' FROM bedprice.shipped_changes
                    WHERE action = 'update' AND row_data ? 'valid_to' AND (row_data ->> 'valid_to') <> 'infinity'
                    ORDER BY table_name, row_key::text")"

# =====================================================================
# 3. The same catalog as a fresh 0.2.0 install, plus the user's rows
# =====================================================================
fresh_objects=$(catalog_objects $fresh)
upgraded_objects=$(catalog_objects $db)
check "3 the fresh install has the objects compared (sanity)" t \
    "$([ "$(printf '%s\n' "$fresh_objects" | wc -l)" -gt 100 ] && echo t || echo f)"
check "3 the same objects as a fresh 0.2.0 install" "" \
    "$(diff <(printf '%s\n' "$fresh_objects") <(printf '%s\n' "$upgraded_objects"))"

# shipped_rows DB TABLE KEY: "key<TAB>whole row" of the shipped rows.
shipped_rows() {
    q -d "$1" -c "SELECT $3 || E'\t' || t::text FROM bedprice.$2 t WHERE shipped ORDER BY 1"
}
declare -A keys
keys[prices]="price_id::text"
keys[multipliers]="multiplier_id::text"
keys[models]="provider || '/' || model"
keys[model_aliases]="provider || '/' || alias"
keys[regions]="region"
keys[providers]="provider"
changed_keys() {
    comm -3 <(shipped_rows $fresh "$1" "${keys[$1]}") <(shipped_rows $db "$1" "${keys[$1]}") |
        sed 's/^\t//' | cut -f1 | sort -u | paste -sd' '
}
# The shipped rows the user changed, and only those, differ from a fresh
# install: P1, P2, P3 (closed by the upgrade), P6 (closed by the user), E
# (edited or deleted by the user), M1, M2 (closed by the upgrade).
check "3 shipped prices differing from a fresh install: exactly those the user changed" \
    "1 53 59 62 63" "$(changed_keys prices)"
check "3 ... and how" \
"1|3.00|-infinity|2026-06-01 00:00:00+00
53|2.65|-infinity|2026-05-01 00:00:00+00
59|0.04|-infinity|infinity
62|0.24|-infinity|2026-07-01 00:00:00+00
63|0.80|-infinity|2026-03-01 00:00:00+00" \
    "$(q -d $db -c "SELECT concat_ws('|', price_id, usd_per_mtok, valid_from, valid_to) FROM bedprice.prices
                    WHERE price_id IN (1, 53, 59, 62, 63) AND shipped ORDER BY price_id")"
check "3 shipped multipliers differing from a fresh install: exactly those the user changed" "1 3" "$(changed_keys multipliers)"
check "3 ... and how" \
"1|1.10|-infinity|2026-09-01 00:00:00+00
3|0.50|-infinity|2026-10-01 00:00:00+00" \
    "$(q -d $db -c "SELECT concat_ws('|', multiplier_id, factor, valid_from, valid_to) FROM bedprice.multipliers
                    WHERE multiplier_id IN (1, 3) ORDER BY multiplier_id")"
check "3 shipped models differing from a fresh install: Haiku's display name" \
    "bedrock/$haiku" "$(changed_keys models)"
check "3 shipped aliases differing from a fresh install: the deleted one" \
    "bedrock/Amazon Nova Micro" "$(changed_keys model_aliases)"
check "3 shipped regions: as a fresh install" "" "$(changed_keys regions)"
check "3 shipped providers: as a fresh install" "" "$(changed_keys providers)"
check "3 the fresh install prices like a 0.1.0 one before the user's changes (sanity)" \
    "3|3|0.24|0.24|0.8|0.8|0.8" \
    "$(q -d $fresh -c "SELECT concat_ws('|',
        bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-05-15'),
        bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 0, at => '2026-06-15'),
        bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-07-15'),
        bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-08-15'),
        bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-01-15'),
        bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-03-15'),
        bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-09-15'))")"
# 0.2.0 works on the upgraded catalog: a sheet round trip is a no-op.
check "3 the upgraded catalog's export loads back as a no-op" "0|0" \
    "$(q -d $db -c "BEGIN; SELECT bedprice.load_price_sheet(bedprice.price_sheet_csv()) || '|' || bedprice.load_multiplier_sheet(bedprice.multiplier_sheet_csv()); ROLLBACK;" 2>&1)"

# =====================================================================
# 4. A dump of the upgraded database restores to the same catalog
# =====================================================================
# (the columns 0.2.0 has: 0.3.0 adds two, compared in 6)
full_sql="SELECT (SELECT string_agg(concat_ws('|', price_id, $price_row, shipped), E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
              || (SELECT string_agg(concat_ws('|', multiplier_id, $mult_row, shipped), E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY region) FROM bedprice.regions t)"
pg_dump -Fc -f "$tmp/upgraded.dump" $db 2>"$tmp/dump.err"
check "4 pg_dump of the upgraded database" "0:" "$?:$(cat "$tmp/dump.err")"
# restore_into DB VERSION: the dump restored where bedprice VERSION was
# created first (pg_dump names no version), the dump's schema and
# extension entries left out.  (Into the current version, what CREATE
# EXTENSION makes: section 7.)
restore_into() {
    local label="4 into $2:"
    db_at "$1" "$2"
    pg_restore -l "$tmp/upgraded.dump" | grep -vE ' (SCHEMA|EXTENSION) - bedprice ' >"$tmp/list"
    pg_restore -L "$tmp/list" -d "$1" "$tmp/upgraded.dump" >"$tmp/restore.out" 2>&1
    check "$label pg_restore: exit status 0, no errors printed" "0:" "$?:$(cat "$tmp/restore.out")"
    check "$label bedprice stays at $2" "$2" "$(version "$1")"
    if [ "$2" = 0.3.0 ]; then
        # the shipped rows the user changed come back as the user's rows
        check "$label the restored catalog equals the upgraded one (but the shipped flags)" "" \
            "$(diff <(q -d $db -c "$full_sql" | without_flags) <(q -d "$1" -c "$full_sql" | without_flags))"
        check "$label 0.2.0's records of changed shipped rows: now their shipped keys" "$handed_over" "$(records "$1")"
        check "$label ... and those rows the user's" "8 of 8" \
            "$(q -d "$1" -c "$changed_rows_now_users")"
    else
        check "$label the restored catalog equals the upgraded one" "" \
            "$(diff <(q -d $db -c "$full_sql") <(q -d "$1" -c "$full_sql"))"
    fi
    check "$label the restored database prices the 312 recorded usages as 0.1.0 did" "0 differ" \
        "$(q -d "$1" -c "$recheck" 2>&1)"
}
# 0.3.0 keeps of a changed shipped row the row itself, the user's now,
# and the shipped key it replaces: P1, P2, P3, P6's closings, E's edits and
# deletion, M1 and M2's closings.
handed_over="model_aliases {\"alias\": \"Amazon Nova Micro\", \"provider\": \"bedrock\"} delete
models {\"model\": \"$haiku\", \"provider\": \"bedrock\"} delete
multipliers {\"multiplier_id\": 1} delete
multipliers {\"multiplier_id\": 3} delete
prices {\"price_id\": 1} delete
prices {\"price_id\": 53} delete
prices {\"price_id\": 59} delete
prices {\"price_id\": 62} delete
prices {\"price_id\": 63} delete"
changed_rows_now_users="SELECT count(*) FILTER (WHERE NOT shipped) || ' of ' || count(*) FROM (
    SELECT shipped FROM bedprice.prices WHERE price_id IN (1, 53, 59, 62, 63)
    UNION ALL SELECT shipped FROM bedprice.multipliers WHERE multiplier_id IN (1, 3)
    UNION ALL SELECT shipped FROM bedprice.models WHERE provider = 'bedrock' AND model = '$haiku') r"
restore_into $restored 0.2.0
# 0.3.0 restoring a dump taken under 0.2.0 (the restored user rows yield
# shipped rows before shipped_changes comes back: without a continuation,
# which the dump holds itself)
restore_into $restored3 0.3.0

# =====================================================================
# 5. An upgrade that must refuse
# =====================================================================
db_at $refuse 0.1.0
q -d $refuse <<'SQL'
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source) VALUES
    ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.70, '2026-06-01', 'twin A'),
    ('bedrock', 'amazon.nova-pro-v1:0', 'input', 0.75, '2026-06-01', 'twin B'),
    ('bedrock', 'amazon.nova-lite-v1:0', 'input', 0.05, '2026-07-01', 'single');
INSERT INTO bedprice.multipliers (provider, dimension, value, factor, valid_from, source) VALUES
    ('bedrock', 'routing', 'geo', 1.05, '2026-06-01', 'twin A'),
    ('bedrock', 'routing', 'geo', 1.07, '2026-06-01', 'twin B');
SQL
# 0.1.0 prices with the higher price_id: twin B.  Nova Pro 1M input
# 2026-07-01: 0.75; geo: 0.75 x 1.07 = 0.8025; Nova Lite 2026-07-15: 0.05
refuse_costs="SELECT concat_ws('|',
    bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-07-01'),
    bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-07-01'),
    bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2026-07-15'))"
check "5 0.1.0 prices the twins with the higher ids" "0.75|0.8025|0.05" "$(q -d $refuse -c "$refuse_costs")"
all_rows="SELECT (SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t)"
rows_before=$(q -d $refuse -c "$all_rows")
pair_ids=$(q -d $refuse -c "SELECT string_agg(price_id::text, ' and ' ORDER BY price_id) FROM bedprice.prices WHERE source LIKE 'twin%'")
mpair_ids=$(q -d $refuse -c "SELECT string_agg(multiplier_id::text, ' and ' ORDER BY multiplier_id) FROM bedprice.multipliers WHERE source LIKE 'twin%'")

out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d $refuse -c "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" 2>&1)
check "5 the upgrade fails: exclusion_violation naming the rule" \
    "ERROR:  23P01: bedprice 0.2.0 refuses prices of the same key that start at the same time" \
    "$(printf '%s\n' "$out" | grep '^ERROR')"
check "5 ... naming the pair" "DETAIL:  Pairs: price_id $pair_ids." "$(printf '%s\n' "$out" | grep '^DETAIL')"
check "5 ... and what to do" \
    "HINT:  Delete or re-date one row of each pair (0.1.0 priced with the higher price_id), then update again." \
    "$(printf '%s\n' "$out" | grep '^HINT')"
check "5 still at 0.1.0" 0.1.0 "$(version $refuse)"
check "5 nothing of 0.2.0 is left" "none|none|0" \
    "$(q -d $refuse -c "SELECT concat_ws('|', coalesce(to_regclass('bedprice.shipped_changes')::text, 'none'),
                                         coalesce(to_regprocedure('bedprice.set_price(text,text,text,numeric,timestamptz,text,text,text,bigint,timestamptz,text)')::text, 'none'),
                                         (SELECT count(*) FROM pg_constraint WHERE contype = 'x' AND connamespace = 'bedprice'::regnamespace))")"
check "5 every row intact (prices, multipliers, ids included)" "$rows_before" "$(q -d $refuse -c "$all_rows")"
check "5 and priced as before" "0.75|0.8025|0.05" "$(q -d $refuse -c "$refuse_costs")"

# Settled the way 0.1.0 priced (keep the higher id): then the multipliers refuse.
q -d $refuse -c "DELETE FROM bedprice.prices WHERE source = 'twin A'"
out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d $refuse -c "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" 2>&1)
check "5 then the multipliers refuse" \
    "ERROR:  23P01: bedprice 0.2.0 refuses multipliers of the same key that start at the same time
DETAIL:  Pairs: multiplier_id $mpair_ids." \
    "$(printf '%s\n' "$out" | grep -E '^(ERROR|DETAIL)')"
check "5 still at 0.1.0" 0.1.0 "$(version $refuse)"
q -d $refuse -c "DELETE FROM bedprice.multipliers WHERE source = 'twin A'"
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $refuse -c "ALTER EXTENSION bedprice UPDATE TO '0.2.0'" 2>&1)
check "5 settled, the upgrade goes through" ":0.2.0" "$out:$(version $refuse)"
check "5 and prices as 0.1.0 did" "0.75|0.8025|0.05" "$(q -d $refuse -c "$refuse_costs")"

# =====================================================================
# 6. On to 0.3.0: 0.1.0 -> 0.2.0 -> 0.3.0 ends where a fresh 0.3.0 is
# =====================================================================
before_user_prices=$(q -d $db -c "$user_prices")
before_user_mults=$(q -d $db -c "$user_mults")
for t in "${!tables_sql[@]}"; do
    before_tables[$t]=$(q -d $db -c "${tables_sql[$t]}")
done
before_full=$(q -d $db -c "$full_sql")
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db -c "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" 2>&1)
check "6 ALTER EXTENSION bedprice UPDATE TO '0.3.0' succeeds quietly" "" "$out"
check "6 the version is 0.3.0" 0.3.0 "$(version $db)"
fresh_objects=$(catalog_objects $fresh3)
check "6 the fresh 0.3.0 install has its internal schema's objects compared (sanity)" t \
    "$([ "$(printf '%s\n' "$fresh_objects" | grep -c 'bedprice_internal\.')" -gt 50 ] && echo t || echo f)"
check "6 the same objects as a fresh 0.3.0 install, in both schemas" "" \
    "$(diff <(printf '%s\n' "$fresh_objects") <(catalog_objects $db))"
check "6 every row as it was in 0.2.0's columns (prices, multipliers, models, aliases, regions), but the flags" \
    "$(printf '%s\n' "$before_full" | without_flags)" "$(q -d $db -c "$full_sql" | without_flags)"
check "6 the user's own prices and multipliers unchanged, flags included" "$before_user_prices
$before_user_mults" "$(q -d $db -c "${user_prices/NOT shipped/price_id > 96}")
$(q -d $db -c "${user_mults/NOT shipped/multiplier_id > 5}")"
for t in models model_aliases regions providers; do
    check "6 $t unchanged by the update (every row, every column but the flag)" \
        "$(printf '%s\n' "${before_tables[$t]}" | without_flags)" "$(q -d $db -c "${tables_sql[$t]}" | without_flags)"
done
check "6 0.2.0's records of changed shipped rows: now their shipped keys" "$handed_over" "$(records $db)"
check "6 ... and those rows the user's" "8 of 8" "$(q -d $db -c "$changed_rows_now_users")"
check "6 no other price changed its flag: 5 fewer shipped than a fresh install" \
    "$(( $(q -d $fresh3 -c "SELECT count(*) FROM bedprice.prices WHERE shipped") - 5 ))" \
    "$(q -d $db -c "SELECT count(*) FROM bedprice.prices WHERE shipped")"
check "6 rows ended under 0.2.0 keep their ends as given (closed_by, valid_to_given empty)" "0|0" \
    "$(q -d $db -c "SELECT (SELECT count(*) FROM bedprice.prices WHERE closed_by IS NOT NULL OR valid_to_given IS NOT NULL)
                     || '|' || (SELECT count(*) FROM bedprice.multipliers WHERE closed_by IS NOT NULL OR valid_to_given IS NOT NULL)")"
fresh=$fresh3
check "6 shipped prices differing from a fresh 0.3.0 install: exactly those the user changed" \
    "1 53 59 62 63" "$(changed_keys prices)"
check "6 shipped multipliers differing: exactly those the user changed" "1 3" "$(changed_keys multipliers)"
check "6 shipped models differing: Haiku's display name" "bedrock/$haiku" "$(changed_keys models)"
check "6 shipped aliases differing: the deleted one" "bedrock/Amazon Nova Micro" "$(changed_keys model_aliases)"
check "6 shipped regions and providers: as a fresh install" "|" "$(changed_keys regions)|$(changed_keys providers)"
check "6 the 312 recorded costs are identical after the update" "0 differ" "$(q -d $db -c "$recheck" 2>&1)"
check "6 every change still priced as by hand" "$by_hand_expected" "$(q -d $db -c "$by_hand_sql" 2>&1)"
check "6 the updated catalog's export loads back as a no-op" "0|0" \
    "$(q -d $db -c "BEGIN; SELECT bedprice.load_price_sheet(bedprice.price_sheet_csv()) || '|' || bedprice.load_multiplier_sheet(bedprice.multiplier_sheet_csv()); ROLLBACK;" 2>&1)"

pg_dump -Fc -f "$tmp/updated.dump" $db 2>"$tmp/dump.err"
check "6 pg_dump of the 0.3.0 database" "0:" "$?:$(cat "$tmp/dump.err")"
db_at $restored 0.3.0
pg_restore -l "$tmp/updated.dump" | grep -vE ' (SCHEMA|EXTENSION) - bedprice ' >"$tmp/list"
pg_restore -L "$tmp/list" -d $restored "$tmp/updated.dump" >"$tmp/restore.out" 2>&1
check "6 pg_restore into a new database: exit status 0, no errors printed" "0:" "$?:$(cat "$tmp/restore.out")"
all_columns="SELECT (SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
                 || (SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t)"
check "6 the restored catalog equals the updated one, every column" "" \
    "$(diff <(q -d $db -c "$full_sql"; q -d $db -c "$all_columns") <(q -d $restored -c "$full_sql"; q -d $restored -c "$all_columns"))"
check "6 and prices the 312 usages as 0.1.0 did" "0 differ" "$(q -d $restored -c "$recheck" 2>&1)"

# 0.1.0 -> 0.3.0 in one statement (PostgreSQL chains the two scripts).
db_at $refuse 0.1.0
q -d $refuse -c "INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, valid_from, source)
                 VALUES ('bedrock', 'amazon.nova-lite-v1:0', 'input', 0.05, '2026-07-01', 'single')"
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $refuse -c "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" 2>&1)
check "6 0.1.0 -> 0.3.0 in one ALTER EXTENSION UPDATE" ":0.3.0" "$out:$(version $refuse)"
check "6 ... the same objects as a fresh 0.3.0 install" "" \
    "$(diff <(printf '%s\n' "$fresh_objects") <(catalog_objects $refuse))"
check "6 ... and the user's price kept" "0.06|0.05" \
    "$(q -d $refuse -c "SELECT bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2026-06-15')
                        || '|' || bedprice.bedrock_cost('Nova Lite', 'us-east-1', 1000000, 0, at => '2026-07-15')")"

# =====================================================================
# 7. On to the current version: the update ends where a restore of the
#    0.3.0 database's dump into a fresh install does
# =====================================================================
usage_costs="CREATE FUNCTION pg_temp.cost(m text, r text, i bigint, o bigint, md text, cr bigint, cw bigint, at timestamptz)
             RETURNS text LANGUAGE plpgsql AS \$\$
             BEGIN RETURN bedprice.bedrock_cost(m, r, i, o, md, cr, cw, 0, at => at)::text;
             EXCEPTION WHEN others THEN RETURN SQLSTATE; END \$\$;
             SELECT string_agg(n || ':' || coalesce(pg_temp.cost(model, region, in_tokens, out_tokens, mode,
                                                                cache_read, cache_write, at), 'NULL'), ',' ORDER BY n)
             FROM ($usages) u"
update_to_current "7" $db "$tmp" "$usage_costs"
check "7 every usage priced" 0 "$(q -d $db -c "$usage_costs" | tr ',' '\n' | grep -cv ':[0-9.]*$')"
# The user's changes, priced by hand on the current catalog: as in 0.3.0
# where the user's rows price them (a changed shipped row keeps the
# figure it had: Sonnet v2's 3 before P1, Llama 3.3 70B's 2.65 before P6,
# the ARN's geo x1.10 before M1); Nova Pro in batch at its own batch
# price now (0.40), which beats the user's batch rule (M2)
check "7 every change priced as by hand" \
    "3|2.5|0.2|0.24|0.8|0.7|0.65|5|4|1.3|2.65|2.4|3.5|3.2|0.04|0.88|0.84|0.4|0.4|Claude 3.5 Haiku (ours)" \
    "$(q -d $db -c "$by_hand_sql" 2>&1)"

# =====================================================================
# 8. Edits the 0.3.0 -> 0.4.0 update once mishandled (review of 0.4.0):
#    each kept by the update, and by a restore of the 0.3.0 dump alike
# =====================================================================
#   R1  a shipped provider's display_name edited (groq): its shipped
#       models, which 0.4.0 adds to, stay (they were all deleted)
#   R2  a shipped region deleted (sa-east-1, which 0.4.0 prices Kimi K2.5
#       in): the update goes through (it failed with 23503), the region
#       stays deleted and no shipped price of it comes
#   R3  an alias of the user's with the ID of a model 0.4.0 ships
#       (anthropic.claude-sonnet-4-5-20250929-v1:0 -> my.sonnet-45, input
#       2.5): the ID still prices as the user's (100K in: 0.25)
#   R4  a table of the user's holding bedprice.import_result values: kept
#       (the update dropped the column with the type)
#   R5  a shipped price deleted and the user's from a date (Nova Premier
#       input, 1.90 from 2026-06-01), and two shipped rules deleted (the
#       seed's geo x1.10 and GovCloud us-gov-west-1 x1.20): 0.3.0's
#       shipped rows are the seed book's now, and the deletions hold there
#       (no Nova Premier input before that date, no geo rule, no GovCloud
#       rule in the seed book); the aws book keeps AWS's rows of those
#       keys (its Nova Premier input 2.5 before the user's 1.9, its geo x1:
#       a deletion once wiped it, and every geo call failed)
#   R6  a model of the user's spelled otherwise than one 0.4.0 ships
#       (DeepSeek.V3.2, input and output 0.50): the update holds what the
#       restore holds (checked by update_to_current)
db8=bp_upgrade_r
db8b=bp_upgrade_rb
db_at $db8 0.3.0
r_edits=$(q -d $db8 <<'SQL' 2>&1
SET client_min_messages = warning;
UPDATE bedprice.providers SET display_name = 'Groq (ours)' WHERE provider = 'groq';
DELETE FROM bedprice.regions WHERE region = 'sa-east-1';
INSERT INTO bedprice.models (provider, model, display_name) VALUES ('bedrock', 'my.sonnet-45', 'Our Sonnet 4.5');
INSERT INTO bedprice.model_aliases (provider, alias, model)
VALUES ('bedrock', 'anthropic.claude-sonnet-4-5-20250929-v1:0', 'my.sonnet-45');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source)
VALUES ('bedrock', 'my.sonnet-45', 'input', 2.5, 'ours'), ('bedrock', 'my.sonnet-45', 'output', 10, 'ours');
DELETE FROM bedprice.prices
WHERE shipped AND model = 'amazon.nova-premier-v1:0' AND charge = 'input' AND region IS NULL AND mode = 'on_demand';
SELECT bedprice.set_price('bedrock', 'amazon.nova-premier-v1:0', 'input', 1.90, '2026-06-01 00:00:00+00') IS NOT NULL;
DELETE FROM bedprice.multipliers
WHERE shipped AND (dimension, value) IN (('routing', 'geo'), ('region', 'us-gov-west-1'));
SELECT bedprice.load_price_sheet('provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
bedrock,DeepSeek.V3.2,,,,input,0.50,,,,ours
bedrock,DeepSeek.V3.2,,,,output,0.50,,,,ours
');
SQL
)
check "8 the edits run under 0.3.0" "t
2" "$r_edits"
r_costs="SET bedprice.on_unknown_model = 'null';
CREATE FUNCTION pg_temp.cost(m text, r text, i bigint, o bigint, at timestamptz) RETURNS text LANGUAGE plpgsql AS \$\$
BEGIN RETURN coalesce(bedprice.bedrock_cost(m, r, i, o, at => at)::text, 'NULL');
EXCEPTION WHEN others THEN RETURN SQLSTATE; END \$\$;
SELECT concat_ws('|',
  bedprice.api_cost('groq', 'llama-3.3-70b-versatile', 1000000, 0),
  pg_temp.cost('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1', 100000, 0, '2026-12-01'),
  pg_temp.cost('amazon.nova-premier-v1:0', 'us-east-1', 1000000, 0, '2026-03-01'),
  pg_temp.cost('amazon.nova-premier-v1:0', 'us-east-1', 1000000, 0, '2026-07-01'),
  pg_temp.cost('DeepSeek.V3.2', 'us-east-1', 1000000, 1000000, '2026-12-01'),
  pg_temp.cost('deepseek.v3.2', 'ap-northeast-1', 1000000, 0, '2026-12-01'),
  pg_temp.cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 1000000, '2026-12-01'))"
seed_r_costs="SET bedprice.price_book = 'seed-2026-04-10';
$r_costs"
update_to_current "8" $db8 "$tmp" "$r_costs"
fresh_groq=$(q -d ${db8}_fresh -c "SELECT count(*) FROM bedprice.models WHERE provider = 'groq'")
check "8 R1 the shipped models of the provider whose name the user edited: all of 0.4.0's" \
    "$fresh_groq|Groq (ours)" \
    "$(q -d $db8 -c "SELECT count(*) || '|' || (SELECT display_name FROM bedprice.providers WHERE provider = 'groq')
                     FROM bedprice.models WHERE provider = 'groq'")"
check "8 R2 the deleted region: still deleted, none of its shipped prices" "0|0" \
    "$(q -d $db8 -c "SELECT (SELECT count(*) FROM bedprice.regions WHERE region = 'sa-east-1') || '|' ||
                            (SELECT count(*) FROM bedprice.prices WHERE region = 'sa-east-1')")"
# groq's llama-3.3-70b-versatile input is 0.59 per 1M; Sonnet 4.5's ID is
# the user's (0.25); Nova Premier input: AWS's 2.5 before 2026-06-01, the
# user's 1.9 after; DeepSeek.V3.2 the user's 0.5 + 0.5; in Tokyo, 0.4.0's
# own price for that region (0.74), as a restore gives it; us. Nova Pro
# 1M + 1M: 0.8 + 3.2 = 4 (AWS's geo rule x1)
check "8 the edits priced after the update" "0.59|0.25|2.5|1.9|1|0.74|4" "$(q -d $db8 -c "$r_costs")"
# In the seed book: groq as 0.3.0 priced it; the user's models have no
# price there (their rows are in aws: P0002); Nova Premier input before
# 2026-06-01: none (the deletion holds), after it none either (the user's
# row is in aws); us. Nova Pro: no geo rule (the deletion holds: "no geo
# routing price", P0002)
check "8 the deletions of 0.3.0's shipped rows hold in the seed book" \
    "0.59|P0002|P0002|P0002|P0002|P0002|P0002" "$(q -d $db8 -c "$seed_r_costs")"
check "8 ... and the seed book's GovCloud rule the user deleted stays deleted" "0|1" \
    "$(q -d $db8 -c "SELECT count(*) FILTER (WHERE value = 'us-gov-west-1') || '|' || count(*) FILTER (WHERE value = 'us-gov-east-1')
                     FROM bedprice.multipliers WHERE book = 'seed-2026-04-10' AND dimension = 'region'")"

check "8 every row of the user's is in the default book (aws)" "0" \
    "$(q -d $db8 -c "SELECT (SELECT count(*) FROM bedprice.prices WHERE NOT shipped AND book <> 'aws')
                          + (SELECT count(*) FROM bedprice.multipliers WHERE NOT shipped AND book <> 'aws')")"

# What stops the update, and the grants and the table (R4) it keeps; and
# the seed book, which prices as 0.3.0 did: the costs of 0.3.0's own
# catalog, before the update, are the seed book's after it (every model
# 0.3.0 shipped, bare, us. and global., in three regions, on demand,
# batch and provisioned, with cache tokens and past 200K; the direct APIs)
seed_costs="CREATE FUNCTION pg_temp.c(m text, r text, i bigint, o bigint, md text, cr bigint)
            RETURNS text LANGUAGE plpgsql AS \$\$
            BEGIN RETURN bedprice.bedrock_cost(m, r, i, o, md, cr, cr / 2, 0, at => '2026-06-01')::text;
            EXCEPTION WHEN others THEN RETURN SQLSTATE; END \$\$;
            CREATE FUNCTION pg_temp.a(p text, m text, i bigint, o bigint, cr bigint)
            RETURNS text LANGUAGE plpgsql AS \$\$
            BEGIN RETURN bedprice.api_cost(p, m, i, o, cr, cr / 2, 0, at => '2026-06-01')::text;
            EXCEPTION WHEN others THEN RETURN SQLSTATE; END \$\$;
            SELECT count(*) FILTER (WHERE c ~ '^[0-9]') || ' priced: ' || md5(string_agg(c, ',' ORDER BY n))
            FROM (SELECT row_number() OVER (ORDER BY m.model, pre, r, md, i, cr) AS n,
                         pg_temp.c(pre || m.model, r, i, 5000, md, cr) AS c
                  FROM (SELECT model FROM bedprice.models WHERE provider = 'bedrock' AND model IN
                        (SELECT model FROM bedprice.prices WHERE shipped AND provider = 'bedrock')) m,
                       unnest(ARRAY['', 'us.', 'global.']) pre, unnest(ARRAY['us-east-1', 'eu-west-1', 'us-gov-west-1']) r,
                       unnest(ARRAY['on_demand', 'batch', 'provisioned']) md, unnest(ARRAY[1000, 250000]::bigint[]) i,
                       unnest(ARRAY[0, 30000]::bigint[]) cr
                  UNION ALL
                  SELECT row_number() OVER (ORDER BY m.provider, m.model, i, cr) + 100000,
                         pg_temp.a(m.provider, m.model, i, 5000, cr)
                  FROM (SELECT provider, model FROM bedprice.models WHERE provider <> 'bedrock' AND (provider, model) IN
                        (SELECT provider, model FROM bedprice.prices WHERE shipped)) m,
                       unnest(ARRAY[1000, 250000]::bigint[]) i, unnest(ARRAY[0, 30000]::bigint[]) cr) x"
db_at $db8b 0.3.0
seed_before=$(q -d $db8b -c "$seed_costs")
q -d $db8b <<'SQL' >/dev/null
CREATE VIEW public.current_prices AS SELECT * FROM bedprice.price_sheet();
CREATE TABLE public.import_log (at timestamptz, r bedprice.import_result);
INSERT INTO public.import_log
SELECT '2026-06-01', x FROM bedprice.import_litellm('{"amazon.nova-micro-v1:0":
    {"litellm_provider": "bedrock", "mode": "chat", "input_cost_per_token": 3.5e-08}}', '2026-06-01') AS x;
SQL
out=$(psql -X -q -d $db8b -c "ALTER EXTENSION bedprice UPDATE" 2>&1)
check "8 a view of the user's over price_sheet() stops the update, named, with what to do" \
    "t|t|0.3.0" \
    "$(echo "$out" | grep -q 'replaces functions that objects of yours use: rule _RETURN on view current_prices uses bedprice.price_sheet()' && echo t || echo f)|$(echo "$out" | grep -q 'HINT:  Drop those objects' && echo t || echo f)|$(extension_version $db8b)"
psql -X -q -d postgres -c "DROP ROLE IF EXISTS bp_upgrade_finops" -c "CREATE ROLE bp_upgrade_finops" >/dev/null 2>&1
q -d $db8b <<'SQL' >/dev/null
DROP VIEW public.current_prices;
GRANT EXECUTE ON FUNCTION bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text)
    TO bp_upgrade_finops;
REVOKE EXECUTE ON FUNCTION bedprice.price_sheet(timestamptz) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION bedprice_internal.timestamp_text(timestamptz) FROM bedprice_admin;
SQL
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db8b -c "ALTER EXTENSION bedprice UPDATE" 2>&1)
check "8 ... dropped, the update goes through" ":$(current_version)" "$out:$(extension_version $db8b)"
check "8 the grants of the user's on functions the update replaced or kept: as they were" "t|f|f|t" \
    "$(q -d $db8b -c "SELECT concat_ws('|',
        has_function_privilege('bp_upgrade_finops', 'bedprice.set_price(text, text, text, numeric, timestamptz, text, text, text, bigint, timestamptz, text, text, text)', 'EXECUTE'),
        (SELECT coalesce(bool_or(a.grantee = 0), false) FROM pg_proc p, aclexplode(p.proacl) a
         WHERE p.oid = 'bedprice.price_sheet(timestamptz, text)'::regprocedure),
        has_function_privilege('bedprice_admin', 'bedprice_internal.timestamp_text(timestamptz)', 'EXECUTE'),
        has_function_privilege('bedprice_admin', 'bedprice_internal.delete_successors(text, bigint)', 'EXECUTE'))")"
check "8 the seed book prices every usage as 0.3.0's catalog did (SET bedprice.price_book)" \
    "$seed_before" \
    "$(q -d $db8b -c "SET bedprice.price_book = 'seed-2026-04-10';
                      $(printf '%s' "$seed_costs" | sed "s/WHERE shipped AND provider = 'bedrock'/WHERE shipped AND book = 'seed-2026-04-10' AND provider = 'bedrock'/; s/WHERE shipped)) m,/WHERE shipped AND book = 'seed-2026-04-10')) m,/")")"
echo "# 0.3.0's catalog and the seed book: $seed_before"
check "8 R4 the user's table of import_result values: its row, the new attribute NULL" \
    "1|amazon.nova-micro-v1:0|input_cost_per_token|true" \
    "$(q -d $db8b -c "SELECT count(*) || '|' || min((r).source_key) || '|' || min((r).source_field) || '|' || bool_and((r).geography IS NULL)
                     FROM public.import_log")"
for d in $db8 $db8b ${db8}_fresh ${db8}_restored; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
done
psql -X -q -d postgres -c "DROP ROLE IF EXISTS bp_upgrade_finops" >/dev/null 2>&1
