#!/usr/bin/env bash
# citus.sh: bedprice on a Citus cluster (a coordinator and two workers on
# loopback, started here), when Citus is installed; skipped otherwise.
#
# Spec: CREATE EXTENSION bedprice on the coordinator reaches every node
# with the same catalog (equal catalog_digest() everywhere).  Until the
# catalog is replicated (citus_replicate_catalog()), no change that would
# stay on one node is made; then every change made on the coordinator
# reaches every node in its own transaction, or none does, and changes on
# a worker are refused; a node added later catches up
# (citus_sync_catalog()).  A distributed table prices as a local copy of
# it does: the sum, GROUP BY model and day, the breakdown as a LATERAL
# call, and the aggregate.  A session's bedprice setting, which the shard
# queries would not have, makes a statement that prices a Citus table's
# rows on the workers an error; ALTER ROLE ... SET, and a query of no
# Citus table price as the session says.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/../citus_cluster.sh"
citus_installed || skip "Citus is not installed for PostgreSQL 15 (no package carries it here)"
trap 'citus_stop; finish' EXIT
citus_start $((PGPORT + 20))
C() { N coordinator "$1"; }
check "the cluster: a coordinator and two workers" 3 "$(C "SELECT count(*) FROM pg_dist_node")"

# ---- 1. the extension reaches every node, with the same catalog ----
C "SET client_min_messages = warning; CREATE EXTENSION bedprice CASCADE" >/dev/null
version=$(C "SELECT extversion FROM pg_extension WHERE extname = 'bedprice'")
check "CREATE EXTENSION on the coordinator installs bedprice on both workers, at its version" \
    "$version|$version" \
    "$(C "SELECT string_agg(result, '|' ORDER BY nodeport) FROM run_command_on_workers(\$\$SELECT extversion FROM pg_extension WHERE extname = 'bedprice'\$\$)")"
for n in worker1 worker2; do
    check "$n's own catalog_digest() equals the coordinator's" "$(C "SELECT bedprice.catalog_digest()")" \
        "$(N $n "SELECT bedprice.catalog_digest()")"
done
check "run_command_on_all_nodes compares them in one query: one digest, three nodes" "1|3" \
    "$(C "SELECT count(DISTINCT result) || '|' || count(*) FROM run_command_on_all_nodes('SELECT bedprice.catalog_digest()')")"
digests="SELECT count(DISTINCT result) || '|' || count(*) FROM run_command_on_all_nodes('SELECT bedprice.catalog_digest()')"
# the same catalog_digest on every node: "1|<nodes>"
same_digests() { C "$digests"; }

# ---- 2. before the catalog is replicated: no change that would stay on one node ----
alias_sql="INSERT INTO bedprice.model_aliases (provider, alias, model) VALUES ('bedrock', '%s', 'amazon.nova-pro-v1:0')"
check "before replication, a catalog change on the coordinator is refused (it would stay there)" \
    "ERROR:  bedprice's catalog is not replicated across this Citus cluster yet" \
    "$(C "$(printf "$alias_sql" 'Early Nova')" | head -1)"
check "... and on a worker" \
    "ERROR:  bedprice's catalog is not replicated across this Citus cluster yet" \
    "$(N worker1 "$(printf "$alias_sql" 'Early Nova')" | head -1)"

# ---- 3. replicated: every change reaches every node, or none does ----
# a difference from before (planted past the capture, as a replica applies)
N worker1 "SET session_replication_role = replica; $(printf "$alias_sql" 'Stray Nova')" >/dev/null
check "a node that differs shows in the digests" "2|3" "$(same_digests)"
replicated=$(C "SELECT bedprice.citus_replicate_catalog() > (SELECT count(*) FROM bedprice.prices)")
check "citus_replicate_catalog() on the coordinator, as the extension's owner: sends every catalog row" t \
    "$(grep -v '^\(NOTICE\|HINT\):' <<<"$replicated")"
check "... and says that sessions do not preload bedprice, and how to" \
    "HINT:  ALTER DATABASE $CITUS_DB SET session_preload_libraries = 'bedprice' (see the README, Scale-out with Citus)" \
    "$(grep '^HINT:' <<<"$replicated")"
