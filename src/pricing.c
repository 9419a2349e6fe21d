/*
 * pricing.c: choosing price rows and multipliers, and the arithmetic.
 *
 * A target (model, region, routing, mode) is compiled once per catalog
 * generation into periods: between two consecutive validity boundaries of
 * its candidate rows nothing changes, so each period holds, per tier and
 * charge, the chosen row and its effective rate (price x factors, exact).
 * Pricing a row is then a binary search for the period, a scan of a tier
 * list of one or two entries, and at most five int128 multiply-adds.
 */
#include "postgres.h"

#include "pricing.h"

#include "utils/datetime.h"

typedef enum BpRateStatus
{
	BP_RATE_OK = 0,
	BP_RATE_NO_PRICE,			/* no row for this charge in this tier */
	BP_RATE_NO_ROUTING_FACTOR,	/* row covers in_region only, no rule */
	BP_RATE_NO_MODE_FACTOR,		/* row covers on_demand only, no rule */
	BP_RATE_TOO_PRECISE			/* price x factors overflows int128 */
} BpRateStatus;

typedef struct BpRate
{
	BpRateStatus status;
	const BpPriceRow *row;		/* chosen row, NULL if none */
	const BpFactorRow *factor[BP_NUM_DIMENSIONS];	/* NULL where none applied */
	int128		aligned;		/* rate per 1M tokens at the tier's scale */
} BpRate;

typedef struct BpTier
{
	int64		above;			/* above_input_tokens */
	int32		scale;			/* scale of tokens x aligned rate */
	BpRate		rates[BP_NUM_CHARGES];
} BpTier;

typedef struct BpPeriod
{
	TimestampTz from;			/* [from, next period's from) */
	int			ntiers;
	BpTier	   *tiers;			/* ascending by above */
} BpPeriod;

struct BpTarget
{
	BpTargetKey key;			/* hash key: must be first */
	bool		built;
	const BpCatalog *cat;
	const BpModel *model;
	int			nperiods;
	BpPeriod   *periods;		/* ascending by from; first from = -infinity */
};

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

/* ---- compiling a target ---- */

static bool
valid_at(TimestampTz from, TimestampTz to, TimestampTz t)
{
	return from <= t && t < to;
}

/* Can this row price the target at all (before time and tier)? */
static bool
is_candidate(const BpPriceRow *r, const BpTargetKey *k)
{
	return (r->region < 0 || r->region == k->region) &&
		(r->routing == BP_ROUTING_IN_REGION || (int) r->routing == k->routing) &&
		(r->mode == BP_MODE_ON_DEMAND || (int) r->mode == k->mode);
}

static bool
is_applicable_factor(const BpFactorRow *f, const BpTargetKey *k, int provider)
{
	if (f->provider != provider)
		return false;
	switch (f->dimension)
	{
		case BP_DIM_REGION:
			return k->region >= 0 && f->value == k->region;
		case BP_DIM_ROUTING:
			return k->routing != BP_ROUTING_IN_REGION && f->value == k->routing;
		case BP_DIM_MODE:
			return k->mode != BP_MODE_ON_DEMAND && f->value == k->mode;
	}
	return false;
}

/*
 * Rank of a candidate: most exact matches first, ties to region, then
 * routing, then mode.  The 3-bit order below encodes exactly that.
 */
static int
match_rank(const BpPriceRow *r, const BpTargetKey *k)
{
	int			region = r->region >= 0 ? 1 : 0;
	int			routing = ((int) r->routing == k->routing) ? 1 : 0;
	int			mode = ((int) r->mode == k->mode) ? 1 : 0;

	return (region + routing + mode) * 8 + region * 4 + routing * 2 + mode;
}

/* Later start, then higher id: a deterministic pick among overlaps. */
static bool
price_row_wins(const BpPriceRow *a, int rank_a, const BpPriceRow *b, int rank_b)
{
	if (rank_a != rank_b)
		return rank_a > rank_b;
	if (a->valid_from != b->valid_from)
		return a->valid_from > b->valid_from;
	return a->price_id > b->price_id;
}

