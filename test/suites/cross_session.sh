#!/usr/bin/env bash
# cross_session.sh: the backend-local price cache in parallel queries, with
# another session committing.
#
# Spec: "a parallel query prices like the same query run serially: its
# workers use the catalog its leader uses, the statement's; the next
# statement sees what another session committed."  The rest of the
# cross-session behaviour (commits between statements, rollbacks,
# savepoints, REPEATABLE READ, PL/pgSQL, cursors, the breakdown) is in the
# isolation specs under test/isolation/; this suite holds what a spec
# cannot express: parallel plans (EXPLAIN ANALYZE's worker counts) and a
# commit made during one of A's statements (through dblink).
#
# Two long-lived psql sessions, A and B, are driven through FIFOs: `A SQL`
# sends SQL to session A and returns what A printed for it (results and
# error lines), `B SQL` the same for B.  Every call waits for its own
# marker (\echo), so the interleaving of A and B is exactly the order of
# the calls below: no sleeps, no races.  A stays one backend throughout
# (its pg_backend_pid is checked at the end), so its cache is long-lived.
#
#   1  parallel query in A: same sum as serial, before and after changes,
#      workers only, and with A's own uncommitted change
#   2  the snapshot a parallel query's cache is built from (REPEATABLE
#      READ; a commit by B, through dblink, during A's statement)
#   3  B commits during A's scan, after rows were priced (serial, workers
#      only, leader and workers; with a copy the scan builds, and with one
#      an earlier statement built): the statement keeps its prices everywhere
#   4  a REPEATABLE READ copy that reads a model's prices on first use: B
#      cannot truncate the table under it; an error during that read (a
#      lock timeout) leaves nothing half built
#
# Prices used (USD per 1M tokens, shipped rows, all regions, on demand):
#   Claude 3.5 Sonnet v2  input 3.00  output 15.00
#   Claude 3.5 Haiku      input 0.80  output  4.00
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

-- A table that is not part of the catalog (a REPEATABLE READ snapshot).
CREATE TABLE notes (id int PRIMARY KEY, body text);
INSERT INTO notes VALUES (1, 'x');
SQL

# For 2c: B's commit in the middle of one of A's statements, through dblink
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
                WHERE provider = ''bedrock'' AND book = ''aws'' AND model = ''$sonnet'' AND charge = ''input''
                  AND region IS NULL AND routing = ''in_region'' AND mode = ''on_demand''
                  AND above_input_tokens = 0', p));
    RETURN 0;
END
\$\$;

-- For 3f: statements of its own, for each row it is called on: one that
-- writes (so that the next has a snapshot of its own, a new command), one
-- that prices.
CREATE FUNCTION inner_cost() RETURNS numeric LANGUAGE plpgsql VOLATILE AS \$\$
BEGIN
    UPDATE notes SET body = body WHERE id = 1;
    RETURN bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000);
END
\$\$;

-- For 4: a statement that prices inside a subtransaction, which fails
-- (STABLE: its statements are the caller's, one snapshot).
CREATE FUNCTION priced_then_failed() RETURNS boolean LANGUAGE plpgsql STABLE AS \$\$
BEGIN
    BEGIN
        PERFORM bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000);
        RAISE division_by_zero;
    EXCEPTION WHEN division_by_zero THEN
        RETURN true;
    END;
END
\$\$;
SQL

# For 3: the first 100,000 rows Sonnet v2, the next 100,000 Haiku, so the
# workers meet Haiku only after B's commit at row 50,000 (a worker's cache
# loading Haiku's prices then must read the query's snapshot, not B's).
# commit_at is marked PARALLEL SAFE so that a worker runs it: dblink works
# in a worker, which writes nothing itself (a test's fib, not a pattern).
q -d $db <<SQL
CREATE TABLE usage_halves AS
SELECT g, CASE WHEN g <= 100000 THEN '$sonnet' ELSE '$haiku' END AS model,
       (ARRAY['us-east-1', 'us-west-2', 'eu-west-1'])[g % 3 + 1] AS region,
       1000::bigint AS in_tokens, 500::bigint AS out_tokens
