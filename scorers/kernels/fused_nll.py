"""Fused LM-head + cross-entropy forward in Triton: per-token NLL without the [N, V] logits.

Each program owns BLOCK_N rows of `hidden` and one contiguous slice (split) of the vocabulary; it
walks that slice in BLOCK_V tiles, computing the logits tile hidden[rows] @ weight[tile].T in fp32
registers (K loop over d in BLOCK_D steps), applies the optional softcap, and folds the tile into a
running (max, sum-exp) pair (online log-sum-exp) while picking up the target's logit when the
target falls in the tile. It writes three fp32 numbers per row and split; a tiny torch epilogue
combines the splits:

    nll = logsumexp_s(m_s + log s_s) - sum_s target_logit_s        (0 where target == ignore_index)

The grid is 1-D in grouped order: GROUP_N row blocks x every split run side by side, so the
running programs share both the rows of `hidden` (re-read for every vocabulary tile) and the
weight tiles in L2; without it all of `hidden` streams from HBM once per tile (measured on an
H200: 19-20 ms against 14.4 ms at N=8192, d=4096, V=128256; benchmarks/README.md). Splits keep
every SM busy when N is small (scoring batches). Two load paths: plain pointer loads (any strides,
any GPU, the CPU interpreter) and, where the config asks for it, TMA tensor descriptors (Hopper and
newer; contiguous rows, 16-byte aligned). Extra memory: 3 x splits x N x 4 bytes. Forward only.
"""
from __future__ import annotations

import os

import triton
import triton.language as tl
from triton.runtime.errors import OutOfResources


