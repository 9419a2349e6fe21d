/*
 * catalog_trigger.c: the statement trigger on every catalog table.
 *
 * Data changes send no relcache invalidation of their own, so this trigger
 * sends one for the table: at commit it reaches every backend, whose cache
 * (catalog_cache.c) then rebuilds before its next statement prices a row.
 */
#include "postgres.h"

#include "catalog_cache.h"

#include "commands/trigger.h"
#include "utils/inval.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(catalog_changed);

Datum
catalog_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("bedprice.catalog_changed() must be called as a trigger")));
	if (!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("bedprice.catalog_changed() must be a statement-level trigger")));

	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	bp_catalog_note_write();
	PG_RETURN_POINTER(NULL);
}
