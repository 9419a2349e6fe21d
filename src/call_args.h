/*
 * call_args.h: reading a pricing call's arguments into a BpCallKey and a
 * BpUsage (cost_functions.c, sum_aggregate.c).
 */
#ifndef BEDPRICE_CALL_ARGS_H
#define BEDPRICE_CALL_ARGS_H

#include "bedprice.h"

#include "access/xact.h"
#include "fmgr.h"
#include "utils/timestamp.h"

/*
 * Where each charge's token count and the timestamp sit in the arguments;
 * an argument past the last one given (an aggregate's shorter forms) takes
 * the functions' default: mode on_demand, no tokens, at now().
 */
typedef struct ArgLayout
{
	int			provider;		/* -1: bedrock */
	int			model;
	int			region;			/* -1: none (direct APIs) */
	int			mode;			/* -1: none */
	int			tokens[BP_NUM_CHARGES];
	int			at;
	int			book;			/* -1: none (bedprice.price_book's) */
} ArgLayout;

static const char *const token_arg_names[BP_NUM_CHARGES] = {
	"in_tokens", "out_tokens", "cache_read_tokens", "cache_write_tokens",
	"cache_write_1h_tokens"
};

static inline void
text_arg(FunctionCallInfo fcinfo, int arg, const char **s, int *len)
{
	struct varlena *v = (struct varlena *) PG_GETARG_POINTER(arg);
	/* a plain in-line value (what a scan gives) needs no detoasting call */
	text	   *t = likely(VARATT_IS_SHORT(v) || VARATT_IS_4B_U(v)) ? (text *) v
		: PG_GETARG_TEXT_PP(arg);

	*s = VARDATA_ANY(t);
	*len = VARSIZE_ANY_EXHDR(t);
}

static inline bool
given(FunctionCallInfo fcinfo, int arg)
{
	return arg < PG_NARGS();
}

/*
 * Read the arguments.  False when the result is NULL: a NULL model, token
 * count, mode or timestamp.  A NULL region means the default.
 */
static inline bool
read_args(FunctionCallInfo fcinfo, const ArgLayout *layout, BpCallKey *key,
		  BpUsage *usage)
{
	if (PG_ARGISNULL(layout->model) || (given(fcinfo, layout->at) && PG_ARGISNULL(layout->at)) ||
		(layout->provider >= 0 && PG_ARGISNULL(layout->provider)) ||
		(layout->mode >= 0 && given(fcinfo, layout->mode) && PG_ARGISNULL(layout->mode)))
		return false;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		usage->tokens[c] = 0;
		if (!given(fcinfo, layout->tokens[c]))
			continue;
		if (PG_ARGISNULL(layout->tokens[c]))
			return false;
		usage->tokens[c] = PG_GETARG_INT64(layout->tokens[c]);
		if (unlikely(usage->tokens[c] < 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s must not be negative", token_arg_names[c]),
					 errdetail("The value given is %lld.", (long long) usage->tokens[c])));
	}
	usage->at = given(fcinfo, layout->at) ? PG_GETARG_TIMESTAMPTZ(layout->at)
		: GetCurrentTransactionStartTimestamp();

	memset(key, 0, sizeof(*key));
	if (layout->provider >= 0)
		text_arg(fcinfo, layout->provider, &key->provider, &key->provider_len);
	text_arg(fcinfo, layout->model, &key->model, &key->model_len);
	if (layout->region >= 0 && !PG_ARGISNULL(layout->region))
		text_arg(fcinfo, layout->region, &key->region, &key->region_len);
	if (layout->mode >= 0 && given(fcinfo, layout->mode))
		text_arg(fcinfo, layout->mode, &key->mode, &key->mode_len);
	else if (layout->mode >= 0)
	{
		key->mode = "on_demand";
		key->mode_len = strlen("on_demand");
	}
	/* a NULL book is the session's, as a NULL region is the default one */
	if (layout->book >= 0 && !PG_ARGISNULL(layout->book))
		text_arg(fcinfo, layout->book, &key->book, &key->book_len);
	return true;
}

#endif							/* BEDPRICE_CALL_ARGS_H */
