#!/usr/bin/env bash
# upgrade_020.sh: a database a 0.2.0 user made, carried to 0.3.0 by
# ALTER EXTENSION UPDATE and by a dump taken under 0.2.0, then on to the
# current version.
#
# Spec (0.3.0): updating from 0.2.0 keeps every user row, every user edit
# of a shipped row and every cost, and ends with the objects and shipped
# rows of a fresh 0.3.0 install; a dump taken under 0.2.0 restores into
# 0.3.0 with every row it holds.  Two 0.2.0 defects leave traces the
# update must settle: a user row stored with shipped = true (0.2.0's
# pg_dump left it out; the update makes it the user's row it is), and a
# deleted shipped alias or model re-added by the user under the same key
# (0.2.0 could not restore its own dump of that).  Names with surrounding
# white space, which 0.2.0 stored and priced as another name, are refused
# until the user settles them.
#
#   1  a 0.2.0 database and the user's edits, the 0.2.0 way (below); the
#      costs of 120 usages recorded
#   2  the dump taken under 0.2.0: 0.2.0 cannot restore it (the re-added
#      shipped keys); 0.3.0 restores it without an error, every row it
#      holds and every cost
#   3  ALTER EXTENSION UPDATE: the objects of a fresh 0.3.0 install; every
#      row kept (the marked row now shipped = false), shipped rows as a
#      fresh install except those edited; every cost
#   4  a 0.3.0 dump of it restores, every row and column
#   5  a name with a trailing TAB: the update refuses (check_violation,
#      the name quoted), the database stays at 0.2.0; settled, it goes
#      through
#   6  on to the current version (its shipped catalog another; the user's
#      rename of groq keeps the new groq models out): as a restore of the
#      0.3.0 database's dump into a fresh install, every row, record and
#      cost; every user row kept
#
# The edits (shipped prices, USD per 1M tokens, all regions, on demand:
# Sonnet v2 input 3.00, Nova Lite output 0.24, Nova Pro input 0.80, Claude
# 3 Opus input 15.00; rules geo x1.10, batch x0.50):
#   a  set_price: Sonnet v2 input 2.50 from 2026-06-01
#   b  set_price, a window: Nova Lite output 0.20 in [2026-07-01, 2026-08-01)
#   c  a price sheet: a new model test.u020-v1:0 (input 1.00, output 5.00,
#      output 4.00 from 2026-09-01)
#   d  a multiplier sheet: geo 1.05 from 2026-09-01, batch 0.45 in
#      [2026-10-01, 2026-11-01)
#   e  plain UPDATEs of shipped rows: Nova Pro input 0.90, Haiku's display name
#   f  the shipped alias "Nova Micro" deleted and re-added, naming Nova Lite
#   g  the shipped model Claude 3 Opus (with its aliases and prices) deleted
#      and re-added as the user's: input 14.00, output 70.00, alias "Opus 3"
#   h  a price inserted with shipped = true: Nova Premier output 9.99 in
#      eu-west-3
#   i  the edited Nova Pro input (e) closed by set_price: 0.85 from
#      2026-11-01 (a restore must keep the edit: 0.90 before)
#   j  the shipped provider groq renamed groqcloud (its models, aliases and
#      prices follow)
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c TimeZone=UTC -c client_min_messages=warning"
db=bp_u020
fresh=bp_u020_fresh
into020=bp_u020_into020
into030=bp_u020_into030
restored=bp_u020_restored
names=bp_u020_names
tmp=$(mktemp -d)

cleanup() {
    local d
    for d in $db $fresh $into020 $into030 $restored $names ${db}_fresh ${db}_restored; do
        psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$tmp"
}
trap 'cleanup; finish' EXIT

opus=anthropic.claude-3-opus-20240229-v1:0

# =====================================================================
# 1. A 0.2.0 database and its user's edits
# =====================================================================
db_at $db 0.2.0
db_at $fresh 0.3.0
check "1 installed at 0.2.0" 0.2.0 "$(extension_version $db)"

