"""Language-model loss per document, without the logits matrix; and the `assay lm-score` stage.

    scorer = LMScorer("samples/models/tiny-lm-2")          # any local causal LM (transformers)
    out = scorer.score(["some text", "more text"], per_token=True)
    out["lm_loss"]     # float64 mean nats/token      out["lm_bpb"]  bits per UTF-8 byte
    out["lm_tokens"]   # int64 tokens scored          out["token_losses"]  list of float32 arrays

The model's final hidden states and its LM-head weight go through
scorers.lm_loss.fused_token_nll (the Triton kernel on CUDA, the chunked torch path on CPU).
Documents are tokenised with a BOS token in front (so every text token is scored), cut into
sliding windows when longer than the context (each token scored exactly once, with at least
half a context of left context), sorted by length and packed into batches of at most
`batch_tokens` padded tokens.
"""
from __future__ import annotations

import math
import os
from typing import Literal, Optional

import numpy as np
import pyarrow as pa
from pydantic import Field

from pipeline.stage import Stage, StageContext, StageParams, StageResult

DTYPES = ("auto", "fp32", "fp16", "bf16")
LN2 = math.log(2.0)


def resolve_model(model: str | None) -> str:
    """`tiny-lm-N` -> samples/models/tiny-lm-N; anything else must be a local directory."""
    from pipeline.errors import ConfigError

    from .tiny_lm import DEFAULT_RUNG, MODELS_DIR, model_path

    if not model:
        return model_path(DEFAULT_RUNG)
    if not os.path.isdir(model) and (MODELS_DIR / model).is_dir():
        return str(MODELS_DIR / model)
    if not os.path.isdir(model):
        raise ConfigError(f"lm-score: --model '{model}' is not a local model directory (nothing is downloaded)")
    return os.path.abspath(model)  # Ray workers may run in another directory


