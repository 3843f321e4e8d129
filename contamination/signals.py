"""Structural signals for one (document, benchmark item) candidate pair.

Everything here is language-light so that a Python item still matches its C or
JavaScript translation:
  words      identifiers split at `_` and camelCase + prose words, lowercased;
             `rare_overlap` = idf-weighted share of the item's words found in the document
             (idf over the benchmark items, so `return`, `list`, `given` weigh little);
  skeleton   code with comments and strings removed, identifiers -> `v`, numbers -> `0`,
             keywords mapped across languages (def/function -> fn, &&/and -> and,
             True/true -> bool, None/null/NULL -> nil), type names and `{};:,` dropped;
             `skeleton_overlap` = share of the item's skeleton 4-grams in the document;
  literals   numbers and short string literals (doctest / IO examples, constants);
             `literal_overlap` = share of the item's literals found in the document;
  length     `length_ratio` = min/max of the two word counts.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

_COMMENT = re.compile(r"#[^\n]*|//[^\n]*|/\*.*?\*/", re.S)
_STRING = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`[^`]*`')
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")
_CODE_TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|==|!=|<=|>=|&&|\|\||\+\+|--|\+=|-=|\*=|/=|//|\*\*|[-+*/%<>=!()\[\]]")
_WORD = re.compile(r"[A-Za-z]+|\d+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_KEYWORDS = {
    "def": "fn", "function": "fn", "func": "fn", "fn": "fn", "lambda": "fn",
    "if": "if", "elif": "elif", "else": "else", "for": "for", "while": "while", "return": "return",
    "in": "in", "of": "in", "not": "not", "!": "not", "and": "and", "&&": "and", "or": "or", "||": "or",
    "break": "break", "continue": "continue", "true": "bool", "false": "bool", "True": "bool",
    "False": "bool", "None": "nil", "null": "nil", "NULL": "nil", "undefined": "nil", "nullptr": "nil",
    "import": None, "from": None, "typing": None, "include": None, "using": None, "namespace": None,
}
_TYPES = {"int", "float", "double", "bool", "char", "void", "long", "short", "unsigned", "signed", "str",
          "string", "String", "List", "list", "Tuple", "tuple", "Dict", "dict", "Optional", "Any", "vector",
          "const", "let", "var", "auto", "static", "size_t", "std", "boolean", "number", "Number", "Array",
          "public", "private", "new", "struct", "class", "self", "this", "static_cast"}
_STOP = {"the", "a", "an", "of", "to", "is", "and", "or", "in", "if", "it", "be", "that", "this", "for", "on",
         "with", "as", "are", "by", "return", "returns", "def", "function", "int", "float", "str", "list",
         "true", "false", "none", "null", "const", "let", "var", "for", "while", "else", "elif", "i", "j",
         "x", "n", "s", "from", "typing", "import", "include", "std", "vector", "string", "void", "char"}

FEATURES = ("similarity", "rare_overlap", "skeleton_overlap", "literal_overlap", "length_ratio")


def words(text: str) -> list[str]:
    out = []
    for tok in _WORD.findall(_CAMEL.sub(" ", text)):
        t = tok.lower()
        if t not in _STOP and len(t) > 1:
            out.append(t)
    return out


def literals(text: str) -> set[str]:
    nums = {_canon_number(m) for m in _NUMBER.findall(text)}
    strs = {m[1:-1].strip().lower() for m in re.findall(r'"[^"\n]{1,40}"|\'[^\'\n]{1,40}\'', text)}
    return {x for x in nums | strs if x and x not in {"0", "1", "-1"}}


def _canon_number(s: str) -> str:
    try:
        v = float(s)
    except ValueError:
        return s
    return str(int(v)) if v.is_integer() else repr(v)


def skeleton(text: str) -> list[str]:
    code = _STRING.sub(" S ", _COMMENT.sub(" ", text))
    out = []
    for tok in _CODE_TOKEN.findall(code):
        if tok in _KEYWORDS:
            k = _KEYWORDS[tok]
            if k:
                out.append(k)
        elif tok in _TYPES:
            continue
        elif tok == "S":
            out.append("s")
        elif tok[0].isdigit():
            out.append("0")
        elif tok[0].isalpha() or tok[0] == "_":
            out.append("v")
        else:
            out.append(tok)
    return out


def shingles(seq: list[str], k: int = 4) -> set[tuple]:
    return {tuple(seq[i:i + k]) for i in range(max(0, len(seq) - k + 1))}


@dataclass
class ItemSignals:
    """Precomputed benchmark-side signals for every item (built once on the driver)."""

    words: list[dict] = field(default_factory=list)     # word -> idf weight (item's distinct words)
    totals: list[float] = field(default_factory=list)   # sum of the item's idf weights
    skel: list[set] = field(default_factory=list)
    lits: list[set] = field(default_factory=list)
    nwords: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, texts: list[str]) -> "ItemSignals":
        ws = [words(t) for t in texts]
        df = Counter(w for item in ws for w in set(item))
        n = len(texts)
        out = cls()
        for t, w in zip(texts, ws):
            weights = {x: math.log((n + 1) / (df[x] + 0.5)) for x in set(w)}
            out.words.append(weights)
            out.totals.append(sum(weights.values()) or 1.0)
            out.skel.append(shingles(skeleton(t)))
            out.lits.append(literals(t))
            out.nwords.append(len(w))
        return out


def pair_features(doc: str, item: int, sig: ItemSignals, similarity: float) -> list[float]:
    dw = words(doc)
    dset = set(dw)
    weights = sig.words[item]
    rare = sum(v for w, v in weights.items() if w in dset) / sig.totals[item]
    iskel = sig.skel[item]
    skel = len(iskel & shingles(skeleton(doc))) / len(iskel) if iskel else 0.0
    ilit = sig.lits[item]
    lit = len(ilit & literals(doc)) / len(ilit) if ilit else 0.5
    a, b = len(dw), sig.nwords[item]
    ratio = min(a, b) / max(a, b) if max(a, b) else 0.0
    return [similarity, rare, skel, lit, ratio]
