/*
 * call_memo.c: the per-call-site memo kept in fn_extra.
 *
 * A scan calls bedrock_cost() with a handful of distinct (model, region,
 * mode) strings over and over.  The memo maps those raw strings to their
 * compiled target without parsing or catalog lookups: first the key of the
 * previous row, then a hash table; bp_cost_for_call then prices from the
 * rates the entry keeps.  Entries are only good for the catalog generation
 * (and settings) they were resolved under.
 *
 * The memo is also where a call site learns that a new statement began
 * (bp_same_statement, per row) and pins the catalog it prices with.
 */
#include "postgres.h"

#include "catalog_cache.h"
#include "pricing.h"

#include "access/xact.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

/*
 * A key's entry sits in a dense array, found through an index of small
 * slots (hash, entry), so a probe reads one cache line of the index and
 * then only the entry that matches.  An entry holds the key's bytes (inline
 * when short) and the rates of the period it last priced (BpFlatRates): a
 * row whose key the memo knows touches its entry, nothing else.
 *
 * The index starts small and doubles while it is more than half full (or
 * a key's neighbourhood of MEMO_PROBES slots is full in an index a quarter
 * full), up to MEMO_MAX_SLOTS (at most half as many entries, about 8 MB);
 * a key whose neighbourhood is full takes the entry of the neighbourhood's
 * first key.  A query over a few thousand distinct (model, region, mode)
 * keys resolves each once; tens of thousands start to replace one another.
 */
#define MEMO_MIN_SLOTS 512		/* powers of two */
#define MEMO_MAX_SLOTS 65536
#define MEMO_PROBES 8			/* then the index grows, or its first slot probed is replaced */
#define MEMO_PARTS 5
#define MEMO_INLINE_KEY 80		/* most keys: a model ID, a region, a mode */

typedef struct MemoString
{
	char	   *data;			/* NULL for a NULL argument */
	int			len;
} MemoString;

typedef struct MemoSlot
{
	uint32		hash;
	uint32		entry;			/* 1 + index into entries; 0: free */
} MemoSlot;

typedef struct MemoEntry
{
	uint32		hash;
	int			len[MEMO_PARTS];	/* -1 for a NULL argument */
	char	   *long_key;		/* the parts' bytes one after another, or NULL: in inline_key */
	const BpTarget *target;		/* NULL: unknown model, priced as NULL */
	const char *reason;			/* why not, for a row-pricing call site */
	BpFlatRates rates;			/* of the period last priced; empty at first */
	char		inline_key[MEMO_INLINE_KEY];
} MemoEntry;

typedef struct CallMemo
{
	BpStatementId statement;	/* the statement the memo serves */
	BpCatalog  *cat;			/* pinned while the memo lives */
	uint64		generation;		/* of cat, when the entries were filled */
	uint64		settings_version;	/* of settings */
	BpSettings	settings;		/* as the memo's statement began */
	BpLazyRead	read;			/* what cat reads the statement's prices with */
	MemoEntry  *last;
	MemoSlot   *slots;			/* nslots, allocated on first use */
	uint32		nslots;
	MemoEntry  *entries;		/* nentries of maxentries */
	uint32		nentries;
	uint32		maxentries;
	MemoryContext cxt;
	MemoryContext strings;		/* long keys, reasons and settings: reset with the entries */
} CallMemo;

extern uint64 bp_settings_version;

static inline void
key_parts(const BpCallKey *key, MemoString *parts)
{
	parts[0].data = (char *) key->provider;
	parts[0].len = key->provider_len;
	parts[1].data = (char *) key->model;
	parts[1].len = key->model_len;
	parts[2].data = (char *) key->region;
	parts[2].len = key->region_len;
	parts[3].data = (char *) key->mode;
	parts[3].len = key->mode_len;
	parts[4].data = (char *) key->book;
	parts[4].len = key->book_len;
}


/*
 * A cheap hash: this runs for every row whose key differs from the
 * previous row's, so it must cost a few nanoseconds.  Each 8-byte word is
 * folded in with a rotate and an xor (no multiply in the dependency chain);
 * one multiply mixes the result.  Collisions only cost a comparison, since
 * a match is always checked byte for byte.
 */
