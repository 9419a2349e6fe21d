#!/usr/bin/env python3
"""focus_check.py: FOCUS 1.2 conformance checker for CSV exports (Python 3 stdlib only).

    python3 focus_check.py --rules model-1.2.json --criteria A,B,... export.csv
    python3 focus_check.py --rules model-1.2.json --list-criteria

Rules come from the FinOps Foundation's own rule file (focus_validator
model-1.2.json, MIT); every rule gets one verdict: passed, violated, or not
applicable with a reason.  Where this differs from the SQL that focus_validator
2.0.1 generates, it follows the rule's MustSatisfy text:

* A rule is off when a flag needed by it, by an ancestor (rules nest through
  CheckModelRule) or, for a column rule, by every presence rule of its column
  was not given.
  Several flags on one rule are all needed (the texts say "and"; the validator
  takes any: --criteria-match any).
* A composite's Condition applies to every rule below it.  In a Condition NULL
  fails "= v" and satisfies "is not v" (the validator's predicate drops NULLs,
  so "ChargeClass is not Correction" skips every ChargeClass-NULL row); in a
  Requirement NULL passes both (nullability has its own rules).  An absent
  column reads as NULL in conditions; a Requirement needing one is not
  applicable (the presence rule reports the absence).
* OR is row-wise (the validator passes an OR when any row matches any branch).
* Products are exact (decimal.Decimal sized to the operands); FormatNumeric
  forbids "+" and "E+" (NumericFormat-A-006/010); FormatString means valid
  Unicode (StringHandling-A-001; the validator wants ASCII); FormatDateTime
  needs the Z (DateTimeFormat-A-006); FormatUnit adds UnitFormat-A-003-M casing.
* MAY rules never fail.  Dynamic rules have no Requirement and are not
  applicable, except those in supplement() whose mechanical core is checked
  ("partial").  SHOULD/RECOMMENDED rules count as violations (--ignore-should).
* The CSV reader tells "" (an empty string: NullHandling-A-002-M) from an
  unquoted empty field (NULL), as PostgreSQL's \\copy ... CSV writes them.
"""

import argparse
import json
import os
import re
import sys
from datetime import datetime, timezone
from decimal import Context, Decimal
from operator import itemgetter

REQ, COND = 'requirement', 'condition'
SHOULDS = ('SHOULD', 'SHOULD NOT', 'RECOMMENDED')


# ---------------------------------------------------------------- CSV input

# a field, then what ends it: a comma, a line end, or the end of the text
_FIELD = re.compile(r'(?:"((?:[^"]+|"")*)"|([^,"\r\n]*))(,|\r?\n|\Z)')


def parse_csv(text):
    """RFC 4180 rows and the line each starts on; NULL is None, "" is ''."""
    rows, starts, row, shared = [], [], [], {}  # shared: one object per distinct value
    pos = row_start = 0
    line = 1
    for m in _FIELD.finditer(text):
        if m.start() != pos:
            raise ValueError(f'line {line + text.count(chr(10), row_start, pos)}: bad quoting')
        quoted, plain, end = m.groups()
        if not end and not row and m.start() == m.end():
            break  # the empty match after the last line end
        v = quoted.replace('""', '"') if quoted is not None else (plain or None)
        row.append(shared.setdefault(v, v))
        pos = m.end()
        if end != ',':
            rows.append(row)
            starts.append(line)
            line += text.count('\n', row_start, pos)
            row, row_start = [], pos
    if pos != len(text):
        raise ValueError(f'line {line}: bad quoting')
    return rows, starts


class Row(tuple):
    """A data row; get(column) is None for NULL and for a column the file lacks."""
    index = {}

    def get(self, col):
        i = self.index.get(col)
        return None if i is None else self[i]


def load_csv(path):
    # surrogateescape keeps undecodable bytes visible to FormatString
    with open(path, 'rb') as f:
        text = f.read().decode('utf-8', 'surrogateescape')
    rows, starts = parse_csv(text.lstrip('\ufeff'))
    if not rows:
        raise ValueError('empty file')
    header = rows[0]
    if None in header or '' in header or len(set(header)) != len(header):
        raise ValueError('header has empty or duplicate column names')
    for r, line in zip(rows[1:], starts[1:]):
        if len(r) != len(header):
            raise ValueError(f'line {line}: {len(r)} fields, header has {len(header)}')
    row_type = type('Row', (Row,), {'index': {c: i for i, c in enumerate(header)}})
    return header, [row_type(r) for r in rows[1:]], starts[1:]


# ---------------------------------------------------------------- values