out=$(q -d $db 2>&1 <<SQL
-- a, b
SELECT bedprice.set_price('bedrock', 'Claude 3.5 Sonnet v2', 'input', 2.50, '2026-06-01') IS NOT NULL;
SELECT bedprice.set_price('bedrock', 'Nova Lite', 'output', 0.20, '2026-07-01',
                          valid_to => '2026-08-01', source => 'summer') IS NOT NULL;
-- c
SELECT bedprice.load_price_sheet('provider,model,region,routing,mode,charge,usd_per_mtok,above_input_tokens,valid_from,valid_to,source
bedrock,test.u020-v1:0,,,,input,1.00,,,,u020 sheet
bedrock,test.u020-v1:0,,,,output,5.00,,,,u020 sheet
bedrock,test.u020-v1:0,,,,output,4.00,,2026-09-01,,u020 sheet');
-- d
SELECT bedprice.load_multiplier_sheet('provider,dimension,value,factor,valid_from,valid_to,source
bedrock,routing,geo,1.05,2026-09-01,,u020 rules
bedrock,mode,batch,0.45,2026-10-01,2026-11-01,u020 rules');
-- e
UPDATE bedprice.prices SET usd_per_mtok = 0.90
WHERE shipped AND model = 'amazon.nova-pro-v1:0' AND charge = 'input' AND region IS NULL AND mode = 'on_demand';
UPDATE bedprice.models SET display_name = 'Claude 3.5 Haiku (ours)'
WHERE provider = 'bedrock' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0';
-- f
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND alias = 'Nova Micro';
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Nova Micro', 'amazon.nova-lite-v1:0');
-- g
DELETE FROM bedprice.prices WHERE provider = 'bedrock' AND model = '$opus';
DELETE FROM bedprice.model_aliases WHERE provider = 'bedrock' AND model = '$opus';
DELETE FROM bedprice.models WHERE provider = 'bedrock' AND model = '$opus';
INSERT INTO bedprice.models (provider, model, display_name, family) VALUES ('bedrock', '$opus', 'Opus 3 (ours)', 'Claude 3');
INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', 'Opus 3', '$opus');
INSERT INTO bedprice.prices (provider, model, charge, usd_per_mtok, source) VALUES
    ('bedrock', '$opus', 'input', 14.00, 'ours'), ('bedrock', '$opus', 'output', 70.00, 'ours');
-- h
INSERT INTO bedprice.prices (provider, model, region, charge, usd_per_mtok, source, shipped)
VALUES ('bedrock', 'amazon.nova-premier-v1:0', 'eu-west-3', 'output', 9.99, 'marked shipped', true);
-- i
SELECT bedprice.set_price('bedrock', 'Nova Pro', 'input', 0.85, '2026-11-01') IS NOT NULL;
-- j
UPDATE bedprice.providers SET provider = 'groqcloud' WHERE provider = 'groq';
SQL
)
check "1 the 0.2.0 user's edits go in" "t
t
3
2
t" "$out"

# 120 usages: 10 names x 2 regions x 6 dates, on demand and batch.
usages="
SELECT row_number() OVER (ORDER BY m.i, r.i, d.i) AS n, m.model, r.region, d.at,
       CASE WHEN (m.i + d.i) % 3 = 0 THEN 'batch' ELSE 'on_demand' END AS mode,
       1000 * (m.i + d.i) AS in_tokens, 700 * r.i AS out_tokens
FROM unnest(ARRAY['Claude 3.5 Sonnet v2', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'Nova Lite',
                  'Nova Pro', 'test.u020-v1:0', 'Nova Micro', 'Opus 3', '$opus', 'Claude 3.5 Haiku',
                  'amazon.nova-premier-v1:0']) WITH ORDINALITY AS m(model, i),
     unnest(ARRAY['us-east-1', 'eu-west-3']) WITH ORDINALITY AS r(region, i),
     unnest(ARRAY['2026-05-15', '2026-06-15', '2026-07-15', '2026-08-15', '2026-09-15',
                  '2026-10-15']::timestamptz[]) WITH ORDINALITY AS d(at, i)"
q -d $db -c "CREATE TABLE recorded AS
             SELECT u.*, bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, at => at) AS cost
             FROM ($usages) u"
check "1 0.2.0 priced all 120 usages" "120|120" "$(q -d $db -c "SELECT count(*), count(cost) FROM recorded")"
recheck="SELECT count(*) || ' differ' || coalesce(': ' || string_agg(n || ' ' || coalesce(cost::text, 'NULL') || ' -> ' || coalesce(now_cost::text, 'NULL'), ', ' ORDER BY n), '')
         FROM (SELECT n, cost, bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, at => at) AS now_cost
               FROM recorded WHERE \$1) r
         WHERE cost IS DISTINCT FROM now_cost"