FROM generate_series(1, 200000) AS g;
ANALYZE usage_halves;
CREATE FUNCTION commit_at(g int, n int, sonnet_in numeric, haiku_in numeric) RETURNS boolean
LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS \$\$
BEGIN
    IF g = n THEN
        PERFORM dblink_exec('$b_conninfo',
            format('UPDATE bedprice.prices SET usd_per_mtok = CASE model WHEN ''$sonnet'' THEN %s ELSE %s END
                    WHERE provider = ''bedrock'' AND book = ''aws'' AND model IN (''$sonnet'', ''$haiku'')
                      AND charge = ''input'' AND region IS NULL AND routing = ''in_region''
                      AND mode = ''on_demand'' AND above_input_tokens = 0', sonnet_in, haiku_in));
    END IF;
    RETURN true;
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
sonnet_input="provider = 'bedrock' AND book = 'aws' AND model = '$sonnet' AND charge = 'input'
  AND region IS NULL AND routing = 'in_region' AND mode = 'on_demand' AND above_input_tokens = 0"
set_input() { echo "UPDATE bedprice.prices SET usd_per_mtok = $1 WHERE $sonnet_input RETURNING usd_per_mtok;"; }

# =====================================================================
# 1. Parallel query in A: same sum as serial, before and after B's change
# =====================================================================
total="SELECT trim_scale(sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens))) FROM usage;"
explain="EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $total"
parallel="SET max_parallel_workers_per_gather = 2;"
serial="SET max_parallel_workers_per_gather = 0;"
launched() { sed -n 's/.*Workers Launched: \([0-9]*\).*/\1/p' | head -1; }
at_least_one() { [ "${1:-0}" -ge 1 ] 2>/dev/null && echo t || echo f; }

A "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
   SET parallel_leader_participation = on; $parallel" >/dev/null
check "1 A prices first, serially" 18 "$(A "$cost")"
# 100,000 Sonnet rows x (1000 x $3.00 + 500 x $15.00) / 1M = 100,000 x 0.0105 = 1050
# 100,000 Haiku rows  x (1000 x $0.80 + 500 x  $4.00) / 1M = 100,000 x 0.0028 =  280
check "1 parallel sum" 1330 "$(A "$total")"  # 1050 + 280
check "1 the plan has workers" t "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "1 serial sum" 1330 "$(A "$serial $total $parallel")"

check "1 B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
# Sonnet: 100,000 x (1000 x $4.00 + 500 x $15.00) / 1M = 100,000 x 0.0115 = 1150
check "1 A's next statement, parallel, sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "1 the plan still has workers" t "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "1 serial sum after B's change" 1430 "$(A "$serial $total $parallel")"

# Workers only: each prices with its own freshly built cache.
check "1 workers-only parallel sum" 1430 \
    "$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")"

# A's own uncommitted change reaches the workers (they share A's transaction).
check "1 A begins and sets Haiku output to 5.00" 5.00 "$(A "BEGIN;
    UPDATE bedprice.prices SET usd_per_mtok = 5.00
    WHERE provider = 'bedrock' AND book = 'aws' AND model = '$haiku' AND charge = 'output'
      AND region IS NULL AND mode = 'on_demand' AND above_input_tokens = 0
    RETURNING usd_per_mtok;")"
# Haiku: 100,000 x (1000 x $0.80 + 500 x $5.00) / 1M = 100,000 x 0.0033 = 330
check "1 parallel sum with A's own uncommitted change" 1480 "$(A "$total")"  # 1150 + 330
check "1 workers-only sum with A's own uncommitted change" 1480 \
    "$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")"
check "1 the plan in A's writing transaction has workers" t \
    "$(A "$explain" | launched | { read -r n; at_least_one "${n:-}"; })"
