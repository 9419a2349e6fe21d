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
 * Nothing here reads the catalog: resolve.c looks the pieces up.
 */
#include "postgres.h"

#include "model_id.h"

/* Cross-region (geo) inference profile prefixes, and the global one. */
static const char *const geo_prefixes[] = {
	"us", "eu", "apac", "jp", "au", "ca", "us-gov", NULL
};

char *
bp_normalize(const char *s, int len)
{
	char	   *out;

	while (len > 0 && isspace((unsigned char) *s))
		s++, len--;
	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;
	out = palloc(len + 1);
	for (int i = 0; i < len; i++)
		out[i] = pg_ascii_tolower((unsigned char) s[i]);
	out[len] = '\0';
	return out;
}

/* An AWS region name such as us-east-1 or us-gov-west-1. */
static bool
looks_like_region(const char *s, int len)
{
	int			i = 0,
				dashes = 0;

	if (len < 6 || !isalpha((unsigned char) s[0]) || !isalpha((unsigned char) s[1]))
		return false;
	for (i = 0; i < len; i++)
	{
		if (s[i] == '-')
			dashes++;
		else if (!isalnum((unsigned char) s[i]))
			return false;
	}
	return dashes >= 2 && isdigit((unsigned char) s[len - 1]) && s[len - 2] == '-';
}

static void
set_region(BpParsedId *out, const char *region, int len)
{
	char	   *r = pnstrdup(region, len);

	if (out->region && strcmp(out->region, r) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model ID \"%s\" names two regions, \"%s\" and \"%s\"",
						out->whole, out->region, r)));
	out->region = r;
}

/* arn:<partition>:bedrock:<region>:<account>:<type>/<resource> */
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
			goto malformed;
		field[i] = p;
		*colon = '\0';
		p = colon + 1;
	}
	field[5] = p;				/* the resource keeps its own colons (":0") */
	if (strcmp(field[2], "bedrock") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ARN \"%s\" is not a Bedrock ARN", out->whole),
				 errdetail("Its service is \"%s\".", field[2])));
	if (field[3][0] != '\0')
	{
		if (!looks_like_region(field[3], strlen(field[3])))
			goto malformed;
		set_region(out, field[3], strlen(field[3]));
	}
	slash = strchr(field[5], '/');
	if (slash == NULL || slash[1] == '\0')
		goto malformed;
	*slash = '\0';
	if (strcmp(field[5], "foundation-model") == 0 ||
		strcmp(field[5], "inference-profile") == 0)
		return slash + 1;
	/* application profiles, provisioned and custom models: alias only */
	out->opaque = true;
	return slash + 1;

malformed:
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("malformed Bedrock ARN \"%s\"", out->whole),
			 errhint("A Bedrock ARN looks like arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0.")));
	return NULL;				/* keep compiler quiet */
}

void
bp_parse_model_id(const char *s, int len, BpParsedId *out)
{
	char	   *p;

	memset(out, 0, sizeof(*out));
	out->whole = bp_normalize(s, len);
	out->routing = BP_ROUTING_IN_REGION;
	p = pstrdup(out->whole);

	/* LiteLLM: bedrock/[<region>/][converse/|invoke/]<id> */
	if (strncmp(p, "bedrock/", 8) == 0)
	{
		char	   *slash;

		p += 8;
		while ((slash = strchr(p, '/')) != NULL && strncmp(p, "arn:", 4) != 0)
		{
			int			seglen = slash - p;

			if (looks_like_region(p, seglen))
				set_region(out, p, seglen);
			else if (!(seglen == 8 && strncmp(p, "converse", 8) == 0) &&
					 !(seglen == 6 && strncmp(p, "invoke", 6) == 0))
				break;
			p = slash + 1;
		}
	}

	if (strncmp(p, "arn:", 4) == 0)
	{
		p = parse_arn(out, p);
		if (out->opaque)
		{
			out->id = p;
			return;
		}
	}

	/* routing prefix: the first dot-separated word */
	{
		char	   *dot = strchr(p, '.');

		if (dot != NULL)
		{
			int			plen = dot - p;

			if (plen == 6 && strncmp(p, "global", 6) == 0)
			{
				out->routing = BP_ROUTING_GLOBAL;
				out->routing_prefix = "global";
				p = dot + 1;
			}
			else
			{
				for (int i = 0; geo_prefixes[i]; i++)
				{
					if ((int) strlen(geo_prefixes[i]) == plen &&
						strncmp(p, geo_prefixes[i], plen) == 0)
					{
						out->routing = BP_ROUTING_GEO;
						out->routing_prefix = geo_prefixes[i];
						p = dot + 1;
						break;
					}
				}
			}
		}
	}
	out->id = p;
}
