#!/usr/bin/env bash
# bi_views.sh: bedprice's views as a BI tool sees them.
#
# Spec (issue 9, 4): BI tools (Metabase, Superset, Grafana) read views and
# their comments.  SQLAlchemy's inspector, as Superset uses it when a
# dataset is added (test/bi/introspect.py, over psycopg2), connected as an
# ordinary login role:
#
#   1  finds each view in schema bedprice (price_list, bedrock_premiums,
#      routing_prices, price_history), each with its comment
#   2  sees every column the catalog has for it, each of a plain type
#      (text, numeric, bigint, boolean, timestamp with time zone) and with
#      a comment
#   3  reads every row of every view through the driver (no value it
#      cannot take), as many rows as psql counts
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c client_min_messages=warning"
db=bp_bi_views
role=bp_bi_reader
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp)
trap 'rm -f "$out"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1; finish' EXIT
fresh_db $db
q -d postgres -c "DROP ROLE IF EXISTS $role" -c "CREATE ROLE $role LOGIN"

# Debian's python3, which Debian's python3-sqlalchemy and python3-psycopg2
# are for (the harness installs them); another python3 on the PATH may lack them
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" "$top/test/bi/introspect.py" --db "$db" --user "$role" >"$out" 2>&1
check "the inspector runs as $role (exit status, no message)" "0:" "$?:$(grep -v -P '^(view|column|rows)\t' "$out")"

views="bedrock_premiums price_history price_list routing_prices"
for v in $views; do
    check "1 $v: found, with its comment" "yes" "$(awk -F'\t' -v v="$v" '$1 == "view" && $2 == v { print $3 }' "$out")"
    check "2 $v: the inspector's columns are the catalog's, in order" \
        "$(q -d "$db" -c "SELECT string_agg(attname, ' ' ORDER BY attnum) FROM pg_attribute
                          WHERE attrelid = 'bedprice.$v'::regclass AND attnum > 0 AND NOT attisdropped")" \
        "$(awk -F'\t' -v v="$v" '$1 == "column" && $2 == v { printf "%s%s", sep, $3; sep = " " }' "$out")"
    check "2 $v: every column of a plain type" "" \
        "$(awk -F'\t' -v v="$v" '$1 == "column" && $2 == v && $4 !~ /^(TEXT|NUMERIC|BIGINT|BOOLEAN|TIMESTAMP WITH TIME ZONE)$/ { print $3 ": " $4 }' "$out")"
    check "2 $v: every column with a comment" "" \
        "$(awk -F'\t' -v v="$v" '$1 == "column" && $2 == v && $5 != "yes" { print $3 }' "$out")"
    check "3 $v: every row read through the driver" \
        "$(q -d "$db" -c "SELECT count(*) FROM bedprice.$v")" \
        "$(awk -F'\t' -v v="$v" '$1 == "rows" && $2 == v { print $3 }' "$out")"
done
check "1 no other view in schema bedprice" "$views" \
    "$(awk -F'\t' '$1 == "view" { printf "%s%s", sep, $2; sep = " " }' "$out")"
