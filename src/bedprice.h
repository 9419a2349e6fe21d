/*
 * bedprice.h: the pricing engine's C API.
 *
 * Every SQL surface (bedrock_cost, api_cost, the breakdown, resolve_model,
 * and later the pricing trigger and log parsers) goes through these calls;
 * none of them reads the catalog tables itself.  The flow for one usage
 * row is
 *
 *     bp_target_for_call()   memo (fn_extra): the statement's pinned
 *                            catalog -> parse the ID -> resolve
 *     bp_price_numeric()     period, tier, exact integer arithmetic (or
 *                            numeric past int128), one numeric at the end
 *
 * bp_cost_for_call() does both, the second from the rates the memo keeps
 * beside the key while the rows stay in one period (a scan's rows);
 * bp_units_for_call() the same for an aggregate, as an integer.
 *
 * Money is exact throughout: a BpDecimal is an int128 mantissa and a
 * decimal scale: no binary floating point anywhere.
 */
#ifndef BEDPRICE_H
#define BEDPRICE_H

#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/timestamp.h"

/* ---- vocabulary (vocab.c) ---- */

typedef enum BpRouting
{
	BP_ROUTING_IN_REGION = 0,
	BP_ROUTING_GEO,
	BP_ROUTING_GLOBAL
} BpRouting;
#define BP_NUM_ROUTINGS 3

typedef enum BpMode
{
	BP_MODE_ON_DEMAND = 0,
	BP_MODE_BATCH,
	BP_MODE_PRIORITY,
	BP_MODE_FLEX,
	BP_MODE_PROVISIONED
} BpMode;
#define BP_NUM_MODES 5

typedef enum BpCharge
{
	BP_CHARGE_INPUT = 0,
	BP_CHARGE_OUTPUT,
	BP_CHARGE_CACHE_READ,
	BP_CHARGE_CACHE_WRITE,
	BP_CHARGE_CACHE_WRITE_1H
} BpCharge;
#define BP_NUM_CHARGES 5

typedef enum BpDimension
{
	BP_DIM_REGION = 0,
	BP_DIM_ROUTING,
	BP_DIM_MODE,
	BP_DIM_VENDOR				/* the model ID's first part: anthropic */
} BpDimension;
#define BP_NUM_DIMENSIONS 4

/*
 * The geographies of cross-region inference profiles: the prefix of a
 * geo-routed model ID (us.anthropic...), and what a geo price row may be
 * limited to.  Not an enum: only their index is used.
 */
#define BP_NUM_GEOGRAPHIES 7

extern const char *const bp_routing_names[BP_NUM_ROUTINGS];
extern const char *const bp_mode_names[BP_NUM_MODES];
extern const char *const bp_charge_names[BP_NUM_CHARGES];
extern const char *const bp_dimension_names[BP_NUM_DIMENSIONS];
extern const char *const bp_geography_names[BP_NUM_GEOGRAPHIES];

/* Each kind of word, for bedprice.vocabulary() and the CHECK constraints. */
typedef enum BpVocabularyKind
{
	BP_VOCAB_ROUTING = 0,
	BP_VOCAB_MODE,
	BP_VOCAB_CHARGE,
	BP_VOCAB_DIMENSION,
	BP_VOCAB_GEOGRAPHY
} BpVocabularyKind;
#define BP_NUM_VOCABULARIES 5

typedef struct BpVocabulary
{
	const char *kind;			/* "routing", "mode", "charge", "dimension",
								 * "geography" */
	const char *const *words;
	int			nwords;
	int			base;			/* the word that takes no multiplier, or -1 */
} BpVocabulary;

extern const BpVocabulary bp_vocabularies[BP_NUM_VOCABULARIES];
extern const BpVocabulary *bp_vocabulary(const char *kind);	/* NULL if none */

/* Name lookups: trimmed and case-insensitive; -1 or false when unknown. */
extern int	bp_vocabulary_index(const BpVocabulary *v, const char *s, int len);
extern bool bp_routing_from_name(const char *s, int len, BpRouting *out);
extern bool bp_mode_from_name(const char *s, int len, BpMode *out);
extern bool bp_charge_from_name(const char *s, int len, BpCharge *out);
extern bool bp_dimension_from_name(const char *s, int len, BpDimension *out);
extern int	bp_geography_from_name(const char *s, int len);

/*
 * A mode argument as users write it: one of bp_mode_names; "standard" or
 * "default" (AWS's names of the on-demand tier); or the seed's words
 * "cross_region" (on-demand, geo routing) and "global" (on-demand, global
 * routing).  *routing is set only for those two words.
 */
extern bool bp_mode_from_argument(const char *s, int len, BpMode *mode,
								  BpRouting *routing, bool *sets_routing);
extern const char *bp_mode_argument_list(void);