check "... the log is a reference table, with a copy on each of the three nodes" 3 \
    "$(C "SELECT count(*) FROM pg_dist_placement JOIN pg_dist_shard USING (shardid) WHERE logicalrelid = 'bedprice_internal.catalog_log'::regclass")"
check "... one digest on the three nodes: worker1's stray alias is gone" "1|3|0" \
    "$(same_digests)|$(N worker1 "SELECT count(*) FROM bedprice.model_aliases WHERE alias = 'Stray Nova'")"
check "... a second call says so" "ERROR:  bedprice's catalog is replicated across this cluster already" \
    "$(C "SELECT bedprice.citus_replicate_catalog()" | head -1)"
# an ordinary member of bedprice_admin makes the changes
C "CREATE ROLE bp_citus_admin LOGIN IN ROLE bedprice_admin" >/dev/null
A() { PGHOST=$citus_dir/sock PGPORT=${citus_port[coordinator]} PGUSER=bp_citus_admin psql -X -A -t -q -v ON_ERROR_STOP=1 -d $CITUS_DB -c "$1" 2>&1; }
haiku_cost="SELECT bedprice.bedrock_cost('Claude 3.5 Haiku', 'us-east-1', 1000000, 1000000, at => '2026-12-01')"
everywhere() { C "SELECT string_agg(result, '|' ORDER BY nodeid) FROM run_command_on_all_nodes(\$\$$1\$\$)"; }
check "set_price by a member of bedprice_admin on the coordinator" t \
    "$(A "SELECT bedprice.set_price('bedrock', 'Claude 3.5 Haiku', 'input', 0.90, valid_from => '2026-11-15', source => 'citus test') > 0")"
check "... every node prices with it (1M in and out on 2026-12-01: 0.90 + 4)" "4.9|4.9|4.9" "$(everywhere "$haiku_cost")"
check "... one digest: the same rows, the same price_id and timestamps on every node" "1|3" "$(same_digests)"
check "... each node's price id sequence past the new row's id" "t|t|t" \
    "$(everywhere "SELECT last_value >= (SELECT max(price_id) FROM bedprice.prices) FROM bedprice.prices_price_id_seq")"
check "a superuser's session_replication_role = replica on the coordinator does not keep a change there" "1|1|1" \
    "$(C "SET session_replication_role = replica; $(printf "$alias_sql" 'Replica Nova')" >/dev/null
       everywhere "SELECT count(*) FROM bedprice.model_aliases WHERE alias = 'Replica Nova'")"
check "an alias added on the coordinator prices on every node" "4|4|4" \
    "$(A "$(printf "$alias_sql" 'Cluster Nova')" >/dev/null; everywhere "SELECT bedprice.bedrock_cost('Cluster Nova', 'us-east-1', 1000000, 1000000)")"
check "a price sheet loaded on the coordinator: every node, one digest" "2|1|3" \
    "$(A "SELECT bedprice.load_price_sheet(\$sheet\$provider,model,charge,usd_per_mtok,valid_from,source
bedrock,test.citus-model-v1:0,input,1.25,2026-01-01,citus sheet
bedrock,test.citus-model-v1:0,output,5,2026-01-01,citus sheet
\$sheet\$)")|$(same_digests)"
before=$(C "SELECT bedprice.catalog_digest()")
check "a change rolled back on the coordinator leaves every node as it was" "1|3|t" \
    "$(A "BEGIN; SELECT bedprice.set_price('bedrock', 'Claude 3.5 Haiku', 'output', 9, valid_from => '2026-11-20'); ROLLBACK;" >/dev/null
       echo "$(same_digests)|$(C "SELECT bedprice.catalog_digest() = '$before'")")"