# recheck_where DB CONDITION: the recorded usages matching CONDITION that
# price differently now.
recheck_where() { q -d "$1" -c "${recheck//\$1/$2}" 2>&1; }
by_hand="SELECT concat_ws('|',
  bedprice.bedrock_cost('Claude 3.5 Sonnet v2', 'us-east-1', 1000000, 0, at => '2026-06-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-07-15'),
  bedprice.bedrock_cost('Nova Lite', 'us-east-1', 0, 1000000, at => '2026-08-15'),
  bedprice.bedrock_cost('test.u020-v1:0', 'us-east-1', 0, 1000000, at => '2026-09-15'),
  bedprice.bedrock_cost('us.amazon.nova-pro-v1:0', 'us-east-1', 1000000, 0, at => '2026-09-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, 'batch', at => '2026-10-15'),
  bedprice.bedrock_cost('Nova Micro', 'us-east-1', 0, 1000000),
  bedprice.bedrock_cost('Opus 3', 'us-east-1', 1000000, 1000000),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-10-15'),
  bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0, at => '2026-11-15'),
  bedprice.api_cost('groqcloud', 'Llama 3.3 70B', 1000000, 1000000),
  (SELECT display_name FROM bedprice.resolve_model('Claude 3.5 Haiku')))"
# 2.5; 0.2; 0.24; 4; 0.90 x 1.05; 0.90 x 0.45; Nova Lite output 0.24; 14 + 70
# ...; e then i: 0.90 before 2026-11-01, 0.85 after; j: Groq's Llama 3.3
# 70B, 0.59 + 0.79
by_hand_expected="2.5|0.2|0.24|4|0.945|0.405|0.24|84|0.9|0.85|1.38|Claude 3.5 Haiku (ours)"
check "1 0.2.0 prices every edit as computed by hand" "$by_hand_expected" "$(q -d $db -c "$by_hand" 2>&1)"
check "1 0.2.0 prices the marked row" "9.99" \
    "$(q -d $db -c "SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'eu-west-3', 0, 1000000)")"

# Every row in the columns 0.2.0 has (0.3.0 adds two), and shipped_changes.
rows_sql="SELECT (SELECT string_agg(concat_ws('|', price_id, model, coalesce(region, '*'), routing, mode, charge,
                                             above_input_tokens, usd_per_mtok, valid_from, valid_to, source, shipped),
                             E'\n' ORDER BY price_id) FROM bedprice.prices) || E'\n'
              || (SELECT string_agg(concat_ws('|', multiplier_id, provider, dimension, value, factor, valid_from,
                                              valid_to, source, shipped), E'\n' ORDER BY multiplier_id)
                  FROM bedprice.multipliers) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY region) FROM bedprice.regions t) || E'\n'
              || (SELECT string_agg(t::text, E'\n' ORDER BY provider) FROM bedprice.providers t)"
changes_sql="SELECT string_agg(concat_ws('|', table_name, row_key, action, row_data), E'\n'
                               ORDER BY table_name, row_key::text) FROM bedprice.shipped_changes"
