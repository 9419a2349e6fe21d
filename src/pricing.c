/*
 * pricing.c: pricing a usage with a compiled target (pricing_compile.c).
 *
 * The hot path: a binary search for the period, then for each charge with
 * tokens one int128 multiply-add at the period's scale, and one numeric.
 * Everything else (tiers, a rate int128 cannot hold exactly, a product
 * that overflows it, the errors) takes the general path, which computes
 * the same formula in numeric when int128 is not enough: every value the
 * catalog accepts prices exactly.
 */
#include "postgres.h"

#include "pricing.h"

#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"

/* ---- describing ---- */

const char *
bp_target_provider(const BpTarget *t)
{
	return t->cat->providers[t->model->provider].name;
}

const char *
bp_target_model(const BpTarget *t)
{
	return t->model->model;
}

const char *
bp_target_region(const BpTarget *t)
{
	return t->key.region >= 0 ? t->cat->regions[t->key.region] : NULL;
}

BpRouting
bp_target_routing(const BpTarget *t)
{
	return (BpRouting) t->key.routing;
}

BpMode
bp_target_mode(const BpTarget *t)
{
	return (BpMode) t->key.mode;
}

const char *
bp_target_book(const BpTarget *t)
{
	return t->cat->books[t->key.book].name;
}

/* ---- errors ---- */

/* A time as ISO 8601 UTC text, whatever the session's TimeZone and DateStyle. */
static const char *
utc_text(TimestampTz at)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (TIMESTAMP_NOT_FINITE(at))
		return TIMESTAMP_IS_NOBEGIN(at) ? "-infinity" : "infinity";
	if (timestamp2tm(at, NULL, &tm, &fsec, NULL, NULL) != 0)
		return "(out of range)";
	return fsec ? psprintf("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year, tm.tm_mon, tm.tm_mday,
						   tm.tm_hour, tm.tm_min, tm.tm_sec, (int) fsec)
		: psprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year, tm.tm_mon, tm.tm_mday,
				   tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/*
 * Why a charge has no rate: raised as the error, or, for a row-pricing
 * caller (reason not NULL), given back as the row's reason.
 */
static void
report_missing(const BpTarget *t, const BpUsage *u, int64 tier, BpCharge c,
			   BpRateStatus status, bool has_row, const char **reason)
{
	const char *region = bp_target_region(t);
	const char *at;
	const char *routing = bp_routing_names[t->key.routing];
	const char *mode = bp_mode_names[t->key.mode];
	const char *book = t->cat->books[t->key.book].name;
	bool		other_book = strcmp(book, BP_DEFAULT_BOOK) != 0;
	char	   *where = psprintf("Provider \"%s\", region %s, routing %s%s%s, mode %s, tier above %lld input tokens%s%s.",
								 bp_target_provider(t), region ? region : "(none)", routing,
								 t->key.geography >= 0 ? " in geography " : "",
								 t->key.geography >= 0 ? bp_geography_names[t->key.geography] : "",
								 mode, (long long) tier,
								 other_book ? ", price book " : "", other_book ? book : "");

	if (reason)
	{
		const char *what = !has_row ? bp_charge_names[c]
			: status == BP_RATE_NO_ROUTING_FACTOR ? routing : mode;
		const char *kind = !has_row ? "" : status == BP_RATE_NO_ROUTING_FACTOR ? " routing" : " mode";

		/* stored with the row: the same text in every session's time zone */
		*reason = psprintf("no %s%s price for model \"%s\" at %s (%s)",
						   what, kind, t->model->model, utc_text(u->at), where);
		return;
	}
	at = timestamptz_to_str(u->at);	/* an error's: in the session's zone, as before */
	if (has_row && status == BP_RATE_NO_ROUTING_FACTOR)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no %s routing price for model \"%s\" at %s", routing, t->model->model, at),
				 errdetail("bedprice.prices has no %s row for this routing and bedprice.multipliers has no routing factor for \"%s\". %s",
						   bp_charge_names[c], routing, where),
				 errhint("Add a price with routing '%s' or a multiplier (dimension 'routing', value '%s').",
						 routing, routing)));
	if (has_row && status == BP_RATE_NO_MODE_FACTOR)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA_FOUND),
				 errmsg("no %s mode price for model \"%s\" at %s", mode, t->model->model, at),
				 errdetail("bedprice.prices has no %s row for this mode and bedprice.multipliers has no mode factor for \"%s\". %s",
						   bp_charge_names[c], mode, where),
				 errhint("Add a price with mode '%s' or a multiplier (dimension 'mode', value '%s').",
						 mode, mode)));
	ereport(ERROR,
			(errcode(ERRCODE_NO_DATA_FOUND),
			 errmsg("no %s price for model \"%s\" at %s", bp_charge_names[c], t->model->model, at),
			 errdetail("%s", where),
			 errhint("Add a row to bedprice.prices for this charge, valid at that time.")));
}

/* ---- choosing ---- */

