/*
 * usage_row.c: a usage table's columns as the pricing trigger's arguments
 * map them, and one row of it priced through the engine (bedprice.h).
 *
 * The mapping is checked once per statement (a trigger's fn_extra lives
 * as long as its statement); a row is priced from its deformed values.
 * Nothing a row holds raises an error: an unknown model, a NULL or
 * negative count, a region without a price, each becomes the row's
 * reason, and its cost NULL.
 */
#include "postgres.h"

#include "usage_row.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

const char *const bp_usage_fields[BP_NUM_FIELDS] = {
	"cost", "status", "model", "in", "out", "cache_read", "cache_write",
	"cache_write_1h", "region", "mode", "at", "provider", "book", "account"
};

/* The engine's names of the token counts, for reasons (as bedrock_cost's). */
static const BpUsageField token_fields[BP_NUM_CHARGES] = {
	BP_FIELD_IN, BP_FIELD_OUT, BP_FIELD_CACHE_READ, BP_FIELD_CACHE_WRITE,
	BP_FIELD_CACHE_WRITE_1H
};

static bool
field_required(BpUsageField f)
{
	return f == BP_FIELD_COST || f == BP_FIELD_MODEL || f == BP_FIELD_IN || f == BP_FIELD_OUT;
}

/* What a field's column may be, for the check and its message. */
static bool
type_fits(BpUsageField f, Oid typid, int32 typmod, const char **needs)
{
	Oid			base = getBaseType(typid);

	switch (f)
	{
		case BP_FIELD_COST:
			/* written by the trigger: a domain's constraints would not be checked */
			*needs = "numeric";
			return typid == NUMERICOID;
		case BP_FIELD_STATUS:
			*needs = "text or varchar without a length";
			return typid == TEXTOID || (typid == VARCHAROID && typmod < 0);
		case BP_FIELD_IN:
		case BP_FIELD_OUT:
		case BP_FIELD_CACHE_READ:
		case BP_FIELD_CACHE_WRITE:
		case BP_FIELD_CACHE_WRITE_1H:
			*needs = "smallint, integer or bigint";
			return base == INT2OID || base == INT4OID || base == INT8OID;
		case BP_FIELD_AT:
			*needs = "timestamp with time zone or timestamp";
			return base == TIMESTAMPTZOID || base == TIMESTAMPOID;
		case BP_FIELD_ACCOUNT:
			return true;		/* only exported, as text */
		default:
			*needs = "text or varchar";
			return base == TEXTOID || base == VARCHAROID;
	}
}

static void
bad_argument(const Trigger *trigger, const char *arg, const char *why)
{
	StringInfoData fields;

	initStringInfo(&fields);
	for (int f = 0; f < BP_NUM_FIELDS; f++)
		appendStringInfo(&fields, "%s%s", f ? ", " : "", bp_usage_fields[f]);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid argument \"%s\" of trigger \"%s\"", bp_quotable(arg), trigger->tgname),
			 errdetail("%s", why),
			 errhint("Each argument maps a field to a column, as 'in=input_tokens'. Fields: %s.",
					 fields.data)));
}

/*
 * A numeric typmod's scale (negative from 15 on), and the numeric
 * 10^(precision - scale) a cost rounded to it must stay below.
 */
