# citus_cluster.sh: sourced by test/suites/citus.sh and test/bench/citus.sh.
# Starts a Citus cluster on loopback in a directory of its own: a
# coordinator and two workers, each with the database $CITUS_DB and the
# citus extension, the workers added.  Needs Citus installed for
# PostgreSQL 15 (citus_installed says whether it is).
#
#   citus_installed            true when citus.so and citus.control are there
#   citus_start BASE_PORT      start the nodes on BASE_PORT, +1, +2
#   citus_node NAME PORT       start one more node (not added to the cluster)
#   citus_stop                 stop them and remove their directory
#   N NODE SQL                 run SQL on NODE (coordinator, worker1, worker2)
CITUS_PGBIN=/usr/lib/postgresql/15/bin
CITUS_DB=${CITUS_DB:-bp_citus}
citus_nodes=(coordinator worker1 worker2)
declare -A citus_port

citus_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

citus_installed() {
    local libdir sharedir
    libdir=$("$CITUS_PGBIN/pg_config" --pkglibdir)
    sharedir=$("$CITUS_PGBIN/pg_config" --sharedir)
    [ -f "$libdir/citus.so" ] && [ -f "$sharedir/extension/citus.control" ]
}

# unaligned, tuples only, stop on error, errors with the output
N() {
    PGHOST=$citus_dir/sock PGPORT=${citus_port[$1]} PGUSER=postgres \
        psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$CITUS_DB" -c "$2" 2>&1
}

# citus_node NAME PORT: start one node with its database and citus
citus_node() {
    local n=$1
    # two-phase commit for reference tables; loopback without TLS
    local settings="-c max_prepared_transactions=20 -c citus.node_conninfo=sslmode=disable -c fsync=off"
    citus_port[$n]=$2
    citus_as_pg "$CITUS_PGBIN/initdb" -D "$citus_dir/$n" -U postgres --auth=trust --no-sync >/dev/null
    citus_as_pg "$CITUS_PGBIN/pg_ctl" -D "$citus_dir/$n" -l "$citus_dir/$n.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -k $citus_dir/sock -p $2 -c shared_preload_libraries=citus $settings ${CITUS_SETTINGS:-}" \
        >/dev/null || { cat "$citus_dir/$n.log" >&2; return 1; }
    PGHOST=$citus_dir/sock PGPORT=$2 PGUSER=postgres psql -X -q -d postgres -c "CREATE DATABASE $CITUS_DB" >/dev/null
    N "$n" "SET client_min_messages = warning; CREATE EXTENSION citus" >/dev/null
}

citus_start() {
    local base=$1 n i=0
    citus_dir=$(citus_as_pg mktemp -d /tmp/bedprice-citus.XXXXXX)
    citus_as_pg mkdir "$citus_dir/sock"
    for n in "${citus_nodes[@]}"; do
        citus_node "$n" $((base + i))
        i=$((i + 1))
    done
    N coordinator "SELECT citus_set_coordinator_host('127.0.0.1', ${citus_port[coordinator]})" >/dev/null
    N coordinator "SELECT citus_add_node('127.0.0.1', ${citus_port[worker1]})" >/dev/null
    N coordinator "SELECT citus_add_node('127.0.0.1', ${citus_port[worker2]})" >/dev/null
}

citus_stop() {
    local n
    [ -n "${citus_dir:-}" ] || return 0
    for n in "${!citus_port[@]}"; do
        citus_as_pg "$CITUS_PGBIN/pg_ctl" -D "$citus_dir/$n" -m immediate stop >/dev/null 2>&1 || true
    done
    citus_as_pg rm -rf "$citus_dir"
}
