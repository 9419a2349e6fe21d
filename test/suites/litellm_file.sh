#!/usr/bin/env bash
# litellm_file.sh: LiteLLM's real price file, imported.
#
# Spec (issue 7, 4): the real file (LiteLLM main, 2026-08-01: 2,985
# entries, 411 Bedrock; test/fixtures/litellm_model_prices_2026-08-01.json.gz,
# the file of ../shared/data gzipped) imports, and every Bedrock entry it
# prices is priced as the file prices it: bare IDs, bedrock/<region>/
# keys, geographic profiles by their geography (a us. and an eu. profile of
# one model at their own prices), global profiles, and the above-200K
# tier.  The shipped catalog holds many of the same models at AWS's
# figures, which differ from the file's in places: the file is imported
# into a database whose shipped Bedrock prices were deleted first, so that
# every price bedrock_cost finds is the file's.
#
#   1  the file is the real one (its SHA-256), and it imports: every entry
#      reported, none an error
#   2  every Bedrock entry whose input and output imported prices as the file
#      says: 1,000 input + 1,000 output tokens, at the key's region (or one
#      of its geography's), and 300,000 input where the file has an
#      above-200K price
#   3  a us. and an eu. profile of one model (DeepSeek V3.2): both as the
#      file prices them, and not each other's
#   4  no model half-imported: a price set whose key the file prices twice
#      (Kimi K2.5) imports none of its prices
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c TimeZone=UTC -c client_min_messages=warning"
db=bp_litellm_file
top=$(cd "$(dirname "$0")/../.." && pwd)
file=$(mktemp)
trap 'rm -f "$file"; finish' EXIT

gunzip -c "$top/test/fixtures/litellm_model_prices_2026-08-01.json.gz" >"$file"
chmod 644 "$file"   # read by the server (pg_read_file): a superuser's session
check "1 the fixture is LiteLLM's file of 2026-08-01" \
    f3586896abe7b20218409b88d8f9b9afe85b85c0de386e8ec7a0f14ac7f790ba "$(sha256sum "$file" | cut -d' ' -f1)"

fresh_db "$db"
report=$(q -d "$db" -v file="$file" <<'SQL'
SET bedprice.on_unknown_model = 'null';
DELETE FROM bedprice.prices WHERE provider = 'bedrock' AND shipped;
CREATE TABLE doc AS SELECT pg_read_file(:'file')::jsonb AS d;
CREATE TABLE report AS SELECT r.* FROM doc, bedprice.import_litellm(doc.d, '2026-01-01') AS r;
SELECT count(DISTINCT source_key) FILTER (WHERE provider = 'bedrock') || ' ' ||
       count(*) FILTER (WHERE outcome NOT IN ('imported', 'unchanged', 'refused', 'not mapped'))
FROM report;
SQL
)
check "1 every Bedrock entry of the file is reported (411), no outcome but the four" "411 0" "$report"