def plan_windows(n_targets: int, context: int) -> list[tuple[int, int, int]]:
    """Windows over a sequence ids[0..n_targets] (ids[0] = BOS) whose targets are ids[1..].

    Returns (begin, end, skip): the window feeds ids[begin:end] and predicts ids[begin+1:end+1];
    its first `skip` predictions were scored by an earlier window (they are context only).
    Every target is scored exactly once; later windows keep context - stride tokens of context."""
    if n_targets <= 0:
        return []
    if n_targets <= context:
        return [(0, n_targets, 0)]
    stride = max(1, context // 2)
    out, scored, begin = [], 0, 0
    while scored < n_targets:
        end = min(begin + context, n_targets)
        out.append((begin, end, scored - begin))
        scored = end
        begin = end + stride - context
    return out


class LMScorer:
    def __init__(self, model_path: str, device: str | None = None, dtype: str = "fp32", batch_tokens: int = 8192,
                 max_length: int | None = None):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        from pipeline.errors import ConfigError

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        path = resolve_model(model_path)
        self.device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        if dtype == "auto":
            dtype = "bf16" if self.device.type == "cuda" else "fp32"
        if dtype not in DTYPES:
            raise ConfigError(f"lm-score: --dtype must be one of {', '.join(DTYPES)}, got '{dtype}'")
        if batch_tokens < 1:
            raise ConfigError("lm-score: --batch-tokens must be >= 1")
        self.dtype = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}[dtype]
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            self.model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=self.dtype)
        except Exception as e:  # one line, naming the path
            raise ConfigError(f"lm-score: cannot load a causal LM from '{path}': {str(e).splitlines()[0]}") from None
        self.model.to(self.device).eval()
        self.tokenizer.model_max_length = 1 << 60  # we window ourselves; silence the length warning
        cfg = self.model.config
        ctx = max_length or getattr(cfg, "max_position_embeddings", None) or getattr(cfg, "n_positions", None) or 1024
        self.context = int(ctx)
        if self.context < 2:
            raise ConfigError("lm-score: --max-length must be >= 2")
        self.batch_tokens = int(batch_tokens)
        self.bos = self.tokenizer.bos_token_id
        if self.bos is None:
            self.bos = self.tokenizer.eos_token_id
        self.pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else (self.bos or 0)
        self.softcap = getattr(cfg, "final_logit_softcapping", None) or None
        head = self.model.get_output_embeddings()
        if head is None:
            raise ConfigError(f"lm-score: model at '{path}' has no LM head")
        w = head.weight
        if getattr(head, "bias", None) is not None:  # fold the bias in as one more hidden unit
            w = torch.cat([w, head.bias[:, None].to(w.dtype)], dim=1)
        self.head_weight = w.detach()
        self._has_bias = getattr(head, "bias", None) is not None
        self.body = self.model.base_model
        self.path = path

    # ------------------------------------------------------------------------------------------
    def _tokenize(self, texts: list[str]) -> list[list[int]]:
        tok = self.tokenizer
        if getattr(tok, "is_fast", False):
            enc = tok.backend_tokenizer.encode_batch(texts, add_special_tokens=False)
            ids = [e.ids for e in enc]
        else:
            ids = tok(texts, add_special_tokens=False)["input_ids"]
        if self.bos is not None:
            return [[self.bos, *x] for x in ids]
        return ids

    def _batches(self, windows: list[tuple[int, int, int, int]]):
        """Length-sorted packing: each batch holds at most batch_tokens padded tokens."""
        order = sorted(range(len(windows)), key=lambda i: (-(windows[i][2] - windows[i][1]), i))
        batch: list[int] = []
        width = 0
        for i in order:
            n = windows[i][2] - windows[i][1]
            if batch and (len(batch) + 1) * width > self.batch_tokens:
                yield batch, width
                batch = []
            if not batch:
                width = n
            batch.append(i)
        if batch:
            yield batch, width

    def score(self, texts: list[str], per_token: bool = False) -> dict[str, np.ndarray]:
        import torch

        from .lm_loss import fused_token_nll

        texts = list(texts)
        n_docs = len(texts)
        ids = self._tokenize(texts)
        n_targets = np.array([max(0, len(x) - 1) for x in ids], dtype=np.int64)
        losses = [np.zeros(int(n), dtype=np.float32) for n in n_targets]
        # (doc, begin, end, skip)
        windows = [(d, b, e, s) for d in range(n_docs) for (b, e, s) in plan_windows(int(n_targets[d]), self.context)]
        arrays = [np.asarray(x, dtype=np.int64) for x in ids]
        with torch.inference_mode():
            for batch, width in self._batches(windows):
                B = len(batch)
                inp = np.full((B, width), self.pad, dtype=np.int64)
                tgt = np.full((B, width), -100, dtype=np.int64)
                mask = np.zeros((B, width), dtype=np.int64)
                for r, wi in enumerate(batch):
                    d, b, e, s = windows[wi]
                    n = e - b
                    inp[r, :n] = arrays[d][b:e]
                    mask[r, :n] = 1
                    tgt[r, s:n] = arrays[d][b + 1 + s:e + 1]
                inp_t = torch.from_numpy(inp).to(self.device)
                mask_t = torch.from_numpy(mask).to(self.device)
                tgt_t = torch.from_numpy(tgt).to(self.device)
                hidden = self.body(input_ids=inp_t, attention_mask=mask_t).last_hidden_state
                sel = tgt_t != -100
                h = hidden[sel]
                if self._has_bias:
                    h = torch.cat([h, torch.ones_like(h[:, :1])], dim=1)
                nll = fused_token_nll(h, self.head_weight, tgt_t[sel], softcap=self.softcap)
                nll = nll.float().cpu().numpy()
                # rows of `sel` are in (row, position) order: hand each window its slice
                pos = 0
                for r, wi in enumerate(batch):
                    d, b, e, s = windows[wi]
                    k = e - b - s
                    losses[d][b + s:e] = nll[pos:pos + k]
                    pos += k
        sums = np.array([float(x.sum(dtype=np.float64)) for x in losses], dtype=np.float64)
        nbytes = np.array([len(t.encode("utf-8")) for t in texts], dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            lm_loss = np.where(n_targets > 0, sums / np.maximum(n_targets, 1), np.nan)
            lm_bpb = np.where(nbytes > 0, sums / LN2 / np.maximum(nbytes, 1), np.nan)
        out = {"lm_loss": lm_loss.astype(np.float64), "lm_bpb": lm_bpb.astype(np.float64),
               "lm_tokens": n_targets.astype(np.int64)}
        if per_token:
            out["token_losses"] = losses
        return out


# ---------------------------------------------------------------------------------------------
# `assay lm-score`
# ---------------------------------------------------------------------------------------------
class LMScoreParams(StageParams):
    model: str = Field("tiny-lm-2", description="Local causal LM directory (transformers; nothing is downloaded), "
                                                "or tiny-lm-1..4 for the bundled models in samples/models.")
    batch_tokens: int = Field(8192, ge=1, description="Padded tokens per forward pass (length-sorted packing).")
    dtype: Literal["auto", "fp32", "fp16", "bf16"] = Field(
        "auto", description="Model/head dtype: auto = bf16 on a GPU, fp32 on CPU. The loss is accumulated in fp32.")
    max_length: Optional[int] = Field(None, ge=2, description="Context window in tokens (default: the model's); "
                                                              "longer documents are scored with sliding windows.")
    per_token: bool = Field(False, description="Also write the per-token losses as a list<float32> column token_losses.")
    max_loss: Optional[float] = Field(None, gt=0, description="Reject documents whose lm_loss (nats/token) is above "
                                                              "this as high_loss (default: reject nothing).")
    keep_fraction: Optional[float] = Field(None, gt=0, le=1, description="Keep only this fraction of documents with "
                                           "the lowest lm_loss, reject the rest as high_loss (default: keep all).")
    batch_docs: int = Field(256, ge=1, description="Documents per Ray Data batch handed to a scoring actor.")
    num_actors: Optional[int] = Field(None, ge=1, description="Scoring actors (default: one per GPU with num_gpus=1, "
                                                              "else one CPU actor per 2 CPUs, at most 2).")


def _list_column(arrays: list[np.ndarray]) -> pa.Array:
    lens = np.fromiter((len(a) for a in arrays), dtype=np.int32, count=len(arrays))
    offsets = np.zeros(len(arrays) + 1, dtype=np.int32)
    np.cumsum(lens, out=offsets[1:])
    values = np.concatenate(arrays).astype(np.float32) if arrays else np.zeros(0, np.float32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.float32()))


