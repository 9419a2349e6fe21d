/*
 * cost_functions.c: the SQL-callable pricing functions.
 *
 * Each reads its arguments into a BpCallKey and a BpUsage and hands them to
 * the engine (bedprice.h); none of them reads the catalog itself.
 */
#include "postgres.h"

#include "bedprice.h"
#include "call_args.h"
#include "catalog_cache.h"
#include "pricing.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"
#include "utils/jsonb.h"

PG_FUNCTION_INFO_V1(bedrock_cost);
PG_FUNCTION_INFO_V1(api_cost);
PG_FUNCTION_INFO_V1(bedrock_cost_breakdown);
PG_FUNCTION_INFO_V1(bedrock_cost_in);
PG_FUNCTION_INFO_V1(api_cost_in);
PG_FUNCTION_INFO_V1(cost_or_null);
PG_FUNCTION_INFO_V1(unit_price);
PG_FUNCTION_INFO_V1(bedrock_cost_breakdown_in);
PG_FUNCTION_INFO_V1(resolve_model);
PG_FUNCTION_INFO_V1(cache_info);

/* Where each function's arguments sit (call_args.h). */
static const ArgLayout bedrock_args = {
	-1, 0, 1, 4, {2, 3, 5, 6, 7}, 8, -1
};

static const ArgLayout api_args = {
	0, 1, -1, -1, {2, 3, 4, 5, 6}, 7, -1
};

/* The _in functions: the same, after a first argument, the book. */
static const ArgLayout bedrock_in_args = {
	-1, 1, 2, 5, {3, 4, 6, 7, 8}, 9, 0
};

static const ArgLayout api_in_args = {
	1, 2, -1, -1, {3, 4, 5, 6, 7}, 8, 0
};

/* bedprice.cost_or_null(book, provider, model, region, counts, mode, ..., at) */
static const ArgLayout or_null_args = {
	1, 2, 3, 6, {4, 5, 7, 8, 9}, 10, 0
};

static Datum
cost(FunctionCallInfo fcinfo, const ArgLayout *layout)
{
	BpCallKey	key;
	BpUsage		usage;

	if (!read_args(fcinfo, layout, &key, &usage))
		PG_RETURN_NULL();
	return bp_cost_for_call(fcinfo->flinfo, &key, &usage, &fcinfo->isnull);
}

/*
 * bedprice.bedrock_cost(model, region, in_tokens, out_tokens, mode,
 *                       cache_read_tokens, cache_write_tokens,
 *                       cache_write_1h_tokens, at) -> numeric USD
 */
Datum
bedrock_cost(PG_FUNCTION_ARGS)
{
	return cost(fcinfo, &bedrock_args);
}

/*
 * bedprice.api_cost(provider, model, in_tokens, out_tokens,
 *                   cache_read_tokens, cache_write_tokens,
 *                   cache_write_1h_tokens, at) -> numeric USD
 */
Datum
api_cost(PG_FUNCTION_ARGS)
{
	return cost(fcinfo, &api_args);
}

/* bedprice.bedrock_cost_in(book, the arguments of bedrock_cost) */
Datum
bedrock_cost_in(PG_FUNCTION_ARGS)
{
	return cost(fcinfo, &bedrock_in_args);
}

/* bedprice.api_cost_in(book, the arguments of api_cost) */
Datum
api_cost_in(PG_FUNCTION_ARGS)
{
	return cost(fcinfo, &api_in_args);
}

/* A Bedrock key goes through the engine's Bedrock path; a direct API's has
 * no region or mode. */
static void
key_for_provider(BpCallKey *key)
{
	if (strcmp(bp_normalize(key->provider, key->provider_len), "bedrock") == 0)
		key->provider = NULL;
	else
	{
		key->region = NULL;
		key->mode = NULL;
	}
}

/*
 * bedprice.cost_or_null(book, provider, model, region, in_tokens,
 *                       out_tokens, mode, cache_read_tokens,
 *                       cache_write_tokens, cache_write_1h_tokens, at)
 *
 * What-if pricing over stored usage (the comparison functions): NULL where
 * the usage's own values cannot be priced (no such model, no price for that
 * mode or routing at that time), as the pricing trigger leaves a row
 * unpriced; a setting that names no region or book is still an error.
 */
