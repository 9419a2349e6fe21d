#!/usr/bin/env bash
# keys.sh: bedrock_cost against the number of distinct keys in a query
# (keys.sql), in database bp_bench_keys, dropped after (unless BENCH_KEEP=1).
#
#   BENCH_KEY_ROWS=N   rows per usage table (default 2,000,000)
#   BENCH_KEYS=N       distinct keys of the second table (default 10,000)
#   BENCH_RUNS=N       interleaved rounds, the fastest counts (default 3)
#   BENCH_BIG=N        price rows added for the large-catalog figures (default 100,000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ROWS=${BENCH_KEY_ROWS:-2000000}
KEYS=${BENCH_KEYS:-10000}
RUNS=${BENCH_RUNS:-3}
BIG=${BENCH_BIG:-100000}
DB=bp_bench_keys
for v in ROWS KEYS RUNS BIG; do
    if ! [[ ${!v} =~ ^[1-9][0-9]*$ ]]; then
        echo "keys.sh: its $v must be a positive integer, not '${!v}'" >&2
        exit 2
    fi
done
pg() { PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
    [ "${BENCH_KEEP:-0}" = 1 ] || pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
trap cleanup EXIT
pg -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm"
printf '== distinct keys, workers and catalog size: %s rows a table, 100 keys against %s, %s price rows added, best of %s rounds\n' \
    "$ROWS" "$KEYS" "$BIG" "$RUNS" >&2
PGOPTIONS="-c bench.runs=$RUNS" pg -d "$DB" -v rows="$ROWS" -v runs="$RUNS" -v many="$KEYS" -v big="$BIG" -f "$here/keys.sql"
