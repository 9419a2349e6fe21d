/*
 * catalog_load.c: reading bedprice's catalog tables into a BpCatalog.
 *
 * The tables are found in schema bedprice by name and read by column name,
 * so column order never matters; every name is entered in the lookup hash
 * normalized (bp_normalize), as the tables' unique indexes compare them.
 * catalog_cache.c decides when to build and which snapshot to read.
 */
#include "postgres.h"

#include "catalog_cache.h"
#include "catalog_load.h"

#include "lib/stringinfo.h"
#include "compat.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/nbtree.h"
#include "access/tableam.h"
#include "catalog/pg_am.h"
#include "catalog/namespace.h"
#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

static const char *const table_names[BP_NUM_TABLES] = {
	"providers", "regions", "price_books", "models", "model_aliases", "prices", "multipliers"
};

/* One table being read: column access by name, a per-row scratch context. */
typedef struct ScanState
{
	Relation	rel;
	TableScanDesc scan;			/* a whole table, */
	SysScanDesc index_scan;		/* or one model's prices */
	TupleDesc	desc;
	HeapTuple	tuple;
	Datum	   *values;			/* the row's columns, deformed once */
	bool	   *nulls;
	MemoryContext scratch;		/* a row's transient values; reset per row */
	MemoryContext keep;			/* the catalog's context */
} ScanState;

/* s ready to read rel's rows (its scan or index_scan set by the caller). */
static void
scan_init(ScanState *s, Relation rel, MemoryContext scratch, MemoryContext keep)
{
	memset(s, 0, sizeof(*s));
	s->rel = rel;
	s->desc = RelationGetDescr(rel);
	s->values = palloc(sizeof(Datum) * s->desc->natts);
	s->nulls = palloc(sizeof(bool) * s->desc->natts);
	s->scratch = scratch;
	s->keep = keep;
}

static void
scan_free(ScanState *s)
{
	pfree(s->values);
	pfree(s->nulls);
}

void
bp_catalog_open_tables(Oid *relids, Relation *rels)
{
	Oid			nsp = get_namespace_oid("bedprice", true);

	if (!OidIsValid(nsp))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema \"bedprice\" does not exist"),
				 errhint("Run CREATE EXTENSION bedprice.")));
	for (int i = 0; i < BP_NUM_TABLES; i++)
	{
		relids[i] = get_relname_relid(table_names[i], nsp);
		rels[i] = NULL;
		if (!OidIsValid(relids[i]) && i == BP_TABLE_BOOKS)
			continue;			/* before 0.4.0: every row is aws's */
		if (!OidIsValid(relids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("bedprice catalog table \"bedprice.%s\" does not exist",
							table_names[i]),
					 errhint("Reinstall the extension with DROP EXTENSION bedprice; CREATE EXTENSION bedprice.")));
		rels[i] = table_open(relids[i], AccessShareLock);
	}
}

void
bp_catalog_close_tables(Relation *rels)
{
	for (int i = 0; i < BP_NUM_TABLES; i++)
		if (rels[i] != NULL)
			table_close(rels[i], AccessShareLock);
}

/* ---- reading columns ---- */

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

/* A column that an older version's table lacks: InvalidAttrNumber then. */
static AttrNumber
column_since(ScanState *s, const char *name)
{
	return get_attnum(RelationGetRelid(s->rel), name);
}

static Datum
value_notnull(ScanState *s, AttrNumber att)
{
	bool		isnull = s->nulls[att - 1];
	Datum		d = s->values[att - 1];

	if (isnull)
		elog(ERROR, "unexpected null in bedprice catalog table \"%s\"",
			 RelationGetRelationName(s->rel));
	return d;
}

/* A text column: as stored, or normalized (bp_normalize); NULL for NULL. */
static char *
text_value(ScanState *s, AttrNumber att, bool normalize)
{
	bool		isnull = s->nulls[att - 1];
	Datum		d = s->values[att - 1];
	MemoryContext old;
	text	   *t;
	char	   *str;

	if (isnull)
		return NULL;
	old = MemoryContextSwitchTo(s->scratch);
	t = DatumGetTextPP(d);
	str = normalize ? bp_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))
		: text_to_cstring(t);
	MemoryContextSwitchTo(old);
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

static TimestampTz
timestamp_value(ScanState *s, AttrNumber att)
{
	return DatumGetTimestampTz(value_notnull(s, att));
}

