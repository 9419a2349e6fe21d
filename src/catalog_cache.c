/*
 * catalog_cache.c: which copy of the catalog a statement prices with, when
 * to build a new one, and the lookups on it.
 *
 * Semantics: in READ COMMITTED a statement sees the prices committed when
 * it first priced a row, plus its transaction's own changes; in REPEATABLE
 * READ and SERIALIZABLE it sees them as of the transaction's snapshot; a
 * parallel query's leader and workers read the query's snapshot.  Another
 * session's committed change reaches this one through the shared
 * invalidation queue; an aborted change of our own flushes the copy.
 *
 * A build that fails (an error, a cancelled statement) leaves the old copy
 * current and still marked out of date: the next statement builds again.
 */
#include "postgres.h"

#include "catalog_cache.h"
#include "catalog_load.h"
#include "compat.h"

#include "access/xact.h"
#include "access/xlog.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "portability/instr_time.h"

uint64		bp_catalog_epoch = 1;

static BpCatalog *current = NULL;
static Oid	building[BP_NUM_TABLES];	/* the tables of a copy being built */
static bool is_building = false;	/* (left on by a failed build: harmless) */
static uint64 last_generation = 0;
static uint64 invalidations = 0;	/* of our tables, seen by this backend */
static uint64 own_writes = 0;	/* catalog writes of this backend */
static bool wrote_in_xact = false;
static SubTransactionId last_write_subxact = InvalidSubTransactionId;	/* the latest that wrote */

/* The statement last validated, and the catalog it got. */
static BpStatementId validated;
static BpCatalog *validated_cat = NULL;

/* ---- invalidation ---- */

static bool
is_catalog_table(const Oid *relids, Oid relid)
{
	for (int i = 0; relids != NULL && i < BP_NUM_TABLES; i++)
		if (OidIsValid(relids[i]) && relids[i] == relid)
			return true;
	return false;
}

/* Counts the invalidations of the tables of the current copy, and of the
 * one being built (which takes locks, and so processes them, after it
 * took its count). */
static void
relcache_callback(Datum arg, Oid relid)
{
	if (current == NULL && !is_building)
		return;
	if (relid == InvalidOid || is_catalog_table(current ? current->relids : NULL, relid) ||
		(is_building && is_catalog_table(building, relid)))
		invalidations++;
}

/* An aborted catalog write of our own must not outlive the abort, in any
 * copy or any statement identity taken before it. */
static void
forget_aborted_writes(void)
{
	if (wrote_in_xact)
	{
		invalidations++;
		own_writes++;
		bp_catalog_epoch++;
	}
}

static void
xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:	/* its writes are no longer ours to see */
			forget_aborted_writes();
			/* FALLTHROUGH */
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
			wrote_in_xact = false;
			last_write_subxact = InvalidSubTransactionId;
			bp_catalog_epoch++;	/* statements never span transactions */
			validated.valid = false;
			break;
		default:
			break;
	}
}

static void
subxact_callback(SubXactEvent event, SubTransactionId mySubid,
				 SubTransactionId parentSubid, void *arg)
{
	/*
	 * Only an abort that takes back a write: one in this subtransaction or
	 * below it (the subtransactions started since it began).  A row-pricing
	 * call site's subtransaction, which writes nothing, costs no rebuild.
	 */
	if (event == SUBXACT_EVENT_ABORT_SUB && wrote_in_xact && last_write_subxact >= mySubid)
	{
		forget_aborted_writes();
		last_write_subxact = parentSubid;	/* the parent may have written too */
	}
}

void
bp_catalog_register_callbacks(void)
{
	CacheRegisterRelcacheCallback(relcache_callback, (Datum) 0);
	RegisterXactCallback(xact_callback, NULL);
	RegisterSubXactCallback(subxact_callback, NULL);
	bp_commit_lock_register_callbacks();
}

void
bp_catalog_note_write(void)
{
	wrote_in_xact = true;
	last_write_subxact = Max(last_write_subxact, GetCurrentSubTransactionId());
	own_writes++;
}

/* ---- pinning ---- */

static void
free_catalog(BpCatalog *cat)
{
	if (validated_cat == cat)
	{
		validated_cat = NULL;
		validated.valid = false;
	}
	MemoryContextDelete(cat->cxt);
}

void
bp_catalog_pin(BpCatalog *cat)
{
	cat->pins++;
}

void
bp_catalog_unpin(BpCatalog *cat)
{
	Assert(cat->pins > 0);
	if (--cat->pins == 0 && cat->retired)
		free_catalog(cat);
}

/* ---- which copy fits a statement ---- */

