------------------------------------------------------------------------
-- Views for BI tools (Metabase, Superset, Grafana), which read views and
-- their comments and call no functions with arguments: the price list as
-- the engine charges it, Bedrock's premium over the direct APIs, the
-- routings side by side, and the history of every price.
--
-- Every figure comes from the pricing functions (multipliers, vendor
-- rules, books' parents and tiers applied as a call would apply them),
-- never recomputed here: a standard-tier price per 1M tokens is
-- unit_price (exact), a long-context tier's the breakdown of a request
-- just above its threshold (exact to 12 decimals).  A view never raises for what the
-- catalog holds: what the engine cannot price is left out (or NULL).
--
-- The views are security_invoker (PostgreSQL 15 and later): they read the
-- catalog with the caller's rights, as the pricing functions do, so a role
-- kept from bedprice.prices reads no prices through them (before 15, each
-- view's guard, has_table_privilege, gives such a role no rows).  The
-- functions they call are executable by everyone (a view runs them with
-- the caller's rights); each calls only what everyone may call.
------------------------------------------------------------------------

-- The price per 1M tokens of each charge of one request shape at one tier,
-- as the engine charges it; NULL for a charge it cannot price there.  The
-- base rate (p_above 0): unit_price, exact.  A tier: a request whose input is p_above + 1 tokens, and 1,000 tokens of
-- the charge (of the input charge: that input, / (p_above + 1)).  Input
-- and cache tokens count towards the tier: where the next tier (p_next)
-- starts within 1,000 tokens, they are fewer, so the request stays in its
-- tier.  For Bedrock's tiers, only where the engine bills the request at
-- that tier (bedrock_cost_breakdown_in says which).
CREATE FUNCTION bedprice.unit_prices(
    p_book text, p_provider text, p_model text, p_region text, p_mode text, p_above bigint, p_next bigint,
    OUT input numeric, OUT output numeric, OUT cache_read numeric,
    OUT cache_write numeric, OUT cache_write_1h numeric)
LANGUAGE plpgsql STABLE PARALLEL UNSAFE     -- its exception blocks are subtransactions
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    lead_in bigint := CASE WHEN p_above > 0 THEN p_above + 1 ELSE 0 END;
    -- input-type tokens that keep the request at or below the next tier
    room bigint := least(1000, coalesce(p_next - lead_in, 1000));
    t bigint[];
    n bigint;
    per_mtok numeric[] := '{NULL,NULL,NULL,NULL,NULL}';
    charges CONSTANT text[] := ARRAY['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h'];
    bd record;
    cost numeric;
BEGIN
    FOR c IN 1..5 LOOP
        IF lead_in = 0 THEN
            per_mtok[c] := trim_scale(bedprice.unit_price(p_book, p_provider, p_model, p_region, charges[c], p_mode,
                                                          now(), false));
            CONTINUE;
        END IF;
        t := ARRAY[lead_in, 0, 0, 0, 0];
        n := CASE WHEN c = 2 THEN 1000 WHEN c = 1 AND lead_in > 0 THEN lead_in ELSE room END;
        CONTINUE WHEN n <= 0;
        IF c > 1 OR lead_in = 0 THEN
            t[c] := t[c] + n;
        END IF;
        BEGIN
            IF p_provider = 'bedrock' AND lead_in = 0 THEN
                cost := bedprice.bedrock_cost_in(p_book, p_model, p_region, t[1], t[2], p_mode, t[3], t[4], t[5]);
            ELSIF p_provider = 'bedrock' THEN
                SELECT * INTO bd
                FROM bedprice.bedrock_cost_breakdown_in(p_book, p_model, p_region, t[1], t[2], p_mode,
                                                        t[3], t[4], t[5]);
                cost := CASE WHEN bd.above_input_tokens = p_above THEN
                    (ARRAY[bd.input_cost, bd.output_cost, bd.cache_read_cost,
                           bd.cache_write_cost, bd.cache_write_1h_cost])[c] END;
            ELSE
                cost := bedprice.api_cost_in(p_book, p_provider, p_model, t[1], t[2], t[3], t[4], t[5]);
                IF c > 1 AND lead_in > 0 THEN
                    cost := cost - bedprice.api_cost_in(p_book, p_provider, p_model, lead_in, 0);
                END IF;
            END IF;
        EXCEPTION WHEN data_exception OR no_data_found OR undefined_object THEN
            cost := NULL;
        END;
        per_mtok[c] := trim_scale(CASE WHEN n = 1000 THEN cost * 1000 ELSE round(cost * 1000000 / n, 12) END);
    END LOOP;
    input := per_mtok[1];
    output := per_mtok[2];
    cache_read := per_mtok[3];
    cache_write := per_mtok[4];
    cache_write_1h := per_mtok[5];
END
$$;
COMMENT ON FUNCTION bedprice.unit_prices(text, text, text, text, text, bigint, bigint) IS
    'USD per 1M tokens of each charge of a request (book, provider, model ID, region, mode) at a tier (below the next one), as the engine charges it; NULL where it cannot price the charge; for bedprice.price_list.';

------------------------------------------------------------------------
-- bedprice.price_list
--
-- One row per request shape a book prices a model in, and tier.  For a
-- direct API: the model (no region, routing or mode but on_demand: what
-- api_cost prices).  For Bedrock, the shapes are every combination of
--   region     NULL (every region without a price row or region rule of
--              its own), and each region the model has rows in or the
--              book a region rule for;
--   routing    in_region, and geo and global where the model has rows of
--              that routing or the book a routing rule;
--   geography  (geo only) NULL (the profiles of every geography without
--              rows of its own), and each geography the model has geo rows
--              for;
--   mode       on_demand, and each mode the model has rows in or the book
--              a mode rule for;
-- that the engine prices: a shape it refuses (a routing or mode with no
-- row and no rule) is left out.  A region-NULL shape is priced in a
-- region that has no row or rule of its own for it (us-east-1 when it
-- qualifies), a geo shape of every geography through the profile prefix
-- of a geography without rows of its own: priced_region and
-- priced_model_id say which.
------------------------------------------------------------------------
CREATE VIEW bedprice.price_list AS
WITH chain AS (
    SELECT * FROM bedprice.book_chain()
),
r AS (                  -- the price rows each book prices with, valid now
    SELECT c.book, p.provider, p.model, p.region, p.routing, p.geography, p.mode, p.above_input_tokens
    FROM chain c JOIN bedprice.prices p ON p.book = c.holder
    WHERE p.valid_from <= now() AND now() < p.valid_to
),
rule AS (               -- Bedrock's region, routing and mode rules in each book, valid now
    SELECT b.book,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'region'), '{}') AS regions,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'routing'), '{}') AS routings,
           coalesce(array_agg(DISTINCT m.value) FILTER (WHERE m.dimension = 'mode'), '{}') AS modes
    FROM bedprice.price_books b
    LEFT JOIN chain c ON c.book = b.book
    LEFT JOIN bedprice.multipliers m
           ON m.book = c.holder AND m.provider = 'bedrock' AND m.dimension IN ('region', 'routing', 'mode')
          AND m.valid_from <= now() AND now() < m.valid_to
    GROUP BY b.book
),
model AS (              -- per book and model: the regions, routings, geographies and modes of its rows
    SELECT r.book, r.provider, r.model,
           coalesce(array_agg(DISTINCT r.region) FILTER (WHERE r.region IS NOT NULL), '{}') AS regions,
           array_agg(DISTINCT r.routing) AS routings,
           coalesce(array_agg(DISTINCT r.geography) FILTER (WHERE r.geography IS NOT NULL), '{}') AS geographies,
           array_agg(DISTINCT r.mode) AS modes
    FROM r
    GROUP BY r.book, r.provider, r.model
),
bedrock AS MATERIALIZED (  -- per Bedrock model (once, not per shape): the region and geography
                            -- its NULL shapes are priced in
    SELECT m.*, u.regions AS rule_regions, u.routings AS rule_routings, u.modes AS rule_modes,
           (SELECT g.region FROM bedprice.regions g
            WHERE g.region <> ALL (m.regions) AND g.region <> ALL (u.regions)
            ORDER BY g.region <> 'us-east-1', g.region LIMIT 1) AS any_region,
           (SELECT w.word FROM unnest(v.words) WITH ORDINALITY AS w(word, i)
            WHERE w.word <> ALL (m.geographies)
            ORDER BY w.i LIMIT 1) AS any_geography
    FROM model m
    JOIN rule u ON u.book = m.book
    CROSS JOIN (SELECT array_agg(word ORDER BY ordinal) AS words
                FROM bedprice.vocabulary() WHERE kind = 'geography') v
    WHERE m.provider = 'bedrock'
),
shape AS (
    SELECT b.book, 'bedrock'::text AS provider, b.model, g.region, t.routing, geo.geography, d.mode,
           coalesce(g.region, b.any_region) AS priced_region,
           CASE t.routing WHEN 'in_region' THEN '' WHEN 'global' THEN 'global.'
                          ELSE coalesce(geo.geography, b.any_geography) || '.' END || b.model AS priced_model_id
    FROM bedrock b
    CROSS JOIN LATERAL (SELECT DISTINCT x AS region
                        FROM unnest(ARRAY[NULL::text] || b.regions || b.rule_regions) x) g
    CROSS JOIN LATERAL (SELECT DISTINCT x AS routing
                        FROM unnest(ARRAY['in_region'] || b.routings || b.rule_routings) x) t
    CROSS JOIN LATERAL (SELECT DISTINCT x AS geography
                        FROM unnest(ARRAY[NULL::text] || CASE WHEN t.routing = 'geo' THEN b.geographies END) x) geo
    CROSS JOIN LATERAL (SELECT DISTINCT x AS mode
                        FROM unnest(ARRAY['on_demand'] || b.modes || b.rule_modes) x) d
    UNION ALL
    SELECT m.book, m.provider, m.model, NULL, NULL, NULL, 'on_demand', NULL, m.model
    FROM model m
    WHERE m.provider <> 'bedrock'
),
tier_row AS (           -- the keys of the rows that start a tier
    SELECT DISTINCT r.book, r.provider, r.model, r.region, r.routing, r.geography, r.mode, r.above_input_tokens
    FROM r
    WHERE r.above_input_tokens > 0
),
tier AS (               -- each shape at its base rate, and at each tier its candidate rows start
    SELECT u.*, lead(u.above_input_tokens) OVER (
               PARTITION BY u.book, u.provider, u.model, u.region, u.routing, u.geography, u.mode
               ORDER BY u.above_input_tokens) AS next_above_input_tokens
    FROM (SELECT s.*, 0::bigint AS above_input_tokens
          FROM shape s
          UNION
          SELECT s.*, k.above_input_tokens
          FROM shape s
          JOIN tier_row k ON k.book = s.book AND k.provider = s.provider AND k.model = s.model
           AND (k.region IS NULL OR k.region = s.region)
           AND (k.routing = 'in_region' OR k.routing = s.routing)
           AND (k.geography IS NULL OR k.geography = s.geography)
           AND (k.mode = 'on_demand' OR k.mode = s.mode)) u
),
priced AS (
    SELECT t.*, lp.*
    FROM tier t
    CROSS JOIN LATERAL bedprice.unit_prices(t.book, t.provider, t.priced_model_id, t.priced_region,
                                                     t.mode, t.above_input_tokens, t.next_above_input_tokens) lp
    WHERE t.priced_model_id IS NOT NULL
      AND (t.provider <> 'bedrock' OR t.priced_region IS NOT NULL)
      AND num_nonnulls(lp.input, lp.output, lp.cache_read, lp.cache_write, lp.cache_write_1h) > 0
)
SELECT p.book,
       p.provider,
       pr.kind AS provider_kind,
       p.model,
       md.display_name,
       md.family,
       p.region,
       p.routing,
       p.geography,
       p.mode,
       p.above_input_tokens,
       p.next_above_input_tokens,
       p.input AS input_usd_per_mtok,
       p.output AS output_usd_per_mtok,
       p.cache_read AS cache_read_usd_per_mtok,
       p.cache_write AS cache_write_usd_per_mtok,
       p.cache_write_1h AS cache_write_1h_usd_per_mtok,
       p.priced_model_id,
       p.priced_region,
       now() AS priced_at