static bool
next_row(ScanState *s)
{
	MemoryContextReset(s->scratch);
	s->tuple = s->index_scan ? systable_getnext(s->index_scan)
		: heap_getnext(s->scan, ForwardScanDirection);
	if (s->tuple == NULL)
		return false;
	heap_deform_tuple(s->tuple, s->desc, s->values, s->nulls);
	return true;
}

/* ---- the name hash: (provider, normalized name), any length ---- */

static uint32
name_hash(const void *key, Size keysize)
{
	const BpNameKey *k = key;

	return hash_combine(hash_uint32((uint32) k->provider),
						hash_bytes((const unsigned char *) k->name, strlen(k->name)));
}

static int
name_compare(const void *a, const void *b, Size keysize)
{
	const BpNameKey *x = a,
			   *y = b;

	return x->provider != y->provider || strcmp(x->name, y->name) != 0;
}

/* Sized for the names the tables hold (their planner estimate), so that
 * loading a large catalog does not split buckets all the way up. */
static HTAB *
create_names(MemoryContext cxt, Relation *rels)
{
	HASHCTL		ctl;
	double		names = 0;

	for (int i = BP_TABLE_MODELS; i <= BP_TABLE_ALIASES; i++)
		if (rels[i] != NULL && rels[i]->rd_rel->reltuples > 0)
			names += rels[i]->rd_rel->reltuples;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(BpNameKey);
	ctl.entrysize = sizeof(BpNameEntry);
	ctl.hash = name_hash;
	ctl.match = name_compare;
	ctl.hcxt = cxt;
	return hash_create("bedprice names", (long) Min(Max(names * 1.1, 256), 1e6), &ctl,
					   HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);
}

/* Enter a normalized name; a new entry's key points at a kept copy. */
static BpNameEntry *
enter_name(BpCatalog *cat, ScanState *s, int provider, const char *name, bool *found)
{
	BpNameKey	key = {provider, name};
	BpNameEntry *e = hash_search(cat->names, &key, HASH_ENTER, found);

	if (!*found)
		e->key.name = keep(s, name);
	return e;
}

/* ---- one loader per table ---- */

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
		cat->providers[cat->nproviders].stored = keep(s, text_value(s, a_name, false));
		cat->providers[cat->nproviders].is_cloud = strcmp(kind, "cloud") == 0;
		cat->nproviders++;
	}
}

static void
load_regions(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_region = column(s, "region"),
				a_geography = column(s, "geography");
	int			max = 64;

	cat->regions = palloc(max * sizeof(char *));
	cat->region_geographies = palloc(max * sizeof(int));
	while (next_row(s))
	{
		char	   *geography = text_value(s, a_geography, true);

		if (cat->nregions == max)
		{
			max *= 2;
			cat->regions = repalloc(cat->regions, max * sizeof(char *));
			cat->region_geographies = repalloc(cat->region_geographies, max * sizeof(int));
		}
		cat->region_geographies[cat->nregions] =
			geography ? bp_geography_from_name(geography, strlen(geography)) : -1;
		cat->regions[cat->nregions++] = keep(s, text_value(s, a_region, true));
	}
}

static void
add_book(BpCatalog *cat, const char *name, int *max)
{
	if (cat->nbooks == *max)
		cat->books = repalloc(cat->books, (*max *= 2) * sizeof(BpBook));
	cat->books[cat->nbooks].name = MemoryContextStrdup(cat->cxt, name);
	cat->books[cat->nbooks].parent = -1;
	cat->nbooks++;
}

/* The books, then each one's parent (a later row may be a parent). */
static void
load_books(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_book = column(s, "book"),
				a_parent = column(s, "parent");
	int			max = 4,
				nparents = 4;
	char	  **parents;

	cat->books = palloc(max * sizeof(BpBook));
	parents = palloc(nparents * sizeof(char *));
	while (next_row(s))
	{
		add_book(cat, text_value(s, a_book, true), &max);
		if (max > nparents)
			parents = repalloc(parents, (nparents = max) * sizeof(char *));
		parents[cat->nbooks - 1] = keep(s, text_value(s, a_parent, true));
	}
	for (int i = 0; i < cat->nbooks; i++)
		cat->books[i].parent = parents[i] ? bp_catalog_book(cat, parents[i]) : -1;
	if (bp_catalog_book(cat, BP_DEFAULT_BOOK) < 0)
		add_book(cat, BP_DEFAULT_BOOK, &max);
}

