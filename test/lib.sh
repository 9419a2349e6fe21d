# lib.sh: sourced by every suite in test/suites/.
#
# A suite runs against the cluster the harness started (PGHOST, PGPORT and
# PGUSER are set), makes its own database, and counts its checks: each
# `check` prints "ok - name" or "not ok - name" with both values, and the
# counts go to $BEDPRICE_RESULTS as "passed failed" when the suite exits.

passed=0
failed=0

# check NAME EXPECTED ACTUAL
check() {
    if [ "$2" == "$3" ]; then
        passed=$((passed + 1))
        echo "ok - $1"
    else
        failed=$((failed + 1))
        echo "not ok - $1"
        echo "#   expected: $2"
        echo "#   actual:   $3"
    fi
}

finish() {
    [ -n "${BEDPRICE_RESULTS:-}" ] && echo "$passed $failed" >"$BEDPRICE_RESULTS"
    echo "# $passed passed, $failed failed"
}
trap finish EXIT

# q [psql args...]: unaligned, tuples only, stop on error.
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }

# fresh_db NAME: a new database with the extension.
fresh_db() {
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    PGOPTIONS="-c client_min_messages=warning" q -d "$1" -c "CREATE EXTENSION bedprice CASCADE"
}
