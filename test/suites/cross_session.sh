#!/usr/bin/env bash
# cross_session.sh: the backend-local price cache across sessions.
#
# Spec: "session A prices, session B updates a price and commits, A's next
# statement sees the new price; an aborted update changes nothing."
#
# Two long-lived psql sessions, A and B, are driven through FIFOs: `A SQL`
# sends SQL to session A and returns what A printed for it (results and
# error lines), `B SQL` the same for B.  Every call waits for its own
# marker (\echo), so the interleaving of A and B is exactly the order of
# the calls below: no sleeps, no races.  A stays one backend throughout
# (its pg_backend_pid is checked at the end), so its cache is long-lived.
#
#   1  A prices, B commits a new price, A's next statement sees it
#   2  B's uncommitted and rolled-back changes are invisible to A
#   3  B commits between two statements of A's READ COMMITTED transaction
#      (plain SQL, and through a PL/pgSQL function)
#   4  A's own change: visible to A's next statement, gone after ROLLBACK,
#      ROLLBACK TO SAVEPOINT, a failed transaction; committed, seen by B
#   5  aliases, regions and multipliers added, changed and deleted by B
#   6  cache_info().generation: one rebuild after B's commit, none otherwise
#   7  parallel query in A: same sum as serial, before and after changes
#   8  the snapshot a parallel query's cache is built from (REPEATABLE
#      READ; a commit by B, through dblink, during A's statement)
#
# Prices used (USD per 1M tokens, shipped rows, all regions, on demand):
#   Claude 3.5 Sonnet v2  input 3.00  output 15.00
#   Claude 3.5 Haiku      input 0.80  output  4.00
#   bedrock routing geo multiplier 1.10
set -u
. "$(dirname "$0")/../lib.sh"

db=bp_cross_session
sonnet=anthropic.claude-3-5-sonnet-20241022-v2:0
haiku=anthropic.claude-3-5-haiku-20241022-v1:0

fresh_db $db
q -d $db <<'SQL'
-- 200,000 usage rows: even g Sonnet v2 by its ID, odd g Haiku by its alias,
-- over three regions; every row 1000 tokens in, 500 out.
CREATE TABLE usage AS
SELECT g,
       CASE WHEN g % 2 = 0 THEN 'anthropic.claude-3-5-sonnet-20241022-v2:0'
            ELSE 'Claude 3.5 Haiku' END AS model,
       (ARRAY['us-east-1', 'us-west-2', 'eu-west-1'])[g % 3 + 1] AS region,
       1000::bigint AS in_tokens,
       500::bigint AS out_tokens
FROM generate_series(1, 200000) AS g;
ANALYZE usage;

-- A table that is not part of the catalog.
CREATE TABLE notes (id int PRIMARY KEY, body text);
INSERT INTO notes VALUES (1, 'x');

-- Pricing through PL/pgSQL: a simple expression, whose expression state
-- PL/pgSQL keeps for the whole transaction.
CREATE FUNCTION sonnet_cost_plpgsql(i bigint, o bigint) RETURNS numeric
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN bedprice.bedrock_cost('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1', i, o);
END
$$;
SQL

