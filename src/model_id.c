/*
 * model_id.c: the forms a Bedrock model ID takes in logs, taken apart.
 *
 *   anthropic.claude-3-5-sonnet-20241022-v2:0          plain (in-region)
 *   us.anthropic.claude-...  global.anthropic.claude-... routing prefixes
 *   arn:aws:bedrock:us-east-1::foundation-model/<id>
 *   arn:aws:bedrock:us-east-1:<acct>:inference-profile/us.<id>
 *   arn:aws:bedrock:us-east-1:<acct>:application-inference-profile/<x>
 *                                                       opaque: alias only
 *   bedrock/<id>, bedrock/<region>/<id>, bedrock/converse/<id>   LiteLLM
 *
 * Nothing here reads the catalog: resolve.c looks the pieces up, in the
 * order bp_name_candidates gives, and so do the sheet loaders and importers
 * (through bedprice.parse_model_id and bedprice_internal.name_candidates).
 */
#include "postgres.h"

#include "model_id.h"

/* Note a second region; false (and the error) when it differs. */
static bool
set_region(BpParsedId *out, const char *region, int len)
{
	char	   *r = pnstrdup(region, len);

	if (out->region && strcmp(out->region, r) != 0)
	{
		out->error = BP_PARSE_TWO_REGIONS;
		out->error_detail = r;
		return false;
	}
	out->region = r;
	return true;
}

static char *
arn_error(BpParsedId *out, BpParseError error, const char *detail)
{
	out->error = error;
	out->error_detail = detail ? pstrdup(detail) : NULL;
	return NULL;
}

/* arn:<partition>:bedrock:<region>:<account>:<type>/<resource>; NULL on error */
static char *
parse_arn(BpParsedId *out, char *arn)
{
	char	   *field[6];
	char	   *p = arn;
	char	   *slash;

	for (int i = 0; i < 5; i++)
	{
		char	   *colon = strchr(p, ':');

		if (colon == NULL)
			return arn_error(out, BP_PARSE_MALFORMED_ARN, NULL);
		field[i] = p;
		*colon = '\0';
		p = colon + 1;
	}
	field[5] = p;				/* the resource keeps its own colons (":0") */
	if (strcmp(field[2], "bedrock") != 0)
		return arn_error(out, BP_PARSE_NOT_BEDROCK_ARN, field[2]);
	if (field[3][0] != '\0')
	{
		if (!bp_is_region_code(field[3], strlen(field[3])))
			return arn_error(out, BP_PARSE_MALFORMED_ARN, NULL);
		if (!set_region(out, field[3], strlen(field[3])))
			return NULL;
	}
	slash = strchr(field[5], '/');
	if (slash == NULL || slash[1] == '\0')
		return arn_error(out, BP_PARSE_MALFORMED_ARN, NULL);
	*slash = '\0';
	/* application profiles, provisioned and custom models: alias only */
	out->opaque = strcmp(field[5], "foundation-model") != 0 &&
		strcmp(field[5], "inference-profile") != 0;
	return slash + 1;
}

/* LiteLLM: bedrock/[<region>/][converse/|invoke/]<id>, in any order. */
static char *
strip_litellm(BpParsedId *out, char *p)
{
	char	   *slash;

	if (strncmp(p, "bedrock/", 8) != 0)
		return p;
	p += 8;
	while ((slash = strchr(p, '/')) != NULL && strncmp(p, "arn:", 4) != 0)
	{
		int			seglen = slash - p;

		if (bp_is_region_code(p, seglen))
		{
			if (!set_region(out, p, seglen))
				return NULL;
		}
		else if (!(seglen == 8 && strncmp(p, "converse", 8) == 0) &&
				 !(seglen == 6 && strncmp(p, "invoke", 6) == 0))
			break;
		p = slash + 1;
	}
	return p;
}

