/*
 * reprice.c: CALL bedprice.reprice(tbl, since) prices again the rows of a
 * table that carries the price_usage trigger, after a price correction or
 * once an unknown model is known.
 *
 * The table is read in batches of BATCH_BLOCKS pages (a heap scan limited
 * to them); a batch's rows whose cost or status would change are updated
 * by one UPDATE ... WHERE ctid = ANY(...), and the batch commits (CALL
 * outside a transaction block), so tens of millions of rows take bounded
 * memory and no giant transaction.  Unchanged rows are not written.  A
 * session lock for the whole call keeps the table from being rewritten
 * between batches.
 *
 * A Citus distributed table holds no rows on the coordinator: each of its
 * shards is repriced where it lives (reprice_shards), with that node's
 * settings: a setting of this session is refused there.
 */
#include "postgres.h"

#include "compat.h"
#include "usage_row.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "catalog/pg_am.h"
#include "catalog/pg_class.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/bufmgr.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"

PG_FUNCTION_INFO_V1(reprice);

#define BATCH_BLOCKS 1024		/* 8 MB of table a batch */

/* The changed rows of one batch, as the UPDATE's arrays. */
typedef struct Changes
{
	int			n;
	int			size;
	ItemPointerData *tids;
	Datum	   *costs;
	bool	   *cost_nulls;
	Datum	   *statuses;
	bool	   *status_nulls;
	Datum	   *cost_changed;
} Changes;

static void
add_change(Changes *ch, ItemPointer tid, const BpRowPrice *price, bool cost_changed)
{
	if (ch->n == ch->size)
	{
		ch->size = ch->size ? ch->size * 2 : 1024;
		ch->tids = repalloc_huge(ch->tids, sizeof(ItemPointerData) * ch->size);
		ch->costs = repalloc_huge(ch->costs, sizeof(Datum) * ch->size);
		ch->cost_nulls = repalloc_huge(ch->cost_nulls, sizeof(bool) * ch->size);
		ch->statuses = repalloc_huge(ch->statuses, sizeof(Datum) * ch->size);
		ch->status_nulls = repalloc_huge(ch->status_nulls, sizeof(bool) * ch->size);
		ch->cost_changed = repalloc_huge(ch->cost_changed, sizeof(Datum) * ch->size);
	}
	ch->tids[ch->n] = *tid;
	ch->costs[ch->n] = price->priced ? datumCopy(price->cost, false, -1) : (Datum) 0;
	ch->cost_nulls[ch->n] = !price->priced;
	ch->statuses[ch->n] = price->priced ? (Datum) 0 : CStringGetTextDatum(price->reason);
	ch->status_nulls[ch->n] = price->priced;
	ch->cost_changed[ch->n] = BoolGetDatum(cost_changed);
	ch->n++;
}

static void
changes_init(Changes *ch)
{
	memset(ch, 0, sizeof(*ch));
	/* repalloc_huge needs a first chunk */
	ch->tids = palloc(1);
	ch->costs = palloc(1);
	ch->cost_nulls = palloc(1);
	ch->statuses = palloc(1);
	ch->status_nulls = palloc(1);
	ch->cost_changed = palloc(1);
}

/* Whether the stored cost differs from the new one (NULL when unpriced). */
static bool
cost_differs(const BpRowPricer *pricer, const BpRowPrice *price)
{
	int			a = pricer->map.attnum[BP_FIELD_COST] - 1;

	if (pricer->nulls[a] || !price->priced)
		return pricer->nulls[a] != !price->priced;
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, pricer->values[a], price->cost)) != 0;
}

static bool
status_differs(const BpRowPricer *pricer, const BpRowPrice *price)
{
	int			a = pricer->map.attnum[BP_FIELD_STATUS] - 1;
	text	   *old;

	if (a < 0)
		return false;
	if (pricer->nulls[a] || price->priced)
		return pricer->nulls[a] != price->priced;
	old = DatumGetTextPP(pricer->values[a]);
	return strlen(price->reason) != VARSIZE_ANY_EXHDR(old) ||
		memcmp(price->reason, VARDATA_ANY(old), VARSIZE_ANY_EXHDR(old)) != 0;
}