static void
cost_bounds(BpUsageMapping *map, int32 typmod)
{
	int32		precision = ((typmod - VARHDRSZ) >> 16) & 0xffff;
	char		buf[32];

	map->cost_scale = (((typmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
	snprintf(buf, sizeof(buf), "1e%d", precision - map->cost_scale);
	map->cost_limit = DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
										  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* A copy without the white space around it. */
static char *
trimmed(const char *s)
{
	int			len = strlen(s);

	bp_trim(&s, &len);
	return pnstrdup(s, len);
}

/* Map one argument 'field=column' onto the table's columns. */
static void
map_argument(BpUsageMapping *map, Relation rel, const Trigger *trigger, const char *arg)
{
	const char *eq = strchr(arg, '=');
	TupleDesc	desc = RelationGetDescr(rel);
	char	   *field;
	const char *column;
	const char *needs = NULL;
	int			f;
	AttrNumber	attnum;
	Form_pg_attribute att;

	if (eq == NULL || eq == arg || trimmed(eq + 1)[0] == '\0')
		bad_argument(trigger, arg, "It is not of the form field=column.");
	field = bp_normalize(arg, eq - arg);
	column = trimmed(eq + 1);
	for (f = 0; f < BP_NUM_FIELDS; f++)
		if (strcmp(field, bp_usage_fields[f]) == 0)
			break;
	if (f == BP_NUM_FIELDS)
		bad_argument(trigger, arg, psprintf("\"%s\" is no field.", bp_quotable(field)));
	if (map->attnum[f] != 0)
		bad_argument(trigger, arg, psprintf("Field \"%s\" is mapped twice.", field));

	attnum = get_attnum(RelationGetRelid(rel), column);
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						bp_quotable(column), RelationGetRelationName(rel)),
				 errdetail("Argument \"%s\" of trigger \"%s\" names it.", bp_quotable(arg), trigger->tgname),
				 errhint("A column is named exactly as it is stored: lower case unless it was quoted.")));
	att = TupleDescAttr(desc, attnum - 1);
	if (!type_fits(f, att->atttypid, att->atttypmod, &needs))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"%s\" of relation \"%s\" is of type %s, but field \"%s\" needs %s",
						column, RelationGetRelationName(rel),
						format_type_with_typemod(att->atttypid, att->atttypmod),
						bp_usage_fields[f], needs),
				 errdetail("Argument \"%s\" of trigger \"%s\" maps it.", bp_quotable(arg), trigger->tgname)));
	if (att->attgenerated)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_COLUMN_DEFINITION),
				 errmsg("column \"%s\" of relation \"%s\" is a generated column",
						column, RelationGetRelationName(rel)),
				 f == BP_FIELD_COST || f == BP_FIELD_STATUS
				 ? errdetail("The trigger writes field \"%s\" there.", bp_usage_fields[f])
				 : errdetail("A BEFORE trigger runs before generated columns are computed: it would read field \"%s\" as NULL, or as it was.",
							 bp_usage_fields[f])));
	map->attnum[f] = attnum;
	map->typid[f] = getBaseType(att->atttypid);
	if (f == BP_FIELD_COST)
	{
		map->cost_typmod = att->atttypmod;
		if (att->atttypmod >= 0)
			cost_bounds(map, att->atttypmod);
	}
}

void
bp_usage_mapping(BpUsageMapping *map, Relation rel, const Trigger *trigger)
{
	memset(map, 0, sizeof(*map));
	map->relid = RelationGetRelid(rel);
	map->trigger = trigger->tgoid;
	map->cost_typmod = -1;
	for (int i = 0; i < trigger->tgnargs; i++)
		map_argument(map, rel, trigger, trigger->tgargs[i]);
	for (int f = 0; f < BP_NUM_FIELDS; f++)
		if (field_required((BpUsageField) f) && map->attnum[f] == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("trigger \"%s\" maps no column to field \"%s\"", trigger->tgname,
							bp_usage_fields[f]),
					 errhint("Fields cost, model, in and out are required: add an argument '%s=<column>'.",
							 bp_usage_fields[f])));
	/* the fields written take a column of their own */
	for (int w = BP_FIELD_COST; w <= BP_FIELD_STATUS; w++)
		for (int f = 0; f < BP_NUM_FIELDS; f++)
			if (f != w && map->attnum[w] != 0 && map->attnum[f] == map->attnum[w])
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("trigger \"%s\" maps fields \"%s\" and \"%s\" to the same column",
								trigger->tgname, bp_usage_fields[w], bp_usage_fields[f]),
						 errdetail("The trigger writes field \"%s\".", bp_usage_fields[w])));
}

/* The OID of bedprice.price_usage(), found without the search path. */
static Oid
price_usage_oid(void)
{
	List	   *name = list_make2(makeString("bedprice"), makeString("price_usage"));

	return LookupFuncName(name, 0, NULL, false);
}

static bool
same_arguments(const Trigger *a, const Trigger *b)
{
	if (a->tgnargs != b->tgnargs)
		return false;
	for (int i = 0; i < a->tgnargs; i++)
		if (strcmp(a->tgargs[i], b->tgargs[i]) != 0)
			return false;
	return true;
}