Datum
cost_or_null(PG_FUNCTION_ARGS)
{
	BpCallKey	key;
	BpUsage		usage;
	const BpTarget *target;
	const char *reason;
	Datum		result;

	if (!read_args(fcinfo, &or_null_args, &key, &usage))
		PG_RETURN_NULL();
	key_for_provider(&key);
	bp_check_settings(fcinfo->flinfo);
	target = bp_target_for_row(fcinfo->flinfo, &key, &reason);
	if (target == NULL || !bp_price_row(target, &usage, &result, &reason))
		PG_RETURN_NULL();
	return result;
}

/*
 * bedprice.unit_price(book, provider, model, region, charge, mode, at,
 *                     strict) -> numeric USD per 1M tokens
 *
 * One charge's price times its factors at the standard tier, exact, as the
 * engine multiplies it (a volume's cost is then exact: volume_cost).  Not
 * strict: NULL where the catalog cannot price it, as cost_or_null.
 */
Datum
unit_price(PG_FUNCTION_ARGS)
{
	BpCallKey	key = {0};
	BpUsage		usage = {{0}};
	BpQuote		q;
	BpCharge	charge;
	const BpTarget *target;
	const char *reason;
	const char *s;
	int			len;

	for (int i = 1; i <= 7; i++)
		if (i != 3 && PG_ARGISNULL(i))
			PG_RETURN_NULL();
	text_arg(fcinfo, 4, &s, &len);
	if (!bp_charge_from_name(s, len, &charge))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown charge \"%s\"", bp_quotable(bp_normalize(s, len))),
				 errhint("Charges: input, output, cache_read, cache_write, cache_write_1h.")));
	usage.tokens[charge] = 1;	/* one token: never above a tier */
	usage.at = PG_GETARG_TIMESTAMPTZ(6);
	if (!PG_ARGISNULL(0))
		text_arg(fcinfo, 0, &key.book, &key.book_len);
	text_arg(fcinfo, 1, &key.provider, &key.provider_len);
	text_arg(fcinfo, 2, &key.model, &key.model_len);
	if (!PG_ARGISNULL(3))
		text_arg(fcinfo, 3, &key.region, &key.region_len);
	text_arg(fcinfo, 5, &key.mode, &key.mode_len);
	key_for_provider(&key);
	if (PG_GETARG_BOOL(7))
	{
		target = bp_target_for_call(fcinfo->flinfo, &key);
		if (target == NULL)
			PG_RETURN_NULL();	/* unknown model, bedprice.on_unknown_model = null */
		bp_price_explain(target, &usage, &q);
	}
	else
	{
		bp_check_settings(fcinfo->flinfo);
		target = bp_target_for_row(fcinfo->flinfo, &key, &reason);
		if (target == NULL || !bp_explain_row(target, &usage, &q, &reason))
			PG_RETURN_NULL();
	}
	PG_RETURN_DATUM(q.charges[charge].per_mtok);
}

static void
append_decimal(StringInfo buf, BpDecimal d)
{
	appendStringInfoString(buf, bp_decimal_to_cstring(d));
}

static void
append_numeric(StringInfo buf, Datum num)
{
	appendStringInfoString(buf, DatumGetCString(DirectFunctionCall1(numeric_out, num)));
}

/* Per-charge detail of a quote, as jsonb. */
static Datum
charges_jsonb(const BpQuote *q)
{
	StringInfoData buf;
	bool		first = true;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		const BpChargeQuote *cq = &q->charges[c];

		if (cq->tokens == 0)
			continue;
		appendStringInfo(&buf, "%s\"%s\": {\"tokens\": %lld, \"above_input_tokens\": %lld, \"price_id\": %lld, ",
						 first ? "" : ", ", bp_charge_names[c], (long long) cq->tokens,
						 (long long) cq->above, (long long) cq->price_id);
		if (cq->book)
		{
			appendStringInfoString(&buf, "\"book\": ");
			escape_json(&buf, cq->book);
			appendStringInfoString(&buf, ", ");
		}
		appendStringInfoString(&buf, "\"usd_per_mtok\": ");
		append_decimal(&buf, cq->usd_per_mtok);
		for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
		{
			appendStringInfo(&buf, ", \"%s_factor\": ", bp_dimension_names[d]);
			append_decimal(&buf, cq->factor[d]);
			if (cq->factor_id[d])
				appendStringInfo(&buf, ", \"%s_multiplier_id\": %lld",
								 bp_dimension_names[d], (long long) cq->factor_id[d]);
		}
		appendStringInfoString(&buf, ", \"cost\": ");
		append_numeric(&buf, cq->cost);
		appendStringInfoChar(&buf, '}');
		first = false;
	}
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/*
 * bedprice.bedrock_cost_breakdown(same arguments as bedrock_cost) -> one
 * row that explains every number bedrock_cost returns, with the same
 * catalog for every row of a statement.
 */
