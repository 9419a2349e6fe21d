/*
 * names.c: how bedprice compares and checks names, in one place.
 *
 * A name (model ID, alias, provider, region) matches another when both are
 * equal after bp_normalize: surrounding white space removed, ASCII letters
 * lower-cased.  The catalog's unique indexes use the same function
 * (bedprice_internal.name_key), so two rows can never fold into one name
 * here while the tables hold them apart.
 */
#include "postgres.h"

#include "bedprice.h"

#include "mb/pg_wchar.h"

/* The white space bp_normalize trims: C's isspace() in the C locale. */
bool
bp_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

void
bp_trim(const char **s, int *len)
{
	while (*len > 0 && bp_is_blank(**s))
		(*s)++, (*len)--;
	while (*len > 0 && bp_is_blank((*s)[*len - 1]))
		(*len)--;
}

char *
bp_normalize(const char *s, int len)
{
	char	   *out;

	bp_trim(&s, &len);
	out = palloc(len + 1);
	for (int i = 0; i < len; i++)
		out[i] = bp_ascii_lower(s[i]);
	out[len] = '\0';
	return out;
}

/* A name as the catalog stores it: not empty, no surrounding white space,
 * at most BP_MAX_NAME_CHARS characters. */
bool
bp_is_clean_name(const char *s, int len)
{
	if (len == 0 || bp_is_blank(s[0]) || bp_is_blank(s[len - 1]))
		return false;
	return pg_mbstrlen_with_len(s, len) <= BP_MAX_NAME_CHARS;
}

/* Every one of s[0..len) is in [lo, hi], and there is at least one. */
static bool
all_in(const char *s, int len, char lo, char hi)
{
	if (len == 0)
		return false;
	for (int i = 0; i < len; i++)
		if (s[i] < lo || s[i] > hi)
			return false;
	return true;
}

/*
 * An AWS region code: two letters, an optional "-gov", then "-<letters>-
 * <digits>" (us-east-1, us-gov-west-1, ap-southeast-7), lower case: the
 * regular expression ^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$.
 */
bool
bp_is_region_code(const char *s, int len)
{
	const char *seg[4];
	int			seglen[4];
	int			n = 0;
	const char *p = s,
			   *end = s + len;

	for (;;)
	{
		const char *dash = memchr(p, '-', end - p);

		if (n == 4)
			return false;		/* a fifth segment */
		seg[n] = p;
		seglen[n] = (dash ? dash : end) - p;
		n++;
		if (dash == NULL)
			break;
		p = dash + 1;
	}
	if (n < 3 || seglen[0] != 2 || !all_in(seg[0], 2, 'a', 'z') ||
		!all_in(seg[n - 2], seglen[n - 2], 'a', 'z') ||
		!all_in(seg[n - 1], seglen[n - 1], '0', '9'))
		return false;
	return n == 3 || (seglen[1] == 3 && memcmp(seg[1], "gov", 3) == 0);
}

/*
 * A name to quote in a message: itself, or its first 100 characters and
 * "..." when it is longer (a 5 MB model ID must not become a 5 MB error).
 */
const char *
bp_quotable(const char *s)
{
	int			len = strlen(s);
	int			cut;

	if (len <= 100)
		return s;
	cut = pg_mbcliplen(s, len, 100);
	return psprintf("%.*s...", cut, s);
}