const Trigger *
bp_usage_trigger(Relation rel)
{
	Oid			fn = price_usage_oid();
	const Trigger *found = NULL;

	for (int i = 0; rel->trigdesc && i < rel->trigdesc->numtriggers; i++)
	{
		const Trigger *t = &rel->trigdesc->triggers[i];

		if (t->tgfoid != fn)
			continue;
		/* one for INSERT and one for UPDATE, say: they must read alike */
		if (found && !same_arguments(found, t))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
					 errmsg("relation \"%s\" has two bedprice.price_usage triggers that map its columns differently, \"%s\" and \"%s\"",
							RelationGetRelationName(rel), found->tgname, t->tgname)));
		if (!found)
			found = t;
	}
	if (found == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("relation \"%s\" has no bedprice.price_usage trigger",
						RelationGetRelationName(rel)),
				 errhint("Its columns are read the way that trigger's arguments map them.")));
	return found;
}

BpRowPricer *
bp_row_pricer(MemoryContext cxt, Relation rel, const Trigger *trigger)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	BpRowPricer *pricer = palloc0(sizeof(BpRowPricer));

	bp_usage_mapping(&pricer->map, rel, trigger);
	pricer->natts = RelationGetDescr(rel)->natts;
	pricer->values = palloc(sizeof(Datum) * pricer->natts);
	pricer->nulls = palloc(sizeof(bool) * pricer->natts);
	pricer->memo.fn_mcxt = cxt;
	pricer->memo.fn_extra = NULL;
	MemoryContextSwitchTo(old);
	return pricer;
}

void
bp_row_pricer_load(BpRowPricer *pricer, HeapTuple tuple, TupleDesc desc)
{
	heap_deform_tuple(tuple, desc, pricer->values, pricer->nulls);
}

void
bp_row_pricer_load_slot(BpRowPricer *pricer, TupleTableSlot *slot)
{
	/* the executor's slot has the values already: no deforming again */
	slot_getallattrs(slot);
	memcpy(pricer->values, slot->tts_values, sizeof(Datum) * pricer->natts);
	memcpy(pricer->nulls, slot->tts_isnull, sizeof(bool) * pricer->natts);
}

static inline bool
is_null(const BpRowPricer *pricer, BpUsageField f)
{
	return pricer->nulls[pricer->map.attnum[f] - 1];
}

static inline Datum
value(const BpRowPricer *pricer, BpUsageField f)
{
	return pricer->values[pricer->map.attnum[f] - 1];
}

static void
text_value(const BpRowPricer *pricer, BpUsageField f, const char **s, int *len)
{
	text	   *t = DatumGetTextPP(value(pricer, f));

	*s = VARDATA_ANY(t);
	*len = VARSIZE_ANY_EXHDR(t);
}

static const char *
null_reason(const BpRowPricer *pricer, BpUsageField f)
{
	return psprintf("column \"%s\" (field %s) is null",
					get_attname(pricer->map.relid, pricer->map.attnum[f], false),
					bp_usage_fields[f]);
}

