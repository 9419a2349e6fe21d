/*
 * call_memo.c: the per-call-site memo kept in fn_extra.
 *
 * A scan calls bedrock_cost() with a handful of distinct (model, region,
 * mode) strings over and over.  The memo maps those raw strings to their
 * compiled target without parsing or catalog lookups: first the key of the
 * previous row, then a small hash table.  Entries are only good for the
 * catalog generation (and settings) they were resolved under.
 *
 * The memo is also where a call site learns that a new statement began
 * (bp_same_statement, per row) and pins the catalog it prices with.
 */
#include "postgres.h"

#include "catalog_cache.h"

#include "access/xact.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

/*
 * The table starts small and doubles while it is more than half full (or
 * a key's neighbourhood of MEMO_PROBES slots is full in a table a quarter
 * full), up to MEMO_MAX_SLOTS (about 7 MB of slots); a key whose
 * neighbourhood is full replaces the neighbourhood's first key.  A query
 * over a few thousand distinct (model, region, mode) keys resolves each
 * once; tens of thousands start to replace one another.
 */
#define MEMO_MIN_SLOTS 512		/* powers of two */
#define MEMO_MAX_SLOTS 65536
#define MEMO_PROBES 8			/* then the table grows, or its first slot probed is replaced */
#define MEMO_PARTS 5

typedef struct MemoString
{
	char	   *data;			/* NULL for a NULL argument */
	int			len;
} MemoString;

typedef struct MemoSlot
{
	bool		used;
	uint32		hash;
	MemoString	parts[MEMO_PARTS];	/* provider, model, region, mode, book */
	const BpTarget *target;		/* NULL: unknown model, priced as NULL */
	const char *reason;			/* why not, for a row-pricing call site */
} MemoSlot;

