#!/usr/bin/env bash
# standby.sh: pricing on a hot standby of the harness's cluster.
#
# Spec: a standby prices as its primary does, and sees a catalog change
# once replayed.  On a standby the copy of the latest catalog reads every
# price at once: replay makes a commit visible before its invalidation,
# and replays no commit lock, so a model's prices read later could mix two
# states of the catalog.  (The first 0.5.0 build read them later there and
# proved its snapshots with the commit lock, which a standby refuses:
# every statement after the first failed.)
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

PGBIN=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
db=bp_standby
fresh_db $db
dir=$(as_pg mktemp -d /tmp/bedprice-standby.XXXXXX)
port=$((PGPORT + 7))
stop() { as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; as_pg rm -rf "$dir"; }
trap 'stop; finish' EXIT

as_pg mkdir "$dir/sock"
as_pg "$PGBIN/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -D "$dir/data" -R -X stream
# a hot standby needs at least the primary's values of these (the harness
# sets some on the primary's command line, which a base backup does not copy)
settings=$(q -d $db -c "SELECT string_agg(format('-c %s=%s', name, setting), ' ') FROM pg_settings
                        WHERE name IN ('max_connections', 'max_prepared_transactions', 'max_worker_processes',
                                       'max_wal_senders', 'max_locks_per_transaction')")
as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start \
    -o "-c listen_addresses='' -k $dir/sock -p $port -c hot_standby=on $settings" >/dev/null ||
    { cat "$dir/log"; exit 1; }
S() { PGHOST=$dir/sock PGPORT=$port q -d $db -c "$1" 2>&1; }
# wait until the standby has replayed everything the primary wrote so far
caught_up() {
    local lsn
    lsn=$(q -d $db -c "SELECT pg_current_wal_lsn()")
    for _ in $(seq 1 300); do
        [ "$(S "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] && return 0
        sleep 0.1
    done
    return 1
}

haiku="SELECT bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 1000000, 1000000);"
sonnet="SELECT bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', 1000000, 1000000);"
caught_up
check "the standby is in recovery" t "$(S "SELECT pg_is_in_recovery();")"
# one session, several statements: each after the first reuses the copy
check "one session on the standby prices three statements" "4.8|18|4.8|t" \
    "$(S "$haiku $sonnet $haiku
          SELECT price_rows = (SELECT count(*) FROM bedprice.prices) FROM bedprice.cache_info();" | paste -sd'|')"
check "a REPEATABLE READ transaction on the standby" "4.8|18" \
    "$(S "BEGIN ISOLATION LEVEL REPEATABLE READ; $haiku $sonnet COMMIT;" | grep -v '^BEGIN\|^COMMIT' | paste -sd'|')"
q -d $db -c "UPDATE bedprice.prices SET usd_per_mtok = 1.80
             WHERE provider = 'bedrock' AND book = 'aws' AND model = 'anthropic.claude-3-5-haiku-20241022-v1:0'
               AND charge = 'input' AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand'
               AND above_input_tokens = 0" >/dev/null
caught_up
check "the primary's change, once replayed, is priced on the standby" "5.8" "$(S "$haiku")"
