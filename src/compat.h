/*
 * compat.h: every PG_VERSION_NUM guard of bedprice, in one place.
 *
 * bedprice is built and tested on PostgreSQL 15 and written to build on
 * 13 to 18; anything that differs between those versions is bridged here.
 */
#ifndef BEDPRICE_COMPAT_H
#define BEDPRICE_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "bedprice needs PostgreSQL 13 or later"
#endif

#ifndef HAVE_INT128
#error "bedprice needs a compiler with a 128-bit integer type"
#endif

/* MarkGUCPrefixReserved() replaced EmitWarningsOnPlaceholders() in 15. */
#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/* int64_div_fast_to_numeric() appeared in 14; older servers go through text. */
#if PG_VERSION_NUM >= 140000
#define BP_HAVE_INT64_DIV_FAST_TO_NUMERIC 1
#endif

/* HASH_STRINGS appeared in 14; before it, string keys were dynahash's default. */
#include "utils/hsearch.h"
#if PG_VERSION_NUM < 140000
#define HASH_STRINGS 0
#endif

/* varstr_levenshtein() lives in utils/varlena.h from 13 on. */
#include "utils/varlena.h"

/* table_open() and friends: access/table.h since 12. */
#include "access/table.h"

#endif							/* BEDPRICE_COMPAT_H */