# a row only worker2 has (planted as a replica applies, past the capture),
# the same name in other letters: the coordinator's insert breaks a unique
# index there
N worker2 "SET session_replication_role = replica; $(printf "$alias_sql" 'CONFLICT NOVA')" >/dev/null
check "a change that fails on one worker (a duplicate key there) fails on the coordinator" \
    'ERROR:  duplicate key value violates unique constraint "model_aliases_provider_name_key"' \
    "$(A "$(printf "$alias_sql" 'Conflict Nova')" | head -1)"
check "... and is made on no node" "0|0|1" \
    "$(everywhere "SELECT count(*) FROM bedprice.model_aliases WHERE lower(alias) = 'conflict nova'")"
N worker2 "SET session_replication_role = replica; DELETE FROM bedprice.model_aliases WHERE alias = 'CONFLICT NOVA'" >/dev/null
check "a change made on a worker is refused, saying where to make it" \
    "ERROR:  bedprice's catalog is changed on the Citus coordinator, not on a worker|HINT:  Make the change on the coordinator: it reaches every node in the same transaction." \
    "$(N worker1 "SET client_min_messages = error; UPDATE bedprice.prices SET source = 'worker' WHERE price_id = (SELECT min(price_id) FROM bedprice.prices)" | grep -E '^(ERROR|HINT)' | paste -sd'|')"
check "... and one digest still" "1|3" "$(same_digests)"
A "UPDATE bedprice.model_aliases SET alias = 'Renamed Nova' WHERE alias = 'Cluster Nova'" >/dev/null
check "UPDATE of a key reaches every node" "1|1|1" \
    "$(everywhere "SELECT count(*) FROM bedprice.model_aliases WHERE alias = 'Renamed Nova'")"
A "DELETE FROM bedprice.model_aliases WHERE alias IN ('Renamed Nova', 'Replica Nova');
   DELETE FROM bedprice.prices WHERE model = 'test.citus-model-v1:0'" >/dev/null
check "DELETE reaches every node" "0|0|0;1|3" \
    "$(everywhere "SELECT count(*) FROM bedprice.model_aliases WHERE alias LIKE '%Nova'");$(same_digests)"
A "UPDATE bedprice.models SET note = 'ours' WHERE model = 'amazon.nova-micro-v1:0'" >/dev/null
C "TRUNCATE bedprice.shipped_changes" >/dev/null
check "TRUNCATE reaches every node (shipped_changes, after an edit of a shipped row recorded one)" "0|0|0;1|3" \
    "$(everywhere "SELECT count(*) FROM bedprice.shipped_changes");$(same_digests)"

# a statement whose own triggers change its rows again (a restored record
# of a changed shipped row, which apply_on_restore applies): logged after
# them, it carries the rows as they end
check "a restored record of a changed shipped row: applied alike on every node" "mine|mine|mine;1|3" \
    "$(A "INSERT INTO bedprice.shipped_changes (table_name, row_key, action, row_data)
          SELECT 'models', jsonb_build_object('provider', provider, 'model', model), 'update',
                 to_jsonb(m) - 'shipped' || '{\"note\": \"mine\"}'
          FROM bedprice.models m WHERE model = 'amazon.nova-lite-v1:0'" | grep -v '^$'
       echo "$(everywhere "SELECT note FROM bedprice.models WHERE model = 'amazon.nova-lite-v1:0'");$(same_digests)")"

# ---- 4. a node added later catches up ----
citus_node worker3 $((PGPORT + 23))
C "SELECT citus_add_node('127.0.0.1', ${citus_port[worker3]})" >/dev/null
check "a worker added later has bedprice (Citus creates it)" "$(C "SELECT extversion FROM pg_extension WHERE extname = 'bedprice'")" \
    "$(N worker3 "SELECT extversion FROM pg_extension WHERE extname = 'bedprice'")"
check "... with the shipped catalog only: its digest differs" "2|4" "$(same_digests)"
check "until it is brought up to date, a catalog change fails (on every node), saying so" \
    "ERROR:  this node's bedprice catalog was never brought up to date with the coordinator's|1" \
    "$(C "SELECT replicate_reference_tables('block_writes')" >/dev/null     # (as Citus may do on its own)
       { A "$(printf "$alias_sql" 'Too Early Nova')" | head -1
         C "SELECT count(DISTINCT result) FROM run_command_on_all_nodes(\$\$SELECT count(*) FROM bedprice.model_aliases WHERE alias = 'Too Early Nova'\$\$)"; } | paste -sd'|')"
