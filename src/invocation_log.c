/*
 * invocation_log.c: Bedrock model-invocation log records (schemaType
 * ModelInvocationLog, as delivered to S3 or CloudWatch) read and priced.
 *
 *   bedprice.invocation_usage(log jsonb) -> one row: who, where, what, and
 *                                           the token counts
 *   bedprice.invocation_cost(log jsonb)  -> numeric USD
 *
 * The envelope's counts are what Bedrock meters: input.inputTokenCount
 * is the uncached input only (cache reads and writes are counted apart,
 * and absent counts are 0).  The cache writes' TTL split is only in the
 * response body: usage.cacheDetails (Converse) or usage.cache_creation
 * (Anthropic's own body); where the record has neither, every write is a
 * 5-minute one, and cache_ttl_source says 'unknown'.  The billing region
 * is the record's region (the source region), not inferenceRegion.
 *
 * A malformed record raises an error, or, with bedprice.on_unknown_model
 * = null, gives NULL (and invocation_usage says why in `problem`).
 */
#include "postgres.h"

#include "bedprice.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "common/int.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(invocation_usage);
PG_FUNCTION_INFO_V1(invocation_cost);

typedef struct Str
{
	const char *s;				/* NULL when absent */
	int			len;
} Str;

/* What one record says, as far as it could be read. */
typedef struct Invocation
{
	bool		has_at;
	TimestampTz at;
	Str			account,
				region,
				inference_region,
				request_id,
				operation,
				model_id,
				caller,
				tier;			/* serviceTier's type, if the body has one */
	bool		has_tokens;
	int64		tokens[BP_NUM_CHARGES];
	const char *ttl_source;		/* cache_details, anthropic_body, no_writes, unknown */
	const char *problem;		/* NULL: well-formed */
} Invocation;

/* ---- reading jsonb ---- */

static const JsonbValue *
member(const JsonbContainer *c, const char *key, JsonbValue *buf)
{
	if (c == NULL || !JsonContainerIsObject(c))
		return NULL;
	return getKeyJsonValueFromContainer((JsonbContainer *) c, key, strlen(key), buf);
}

/* An object member that is itself an object (or array); NULL otherwise. */
static const JsonbContainer *
container(const JsonbContainer *c, const char *key)
{
	JsonbValue	buf;
	const JsonbValue *v = member(c, key, &buf);

	return v && v->type == jbvBinary ? v->val.binary.data : NULL;
}

/* A string member; false (and the problem) when present but not a string. */
static bool
string_member(Invocation *inv, const JsonbContainer *c, const char *key, Str *out)
{
	JsonbValue	buf;
	const JsonbValue *v = member(c, key, &buf);

	out->s = NULL;
	out->len = 0;
	if (v == NULL || v->type == jbvNull)
		return true;
	if (v->type != jbvString)
	{
		inv->problem = psprintf("%s is not a string", key);
		return false;
	}
	out->s = v->val.string.val;
	out->len = v->val.string.len;
	return true;
}

/*
 * A JSON number as a count: written without a fraction ("12", not "12.0"
 * or "1.2e1"), at or above 0, within bigint.  (JSON has no NaN.)
 */
static bool
whole_count(Numeric n, int64 *out)
{
	static Datum zero = (Datum) 0,
				max;
	Datum		d = NumericGetDatum(n);

	if (zero == (Datum) 0)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		max = DirectFunctionCall1(int8_numeric, Int64GetDatum(PG_INT64_MAX));
		zero = DirectFunctionCall1(int8_numeric, Int64GetDatum(0));
		MemoryContextSwitchTo(old);
	}
	if (DatumGetInt32(DirectFunctionCall1(numeric_scale, d)) != 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, zero)) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, max)) > 0)
		return false;
	*out = DatumGetInt64(DirectFunctionCall1(numeric_int8, d));
	return true;
}

/* A token count: a whole number >= 0; 0 when absent and optional. */
static bool
count_member(Invocation *inv, const JsonbContainer *c, const char *path, const char *key,
			 bool required, int64 *out)
{
	JsonbValue	buf;
	const JsonbValue *v = member(c, key, &buf);

	*out = 0;
	if (v == NULL || v->type == jbvNull)
	{
		if (required)
			inv->problem = psprintf("%s.%s is missing", path, key);
		return !required;
	}
	if (v->type == jbvNumeric && whole_count(v->val.numeric, out))
		return true;
	inv->problem = psprintf("%s.%s is not a whole number of tokens at or above 0", path, key);
	return false;
}