@triton.jit
def _program(n_blocks, splits, GROUP_N: tl.constexpr):
    """(row block, split) of this program in grouped order."""
    pid = tl.program_id(0)
    per_group = GROUP_N * splits
    first = (pid // per_group) * GROUP_N
    group_rows = tl.minimum(n_blocks - first, GROUP_N)
    local = pid % per_group
    return first + local % group_rows, local // group_rows


@triton.jit
def _fold(acc, cols, v_end, tgt, m, s, t_logit, softcap, HAS_SOFTCAP: tl.constexpr):
    """Fold one [BLOCK_N, BLOCK_V] logits tile into the running (max, sum-exp, target logit)."""
    if HAS_SOFTCAP:
        # softcap * tanh(x / softcap), tanh(y) = 2 sigmoid(2y) - 1
        acc = softcap * (2.0 * tl.sigmoid(acc * (2.0 / softcap)) - 1.0)
    acc = tl.where((cols < v_end)[None, :], acc, float("-inf"))
    m_new = tl.maximum(m, tl.max(acc, axis=1))
    s = s * tl.exp(m - m_new) + tl.sum(tl.exp(acc - m_new[:, None]), axis=1)
    t_logit += tl.sum(tl.where(cols[None, :] == tgt[:, None], acc, 0.0), axis=1)
    return m_new, s, t_logit


@triton.jit
def _nll_partial_kernel(H, W, T, M_out, S_out, TL_out,
                        N, V, D, v_per_split, n_blocks, splits,
                        stride_hn, stride_hd, stride_wv, stride_wd,
                        softcap,
                        HAS_SOFTCAP: tl.constexpr, PRECISION: tl.constexpr, UPCAST: tl.constexpr,
                        EVEN_D: tl.constexpr, GROUP_N: tl.constexpr,
                        BLOCK_N: tl.constexpr, BLOCK_V: tl.constexpr, BLOCK_D: tl.constexpr):
    pid_n, pid_s = _program(n_blocks, splits, GROUP_N)
    rows = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    rows_in = tl.minimum(rows, N - 1)  # clamped: loads need no row mask, stores do
    tgt = tl.load(T + rows_in).to(tl.int64)
    m = tl.full((BLOCK_N,), float("-inf"), dtype=tl.float32)
    s = tl.zeros((BLOCK_N,), dtype=tl.float32)
    t_logit = tl.zeros((BLOCK_N,), dtype=tl.float32)
    v_start = pid_s * v_per_split
    v_end = tl.minimum(v_start + v_per_split, V)
    for v0 in range(v_start, v_end, BLOCK_V):
        cols = v0 + tl.arange(0, BLOCK_V)
        cols_in = tl.minimum(cols, V - 1)
        acc = tl.zeros((BLOCK_N, BLOCK_V), dtype=tl.float32)
        for d0 in range(0, D, BLOCK_D):
            dd = d0 + tl.arange(0, BLOCK_D)
            h_ptr = H + rows_in[:, None] * stride_hn + dd[None, :] * stride_hd
            w_ptr = W + cols_in[:, None] * stride_wv + dd[None, :] * stride_wd
            if EVEN_D:
                h = tl.load(h_ptr)
                w = tl.load(w_ptr)
            else:
                h = tl.load(h_ptr, mask=(dd < D)[None, :], other=0.0)
                w = tl.load(w_ptr, mask=(dd < D)[None, :], other=0.0)
            if UPCAST:  # the CPU interpreter has no bf16 matmul: do it in fp32 there
                h = h.to(tl.float32)
                w = w.to(tl.float32)
            acc = tl.dot(h, tl.trans(w), acc, input_precision=PRECISION)
        m, s, t_logit = _fold(acc, cols, v_end, tgt, m, s, t_logit, softcap, HAS_SOFTCAP)
    out = pid_s * N + rows
    tl.store(M_out + out, m, mask=rows < N)
    tl.store(S_out + out, s, mask=rows < N)
    tl.store(TL_out + out, t_logit, mask=rows < N)


@triton.jit
def _nll_partial_kernel_tma(h_desc, w_desc, T, M_out, S_out, TL_out,
                            N, V, D, v_per_split, n_blocks, splits, softcap,
                            HAS_SOFTCAP: tl.constexpr, PRECISION: tl.constexpr, UPCAST: tl.constexpr,
                            GROUP_N: tl.constexpr, WS: tl.constexpr, FLATTEN: tl.constexpr,
                            BLOCK_N: tl.constexpr, BLOCK_V: tl.constexpr, BLOCK_D: tl.constexpr):
    """The same program with tiles fetched by the tensor-memory accelerator (zero-filled past the
    edges, so no clamping or masks). WS asks Triton to warp-specialise the d loop (loads in a
    producer warp group), FLATTEN to pipeline the two loops as one."""
    pid_n, pid_s = _program(n_blocks, splits, GROUP_N)
    row0 = pid_n * BLOCK_N
    rows = row0 + tl.arange(0, BLOCK_N)
    tgt = tl.load(T + tl.minimum(rows, N - 1)).to(tl.int64)
    m = tl.full((BLOCK_N,), float("-inf"), dtype=tl.float32)
    s = tl.zeros((BLOCK_N,), dtype=tl.float32)
    t_logit = tl.zeros((BLOCK_N,), dtype=tl.float32)
    v_start = pid_s * v_per_split
    v_end = tl.minimum(v_start + v_per_split, V)
    for v0 in tl.range(v_start, v_end, BLOCK_V, flatten=FLATTEN):
        cols = v0 + tl.arange(0, BLOCK_V)
        acc = tl.zeros((BLOCK_N, BLOCK_V), dtype=tl.float32)
        for d0 in tl.range(0, D, BLOCK_D, warp_specialize=WS):
            h = h_desc.load([row0, d0])
            w = w_desc.load([v0, d0])
            if UPCAST:
                h = h.to(tl.float32)
                w = w.to(tl.float32)
            acc = tl.dot(h, tl.trans(w), acc, input_precision=PRECISION)
        m, s, t_logit = _fold(acc, cols, v_end, tgt, m, s, t_logit, softcap, HAS_SOFTCAP)
    out = pid_s * N + rows
    tl.store(M_out + out, m, mask=rows < N)
    tl.store(S_out + out, s, mask=rows < N)
    tl.store(TL_out + out, t_logit, mask=rows < N)


# the winners of benchmarks/bench_lm_loss.py's sweeps on an H200 (bf16, N=2048 and 8192, d=4096,
# V=128256; benchmarks/README.md), for 16-bit tensors: TMA loads on Hopper and newer, pointer loads
# (the fastest without TMA) elsewhere; BLOCK_N comes from N (`_config`)
TMA_CONFIG = dict(BLOCK_V=128, BLOCK_D=64, GROUP_N=8, TMA=1)
POINTER_CONFIG = dict(BLOCK_V=256, BLOCK_D=64, GROUP_N=16, TMA=0)


def _config(hidden, N: int, V: int, D: int):
    """Tiles, launch options and SM count: TMA_CONFIG with 256-row tiles (128 for N <= 1024) on
    Hopper and newer, else POINTER_CONFIG with 128-row tiles; 64 rows for N <= 64; 8 warps, 3
    stages. fp32 keeps smaller tiles (twice the bytes per element). The CPU interpreter gets the
    smallest legal tiles."""
    if not hidden.is_cuda:
        return dict(BLOCK_N=16, BLOCK_V=32, BLOCK_D=16, GROUP_N=2, TMA=0, WS=0, FLATTEN=0), {}, 1
    import torch

    props = torch.cuda.get_device_properties(hidden.device)
    rows = 64 if N <= 64 else 128
    if hidden.dtype == torch.float32:
        tiles = dict(BLOCK_V=128, BLOCK_D=32, GROUP_N=16, TMA=0)
    elif props.major >= 9:
        tiles, rows = TMA_CONFIG, rows if N <= 1024 else 256
    else:
        tiles = POINTER_CONFIG
    return dict(BLOCK_N=rows, WS=0, FLATTEN=0, **tiles), dict(num_warps=8, num_stages=3), props.multi_processor_count


def _tma_ok(t) -> bool:
    """A tensor a TMA descriptor can address: unit stride along d, 16-byte aligned rows and base."""
    return t.stride(1) == 1 and (t.stride(0) * t.element_size()) % 16 == 0 and t.data_ptr() % 16 == 0


def triton_token_nll(hidden, weight, targets, ignore_index: int = -100, softcap: float | None = None,
                     splits: int | None = None, config: dict | None = None):
    """fp32 per-token NLL [N] via the Triton kernel (CUDA, or CPU under TRITON_INTERPRET=1).

    splits: vocabulary splits (default: about eight waves of programs); config: overrides of
    BLOCK_N / BLOCK_V / BLOCK_D / GROUP_N / TMA / WS / FLATTEN / num_warps / num_stages
    (benchmarks/bench_lm_loss.py sweeps them; TMA=1 asks for tensor-descriptor loads, used where the
    tensors allow them; WS and FLATTEN are loop options of the TMA kernel)."""
    import torch

    from pipeline.errors import ConfigError

    if not hidden.is_cuda and os.environ.get("TRITON_INTERPRET") != "1":
        raise ConfigError("fused_token_nll: the Triton backend needs CUDA tensors (or TRITON_INTERPRET=1 on CPU)")
    if hidden.dtype not in (torch.float16, torch.bfloat16, torch.float32):
        raise ConfigError(f"fused_token_nll: unsupported dtype {hidden.dtype} (fp16, bf16, fp32)")
    if weight.dtype != hidden.dtype:
        weight = weight.to(hidden.dtype)
    N, D = hidden.shape
    V = weight.shape[0]
    if N == 0:
        return torch.zeros(0, dtype=torch.float32, device=hidden.device)
    targets = targets.to(torch.int32).contiguous()
    cfg, launch, sms = _config(hidden, N, V, D)
    for k, v in (config or {}).items():
        (launch if k in ("num_warps", "num_stages") else cfg)[k] = int(v)
    n_blocks = triton.cdiv(N, cfg["BLOCK_N"])
    cfg["GROUP_N"] = max(1, min(cfg["GROUP_N"], n_blocks))
    v_tiles = triton.cdiv(V, cfg["BLOCK_V"])
    if splits is None:  # about eight waves of programs, and a group that covers the GPU
        splits = max(triton.cdiv(8 * sms, n_blocks), triton.cdiv(sms, cfg["GROUP_N"])) if hidden.is_cuda else 1
    splits = max(1, min(int(splits), v_tiles))
    v_per_split = triton.cdiv(v_tiles, splits) * cfg["BLOCK_V"]
    splits = triton.cdiv(V, v_per_split)
    part = torch.empty((3, splits, N), dtype=torch.float32, device=hidden.device)
    precision = "ieee" if hidden.dtype == torch.float32 or not hidden.is_cuda else "tf32"
    flags = dict(HAS_SOFTCAP=bool(softcap), PRECISION=precision,
                 UPCAST=(not hidden.is_cuda) and hidden.dtype == torch.bfloat16)
    use_tma = bool(cfg.pop("TMA")) and _tma_ok(hidden) and _tma_ok(weight)
    tma_only = dict(WS=bool(cfg.pop("WS")), FLATTEN=bool(cfg.pop("FLATTEN")))   # options of the TMA kernel
    grid = (n_blocks * splits,)
    common = (targets, part[0], part[1], part[2], N, V, D, v_per_split, n_blocks, splits)
    if use_tma:
        from triton.tools.tensor_descriptor import TensorDescriptor

        h_desc = TensorDescriptor.from_tensor(hidden, [cfg["BLOCK_N"], cfg["BLOCK_D"]])
        w_desc = TensorDescriptor.from_tensor(weight, [cfg["BLOCK_V"], cfg["BLOCK_D"]])
        _nll_partial_kernel_tma[grid](h_desc, w_desc, *common, float(softcap or 1.0), **flags, **tma_only, **cfg,
                                      **launch)
    else:
        args = (hidden, weight, *common, hidden.stride(0), hidden.stride(1), weight.stride(0), weight.stride(1),
                float(softcap or 1.0))
        try:
            _nll_partial_kernel[grid](*args, **flags, EVEN_D=D % cfg["BLOCK_D"] == 0, **cfg, **launch)
        except OutOfResources:  # small-shared-memory GPUs: shallower pipeline
            cfg["BLOCK_D"] = 32
            launch = dict(launch, num_stages=2)
            _nll_partial_kernel[grid](*args, **flags, EVEN_D=D % 32 == 0, **cfg, **launch)
    m, s, t = part[0], part[1], part[2]
    lse = torch.logsumexp(m + torch.log(s), dim=0) if splits > 1 else m[0] + torch.log(s[0])
    nll = lse - t.sum(dim=0)
    return torch.where(targets == ignore_index, torch.zeros_like(nll), nll)
