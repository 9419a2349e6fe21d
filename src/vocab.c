/*
 * vocab.c: the fixed words of the pricing model (routing, mode, charge,
 * dimension) and their parsing.  The catalog's CHECK constraints list the
 * same words; the enums' order is the order used everywhere in C.
 */
#include "postgres.h"

#include "bedprice.h"

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
	"region", "routing", "mode"
};

/* Case-insensitive match of s[0..len) against a lower-case word, ignoring
 * surrounding blanks. */
static bool
word_equals(const char *s, int len, const char *word)
{
	size_t		wlen = strlen(word);

	while (len > 0 && isspace((unsigned char) *s))
		s++, len--;
	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;
	if ((size_t) len != wlen)
		return false;
	return pg_strncasecmp(s, word, wlen) == 0;
}

static int
index_of(const char *s, int len, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (word_equals(s, len, names[i]))
			return i;
	return -1;
}

bool
bp_routing_from_name(const char *s, int len, BpRouting *out)
{
	int			i = index_of(s, len, bp_routing_names, BP_NUM_ROUTINGS);

	if (i < 0)
		return false;
	*out = (BpRouting) i;
	return true;
}

bool
bp_charge_from_name(const char *s, int len, BpCharge *out)
{
	int			i = index_of(s, len, bp_charge_names, BP_NUM_CHARGES);

	if (i < 0)
		return false;
	*out = (BpCharge) i;
	return true;
}

bool
bp_dimension_from_name(const char *s, int len, BpDimension *out)
{
	int			i = index_of(s, len, bp_dimension_names, BP_NUM_DIMENSIONS);

	if (i < 0)
		return false;
	*out = (BpDimension) i;
	return true;
}

bool
bp_mode_from_argument(const char *s, int len, BpMode *mode,
					  BpRouting *routing, bool *sets_routing)
{
	int			i = index_of(s, len, bp_mode_names, BP_NUM_MODES);

	*sets_routing = false;
	if (i >= 0)
	{
		*mode = (BpMode) i;
		return true;
	}
	/* the seed document's words for routed on-demand calls */
	if (word_equals(s, len, "cross_region"))
	{
		*mode = BP_MODE_ON_DEMAND;
		*routing = BP_ROUTING_GEO;
		*sets_routing = true;
		return true;
	}
	if (word_equals(s, len, "global"))
	{
		*mode = BP_MODE_ON_DEMAND;
		*routing = BP_ROUTING_GLOBAL;
		*sets_routing = true;
		return true;
	}
	return false;
}

const char *
bp_mode_argument_list(void)
{
	return "on_demand, batch, priority, flex, provisioned, cross_region, global";
}