/* ---- the record's parts ---- */

/* n digits at s as a number; -1 unless they are all digits. */
static int
digits(const char *s, int n)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "2026-04-19T13:28:51Z" (fractions of a second allowed): UTC, ISO 8601. */
static bool
parse_utc(const char *s, int len, TimestampTz *out)
{
	struct pg_tm tm = {0};
	fsec_t		fsec = 0;
	int			i = 19,
				scale = 1000000;

	if (len < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
		return false;
	tm.tm_year = digits(s, 4);
	tm.tm_mon = digits(s + 5, 2);
	tm.tm_mday = digits(s + 8, 2);
	tm.tm_hour = digits(s + 11, 2);
	tm.tm_min = digits(s + 14, 2);
	tm.tm_sec = digits(s + 17, 2);
	if (s[i] == '.')
	{
		if (i + 1 >= len || s[i + 1] < '0' || s[i + 1] > '9')
			return false;		/* "10:00:00.Z" */
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			if (scale > 1)
				fsec += (s[i] - '0') * (scale /= 10);	/* to the microsecond, truncated */
	}
	if (!((len - i == 1 && s[i] == 'Z') || (len - i == 6 && memcmp(s + i, "+00:00", 6) == 0)))
		return false;
	if (tm.tm_year < 1 || tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 ||
		tm.tm_mday > day_tab[isleap(tm.tm_year)][tm.tm_mon - 1] ||
		tm.tm_hour < 0 || tm.tm_hour > 23 || tm.tm_min < 0 || tm.tm_min > 59 ||
		tm.tm_sec < 0 || tm.tm_sec > 59)
		return false;
	return tm2timestamp(&tm, fsec, NULL, out) == 0;
}

/* The cache writes' TTL split, from whichever body carries it. */
static bool
split_cache_writes(Invocation *inv, const JsonbContainer *output)
{
	const JsonbContainer *usage = container(container(output, "outputBodyJson"), "usage");
	const JsonbContainer *details = container(usage, "cacheDetails");
	const JsonbContainer *creation = container(usage, "cache_creation");
	int64		writes = inv->tokens[BP_CHARGE_CACHE_WRITE];
	int64		hour = 0;

	if (writes == 0)
	{
		inv->ttl_source = "no_writes";
		return true;
	}
	if (details && JsonContainerIsArray(details))
	{
		JsonbIterator *it = JsonbIteratorInit((JsonbContainer *) details);
		JsonbValue	v;
		JsonbIteratorToken tok;

		/* [{inputTokens, ttl: "5m"|"1h"}, ...], in any order */
		while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
		{
			Str			ttl;
			int64		n;

			if (tok != WJB_ELEM)
				continue;
			if (v.type != jbvBinary)
				return (inv->problem = "usage.cacheDetails holds a non-object"), false;
			if (!string_member(inv, v.val.binary.data, "ttl", &ttl) ||
				!count_member(inv, v.val.binary.data, "usage.cacheDetails[]", "inputTokens", true, &n))
				return false;
			if (ttl.s && ttl.len == 2 && memcmp(ttl.s, "1h", 2) == 0 &&
				pg_add_s64_overflow(hour, n, &hour))
				return (inv->problem = "the body's 1-hour cache writes exceed input.cacheWriteInputTokenCount"), false;
		}
		inv->ttl_source = "cache_details";
	}
	else if (creation)
	{
		if (!count_member(inv, creation, "usage.cache_creation", "ephemeral_1h_input_tokens", false, &hour))
			return false;
		inv->ttl_source = "anthropic_body";
	}
	else
	{
		inv->ttl_source = "unknown";	/* all 5-minute writes: AWS's default */
		return true;
	}
	if (hour > writes)
		return (inv->problem = "the body's 1-hour cache writes exceed input.cacheWriteInputTokenCount"), false;
	inv->tokens[BP_CHARGE_CACHE_WRITE_1H] = hour;
	inv->tokens[BP_CHARGE_CACHE_WRITE] = writes - hour;
	return true;
}

/* serviceTier: {"type": "priority"} in a Converse body, or a string. */
static bool
read_tier(Invocation *inv, const JsonbContainer *output)
{
	const JsonbContainer *body = container(output, "outputBodyJson");
	const JsonbContainer *tier = container(body, "serviceTier");

	if (tier)
		return string_member(inv, tier, "type", &inv->tier);
	return string_member(inv, body, "serviceTier", &inv->tier);
}

static bool
read_tokens(Invocation *inv, const JsonbContainer *root)
{
	const JsonbContainer *input = container(root, "input");
	const JsonbContainer *output = container(root, "output");

	if (input == NULL || output == NULL)
		return (inv->problem = input ? "no output object" : "no input object"), false;
	if (!count_member(inv, input, "input", "inputTokenCount", true, &inv->tokens[BP_CHARGE_INPUT]) ||
		!count_member(inv, output, "output", "outputTokenCount", true, &inv->tokens[BP_CHARGE_OUTPUT]) ||
		!count_member(inv, input, "input", "cacheReadInputTokenCount", false, &inv->tokens[BP_CHARGE_CACHE_READ]) ||
		!count_member(inv, input, "input", "cacheWriteInputTokenCount", false, &inv->tokens[BP_CHARGE_CACHE_WRITE]))
		return false;
	if (!split_cache_writes(inv, output) || !read_tier(inv, output))
		return false;
	inv->has_tokens = true;
	return true;
}

/*
 * Read a record; inv->problem says what is wrong with a malformed one.
 * Pricing reads only what it prices (all: every field of the row).
 */
static void
read_invocation(Jsonb *log, Invocation *inv, bool all)
{
	const JsonbContainer *root = &log->root;
	Str			schema,
				stamp;

	memset(inv, 0, sizeof(*inv));
	if (!JB_ROOT_IS_OBJECT(log) || JB_ROOT_IS_SCALAR(log))
	{
		inv->problem = "the record is not a JSON object";
		return;
	}
	if (!string_member(inv, root, "schemaType", &schema))
		return;
	if (schema.s && !(schema.len == 18 && memcmp(schema.s, "ModelInvocationLog", 18) == 0))
	{
		inv->problem = psprintf("schemaType is \"%.*s\", not \"ModelInvocationLog\"",
								Min(schema.len, 100), schema.s);
		return;
	}
	if (all &&
		(!string_member(inv, root, "accountId", &inv->account) ||
		 !string_member(inv, root, "inferenceRegion", &inv->inference_region) ||
		 !string_member(inv, root, "requestId", &inv->request_id) ||
		 !string_member(inv, root, "operation", &inv->operation) ||
		 !string_member(inv, container(root, "identity"), "arn", &inv->caller)))
		return;
	if (!string_member(inv, root, "region", &inv->region) ||
		!string_member(inv, root, "modelId", &inv->model_id) ||
		!string_member(inv, root, "timestamp", &stamp))
		return;
	if (stamp.s)
		inv->has_at = parse_utc(stamp.s, stamp.len, &inv->at);
	if (!read_tokens(inv, root))
		return;
	/* what pricing needs, checked last: the rest of the row is still useful */
	if (inv->model_id.s == NULL)
		inv->problem = "no modelId";
	else if (inv->region.s == NULL)
		inv->problem = "no region";
	else if (stamp.s == NULL)
		inv->problem = "no timestamp";
	else if (!inv->has_at)
		inv->problem = psprintf("timestamp \"%.*s\" is not a UTC ISO 8601 time",
								Min(stamp.len, 100), stamp.s);
}

/* A malformed record: the error, unless bedprice.on_unknown_model = null. */
static void
report_problem(Jsonb *log, Invocation *inv)
{
	if (bp_on_unknown_model == BP_UNKNOWN_MODEL_NULL)
		return;
	if (inv->request_id.s == NULL && JB_ROOT_IS_OBJECT(log) && !JB_ROOT_IS_SCALAR(log))
	{
		Invocation	scratch = {0};	/* pricing did not read the requestId */

		string_member(&scratch, &log->root, "requestId", &inv->request_id);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("malformed Bedrock invocation log record: %s", inv->problem),
			 inv->request_id.s ? errdetail("The record's requestId is \"%.*s\".",
										   Min(inv->request_id.len, 100), inv->request_id.s) : 0,
			 errhint("With bedprice.on_unknown_model = null, such a record prices as NULL and bedprice.invocation_usage() says why.")));
}

