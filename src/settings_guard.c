/*
 * settings_guard.c: on a Citus cluster, a statement whose shard queries
 * would price with other settings than the session's is refused.
 *
 * Citus sends a shard query to a worker without the session's settings,
 * so a bedprice setting SET in the session would leave the rows on the
 * workers priced with each worker's own value, silently.  A value of
 * the session only (SET, SET LOCAL, set_config(), a function's SET
 * clause, the connection's options) is therefore refused in a statement
 * that prices a Citus table's rows; ALTER DATABASE and ALTER ROLE ...
 * SET, which Citus sends to every node, are the node's values.  (Citus
 * also sends some SET LOCAL commands, when citus.propagate_set_commands
 * is 'local', but what it sent is known only to its own internals.)
 *
 * Where the check is made:
 * - the planner support function of the pricing functions, which the
 *   planner of the node that plans the query calls (while it simplifies a
 *   call, and while it costs an aggregate's step), and which loads the
 *   library into the session;
 * - once the library is loaded, a planner and a utility hook, for what no
 *   support function sees: an aggregate in a query Citus sends whole to
 *   one shard (its fast path), a window aggregate, rows the price_usage
 *   trigger prices on the shards (INSERT, UPDATE, MERGE, COPY).
 * A change of a setting drops the backend's cached plans while Citus is
 * loaded, so that a prepared statement is planned, and checked, again.
 */
#include "postgres.h"

#include "bedprice.h"
#include "compat.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_db_role_setting.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/planner.h"
#include "parser/parsetree.h"
#include "tcop/utility.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/plancache.h"
#include "utils/syscache.h"

/* The settings a pricing reads, and their records (found once). */
static const char *const setting_names[] = {
	"bedprice.default_region", "bedprice.price_book", "bedprice.on_unknown_model"
};
static struct config_generic *settings[lengthof(setting_names)];

static PlannedStmt *guard_planner(Query *parse, const char *query_string, int cursor_options,
								  ParamListInfo params);
static void guard_utility(BP_UTILITY_ARGS);
static planner_hook_type prev_planner;
static ProcessUtility_hook_type prev_utility;

/*
 * Whether the hooks have seen a statement of this backend: from then on
 * they see each statement before it is planned or run; before, the
 * library was loaded during the statement being planned.
 */
static bool hooks_saw_statement = false;

/*
 * While the planner hook plans a statement: whether it reads a Citus
 * table (known only when a setting is the session's own).
 */
static int	planning_depth = 0;
static bool planning_reads_citus = false;

void
bp_settings_guard_init(void)
{
	for (size_t i = 0; i < lengthof(setting_names); i++)
		settings[i] = bp_find_setting(setting_names[i]);
	prev_planner = planner_hook;
	planner_hook = guard_planner;
	prev_utility = ProcessUtility_hook;
	ProcessUtility_hook = guard_utility;
}

/* Whether citus.so is loaded in this backend (its settings are defined, not placeholders). */
static bool
citus_loaded(void)
{
	struct config_generic *conf = bp_find_setting("citus.propagate_set_commands");

	return conf != NULL && !(conf->flags & GUC_CUSTOM_PLACEHOLDER);
}

/* A setting changes (changed: to another value): plans cached with the old one are planned again. */
void
bp_settings_guard_changed(bool changed)
{
	if (changed && citus_loaded())
		ResetPlanCache();
}

/* pg_dist_partition, or InvalidOid where Citus is not installed. */
static Oid
citus_partitions(void)
{
	return get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE);
}

/* Which of the settings (if any) an "name=value" entry of an ALTER ROLE ... SET sets. */
static const char *
setting_of_entry(const char *entry)
{
	for (size_t i = 0; i < lengthof(setting_names); i++)
	{
		size_t		len = strlen(setting_names[i]);

		if (pg_strncasecmp(entry, setting_names[i], len) == 0 && entry[len] == '=')
			return setting_names[i];
	}
	return NULL;
}

/*
 * The first bedprice setting that the role has an ALTER ROLE ... SET of
 * (for this database or all), or NULL: the workers' connections, made
 * as that role, have it.
 */
