/*
 * compat.h: every PG_VERSION_NUM guard of bedprice, in one place.
 *
 * bedprice is built and tested on PostgreSQL 15 and written to build on
 * 13 to 18; anything that differs between those versions is bridged here.
 */
#ifndef BEDPRICE_COMPAT_H
#define BEDPRICE_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "bedprice needs PostgreSQL 13 or later"
#endif

#ifndef HAVE_INT128
#error "bedprice needs a compiler with a 128-bit integer type"
#endif

/* MarkGUCPrefixReserved() replaced EmitWarningsOnPlaceholders() in 15. */
#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/* int64_div_fast_to_numeric() appeared in 14; older servers go through text. */
#if PG_VERSION_NUM >= 140000
#define BP_HAVE_INT64_DIV_FAST_TO_NUMERIC 1
#endif

/* HASH_STRINGS appeared in 14; before it, string keys were dynahash's default. */
#include "utils/hsearch.h"
#if PG_VERSION_NUM < 140000
#define HASH_STRINGS 0
#endif

/* varstr_levenshtein() lives in utils/varlena.h from 13 on. */
#include "utils/varlena.h"

/* table_open() and friends: access/table.h since 12. */
#include "access/table.h"

/* SPI_commit() starts the next transaction itself from 15 on (executor/spi.h). */
#if PG_VERSION_NUM >= 150000
#define bp_spi_commit() SPI_commit()
#else
#define bp_spi_commit() (SPI_commit(), SPI_start_transaction())
#endif

/*
 * InitMaterializedSRF() (15) sets up a set-returning function's tuplestore;
 * before 15, the same by hand.
 */
#if PG_VERSION_NUM < 150000
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

static inline void
InitMaterializedSRF(FunctionCallInfo fcinfo, int flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	TupleDesc	desc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(desc);
	MemoryContextSwitchTo(old);
}
#endif

/*
 * A setting's own record (where its value came from, its SET LOCAL
 * stack): find_option() is exported from 16 on; before, by a search.
 */
#include "utils/guc.h"
#include "utils/guc_tables.h"
#if PG_VERSION_NUM >= 160000
#define bp_find_setting(name) find_option((name), false, true, ERROR)
#else
static inline struct config_generic *
bp_find_setting(const char *name)
{
	struct config_generic **vars = get_guc_variables();
	int			n = GetNumConfigOptions();

	for (int i = 0; i < n; i++)
		if (pg_strcasecmp(vars[i]->name, name) == 0)
			return vars[i];
	return NULL;
}
#endif

/* ProcessUtility_hook's arguments: readOnlyTree appeared in 14. */
#if PG_VERSION_NUM >= 140000
#define BP_UTILITY_ARGS PlannedStmt *pstmt, const char *queryString, bool readOnlyTree, \
	ProcessUtilityContext context, ParamListInfo params, QueryEnvironment *queryEnv, \
	DestReceiver *dest, QueryCompletion *qc
#define BP_UTILITY_PASS pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc
#else
#define BP_UTILITY_ARGS PlannedStmt *pstmt, const char *queryString, \
	ProcessUtilityContext context, ParamListInfo params, QueryEnvironment *queryEnv, \
	DestReceiver *dest, QueryCompletion *qc
#define BP_UTILITY_PASS pstmt, queryString, context, params, queryEnv, dest, qc
#endif

/* initReadOnlyStringInfo() (17) reads a buffer in place; before it, by hand. */
#if PG_VERSION_NUM < 170000
#include "lib/stringinfo.h"

static inline void
initReadOnlyStringInfo(StringInfo str, char *data, int len)
{
	str->data = data;
	str->len = len;
	str->maxlen = 0;
	str->cursor = 0;
}
#endif

#endif							/* BEDPRICE_COMPAT_H */