check "citus_sync_catalog() on the coordinator brings it up to date: one digest on four nodes" "1|4" \
    "$(A "SELECT bedprice.citus_sync_catalog() > 0" | grep -v '^t$'; same_digests)"
check "... it prices the coordinator's new price" "4.9" "$(N worker3 "$haiku_cost")"
check "... and takes the next change with the others" "1|4" \
    "$(A "SELECT bedprice.set_price('bedrock', 'Claude 3.5 Haiku', 'output', 4.5, valid_from => '2026-12-15')" >/dev/null; same_digests)"

# ---- 5. a distributed table prices as its local copy ----
# 6,000 usages over Claude, Nova and Llama models, bare, geo and global,
# in three regions, on demand and (Nova) batch, with cache tokens on Claude, on
# 30 days of 2026 (explicit `at`: an omitted one is each shard's now())
C "CREATE TABLE usage_local AS
   SELECT g AS id,
          (ARRAY['anthropic.claude-3-5-haiku-20241022-v1:0', 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
                 'amazon.nova-pro-v1:0', 'us.amazon.nova-pro-v1:0', 'amazon.nova-micro-v1:0',
                 'meta.llama3-1-8b-instruct-v1:0', 'Claude 3.5 Haiku'])[g % 7 + 1] AS model,
          (ARRAY['us-east-1', 'us-west-2', 'us-east-2'])[g % 3 + 1] AS region,
          CASE WHEN g % 5 = 0 AND g % 7 IN (2, 3, 4) THEN 'batch' ELSE 'on_demand' END AS mode,
          (100 + g * 37 % 20000)::bigint AS in_tokens, (10 + g * 13 % 3000)::bigint AS out_tokens,
          CASE WHEN g % 7 IN (0, 1, 6) THEN (g * 7 % 5000)::bigint ELSE 0 END AS cache_read,
          timestamptz '2026-06-01 00:00+00' + (g % 30) * interval '1 day' + g * interval '1 second' AS at
   FROM generate_series(1, 6000) AS g" >/dev/null
C "CREATE TABLE usage_dist AS SELECT * FROM usage_local" >/dev/null
C "SET client_min_messages = warning; SELECT create_distributed_table('usage_dist', 'id', shard_count => 8)" >/dev/null
check "the distributed table's rows live on the three workers" 3 \
    "$(C "SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'usage_dist'::regclass")"

cost="bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read, at => at)"
local_sum=$(C "SELECT sum($cost) FROM usage_local")
check "the local copy prices all 6,000 usages (a sum)" t "$(C "SELECT count($cost) = 6000 AND sum($cost) > 0 FROM usage_local")"
check "sum(bedrock_cost(...)) over the distributed table equals the local sum, to the last digit" \
    "$local_sum" "$(C "SELECT sum($cost) FROM usage_dist")"
plan=$(C "EXPLAIN (VERBOSE, COSTS OFF) SELECT sum($cost) FROM usage_dist")
check "... priced inside the 8 shard queries, on the workers (the plan)" "8|t" \
    "$(grep -o 'Task Count: [0-9]*' <<<"$plan" | cut -d' ' -f3)|$(grep -q 'sum(bedprice.bedrock_cost(.*FROM public.usage_dist_' <<<"$plan" && echo t)"
by_group="SELECT model, day, sum(c)
          FROM (SELECT model, (at AT TIME ZONE 'UTC')::date AS day, $cost AS c FROM %s) u
          GROUP BY model, day ORDER BY model COLLATE \"C\", day"
check "GROUP BY model and day: every group's sum as the local copy's (210 groups)" \
    "$(C "$(printf "$by_group" usage_local)")" "$(C "$(printf "$by_group" usage_dist)")"
