/*
 * grammar_functions.c: the engine's words, names and model-ID grammar as
 * SQL functions, so that the catalog's constraints, the sheet loaders and
 * the importers use exactly what the engine uses.
 *
 *   bedprice.vocabulary()                         every word, by kind
 *   bedprice.parse_model_id(text)                 an ID taken apart
 *   bedprice_internal.parse_model_id_lenient(text) the same, errors as a column
 *   bedprice_internal.in_vocabulary(kind, word)   for CHECK constraints
 *   bedprice_internal.is_multiplier_value(dimension, value)
 *   bedprice_internal.name_key(text)              how names compare
 *   bedprice_internal.trim_name(text)             a name as it is stored
 *   bedprice_internal.is_clean_name(text)         how names are stored
 *   bedprice_internal.is_region_code(text)        us-east-1, us-gov-west-1
 *   bedprice_internal.name_candidates(id, provider, cloud)
 */
#include "postgres.h"

#include "bedprice.h"
#include "compat.h"
#include "model_id.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(vocabulary);
PG_FUNCTION_INFO_V1(in_vocabulary);
PG_FUNCTION_INFO_V1(is_multiplier_value);
PG_FUNCTION_INFO_V1(name_key);
PG_FUNCTION_INFO_V1(trim_name);
PG_FUNCTION_INFO_V1(is_clean_name);
PG_FUNCTION_INFO_V1(is_region_code);
PG_FUNCTION_INFO_V1(parse_model_id);
PG_FUNCTION_INFO_V1(parse_model_id_lenient);
PG_FUNCTION_INFO_V1(name_candidates);

/* bedprice.vocabulary() RETURNS TABLE (kind, word, is_base, ordinal) */
Datum
vocabulary(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int v = 0; v < BP_NUM_VOCABULARIES; v++)
	{
		const BpVocabulary *voc = &bp_vocabularies[v];

		for (int i = 0; i < voc->nwords; i++)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = CStringGetTextDatum(voc->kind);
			values[1] = CStringGetTextDatum(voc->words[i]);
			values[2] = BoolGetDatum(i == voc->base);
			values[3] = Int32GetDatum(i + 1);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}

static const BpVocabulary *
vocabulary_arg(FunctionCallInfo fcinfo, int arg)
{
	char	   *kind = text_to_cstring(PG_GETARG_TEXT_PP(arg));
	const BpVocabulary *v = bp_vocabulary(kind);

	if (v == NULL)
	{
		StringInfoData kinds;

		initStringInfo(&kinds);
		for (int i = 0; i < BP_NUM_VOCABULARIES; i++)
			appendStringInfo(&kinds, "%s%s", i ? ", " : "", bp_vocabularies[i].kind);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown vocabulary \"%s\"", kind),
				 errhint("The vocabularies are %s.", kinds.data)));
	}
	return v;
}

/* A word exactly as the catalog stores it: one of the kind's words. */
static bool
stored_word(const BpVocabulary *v, text *t, bool allow_base)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	for (int i = 0; i < v->nwords; i++)
		if ((size_t) len == strlen(v->words[i]) && memcmp(s, v->words[i], len) == 0)
			return allow_base || i != v->base;
	return false;
}

/* bedprice_internal.in_vocabulary(kind text, word text) RETURNS boolean */
Datum
in_vocabulary(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(stored_word(vocabulary_arg(fcinfo, 0), PG_GETARG_TEXT_PP(1), true));
}

/* A vendor as stored: the lower-case first part of a model ID (anthropic,
 * meta, amazon, deepseek...) or a direct API's provider name. */
static bool
is_vendor_word(const char *s, int len)
{
	if (len < 1 || len > 63 || !(isdigit((unsigned char) s[0]) || (s[0] >= 'a' && s[0] <= 'z')))
		return false;
	for (int i = 0; i < len; i++)
		if (!(isdigit((unsigned char) s[i]) || (s[i] >= 'a' && s[i] <= 'z') || s[i] == '-' || s[i] == '_'))
			return false;
	return true;
}

/*
 * bedprice_internal.is_multiplier_value(dimension text, value text): a
 * region code, a routing or mode other than its base value, or a vendor.
 */