FROM priced p
JOIN bedprice.models md ON md.provider = p.provider AND md.model = p.model
JOIN bedprice.providers pr ON pr.provider = p.provider
WHERE has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.price_list IS
    'The price list valid now, as the pricing functions charge it (multipliers, vendor rules and books'' parents applied): one row per book, provider, model, region, routing, geography, mode and tier, USD per 1M tokens of each charge. Region NULL: every region without a price or region rule of its own (a Bedrock price row without a region applies in every region). Shapes the engine cannot price are left out.';
COMMENT ON COLUMN bedprice.price_list.book IS
    'The price book (bedprice.price_books): aws, AWS''s list prices, the default; a book with a parent lists its parent''s prices where it holds none of its own.';
COMMENT ON COLUMN bedprice.price_list.provider IS
    'Who sells the tokens: bedrock, or a direct API (anthropic, together, groq, ...).';
COMMENT ON COLUMN bedprice.price_list.provider_kind IS
    'cloud (Bedrock: priced per region, routing and mode) or direct (a direct API).';
COMMENT ON COLUMN bedprice.price_list.model IS
    'The provider''s model ID (for Bedrock without routing prefix), as in bedprice.models.';
COMMENT ON COLUMN bedprice.price_list.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.price_list.family IS
    'The same model across providers (NULL: none named), as bedprice.bedrock_premiums compares them.';
