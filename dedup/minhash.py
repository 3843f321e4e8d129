"""Vectorised MinHash signatures for whole Arrow batches of text.

Every shingle is hashed once (word n-grams: a 64-bit polars hash per word combined over
the window; char n-grams: a rolling polynomial over code points), folded to 32 bits,
and every permutation is applied at once as a K-major (num_perm x shingles) uint64 array
with universal hashing mod the Mersenne prime 2^61-1: h_k(x) = (a_k x + b_k) mod p.
`np.minimum.reduceat` over the document offsets gives all signatures of a chunk in one
call. Documents are processed in chunks of at most `chunk` shingles, so memory stays
bounded whatever the batch size. Signatures are uint32 (the low 32 bits of the minimum),
returned as an (n_docs, num_perm) array or a fixed-size list column.
"""
from __future__ import annotations

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from .normalize import Normalization, normalize

MERSENNE = np.uint64((1 << 61) - 1)
_M32 = np.uint64(0xFFFFFFFF)
_MUL = np.uint64(0x9E3779B97F4A7C15)
_WORD_SEED = 0x5EED_C0DE
CHUNK = 8192


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser (in place on a copy)."""
    h = h ^ (h >> np.uint64(33))
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB93FE53A85C4 & 0xFFFFFFFFFFFFFFFF)
    h ^= h >> np.uint64(33)
    return h


def permutations(num_perm: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the universal hash family mod 2^61-1, shaped (num_perm, 1). As in datasketch,
    a*x + b wraps mod 2^64 before the Mersenne fold (cheap, and as good in practice)."""
    rng = np.random.default_rng([seed, 0x4D494E48])
    a = rng.integers(1, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, (1 << 61) - 1, size=num_perm, dtype=np.uint64)
    return a[:, None], b[:, None]