/* Scan a batch's pages and note the rows whose price changed. */
static void
scan_batch(Relation rel, BpRowPricer *pricer, BlockNumber start, BlockNumber nblocks,
		   const TimestampTz *since, Changes *ch)
{
	MemoryContext row_cxt = AllocSetContextCreate(CurrentMemoryContext, "bedprice reprice row",
												  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old;
	TableScanDesc scan;
	HeapTuple	tuple;

	/* a fresh snapshot that sees the previous batches' updates */
	PushCopiedSnapshot(GetTransactionSnapshot());
	UpdateActiveSnapshotCommandId();
	scan = table_beginscan(rel, GetActiveSnapshot(), 0, NULL);
	heap_setscanlimits(scan, start, nblocks);
	while ((tuple = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		BpRowPrice	price;
		TimestampTz at;
		bool		cost_changed;

		CHECK_FOR_INTERRUPTS();
		bp_row_pricer_load(pricer, tuple, RelationGetDescr(rel));
		if (since && (!bp_row_at(pricer, &at) || at < *since))
			continue;
		old = MemoryContextSwitchTo(row_cxt);
		bp_price_usage_row(pricer, &price);
		MemoryContextSwitchTo(old);
		cost_changed = cost_differs(pricer, &price);
		if (cost_changed || status_differs(pricer, &price))
			add_change(ch, &tuple->t_self, &price, cost_changed);	/* copies the values */
		MemoryContextReset(row_cxt);
	}
	table_endscan(scan);
	PopActiveSnapshot();
	MemoryContextDelete(row_cxt);
}

/* Update a batch's changed rows; the rows whose cost changed. */
static int64
update_batch(Relation rel, const BpRowPricer *pricer, const Changes *ch)
{
	const BpUsageMapping *map = &pricer->map;
	const char *cost = quote_identifier(get_attname(map->relid, map->attnum[BP_FIELD_COST], false));
	const char *status = map->attnum[BP_FIELD_STATUS] ?
		quote_identifier(get_attname(map->relid, map->attnum[BP_FIELD_STATUS], false)) : NULL;
	const char *table = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												   RelationGetRelationName(rel));
	int			dims[1] = {ch->n};
	int			lbs[1] = {1};
	Oid			types[4] = {TIDARRAYOID, NUMERICARRAYOID, TEXTARRAYOID, BOOLARRAYOID};
	Datum		args[4];
	bool		isnull;
	char	   *sql;

	{
		Datum	   *tids = palloc(sizeof(Datum) * ch->n);

		for (int i = 0; i < ch->n; i++)
			tids[i] = PointerGetDatum(&ch->tids[i]);
		args[0] = PointerGetDatum(construct_array(tids, ch->n, TIDOID, sizeof(ItemPointerData),
												  false, TYPALIGN_SHORT));
	}
	args[1] = PointerGetDatum(construct_md_array(ch->costs, ch->cost_nulls, 1, dims, lbs,
												 NUMERICOID, -1, false, TYPALIGN_INT));
	args[2] = PointerGetDatum(construct_md_array(ch->statuses, ch->status_nulls, 1, dims, lbs,
												 TEXTOID, -1, false, TYPALIGN_INT));
	args[3] = PointerGetDatum(construct_array(ch->cost_changed, ch->n, BOOLOID, 1, true, TYPALIGN_CHAR));

	/* every name qualified, every operator pg_catalog's: nothing from the caller's path */
	sql = psprintf("WITH changed AS ("
				   " UPDATE ONLY %s AS u SET %s = v.cost%s%s%s"
				   " FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3),"
				   "                pg_catalog.unnest($4)) AS v(tid, cost, status, cost_changed)"
				   " WHERE u.ctid OPERATOR(pg_catalog.=) ANY ($1) AND u.ctid OPERATOR(pg_catalog.=) v.tid"
				   " RETURNING v.cost_changed)"
				   " SELECT pg_catalog.count(*) FROM changed WHERE cost_changed",
				   table, cost, status ? ", " : "", status ? status : "", status ? " = v.status" : "");
	if (SPI_execute_with_args(sql, 4, types, args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "bedprice.reprice: the update of a batch failed");
	return DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
}

/* Open the table for a batch, and check that it can be repriced. */
static Relation
open_for_reprice(Oid relid)
{
	Relation	rel = try_table_open(relid, RowExclusiveLock);

	if (rel == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid),
				 errdetail("It was dropped while bedprice.reprice() ran.")));
	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relam != HEAP_TABLE_AM_OID)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a heap table", RelationGetRelationName(rel)),
				 errhint("bedprice.reprice() reprices tables and partitioned tables.")));
	if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK ||
		pg_class_aclcheck(relid, GetUserId(), ACL_UPDATE) != ACLCHECK_OK)
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, RelationGetRelationName(rel));
	if (check_enable_rls(relid, InvalidOid, false) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("bedprice.reprice() does not reprice tables under row-level security"),
				 errdetail("Row-level security applies to \"%s\" for this role.",
						   RelationGetRelationName(rel))));
	return rel;
}

