/*
 * commit_lock.c: how a copy of the catalog's latest state learns that a
 * snapshot sees no catalog commit the copy missed.
 *
 * A commit reaches other backends as an invalidation, which PostgreSQL
 * sends after the commit is visible and before the writer's locks go (so
 * also for COMMIT PREPARED).  In between, a fresh snapshot sees the change
 * while a copy whose invalidation has not arrived does not.  So a catalog
 * writer takes the commit lock at pre-commit (or pre-prepare), before its
 * commit can be visible, and keeps it until its locks go.  A reader that
 * takes a snapshot and then gets the lock, if only for a moment, knows
 * that every catalog commit the snapshot sees has sent its invalidation.
 *
 * The lock is an object lock on the prices table (pg_locks: locktype
 * object, classid pg_class), a tag PostgreSQL never takes itself: it locks
 * relations with relation locks.  Writers take it ROW EXCLUSIVE, so they
 * never wait for each other; readers SHARE, and never wait for it.
 */
#include "postgres.h"

#include "catalog_cache.h"

#include "access/xact.h"
#include "catalog/pg_class.h"
#include "miscadmin.h"
#include "storage/lock.h"

/* The prices table of the catalog this transaction wrote; InvalidOid: none. */
static Oid	wrote_catalog = InvalidOid;

static void
set_tag(LOCKTAG *tag, Oid prices)
{
	SET_LOCKTAG_OBJECT(*tag, MyDatabaseId, RelationRelationId, prices, 0);
}

static void
commit_lock_xact_callback(XactEvent event, void *arg)
{
	LOCKTAG		tag;

	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			if (!OidIsValid(wrote_catalog))
				break;
			set_tag(&tag, wrote_catalog);
			/* held until the locks go, after the invalidations are sent */
			(void) LockAcquire(&tag, RowExclusiveLock, false, false);
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PREPARE:
			wrote_catalog = InvalidOid;
			break;
		default:
			break;
	}
}

void
bp_commit_lock_register_callbacks(void)
{
	RegisterXactCallback(commit_lock_xact_callback, NULL);
}

/* This transaction writes the catalog whose prices table is `prices`. */
void
bp_commit_lock_note_write(Oid prices)
{
	wrote_catalog = prices;
}

/* Is no catalog writer between its commit and the release of its locks? */
bool
bp_commit_lock_free(Oid prices)
{
	LOCKTAG		tag;

	set_tag(&tag, prices);
	if (LockAcquire(&tag, ShareLock, false, true) == LOCKACQUIRE_NOT_AVAIL)
		return false;
	LockRelease(&tag, ShareLock, false);
	return true;
}
