/*
 * resolve.c: a call's text arguments (provider, model ID, region, mode)
 * turned into a compiled target, with the errors users see for bad ones.
 */
#include "postgres.h"

#include "catalog_cache.h"
#include "model_id.h"
#include "pricing.h"

#include "lib/stringinfo.h"

/* What the model argument names, before region and mode are applied. */
typedef struct ModelMatch
{
	int			provider;
	const BpNameEntry *entry;	/* NULL: unknown */
	BpParsedId	parsed;
	const char *matched;		/* the name that matched */
} ModelMatch;

static int
provider_or_error(BpCatalog *cat, const char *name)
{
	int			p = bp_catalog_provider(cat, name);

	if (p < 0)
	{
		StringInfoData known;

		initStringInfo(&known);
		for (int i = 0; i < cat->nproviders; i++)
			appendStringInfo(&known, "%s%s", i ? ", " : "", cat->providers[i].name);
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("unknown provider \"%s\"", name),
				 errhint("Known providers: %s.", known.data)));
	}
	return p;
}

static const BpNameEntry *
lookup(BpCatalog *cat, int provider, const char *name, const char **matched)
{
	const BpNameEntry *e = bp_catalog_name(cat, provider, name);

	if (e)
		*matched = name;
	return e;
}

/*
 * Find the model: the whole string first (friendly names, application
 * profile ARNs mapped by users), then the ID inside the wrappers.
 */
static void
match_model(BpCatalog *cat, int provider, const char *s, int len, ModelMatch *m)
{
	memset(m, 0, sizeof(*m));
	m->provider = provider;
	if (cat->providers[provider].is_cloud)
	{
		bp_parse_model_id(s, len, &m->parsed);
		if ((m->entry = lookup(cat, provider, m->parsed.whole, &m->matched)) == NULL)
			m->entry = lookup(cat, provider, m->parsed.id, &m->matched);
		/* an alias that spells out its own routing prefix */
		if (m->entry == NULL && m->parsed.routing_prefix && !m->parsed.opaque)
		{
			char	   *with_prefix = psprintf("%s.%s", m->parsed.routing_prefix, m->parsed.id);

			m->entry = lookup(cat, provider, with_prefix, &m->matched);
			if (m->entry)
			{
				m->parsed.routing = BP_ROUTING_IN_REGION;
				m->parsed.routing_prefix = NULL;
			}
		}
	}
	else
	{
		/* direct APIs: the ID, or LiteLLM's "<provider>/<ID>" */
		const char *name = cat->providers[provider].name;
		size_t		nlen = strlen(name);

		m->parsed.whole = bp_normalize(s, len);
		m->parsed.id = m->parsed.whole;
		m->parsed.routing = BP_ROUTING_IN_REGION;
		m->entry = lookup(cat, provider, m->parsed.whole, &m->matched);
		if (m->entry == NULL && strncmp(m->parsed.whole, name, nlen) == 0)
		{
			const char *rest = m->parsed.whole + nlen;

			if (strncmp(rest, "_ai/", 4) == 0)
				rest += 4;		/* LiteLLM's together_ai/ */
			else if (*rest == '/')
				rest += 1;
			else
				rest = NULL;
			if (rest)
				m->entry = lookup(cat, provider, rest, &m->matched);
		}
	}
}

static void
unknown_model(BpCatalog *cat, const ModelMatch *m)
{
	const char *closest;

	if (m->parsed.opaque)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("unknown model \"%s\"", m->parsed.whole),
				 errdetail("Application inference profile, provisioned and custom model ARNs do not name their model."),
				 errhint("Map the ARN to its model in bedprice.model_aliases.")));
	closest = bp_catalog_closest_name(cat, m->provider, m->parsed.id);

	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("unknown model \"%s\"", m->parsed.whole),
			 errdetail("Provider \"%s\" has no model or alias \"%s\".",
					   cat->providers[m->provider].name, m->parsed.id),
			 closest ? errhint("The closest known name is \"%s\". Map other names in bedprice.model_aliases.", closest)
			 : errhint("Add the model to bedprice.models.")));
}