static const BpFactorRow *
find_factor(const BpCatalog *cat, int provider, BpDimension dim, int value,
			TimestampTz t)
{
	const BpFactorRow *best = NULL;

	for (int i = 0; i < cat->nfactors; i++)
	{
		const BpFactorRow *f = &cat->factors[i];

		if (f->provider != provider || f->dimension != dim || f->value != value ||
			!valid_at(f->valid_from, f->valid_to, t))
			continue;
		if (best == NULL || f->valid_from > best->valid_from ||
			(f->valid_from == best->valid_from && f->multiplier_id > best->multiplier_id))
			best = f;
	}
	return best;
}

static void
choose_rate(const BpTarget *target, const BpTargetKey *k, int64 tier,
			BpCharge charge, TimestampTz t, BpRate *rate, BpDecimal *exact)
{
	const BpModel *m = target->model;
	const BpCatalog *cat = target->cat;
	const BpPriceRow *best = NULL;
	int			best_rank = -1;

	memset(rate, 0, sizeof(*rate));
	for (int i = 0; i < m->nprices; i++)
	{
		const BpPriceRow *r = &m->prices[i];
		int			rank;

		if (r->charge != charge || r->above_input_tokens != tier ||
			!is_candidate(r, k) || !valid_at(r->valid_from, r->valid_to, t))
			continue;
		rank = match_rank(r, k);
		if (best == NULL || price_row_wins(r, rank, best, best_rank))
			best = r, best_rank = rank;
	}
	rate->row = best;
	if (best == NULL)
	{
		rate->status = BP_RATE_NO_PRICE;
		return;
	}

	*exact = best->usd_per_mtok;
	/* A row that covers a dimension only through its base value takes the rule. */
	if (best->region < 0 && k->region >= 0)
		rate->factor[BP_DIM_REGION] = find_factor(cat, m->provider, BP_DIM_REGION,
												  k->region, t);
	if (best->routing == BP_ROUTING_IN_REGION && k->routing != BP_ROUTING_IN_REGION)
	{
		rate->factor[BP_DIM_ROUTING] = find_factor(cat, m->provider, BP_DIM_ROUTING,
												   k->routing, t);
		if (rate->factor[BP_DIM_ROUTING] == NULL)
		{
			rate->status = BP_RATE_NO_ROUTING_FACTOR;
			return;
		}
	}
	if (best->mode == BP_MODE_ON_DEMAND && k->mode != BP_MODE_ON_DEMAND)
	{
		rate->factor[BP_DIM_MODE] = find_factor(cat, m->provider, BP_DIM_MODE,
												k->mode, t);
		if (rate->factor[BP_DIM_MODE] == NULL)
		{
			rate->status = BP_RATE_NO_MODE_FACTOR;
			return;
		}
	}
	for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
		if (rate->factor[d] && !bp_decimal_mul(*exact, rate->factor[d]->factor, exact))
		{
			rate->status = BP_RATE_TOO_PRECISE;
			return;
		}
	rate->status = BP_RATE_OK;
}

static int
compare_timestamps(const void *a, const void *b)
{
	TimestampTz x = *(const TimestampTz *) a,
				y = *(const TimestampTz *) b;

	return x < y ? -1 : x > y ? 1 : 0;
}

static int
compare_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a,
				y = *(const int64 *) b;

	return x < y ? -1 : x > y ? 1 : 0;
}

