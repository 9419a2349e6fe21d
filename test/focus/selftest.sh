#!/bin/bash
# selftest.sh [RULES_JSON]: run focus_check.py on every sample in samples/.
#
# A PASS case must exit 0 with no violation; a bad case must exit 1 and list
# each expected rule ID among its VIOLATED rules.  Every run's summary line
# must add up to the number of rules in the file.  Prints "ok NAME" or
# "FAIL NAME", then "N passed, N failed".  RULES_JSON defaults to the FinOps
# Foundation's model-1.2.json in test/fixtures/focus/ (gzipped there, with
# the currency codes beside it).

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${1:-}" ]; then
    rules=$1
else
    gunzip -c "$here/../fixtures/focus/focus_validator_model-1.2.json.gz" >"$tmp/model-1.2.json"
    cp "$here/../fixtures/focus/currency_codes.csv" "$tmp/"
    rules=$tmp/model-1.2.json
fi
check="python3 $here/focus_check.py --rules $rules"
s=$here/samples

# The flags judged ON for an AWS Bedrock + Anthropic API token dataset.
strict=ACCOUNT_NAMING_SUPPORTED,AVAILABILITY_ZONE_SUPPORTED,BILLING_BASED_ON_PROVISIONED_RESOURCES_SUPPORTED
strict=$strict,CAPACITY_RESERVATION_SUPPORTED,COMMITMENT_DISCOUNT_SUPPORTED,MULTIPLE_PRICING_CATEGORIES_SUPPORTED
strict=$strict,NEGOTIATED_PRICING_SUPPORTED,PUBLIC_PRICE_LIST_SUPPORTED,REGION_SUPPORTED
strict=$strict,RESOURCE_TYPE_ASSIGNMENT_SUPPORTED,SUB_ACCOUNT_SUPPORTED,TAGGING_SUPPORTED
strict=$strict,UNIT_PRICING_SUPPORTED,USAGE_MEASUREMENT_SUPPORTED
# The flags a Bedrock-token-only dataset cannot do without.
minimal=ACCOUNT_NAMING_SUPPORTED,MULTIPLE_PRICING_CATEGORIES_SUPPORTED,NEGOTIATED_PRICING_SUPPORTED
minimal=$minimal,PUBLIC_PRICE_LIST_SUPPORTED,REGION_SUPPORTED,SUB_ACCOUNT_SUPPORTED
minimal=$minimal,UNIT_PRICING_SUPPORTED,USAGE_MEASUREMENT_SUPPORTED

total=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["ModelRules"]))' "$rules") || exit 2
passed=0
failed=0

fail() {
    failed=$((failed + 1))
    echo "FAIL $1: $2"
}

# expect NAME "PASS" | "RULE-ID ..." -- focus_check arguments...
expect() {
    local name=$1 want=$2 out rc id last
    shift 2
    out=$($check "$@" 2>&1)
    rc=$?
    last=$(tail -n 1 <<<"$out")
    if ! [[ $last =~ ^focus_check:\ ([0-9]+)\ rules\ applicable,\ ([0-9]+)\ passed,\ ([0-9]+)\ violated,\ ([0-9]+)\ not\ applicable$ ]]; then
        fail "$name" "no summary line (exit $rc): $last"
        return
    fi
    local app=${BASH_REMATCH[1]} ok=${BASH_REMATCH[2]} bad=${BASH_REMATCH[3]} na=${BASH_REMATCH[4]}
    if ((app + na != total || ok + bad != app)); then
        fail "$name" "summary does not add up to $total rules: $last"
        return
    fi
    # the rule IDs listed as violated (leaf and composite sections)
    local violated
    violated=$(sed -n '/^VIOLATED RULES/,/^NOT APPLICABLE/p' <<<"$out" | awk '/^  /{print $1}')
    if [ "$want" == PASS ]; then
        if [ $rc -ne 0 ] || [ "$bad" -ne 0 ]; then
            fail "$name" "expected a clean pass, got exit $rc: $(echo $violated)"
            return
        fi
    else
        if [ $rc -ne 1 ]; then
            fail "$name" "expected exit 1, got $rc"
            return
        fi
        for id in $want; do
            if ! grep -qx -- "$id" <<<"$violated"; then
                fail "$name" "$id not among the violated rules: $(echo $violated)"
                return
            fi
        done
    fi
    passed=$((passed + 1))
    echo "ok $name"
}

expect good PASS --criteria $strict $s/good.csv
expect good_monthly_periods PASS --criteria $strict --monthly-billing-periods $s/good.csv
expect good_must_only PASS --criteria $strict --ignore-should $s/good.csv
expect bad_service_category ServiceCategory-C-003-M --criteria $strict $s/bad_service_category.csv
expect bad_listcost_1e-15 "ListCost-C-009-C ListUnitPrice-C-010-C" --criteria $strict $s/bad_listcost_1e-15.csv
expect bad_charge_period_format ChargePeriodStart-C-002-M --criteria $strict $s/bad_charge_period_format.csv
expect bad_billing_period_after_charge BillingPeriodStart-C-004-M --criteria $strict \
    $s/bad_billing_period_after_charge.csv
# No rule in the file demands calendar-month billing periods: a one-day
# billing period passes unless --monthly-billing-periods says they are months.
expect billing_period_day_no_rule PASS --criteria $strict $s/bad_billing_period_day.csv
expect bad_billing_period_day "BillingPeriodStart-C-004-M BillingPeriodEnd-C-004-M" --criteria $strict \
    --monthly-billing-periods $s/bad_billing_period_day.csv
expect bad_missing_billedcost CostAndUsage-D-006-M --criteria $strict $s/bad_missing_billedcost.csv
expect bad_empty_string NullHandling-A-002-M --criteria $strict $s/bad_empty_string.csv
expect bad_skupricedetails_keys SkuPriceDetails-C-017-C --criteria $strict $s/bad_skupricedetails_keys.csv
expect bad_billing_account_type_null BillingAccountType-C-005-C \
    --criteria $strict,MULTIPLE_BILLING_ACCOUNT_TYPES_SUPPORTED $s/bad_billing_account_type_null.csv
# The column list as planned, '1M Tokens' unit included.
expect planned_strict "PricingUnit-C-003-O CostAndUsage-D-033-O CostAndUsage-D-064-C CostAndUsage-D-043-C" \
    --criteria $strict $s/planned.csv
expect planned_minimal "PricingUnit-C-003-O CostAndUsage-D-033-O" --criteria $minimal $s/planned.csv

# An unknown check function must be reported loudly and fail the run.
python3 - "$rules" "$tmp/rules.json" <<'EOF'
import json, sys
model = json.load(open(sys.argv[1]))
model['ModelRules']['ServiceCategory-C-003-M']['ValidationCriteria']['Requirement'] = {
    'CheckFunction': 'CheckFromTheFuture', 'ColumnName': 'ServiceCategory'}
json.dump(model, open(sys.argv[2], 'w'))
EOF
out=$(python3 "$here/focus_check.py" --rules "$tmp/rules.json" --currency-codes "$(dirname "$rules")/currency_codes.csv" \
    --criteria $strict $s/good.csv 2>&1)
rc=$?
if [ $rc -eq 1 ] && grep -q 'UNIMPLEMENTED ServiceCategory-C-003-M: check function CheckFromTheFuture' <<<"$out"; then
    passed=$((passed + 1))
    echo "ok unimplemented_is_loud"
else
    fail unimplemented_is_loud "exit $rc, no UNIMPLEMENTED line"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