check "... 210 groups" 210 "$(C "$(printf "$by_group" usage_local)" | wc -l)"
breakdown="SELECT concat_ws('|', count(*), sum(b.input_cost), sum(b.output_cost), sum(b.cache_read_cost),
                           sum(b.total_cost), string_agg(DISTINCT b.resolved_model || ' ' || b.routing, ',' ORDER BY b.resolved_model || ' ' || b.routing))
           FROM %s u, LATERAL bedprice.bedrock_cost_breakdown(u.model, u.region, u.in_tokens, u.out_tokens, u.mode,
                                                             u.cache_read, at => u.at) b"
check "bedrock_cost_breakdown as a LATERAL call: rows, each charge's cost, models and routings as the local copy's" \
    "$(C "$(printf "$breakdown" usage_local)")" "$(C "$(printf "$breakdown" usage_dist)")"
check "the aggregate sum_bedrock_cost over the distributed table equals the local sum" "$local_sum" \
    "$(C "SELECT bedprice.sum_bedrock_cost(model, region, in_tokens, out_tokens, mode, cache_read, 0, 0, at) FROM usage_dist")"

# ---- 6. the pricing trigger and reprice on a distributed table ----
C "CREATE TABLE usage_priced (id bigint, model text, region text, mode text, in_tokens bigint, out_tokens bigint,
                              cache_read bigint, at timestamptz, cost numeric, status text)" >/dev/null
C "SET client_min_messages = warning; SELECT create_distributed_table('usage_priced', 'id', shard_count => 8)" >/dev/null
trigger="CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage_priced FOR EACH ROW EXECUTE FUNCTION bedprice.price_usage(
           'cost=cost', 'model=model', 'region=region', 'mode=mode', 'in=in_tokens', 'out=out_tokens',
           'cache_read=cache_read', 'at=at', 'status=status')"
check "Citus refuses the pricing trigger on a distributed table unless citus.enable_unsafe_triggers is on" \
    "ERROR:  triggers are not supported on distributed tables" "$(C "$trigger" | head -1)"
# (statements sent one by one: Citus takes no SET and CREATE TRIGGER in one message)
C_script() { PGHOST=$citus_dir/sock PGPORT=${citus_port[coordinator]} PGUSER=postgres psql -X -A -t -q -v ON_ERROR_STOP=1 -d $CITUS_DB 2>&1; }
check "... with it on, the trigger is created on each of the 8 shards" "8" \
    "$(printf 'SET citus.enable_unsafe_triggers = on;\n%s;\n' "$trigger" | C_script
       C "SELECT count(*) FROM run_command_on_shards('usage_priced',
                \$\$SELECT count(*) FROM pg_trigger WHERE tgrelid = '%s'::regclass AND tgname LIKE 'price%%'\$\$) WHERE result = '1'")"
C "INSERT INTO usage_priced (id, model, region, mode, in_tokens, out_tokens, cache_read, at)
   SELECT id, model, region, mode, in_tokens, out_tokens, cache_read, at FROM usage_local WHERE id <= 3000" >/dev/null
C "COPY (SELECT id, model, region, mode, in_tokens, out_tokens, cache_read, at FROM usage_local WHERE id > 3000)
   TO '$citus_dir/rest.csv' WITH (FORMAT csv)" >/dev/null
C "COPY usage_priced (id, model, region, mode, in_tokens, out_tokens, cache_read, at) FROM '$citus_dir/rest.csv' WITH (FORMAT csv)" >/dev/null
check "INSERT ... SELECT and COPY into it: every row priced on its shard, the sum the local sum" \
    "6000|0|$local_sum" "$(C "SELECT count(cost) || '|' || count(status) || '|' || sum(cost) FROM usage_priced")"
A "SELECT bedprice.set_price('bedrock', 'Nova Micro', 'output', 0.15, valid_from => '2026-06-16', source => 'citus reprice')" >/dev/null
new_sum=$(C "SELECT sum($cost) FROM usage_local")
stale=$(C "SELECT count(*) FROM usage_priced WHERE cost <> $cost")
check "a price change on the coordinator: rows on the shards now priced at the old price" t "$(C "SELECT $stale > 100")"
check "... CALL reprice on the distributed table reprices every shard: those rows changed" "$stale" \
    "$(C "CALL bedprice.reprice('usage_priced')")"
