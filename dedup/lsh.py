"""LSH banding: band/row choice, band hashes, and candidate pairs per bucket.

Bands and rows minimise the weighted false-positive + false-negative area under the
S-curve 1 - (1 - s^r)^b, exactly as datasketch's `_optimal_param` does. Each document
contributes one (band, bucket-hash, gid) row per band; after a hash shuffle on the
bucket hash every bucket is whole in one reduce task, which links each member to the
bucket's smallest gid (a star, not all pairs: the connected components are the same).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import polars as pl
import pyarrow as pa

from .minhash import _fmix64

BAND, BUCKET, GID = "__band", "__bucket", "__gid"
SRC, DST = "src", "dst"
_MUL = np.uint64(0x9E3779B97F4A7C15)


def _fp_area(threshold: float, b: int, r: int) -> float:
    from scipy.integrate import quad

    return quad(lambda s: 1 - (1 - s ** float(r)) ** float(b), 0.0, threshold)[0]


def _fn_area(threshold: float, b: int, r: int) -> float:
    from scipy.integrate import quad

    return quad(lambda s: 1 - (1 - (1 - s ** float(r)) ** float(b)), threshold, 1.0)[0]


@lru_cache(maxsize=64)
def optimal_param(threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5) -> tuple[int, int]:
    """(bands, rows) with bands * rows <= num_perm minimising fp_weight*FP + fn_weight*FN."""
    best, opt = float("inf"), (1, 1)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            err = fp_weight * _fp_area(threshold, b, r) + fn_weight * _fn_area(threshold, b, r)
            if err < best:
                best, opt = err, (b, r)
    return opt


def choose_bands(threshold: float, num_perm: int, bands: int | None = None, rows: int | None = None) -> tuple[int, int]:
    """Bands and rows from the threshold, with either or both overridden."""
    from pipeline.errors import ConfigError

    if bands and rows:
        b, r = bands, rows
    elif bands:
        b, r = bands, num_perm // bands
    elif rows:
        b, r = num_perm // rows, rows
    else:
        b, r = optimal_param(threshold, num_perm)
    if b < 1 or r < 1 or b * r > num_perm:
        raise ConfigError(f"dedup: --bands {b} x --rows {r} needs {b * r} permutations but --num-perm is {num_perm}")
    return b, r


def band_hashes(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n_docs, bands) uint64: one hash of each band's `rows` signature values."""
    n = sig.shape[0]
    v = sig[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    h = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64) * _MUL, (n, bands)).copy()
    for j in range(rows):
        h = (h * _MUL) ^ v[:, :, j]
    return _fmix64(h)


def band_table(gids: np.ndarray, sig: np.ndarray, bands: int, rows: int) -> pa.Table:
    """(band, bucket, gid) rows, band-major within the block."""
    bh = band_hashes(sig, bands, rows)
    n = len(gids)
    return pa.table({
        BAND: pa.array(np.repeat(np.arange(bands, dtype=np.int16), n)),
        BUCKET: pa.array(bh.T.reshape(-1)),
        GID: pa.array(np.tile(gids.astype(np.int64), bands)),
    })


def bucket_edges(table: pa.Table) -> pa.Table:
    """Reduce step of the banding shuffle: edges (src=member, dst=bucket minimum), unique."""
    if table is None or table.num_rows == 0:
        return pa.table({SRC: pa.array([], pa.int64()), DST: pa.array([], pa.int64())})
    df = pl.from_arrow(table)
    df = df.with_columns(pl.col(GID).min().over([BAND, BUCKET]).alias(DST))
    edges = (df.filter(pl.col(GID) != pl.col(DST)).select(pl.col(GID).alias(SRC), DST)
             .unique().sort([SRC, DST]))
    return edges.to_arrow()