# For 8c: B's commit in the middle of one of A's statements, through dblink
# (a separate backend), called in a parallel plan's InitPlan, which the
# leader runs after the statement's snapshot and before any pricing.
b_conninfo="dbname=$db${PGHOST:+ host=$PGHOST}${PGPORT:+ port=$PGPORT}${PGUSER:+ user=$PGUSER}"
q -d $db <<SQL
CREATE EXTENSION dblink;
CREATE FUNCTION b_commits(p numeric) RETURNS int
LANGUAGE plpgsql VOLATILE PARALLEL RESTRICTED AS \$\$
BEGIN
    PERFORM dblink_exec('$b_conninfo',
        format('UPDATE bedprice.prices SET usd_per_mtok = %s
                WHERE provider = ''bedrock'' AND model = ''$sonnet'' AND charge = ''input''
                  AND region IS NULL AND routing = ''in_region'' AND mode = ''on_demand''
                  AND above_input_tokens = 0', p));
    RETURN 0;
END
\$\$;
SQL

# ---- the two sessions ----

tmp=$(mktemp -d)
declare -A sin sout spid

open_session() {
    local s=$1 fd
    mkfifo "$tmp/$s.in" "$tmp/$s.out"
    psql -X -A -t -q -v ON_ERROR_STOP=0 -v VERBOSITY=terse -d "$db" \
        <"$tmp/$s.in" >"$tmp/$s.out" 2>&1 &
    spid[$s]=$!
    exec {fd}>"$tmp/$s.in"
    sin[$s]=$fd
    exec {fd}<"$tmp/$s.out"
    sout[$s]=$fd
}

close_sessions() {
    local s
    for s in "${!sin[@]}"; do
        eval "exec ${sin[$s]}>&-"
        wait "${spid[$s]}" 2>/dev/null
        eval "exec ${sout[$s]}<&-"
    done
    sin=()
}

cleanup() {
    close_sessions
    rm -rf "$tmp"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
}
trap 'cleanup; finish' EXIT

# run SESSION SQL: send SQL (complete statements or one meta-command) and
# print the session's output for it, lines joined by newlines.
nsync=0
run() {
    local s=$1 sql=$2 line out='' mark
    case "$sql" in
        *';' | '\'*) ;;
        *) echo "run: unterminated SQL: $sql" >&2; return 1 ;;
    esac
    nsync=$((nsync + 1))
    mark="__sync_${BASHPID}_${nsync}__"   # unique even in $(...) subshells
    printf '%s\n\\echo %s\n' "$sql" "$mark" >&"${sin[$s]}"
    while IFS= read -r -t 60 -u "${sout[$s]}" line; do
        if [ "$line" = "$mark" ]; then
            printf '%s' "$out"
            return 0
        fi
        out+="${out:+$'\n'}$line"
    done
    printf '%s\n(session %s gave no reply)' "$out" "$s"
    return 1
}
A() { run A "$1"; }
B() { run B "$1"; }

open_session A
open_session B
A "SET client_min_messages = warning;" >/dev/null
B "SET client_min_messages = warning;" >/dev/null

pid_a=$(A "SELECT pg_backend_pid();")
pid_b=$(B "SELECT pg_backend_pid();")
check "A and B are two backends" t "$([ -n "$pid_a" ] && [ -n "$pid_b" ] && [ "$pid_a" != "$pid_b" ] && echo t || echo f)"

# SQL snippets
cost="SELECT bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000);"
# the one price row every case changes: Sonnet v2 input, base rate
sonnet_input="provider = 'bedrock' AND model = '$sonnet' AND charge = 'input'
  AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0"
set_input() { echo "UPDATE bedprice.prices SET usd_per_mtok = $1 WHERE $sonnet_input RETURNING usd_per_mtok;"; }
generation="SELECT generation FROM bedprice.cache_info();"

# =====================================================================
# 1. A prices, B updates and commits, A's next statement sees it
# =====================================================================
check "1 A prices first (builds its cache)" 18 "$(A "$cost")"   # 1M x $3.00 + 1M x $15.00 = 18
check "1 A's cache is built before B's change" t \
    "$(A "SELECT generation >= 1 AND targets >= 1 FROM bedprice.cache_info();")"
check "1 B updates the input price to 4.00 and commits" 4.00 "$(B "$(set_input 4.00)")"
check "1 A's next statement sees B's price" 19 "$(A "$cost")"  # 1M x $4.00 + 1M x $15.00 = 19
check "1 A again (cache rebuilt once, still right)" 19 "$(A "$cost")"

# =====================================================================
# 2. B's uncommitted and aborted changes are invisible to A
# =====================================================================
check "2 B begins and updates to 5.00" 5.00 "$(B "BEGIN; $(set_input 5.00)")"
check "2 A does not see B's uncommitted price" 19 "$(A "$cost")"  # still 4.00 + 15.00
check "2 B rolls back" "" "$(B "ROLLBACK;")"
check "2 A's next statement after B's rollback: old price" 19 "$(A "$cost")"  # 4.00 + 15.00
check "2 the table agrees" 4.00 "$(A "SELECT usd_per_mtok FROM bedprice.prices WHERE $sonnet_input;")"
check "2 B begins and updates to 5.00 again" 5.00 "$(B "BEGIN; $(set_input 5.00)")"
check "2 A does not see it before B commits" 19 "$(A "$cost")"
check "2 B commits" "" "$(B "COMMIT;")"
check "2 A sees it after B commits" 20 "$(A "$cost")"  # 1M x $5.00 + 1M x $15.00 = 20
check "2 B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "2 A sees the restored price" 18 "$(A "$cost")"  # 3.00 + 15.00

# =====================================================================
# 3. B commits between two statements of A's own transaction
# =====================================================================
check "3 A begins" "" "$(A "BEGIN;")"
check "3 A is READ COMMITTED" "read committed" "$(A "SHOW transaction_isolation;")"
check "3 A prices in its transaction" 18 "$(A "$cost")"  # 3.00 + 15.00
check "3 B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
check "3 A's second statement in the same transaction sees it" 19 "$(A "$cost")"  # 4.00 + 15.00
check "3 A commits" "" "$(A "COMMIT;")"

# The same through a PL/pgSQL function, called in two statements of one
# transaction (PL/pgSQL keeps a simple expression's state for the whole
# transaction, so the second statement reuses the first one's call site).
check "3 A begins (PL/pgSQL)" "" "$(A "BEGIN;")"
check "3 A prices through PL/pgSQL" 19 "$(A "SELECT sonnet_cost_plpgsql(1000000, 1000000);")"  # 4.00 + 15.00
check "3 B commits 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "3 A's next PL/pgSQL statement sees B's price" 18 \
    "$(A "SELECT sonnet_cost_plpgsql(1000000, 1000000);")"  # 3.00 + 15.00
check "3 A's next plain statement sees B's price" 18 "$(A "$cost")"
check "3 A commits (PL/pgSQL)" "" "$(A "COMMIT;")"

# =====================================================================
# 4. A's own change: seen by A's next statement, gone after rollback
# =====================================================================
check "4 A begins and updates to 5.00" 5.00 "$(A "BEGIN; $(set_input 5.00)")"
check "4 A sees its own uncommitted price" 20 "$(A "$cost")"  # 5.00 + 15.00
check "4 B does not see A's uncommitted price" 18 "$(B "$cost")"  # 3.00 + 15.00
check "4 A rolls back" "" "$(A "ROLLBACK;")"
check "4 A's next statement sees the original price" 18 "$(A "$cost")"  # 3.00 + 15.00

check "4 A begins, prices" 18 "$(A "BEGIN; $cost")"
check "4 A updates to 5.00 under a savepoint" 5.00 "$(A "SAVEPOINT s1; $(set_input 5.00)")"
check "4 A sees its price under the savepoint" 20 "$(A "$cost")"  # 5.00 + 15.00
check "4 A rolls back to the savepoint" "" "$(A "ROLLBACK TO SAVEPOINT s1;")"
check "4 after ROLLBACK TO SAVEPOINT: original price" 18 "$(A "$cost")"  # 3.00 + 15.00
check "4 A commits the rest" "" "$(A "COMMIT;")"
check "4 after COMMIT: original price" 18 "$(A "$cost")"

check "4 A updates to 5.00 under a released savepoint" 5.00 \
    "$(A "BEGIN; SAVEPOINT s2; $(set_input 5.00) RELEASE SAVEPOINT s2;")"
check "4 A sees it after RELEASE" 20 "$(A "$cost")"  # 5.00 + 15.00
check "4 A rolls back the transaction" "" "$(A "ROLLBACK;")"
check "4 after ROLLBACK: original price" 18 "$(A "$cost")"

check "4 A updates to 5.00, then an error aborts its transaction" 5.00 "$(A "BEGIN; $(set_input 5.00)")"
check "4 A sees its price before the error" 20 "$(A "$cost")"  # 5.00 + 15.00
check "4 the error" "ERROR:  division by zero" "$(A "SELECT 1/0;")"
check "4 A rolls back the failed transaction" "" "$(A "ROLLBACK;")"
check "4 after the failed transaction: original price" 18 "$(A "$cost")"

check "4 A commits its own update to 5.00" 5.00 "$(A "BEGIN; $(set_input 5.00) COMMIT;")"
check "4 A sees its committed price" 20 "$(A "$cost")"  # 5.00 + 15.00
check "4 B (its cache built earlier) sees A's commit" 20 "$(B "$cost")"
check "4 B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "4 A sees the restored price" 18 "$(A "$cost")"

# =====================================================================
# 5. New and deleted aliases and regions; another catalog table
# =====================================================================
alias_cost="SELECT bedprice.bedrock_cost('Cross Session Sonnet', 'us-east-1', 1000000, 1000000);"
region_cost="SELECT bedprice.bedrock_cost('$sonnet', 'xx-cross-1', 1000000, 1000000);"
both_cost="SELECT bedprice.bedrock_cost('Cross Session Sonnet', 'xx-cross-1', 1000000, 1000000);"
check "5 A: the alias is unknown" 'ERROR:  unknown model "cross session sonnet"' "$(A "$alias_cost")"
check "5 A: the region is unknown" 'ERROR:  unknown region "xx-cross-1"' "$(A "$region_cost")"
check "5 A: unknown alias priced as NULL with on_unknown_model = null" "(null)" \
    "$(A "SET bedprice.on_unknown_model = 'null';
          SELECT coalesce(bedprice.bedrock_cost('Cross Session Sonnet', 'us-east-1', 1000000, 1000000)::text, '(null)');")"
check "5 B inserts the alias and the region" "Cross Session Sonnet
xx-cross-1" "$(B "BEGIN;
    INSERT INTO bedprice.model_aliases (provider, alias, model)
        VALUES ('bedrock', 'Cross Session Sonnet', '$sonnet') RETURNING alias;
    INSERT INTO bedprice.regions (region, geography, display_name)
        VALUES ('xx-cross-1', 'xx', 'Cross-session test region') RETURNING region;
    COMMIT;")"
check "5 A (on_unknown_model = null) now prices the alias" 18 \
    "$(A "SELECT bedprice.bedrock_cost('Cross Session Sonnet', 'us-east-1', 1000000, 1000000);")"  # 3.00 + 15.00
A "RESET bedprice.on_unknown_model;" >/dev/null
check "5 A prices with the new alias" 18 "$(A "$alias_cost")"    # 3.00 + 15.00 (all-region rows)
check "5 A prices in the new region" 18 "$(A "$region_cost")"    # 3.00 + 15.00
check "5 A prices with both" 18 "$(A "$both_cost")"              # 3.00 + 15.00
check "5 B deletes the alias and the region" "Cross Session Sonnet
xx-cross-1" "$(B "DELETE FROM bedprice.model_aliases WHERE alias = 'Cross Session Sonnet' RETURNING alias;
    DELETE FROM bedprice.regions WHERE region = 'xx-cross-1' RETURNING region;")"
check "5 A: the deleted alias is unknown again" 'ERROR:  unknown model "cross session sonnet"' "$(A "$alias_cost")"
check "5 A: the deleted region is unknown again" 'ERROR:  unknown region "xx-cross-1"' "$(A "$region_cost")"

geo_cost="SELECT bedprice.bedrock_cost('us.$sonnet', 'us-east-1', 1000000, 1000000);"
check "5 A prices geo routing" 19.8 "$(A "$geo_cost")"  # (3.00 + 15.00) x 1.10 = 19.8
check "5 B raises the geo multiplier to 1.20" 1.20 "$(B "UPDATE bedprice.multipliers SET factor = 1.20
    WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo' RETURNING factor;")"
check "5 A sees B's multiplier" 21.6 "$(A "$geo_cost")"  # (3.00 + 15.00) x 1.20 = 21.6
check "5 B restores the geo multiplier" 1.10 "$(B "UPDATE bedprice.multipliers SET factor = 1.10
    WHERE provider = 'bedrock' AND dimension = 'routing' AND value = 'geo' RETURNING factor;")"
check "5 A sees the restored multiplier" 19.8 "$(A "$geo_cost")"  # 18 x 1.10

# =====================================================================
# 6. The cache's generation: a rebuild after B's commit, none otherwise
# =====================================================================
A "$cost" >/dev/null
g1=$(A "$generation")
check "6 A prices again" 18 "$(A "$cost")"
g2=$(A "$generation")
check "6 cache_info() reports a generation" t "$([[ $g1 =~ ^[0-9]+$ ]] && echo t || echo f)"
check "6 no rebuild between statements when nothing changed" "$g1" "$g2"
check "6 B changes a table outside the catalog" 1 "$(B "UPDATE notes SET body = 'y' WHERE id = 1 RETURNING id;")"
check "6 A prices after B's unrelated change" 18 "$(A "$cost")"
check "6 no rebuild after a change outside the catalog" "$g2" "$(A "$generation")"
check "6 B updates the price to 9.00 and rolls back" 9.00 "$(B "BEGIN; $(set_input 9.00) ROLLBACK;")"
check "6 A prices after B's rollback" 18 "$(A "$cost")"
check "6 no rebuild after B's rollback" "$g2" "$(A "$generation")"
check "6 B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
g3=$(A "$generation")
check "6 the generation increases after B's commit" t "$([ -n "$g3" ] && [ -n "$g2" ] && [ "$g3" -gt "$g2" ] && echo t || echo f)"
check "6 A prices with the rebuilt cache" 19 "$(A "$cost")"  # 4.00 + 15.00
check "6 no further rebuild" "$g3" "$(A "$generation")"
check "6 B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"

# =====================================================================
# 7. Parallel query in A: same sum as serial, before and after B's change
# =====================================================================
total="SELECT trim_scale(sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens))) FROM usage;"
explain="EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $total"
parallel="SET max_parallel_workers_per_gather = 2;"
serial="SET max_parallel_workers_per_gather = 0;"
launched() { sed -n 's/.*Workers Launched: \([0-9]*\).*/\1/p' | head -1; }
at_least_one() { [ "${1:-0}" -ge 1 ] 2>/dev/null && echo t || echo f; }

A "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
   SET parallel_leader_participation = on; $parallel" >/dev/null
check "7 A prices first, serially" 18 "$(A "$cost")"
# 100,000 Sonnet rows x (1000 x $3.00 + 500 x $15.00) / 1M = 100,000 x 0.0105 = 1050
# 100,000 Haiku rows  x (1000 x $0.80 + 500 x  $4.00) / 1M = 100,000 x 0.0028 =  280
check "7 parallel sum" 1330 "$(A "$total")"  # 1050 + 280
check "7 the plan has workers" t "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "7 serial sum" 1330 "$(A "$serial $total $parallel")"

check "7 B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
# Sonnet: 100,000 x (1000 x $4.00 + 500 x $15.00) / 1M = 100,000 x 0.0115 = 1150
check "7 A's next statement, parallel, sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "7 the plan still has workers" t "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "7 serial sum after B's change" 1430 "$(A "$serial $total $parallel")"

# Workers only: each prices with its own freshly built cache.
check "7 workers-only parallel sum" 1430 \
    "$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")"

# A's own uncommitted change reaches the workers (they share A's transaction).
check "7 A begins and sets Haiku output to 5.00" 5.00 "$(A "BEGIN;
    UPDATE bedprice.prices SET usd_per_mtok = 5.00
    WHERE provider = 'bedrock' AND model = '$haiku' AND charge = 'output'
      AND region IS NULL AND mode = 'on_demand' AND above_input_tokens = 0
    RETURNING usd_per_mtok;")"
# Haiku: 100,000 x (1000 x $0.80 + 500 x $5.00) / 1M = 100,000 x 0.0033 = 330
check "7 parallel sum with A's own uncommitted change" 1480 "$(A "$total")"  # 1150 + 330
check "7 workers-only sum with A's own uncommitted change" 1480 \
    "$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")"
check "7 the plan in A's writing transaction has workers" t \
    "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "7 serial sum with A's own uncommitted change" 1480 "$(A "$serial $total $parallel")"
check "7 A rolls back" "" "$(A "ROLLBACK;")"
check "7 parallel sum after A's rollback" 1430 "$(A "$total")"  # 1150 + 280

check "7 B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "7 parallel sum after B's restore" 1330 "$(A "$total")"           # 1050 + 280
check "7 serial sum after B's restore" 1330 "$(A "$serial $total $parallel")"

# =====================================================================
# 8. Which snapshot a parallel query's cache is built from
# =====================================================================
# The leader's own calls in a parallel plan (a select-list call above the
# Gather; workers-only scan) and the workers' calls.
leader_and_workers="SET parallel_leader_participation = off;
  SELECT trim_scale(sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens))) AS workers,
         bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000) AS leader
  FROM usage;
  SET parallel_leader_participation = on;"

