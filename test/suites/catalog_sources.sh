#!/usr/bin/env bash
# catalog_sources.sh: the shipped catalog is the files of catalog/, covers
# every Bedrock model the peer data sets list, and the README lists it.
#
# Spec (issue 7, 1): every model Bedrock sells per token, under its real
# model ID; at least 80 Bedrock models, every model of @pydantic/genai-prices'
# AWS data and of models.dev's amazon-bedrock catalog that Bedrock still
# sells (test/fixtures/peer_bedrock_models.csv, made by
# catalog/build/make_peer_list.py), or the reason it is left out
# (catalog/left_out.csv); each price's source named; the README lists the
# models and the ones left out.
#
#   1  a fresh install holds exactly the rows of catalog/*.csv (and of
#      catalog/seed/*.csv in the seed book)
#   2  at least 80 Bedrock models; every peer ID resolves (bedprice's own
#      grammar and aliases) or is left out with a reason; nothing left out
#      is shipped
#   3  the README lists every shipped Bedrock model and every one left out
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c client_min_messages=warning"
db=bp_catalog_sources
top=$(cd "$(dirname "$0")/../.." && pwd)
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; finish' EXIT
fresh_db $db

# 1: data lines of each file (no field holds a line break) against the
# table's shipped rows
for t in models model_aliases; do
    check "1 $t: one shipped row a line of catalog/$t.csv" \
        "$(( $(wc -l <"$top/catalog/$t.csv") - 1 ))" \
        "$(q -d $db -c "SELECT count(*) FROM bedprice.$t WHERE shipped")"
done
# (prices and rules: the aws book's from catalog/, the seed book's from
# catalog/seed/)
for t in prices multipliers; do
    check "1 $t: one shipped row of the aws book a line of catalog/$t.csv" \
        "$(( $(wc -l <"$top/catalog/$t.csv") - 1 ))" \
        "$(q -d $db -c "SELECT count(*) FROM bedprice.$t WHERE shipped AND book = 'aws'")"
    check "1 $t: one shipped row of the seed book a line of catalog/seed/$t.csv" \
        "$(( $(wc -l <"$top/catalog/seed/$t.csv") - 1 ))" \
        "$(q -d $db -c "SELECT count(*) FROM bedprice.$t WHERE shipped AND book = 'seed-2026-04-10'")"
done

# 2
check "2 at least 80 Bedrock models" t \
    "$(q -d $db -c "SELECT count(*) >= 80 FROM bedprice.models WHERE provider = 'bedrock'")"
# (the fixture's bedrock_id: the peer's ID without routing prefix, as
# Bedrock names the model)
peers=$(tail -n +2 "$top/test/fixtures/peer_bedrock_models.csv" | cut -d, -f3 | sort -u)
left=$(tail -n +2 "$top/catalog/left_out.csv" | cut -d, -f2 | sort -u)
unresolved=$(while read -r id; do
    r=$(q -d $db -c "SET bedprice.on_unknown_model = 'null'; SELECT resolved_provider FROM bedprice.resolve_model('$id')")
    [ -n "$r" ] && continue
    printf '%s\n' "$left" | grep -qxF "$id" || echo "$id"
done <<<"$peers")
check "2 every Bedrock model of the peer data sets resolves, or is left out with a reason" "" "$unresolved"
check "2 $(printf '%s\n' "$peers" | wc -l) peer models checked (both data sets)" t \
    "$([ "$(printf '%s\n' "$peers" | wc -l)" -ge 100 ] && echo t || echo f)"
shipped_left=$(while read -r id; do
    q -d $db -c "SELECT model FROM bedprice.models WHERE provider = 'bedrock' AND model = '$id'"
done <<<"$left")
check "2 nothing left out is shipped" "" "$shipped_left"
check "2 every left-out model has a reason" "" \
    "$(tail -n +2 "$top/catalog/left_out.csv" | awk -F, 'length($3) < 10')"

# 3
section=$(sed -n '/<!-- shipped models/,/<!-- end of shipped models/p' "$top/README.md")
missing=$(q -d $db -c "SELECT model FROM bedprice.models WHERE provider = 'bedrock' ORDER BY model" |
          while read -r m; do printf '%s\n' "$section" | grep -qF "| \`$m\` |" || echo "$m"; done)
check "3 the README lists every shipped Bedrock model" "" "$missing"
missing=$(while read -r m; do printf '%s\n' "$section" | grep -qF -- "- \`$m\`:" || echo "$m"; done <<<"$left")
check "3 the README lists every model left out" "" "$missing"
