/*
 * settings_guard.c: on a Citus cluster, a statement whose shard queries
 * would price with other settings than the session's is refused.
 *
 * Citus sends a shard query to a worker without the session's settings:
 * only a SET LOCAL command made while citus.propagate_set_commands is
 * 'local' goes with it (not set_config(), not a SET LOCAL made before).
 * A bedprice setting SET in the session would leave the rows on the
 * workers priced with each worker's own value, silently.
 *
 * The pricing functions carry settings_support as their planner support
 * function, which the planner of the node that plans the query calls
 * (while it simplifies a call, and while it costs an aggregate's step):
 * when a setting has a value of this session only and the query reads a
 * Citus table, it raises the error.  Once the library is loaded, a
 * planner hook and a utility hook check too what no support function
 * sees: an aggregate in a query Citus sends whole to one shard, rows the
 * price_usage trigger prices on the shards (INSERT, UPDATE, MERGE,
 * COPY).  A change of a setting drops the backend's cached plans while
 * Citus is loaded, so that a prepared statement is planned, and checked,
 * again.
 */
#include "postgres.h"

#include "bedprice.h"
#include "compat.h"

#include "access/genam.h"
#include "access/stratnum.h"
#include "access/xact.h"
#include "catalog/pg_aggregate.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "nodes/value.h"
#include "optimizer/planner.h"
#include "parser/parse_func.h"
#include "parser/parsetree.h"
#include "tcop/utility.h"
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

/* A setting changed: plans cached with the old value are planned again. */
void
bp_settings_guard_changed(void)
{
	if (citus_loaded())
		ResetPlanCache();
}

/*
 * The SET LOCAL commands Citus sends to the workers in this transaction
 * (its activeSetStmts, as the user wrote them), or NULL.  Without the
 * symbol (another Citus), nothing counts as sent: the query is refused.
 */
static const char *
citus_sent_commands(void)
{
	StringInfo *sent;

	if (!citus_loaded())
		return NULL;			/* (loading it here would be refused) */
	sent = (StringInfo *) load_external_function("$libdir/citus", "activeSetStmts", false, NULL);

	return sent != NULL && *sent != NULL ? (*sent)->data : NULL;
}

/*
 * Whether Citus sends the setting's value: it is a SET LOCAL of the
 * transaction, outside any subtransaction (Citus keeps a subtransaction's
 * commands apart, and forgets them when it ends), and Citus has sent a
 * SET LOCAL (or RESET) of the setting in it.
 */
static bool
sent_by_citus(const struct config_generic *conf)
{
	const char *sent;
	char	   *lowered;

	if (conf->stack == NULL ||
		(conf->stack->state != GUC_LOCAL && conf->stack->state != GUC_SET_LOCAL) ||
		conf->stack->nest_level != 1 || GetCurrentTransactionNestLevel() != 1 ||
		!IsTransactionBlock() || (sent = citus_sent_commands()) == NULL)
		return false;
	lowered = pstrdup(sent);
	for (char *c = lowered; *c; c++)
		*c = pg_tolower((unsigned char) *c);
	return strstr(lowered, conf->name) != NULL;
}

/*
 * The name of a setting whose value is this session's own (SET, SET
 * LOCAL, a function's SET clause, a connection's options) and is not the
 * node's, or NULL.  A value of the server's configuration, ALTER SYSTEM,
 * ALTER DATABASE or ALTER ROLE is the node's.  With set_local_sent, a SET
 * LOCAL that Citus propagates counts as the node's.
 */
const char *
bp_session_only_setting(bool set_local_sent)
{
	for (size_t i = 0; i < lengthof(settings); i++)
	{
		const struct config_generic *conf = settings[i];
		const char *value;

		if (conf == NULL || conf->source < PGC_S_CLIENT)
			continue;
		if (set_local_sent && sent_by_citus(conf))
			continue;
		value = GetConfigOption(conf->name, false, false);
		if (conf->reset_source < PGC_S_CLIENT &&
			strcmp(value, GetConfigOptionResetString(conf->name)) == 0)
			continue;			/* SET to the node's own value */
		return conf->name;
	}
	return NULL;
}

/* The error of a query that a session's setting would price differently. */
void
bp_refuse_session_setting(const char *name)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("setting \"%s\" of this session does not reach the Citus shard queries", name),
			 errdetail("This session has %s = '%s'; a worker prices a Citus table's rows with its own value.",
					   name, GetConfigOption(name, false, false)),
			 errhint("Give the region or the price book as an argument or a column, or SET LOCAL the setting "
					 "after SET LOCAL citus.propagate_set_commands = 'local', or set it with ALTER DATABASE "
					 "or ALTER ROLE ... SET, which Citus sends to every node.")));
}