static const char *
role_setting(Oid role)
{
	Oid			databases[2] = {MyDatabaseId, InvalidOid};
	Relation	rel = table_open(DbRoleSettingRelationId, AccessShareLock);
	const char *found = NULL;

	for (int i = 0; i < 2 && found == NULL; i++)
	{
		ScanKeyData keys[2];
		SysScanDesc scan;
		HeapTuple	tuple;

		ScanKeyInit(&keys[0], Anum_pg_db_role_setting_setdatabase, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(databases[i]));
		ScanKeyInit(&keys[1], Anum_pg_db_role_setting_setrole, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(role));
		scan = systable_beginscan(rel, DbRoleSettingDatidRolidIndexId, true, NULL, 2, keys);
		while (found == NULL && HeapTupleIsValid(tuple = systable_getnext(scan)))
		{
			bool		isnull;
			Datum		config = heap_getattr(tuple, Anum_pg_db_role_setting_setconfig,
											  RelationGetDescr(rel), &isnull);
			Datum	   *entries;
			bool	   *nulls;
			int			n;

			if (isnull)
				continue;
			deconstruct_array(DatumGetArrayTypeP(config), TEXTOID, -1, false, TYPALIGN_INT,
							  &entries, &nulls, &n);
			for (int e = 0; e < n && found == NULL; e++)
				if (!nulls[e])
					found = setting_of_entry(TextDatumGetCString(entries[e]));
		}
		systable_endscan(scan);
	}
	table_close(rel, AccessShareLock);
	return found;
}

/*
 * The name of a setting whose value is this session's own and is not the
 * node's, or NULL.  A value of the server's configuration, ALTER SYSTEM,
 * ALTER DATABASE or ALTER ROLE is the node's, and so is a session's SET
 * to the node's value.  Under SET ROLE or in a SECURITY DEFINER function,
 * the workers' connections are the current role's, not the session's:
 * then neither role's ALTER ROLE ... SET is the node's.
 */
const char *
bp_session_only_setting(void)
{
	bool		other_role = GetUserId() != GetSessionUserId();

	for (size_t i = 0; i < lengthof(settings); i++)
	{
		const struct config_generic *conf = settings[i];

		if (conf == NULL)
			continue;
		if (other_role && (conf->source == PGC_S_USER || conf->source == PGC_S_DATABASE_USER))
			return conf->name;
		if (conf->source < PGC_S_CLIENT)
			continue;
		if (conf->reset_source < PGC_S_CLIENT &&
			strcmp(GetConfigOption(conf->name, false, false), GetConfigOptionResetString(conf->name)) == 0)
			continue;
		return conf->name;
	}
	return other_role && OidIsValid(citus_partitions()) ? role_setting(GetUserId()) : NULL;
}

/* Whether the setting's value was set in the session (not an ALTER ROLE value of another role). */
static bool
set_in_session(const char *name)
{
	for (size_t i = 0; i < lengthof(settings); i++)
		if (settings[i] != NULL && strcmp(settings[i]->name, name) == 0)
			return settings[i]->source >= PGC_S_CLIENT;
	return true;
}

/* The error of a statement that a session's setting would price differently. */
void
bp_refuse_session_setting(const char *name)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("setting \"%s\" of this session does not reach the Citus shard queries", name),
			 !set_in_session(name) ?
			 errdetail("The workers' connections are role \"%s\"'s, whose settings may not be this session's %s = '%s'.",
					   GetUserNameFromId(GetUserId(), false), name, GetConfigOption(name, false, false)) :
			 errdetail("This session has %s = '%s'; a worker prices a Citus table's rows with its own value.",
					   name, GetConfigOption(name, false, false)),
			 errhint("Give the region as an argument or a column, the price book to the _in functions, "
					 "or set the setting with ALTER DATABASE or ALTER ROLE ... SET, which Citus sends "
					 "to every node.")));
}

/* ---- Citus tables: the rows of pg_dist_partition ---- */

typedef struct CitusTables
{
	Relation	partitions;		/* pg_dist_partition */
	Oid			index;			/* its index on logicalrelid */
	AttrNumber	relid_column;
} CitusTables;

static void
open_citus_tables(CitusTables *tables, Oid partitions)
{
	tables->partitions = table_open(partitions, AccessShareLock);
	tables->index = get_relname_relid("pg_dist_partition_logical_relid_index", PG_CATALOG_NAMESPACE);
	tables->relid_column = get_attnum(partitions, "logicalrelid");
	if (tables->relid_column == InvalidAttrNumber)
		elog(ERROR, "bedprice: pg_dist_partition has no column logicalrelid");
}

/* Whether relid is a Citus table (any kind: it has a pg_dist_partition row). */
static bool
is_citus_table(CitusTables *tables, Oid relid)
{
	ScanKeyData key;
	SysScanDesc scan;
	bool		found;

	ScanKeyInit(&key, tables->relid_column, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(relid));
	scan = systable_beginscan(tables->partitions, tables->index, OidIsValid(tables->index), NULL, 1, &key);
	found = HeapTupleIsValid(systable_getnext(scan));
	systable_endscan(scan);
	return found;
}

