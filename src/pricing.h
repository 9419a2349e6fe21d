/*
 * pricing.h: compiled targets, internal to the engine (pricing_compile.c
 * builds them, pricing.c prices with them).
 */
#ifndef BEDPRICE_PRICING_H
#define BEDPRICE_PRICING_H

#include "bedprice.h"
#include "catalog_cache.h"

typedef struct BpTargetKey
{
	int			model;			/* index into the catalog's models */
	int			region;			/* index into regions, -1 for direct APIs */
	int			routing;		/* BpRouting */
	int			geography;		/* of a geo prefix, else -1 */
	int			mode;			/* BpMode */
	int			book;			/* index into books: the book priced with */
} BpTargetKey;

typedef enum BpRateStatus
{
	BP_RATE_OK = 0,
	BP_RATE_NO_ROUTING_FACTOR,	/* row covers in_region only, no rule */
	BP_RATE_NO_MODE_FACTOR		/* row covers on_demand only, no rule */
} BpRateStatus;

/* One charge's rate in one tier of one period. */
typedef struct BpRate
{
	int64		above;			/* the tier: above_input_tokens */
	BpRateStatus status;
	const BpPriceRow *row;		/* the price row */
	const BpFactorRow *factor[BP_NUM_DIMENSIONS];	/* NULL where none applied */
	bool		fits;			/* aligned is exact at the period's scale */
	int128		aligned;		/* USD per token x 10^scale of the period */
	Datum		per_mtok;		/* price x factors per 1M tokens, numeric, exact */
} BpRate;

/*
 * A charge's tiers in a period: the rows of the one price key (region,
 * routing, geography, mode) that matches the target best, whatever their tier.  A
 * request's tier is chosen among these rows only (pricing.c), so a key
 * without long-context rows is never billed at another key's tier.
 */
typedef struct BpChargeRates
{
	int			ntiers;			/* 0: nothing prices this charge */
	BpRate	   *tiers;			/* ascending by above */
	const BpRate *single;		/* the one base-tier rate, OK and fitting; or
								 * NULL: the general path decides */
} BpChargeRates;

typedef struct BpPeriod
{
	TimestampTz from;			/* [from, next period's from) */
	int32		scale;			/* of every fitting aligned rate */
	BpChargeRates charges[BP_NUM_CHARGES];
} BpPeriod;

struct BpTarget
{
	BpTargetKey key;			/* hash key: must be first */
	bool		built;
	const BpCatalog *cat;
	const BpModel *model;
	int		   *depth;			/* per book: its distance up the chain from
								 * key.book (0: the book itself), or -1 when
								 * the book is not in the chain */
	int			nperiods;
	BpPeriod   *periods;		/* ascending by from; the first from -infinity */
};

/*
 * The hot path's rates for one period of a target, flat, for a call memo
 * to keep beside its key: the rows of one key then touch one entry, not
 * the target, its periods and its rates spread over the catalog's memory.
 */
typedef struct BpFlatRates
{
	TimestampTz from;			/* the period: [from, to); empty when from > to */
	TimestampTz to;
	int32		scale;
	uint32		singles;		/* bit c: charge c has one rate, base tier,
								 * fitting, below 2^60 in magnitude: no sum of
								 * five int64 counts times these overflows */
	int64		rate[BP_NUM_CHARGES];
} BpFlatRates;

/* f for the period of t holding `at` (pricing.c). */
extern void bp_flat_rates(const BpTarget *t, TimestampTz at, BpFlatRates *f);

/* The cost from f, or false where the general path must decide (pricing.c). */
extern bool bp_flat_price(const BpFlatRates *f, const BpUsage *u, Datum *cost);
extern bool bp_flat_exact_slow(int128 total, int32 scale, int128 *units);

/* sum(tokens x rate) at f->scale; false where the general path must decide */
static inline bool
bp_flat_total(const BpFlatRates *f, const BpUsage *u, int128 *total)
{
	*total = 0;
	for (int c = 0; c < BP_NUM_CHARGES; c++)
	{
		if (u->tokens[c] == 0)
			continue;
		if (unlikely(!(f->singles & (1u << c))))
			return false;
		/* |count| < 2^63, |rate| < 2^60: five products sum below 2^126 */
		*total += (int128) u->tokens[c] * f->rate[c];
	}
	return true;
}

/*
 * The cost from f as an integer count of 10^-BP_RESULT_SCALE USD (the
 * numeric bp_flat_price builds, times 10^15); false where the general path
 * must decide, or the count would not fit.  Inline: an aggregate's rows.
 */
static inline bool
bp_flat_exact(const BpFlatRates *f, const BpUsage *u, int128 *units)
{
	int128		total;

	if (!bp_flat_total(f, u, &total))
		return false;
	if (likely(f->scale <= BP_RESULT_SCALE && total >= PG_INT64_MIN && total <= PG_INT64_MAX))
	{
		/* below 2^63 x 10^15 < 2^113 */
		*units = total * bp_pow10_64[BP_RESULT_SCALE - f->scale];
		return true;
	}
	return bp_flat_exact_slow(total, f->scale, units);
}

/* The compiled target, built on first use in the catalog's context. */
extern const BpTarget *bp_target_get(BpCatalog *cat, int model, int region,
									 BpRouting routing, int geography, BpMode mode,
									 int book);
extern long bp_targets_built(const BpCatalog *cat);

#endif							/* BEDPRICE_PRICING_H */