/* A catalog table of a version before books: one book, the default. */
static void
default_books(BpCatalog *cat)
{
	int			max = 1;

	cat->books = palloc(sizeof(BpBook));
	add_book(cat, BP_DEFAULT_BOOK, &max);
}

/* A model's vendor: its ID's first part (anthropic.claude-...), or for a
 * direct API, the provider. */
static int
model_vendor(BpCatalog *cat, const BpModel *m)
{
	const BpProvider *p = &cat->providers[m->provider];
	const char *dot = strchr(m->model, '.');
	char	   *name = p->is_cloud && dot ? pnstrdup(m->model, dot - m->model) : pstrdup(p->name);
	int			v;

	for (char *c = name; *c; c++)
		*c = bp_ascii_lower(*c);
	/* models come grouped by vendor, mostly: the last one first */
	if (cat->nvendors > 0 && strcmp(cat->vendors[cat->nvendors - 1], name) == 0)
		v = cat->nvendors - 1;
	else if ((v = bp_catalog_vendor(cat, name)) < 0)
	{
		if (cat->nvendors % 16 == 0)
			cat->vendors = cat->vendors ? repalloc(cat->vendors, (cat->nvendors + 16) * sizeof(char *))
				: palloc(16 * sizeof(char *));
		cat->vendors[cat->nvendors] = MemoryContextStrdup(cat->cxt, name);
		v = cat->nvendors++;
	}
	pfree(name);
	return v;
}

static void
load_models(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_provider = column(s, "provider"),
				a_model = column(s, "model"),
				a_display = column(s, "display_name"),
				a_shipped = column(s, "shipped");
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
		if (m->provider < 0)
			continue;			/* the foreign key keeps these out */
		m->model = keep(s, text_value(s, a_model, false));
		m->display_name = keep(s, text_value(s, a_display, false));
		m->shipped = DatumGetBool(value_notnull(s, a_shipped));
		m->vendor = model_vendor(cat, m);
		e = enter_name(cat, s, m->provider, text_value(s, a_model, true), &found);
		e->model = cat->nmodels;
		e->routing = -1;
		e->is_model_id = true;
		e->id_of = cat->nmodels;
		cat->nmodels++;
	}
}

static void
load_aliases(BpCatalog *cat, ScanState *s)
{
	AttrNumber	a_provider = column(s, "provider"),
				a_alias = column(s, "alias"),
				a_model = column(s, "model"),
				a_routing = column(s, "routing"),
				a_shipped = column(s, "shipped");

	while (next_row(s))
	{
		int			provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		char	   *routing = text_value(s, a_routing, true);
		const BpNameEntry *target;
		BpNameEntry *e;
		BpRouting	r;
		bool		found;

		if (provider < 0)
			continue;
		target = bp_catalog_name(cat, provider, text_value(s, a_model, true));
		if (target == NULL || target->id_of < 0)
			continue;			/* the foreign key keeps these out */
		e = enter_name(cat, s, provider, text_value(s, a_alias, true), &found);
		if (!found)
			e->id_of = -1;
		else if (e->id_of >= 0 &&
				 (DatumGetBool(value_notnull(s, a_shipped)) || !cat->models[e->id_of].shipped))
			continue;			/* a model's own ID wins over an alias, but
								 * for a user's alias of a shipped model's
								 * ID: the user's mapping stands */
		e->model = target->id_of;
		e->routing = (routing && bp_routing_from_name(routing, strlen(routing), &r)) ? (int) r : -1;
		e->is_model_id = false;
	}
}

/* The routing, mode and charge of a price row, which the CHECKs guarantee. */
static void
price_words(ScanState *s, AttrNumber a_routing, AttrNumber a_mode,
			AttrNumber a_charge, BpPriceRow *row)
{
	char	   *routing = text_value(s, a_routing, true);
	char	   *mode = text_value(s, a_mode, true);
	char	   *charge = text_value(s, a_charge, true);

	if (!bp_routing_from_name(routing, strlen(routing), &row->routing) ||
		!bp_mode_from_name(mode, strlen(mode), &row->mode) ||
		!bp_charge_from_name(charge, strlen(charge), &row->charge))
		elog(ERROR, "bedprice.prices row %lld has an unknown routing, mode or charge",
			 (long long) row->price_id);
}