def _ngrams(tokens: np.ndarray, offsets: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Combine per-token hashes into n-gram hashes per document.

    tokens: uint64 hash per token (all documents concatenated); offsets: n_docs + 1.
    A document with fewer than n tokens gets one shingle of all its tokens (an empty one a
    constant shingle). Returns (32-bit shingle hashes as uint64, shingle offsets)."""
    counts = np.diff(offsets)
    total = len(tokens)
    starts = offsets[:-1]
    acc = tokens.copy()
    short = counts < n
    short_hash = np.zeros(len(counts), np.uint64)
    for k in range(1, n + 1):
        if k > 1:   # acc[j] = combine(tokens[j .. j+k-1]) (the tail is never read)
            m = max(total - (k - 1), 0)
            np.multiply(acc[:m], _MUL, out=acc[:m])
            np.bitwise_xor(acc[:m], tokens[k - 1:], out=acc[:m])
        if k < n:
            hit = counts == k
            if hit.any():
                short_hash[hit] = acc[starts[hit]]
    # a window starting at j is whole when j + n <= end of its document
    valid = np.arange(total) <= np.repeat(offsets[1:] - n, counts)
    nonempty_short = short & (counts > 0)
    if nonempty_short.any():
        valid[starts[nonempty_short]] = True
        acc[starts[nonempty_short]] = short_hash[nonempty_short]
    out = acc[valid]
    per_doc = np.maximum(counts - n + 1, 1)
    if (counts == 0).any():   # empty documents: one constant shingle each, in document order
        empty = np.flatnonzero(counts == 0)
        before = np.cumsum(np.where(counts > 0, per_doc, 0))[empty] - 0
        out = np.insert(out, before, np.uint64(0))
    out_off = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(per_doc, out=out_off[1:])
    h = _fmix64(out + np.uint64(n))
    return (h >> np.uint64(32)) ^ (h & _M32), out_off


def _large_string(arr) -> pa.LargeStringArray:
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    return pc.fill_null(arr.cast(pa.large_string()), "")


def shingle_hashes(text, kind: str = "word", n: int = 5, norm: Normalization | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Hash every shingle of every document once: (hashes uint64 < 2^32, offsets)."""
    norm = norm or Normalization()
    if kind == "word":   # splitting on whitespace runs makes collapsing them unnecessary
        norm = norm.model_copy(update={"whitespace": False})
    arr = _large_string(normalize(text, norm))
    if kind == "word":
        words = pc.utf8_split_whitespace(pc.utf8_trim_whitespace(arr))   # no empty edge tokens
        words = words.cast(pa.large_list(pa.large_string()))
        offs = words.offsets.to_numpy().astype(np.int64)
        flat = words.values.slice(offs[0], offs[-1] - offs[0])
        tok = pl.Series("w", flat).hash(seed=_WORD_SEED).to_numpy().astype(np.uint64, copy=False)
        return _ngrams(tok, offs - offs[0], n)
    if kind == "char":
        boffs = np.frombuffer(arr.buffers()[1], np.int64)[arr.offset: arr.offset + len(arr) + 1]
        data = np.frombuffer(arr.buffers()[2], np.uint8)[boffs[0]: boffs[-1]]
        boffs = boffs - boffs[0]
        cps = np.frombuffer(data.tobytes().decode("utf-8").encode("utf-32-le"), np.uint32)
        cpos = np.zeros(len(data) + 1, np.int64)
        np.cumsum((data & 0xC0) != 0x80, out=cpos[1:])
        tok = _fmix64(cps.astype(np.uint64) + np.uint64(0x1234567))
        return _ngrams(tok, cpos[boffs], n)
    raise ValueError(f"unknown shingle kind {kind!r}")


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = 0,
                           chunk: int = CHUNK) -> np.ndarray:
    """(n_docs, num_perm) uint32 MinHash signatures; every document needs >= 1 shingle."""
    a, b = permutations(num_perm, seed)
    ndoc = len(offsets) - 1
    sig = np.empty((ndoc, num_perm), np.uint32)
    buf = np.empty((num_perm, chunk), np.uint64)
    tmp = np.empty((num_perm, chunk), np.uint64)
    d = 0
    while d < ndoc:
        # as many whole documents as fit in `chunk` shingles (at least one)
        e = int(np.searchsorted(offsets, offsets[d] + chunk, side="right")) - 1
        e = min(max(e, d + 1), ndoc)
        lo, hi = int(offsets[d]), int(offsets[e])
        x = hashes[lo:hi]
        if hi - lo <= chunk:
            y, t = buf[:, : hi - lo], tmp[:, : hi - lo]
        else:
            y, t = np.empty((num_perm, hi - lo), np.uint64), np.empty((num_perm, hi - lo), np.uint64)
        np.multiply(a, x, out=y)
        np.add(y, b, out=y)
        np.right_shift(y, np.uint64(61), out=t)
        np.bitwise_and(y, MERSENNE, out=y)
        np.add(y, t, out=y)
        mins = np.minimum.reduceat(y, offsets[d:e] - lo, axis=1)
        sig[d:e] = mins.T.astype(np.uint32)
        d = e
    return sig


def signatures(text, kind: str = "word", n: int = 5, num_perm: int = 128, seed: int = 0,
               norm: Normalization | None = None) -> np.ndarray:
    h, off = shingle_hashes(text, kind, n, norm)
    return signatures_from_hashes(h, off, num_perm, seed)


def to_column(sig: np.ndarray) -> pa.FixedSizeListArray:
    return pa.FixedSizeListArray.from_arrays(pa.array(sig.reshape(-1), pa.uint32()), sig.shape[1])


def from_column(col) -> np.ndarray:
    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
    k = col.type.list_size
    vals = col.values.slice(col.offset * k, len(col) * k)
    return vals.to_numpy(zero_copy_only=False).astype(np.uint32, copy=False).reshape(len(col), k)


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard per row pair: the fraction of equal signature slots."""
    return (sig_a == sig_b).mean(axis=-1)