class _ScoreActor:
    def __init__(self, params: dict, threads: int | None):
        import torch

        if threads and not torch.cuda.is_available():
            torch.set_num_threads(threads)
        p = LMScoreParams(**params)
        self.per_token, self.max_loss = p.per_token, p.max_loss
        self.scorer = LMScorer(p.model, dtype=p.dtype, batch_tokens=p.batch_tokens, max_length=p.max_length)

    def __call__(self, batch: pa.Table) -> pa.Table:
        from pipeline.schema import REJECT_REASON, TEXT, with_column

        texts = batch[TEXT].to_pylist()
        out = self.scorer.score(texts, per_token=self.per_token)
        batch = with_column(batch, "lm_loss", pa.array(out["lm_loss"], pa.float64()))
        batch = with_column(batch, "lm_bpb", pa.array(out["lm_bpb"], pa.float64()))
        batch = with_column(batch, "lm_tokens", pa.array(out["lm_tokens"], pa.int64()))
        if self.per_token:
            batch = with_column(batch, "token_losses", _list_column(out["token_losses"]))
        reason = np.full(len(texts), None, dtype=object)
        if self.max_loss is not None:
            reason[out["lm_loss"] > self.max_loss] = "high_loss"   # NaN (no tokens) is never rejected
        return with_column(batch, REJECT_REASON, pa.array(reason, pa.large_string()))


def _reject_above(batch: pa.Table, threshold: float) -> pa.Table:
    import pyarrow.compute as pc

    from pipeline.schema import REJECT_REASON, with_column

    high = pc.fill_null(pc.greater(batch["lm_loss"], threshold), False)
    cur = batch[REJECT_REASON]
    return with_column(batch, REJECT_REASON, pc.if_else(high, pa.scalar("high_loss", pa.large_string()), cur))