static void
build_period(BpTarget *target, BpPeriod *p)
{
	const BpModel *m = target->model;
	int64	   *aboves = palloc(sizeof(int64) * (m->nprices + 1));
	int			n = 0;

	/* the tiers: distinct thresholds among the rows valid in this period */
	for (int i = 0; i < m->nprices; i++)
	{
		const BpPriceRow *r = &m->prices[i];

		if (is_candidate(r, &target->key) && valid_at(r->valid_from, r->valid_to, p->from))
			aboves[n++] = r->above_input_tokens;
	}
	qsort(aboves, n, sizeof(int64), compare_int64);
	{
		int			distinct = 0;

		for (int i = 0; i < n; i++)
			if (i == 0 || aboves[i] != aboves[i - 1])
				aboves[distinct++] = aboves[i];
		n = distinct;
	}
	p->tiers = palloc0(sizeof(BpTier) * Max(n, 1));
	p->ntiers = 0;
	for (int i = 0; i < n; i++)
	{
		BpTier	   *tier;
		BpDecimal	exact[BP_NUM_CHARGES];

		tier = &p->tiers[p->ntiers++];
		tier->above = aboves[i];
		tier->scale = 0;
		for (int c = 0; c < BP_NUM_CHARGES; c++)
		{
			choose_rate(target, &target->key, tier->above, (BpCharge) c, p->from,
						&tier->rates[c], &exact[c]);
			if (tier->rates[c].status == BP_RATE_OK)
				tier->scale = Max(tier->scale, exact[c].scale + 6);
		}
		/* one scale per tier, so a row's charges add without rescaling */
		for (int c = 0; c < BP_NUM_CHARGES; c++)
		{
			BpDecimal	aligned;

			if (tier->rates[c].status != BP_RATE_OK)
				continue;
			exact[c].scale += 6;	/* per 1M tokens */
			if (!bp_decimal_rescale(exact[c], tier->scale, &aligned))
				tier->rates[c].status = BP_RATE_TOO_PRECISE;
			else
				tier->rates[c].aligned = aligned.mantissa;
		}
	}
	pfree(aboves);
}

static void
build_target(BpTarget *target)
{
	const BpModel *m = target->model;
	const BpCatalog *cat = target->cat;
	TimestampTz *bounds = palloc(sizeof(TimestampTz) * (2 * (m->nprices + cat->nfactors) + 1));
	int			n = 0;

	/* every validity boundary of a candidate row or an applicable rule */
	bounds[n++] = DT_NOBEGIN;
	for (int i = 0; i < m->nprices; i++)
	{
		if (!is_candidate(&m->prices[i], &target->key))
			continue;
		bounds[n++] = m->prices[i].valid_from;
		bounds[n++] = m->prices[i].valid_to;
	}
	for (int i = 0; i < cat->nfactors; i++)
	{
		if (!is_applicable_factor(&cat->factors[i], &target->key, m->provider))
			continue;
		bounds[n++] = cat->factors[i].valid_from;
		bounds[n++] = cat->factors[i].valid_to;
	}
	qsort(bounds, n, sizeof(TimestampTz), compare_timestamps);

	target->periods = palloc0(sizeof(BpPeriod) * n);
	target->nperiods = 0;
	for (int i = 0; i < n; i++)
	{
		if (i > 0 && bounds[i] == bounds[i - 1])
			continue;
		if (bounds[i] == DT_NOEND)
			break;				/* nothing starts at +infinity */
		target->periods[target->nperiods].from = bounds[i];
		build_period(target, &target->periods[target->nperiods]);
		target->nperiods++;
	}
	pfree(bounds);
}