COMMENT ON COLUMN bedprice.price_list.region IS
    'The AWS region the request is made in (the source region); NULL for a direct API, and for Bedrock: every region without a price or region rule of its own, where a region-less price row applies.';
COMMENT ON COLUMN bedprice.price_list.routing IS
    'in_region, geo (a geographic cross-region inference profile) or global (the global profile); NULL for a direct API.';
COMMENT ON COLUMN bedprice.price_list.geography IS
    'For a geo row: the geography of the profiles it prices (us, eu, apac, ...: the prefix of us.anthropic...); NULL: every geography without prices of its own (and NULL for other routings).';
COMMENT ON COLUMN bedprice.price_list.mode IS
    'The service tier: on_demand, batch, priority, flex or provisioned (a direct API: on_demand, the mode api_cost prices).';
COMMENT ON COLUMN bedprice.price_list.above_input_tokens IS
    'The tier: 0 for the base rate; N for the long-context rate, billed on every charge of a request whose total input (input + cache reads + cache writes) exceeds N tokens.';
COMMENT ON COLUMN bedprice.price_list.next_above_input_tokens IS
    'The threshold of the next tier of the same shape (the long-context threshold on a base-rate row); NULL: none.';
COMMENT ON COLUMN bedprice.price_list.input_usd_per_mtok IS
    'USD per 1M uncached input tokens; NULL: the engine prices no input here.';