class LMScoreStage(Stage):
    """Scores every document with a causal LM's per-token loss (mean nats/token, bits per byte,
    token count), computed from the final hidden states and the LM-head weight by a fused
    kernel that never materialises the logits (Triton on CUDA, a chunked torch path on CPU).
    Documents longer than the context are scored with sliding windows (each token once).
    By default nothing is rejected; --max-loss / --keep-fraction turn it into a filter."""

    name = "lm-score"
    help = "Per-document LM loss / bits-per-byte with a fused logits-free kernel (Ray GPU or CPU actors)."
    Params = LMScoreParams

    def output_fields(self) -> list[pa.Field]:
        fields = [pa.field("lm_loss", pa.float64()), pa.field("lm_bpb", pa.float64()), pa.field("lm_tokens", pa.int64())]
        if self.params.per_token:
            fields.append(pa.field("token_losses", pa.list_(pa.float32())))
        return fields

    def row_local(self) -> bool:
        # per-document scores (and --max-loss) resume per shard; --keep-fraction is a global cut
        return self.params.keep_fraction is None or self.params.keep_fraction >= 1

    def apply(self, ds, ctx: StageContext) -> StageResult:
        p = self.params
        p = p.model_copy(update={"model": resolve_model(p.model)})  # fail fast, one line, on the driver
        gpus = int(ctx.num_gpus)
        if p.num_actors:
            n = p.num_actors
        else:
            n = gpus if gpus >= 1 else max(1, min(2, ctx.num_cpus // 2))
        threads = None if gpus >= 1 else max(1, ctx.num_cpus // n)
        ctx.log(f"[lm-score] {p.model} on {'%d GPU actor(s)' % n if gpus >= 1 else '%d CPU actor(s)' % n}")
        from ray.data import ActorPoolStrategy

        scored = ds.map_batches(_ScoreActor, fn_constructor_args=(p.model_dump(), threads), batch_format="pyarrow",
                                batch_size=p.batch_docs, compute=ActorPoolStrategy(size=n), max_restarts=0, num_gpus=1 if gpus >= 1 else 0,
                                num_cpus=None if gpus >= 1 else 1)
        stats: dict = {"model": p.model, "actors": n, "device": "cuda" if gpus >= 1 else "cpu"}
        if p.keep_fraction is not None and p.keep_fraction < 1:
            scored = scored.materialize()
            losses = np.concatenate([np.asarray(b["lm_loss"], dtype=np.float64) for b in
                                     scored.select_columns(["lm_loss"]).iter_batches(batch_format="numpy")] or
                                    [np.zeros(0)])
            finite = losses[np.isfinite(losses)]
            if len(finite):
                k = max(1, int(np.ceil(p.keep_fraction * len(finite))))
                threshold = float(np.sort(finite)[k - 1])
                stats["keep_fraction_threshold"] = threshold
                scored = scored.map_batches(_reject_above, fn_kwargs={"threshold": threshold},
                                            batch_format="pyarrow", batch_size=None)
        return StageResult(scored, stats=stats, finalize=_finalize)


def _finalize(ctx: StageContext, counts: dict) -> dict:
    import pyarrow.dataset as pads

    files = [str(f) for sub in ("kept", "rejected") for f in sorted((ctx.work_dir / sub).glob("*.parquet"))]
    if not files:
        return {}
    t = pads.dataset(files, format="parquet").to_table(columns=["lm_loss", "lm_tokens", "lm_bpb"])
    loss = t["lm_loss"].to_numpy(zero_copy_only=False).astype(np.float64)
    tok = t["lm_tokens"].to_numpy(zero_copy_only=False).astype(np.float64)
    ok = np.isfinite(loss) & (tok > 0)
    return {"scored_docs": int(ok.sum()), "tokens": int(tok[ok].sum()),
            "mean_lm_loss": float(loss[ok].mean()) if ok.any() else None,
            "token_weighted_lm_loss": float((loss[ok] * tok[ok]).sum() / tok[ok].sum()) if ok.any() else None}
