/*
 * model_id.h: taking a model ID string apart, without the catalog.
 */
#ifndef BEDPRICE_MODEL_ID_H
#define BEDPRICE_MODEL_ID_H

#include "bedprice.h"

typedef enum BpParseError
{
	BP_PARSE_OK = 0,
	BP_PARSE_TWO_REGIONS,		/* a LiteLLM region and an ARN region differ */
	BP_PARSE_NOT_BEDROCK_ARN,
	BP_PARSE_MALFORMED_ARN
} BpParseError;

typedef struct BpParsedId
{
	char	   *whole;			/* trimmed, lower-cased input */
	char	   *id;				/* the model part: wrappers and prefix removed */
	BpRouting	routing;		/* from a routing prefix, else in_region */
	const char *routing_prefix; /* "us", "global", ... or NULL */
	int			geography;		/* index of a geo prefix, else -1 */
	char	   *region;			/* from an ARN or LiteLLM string, or NULL */
	bool		opaque;			/* ARN that only an alias can resolve */
	BpParseError error;
	char	   *error_detail;	/* the second region, or the ARN's service */
} BpParsedId;

/* Splits ARNs, LiteLLM's bedrock/ forms and routing prefixes; errors on a
 * malformed ARN or two regions.  The _soft form returns false instead, and
 * bp_parsed_id_error reports what it found. */
extern void bp_parse_model_id(const char *s, int len, BpParsedId *out);
extern bool bp_parse_model_id_soft(const char *s, int len, BpParsedId *out);
extern void bp_parsed_id_error(const BpParsedId *out, int elevel);

/* A direct API's ID: normalized, no wrappers. */
extern void bp_parse_direct_id(const char *s, int len, BpParsedId *out);

/* The names to look the model up by, in order (at most 3). */
#define BP_MAX_NAME_CANDIDATES 3
extern int	bp_name_candidates(const BpParsedId *p, bool cloud, const char *provider,
							   const char **out);

#endif							/* BEDPRICE_MODEL_ID_H */
