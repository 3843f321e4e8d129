"""Vectorised MinHash signatures for whole Arrow batches of text.

Two compiled kernels (numba, single-threaded, no Python object per document or shingle):

* `_word_shingles` scans the UTF-8 bytes of a whole normalised batch once: it splits on
  Unicode whitespace, hashes every word (FNV-1a, then MurmurHash3's fmix64), combines each
  window of n word hashes and folds the result to 32 bits. Character n-grams use a rolling
  combine over code points (numpy).
* `_minhash` applies every permutation to every shingle with Dietzfelbinger's
  multiply-add-shift family h_k(x) = ((a_k x + b_k) mod 2^64) >> 32 (strongly universal for
  32-bit keys) and keeps the minimum per document: the minimum of the 64-bit value, shifted
  once at the end, is the minimum of the high 32 bits. The K-wide inner loop compiles to SIMD.

Signatures are uint32, returned as an (n_docs, num_perm) array or a fixed-size list column.
Memory is the text plus one uint64 per shingle; nothing is held per permutation and shingle.
"""
from __future__ import annotations

import numba
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .normalize import Normalization, normalize

_MUL = np.uint64(0x9E3779B97F4A7C15)
_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)


@numba.njit(inline="always")
def _fmix(h):
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB93FE53A85C4)
    h ^= h >> np.uint64(33)
    return h


@numba.njit(cache=True, nogil=True)
def _fmix_flat(h):
    out = np.empty_like(h)
    for i in range(h.size):
        out[i] = _fmix(h[i])
    return out


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser over a uint64 array of any shape (a new array)."""
    h = np.ascontiguousarray(h, np.uint64)
    return _fmix_flat(h.reshape(-1)).reshape(h.shape)


@numba.njit(cache=True, nogil=True)
def _finish(acc, n):
    """Shingle hashes from their n-gram accumulators: fmix64(acc + n) folded to 32 bits."""
    out = np.empty_like(acc)
    for j in range(len(acc)):
        h = _fmix(acc[j] + np.uint64(n))
        out[j] = (h >> np.uint64(32)) ^ (h & np.uint64(0xFFFFFFFF))
    return out


def permutations(num_perm: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the multiply-add-shift family: uniform 64-bit integers, a odd."""
    rng = np.random.default_rng([seed, 0x4D494E48])
    a = rng.integers(0, 1 << 64, size=num_perm, dtype=np.uint64, endpoint=False) | np.uint64(1)
    b = rng.integers(0, 1 << 64, size=num_perm, dtype=np.uint64, endpoint=False)
    return a, b


@numba.njit(inline="always")
def _space_len(data, i, end):
    """Byte length of the Unicode whitespace character at data[i] (0 if it is not one):
    the characters Python's str.split() splits on."""
    c = data[i]
    if c == 32 or (9 <= c <= 13) or (28 <= c <= 31):
        return 1
    if c == 0xC2 and i + 1 < end and (data[i + 1] == 0x85 or data[i + 1] == 0xA0):
        return 2
    if c >= 0xE1 and c <= 0xE3 and i + 2 < end:
        c1, c2 = data[i + 1], data[i + 2]
        if c == 0xE1 and c1 == 0x9A and c2 == 0x80:                       # U+1680
            return 3
        if c == 0xE2 and c1 == 0x80 and (c2 <= 0x8A or c2 == 0xA8 or c2 == 0xA9 or c2 == 0xAF):
            return 3                                                      # U+2000-200A, 2028, 2029, 202F
        if c == 0xE2 and c1 == 0x81 and c2 == 0x9F:                       # U+205F
            return 3
        if c == 0xE3 and c1 == 0x80 and c2 == 0x80:                       # U+3000
            return 3
    return 0


