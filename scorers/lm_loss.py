"""Per-token negative log-likelihood from final hidden states and the LM-head weight, without
ever materialising the [N, V] logits matrix.

    nll = fused_token_nll(hidden, weight, targets)      # hidden [N, d], weight [V, d], targets [N]
    # -> float32 [N]: logsumexp(softcap(hidden @ weight.T)) - logit[target]; 0 where target == ignore_index

Backends: "triton" (scorers/kernels/fused_nll.py: blockwise matmul with an online log-sum-exp
over vocabulary blocks, the target logit gathered on the fly), "torch" (the same algorithm as
chunked torch ops, for CPU), "reference" (plain fp32 logits + cross_entropy, for checking).
"auto" picks triton for CUDA tensors and torch otherwise. Under TRITON_INTERPRET=1 the Triton
kernel also runs on CPU tensors when asked for with backend="triton" (that is how CI tests it).
"""
from __future__ import annotations

# elements of one fp32 logits tile in the chunked torch path (16 MiB)
TORCH_TILE_ELEMS = 4 * 1024 * 1024


def _check(hidden, weight, targets):
    from pipeline.errors import ConfigError

    if hidden.dim() != 2 or weight.dim() != 2 or targets.dim() != 1:
        raise ConfigError(f"fused_token_nll: expected hidden [N, d], weight [V, d], targets [N]; got "
                          f"{tuple(hidden.shape)}, {tuple(weight.shape)}, {tuple(targets.shape)}")
    if hidden.shape[1] != weight.shape[1] or hidden.shape[0] != targets.shape[0]:
        raise ConfigError(f"fused_token_nll: shape mismatch hidden {tuple(hidden.shape)}, weight "
                          f"{tuple(weight.shape)}, targets {tuple(targets.shape)}")


def _softcap(x, softcap):
    import torch

    return x if not softcap else softcap * torch.tanh(x / softcap)


def reference_token_nll(hidden, weight, targets, ignore_index: int = -100, softcap: float | None = None):
    """fp32 everything, full logits: the ground truth the fused paths are tested against."""
    import torch.nn.functional as F

    _check(hidden, weight, targets)
    logits = _softcap(hidden.float() @ weight.float().T, softcap)
    return F.cross_entropy(logits, targets.long(), reduction="none", ignore_index=ignore_index)


def chunked_token_nll(hidden, weight, targets, ignore_index: int = -100, softcap: float | None = None,
                      tile_elems: int = TORCH_TILE_ELEMS):
    """Same algorithm as the kernel in torch: row chunks x vocabulary blocks, online log-sum-exp,
    fp32 accumulation; peak extra memory is one [rows, block] fp32 tile plus the fp32 copy of one
    weight block."""
    import torch

    _check(hidden, weight, targets)
    N, d = hidden.shape
    V = weight.shape[0]
    out = torch.zeros(N, dtype=torch.float32, device=hidden.device)
    if N == 0:
        return out
    targets = targets.long()
    rows = min(N, 4096)
    block = max(256, min(V, tile_elems // rows))
    for r0 in range(0, N, rows):
        h = hidden[r0:r0 + rows].float()
        t = targets[r0:r0 + rows]
        n = h.shape[0]
        m = torch.full((n,), float("-inf"), dtype=torch.float32, device=hidden.device)
        s = torch.zeros(n, dtype=torch.float32, device=hidden.device)
        tgt = torch.zeros(n, dtype=torch.float32, device=hidden.device)
        for v0 in range(0, V, block):
            logits = h @ weight[v0:v0 + block].float().T            # [n, b] fp32, the only big temporary
            if softcap:
                logits.div_(softcap).tanh_().mul_(softcap)
            local = t - v0
            hit = (local >= 0) & (local < logits.shape[1])
            idx = local.clamp(0, logits.shape[1] - 1)
            tgt += torch.where(hit, logits.gather(1, idx[:, None]).squeeze(1), 0.0)
            m_new = torch.maximum(m, logits.amax(dim=1))
            s = s * torch.exp(m - m_new) + logits.sub_(m_new[:, None]).exp_().sum(dim=1)
            m = m_new
        nll = m + torch.log(s) - tgt
        out[r0:r0 + rows] = torch.where(t == ignore_index, 0.0, nll)
    return out


def fused_token_nll(hidden, weight, targets, ignore_index: int = -100, softcap: float | None = None,
                    backend: str = "auto"):
    """fp32 per-token NLL [N] (0 where targets == ignore_index), never the full logits.

    backend: "auto" (CUDA -> triton, else torch), "triton", "torch" or "reference"."""
    from pipeline.errors import ConfigError

    _check(hidden, weight, targets)
    if backend == "auto":
        backend = "triton" if hidden.is_cuda else "torch"
    if backend == "triton":
        from .kernels import triton_token_nll

        return triton_token_nll(hidden, weight, targets, ignore_index=ignore_index, softcap=softcap)
    if backend == "torch":
        return chunked_token_nll(hidden, weight, targets, ignore_index=ignore_index, softcap=softcap)
    if backend == "reference":
        return reference_token_nll(hidden, weight, targets, ignore_index=ignore_index, softcap=softcap)
    raise ConfigError(f"fused_token_nll: unknown backend '{backend}' (auto, triton, torch, reference)")