/* Combine the routing of the ID, its alias and the mode argument. */
static BpRouting
resolve_routing(const ModelMatch *m, bool mode_sets_routing, BpRouting mode_routing,
				const char *mode_text)
{
	BpRouting	routing = m->parsed.routing;

	if (m->entry->routing >= 0)
	{
		if (m->parsed.routing_prefix && (int) routing != m->entry->routing)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("routing prefix \"%s.\" of model ID \"%s\" contradicts its alias's routing \"%s\"",
							m->parsed.routing_prefix, m->parsed.whole,
							bp_routing_names[m->entry->routing])));
		routing = (BpRouting) m->entry->routing;
	}
	if (mode_sets_routing)
	{
		if (routing != BP_ROUTING_IN_REGION && routing != mode_routing)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("mode \"%s\" contradicts the %s routing of model ID \"%s\"",
							mode_text, bp_routing_names[routing], m->parsed.whole),
					 errhint("Use mode 'on_demand' with a routing-prefixed ID, or a plain ID with mode '%s'.",
							 mode_text)));
		routing = mode_routing;
	}
	return routing;
}

static int
resolve_region(BpCatalog *cat, const BpCallKey *key, const ModelMatch *m)
{
	char	   *region;
	int			idx;

	if (key->region != NULL)
	{
		region = bp_normalize(key->region, key->region_len);
		if (m->parsed.region && strcmp(region, m->parsed.region) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("region \"%s\" contradicts the region \"%s\" in model ID \"%s\"",
							region, m->parsed.region, m->parsed.whole),
					 errhint("Pass NULL as region to use the ID's region.")));
	}
	else if (m->parsed.region)
		region = m->parsed.region;
	else
		region = bp_normalize(bp_default_region, strlen(bp_default_region));

	idx = bp_catalog_region(cat, region);
	if (idx < 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("unknown region \"%s\"", region),
				 errdetail("The region comes from %s.",
						   key->region ? "the region argument"
						   : m->parsed.region ? "the model ID"
						   : "the setting bedprice.default_region"),
				 errhint("bedprice.regions lists the known regions; add a row there for a new one.")));
	return idx;
}

const BpTarget *
bp_resolve_target(const BpCallKey *key)
{
	BpCatalog  *cat = bp_catalog();
	bool		bedrock = key->provider == NULL;
	int			provider;
	ModelMatch	m;
	BpMode		mode = BP_MODE_ON_DEMAND;
	BpRouting	mode_routing = BP_ROUTING_IN_REGION;
	bool		mode_sets_routing = false;
	char	   *mode_text = NULL;

	provider = provider_or_error(cat, bedrock ? "bedrock"
								 : bp_normalize(key->provider, key->provider_len));
	if (!bedrock && cat->providers[provider].is_cloud)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("provider \"%s\" is priced per region", cat->providers[provider].name),
				 errhint("Use bedprice.bedrock_cost() for it.")));

	if (key->mode != NULL)
	{
		mode_text = bp_normalize(key->mode, key->mode_len);
		if (!bp_mode_from_argument(mode_text, strlen(mode_text), &mode, &mode_routing,
								   &mode_sets_routing))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown mode \"%s\"", mode_text),
					 errhint("Valid modes: %s.", bp_mode_argument_list())));
	}

	match_model(cat, provider, key->model, key->model_len, &m);
	if (m.entry == NULL)
	{
		if (bp_on_unknown_model == BP_UNKNOWN_MODEL_NULL)
			return NULL;
		unknown_model(cat, &m);
	}

	if (!cat->providers[provider].is_cloud)
		return bp_target_get(cat, m.entry->model, -1, BP_ROUTING_IN_REGION, mode);
	return bp_target_get(cat, m.entry->model, resolve_region(cat, key, &m),
						 resolve_routing(&m, mode_sets_routing, mode_routing, mode_text),
						 mode);
}

bool
bp_resolve_model_id(const char *provider, const char *id, int len, BpResolvedId *out)
{
	BpCatalog  *cat = bp_catalog();
	int			p = provider_or_error(cat, provider);
	ModelMatch	m;
	const BpModel *model;

	match_model(cat, p, id, len, &m);
	if (m.entry == NULL)
	{
		if (bp_on_unknown_model == BP_UNKNOWN_MODEL_NULL)
			return false;
		unknown_model(cat, &m);
	}
	model = &cat->models[m.entry->model];
	out->provider = cat->providers[p].name;
	out->model = model->model;
	out->display_name = model->display_name;
	out->routing = resolve_routing(&m, false, BP_ROUTING_IN_REGION, NULL);
	out->region = m.parsed.region;
	out->matched_alias = m.matched;
	return true;
}
