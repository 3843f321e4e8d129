"""Rephrased-sample detection: embedding retrieval, then a calibrated multi-signal score.

1. Retrieval: benchmark items and document chunks (windows of `chunk_chars`, half
   overlapping, so a leak inside a long document gets its own vector) are embedded with
   scorers.embeddings.Embedder (MiniLM by default). A (document, item) pair is a candidate
   when the item is in the document's top-k, or the document is in the item's top-k
   within the batch, and the cosine similarity is at least `min_similarity`.
2. Decision: for each candidate, signals.pair_features (similarity, idf-weighted rare
   word overlap, language-light code skeleton overlap, literal/example overlap, length
   ratio) go through a logistic model; its probability is `contam_score`. The weights
   below were fitted by benchmarks/eval_contamination.py --calibrate on *synthetic* pairs
   (scripted Python rewrites and JS transliterations of HumanEval items vs. their nearest
   other items, benchmarks/data/contamination/calib.jsonl), never on the evaluation set.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .signals import FEATURES, ItemSignals, pair_features

# logistic weights over signals.FEATURES, then the intercept (see module docstring)
WEIGHTS = (1.744, 5.187, 3.19, 2.379, 1.759)
BIAS = -8.784


def score(features: np.ndarray, weights=WEIGHTS, bias=BIAS) -> np.ndarray:
    z = np.asarray(features, dtype=np.float64) @ np.asarray(weights, dtype=np.float64) + bias
    return 1.0 / (1.0 + np.exp(-z))


def chunk_texts(texts: list[str], chunk_chars: int) -> tuple[list[str], np.ndarray]:
    """Split texts into half-overlapping windows; returns (chunks, owner doc per chunk)."""
    chunks, owner = [], []
    step = max(1, chunk_chars // 2)
    for i, t in enumerate(texts):
        if len(t) <= chunk_chars:
            chunks.append(t)
            owner.append(i)
            continue
        for start in range(0, len(t) - step, step):
            chunks.append(t[start:start + chunk_chars])
            owner.append(i)
    return chunks, np.asarray(owner, dtype=np.int64)


@dataclass
class RephraseIndex:
    emb: np.ndarray          # [items, d] float32, L2-normalised
    signals: ItemSignals
    model: str | None = None

    @classmethod
    def build(cls, texts: list[str], embedder) -> "RephraseIndex":
        return cls(emb=embedder.encode(texts), signals=ItemSignals.build(texts), model=embedder.path)

    def candidates(self, sims: np.ndarray, top_k: int, min_similarity: float) -> tuple[np.ndarray, np.ndarray]:
        """(doc, item) pairs: top-k items per doc, plus top-k docs per item, above the floor."""
        n_docs, n_items = sims.shape
        if n_docs == 0 or n_items == 0:
            z = np.zeros(0, np.int64)
            return z, z
        k = min(top_k, n_items)
        by_doc = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        mask = np.zeros_like(sims, dtype=bool)
        np.put_along_axis(mask, by_doc, True, axis=1)
        kd = min(top_k, n_docs)
        by_item = np.argpartition(-sims, kd - 1, axis=0)[:kd, :]
        np.put_along_axis(mask, by_item, True, axis=0)
        mask &= sims >= min_similarity
        d, i = np.nonzero(mask)
        return d, i

    def detect(self, texts: list[str], embedder, *, top_k: int = 3, min_similarity: float = 0.5,
               chunk_chars: int = 1200, weights=WEIGHTS, bias=BIAS) -> dict[str, np.ndarray]:
        """Best item per document: item (-1 = no candidate), score, similarity, features."""
        n = len(texts)
        out = {"item": np.full(n, -1, np.int64), "score": np.zeros(n), "similarity": np.zeros(n),
               "features": np.zeros((n, len(FEATURES)))}
        if n == 0:
            return out
        chunks, owner = chunk_texts(texts, chunk_chars)
        csims = embedder.encode(chunks) @ self.emb.T                     # [chunks, items]
        # per document and item: the best chunk (max over the document's chunks)
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        sims = np.maximum.reduceat(csims, starts, axis=0)               # [docs, items]
        d, i = self.candidates(sims, top_k, min_similarity)
        if len(d) == 0:
            out["similarity"] = sims.max(axis=1)
            return out
        feats = np.zeros((len(d), len(FEATURES)))
        for r, (doc, item) in enumerate(zip(d.tolist(), i.tolist())):   # candidates only: few
            lo, hi = starts[doc], (starts[doc + 1] if doc + 1 < len(starts) else len(owner))
            best = lo + int(np.argmax(csims[lo:hi, item]))
            feats[r] = pair_features(chunks[best], item, self.signals, float(sims[doc, item]))
        scores = score(feats, weights, bias)
        order = np.lexsort((-scores, d))                                  # by doc, best score first
        first = order[np.r_[True, d[order][1:] != d[order][:-1]]]
        docs = d[first]
        out["item"][docs] = i[first]
        out["score"][docs] = scores[first]
        out["features"][docs] = feats[first]
        out["similarity"] = sims.max(axis=1)
        return out
