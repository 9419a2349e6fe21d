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
 * Copy snap into *copy (for RegisterSnapshot to copy again), its arrays in
 * cxt, reusing those *copy has while *xip_room and *subxip_room, their
 * sizes, suffice.
 */
extern void bp_snapshot_copy_into(SnapshotData *copy, int *xip_room, int *subxip_room,
								  Snapshot snap, MemoryContext cxt);

/*
 * Read the tables with `snapshot` into cat (allocating in cat->cxt); with
 * lazy_prices, the prices only when a model is first priced, with
 * cat->lazy_snapshot (a copy of `snapshot`) or, in a latest-state copy,
 * the snapshot kept for the statement then running.
 */
extern void bp_catalog_read(BpCatalog *cat, Relation *rels, Snapshot snapshot,
							bool lazy_prices);

#endif							/* BEDPRICE_CATALOG_LOAD_H */