COMMENT ON COLUMN bedprice.price_list.output_usd_per_mtok IS
    'USD per 1M output tokens; NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_read_usd_per_mtok IS
    'USD per 1M prompt-cache read tokens; NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_write_usd_per_mtok IS
    'USD per 1M prompt-cache write tokens (5-minute cache); NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.cache_write_1h_usd_per_mtok IS
    'USD per 1M prompt-cache write tokens (1-hour cache); NULL: not priced here.';
COMMENT ON COLUMN bedprice.price_list.priced_model_id IS
    'The model ID the prices were computed for, as a call would give it (with its routing prefix; a geo row of every geography through the prefix of one without prices of its own).';
COMMENT ON COLUMN bedprice.price_list.priced_region IS
    'The region the prices were computed in (for region NULL: one without a price or region rule of its own, us-east-1 when it qualifies); NULL for a direct API.';
COMMENT ON COLUMN bedprice.price_list.priced_at IS
    'When the prices were computed (now(): the prices valid at that time).';

------------------------------------------------------------------------
-- bedprice.bedrock_premiums
--
-- bedprice.bedrock_premium for every Bedrock model each book prices, in
-- the region bedprice.default_region names (us-east-1): against the
-- cheapest direct API that sells its family and prices it in the book,
-- for a volume of 1M input + 1M output tokens (the function's default,
-- many requests: at the standard tier), and per charge at the base rates.  A Bedrock model no direct API sells or prices
-- in the book (a Bedrock exclusive) is listed with NULL direct columns.
------------------------------------------------------------------------
CREATE VIEW bedprice.bedrock_premiums AS
WITH setting AS (
    SELECT coalesce(nullif(lower(btrim(current_setting('bedprice.price_book', true))), ''), 'aws') AS default_book,
           coalesce(nullif(lower(btrim(current_setting('bedprice.default_region', true))), ''), 'us-east-1') AS region
),
bedrock AS (
    SELECT DISTINCT c.book, p.model
    FROM bedprice.book_chain() c JOIN bedprice.prices p ON p.book = c.holder
    WHERE p.provider = 'bedrock' AND p.valid_from <= now() AND now() < p.valid_to
),
b AS (
    SELECT x.book, x.model, m.display_name, m.family, s.region, s.default_book,
           lp.input, lp.output,
           bedprice.volume_cost('bedrock', x.model, s.region, 1000000, 1000000, 'on_demand', book => x.book, strict => false) AS cost
    FROM bedrock x
    JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = x.model
    CROSS JOIN setting s
    CROSS JOIN LATERAL bedprice.unit_prices(x.book, 'bedrock', x.model, s.region, 'on_demand', 0, NULL) lp
),
candidate AS (          -- the direct APIs that sell a family and price it in the book
    SELECT f.book, f.family, m.provider, m.model,
           bedprice.volume_cost(m.provider, m.model, NULL, 1000000, 1000000, 'on_demand', book => f.book, strict => false) AS cost
    FROM (SELECT DISTINCT book, family FROM b WHERE family IS NOT NULL) f
    JOIN bedprice.models m ON m.family = f.family
    JOIN bedprice.providers p ON p.provider = m.provider AND p.kind = 'direct'
),
cheapest AS (           -- bedrock_premium's choice: the lowest cost, then the first provider and model
    SELECT DISTINCT ON (c.book, c.family) c.book, c.family, c.provider, c.model, c.cost, lp.input, lp.output
    FROM candidate c
    CROSS JOIN LATERAL bedprice.unit_prices(c.book, c.provider, c.model, NULL, 'on_demand', 0, NULL) lp
    WHERE c.cost IS NOT NULL
    ORDER BY c.book, c.family, c.cost, c.provider, c.model
)
SELECT b.book,
       b.book = b.default_book AS is_default_book,
       b.model,
       b.display_name,
       b.family,
       b.region,
       b.input AS bedrock_input_usd_per_mtok,
       b.output AS bedrock_output_usd_per_mtok,
       d.provider AS direct_provider,
       d.model AS direct_model,
       d.input AS direct_input_usd_per_mtok,
       d.output AS direct_output_usd_per_mtok,
       round(100 * (trim_scale(b.input / nullif(d.input, 0)) - 1), 2) AS input_premium_pct,
       round(100 * (trim_scale(b.output / nullif(d.output, 0)) - 1), 2) AS output_premium_pct,
       b.cost AS bedrock_cost_1m_in_1m_out,
       d.cost AS direct_cost_1m_in_1m_out,
       trim_scale(b.cost / nullif(d.cost, 0)) AS ratio_1m_in_1m_out,
       round(100 * (trim_scale(b.cost / nullif(d.cost, 0)) - 1), 2) AS premium_pct_1m_in_1m_out
