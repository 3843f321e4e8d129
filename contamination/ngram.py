"""N-gram overlap (ConTAM-style): which benchmark item does a document share long spans with?

The index holds every token n-gram hash of every benchmark item (sorted uint64 keys with
the item they come from) plus a bitmap prefilter. `scan` hashes all n-grams of a batch of
documents at once, drops the misses with one bitmap lookup, finds the (document, item)
hits with `searchsorted`, and reduces them per pair to
  span     longest run of consecutive matching n-grams, in tokens (run + n - 1),
  frac     span / item tokens,
  coverage share of the item's distinct n-grams found in the document.
Each document reports its best item (longest span, then coverage).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from .tokenize import doc_of, ngram_hashes, token_ids

_FILTER_BITS = 24


@dataclass
class NgramIndex:
    n: int
    keys: np.ndarray         # uint64, sorted
    items: np.ndarray        # int32 item index per key
    item_tokens: np.ndarray  # int64 tokens per item
    item_ngrams: np.ndarray  # int64 distinct n-grams per item
    bitmap: np.ndarray       # bool [2**_FILTER_BITS]: some key has these low bits

    @classmethod
    def build(cls, texts: list[str], n: int = 8) -> "NgramIndex":
        ids, offsets = token_ids(pa.array(texts, pa.large_string()))
        h, pos = ngram_hashes(ids, offsets, n)
        doc = doc_of(offsets, pos)
        pairs = np.unique(np.stack([h, doc.astype(np.uint64)], axis=1), axis=0) if len(h) else np.zeros((0, 2), np.uint64)
        keys, items = pairs[:, 0].copy(), pairs[:, 1].astype(np.int32)
        bitmap = np.zeros(1 << _FILTER_BITS, dtype=bool)
        bitmap[(keys & np.uint64((1 << _FILTER_BITS) - 1)).astype(np.int64)] = True
        return cls(n=n, keys=keys, items=items, item_tokens=np.diff(offsets),
                   item_ngrams=np.bincount(items, minlength=len(texts)).astype(np.int64), bitmap=bitmap)

    def __len__(self) -> int:
        return len(self.item_tokens)

    def pairs(self, texts) -> "pa.Table":
        """Every (doc, item) pair with at least one shared n-gram: doc, item, span, frac, coverage."""
        import polars as pl

        ids, offsets = token_ids(texts)
        h, pos = ngram_hashes(ids, offsets, self.n)
        cand = self.bitmap[(h & np.uint64((1 << _FILTER_BITS) - 1)).astype(np.int64)]
        h, pos = h[cand], pos[cand]
        lo = np.searchsorted(self.keys, h, "left")
        hi = np.searchsorted(self.keys, h, "right")
        cnt = hi - lo
        hit = cnt > 0
        h, pos, lo, cnt = h[hit], pos[hit], lo[hit], cnt[hit]
        doc = doc_of(offsets, pos)
        pos = pos - offsets[doc]
        # expand hashes shared by several items: one row per (position, item)
        rep = np.repeat(np.arange(len(lo)), cnt)
        within = np.arange(len(rep)) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        item = self.items[lo[rep] + within]
        df = pl.DataFrame({"doc": doc[rep], "item": item, "pos": pos[rep], "h": h[rep]})
        if df.height == 0:
            return pl.DataFrame(schema={"doc": pl.Int64, "item": pl.Int32, "span": pl.Int64,
                                        "frac": pl.Float64, "coverage": pl.Float64})
        df = df.sort(["doc", "item", "pos"])
        brk = (pl.col("doc") != pl.col("doc").shift(1)) | (pl.col("item") != pl.col("item").shift(1)) \
            | (pl.col("pos") != pl.col("pos").shift(1) + 1)
        df = df.with_columns(brk.fill_null(True).cum_sum().alias("run"))
        runs = df.group_by(["doc", "item", "run"]).agg(pl.len().alias("len"))
        best = runs.group_by(["doc", "item"]).agg(pl.col("len").max().alias("run_len"))
        cover = df.group_by(["doc", "item"]).agg(pl.col("h").n_unique().alias("uniq"))
        out = best.join(cover, on=["doc", "item"])
        tok = pl.Series(self.item_tokens)[out["item"].cast(pl.Int64)]
        ng = pl.Series(self.item_ngrams)[out["item"].cast(pl.Int64)]
        span = out["run_len"].cast(pl.Int64) + (self.n - 1)
        return out.with_columns(span=span, frac=(span / tok).clip(upper_bound=1.0),
                                coverage=(out["uniq"] / ng).clip(upper_bound=1.0)
                                ).select(["doc", "item", "span", "frac", "coverage"])

    def scan(self, texts) -> dict[str, np.ndarray]:
        """Best item per document: item (-1 = none), span, frac, coverage (arrays of len(texts))."""
        import polars as pl

        n_docs = len(texts)
        out = {"item": np.full(n_docs, -1, np.int64), "span": np.zeros(n_docs, np.int64),
               "frac": np.zeros(n_docs), "coverage": np.zeros(n_docs)}
        pairs = self.pairs(texts)
        if pairs.height == 0:
            return out
        best = pairs.sort(["doc", "span", "coverage", "item"], descending=[False, True, True, False]) \
            .group_by("doc", maintain_order=True).first()
        d = best["doc"].to_numpy()
        out["item"][d] = best["item"].to_numpy()
        out["span"][d] = best["span"].to_numpy()
        out["frac"][d] = best["frac"].to_numpy()
        out["coverage"][d] = best["coverage"].to_numpy()
        return out


def flag(span: np.ndarray, frac: np.ndarray, n: int, min_frac: float, min_span: int) -> np.ndarray:
    """Contaminated when the longest shared span covers `min_frac` of the item (and is at
    least 2n tokens long, so a stock phrase in a tiny item does not count), or is at
    least `min_span` tokens whatever the item's length."""
    return ((frac >= min_frac) & (span >= 2 * n)) | (span >= min_span)
