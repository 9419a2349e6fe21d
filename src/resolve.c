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
				 errmsg("unknown provider \"%s\"", bp_quotable(name)),
				 errhint("Known providers: %s.", known.data)));
	}
	return p;
}

/* The book the call prices with: its own argument, else the setting. */
static int
resolve_book(BpCatalog *cat, const BpCallKey *key, const BpSettings *settings)
{
	char	   *name = key->book ? bp_normalize(key->book, key->book_len)
		: bp_normalize(settings->price_book, strlen(settings->price_book));
	int			b;

	if (name[0] == '\0')
		name = BP_DEFAULT_BOOK;	/* an empty book is the default, as in sheets */
	b = bp_catalog_book(cat, name);

	if (b < 0)
	{
		StringInfoData known;

		initStringInfo(&known);
		for (int i = 0; i < cat->nbooks; i++)
			appendStringInfo(&known, "%s%s", i ? ", " : "", cat->books[i].name);
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("unknown price book \"%s\"", bp_quotable(name)),
				 errdetail("The book comes from %s.",
						   key->book ? "the book argument" : "the setting bedprice.price_book"),
				 errhint("Known books: %s.", known.data)));
	}
	return b;
}

/* Find the model by the names bp_name_candidates gives, in order. */
static void
match_model(BpCatalog *cat, int provider, const char *s, int len, ModelMatch *m)
{
	const BpProvider *p = &cat->providers[provider];
	const char *candidates[BP_MAX_NAME_CANDIDATES];
	int			n;

	memset(m, 0, sizeof(*m));
	m->provider = provider;
	if (p->is_cloud)
		bp_parse_model_id(s, len, &m->parsed);
	else
		bp_parse_direct_id(s, len, &m->parsed);
	n = bp_name_candidates(&m->parsed, p->is_cloud, p->name, candidates);
	for (int i = 0; i < n && m->entry == NULL; i++)
		if ((m->entry = bp_catalog_name(cat, provider, candidates[i])) != NULL)
			m->matched = candidates[i];
}

static void
unknown_model(BpCatalog *cat, const ModelMatch *m)
{
	const char *closest;

	if (m->parsed.opaque)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("unknown model \"%s\"", bp_quotable(m->parsed.whole)),
				 errdetail("Application inference profile, provisioned and custom model ARNs do not name their model."),
				 errhint("Map the ARN to its model in bedprice.model_aliases.")));
	closest = bp_catalog_closest_name(cat, m->provider, m->parsed.id);

	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("unknown model \"%s\"", bp_quotable(m->parsed.whole)),
			 errdetail("Provider \"%s\" has no model or alias \"%s\".",
					   cat->providers[m->provider].name, bp_quotable(m->parsed.id)),
			 closest ? errhint("The closest known name is \"%s\". Map other names in bedprice.model_aliases.", closest)
			 : errhint("Add the model to bedprice.models, or map the name in bedprice.model_aliases.")));
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
							m->parsed.routing_prefix, bp_quotable(m->parsed.whole),
							bp_routing_names[m->entry->routing])));
		routing = (BpRouting) m->entry->routing;
	}
	if (mode_sets_routing)
	{
		if (routing != BP_ROUTING_IN_REGION && routing != mode_routing)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("mode \"%s\" contradicts the %s routing of model ID \"%s\"",
							mode_text, bp_routing_names[routing], bp_quotable(m->parsed.whole)),
					 errhint("Use mode 'on_demand' with a routing-prefixed ID, or a plain ID with mode '%s'.",
							 mode_text)));
		routing = mode_routing;
	}
	return routing;
}

static void
unknown_region(const char *region, const char *source)
{
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("unknown region \"%s\"", bp_quotable(region)),
			 errdetail("The region comes from %s.", source),
			 errhint("bedprice.regions lists the known regions; add a row there for a new one.")));
}

static int
resolve_region(BpCatalog *cat, const BpCallKey *key, const ModelMatch *m,
			   const BpSettings *settings)
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
							bp_quotable(region), m->parsed.region, bp_quotable(m->parsed.whole)),
					 errhint("Pass NULL as region to use the ID's region.")));
	}
	else if (m->parsed.region)
		region = m->parsed.region;
	else
		region = bp_normalize(settings->default_region, strlen(settings->default_region));

	idx = bp_catalog_region(cat, region);
	if (idx < 0)
		unknown_region(region, key->region ? "the region argument"
					   : m->parsed.region ? "the model ID"
					   : "the setting bedprice.default_region");
	return idx;
}

const BpTarget *
bp_resolve_target(BpCatalog *cat, const BpCallKey *key, const BpSettings *settings)
{
	bool		bedrock = key->provider == NULL;
	int			provider;
	ModelMatch	m;
	BpMode		mode = BP_MODE_ON_DEMAND;
	BpRouting	mode_routing = BP_ROUTING_IN_REGION;
	bool		mode_sets_routing = false;
	char	   *mode_text = NULL;
	int			region,
				geography,
				book;
	BpRouting	routing;

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
					 errmsg("unknown mode \"%s\"", bp_quotable(mode_text)),
					 errhint("Valid modes: %s.", bp_mode_argument_list())));
	}

	match_model(cat, provider, key->model, key->model_len, &m);
	if (m.entry == NULL)
	{
		if (settings->on_unknown_model == BP_UNKNOWN_MODEL_NULL)
			return NULL;
		unknown_model(cat, &m);
	}

	book = resolve_book(cat, key, settings);
	if (!cat->providers[provider].is_cloud)
		return bp_target_get(cat, m.entry->model, -1, BP_ROUTING_IN_REGION, -1, mode, book);
	region = resolve_region(cat, key, &m, settings);
	routing = resolve_routing(&m, mode_sets_routing, mode_routing, mode_text);
	/* a geo prefix names its geography; geo routing without one (an
	 * application profile's alias, mode cross_region) is the source
	 * region's geography's */
	geography = m.parsed.geography >= 0 ? m.parsed.geography : cat->region_geographies[region];
	return bp_target_get(cat, m.entry->model, region, routing, geography, mode, book);
}

void
bp_resolve_check_settings(BpCatalog *cat, const BpSettings *settings)
{
	BpCallKey	key = {0};
	char	   *region = bp_normalize(settings->default_region, strlen(settings->default_region));

	(void) resolve_book(cat, &key, settings);
	if (bp_catalog_region(cat, region) < 0)
		unknown_region(region, "the setting bedprice.default_region");
}

bool
bp_resolve_model_id(BpCatalog *cat, const char *provider, const char *id, int len,
					BpResolvedId *out)
{
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
