"""MinHash permutations on a GPU: the same signatures as `minhash._minhash`, bit for bit.

Two backends behind `signatures_from_hashes(..., device=...)`:

- "triton" (the default on CUDA): one program per block of DOCS documents; each walks its
  documents' contiguous shingle hashes in BLOCK_S steps, computes the multiply-add-shift family
  for every permutation in uint64 registers and keeps the running minima there, so the only
  memory traffic is reading each hash once and writing the signature. (Measured on an H200 in
  benchmarks/README.md.) Runs on CPU tensors under TRITON_INTERPRET=1, which is how CI tests it.
- "torch": any torch device. torch has no unsigned 64-bit arithmetic everywhere, so the hash is
  computed in int64 (two's complement wraps exactly like uint64) and the sign bit is flipped
  before taking minima, which makes signed order equal unsigned order. Shingles are streamed in
  chunks of `chunk` columns, each reduced into the (num_perm, n_docs) minima with one
  `scatter_reduce_`; memory is num_perm x chunk x 8 bytes whatever the corpus size.
"""
from __future__ import annotations

import os

import numpy as np
import torch

from .minhash import permutations

_SIGN = -(1 << 63)


def _torch_signatures(x_all, offsets, a, b, ndoc, num_perm, dev, chunk):
    counts = np.diff(np.asarray(offsets, np.int64))
    doc = torch.from_numpy(np.repeat(np.arange(ndoc, dtype=np.int64), counts)).to(dev)
    a, b = a[:, None], b[:, None]
    best = torch.full((num_perm, ndoc), (1 << 63) - 1, dtype=torch.int64, device=dev)
    for lo in range(0, len(x_all), chunk):
        x = x_all[lo: lo + chunk]
        v = a * x[None, :] + b   # wraps mod 2^64, as uint64 would
        v ^= _SIGN
        best.scatter_reduce_(1, doc[lo: lo + chunk].expand(num_perm, -1), v, reduce="amin")
    hi = ((best ^ _SIGN) >> 32) & 0xFFFFFFFF
    return hi.T.to(torch.int64).cpu().numpy().astype(np.uint32)


def _triton_signatures(x_all, offsets, a, b, ndoc, num_perm, dev):
    import triton

    from .minhash_kernel import minhash_kernel

    if ndoc == 0:
        return np.zeros((0, num_perm), np.uint32)
    off = torch.from_numpy(np.ascontiguousarray(offsets, np.int64)).to(dev)
    sig = torch.empty((ndoc, num_perm), dtype=torch.int32, device=dev)
    interp = dev.type != "cuda"
    docs = 4 if interp else 16
    perm_block = triton.next_power_of_2(num_perm)
    minhash_kernel[(triton.cdiv(ndoc, docs),)](
        x_all, off, a, b, sig, ndoc, num_perm,
        PERM_BLOCK=perm_block, BLOCK_S=16 if interp else 32, DOCS=docs,
        **({} if interp else {"num_warps": 4}))
    return sig.cpu().numpy().view(np.uint32)


def signatures_from_hashes(hashes: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = 0,
                           device: str | torch.device = "cuda", chunk: int = 1 << 16,
                           backend: str = "auto") -> np.ndarray:
    """(n_docs, num_perm) uint32 signatures, bit-identical to `minhash.signatures_from_hashes`.

    backend: "auto" (triton on CUDA, torch elsewhere), "triton" (CUDA, or any device under
    TRITON_INTERPRET=1) or "torch"."""
    dev = torch.device(device)
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("minhash: a CUDA GPU was asked for but torch sees none")
    if backend == "auto":
        backend = "triton" if dev.type == "cuda" else "torch"
    if backend == "triton" and dev.type != "cuda" and os.environ.get("TRITON_INTERPRET") != "1":
        raise RuntimeError("minhash: the Triton backend needs CUDA (or TRITON_INTERPRET=1 on CPU)")
    a_u, b_u = permutations(num_perm, seed)
    a = torch.from_numpy(a_u.view(np.int64)).to(dev)
    b = torch.from_numpy(b_u.view(np.int64)).to(dev)
    ndoc = len(offsets) - 1
    x_all = torch.from_numpy(np.ascontiguousarray(hashes, np.uint64).view(np.int64)).to(dev)
    if backend == "triton":
        return _triton_signatures(x_all, offsets, a, b, ndoc, num_perm, dev)
    if backend == "torch":
        return _torch_signatures(x_all, offsets, a, b, ndoc, num_perm, dev, chunk)
    raise ValueError(f"minhash: unknown backend '{backend}' (auto, triton, torch)")