FROM b
LEFT JOIN cheapest d ON d.book = b.book AND d.family = b.family
WHERE num_nonnulls(b.input, b.output, b.cost) > 0
  AND has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.bedrock_premiums IS
    'Bedrock against the cheapest direct API that sells the same model (the same family in bedprice.models), per book and Bedrock model, in the region bedprice.default_region names (us-east-1): as bedprice.bedrock_premium computes it (ratio = Bedrock / direct, premium_pct = round(100 x (ratio - 1), 2)). A Bedrock model no direct API sells or prices in the book has NULL direct columns.';
COMMENT ON COLUMN bedprice.bedrock_premiums.book IS
    'The price book both sides are priced in.';
COMMENT ON COLUMN bedprice.bedrock_premiums.is_default_book IS
    'Whether the book is the one bedprice.price_book names (aws unless set): filter on it for the default prices.';
COMMENT ON COLUMN bedprice.bedrock_premiums.model IS
    'The Bedrock model ID (without routing prefix).';
COMMENT ON COLUMN bedprice.bedrock_premiums.display_name IS
    'The Bedrock model''s name for people.';
COMMENT ON COLUMN bedprice.bedrock_premiums.family IS
    'The model''s family, which links it to the direct APIs'' models (NULL: none named).';
COMMENT ON COLUMN bedprice.bedrock_premiums.region IS
    'The region Bedrock is priced in: the setting bedprice.default_region (us-east-1 unless set), in-region on-demand.';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_input_usd_per_mtok IS
    'Bedrock''s USD per 1M input tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_output_usd_per_mtok IS
    'Bedrock''s USD per 1M output tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_provider IS
    'The cheapest direct API for 1M input + 1M output tokens (a volume, at the standard tier) among those that sell the family and price it in the book (ties: the first by name); NULL: none.';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_model IS
    'That direct API''s model ID.';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_input_usd_per_mtok IS
    'The direct API''s USD per 1M input tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_output_usd_per_mtok IS
    'The direct API''s USD per 1M output tokens (base rate).';
COMMENT ON COLUMN bedprice.bedrock_premiums.input_premium_pct IS
    'Bedrock''s input price over the direct API''s, in percent: round(100 x (bedrock / direct - 1), 2); negative when Bedrock is cheaper.';
