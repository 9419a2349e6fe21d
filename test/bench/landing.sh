#!/usr/bin/env bash
# landing.sh: the benchmark of pricing usage where it lands (the
# price_usage trigger, COPY, invocation logs, repricing).  bench.sh runs it
# after its own queries; it reaches the cluster through PGHOST, PGPORT and
# PGUSER, as root with the server running as postgres.
#
#   BENCH_LAND_ROWS=N      rows inserted and copied (default 1,000,000)
#   BENCH_REPRICE_ROWS=N   rows repriced (default 10,000,000)
#   BENCH_RUNS=N           alternated rounds, the fastest counts (default 2)
#
# 1. landing.sql: INSERT ... SELECT into (a) a plain table, (b) the same
#    with bedprice.price_usage, (c) with a PL/pgSQL trigger calling
#    bedrock_cost, (d) with PostgreSQL's own C trigger setting a column
#    (tsvector_update_trigger, a reference); COPY into (a), (b) and (d);
#    invocation_cost against bedrock_cost over the same usages; in one
#    session, rounds alternated.
# 2. CALL bedprice.reprice over a table of BENCH_REPRICE_ROWS rows after a
#    correction that changes every row's cost: rows/s, and the backend's
#    peak private memory (RssAnon, sampled from /proc every 50 ms).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ROWS=${BENCH_LAND_ROWS:-1000000}
REPRICE_ROWS=${BENCH_REPRICE_ROWS:-10000000}
RUNS=${BENCH_RUNS:-2}
DB=bp_bench_land
for v in ROWS REPRICE_ROWS RUNS; do
    if ! [[ ${!v} =~ ^[1-9][0-9]*$ ]]; then
        echo "landing.sh: $v must be a positive integer, not '${!v}'" >&2
        exit 2
    fi
done

say() { printf '== %s\n' "$*" >&2; }
pg() { PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }

copyfile=/tmp/bp_bench_land.$$.copy	# the server writes it, the COPYs read it
cleanup() {
    pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    rm -f "$copyfile"
}
trap cleanup EXIT
pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# ---- 1. ----
say "landing: $ROWS rows inserted, copied and read from logs, $RUNS rounds"
echo "Pricing usage where it lands: $ROWS rows, best of $RUNS alternated rounds, one session"
pg -d "$DB" -v rows="$ROWS" -v runs="$RUNS" -v copyfile="$copyfile" -f "$here/landing.sql"
pg -d "$DB" -c "DROP TABLE plain, priced, plpgsql_priced, c_trigger, logs, extracted"

# ---- 2. ----
say "reprice: $REPRICE_ROWS rows"
pg -d "$DB" -v rows="$REPRICE_ROWS" <<'SQL'
CREATE TABLE big (LIKE src, cost numeric, status text, words tsvector);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON big FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'mode=mode',
        'in=input_tokens', 'out=output_tokens', 'cache_read=cache_read_tokens',
        'cache_write=cache_write_tokens', 'at=at', 'status=status');
INSERT INTO big (at, request_id, account_id, model, region, mode, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens)
SELECT s.at + k * interval '31 days', s.request_id, s.account_id, s.model, s.region, s.mode, s.input_tokens, s.output_tokens,
       s.cache_read_tokens, s.cache_write_tokens
FROM generate_series(0, (:rows - 1) / (SELECT count(*) FROM src)) AS k, src s
LIMIT :rows;
VACUUM (FREEZE, ANALYZE) big;
-- a correction that changes every row: 5% off every vendor's models
INSERT INTO bedprice.price_books (book, parent, description) VALUES ('corrected', 'aws', 'bench: 5% off');
SELECT bedprice.set_multiplier('bedrock', 'vendor', v, 0.95, '-infinity', book => 'corrected')
FROM unnest(ARRAY['anthropic', 'amazon', 'meta']) AS v \g /dev/null
SQL
size=$(pg -d "$DB" -A -t -c "SELECT pg_size_pretty(pg_table_size('big'))")
peak_file=$(mktemp)
(   # the reprice backend's private memory, sampled until it ends
    pid=
    while [ -z "$pid" ]; do
        pid=$(pg -d "$DB" -A -t -c "SELECT pid FROM pg_stat_activity WHERE query LIKE 'CALL bedprice.reprice%' AND pid <> pg_backend_pid()" 2>/dev/null || true)
        sleep 0.05
    done
    peak=0
    while kb=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [ -n "$kb" ]; do
        ((kb > peak)) && peak=$kb
        echo "$peak" >"$peak_file"
        sleep 0.05
    done
) &
sampler=$!
t0=$(now)
changed=$(PGOPTIONS="-c bedprice.price_book=corrected" pg -d "$DB" -A -t -c "CALL bedprice.reprice('big')")
t1=$(now)
wait "$sampler" || true
peak=$(cat "$peak_file"); rm -f "$peak_file"
awk -v rows="$REPRICE_ROWS" -v changed="$changed" -v a="$t0" -v b="$t1" -v peak="$peak" -v size="$size" 'BEGIN {
    s = b - a
    printf "\nreprice: %d rows (%s), %d changed, %.1f s: %.0f rows/s; backend peak private memory (RssAnon) %.1f MiB\n",
           rows, size, changed, s, rows / s, peak / 1024 }'
