"""Triton kernels (imported lazily: only the Triton backend of scorers.lm_loss needs them)."""
from __future__ import annotations


def triton_token_nll(hidden, weight, targets, ignore_index: int = -100, softcap: float | None = None, **kw):
    from .fused_nll import triton_token_nll as _impl

    return _impl(hidden, weight, targets, ignore_index=ignore_index, softcap=softcap, **kw)


__all__ = ["triton_token_nll"]
