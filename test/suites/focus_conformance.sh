#!/usr/bin/env bash
# focus_conformance.sh: the FOCUS 1.2 export against the FinOps
# Foundation's own rules.
#
# Spec (issue 8, 4): bedprice.focus_usage() rows, written with \copy ... CSV
# HEADER as the README shows, break none of the applicable rules of
# focus_validator's model-1.2.json (621 rules; test/fixtures/focus/, MIT).
# The checker is test/focus/focus_check.py (Python's standard library: the
# official validator needs packages our machines cannot install).
#
#   1  the checker judges its own samples right: a conforming file passes,
#      each broken one fails on the rule it breaks
#   2  a daily export of a varied usage table (the invocation-log fixture,
#      direct APIs, batch, flex and priority, 1-hour cache writes, long
#      context, a negotiated book): every applicable rule passes, no rule
#      left unjudged; the rules judged not applicable are listed with why
#   3  the same table exported per hour, for one payer account: the same
#   4  the suite can fail: the export with one ListCost off by 1e-19, and
#      with a quoted empty string, is caught
set -u
. "$(dirname "$0")/../lib.sh"

export PGOPTIONS="-c TimeZone=UTC -c client_min_messages=warning"
db=bp_focus
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"; finish' EXIT

gunzip -c "$top/test/fixtures/focus/focus_validator_model-1.2.json.gz" >"$tmp/model-1.2.json"
cp "$top/test/fixtures/focus/currency_codes.csv" "$tmp/"
# the provider's capabilities (AWS, Anthropic): see test/focus/selftest.sh
criteria=ACCOUNT_NAMING_SUPPORTED,AVAILABILITY_ZONE_SUPPORTED,BILLING_BASED_ON_PROVISIONED_RESOURCES_SUPPORTED
criteria=$criteria,CAPACITY_RESERVATION_SUPPORTED,COMMITMENT_DISCOUNT_SUPPORTED,MULTIPLE_PRICING_CATEGORIES_SUPPORTED
criteria=$criteria,NEGOTIATED_PRICING_SUPPORTED,PUBLIC_PRICE_LIST_SUPPORTED,REGION_SUPPORTED
criteria=$criteria,RESOURCE_TYPE_ASSIGNMENT_SUPPORTED,SUB_ACCOUNT_SUPPORTED,TAGGING_SUPPORTED
criteria=$criteria,UNIT_PRICING_SUPPORTED,USAGE_MEASUREMENT_SUPPORTED
focus_check() {
    python3 "$top/test/focus/focus_check.py" --rules "$tmp/model-1.2.json" --criteria "$criteria" \
        --monthly-billing-periods "$@"
}

# ---- 1 ----
self=$(bash "$top/test/focus/selftest.sh" "$tmp/model-1.2.json" 2>&1)
echo "$self" | sed 's/^/#   /'
check "the checker's self-test: every sample judged as expected" "0 failed" \
    "$(tail -n 1 <<<"$self" | grep -o '[0-9]* failed')"
check "the checker's self-test ran its 16 samples" "16 passed" "$(tail -n 1 <<<"$self" | grep -o '^[0-9]* passed')"

# ---- the usage table ----
fresh_db "$db"
q -d "$db" <<SQL
CREATE TABLE usage (at timestamptz, account text, provider text, book text, model text, region text,
                    mode text DEFAULT 'on_demand', i bigint, o bigint, cr bigint DEFAULT 0, cw bigint DEFAULT 0,
                    cw1h bigint DEFAULT 0, cost numeric, status text);
CREATE TRIGGER price BEFORE INSERT OR UPDATE ON usage FOR EACH ROW
    EXECUTE FUNCTION bedprice.price_usage('cost=cost', 'model=model', 'region=region', 'mode=mode',
        'in=i', 'out=o', 'cache_read=cr', 'cache_write=cw', 'cache_write_1h=cw1h', 'at=at',
        'status=status', 'account=account', 'provider=provider', 'book=book');
INSERT INTO bedprice.model_aliases (provider, alias, model, routing) VALUES
    ('bedrock', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456',
     'anthropic.claude-sonnet-4-6', 'global');
INSERT INTO bedprice.price_books (book, parent, description) VALUES ('negotiated', 'aws', 'less 12% on Anthropic');
SELECT bedprice.set_multiplier('bedrock', 'vendor', 'anthropic', 0.88, '-infinity', book => 'negotiated') \\g /dev/null
CREATE TABLE logs (log jsonb);
\copy logs FROM '$top/test/fixtures/invocation_logs/records.jsonl' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')
SET bedprice.on_unknown_model = 'null';
INSERT INTO usage (at, account, model, region, mode, i, o, cr, cw, cw1h)
SELECT DISTINCT ON (u.request_id) u.event_time, u.account_id, u.model_id, u.region, u.mode, u.input_tokens,
       u.output_tokens, u.cache_read_tokens, u.cache_write_tokens, u.cache_write_1h_tokens
