"""Lexical views of documents and benchmark items, language-light so that a Python item
still matches its C or JavaScript translation.

Each view turns a text into tokens; a `View` fitted on the benchmark items holds their
tf-idf vectors (sublinear tf, idf over the items, L2-normalised) and scores a batch of
documents against every item with one sparse matrix product:

  words     prose words and identifier sub-tokens (`hasCloseElements`, `has_close_elements`
            -> has, close, element), lowercased, light stemming, stop words dropped, and a
            few cross-language spellings mapped to one (length/strlen/len -> len, push ->
            append, toLowerCase -> lower, ...);
  literals  the number and string literals (doctest / IO examples, constants), canonical
            (2.0 == 2, strings lowercased), plus pairs of literals that follow each other on
            one line (`[1, 4, 3, 34]` -> 1|4, 4|3, 3|34), which tie a document to one item's
            examples; on the item side the examples field (HumanEval's `test`) is added;
  concepts  the code skeleton: comments and strings removed, identifiers -> `v` unless
            they are a known builtin (mapped across languages: len, sort, abs, append,
            ...), numbers -> `0`, keywords mapped (def/function -> fn, &&/and -> and,
            true/True -> bool, ===/== -> ==), braces, types and punctuation dropped;
            unigrams (builtins, keywords, operators), bigrams and trigrams.

`rephrase.RephraseIndex` combines the views' cosines (and their margins over the
runner-up item) with the embedding similarity into one calibrated contam_score.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

_COMMENT = re.compile(r"#[^\n]*|//[^\n]*|/\*.*?\*/", re.S)
_STRING = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`[^`]*`')
_CODE_TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|===|!==|==|!=|<=|>=|&&|\|\||\+\+|--|\+=|-=|\*=|/=|%=|//|\*\*"
                         r"|<<|>>|[-+*/%<>=!&|^~?]")
_ALPHA = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# a string literal opens after a non-alphanumeric character (so "it's ... don't" is not one)
_LITERAL = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w])"
                      r"|(?<![A-Za-z0-9])\"[^\"\n]{0,40}\"|(?<![A-Za-z0-9])'[^'\n]{0,40}'")

_STOP = {"the", "a", "an", "of", "to", "is", "and", "or", "in", "if", "it", "be", "that", "this", "for", "on",
         "with", "as", "are", "by", "def", "function", "int", "float", "str", "true", "false", "none", "null",
         "const", "let", "var", "while", "else", "elif", "from", "typing", "import", "include", "std", "vector",
         "string", "void", "char", "double", "long", "bool", "boolean", "return", "returns", "its", "at", "all",
         "than", "then", "when", "so", "not", "no", "each", "every", "any", "can", "will", "should", "must",
         "given", "which", "there", "these", "those", "we", "you", "your", "into", "out", "also", "only", "has",
         "have", "such", "other", "one", "two", "do", "does", "new", "unsigned", "static", "self", "this", "h",
         "stdlib", "stdio", "math", "ctype", "lambda", "x", "i", "j", "k", "n", "s", "l", "e", "c", "b", "v"}
# cross-language spellings of the same word or builtin
_CANON = {
    "length": "len", "strlen": "len", "size": "len", "sizeof": "len", "sorted": "sort", "fabs": "abs",
    "push": "append", "pushback": "append", "lowercase": "lower", "tolower": "lower", "uppercase": "upper",
    "toupper": "upper", "includes": "contain", "strstr": "contain", "strchr": "contain", "indexof": "index",
    "charcodeat": "ord", "fromcharcode": "chr", "parseint": "int", "atoi": "int", "tostring": "str",
    "startswith": "start", "endswith": "end", "every": "all", "some": "any", "reversed": "reverse",
    "isupper": "upper", "islower": "lower", "isalpha": "alpha", "isdigit": "digit", "swapcase": "swap",
    "arr": "array", "lst": "list", "nums": "number", "num": "number", "numbers": "number", "xs": "list",
    "str": "string", "strs": "string", "fmax": "max", "fmin": "min", "pow": "power", "sqrt": "root",
    "splice": "slice", "substr": "slice", "substring": "substring",
}
_KEYWORDS = {
    "def": "fn", "function": "fn", "func": "fn", "fn": "fn", "lambda": "fn", "=>": "fn",
    "if": "if", "elif": "elif", "else": "else", "for": "for", "while": "while", "return": "return",
    "in": "in", "of": "in", "not": "!", "!": "!", "and": "and", "&&": "and", "or": "or", "||": "or",
    "break": "break", "continue": "continue", "true": "bool", "false": "bool", "True": "bool",
    "False": "bool", "None": "nil", "null": "nil", "NULL": "nil", "undefined": "nil", "nullptr": "nil",
    "===": "==", "!==": "!=", "is": "==", "++": "+=", "--": "-=", "**": "pow",
    "import": None, "from": None, "typing": None, "include": None, "using": None, "namespace": None,
}
_TYPES = {"int", "float", "double", "bool", "char", "void", "long", "short", "unsigned", "signed", "str",
          "string", "String", "List", "list", "Tuple", "tuple", "Dict", "dict", "Optional", "Any", "vector",
          "const", "let", "var", "auto", "static", "size_t", "std", "boolean", "number", "Number", "Array",
          "public", "private", "new", "struct", "class", "self", "this", "static_cast", "Math", "console",
          "math", "typeof", "instanceof"}
# builtins kept by name in the skeleton (after _CANON): the rest of the identifiers become `v`
_BUILTINS = {"len", "sort", "abs", "max", "min", "sum", "append", "join", "split", "lower", "upper", "set",
             "string", "int", "range", "enumerate", "zip", "reverse", "filter", "map", "ord", "chr", "root",
             "power", "round", "floor", "ceil", "index", "count", "contain", "start", "end", "alpha", "digit",
             "keys", "values", "replace", "strip", "trim", "swap", "bin", "hex", "all", "any", "slice",
             "reduce", "list", "array", "print", "malloc", "calloc", "free", "isprime", "concat", "pop",
             "insert", "remove", "extend", "find", "get", "has", "add", "random", "exp", "log"}


def _stem(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return w[:-2]
    return w


def _canon_word(w: str) -> str:
    w = w.lower()
    w = _CANON.get(w, w)
    return _CANON.get(_stem(w), _stem(w))


def words(text: str) -> list[str]:
    """Prose words and identifier sub-tokens, canonical (see module docstring)."""
    out = []
    for tok in _ALPHA.findall(_CAMEL.sub(" ", text)):
        t = tok.lower()
        if len(t) > 1 and t not in _STOP:
            c = _canon_word(t)
            if c not in _STOP:
                out.append(c)
    return out


def _canon_literal(s: str) -> str:
    if s[0] in "\"'":
        return "'" + s[1:-1].strip().lower()
    try:
        v = float(s)
    except ValueError:
        return s
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(round(v, 6))


def literals(text: str) -> list[str]:
    """Literal unigrams and same-line bigrams (see module docstring)."""
    out = []
    for line in text.split("\n"):
        lits = [_canon_literal(m) for m in _LITERAL.findall(line)]
        out.extend(lits)
        out.extend(f"{a}|{b}" for a, b in zip(lits, lits[1:]))
    return out


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
            c = _CANON.get(tok.lower().replace("_", ""), tok.lower())
            out.append(c if c in _BUILTINS else "v")
        else:
            out.append(tok)
    return out


def concepts(text: str) -> list[str]:
    sk = skeleton(text)
    out = [t for t in sk if t not in ("v", "0", "s")]
    out.extend(f"{a} {b}" for a, b in zip(sk, sk[1:]))
    out.extend(f"{a} {b} {c}" for a, b, c in zip(sk, sk[1:], sk[2:]))
    return out


TOKENIZERS = {"words": words, "literals": literals, "concepts": concepts}


# comments and docstrings: Python triple-quoted strings, C/JS block and line comments, `#` comments
# (not preprocessor lines)
_PROSE = re.compile(r'"""(.*?)"""|\'\'\'(.*?)\'\'\'|/\*(.*?)\*/|//([^\n]*)|(?<![\w$&])#(?!\s*(?:include|define|if|endif|pragma|!))([^\n]*)',
                    re.S)
_PROSE_PY = re.compile(r'"""(.*?)"""|\'\'\'(.*?)\'\'\'|(?<![\w$&])#([^\n]*)', re.S)   # `//` divides in Python
_PY_DEF = re.compile(r"^\s*def \w+\(.*\):", re.M)
_PROSE_NOISE = re.compile(r"^\s*[*/#!]+\s?|@(?:param|returns?|example|type)\b|\{[A-Za-z_|<>\[\]]+\}", re.M)
MAX_PROSE = 2000


def prose(text: str) -> str:
    """The natural-language part of a code document: its comments and docstrings, without
    doctest lines, comment markers and JSDoc tags; "" when it has none. A translation into
    another language keeps the task's description here while its code looks different."""
    parts = []
    size = 0
    text = text[:MAX_PROSE * 20]
    for m in (_PROSE_PY if _PY_DEF.search(text) else _PROSE).finditer(text):
        body = next(g for g in m.groups() if g is not None)
        lines = body.split("\n")
        lines = [ln for k, ln in enumerate(lines) if ">>>" not in ln and (k == 0 or ">>>" not in lines[k - 1])]
        chunk = " ".join(_PROSE_NOISE.sub(" ", ln).strip() for ln in lines).strip()
        if chunk:
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_PROSE:
                break
    return " ".join(parts)[:MAX_PROSE]