/*
 * Whether a text column holds the bytes *last holds (a NOT NULL column);
 * *last becomes them.
 */
static bool
same_text(ScanState *s, AttrNumber att, StringInfo last)
{
	MemoryContext old = MemoryContextSwitchTo(s->scratch);
	text	   *t = DatumGetTextPP(value_notnull(s, att));
	int			len = VARSIZE_ANY_EXHDR(t);
	bool		same = len == last->len && memcmp(VARDATA_ANY(t), last->data, len) == 0;

	MemoryContextSwitchTo(old);
	if (!same)
	{
		resetStringInfo(last);
		appendBinaryStringInfo(last, VARDATA_ANY(t), len);
	}
	return same;
}

static void
add_price(BpModel *m, const BpPriceRow *row)
{
	if (m->nprices == m->maxprices)
	{
		m->maxprices = m->maxprices ? m->maxprices * 2 : 8;
		m->prices = m->prices ? repalloc(m->prices, m->maxprices * sizeof(BpPriceRow))
			: palloc(m->maxprices * sizeof(BpPriceRow));
	}
	m->prices[m->nprices++] = *row;
}

/* A row's book; the default for a table without the column. */
static int
row_book(BpCatalog *cat, ScanState *s, AttrNumber a_book)
{
	if (a_book == InvalidAttrNumber)
		return bp_catalog_book(cat, BP_DEFAULT_BOOK);
	return bp_catalog_book(cat, text_value(s, a_book, true));
}

/* The columns of bedprice.prices. */
typedef struct PriceColumns
{
	AttrNumber	id,
				provider,
				model,
				region,
				geography,		/* 0.4.0 */
				routing,
				mode,
				charge,
				above,
				price,
				from,
				to,
				book;			/* 0.4.0 */
} PriceColumns;

static void
price_columns(ScanState *s, PriceColumns *c)
{
	c->id = column(s, "price_id");
	c->provider = column(s, "provider");
	c->model = column(s, "model");
	c->region = column(s, "region");
	c->geography = column_since(s, "geography");
	c->routing = column(s, "routing");
	c->mode = column(s, "mode");
	c->charge = column(s, "charge");
	c->above = column(s, "above_input_tokens");
	c->price = column(s, "usd_per_mtok");
	c->from = column(s, "valid_from");
	c->to = column(s, "valid_to");
	c->book = column_since(s, "book");
}

/* The current row as a price; false for one the foreign keys keep out. */
static bool
read_price(BpCatalog *cat, ScanState *s, const PriceColumns *c, BpPriceRow *row)
{
	char	   *region;
	char	   *geography;

	row->price_id = DatumGetInt64(value_notnull(s, c->id));
	region = text_value(s, c->region, true);
	row->region = region ? bp_catalog_region(cat, region) : -1;
	if (region && row->region < 0)
		return false;
	price_words(s, c->routing, c->mode, c->charge, row);
	geography = c->geography != InvalidAttrNumber ? text_value(s, c->geography, true) : NULL;
	row->geography = geography ? bp_geography_from_name(geography, strlen(geography)) : -1;
	if (geography && row->geography < 0)
		elog(ERROR, "bedprice.prices row %lld has an unknown geography",
			 (long long) row->price_id);
	row->above_input_tokens = DatumGetInt64(value_notnull(s, c->above));
	row->valid_from = timestamp_value(s, c->from);
	row->valid_to = timestamp_value(s, c->to);
	row->usd_per_mtok = decimal_value(s, c->price);
	row->book = row_book(cat, s, c->book);
	return row->book >= 0;
}

static void
load_prices(BpCatalog *cat, ScanState *s)
{
	PriceColumns c;
	StringInfoData last_provider,
				last_model;
	int			model = -1;

	price_columns(s, &c);
	initStringInfo(&last_provider);
	initStringInfo(&last_model);
	while (next_row(s))
	{
		BpPriceRow	row;
		bool		same_provider = same_text(s, c.provider, &last_provider);

		/* rows come mostly grouped by model: look a model up once a run */
		if (!same_text(s, c.model, &last_model) || !same_provider)
		{
			int			provider = bp_catalog_provider(cat, text_value(s, c.provider, true));
			const BpNameEntry *me;

			model = -1;
			if (provider >= 0 && (me = bp_catalog_name(cat, provider, text_value(s, c.model, true))) != NULL)
				model = me->id_of;
		}
		if (model >= 0 && read_price(cat, s, &c, &row))
			add_price(&cat->models[model], &row);
	}
	pfree(last_provider.data);
	pfree(last_model.data);
	for (int i = 0; i < cat->nmodels; i++)
		cat->models[i].prices_loaded = true;
}