static BpSnapshotKind
wanted_kind(void)
{
	if (IsolationUsesXactSnapshot() && ActiveSnapshotSet())
		return BP_SNAPSHOT_TRANSACTION;
	if (IsInParallelMode() && ActiveSnapshotSet())
		return BP_SNAPSHOT_STATEMENT;
	return BP_SNAPSHOT_LATEST;
}

static void
statement_id(BpStatementId *id)
{
	memset(id, 0, sizeof(*id));
	if (!ActiveSnapshotSet())
		return;
	{
		Snapshot	s = GetActiveSnapshot();

		id->valid = true;
		id->xmin = s->xmin;
		id->xmax = s->xmax;
		id->xcnt = s->xcnt;
		id->curcid = s->curcid;
		id->epoch = bp_catalog_epoch;
	}
}

static bool
same_id(const BpStatementId *a, const BpStatementId *b)
{
	return a->valid && b->valid && a->xmin == b->xmin && a->xmax == b->xmax &&
		a->xcnt == b->xcnt && a->curcid == b->curcid && a->epoch == b->epoch;
}

/*
 * Can `cat` serve a statement that wants `want`?  A copy of the latest
 * state that no invalidation has outdated also serves a parallel query or
 * a REPEATABLE READ transaction begun after it was built: it holds exactly
 * what their snapshots see.
 */
static bool
fits(const BpCatalog *cat, BpSnapshotKind want, const BpStatementId *id)
{
	switch (cat->snapshot_kind)
	{
		case BP_SNAPSHOT_LATEST:
			if (cat->built_at_invalidations != invalidations)
				return false;
			return want == BP_SNAPSHOT_LATEST ||
				(want == BP_SNAPSHOT_STATEMENT && !same_id(&cat->built_in, id)) ||
				(want == BP_SNAPSHOT_TRANSACTION && cat->built_in.epoch != bp_catalog_epoch);
		case BP_SNAPSHOT_STATEMENT:
			return want == BP_SNAPSHOT_STATEMENT && same_id(&cat->built_in, id);
		case BP_SNAPSHOT_TRANSACTION:
			return want == BP_SNAPSHOT_TRANSACTION &&
				cat->built_in.epoch == bp_catalog_epoch &&
				cat->built_at_own_writes == own_writes;
	}
	return false;
}

/* Make cat current; the copy it replaces goes when nothing pins it. */
static void
install(BpCatalog *cat)
{
	BpCatalog  *old = current;

	MemoryContextSetParent(cat->cxt, CacheMemoryContext);
	current = cat;
	if (old == NULL)
		return;
	old->retired = true;
	if (old->pins == 0)
		free_catalog(old);
}

/* ---- the snapshot a latest-state copy reads a model's prices with ---- */

/*
 * A latest-state copy serves many statements, and reads a model's prices
 * when one of them first prices it.  It reads them with a snapshot kept
 * for that statement, one that sees exactly the catalog the copy holds:
 *   - taken after the statement's own snapshot, so every row version it
 *     sees is one the statement's snapshot keeps from vacuum until the
 *     statement ends (its deleter is no older than the statement's xmin);
 *   - seeing no catalog commit the copy missed: the build's own snapshot,
 *     or a later one after which the commit lock was free (every commit it
 *     sees has sent its invalidation, commit_lock.c) and no invalidation
 *     had arrived since the build.
 * A commit made while the statement runs is seen by neither, so the
 * statement prices with one state from its first row to its last.
 */
static void
keep_read(BpLazyRead *r, MemoryContext cxt, const BpStatementId *id, uint64 generation,
		  Snapshot snap)
{
	r->statement.valid = false;
	bp_snapshot_copy_into(&r->snapshot, &r->xip_room, &r->subxip_room, snap, cxt);
	r->generation = generation;
	r->statement = *id;
}

/*
 * Until the transaction ends, no TRUNCATE or rewrite of the prices table
 * under reads to come (TRUNCATE is not MVCC-safe: it would empty the table
 * for their snapshots too).  Held by the transaction itself, so that the
 * abort of a subtransaction (a row's, in the pricing trigger) keeps it.
 */
static void
keep_prices_lock(const BpCatalog *cat)
{
	ResourceOwner saved = CurrentResourceOwner;

	CurrentResourceOwner = TopTransactionResourceOwner;
	PG_TRY();
	{
		LockRelationOid(cat->relids[BP_TABLE_PRICES], AccessShareLock);
	}
	PG_FINALLY();
	{
		CurrentResourceOwner = saved;
	}
	PG_END_TRY();
}

/* Keep in cat->last_read a read snapshot for statement id, if one can be
 * proved; false if not. */
