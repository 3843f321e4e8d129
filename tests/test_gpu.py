"""GPU-only checks: the compiled Triton kernel and the torch MinHash path on a real CUDA device.

CI has no GPU, so these skip there; on a GPU machine run them with the compiled backend:

    TRITON_INTERPRET=0 python -m pytest -q --noconftest tests/test_gpu.py

(`--noconftest`: they need neither Ray nor the shared fixtures.) The CPU suite covers the same
kernel under the Triton interpreter (tests/test_lm_loss.py) and the same MinHash path on torch's
CPU device (tests/test_dedup_fuzzy.py).
"""
from __future__ import annotations

import os

import numpy as np
import pytest
import torch

pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available() or os.environ.get("TRITON_INTERPRET") == "1",
    reason="needs a CUDA GPU and the compiled Triton backend (TRITON_INTERPRET unset or 0)")

DT = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}


def make(N, d, V, dtype, seed=0, scale=1.0, ignore_every=0):
    g = torch.Generator(device="cuda").manual_seed(seed)
    h = (torch.randn(N, d, generator=g, device="cuda") * scale).to(DT[dtype])
    w = (torch.randn(V, d, generator=g, device="cuda") / d ** 0.5).to(DT[dtype])
    t = torch.randint(0, V, (N,), generator=g, device="cuda")
    if ignore_every:
        t[::ignore_every] = -100
    return h, w, t


# odd shapes (not multiples of any tile), several row groups, real vocabulary sizes
SHAPES = [
    (1, 64, 1000, "bf16", None, None),
    (37, 100, 3001, "fp16", None, None),
    (130, 256, 32000, "bf16", 30.0, None),
    (3000, 512, 50257, "bf16", None, None),     # > GROUP_N row blocks: a partial last group
    (513, 4096, 128256, "bf16", None, None),    # Llama-3 head
    (257, 768, 32000, "fp32", None, 3),
    (96, 2048, 4099, "fp32", 5.0, 1),
]


@pytest.mark.parametrize("N,d,V,dtype,softcap,splits", SHAPES)
def test_compiled_kernel_matches_fp32_reference(N, d, V, dtype, softcap, splits):
    from scorers.kernels import triton_token_nll
    from scorers.lm_loss import fused_token_nll, reference_token_nll

    h, w, t = make(N, d, V, dtype, ignore_every=7)
    ref = reference_token_nll(h, w, t, softcap=softcap)
    got = triton_token_nll(h, w, t, softcap=softcap, splits=splits)
    assert got.dtype == torch.float32 and got.shape == (N,) and got.is_cuda
    # same bf16/fp16 inputs, fp32 accumulation on both sides: only the summation order differs
    torch.testing.assert_close(got, ref, rtol=1e-4, atol=2e-3 if dtype != "fp32" else 1e-4)
    assert (got[::7] == 0).all()
    # "auto" on CUDA tensors is this kernel
    torch.testing.assert_close(fused_token_nll(h, w, t, softcap=softcap), ref, rtol=1e-4,
                               atol=2e-3 if dtype != "fp32" else 1e-4)


@pytest.mark.parametrize("cfg", [dict(BLOCK_N=64, BLOCK_V=64, BLOCK_D=32, GROUP_N=1, num_warps=4, num_stages=2),
                                 dict(BLOCK_N=128, BLOCK_V=256, BLOCK_D=64, GROUP_N=4, num_warps=8, num_stages=3),
                                 dict(BLOCK_N=128, BLOCK_V=128, BLOCK_D=64, GROUP_N=64, num_warps=8, num_stages=4),
                                 dict(BLOCK_N=128, BLOCK_V=256, BLOCK_D=64, GROUP_N=16, num_warps=8, num_stages=3, TMA=1),
                                 dict(BLOCK_N=256, BLOCK_V=128, BLOCK_D=64, GROUP_N=8, num_warps=8, num_stages=3, TMA=1),
                                 dict(BLOCK_N=64, BLOCK_V=64, BLOCK_D=32, GROUP_N=3, num_warps=4, num_stages=2, TMA=1),
                                 dict(BLOCK_N=256, BLOCK_V=128, BLOCK_D=64, GROUP_N=8, num_warps=8, num_stages=3, TMA=1,
                                      WS=1),
                                 dict(BLOCK_N=256, BLOCK_V=128, BLOCK_D=64, GROUP_N=8, num_warps=8, num_stages=3, TMA=1,
                                      FLATTEN=1),
                                 dict(BLOCK_N=128, BLOCK_V=256, BLOCK_D=64, GROUP_N=16, num_warps=8, num_stages=4, TMA=1,
                                      WS=1)])
def test_compiled_kernel_configs_agree(cfg):
    """Every tile / group / pipeline configuration the benchmark sweeps gives the same numbers."""
    from scorers.kernels import triton_token_nll
    from scorers.lm_loss import reference_token_nll

    for d in (320, 333):   # 333 bf16: rows not 16-byte aligned, so TMA=1 falls back to pointer loads
        h, w, t = make(700, d, 10007, "bf16", seed=3)
        ref = reference_token_nll(h, w, t)
        for splits in (1, 5, None):
            torch.testing.assert_close(triton_token_nll(h, w, t, splits=splits, config=cfg), ref, rtol=1e-4, atol=2e-3)


def test_compiled_kernel_large_logits_and_noncontiguous():
    from scorers.kernels import triton_token_nll
    from scorers.lm_loss import reference_token_nll

    h, w, t = make(200, 128, 5000, "fp32", scale=40.0)      # logits in the hundreds: online LSE must not overflow
    got = triton_token_nll(h, w, t)
    assert torch.isfinite(got).all()
    torch.testing.assert_close(got, reference_token_nll(h, w, t), rtol=1e-4, atol=1e-3)
    big = torch.randn(200, 256, device="cuda").to(torch.bfloat16)
    hs = big[:, ::2]                                          # stride 2 along d
    w2 = (torch.randn(5000, 128, device="cuda") / 128 ** 0.5).to(torch.bfloat16)
    torch.testing.assert_close(triton_token_nll(hs, w2, t), reference_token_nll(hs, w2, t), rtol=1e-4, atol=2e-3)


def test_minhash_gpu_signatures_equal_cpu_kernel():
    from dedup import minhash, minhash_torch

    rng = np.random.default_rng(0)
    counts = rng.integers(1, 300, 2000)
    counts[5] = 0                                          # an empty document
    offsets = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    hashes = rng.integers(0, 2**63, offsets[-1], dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    for num_perm in (128, 100):
        cpu = minhash.signatures_from_hashes(hashes, offsets, num_perm, seed=7)
        for backend in ("auto", "torch"):                  # auto = the Triton kernel on CUDA
            gpu = minhash_torch.signatures_from_hashes(hashes, offsets, num_perm, seed=7, device="cuda",
                                                       chunk=1 << 12, backend=backend)
            assert gpu.dtype == np.uint32 and (gpu == cpu).all()