@dataclass
class View:
    """tf-idf vectors of the benchmark items under one tokenizer."""

    name: str
    vocab: dict            # token -> column
    idf: np.ndarray        # [vocab] float32
    oov_idf: float         # idf of a token no item has
    items: sp.csr_matrix   # [items, vocab] L2-normalised tf-idf
    present: sp.csr_matrix  # [vocab, items] idf of the item's distinct tokens / their sum (for recall)
    ntokens: np.ndarray    # [items] token count

    @classmethod
    def build(cls, name: str, texts: list[str]) -> "View":
        tok = TOKENIZERS[name]
        counts = [Counter(tok(t)) for t in texts]
        vocab: dict = {}
        for c in counts:
            for w in c:
                vocab.setdefault(w, len(vocab))
        n = len(texts)
        df = np.zeros(len(vocab), np.float64)
        for c in counts:
            for w in c:
                df[vocab[w]] += 1
        idf = np.log((n + 1) / (df + 1)) + 1.0
        oov = math.log(n + 1) + 1.0
        rows, cols, vals = [], [], []
        for r, c in enumerate(counts):
            for w, f in c.items():
                rows.append(r)
                cols.append(vocab[w])
                vals.append(1.0 + math.log(f))
        m = sp.csr_matrix((np.asarray(vals) * idf[cols] if vals else np.zeros(0), (rows, cols)),
                          shape=(n, len(vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        m = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ m
        pres = (m > 0).astype(np.float64).multiply(idf[None, :]).tocsr()
        tot = np.asarray(pres.sum(axis=1)).ravel()
        pres = (sp.diags(1.0 / np.maximum(tot, 1e-12)) @ pres).T.tocsr()
        return cls(name=name, vocab=vocab, idf=idf.astype(np.float32), oov_idf=oov, items=m.tocsr().astype(np.float32),
                   present=pres.astype(np.float32), ntokens=np.array([sum(c.values()) for c in counts], np.int64))

    def transform(self, texts: list[str]) -> tuple[sp.csr_matrix, np.ndarray]:
        """(documents' L2-normalised tf-idf over the item vocabulary, token counts); tokens
        no item has count in the norm only."""
        tok = TOKENIZERS[self.name]
        rows, cols, vals = [], [], []
        oov_sq = np.zeros(len(texts))
        ntok = np.zeros(len(texts), np.int64)
        vocab = self.vocab
        for r, t in enumerate(texts):
            c = Counter(tok(t))
            ntok[r] = sum(c.values())
            for w, f in c.items():
                j = vocab.get(w)
                tf = 1.0 + math.log(f)
                if j is None:
                    oov_sq[r] += (tf * self.oov_idf) ** 2
                else:
                    rows.append(r)
                    cols.append(j)
                    vals.append(tf)
        cols_a = np.asarray(cols, np.int64)
        v = np.asarray(vals, np.float64) * self.idf[cols_a] if vals else np.zeros(0)
        m = sp.csr_matrix((v, (rows, cols_a)), shape=(len(texts), len(vocab)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel() + oov_sq)
        m = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ m
        return m.tocsr().astype(np.float32), ntok

    def scores(self, texts: list[str]) -> dict[str, np.ndarray]:
        """cosine [docs, items], recall (idf share of the item's distinct tokens in the doc)
        [docs, items], token counts [docs]."""
        m, ntok = self.transform(texts)
        cos = np.asarray((m @ self.items.T).todense(), np.float32)
        recall = np.asarray(((m > 0).astype(np.float32) @ self.present).todense(), np.float32)
        return {"cos": cos, "recall": recall, "ntokens": ntok}
