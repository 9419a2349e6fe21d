/*
 * pricing_compile.c: a target (model, region, routing and geography, mode)
 * compiled into
 * periods, once per catalog copy.
 *
 * Between two consecutive validity boundaries of its candidate rows and
 * rules nothing changes, so each period holds, per charge, the rows that
 * price it and their effective rates (price x factors, exact): an int128
 * at one scale per period for the fast path, and a numeric that is always
 * exact for the rest.
 */
#include "postgres.h"

#include "pricing.h"

#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"

/* Every power of ten an int128 holds. */
#define MAX_SCALE 38

static bool
valid_at(TimestampTz from, TimestampTz to, TimestampTz t)
{
	return from <= t && t < to;
}

/* Can this row price the target at all (before time and tier)?  It
 * belongs to the target's book or one it inherits from. */
static bool
is_candidate(const BpPriceRow *r, const BpTarget *t)
{
	const BpTargetKey *k = &t->key;

	return t->depth[r->book] >= 0 &&
		(r->region < 0 || r->region == k->region) &&
		(r->routing == BP_ROUTING_IN_REGION || (int) r->routing == k->routing) &&
		(r->geography < 0 || r->geography == k->geography) &&
		(r->mode == BP_MODE_ON_DEMAND || (int) r->mode == k->mode);
}

static bool
is_applicable_factor(const BpFactorRow *f, const BpTarget *t)
{
	const BpTargetKey *k = &t->key;

	if (f->provider != t->model->provider || t->depth[f->book] < 0)
		return false;
	switch (f->dimension)
	{
		case BP_DIM_REGION:
			return k->region >= 0 && f->value == k->region;
		case BP_DIM_ROUTING:
			return k->routing != BP_ROUTING_IN_REGION && f->value == k->routing;
		case BP_DIM_MODE:
			return k->mode != BP_MODE_ON_DEMAND && f->value == k->mode;
		case BP_DIM_VENDOR:
			return f->value == t->model->vendor;
	}
	return false;
}

/*
 * Rank of a candidate's key: most exact matches first, ties to region,
 * then routing, then geography (only a geo row has one), then mode.  The
 * 4-bit order below encodes exactly that, and tells the keys of the
 * candidates apart.
 */
static int
match_rank(const BpPriceRow *r, const BpTargetKey *k)
{
	int			region = r->region >= 0 ? 1 : 0;
	int			routing = ((int) r->routing == k->routing) ? 1 : 0;
	int			geography = r->geography >= 0 ? 1 : 0;
	int			mode = ((int) r->mode == k->mode) ? 1 : 0;

	return (region + routing + geography + mode) * 16 +
		region * 8 + routing * 4 + geography * 2 + mode;
}

/* The rule of the nearest book of the chain that has one valid at t. */
static const BpFactorRow *
find_factor(const BpTarget *target, BpDimension dim, int value, TimestampTz t)
{
	const BpCatalog *cat = target->cat;
	const BpFactorRow *best = NULL;

	for (int i = 0; i < cat->nfactors; i++)
	{
		const BpFactorRow *f = &cat->factors[i];
		int			depth = target->depth[f->book];

		if (f->provider != target->model->provider || f->dimension != dim ||
			f->value != value || depth < 0 || !valid_at(f->valid_from, f->valid_to, t))
			continue;
		if (best == NULL || depth < target->depth[best->book] ||
			(depth == target->depth[best->book] &&
			 (f->valid_from > best->valid_from ||
			  (f->valid_from == best->valid_from && f->multiplier_id > best->multiplier_id))))
			best = f;
	}
	return best;
}

/* The rules a row takes for the dimensions it covers only by base value. */
/* The rules a row takes for the dimensions it covers only by base value,
 * and its vendor's rule, which every row of the vendor's models takes. */
static void
apply_factors(const BpTarget *target, const BpPriceRow *row, TimestampTz t, BpRate *rate)
{
	const BpTargetKey *k = &target->key;

	rate->status = BP_RATE_OK;
	if (row->region < 0 && k->region >= 0)
		rate->factor[BP_DIM_REGION] = find_factor(target, BP_DIM_REGION, k->region, t);
	if (row->routing == BP_ROUTING_IN_REGION && k->routing != BP_ROUTING_IN_REGION &&
		(rate->factor[BP_DIM_ROUTING] = find_factor(target, BP_DIM_ROUTING, k->routing, t)) == NULL)
		rate->status = BP_RATE_NO_ROUTING_FACTOR;
	if (row->mode == BP_MODE_ON_DEMAND && k->mode != BP_MODE_ON_DEMAND &&
		(rate->factor[BP_DIM_MODE] = find_factor(target, BP_DIM_MODE, k->mode, t)) == NULL &&
		rate->status == BP_RATE_OK)
		rate->status = BP_RATE_NO_MODE_FACTOR;
	rate->factor[BP_DIM_VENDOR] = find_factor(target, BP_DIM_VENDOR, target->model->vendor, t);
}