check "... and the table's sum is the local sum at the new price" "$new_sum|t" \
    "$(C "SELECT sum(cost) FROM usage_priced")|$(C "SELECT '$new_sum' <> '$local_sum'")"
check "... again: nothing left to change; since a time: only the rows since then are read" "0|0" \
    "$(C "CALL bedprice.reprice('usage_priced')")|$(C "CALL bedprice.reprice('usage_priced', '2026-06-20')")"
# the FOCUS export and a period bought another way: as over a local copy
C "CREATE TABLE usage_priced_local (LIKE usage_priced)" >/dev/null
C "$(sed 's/ON usage_priced /ON usage_priced_local /' <<<"$trigger")" >/dev/null
C "INSERT INTO usage_priced_local SELECT * FROM usage_priced" >/dev/null
focus="SELECT count(*) || '|' || md5(string_agg(f::text, E'\n' ORDER BY f::text))
       FROM bedprice.focus_usage('%s', billing_account_id => '123456789012') f"
check "focus_usage over the distributed table: the local copy's rows, every column" \
    "$(C "$(printf "$focus" usage_priced_local)")" "$(C "$(printf "$focus" usage_priced)")"
modes="SELECT string_agg(m::text, E'\n' ORDER BY m::text) FROM bedprice.compare_modes('%s', '2026-06-01', '2026-07-01') m"
check "compare_modes over the distributed table: the local copy's options and costs" \
    "$(C "$(printf "$modes" usage_priced_local)")" "$(C "$(printf "$modes" usage_priced)")"
shard=$(C "SELECT shard_name FROM citus_shards WHERE table_name = 'usage_priced'::regclass AND nodeport = ${citus_port[worker1]}
           ORDER BY shardid LIMIT 1")
N worker1 "DROP TRIGGER price_${shard##*_} ON $shard" >/dev/null     # (Citus names a shard's trigger so)
check "a shard that cannot be repriced (its trigger gone) is an error naming it" \
    "ERROR:  bedprice.reprice() of \"usage_priced\" failed on shard ${shard##*_}" \
    "$(C "CALL bedprice.reprice('usage_priced')" | head -1 | cut -d: -f1-2)"

# ---- 7. settings: what reaches the shard queries ----
gov="SELECT bedprice.bedrock_cost('amazon.nova-pro-v1:0', NULL, 1000000, 0, at => '2026-06-01')"
gov_dist="SELECT sum(bedprice.bedrock_cost('amazon.nova-pro-v1:0', NULL, 1000000, 0, at => '2026-06-01')) FILTER (WHERE id = 1) FROM usage_dist"
set_gov="SET bedprice.default_region = 'us-gov-west-1'"
refusal='ERROR:  setting "bedprice.default_region" of this session does not reach the Citus shard queries'
# an omitted at: Citus puts its default, now(), in the shard queries (each worker's own instant)
check "an omitted at: the shard query Citus sends calls now() itself (the README says to pass at)" t \
    "$(C "EXPLAIN (VERBOSE, COSTS OFF) SELECT sum(bedprice.bedrock_cost(model, region, in_tokens, out_tokens)) FROM usage_dist" |
       grep -q 'Query: SELECT .*bedrock_cost(.*now()' && echo t || echo f)"
# one session on the coordinator as a role, going on after errors: the results and error lines, one line
session_as() {
    local role=$1; shift
    printf '%s;\n' "$@" | PGHOST=$citus_dir/sock PGPORT=${citus_port[coordinator]} PGUSER=$role \
        psql -X -A -t -q -d $CITUS_DB 2>&1 | sed 's/^psql:<stdin>:[0-9]*: //' | grep -v '^\(DETAIL\|HINT\|CONTEXT\|LINE [0-9]*\):\|^ *^$' | paste -sd'|'
}
session() { session_as postgres "$@"; }
check "a session's SET, which the shards would not have: the distributed query is refused; a query of no Citus table prices as set" \
    "$refusal|0.96" "$(session "$set_gov" "$gov_dist" "$gov")"
