/*
 * bedprice.c: module magic and start-up: settings and cache callbacks.
 */
#include "postgres.h"

#include "bedprice.h"
#include "catalog_cache.h"
#include "compat.h"

#include "fmgr.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

char	   *bp_default_region = NULL;
char	   *bp_price_book = NULL;
int			bp_on_unknown_model = BP_UNKNOWN_MODEL_ERROR;

/* Bumped when a setting that affects resolution changes: memos drop. */
uint64		bp_settings_version = 0;

static const struct config_enum_entry on_unknown_model_options[] = {
	{"error", BP_UNKNOWN_MODEL_ERROR, false},
	{"null", BP_UNKNOWN_MODEL_NULL, false},
	{NULL, 0, false}
};

/* The settings change: memos drop; plans are planned again (settings_guard.c). */
static void
region_changed(const char *newval, void *extra)
{
	bp_settings_version++;
	bp_settings_guard_changed(bp_default_region == NULL || strcmp(bp_default_region, newval) != 0);
}

static void
book_changed(const char *newval, void *extra)
{
	bp_settings_version++;
	bp_settings_guard_changed(bp_price_book == NULL || strcmp(bp_price_book, newval) != 0);
}

static void
on_unknown_model_changed(int newval, void *extra)
{
	bp_settings_version++;
	bp_settings_guard_changed(bp_on_unknown_model != newval);
}

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomStringVariable("bedprice.default_region",
							   "AWS region used when a call passes no region and its model ID names none.",
							   NULL,
							   &bp_default_region,
							   "us-east-1",
							   PGC_USERSET,
							   0,
							   NULL, region_changed, NULL);
	DefineCustomStringVariable("bedprice.price_book",
							   "Price book the pricing functions use (bedprice.price_books).",
							   "aws is AWS's list prices; a call's own book argument (bedrock_cost_in and the like) wins.",
							   &bp_price_book,
							   "aws",
							   PGC_USERSET,
							   0,
							   NULL, book_changed, NULL);
	DefineCustomEnumVariable("bedprice.on_unknown_model",
							 "What pricing an unknown model does: raise an error, or return NULL.",
							 "With null, analytics queries keep going and unpriced rows show as NULL.",
							 &bp_on_unknown_model,
							 BP_UNKNOWN_MODEL_ERROR,
							 on_unknown_model_options,
							 PGC_USERSET,
							 0,
							 NULL, on_unknown_model_changed, NULL);
	MarkGUCPrefixReserved("bedprice");
	bp_settings_guard_init();

	bp_catalog_register_callbacks();
	bp_register_applying_callbacks();
}