# a) REPEATABLE READ: B commits between two statements of A's transaction.
#    Whichever price A's statement uses, its workers must use the same.
check "8a A begins REPEATABLE READ, prices serially" 1330 \
    "$(A "BEGIN ISOLATION LEVEL REPEATABLE READ; $serial $total $parallel")"   # 1050 + 280
check "8a B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
rr_serial=$(A "$serial $total $parallel")
rr_workers=$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")
# 1330 (A's snapshot: 3.00) or 1430 (B's commit: 4.00); the spec leaves the
# choice open under REPEATABLE READ, but serial and parallel must agree.
check "8a the serial sum is that of one of the two prices" t \
    "$(case "$rr_serial" in 1330 | 1430) echo t ;; *) echo f ;; esac)"
check "8a REPEATABLE READ: workers-only parallel sum equals the serial sum" "$rr_serial" "$rr_workers"
check "8a A commits" "" "$(A "COMMIT;")"
check "8a after A's transaction: A sees B's price" 19 "$(A "$cost")"   # 4.00 + 15.00
check "8a B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "8a A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# b) REPEATABLE READ: B commits after A's snapshot; A's next pricing is a
#    parallel query (the leader rebuilds its cache in parallel mode).  Once
#    A's transaction is over, A's next statement must see B's price.
check "8b A begins REPEATABLE READ, takes its snapshot" 1 \
    "$(A "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM notes;")"