check "1 serial sum with A's own uncommitted change" 1480 "$(A "$serial $total $parallel")"
check "1 A rolls back" "" "$(A "ROLLBACK;")"
check "1 parallel sum after A's rollback" 1430 "$(A "$total")"  # 1150 + 280

check "1 B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "1 parallel sum after B's restore" 1330 "$(A "$total")"           # 1050 + 280
check "1 serial sum after B's restore" 1330 "$(A "$serial $total $parallel")"

# =====================================================================
# 2. Which snapshot a parallel query's cache is built from
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
check "2a A begins REPEATABLE READ, prices serially" 1330 \
    "$(A "BEGIN ISOLATION LEVEL REPEATABLE READ; $serial $total $parallel")"   # 1050 + 280
check "2a B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
rr_serial=$(A "$serial $total $parallel")
rr_workers=$(A "SET parallel_leader_participation = off; $total SET parallel_leader_participation = on;")
# 1330 (A's snapshot: 3.00) or 1430 (B's commit: 4.00); the spec leaves the
# choice open under REPEATABLE READ, but serial and parallel must agree.
check "2a the serial sum is that of one of the two prices" t \
    "$(case "$rr_serial" in 1330 | 1430) echo t ;; *) echo f ;; esac)"
check "2a REPEATABLE READ: workers-only parallel sum equals the serial sum" "$rr_serial" "$rr_workers"
check "2a A commits" "" "$(A "COMMIT;")"
check "2a after A's transaction: A sees B's price" 19 "$(A "$cost")"   # 4.00 + 15.00
check "2a B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "2a A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# b) REPEATABLE READ: B commits after A's snapshot; A's next pricing is a
#    parallel query (the leader rebuilds its cache in parallel mode).  Once
#    A's transaction is over, A's next statement must see B's price.
check "2b A begins REPEATABLE READ, takes its snapshot" 1 \
    "$(A "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM notes;")"
check "2b B commits 4.00" 4.00 "$(B "$(set_input 4.00)")"
check "2b A's parallel statement (workers and leader agree)" "1330|18" "$(A "$leader_and_workers")"  # A's snapshot: 3.00
check "2b A commits" "" "$(A "COMMIT;")"
check "2b A's next statement sees B's price" 19 "$(A "$cost")"         # 4.00 + 15.00
check "2b A's next parallel sum sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "2b B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "2b A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# c) READ COMMITTED: B (through dblink) commits during A's parallel
#    statement, after its snapshot and before the leader's first call.  The
#    statement itself may use either price; A's next statement must see B's.
during="SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)) IN (1330, 1430)
             AND bedprice.bedrock_cost('$sonnet', 'us-east-1', 1000000, 1000000) IN (18, 19)
      FROM usage WHERE (SELECT b_commits(4.00)) = 0;"
check "2c the plan: B's commit in an InitPlan the leader runs before the Gather" "Params Evaluated: \$0" \
    "$(A "EXPLAIN (COSTS OFF) $during" | grep -o 'Params Evaluated: .*')"
check "2c A's parallel statement, B commits 4.00 during it" t \
    "$(A "SET parallel_leader_participation = off; $during SET parallel_leader_participation = on;")"
check "2c the table has B's price" 4.00 "$(A "SELECT usd_per_mtok FROM bedprice.prices WHERE $sonnet_input;")"
check "2c A's next statement sees B's price" 19 "$(A "$cost")"         # 4.00 + 15.00
check "2c A's next parallel sum sees B's price" 1430 "$(A "$total")"  # 1150 + 280
check "2c B restores 3.00" 3.00 "$(B "$(set_input 3.00)")"
check "2c A sees the restored price" 18 "$(A "$cost")"                 # 3.00 + 15.00