/* Reprice one heap table, batch by batch; the rows whose cost changed. */
static int64
reprice_table(Oid relid, const TimestampTz *since, bool atomic, MemoryContext cxt,
			  LockRelId *locked)
{
	BlockNumber nblocks;
	int64		changed = 0;

	{
		Relation	rel = open_for_reprice(relid);
		const Trigger *trigger = bp_usage_trigger(rel);
		BpUsageMapping map;

		bp_usage_mapping(&map, rel, trigger);	/* checked, as each batch's pricer will be */
		if (since && map.attnum[BP_FIELD_AT] == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("trigger \"%s\" maps no column to field \"at\"", trigger->tgname),
					 errdetail("Repricing rows since a time needs the rows' time.")));
		/* its rows' costs are not the trigger's: perhaps entered by hand */
		if (trigger->tgenabled == TRIGGER_DISABLED)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("trigger \"%s\" of relation \"%s\" is disabled",
							trigger->tgname, RelationGetRelationName(rel)),
					 errhint("Enable it (ALTER TABLE ... ENABLE TRIGGER) to reprice the table's rows.")));
		/*
		 * No rewrite or truncation between two batches (VACUUM FULL, ALTER
		 * TABLE ... TYPE, TRUNCATE would move rows into pages done, or
		 * behind the end): a lock for the whole call, which lets every
		 * write and plain VACUUM go on.  Committing batches run at top
		 * level, where an error aborts the transaction and so releases it;
		 * in a transaction block the batches' own locks last the call.
		 */
		if (!atomic)
		{
			LockRelationIdForSession(&rel->rd_lockInfo.lockRelId, AccessShareLock);
			*locked = rel->rd_lockInfo.lockRelId;
		}
		/* rows the batches' updates append past this are priced already */
		nblocks = RelationGetNumberOfBlocks(rel);
		table_close(rel, NoLock);
	}
	for (BlockNumber start = 0; start < nblocks; start += BATCH_BLOCKS)
	{
		Relation	rel = open_for_reprice(relid);
		BpRowPricer *pricer = bp_row_pricer(cxt, rel, bp_usage_trigger(rel));
		MemoryContext old = MemoryContextSwitchTo(cxt);
		BlockNumber now = RelationGetNumberOfBlocks(rel);
		Changes		ch;

		/* a misspelt book setting must not become every row's reason */
		PushActiveSnapshot(GetTransactionSnapshot());
		bp_check_settings(&pricer->memo);
		PopActiveSnapshot();

		if (start >= now)
		{
			/* shorter than it was (VACUUM truncated empty pages at its end) */
			MemoryContextSwitchTo(old);
			table_close(rel, NoLock);
			MemoryContextReset(cxt);
			break;
		}
		changes_init(&ch);
		scan_batch(rel, pricer, start, Min(BATCH_BLOCKS, Min(nblocks, now) - start), since, &ch);
		if (ch.n > 0)
			changed += update_batch(rel, pricer, &ch);
		MemoryContextSwitchTo(old);
		table_close(rel, NoLock);
		MemoryContextReset(cxt);	/* unpins the catalog before a commit */
		if (!atomic)
			bp_spi_commit();
	}
	return changed;
}