/* Whether relid is a Citus table, its rows in shards (false where Citus is not installed). */
bool
bp_is_citus_table(Oid relid)
{
	Oid			partitions = citus_partitions();
	CitusTables tables;
	bool		citus;

	if (!OidIsValid(partitions))
		return false;
	open_citus_tables(&tables, partitions);
	citus = is_citus_table(&tables, relid);
	table_close(tables.partitions, AccessShareLock);
	return citus;
}

static bool
citus_table_walker(Node *node, CitusTables *tables)
{
	if (node == NULL)
		return false;
	if (IsA(node, RangeTblEntry))
	{
		RangeTblEntry *rte = (RangeTblEntry *) node;

		return rte->rtekind == RTE_RELATION && is_citus_table(tables, rte->relid);
	}
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, citus_table_walker, tables, QTW_EXAMINE_RTES_BEFORE);
	return expression_tree_walker(node, citus_table_walker, tables);
}

/* Whether one of the queries reads a Citus table, at any level. */
static bool
reads_citus_table(Oid partitions, Query **queries, int n)
{
	CitusTables tables;
	bool		found = false;

	open_citus_tables(&tables, partitions);
	for (int i = 0; i < n && !found; i++)
		found = queries[i] != NULL &&
			query_tree_walker(queries[i], citus_table_walker, &tables, QTW_EXAMINE_RTES_BEFORE);
	table_close(tables.partitions, AccessShareLock);
	return found;
}

/* ---- the support function ---- */

/*
 * Whether the query being planned may run on Citus workers: it reads a
 * Citus table at any level.  Without a planner: while the planner hook
 * plans a statement (Citus's fast path simplifies a one-shard query's
 * expressions so, inlining SQL functions), whether that statement does;
 * outside planning (an expression evaluated here, as a CALL's
 * arguments), the hooks have checked the statement, unless the library
 * was loaded during it: then it may.
 */
static bool
planned_query_reads_citus_table(PlannerInfo *root)
{
	Oid			partitions = citus_partitions();
	Query	   *queries[64];
	int			n = 0;

	if (!OidIsValid(partitions))
		return false;
	if (root == NULL)
		return planning_depth > 0 ? planning_reads_citus : !hooks_saw_statement;
	for (; root != NULL; root = root->parent_root)
	{
		if (n == lengthof(queries))
			return true;		/* deeper than any query we could check: as if */
		queries[n++] = root->parse;
	}
	return reads_citus_table(partitions, queries, n);
}

/*
 * bedprice_internal.settings_support(internal): the planner support
 * function of the pricing functions.  It never changes a plan: it refuses
 * a query that would price on workers with another setting, and leaves
 * the rest to the planner.
 */
PG_FUNCTION_INFO_V1(settings_support);
Datum
settings_support(PG_FUNCTION_ARGS)
{
	Node	   *request = (Node *) PG_GETARG_POINTER(0);
	PlannerInfo *root;
	const char *name;

	if (IsA(request, SupportRequestSimplify))
		root = ((SupportRequestSimplify *) request)->root;
	else if (IsA(request, SupportRequestCost) && ((SupportRequestCost *) request)->root != NULL)
		root = ((SupportRequestCost *) request)->root;
	else
		PG_RETURN_POINTER(NULL);

	name = bp_session_only_setting();
	if (name != NULL && planned_query_reads_citus_table(root))
		bp_refuse_session_setting(name);
	PG_RETURN_POINTER(NULL);
}

/* ---- the hooks ---- */

/* A function of the extension, found without a lookup's privilege checks (any role plans). */
static Oid
extension_function(const char *schema, const char *name, oidvector *args)
{
	Oid			namespace = get_namespace_oid(schema, true);

	if (!OidIsValid(namespace))
		return InvalidOid;
	return GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum(name),
						   PointerGetDatum(args), ObjectIdGetDatum(namespace));
}

/* Whether an aggregate's step is a pricing function. */
static bool
prices_by_aggregate(Oid aggregate, Oid support)
{
	HeapTuple	agg = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(aggregate));
	Oid			step;

	if (!HeapTupleIsValid(agg))
		return false;			/* a plain window function */
	step = ((Form_pg_aggregate) GETSTRUCT(agg))->aggtransfn;
	ReleaseSysCache(agg);
	return get_func_support(step) == support;
}

