#!/usr/bin/env bash
# bench.sh: bedprice's benchmark, one command.  `make bench` runs it on a
# throwaway cluster (shared_buffers = 2GB); any cluster works, reached
# through PGHOST, PGPORT and PGUSER.
#
#   BENCH_ROWS=N     rows in the usage table (default 10,000,000)
#   BENCH_RUNS=N     runs per query, the fastest counts (default 2)
#   BENCH_SAMPLE=N   rows for the PL/pgSQL query (d) (default min(100,000, rows))
#   BENCH_KEEP=1     keep the databases bp_bench and bp_bench_mem
#   BENCH_VERBOSE=1  also print the plan of the SQL join (c)
#   BENCH_ONLY=analytics|landing|keys|citus   one of the parts (default all four)
#
# 1. Builds database bp_bench: the extension, a price change on 2025-04-01,
#    a usage table of realistic Bedrock calls (generate.sql), and what an
#    analyst would write without bedprice (analyst.sql).
# 2. Times, in one session, each query over the whole table on one core
#    (timing.sql): (a) constant prices in numeric, (b) bedrock_cost, (c) a
#    SQL join to an effective-dated price table, (d) a PL/pgSQL lookup per
#    row (over a sample), and (b) again with 2 parallel workers.
# 3. Prints ns/row, the ratios and their targets.  A missed target is
#    reported, not an error: this is a benchmark, not a test.
# 4. Measures the price cache's memory with ~10,000 price rows in its own
#    database (cache_memory.sql).
# 5. Drops both databases (unless BENCH_KEEP=1).
# 6. Pricing usage where it lands: landing.sh (the trigger, COPY, logs,
#    repricing; its own variables are described there).
# 7. Distinct keys: keys.sh (bedrock_cost with 100 keys against thousands
#    in one query, and against summing a cost column).
# 8. Citus: citus.sh (the distributed sum against the local sum on a
#    coordinator and two workers started on loopback; skipped without Citus).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
case "${BENCH_ONLY:-}" in
    landing) exec bash "$here/landing.sh" ;;
    keys) exec bash "$here/keys.sh" ;;
    citus) exec bash "$here/citus.sh" ;;
    ''|analytics) ;;
    *) echo "bench.sh: BENCH_ONLY is analytics, landing, keys or citus, not '$BENCH_ONLY'" >&2; exit 2 ;;
esac
ROWS=${BENCH_ROWS:-10000000}
RUNS=${BENCH_RUNS:-2}
DB=bp_bench
MEMDB=bp_bench_mem

for v in ROWS RUNS; do
    if ! [[ ${!v} =~ ^[1-9][0-9]*$ ]]; then
        echo "bench.sh: BENCH_$v must be a positive integer, not '${!v}'" >&2
        exit 2
    fi
done
SAMPLE=${BENCH_SAMPLE:-$((ROWS < 100000 ? ROWS : 100000))}
if ! [[ $SAMPLE =~ ^[1-9][0-9]*$ ]]; then
    echo "bench.sh: BENCH_SAMPLE must be a positive integer, not '$SAMPLE'" >&2
    exit 2
fi
((SAMPLE > ROWS)) && SAMPLE=$ROWS
VERBOSE=0
[ "${BENCH_VERBOSE:-0}" = 1 ] && VERBOSE=1

say() { printf '== %s\n' "$*" >&2; }
pg() { PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
    if [ "${BENCH_KEEP:-0}" != 1 ]; then
        pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
            -c "DROP DATABASE IF EXISTS $MEMDB WITH (FORCE)" >/dev/null 2>&1 || true
    fi
}

pg -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" \
    -c "DROP DATABASE IF EXISTS $MEMDB WITH (FORCE)"
trap cleanup EXIT

# ---- 1. the data ----
say "generating $ROWS usage rows in database $DB"
t0=$(now)
pg -d "$DB" -v rows="$ROWS" -v seed_prices="$(cat "$here/seed_prices.csv")" \
   -v seed_rules="$(cat "$here/seed_rules.csv")" -f "$here/generate.sql"
t1=$(now)
say "VACUUM (FREEZE, ANALYZE)"
pg -d "$DB" -c "VACUUM (FREEZE, ANALYZE) usage"
t2=$(now)
say "the analyst's tables and functions"
pg -d "$DB" -v sample="$SAMPLE" -f "$here/analyst.sql"
pg -d "$DB" -c "VACUUM (FREEZE, ANALYZE) usage_sample" -c "VACUUM ANALYZE bedprice.prices" \
    -c "VACUUM ANALYZE analyst.model_map, analyst.region_factor, analyst.mode_map, analyst.prices"
t3=$(now)

IFS='|' read -r version table_size table_bytes sb_size sb_bytes mix < <(pg -d "$DB" -A -t -F '|' -c "
    SELECT current_setting('server_version'),
           pg_size_pretty(pg_table_size('usage')), pg_table_size('usage'),
           current_setting('shared_buffers'),
           (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'),
           (SELECT format('%s%%/%s%%/%s%%/%s%%/%s%%/%s%%',
                          round(100.0 * count(*) FILTER (WHERE mode = 'on_demand') / count(*), 1),
                          round(100.0 * count(*) FILTER (WHERE mode = 'batch') / count(*), 1),
                          round(100.0 * count(*) FILTER (WHERE mode = 'provisioned') / count(*), 1),
                          round(100.0 * count(*) FILTER (WHERE model ~ '^(us|eu|global)\.') / count(*), 1),
                          round(100.0 * count(*) FILTER (WHERE cr_tok > 0 OR cw_tok > 0) / count(*), 1),
                          round(100.0 * count(*) FILTER (WHERE ts >= '2025-04-01 00:00+00') / count(*), 1))
            FROM usage)")

# ---- 2. and 3. the timings and the report ----
say "timing (a) (b) (c) (d) (b parallel), best of $RUNS"
echo "bedprice benchmark: $ROWS usage rows ($table_size; shared_buffers $sb_size), PostgreSQL $version, best of $RUNS runs"
echo "mix: on_demand/batch/provisioned/routed (us. eu. global.)/with cache tokens/after the price change = $mix"
echo "data generation: $(secs "$t0" "$t3") s (INSERT ... SELECT $(secs "$t0" "$t1") s, VACUUM FREEZE ANALYZE $(secs "$t1" "$t2") s, analyst tables and sample $(secs "$t2" "$t3") s)"
if ((table_bytes > sb_bytes)); then
    echo "warning: the table is larger than shared_buffers; timings include reads from the OS cache"
fi
echo
pg -d "$DB" -v rows="$ROWS" -v sample="$SAMPLE" -v runs="$RUNS" -v verbose="$VERBOSE" \
    -f "$here/timing.sql"

# ---- 4. the cache's memory ----
say "cache memory with ~10,000 price rows (database $MEMDB)"
pg -d postgres -c "CREATE DATABASE $MEMDB"
echo
pg -d "$MEMDB" -f "$here/cache_memory.sql"

# ---- 6. pricing usage where it lands ----
if [ "${BENCH_ONLY:-}" != analytics ]; then
    echo
    bash "$here/landing.sh"
    echo
    bash "$here/keys.sh"
    echo
    bash "$here/citus.sh"
fi

# ---- 5. cleanup: the EXIT trap ----
say "done$([ "${BENCH_KEEP:-0}" = 1 ] && echo "; kept databases $DB and $MEMDB" || true)"
