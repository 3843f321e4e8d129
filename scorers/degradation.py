"""Capability degradation per document: how much worse a target model (pruned, smaller,
quantised) does than a reference model on it.

    loss_diff (default): target loss - reference loss, per token (nats), from scorers.lm_scorer
    jsd:                 mean over positions of the Jensen-Shannon divergence between the two
                         models' next-token distributions (nats, in [0, ln 2]) over the first
                         context window of each document; the models must share a tokenizer

    DegradationScorer("samples/models/tiny-lm-1", "samples/models/tiny-lm-4").score(texts)
    ds = degradation_dataset(ds, target, reference)   # Ray actor pool; adds the columns below

Columns: `degradation`, `target_loss`, `reference_loss` (float64) and `__deg_tokens` (the
target's token count, used for length-normalisation and token budgets).
"""
from __future__ import annotations


import numpy as np
import pyarrow as pa


def loss_gap(target_loss, reference_loss) -> np.ndarray:
    """Per-document degradation from two per-token losses (positive = target is worse)."""
    return np.asarray(target_loss, dtype=np.float64) - np.asarray(reference_loss, dtype=np.float64)


def js_divergence(logits_p, logits_q, mask=None):
    """Jensen-Shannon divergence (nats) per position between two [.., V] logit tensors;
    with `mask` [..] (1 = real token) returns the masked mean over the last position axis."""
    import math

    import torch

    lp = torch.log_softmax(logits_p.float(), dim=-1)
    lq = torch.log_softmax(logits_q.float(), dim=-1)
    lm = torch.logsumexp(torch.stack([lp, lq]), dim=0) - math.log(2.0)
    js = 0.5 * ((lp.exp() * (lp - lm)).sum(-1) + (lq.exp() * (lq - lm)).sum(-1))
    js = js.clamp_min(0.0)
    if mask is None:
        return js
    m = mask.to(js.dtype)
    return (js * m).sum(-1) / m.sum(-1).clamp_min(1.0)


def _check_path(path: str, role: str) -> str:
    """An absolute local model directory (relative paths: from CWD, else from the repo root)."""
    from pathlib import Path

    p = Path(path)
    repo = Path(__file__).resolve().parents[1]
    if not p.is_dir() and not p.is_absolute():   # also `tiny-lm-1`..`tiny-lm-4` (samples/models)
        p = next((c for c in (repo / path, repo / "samples" / "models" / path) if c.is_dir()), p)
    if not p.is_dir():
        from pipeline.errors import ConfigError

        raise ConfigError(f"select: {role} model '{path}' is not a local model directory")
    return str(p.resolve())


