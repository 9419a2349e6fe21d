/*
 * catalog_cache.h: the backend-local copy of bedprice's catalog tables.
 *
 * Built on first use from the tables in schema bedprice (found by OID, never
 * through search_path), and rebuilt after any change to them: the tables'
 * statement triggers send a relcache invalidation, our relcache callback
 * counts it, and the next statement that prices builds a new copy in a
 * fresh memory context that replaces the old one only once it is complete.
 *
 * A statement prices with one copy from its first call to its last: each
 * call site pins the copy it began with (call_memo.c), so a rebuild in the
 * middle of a query (another call site, a nested statement) never changes
 * the prices of a query already running.  What "a statement" is: a
 * snapshot (BpStatementId): a new query, each statement of a VOLATILE
 * PL/pgSQL function or DO block, but not each FETCH of one cursor.
 */
#ifndef BEDPRICE_CATALOG_CACHE_H
#define BEDPRICE_CATALOG_CACHE_H

#include "bedprice.h"

#include "utils/hsearch.h"
#include "utils/snapmgr.h"
#include "utils/snapshot.h"

typedef enum BpTable
{
	BP_TABLE_PROVIDERS = 0,
	BP_TABLE_REGIONS,
	BP_TABLE_BOOKS,				/* absent before 0.4.0: one book, aws */
	BP_TABLE_MODELS,
	BP_TABLE_ALIASES,
	BP_TABLE_PRICES,
	BP_TABLE_MULTIPLIERS
} BpTable;
#define BP_NUM_TABLES 7

/* The default book, and the one a catalog without price_books has. */
#define BP_DEFAULT_BOOK "aws"

/* One row of bedprice.prices. */
typedef struct BpPriceRow
{
	int64		price_id;
	int			region;			/* index into regions, -1 for all regions */
	int			geography;		/* of a geo row's profiles, -1 for all */
	BpRouting	routing;
	BpMode		mode;
	BpCharge	charge;
	int64		above_input_tokens;
	TimestampTz valid_from;		/* validity is [valid_from, valid_to) */
	TimestampTz valid_to;
	BpDecimal	usd_per_mtok;
	int			book;			/* index into books */
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
	int			book;			/* index into books */
} BpFactorRow;

typedef struct BpBook
{
	char	   *name;
	int			parent;			/* index into books, -1 for none */
} BpBook;

typedef struct BpProvider
{
	char	   *name;			/* normalized (bp_normalize) */
	char	   *stored;			/* as stored: the key of an index scan */
	bool		is_cloud;		/* kind = 'cloud': priced per region */
} BpProvider;

typedef struct BpModel
{
	int			provider;
	char	   *model;			/* the model's key as stored, e.g. a Bedrock model ID */
	char	   *display_name;
	bool		shipped;
	int			vendor;			/* index into vendors */
	bool		prices_loaded;	/* prices holds every row of the model */
	int			nprices;
	int			maxprices;
	BpPriceRow *prices;
} BpModel;

/*
 * Which snapshot a catalog was built from, and so which statements it
 * serves:
 *   LATEST       the latest committed state (READ COMMITTED): until the
 *                next invalidation
 *   STATEMENT    a parallel query's snapshot: that snapshot only, so the
 *                leader and its workers agree
 *   TRANSACTION  the transaction's snapshot (REPEATABLE READ,
 *                SERIALIZABLE): this transaction, until its own writes
 */
typedef enum BpSnapshotKind
{
	BP_SNAPSHOT_LATEST,
	BP_SNAPSHOT_STATEMENT,
	BP_SNAPSHOT_TRANSACTION
} BpSnapshotKind;

/*
 * What identifies a statement: its active snapshot's content, and the
 * cache's epoch (bumped at the end of every transaction and by the abort
 * of one of its own catalog writes).  Two snapshots with the same xmin,
 * xmax, xcnt and curcid see the same rows: with xmax fixed, the running
 * transactions below it only ever finish.
 */
typedef struct BpStatementId
{
	bool		valid;			/* false: no active snapshot, never the same */
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	CommandId	curcid;
	uint64		epoch;
} BpStatementId;

extern uint64 bp_catalog_epoch;

/* Is the caller still in the statement `id` was taken in?  (Every row.) */
static inline bool
bp_same_statement(const BpStatementId *id)
{
	Snapshot	s;

	if (unlikely(!id->valid || id->epoch != bp_catalog_epoch || !ActiveSnapshotSet()))
		return false;
	s = GetActiveSnapshot();
	return s->xmin == id->xmin && s->xmax == id->xmax && s->xcnt == id->xcnt &&
		s->curcid == id->curcid;
}

/* A name in the catalog's lookup hash. */
typedef struct BpNameKey
{
	int			provider;
	const char *name;			/* normalized (bp_normalize) */
} BpNameKey;

