# lib.sh: sourced by every suite in test/suites/.
#
# A suite runs against the cluster the harness started (PGHOST, PGPORT and
# PGUSER are set), makes its own database, and counts its checks: each
# `check` prints "ok - name" or "not ok - name" with both values, and the
# counts go to $BEDPRICE_RESULTS as "passed failed" when the suite exits.
# A suite that cannot run here calls `skip REASON`: the harness prints it
# as skipped, and counts nothing.

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

# skip REASON: before any check, the suite cannot run here.
skip() {
    trap - EXIT
    [ -n "${BEDPRICE_RESULTS:-}" ] && echo "skipped $1" >"$BEDPRICE_RESULTS"
    echo "# skipped: $1"
    exit 0
}

# q [psql args...]: unaligned, tuples only, stop on error.
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }

# fresh_db NAME: a new database with the extension.
fresh_db() {
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    PGOPTIONS="-c client_min_messages=warning" q -d "$1" -c "CREATE EXTENSION bedprice CASCADE"
}

# db_at NAME VERSION: a new database with bedprice at that version.
db_at() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    PGOPTIONS="-c client_min_messages=warning" q -d "$1" -c "CREATE EXTENSION bedprice VERSION '$2' CASCADE"
}

# extension_version DB: bedprice's version in DB.
extension_version() { q -d "$1" -c "SELECT extversion FROM pg_extension WHERE extname = 'bedprice'"; }

# catalog_objects DB: every object of the extension, one line each, in
# words that do not depend on OIDs: functions (volatility, parallel safety,
# settings, body, signature, grants, comment), relations, composite types,
# columns (position, type, default, comment), constraints, triggers,
# indexes, dump conditions, members, schemas, the version.  Two databases
# with the same lines have the same extension.
catalog_objects() {
    q -d "$1" <<'SQL'
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname IN ('bedprice', 'bedprice_internal'))
SELECT string_agg(x, E'\n' ORDER BY x) FROM (
  SELECT 'function ' || p.oid::regprocedure::text || ' ' || p.provolatile::text || p.proparallel::text
         || p.prosecdef::text || p.proisstrict::text || ' ' || coalesce(array_to_string(p.proconfig, ','), '')
         || ' ' || md5(p.prosrc) || ' ' || pg_get_function_result(p.oid)
         || ' ' || coalesce(pg_get_function_arguments(p.oid), '')
         || ' ' || coalesce(p.proacl::text, 'default') || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
  FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)
  UNION ALL
  SELECT 'relation ' || c.oid::regclass::text || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, 'default')
         || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '')
  FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns)
  UNION ALL
  SELECT 'type ' || t.oid::regtype::text || ' ' || coalesce(obj_description(t.oid, 'pg_type'), '')
  FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype = 'c'
  UNION ALL
  SELECT 'column ' || a.attrelid::regclass || '.' || a.attnum || '.' || a.attname
         || ' ' || format_type(a.atttypid, a.atttypmod)
         || ' ' || a.attnotnull::text || a.attidentity::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
         || ' ' || coalesce(col_description(a.attrelid, a.attnum), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef d ON (d.adrelid, d.adnum) = (a.attrelid, a.attnum)
  WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'c') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
  UNION ALL
  SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  WHERE c.relnamespace IN (SELECT oid FROM ns) AND NOT t.tgisinternal
  UNION ALL
  SELECT 'index ' || pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace IN (SELECT oid FROM ns)
  UNION ALL
  SELECT 'dumped ' || cfg.reloid::regclass || ' ' || cfg.cond
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS cfg(reloid, cond) WHERE e.extname = 'bedprice'
  UNION ALL
  SELECT 'member ' || pg_describe_object(classid, objid, objsubid)
  FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
    AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'bedprice')
  UNION ALL
  SELECT 'schema ' || n.nspname || ' ' || coalesce(n.nspacl::text, '') || ' '
         || coalesce(obj_description(n.oid, 'pg_namespace'), '')
  FROM pg_namespace n WHERE n.oid IN (SELECT oid FROM ns)
  UNION ALL
  SELECT 'extension ' || extname || ' ' || extversion || ' ' || extrelocatable FROM pg_extension
) s(x)
SQL
}

# without_flags: catalog rows as text (a|b|...|t, or (a,b,...,t)) without
# their last field, the shipped flag: 0.3.0 makes a changed shipped row
# the user's, so updates and restores compare the rest, and the flags
# apart.
without_flags() { sed -E 's/\|[tf]$//; s/,[tf]\)$/)/'; }

# records DB: bedprice.shipped_changes, a record a line: table, key, action.
records() {
    q -d "$1" -c "SELECT string_agg(concat_ws(' ', table_name, row_key, action), E'\n' ORDER BY table_name, row_key::text)
                  FROM bedprice.shipped_changes"
}

# current_version: the version CREATE EXTENSION installs (the control file's).
current_version() {
    sed -n "s/^default_version = '\(.*\)'/\1/p" "$(dirname "${BASH_SOURCE[0]}")/../bedprice.control"
}

# every_row DB: every row of every catalog table, every column, and the
# records of changed shipped rows (without their time).
every_row() {
    q -d "$1" <<'SQL'
SELECT (SELECT string_agg(t::text, E'\n' ORDER BY price_id) FROM bedprice.prices t) || E'\n'
    || (SELECT string_agg(t::text, E'\n' ORDER BY multiplier_id) FROM bedprice.multipliers t) || E'\n'
    || (SELECT string_agg(t::text, E'\n' ORDER BY provider, model) FROM bedprice.models t) || E'\n'
    || (SELECT string_agg(t::text, E'\n' ORDER BY provider, alias) FROM bedprice.model_aliases t) || E'\n'
    || (SELECT string_agg(t::text, E'\n' ORDER BY region) FROM bedprice.regions t) || E'\n'
    || (SELECT string_agg(t::text, E'\n' ORDER BY provider) FROM bedprice.providers t) || E'\n'
    || coalesce((SELECT string_agg(t::text, E'\n' ORDER BY rate_id) FROM bedprice.provisioned_rates t), '') || E'\n'
    || coalesce((SELECT string_agg(concat_ws(' ', table_name, row_key, action, row_data), E'\n'
                                   ORDER BY table_name, row_key::text)
                 FROM bedprice.shipped_changes), '')
SQL
}