/*
 * The rate's exact value per 1M tokens, as a numeric (always) and as a
 * decimal (when int128 holds it); false when it does not.
 */
static bool
rate_value(BpRate *rate, BpDecimal *exact)
{
	Datum		v = bp_decimal_to_numeric(rate->row->usd_per_mtok);
	bool		fits = true;

	*exact = rate->row->usd_per_mtok;
	for (int d = 0; d < BP_NUM_DIMENSIONS; d++)
	{
		Datum		factor,
					product;

		if (rate->factor[d] == NULL)
			continue;
		/* the cache keeps only the product: no garbage in its context */
		factor = bp_decimal_to_numeric(rate->factor[d]->factor);
		product = DirectFunctionCall2(numeric_mul, v, factor);
		pfree(DatumGetPointer(v));
		pfree(DatumGetPointer(factor));
		v = product;
		if (fits && !bp_decimal_mul(*exact, rate->factor[d]->factor, exact))
			fits = false;
	}
	rate->per_mtok = v;
	return fits && exact->scale + 6 <= MAX_SCALE;
}

static int
compare_rates(const void *a, const void *b)
{
	int64		x = ((const BpRate *) a)->above,
				y = ((const BpRate *) b)->above;

	return x < y ? -1 : x > y ? 1 : 0;
}

/* Does row r price a tier instead of row q: a nearer book's, else the later start? */
static bool
replaces(const BpTarget *target, const BpPriceRow *r, const BpPriceRow *q)
{
	int			dr = target->depth[r->book],
				dq = target->depth[q->book];

	if (dr != dq)
		return dr < dq;
	if (r->valid_from != q->valid_from)
		return r->valid_from > q->valid_from;
	return r->price_id > q->price_id;
}

/*
 * A charge's rates in the period starting at t: the best-ranked key among
 * the candidate rows valid at t, and every tier of that key.  Where books
 * of the chain hold the same key and tier, the nearest book's row is the
 * tier's (a book replaces its parent's rows tier by tier).
 */
static void
build_charge(const BpTarget *target, BpCharge charge, TimestampTz t,
			 BpChargeRates *cr, BpDecimal *exact, bool *fits)
{
	const BpModel *m = target->model;
	int			best_rank = -1,
				count = 0;

	for (int i = 0; i < m->nprices; i++)
	{
		const BpPriceRow *r = &m->prices[i];
		int			rank;

		if (r->charge != charge || !is_candidate(r, target) ||
			!valid_at(r->valid_from, r->valid_to, t))
			continue;
		rank = match_rank(r, &target->key);
		count = rank > best_rank ? 1 : count + (rank == best_rank);
		best_rank = Max(best_rank, rank);
	}
	cr->ntiers = 0;
	cr->tiers = count > 0 ? palloc0(sizeof(BpRate) * count) : NULL;
	for (int i = 0; i < m->nprices && count > 0; i++)
	{
		const BpPriceRow *r = &m->prices[i];
		int			j;

		if (r->charge != charge || !is_candidate(r, target) ||
			!valid_at(r->valid_from, r->valid_to, t) ||
			match_rank(r, &target->key) != best_rank)
			continue;
		/*
		 * One row per key, tier, book and time, as the exclusion constraints
		 * keep it (a 0.1.0 table may still overlap: the later start wins).
		 */
		for (j = 0; j < cr->ntiers && cr->tiers[j].above != r->above_input_tokens; j++)
			;
		if (j < cr->ntiers && !replaces(target, r, cr->tiers[j].row))
			continue;
		cr->tiers[j].above = r->above_input_tokens;
		cr->tiers[j].row = r;
		cr->ntiers = Max(cr->ntiers, j + 1);
	}
	if (cr->ntiers > 1)
		qsort(cr->tiers, cr->ntiers, sizeof(BpRate), compare_rates);
	for (int i = 0; i < cr->ntiers; i++)
	{
		apply_factors(target, cr->tiers[i].row, t, &cr->tiers[i]);
		fits[i] = rate_value(&cr->tiers[i], &exact[i]);
	}
}