typedef struct BpNameEntry
{
	BpNameKey	key;			/* hash key: must be first */
	int			model;			/* what the name prices as */
	int			routing;		/* BpRouting from the alias, or -1 */
	bool		is_model_id;	/* the model's own key, not an alias */
	int			id_of;			/* the model whose key this is, or -1: a
								 * user's alias may take a shipped model's
								 * key for itself */
} BpNameEntry;

/*
 * The snapshot one statement reads prices with, in a latest-state copy:
 * one proved to see exactly the catalog the copy holds, and taken after
 * the statement's own, which keeps its rows from being vacuumed away
 * while the statement runs.
 */
typedef struct BpLazyRead
{
	BpStatementId statement;	/* the statement it serves; valid: in use */
	uint64		generation;		/* of the copy it reads for */
	SnapshotData snapshot;
	int			xip_room;		/* the arrays' sizes in snapshot */
	int			subxip_room;
} BpLazyRead;

typedef struct BpCatalog
{
	MemoryContext cxt;			/* holds everything below */
	uint64		generation;		/* bumped by every rebuild */
	BpSnapshotKind snapshot_kind;
	BpStatementId built_in;		/* the statement that built it */
	uint64		built_at_invalidations;
	uint64		built_at_own_writes;
	int			pins;			/* call sites pricing with it now */
	bool		retired;		/* replaced: freed when the last pin goes */
	int64		build_us;		/* how long the build took, locks included */
	Oid			relids[BP_NUM_TABLES];

	int			nproviders;
	BpProvider *providers;
	int			nregions;
	char	  **regions;
	int		   *region_geographies;	/* a region's geography (us, eu, ...), or
									 * -1: what a geo call from it without a
									 * prefix is limited to */
	int			nbooks;
	BpBook	   *books;
	int			nvendors;
	char	  **vendors;		/* the first parts of the model IDs */
	int			nmodels;
	BpModel    *models;
	HTAB	   *names;			/* (provider, normalized alias or ID) -> model */
	int			nfactors;
	BpFactorRow *factors;

	/*
	 * A copy reads a model's prices when it first prices it, through this
	 * index on (provider, model): a backend or a parallel worker reads the
	 * rows of the models it prices, not the whole table.  A copy built
	 * for one snapshot (a parallel query's or a REPEATABLE READ
	 * transaction's) reads them with a copy of that snapshot; the
	 * latest-state copy with one snapshot per statement, which each call
	 * site keeps for its statement (catalog_cache.c says why that is
	 * exact): `reading` is the one of the call site resolving a key now,
	 * last_read the one of the statement last begun.  lazy_snapshot is
	 * NULL when every row was read at once.
	 */
	Snapshot	lazy_snapshot;
	Oid			prices_index;
	Oid			prices_collations[2];
	BpLazyRead	last_read;
	BpLazyRead *reading;

	HTAB	   *targets;		/* resolved targets, built lazily (pricing.c) */
} BpCatalog;

/*
 * The catalog for the statement the caller is in, fitting its isolation
 * level and parallel mode: processes pending invalidations, rebuilds when
 * the current copy does not fit, checks that the current user may read
 * the catalog tables, and fills *id with the statement's identity, and
 * *read (allocated in read_cxt) with the snapshot the statement reads
 * prices with later.  Called once per statement by each call site
 * (call_memo.c), which sets cat->reading to its *read while it resolves.
 */
extern BpCatalog *bp_catalog_begin_statement(BpStatementId *id, BpLazyRead *read,
											 MemoryContext read_cxt);

extern void bp_catalog_pin(BpCatalog *cat);
extern void bp_catalog_unpin(BpCatalog *cat);

extern int	bp_catalog_provider(const BpCatalog *cat, const char *name);
extern int	bp_catalog_region(const BpCatalog *cat, const char *name);
extern int	bp_catalog_book(const BpCatalog *cat, const char *name);
extern int	bp_catalog_vendor(const BpCatalog *cat, const char *name);
extern const BpNameEntry *bp_catalog_name(const BpCatalog *cat, int provider,
										  const char *name);
extern const char *bp_catalog_closest_name(const BpCatalog *cat, int provider,
										   const char *name);
extern Size bp_catalog_bytes(const BpCatalog *cat);

/* Make sure cat->models[model].prices holds the model's rows (catalog_load.c). */
extern void bp_catalog_model_prices(BpCatalog *cat, int model);

/* The snapshot the statement running reads a model's prices with. */
extern Snapshot bp_catalog_lazy_snapshot(BpCatalog *cat);

/* commit_lock.c: no catalog commit a snapshot sees is still to be announced */
extern void bp_commit_lock_register_callbacks(void);
extern void bp_commit_lock_note_write(Oid prices);
extern bool bp_commit_lock_free(Oid prices);

/* Called by the catalog tables' trigger, and once from _PG_init. */
extern void bp_catalog_note_write(void);
extern void bp_catalog_register_callbacks(void);

/* catalog_trigger.c: the flag of bedprice's own writes to shipped rows */
extern void bp_register_applying_callbacks(void);

#endif							/* BEDPRICE_CATALOG_CACHE_H */
