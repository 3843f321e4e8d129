"""`assay label-errors`: find mislabelled rows with confident learning (cleanlab).

Licence note: this is the ONLY assay module that imports cleanlab, which is AGPL-3.0.
Importing it here (lazily, inside functions) keeps the rest of assay free of it; if you
redistribute assay with this stage, the AGPL terms apply to that combination. Without
cleanlab installed the stage reports itself unavailable and every other stage works.

Out-of-sample probabilities come from a `pred_probs` column (list of floats per row, in
the order of --classes, default the sorted distinct labels), or else from K-fold
cross-validation of the proxy classifier (scorers.proxy: hashed n-grams + linear head by
default; --featurize hash,minilm averages the two featurisations' probabilities).

Columns: `label_issue` (bool), `label_quality` (float in [0, 1], low = likely wrong, from
--rank-by), `suggested_label` (the class the probabilities prefer, as a string).
Without --apply rows are only annotated; with --apply issues go to rejected/ with
reject_reason "label_error".

Precision beyond the cleanlab default: --agree lists extra filters that must ALSO flag
a row (e.g. `--agree predicted_neq_given`), and --proxy-seeds / --featurize average
several out-of-sample probability estimates; benchmarks/results/labels.md measures
both against the default at equal recall.

Edge cases (decided): rows with a null label pass through unannotated (null columns,
kept). Labels outside --classes in pred_probs mode are an error naming the label.
When probabilities are computed, classes with fewer than --min-class-count rows cannot be
judged out-of-sample; their rows pass through unannotated and are listed in the manifest
stats (`rare_classes`). A missing label column is a one-line error from the runner.

Scale: up to --batched-above rows everything is one in-memory cleanlab call. Above it
(pred_probs mode) the stage runs cleanlab's batched form over Ray without ever building
the [n, classes] array on the driver: pass 1 per block sums per-class self-confidence
(-> per-class thresholds), pass 2 per block counts the confident joint and returns one
quality score per row, the driver calibrates the joint and turns the estimated number of
issues per class into a per-class score cutoff (the n_k lowest scores of class k), and
pass 3 annotates each block (issue = under the cutoff and predicted class != label, as
cleanlab's in-memory filters also require).
"""
from __future__ import annotations

from typing import Literal, Optional

import numpy as np
import pyarrow as pa
from pydantic import Field

from pipeline.errors import ConfigError, InputError
from pipeline.schema import REJECT_REASON, with_column
from pipeline.stage import Stage, StageContext, StageParams, StageResult

FILTERS = ("prune_by_noise_rate", "prune_by_class", "both", "confident_learning", "predicted_neq_given",
           "low_normalized_margin", "low_self_confidence")
FilterBy = Literal["prune_by_noise_rate", "prune_by_class", "both", "confident_learning", "predicted_neq_given",
                   "low_normalized_margin", "low_self_confidence"]
OUT_FIELDS = [pa.field("label_issue", pa.bool_()), pa.field("label_quality", pa.float64()),
              pa.field("suggested_label", pa.large_string())]