# =====================================================================
# 3. B commits during A's scan, after A priced rows
# =====================================================================
# The statement prices every row at the prices it began with (1330), in
# the leader and in every worker, whichever of them meets Haiku first; the
# next statement sees B's: Sonnet input 4.00 (1150) and Haiku 1.80
# (100,000 x (1000 x 1.80 + 500 x 4.00) / 1M = 380).
halves="SELECT trim_scale(sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens))) FROM usage_halves"
scan3="$halves WHERE commit_at(g, 50000, 4.00, 1.80)"   # B commits at row 50,000
during3="$scan3;"
restore3="SELECT commit_at(1, 1, 3.00, 0.80);"
workers_only="SET parallel_leader_participation = off;"
leader_too="SET parallel_leader_participation = on;"
check "3 the plan of the scan has workers" t \
    "$(A "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $during3" | launched | { read -r n; at_least_one "${n:-}"; })"
check "3 B's change of the plan's run is undone" t "$(A "$restore3")"
check "3a serial: A's scan keeps its prices while B commits" 1330 "$(A "$serial $during3 $parallel")"
check "3a serial: the next statement sees B's" 1530 "$(A "$serial $halves; $parallel")"
check "3a B's change undone" t "$(A "$restore3")"
check "3b workers only: the statement keeps its prices" 1330 "$(A "$workers_only $during3 $leader_too")"
check "3b workers only: the next statement sees B's" 1530 "$(A "$workers_only $halves; $leader_too")"
check "3b B's change undone" t "$(A "$restore3")"
# the leader prices rows too, and once more after the Gather (Haiku, 1M in
# and out: 0.80 + 4.00 before B's change, 1.80 + 4.00 after)
check "3c leader and workers: the statement keeps its prices" "1330|4.8" \
    "$(A "SELECT s.total, trim_scale(bedprice.bedrock_cost('$haiku', 'us-east-1', 1000000, 1000000))
          FROM ($scan3) AS s (total);")"
check "3c the next statement sees B's" "1530|5.8" \
    "$(A "SELECT s.total, trim_scale(bedprice.bedrock_cost('$haiku', 'us-east-1', 1000000, 1000000))
          FROM ($halves) AS s (total);")"
check "3c B's change undone" 1330 "$(A "$restore3 $halves;" | tail -1)"
# d, e) the copy built by an earlier statement that priced Sonnet only
# (after a change, so a new one): the scan reuses it (cache_info, in the
# same statement, names its generation) and reads Haiku's rows, after B's
# commit, with the snapshot it kept when it began
sonnet_only="SELECT price_rows = (SELECT count(*) FROM bedprice.prices WHERE model = '$sonnet')
             FROM bedprice.cache_info();"
generation="SELECT generation FROM bedprice.cache_info();"
check "3d B changes nothing, A prices Sonnet: a new copy, Haiku's rows unread" "t|18|t" \
    "$(A "$restore3 $cost $sonnet_only" | paste -sd'|')"
gen3=$(A "$generation")
check "3d serial, reusing that copy: the scan keeps its prices while B commits" "1330|$gen3" \
    "$(A "$serial SELECT s.total, (SELECT generation FROM bedprice.cache_info()) FROM ($scan3) AS s (total);
          $parallel")"
check "3d the next statement sees B's" 1530 "$(A "$serial $halves; $parallel")"
check "3e B's change undone; A prices Sonnet: a new copy, Haiku's rows unread" "t|18|t" \
    "$(A "$restore3 $cost $sonnet_only" | paste -sd'|')"
gen3=$(A "$generation")
check "3e leader and workers, the leader reusing that copy: the statement keeps its prices" "1330|4.8|$gen3" \
    "$(A "SELECT s.total, trim_scale(bedprice.bedrock_cost('$haiku', 'us-east-1', 1000000, 1000000)),
                 (SELECT generation FROM bedprice.cache_info())
          FROM ($scan3) AS s (total);")"
check "3e the next statement sees B's" "1530|5.8" \
    "$(A "SELECT s.total, trim_scale(bedprice.bedrock_cost('$haiku', 'us-east-1', 1000000, 1000000))
          FROM ($halves) AS s (total);")"