rows_020=$(q -d $db -c "$rows_sql")
changes_020=$(q -d $db -c "$changes_sql")
# 0.3.0 keeps of a changed shipped row the row itself, the user's now,
# and the shipped key it replaces; of a deleted one, the key: a, b (closed
# prices 1 and 62), d (closed rules 1 and 3), e (price 63, Haiku's name),
# f (the alias Nova Micro, re-added by the user), g (Claude 3 Opus, its
# alias and prices, re-added by the user), j (groq, renamed, with its
# models, aliases and prices, prices 75 to 82).
handed_over="model_aliases {\"alias\": \"Claude 3 Opus\", \"provider\": \"bedrock\"} delete
model_aliases {\"alias\": \"Llama 3.3 70B\", \"provider\": \"groq\"} delete
model_aliases {\"alias\": \"Llama 3.3 8B\", \"provider\": \"groq\"} delete
model_aliases {\"alias\": \"Llama 4 Maverick\", \"provider\": \"groq\"} delete
model_aliases {\"alias\": \"Llama 4 Scout\", \"provider\": \"groq\"} delete
model_aliases {\"alias\": \"Nova Micro\", \"provider\": \"bedrock\"} delete
models {\"model\": \"anthropic.claude-3-5-haiku-20241022-v1:0\", \"provider\": \"bedrock\"} delete
models {\"model\": \"$opus\", \"provider\": \"bedrock\"} delete
models {\"model\": \"llama-3.1-8b-instant\", \"provider\": \"groq\"} delete
models {\"model\": \"llama-3.3-70b-versatile\", \"provider\": \"groq\"} delete
models {\"model\": \"meta-llama/llama-4-maverick-17b-128e-instruct\", \"provider\": \"groq\"} delete
models {\"model\": \"meta-llama/llama-4-scout-17b-16e-instruct\", \"provider\": \"groq\"} delete
multipliers {\"multiplier_id\": 1} delete
multipliers {\"multiplier_id\": 3} delete
prices {\"price_id\": 11} delete
prices {\"price_id\": 12} delete
prices {\"price_id\": 13} delete
prices {\"price_id\": 14} delete
prices {\"price_id\": 15} delete
prices {\"price_id\": 1} delete
prices {\"price_id\": 62} delete
prices {\"price_id\": 63} delete
prices {\"price_id\": 75} delete
prices {\"price_id\": 76} delete
prices {\"price_id\": 77} delete
prices {\"price_id\": 78} delete
prices {\"price_id\": 79} delete
prices {\"price_id\": 80} delete
prices {\"price_id\": 81} delete
prices {\"price_id\": 82} delete
providers {\"provider\": \"groq\"} delete"
# the keys of the rows that came from shipped ones and are the user's now
users_of_shipped_origin="SELECT concat_ws(' ',
    (SELECT string_agg(price_id::text, ',' ORDER BY price_id) FROM bedprice.prices WHERE NOT shipped AND price_id <= 96),
    (SELECT string_agg(multiplier_id::text, ',' ORDER BY multiplier_id) FROM bedprice.multipliers WHERE NOT shipped AND multiplier_id <= 5),
    (SELECT string_agg(model, ',' ORDER BY model) FROM bedprice.models WHERE NOT shipped AND model NOT LIKE 'test.%'))"
changed_now_users="1,62,63,75,76,77,78,79,80,81,82 1,3 anthropic.claude-3-5-haiku-20241022-v1:0,$opus,llama-3.1-8b-instant,llama-3.3-70b-versatile,meta-llama/llama-4-maverick-17b-128e-instruct,meta-llama/llama-4-scout-17b-16e-instruct"
# rows_without_marked: the rows, less the one marked shipped (0.2.0's dump
# leaves it out).
rows_without_marked=$(printf '%s\n' "$rows_020" | grep -v '|marked shipped|')

# =====================================================================
# 2. The dump taken under 0.2.0
# =====================================================================
pg_dump -Fc -f "$tmp/u020.dump" $db 2>"$tmp/dump.err"
check "2 pg_dump under 0.2.0" "0:" "$?:$(cat "$tmp/dump.err")"
check "2 0.2.0's dump leaves out the row marked shipped (defect 13, 0.2.0 side)" 0 \
    "$(pg_restore -f - "$tmp/u020.dump" | grep -c 'marked shipped')"
db_at $into020 0.2.0
pg_restore -l "$tmp/u020.dump" | grep -vE ' (SCHEMA|EXTENSION) - bedprice ' >"$tmp/list"
pg_restore -L "$tmp/list" -d $into020 "$tmp/u020.dump" >"$tmp/restore.out" 2>&1
check "2 0.2.0 itself cannot restore it: the re-added shipped keys collide (defect 3, 0.2.0 side)" \
    "2 duplicate keys" \
    "$(grep -c 'duplicate key value violates unique constraint' "$tmp/restore.out") duplicate keys"

# (into 0.3.0 made first, as a 0.3.0 server's CREATE EXTENSION makes it;
# into the current version: section 6)
db_at $into030 0.3.0
pg_restore -L "$tmp/list" -d $into030 "$tmp/u020.dump" >"$tmp/restore.out" 2>&1
check "2 0.3.0 restores it: exit status 0, no errors printed" "0:" "$?:$(cat "$tmp/restore.out")"
check "2 ... as 0.3.0" 0.3.0 "$(extension_version $into030)"
check "2 ... every row the dump holds, as it was (but the shipped flags)" \
    "$(printf '%s\n' "$rows_without_marked" | without_flags)" "$(q -d $into030 -c "$rows_sql" | without_flags)"
check "2 ... the shipped rows the user changed come back as the user's, recorded by their shipped keys" \
    "$handed_over" "$(records $into030)"
check "2 ... and no other row changed its flag" "$changed_now_users" "$(q -d $into030 -c "$users_of_shipped_origin")"
marked="model = 'amazon.nova-premier-v1:0' AND region = 'eu-west-3'"
check "2 ... every recorded cost but those of the row the dump lacks" "0 differ" \
    "$(recheck_where $into030 "NOT ($marked)")"
check "2 ... which price at the shipped rate again (0.2.0's loss, not the restore's)" "6 differ|8" \
    "$(recheck_where $into030 "$marked" | cut -d: -f1)|$(q -d $into030 -c "SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'eu-west-3', 0, 1000000)")"
check "2 ... every edit priced as by hand" "$by_hand_expected" "$(q -d $into030 -c "$by_hand" 2>&1)"
# ... and the restored database is a 0.3.0 one through and through: its
# own dump restores every row and column
all_columns="SELECT (SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
                 || (SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t) || E'\n'
                 || (SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t) || E'\n'
                 || (SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t) || E'\n'
                 || (SELECT string_agg(t::text, E'\n' ORDER BY provider) FROM bedprice.providers t)"
pg_dump -Fc -f "$tmp/gen2.dump" $into030
db_at $restored 0.3.0
pg_restore -l "$tmp/gen2.dump" | grep -vE ' (SCHEMA|EXTENSION) - bedprice ' >"$tmp/list2"
pg_restore -L "$tmp/list2" -d $restored "$tmp/gen2.dump" >"$tmp/restore.out" 2>&1
check "2 ... whose own dump restores: no errors" "0:" "$?:$(cat "$tmp/restore.out")"
check "2 ... every row and column" "" "$(diff <(q -d $into030 -c "$all_columns") <(q -d $restored -c "$all_columns"))"

# =====================================================================
# 3. ALTER EXTENSION UPDATE
# =====================================================================
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db -c "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" 2>&1)
check "3 ALTER EXTENSION bedprice UPDATE TO '0.3.0' succeeds quietly" "" "$out"
check "3 the version is 0.3.0" 0.3.0 "$(extension_version $db)"
check "3 the same objects as a fresh 0.3.0 install, in both schemas" "" \
    "$(diff <(catalog_objects $fresh) <(catalog_objects $db))"
check "3 every row kept (but the shipped flags)" \
    "$(printf '%s\n' "$rows_020" | without_flags)" "$(q -d $db -c "$rows_sql" | without_flags)"
check "3 the row marked shipped is the user's now" "f" \
    "$(q -d $db -c "SELECT shipped FROM bedprice.prices WHERE source = 'marked shipped'")"
check "3 the shipped rows the user changed are the user's now, recorded by their shipped keys" \
    "$handed_over" "$(records $db)"
check "3 ... and no other row changed its flag" "$changed_now_users" "$(q -d $db -c "$users_of_shipped_origin")"
# shipped_differ TABLE KEY: the keys of the shipped rows that differ from
# a fresh install's (changed, or missing on one side).
shipped_differ() {
    local sql="SELECT $2 || E'\t' || t::text FROM bedprice.$1 t WHERE shipped ORDER BY 1"
    comm -3 <(q -d $fresh -c "$sql") <(q -d $db -c "$sql") | sed 's/^\t//' | cut -f1 | sort -u | paste -sd' '
}
check "3 shipped prices differing from a fresh install: a, b (closed), e, g (deleted), j (renamed)" \
    "1 11 12 13 14 15 62 63 75 76 77 78 79 80 81 82" "$(shipped_differ prices "price_id::text")"
check "3 shipped multipliers differing: d (closed)" "1 3" "$(shipped_differ multipliers "multiplier_id::text")"
check "3 shipped models differing: Haiku's name (e), Claude 3 Opus now the user's (g), groq's (j)" \
    "bedrock/anthropic.claude-3-5-haiku-20241022-v1:0 bedrock/$opus groq/llama-3.1-8b-instant groq/llama-3.3-70b-versatile groq/meta-llama/llama-4-maverick-17b-128e-instruct groq/meta-llama/llama-4-scout-17b-16e-instruct" \
    "$(shipped_differ models "provider || '/' || model")"
check "3 shipped aliases differing: Claude 3 Opus's (g), Nova Micro (f), groq's (j)" \
    "bedrock/Claude 3 Opus bedrock/Nova Micro groq/Llama 3.3 70B groq/Llama 3.3 8B groq/Llama 4 Maverick groq/Llama 4 Scout" \
    "$(shipped_differ model_aliases "provider || '/' || alias")"
check "3 every recorded cost" "0 differ" "$(recheck_where $db "true")"
check "3 every edit priced as by hand, and the marked row" "$by_hand_expected|9.99" \
    "$(q -d $db -c "$by_hand" 2>&1)|$(q -d $db -c "SELECT bedprice.bedrock_cost('amazon.nova-premier-v1:0', 'eu-west-3', 0, 1000000)")"

# =====================================================================
# 4. A 0.3.0 dump of the updated database
# =====================================================================
all_rows="SELECT (SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
             || (SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t)"
pg_dump -Fc -f "$tmp/u030.dump" $db 2>"$tmp/dump.err"
check "4 pg_dump under 0.3.0" "0:" "$?:$(cat "$tmp/dump.err")"
db_at $restored 0.3.0
pg_restore -l "$tmp/u030.dump" | grep -vE ' (SCHEMA|EXTENSION) - bedprice ' >"$tmp/list3"
pg_restore -L "$tmp/list3" -d $restored "$tmp/u030.dump" >"$tmp/restore.out" 2>&1
check "4 pg_restore: exit status 0, no errors printed" "0:" "$?:$(cat "$tmp/restore.out")"
check "4 every row and column as in the updated database, the marked row included" "" \
    "$(diff <(q -d $db -c "$rows_sql"; q -d $db -c "$all_rows") <(q -d $restored -c "$rows_sql"; q -d $restored -c "$all_rows"))"
check "4 every recorded cost" "0 differ" "$(recheck_where $restored "true")"

# =====================================================================
# 5. Names 0.3.0 refuses
# =====================================================================
db_at $names 0.2.0
# 'Nova Pro<TAB>' beside 'Nova Pro' (must go), and '<VT>Vivid Model<TAB>'
# (trimmed, it is a name of its own: the hint's UPDATE settles it)
q -d $names -c "INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES
                    ('bedrock', E'Nova Pro\t', 'amazon.nova-lite-v1:0'),
                    ('bedrock', E'\x0BVivid Model\t', 'amazon.nova-pro-v1:0')"
check "5 0.2.0 prices 'Nova Pro<TAB>' as another model (defect 2, 0.2.0 side)" "0.06" \
    "$(q -d $names -c "SELECT bedprice.bedrock_cost(E'Nova Pro\t', 'us-east-1', 1000000, 0)")"
# (and prices kept from PUBLIC, as the README says to: the update keeps
# that, 0.3.0 granting only on what it adds)
q -d $names -c "REVOKE SELECT ON bedprice.prices FROM PUBLIC; GRANT SELECT ON bedprice.prices TO bedprice_admin"
acl_before=$(q -d $names -c "SELECT relacl FROM pg_class WHERE oid = 'bedprice.prices'::regclass")
names_rows=$(q -d $names -c "SELECT string_agg(t::text, E'\n' ORDER BY alias) FROM bedprice.model_aliases t")
out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d $names -c "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" 2>&1)
check "5 the update refuses: check_violation" \
    "ERROR:  23514: bedprice 0.3.0 refuses names with surrounding white space" "$(printf '%s\n' "$out" | grep '^ERROR')"
check "5 ... naming the aliases" \
    "DETAIL:  Names (as JSON strings): alias \"Nova Pro\\t\" of bedrock, alias \"\\u000bVivid Model\\t\" of bedrock.  Pricing read them as the trimmed name, which another row may hold." \
    "$(printf '%s\n' "$out" | grep '^DETAIL')"
check "5 still at 0.2.0, every alias as it was" "0.2.0
$names_rows" "$(extension_version $names)
$(q -d $names -c "SELECT string_agg(t::text, E'\n' ORDER BY alias) FROM bedprice.model_aliases t")"
# settled as the hint says: the twin deleted, the other trimmed with the
# hint's own expression
hint_trim=$(printf '%s\n' "$out" | grep '^HINT' | grep -o "btrim(alias, E'[^)]*')")
check "5 the hint gives a btrim expression" t "$([ -n "$hint_trim" ] && echo t || echo f)"
q -d $names -c "DELETE FROM bedprice.model_aliases WHERE alias = E'Nova Pro\t'"
q -d $names -c "UPDATE bedprice.model_aliases SET alias = $hint_trim WHERE alias LIKE '%Vivid Model%'"
check "5 the hint's expression trims the white space, and nothing else" "Vivid Model" \
    "$(q -d $names -c "SELECT alias FROM bedprice.model_aliases WHERE alias LIKE '%Vivid Model%'")"
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $names -c "ALTER EXTENSION bedprice UPDATE TO '0.3.0'" 2>&1)
check "5 settled, the update goes through" ":0.3.0" "$out:$(extension_version $names)"
check "5 the update keeps the privileges on the tables (SELECT on prices not PUBLIC's)" "$acl_before" \
    "$(q -d $names -c "SELECT relacl FROM pg_class WHERE oid = 'bedprice.prices'::regclass")"
check "5 and 'Nova Pro' is Nova Pro, 'vivid model' is too" "0.8|0.8" \
    "$(q -d $names -c "SELECT bedprice.bedrock_cost('Nova Pro', 'us-east-1', 1000000, 0) || '|' ||
                             bedprice.bedrock_cost('vivid model', 'us-east-1', 1000000, 0)")"

# =====================================================================
# 6. On to the current version: the update ends where a restore of the
#    0.3.0 database's dump into a fresh install does
# =====================================================================
usage_costs="CREATE FUNCTION pg_temp.cost(m text, r text, i bigint, o bigint, md text, at timestamptz)
             RETURNS text LANGUAGE plpgsql AS \$\$
             BEGIN RETURN bedprice.bedrock_cost(m, r, i, o, md, at => at)::text;
             EXCEPTION WHEN others THEN RETURN SQLSTATE; END \$\$;
             SELECT string_agg(n || ':' || coalesce(pg_temp.cost(model, region, in_tokens, out_tokens, mode, at), 'NULL'),
                               ',' ORDER BY n)
             FROM ($usages) u"
update_to_current "6" $db "$tmp" "$usage_costs"
check "6 every usage priced" 0 "$(q -d $db -c "$usage_costs" | tr ',' '\n' | grep -cv ':[0-9.]*$')"
check "6 the 0.2.0 user's rows are in the default book (aws), with none in another" "0|true" \
    "$(q -d $db -c "SELECT (SELECT count(*) FROM bedprice.prices WHERE NOT shipped AND book <> 'aws')
                          + (SELECT count(*) FROM bedprice.multipliers WHERE NOT shipped AND book <> 'aws')
                          || '|' || (SELECT count(*) > 0 FROM bedprice.prices WHERE NOT shipped)")"
