/*
 * catalog_trigger.c: the C triggers on the catalog tables.
 *
 * catalog_changed: data changes send no relcache invalidation of their
 * own, so this statement trigger sends one for the table: at commit it
 * reaches every backend, whose cache (catalog_cache.c) then rebuilds
 * before its next statement prices a row.  It also has the transaction
 * take the commit lock as it commits (commit_lock.c).
 *
 * guard_shipped: pg_dump leaves shipped rows out (CREATE EXTENSION brings
 * them back), so a row a user marks shipped would be lost by a dump and
 * restore without a word.  Only the extension's own scripts, and
 * bedprice's own bookkeeping, may set or change the flag.
 *
 * applying: whether bedprice's own bookkeeping is writing shipped rows: a
 * flag of this backend that only bedprice_internal.set_applying() sets (no
 * setting a user could SET), for the statements one of bedprice's
 * functions runs, and the extension's own scripts.  An error ends it: an
 * aborted (sub)transaction at or above the level that set it clears it.
 *
 * loading_by_copy: whether the statement running is a COPY FROM, the way
 * pg_restore and a plain dump load rows (take_over_shipped_key).
 */
#include "postgres.h"

#include "catalog_cache.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "nodes/parsenodes.h"
#include "nodes/plannodes.h"
#include "tcop/pquery.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(catalog_changed);
PG_FUNCTION_INFO_V1(guard_shipped);
PG_FUNCTION_INFO_V1(applying);
PG_FUNCTION_INFO_V1(set_applying);
PG_FUNCTION_INFO_V1(loading_by_copy);
PG_FUNCTION_INFO_V1(in_extension_script);

/* The (sub)transaction nest level that turned applying on; 0: off. */
static int	applying_level = 0;

static void
applying_xact_end(XactEvent event, void *arg)
{
	applying_level = 0;
}

static void
applying_subxact_end(SubXactEvent event, SubTransactionId mySubid,
					 SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB && applying_level >= GetCurrentTransactionNestLevel())
		applying_level = 0;
}

void
bp_register_applying_callbacks(void)
{
	RegisterXactCallback(applying_xact_end, NULL);
	RegisterSubXactCallback(applying_subxact_end, NULL);
}

static TriggerData *
trigger_data(FunctionCallInfo fcinfo, const char *name)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a trigger", name)));
	return (TriggerData *) fcinfo->context;
}

Datum
catalog_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = trigger_data(fcinfo, "catalog_changed");

	if (!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("catalog_changed() must be a statement-level trigger")));

	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	bp_catalog_note_write();
	bp_commit_lock_note_write(get_relname_relid("prices",
												RelationGetNamespace(trigdata->tg_relation)));
	PG_RETURN_POINTER(NULL);
}

/* The extension's scripts, or bedprice's own bookkeeping (see above). */
static bool
may_change_shipped(void)
{
	if (creating_extension && CurrentExtensionObject == get_extension_oid("bedprice", true))
		return true;
	return applying_level > 0;
}

/*
 * bedprice_internal.in_extension_script() RETURNS boolean: whether
 * CREATE or ALTER EXTENSION bedprice is running its script, which every
 * node of a cluster runs for itself (citus_catalog.sql's capture skips it).
 */
Datum
in_extension_script(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(creating_extension &&
				   CurrentExtensionObject == get_extension_oid("bedprice", true));
}

/* bedprice_internal.applying() RETURNS boolean */
Datum
applying(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(may_change_shipped());
}

/*
 * bedprice_internal.set_applying(on boolean) RETURNS boolean: turn the
 * flag on (if it was off) or off; returns whether it was on, so that a
 * nested caller leaves an outer one's flag alone.
 */
Datum
set_applying(PG_FUNCTION_ARGS)
{
	bool		was = applying_level > 0;

	if (PG_GETARG_BOOL(0))
	{
		if (!was)
			applying_level = GetCurrentTransactionNestLevel();
	}
	else
		applying_level = 0;
	PG_RETURN_BOOL(was);
}

/* bedprice_internal.loading_by_copy() RETURNS boolean */
Datum
loading_by_copy(PG_FUNCTION_ARGS)
{
	PlannedStmt *stmt;

	if (ActivePortal == NULL || list_length(ActivePortal->stmts) != 1)
		PG_RETURN_BOOL(false);
	stmt = linitial_node(PlannedStmt, ActivePortal->stmts);
	PG_RETURN_BOOL(stmt->commandType == CMD_UTILITY && stmt->utilityStmt != NULL &&
				   IsA(stmt->utilityStmt, CopyStmt) &&
				   ((CopyStmt *) stmt->utilityStmt)->is_from);
}

static bool
shipped_of(HeapTuple tuple, TupleDesc desc, int attnum)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, attnum, desc, &isnull);

	return !isnull && DatumGetBool(d);
}

Datum
guard_shipped(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = trigger_data(fcinfo, "guard_shipped");
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	int			attnum = SPI_fnumber(desc, "shipped");
	HeapTuple	result;

	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("guard_shipped() must be a BEFORE ROW trigger on a table with a column \"shipped\"")));

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		result = trigdata->tg_trigtuple;
		if (shipped_of(result, desc, attnum) && !may_change_shipped())
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("a row added to \"%s\" cannot be marked shipped",
							RelationGetRelationName(trigdata->tg_relation)),
					 errdetail("Shipped rows are the extension's: pg_dump leaves them out and CREATE EXTENSION brings them back, so a row of yours marked shipped would be lost by a dump and restore."),
					 errhint("Leave shipped at its default, false.")));
	}
	else
	{
		result = trigdata->tg_newtuple;
		if (shipped_of(result, desc, attnum) != shipped_of(trigdata->tg_trigtuple, desc, attnum) &&
			!may_change_shipped())
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("the shipped flag of a row of \"%s\" cannot be changed",
							RelationGetRelationName(trigdata->tg_relation)),
					 errdetail("It tells the rows the extension ships, which pg_dump leaves out, from yours, which it keeps."),
					 errhint("Change the shipped row itself, or delete it and insert a row of your own: bedprice records the change.")));
	}
	PG_RETURN_POINTER(result);
}
