"""Word tokens of whole Arrow columns, hashed to uint64 ids without a per-row Python loop.

A token is a run of word characters (`\\w+`: letters, digits, underscore), lowercased, so
`def has_close_elements(numbers)` -> [def, has_close_elements, numbers]. Token ids are
64-bit hashes (polars' vectorised string hash with a fixed seed), and the n-gram hashes
are polynomial rolling hashes over them, computed for a whole batch at once.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa

TOKEN_PATTERN = r"\w+"
_SEED = 0x5EED
# odd 64-bit multiplier for the polynomial rolling hash (wraps mod 2**64)
_MULT = np.uint64(0x9E3779B97F4A7C15)


def _as_array(texts) -> pa.Array:
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    elif not isinstance(texts, pa.Array):
        texts = pa.array(list(texts), pa.large_string())
    return texts


def token_ids(texts) -> tuple[np.ndarray, np.ndarray]:
    """(flat uint64 token hashes, int64 offsets of length n_docs + 1) for a text column."""
    import polars as pl

    s = pl.Series("t", _as_array(texts)).cast(pl.String).fill_null("")
    toks = s.str.to_lowercase().str.extract_all(TOKEN_PATTERN)
    lens = toks.list.len().fill_null(0).to_numpy().astype(np.int64)
    offsets = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(lens, out=offsets[1:])
    flat = toks.explode().drop_nulls()
    ids = flat.hash(seed=_SEED).to_numpy().astype(np.uint64, copy=False) if len(flat) else np.zeros(0, np.uint64)
    return ids, offsets


def ngram_hashes(ids: np.ndarray, offsets: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Rolling hashes of every n-gram that lies inside one document.

    Returns (hashes uint64, global start position int64); `doc_of(offsets, pos)` maps
    positions back to documents (done only for the few hits, not for every n-gram).
    """
    m = len(ids) - n + 1
    if m <= 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    h = ids[:m].copy()
    with np.errstate(over="ignore"):
        for j in range(1, n):
            h *= _MULT
            h += ids[j:j + m]
    # an n-gram starting in [end - n + 1, end) of a document crosses its end
    bad = np.zeros(m + n, dtype=np.int32)
    ends = offsets[1:]
    np.add.at(bad, np.maximum(ends - n + 1, 0), 1)
    np.add.at(bad, ends, -1)
    valid = np.cumsum(bad[:m]) == 0
    return h[valid], np.flatnonzero(valid)


def doc_of(offsets: np.ndarray, pos: np.ndarray) -> np.ndarray:
    return np.searchsorted(offsets, pos, "right") - 1