check "... a SET LOCAL, even one Citus sends (citus.propagate_set_commands = 'local'), and a set_config(): refused" \
    "$refusal|$refusal" \
    "$(session "BEGIN" "SET LOCAL citus.propagate_set_commands = 'local'" "SET LOCAL bedprice.default_region = 'us-gov-west-1'" \
               "$gov_dist" "ROLLBACK" \
               "SELECT set_config('bedprice.default_region', 'us-gov-west-1', false) IS NULL" "$gov_dist" | sed 's/|f|/|/')"
A "INSERT INTO bedprice.price_books (book, parent) VALUES ('negotiated', 'aws')" >/dev/null
check "... on_unknown_model and price_book too; a SET to the node's own value is no difference" \
    "${refusal/default_region/on_unknown_model}|${refusal/default_region/price_book}|0.8" \
    "$(session "SET bedprice.on_unknown_model = 'null'" "$gov_dist" "RESET bedprice.on_unknown_model" \
               "SET bedprice.price_book = 'negotiated'" "$gov_dist" "RESET bedprice.price_book" \
               "SET bedprice.default_region = 'us-east-1'" "SET bedprice.price_book = 'aws'" "$gov_dist")"
check "... a statement prepared before the SET is planned, and refused, again" "0.8|$refusal" \
    "$(session "PREPARE p AS $gov_dist" "EXECUTE p" "$set_gov" "EXECUTE p")"
check "... the aggregate, grouped, sent whole to one shard (Citus's fast path, once bedprice is loaded), as a window function" \
    "0.96|$refusal|$refusal|$refusal" \
    "$(session "$set_gov" "$gov" \
               "SELECT model, bedprice.sum_bedrock_cost(model, NULL, in_tokens, out_tokens) FROM usage_dist GROUP BY model" \
               "SELECT bedprice.sum_bedrock_cost(model, NULL, in_tokens, out_tokens) FROM usage_dist WHERE id = 1" \
               "SELECT bedprice.sum_bedrock_cost(model, NULL, in_tokens, out_tokens) OVER (PARTITION BY id) FROM usage_dist")"
check "... rows the trigger would price on the shards: INSERT, COPY; and reprice" \
    "0.96|$refusal|$refusal|$refusal" \
    "$(session "$set_gov" "$gov" \
               "INSERT INTO usage_priced (id, model, in_tokens, out_tokens, at) VALUES (9001, 'amazon.nova-pro-v1:0', 1, 0, now())" \
               "COPY usage_priced (id, model, in_tokens, out_tokens, at) FROM '$citus_dir/rest.csv' WITH (FORMAT csv)" \
               "CALL bedprice.reprice('usage_priced')")"
check "... and nothing was written" 6000 "$(C "SELECT count(*) FROM usage_priced")"
C "CREATE ROLE bp_gov LOGIN; GRANT SELECT ON usage_dist TO bp_gov; ALTER ROLE bp_gov SET bedprice.default_region = 'us-gov-west-1'" >/dev/null
check "ALTER ROLE ... SET, which Citus sends to every node: that role's sessions price distributed as here" "0.96|0.96" \
    "$(session_as bp_gov "$gov" "$gov_dist")"
check "... that role (not bedprice_admin) with a SET of its session: the same refusal, a local query as set" \
    "$refusal|1|0.96" \
    "$(session_as bp_gov "SET bedprice.default_region = 'eu-west-1'" "$gov_dist" "SELECT 1" "RESET bedprice.default_region" "$gov")"
C "ALTER DATABASE $CITUS_DB SET session_preload_libraries = 'bedprice'" >/dev/null
check "with bedprice in session_preload_libraries: the first statement after a session's SET, the aggregate on one shard, is refused" \
    "$refusal" "$(session "$set_gov" "SELECT bedprice.sum_bedrock_cost(model, NULL, in_tokens, out_tokens) FROM usage_dist WHERE id = 1")"
C "ALTER DATABASE $CITUS_DB RESET session_preload_libraries" >/dev/null