/* ---- one model's prices, on first use ---- */

/*
 * A valid btree index of bedprice.prices whose first two columns are
 * (provider, model), with no expression or predicate; InvalidOid if the
 * user dropped it (the whole table is read then).
 */
static Oid
find_prices_index(BpCatalog *cat, Relation prices)
{
	AttrNumber	a_provider = get_attnum(RelationGetRelid(prices), "provider"),
				a_model = get_attnum(RelationGetRelid(prices), "model");
	List	   *indexes = RelationGetIndexList(prices);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);
		Form_pg_index ix = idx->rd_index;

		if (!OidIsValid(found) && idx->rd_rel->relam == BTREE_AM_OID && ix->indisvalid &&
			ix->indnkeyatts >= 2 && ix->indkey.values[0] == a_provider &&
			ix->indkey.values[1] == a_model &&
			heap_attisnull(idx->rd_indextuple, Anum_pg_index_indexprs, NULL) &&
			heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL))
		{
			found = RelationGetRelid(idx);
			cat->prices_collations[0] = idx->rd_indcollation[0];
			cat->prices_collations[1] = idx->rd_indcollation[1];
		}
		index_close(idx, AccessShareLock);
	}
	list_free(indexes);
	return found;
}

void
bp_snapshot_copy_into(SnapshotData *copy, int *xip_room, int *subxip_room, Snapshot snap,
					  MemoryContext cxt)
{
	TransactionId *xip = copy->xip,
			   *subxip = copy->subxip;

	if (*xip_room < (int) snap->xcnt || xip == NULL)
	{
		xip = MemoryContextAlloc(cxt, sizeof(TransactionId) * Max(snap->xcnt, 8));
		*xip_room = Max((int) snap->xcnt, 8);
	}
	if (*subxip_room < snap->subxcnt || subxip == NULL)
	{
		subxip = MemoryContextAlloc(cxt, sizeof(TransactionId) * Max(snap->subxcnt, 8));
		*subxip_room = Max(snap->subxcnt, 8);
	}
	*copy = *snap;
	copy->xip = xip;
	copy->subxip = subxip;
	memcpy(xip, snap->xip, sizeof(TransactionId) * snap->xcnt);
	memcpy(subxip, snap->subxip, sizeof(TransactionId) * snap->subxcnt);
	copy->copied = false;
	copy->active_count = 0;
	copy->regd_count = 0;
	memset(&copy->ph_node, 0, sizeof(copy->ph_node));
}

/* A copy of a snapshot in cxt, which RegisterSnapshot copies again. */
static Snapshot
copy_snapshot(Snapshot snap, MemoryContext cxt)
{
	Snapshot	copy = MemoryContextAllocZero(cxt, sizeof(SnapshotData));
	int			xip_room = 0,
				subxip_room = 0;

	bp_snapshot_copy_into(copy, &xip_room, &subxip_room, snap, cxt);
	return copy;
}

/*
 * Read model's rows, once, with a snapshot that sees the catalog the rest
 * of cat holds, and whose row versions are all still there: the query's
 * or the transaction's, which outlives the copy, or for a latest-state
 * copy one kept for the statement running (bp_catalog_lazy_snapshot).  A
 * failure (a cancel) leaves the model unloaded, to be read again.
 */
