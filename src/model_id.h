/*
 * model_id.h: taking a model ID string apart, without the catalog.
 */
#ifndef BEDPRICE_MODEL_ID_H
#define BEDPRICE_MODEL_ID_H

#include "bedprice.h"

typedef struct BpParsedId
{
	char	   *whole;			/* trimmed, lower-cased input */
	char	   *id;				/* the model part: wrappers and prefix removed */
	BpRouting	routing;		/* from a routing prefix, else in_region */
	const char *routing_prefix; /* "us", "global", ... or NULL */
	char	   *region;			/* from an ARN or LiteLLM string, or NULL */
	bool		opaque;			/* ARN that only an alias can resolve */
} BpParsedId;

/* Splits ARNs, LiteLLM's bedrock/ forms and routing prefixes; errors on a
 * malformed ARN. */
extern void bp_parse_model_id(const char *s, int len, BpParsedId *out);

/* Trim blanks and lower-case ASCII, into a palloc'd string. */
extern char *bp_normalize(const char *s, int len);

#endif							/* BEDPRICE_MODEL_ID_H */
