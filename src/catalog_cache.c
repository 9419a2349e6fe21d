/*
 * catalog_cache.c: build, look up and invalidate the backend-local catalog.
 *
 * Semantics: in READ COMMITTED a statement sees the prices committed when
 * it first priced a row (bp_catalog_begin_statement accepts pending
 * invalidations), plus its transaction's own changes; in REPEATABLE READ
 * and SERIALIZABLE it sees them as of the transaction's snapshot.  Another
 * session's committed change reaches this one through the shared
 * invalidation queue; an aborted change of our own flushes the cache.
 */
#include "postgres.h"

#include "catalog_cache.h"
#include "compat.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

static const char *const table_names[BP_NUM_TABLES] = {
	"providers", "regions", "models", "model_aliases", "prices", "multipliers"
};

static BpCatalog *current = NULL;
static bool needs_rebuild = true;
static uint64 last_generation = 0;
static bool wrote_in_xact = false;	/* a catalog table changed in this xact */

/* ---- invalidation ---- */

static void
relcache_callback(Datum arg, Oid relid)
{
	if (current == NULL || needs_rebuild)
		return;
	if (relid == InvalidOid)
	{
		needs_rebuild = true;
		return;
	}
	for (int i = 0; i < BP_NUM_TABLES; i++)
		if (current->relids[i] == relid)
			needs_rebuild = true;
}

/*
 * A cache built from changes that then rolled back must not outlive them,
 * nor one built from a snapshot that ends with the transaction.
 */
static void
xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
			if ((wrote_in_xact && (event == XACT_EVENT_ABORT ||
								   event == XACT_EVENT_PARALLEL_ABORT)) ||
				(current != NULL && current->snapshot_kind != BP_SNAPSHOT_LATEST))
				needs_rebuild = true;
			wrote_in_xact = false;
			break;
		default:
			break;
	}
}

static void
subxact_callback(SubXactEvent event, SubTransactionId mySubid,
				 SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB && wrote_in_xact)
		needs_rebuild = true;
}

void
bp_catalog_register_callbacks(void)
{
	CacheRegisterRelcacheCallback(relcache_callback, (Datum) 0);
	RegisterXactCallback(xact_callback, NULL);
	RegisterSubXactCallback(subxact_callback, NULL);
}

void
bp_catalog_note_write(void)
{
	wrote_in_xact = true;
}

void
bp_catalog_begin_statement(void)
{
	AcceptInvalidationMessages();
	if (current != NULL && current->snapshot_kind == BP_SNAPSHOT_STATEMENT &&
		current->built_in_statement != GetCurrentStatementStartTimestamp())
		needs_rebuild = true;
}

/* ---- building ---- */

/* Column access by name, so the C code does not depend on column order. */
typedef struct ScanState
{
	Relation	rel;
	TableScanDesc scan;
	TupleDesc	desc;
	HeapTuple	tuple;
	MemoryContext scratch;		/* a row's transient values; reset per row */
	MemoryContext keep;			/* the catalog's context */
} ScanState;

static AttrNumber
column(ScanState *s, const char *name)
{
	AttrNumber	n = get_attnum(RelationGetRelid(s->rel), name);

	if (n == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("bedprice catalog table \"%s\" has no column \"%s\"",
						RelationGetRelationName(s->rel), name),
				 errhint("The extension's tables were altered; reinstall or update the extension.")));
	return n;
}

static Datum
value(ScanState *s, AttrNumber att, bool *isnull)
{
	return heap_getattr(s->tuple, att, s->desc, isnull);
}

static Datum
value_notnull(ScanState *s, AttrNumber att)
{
	bool		isnull;
	Datum		d = value(s, att, &isnull);

	if (isnull)
		elog(ERROR, "unexpected null in bedprice catalog table \"%s\"",
			 RelationGetRelationName(s->rel));
	return d;
}

/* A text column, normalized (trimmed, lower-case) when asked. */
static char *
text_value(ScanState *s, AttrNumber att, bool lower)
{
	bool		isnull;
	Datum		d = value(s, att, &isnull);
	char	   *str;
	MemoryContext old;

	if (isnull)
		return NULL;
	old = MemoryContextSwitchTo(s->scratch);
	str = TextDatumGetCString(d);
	MemoryContextSwitchTo(old);
	if (lower)
	{
		char	   *start = str;
		int			len;

		while (isspace((unsigned char) *start))
			start++;
		len = strlen(start);
		while (len > 0 && isspace((unsigned char) start[len - 1]))
			len--;
		start[len] = '\0';
		for (char *p = start; *p; p++)
			*p = pg_ascii_tolower((unsigned char) *p);
		return start;
	}
	return str;
}