class LabelErrorsParams(StageParams):
    filter_by: FilterBy = Field("prune_by_noise_rate", description="cleanlab find_label_issues filter that decides which rows are issues.")
    rank_by: Literal["self_confidence", "normalized_margin", "confidence_weighted_entropy"] = Field(
        "self_confidence", description="cleanlab label-quality score written to label_quality (low = likely wrong).")
    agree: list[str] = Field([], description="Extra cleanlab filters that must also flag a row "
                             "(intersection: higher precision, lower recall), e.g. predicted_neq_given.")
    apply: bool = Field(False, description="Reject issues (reject_reason label_error) instead of only annotating them.")
    pred_probs_col: str = Field("pred_probs", description="Column with out-of-sample class probabilities (list of "
                                "floats); used when present, else probabilities are computed by K-fold.")
    classes: list[str] = Field([], description="Class names in pred_probs column order "
                               "(default: the sorted distinct labels).")
    folds: int = Field(5, ge=2, le=50, description="K for K-fold out-of-sample probabilities.")
    featurize: list[Literal["hash", "minilm"]] = Field(["hash"], description="Proxy featurisation(s): hashed word "
                                                        "1-2-grams and/or frozen MiniLM embeddings; several are averaged.")
    proxy_seeds: int = Field(1, ge=1, le=20, description="Repeat the K-fold with this many seeds and average the probabilities.")
    hidden: int = Field(0, ge=0, description="Hidden units of the proxy head (0 = linear).")
    epochs: float = Field(5, gt=0, description="Proxy training epochs per fold.")
    min_class_count: int = Field(2, ge=1, description="With computed probabilities, classes with fewer rows are passed through unannotated.")
    batched_above: int = Field(1_000_000, ge=1, description="Rows above which pred_probs mode uses the batched "
                               "two-pass form over Ray instead of one in-memory array.")


