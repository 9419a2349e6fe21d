#!/usr/bin/env python3
"""Writes test/fixtures/peer_bedrock_models.csv: every AWS Bedrock model ID
in two peer data sets, which the shipped catalog must price or list in
catalog/left_out.csv (test/suites/catalog_sources.sh checks it).

    python3 catalog/build/make_peer_list.py

Sources (paths from NPM_SOURCES and MODELSDEV_GIT):
  * genai-prices 0.1.8: npm @pydantic/genai-prices 0.1.8, unpacked; the data is
    embedded in dist/index.js as a JS object literal; provider id "aws".
  * models.dev f3fc692: anomalyco/models.dev at commit f3fc692 (2026-07-02),
    providers/amazon-bedrock/models/*.toml, the file name is the peer ID, read
    from a bare git copy with `git ls-tree`.

bedrock_id: the peer ID without genai-prices' own `regional.` / `global.`
prefix and without a routing prefix, lower-cased; one row per (source,
bedrock_id).  Image and video generation and rerank models are skipped.
"""

import csv
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bedrock_others  # noqa: E402  (its JS literal reader)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'test', 'fixtures', 'peer_bedrock_models.csv')

NPM_SOURCES = os.environ.get('NPM_SOURCES', '/work/catalog_draft/sources')
GENAI_JS = os.path.join(NPM_SOURCES, 'pydantic-genai-prices-0.1.8/package/dist/index.js')
GENAI_PKG = os.path.join(NPM_SOURCES, 'pydantic-genai-prices-0.1.8/package/package.json')
MODELSDEV_GIT = os.environ.get('MODELSDEV_GIT', '/work/.mirror/anomalyco+models.dev/repo')
MODELSDEV_COMMIT = 'f3fc692'
MODELSDEV_DIR = 'providers/amazon-bedrock/models/'

SRC_GENAI = 'genai-prices 0.1.8'
SRC_MODELSDEV = 'models.dev f3fc692'
PROVIDER = 'bedrock'

GENAI_ID_PREFIXES = ('regional.', 'global.')
ROUTING_PREFIXES = ('us-gov.', 'us.', 'eu.', 'apac.', 'jp.', 'au.', 'ca.', 'global.')
# representative peer_id: bare first, then this order
PREFIX_PREFERENCE = ['', 'regional.', 'us.', 'eu.', 'apac.', 'au.', 'jp.', 'ca.',
                     'us-gov.', 'global.']

SKIP_PATTERNS = [
    (re.compile(r'^stability\.|stable-diffusion|\bsd3\b|stable-image'), 'image generation (Stability AI)'),
    (re.compile(r'titan-image'), 'image generation (Titan Image Generator)'),
    (re.compile(r'nova-canvas'), 'image generation (Nova Canvas)'),
    (re.compile(r'nova-reel'), 'video generation (Nova Reel)'),
    (re.compile(r'rerank'), 'rerank model'),
]

def load_genai_aws():
    version = json.load(open(GENAI_PKG, encoding='utf-8'))['version']
    assert version == '0.1.8', version
    # the JS literal reader of bedrock_others.py (the same file)
    return list(bedrock_others.load_genai_aws().values())


def load_modelsdev():
    full = subprocess.run(['git', '--git-dir', MODELSDEV_GIT, 'rev-parse', MODELSDEV_COMMIT + '^{commit}'],
                          check=True, capture_output=True, text=True).stdout.strip()
    names = subprocess.run(['git', '--git-dir', MODELSDEV_GIT, 'ls-tree', '--name-only', full, MODELSDEV_DIR],
                           check=True, capture_output=True, text=True).stdout.split('\n')
    ids, other = [], []
    for p in names:
        if not p:
            continue
        base = p[len(MODELSDEV_DIR):]
        if base.endswith('.toml'):
            ids.append(base[:-len('.toml')])
        else:
            other.append(base)
    return full, ids, other


# --------------------------------------------------------------------------
def split_prefix(peer_id, genai):
    """-> (prefix string, bedrock_id)"""
    x = peer_id.strip()
    pre = ''
    if genai:
        for p in GENAI_ID_PREFIXES:
            if x.lower().startswith(p):
                pre, x = p, x[len(p):]
                break
    if not pre or pre == 'regional.':
        for p in ROUTING_PREFIXES:
            if x.lower().startswith(p):
                pre, x = (pre or p), x[len(p):]
                break
    return pre, x.lower()


def skip_reason(bid):
    for rx, why in SKIP_PATTERNS:
        if rx.search(bid):
            return why
    return None


def group(source, peer_ids, genai):
    by = {}
    for pid in peer_ids:
        pre, bid = split_prefix(pid, genai)
        by.setdefault(bid, []).append((pre, pid))
    out, skipped = {}, []
    for bid, lst in by.items():
        lst.sort(key=lambda t: (PREFIX_PREFERENCE.index(t[0]) if t[0] in PREFIX_PREFERENCE else 99, t[1]))
        why = skip_reason(bid)
        if why:
            skipped.append((source, bid, [p for _, p in lst], why))
            continue
        out[bid] = [p for _, p in lst]
    return out, skipped


def main():
    genai_ids = [m['id'] for m in load_genai_aws()]
    assert len(genai_ids) == len(set(genai_ids))
    md_commit, md_ids, md_other = load_modelsdev()
    rows, skipped_all = [], []
    for source, ids, genai in ((SRC_GENAI, genai_ids, True), (SRC_MODELSDEV, md_ids, False)):
        grouped, skipped = group(source, ids, genai)
        skipped_all += skipped
        for bid in sorted(grouped):
            rows.append({'source': source, 'peer_id': grouped[bid][0], 'bedrock_id': bid})
    rows.sort(key=lambda r: (r['source'], r['bedrock_id']))
    with open(OUT, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['source', 'peer_id', 'bedrock_id'], lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    print('models.dev commit %s; skipped: %s' % (md_commit, skipped_all or 'none'))
    print('wrote', OUT, len(rows), 'rows')


if __name__ == '__main__':
    sys.exit(main())
