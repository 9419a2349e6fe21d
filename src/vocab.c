/*
 * vocab.c: the fixed words of the pricing model (routing, mode, charge,
 * dimension, geography) and their parsing.
 *
 * These arrays are the one place the words are written: the catalog's
 * CHECK constraints call bedprice_internal.in_vocabulary(), the sheet
 * loaders and importers read bedprice.vocabulary(), and the engine parses
 * with the functions below.  The enums' order is the order used everywhere
 * in C.
 */
#include "postgres.h"

#include "bedprice.h"

#include "lib/stringinfo.h"

const char *const bp_routing_names[BP_NUM_ROUTINGS] = {
	"in_region", "geo", "global"
};

const char *const bp_mode_names[BP_NUM_MODES] = {
	"on_demand", "batch", "priority", "flex", "provisioned"
};

const char *const bp_charge_names[BP_NUM_CHARGES] = {
	"input", "output", "cache_read", "cache_write", "cache_write_1h"
};

const char *const bp_dimension_names[BP_NUM_DIMENSIONS] = {
	"region", "routing", "mode", "vendor"
};

const char *const bp_geography_names[BP_NUM_GEOGRAPHIES] = {
	"us", "eu", "apac", "jp", "au", "ca", "us-gov"
};

/* AWS's names of the Standard tier (service_tier "default"). */
static const char *const on_demand_synonyms[] = {"standard", "default"};

/* The seed document's mode words for routed on-demand calls. */
static const struct
{
	const char *word;
	BpRouting	routing;
}			mode_shorthands[] = {
	{"cross_region", BP_ROUTING_GEO},
	{"global", BP_ROUTING_GLOBAL}
};

const BpVocabulary bp_vocabularies[BP_NUM_VOCABULARIES] = {
	{"routing", bp_routing_names, BP_NUM_ROUTINGS, BP_ROUTING_IN_REGION},
	{"mode", bp_mode_names, BP_NUM_MODES, BP_MODE_ON_DEMAND},
	{"charge", bp_charge_names, BP_NUM_CHARGES, -1},
	{"dimension", bp_dimension_names, BP_NUM_DIMENSIONS, -1},
	{"geography", bp_geography_names, BP_NUM_GEOGRAPHIES, -1}
};

const BpVocabulary *
bp_vocabulary(const char *kind)
{
	for (int i = 0; i < BP_NUM_VOCABULARIES; i++)
		if (strcmp(bp_vocabularies[i].kind, kind) == 0)
			return &bp_vocabularies[i];
	return NULL;
}

/* Case-insensitive match of s[0..len) against a lower-case word, ignoring
 * surrounding white space (the same white space bp_normalize trims). */
static bool
word_equals(const char *s, int len, const char *word)
{
	size_t		wlen = strlen(word);

	while (len > 0 && bp_is_blank(*s))
		s++, len--;
	while (len > 0 && bp_is_blank(s[len - 1]))
		len--;
	if ((size_t) len != wlen)
		return false;
	return pg_strncasecmp(s, word, wlen) == 0;
}

int
bp_vocabulary_index(const BpVocabulary *v, const char *s, int len)
{
	for (int i = 0; i < v->nwords; i++)
		if (word_equals(s, len, v->words[i]))
			return i;
	return -1;
}

bool
bp_routing_from_name(const char *s, int len, BpRouting *out)
{
	int			i = bp_vocabulary_index(&bp_vocabularies[BP_VOCAB_ROUTING], s, len);

	if (i < 0)
		return false;
	*out = (BpRouting) i;
	return true;
}

bool
bp_mode_from_name(const char *s, int len, BpMode *out)
{
	int			i = bp_vocabulary_index(&bp_vocabularies[BP_VOCAB_MODE], s, len);

	if (i < 0)
		return false;
	*out = (BpMode) i;
	return true;
}

bool
bp_charge_from_name(const char *s, int len, BpCharge *out)
{
	int			i = bp_vocabulary_index(&bp_vocabularies[BP_VOCAB_CHARGE], s, len);

	if (i < 0)
		return false;
	*out = (BpCharge) i;
	return true;
}

bool
bp_dimension_from_name(const char *s, int len, BpDimension *out)
{
	int			i = bp_vocabulary_index(&bp_vocabularies[BP_VOCAB_DIMENSION], s, len);

	if (i < 0)
		return false;
	*out = (BpDimension) i;
	return true;
}

int
bp_geography_from_name(const char *s, int len)
{
	return bp_vocabulary_index(&bp_vocabularies[BP_VOCAB_GEOGRAPHY], s, len);
}

bool
bp_mode_from_argument(const char *s, int len, BpMode *mode,
					  BpRouting *routing, bool *sets_routing)
{
	*sets_routing = false;
	if (bp_mode_from_name(s, len, mode))
		return true;
	for (int i = 0; i < (int) lengthof(on_demand_synonyms); i++)
		if (word_equals(s, len, on_demand_synonyms[i]))
		{
			*mode = BP_MODE_ON_DEMAND;
			return true;
		}
	for (int i = 0; i < (int) lengthof(mode_shorthands); i++)
		if (word_equals(s, len, mode_shorthands[i].word))
		{
			*mode = BP_MODE_ON_DEMAND;
			*routing = mode_shorthands[i].routing;
			*sets_routing = true;
			return true;
		}
	return false;
}

/* "on_demand, batch, ..., standard, default, cross_region, global": for
 * error hints. */
const char *
bp_mode_argument_list(void)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (int i = 0; i < BP_NUM_MODES; i++)
		appendStringInfo(&buf, "%s%s", i ? ", " : "", bp_mode_names[i]);
	for (int i = 0; i < (int) lengthof(on_demand_synonyms); i++)
		appendStringInfo(&buf, ", %s", on_demand_synonyms[i]);
	for (int i = 0; i < (int) lengthof(mode_shorthands); i++)
		appendStringInfo(&buf, ", %s", mode_shorthands[i].word);
	return buf.data;
}