class LabelErrorsStage(Stage):
    """Confident learning (cleanlab, AGPL: imported only by this stage) over out-of-sample
    probabilities: the `pred_probs` column if present, else K-fold probabilities of the proxy
    (hashed 1-2-grams + linear head). Adds label_issue, label_quality (low = suspicious) and
    suggested_label; --apply rejects issues as "label_error". Rows with a null label, and
    (computed mode) classes smaller than --min-class-count, pass through unannotated.
    Higher precision at little recall cost (measured): --proxy-seeds 3 --agree prune_by_class."""

    name = "label-errors"
    help = "Flag (or with --apply reject) rows whose label looks wrong (cleanlab confident learning)."
    Params = LabelErrorsParams
    needs_label = True

    def output_fields(self) -> list[pa.Field]:
        return list(OUT_FIELDS)

    def apply(self, ds, ctx: StageContext) -> StageResult:
        p = self.params
        bad = [f for f in p.agree if f not in FILTERS]
        if bad:
            raise ConfigError(f"label-errors: --agree {bad[0]} is not a cleanlab filter ({', '.join(FILTERS)})")
        refs = ds.to_arrow_refs()
        names = ctx.input_schema.names if ctx.input_schema is not None else []
        if p.pred_probs_col in names:
            return self._with_pred_probs(refs, ctx)
        return self._computed(refs, ctx)

    # --- probabilities computed by the proxy ------------------------------------------
    def _computed(self, refs, ctx):
        from . import proxy

        p = self.params
        X_by_kind, labels, sizes = {}, None, None
        for kind in p.featurize:
            X, labels, sizes = proxy.gather_features(refs, kind, desc=f"featurise ({kind})")
            X_by_kind[kind] = proxy.compact(X)
        codes, classes, _ = proxy.encode_labels(labels)
        counts = np.bincount(codes[codes >= 0], minlength=len(classes))
        rare = [c for c, n in zip(classes, counts) if n < p.min_class_count]
        use = codes >= 0
        if rare:
            ctx.log(f"[label-errors] classes with < {p.min_class_count} rows pass through unannotated: {rare[:10]}")
            keep_cls = [c for c, n in zip(classes, counts) if n >= p.min_class_count]
            codes, classes, _ = proxy.encode_labels(labels, keep_cls)
            use = codes >= 0
        P = np.zeros((len(codes), max(1, len(classes))), dtype=np.float32)
        if len(classes) >= 2 and use.sum():
            cfg = proxy.HeadConfig(hidden=p.hidden, epochs=p.epochs)
            idx = np.flatnonzero(use)
            runs = 0
            for kind, X in X_by_kind.items():
                for s in range(p.proxy_seeds):
                    P[idx] += proxy.out_of_fold_probs(X[idx], codes[idx], len(classes), cfg, p.folds,
                                                      ctx.seed + 7919 * s, log=ctx.log)
                    runs += 1
            P /= runs
        elif use.sum():
            raise InputError("label-errors: need at least two classes with enough rows to find label errors "
                             f"(found {classes})")
        issue, quality = self._find(codes[use], P[use])
        res = _Results.make(len(codes), use, issue, quality, np.asarray(classes, dtype=object)[P[use].argmax(1)])
        stats = {"mode": "k-fold", "classes": classes, "rare_classes": rare, "annotated_rows": int(use.sum()),
                 "label_issues": int(issue.sum()), "featurize": list(p.featurize)}
        return StageResult(res.annotate(refs, sizes, p.apply), stats=stats)

    # --- probabilities given in a column ---------------------------------------------
    def _with_pred_probs(self, refs, ctx):
        import ray

        from . import proxy

        p = self.params
        task = ray.remote(_block_label_summary)
        summaries = ray.get([task.remote(r, p.pred_probs_col) for r in refs])
        sizes = [s["n"] for s in summaries]
        widths = {w for s in summaries for w in s["widths"]}
        if len(widths) > 1:
            raise InputError(f"label-errors: column '{p.pred_probs_col}' has rows of different lengths {sorted(widths)}")
        labels = pa.chunked_array([s["labels"] for s in summaries], type=pa.large_string())
        classes = list(p.classes) or None
        codes, classes, unseen = proxy.encode_labels(labels, classes)
        if unseen.any():
            first = labels.combine_chunks().filter(pa.array(unseen))[0].as_py()
            raise InputError(f"label-errors: label '{first}' is not among the {len(classes)} pred_probs classes "
                             f"({', '.join(classes[:8])}...); name them in column order with --classes")
        width = widths.pop() if widths else len(classes)
        if width != len(classes):
            raise InputError(f"label-errors: column '{p.pred_probs_col}' has {width} probabilities per row but there "
                             f"are {len(classes)} classes; name them in column order with --classes")
        use = codes >= 0
        n = int(use.sum())
        if n > p.batched_above:
            return self._batched(refs, sizes, codes, classes, ctx)
        cls = pa.array(classes, pa.large_string())
        task = ray.remote(_block_probs)
        P = np.concatenate(ray.get([task.remote(r, p.pred_probs_col, cls) for r in refs])) \
            if refs else np.zeros((0, width))
        issue, quality = self._find(codes[use], P[use]) if n else (np.zeros(0, bool), np.zeros(0))
        res = _Results.make(len(codes), use, issue, quality, np.asarray(classes, dtype=object)[P[use].argmax(1)])
        stats = {"mode": "pred_probs", "classes": classes, "annotated_rows": n, "label_issues": int(issue.sum())}
        return StageResult(res.annotate(refs, sizes, p.apply), stats=stats)

    def _find(self, y: np.ndarray, P: np.ndarray):
        return find_issues(y, P, self.params.filter_by, self.params.rank_by, self.params.agree)

    # --- batched two-pass form over Ray -------------------------------------------------
    def _batched(self, refs, sizes, codes, classes, ctx):
        import ray

        from pipeline.progress import wait_all

        p = self.params
        C = len(classes)
        cls = pa.array(classes, pa.large_string())
        # pass 1: per-class thresholds (mean self-confidence of each given class)
        parts = wait_all([ray.remote(_pass_thresholds).remote(r, p.pred_probs_col, cls) for r in refs],
                         "label-errors pass 1")
        sums = sum(s for s, _ in parts)
        cnts = sum(c for _, c in parts)
        thresholds = np.where(cnts > 0, sums / np.maximum(cnts, 1), 1.0)
        # pass 2: confident joint + one quality score per row
        parts = wait_all([ray.remote(_pass_joint_scores).remote(r, p.pred_probs_col, cls, thresholds, p.rank_by)
                          for r in refs], "label-errors pass 2")
        joint = sum(j for j, _, _ in parts)
        y = np.concatenate([c for _, c, _ in parts])
        scores = np.concatenate([s for _, _, s in parts])
        from cleanlab.count import calibrate_confident_joint

        label_counts = np.bincount(y[y >= 0], minlength=C)
        cal = calibrate_confident_joint(joint, y[y >= 0])
        n_issues = np.clip(np.round(label_counts - np.diag(cal) * label_counts / np.maximum(cal.sum(1), 1e-12)),
                           0, label_counts).astype(np.int64)
        cutoffs = np.full(C, -np.inf)
        for k in range(C):
            if n_issues[k]:
                sk = np.sort(scores[y == k])
                cutoffs[k] = sk[n_issues[k] - 1]
        outs = [ray.remote(_pass_annotate).remote(r, p.pred_probs_col, cls, cutoffs, p.rank_by, p.apply)
                for r in refs]
        from ray.data import from_arrow_refs

        stats = {"mode": "pred_probs-batched", "classes": classes, "annotated_rows": int((y >= 0).sum()),
                 "estimated_issues": int(n_issues.sum()), "thresholds": thresholds.round(6).tolist()}
        return StageResult(from_arrow_refs(outs), stats=stats)


