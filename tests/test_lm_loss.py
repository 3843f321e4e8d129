"""fused_token_nll: the Triton kernel (CPU interpreter) and the chunked torch path vs an fp32 reference."""
from __future__ import annotations

import os

os.environ.setdefault("TRITON_INTERPRET", "1")  # before triton is imported: run kernels on CPU

import pytest
import torch

from pipeline.errors import ConfigError
from scorers.lm_loss import chunked_token_nll, fused_token_nll, reference_token_nll

DT = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}


def make(N, d, V, dtype, seed=0, scale=1.0, ignore_every=0):
    g = torch.Generator().manual_seed(seed)
    h = (torch.randn(N, d, generator=g) * scale).to(DT[dtype])
    w = (torch.randn(V, d, generator=g) / d ** 0.5).to(DT[dtype])
    t = torch.randint(0, V, (N,), generator=g)
    if ignore_every:
        t[::ignore_every] = -100
    return h, w, t


# odd N, d, V that are not multiples of any block; V spanning several vocabulary tiles and splits
SHAPES = [
    (1, 16, 32, "fp32", None, 1),
    (1, 17, 37, "bf16", None, 1),
    (33, 48, 300, "fp32", None, 3),
    (20, 40, 257, "bf16", 30.0, 2),
    (7, 24, 100, "fp16", None, 4),
    (17, 33, 129, "fp32", 5.0, 1),
    (31, 20, 291, "fp16", 15.0, 5),
]


@pytest.mark.parametrize("N,d,V,dtype,softcap,splits", SHAPES)
def test_triton_matches_fp32_reference(N, d, V, dtype, softcap, splits):
    h, w, t = make(N, d, V, dtype, seed=N + d, scale=3.0, ignore_every=3 if N > 3 else 0)
    ref = reference_token_nll(h, w, t, softcap=softcap)
    from scorers.kernels import triton_token_nll

    got = triton_token_nll(h, w, t, softcap=softcap, splits=splits)
    assert got.dtype == torch.float32 and got.shape == (N,)
    torch.testing.assert_close(got, ref, rtol=1e-5, atol=2e-5)
    assert (got[t == -100] == 0).all()
    # the public entry point with backend="triton" is the same kernel
    torch.testing.assert_close(fused_token_nll(h, w, t, softcap=softcap, backend="triton"), ref, rtol=1e-5, atol=2e-5)


@pytest.mark.parametrize("N,d,V,dtype,softcap,splits", SHAPES[2:])
@pytest.mark.parametrize("group,tma,loop", [(1, 0, {}), (3, 1, {}), (2, 1, {"WS": 1, "FLATTEN": 1})])
def test_triton_grouped_order_and_tma_loads(N, d, V, dtype, softcap, splits, group, tma, loop):
    """Other program orders (groups of 1 or 3 row blocks, partial last groups) and the TMA
    tensor-descriptor path (tiles zero-filled past N, V and d) give the same numbers."""
    from scorers.kernels import triton_token_nll

    h, w, t = make(N, d, V, dtype, seed=N + d, scale=3.0, ignore_every=3)
    got = triton_token_nll(h, w, t, softcap=softcap, splits=splits, config={"GROUP_N": group, "TMA": tma, **loop})
    torch.testing.assert_close(got, reference_token_nll(h, w, t, softcap=softcap), rtol=1e-5, atol=2e-5)


def test_triton_custom_ignore_index_and_all_ignored():
    h, w, t = make(9, 24, 70, "fp32", seed=3)
    t[2] = 5
    got = fused_token_nll(h, w, t, ignore_index=5, backend="triton")
    ref = reference_token_nll(h, w, t, ignore_index=5)
    torch.testing.assert_close(got, ref, rtol=1e-5, atol=2e-5)
    assert got[2] == 0 and (got[t != 5] > 0).all()
    t[:] = -100
    assert (fused_token_nll(h, w, t, backend="triton") == 0).all()


def test_triton_large_logits_are_stable():
    # logits in the hundreds: a naive exp would overflow; online LSE must not
    h, w, t = make(5, 16, 64, "fp32", seed=1, scale=200.0)
    got = fused_token_nll(h, w, t, backend="triton")
    ref = reference_token_nll(h, w, t)
    assert torch.isfinite(got).all()
    torch.testing.assert_close(got, ref, rtol=1e-5, atol=1e-3)


def test_triton_non_contiguous_hidden():
    big, w, t = make(11, 40, 50, "fp32", seed=2)
    h = big[:, 3:29]                      # row stride 40, d = 26
    w = w[:, :26].t().contiguous().t()   # column-major weight
    torch.testing.assert_close(fused_token_nll(h, w, t, backend="triton"), reference_token_nll(h, w, t),
                               rtol=1e-5, atol=2e-5)


@pytest.mark.parametrize("dtype", ["fp32", "bf16", "fp16"])
@pytest.mark.parametrize("softcap", [None, 20.0])
def test_chunked_torch_path_many_tiles(dtype, softcap):
    h, w, t = make(45, 24, 1001, dtype, seed=4, scale=2.0, ignore_every=4)
    ref = reference_token_nll(h, w, t, softcap=softcap)
    # a 300-element tile forces many row chunks and vocabulary blocks (incl. a ragged last one)
    got = chunked_token_nll(h, w, t, softcap=softcap, tile_elems=300)
    torch.testing.assert_close(got, ref, rtol=1e-5, atol=2e-5)
    torch.testing.assert_close(fused_token_nll(h, w, t, softcap=softcap), ref, rtol=1e-5, atol=2e-5)  # auto -> torch
    assert (got[t == -100] == 0).all()


def test_reference_is_cross_entropy():
    h, w, t = make(6, 8, 10, "fp32", seed=5)
    logits = h @ w.T
    manual = torch.logsumexp(logits, 1) - logits[torch.arange(6), t]
    torch.testing.assert_close(reference_token_nll(h, w, t), manual)


def test_empty_and_errors(monkeypatch):
    h, w, t = make(4, 16, 32, "fp32")
    assert fused_token_nll(h[:0], w, t[:0], backend="triton").shape == (0,)
    assert fused_token_nll(h[:0], w, t[:0]).shape == (0,)
    with pytest.raises(ConfigError, match="unknown backend"):
        fused_token_nll(h, w, t, backend="cuda-magic")
    with pytest.raises(ConfigError, match="shape mismatch"):
        fused_token_nll(h, w[:, :8], t)
    monkeypatch.setenv("TRITON_INTERPRET", "0")
    with pytest.raises(ConfigError, match="needs CUDA"):
        fused_token_nll(h, w, t, backend="triton")