const BpTarget *
bp_target_get(BpCatalog *cat, int model, int region, BpRouting routing, BpMode mode)
{
	BpTargetKey key;
	BpTarget   *t;
	bool		found;

	if (cat->targets == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(BpTargetKey);
		ctl.entrysize = sizeof(BpTarget);
		ctl.hcxt = cat->cxt;
		cat->targets = hash_create("bedprice targets", 64, &ctl,
								   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	memset(&key, 0, sizeof(key));
	key.model = model;
	key.region = region;
	key.routing = routing;
	key.mode = mode;
	t = hash_search(cat->targets, &key, HASH_ENTER, &found);
	if (!found || !t->built)
	{
		MemoryContext old = MemoryContextSwitchTo(cat->cxt);

		t->built = false;
		t->cat = cat;
		t->model = &cat->models[model];
		build_target(t);
		t->built = true;		/* last: an error above leaves it unbuilt */
		MemoryContextSwitchTo(old);
	}
	return t;
}

/* ---- pricing a usage ---- */


static const BpPeriod *
find_period(const BpTarget *t, TimestampTz at)
{
	int			lo = 0,
				hi = t->nperiods - 1;

	/* the last period whose start is <= at; the first starts at -infinity */
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

static const char *
timestamp_text(TimestampTz at)
{
	return timestamptz_to_str(at);
}

static void
report_missing(const BpTarget *t, const BpUsage *u, int64 tier, BpCharge c,
			   const BpRate *rate)
{
	const char *region = bp_target_region(t);
	char	   *where = psprintf("Provider \"%s\", region %s, routing %s, mode %s, tier above %lld input tokens.",
								 bp_target_provider(t), region ? region : "(none)",
								 bp_routing_names[t->key.routing],
								 bp_mode_names[t->key.mode], (long long) tier);
	BpRateStatus status = rate ? rate->status : BP_RATE_NO_PRICE;

	switch (status)
	{
		case BP_RATE_NO_ROUTING_FACTOR:
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("no %s routing price for model \"%s\" at %s",
							bp_routing_names[t->key.routing], t->model->model,
							timestamp_text(u->at)),
					 errdetail("bedprice.prices has no %s row for this routing and bedprice.multipliers has no routing factor for \"%s\". %s",
							   bp_charge_names[c], bp_routing_names[t->key.routing], where),
					 errhint("Add a price with routing '%s' or a multiplier (dimension 'routing', value '%s').",
							 bp_routing_names[t->key.routing], bp_routing_names[t->key.routing])));
			break;
		case BP_RATE_NO_MODE_FACTOR:
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("no %s mode price for model \"%s\" at %s",
							bp_mode_names[t->key.mode], t->model->model,
							timestamp_text(u->at)),
					 errdetail("bedprice.prices has no %s row for this mode and bedprice.multipliers has no mode factor for \"%s\". %s",
							   bp_charge_names[c], bp_mode_names[t->key.mode], where),
					 errhint("Add a price with mode '%s' or a multiplier (dimension 'mode', value '%s').",
							 bp_mode_names[t->key.mode], bp_mode_names[t->key.mode])));
			break;
		case BP_RATE_TOO_PRECISE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s price of model \"%s\" times its multipliers is out of range",
							bp_charge_names[c], t->model->model),
					 errdetail("%s", where)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NO_DATA_FOUND),
					 errmsg("no %s price for model \"%s\" at %s",
							bp_charge_names[c], t->model->model, timestamp_text(u->at)),
					 errdetail("%s", where),
					 errhint("Add a row to bedprice.prices for this charge, valid at that time.")));
	}
}

static void
overflow(const BpTarget *t, const BpUsage *u)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("cost of this usage of model \"%s\" is out of range", t->model->model),
			 errdetail("Tokens: input %lld, output %lld, cache read %lld, cache write %lld, cache write 1h %lld.",
					   (long long) u->tokens[0], (long long) u->tokens[1],
					   (long long) u->tokens[2], (long long) u->tokens[3],
					   (long long) u->tokens[4]),
			 errhint("Costs are computed exactly in 128-bit decimal arithmetic; prices and factors with fewer decimal places leave more room.")));
}