def find_issues(y: np.ndarray, P: np.ndarray, filter_by: str = "prune_by_noise_rate",
                rank_by: str = "self_confidence", agree: list[str] | tuple = ()) -> tuple[np.ndarray, np.ndarray]:
    """cleanlab in memory: (issue mask, label-quality scores). `agree` filters must also flag."""
    from cleanlab.filter import find_label_issues
    from cleanlab.rank import get_label_quality_scores

    if len(y) == 0:
        return np.zeros(0, bool), np.zeros(0)
    P = np.asarray(P, dtype=np.float64)
    P = P / np.maximum(P.sum(1, keepdims=True), 1e-12)
    quality = get_label_quality_scores(y, P, method=rank_by)
    present = np.unique(y)
    if len(present) < 2:
        return np.zeros(len(y), bool), quality
    # cleanlab wants every class 0..C-1 present; drop empty columns and renumber
    remap = -np.ones(P.shape[1], dtype=np.int64)
    remap[present] = np.arange(len(present))
    Pc = P[:, present]
    Pc = Pc / np.maximum(Pc.sum(1, keepdims=True), 1e-12)
    yc = remap[y]
    # n_jobs=1: cleanlab would otherwise fork a process pool from the Ray driver (forking a
    # process that runs Ray's threads is unsafe, and the pool's SIGTERMs print stack traces)
    issue = find_label_issues(yc, Pc, filter_by=filter_by, n_jobs=1)
    for f in agree:
        issue &= find_label_issues(yc, Pc, filter_by=f, n_jobs=1)
    return np.asarray(issue, dtype=bool), quality


class _Results:
    """Per-row results in input order (null where a row was not annotated)."""

    def __init__(self, issue, quality, suggested):
        self.issue, self.quality, self.suggested = issue, quality, suggested

    @classmethod
    def make(cls, n, use, issue, quality, suggested):
        iss = np.zeros(n, bool)
        iss[use] = issue
        q = np.zeros(n)
        q[use] = quality
        sug = np.full(n, None, dtype=object)
        sug[use] = suggested
        return cls(pa.array(iss, mask=~use), pa.array(q, mask=~use), pa.array(sug, pa.large_string()))

    def annotate(self, refs, sizes, apply):
        import ray
        from ray.data import from_arrow_refs

        outs, start = [], 0
        task = ray.remote(_annotate_block)
        for r, n in zip(refs, sizes):
            outs.append(task.remote(r, self.issue.slice(start, n), self.quality.slice(start, n),
                                    self.suggested.slice(start, n), apply))
            start += n
        return from_arrow_refs(outs)


def _annotate_block(table, issue, quality, suggested, apply):
    import pyarrow.compute as pc

    table = with_column(with_column(with_column(table, "label_issue", issue), "label_quality", quality),
                        "suggested_label", suggested)
    reason = pa.nulls(table.num_rows, pa.large_string())
    if apply:
        reason = pc.if_else(pc.fill_null(issue, False), pa.scalar("label_error", pa.large_string()), reason)
    return with_column(table, REJECT_REASON, reason)