/*
 * The period holding `at`: the last one starting at or before it.  None
 * holds +infinity: validity is [valid_from, valid_to), and valid_to is at
 * most infinity, as price_sheet(at) reads it.
 */
static inline const BpPeriod *
find_period(const BpTarget *t, TimestampTz at)
{
	int			lo = 0,
				hi = t->nperiods - 1;

	if (unlikely(at == DT_NOEND || t->nperiods == 0))
		return NULL;
	while (lo < hi)
	{
		int			mid = (lo + hi + 1) / 2;

		if (t->periods[mid].from <= at)
			lo = mid;
		else
			hi = mid - 1;
	}
	return &t->periods[lo];
}

/*
 * Bedrock's inputTokens excludes cache reads and writes: the tier is chosen
 * on all of them.  A total beyond bigint is above every threshold.
 */
static int64
total_input(const BpUsage *u)
{
	int64		total = 0;

	for (int c = 0; c < BP_NUM_CHARGES; c++)
		if (c != BP_CHARGE_OUTPUT && __builtin_add_overflow(total, u->tokens[c], &total))
			return PG_INT64_MAX;
	return total;
}

/*
 * The request's tier: the highest threshold its total input exceeds among
 * the tiers of the rows that price its charges (each charge's best key),
 * so a key without long-context rows is never billed at another key's.
 */
static int64
request_tier(const BpPeriod *p, const BpUsage *u)
{
	int64		total = total_input(u);
	int64		tier = 0;

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		const BpChargeRates *cr = &p->charges[c];

		if (u->tokens[c] == 0)
			continue;
		for (int i = 0; i < cr->ntiers; i++)
			if (total > cr->tiers[i].above)
				tier = Max(tier, cr->tiers[i].above);
	}
	return tier;
}

/*
 * The rate of each charge with tokens (NULL for the others), all at the
 * request's tier, as long-context pricing bills a request; or the error
 * (or, with reason not NULL, false and the reason).
 */
static bool
choose_rates(const BpTarget *t, const BpPeriod *p, const BpUsage *u,
			 const BpRate **rates, const char **reason)
{
	int64		tier = p ? request_tier(p, u) : 0;

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		const BpRate *rate = NULL;

		rates[c] = NULL;
		if (u->tokens[c] == 0)
			continue;
		for (int i = 0; p != NULL && i < p->charges[c].ntiers; i++)
			if (p->charges[c].tiers[i].above == tier)
				rate = &p->charges[c].tiers[i];
		if (rate == NULL)
		{
			report_missing(t, u, tier, (BpCharge) c, BP_RATE_OK, false, reason);
			return false;
		}
		if (rate->status != BP_RATE_OK)
		{
			report_missing(t, u, rate->above, (BpCharge) c, rate->status, true, reason);
			return false;
		}
		rates[c] = rate;
	}
	return true;
}

/* ---- arithmetic ---- */

/* m / 10^scale as a numeric, trailing zeros dropped (m >= 0, fits int64). */
static inline Datum
trimmed_numeric(int64 m, int32 scale)
{
	if (m == 0)
		scale = 0;
	while (scale >= 4 && m % 10000 == 0)
		m /= 10000, scale -= 4;
	while (scale > 0 && m % 10 == 0)
		m /= 10, scale--;
	return bp_decimal_to_numeric((BpDecimal) {m, scale});
}

/* An exact total at `scale`, rounded to BP_RESULT_SCALE places. */
static inline Datum
result_numeric(int128 total, int32 scale)
{
	if (likely(scale <= BP_RESULT_SCALE && total >= 0 && total <= PG_INT64_MAX))
		return trimmed_numeric((int64) total, scale);
	return bp_decimal_to_numeric(bp_decimal_round((BpDecimal) {total, scale}, BP_RESULT_SCALE));
}

/*
 * The same sum in numeric, for what int128 cannot hold: sum(tokens x
 * price x factors) / 1,000,000, rounded to BP_RESULT_SCALE places, half
 * away from zero, trailing zeros dropped: the formula computed in SQL.
 */
static Datum
numeric_cost(const BpUsage *u, const BpRate **rates, int only)
{
	Datum		sum = DirectFunctionCall1(int8_numeric, Int64GetDatum(0));
	Datum		per_token = DirectFunctionCall3(numeric_in, CStringGetDatum("0.000001"),
												ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		Datum		part;

		if (rates[c] == NULL || (only >= 0 && c != only))
			continue;
		part = DirectFunctionCall2(numeric_mul,
								   DirectFunctionCall1(int8_numeric, Int64GetDatum(u->tokens[c])),
								   rates[c]->per_mtok);
		sum = DirectFunctionCall2(numeric_add, sum, part);
	}
	sum = DirectFunctionCall2(numeric_mul, sum, per_token);
	sum = DirectFunctionCall2(numeric_round, sum, Int32GetDatum(BP_RESULT_SCALE));
	return DirectFunctionCall1(numeric_trim_scale, sum);
}