void
bp_catalog_model_prices(BpCatalog *cat, int model)
{
	BpModel    *m = &cat->models[model];
	MemoryContext scratch;
	MemoryContext old;
	ScanState	s;
	Relation	rel;
	PriceColumns c;
	ScanKeyData keys[2];
	Snapshot	snap;
	BpPriceRow	row;

	if (m->prices_loaded)
		return;
	Assert(cat->lazy_snapshot != NULL);
	snap = RegisterSnapshot(bp_catalog_lazy_snapshot(cat));
	/* (a lock kept since the snapshot's proof or the build: nothing
	 * truncated or rewrote the table since, keep_prices_lock) */
	rel = table_open(cat->relids[BP_TABLE_PRICES], AccessShareLock);
	/* the scan in the caller's context; only the rows in the catalog's */
	scratch = AllocSetContextCreate(CurrentMemoryContext, "bedprice model prices",
									ALLOCSET_SMALL_SIZES);
	scan_init(&s, rel, scratch, cat->cxt);
	price_columns(&s, &c);
	ScanKeyInit(&keys[0], c.provider, BTEqualStrategyNumber, F_TEXTEQ,
				CStringGetTextDatum(cat->providers[m->provider].stored));
	keys[0].sk_collation = cat->prices_collations[0];
	ScanKeyInit(&keys[1], c.model, BTEqualStrategyNumber, F_TEXTEQ,
				CStringGetTextDatum(m->model));
	keys[1].sk_collation = cat->prices_collations[1];

	m->nprices = m->maxprices = 0;	/* (what a failed attempt left) */
	m->prices = NULL;
	s.index_scan = systable_beginscan(rel, cat->prices_index, true, snap, 2, keys);
	while (next_row(&s))
		if (read_price(cat, &s, &c, &row))
		{
			old = MemoryContextSwitchTo(cat->cxt);
			add_price(m, &row);
			MemoryContextSwitchTo(old);
		}
	systable_endscan(s.index_scan);
	UnregisterSnapshot(snap);
	scan_free(&s);
	table_close(rel, AccessShareLock);
	MemoryContextDelete(scratch);
	m->prices_loaded = true;
}

/* A multiplier's value as its dimension's index; -1 when unknown. */
static int
factor_value(const BpCatalog *cat, BpDimension dimension, const char *val)
{
	BpRouting	routing;
	BpMode		mode;

	switch (dimension)
	{
		case BP_DIM_REGION:
			return bp_catalog_region(cat, val);
		case BP_DIM_ROUTING:
			return bp_routing_from_name(val, strlen(val), &routing) ? (int) routing : -1;
		case BP_DIM_MODE:
			return bp_mode_from_name(val, strlen(val), &mode) ? (int) mode : -1;
		case BP_DIM_VENDOR:
			return bp_catalog_vendor(cat, val);
	}
	return -1;
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
				a_to = column(s, "valid_to"),
				a_book = column_since(s, "book");	/* 0.4.0 */
	int			max = 16;

	cat->factors = palloc(max * sizeof(BpFactorRow));
	while (next_row(s))
	{
		BpFactorRow row;
		char	   *dimension = text_value(s, a_dimension, true);

		row.multiplier_id = DatumGetInt64(value_notnull(s, a_id));
		row.provider = bp_catalog_provider(cat, text_value(s, a_provider, true));
		if (row.provider < 0 ||
			!bp_dimension_from_name(dimension, strlen(dimension), &row.dimension))
			continue;
		row.value = factor_value(cat, row.dimension, text_value(s, a_value, true));
		row.valid_from = timestamp_value(s, a_from);
		row.valid_to = timestamp_value(s, a_to);
		row.factor = decimal_value(s, a_factor);
		row.book = row_book(cat, s, a_book);
		if (row.book < 0)
			continue;
		if (cat->nfactors == max)
			cat->factors = repalloc(cat->factors, (max *= 2) * sizeof(BpFactorRow));
		cat->factors[cat->nfactors++] = row;
	}
}

typedef void (*Loader) (BpCatalog *cat, ScanState *s);

static const Loader loaders[BP_NUM_TABLES] = {
	load_providers, load_regions, load_books, load_models, load_aliases, load_prices,
	load_multipliers
};

/* Read the tables with `snapshot` into cat, allocating in cat->cxt. */
void
bp_catalog_read(BpCatalog *cat, Relation *rels, Snapshot snapshot, bool lazy_prices)
{
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext,
												  "bedprice catalog scan",
												  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(cat->cxt);

	cat->names = create_names(cat->cxt, rels);
	for (int i = 0; i < BP_NUM_TABLES; i++)
	{
		ScanState	s;

		if (rels[i] == NULL)
		{
			default_books(cat);
			continue;
		}
		if (i == BP_TABLE_PRICES && lazy_prices &&
			OidIsValid(cat->prices_index = find_prices_index(cat, rels[i])))
		{
			cat->lazy_snapshot = copy_snapshot(snapshot, cat->cxt);
			continue;
		}
		scan_init(&s, rels[i], scratch, cat->cxt);
		s.scan = table_beginscan(rels[i], snapshot, 0, NULL);
		loaders[i] (cat, &s);
		table_endscan(s.scan);
		scan_free(&s);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scratch);
}
