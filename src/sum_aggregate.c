/*
 * sum_aggregate.c: bedprice.sum_bedrock_cost(...), sum(bedrock_cost(...))
 * without a numeric per row.
 *
 * A row's cost is the one bedrock_cost returns (rounded to
 * BP_RESULT_SCALE places), counted in an int128 of 10^-15 USD; what that
 * cannot hold (a row priced by the general path, a sum past 2^127) is
 * added as numeric.  The result equals sum(bedrock_cost(...)) to the last
 * digit, display scale included: numeric's sum keeps the largest scale of
 * its inputs, here each row's cost with its trailing zeros dropped.
 */
#include "postgres.h"

#include "bedprice.h"
#include "call_args.h"
#include "compat.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgrprotos.h"

PG_FUNCTION_INFO_V1(sum_bedrock_cost_step);
PG_FUNCTION_INFO_V1(sum_cost_combine);
PG_FUNCTION_INFO_V1(sum_cost_serialize);
PG_FUNCTION_INFO_V1(sum_cost_deserialize);
PG_FUNCTION_INFO_V1(sum_cost_final);

typedef struct CostSum
{
	int128		units;			/* 10^-BP_RESULT_SCALE USD */
	int32		dscale;			/* the largest scale of a row's trimmed cost */
	bool		priced;			/* a row had a cost (not NULL) */
	Datum		numeric;		/* what units could not hold, or 0 */
	MemoryContext cxt;			/* the aggregate's, holding the sum */
} CostSum;

/* the step's arguments: the state, then bedrock_cost's, as many as given */
static const ArgLayout sum_args = {
	-1, 1, 2, 5, {3, 4, 6, 7, 8}, 9, -1
};

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext cxt;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "%s called in non-aggregate context", name);
	return cxt;
}

static CostSum *
new_sum(MemoryContext cxt)
{
	CostSum    *sum = MemoryContextAllocZero(cxt, sizeof(CostSum));

	sum->cxt = cxt;
	return sum;
}

/* units / 10^15 as a numeric of display scale `dscale` (units has no
 * digit below it). */
static Datum
units_numeric(int128 units, int32 dscale)
{
	return bp_decimal_to_numeric((BpDecimal) {
		units / bp_pow10_128(BP_RESULT_SCALE - dscale), dscale});
}

/* Add n to the numeric part (what units cannot hold: rare). */
static void
add_numeric(CostSum *sum, Datum n)
{
	MemoryContext old = MemoryContextSwitchTo(sum->cxt);
	Datum		before = sum->numeric;

	sum->numeric = before ? DirectFunctionCall2(numeric_add, before, n)
		: datumCopy(n, false, -1);
	if (before)
		pfree(DatumGetPointer(before));
	MemoryContextSwitchTo(old);
}

/* The scale of units / 10^15 with its trailing zeros dropped. */
static int32
trimmed_scale(int128 units)
{
	int32		scale = BP_RESULT_SCALE;

	if (units == 0)
		return 0;
	if (units >= PG_INT64_MIN && units <= PG_INT64_MAX)
	{
		int64		u = (int64) units;

		while (scale > 0 && u % 10 == 0)
			u /= 10, scale--;
		return scale;
	}
	while (scale > 0 && units % 10 == 0)
		units /= 10, scale--;
	return scale;
}

/*
 * 5^-k modulo 2^64, and the largest multiple of 5^k's quotient: x is a
 * multiple of 5^k when x * 5^-k (mod 2^64) is at most (2^64 - 1) / 5^k,
 * a multiply instead of a division, for every row.
 */
static uint64 inverse5[BP_RESULT_SCALE + 1];
static uint64 max_quotient5[BP_RESULT_SCALE + 1];

static void
init_inverse5(void)
{
	uint64		p = 1;

	for (int k = 0; k <= BP_RESULT_SCALE; k++, p *= 5)
	{
		uint64		inv = p;	/* Newton: each step doubles the bits right */

		for (int i = 0; i < 6; i++)
			inv *= 2 - p * inv;
		inverse5[k] = inv;
		max_quotient5[k] = PG_UINT64_MAX / p;
	}
}

/* Does units / 10^15 have a digit past `dscale` places? */
static inline bool
more_places(int128 units, int32 dscale)
{
	int			k = BP_RESULT_SCALE - dscale;

	if (k <= 0)
		return false;
	if (likely(units > PG_INT64_MIN && units <= PG_INT64_MAX))
	{
		uint64		a = units < 0 ? (uint64) -(int64) units : (uint64) units;

		/* 10^k = 2^k 5^k */
		if (a == 0)
			return false;
		return __builtin_ctzll(a) < k || a * inverse5[k] > max_quotient5[k];
	}
	return units % bp_pow10_128(k) != 0;
}

static void
add_units(CostSum *sum, int128 units, int32 dscale)
{
	int128		before = sum->units;

	if (dscale > sum->dscale)
		sum->dscale = dscale;
	if (unlikely(__builtin_add_overflow(before, units, &sum->units)))
	{
		add_numeric(sum, units_numeric(before, sum->dscale));
		sum->units = units;
	}
}

/*
 * A cost bedrock_cost returned (at most 15 places) as units, and its
 * scale; false past what int128 holds.
 */