check "3e B's change undone" 1330 "$(A "$restore3 $halves;" | tail -1)"
# f) statements nested in the scan (a VOLATILE function on every 1,000th
# row, each a statement that prices) do not take the scan's snapshot from
# it: after B's commit, Haiku's rows are read as the scan began
check "3f B changes nothing, A prices Sonnet: a new copy, Haiku's rows unread" "t|18|t" \
    "$(A "$restore3 $cost $sonnet_only" | paste -sd'|')"
check "3f serial, 200 nested statements that price: the scan keeps its prices while B commits" 1330 \
    "$(A "$serial SELECT s.total FROM (SELECT trim_scale(sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens))),
                                           sum(CASE WHEN g % 1000 = 0 THEN inner_cost() END)
                                    FROM usage_halves WHERE commit_at(g, 50000, 4.00, 1.80)) AS s (total, inner_total);
          $parallel")"
check "3f B's change undone" 1330 "$(A "$restore3 $halves;" | tail -1)"

# =====================================================================
# 4. A REPEATABLE READ copy reads a model's prices when it first prices it
# =====================================================================
# A new backend (C), so its first copy is the transaction's, not a copy of
# the latest state.
open_session C
C() { run C "$1"; }
C "SET client_min_messages = warning;" >/dev/null
haiku_cost="SELECT bedprice.bedrock_cost('$haiku', 'us-east-1', 1000000, 1000000);"
check "4 C begins REPEATABLE READ and prices Sonnet: its copy holds Sonnet's rows only" "18|t" \
    "$(C "BEGIN ISOLATION LEVEL REPEATABLE READ; $cost
          SELECT price_rows < 100 FROM bedprice.cache_info();" | paste -sd'|')"
# the rows it has not read yet must stay as its snapshot sees them
check "4 B cannot truncate the prices under C's copy (lock timeout)" \
    "ERROR:  canceling statement due to lock timeout" \
    "$(B "SET lock_timeout = '300ms'; TRUNCATE bedprice.prices; RESET lock_timeout;" | grep -o 'ERROR: .*timeout')"
# an error while C reads Haiku's rows: B holds the index (REINDEX)
check "4 B takes the (provider, model) index" "" "$(B "BEGIN; REINDEX INDEX bedprice.prices_model_idx;")"
check "4 C's first Haiku price waits for the index and times out" \
    "ERROR:  canceling statement due to lock timeout" \
    "$(C "SAVEPOINT s; SET LOCAL lock_timeout = '300ms'; $haiku_cost" | grep -o 'ERROR: .*timeout')"
check "4 C rolls back to its savepoint" "" "$(C "ROLLBACK TO s;")"
check "4 B lets the index go" "" "$(B "COMMIT;")"
check "4 C prices Haiku: built whole this time" "4.8|18" "$(C "$haiku_cost $cost" | paste -sd'|')"
check "4 C commits; its next statement prices as before" "4.8" "$(C "COMMIT; $haiku_cost")"
# the lock on the prices table is the transaction's, not the subtransaction's
# that first priced: its abort does not let B truncate the table
check "4 C prices in a subtransaction that fails (a new transaction: a new copy)" t \
    "$(C "BEGIN; SELECT priced_then_failed();")"
check "4 B still cannot truncate the prices (lock timeout)" \
    "ERROR:  canceling statement due to lock timeout" \
    "$(B "BEGIN; SET LOCAL lock_timeout = '300ms'; TRUNCATE bedprice.prices;" | grep -o 'ERROR: .*timeout')"
check "4 B rolls back, C commits" "" "$(B "ROLLBACK;")$(C "COMMIT;")"
check "4 C stayed one backend" t "$(C "SELECT count(*) = 1 FROM pg_stat_activity WHERE pid = pg_backend_pid();")"

# =====================================================================
check "A stayed one backend" "$pid_a" "$(A "SELECT pg_backend_pid();")"
check "B stayed one backend" "$pid_b" "$(B "SELECT pg_backend_pid();")"