/* A string that the catalog keeps (the row's values are transient). */
static char *
keep(ScanState *s, const char *str)
{
	return str ? MemoryContextStrdup(s->keep, str) : NULL;
}

static BpDecimal
decimal_value(ScanState *s, AttrNumber att)
{
	MemoryContext old = MemoryContextSwitchTo(s->scratch);
	BpDecimal	d = bp_decimal_from_numeric(value_notnull(s, att));

	MemoryContextSwitchTo(old);
	return d;
}

static bool
next_row(ScanState *s)
{
	MemoryContextReset(s->scratch);
	s->tuple = heap_getnext(s->scan, ForwardScanDirection);
	return s->tuple != NULL;
}

static int
find_name(char **names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static void
name_key(char *key, int provider, const char *name)
{
	snprintf(key, sizeof(((BpNameEntry *) NULL)->key), "%d\x1f%s", provider, name);
}

static BpNameEntry *
enter_name(BpCatalog *cat, int provider, const char *name, bool *found)
{
	char		key[sizeof(((BpNameEntry *) NULL)->key)];

	if (strlen(name) > BP_MAX_NAME_LEN)
		return NULL;			/* the tables' CHECK keeps these out */
	name_key(key, provider, name);
	return hash_search(cat->names, key, HASH_ENTER, found);
}

static void
load_providers(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_name = column(s, "provider"),
				a_kind = column(s, "kind");
	int			max = 8;

	cat->providers = palloc(max * sizeof(BpProvider));
	while (next_row(s))
	{
		char	   *kind = text_value(s, a_kind, true);

		if (cat->nproviders == max)
			cat->providers = repalloc(cat->providers, (max *= 2) * sizeof(BpProvider));
		cat->providers[cat->nproviders].name = keep(s, text_value(s, a_name, true));
		cat->providers[cat->nproviders].is_cloud = strcmp(kind, "cloud") == 0;
		cat->nproviders++;
	}
}

static void
load_regions(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_region = column(s, "region");
	int			max = 64;

	cat->regions = palloc(max * sizeof(char *));
	while (next_row(s))
	{
		if (cat->nregions == max)
			cat->regions = repalloc(cat->regions, (max *= 2) * sizeof(char *));
		cat->regions[cat->nregions++] = keep(s, text_value(s, a_region, true));
	}
}

static void
load_models(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_provider = column(s, "provider"),
				a_model = column(s, "model"),
				a_display = column(s, "display_name");
	int			max = 64;

	cat->models = palloc(max * sizeof(BpModel));
	while (next_row(s))
	{
		BpModel    *m;
		BpNameEntry *e;
		bool		found;

		if (cat->nmodels == max)
			cat->models = repalloc(cat->models, (max *= 2) * sizeof(BpModel));
		m = &cat->models[cat->nmodels];
		memset(m, 0, sizeof(*m));
		m->provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		m->model = keep(s, text_value(s, a_model, false));
		m->display_name = keep(s, text_value(s, a_display, false));
		if (m->provider < 0)
			continue;			/* the foreign key keeps these out */
		e = enter_name(cat, m->provider, text_value(s, a_model, true), &found);
		if (e == NULL)
			continue;
		e->model = cat->nmodels;
		e->routing = -1;
		e->is_model_id = true;
		cat->nmodels++;
	}
}

static void
load_aliases(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_provider = column(s, "provider"),
				a_alias = column(s, "alias"),
				a_model = column(s, "model"),
				a_routing = column(s, "routing");

	while (next_row(s))
	{
		int			provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		char	   *alias = text_value(s, a_alias, true);
		char	   *routing = text_value(s, a_routing, true);
		const BpNameEntry *target;
		BpNameEntry *e;
		BpRouting	r;
		bool		found;

		if (provider < 0)
			continue;
		target = bp_catalog_name(cat, provider, text_value(s, a_model, true));
		if (target == NULL || !target->is_model_id)
			continue;			/* the foreign key keeps these out */
		e = enter_name(cat, provider, alias, &found);
		if (e == NULL || (found && e->is_model_id))
			continue;			/* a model's own ID wins over an alias */
		e->model = target->model;
		e->routing = (routing && bp_routing_from_name(routing, strlen(routing), &r)) ? (int) r : -1;
		e->is_model_id = false;
	}
}

static TimestampTz
timestamp_value(ScanState *s, AttrNumber att)
{
	return DatumGetTimestampTz(value_notnull(s, att));
}

static void
load_prices(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_id = column(s, "price_id"),
				a_provider = column(s, "provider"),
				a_model = column(s, "model"),
				a_region = column(s, "region"),
				a_routing = column(s, "routing"),
				a_mode = column(s, "mode"),
				a_charge = column(s, "charge"),
				a_above = column(s, "above_input_tokens"),
				a_price = column(s, "usd_per_mtok"),
				a_from = column(s, "valid_from"),
				a_to = column(s, "valid_to");

	while (next_row(s))
	{
		int			provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		const BpNameEntry *me;
		BpModel    *m;
		BpPriceRow	row;
		char	   *region,
				   *routing,
				   *mode,
				   *charge;
		BpRouting	dummy_routing;
		bool		sets_routing;

		if (provider < 0 ||
			(me = bp_catalog_name(cat, provider, text_value(s, a_model, true))) == NULL ||
			!me->is_model_id)
			continue;			/* the foreign key keeps these out */
		m = &cat->models[me->model];

		row.price_id = DatumGetInt64(value_notnull(s, a_id));
		region = text_value(s, a_region, true);
		row.region = region ? bp_catalog_region(cat, region) : -1;
		if (region && row.region < 0)
			continue;			/* the foreign key keeps these out */
		routing = text_value(s, a_routing, true);
		mode = text_value(s, a_mode, true);
		charge = text_value(s, a_charge, true);
		if (!bp_routing_from_name(routing, strlen(routing), &row.routing) ||
			!bp_mode_from_argument(mode, strlen(mode), &row.mode, &dummy_routing, &sets_routing) ||
			sets_routing ||
			!bp_charge_from_name(charge, strlen(charge), &row.charge))
			elog(ERROR, "bedprice.prices row %lld has an unknown routing, mode or charge",
				 (long long) row.price_id);
		row.above_input_tokens = DatumGetInt64(value_notnull(s, a_above));
		row.valid_from = timestamp_value(s, a_from);
		row.valid_to = timestamp_value(s, a_to);
		row.usd_per_mtok = decimal_value(s, a_price);

		if (m->nprices == m->maxprices)
		{
			m->maxprices = m->maxprices ? m->maxprices * 2 : 8;
			m->prices = m->prices ? repalloc(m->prices, m->maxprices * sizeof(BpPriceRow))
				: palloc(m->maxprices * sizeof(BpPriceRow));
		}
		m->prices[m->nprices++] = row;
	}
}

static void
load_multipliers(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_id = column(s, "multiplier_id"),
				a_provider = column(s, "provider"),
				a_dimension = column(s, "dimension"),
				a_value = column(s, "value"),
				a_factor = column(s, "factor"),
				a_from = column(s, "valid_from"),
				a_to = column(s, "valid_to");
	int			max = 16;

	cat->factors = palloc(max * sizeof(BpFactorRow));
	while (next_row(s))
	{
		BpFactorRow row;
		char	   *dimension = text_value(s, a_dimension, true);
		char	   *val = text_value(s, a_value, true);
		BpRouting	routing;
		BpMode		mode;
		bool		sets_routing;

		row.multiplier_id = DatumGetInt64(value_notnull(s, a_id));
		row.provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		if (row.provider < 0 ||
			!bp_dimension_from_name(dimension, strlen(dimension), &row.dimension))
			continue;
		switch (row.dimension)
		{
			case BP_DIM_REGION:
				row.value = bp_catalog_region(cat, val);
				break;
			case BP_DIM_ROUTING:
				row.value = bp_routing_from_name(val, strlen(val), &routing) ? (int) routing : -1;
				break;
			case BP_DIM_MODE:
				row.value = (bp_mode_from_argument(val, strlen(val), &mode, &routing, &sets_routing)
							 && !sets_routing) ? (int) mode : -1;
				break;
		}
		row.valid_from = timestamp_value(s, a_from);
		row.valid_to = timestamp_value(s, a_to);
		row.factor = decimal_value(s, a_factor);
		if (cat->nfactors == max)
			cat->factors = repalloc(cat->factors, (max *= 2) * sizeof(BpFactorRow));
		cat->factors[cat->nfactors++] = row;
	}
}

typedef void (*Loader) (BpCatalog *cat, ScanState *s);

static const Loader loaders[BP_NUM_TABLES] = {
	load_providers, load_regions, load_models, load_aliases, load_prices,
	load_multipliers
};

/*
 * Build a new catalog.  It is built in a context under the caller's, so an
 * error anywhere frees it with the transaction; only a complete catalog is
 * moved under CacheMemoryContext and made current.
 */
static void
rebuild(void)
{
	Oid			nsp = get_namespace_oid("bedprice", true);
	MemoryContext cxt,
				scratch,
				old;
	BpCatalog  *cat;
	Relation	rels[BP_NUM_TABLES];
	Snapshot	snapshot;
	HASHCTL		ctl;

	if (!OidIsValid(nsp))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema \"bedprice\" does not exist"),
				 errhint("Run CREATE EXTENSION bedprice.")));

	/* modest blocks: the catalog is a few MB at most, and stays */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "bedprice catalog",
								ALLOCSET_DEFAULT_MINSIZE, ALLOCSET_DEFAULT_INITSIZE,
								256 * 1024);
	scratch = AllocSetContextCreate(CurrentMemoryContext, "bedprice catalog scan",
									ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	cat = palloc0(sizeof(BpCatalog));
	cat->cxt = cxt;

	/* Lock first: taking the locks processes pending invalidations. */
	for (int i = 0; i < BP_NUM_TABLES; i++)
	{
		cat->relids[i] = get_relname_relid(table_names[i], nsp);
		if (!OidIsValid(cat->relids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("bedprice catalog table \"bedprice.%s\" does not exist",
							table_names[i]),
					 errhint("Reinstall the extension with DROP EXTENSION bedprice; CREATE EXTENSION bedprice.")));
		rels[i] = table_open(cat->relids[i], AccessShareLock);
	}
	/* Everything invalidated so far is covered by the snapshot taken now. */
	needs_rebuild = false;

	/*
	 * READ COMMITTED: the latest committed state plus our own changes.  A
	 * parallel query may not take a new snapshot, so its leader and workers
	 * all use the query's, and agree.  REPEATABLE READ and SERIALIZABLE:
	 * the transaction's snapshot, as for the usage rows themselves.
	 */
	if (IsolationUsesXactSnapshot() && ActiveSnapshotSet())
	{
		snapshot = GetActiveSnapshot();
		cat->snapshot_kind = BP_SNAPSHOT_TRANSACTION;
	}
	else if (IsInParallelMode() && ActiveSnapshotSet())
	{
		snapshot = GetActiveSnapshot();
		cat->snapshot_kind = BP_SNAPSHOT_STATEMENT;
	}
	else
	{
		snapshot = GetLatestSnapshot();
		cat->snapshot_kind = BP_SNAPSHOT_LATEST;
	}
	snapshot = RegisterSnapshot(snapshot);
	cat->built_in_statement = GetCurrentStatementStartTimestamp();

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(((BpNameEntry *) NULL)->key);
	ctl.entrysize = sizeof(BpNameEntry);
	ctl.hcxt = cxt;
	cat->names = hash_create("bedprice names", 256, &ctl,
							 HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);

	for (int i = 0; i < BP_NUM_TABLES; i++)
	{
		ScanState	s;

		s.rel = rels[i];
		s.desc = RelationGetDescr(rels[i]);
		s.scratch = scratch;
		s.keep = cxt;
		s.scan = table_beginscan(rels[i], snapshot, 0, NULL);
		loaders[i] (cat, &s);
		table_endscan(s.scan);
	}
	UnregisterSnapshot(snapshot);
	MemoryContextDelete(scratch);
	for (int i = 0; i < BP_NUM_TABLES; i++)
		table_close(rels[i], AccessShareLock);

	cat->generation = ++last_generation;
	cat->bytes_at_build = MemoryContextMemAllocated(cxt, true);
	MemoryContextSwitchTo(old);

	MemoryContextSetParent(cxt, CacheMemoryContext);
	if (current != NULL)
		MemoryContextDelete(current->cxt);
	current = cat;
}

