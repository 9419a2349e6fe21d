/*
 * usage_functions.c: a usage table seen through its price_usage trigger.
 *
 *   bedprice.usage_columns(tbl)              the trigger's mapping
 *   bedprice.usage_charges(tbl, row, book)   one row's charges, each with
 *                                            the price row and multipliers
 *                                            that priced it (the FOCUS
 *                                            export groups these)
 */
#include "postgres.h"

#include "compat.h"
#include "usage_row.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(usage_columns);
PG_FUNCTION_INFO_V1(usage_charges);

/*
 * bedprice.usage_columns(tbl regclass) -> (field, column_name, column_type):
 * the columns the table's price_usage trigger maps, field by field.
 */
Datum
usage_columns(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Relation	rel = relation_open(PG_GETARG_OID(0), AccessShareLock);
	BpUsageMapping map;

	InitMaterializedSRF(fcinfo, 0);
	bp_usage_mapping(&map, rel, bp_usage_trigger(rel));
	for (int f = 0; f < BP_NUM_FIELDS; f++)
	{
		Form_pg_attribute att;
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		if (map.attnum[f] == 0)
			continue;
		att = TupleDescAttr(RelationGetDescr(rel), map.attnum[f] - 1);
		values[0] = CStringGetTextDatum(bp_usage_fields[f]);
		values[1] = NameGetDatum(&att->attname);
		values[2] = CStringGetTextDatum(format_type_with_typemod(att->atttypid, att->atttypmod));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	relation_close(rel, AccessShareLock);
	return (Datum) 0;
}

/* The call site's pricer for the table, built on its first row. */
typedef struct ChargesState
{
	MemoryContext cxt;			/* the state's own: freed when the table changes */
	BpRowPricer *pricer;
	TupleDesc	desc;			/* the table's, for its rows */
	Oid			rowtype;
	Oid			table_arg;		/* the tbl argument it serves (a shard's state: its table) */
} ChargesState;

static ChargesState *
charges_state(FunctionCallInfo fcinfo, Oid table_arg, Oid relid)
{
	ChargesState *st = fcinfo->flinfo->fn_extra;
	MemoryContext cxt;
	Relation	rel;
	MemoryContext old;

	if (st && st->pricer->map.relid == relid && st->table_arg == table_arg)
		return st;
	if (st)
		MemoryContextDelete(st->cxt);	/* and the catalog pin its memo holds */
	fcinfo->flinfo->fn_extra = NULL;
	cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "bedprice usage_charges",
								ALLOCSET_SMALL_SIZES);
	rel = relation_open(relid, AccessShareLock);
	old = MemoryContextSwitchTo(cxt);
	st = palloc0(sizeof(ChargesState));
	st->cxt = cxt;
	st->pricer = bp_row_pricer(cxt, rel, bp_usage_trigger(rel));
	st->desc = CreateTupleDescCopy(RelationGetDescr(rel));
	st->rowtype = rel->rd_rel->reltype;
	st->table_arg = table_arg;
	MemoryContextSwitchTo(old);
	relation_close(rel, AccessShareLock);
	/* a misspelt book setting is an error, not every row's reason */
	bp_check_settings(&st->pricer->memo);
	fcinfo->flinfo->fn_extra = st;
	return st;
}