check "8b B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
check "8b A's parallel statement (workers and leader agree)" "1330|18" "$(A "$leader_and_workers")"  # A's snapshot: 3.00
check "8b A commits" "" "$(A "COMMIT;")"
check "8b A's next statement sees B's price" 19 "$(A "$cost")"         # 4.00 + 15.00
check "8b A's next parallel sum sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "8b B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "8b A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# c) READ COMMITTED: B (through dblink) commits during A's parallel
#    statement, after its snapshot and before the leader's first call.  The
#    statement itself may use either price; A's next statement must see B's.
during="SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)) IN (1330, 1430)
             AND bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000) IN (18, 19)
      FROM usage WHERE (SELECT b_commits(4.00)) = 0;"
check "8c the plan: B's commit in an InitPlan the leader runs before the Gather" "Params Evaluated: \$0" \
    "$(A "EXPLAIN (COSTS OFF) $during" | grep -o 'Params Evaluated: .*')"
check "8c A's parallel statement, B commits 4.00 during it" t \
    "$(A "SET parallel_leader_participation = off; $during SET parallel_leader_participation = on;")"
check "8c the table has B's price" 4.00 "$(A "SELECT usd_per_mtok FROM bedprice.prices WHERE $sonnet_input;")"
check "8c A's next statement sees B's price" 19 "$(A "$cost")"         # 4.00 + 15.00
check "8c A's next parallel sum sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "8c B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "8c A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# =====================================================================
check "A stayed one backend" "$pid_a" "$(A "SELECT pg_backend_pid();")"
check "B stayed one backend" "$pid_b" "$(B "SELECT pg_backend_pid();")"
