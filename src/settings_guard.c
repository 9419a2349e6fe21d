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
#include "access/stratnum.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/planner.h"
#include "parser/parsetree.h"
#include "tcop/utility.h"
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

/*
 * The name of a setting whose value is this session's own and is not the
 * node's, or NULL.  A value of the server's configuration, ALTER SYSTEM,
 * ALTER DATABASE or ALTER ROLE is the node's, and so is a session's SET
 * to the node's value.
 */
const char *
bp_session_only_setting(void)
{
	for (size_t i = 0; i < lengthof(settings); i++)
	{
		const struct config_generic *conf = settings[i];

		if (conf == NULL || conf->source < PGC_S_CLIENT)
			continue;
		if (conf->reset_source < PGC_S_CLIENT &&
			strcmp(GetConfigOption(conf->name, false, false), GetConfigOptionResetString(conf->name)) == 0)
			continue;
		return conf->name;
	}
	return NULL;
}

/* The error of a statement that a session's setting would price differently. */
void
bp_refuse_session_setting(const char *name)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("setting \"%s\" of this session does not reach the Citus shard queries", name),
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

/* pg_dist_partition, or InvalidOid where Citus is not installed. */
static Oid
citus_partitions(void)
{
	return get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE);
}

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
 * Citus table at any level.  Without a planner (Citus's fast path
 * simplifies a one-shard query's expressions so, and so is an expression
 * evaluated here, as a CALL's arguments), the hooks have checked the
 * statement, unless the library was loaded during it: then it may.
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
		return !hooks_saw_statement;
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
	Oid			partitions = citus_partitions();
	CitusTables tables;
	bool		citus;

	if (!OidIsValid(partitions) || !has_pricing_trigger(relid))
		return false;
	open_citus_tables(&tables, partitions);
	citus = is_citus_table(&tables, relid);
	table_close(tables.partitions, AccessShareLock);
	return citus;
}

/* The planner hook's check of a query about to be planned. */
static void
check_query(Query *parse)
{
	const char *name = bp_session_only_setting();
	Oid			internal = INTERNALOID;
	Oid			support;

	if (name == NULL || !OidIsValid(citus_partitions()))
		return;
	support = extension_function("bedprice_internal", "settings_support", buildoidvector(&internal, 1));
	if (OidIsValid(support) && calls_pricing_walker((Node *) parse, &support) &&
		reads_citus_table(citus_partitions(), &parse, 1))
		bp_refuse_session_setting(name);
	if (parse->resultRelation > 0 && parse->commandType != CMD_DELETE &&
		priced_on_workers(rt_fetch(parse->resultRelation, parse->rtable)->relid))
		bp_refuse_session_setting(name);
}

static PlannedStmt *
guard_planner(Query *parse, const char *query_string, int cursor_options, ParamListInfo params)
{
	hooks_saw_statement = true;
	check_query(parse);
	if (prev_planner)
		return prev_planner(parse, query_string, cursor_options, params);
	return standard_planner(parse, query_string, cursor_options, params);
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