static Datum
multiplier_ids(const BpChargeQuote *cq)
{
	Datum		ids[BP_NUM_DIMENSIONS];
	int			n = 0;

	for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
		if (cq->factor_id[d])
			ids[n++] = Int64GetDatum(cq->factor_id[d]);
	return PointerGetDatum(construct_array(ids, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * The relation whose rows usage_charges reads for tbl: tbl itself, or on a
 * Citus worker one of its shards, which a distributed query hands its own
 * rows (a shard is named <table>_<shard id>, in the table's schema, and
 * carries the table's trigger).
 */
static Oid
row_relation(FunctionCallInfo fcinfo, Oid relid, Oid rowtype)
{
	ChargesState *st = fcinfo->flinfo->fn_extra;
	Oid			rowrel;
	char	   *name;
	char	   *shard;
	size_t		len;

	/* a row like the last one: no catalog lookup per row */
	if (st && st->table_arg == relid && st->rowtype == rowtype)
		return st->pricer->map.relid;
	rowrel = get_typ_typrelid(rowtype);
	if (!OidIsValid(rowrel) || rowrel == relid ||
		get_rel_namespace(rowrel) != get_rel_namespace(relid))
		return relid;
	name = get_rel_name(relid);
	shard = get_rel_name(rowrel);
	len = strlen(name);
	if (strncmp(shard, name, len) != 0 || shard[len] != '_' || shard[len + 1] == '\0' ||
		strspn(shard + len + 1, "0123456789") != strlen(shard + len + 1))
		return relid;
	return rowrel;
}

/*
 * bedprice.usage_charges(tbl regclass, usage record, book text DEFAULT NULL,
 *                        strict boolean DEFAULT true)
 * -> one row per charge with tokens: as the trigger prices the row (in
 * `book`, if given).  A row that cannot be priced has no charges when the
 * trigger left it unpriced (its cost NULL), when not strict, or with
 * bedprice.on_unknown_model = null; else it is an error.
 */
Datum
usage_charges(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ChargesState *st;
	HeapTupleHeader row;
	HeapTupleData tuple;
	const BpTarget *target;
	BpUsage		usage;
	BpQuote		q;
	const char *reason;
	char	   *book = NULL;
	bool		strict;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		return (Datum) 0;
	row = PG_GETARG_HEAPTUPLEHEADER(1);
	st = charges_state(fcinfo, PG_GETARG_OID(0),
					   row_relation(fcinfo, PG_GETARG_OID(0), HeapTupleHeaderGetTypeId(row)));
	if (HeapTupleHeaderGetTypeId(row) != st->rowtype)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("the row given is of type %s, not a row of %s",
						format_type_be(HeapTupleHeaderGetTypeId(row)),
						get_rel_name(PG_GETARG_OID(0)))));
	if (!PG_ARGISNULL(2))
		book = text_to_cstring(PG_GETARG_TEXT_PP(2));
	strict = PG_ARGISNULL(3) || PG_GETARG_BOOL(3);
	tuple.t_len = HeapTupleHeaderGetDatumLength(row);
	ItemPointerSetInvalid(&tuple.t_self);
	tuple.t_tableOid = InvalidOid;
	tuple.t_data = row;
	bp_row_pricer_load(st->pricer, &tuple, st->desc);

	target = bp_usage_row_target(st->pricer, book, &usage, &reason);
	if (target == NULL || !bp_explain_row(target, &usage, &q, &reason))
	{
		/* a row the trigger left unpriced has none; a priced one must */
		if (!strict || bp_on_unknown_model == BP_UNKNOWN_MODEL_NULL ||
			(book == NULL && st->pricer->nulls[st->pricer->map.attnum[BP_FIELD_COST] - 1]))
			return (Datum) 0;
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("a row of \"%s\" cannot be priced: %s", get_rel_name(PG_GETARG_OID(0)), reason),
				 errhint("CALL bedprice.reprice() prices the table's rows again with the catalog as it is; with bedprice.on_unknown_model = null, a row that cannot be priced has no charges.")));
	}
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		const BpChargeQuote *cq = &q.charges[c];
		const char *region = bp_target_region(target);
		Datum		values[14];
		bool		nulls[14] = {0};

		if (cq->tokens == 0)
			continue;
		values[0] = CStringGetTextDatum(bp_charge_names[c]);
		values[1] = Int64GetDatum(cq->tokens);
		values[2] = CStringGetTextDatum(bp_target_provider(target));
		values[3] = CStringGetTextDatum(bp_target_model(target));
		values[4] = region ? CStringGetTextDatum(region) : (Datum) 0;
		nulls[4] = region == NULL;
		values[5] = CStringGetTextDatum(bp_routing_names[bp_target_routing(target)]);
		values[6] = CStringGetTextDatum(bp_mode_names[bp_target_mode(target)]);
		values[7] = CStringGetTextDatum(bp_target_book(target));
		values[8] = Int64GetDatum(cq->above);
		values[9] = Int64GetDatum(cq->price_id);
		values[10] = multiplier_ids(cq);
		values[11] = bp_decimal_to_numeric(cq->usd_per_mtok);
		values[12] = cq->per_mtok;
		values[13] = cq->cost;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