/* Whether the node calls a pricing function: one whose support function, or whose step's, is ours. */
static bool
calls_pricing_walker(Node *node, Oid *support)
{
	if (node == NULL)
		return false;
	if (IsA(node, FuncExpr) && get_func_support(((FuncExpr *) node)->funcid) == *support)
		return true;
	if (IsA(node, Aggref) && prices_by_aggregate(((Aggref *) node)->aggfnoid, *support))
		return true;
	if (IsA(node, WindowFunc) && prices_by_aggregate(((WindowFunc *) node)->winfnoid, *support))
		return true;
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, calls_pricing_walker, support, 0);
	return expression_tree_walker(node, calls_pricing_walker, support);
}

/* Whether relid carries an enabled price_usage trigger (which prices where its rows are). */
static bool
has_pricing_trigger(Oid relid)
{
	Oid			price_usage = extension_function("bedprice", "price_usage", buildoidvector(NULL, 0));
	Relation	triggers;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	bool		found = false;

	if (!OidIsValid(price_usage))
		return false;
	triggers = table_open(TriggerRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_trigger_tgrelid, BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(relid));
	scan = systable_beginscan(triggers, TriggerRelidNameIndexId, true, NULL, 1, &key);
	while (!found && HeapTupleIsValid(tuple = systable_getnext(scan)))
	{
		Form_pg_trigger trigger = (Form_pg_trigger) GETSTRUCT(tuple);

		found = trigger->tgfoid == price_usage && trigger->tgenabled != TRIGGER_DISABLED;
	}
	systable_endscan(scan);
	table_close(triggers, AccessShareLock);
	return found;
}

/* Whether the rows written to relid are priced on the workers: a Citus table with the trigger. */
static bool
priced_on_workers(Oid relid)
{
	return has_pricing_trigger(relid) && bp_is_citus_table(relid);
}

/* Whether a statement writes rows the trigger prices on the workers (in a modifying CTE too). */
static bool
writes_priced_on_workers(Query *parse)
{
	ListCell   *lc;

	if (parse->resultRelation > 0 && parse->commandType != CMD_DELETE &&
		priced_on_workers(rt_fetch(parse->resultRelation, parse->rtable)->relid))
		return true;
	foreach(lc, parse->cteList)
	{
		Node	   *cte = ((CommonTableExpr *) lfirst(lc))->ctequery;

		if (IsA(cte, Query) && ((Query *) cte)->commandType != CMD_SELECT &&
			writes_priced_on_workers((Query *) cte))
			return true;
	}
	return false;
}

/*
 * The planner hook's check of a statement about to be planned, with a
 * setting of the session (name); whether it reads a Citus table.
 */
static bool
check_query(Query *parse, const char *name)
{
	Oid			partitions = citus_partitions();
	Oid			internal = INTERNALOID;
	Oid			support;
	bool		reads;

	if (!OidIsValid(partitions))
		return false;
	reads = reads_citus_table(partitions, &parse, 1);
	support = extension_function("bedprice_internal", "settings_support", buildoidvector(&internal, 1));
	if (reads && OidIsValid(support) && calls_pricing_walker((Node *) parse, &support))
		bp_refuse_session_setting(name);
	if (writes_priced_on_workers(parse))
		bp_refuse_session_setting(name);
	return reads;
}

static PlannedStmt *
guard_planner(Query *parse, const char *query_string, int cursor_options, ParamListInfo params)
{
	const char *name = bp_session_only_setting();
	bool		outer_reads = planning_reads_citus;
	PlannedStmt *planned;

	hooks_saw_statement = true;
	planning_reads_citus = name != NULL && check_query(parse, name);
	planning_depth++;
	PG_TRY();
	{
		if (prev_planner)
			planned = prev_planner(parse, query_string, cursor_options, params);
		else
			planned = standard_planner(parse, query_string, cursor_options, params);
	}
	PG_FINALLY();
	{
		planning_depth--;
		planning_reads_citus = outer_reads;
	}
	PG_END_TRY();
	return planned;
}

static void
guard_utility(BP_UTILITY_ARGS)
{
	Node	   *stmt = pstmt->utilityStmt;

	hooks_saw_statement = true;
	if (IsA(stmt, CopyStmt) && ((CopyStmt *) stmt)->is_from && ((CopyStmt *) stmt)->relation != NULL)
	{
		const char *name = bp_session_only_setting();
		Oid			relid;

		if (name != NULL &&
			OidIsValid(relid = RangeVarGetRelid(((CopyStmt *) stmt)->relation, NoLock, true)) &&
			priced_on_workers(relid))
			bp_refuse_session_setting(name);
	}
	if (prev_utility)
		prev_utility(BP_UTILITY_PASS);
	else
		standard_ProcessUtility(BP_UTILITY_PASS);
}