static Datum
breakdown(FunctionCallInfo fcinfo, const ArgLayout *layout)
{
	BpCallKey	key;
	BpUsage		usage;
	const BpTarget *target;
	BpQuote		q;
	TupleDesc	desc;
	Datum		values[13];
	bool		nulls[13] = {0};
	const char *region;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "bedrock_cost_breakdown must return a composite type");
	if (!read_args(fcinfo, layout, &key, &usage))
		PG_RETURN_NULL();
	target = bp_target_for_call(fcinfo->flinfo, &key);
	if (target == NULL)
		PG_RETURN_NULL();
	bp_price_explain(target, &usage, &q);

	region = bp_target_region(target);
	values[0] = CStringGetTextDatum(bp_target_provider(target));
	values[1] = CStringGetTextDatum(bp_target_model(target));
	values[2] = region ? CStringGetTextDatum(region) : (Datum) 0;
	nulls[2] = region == NULL;
	values[3] = CStringGetTextDatum(bp_routing_names[bp_target_routing(target)]);
	values[4] = CStringGetTextDatum(bp_mode_names[bp_target_mode(target)]);
	values[5] = Int64GetDatum(q.tier);
	for (int c = 0; c < BP_NUM_CHARGES; c++)
		values[6 + c] = q.charges[c].cost;
	values[11] = q.total;
	values[12] = charges_jsonb(&q);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

Datum
bedrock_cost_breakdown(PG_FUNCTION_ARGS)
{
	return breakdown(fcinfo, &bedrock_args);
}

/* bedprice.bedrock_cost_breakdown_in(book, the arguments of bedrock_cost) */
Datum
bedrock_cost_breakdown_in(PG_FUNCTION_ARGS)
{
	return breakdown(fcinfo, &bedrock_in_args);
}

/*
 * bedprice.resolve_model(model text, provider text DEFAULT 'bedrock'):
 * what an ID resolves to.
 */
Datum
resolve_model(PG_FUNCTION_ARGS)
{
	text	   *id;
	text	   *provider;
	BpResolvedId r;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {0};

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "resolve_model must return a composite type");
	id = PG_GETARG_TEXT_PP(0);
	provider = PG_GETARG_TEXT_PP(1);
	if (!bp_resolve_model_id(bp_catalog_for_call(fcinfo->flinfo),
							 bp_normalize(VARDATA_ANY(provider), VARSIZE_ANY_EXHDR(provider)),
							 VARDATA_ANY(id), VARSIZE_ANY_EXHDR(id), &r))
		PG_RETURN_NULL();

	values[0] = CStringGetTextDatum(r.provider);
	values[1] = CStringGetTextDatum(r.model);
	values[2] = CStringGetTextDatum(r.display_name);
	values[3] = CStringGetTextDatum(bp_routing_names[r.routing]);
	nulls[4] = r.region == NULL;
	values[4] = r.region ? CStringGetTextDatum(r.region) : (Datum) 0;
	values[5] = CStringGetTextDatum(r.matched_alias);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/*
 * bedprice.cache_info(): this backend's catalog cache, for monitoring and
 * the benchmark's memory figure.
 */
Datum
cache_info(PG_FUNCTION_ARGS)
{
	BpCatalog  *cat;
	TupleDesc	desc;
	Datum		values[7];
	bool		nulls[7] = {0};
	int64		prices = 0;
	char		ms[32];

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "cache_info must return a composite type");
	cat = bp_catalog_for_call(fcinfo->flinfo);
	for (int i = 0; i < cat->nmodels; i++)
		prices += cat->models[i].nprices;
	values[0] = Int64GetDatum((int64) cat->generation);
	values[1] = Int32GetDatum(cat->nmodels);
	values[2] = Int64GetDatum(prices);
	values[3] = Int32GetDatum(cat->nfactors);
	values[4] = Int64GetDatum(bp_targets_built(cat));
	values[5] = Int64GetDatum((int64) bp_catalog_bytes(cat));
	/* milliseconds, exactly: the microseconds written with a decimal point */
	snprintf(ms, sizeof(ms), "%lld.%03lld", (long long) (cat->build_us / 1000),
			 (long long) (cat->build_us % 1000));
	values[6] = DirectFunctionCall3(numeric_in, CStringGetDatum(ms), ObjectIdGetDatum(InvalidOid),
									Int32GetDatum(-1));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