def _probs_matrix(col, width: int) -> np.ndarray:
    """A list<float> column -> [n, width] float64 without a Python loop. Rows must all be
    non-null with `width` values (callers pass only labelled rows)."""
    import pyarrow.compute as pc

    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    if arr.null_count:
        raise InputError("label-errors: the pred_probs column is null on a labelled row; give every labelled "
                         "row its probabilities")
    lens = pc.list_value_length(arr).to_numpy(zero_copy_only=False)
    if len(lens) and (lens != width).any():
        raise InputError(f"label-errors: pred_probs rows have {sorted(set(lens.tolist()))[:5]} values, expected {width}")
    return pc.list_flatten(arr).to_numpy(zero_copy_only=False).astype(np.float64).reshape(-1, width)


def _block_label_summary(table, col):
    import pyarrow.compute as pc

    from .proxy import block_labels

    lens = pc.list_value_length(table[col]).to_numpy(zero_copy_only=False) if table.num_rows else np.zeros(0)
    widths = sorted({int(x) for x in np.unique(lens[~np.isnan(lens.astype(float))])}) if len(lens) else []
    return {"n": table.num_rows, "labels": block_labels(table).combine_chunks(), "widths": widths}


def _block_probs(table, col, cls):
    """[n, C] probabilities of one block; zeros on rows without a (known) label."""
    y = _codes(table, cls)
    use = y >= 0
    P = np.zeros((table.num_rows, len(cls)))
    P[use] = _probs_matrix(table[col].filter(pa.array(use)), len(cls))
    return P


def _codes(table, cls):
    import pyarrow.compute as pc

    from .proxy import block_labels

    idx = pc.index_in(block_labels(table), value_set=cls).to_numpy(zero_copy_only=False)
    return np.nan_to_num(idx.astype(float), nan=-1).astype(np.int64)


def _pass_thresholds(table, col, cls):
    C = len(cls)
    y = _codes(table, cls)
    use = y >= 0
    P = _probs_matrix(table[col].filter(pa.array(use)), C)
    yy = y[use]
    sums = np.bincount(yy, weights=P[np.arange(len(yy)), yy], minlength=C)
    return sums, np.bincount(yy, minlength=C).astype(np.float64)


def _pass_joint_scores(table, col, cls, thresholds, rank_by):
    from cleanlab.rank import get_label_quality_scores

    C = len(cls)
    y = _codes(table, cls)
    use = y >= 0
    P = _probs_matrix(table[col].filter(pa.array(use)), C)
    yy = y[use]
    above = np.where(P >= thresholds[None, :], P, -np.inf)
    confident = np.isfinite(above).any(1)
    j = above.argmax(1)
    joint = np.zeros((C, C))
    np.add.at(joint, (yy[confident], j[confident]), 1)
    scores = get_label_quality_scores(yy, P, method=rank_by) if len(yy) else np.zeros(0)
    return joint, yy, scores


def _pass_annotate(table, col, cls, cutoffs, rank_by, apply):
    from cleanlab.rank import get_label_quality_scores

    C = len(cls)
    y = _codes(table, cls)
    use = y >= 0
    n = table.num_rows
    P = _probs_matrix(table[col].filter(pa.array(use)), C)
    yy = y[use]
    q = np.zeros(n)
    iss = np.zeros(n, bool)
    sug = np.full(n, None, dtype=object)
    if len(yy):
        q[use] = get_label_quality_scores(yy, P, method=rank_by)
        # like cleanlab's in-memory filters, a row the model predicts as its label is no issue
        iss[use] = (q[use] <= cutoffs[yy]) & (P.argmax(1) != yy)
        sug[use] = np.asarray(cls.to_pylist(), dtype=object)[P.argmax(1)]
    return _annotate_block(table, pa.array(iss, mask=~use), pa.array(q, mask=~use),
                           pa.array(sug, pa.large_string()), apply)