@numba.njit(cache=True, nogil=True)
def _word_shingles(data, offs, n):
    """Word n-gram hashes of every document: (hashes as uint64 < 2^32, offsets).

    A window's hash is the polynomial sum(w_i * M^(n-1-i)) of its word hashes, rolled in
    O(1) per word. A document with fewer than n words gets one shingle of all its words;
    an empty one a constant shingle (so every document has at least one)."""
    ndoc = len(offs) - 1
    out = np.empty(len(data) // 2 + ndoc + 1, np.uint64)   # words <= bytes/2 + 1 per document
    out_off = np.zeros(ndoc + 1, np.int64)
    win = np.zeros(n, np.uint64)
    top = np.uint64(1)                        # M^(n-1): the weight of the word leaving the window
    for _ in range(n - 1):
        top *= _MUL
    m = 0
    for d in range(ndoc):
        i, end = offs[d], offs[d + 1]
        nw = 0
        slot = 0
        acc = np.uint64(0)
        while i < end:
            s = _space_len(data, i, end)
            if s:
                i += s
                continue
            h = _FNV_OFFSET
            while i < end:
                c = data[i]
                if (c <= 32 or c == 0xC2 or 0xE1 <= c <= 0xE3) and _space_len(data, i, end):
                    break
                h = (h ^ np.uint64(c)) * _FNV_PRIME
                i += 1
            w = _fmix(h)
            if nw >= n:
                acc -= win[slot] * top
            acc = acc * _MUL + w
            win[slot] = w
            slot = slot + 1 if slot + 1 < n else 0
            nw += 1
            if nw >= n:
                out[m] = acc
                m += 1
        if nw < n:   # short or empty document: one shingle of all its words
            out[m] = acc
            m += 1
        out_off[d + 1] = m
    return _finish(out[:m], n), out_off


@numba.njit(cache=True, nogil=True)
def _minhash(hashes, offsets, a, b, sig):
    k_perm = len(a)
    cur = np.empty(k_perm, np.uint64)
    for d in range(len(offsets) - 1):
        cur[:] = np.uint64(0xFFFFFFFFFFFFFFFF)
        for j in range(offsets[d], offsets[d + 1]):
            x = hashes[j]
            for k in range(k_perm):
                cur[k] = min(cur[k], a[k] * x + b[k])
        for k in range(k_perm):
            sig[d, k] = np.uint32(cur[k] >> np.uint64(32))


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
    return _finish(out, n), out_off


def _large_string(arr) -> pa.LargeStringArray:
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    return pc.fill_null(arr.cast(pa.large_string()), "")


def _buffers(arr: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray]:
    """(offsets from 0, UTF-8 bytes) of a large_string array, without copying the text."""
    bufs = arr.buffers()
    offs = np.frombuffer(bufs[1], np.int64)[arr.offset: arr.offset + len(arr) + 1]
    if bufs[2] is None or len(offs) == 0 or offs[-1] == offs[0]:
        return np.zeros(len(arr) + 1, np.int64), np.zeros(0, np.uint8)
    return offs - offs[0], np.frombuffer(bufs[2], np.uint8)[offs[0]: offs[-1]]


def shingle_hashes(text, kind: str = "word", n: int = 5, norm: Normalization | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Hash every shingle of every document once: (hashes uint64 < 2^32, offsets)."""
    norm = norm or Normalization()
    if kind == "word":   # splitting on whitespace runs makes collapsing them unnecessary
        norm = norm.model_copy(update={"whitespace": False})
    arr = _large_string(normalize(text, norm))
    offs, data = _buffers(arr)
    if kind == "word":
        return _word_shingles(data, offs, n)
    if kind == "char":
        cps = np.frombuffer(data.tobytes().decode("utf-8").encode("utf-32-le"), np.uint32)
        cpos = np.zeros(len(data) + 1, np.int64)
        np.cumsum((data & 0xC0) != 0x80, out=cpos[1:])
        tok = _fmix64(cps.astype(np.uint64) + np.uint64(0x1234567))
        return _ngrams(tok, cpos[offs], n)
    raise ValueError(f"unknown shingle kind {kind!r}")


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = 0
                           ) -> np.ndarray:
    """(n_docs, num_perm) uint32 MinHash signatures; every document needs >= 1 shingle."""
    a, b = permutations(num_perm, seed)
    sig = np.empty((len(offsets) - 1, num_perm), np.uint32)
    _minhash(np.ascontiguousarray(hashes, np.uint64), np.ascontiguousarray(offsets, np.int64), a, b, sig)
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