# 2: each Bedrock entry of chat/completion mode whose input and output
# prices imported (a field bedprice does not map, such as a per-query
# search price, is reported and left out): its cost from the catalog against the
# file's, both exact (the file's floats rounded to 10 places per 1M, as
# the importer rounds them).
compare=$(q -d "$db" <<'SQL'
WITH e AS (
    SELECT k.key, k.value AS v, p.region, p.routing, p.routing_prefix
    FROM doc, jsonb_each(doc.d) AS k,
         LATERAL bedprice.parse_model_id(k.key) AS p
    WHERE k.value ->> 'litellm_provider' IN ('bedrock', 'bedrock_converse')
      AND k.value ->> 'mode' IN ('chat', 'completion')
      AND jsonb_typeof(k.value -> 'input_cost_per_token') = 'number'
      AND jsonb_typeof(k.value -> 'output_cost_per_token') = 'number'
      -- its input and output prices imported (or were there already)
      AND (SELECT count(*) FROM report r
           WHERE r.source_key = k.key AND r.outcome IN ('imported', 'unchanged')
             AND r.source_field IN ('input_cost_per_token', 'output_cost_per_token')) = 2
),
c AS (
    SELECT e.key, e.v,
           coalesce(e.region, CASE e.routing_prefix
               WHEN 'us' THEN 'us-east-1' WHEN 'eu' THEN 'eu-west-1' WHEN 'apac' THEN 'ap-southeast-1'
               WHEN 'jp' THEN 'ap-northeast-1' WHEN 'au' THEN 'ap-southeast-2' WHEN 'ca' THEN 'ca-central-1'
               WHEN 'us-gov' THEN 'us-gov-west-1' ELSE 'us-east-1' END) AS at_region,
           EXISTS (SELECT FROM report r
                   WHERE r.source_key = e.key AND r.outcome IN ('imported', 'unchanged')
                     AND r.source_field = 'input_cost_per_token_above_200k_tokens') AS tier_imported
    FROM e
),
priced AS (
    SELECT c.key,
           bedprice.bedrock_cost(c.key, CASE WHEN c.key LIKE '%:%:%:%' THEN NULL ELSE c.at_region END,
                                 1000, 1000, at => '2026-06-01') AS cost,
           (trim_scale(round((c.v ->> 'input_cost_per_token')::numeric * 1000000, 10))
            + trim_scale(round((c.v ->> 'output_cost_per_token')::numeric * 1000000, 10))) / 1000 AS file_cost,
           CASE WHEN c.tier_imported THEN
               bedprice.bedrock_cost(c.key, c.at_region, 300000, 0, at => '2026-06-01') END AS tier_cost,
           CASE WHEN c.tier_imported THEN
               trim_scale(round((c.v ->> 'input_cost_per_token_above_200k_tokens')::numeric * 1000000, 10)) * 0.3
           END AS tier_file
    FROM c
)
SELECT count(*) || ' ' ||
       count(*) FILTER (WHERE cost IS DISTINCT FROM file_cost) || ' ' ||
       count(tier_file) || ' ' ||
       count(tier_file) FILTER (WHERE tier_cost IS DISTINCT FROM tier_file) || ' ' ||
       coalesce(string_agg(key || ' ' || cost || ' vs ' || file_cost, '; ') FILTER (WHERE cost IS DISTINCT FROM file_cost), '')
FROM priced;
SQL
)
read -r entries mismatched tiers tier_mismatched rest <<<"$compare"
echo "# $entries Bedrock entries compared, $tiers with an above-200K price"
check "2 a few hundred Bedrock entries are compared" t "$([ "${entries:-0}" -ge 250 ] && echo t || echo f)"
check "2 every one prices as the file says" "0" "${mismatched:-x}${rest:+ ($rest)}"
check "2 entries with an above-200K price are compared" t "$([ "${tiers:-0}" -ge 10 ] && echo t || echo f)"
check "2 every above-200K price as the file says" "0" "${tier_mismatched:-x}"

# 3: DeepSeek V3.2, us. 0.62 / 1.85 and eu. 0.74 / 2.22 per 1M in the file.
pair=$(q -d "$db" <<'SQL'
SELECT (SELECT string_agg(r.geography || ' ' || r.charge || ' ' || r.outcome, ', ' ORDER BY r.geography, r.charge)
        FROM report r WHERE r.source_key IN ('us.deepseek.v3.2', 'eu.deepseek.v3.2')),
       bedprice.bedrock_cost('us.deepseek.v3.2', 'us-east-1', 1000000, 1000000, at => '2026-06-01'),
       bedprice.bedrock_cost('eu.deepseek.v3.2', 'eu-west-1', 1000000, 1000000, at => '2026-06-01');
SQL
)
check "3 the us. and eu. prices of DeepSeek V3.2 import under their geographies" \
    "eu input imported, eu output imported, us input imported, us output imported|2.47|2.96" "$pair"

# 4: no model half-imported.  A price set is a model's prices for one
# region, routing, geography and mode; where the file gives one of its
# keys two prices (Kimi K2.5 output: 3.03 under bedrock/moonshotai.kimi-k2.5,
# 3 under moonshotai.kimi-k2.5), none of the set imports and every line
# of it says so.
halves=$(q -d "$db" <<'SQL'
WITH s AS (
    SELECT provider, model, region, routing, geography, mode,
           bool_or(outcome IN ('imported', 'unchanged')) AS some_in,
           bool_or(outcome = 'not mapped' AND detail LIKE '%different prices%') AS disputed
    FROM report WHERE charge IS NOT NULL
    GROUP BY provider, model, region, routing, geography, mode
)
SELECT count(*) FILTER (WHERE disputed) || ' ' ||
       count(*) FILTER (WHERE disputed AND some_in) || ' ' ||
       (SELECT count(*) FROM bedprice.prices
        WHERE provider = 'bedrock' AND model = 'moonshotai.kimi-k2.5' AND region IS NULL) || ' ' ||
       (SELECT string_agg(DISTINCT outcome, ',') FROM report
        WHERE source_key IN ('bedrock/moonshotai.kimi-k2.5', 'moonshotai.kimi-k2.5'))
FROM s;
SQL
)
read -r disputed half kimi kimi_outcome <<<"$halves"
echo "# $disputed price sets the file disputes"
check "4 the file disputes some price sets (Kimi K2.5 among them)" t "$([ "${disputed:-0}" -ge 1 ] && echo t || echo f)"
check "4 no disputed price set is partly imported" "0" "${half:-x}"
check "4 Kimi K2.5's region-less prices: none imported, every line not mapped" "0 not mapped" "${kimi:-x} ${kimi_outcome:-x}"