COMMENT ON COLUMN bedprice.bedrock_premiums.output_premium_pct IS
    'The same for output tokens.';
COMMENT ON COLUMN bedprice.bedrock_premiums.bedrock_cost_1m_in_1m_out IS
    'Bedrock''s USD cost of 1M input + 1M output tokens, a volume at the standard tier (bedrock_premium''s default usage).';
COMMENT ON COLUMN bedprice.bedrock_premiums.direct_cost_1m_in_1m_out IS
    'The direct API''s USD cost of the same volume.';
COMMENT ON COLUMN bedprice.bedrock_premiums.ratio_1m_in_1m_out IS
    'Bedrock''s cost / the direct API''s, for that volume (bedrock_premium''s ratio).';
COMMENT ON COLUMN bedprice.bedrock_premiums.premium_pct_1m_in_1m_out IS
    'round(100 x (ratio - 1), 2): bedrock_premium''s premium_pct for that volume.';

------------------------------------------------------------------------
-- bedprice.routing_prices
--
-- Per book, Bedrock model and region (every region of bedprice.regions:
-- the catalog does not say where AWS offers a model, and a region-less
-- price applies in each): the on-demand base rates of a call made there
-- in-region, through a geographic profile of the region's own geography
-- (mode cross_region) and through the global profile, the geo and global
-- figures against in-region and the region's in-region figures against
-- us-east-1's.
------------------------------------------------------------------------
-- The Bedrock models each book prices now, in every region: the rows of
-- bedprice.routing_prices, before pricing.  A function of its own for its
-- row estimate: the planner takes the small catalog tables (never
-- analyzed) for hundreds of rows each, and 650 regions x 650 models of
-- pricing calls would make it compile the view's query with JIT, a second
-- or more in front of a query of a tenth.
CREATE FUNCTION bedprice.bedrock_model_regions()
RETURNS TABLE (book text, model text, region text, geography text, has_global boolean)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 4000
SET search_path = pg_catalog, pg_temp
AS $$
    WITH chain AS (SELECT * FROM bedprice.book_chain()),
    bedrock AS (        -- (global: only where a row or rule could price it, else the engine refuses it)
        SELECT c.book, p.model,
               bool_or(p.routing = 'global')
               OR EXISTS (SELECT FROM chain k JOIN bedprice.multipliers r ON r.book = k.holder
                          WHERE k.book = c.book AND r.provider = 'bedrock' AND r.dimension = 'routing'
                            AND r.value = 'global' AND r.valid_from <= now() AND now() < r.valid_to) AS has_global
        FROM chain c JOIN bedprice.prices p ON p.book = c.holder
        WHERE p.provider = 'bedrock' AND p.valid_from <= now() AND now() < p.valid_to
        GROUP BY c.book, p.model
    )
    SELECT x.book, x.model, g.region, g.geography, x.has_global
    FROM bedrock x CROSS JOIN bedprice.regions g
$$;
COMMENT ON FUNCTION bedprice.bedrock_model_regions() IS
    'Each book''s Bedrock models priced now, in every region, and whether a global row or rule exists for them; for bedprice.routing_prices.';

CREATE VIEW bedprice.routing_prices AS
WITH p AS (
    SELECT x.book, x.model, x.region, x.geography,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'on_demand', now(), false) AS ir_in,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'on_demand', now(), false) AS ir_out,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'cross_region', now(), false) AS geo_in,
           bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'cross_region', now(), false) AS geo_out,
           CASE WHEN x.has_global THEN
               bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'input', 'global', now(), false) END AS gl_in,
           CASE WHEN x.has_global THEN
               bedprice.unit_price(x.book, 'bedrock', x.model, x.region, 'output', 'global', now(), false) END AS gl_out
    FROM bedprice.bedrock_model_regions() x
)
SELECT p.book,
       p.model,
       m.display_name,
       m.family,
       p.region,
       p.geography,
       trim_scale(p.ir_in) AS in_region_input_usd_per_mtok,
       trim_scale(p.ir_out) AS in_region_output_usd_per_mtok,
       trim_scale(p.geo_in) AS geo_input_usd_per_mtok,
       trim_scale(p.geo_out) AS geo_output_usd_per_mtok,
       trim_scale(p.gl_in) AS global_input_usd_per_mtok,
       trim_scale(p.gl_out) AS global_output_usd_per_mtok,
       round(100 * (trim_scale(p.geo_in / nullif(p.ir_in, 0)) - 1), 2) AS geo_input_vs_in_region_pct,
       round(100 * (trim_scale(p.geo_out / nullif(p.ir_out, 0)) - 1), 2) AS geo_output_vs_in_region_pct,
       round(100 * (trim_scale(p.gl_in / nullif(p.ir_in, 0)) - 1), 2) AS global_input_vs_in_region_pct,
       round(100 * (trim_scale(p.gl_out / nullif(p.ir_out, 0)) - 1), 2) AS global_output_vs_in_region_pct,
       round(100 * (trim_scale(p.ir_in / nullif(u.ir_in, 0)) - 1), 2) AS input_vs_us_east_1_pct,
       round(100 * (trim_scale(p.ir_out / nullif(u.ir_out, 0)) - 1), 2) AS output_vs_us_east_1_pct