Datum
is_multiplier_value(PG_FUNCTION_ARGS)
{
	char	   *dimension = text_to_cstring(PG_GETARG_TEXT_PP(0));
	text	   *value = PG_GETARG_TEXT_PP(1);

	if (strcmp(dimension, "region") == 0)
		PG_RETURN_BOOL(bp_is_region_code(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value)));
	if (strcmp(dimension, "routing") == 0 || strcmp(dimension, "mode") == 0)
		PG_RETURN_BOOL(stored_word(bp_vocabulary(dimension), value, false));
	if (strcmp(dimension, "vendor") == 0)
		PG_RETURN_BOOL(is_vendor_word(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value)));
	PG_RETURN_BOOL(false);
}

/* bedprice_internal.name_key(text): surrounding white space trimmed, ASCII
 * lower-cased: two names are one when their keys are equal. */
Datum
name_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(bp_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))));
}

/* bedprice_internal.trim_name(text): surrounding white space trimmed, the
 * rest as it is (the same white space name_key trims). */
Datum
trim_name(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			start = 0;

	while (start < len && bp_is_blank(s[start]))
		start++;
	while (len > start && bp_is_blank(s[len - 1]))
		len--;
	PG_RETURN_TEXT_P(cstring_to_text_with_len(s + start, len - start));
}

/* bedprice_internal.is_clean_name(text): not empty, no surrounding white
 * space, at most 200 characters. */
Datum
is_clean_name(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_BOOL(bp_is_clean_name(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
}

/* bedprice_internal.is_region_code(text) */
Datum
is_region_code(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_BOOL(bp_is_region_code(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)));
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = s == NULL;
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

static const char *const parse_errors[] = {
	NULL, "names two regions", "not a Bedrock ARN", "malformed ARN"
};

/* The parse as a row: model, routing, routing_prefix, region, opaque [, error]. */
static Datum
parsed_row(FunctionCallInfo fcinfo, bool lenient)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	BpParsedId	p;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};
	bool		ok;
	const char *error;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "parse_model_id must return a composite type");
	ok = bp_parse_model_id_soft(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &p);
	if (!ok && !lenient)
		bp_parsed_id_error(&p, ERROR);
	error = parse_errors[p.error];
	/* wrappers or a prefix around nothing ("bedrock/", "us."): no model */
	if (ok && p.id[0] == '\0')
	{
		if (!lenient)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("model ID \"%s\" names no model", bp_quotable(p.whole))));
		ok = false;
		error = "names no model";
	}
	values[0] = text_or_null(ok ? p.id : NULL, &nulls[0]);
	values[1] = text_or_null(ok ? bp_routing_names[p.routing] : NULL, &nulls[1]);
	values[2] = text_or_null(ok ? p.routing_prefix : NULL, &nulls[2]);
	values[3] = text_or_null(ok ? p.region : NULL, &nulls[3]);
	values[4] = BoolGetDatum(p.opaque);
	values[5] = text_or_null(error, &nulls[5]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/*
 * bedprice.parse_model_id(model_id text) RETURNS (model, routing,
 * routing_prefix, region, opaque): a Bedrock model ID as the engine reads
 * it, without the catalog; a malformed ARN is an error.
 */
Datum
parse_model_id(PG_FUNCTION_ARGS)
{
	return parsed_row(fcinfo, false);
}

/*
 * bedprice_internal.parse_model_id_lenient(model_id text): the same with an
 * error column instead of an error, for the importers' reports.
 */
Datum
parse_model_id_lenient(PG_FUNCTION_ARGS)
{
	return parsed_row(fcinfo, true);
}

/*
 * bedprice_internal.name_candidates(model_id text, provider text, cloud
 * boolean) RETURNS text[]: the normalized names the engine looks the model
 * up by, in order.
 */
Datum
name_candidates(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char	   *provider = text_to_cstring(PG_GETARG_TEXT_PP(1));
	bool		cloud = PG_GETARG_BOOL(2);
	BpParsedId	p;
	const char *names[BP_MAX_NAME_CANDIDATES];
	Datum		elems[BP_MAX_NAME_CANDIDATES];
	int			n;

	if (cloud)
		bp_parse_model_id(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &p);
	else
		bp_parse_direct_id(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &p);
	n = bp_name_candidates(&p, cloud, bp_normalize(provider, strlen(provider)), names);
	for (int i = 0; i < n; i++)
		elems[i] = CStringGetTextDatum(names[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}
