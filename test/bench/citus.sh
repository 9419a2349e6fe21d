#!/usr/bin/env bash
# citus.sh: the distributed sum against the local sum over the same rows,
# on a Citus cluster of a coordinator and two workers this script starts
# on loopback (test/citus_cluster.sh); skipped when Citus is not installed.
#
#   BENCH_CITUS_ROWS=N   rows in the usage table (default 2,000,000)
#   BENCH_RUNS=N         interleaved rounds, the fastest counts (default 3)
#
# On the coordinator: usage_local, a plain table, and usage_dist, the same
# rows distributed by id in 8 shards (4 on each worker).  Timed in one
# session, round after round: sum(bedrock_cost(...)) and sum() of the
# stored cost column, over each table; the local ones on one core and with
# two parallel workers, the distributed ones over connections Citus keeps
# (citus.max_cached_conns_per_worker = 4: one a shard) and over new ones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ROWS=${BENCH_CITUS_ROWS:-2000000}
RUNS=${BENCH_RUNS:-3}
for v in ROWS RUNS; do
    if ! [[ ${!v} =~ ^[1-9][0-9]*$ ]]; then
        echo "citus.sh: its $v must be a positive integer, not '${!v}'" >&2
        exit 2
    fi
done
. "$here/../citus_cluster.sh"
if ! citus_installed; then
    echo "== Citus: skipped (Citus is not installed for PostgreSQL 15)" >&2
    exit 0
fi
trap citus_stop EXIT
CITUS_SETTINGS="-c shared_buffers=512MB -c jit=off" citus_start $((${PGPORT:-5432} + 30))
printf '== Citus: a coordinator and two workers on this machine (%s cores), %s rows, best of %s rounds\n' \
    "$(nproc)" "$ROWS" "$RUNS" >&2
N coordinator "SET client_min_messages = warning; CREATE EXTENSION bedprice CASCADE; CREATE EXTENSION pg_prewarm" >/dev/null
# (Citus creates both extensions on the workers too)
PGHOST=$citus_dir/sock PGPORT=${citus_port[coordinator]} PGUSER=postgres \
    psql -X -q -v ON_ERROR_STOP=1 -d "$CITUS_DB" -v rows="$ROWS" -v runs="$RUNS" -f "$here/citus.sql"