static bool
numeric_units(Datum cost, int128 *units, int32 *scale)
{
	BpDecimal	d;

	if (!bp_decimal_try_from_numeric(cost, &d) || d.scale > BP_RESULT_SCALE)
		return false;
	*scale = d.scale;
	if (!bp_decimal_rescale(d, BP_RESULT_SCALE, &d))
		return false;
	*units = d.mantissa;
	return true;
}

/*
 * bedprice_internal.sum_bedrock_cost_step(internal, model, region,
 * in_tokens, out_tokens[, mode[, cache_read_tokens, cache_write_tokens,
 * cache_write_1h_tokens[, at]]]): a NULL cost (a NULL argument, an unknown
 * model priced as NULL) adds nothing, as sum() skips it.
 */
Datum
sum_bedrock_cost_step(PG_FUNCTION_ARGS)
{
	CostSum    *sum = PG_ARGISNULL(0) ? NULL : (CostSum *) PG_GETARG_POINTER(0);
	BpCallKey	key;
	BpUsage		usage;
	int128		units;
	Datum		cost;
	bool		isnull;

	if (unlikely(sum == NULL))
	{
		/* (the aggregate's memory holds the sum: looked up once a group) */
		sum = new_sum(aggregate_context(fcinfo, "sum_bedrock_cost_step"));
		if (inverse5[0] == 0)
			init_inverse5();
	}
	if (!read_args(fcinfo, &sum_args, &key, &usage))
		PG_RETURN_POINTER(sum);
	if (likely(bp_units_for_call(fcinfo->flinfo, &key, &usage, &units, &cost, &isnull)))
	{
		sum->priced = true;
		/* only a row with more places than any before needs counting them */
		add_units(sum, units, unlikely(more_places(units, sum->dscale)) ? trimmed_scale(units)
				  : sum->dscale);
	}
	else if (!isnull)
	{
		/* the general path's numeric (a tier, say): as units where they hold it */
		int32		scale;

		sum->priced = true;
		if (numeric_units(cost, &units, &scale))
			add_units(sum, units, scale);
		else
			add_numeric(sum, cost);
	}
	PG_RETURN_POINTER(sum);
}

/* Parallel aggregation: two workers' sums in one. */
Datum
sum_cost_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "sum_cost_combine");
	CostSum    *a = PG_ARGISNULL(0) ? NULL : (CostSum *) PG_GETARG_POINTER(0);
	CostSum    *b = PG_ARGISNULL(1) ? NULL : (CostSum *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = new_sum(cxt);
	a->priced |= b->priced;
	add_units(a, b->units, b->dscale);
	if (b->numeric)
		add_numeric(a, b->numeric);
	PG_RETURN_POINTER(a);
}

Datum
sum_cost_serialize(PG_FUNCTION_ARGS)
{
	CostSum    *sum = (CostSum *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	(void) aggregate_context(fcinfo, "sum_cost_serialize");
	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) (sum->units >> 64));
	pq_sendint64(&buf, (int64) (uint64) sum->units);
	pq_sendint32(&buf, sum->dscale);
	pq_sendbyte(&buf, sum->priced);
	pq_sendbyte(&buf, sum->numeric != 0);
	if (sum->numeric)
	{
		bytea	   *n = DatumGetByteaPP(DirectFunctionCall1(numeric_send, sum->numeric));

		pq_sendbytes(&buf, VARDATA_ANY(n), VARSIZE_ANY_EXHDR(n));
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
sum_cost_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	CostSum    *sum;
	StringInfoData buf;
	uint64		high;

	/* (in the caller's memory, as PostgreSQL's own: combine only reads it) */
	(void) aggregate_context(fcinfo, "sum_cost_deserialize");
	sum = new_sum(CurrentMemoryContext);
	initReadOnlyStringInfo(&buf, VARDATA_ANY(data), VARSIZE_ANY_EXHDR(data));
	high = (uint64) pq_getmsgint64(&buf);
	sum->units = (int128) (((uint128) high << 64) | (uint64) pq_getmsgint64(&buf));
	sum->dscale = pq_getmsgint(&buf, 4);
	if (sum->dscale < 0 || sum->dscale > BP_RESULT_SCALE)
		elog(ERROR, "invalid sum_bedrock_cost state: display scale %d", sum->dscale);
	sum->priced = pq_getmsgbyte(&buf) != 0;
	if (pq_getmsgbyte(&buf) != 0)
		sum->numeric = DirectFunctionCall3(numeric_recv, PointerGetDatum(&buf),
										   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(sum);
}

/* The numeric sum; NULL where no row had a cost, as sum() gives. */
Datum
sum_cost_final(PG_FUNCTION_ARGS)
{
	CostSum    *sum = PG_ARGISNULL(0) ? NULL : (CostSum *) PG_GETARG_POINTER(0);
	Datum		result;

	if (sum == NULL || !sum->priced)
		PG_RETURN_NULL();
	result = units_numeric(sum->units, sum->dscale);
	if (sum->numeric)
		result = DirectFunctionCall2(numeric_add, result, sum->numeric);
	PG_RETURN_DATUM(result);
}