/*
 * Reprice each shard of a Citus distributed table on its node (the
 * trigger is on every shard there); the rows changed, summed.  A shard
 * that fails is an error naming it; the shards done before stay done, as
 * a batch done stays done.
 */
static int64
reprice_shards(Oid relid, const TimestampTz *since)
{
	Oid			types[2] = {REGCLASSOID, TEXTOID};
	Datum		args[2];
	char	   *call;
	bool		isnull;
	int64		changed;
	const char *setting = bp_session_only_setting();

	if (setting != NULL)
		bp_refuse_session_setting(setting);
	call = psprintf("CALL bedprice.reprice('%%s', %s)",
					since ? psprintf("%s::timestamptz", quote_literal_cstr(timestamptz_to_str(*since))) : "NULL");
	args[0] = ObjectIdGetDatum(relid);
	args[1] = CStringGetTextDatum(call);
	if (SPI_execute_with_args("SELECT coalesce(sum(result::bigint) FILTER (WHERE success), 0)::bigint,"
							  "       min(shardid::text || ': ' || result) FILTER (WHERE NOT success)"
							  " FROM pg_catalog.run_command_on_shards($1::pg_catalog.regclass, $2)",
							  2, types, args, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "bedprice.reprice: repricing the shards failed");
	changed = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	{
		char	   *failed = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);

		if (failed)
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("bedprice.reprice() of \"%s\" failed on shard %s", get_rel_name(relid), failed),
					 errdetail("%lld rows of other shards were repriced.", (long long) changed)));
	}
	return changed;
}

/*
 * CALL bedprice.reprice(tbl regclass, since timestamptz DEFAULT NULL,
 *                       INOUT changed bigint DEFAULT NULL)
 */
Datum
reprice(PG_FUNCTION_ARGS)
{
	bool		atomic = !(fcinfo->context && IsA(fcinfo->context, CallContext) &&
						   !castNode(CallContext, fcinfo->context)->atomic);
	TimestampTz since;
	Oid			relid;
	List	   *tables;
	int64		changed = 0;
	MemoryContext cxt;
	TupleDesc	desc;
	Datum		result;
	bool		isnull = false;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the table to reprice must not be NULL")));
	relid = PG_GETARG_OID(0);
	if (!PG_ARGISNULL(1))
		since = PG_GETARG_TIMESTAMPTZ(1);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "bedprice.reprice must return a composite type");
	desc = BlessTupleDesc(desc);

	/* a partitioned table: each of its partitions */
	if (get_rel_relkind(relid) == RELKIND_PARTITIONED_TABLE)
		tables = find_all_inheritors(relid, RowExclusiveLock, NULL);	/* as the batches take */
	else
		tables = list_make1_oid(relid);

	SPI_connect_ext(atomic ? 0 : SPI_OPT_NONATOMIC);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "bedprice reprice", ALLOCSET_DEFAULT_SIZES);
	if (bp_is_citus_table(relid))
		changed = reprice_shards(relid, PG_ARGISNULL(1) ? NULL : &since);
	else
	{
		ListCell   *lc;

		foreach(lc, tables)
		{
			LockRelId	locked;

			if (get_rel_relkind(lfirst_oid(lc)) == RELKIND_PARTITIONED_TABLE)
				continue;
			changed += reprice_table(lfirst_oid(lc), PG_ARGISNULL(1) ? NULL : &since, atomic, cxt,
									 &locked);
			if (!atomic)
				UnlockRelationIdForSession(&locked, AccessShareLock);
		}
	}
	MemoryContextDelete(cxt);
	SPI_finish();

	result = Int64GetDatum(changed);
	return HeapTupleGetDatum(heap_form_tuple(desc, &result, &isnull));
}