static bool
prove_read(BpCatalog *cat, const BpStatementId *id)
{
	Oid			prices = cat->relids[BP_TABLE_PRICES];

	/*
	 * A parallel query takes no snapshot of its own after its start, nor
	 * may it: the copy was built before, and the query's snapshot serves.
	 */
	keep_read(&cat->last_read, cat->cxt, id, cat->generation,
			  IsInParallelMode() ? GetActiveSnapshot() : GetLatestSnapshot());
	cat->last_read.statement.valid = false;
	if (!bp_commit_lock_free(prices))
		return false;
	keep_prices_lock(cat);
	AcceptInvalidationMessages();
	if (cat->built_at_invalidations != invalidations || cat->built_at_own_writes != own_writes)
		return false;
	cat->last_read.statement.valid = true;
	return true;
}

static inline bool
is_read_for(const BpLazyRead *r, const BpCatalog *cat, const BpStatementId *id)
{
	return r != NULL && r->generation == cat->generation && same_id(&r->statement, id);
}

/* A latest-state copy reading prices later? */
static inline bool
reads_later(const BpCatalog *cat)
{
	return cat->snapshot_kind == BP_SNAPSHOT_LATEST && cat->lazy_snapshot != NULL;
}

Snapshot
bp_catalog_lazy_snapshot(BpCatalog *cat)
{
	BpStatementId now;

	if (cat->snapshot_kind != BP_SNAPSHOT_LATEST)
		return cat->lazy_snapshot;
	statement_id(&now);
	/* the call site's, kept when its statement began (or the last one's) */
	if (is_read_for(cat->reading, cat, &now))
		return &cat->reading->snapshot;
	if (is_read_for(&cat->last_read, cat, &now) || prove_read(cat, &now))
		return &cat->last_read.snapshot;
	ereport(ERROR,
			(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
			 errmsg("the bedprice catalog changed while this statement ran"),
			 errdetail("A model first priced this late in the statement cannot be read as of its start."),
			 errhint("Run the statement again.")));
	return NULL;				/* keep the compiler quiet */
}

/*
 * May a copy read prices later?  Only for a statement whose snapshot keeps
 * them from vacuum, and never a latest-state copy in recovery: a standby
 * replaying a commit makes it visible before its invalidation, and no
 * commit lock is replayed.
 */
static bool
reads_later_allowed(BpSnapshotKind kind, const BpStatementId *id)
{
	return id->valid && !(kind == BP_SNAPSHOT_LATEST && RecoveryInProgress());
}

/*
 * Build a new copy.  It is built in a context under the caller's, so an
 * error anywhere (a cancel included) frees it with the statement, and
 * `current` stays as it was, still out of date.
 */
static void
rebuild(BpSnapshotKind kind, const BpStatementId *id)
{
	MemoryContext cxt;
	BpCatalog  *cat;
	Relation	rels[BP_NUM_TABLES];
	Snapshot	snapshot;
	instr_time	started,
				took;

	INSTR_TIME_SET_CURRENT(started);
	/* modest blocks: the catalog is a few MB at most, and stays */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "bedprice catalog",
								ALLOCSET_DEFAULT_MINSIZE, ALLOCSET_DEFAULT_INITSIZE,
								256 * 1024);
	cat = MemoryContextAllocZero(cxt, sizeof(BpCatalog));
	cat->cxt = cxt;
	cat->snapshot_kind = kind;
	cat->built_in = *id;

	/* Lock first: taking the locks processes pending invalidations, and
	 * the snapshot taken after them covers everything they announced. */
	bp_catalog_open_tables(cat->relids, rels);
	memcpy(building, cat->relids, sizeof(building));
	is_building = true;
	cat->built_at_invalidations = invalidations;
	cat->built_at_own_writes = own_writes;
	cat->generation = ++last_generation;
	snapshot = RegisterSnapshot(kind == BP_SNAPSHOT_LATEST ? GetLatestSnapshot()
								: GetActiveSnapshot());
	bp_catalog_read(cat, rels, snapshot, reads_later_allowed(kind, id));
	if (reads_later(cat))
		keep_read(&cat->last_read, cat->cxt, id, cat->generation, snapshot);
	UnregisterSnapshot(snapshot);
	/* (before the build's own lock goes: no TRUNCATE slips in between) */
	if (cat->lazy_snapshot != NULL)
		keep_prices_lock(cat);	/* (a copy for one snapshot never outlives it) */
	bp_catalog_close_tables(rels);
	is_building = false;

	INSTR_TIME_SET_CURRENT(took);		/* a monotonic clock */
	INSTR_TIME_SUBTRACT(took, started);
	cat->build_us = Max((int64) INSTR_TIME_GET_MICROSEC(took), 0);
	install(cat);
}