typedef struct CallMemo
{
	BpStatementId statement;	/* the statement the memo serves */
	BpCatalog  *cat;			/* pinned while the memo lives */
	uint64		generation;		/* of cat, when the slots were filled */
	uint64		settings_version;	/* of settings */
	BpSettings	settings;		/* as the memo's statement began */
	MemoSlot   *last;
	MemoSlot   *slots;			/* nslots, allocated on first use */
	uint32		nslots;
	uint32		nused;
	MemoryContext cxt;
	MemoryContext strings;		/* the slots' strings and settings: reset with them */
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
slot_matches(const MemoSlot *slot, const MemoString *parts)
{
	for (int i = 0; i < MEMO_PARTS; i++)
	{
		if ((slot->parts[i].data == NULL) != (parts[i].data == NULL))
			return false;
		if (parts[i].data != NULL &&
			(slot->parts[i].len != parts[i].len ||
			 !bytes_equal(slot->parts[i].data, parts[i].data, parts[i].len)))
			return false;
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
	memo->slots = NULL;			/* small again: the next key allocates */
	memo->nslots = 0;
	memo->nused = 0;
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
	BpCatalog  *cat = bp_catalog_begin_statement(&memo->statement);

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
		target = bp_resolve_target(memo->cat, key, &settings);
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
 * The slot of a key: the one holding it (used), or the first free one of
 * its neighbourhood; NULL when the neighbourhood is full of other keys.
 */
static inline MemoSlot *
memo_probe(CallMemo *memo, uint32 hash, const MemoString *parts)
{
	for (int probe = 0; probe < MEMO_PROBES; probe++)
	{
		MemoSlot   *s = &memo->slots[(hash + probe) & (memo->nslots - 1)];

		if (!s->used || (s->hash == hash && slot_matches(s, parts)))
			return s;
	}
	return NULL;
}

/* A table of nslots (a power of two), with the slots of the old one. */
static pg_noinline void
memo_grow(CallMemo *memo, uint32 nslots)
{
	MemoSlot   *old = memo->slots;
	uint32		nold = memo->nslots;

	memo->slots = MemoryContextAllocZero(memo->cxt, sizeof(MemoSlot) * nslots);
	memo->nslots = nslots;
	memo->nused = 0;
	memo->last = NULL;
	for (uint32 i = 0; i < nold; i++)
	{
		MemoSlot   *slot;

		if (!old[i].used)
			continue;
		slot = memo_probe(memo, old[i].hash, old[i].parts);
		if (slot == NULL)
			continue;			/* (a full neighbourhood even so: dropped) */
		*slot = old[i];
		memo->nused++;
	}
	if (old)
		pfree(old);
}

/*
 * What a remembered key gives.  A row-pricing call (the trigger,
 * cost_or_null) may have remembered a key as unpriceable, with its reason;
 * a pricing call on the same call site (unit_price, strict or not) raises
 * that error: resolving again says it.
 */
static inline const BpTarget *
slot_result(CallMemo *memo, const MemoSlot *slot, const BpCallKey *key, bool rows, const char **reason)
{
	if (rows)
		*reason = slot->reason;
	else if (unlikely(slot->target == NULL && slot->reason != NULL))
		return bp_resolve_target(memo->cat, key, &memo->settings);
	return slot->target;
}

static inline const BpTarget *
memo_lookup(FmgrInfo *flinfo, const BpCallKey *key, bool rows, const char **reason)
{
	CallMemo   *memo = memo_for_call(flinfo);
	MemoString	parts[MEMO_PARTS];
	MemoSlot   *slot;
	uint32		hash;

	/* a SET between two calls applies from the next one (a PL/pgSQL call
	 * site's statements may share one snapshot: they are no new statement) */
	if (unlikely(memo->settings_version != bp_settings_version))
		memo_reset(memo);
	key_parts(key, parts);
	if (likely(memo->last != NULL) && slot_matches(memo->last, parts))
		return slot_result(memo, memo->last, key, rows, reason);

	if (unlikely(memo->slots == NULL))
		memo_grow(memo, MEMO_MIN_SLOTS);
	hash = key_hash(parts);
	slot = memo_probe(memo, hash, parts);
	if (slot != NULL && slot->used)
	{
		memo->last = slot;
		return slot_result(memo, slot, key, rows, reason);
	}
	/* grow when half full, or when a full neighbourhood is no accident of
	 * a nearly empty table */
	if (memo->nused >= memo->nslots / 2 || (slot == NULL && memo->nused >= memo->nslots / 4))
	{
		if (memo->nslots < MEMO_MAX_SLOTS)
		{
			memo_grow(memo, memo->nslots * 2);
			slot = memo_probe(memo, hash, parts);
		}
	}
	if (slot == NULL)
	{
		/* a full neighbourhood: replace its first slot */
		slot = &memo->slots[hash & (memo->nslots - 1)];
		if (slot == memo->last)
			memo->last = NULL;
		for (int i = 0; i < MEMO_PARTS; i++)
			if (slot->parts[i].data)
				pfree(slot->parts[i].data);
		if (slot->reason)
			pfree((char *) slot->reason);
		memo->nused--;
	}

	/* a miss: resolve, and remember */
	slot->used = false;
	slot->reason = NULL;
	if (rows)
		slot->target = resolve_or_reason(memo, key, &slot->reason);
	else
		slot->target = bp_resolve_target(memo->cat, key, &memo->settings);
	for (int i = 0; i < MEMO_PARTS; i++)
	{
		slot->parts[i].len = parts[i].len;
		slot->parts[i].data = NULL;
		if (parts[i].data)
		{
			slot->parts[i].data = MemoryContextAlloc(memo->strings, Max(parts[i].len, 1));
			memcpy(slot->parts[i].data, parts[i].data, parts[i].len);
		}
	}
	slot->hash = hash;
	slot->used = true;
	memo->nused++;
	memo->last = slot;
	if (rows)
		*reason = slot->reason;
	return slot->target;
}

const BpTarget *
bp_target_for_call(FmgrInfo *flinfo, const BpCallKey *key)
{
	return memo_lookup(flinfo, key, false, NULL);
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