FROM logs, bedprice.invocation_usage(log) u WHERE u.problem IS NULL ORDER BY u.request_id;
INSERT INTO usage (at, account, provider, book, model, region, mode, i, o, cr, cw, cw1h)
SELECT timestamptz '2026-06-01' + n * interval '37 minutes', (ARRAY['111122223333', '444455556666'])[1 + n % 2],
       p, b, m, r, md, 1000 + n * 13, 200 + n * 7, cr, 0, 0
FROM generate_series(0, 59) AS n,
     (VALUES (NULL, NULL, 'us.anthropic.claude-sonnet-4-6', 'us-east-1', 'on_demand', 5000),
             (NULL, 'negotiated', 'global.anthropic.claude-opus-4-6-v1', 'us-west-2', 'on_demand', 0),
             (NULL, NULL, 'amazon.nova-pro-v1:0', 'us-east-1', 'batch', 0),
             (NULL, NULL, 'qwen.qwen3-coder-30b-a3b-v1:0', 'us-west-2', 'flex', 0),
             ('anthropic', NULL, 'claude-sonnet-4-5', NULL, NULL, 2000),
             ('groq', NULL, 'llama-3.3-70b-versatile', NULL, NULL, 0)) AS v(p, b, m, r, md, cr);
SQL
check "the usage table: every row but the unknown model's priced" "1" \
    "$(q -d "$db" -c "SELECT count(*) FROM usage WHERE cost IS NULL")"

export_csv() {	# export_csv FILE ARGUMENTS-OF-focus_usage
    q -d "$db" -c "\\copy (SELECT * FROM bedprice.focus_usage($2)) TO '$1' WITH (FORMAT csv, HEADER)"
}

# ---- 2 and 3 ----
judge() {	# judge NAME FILE [list]: with "list", the rules not applicable and why
    local out rc summary
    out=$(focus_check "$2" 2>&1)
    rc=$?
    summary=$(tail -n 1 <<<"$out")
    echo "# $1: $summary"
    [ "${3:-}" = list ] && sed -n '/^NOT APPLICABLE/,$p' <<<"$out" | sed 's/^/#   /'
    check "$1: the checker exits 0" 0 "$rc"
    check "$1: no rule violated" 0 "$(sed -n 's/.* \([0-9]*\) violated.*/\1/p' <<<"$summary")"
    check "$1: no rule left unjudged" 0 "$(grep -c UNIMPLEMENTED <<<"$out")"
    check "$1: the rules' verdicts add up to 621" 621 \
        "$(sed -n 's/^focus_check: \([0-9]*\) rules applicable, .* \([0-9]*\) not applicable$/\1 \2/p' <<<"$summary" | awk '{ print $1 + $2 }')"
}
export_csv "$tmp/daily.csv" "'usage', account_names => '{\"111122223333\": \"production\"}'"
rows=$(($(wc -l <"$tmp/daily.csv") - 1))
check "the daily export has rows for every kind of charge (at least 60)" t "$([ "$rows" -ge 60 ] && echo t || echo f)"
check "the daily export bills what the table priced" t \
    "$(q -d "$db" -c "SELECT (SELECT sum(\"BilledCost\") FROM bedprice.focus_usage('usage')) = (SELECT sum(cost) FROM usage)")"
judge "daily export" "$tmp/daily.csv" list
export_csv "$tmp/hourly.csv" "'usage', billing_account_id => '999999999999', charge_period => 'hour'"
judge "hourly export for a payer" "$tmp/hourly.csv"

# ---- 4 ----
awk -F, -v OFS=, 'NR == 2 { $3 = $3 "000000000000001" } { print }' "$tmp/daily.csv" >"$tmp/off.csv"
out=$(focus_check "$tmp/off.csv" 2>&1)
check "a ListCost off in its 19th decimal is caught" t "$(grep -q 'ListCost-C-009-C' <<<"$out" && echo t || echo f)"
awk -F, -v OFS=, 'NR == 2 { $17 = "\"\"" } { print }' "$tmp/daily.csv" >"$tmp/empty.csv"
out=$(focus_check "$tmp/empty.csv" 2>&1)
check "a quoted empty string is caught" t "$(grep -q 'NullHandling-A-002-M' <<<"$out" && echo t || echo f)"

psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
