/*
 * usage_row.h: a user's usage table, read the way the pricing trigger's
 * arguments map it ('cost=cost_usd', 'model=model_id', ...), and one of
 * its rows priced.  The trigger (usage_trigger.c), repricing (reprice.c)
 * and bedprice.usage_columns() share it, so they price a row alike.
 */
#ifndef BEDPRICE_USAGE_ROW_H
#define BEDPRICE_USAGE_ROW_H

#include "bedprice.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "commands/trigger.h"
#include "utils/relcache.h"

/* The fields a trigger argument can map, in the order of bp_usage_fields. */
typedef enum BpUsageField
{
	BP_FIELD_COST = 0,			/* written: numeric */
	BP_FIELD_STATUS,			/* written: text, NULL when priced */
	BP_FIELD_MODEL,
	BP_FIELD_IN,
	BP_FIELD_OUT,
	BP_FIELD_CACHE_READ,
	BP_FIELD_CACHE_WRITE,
	BP_FIELD_CACHE_WRITE_1H,
	BP_FIELD_REGION,
	BP_FIELD_MODE,
	BP_FIELD_AT,
	BP_FIELD_PROVIDER,			/* NULL or bedrock: Bedrock; else a direct API */
	BP_FIELD_BOOK,
	BP_FIELD_ACCOUNT			/* not priced: for the FOCUS export */
} BpUsageField;
#define BP_NUM_FIELDS 14

extern const char *const bp_usage_fields[BP_NUM_FIELDS];

/* Where each field is in the table, checked against its columns. */
typedef struct BpUsageMapping
{
	Oid			relid;
	Oid			trigger;		/* the price_usage trigger mapped */
	AttrNumber	attnum[BP_NUM_FIELDS];	/* 0: not mapped */
	Oid			typid[BP_NUM_FIELDS];
	int32		cost_typmod;	/* -1: plain numeric */
	int32		cost_scale;		/* under a typmod: its scale, */
	Datum		cost_limit;		/* and 10^(precision - scale) */
} BpUsageMapping;

/* What pricing one row comes to. */
typedef struct BpRowPrice
{
	bool		priced;
	Datum		cost;			/* numeric, rounded to the column's typmod */
	const char *reason;			/* when not priced */
} BpRowPrice;

/* The state of one call site pricing rows: a trigger's, a reprice's. */
typedef struct BpRowPricer
{
	BpUsageMapping map;
	FmgrInfo	memo;			/* the engine's memo lives in its fn_extra */
	Datum	   *values;			/* one row, deformed */
	bool	   *nulls;
	int			natts;
	List	   *warned;			/* reasons already warned of (no status) */
} BpRowPricer;

/* The mapping of a trigger's arguments on its table; errors name them. */
extern void bp_usage_mapping(BpUsageMapping *map, Relation rel, const Trigger *trigger);

/* The table's one price_usage trigger; an error when it has none. */
extern const Trigger *bp_usage_trigger(Relation rel);

extern BpRowPricer *bp_row_pricer(MemoryContext cxt, Relation rel, const Trigger *trigger);

/*
 * The target and usage of the row in the pricer's values (in `book`, if not
 * NULL, instead of the row's or the setting's); NULL, and why not.
 */
extern const BpTarget *bp_usage_row_target(BpRowPricer *pricer, const char *book,
										   BpUsage *usage, const char **reason);

/* Price the row in the pricer's values and nulls (deformed from the table). */
extern void bp_price_usage_row(BpRowPricer *pricer, BpRowPrice *result);

/* The loaded row's time, as it is priced at; false when NULL. */
extern bool bp_row_at(const BpRowPricer *pricer, TimestampTz *at);

/* Deform a tuple of the table into the pricer's values and nulls. */
extern void bp_row_pricer_load(BpRowPricer *pricer, HeapTuple tuple, TupleDesc desc);

/* The same from a slot holding a row of the table. */
extern void bp_row_pricer_load_slot(BpRowPricer *pricer, struct TupleTableSlot *slot);

#endif							/* BEDPRICE_USAGE_ROW_H */