class DegradationScorer:
    def __init__(self, target: str, reference: str, method: str = "loss_diff", device: str | None = None,
                 dtype: str = "auto", batch_tokens: int = 8192, max_length: int | None = None):
        import torch

        self.method = method
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        if dtype == "auto":
            dtype = "bf16" if device.startswith("cuda") else "fp32"
        self.dtype = dtype
        self.target, self.reference = _check_path(target, "target"), _check_path(reference, "reference")
        self.batch_tokens, self.max_length = batch_tokens, max_length
        if method == "loss_diff":
            from scorers.lm_scorer import LMScorer

            kw = dict(device=device, dtype=dtype, batch_tokens=batch_tokens, max_length=max_length)
            self.t_scorer, self.r_scorer = LMScorer(target, **kw), LMScorer(reference, **kw)
        elif method == "jsd":
            self._load_pair(device)
        else:
            from pipeline.errors import ConfigError

            raise ConfigError(f"select: unknown degradation method '{method}' (loss_diff or jsd)")

    def _load_pair(self, device):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.device = device
        self.tok = AutoTokenizer.from_pretrained(self.target, local_files_only=True)
        self.tok.model_max_length = 1 << 60   # we truncate to the context ourselves
        ref_tok = AutoTokenizer.from_pretrained(self.reference, local_files_only=True)
        if self.tok.get_vocab() != ref_tok.get_vocab():
            from pipeline.errors import ConfigError

            raise ConfigError("select: --degradation jsd needs the target and reference models to share a "
                              f"tokenizer ({self.target} and {self.reference} do not)")
        torch_dtype = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}[self.dtype]
        self.models = [AutoModelForCausalLM.from_pretrained(p, local_files_only=True, dtype=torch_dtype)
                       .to(self.device).eval() for p in (self.target, self.reference)]
        ctx = min(int(getattr(m.config, "max_position_embeddings", 1 << 30)) for m in self.models)
        self.ctx = min(ctx, self.max_length or ctx)

    def score(self, texts: list[str]) -> dict[str, np.ndarray]:
        """-> {"degradation", "target_loss", "reference_loss", "tokens"} numpy arrays."""
        if self.method == "loss_diff":
            t, r = self.t_scorer.score(texts), self.r_scorer.score(texts)
            return {"degradation": loss_gap(t["lm_loss"], r["lm_loss"]),
                    "target_loss": np.asarray(t["lm_loss"], np.float64),
                    "reference_loss": np.asarray(r["lm_loss"], np.float64),
                    "tokens": np.asarray(t["lm_tokens"], np.int64)}
        return self._score_jsd(texts)

    def _score_jsd(self, texts):
        import torch
        import torch.nn.functional as F

        n = len(texts)
        out = {k: np.zeros(n, np.float64) for k in ("degradation", "target_loss", "reference_loss")}
        bos = self.tok.bos_token_id if self.tok.bos_token_id is not None else self.tok.eos_token_id
        ids = self.tok(list(texts), add_special_tokens=False)["input_ids"]
        out["tokens"] = np.array([len(x) for x in ids], np.int64)   # full length, for token budgets
        ids = [([bos] if bos is not None else []) + x[: self.ctx - 1] for x in ids]   # scored: one window
        lens = np.array([len(x) for x in ids], np.int64)
        order = np.argsort(-lens, kind="stable")   # length-sorted batches: little padding
        pad = self.tok.pad_token_id if self.tok.pad_token_id is not None else 0
        i = 0
        with torch.inference_mode():
            while i < n:
                width = int(lens[order[i]])
                rows = max(1, self.batch_tokens // max(width, 1))
                idx = order[i:i + rows]
                batch = torch.full((len(idx), width), pad, dtype=torch.long)
                att = torch.zeros((len(idx), width), dtype=torch.long)
                for b, j in enumerate(idx.tolist()):
                    batch[b, : lens[j]] = torch.tensor(ids[j])
                    att[b, : lens[j]] = 1
                batch, att = batch.to(self.device), att.to(self.device)
                lt, lr = (m(input_ids=batch, attention_mask=att).logits[:, :-1] for m in self.models)
                tgt, mask = batch[:, 1:], att[:, 1:]
                out["degradation"][idx] = js_divergence(lt, lr, mask).cpu().numpy()
                for key, lg in (("target_loss", lt), ("reference_loss", lr)):
                    nll = F.cross_entropy(lg.float().transpose(1, 2), tgt, reduction="none")
                    m = mask.float()
                    out[key][idx] = ((nll * m).sum(1) / m.sum(1).clamp_min(1)).cpu().numpy()
                i += len(idx)
        return out


class _DegradationActor:
    def __init__(self, kwargs: dict):
        self.scorer = DegradationScorer(**kwargs)

    def __call__(self, batch: pa.Table) -> pa.Table:
        from pipeline.schema import TEXT, with_column

        s = self.scorer.score(batch[TEXT].to_pylist())
        for name in ("degradation", "target_loss", "reference_loss"):
            batch = with_column(batch, name, pa.array(s[name], pa.float64()))
        return with_column(batch, "__deg_tokens", pa.array(s["tokens"], pa.int64()))


def degradation_dataset(ds, target: str, reference: str, method: str = "loss_diff", device: str | None = None,
                        dtype: str = "auto", batch_tokens: int = 8192, max_length: int | None = None,
                        num_actors: int | None = None, num_gpus: float | None = None):
    """Add degradation columns with a pool of actors holding both models (one GPU each if any)."""
    from pipeline.ray_env import cluster_cpus, cluster_gpus

    _check_path(target, "target"), _check_path(reference, "reference")   # fail early, on the driver
    # the actors resolve the paths themselves: with `ray job submit --working-dir` a relative path
    # names the same files in every node's copy of the working directory
    kwargs = dict(target=target, reference=reference, method=method, device=device, dtype=dtype,
                  batch_tokens=batch_tokens, max_length=max_length)
    gpus = cluster_gpus()
    per = num_gpus if num_gpus is not None else (1 if gpus >= 1 else 0)
    if per > 0 and gpus <= 0:
        from pipeline.errors import ConfigError

        raise ConfigError(f"select: --num-gpus {per} asked for, but the Ray cluster has no GPUs")
    n = num_actors or (max(1, int(gpus / per)) if per > 0 else max(1, cluster_cpus() // 2))
    from ray.data import ActorPoolStrategy

    return ds.map_batches(_DegradationActor, fn_constructor_args=(kwargs,), batch_format="pyarrow",
                          batch_size=512, compute=ActorPoolStrategy(size=n), max_restarts=0, num_gpus=per)