# update_to_current LABEL DB TMPDIR COSTS_SQL: ALTER EXTENSION bedprice
# UPDATE from DB's version to the current one, checked against what a
# dump of DB taken before it restores into a fresh install: the same
# objects as a fresh install; the same rows, every column; every user row
# and its record kept; the shipped rows of every key the user left alone
# as a fresh install has them; and COSTS_SQL (usages priced, one text)
# the same.  Databases made: DB_fresh, DB_restored.
update_to_current() {
    local label=$1 db=$2 tmp=$3 costs=$4 version
    version=$(current_version)
    local fresh=${db}_fresh restored=${db}_restored
    # (as jsonb without the columns an update adds: null and aws for a
    # user's row)
    local user_rows="SELECT (SELECT string_agg((to_jsonb(t) - 'geography' - 'book')::text, E'\n' ORDER BY price_id)
                             FROM bedprice.prices t WHERE NOT shipped)
                        || E'\n' || (SELECT string_agg((to_jsonb(t) - 'book')::text, E'\n' ORDER BY multiplier_id)
                                      FROM bedprice.multipliers t WHERE NOT shipped)"
    # shipped prices of the keys no row of the user's has (in DB), under a
    # provider the user left shipped, as "key<TAB>row" lines
    local key="concat_ws('|', t.provider, t.model, coalesce(t.region, ''), t.routing, coalesce(t.geography, ''), t.mode, t.charge, t.above_input_tokens)"
    local shipped_rows="SELECT $key || E'\t' || t::text FROM bedprice.prices t WHERE t.shipped ORDER BY t.price_id"
    local user_keys="SELECT DISTINCT $key FROM bedprice.prices t WHERE NOT t.shipped"
    local before_users before_records
    before_users=$(q -d "$db" -c "$user_rows")
    before_records=$(q -d "$db" -c "SELECT string_agg(concat_ws(' ', table_name, row_key), E'\n' ORDER BY table_name, row_key::text) FROM bedprice.shipped_changes")
    pg_dump -Fc -f "$tmp/before_update.dump" "$db" 2>"$tmp/before_update.err"
    check "$label pg_dump before the update" "0:" "$?:$(cat "$tmp/before_update.err")"
    local out
    out=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "ALTER EXTENSION bedprice UPDATE" 2>&1)
    check "$label ALTER EXTENSION bedprice UPDATE to $version succeeds quietly" ":$version" "$out:$(extension_version "$db")"
    fresh_db "$fresh"
    check "$label the same objects as a fresh $version install, in both schemas" "" \
        "$(diff <(catalog_objects "$fresh") <(catalog_objects "$db"))"
    check "$label every user row kept, every column" "$before_users" "$(q -d "$db" -c "$user_rows")"
    check "$label every record of a changed shipped row kept" "" \
        "$(comm -23 <(printf '%s\n' "$before_records" | LC_ALL=C sort) \
                    <(q -d "$db" -c "SELECT concat_ws(' ', table_name, row_key) FROM bedprice.shipped_changes" | LC_ALL=C sort))"
    local keys providers regions models
    keys=$(q -d "$db" -c "$user_keys")
    providers=$(q -d "$db" -c "SELECT provider FROM bedprice.providers WHERE shipped")
    regions=$(q -d "$db" -c "SELECT region FROM bedprice.regions")
    models=$(q -d "$db" -c "SELECT lower(provider || '|' || model) FROM bedprice.models WHERE NOT shipped")
    # (and of a model that is not the user's, in a region the user kept:
    # key field 3, empty for all regions)
    untouched() {
        awk -F'\t' 'FILENAME == ARGV[1] { mine[$0]; next } FILENAME == ARGV[2] { kept[$0]; next }
                    FILENAME == ARGV[3] { region[$0]; next } FILENAME == ARGV[4] { theirs[$0]; next }
                    { split($1, k, "|") }
                    !($1 in mine) && (k[1] in kept) && (k[3] == "" || k[3] in region) && !(tolower(k[1] "|" k[2]) in theirs)' \
            <(printf '%s\n' "$keys") <(printf '%s\n' "$providers") <(printf '%s\n' "$regions") \
            <(printf '%s\n' "$models") <(q -d "$1" -c "$shipped_rows")
    }
    check "$label shipped rows of the keys the user left alone: as in a fresh install" \
        "$(untouched "$fresh")" "$(untouched "$db")"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $restored" -c "CREATE DATABASE $restored" >/dev/null
    pg_restore -d "$restored" "$tmp/before_update.dump" >"$tmp/before_update.out" 2>&1
    check "$label the dump taken before restores into $version: exit status 0, no errors printed" "0:" \
        "$?:$(cat "$tmp/before_update.out")"
    check "$label ... at $version" "$version" "$(extension_version "$restored")"
    check "$label ... every row, every column, as the updated database" "" \
        "$(diff <(every_row "$db") <(every_row "$restored"))"
    check "$label ... every usage priced as the updated database prices it" \
        "$(q -d "$db" -c "$costs" 2>&1)" "$(q -d "$restored" -c "$costs" 2>&1)"
}