static inline uint64
load_tail(const char *s, int len)
{
	uint32		a,
				b;

	/* 1 to 7 bytes; two overlapping loads where possible */
	if (len >= 4)
	{
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		return a | ((uint64) b << 32);
	}
	a = (unsigned char) s[0];
	if (len > 1)
		a |= (uint32) (unsigned char) s[1] << 8;
	if (len > 2)
		a |= (uint32) (unsigned char) s[2] << 16;
	return a;
}

static inline uint64
fold_bytes(uint64 h, const char *s, int len)
{
	int			i;

	for (i = 0; i + 8 <= len; i += 8)
	{
		uint64		w;

		memcpy(&w, s + i, 8);
		h = ((h << 23) | (h >> 41)) ^ w;
	}
	if (i < len)
	{
		uint64		w;

		/* the last 8 bytes, overlapping the previous word: no byte loop */
		if (len >= 8)
			memcpy(&w, s + len - 8, 8);
		else
			w = load_tail(s, len);
		h = ((h << 23) | (h >> 41)) ^ w;
	}
	return h;
}

/* Equality of two byte strings of the same length, without a libc call. */
static inline bool
bytes_equal(const char *a, const char *b, int len)
{
	int			i;

	for (i = 0; i + 8 <= len; i += 8)
	{
		uint64		x,
					y;

		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return false;
	}
	if (i < len)
	{
		uint64		x,
					y;

		if (len >= 8)
		{
			memcpy(&x, a + len - 8, 8);
			memcpy(&y, b + len - 8, 8);
		}
		else
		{
			x = load_tail(a, len);
			y = load_tail(b, len);
		}
		return x == y;
	}
	return true;
}

static inline bool
entry_matches(const MemoEntry *e, const MemoString *parts)
{
	const char *k = e->long_key ? e->long_key : e->inline_key;

	for (int i = 0; i < MEMO_PARTS; i++)
	{
		if (parts[i].data == NULL)
		{
			if (e->len[i] != -1)
				return false;
			continue;
		}
		if (e->len[i] != parts[i].len || !bytes_equal(k, parts[i].data, parts[i].len))
			return false;
		k += parts[i].len;
	}
	return true;
}

