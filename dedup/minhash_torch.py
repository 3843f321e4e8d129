"""MinHash permutations in torch, for a GPU: the same signatures as `minhash._minhash`.

torch has no unsigned 64-bit arithmetic on every device, so the multiply-add-shift hash is
computed in int64 (two's complement wraps exactly like uint64) and the sign bit is flipped
before taking minima, which makes signed order equal unsigned order. Shingles are streamed
in chunks of `chunk` columns, each reduced into the (num_perm, n_docs) minima with one
`scatter_reduce_`; memory is num_perm x chunk x 8 bytes whatever the corpus size.
"""
from __future__ import annotations

import numpy as np
import torch

from .minhash import permutations

_SIGN = -(1 << 63)


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = 0,
                           device: str | torch.device = "cuda", chunk: int = 1 << 16) -> np.ndarray:
    """(n_docs, num_perm) uint32 signatures, bit-identical to `minhash.signatures_from_hashes`."""
    dev = torch.device(device)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("minhash: a CUDA GPU was asked for but torch sees none")
    a_u, b_u = permutations(num_perm, seed)
    a = torch.from_numpy(a_u.view(np.int64)).to(dev)[:, None]
    b = torch.from_numpy(b_u.view(np.int64)).to(dev)[:, None]
    ndoc = len(offsets) - 1
    counts = np.diff(np.asarray(offsets, np.int64))
    doc = torch.from_numpy(np.repeat(np.arange(ndoc, dtype=np.int64), counts)).to(dev)
    x_all = torch.from_numpy(np.ascontiguousarray(hashes, np.uint64).view(np.int64)).to(dev)
    best = torch.full((num_perm, ndoc), (1 << 63) - 1, dtype=torch.int64, device=dev)
    for lo in range(0, len(x_all), chunk):
        x = x_all[lo: lo + chunk]
        v = a * x[None, :] + b   # wraps mod 2^64, as uint64 would
        v ^= _SIGN
        best.scatter_reduce_(1, doc[lo: lo + chunk].expand(num_perm, -1), v, reduce="amin")
    hi = ((best ^ _SIGN) >> 32) & 0xFFFFFFFF
    return hi.T.to(torch.int64).cpu().numpy().astype(np.uint32)