/* One scale for the whole period, so a row's charges add without rescaling. */
static void
align_rates(BpPeriod *p, BpDecimal **exact, bool **fits)
{
	p->scale = 0;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
		for (int i = 0; i < p->charges[c].ntiers; i++)
			if (fits[c][i])
				p->scale = Max(p->scale, exact[c][i].scale + 6);
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		BpChargeRates *cr = &p->charges[c];

		for (int i = 0; i < cr->ntiers; i++)
		{
			BpDecimal	per_token = exact[c][i],
						aligned;

			per_token.scale += 6;
			cr->tiers[i].fits = fits[c][i] &&
				bp_decimal_rescale(per_token, p->scale, &aligned);
			if (cr->tiers[i].fits)
				cr->tiers[i].aligned = aligned.mantissa;
		}
		cr->single = (cr->ntiers == 1 && cr->tiers[0].above == 0 &&
					  cr->tiers[0].status == BP_RATE_OK && cr->tiers[0].fits)
			? &cr->tiers[0] : NULL;
	}
}

static void
build_period(BpTarget *target, BpPeriod *p)
{
	BpDecimal  *exact[BP_NUM_CHARGES];
	bool	   *fits[BP_NUM_CHARGES];

	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		exact[c] = palloc(sizeof(BpDecimal) * Max(target->model->nprices, 1));
		fits[c] = palloc(sizeof(bool) * Max(target->model->nprices, 1));
		build_charge(target, (BpCharge) c, p->from, &p->charges[c], exact[c], fits[c]);
	}
	align_rates(p, exact, fits);
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		pfree(exact[c]);
		pfree(fits[c]);
	}
}

static int
compare_timestamps(const void *a, const void *b)
{
	TimestampTz x = *(const TimestampTz *) a,
				y = *(const TimestampTz *) b;

	return x < y ? -1 : x > y ? 1 : 0;
}

static void
build_target(BpTarget *target)
{
	const BpModel *m = target->model;
	const BpCatalog *cat = target->cat;
	TimestampTz *bounds = palloc(sizeof(TimestampTz) * (2 * (m->nprices + cat->nfactors) + 1));
	int			n = 0,
				nfrom;

	/* every validity boundary of a candidate row or an applicable rule */
	bounds[n++] = DT_NOBEGIN;
	for (int i = 0; i < m->nprices; i++)
	{
		if (!is_candidate(&m->prices[i], target))
			continue;
		bounds[n++] = m->prices[i].valid_from;
		bounds[n++] = m->prices[i].valid_to;
	}
	for (int i = 0; i < cat->nfactors; i++)
	{
		if (!is_applicable_factor(&cat->factors[i], target))
			continue;
		bounds[n++] = cat->factors[i].valid_from;
		bounds[n++] = cat->factors[i].valid_to;
	}
	qsort(bounds, n, sizeof(TimestampTz), compare_timestamps);

	/* a period starts at each distinct bound; nothing starts at +infinity */
	nfrom = 0;
	for (int i = 0; i < n && bounds[i] != DT_NOEND; i++)
		if (nfrom == 0 || bounds[i] != bounds[nfrom - 1])
			bounds[nfrom++] = bounds[i];
	target->periods = palloc0(sizeof(BpPeriod) * nfrom);
	target->nperiods = nfrom;
	for (int i = 0; i < nfrom; i++)
	{
		target->periods[i].from = bounds[i];
		build_period(target, &target->periods[i]);
	}
	pfree(bounds);
}

/* How far up the target's book chain each book is (-1: not in it). */
static int *
chain_depths(const BpCatalog *cat, int book)
{
	int		   *depth = palloc(sizeof(int) * Max(cat->nbooks, 1));

	for (int i = 0; i < cat->nbooks; i++)
		depth[i] = -1;
	/* the trigger on price_books forbids cycles; nbooks steps at most anyway */
	for (int d = 0; book >= 0 && d < cat->nbooks && depth[book] < 0; d++)
	{
		depth[book] = d;
		book = cat->books[book].parent;
	}
	return depth;
}

const BpTarget *
bp_target_get(BpCatalog *cat, int model, int region, BpRouting routing,
			  int geography, BpMode mode, int book)
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
	key.geography = routing == BP_ROUTING_GEO ? geography : -1;
	key.mode = mode;
	key.book = book;
	t = hash_search(cat->targets, &key, HASH_ENTER, &found);
	if (!found)
		t->built = false;		/* before anything below can fail */
	if (!t->built)
	{
		MemoryContext old;

		bp_catalog_model_prices(cat, model);
		old = MemoryContextSwitchTo(cat->cxt);

		t->built = false;
		t->cat = cat;
		t->model = &cat->models[model];
		t->depth = chain_depths(cat, book);
		build_target(t);
		t->built = true;		/* last: an error above leaves it unbuilt */
		MemoryContextSwitchTo(old);
	}
	return t;
}

/* For bedprice.cache_info(). */
long
bp_targets_built(const BpCatalog *cat)
{
	return cat->targets ? hash_get_num_entries(cat->targets) : 0;
}