static inline uint32
key_hash(const MemoString *parts)
{
	uint64		h = 0;

	for (int i = 0; i < MEMO_PARTS; i++)
		h = parts[i].data ? fold_bytes(h ^ (uint64) (parts[i].len + 1), parts[i].data, parts[i].len)
			: ((h << 7) | (h >> 57)) ^ 0xff;
	/* murmur3's finalizer: every input bit moves the slot index (low bits) */
	h ^= h >> 33;
	h *= UINT64CONST(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64CONST(0xc4ceb9fe1a85ec53);
	h ^= h >> 33;
	return (uint32) h;
}

/* Forget every slot, and take the settings as they are now. */
static void
memo_reset(CallMemo *memo)
{
	if (memo->slots)
		pfree(memo->slots);
	if (memo->entries)
		pfree(memo->entries);
	memo->slots = NULL;			/* small again: the next key allocates */
	memo->nslots = 0;
	memo->entries = NULL;
	memo->nentries = memo->maxentries = 0;
	MemoryContextReset(memo->strings);
	memo->last = NULL;
	memo->generation = memo->cat->generation;
	memo->settings_version = bp_settings_version;
	memo->settings.default_region = MemoryContextStrdup(memo->strings, bp_default_region);
	memo->settings.price_book = MemoryContextStrdup(memo->strings, bp_price_book);
	memo->settings.on_unknown_model = bp_on_unknown_model;
}

/* The call site's memory goes away: so does its pin. */
static void
memo_release(void *arg)
{
	CallMemo   *memo = arg;

	if (memo->cat)
		bp_catalog_unpin(memo->cat);
	memo->cat = NULL;
}

static CallMemo *
memo_create(FmgrInfo *flinfo)
{
	CallMemo   *memo = MemoryContextAllocZero(flinfo->fn_mcxt, sizeof(CallMemo));
	MemoryContextCallback *cb = MemoryContextAlloc(flinfo->fn_mcxt, sizeof(*cb));

	memo->cxt = flinfo->fn_mcxt;
	memo->strings = AllocSetContextCreate(flinfo->fn_mcxt, "bedprice call memo",
										  ALLOCSET_SMALL_SIZES);
	cb->func = memo_release;
	cb->arg = memo;
	MemoryContextRegisterResetCallback(flinfo->fn_mcxt, cb);
	flinfo->fn_extra = memo;
	return memo;
}

/*
 * A new statement for this call site: take the catalog that fits it, and
 * keep it pinned until the next statement.  A PL/pgSQL expression keeps
 * its call site for the whole transaction; each of its statements is a new
 * snapshot, so it sees what others committed before it.
 */
static pg_noinline void
memo_begin_statement(CallMemo *memo)
{
	BpCatalog  *cat = bp_catalog_begin_statement(&memo->statement, &memo->read, memo->cxt);

	if (cat != memo->cat)
	{
		bp_catalog_pin(cat);
		if (memo->cat)
			bp_catalog_unpin(memo->cat);
		memo->cat = cat;
	}
	if (memo->generation != cat->generation ||
		memo->settings_version != bp_settings_version)
		memo_reset(memo);
}

/*
 * Resolve a key: a model's prices the copy reads now are read with this
 * call site's snapshot for its statement (catalog_cache.c).
 */
static const BpTarget *
memo_resolve(CallMemo *memo, const BpCallKey *key, const BpSettings *settings)
{
	BpLazyRead *saved = memo->cat->reading;
	const BpTarget *target;

	memo->cat->reading = &memo->read;
	PG_TRY();
	{
		target = bp_resolve_target(memo->cat, key, settings);
	}
	PG_FINALLY();
	{
		memo->cat->reading = saved;
	}
	PG_END_TRY();
	return target;
}

static inline CallMemo *
memo_for_call(FmgrInfo *flinfo)
{
	CallMemo   *memo = (CallMemo *) flinfo->fn_extra;

	if (unlikely(memo == NULL))
		memo = memo_create(flinfo);
	if (unlikely(!bp_same_statement(&memo->statement)))
		memo_begin_statement(memo);
	return memo;
}

BpCatalog *
bp_catalog_for_call(FmgrInfo *flinfo)
{
	return memo_for_call(flinfo)->cat;
}

/*
 * The errors a row's own values cause: bad model, region, mode or book
 * names, no price for them.  Anything else (a cancel, out of memory, a
 * broken catalog) is no reason to keep a row unpriced.
 */
bool
bp_is_data_error(int sqlerrcode)
{
	return sqlerrcode == ERRCODE_UNDEFINED_OBJECT ||
		sqlerrcode == ERRCODE_INVALID_PARAMETER_VALUE ||
		sqlerrcode == ERRCODE_NO_DATA_FOUND ||
		sqlerrcode == ERRCODE_INVALID_TEXT_REPRESENTATION ||
		sqlerrcode == ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
}

/*
 * Resolve a key for a row-pricing call site: an error the arguments cause
 * becomes the reason the row is not priced.  A subtransaction per distinct
 * key, not per row: the memo keeps the reason.  Errors that are not about
 * the arguments (a cancel, out of memory) go on up.
 */
static const BpTarget *
resolve_or_reason(CallMemo *memo, const BpCallKey *key, const char **reason)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	BpSettings	settings = memo->settings;
	const BpTarget *volatile target = NULL;

	/* an unknown model is a reason too, whatever the setting says */
	settings.on_unknown_model = BP_UNKNOWN_MODEL_ERROR;
	*reason = NULL;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		target = memo_resolve(memo, key, &settings);
		ReleaseCurrentSubTransaction();
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (!bp_is_data_error(edata->sqlerrcode))
			ReThrowError(edata);
		*reason = MemoryContextStrdup(memo->strings, edata->message);
		FreeErrorData(edata);
	}
	PG_END_TRY();
	MemoryContextSwitchTo(cxt);
	CurrentResourceOwner = owner;
	return target;
}

/*
 * The slot of a key: the one holding it, or the first free one of its
 * neighbourhood; NULL when the neighbourhood is full of other keys.
 */
static inline MemoSlot *
memo_probe(CallMemo *memo, uint32 hash, const MemoString *parts)
{
	for (int probe = 0; probe < MEMO_PROBES; probe++)
	{
		MemoSlot   *s = &memo->slots[(hash + probe) & (memo->nslots - 1)];

		if (s->entry == 0 ||
			(s->hash == hash && entry_matches(&memo->entries[s->entry - 1], parts)))
			return s;
	}
	return NULL;
}