/* sum(tokens x rate) over the charges (or one, `only`), exactly. */
static Datum
cost_of(const BpPeriod *p, const BpUsage *u, const BpRate **rates, int only)
{
	int128		total = 0;

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		int128		part;

		if (rates[c] == NULL || (only >= 0 && c != only))
			continue;
		if (!rates[c]->fits ||
			__builtin_mul_overflow((int128) u->tokens[c], rates[c]->aligned, &part) ||
			__builtin_add_overflow(total, part, &total))
			return numeric_cost(u, rates, only);
	}
	return result_numeric(total, p ? p->scale : 0);
}

/* ---- the entry points ---- */

static pg_noinline Datum
price_general(const BpTarget *t, const BpPeriod *p, const BpUsage *u,
			  const char **reason)
{
	const BpRate *rates[BP_NUM_CHARGES];

	if (!choose_rates(t, p, u, rates, reason))
		return (Datum) 0;
	return cost_of(p, u, rates, -1);
}

#define FLAT_RATE_LIMIT ((int128) 1 << 60)

/* The period holding `at`, flat; empty where there is none. */
void
bp_flat_rates(const BpTarget *t, TimestampTz at, BpFlatRates *f)
{
	const BpPeriod *p = find_period(t, at);

	memset(f, 0, sizeof(*f));
	if (p == NULL)
	{
		f->from = 1;			/* no `at` is in [1, 0) */
		return;
	}
	f->from = p->from;
	f->to = p + 1 < t->periods + t->nperiods ? p[1].from : DT_NOEND;
	f->scale = p->scale;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		const BpRate *r = p->charges[c].single;

		if (r != NULL && r->aligned < FLAT_RATE_LIMIT && r->aligned > -FLAT_RATE_LIMIT)
		{
			f->singles |= 1u << c;
			f->rate[c] = (int64) r->aligned;
		}
	}
}

/*
 * The hot path: every charge with tokens has one base-tier rate that fits
 * (and is small enough for bp_flat_rates).
 */
bool
bp_flat_price(const BpFlatRates *f, const BpUsage *u, Datum *cost)
{
	int128		total;

	if (!bp_flat_total(f, u, &total))
		return false;
	*cost = result_numeric(total, f->scale);
	return true;
}

/* bp_flat_exact() past its fast case: a total at more than 15 places, or
 * past 2^63. */
bool
bp_flat_exact_slow(int128 total, int32 scale, int128 *units)
{
	BpDecimal	d = bp_decimal_round((BpDecimal) {total, scale}, BP_RESULT_SCALE);

	if (!bp_decimal_rescale(d, BP_RESULT_SCALE, &d))
		return false;
	*units = d.mantissa;
	return true;
}

static inline Datum
price(const BpTarget *t, const BpUsage *u, const char **reason)
{
	BpFlatRates f;
	Datum		cost;

	bp_flat_rates(t, u->at, &f);
	if (likely(bp_flat_price(&f, u, &cost)))
		return cost;
	return price_general(t, find_period(t, u->at), u, reason);
}

Datum
bp_price_numeric(const BpTarget *t, const BpUsage *u)
{
	return price(t, u, NULL);
}

bool
bp_price_row(const BpTarget *t, const BpUsage *u, Datum *cost, const char **reason)
{
	*reason = NULL;
	*cost = price(t, u, reason);
	return *reason == NULL;
}

static bool
explain(const BpTarget *t, const BpUsage *u, BpQuote *q, const char **reason)
{
	const BpPeriod *p = find_period(t, u->at);
	const BpRate *rates[BP_NUM_CHARGES];

	memset(q, 0, sizeof(*q));
	/* the errors (or reasons) of the hot path */
	if (!choose_rates(t, p, u, rates, reason))
		return false;
	q->total = cost_of(p, u, rates, -1);
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		BpChargeQuote *cq = &q->charges[c];
		const BpRate *rate = rates[c];

		cq->tokens = u->tokens[c];
		for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
			cq->factor[d] = (BpDecimal) {1, 0};
		cq->cost = rate ? cost_of(p, u, rates, c) : bp_decimal_to_numeric((BpDecimal) {0, 0});
		if (rate == NULL)
			continue;
		q->tier = Max(q->tier, rate->above);
		cq->above = rate->above;
		cq->price_id = rate->row->price_id;
		cq->book = t->cat->books[rate->row->book].name;
		cq->usd_per_mtok = rate->row->usd_per_mtok;
		cq->per_mtok = rate->per_mtok;
		for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
			if (rate->factor[d])
			{
				cq->factor[d] = rate->factor[d]->factor;
				cq->factor_id[d] = rate->factor[d]->multiplier_id;
			}
	}
	return true;
}

void
bp_price_explain(const BpTarget *t, const BpUsage *u, BpQuote *q)
{
	explain(t, u, q, NULL);
}

bool
bp_explain_row(const BpTarget *t, const BpUsage *u, BpQuote *q, const char **reason)
{
	*reason = NULL;
	return explain(t, u, q, reason);
}