/* The tier a usage falls in: the highest threshold its total input exceeds. */
static inline const BpTier *
find_tier(const BpPeriod *p, const BpUsage *u)
{
	int64		total_in = 0;
	const BpTier *tier = NULL;

	/* one base tier (the usual case): the total does not matter */
	if (likely(p->ntiers == 1 && p->tiers[0].above == 0))
		return &p->tiers[0];

	/*
	 * Bedrock's inputTokens excludes cache reads and writes: add them all.
	 * A total beyond bigint is above every threshold, so it saturates.
	 */
	for (int c = 0; c < BP_NUM_CHARGES; c++)
		if (c != BP_CHARGE_OUTPUT &&
			__builtin_add_overflow(total_in, u->tokens[c], &total_in))
			total_in = PG_INT64_MAX;
	for (int i = 0; i < p->ntiers; i++)
		if (p->tiers[i].above == 0 || total_in > p->tiers[i].above)
			tier = &p->tiers[i];
	return tier;
}

static bool
needs(const BpUsage *u, int c)
{
	return u->tokens[c] != 0;
}

/* The exact total, before rounding, at the tier's scale. */
static pg_attribute_always_inline BpDecimal
bp_price_exact(const BpTarget *t, const BpUsage *u)
{
	const BpPeriod *p = find_period(t, u->at);
	const BpTier *tier = find_tier(p, u);
	BpDecimal	total = {0, 0};

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		int128		part;

		if (!needs(u, c))
			continue;
		if (tier == NULL || tier->rates[c].status != BP_RATE_OK)
			report_missing(t, u, tier ? tier->above : 0, (BpCharge) c,
						   tier ? &tier->rates[c] : NULL);
		if (__builtin_mul_overflow((int128) u->tokens[c], tier->rates[c].aligned, &part) ||
			__builtin_add_overflow(total.mantissa, part, &total.mantissa))
			overflow(t, u);
	}
	if (tier != NULL)
		total.scale = tier->scale;
	return total;
}

/*
 * The hot path: price and build the numeric in one go, trimming in int64
 * when the total fits (it nearly always does).
 */
Datum
bp_price_numeric(const BpTarget *t, const BpUsage *u)
{
	BpDecimal	total = bp_price_exact(t, u);

	if (likely(total.scale <= BP_RESULT_SCALE &&
			   total.mantissa >= 0 && total.mantissa <= PG_INT64_MAX))
	{
		int64		m = (int64) total.mantissa;
		int32		scale = total.scale;

		if (m == 0)
			scale = 0;
		while (scale >= 4 && m % 10000 == 0)
			m /= 10000, scale -= 4;
		while (scale > 0 && m % 10 == 0)
			m /= 10, scale--;
		return bp_decimal_to_numeric((BpDecimal) {m, scale});
	}
	return bp_decimal_to_numeric(bp_decimal_round(total, BP_RESULT_SCALE));
}

BpDecimal
bp_price(const BpTarget *t, const BpUsage *u)
{
	return bp_decimal_round(bp_price_exact(t, u), BP_RESULT_SCALE);
}


void
bp_price_explain(const BpTarget *t, const BpUsage *u, BpQuote *q)
{
	const BpPeriod *p = find_period(t, u->at);
	const BpTier *tier = find_tier(p, u);

	memset(q, 0, sizeof(*q));
	q->total = bp_price(t, u);	/* raises the same errors as the hot path */
	q->tier = tier ? tier->above : 0;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		BpChargeQuote *cq = &q->charges[c];
		const BpRate *rate;

		cq->tokens = u->tokens[c];
		for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
			cq->factor[d] = (BpDecimal) {1, 0};
		if (!needs(u, c))
			continue;
		rate = &tier->rates[c];
		cq->price_id = rate->row->price_id;
		cq->usd_per_mtok = rate->row->usd_per_mtok;
		for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
			if (rate->factor[d])
			{
				cq->factor[d] = rate->factor[d]->factor;
				cq->factor_id[d] = rate->factor[d]->multiplier_id;
			}
		cq->cost = bp_decimal_round((BpDecimal) {(int128) u->tokens[c] * rate->aligned,
												 tier->scale}, BP_RESULT_SCALE);
	}
}

/* For bedprice.cache_info(). */
long
bp_targets_built(const BpCatalog *cat)
{
	return cat->targets ? hash_get_num_entries(cat->targets) : 0;
}
