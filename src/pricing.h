/*
 * pricing.h: compiled targets, internal to the engine.
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
	int			mode;			/* BpMode */
} BpTargetKey;

/* The compiled target, built on first use in the catalog's context. */
extern const BpTarget *bp_target_get(BpCatalog *cat, int model, int region,
									 BpRouting routing, BpMode mode);
extern long bp_targets_built(const BpCatalog *cat);

#endif							/* BEDPRICE_PRICING_H */