BpCatalog *
bp_catalog(void)
{
	if (unlikely(needs_rebuild || current == NULL))
		rebuild();
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
	return find_name(cat->regions, cat->nregions, name);
}

const BpNameEntry *
bp_catalog_name(const BpCatalog *cat, int provider, const char *name)
{
	char		key[sizeof(((BpNameEntry *) NULL)->key)];

	if (name == NULL || strlen(name) > BP_MAX_NAME_LEN)
		return NULL;
	name_key(key, provider, name);
	return hash_search(cat->names, key, HASH_FIND, NULL);
}

/* The known name nearest to `name` by edit distance, for error hints. */
const char *
bp_catalog_closest_name(const BpCatalog *cat, int provider, const char *name)
{
	HASH_SEQ_STATUS seq;
	BpNameEntry *e;
	const char *best = NULL;
	int			best_distance = INT_MAX;
	char		prefix[16];
	int			plen = snprintf(prefix, sizeof(prefix), "%d\x1f", provider);

	hash_seq_init(&seq, cat->names);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		const char *candidate;
		int			d;

		if (strncmp(e->key, prefix, plen) != 0)
			continue;
		candidate = e->key + plen;
		d = varstr_levenshtein(name, strlen(name), candidate, strlen(candidate),
							   1, 1, 1, true);
		if (d < best_distance ||
			(d == best_distance && best && strcmp(candidate, best) < 0))
		{
			best_distance = d;
			best = candidate;
		}
	}
	return best;
}
