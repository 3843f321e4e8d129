"""Triton kernel for MinHash permutations (dedup/minhash_torch.py calls it).

Program p owns documents p*DOCS .. p*DOCS+DOCS-1. For each it walks the document's shingle hashes
(contiguous in `X`, bounded by `OFF`) BLOCK_S at a time and folds min(a_k * x + b_k mod 2^64) for
all permutations k into a PERM_BLOCK vector of uint64 registers, then writes the high 32 bits:
exactly `minhash._minhash`. Hashes and (a, b) arrive as int64 tensors (torch's uint64 support is
partial) and are reinterpreted as uint64 here, so products wrap and minima compare unsigned.
"""
from __future__ import annotations

import triton
import triton.language as tl


@triton.jit
def minhash_kernel(X, OFF, A, B, SIG, n_docs, num_perm,
                   PERM_BLOCK: tl.constexpr, BLOCK_S: tl.constexpr, DOCS: tl.constexpr):
    perms = tl.arange(0, PERM_BLOCK)
    pmask = perms < num_perm
    a = tl.load(A + perms, mask=pmask, other=1).to(tl.uint64, bitcast=True)
    b = tl.load(B + perms, mask=pmask, other=0).to(tl.uint64, bitcast=True)
    top = tl.full((PERM_BLOCK, BLOCK_S), -1, tl.int64).to(tl.uint64, bitcast=True)
    for i in range(DOCS):
        doc = tl.program_id(0) * DOCS + i
        if doc < n_docs:
            start = tl.load(OFF + doc)
            end = tl.load(OFF + doc + 1)
            cur = tl.full((PERM_BLOCK,), -1, tl.int64).to(tl.uint64, bitcast=True)
            for j0 in range(start, end, BLOCK_S):
                j = j0 + tl.arange(0, BLOCK_S)
                x = tl.load(X + j, mask=j < end, other=0).to(tl.uint64, bitcast=True)
                v = a[:, None] * x[None, :] + b[:, None]
                v = tl.where((j < end)[None, :], v, top)
                cur = tl.minimum(cur, tl.min(v, axis=1))
            hi = (cur >> 32).to(tl.uint32).to(tl.int32, bitcast=True)
            tl.store(SIG + doc * num_perm + perms, hi, mask=pmask)