/* ---- the SQL functions ---- */

static Datum
str_datum(Str s, bool *isnull)
{
	*isnull = s.s == NULL;
	return s.s ? PointerGetDatum(cstring_to_text_with_len(s.s, s.len)) : (Datum) 0;
}

/* The tier as the engine's mode: default and standard are on_demand. */
static Datum
mode_datum(const Invocation *inv)
{
	BpMode		mode = BP_MODE_ON_DEMAND;
	BpRouting	routing;
	bool		sets_routing;

	if (inv->tier.s && !bp_mode_from_argument(inv->tier.s, inv->tier.len, &mode, &routing, &sets_routing))
		return PointerGetDatum(cstring_to_text_with_len(inv->tier.s, inv->tier.len));
	return CStringGetTextDatum(bp_mode_names[mode]);
}

/*
 * bedprice.invocation_usage(log jsonb) -> (event_time, account_id, region,
 * inference_region, request_id, operation, model_id, caller_arn, mode,
 * input_tokens, output_tokens, cache_read_tokens, cache_write_tokens,
 * cache_write_1h_tokens, cache_ttl_source, problem)
 */
Datum
invocation_usage(PG_FUNCTION_ARGS)
{
	Jsonb	   *log = PG_GETARG_JSONB_P(0);
	Invocation	inv;
	TupleDesc	desc;
	Datum		values[16];
	bool		nulls[16] = {0};
	int			i = 0;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "invocation_usage must return a composite type");

	read_invocation(log, &inv, true);
	if (inv.problem)
		report_problem(log, &inv);

	values[i] = TimestampTzGetDatum(inv.at);
	nulls[i++] = !inv.has_at;
	values[i] = str_datum(inv.account, &nulls[i]), i++;
	values[i] = str_datum(inv.region, &nulls[i]), i++;
	values[i] = str_datum(inv.inference_region, &nulls[i]), i++;
	values[i] = str_datum(inv.request_id, &nulls[i]), i++;
	values[i] = str_datum(inv.operation, &nulls[i]), i++;
	values[i] = str_datum(inv.model_id, &nulls[i]), i++;
	values[i] = str_datum(inv.caller, &nulls[i]), i++;
	values[i] = mode_datum(&inv);
	nulls[i++] = !inv.has_tokens;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		values[i] = Int64GetDatum(inv.tokens[c]);
		nulls[i++] = !inv.has_tokens;
	}
	values[i] = inv.ttl_source ? CStringGetTextDatum(inv.ttl_source) : (Datum) 0;
	nulls[i] = !inv.has_tokens;
	i++;
	values[i] = inv.problem ? CStringGetTextDatum(inv.problem) : (Datum) 0;
	nulls[i] = inv.problem == NULL;
	return HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls));
}

/* bedprice.invocation_cost(log jsonb) -> numeric USD, as bedrock_cost prices it */
Datum
invocation_cost(PG_FUNCTION_ARGS)
{
	Jsonb	   *log = PG_GETARG_JSONB_P(0);
	Invocation	inv;
	BpCallKey	key = {0};
	BpUsage		usage;
	const BpTarget *target;

	read_invocation(log, &inv, false);
	if (inv.problem)
	{
		report_problem(log, &inv);
		PG_RETURN_NULL();
	}
	key.model = inv.model_id.s;
	key.model_len = inv.model_id.len;
	key.region = inv.region.s;
	key.region_len = inv.region.len;
	key.mode = inv.tier.s;
	key.mode_len = inv.tier.len;
	memcpy(usage.tokens, inv.tokens, sizeof(usage.tokens));
	usage.at = inv.at;
	target = bp_target_for_call(fcinfo->flinfo, &key);
	if (target == NULL)
		PG_RETURN_NULL();		/* unknown model, bedprice.on_unknown_model = null */
	return bp_price_numeric(target, &usage);
}