_DECIMAL = re.compile(r'[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?')
_NUMERIC_FORMAT = re.compile(r'-?(?:\d*\.)?\d+(?:[eE]-?\d+)?')
_ISO_Z = re.compile(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ')
_SURROGATE = re.compile('[\ud800-\udfff]')
PLACEHOLDERS = {'null', 'none', 'n/a', 'not applicable', 'nan', 'undefined'}


def to_decimal(v):
    return Decimal(v) if _DECIMAL.fullmatch(v) else None


def exact_mul(a, b):
    """a*b with enough digits that nothing is rounded."""
    digits = len(a.as_tuple().digits) + len(b.as_tuple().digits) + 1
    return Context(prec=digits, Emax=10**9, Emin=-10**9).multiply(a, b)


def strict_datetime(v):
    if not _ISO_Z.fullmatch(v):
        return None
    try:
        return datetime.strptime(v, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def any_datetime(v):
    """Any ISO 8601 date/time (a Date/Time *type*; the format rule is stricter)."""
    try:
        d = datetime.fromisoformat(v)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def same(v, want):
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        d = to_decimal(v)
        return d is not None and d == Decimal(str(want))
    return v == str(want)


# Unit Format (spec attributes/unit_format.md; patterns as in the validator)
_DATA = 'b Kb Mb Gb Tb Pb Eb B KB MB GB TB PB EB Kib Mib Gib Tib Pib Eib KiB MiB GiB TiB PiB EiB'.split()
_TIME = 'Year Month Day Hour Minute Second'.split()
_TIMES = [t + 's' for t in _TIME]
_COUNTS = 'Count Unit Request Token Connection Certificate Domain Core'.split()
_LISTED = {w.lower(): w for w in _TIME + _TIMES + _COUNTS + [c + 's' for c in _COUNTS]}
_D, _T1, _TN = '|'.join(_DATA), '|'.join(_TIME), '|'.join(_TIMES)
_CNT = r'[A-Za-z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*'
_UNIT = re.compile('|'.join(f'(?:{p})' for p in (
    f'(?:{_D}|{_T1}|{_TN}|{_CNT})',              # GB, Hours, Requests
    f'(?:{_D}|{_CNT})-(?:{_TN})',                # GB-Hours
    f'(?:{_D}|{_CNT}|{_TN})/(?:{_T1})',          # GB/Hour
    f'[0-9]+ (?:{_D}|{_T1}|{_TN}|{_CNT})',       # 1000 Tokens
    f'(?:{_D}|{_CNT}|{_TN})/[0-9]+ (?:{_TN})')))  # Units/3 Months


def unit_ok(v):
    if not _UNIT.fullmatch(v):
        return False
    for word in re.findall(r'[A-Za-z][A-Za-z0-9]*', v):
        if word in _DATA:
            continue
        if _LISTED.get(word.lower(), word) != word or not word[0].isupper():
            return False  # listed terms keep their casing; new nouns are capitalised
    return True


# Key-Value Format: a JSON object, unique keys, scalar values (KeyValueFormat-A-001..004)
class _Obj(list):
    """A parsed JSON object kept as its (key, value) pairs, to see duplicates."""


def _reject(name):
    raise ValueError(name)


def kv_parse(v):
    try:
        obj = json.loads(v, object_pairs_hook=_Obj, parse_constant=_reject)
    except ValueError:
        return None
    return obj if isinstance(obj, _Obj) else None


def kv_ok(v):
    obj = kv_parse(v)
    return (obj is not None and len({k for k, _ in obj}) == len(obj)
            and not any(isinstance(x, list) for _, x in obj))


# FOCUS-defined SKU Price properties (spec v1.2 columns/skupricedetails.md): n numeric, s string
SKU_PROPS = dict(CoreCount='n', DiskMaxIops='n', DiskSpace='n', DiskType='s', GpuCount='n',
                 InstanceType='s', InstanceSeries='s', MemorySize='n', NetworkMaxIops='n',
                 NetworkMaxThroughput='n', OperatingSystem='s', Redundancy='s', StorageClass='s')
_SKU_LOWER = {k.lower(): k for k in SKU_PROPS}


def kv_keys_ok(v, mode):
    obj = kv_parse(v)
    if obj is None:
        return True  # FormatKeyValue reports it
    for k, x in obj:
        if mode == 'pascal' and not re.fullmatch(r'(?:x_)?[A-Z][A-Za-z0-9]*', k):
            return False
        if mode == 'prefixed' and k not in SKU_PROPS and not k.startswith('x_'):
            return False
        if mode == 'casing' and _SKU_LOWER.get(k.lower(), k) != k:
            return False
        if mode == 'types' and k in SKU_PROPS:
            num = isinstance(x, (int, float)) and not isinstance(x, bool)
            if num != (SKU_PROPS[k] == 'n') or (not num and not isinstance(x, str)):
                return False
    return True


# ---------------------------------------------------------------- check functions
# Row checks: (checker, node, row, mode) -> bool.  Group checks see the rows in
# scope and return failing row indexes.  Dataset checks return (ok, detail).

def on_value(test):
    """One-column value test: NULL passes a requirement and fails a condition."""
    def check(chk, node, row, mode):
        v = row.get(node['ColumnName'])
        return mode is REQ if v is None else bool(test(chk, v, node))
    return check


def on_values(keys, test):
    """Several columns: any NULL passes a requirement and fails a condition."""
    def check(chk, node, row, mode):
        vals = [row.get(node[k]) for k in keys]
        return mode is REQ if None in vals else bool(test(node, *vals))
    return check


def check_value(chk, node, row, mode):
    v, want = row.get(node['ColumnName']), node['Value']
    if want is None:
        return v is None
    return mode is REQ if v is None else same(v, want)


def check_not_value(chk, node, row, mode):
    v, want = row.get(node['ColumnName']), node['Value']
    return v is not None if want is None else (v is None or not same(v, want))


def product_ok(node, a, b, r):
    a, b, r = to_decimal(a), to_decimal(b), to_decimal(r)
    try:
        return None not in (a, b, r) and exact_mul(a, b) == r
    except ArithmeticError:  # an exponent beyond 10**9
        return False


def dates_ordered(node, a, b):
    a, b = any_datetime(a), any_datetime(b)
    if a is None or b is None:
        return True  # the format rules report unparseable values
    return a < b if node.get('Strict') else a <= b


def next_month_start(node, end, start):
    e, s = any_datetime(end), any_datetime(start)
    if e is None or s is None:
        return True
    y, m = (s.year + 1, 1) if s.month == 12 else (s.year, s.month + 1)
    return e == datetime(y, m, 1, tzinfo=timezone.utc)


def no_placeholder(chk, node, row, mode):
    """NullHandling-A-002-M binds the columns FOCUS defines (a 0 placeholder is undetectable)."""
    return not any(v is not None and (v == '' or v.strip().lower() in PLACEHOLDERS)
                   for c, v in zip(chk.header, row) if c in chk.focus_columns)


def no_blank(chk, node, row, mode):
    return not any(v is not None and not v.strip() for c, v in zip(chk.header, row) if c in chk.focus_columns)


WHOLE_ROW = ('NoPlaceholder', 'NoBlankString')  # checks reading every column
ROW_CHECKS = {
    'CheckValue': check_value,
    'CheckNotValue': check_not_value,
    'CheckSameValue': on_values(('ColumnAName', 'ColumnBName'), lambda n, a, b: a == b),
    'CheckNotSameValue': on_values(('ColumnAName', 'ColumnBName'), lambda n, a, b: a != b),
    'CheckGreaterOrEqualThanValue':
        on_value(lambda c, v, n: (d := to_decimal(v)) is not None and d >= Decimal(str(n['Value']))),
    'CheckDecimalValue': on_value(lambda c, v, n: to_decimal(v) is not None),
    'ColumnByColumnEqualsColumnValue':
        on_values(('ColumnAName', 'ColumnBName', 'ResultColumnName'), product_ok),
    'TypeString': on_value(lambda c, v, n: True),  # every CSV value is a string
    'TypeDecimal': on_value(lambda c, v, n: to_decimal(v) is not None),
    'TypeDateTime': on_value(lambda c, v, n: any_datetime(v) is not None),
    'FormatDateTime': on_value(lambda c, v, n: strict_datetime(v) is not None),
    'FormatNumeric': on_value(lambda c, v, n: _NUMERIC_FORMAT.fullmatch(v)),
    'FormatString': on_value(lambda c, v, n: not _SURROGATE.search(v)),
    'FormatCurrency': on_value(lambda c, v, n: re.fullmatch('[A-Z]{3}', v)),
    'CheckNationalCurrency': on_value(lambda c, v, n: v in c.currencies),
    'FormatUnit': on_value(lambda c, v, n: unit_ok(v)),
    'FormatKeyValue': on_value(lambda c, v, n: kv_ok(v)),
    # used only by supplement() below
    'KeyValueKeys': on_value(lambda c, v, n: kv_keys_ok(v, n['Mode'])),
    'DateOrder': on_values(('ColumnAName', 'ColumnBName'), dates_ordered),
    'MonthStart': on_value(lambda c, v, n: (d := any_datetime(v)) is None
                           or (d.day, d.hour, d.minute, d.second) == (1, 0, 0, 0)),
    'NextMonthStart': on_values(('ColumnName', 'StartColumn'), next_month_start),
    'NoPlaceholder': no_placeholder,
    'NoBlankString': no_blank,
}


def distinct_count(chk, node, scope):
    groups = {}
    for i in scope:
        row = chk.rows[i]
        values, members = groups.setdefault(row.get(node['ColumnAName']), (set(), []))
        members.append(i)
        if row.get(node['ColumnBName']) is not None:
            values.add(row.get(node['ColumnBName']))
    want = int(node['ExpectedCount'])
    return sorted(i for values, members in groups.values() if len(values) != want for i in members)


GROUP_CHECKS = {'CheckDistinctCount': distinct_count}


def _bad_columns(names, what):
    return (not names, f'{what}: {", ".join(names)}' if names else '')


def custom_columns_last(chk, node):
    last_focus = max((i for i, c in enumerate(chk.header) if c in chk.focus_columns), default=-1)
    return _bad_columns([c for c in chk.header[:last_focus] if c not in chk.focus_columns],
                        'custom columns before FOCUS columns')


DATASET_CHECKS = {
    'ColumnPresent': lambda chk, n: (n['ColumnName'] in chk.header, f"column {n['ColumnName']} absent"),
    'CustomColumnsPrefixed': lambda chk, n: _bad_columns(
        [c for c in chk.custom_columns if not c.startswith('x_')], 'custom columns without x_'),
    'CustomColumnsNamed': lambda chk, n: _bad_columns(
        [c for c in chk.custom_columns if not re.fullmatch(r'x_[A-Z][A-Za-z0-9]*', c)],
        'custom columns not x_PascalCase'),
    'ColumnIdLength': lambda chk, n: _bad_columns(
        [c for c in chk.header if len(c) > 50], 'column IDs over 50 characters'),
    'CustomColumnsLast': custom_columns_last,
}


# ---------------------------------------------------------------- rule model

# Builders for rule trees in the rule file's own shape.
def F(fn, **kw): return dict(CheckFunction=fn, **kw)                        # noqa: E704
def ALL(*items): return F('AND', Items=list(items))                         # noqa: E704
def IS(col, val): return F('CheckValue', ColumnName=col, Value=val)         # noqa: E704
def ISNT(col, val): return F('CheckNotValue', ColumnName=col, Value=val)    # noqa: E704
def ORDER(a, b, strict=False): return F('DateOrder', ColumnAName=a, ColumnBName=b,  # noqa: E704
                                        Strict=strict)


def PRODUCT(a, b, r):
    return F('ColumnByColumnEqualsColumnValue', ColumnAName=a, ColumnBName=b, ResultColumnName=r)


# Model 1.2 rules whose structure contradicts their own MustSatisfy text.
ERRATA = {
    'CommitmentDiscountStatus-C-003-C': ('req', IS('CommitmentDiscountStatus', None)),
    'CommitmentDiscountStatus-C-004-C': ('cond', ALL(ISNT('CommitmentDiscountId', None),
                                                     IS('ChargeCategory', 'Usage'))),
    'CommitmentDiscountQuantity-C-010-C': ('cond', IS('ChargeCategory', 'Purchase')),
    'ConsumedQuantity-C-006-C': ('cond', ISNT('ChargeClass', 'Correction')),
    'Tags-C-003-C': ('cond', ISNT('Tags', None)),
    'PricingCurrencyEffectiveCost-C-004-M':
        ('req', F('CheckDecimalValue', ColumnName='PricingCurrencyEffectiveCost')),
    # "null when SubAccountId is null" OR "not null when not null" is always true
    'SubAccountType-C-003-C': ('req', ALL(F('CheckModelRule', ModelRuleId='SubAccountType-C-004-C'),
                                          F('CheckModelRule', ModelRuleId='SubAccountType-C-005-C'))),
}

USAGE_NOT_CORRECTION = ALL(IS('ChargeCategory', 'Usage'), ISNT('ChargeClass', 'Correction'))


def supplement(monthly):
    """Dynamic rules with a mechanical core: rule id -> (Requirement, Condition)."""
    bps, bpe, cps, cpe = 'BillingPeriodStart', 'BillingPeriodEnd', 'ChargePeriodStart', 'ChargePeriodEnd'
    start = [F('IF', Condition=USAGE_NOT_CORRECTION, Then=ORDER(bps, cps))]
    end = [ORDER(bps, bpe, strict=True), F('IF', Condition=USAGE_NOT_CORRECTION, Then=ORDER(cpe, bpe))]
    if monthly:  # calendar-month billing periods (AWS, Anthropic)
        start.append(F('MonthStart', ColumnName=bps))
        end.append(F('NextMonthStart', ColumnName=bpe, StartColumn=bps))
    kv = {m: F('KeyValueKeys', ColumnName='SkuPriceDetails', Mode=m)
          for m in ('pascal', 'prefixed', 'casing', 'types')}
    return {
        'NullHandling-A-002-M': (F('NoPlaceholder'), None),
        'StringHandling-A-007-M': (F('NoBlankString'), None),
        'ColumnHandling-A-005-O': (F('ColumnIdLength'), None),
        'ColumnHandling-A-010-M': (F('CustomColumnsPrefixed'), None),
        'ColumnHandling-A-011-O': (F('CustomColumnsNamed'), None),
        'ColumnHandling-A-012-O': (F('CustomColumnsLast'), None),
        'ColumnHandling-A-013-O': (F('CustomColumnsLast'), None),
        'PricingQuantity-C-009-C': (ALL(PRODUCT('ListUnitPrice', 'PricingQuantity', 'ListCost'),
                                        PRODUCT('ContractedUnitPrice', 'PricingQuantity', 'ContractedCost')),
                                    ISNT('ChargeClass', 'Correction')),
        'ContractedCost-C-009-C': (PRODUCT('ContractedUnitPrice', 'PricingQuantity', 'ContractedCost'),
                                   None),  # the rule file's own Condition applies
        'SkuMeter-C-006-O': (F('CheckDistinctCount', ColumnAName='SkuId', ColumnBName='SkuMeter',
                               ExpectedCount=1), ALL(ISNT('SkuId', None), ISNT('SkuMeter', None))),
        'SkuPriceDetails-C-007-M': (F('CheckDistinctCount', ColumnAName='SkuPriceId',
                                      ColumnBName='SkuPriceDetails', ExpectedCount=1),
                                    ISNT('SkuPriceId', None)),
        'SkuPriceDetails-C-002-O': (kv['pascal'], None),
        'SkuPriceDetails-C-017-C': (kv['prefixed'], None),
        'SkuPriceDetails-C-020-M': (kv['casing'], None),
        'SkuPriceDetails-C-021-M': (kv['types'], None),
        'BillingPeriodStart-C-004-M': (ALL(*start), None),
        'BillingPeriodEnd-C-004-M': (ALL(*end), None),
        'ChargePeriodEnd-C-004-M': (ORDER(cps, cpe, strict=True), None),
    }


def normalise(node):
    """Repair two shape slips in the 1.2 file: {"AND": x} without CheckFunction
    (CapacityReservationStatus-C-003/004-C) and CheckCondition for ColumnName."""
    if not node:
        return None
    if 'CheckFunction' not in node and len(node) == 1 and next(iter(node)) in ('AND', 'OR'):
        (fn, items), = node.items()
        node = F(fn, Items=items if isinstance(items, list) else [items])
    node = dict(node)
    if 'CheckCondition' in node:
        node['ColumnName'] = node.pop('CheckCondition')
    if 'Items' in node:
        node['Items'] = [normalise(i) for i in node['Items']]
    return node


def walk(node, conditions=False):
    """The node and all below it; an IF's Condition only when asked."""
    if node:
        yield node
        kids = node.get('Items', []) + [node[k] for k in ('Then', 'Condition') if k in node
                                        and (k == 'Then' or conditions)]
        for child in kids:
            yield from walk(child, conditions)


def refs(node):
    return [n['ModelRuleId'] for n in walk(node) if n['CheckFunction'] == 'CheckModelRule']


def columns_of(node, conditions=False):
    keys = ('ColumnName', 'ColumnAName', 'ColumnBName', 'ResultColumnName', 'StartColumn')
    return [n[k] for n in walk(node, conditions) if n['CheckFunction'] != 'ColumnPresent'
            for k in keys if k in n]


class Rule:
    def __init__(self, rid, raw):
        vc = raw['ValidationCriteria']
        self.id, self.keyword, self.text = rid, vc['Keyword'], vc['MustSatisfy']
        self.req, self.cond = normalise(vc['Requirement']), normalise(vc['Condition'])
        self.criteria, self.deps = raw['ApplicabilityCriteria'], vc['Dependencies']
        self.composite = raw['Function'] == 'Composite'
        self.function, self.entity, self.ref = raw['Function'], raw['EntityType'], raw['Reference']
        self.parent, self.partial, self.fixed = None, False, False


class Model:
    """The rule file, with parent links, dataset membership and column families."""

    def __init__(self, path, monthly=False):
        with open(path, encoding='utf-8') as f:
            raw = json.load(f)
        self.version = raw['Details'].get('FOCUSVersion', '?')
        self.criteria = raw['ApplicabilityCriteria']
        self.functions = raw['CheckFunctions']
        self.datasets = raw['ModelDatasets']
        self.rules = {rid: Rule(rid, r) for rid, r in raw['ModelRules'].items()}
        if raw['Details'].get('ModelVersion') == '1.2':
            for rid, (field, node) in ERRATA.items():
                if rid in self.rules:
                    setattr(self.rules[rid], field, node)
                    self.rules[rid].fixed = True
            for rid, (req, cond) in supplement(monthly).items():
                if rid in self.rules:
                    rule = self.rules[rid]
                    rule.req, rule.cond, rule.partial = req, cond or rule.cond, True
        for rule in self.rules.values():
            for kid in refs(rule.req):
                if kid in self.rules and self.rules[kid].parent is None:
                    self.rules[kid].parent = rule
        self.presence = {}
        for rule in self.rules.values():
            if rule.function == 'Presence' and rule.req['CheckFunction'] == 'ColumnPresent':
                self.presence.setdefault(rule.req['ColumnName'], []).append(rule)
        self.focus_columns = set(self.presence)

    def lineage(self, rule):
        while rule:
            yield rule
            rule = rule.parent

    def dataset_of(self):
        """Rule id -> dataset, following references, dependencies and format attributes."""
        owner = {}
        for name, spec in self.datasets.items():
            todo = list(spec['ModelRules'])
            while todo:
                rid = todo.pop()
                if rid in owner or rid not in self.rules:
                    continue
                owner[rid] = name
                rule = self.rules[rid]
                todo += refs(rule.req) + rule.deps
                for n in walk(rule.req):
                    todo += self.functions.get(n['CheckFunction'], {}).get('FormatAttributes', [])
        return owner

    def gate(self, rule, given, match_all):
        """Why the criteria flags switch this rule off, or None."""
        def missing(crit):
            lack = [c for c in crit if c not in given]
            return lack if (lack and (match_all or len(lack) == len(crit))) else None
        for r in self.lineage(rule):
            lack = r.criteria and missing(r.criteria)
            if lack:
                via = f' (via {r.id})' if r is not rule else ''
                return f"criteria flag {'+'.join(lack)} not given{via}"
        family = self.presence.get(rule.ref, []) if rule.entity == 'Column' else []
        if family and all(p.criteria and missing(p.criteria) for p in family):
            flags = ' or '.join('+'.join(p.criteria) for p in family)
            return f'criteria flag {flags} for column {rule.ref} not given'
        return None


# ---------------------------------------------------------------- evaluation

PASS = ('pass',)


def NA(reason):
    return ('na', reason)


def FAIL(rows, detail='', via=()):
    return ('fail', rows, detail, list(via))


class Checker:
    def __init__(self, model, header, rows, given, match_all, ignore_should, currencies, dataset):
        self.model, self.header, self.rows = model, header, rows
        self.given, self.match_all, self.ignore_should = set(given), match_all, ignore_should
        self.currencies, self.dataset = currencies, dataset
        self.focus_columns = model.focus_columns
        self.custom_columns = [c for c in header if c not in model.focus_columns]
        self.position = {c: i for i, c in enumerate(header)}
        self.owner = model.dataset_of()
        self.memo, self.scopes = {}, {}

    def outcome(self, rule):
        """The verdict reported for a rule.  A branch of an OR (InvoiceId-C-004/005-C:
        "null when not invoiced" OR "not null when invoiced") states only half a
        condition, so it is judged as part of its OR, not on its own."""
        verdict = self.judge(rule)
        parent = rule.parent
        if verdict[0] in ('pass', 'fail') and parent and parent.req['CheckFunction'] == 'OR':
            return NA(f'a branch of OR rule {parent.id}, judged there')
        return verdict

    def judge(self, rule):
        if rule.id not in self.memo:
            self.memo[rule.id] = NA('reference cycle')
            self.memo[rule.id] = self._outcome(rule)
        return self.memo[rule.id]

    def _outcome(self, rule):
        if self.owner.get(rule.id) != self.dataset:
            return NA(f'rule of dataset {self.owner.get(rule.id, "(none)")}, not {self.dataset}')
        why = self.model.gate(rule, self.given, self.match_all)
        if why:
            present = rule.entity == 'Column' and rule.ref in self.header
            return NA(why + (f' (column {rule.ref} is present but unchecked)' if present else ''))
        if rule.keyword in ('MAY', 'OPTIONAL'):
            return NA('MAY: a permission, never violated')
        if self.ignore_should and rule.keyword in SHOULDS:
            return NA(f'{rule.keyword} rule skipped by --ignore-should')
        if rule.composite:
            return self.composite(rule)
        if rule.req is None:
            return NA(self.dynamic_reason(rule))
        missing = self.unimplemented(rule)
        if missing:
            return ('unimplemented', f'check function {missing} not implemented')
        absent = [c for c in columns_of(rule.req) if c not in self.header]
        if absent:
            ids = ', '.join(p.id for p in self.model.presence.get(absent[0], []))
            return NA(f'column {absent[0]} absent' + (f' (presence: {ids})' if ids else ''))
        return self.evaluate(rule)

    def dynamic_reason(self, rule):
        root = list(self.model.lineage(rule))[-1]
        covered = [fn for fn, spec in self.model.functions.items()
                   if root.id in spec.get('FormatAttributes', []) and fn != 'ColumnPresent']
        if covered:
            return f"dynamic; its mechanical part is checked by {', '.join(covered)} in column rules"
        return 'dynamic: no machine-checkable requirement in the rule file'

    def unimplemented(self, rule):
        top = rule.req['CheckFunction']
        known = set(ROW_CHECKS) | {'AND', 'OR', 'IF'}
        for n in list(walk(rule.req))[1:] + [n for c in self.conditions(rule) for n in walk(c)]:
            if n['CheckFunction'] not in known:
                return n['CheckFunction'] + ' (nested)'
        if top not in known | set(GROUP_CHECKS) | set(DATASET_CHECKS):
            return top
        return None

    def conditions(self, rule):
        return [r.cond for r in self.model.lineage(rule) if r.cond]

    def composite(self, rule):
        if any(k not in self.model.rules for k in refs(rule.req)):
            return ('unimplemented', 'reference to a rule missing from the file')
        kids = [(k, self.judge(self.model.rules[k])) for k in refs(rule.req)]
        if len(kids) != len(rule.req.get('Items', [rule.req])):
            return ('unimplemented', 'composite mixing rule references and checks')
        live = [(k, r) for k, r in kids if r[0] in ('pass', 'fail')]
        if not live:
            return NA('no part is applicable')
        fails = [(k, r) for k, r in live if r[0] == 'fail']
        if rule.req['CheckFunction'] == 'OR':  # row-wise: a row must fail every branch
            if len(fails) < len(live):
                return PASS
            sets = [set(r[1]) for _, r in fails if r[1] is not None]
            rows = None if not sets else set.intersection(*sets)
            if rows == set():
                return PASS
        elif not fails:
            return PASS
        else:
            rows = None if any(r[1] is None for _, r in fails) else set().union(*(r[1] for _, r in fails))
        return FAIL(None if rows is None else sorted(rows), via=[k for k, _ in fails])

    def scope(self, conds):
        """Indexes of the rows meeting every condition; siblings share their parents' scope."""
        key = tuple(map(id, conds))
        if key not in self.scopes:
            rows = self.scope(conds[1:]) if conds else range(len(self.rows))
            self.scopes[key] = self.select(conds[0], rows, COND) if conds else rows
        return self.scopes[key]

    def evaluate(self, rule):
        scope = self.scope(self.conditions(rule))
        req, fn = rule.req, rule.req['CheckFunction']
        if fn in DATASET_CHECKS:
            ok, detail = DATASET_CHECKS[fn](self, req)
            return PASS if ok else FAIL(None, detail)
        if fn in GROUP_CHECKS:
            bad = GROUP_CHECKS[fn](self, req, scope)
        else:
            bad = self.select(req, scope, REQ, want=False)
        return FAIL(bad) if bad else PASS

    def select(self, node, indexes, mode, want=True):
        """Indexes whose row passes (want) or fails the node.  Rows agreeing on the
        node's columns share one verdict: exports repeat most values."""
        if any(n['CheckFunction'] in WHOLE_ROW for n in walk(node, True)):
            return [i for i in indexes if self.test(node, self.rows[i], mode) is want]
        at = sorted({self.position[c] for c in columns_of(node, True) if c in self.position})
        key, rows = (itemgetter(*at) if at else lambda row: ()), self.rows
        keys = [key(rows[i]) for i in indexes]
        sample = dict(zip(keys, indexes))  # one row per distinct key
        verdicts = {k: self.test(node, rows[i], mode) for k, i in sample.items()}
        return [i for i, k in zip(indexes, keys) if verdicts[k] is want]

    def test(self, node, row, mode):
        fn = node['CheckFunction']
        if fn == 'AND':
            return all(self.test(i, row, mode) for i in node['Items'])
        if fn == 'OR':
            return any(self.test(i, row, mode) for i in node['Items'])
        if fn == 'IF':
            return not self.test(node['Condition'], row, COND) or self.test(node['Then'], row, mode)
        return bool(ROW_CHECKS[fn](self, node, row, mode))


# ---------------------------------------------------------------- report

def short(text, width=96):
    text = ' '.join(text.split())
    return text if len(text) <= width else text[:width - 3] + '...'


def where(result, lines):
    rows, detail = result[1], result[2]
    if rows is None:
        return 'dataset-level' + (f' ({detail})' if detail else '')
    return f'{len(rows)} failing row(s), first at data row {rows[0] + 1} (line {lines[rows[0]]})'


def report(model, checker, lines, out):
    results = {rid: checker.outcome(rule) for rid, rule in model.rules.items()}
    kind = lambda t: [(rid, r) for rid, r in results.items() if r[0] == t]
    leaf_fails = [(rid, r) for rid, r in kind('fail') if not model.rules[rid].composite]
    comp_fails = [(rid, r) for rid, r in kind('fail') if model.rules[rid].composite]
    print('VIOLATED RULES', file=out)
    for rid, r in leaf_fails:
        rule = model.rules[rid]
        tag = ' [partial check of a dynamic rule]' if rule.partial else ''
        print(f'  {rid}  {rule.keyword}{tag}: {short(rule.text)} -- {where(r, lines)}', file=out)
    if comp_fails:
        print('VIOLATED COMPOSITE RULES (through the parts named)', file=out)
        for rid, r in comp_fails:
            print(f'  {rid}  {model.rules[rid].keyword}: via {", ".join(r[3])} -- {where(r, lines)}',
                  file=out)
    print('NOT APPLICABLE', file=out)
    for rid, r in kind('na'):
        print(f'  {rid}  {r[1]}', file=out)
    unimpl = kind('unimplemented')
    for rid, r in unimpl:
        msg = f'  UNIMPLEMENTED {rid}: {r[1]} -- rule would apply but is NOT checked'
        print(msg, file=out)
        print('focus_check:' + msg, file=sys.stderr)
    fixed = [rid for rid, rule in model.rules.items() if rule.fixed]
    if fixed:
        print(f'NOTE rule-file errata applied (structure contradicted MustSatisfy): {", ".join(fixed)}',
              file=out)
    passed, failed = len(kind('pass')), len(kind('fail'))
    print(f'focus_check: {passed + failed} rules applicable, {passed} passed, {failed} violated, '
          f'{len(results) - passed - failed} not applicable', file=out)
    return 0 if not failed and not unimpl else 1


def list_criteria(model, match_all, out):
    every = set(model.criteria)
    for flag, spec in model.criteria.items():
        direct = sum(flag in r.criteria for r in model.rules.values())
        gated = sum(bool(model.gate(r, every - {flag}, match_all)) for r in model.rules.values())
        print(f'{flag}: gates {gated} rules ({direct} directly) -- {spec.get("Description", "")}', file=out)


def load_currencies(path):
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding='utf-8') as f:
        rows, _ = parse_csv(f.read())
    return {r[-1] for r in rows[1:] if r and r[-1]}


def main(argv=None):
    ap = argparse.ArgumentParser(description='FOCUS conformance check of a CSV export.')
    ap.add_argument('--rules', required=True, help='focus_validator model JSON (e.g. model-1.2.json)')
    ap.add_argument('--criteria', default='', help='comma-separated applicability flags, or ALL')
    ap.add_argument('--list-criteria', action='store_true', help='list the flags and what they gate')
    ap.add_argument('--criteria-match', choices=('all', 'any'), default='all',
                    help='a rule naming several flags needs all (default) or any of them')
    ap.add_argument('--currency-codes', help='ISO 4217 list (default: currency_codes.csv beside --rules)')
    ap.add_argument('--dataset', default='CostAndUsage')
    ap.add_argument('--ignore-should', action='store_true', help='skip SHOULD/RECOMMENDED rules')
    ap.add_argument('--monthly-billing-periods', action='store_true',
                    help='billing periods are calendar months (AWS, Anthropic)')
    ap.add_argument('csv', nargs='?')
    args = ap.parse_args(argv)
    model = Model(args.rules, args.monthly_billing_periods)
    match_all = args.criteria_match == 'all'
    if args.list_criteria:
        list_criteria(model, match_all, sys.stdout)
        return 0
    if not args.csv:
        ap.error('a CSV file is required')
    given = [c.strip() for c in args.criteria.split(',') if c.strip()]
    if given == ['ALL']:
        given = list(model.criteria)
    unknown = [c for c in given if c not in model.criteria]
    if unknown:
        ap.error(f'unknown criteria: {", ".join(unknown)} (see --list-criteria)')
    beside_rules = os.path.join(os.path.dirname(os.path.abspath(args.rules)), 'currency_codes.csv')
    currencies = load_currencies(args.currency_codes or beside_rules)
    if currencies is None:  # without the list CheckNationalCurrency cannot run
        print('focus_check: no currency_codes.csv (--currency-codes)', file=sys.stderr)
        del ROW_CHECKS['CheckNationalCurrency']
    try:
        header, rows, lines = load_csv(args.csv)
    except (OSError, ValueError) as e:
        print(f'focus_check: {args.csv}: {e}', file=sys.stderr)
        return 2
    print(f'focus_check: {args.csv}: {len(rows)} rows, {len(header)} columns; FOCUS {model.version} '
          f'rules {args.rules} ({len(model.rules)} rules); criteria: {", ".join(given) or "(none)"}')
    checker = Checker(model, header, rows, given, match_all, args.ignore_should, currencies, args.dataset)
    return report(model, checker, lines, sys.stdout)


if __name__ == '__main__':
    sys.exit(main())