FROM p
JOIN bedprice.models m ON m.provider = 'bedrock' AND m.model = p.model
LEFT JOIN p u ON u.book = p.book AND u.model = p.model AND u.region = 'us-east-1'
WHERE num_nonnulls(p.ir_in, p.ir_out, p.geo_in, p.geo_out, p.gl_in, p.gl_out) > 0
  AND has_table_privilege('bedprice.prices', 'SELECT');

COMMENT ON VIEW bedprice.routing_prices IS
    'Per book, Bedrock model and region (every region of bedprice.regions: a region-less price applies in each): USD per 1M tokens on demand of a call made there in-region, through a geographic profile of the region''s geography, and through the global profile, as the pricing functions charge them; the differences in percent (round(100 x (x / base - 1), 2)) of geo and global against in-region and of the region against us-east-1. A row the engine prices no routing of is left out.';
COMMENT ON COLUMN bedprice.routing_prices.book IS
    'The price book.';
COMMENT ON COLUMN bedprice.routing_prices.model IS
    'The Bedrock model ID (without routing prefix).';
COMMENT ON COLUMN bedprice.routing_prices.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.routing_prices.family IS
    'The model''s family across providers (NULL: none named).';
COMMENT ON COLUMN bedprice.routing_prices.region IS
    'The source region: where the call is made.';
COMMENT ON COLUMN bedprice.routing_prices.geography IS
    'The region''s geography (bedprice.regions), whose profiles a geo call from it uses.';
COMMENT ON COLUMN bedprice.routing_prices.in_region_input_usd_per_mtok IS
    'USD per 1M input tokens in-region; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.in_region_output_usd_per_mtok IS
    'USD per 1M output tokens in-region; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_input_usd_per_mtok IS
    'USD per 1M input tokens through a geographic cross-region profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_output_usd_per_mtok IS
    'USD per 1M output tokens through a geographic cross-region profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.global_input_usd_per_mtok IS
    'USD per 1M input tokens through the global profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.global_output_usd_per_mtok IS
    'USD per 1M output tokens through the global profile; NULL: not priced.';
COMMENT ON COLUMN bedprice.routing_prices.geo_input_vs_in_region_pct IS
    'Geo input price against in-region, in percent: round(100 x (geo / in_region - 1), 2).';
COMMENT ON COLUMN bedprice.routing_prices.geo_output_vs_in_region_pct IS
    'Geo output price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.global_input_vs_in_region_pct IS
    'Global input price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.global_output_vs_in_region_pct IS
    'Global output price against in-region, in percent.';
COMMENT ON COLUMN bedprice.routing_prices.input_vs_us_east_1_pct IS
    'The region''s in-region input price against us-east-1''s, in percent (0 for us-east-1).';
COMMENT ON COLUMN bedprice.routing_prices.output_vs_us_east_1_pct IS
    'The region''s in-region output price against us-east-1''s, in percent.';

------------------------------------------------------------------------
-- bedprice.price_history
--
-- Every price row, with the row of the same key (book, provider, model,
-- region, routing, geography, mode, charge, tier) before it: what changed
-- when, by how much, and from which source.  Infinite bounds are NULL
-- (BI tools and their drivers read no infinite timestamps).
------------------------------------------------------------------------
CREATE VIEW bedprice.price_history AS
SELECT p.price_id,
       p.book,
       p.provider,
       p.model,
       m.display_name,
       p.region,
       p.routing,
       p.geography,
       p.mode,
       p.charge,
       p.above_input_tokens,
       CASE WHEN isfinite(p.valid_from) THEN p.valid_from END AS changed_at,
       CASE WHEN isfinite(p.valid_to) THEN p.valid_to END AS valid_to,
       p.usd_per_mtok,
       lag(p.usd_per_mtok) OVER w AS previous_usd_per_mtok,
       round(100 * (trim_scale(p.usd_per_mtok / nullif(lag(p.usd_per_mtok) OVER w, 0)) - 1), 2) AS change_pct,
       p.source,
       p.shipped,
       p.valid_from <= now() AND now() < p.valid_to AS is_current