/* ---- names (names.c) ---- */

/* The longest name the catalog's CHECK constraints allow, in characters,
 * and so in bytes at most. */
#define BP_MAX_NAME_CHARS 200
#define BP_MAX_NAME_BYTES (BP_MAX_NAME_CHARS * MAX_MULTIBYTE_CHAR_LEN)

/* Surrounding white space trimmed, ASCII lower-cased: how names compare. */
extern char *bp_normalize(const char *s, int len);
extern bool bp_is_blank(char c);	/* the white space bp_normalize trims */
extern void bp_trim(const char **s, int *len);	/* narrows s, len to drop it */
extern bool bp_is_clean_name(const char *s, int len);

/* pg_ascii_tolower() inlined: a catalog build lower-cases every name */
static inline char
bp_ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

extern bool bp_is_region_code(const char *s, int len);
extern const char *bp_quotable(const char *s);	/* cut for messages */

/* ---- exact decimals (decimal.c) ---- */

typedef struct BpDecimal
{
	int128		mantissa;		/* value = mantissa / 10^scale */
	int32		scale;			/* >= 0 */
} BpDecimal;

/* Results are rounded half away from zero past this many decimal places. */
#define BP_RESULT_SCALE 15

extern int128 bp_pow10_128(int k);	/* 10^k, 0 <= k <= 38 */
extern const int64 bp_pow10_64[BP_RESULT_SCALE + 1];	/* 10^k, k <= 15 */
extern BpDecimal bp_decimal_from_numeric(Datum num);
extern bool bp_decimal_try_from_numeric(Datum num, BpDecimal *d);
extern Datum bp_decimal_to_numeric(BpDecimal d);
extern BpDecimal bp_decimal_trim(BpDecimal d);
extern bool bp_decimal_mul(BpDecimal a, BpDecimal b, BpDecimal *result);
extern bool bp_decimal_rescale(BpDecimal d, int32 scale, BpDecimal *result);
extern BpDecimal bp_decimal_round(BpDecimal d, int32 scale);
extern char *bp_decimal_to_cstring(BpDecimal d);

/* ---- usage and results (pricing.c) ---- */

typedef struct BpUsage
{
	int64		tokens[BP_NUM_CHARGES];
	TimestampTz at;
} BpUsage;

/* What one charge of a priced usage came to, and why. */
typedef struct BpChargeQuote
{
	int64		tokens;
	int64		above;			/* the tier of its price row */
	int64		price_id;		/* bedprice.prices row used, 0 if none */
	const char *book;			/* that row's price book, NULL if none */
	BpDecimal	usd_per_mtok;	/* that row's price */
	Datum		per_mtok;		/* that price times its factors: numeric, exact */
	BpDecimal	factor[BP_NUM_DIMENSIONS];	/* 1 where no rule applied */
	int64		factor_id[BP_NUM_DIMENSIONS];	/* bedprice.multipliers rows, 0 if none */
	Datum		cost;			/* numeric, rounded like the total */
} BpChargeQuote;

typedef struct BpQuote
{
	int64		tier;			/* the highest tier of a charge priced */
	Datum		total;			/* numeric, rounded to BP_RESULT_SCALE, trimmed */
	BpChargeQuote charges[BP_NUM_CHARGES];
} BpQuote;

/* The resolved target of a call: one model, region, routing and mode. */
typedef struct BpTarget BpTarget;

/* Describe a target for messages and the breakdown. */
extern const char *bp_target_provider(const BpTarget *t);
extern const char *bp_target_model(const BpTarget *t);
extern const char *bp_target_region(const BpTarget *t);	/* NULL for direct APIs */
extern BpRouting bp_target_routing(const BpTarget *t);
extern BpMode bp_target_mode(const BpTarget *t);
extern const char *bp_target_book(const BpTarget *t);	/* the book priced in */

/*
 * Price a usage: the total as a numeric Datum, or with every charge
 * explained.  Both raise the error that the catalog cannot price the usage
 * (no price, no factor for a routing or mode) and never return a silent
 * zero; neither overflows (past int128 the arithmetic is numeric).
 */
extern Datum bp_price_numeric(const BpTarget *t, const BpUsage *u);

/*
 * The same for one stored row (the pricing trigger, repricing): false,
 * and why, where bp_price_numeric raises that error.
 */
extern bool bp_price_row(const BpTarget *t, const BpUsage *u, Datum *cost,
						 const char **reason);
extern void bp_price_explain(const BpTarget *t, const BpUsage *u, BpQuote *q);

/* The same for one stored row: false, and why, where that raises an error. */
extern bool bp_explain_row(const BpTarget *t, const BpUsage *u, BpQuote *q,
						   const char **reason);

/* ---- resolving a call's arguments (resolve.c, call_memo.c) ---- */