/* A free slot of the neighbourhood of hash, or NULL. */
static MemoSlot *
free_slot(CallMemo *memo, uint32 hash)
{
	for (int probe = 0; probe < MEMO_PROBES; probe++)
	{
		MemoSlot   *s = &memo->slots[(hash + probe) & (memo->nslots - 1)];

		if (s->entry == 0)
			return s;
	}
	return NULL;
}

/*
 * An index of nslots (a power of two) over the entries, which stay where
 * they are, with room for nslots / 2 of them.  An entry whose
 * neighbourhood is full even so is no longer found (it may be reused).
 */
static pg_noinline void
memo_grow(CallMemo *memo, uint32 nslots)
{
	/* allocate first: out of memory leaves the memo as it was */
	MemoEntry  *entries = memo->entries ? repalloc(memo->entries, sizeof(MemoEntry) * (nslots / 2))
		: MemoryContextAlloc(memo->cxt, sizeof(MemoEntry) * (nslots / 2));
	MemoSlot   *slots;

	memo->entries = entries;
	memo->last = NULL;
	slots = MemoryContextAllocZero(memo->cxt, sizeof(MemoSlot) * nslots);
	if (memo->slots)
		pfree(memo->slots);
	memo->slots = slots;
	memo->nslots = nslots;
	memo->maxentries = nslots / 2;
	for (uint32 i = 0; i < memo->nentries; i++)
	{
		MemoSlot   *slot = free_slot(memo, memo->entries[i].hash);

		if (slot != NULL)
		{
			slot->hash = memo->entries[i].hash;
			slot->entry = i + 1;
		}
	}
}

/*
 * What a remembered key gives.  A row-pricing call (the trigger,
 * cost_or_null) may have remembered a key as unpriceable, with its reason;
 * a pricing call on the same call site (unit_price, strict or not) raises
 * that error: resolving again says it.
 */
static inline const BpTarget *
entry_result(CallMemo *memo, const MemoEntry *e, const BpCallKey *key, bool rows, const char **reason)
{
	if (rows)
		*reason = e->reason;
	else if (unlikely(e->target == NULL && e->reason != NULL))
		return memo_resolve(memo, key, &memo->settings);
	return e->target;
}

/* Remember the key of parts in e: its bytes, inline when they fit. */
static void
entry_set_key(CallMemo *memo, MemoEntry *e, uint32 hash, const MemoString *parts)
{
	Size		total = 0;
	char	   *k;

	for (int i = 0; i < MEMO_PARTS; i++)
	{
		e->len[i] = parts[i].data ? parts[i].len : -1;
		total += parts[i].data ? parts[i].len : 0;
	}
	e->long_key = total <= MEMO_INLINE_KEY ? NULL : MemoryContextAllocHuge(memo->strings, total);
	k = e->long_key ? e->long_key : e->inline_key;
	for (int i = 0; i < MEMO_PARTS; i++)
		if (parts[i].data)
		{
			memcpy(k, parts[i].data, parts[i].len);
			k += parts[i].len;
		}
	e->hash = hash;
}

/*
 * Remember a key not in the memo, whose probe gave slot (free, or NULL for
 * a full neighbourhood): a new entry, or, in a full memo, the entry of the
 * key in its first slot probed (or any) given to it.
 */
static MemoEntry *
memo_new_entry(CallMemo *memo, MemoSlot *slot, uint32 hash, const MemoString *parts,
			   const BpTarget *target, const char *reason)
{
	uint32		victim;
	MemoEntry  *e;

	/* grow when half full, or when a full neighbourhood is no accident of
	 * a nearly empty index */
	if ((memo->nentries >= memo->maxentries || (slot == NULL && memo->nentries >= memo->nslots / 4)) &&
		memo->nslots < MEMO_MAX_SLOTS)
	{
		memo_grow(memo, memo->nslots * 2);
		slot = memo_probe(memo, hash, parts);
	}
	if (slot == NULL)
		slot = &memo->slots[hash & (memo->nslots - 1)];
	if (slot->entry == 0 && memo->nentries < memo->maxentries)
		e = &memo->entries[victim = memo->nentries++];
	else
	{
		e = &memo->entries[victim = slot->entry != 0 ? slot->entry - 1 : hash % memo->nentries];
		if (e->long_key)
			pfree(e->long_key);
		if (e->reason)
			pfree((char *) e->reason);
	}
	slot->hash = hash;
	slot->entry = victim + 1;
	entry_set_key(memo, e, hash, parts);
	e->target = target;
	e->reason = reason;
	e->rates.from = 1;			/* empty: no `at` is in [1, 0) */
	e->rates.to = 0;
	return e;
}