/* Pricing reads the catalog with the caller's privileges. */
static void
check_privileges(const BpCatalog *cat)
{
	Oid			user = GetUserId();

	for (int i = 0; i < BP_NUM_TABLES; i++)
		if (OidIsValid(cat->relids[i]) &&
			pg_class_aclcheck(cat->relids[i], user, ACL_SELECT) != ACLCHECK_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("permission denied for table %s", get_rel_name(cat->relids[i])),
					 errdetail("Pricing reads the bedprice catalog tables with the privileges of the current user."),
					 errhint("GRANT SELECT ON bedprice.%s to the role that prices.",
							 get_rel_name(cat->relids[i]))));
}

BpCatalog *
bp_catalog_begin_statement(BpStatementId *statement, BpLazyRead *read, MemoryContext read_cxt)
{
	BpSnapshotKind want = wanted_kind();
	BpStatementId id_data;		/* copied to *statement once it began */
	BpStatementId *id = &id_data;

	statement_id(id);
	if (!(validated_cat != NULL && same_id(&validated, id) && validated_cat == current))
	{
		AcceptInvalidationMessages();
		if (current == NULL || !fits(current, want, id))
			rebuild(want, id);
		else if (reads_later(current) && !is_read_for(&current->last_read, current, id) &&
				 (!id->valid || !prove_read(current, id)))
			rebuild(want, id);	/* a writer is committing, or has: read anew */
		validated = *id;
		validated_cat = current;
	}
	check_privileges(current);
	/* the call site keeps its own: statements nested in it begin others */
	if (reads_later(current) && !is_read_for(read, current, id) &&
		is_read_for(&current->last_read, current, id))
		keep_read(read, read_cxt, id, current->generation, &current->last_read.snapshot);
	*statement = *id;			/* last: a failure above begins nothing */
	return current;
}

/* ---- lookups (on a memo miss only; none of these is per row) ---- */

int
bp_catalog_provider(const BpCatalog *cat, const char *name)
{
	for (int i = 0; i < cat->nproviders; i++)
		if (strcmp(cat->providers[i].name, name) == 0)
			return i;
	return -1;
}

int
bp_catalog_region(const BpCatalog *cat, const char *name)
{
	for (int i = 0; i < cat->nregions; i++)
		if (strcmp(cat->regions[i], name) == 0)
			return i;
	return -1;
}

int
bp_catalog_book(const BpCatalog *cat, const char *name)
{
	for (int i = 0; i < cat->nbooks; i++)
		if (strcmp(cat->books[i].name, name) == 0)
			return i;
	return -1;
}

int
bp_catalog_vendor(const BpCatalog *cat, const char *name)
{
	for (int i = 0; i < cat->nvendors; i++)
		if (strcmp(cat->vendors[i], name) == 0)
			return i;
	return -1;
}

const BpNameEntry *
bp_catalog_name(const BpCatalog *cat, int provider, const char *name)
{
	BpNameKey	key = {provider, name};

	if (name == NULL)
		return NULL;
	return hash_search(cat->names, &key, HASH_FIND, NULL);
}

/*
 * The known name nearest to `name` by edit distance, for error hints; NULL
 * for a name longer than any the catalog holds.  Each comparison is capped
 * at the best distance so far, and the loop can be cancelled.
 */
const char *
bp_catalog_closest_name(const BpCatalog *cat, int provider, const char *name)
{
	HASH_SEQ_STATUS seq;
	BpNameEntry *e;
	const char *best = NULL;
	bool		best_contains = false;
	int			best_distance = BP_MAX_NAME_BYTES;
	int			len = strlen(name);

	if (len > BP_MAX_NAME_BYTES)
		return NULL;
	hash_seq_init(&seq, cat->names);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		/* a name holding the one asked for ("micro": "nova micro") first */
		bool		contains = len > 0 && strstr(e->key.name, name) != NULL;
		int			d;

		CHECK_FOR_INTERRUPTS();
		if (e->key.provider != provider || (best_contains && !contains))
			continue;
		d = varstr_levenshtein_less_equal(name, len, e->key.name, strlen(e->key.name),
										  1, 1, 1, best_contains == contains ? best_distance
										  : BP_MAX_NAME_BYTES, true);
		if (contains != best_contains || d < best_distance ||
			(d == best_distance && best && strcmp(e->key.name, best) < 0))
		{
			best_contains = contains;
			best_distance = d;
			best = e->key.name;
		}
	}
	return best;
}

Size
bp_catalog_bytes(const BpCatalog *cat)
{
	return MemoryContextMemAllocated(cat->cxt, true);
}
