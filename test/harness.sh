#!/usr/bin/env bash
# harness.sh: the one entry point behind `make demo`, `make test`, `make bench`.
#
#   needs  list the Debian packages the build and tests still need
#   setup  install what is missing (PostgreSQL 15 server and headers), build
#          and install the extension; idempotent and quiet when all is there
#   demo   setup, a throwaway cluster, a small usage table, a cost report
#   test   setup, a throwaway cluster, every test suite; ends "N passed, N failed"
#   bench  setup, a throwaway cluster, test/bench/bench.sh
#
# The cluster lives under the checkout (.run/) on a private Unix socket, no
# TCP.  PostgreSQL refuses to run as root, so as root the server runs as the
# postgres OS user.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:-}
PGVER=15
PGBIN=/usr/lib/postgresql/$PGVER/bin
PORT=${BEDPRICE_PORT:-54329}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
say() { printf '== %s\n' "$*" >&2; }

# needed_packages: the Debian packages this machine lacks for the build and
# the tests, one a line.  The server headers are detected by the header the
# build includes first (postgres.h, where pg_config says the server headers
# live), not by pgxs.mk: Debian's postgresql-client package ships pgxs.mk
# and pg_config without the headers.  BEDPRICE_PG_CONFIG names another
# pg_config (the setup suite uses it to show a missing header reported).
needed_packages() {
    local pg_config=${BEDPRICE_PG_CONFIG:-$PGBIN/pg_config} include
    [ -x "$PGBIN/postgres" ] || echo "postgresql-$PGVER"
    include=$("$pg_config" --includedir-server 2>/dev/null) || include=
    [ -n "$include" ] && [ -f "$include/postgres.h" ] || echo "postgresql-server-dev-$PGVER"
    command -v make >/dev/null || echo make
    command -v gcc >/dev/null || echo gcc
    command -v perl >/dev/null || echo perl
    # the FOCUS conformance checker (test/focus/) is Python's standard library
    python3 -c 'import csv, decimal, json' 2>/dev/null || echo python3
    # the BI views suite (test/bi/introspect.py): SQLAlchemy's inspector over
    # psycopg2, as Superset reads a database; Debian's packages, for
    # Debian's python3 (the suite runs /usr/bin/python3)
    /usr/bin/python3 -c 'import sqlalchemy' 2>/dev/null || echo python3-sqlalchemy
    /usr/bin/python3 -c 'import psycopg2' 2>/dev/null || echo python3-psycopg2
    return 0
}

setup() {
    local need
    need=$(needed_packages | paste -sd' ')
    if [ -n "$need" ]; then
        say "installing $need"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            $need >/dev/null
        need=$(needed_packages | paste -sd' ')
        if [ -n "$need" ]; then
            echo "harness.sh: still missing after apt-get install: $need" >&2
            exit 1
        fi
    fi
    make -s -C "$top" PG_CONFIG="$PGBIN/pg_config" >/dev/null
    as_root make -s -C "$top" PG_CONFIG="$PGBIN/pg_config" install >/dev/null
}