static int64
int_value(const BpRowPricer *pricer, BpUsageField f)
{
	Datum		d = value(pricer, f);

	switch (pricer->map.typid[f])
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

/* A provider column's bedrock (or NULL) is Bedrock: the key's NULL provider. */
static bool
names_bedrock(const char *s, int len)
{
	bp_trim(&s, &len);
	return len == 7 && pg_strncasecmp(s, "bedrock", 7) == 0;
}

/* The loaded row's time, as it is priced at; false when NULL. */
bool
bp_row_at(const BpRowPricer *pricer, TimestampTz *at)
{
	const BpUsageMapping *map = &pricer->map;

	if (map->attnum[BP_FIELD_AT] == 0)
		*at = GetCurrentTransactionStartTimestamp();	/* now(), as bedrock_cost */
	else if (is_null(pricer, BP_FIELD_AT))
		return false;
	else if (map->typid[BP_FIELD_AT] == TIMESTAMPOID)
		*at = DatumGetTimestampTz(DirectFunctionCall1(timestamp_timestamptz,
													  value(pricer, BP_FIELD_AT)));
	else
		*at = DatumGetTimestampTz(value(pricer, BP_FIELD_AT));
	return true;
}

/* The call key and usage of the loaded row; NULL, or why they cannot be. */
static const char *
read_usage(const BpRowPricer *pricer, BpCallKey *key, BpUsage *usage)
{
	const BpUsageMapping *map = &pricer->map;

	memset(key, 0, sizeof(*key));
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		BpUsageField f = token_fields[c];

		usage->tokens[c] = 0;
		if (map->attnum[f] == 0)
			continue;
		if (is_null(pricer, f))
			return null_reason(pricer, f);
		usage->tokens[c] = int_value(pricer, f);
		if (usage->tokens[c] < 0)
			return psprintf("column \"%s\" (field %s) is negative: %lld",
							get_attname(map->relid, map->attnum[f], false),
							bp_usage_fields[f], (long long) usage->tokens[c]);
	}
	if (!bp_row_at(pricer, &usage->at))
		return null_reason(pricer, BP_FIELD_AT);

	if (is_null(pricer, BP_FIELD_MODEL))
		return null_reason(pricer, BP_FIELD_MODEL);
	text_value(pricer, BP_FIELD_MODEL, &key->model, &key->model_len);
	if (map->attnum[BP_FIELD_BOOK] != 0 && !is_null(pricer, BP_FIELD_BOOK))
		text_value(pricer, BP_FIELD_BOOK, &key->book, &key->book_len);	/* NULL: the setting's */
	if (map->attnum[BP_FIELD_PROVIDER] != 0 && !is_null(pricer, BP_FIELD_PROVIDER))
	{
		text_value(pricer, BP_FIELD_PROVIDER, &key->provider, &key->provider_len);
		if (!names_bedrock(key->provider, key->provider_len))
			return NULL;		/* a direct API: api_cost takes no region or mode */
		key->provider = NULL;
		key->provider_len = 0;
	}
	if (map->attnum[BP_FIELD_MODE] != 0)
	{
		if (is_null(pricer, BP_FIELD_MODE))
			return null_reason(pricer, BP_FIELD_MODE);
		text_value(pricer, BP_FIELD_MODE, &key->mode, &key->mode_len);
	}
	/* a NULL region: bedprice.default_region's, as bedrock_cost's */
	if (map->attnum[BP_FIELD_REGION] != 0 && !is_null(pricer, BP_FIELD_REGION))
		text_value(pricer, BP_FIELD_REGION, &key->region, &key->region_len);
	return NULL;
}

/* Round to the cost column's typmod; false when the cost does not fit it. */
static bool
fit_typmod(const BpUsageMapping *map, Datum *cost)
{
	Datum		rounded;

	if (map->cost_typmod < 0)
		return true;
	rounded = DirectFunctionCall2(numeric_round, *cost, Int32GetDatum(map->cost_scale));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, rounded, map->cost_limit)) >= 0)
		return false;
	*cost = DirectFunctionCall2(numeric, *cost, Int32GetDatum(map->cost_typmod));
	return true;
}

const BpTarget *
bp_usage_row_target(BpRowPricer *pricer, const char *book, BpUsage *usage, const char **reason)
{
	BpCallKey	key;

	*reason = read_usage(pricer, &key, usage);
	if (*reason)
		return NULL;
	if (book)
	{
		key.book = book;
		key.book_len = strlen(book);
	}
	return bp_target_for_row(&pricer->memo, &key, reason);
}

void
bp_price_usage_row(BpRowPricer *pricer, BpRowPrice *result)
{
	BpUsage		usage;
	const BpTarget *target;

	result->priced = false;
	result->cost = (Datum) 0;
	target = bp_usage_row_target(pricer, NULL, &usage, &result->reason);
	if (target == NULL)
		return;
	if (!bp_price_row(target, &usage, &result->cost, &result->reason))
		return;
	if (!fit_typmod(&pricer->map, &result->cost))
	{
		result->reason = psprintf("cost %s does not fit column type %s",
								  DatumGetCString(DirectFunctionCall1(numeric_out, result->cost)),
								  format_type_with_typemod(NUMERICOID, pricer->map.cost_typmod));
		return;
	}
	result->priced = true;
}