/* The memo's entry for a key, resolved on a miss. */
static inline MemoEntry *
memo_entry(CallMemo *memo, const BpCallKey *key, bool rows)
{
	MemoString	parts[MEMO_PARTS];
	MemoSlot   *slot;
	uint32		hash;
	const BpTarget *target;
	const char *reason = NULL;

	/* a SET between two calls applies from the next one (a PL/pgSQL call
	 * site's statements may share one snapshot: they are no new statement) */
	if (unlikely(memo->settings_version != bp_settings_version))
		memo_reset(memo);
	key_parts(key, parts);
	if (likely(memo->last != NULL) && entry_matches(memo->last, parts))
		return memo->last;

	if (unlikely(memo->slots == NULL))
		memo_grow(memo, MEMO_MIN_SLOTS);
	hash = key_hash(parts);
	slot = memo_probe(memo, hash, parts);
	if (slot != NULL && slot->entry != 0)
		return memo->last = &memo->entries[slot->entry - 1];

	/* a miss: resolve (an error leaves no entry), and remember */
	if (rows)
		target = resolve_or_reason(memo, key, &reason);
	else
		target = memo_resolve(memo, key, &memo->settings);
	return memo->last = memo_new_entry(memo, slot, hash, parts, target, reason);
}

static inline const BpTarget *
memo_lookup(FmgrInfo *flinfo, const BpCallKey *key, bool rows, const char **reason)
{
	CallMemo   *memo = memo_for_call(flinfo);

	return entry_result(memo, memo_entry(memo, key, rows), key, rows, reason);
}

const BpTarget *
bp_target_for_call(FmgrInfo *flinfo, const BpCallKey *key)
{
	return memo_lookup(flinfo, key, false, NULL);
}

/* The key's target with its entry's rates those of u->at; NULL: a NULL cost. */
static inline const BpTarget *
target_and_rates(FmgrInfo *flinfo, const BpCallKey *key, const BpUsage *u, MemoEntry **e)
{
	CallMemo   *memo = memo_for_call(flinfo);
	const BpTarget *target;

	*e = memo_entry(memo, key, false);
	target = entry_result(memo, *e, key, false, NULL);
	if (target != NULL && unlikely(u->at < (*e)->rates.from || u->at >= (*e)->rates.to))
		bp_flat_rates(target, u->at, &(*e)->rates);
	return target;
}

/*
 * bp_price_numeric(bp_target_for_call(...)) in one: a key the memo knows
 * prices from its entry's rates while the rows stay in one period.
 */
Datum
bp_cost_for_call(FmgrInfo *flinfo, const BpCallKey *key, const BpUsage *u, bool *isnull)
{
	MemoEntry  *e;
	const BpTarget *target = target_and_rates(flinfo, key, u, &e);
	Datum		cost;

	*isnull = target == NULL;	/* unknown model, bedprice.on_unknown_model = null */
	if (target == NULL)
		return (Datum) 0;
	if (likely(bp_flat_price(&e->rates, u, &cost)))
		return cost;
	return bp_price_numeric(target, u);
}

bool
bp_units_for_call(FmgrInfo *flinfo, const BpCallKey *key, const BpUsage *u,
				  int128 *units, Datum *cost, bool *isnull)
{
	MemoEntry  *e;
	const BpTarget *target = target_and_rates(flinfo, key, u, &e);

	*isnull = target == NULL;
	if (target == NULL)
		return false;
	if (likely(bp_flat_exact(&e->rates, u, units)))
		return true;
	*cost = bp_price_numeric(target, u);
	return false;
}

const BpTarget *
bp_target_for_row(FmgrInfo *flinfo, const BpCallKey *key, const char **reason)
{
	return memo_lookup(flinfo, key, true, reason);
}

void
bp_check_settings(FmgrInfo *flinfo)
{
	CallMemo   *memo = memo_for_call(flinfo);

	if (memo->settings_version != bp_settings_version)
		memo_reset(memo);
	bp_resolve_check_settings(memo->cat, &memo->settings);
}