# The run directory must be reachable by the server's OS user.
run_dir() {
    local dir=${BEDPRICE_RUN_DIR:-$top/.run}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            # the checkout is not reachable by postgres (say, under /root):
            # one directory per checkout under /tmp, reused by later runs
            dir=/tmp/bedprice-run-$(printf '%s' "$top" | md5sum | cut -c1-12)
            mkdir -p "$dir"
            chown postgres: "$dir"
            chmod 700 "$dir"
        fi
    fi
    echo "$dir"
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_cluster() {
    RUN=$(run_dir)
    export PGHOST=$RUN/sock PGPORT=$PORT PGUSER=postgres PGDATABASE=postgres
    stop_cluster quiet
    as_pg rm -rf "$RUN/data" "$RUN/sock"
    as_pg mkdir -p "$RUN/sock"
    as_pg "$PGBIN/initdb" -D "$RUN/data" -U postgres --auth=trust -E UTF8 --locale=C >"$RUN/initdb.log" 2>&1 ||
        { cat "$RUN/initdb.log" >&2; exit 1; }
    as_pg "$PGBIN/pg_ctl" -D "$RUN/data" -l "$RUN/server.log" -w -t 60 start \
        -o "-c listen_addresses='' -k $RUN/sock -p $PORT -c jit=off -c fsync=off \
            -c shared_buffers=${BEDPRICE_SHARED_BUFFERS:-256MB} -c max_parallel_workers_per_gather=2 \
            -c max_worker_processes=8 -c max_parallel_workers=4 -c max_prepared_transactions=4" >/dev/null ||
        { cat "$RUN/server.log" >&2; exit 1; }
    trap 'stop_cluster quiet' EXIT
}

stop_cluster() {
    [ -n "${RUN:-}" ] && [ -f "$RUN/data/postmaster.pid" ] || return 0
    as_pg "$PGBIN/pg_ctl" -D "$RUN/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_regress_run LABEL DIFFS MAKE-ARGS...: one pg_regress or
# pg_isolation_regress run through PGXS's installcheck; adds its counts.
pg_regress_run() {
    local label=$1 diffs=$2 rc ok bad
    shift 2
    say "$label"
    set +e
    make -C "$top" PG_CONFIG="$PGBIN/pg_config" installcheck "$@" >"$out" 2>&1
    rc=$?
    set -e
    grep -E '(^test |^ok |^not ok |\.\.\. )' "$out" || true
    ok=$(grep -cE '^(ok |test .* \.\.\. ok|     [a-z_]+ +\.\.\. ok)' "$out" || true)
    bad=$(grep -cE '(^not ok |\.\.\. FAILED|\.\.\. failed)' "$out" || true)
    if [ "$rc" != 0 ] && [ "$bad" = 0 ]; then
        cat "$out"; bad=1
    fi
    passed=$((passed + ok)); failed=$((failed + bad))
    if [ "$bad" != 0 ] && [ -f "$diffs" ]; then
        say "$diffs"
        cat "$diffs"
    fi
}

# pg_regress, the isolation specs, and every suite under test/ that
# follows test/lib.sh.
run_tests() {
    local passed=0 failed=0 out rc ok bad suite skipped=() s
    out=$(mktemp)

    pg_regress_run "pg_regress (sql/, expected/)" "$top/regression.diffs" ISOLATION=
    pg_regress_run "pg_isolation_regress (test/isolation/)" "$top/output_iso/regression.diffs" REGRESS=

    for suite in "$top"/test/suites/*.sh; do
        say "$(basename "$suite")"
        set +e
        BEDPRICE_RESULTS=$out.counts bash "$suite"
        rc=$?
        set -e
        if [ -f "$out.counts" ] && [ "$(cut -d' ' -f1 "$out.counts")" = skipped ]; then
            skipped+=("$(basename "$suite"): $(cut -d' ' -f2- "$out.counts")")
            rm -f "$out.counts"
            continue
        elif [ -f "$out.counts" ]; then
            read -r ok bad <"$out.counts"
            rm -f "$out.counts"
        else
            ok=0 bad=1
        fi
        [ "$rc" != 0 ] && [ "$bad" = 0 ] && bad=1
        passed=$((passed + ok)); failed=$((failed + bad))
    done
    rm -f "$out"
    for s in "${skipped[@]}"; do
        echo "skipped (not counted): $s"
    done
    echo "$passed passed, $failed failed"
    [ "$failed" = 0 ]
}

case "$cmd" in
    setup) setup ;;
    needs) needed_packages ;;
    demo)
        setup
        start_cluster
        psql -X -q -v ON_ERROR_STOP=1 -v top="$top" -f "$top/test/demo/demo.sql"
        ;;
    test)
        setup
        start_cluster
        run_tests
        ;;
    bench)
        setup
        BEDPRICE_SHARED_BUFFERS=2GB start_cluster
        bash "$top/test/bench/bench.sh"
        ;;
    *)
        echo "usage: $0 needs|setup|demo|test|bench" >&2
        exit 2
        ;;
esac
