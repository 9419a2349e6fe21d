/*
 * catalog_load.h: reading the catalog tables (catalog_load.c), for
 * catalog_cache.c.
 */
#ifndef BEDPRICE_CATALOG_LOAD_H
#define BEDPRICE_CATALOG_LOAD_H

#include "catalog_cache.h"

#include "utils/relcache.h"

/* Find the tables in schema bedprice and take AccessShareLock on each. */
extern void bp_catalog_open_tables(Oid *relids, Relation *rels);
/* keep_locks: until the transaction ends (a copy that reads prices later) */
extern void bp_catalog_close_tables(Relation *rels);

/*
 * Read the tables with `snapshot` into cat (allocating in cat->cxt); with
 * lazy_prices, the prices only when a model is first priced, with
 * cat->lazy_snapshot (a copy of `snapshot`) or, in a latest-state copy,
 * the snapshot kept for the statement then running.
 */
extern void bp_catalog_read(BpCatalog *cat, Relation *rels, Snapshot snapshot,
							bool lazy_prices);

#endif							/* BEDPRICE_CATALOG_LOAD_H */