typedef struct CitusTables
{
	Relation	partitions;		/* pg_dist_partition */
	Oid			index;			/* its index on logicalrelid */
	AttrNumber	relid_column;
} CitusTables;

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

static void
open_citus_tables(CitusTables *tables, Oid partitions)
{
	tables->partitions = table_open(partitions, AccessShareLock);
	tables->index = get_relname_relid("pg_dist_partition_logical_relid_index", PG_CATALOG_NAMESPACE);
	tables->relid_column = get_attnum(partitions, "logicalrelid");
	if (tables->relid_column == InvalidAttrNumber)
		elog(ERROR, "bedprice: pg_dist_partition has no column logicalrelid");
}

/* Whether one of the queries reads a Citus table, at any level; partitions is pg_dist_partition. */
static bool
reads_citus_table(Oid partitions, Query **queries, int n)
{
	CitusTables tables;
	bool		found = false;

	open_citus_tables(&tables, partitions);
	for (int i = 0; i < n && !found; i++)
		found = query_tree_walker(queries[i], citus_table_walker, &tables, QTW_EXAMINE_RTES_BEFORE);
	table_close(tables.partitions, AccessShareLock);
	return found;
}

static Oid
citus_partitions(void)
{
	return get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE);
}

/*
 * Whether the query being planned may run on Citus workers: it reads a
 * Citus table at any level.  Without a planner (Citus's fast path plans a
 * one-shard query so, and evaluates expressions so), any query may, once
 * Citus is installed in the database.
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
		return true;
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

	name = bp_session_only_setting(true);
	if (name != NULL && planned_query_reads_citus_table(root))
		bp_refuse_session_setting(name);
	PG_RETURN_POINTER(NULL);
}

/*
 * The hooks: the same check before a query is planned, for what the
 * planner asks no support function of (an aggregate in a query Citus
 * plans by its fast path: one shard, or a reference table), and for rows
 * the price_usage trigger prices on the workers (an INSERT, UPDATE or
 * MERGE planned here, a COPY).  They are in place once the library is
 * loaded in the session.  A pricing function is one whose support
 * function (or whose step's) is ours.
 */
static bool
calls_pricing_walker(Node *node, Oid *support)
{
	if (node == NULL)
		return false;
	if (IsA(node, FuncExpr) && get_func_support(((FuncExpr *) node)->funcid) == *support)
		return true;
	if (IsA(node, Aggref))
	{
		HeapTuple	agg = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(((Aggref *) node)->aggfnoid));

		if (HeapTupleIsValid(agg))
		{
			Oid			step = ((Form_pg_aggregate) GETSTRUCT(agg))->aggtransfn;

			ReleaseSysCache(agg);
			if (get_func_support(step) == *support)
				return true;
		}
	}
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, calls_pricing_walker, support, 0);
	return expression_tree_walker(node, calls_pricing_walker, support);
}

static Oid
bedprice_function(const char *schema, const char *name, int nargs, Oid argtype)
{
	return LookupFuncName(list_make2(makeString(pstrdup(schema)), makeString(pstrdup(name))),
						  nargs, &argtype, true);
}

/* Whether relid carries an enabled price_usage trigger (which prices where its rows are). */
static bool
has_pricing_trigger(Oid relid)
{
	Oid			price_usage = bedprice_function("bedprice", "price_usage", 0, InvalidOid);
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

static PlannedStmt *
guard_planner(Query *parse, const char *query_string, int cursor_options, ParamListInfo params)
{
	const char *name = bp_session_only_setting(true);

	if (name != NULL && OidIsValid(citus_partitions()))
	{
		Oid			support = bedprice_function("bedprice_internal", "settings_support", 1, INTERNALOID);

		if (OidIsValid(support) && calls_pricing_walker((Node *) parse, &support) &&
			reads_citus_table(citus_partitions(), &parse, 1))
			bp_refuse_session_setting(name);
		if (parse->resultRelation > 0 && parse->commandType != CMD_DELETE &&
			priced_on_workers(rt_fetch(parse->resultRelation, parse->rtable)->relid))
			bp_refuse_session_setting(name);
	}
	if (prev_planner)
		return prev_planner(parse, query_string, cursor_options, params);
	return standard_planner(parse, query_string, cursor_options, params);
}

static void
guard_utility(BP_UTILITY_ARGS)
{
	Node	   *stmt = pstmt->utilityStmt;

	if (IsA(stmt, CopyStmt) && ((CopyStmt *) stmt)->is_from && ((CopyStmt *) stmt)->relation != NULL)
	{
		const char *name = bp_session_only_setting(true);
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