/* The ID after its routing prefix (the first dot-separated word), if any. */
static char *
strip_routing_prefix(BpParsedId *out, char *p)
{
	char	   *dot = strchr(p, '.');
	int			plen = dot ? dot - p : 0;

	if (dot == NULL)
		return p;
	if (plen == 6 && strncmp(p, "global", 6) == 0)
	{
		out->routing = BP_ROUTING_GLOBAL;
		out->routing_prefix = "global";
		return dot + 1;
	}
	/* geo prefixes are the geographies (vocab.c), lower-case as p is */
	for (int i = 0; i < BP_NUM_GEOGRAPHIES; i++)
		if ((int) strlen(bp_geography_names[i]) == plen &&
			strncmp(p, bp_geography_names[i], plen) == 0)
		{
			out->routing = BP_ROUTING_GEO;
			out->routing_prefix = bp_geography_names[i];
			out->geography = i;
			return dot + 1;
		}
	return p;
}

/* Take an ID apart; false (out->error set) for a malformed one. */
bool
bp_parse_model_id_soft(const char *s, int len, BpParsedId *out)
{
	char	   *p;

	memset(out, 0, sizeof(*out));
	out->whole = bp_normalize(s, len);
	out->routing = BP_ROUTING_IN_REGION;
	out->geography = -1;
	p = strip_litellm(out, pstrdup(out->whole));
	if (p != NULL && strncmp(p, "arn:", 4) == 0)
		p = parse_arn(out, p);
	if (p == NULL)
		return false;
	if (out->opaque)
	{
		out->id = p;
		return true;
	}
	out->id = strip_routing_prefix(out, p);
	return true;
}

void
bp_parse_model_id(const char *s, int len, BpParsedId *out)
{
	if (!bp_parse_model_id_soft(s, len, out))
		bp_parsed_id_error(out, ERROR);
}

/* Raise (or return, for elevel < ERROR) the error the parse found. */
void
bp_parsed_id_error(const BpParsedId *out, int elevel)
{
	switch (out->error)
	{
		case BP_PARSE_OK:
			break;
		case BP_PARSE_TWO_REGIONS:
			ereport(elevel,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("model ID \"%s\" names two regions, \"%s\" and \"%s\"",
							bp_quotable(out->whole), out->region, bp_quotable(out->error_detail))));
			break;
		case BP_PARSE_NOT_BEDROCK_ARN:
			ereport(elevel,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("ARN \"%s\" is not a Bedrock ARN", bp_quotable(out->whole)),
					 errdetail("Its service is \"%s\".", bp_quotable(out->error_detail))));
			break;
		case BP_PARSE_MALFORMED_ARN:
			ereport(elevel,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("malformed Bedrock ARN \"%s\"", bp_quotable(out->whole)),
					 errhint("A Bedrock ARN looks like arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0.")));
			break;
	}
}

/*
 * The names to look a model up by, in order: the whole string (friendly
 * names, application profile ARNs mapped by users), then the ID inside the
 * wrappers, then, for an alias that spells out its own routing prefix, the
 * prefix and the ID.  For a direct API: the whole string, then the ID
 * after LiteLLM's "<provider>/" (or "together_ai/").  The routing of a
 * match is always the parsed routing: the same spelling, wrapped or not,
 * prices the same way.
 */
int
bp_name_candidates(const BpParsedId *p, bool cloud, const char *provider,
				   const char **out)
{
	int			n = 0;

	out[n++] = p->whole;
	if (cloud)
	{
		if (strcmp(p->id, p->whole) != 0)
			out[n++] = p->id;
		if (p->routing_prefix && !p->opaque)
			out[n++] = psprintf("%s.%s", p->routing_prefix, p->id);
	}
	else
	{
		size_t		plen = strlen(provider);
		const char *rest = NULL;

		if (strncmp(p->whole, provider, plen) == 0)
		{
			rest = p->whole + plen;
			if (strncmp(rest, "_ai/", 4) == 0)
				rest += 4;		/* LiteLLM's together_ai/ */
			else if (*rest == '/')
				rest += 1;
			else
				rest = NULL;
		}
		if (rest && *rest)
			out[n++] = rest;
	}
	return n;
}

/* A direct API's ID taken as it is: no wrappers, no routing. */
void
bp_parse_direct_id(const char *s, int len, BpParsedId *out)
{
	memset(out, 0, sizeof(*out));
	out->whole = bp_normalize(s, len);
	out->id = out->whole;
	out->routing = BP_ROUTING_IN_REGION;
	out->geography = -1;
}