/* The raw text arguments of a call, as pointers into their varlenas. */
typedef struct BpCallKey
{
	const char *provider;		/* NULL means bedrock */
	int			provider_len;
	const char *model;
	int			model_len;
	const char *region;			/* NULL when the argument is NULL */
	int			region_len;
	const char *mode;			/* NULL means on_demand */
	int			mode_len;
	const char *book;			/* NULL means bedprice.price_book's */
	int			book_len;
} BpCallKey;

/* The backend's copy of the catalog (catalog_cache.h). */
typedef struct BpCatalog BpCatalog;

/*
 * The one entry point of every SQL surface: the catalog this call site
 * prices with in the current statement, pinned in flinfo->fn_extra.  The
 * first call of a statement processes invalidations (and rebuilds the
 * copy if it is out of date); every later call of the same statement gets
 * the same copy.
 */
extern BpCatalog *bp_catalog_for_call(FmgrInfo *flinfo);

/*
 * Resolve a call's key to a target through the call site's memo.  Returns
 * NULL when the model is unknown and bedprice.on_unknown_model = null;
 * raises an error for every other bad argument.
 */
extern const BpTarget *bp_target_for_call(FmgrInfo *flinfo, const BpCallKey *key);

/*
 * bp_price_numeric(bp_target_for_call(flinfo, key), u) in one, faster for
 * the rows of a scan: *isnull for an unknown model priced as NULL.
 */
extern Datum bp_cost_for_call(FmgrInfo *flinfo, const BpCallKey *key, const BpUsage *u,
							  bool *isnull);

/*
 * The same cost for an aggregate that sums without a numeric per row: true
 * with *units, the cost in 10^-BP_RESULT_SCALE USD (the numeric
 * bp_cost_for_call returns, times 10^15); false with *cost, that numeric,
 * where the count would not do (the general path: tiers, numeric
 * arithmetic), or *isnull.
 */
extern bool bp_units_for_call(FmgrInfo *flinfo, const BpCallKey *key, const BpUsage *u,
							  int128 *units, Datum *cost, bool *isnull);

/*
 * The same for a call site that prices stored rows: where the arguments
 * make bp_target_for_call raise an error (an unknown model, whatever
 * bedprice.on_unknown_model says, region, mode or book), NULL and that
 * error's message as *reason, remembered for the key.
 */
extern const BpTarget *bp_target_for_row(FmgrInfo *flinfo, const BpCallKey *key,
										 const char **reason);

/*
 * Raise the error of a setting that names no book or region of the
 * catalog: where a row-pricing call site would make every row's reason of
 * it (repricing must not replace costs by that).
 */
extern void bp_check_settings(FmgrInfo *flinfo);

/* The SQLSTATEs of errors a row's own values cause (call_memo.c). */
extern bool bp_is_data_error(int sqlerrcode);

/*
 * The settings a resolution reads (call_memo.c takes them when they
 * change, and keeps its copies with the memo's slots).
 */
typedef struct BpSettings
{
	const char *default_region;
	const char *price_book;
	int			on_unknown_model;	/* BpOnUnknownModel */
} BpSettings;

/* The same resolution on a given catalog, without a memo. */
extern const BpTarget *bp_resolve_target(BpCatalog *cat, const BpCallKey *key,
										 const BpSettings *settings);
extern void bp_resolve_check_settings(BpCatalog *cat, const BpSettings *settings);

/* What a model ID resolves to, for bedprice.resolve_model(). */
typedef struct BpResolvedId
{
	const char *provider;
	const char *model;
	const char *display_name;
	BpRouting	routing;
	const char *region;			/* from an ARN or LiteLLM string, else NULL */
	const char *matched_alias;	/* the alias that matched */
} BpResolvedId;

extern bool bp_resolve_model_id(BpCatalog *cat, const char *provider, const char *id,
								int len, BpResolvedId *out);

/* ---- settings (bedprice.c) ---- */

typedef enum BpOnUnknownModel
{
	BP_UNKNOWN_MODEL_ERROR,
	BP_UNKNOWN_MODEL_NULL
} BpOnUnknownModel;

extern char *bp_default_region;
extern char *bp_price_book;
extern int	bp_on_unknown_model;

/*
 * On a Citus cluster (settings_guard.c): the name of a setting whose value
 * is the session's own, which a shard query on a worker would not have,
 * or NULL; its error; what a setting's change (to another value) does.
 */
extern const char *bp_session_only_setting(void);
extern void bp_refuse_session_setting(const char *name) pg_attribute_noreturn();
extern void bp_settings_guard_init(void);
extern void bp_settings_guard_changed(bool changed);
/* Whether a relation is a Citus table (a pg_dist_partition row names it). */
extern bool bp_is_citus_table(Oid relid);

#endif							/* BEDPRICE_H */