FROM bedprice.prices p
JOIN bedprice.models m ON m.provider = p.provider AND m.model = p.model
WHERE has_table_privilege('bedprice.prices', 'SELECT')
WINDOW w AS (PARTITION BY p.book, p.provider, p.model, p.region, p.routing, p.geography, p.mode, p.charge,
                          p.above_input_tokens
             ORDER BY p.valid_from);

COMMENT ON VIEW bedprice.price_history IS
    'Every price row of bedprice.prices (every book) with the row of the same key before it: one row per price period, the change against the previous period in percent. Infinite bounds are NULL.';
COMMENT ON COLUMN bedprice.price_history.price_id IS
    'The row in bedprice.prices (shipped rows have negative ids).';
COMMENT ON COLUMN bedprice.price_history.book IS
    'The price book the row belongs to.';
COMMENT ON COLUMN bedprice.price_history.provider IS
    'Who sells the tokens: bedrock or a direct API.';
COMMENT ON COLUMN bedprice.price_history.model IS
    'The provider''s model ID (for Bedrock without routing prefix).';
COMMENT ON COLUMN bedprice.price_history.display_name IS
    'The model''s name for people.';
COMMENT ON COLUMN bedprice.price_history.region IS
    'The source region the row prices; NULL: every region (and every direct API row).';
COMMENT ON COLUMN bedprice.price_history.routing IS
    'in_region, geo or global (a direct API''s rows: in_region).';
COMMENT ON COLUMN bedprice.price_history.geography IS
    'For a geo row: the geography of the profiles it prices; NULL: every geography.';
COMMENT ON COLUMN bedprice.price_history.mode IS
    'The service tier: on_demand, batch, priority, flex or provisioned.';
COMMENT ON COLUMN bedprice.price_history.charge IS
    'input, output, cache_read, cache_write (5-minute) or cache_write_1h.';
COMMENT ON COLUMN bedprice.price_history.above_input_tokens IS
    'The tier: 0 for the base rate; N for requests whose total input exceeds N tokens.';
COMMENT ON COLUMN bedprice.price_history.changed_at IS
    'When this price took effect (valid_from); NULL: since always (the key''s first known price).';
COMMENT ON COLUMN bedprice.price_history.valid_to IS
    'When this price ended (exclusive); NULL: it has not ended.';
COMMENT ON COLUMN bedprice.price_history.usd_per_mtok IS
    'USD per 1M tokens, as the row holds it (before multipliers).';
COMMENT ON COLUMN bedprice.price_history.previous_usd_per_mtok IS
    'The price of the row of the same key before this one (by valid_from); NULL: none.';
COMMENT ON COLUMN bedprice.price_history.change_pct IS
    'The change against the previous price, in percent: round(100 x (usd_per_mtok / previous - 1), 2); NULL without a previous price (or when it was 0).';
COMMENT ON COLUMN bedprice.price_history.source IS
    'Where the price comes from (the sheet, importer or note that loaded it).';
COMMENT ON COLUMN bedprice.price_history.shipped IS
    'true for a row bedprice ships, false for a row of yours.';
COMMENT ON COLUMN bedprice.price_history.is_current IS
    'Whether the row is valid now.';

-- Read with the caller's rights, as the pricing functions price; everyone
-- may read them, as everyone reads the catalog.
DO $$
BEGIN
    IF current_setting('server_version_num')::integer >= 150000 THEN
        ALTER VIEW bedprice.price_list SET (security_invoker = true);
        ALTER VIEW bedprice.bedrock_premiums SET (security_invoker = true);
        ALTER VIEW bedprice.routing_prices SET (security_invoker = true);
        ALTER VIEW bedprice.price_history SET (security_invoker = true);
    END IF;
END
$$;
GRANT SELECT ON bedprice.price_list, bedprice.bedrock_premiums, bedprice.routing_prices, bedprice.price_history
    TO PUBLIC;

