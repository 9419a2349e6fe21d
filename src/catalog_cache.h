/*
 * catalog_cache.h: the backend-local copy of bedprice's catalog tables.
 *
 * Built on first use from the tables in schema bedprice (found by OID, never
 * through search_path), and rebuilt after any change to them: the tables'
 * statement triggers send a relcache invalidation, our relcache callback
 * marks the copy stale, and the next bp_catalog() builds a new one in a
 * fresh memory context that replaces the old only once it is complete.
 */
#ifndef BEDPRICE_CATALOG_CACHE_H
#define BEDPRICE_CATALOG_CACHE_H

#include "bedprice.h"

#include "utils/hsearch.h"

/* Longest alias or model ID the lookup hash holds (the tables CHECK it). */
#define BP_MAX_NAME_LEN 200

typedef enum BpTable
{
	BP_TABLE_PROVIDERS = 0,
	BP_TABLE_REGIONS,
	BP_TABLE_MODELS,
	BP_TABLE_ALIASES,
	BP_TABLE_PRICES,
	BP_TABLE_MULTIPLIERS
} BpTable;
#define BP_NUM_TABLES 6

/* One row of bedprice.prices. */
typedef struct BpPriceRow
{
	int64		price_id;
	int			region;			/* index into regions, -1 for all regions */
	BpRouting	routing;
	BpMode		mode;
	BpCharge	charge;
	int64		above_input_tokens;
	TimestampTz valid_from;		/* validity is [valid_from, valid_to) */
	TimestampTz valid_to;
	BpDecimal	usd_per_mtok;
} BpPriceRow;

/* One row of bedprice.multipliers. */
typedef struct BpFactorRow
{
	int64		multiplier_id;
	int			provider;
	BpDimension dimension;
	int			value;			/* region index, BpRouting or BpMode; -1 if
								 * the region is not in bedprice.regions */
	TimestampTz valid_from;
	TimestampTz valid_to;
	BpDecimal	factor;
} BpFactorRow;

typedef struct BpProvider
{
	char	   *name;
	bool		is_cloud;		/* kind = 'cloud': priced per region */
} BpProvider;

typedef struct BpModel
{
	int			provider;
	char	   *model;			/* the model's key as stored, e.g. a Bedrock model ID */
	char	   *display_name;
	int			nprices;
	int			maxprices;
	BpPriceRow *prices;
} BpModel;

/*
 * Which snapshot a catalog was built from, and so how long it stays good
 * without an invalidation:
 *   LATEST       the latest committed state: until the next invalidation
 *   STATEMENT    a parallel query's snapshot (READ COMMITTED): this statement
 *   TRANSACTION  the transaction's snapshot (REPEATABLE READ, SERIALIZABLE):
 *                this transaction
 */
typedef enum BpSnapshotKind
{
	BP_SNAPSHOT_LATEST,
	BP_SNAPSHOT_STATEMENT,
	BP_SNAPSHOT_TRANSACTION
} BpSnapshotKind;

typedef struct BpCatalog
{
	MemoryContext cxt;			/* holds everything below */
	uint64		generation;		/* bumped by every rebuild */
	BpSnapshotKind snapshot_kind;
	TimestampTz built_in_statement; /* statement_timestamp() of the build */
	Oid			relids[BP_NUM_TABLES];

	int			nproviders;
	BpProvider *providers;
	int			nregions;
	char	  **regions;
	int			nmodels;
	BpModel    *models;
	HTAB	   *names;			/* (provider, lower-case alias or ID) -> model */
	int			nfactors;
	BpFactorRow *factors;

	HTAB	   *targets;		/* resolved targets, built lazily (pricing.c) */
	Size		bytes_at_build;
} BpCatalog;

/* A name lookup result. */
typedef struct BpNameEntry
{
	char		key[BP_MAX_NAME_LEN + 16];	/* "<provider>\x1f<name>" */
	int			model;
	int			routing;		/* BpRouting from the alias, or -1 */
	bool		is_model_id;	/* the model's own key, not an alias */
} BpNameEntry;

/* The current catalog, rebuilt first if it is stale. */
extern BpCatalog *bp_catalog(void);

/*
 * Called once per statement by every caller (the memo detects a new
 * statement): processes pending invalidations, so a statement sees what
 * other sessions committed before it, and retires a catalog that was good
 * for its own statement only.
 */
extern void bp_catalog_begin_statement(void);

extern int	bp_catalog_provider(const BpCatalog *cat, const char *name);
extern int	bp_catalog_region(const BpCatalog *cat, const char *name);
extern const BpNameEntry *bp_catalog_name(const BpCatalog *cat, int provider,
										  const char *name);
extern const char *bp_catalog_closest_name(const BpCatalog *cat, int provider,
										   const char *name);

/* Called by the catalog tables' trigger, and once from _PG_init. */
extern void bp_catalog_note_write(void);
extern void bp_catalog_register_callbacks(void);

#endif							/* BEDPRICE_CATALOG_CACHE_H */
