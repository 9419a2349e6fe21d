/*
 * usage_trigger.c: bedprice.price_usage(), the row trigger that prices a
 * user's usage rows as they land (INSERT, COPY, UPDATE).
 *
 *   CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
 *     EXECUTE FUNCTION bedprice.price_usage('cost=cost_usd', 'model=model_id',
 *                                           'in=input_tokens', 'out=output_tokens');
 *
 * A row that cannot be priced is kept: its cost is NULL, and its status
 * column (if mapped) says why; without one, a WARNING says so once per
 * statement and reason.
 */
#include "postgres.h"

#include "usage_row.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "utils/builtins.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(price_usage);

/* Distinct reasons warned of per statement, then one last word. */
#define MAX_WARNINGS 10

static void
check_context(FunctionCallInfo fcinfo)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("bedprice.price_usage() was not called by the trigger manager"),
				 errhint("Attach it with CREATE TRIGGER ... BEFORE INSERT OR UPDATE ... FOR EACH ROW.")));
	if (!TRIGGER_FIRED_BEFORE(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on relation \"%s\" must be fired BEFORE INSERT OR UPDATE FOR EACH ROW",
						td->tg_trigger->tgname, RelationGetRelationName(td->tg_relation))));
}

/* The statement's pricer: built, and the arguments checked, on its first row. */
static BpRowPricer *
pricer_for(FunctionCallInfo fcinfo)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	BpRowPricer *pricer = fcinfo->flinfo->fn_extra;

	if (pricer == NULL || pricer->map.trigger != td->tg_trigger->tgoid ||
		pricer->map.relid != RelationGetRelid(td->tg_relation))
	{
		pricer = bp_row_pricer(fcinfo->flinfo->fn_mcxt, td->tg_relation, td->tg_trigger);
		fcinfo->flinfo->fn_extra = pricer;
	}
	return pricer;
}

static void
warn_unpriced(BpRowPricer *pricer, Relation rel, const char *reason)
{
	ListCell   *lc;
	MemoryContext old;

	foreach(lc, pricer->warned)
		if (strcmp(lfirst(lc), reason) == 0)
			return;
	if (list_length(pricer->warned) > MAX_WARNINGS)
		return;
	old = MemoryContextSwitchTo(pricer->memo.fn_mcxt);
	pricer->warned = lappend(pricer->warned, pstrdup(reason));
	MemoryContextSwitchTo(old);
	if (list_length(pricer->warned) > MAX_WARNINGS)
		ereport(WARNING,
				(errmsg("more rows of \"%s\" were not priced, for other reasons",
						RelationGetRelationName(rel)),
				 errdetail("Their cost is NULL; this statement warns of no more reasons."),
				 errhint("Map a status column ('status=<column>') to keep each row's reason.")));
	else
		ereport(WARNING,
				(errmsg("a row of \"%s\" was not priced: %s", RelationGetRelationName(rel), reason),
				 errdetail("Its cost is NULL; this statement warns once of each reason."),
				 errhint("Map a status column ('status=<column>') to keep each row's reason.")));
}

/*
 * bedprice.price_usage(field=column, ...) RETURNS trigger: sets the cost
 * (and status) columns of the row being inserted or updated.
 */
Datum
price_usage(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	BpRowPricer *pricer;
	HeapTuple	tuple,
				priced;
	TupleDesc	desc;
	BpRowPrice	price;
	int			cost,
				status;

	check_context(fcinfo);
	pricer = pricer_for(fcinfo);
	tuple = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;
	desc = RelationGetDescr(td->tg_relation);

	bp_row_pricer_load_slot(pricer, TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newslot : td->tg_trigslot);
	bp_price_usage_row(pricer, &price);

	cost = pricer->map.attnum[BP_FIELD_COST] - 1;
	status = pricer->map.attnum[BP_FIELD_STATUS] - 1;
	pricer->values[cost] = price.cost;
	pricer->nulls[cost] = !price.priced;
	if (status >= 0)
	{
		pricer->nulls[status] = price.priced;
		if (!price.priced)
			pricer->values[status] = CStringGetTextDatum(price.reason);
	}
	else if (!price.priced)
		warn_unpriced(pricer, td->tg_relation, price.reason);

	/* a new tuple in place of the old, as heap_modify_tuple() makes it */
	priced = heap_form_tuple(desc, pricer->values, pricer->nulls);
	priced->t_data->t_ctid = tuple->t_data->t_ctid;
	priced->t_self = tuple->t_self;
	priced->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(priced);
}
