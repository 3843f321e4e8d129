"""`assay select`: capability-aware selection under a budget (PASER-style).

Spend a data budget where the target model (pruned or smaller) lost the most capability
against a reference model:

1. per document: an embedding (MiniLM by default) and the capability degradation (target
   loss - reference loss per token, or Jensen-Shannon divergence of the next-token
   distributions; or taken from columns), on Ray actor pools;
2. one Ray task on (id, embedding, degradation, length[, label]) only -- never the texts:
   capability clusters (spectral clustering on a kNN graph; beyond --spectral-max-rows,
   spectral on a seeded sample then nearest-centroid assignment, or k-means), a budget per
   cluster proportional to its mean degradation (largest-remainder rounding, exactly N in
   total, capped by cluster size with redistribution, optional floor), and within each
   cluster the documents with the largest length-normalised degradation first;
3. the small id -> (cluster, selected) table is broadcast and joined back in map_batches.

Unselected rows are rejected with `not_selected`; rows dropped by the optional conflict
filter (near-identical embeddings with different labels) with `conflicting_sample`.
"""
from __future__ import annotations

import warnings
from typing import Literal, Optional

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field, model_validator

from .errors import ConfigError
from .schema import ID, LABEL, REJECT_REASON, TEXT, with_column
from .stage import Stage, StageContext, StageParams, StageResult

EMB = "__sel_emb"
LEN = "__sel_len"
DEGRADATION = "degradation"
CLUSTER = "capability_cluster"
SELECTED = "selected"
NOT_SELECTED = "not_selected"
CONFLICT = "conflicting_sample"


class SelectParams(StageParams):
    budget: Optional[int] = Field(None, ge=0, description="How much to select (required): exactly N rows, or with "
                                  "--budget-unit tokens whole documents holding as close to N tokens as they "
                                  "allow, never more. A budget larger than the input keeps everything.")
    budget_unit: Literal["rows", "tokens"] = Field("rows", description="Unit of --budget.")
    floor: int = Field(0, ge=0, description="Minimum budget per cluster (in --budget-unit), before the "
                                            "proportional share.")
    cluster_weight: Literal["mean", "total"] = Field(
        "mean", description="A cluster's share of the budget is proportional to: mean = its mean degradation "
                            "(PASER; small clusters with a large loss get as much as big ones); total = mean "
                            "degradation x cluster size.")
    # degradation
    degradation: Literal["loss_diff", "jsd"] = Field(
        "loss_diff", description="Per-document capability degradation computed from the two models: loss_diff = "
                                 "target loss - reference loss per token; jsd = mean Jensen-Shannon divergence of "
                                 "their next-token distributions (models must share a tokenizer).")
    target_model: str = Field("samples/models/tiny-lm-1", description="Local directory of the target model (the "
                              "pruned/smaller one whose lost capability the selection should recover); "
                              "tiny-lm-1..4 name the bundled ones.")
    reference_model: str = Field("samples/models/tiny-lm-4", description="Local directory of the reference "
                                 "(original/larger) model.")
    degradation_col: Optional[str] = Field(None, description="Take the per-document degradation from this "
                                           "column instead of running models.")
    target_loss_col: Optional[str] = Field(None, description="Column with the target model's per-token loss "
                                           "(with --reference-loss-col: degradation = target - reference).")
    reference_loss_col: Optional[str] = Field(None, description="Column with the reference model's per-token loss.")
    degradation_is_total: bool = Field(False, description="--degradation-col holds a per-document total; divide "
                                                          "by the length to rank within a cluster.")
    length_col: Optional[str] = Field(None, description="Column with document lengths in tokens (default: the "
                                      "target model's token count, else `lm_tokens` if present, else words).")
    device: Optional[str] = Field(None, description="Device for the models (default: cuda if available, else cpu).")
    dtype: Literal["auto", "fp32", "fp16", "bf16"] = Field("auto", description="Model weights dtype (auto: bf16 "
                                                                       "on GPU, fp32 on CPU).")
    lm_batch_tokens: int = Field(8192, ge=64, description="Tokens per model forward batch.")
    num_actors: Optional[int] = Field(None, ge=1, description="Model actors for the degradation scores (default: "
                                      "one per GPU, else half the CPUs).")
    num_gpus: Optional[float] = Field(None, ge=0, description="GPUs per degradation actor (default: 1 when the "
                                      "cluster has GPUs, else 0; 0.5 packs two actors on a GPU).")
    max_length: Optional[int] = Field(None, ge=8, description="Model context window in tokens (default: the "
                                      "models'); loss_diff scores longer documents in sliding windows, jsd their "
                                      "first window.")
    # clustering
    embedding_model: Optional[str] = Field(None, description="sentence-transformers model directory for the "
                                           "embeddings (default: bundled all-MiniLM-L6-v2).")
    embedding_col: Optional[str] = Field(None, description="Use this existing embedding column (fixed-size list "
                                         "of floats) instead of computing embeddings.")
    num_clusters: int = Field(8, ge=1, description="Number of capability clusters.")
    cluster_method: Literal["auto", "spectral", "kmeans"] = Field(
        "auto", description="auto: spectral on a kNN graph up to --spectral-max-rows rows, beyond that spectral on "
                            "a sample + nearest-centroid assignment; spectral: always on all rows; kmeans: k-means.")
    knn: int = Field(10, ge=2, description="Neighbours per node of the kNN graph.")
    spectral_max_rows: int = Field(50_000, ge=100, description="Largest row count clustered spectrally in one piece.")
    # conflicts
    conflict_filter: bool = Field(False, description="Drop near-contradictory samples: near-identical "
                                                     "embeddings with different labels (the lower-degradation one).")
    conflict_threshold: float = Field(0.97, gt=0, le=1, description="Cosine similarity above which two "
                                      "documents count as near-identical for --conflict-filter.")

    @model_validator(mode="after")
    def _check(self):
        if self.budget is None:
            raise ValueError("select needs --budget N")
        if (self.target_loss_col is None) != (self.reference_loss_col is None):
            raise ValueError("give both --target-loss-col and --reference-loss-col, or neither")
        return self


class SelectStage(Stage):
    """Embeds every document, groups them into capability clusters, scores how much worse the
    target model does than the reference model on each (or reads that from columns), gives
    each cluster a share of --budget proportional to its mean degradation and keeps, inside
    a cluster, the most degraded documents first. Adds capability_cluster, degradation,
    selected, target_loss, reference_loss; the rest is rejected as not_selected. The
    per-cluster budgets are in manifest.json (stats.clusters) and in the run report."""

    name = "select"
    help = "Capability-aware selection: spend a row/token budget where a target model lost most (PASER)."
    Params = SelectParams

    def output_fields(self) -> list[pa.Field]:
        return [pa.field(CLUSTER, pa.int64()), pa.field(DEGRADATION, pa.float64()),
                pa.field(SELECTED, pa.bool_()), pa.field("target_loss", pa.float64()),
                pa.field("reference_loss", pa.float64())]

    def apply(self, ds, ctx: StageContext) -> StageResult:
        import ray

        p = self.params
        names = ctx.input_schema.names if ctx.input_schema is not None else []
        for opt, col in (("--degradation-col", p.degradation_col), ("--target-loss-col", p.target_loss_col),
                         ("--reference-loss-col", p.reference_loss_col), ("--embedding-col", p.embedding_col),
                         ("--length-col", p.length_col)):
            if col and col not in names:
                raise ConfigError(f"select: {opt} '{col}' is not a column of the input (columns: {', '.join(names)})")
        source = "column" if p.degradation_col else "loss_columns" if p.target_loss_col else p.degradation
        if source in ("loss_diff", "jsd"):
            from scorers.degradation import degradation_dataset

            ds = degradation_dataset(ds, p.target_model, p.reference_model, method=p.degradation,
                                     device=p.device, dtype=p.dtype, batch_tokens=p.lm_batch_tokens,
                                     max_length=p.max_length, num_actors=p.num_actors, num_gpus=p.num_gpus)
        if p.embedding_col:
            emb_col = p.embedding_col
        else:
            from scorers.embeddings import embed_dataset

            ds = embed_dataset(ds, TEXT, EMB, model=p.embedding_model)
            emb_col = EMB
        ds = ds.map_batches(_prepare, fn_kwargs={"source": source, "p": p.model_dump()},
                            batch_format="pyarrow", batch_size=None, zero_copy_batch=True).materialize()
        cols = [ID, emb_col, DEGRADATION, LEN] + ([LABEL] if ctx.has_label else [])
        refs = ds.select_columns(cols).to_arrow_refs()
        plan_ref, stats_ref = ray.remote(_plan_task).options(num_returns=2).remote(
            p.model_dump(), ctx.seed, emb_col, *refs)
        stats = ray.get(stats_ref)
        stats["degradation_source"] = source
        if stats.get("note"):
            ctx.log(f"[select] {stats['note']}")
        drop = [c for c in (EMB, LEN) if c in ds.schema().names]
        out = ds.map_batches(_join, fn_kwargs={"plan": [plan_ref], "drop": drop}, batch_format="pyarrow",
                             batch_size=None, zero_copy_batch=True)
        return StageResult(out, stats=stats)


SelectStage.__doc__ = " ".join(SelectStage.__doc__.split())   # one paragraph in `assay select --help`


# --- per-batch steps (vectorised) ------------------------------------------------------

def _f64(col) -> np.ndarray:
    return pc.cast(col, pa.float64()).to_numpy(zero_copy_only=False)


def _prepare(batch: pa.Table, source: str, p: dict) -> pa.Table:
    """Add `degradation`, `target_loss`, `reference_loss` and the length used for budgets."""
    n = batch.num_rows
    if source == "column":
        deg = _f64(batch[p["degradation_col"]])
    elif source == "loss_columns":
        t, r = _f64(batch[p["target_loss_col"]]), _f64(batch[p["reference_loss_col"]])
        batch = with_column(with_column(batch, "target_loss", pa.array(t)), "reference_loss", pa.array(r))
        deg = t - r
    else:
        deg = _f64(batch[DEGRADATION])
    if p["length_col"]:
        length = _f64(batch[p["length_col"]])
    elif "__deg_tokens" in batch.column_names:
        length = _f64(batch["__deg_tokens"])
    elif "lm_tokens" in batch.column_names:
        length = _f64(batch["lm_tokens"])
    else:
        length = pc.list_value_length(pc.utf8_split_whitespace(batch[TEXT])).to_numpy(zero_copy_only=False)
    length = np.nan_to_num(np.asarray(length, dtype=np.float64), nan=1.0)
    length = np.maximum(np.rint(length), 1).astype(np.int64)
    if source == "column" and p["degradation_is_total"]:
        deg = deg / length
    deg = np.nan_to_num(np.asarray(deg, dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    if "__deg_tokens" in batch.column_names:
        batch = batch.drop_columns(["__deg_tokens"])
    for name in ("target_loss", "reference_loss"):
        if name not in batch.column_names:
            batch = batch.append_column(name, pa.nulls(n, pa.float64()))
    return with_column(with_column(batch, DEGRADATION, pa.array(deg)), LEN, pa.array(length))


def _join(batch: pa.Table, plan: list, drop: list[str]) -> pa.Table:
    """Attach cluster/selected/reject_reason from the broadcast plan (matched by id)."""
    import ray

    table = _PLAN_CACHE.get(plan[0].hex())
    if table is None:
        _PLAN_CACHE.clear()
        table = _PLAN_CACHE[plan[0].hex()] = ray.get(plan[0])
    idx = pc.index_in(batch[ID], value_set=table[ID])
    if idx.null_count:
        raise ConfigError("select: internal error: a row is missing from the selection plan")
    batch = batch.drop_columns([c for c in drop if c in batch.column_names])
    for name in (CLUSTER, SELECTED, REJECT_REASON):
        batch = with_column(batch, name, table[name].take(idx))
    return batch


_PLAN_CACHE: dict = {}


# --- the global step: one Ray task on the small columns ---------------------------------

def _plan_task(p: dict, seed: int, emb_col: str, *parts: pa.Table):
    parts = [t for t in parts if t.num_rows] or list(parts[:1])
    table = pa.concat_tables(parts, promote_options="default")
    return plan_selection(table, SelectParams(**p), seed, emb_col)


def plan_selection(table: pa.Table, p: SelectParams, seed: int = 0, emb_col: str = EMB):
    """(id, embedding, degradation, length[, label]) -> (plan table, stats).

    The plan table has id, capability_cluster, selected, reject_reason for every row."""
    n = table.num_rows
    order = pc.sort_indices(table, sort_keys=[(ID, "ascending")])  # independent of block order
    table = table.take(order)
    ids = table[ID]
    X = _unit(_matrix(table[emb_col], emb_col)) if n else np.zeros((0, 1), np.float32)
    deg = table[DEGRADATION].to_numpy(zero_copy_only=False).astype(np.float64)
    length = table[LEN].to_numpy(zero_copy_only=False).astype(np.int64)
    labels = table[LABEL] if LABEL in table.column_names else None

    clusters, method, knn = cluster_embeddings(X, p.num_clusters, p.knn, seed, p.spectral_max_rows,
                                               p.cluster_method)
    eligible = np.ones(n, dtype=bool)
    conflicts = 0
    if p.conflict_filter and labels is not None and n > 1:
        eligible = ~conflict_mask(X, labels, deg, p.conflict_threshold, knn)
        conflicts = int((~eligible).sum())

    unit = length if p.budget_unit == "tokens" else np.ones(n, dtype=np.int64)
    k = int(clusters.max()) + 1 if n else 0
    size = np.bincount(clusters, minlength=k)
    cap = np.bincount(clusters, weights=unit * eligible, minlength=k).astype(np.int64)
    mean_deg = np.bincount(clusters, weights=deg, minlength=k) / np.maximum(size, 1)
    total = int(cap.sum())
    budget = int(p.budget)
    note = None
    if budget >= total:
        note = (f"budget {budget} {p.budget_unit} >= the {total} {p.budget_unit} available: every eligible "
                f"row is kept")
    weight = np.maximum(mean_deg, 0.0) * (size if p.cluster_weight == "total" else 1)
    alloc = allocate_budget(weight, cap, min(budget, total), p.floor)
    selected = pick_rows(clusters, deg, unit, eligible, alloc, min(budget, total))

    if p.budget_unit == "tokens" and 0 < budget < total and not selected.any():
        note = (f"budget {budget} tokens is smaller than the shortest eligible document "
                f"({int(unit[eligible].min())} tokens): nothing selected")
    reason = np.full(n, None, dtype=object)
    reason[~selected] = NOT_SELECTED
    reason[~eligible] = CONFLICT
    plan = pa.table({ID: ids, CLUSTER: pa.array(clusters.astype(np.int64)), SELECTED: pa.array(selected),
                     REJECT_REASON: pa.array(reason, pa.large_string())})
    sel_per = np.bincount(clusters[selected], minlength=k)
    sel_units = np.bincount(clusters[selected], weights=unit[selected], minlength=k).astype(np.int64)
    stats = {
        "budget": budget, "budget_unit": p.budget_unit, "floor": p.floor, "cluster_weight": p.cluster_weight,
        "selected_rows": int(selected.sum()), "selected_tokens": int(length[selected].sum()),
        "cluster_method": method, "num_clusters": k, "conflicts_rejected": conflicts,
        "mean_degradation": float(deg.mean()) if n else 0.0,
        "clusters": [{"cluster": c, "size": int(size[c]), "capacity": int(cap[c]),
                      "degradation": round(float(mean_deg[c]), 6), "budget": int(alloc[c]),
                      "selected_rows": int(sel_per[c]), "selected_units": int(sel_units[c])} for c in range(k)],
    }
    if note:
        stats["note"] = note
    return plan, stats


def _matrix(col, name: str) -> np.ndarray:
    """An embedding column (fixed-size or variable list of floats) as an [n, d] matrix."""
    from scorers.embeddings import to_numpy

    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    if pa.types.is_fixed_size_list(arr.type):
        return to_numpy(arr)
    if not (pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type)):
        raise ConfigError(f"select: --embedding-col '{name}' is not a list of floats ({arr.type})")
    lens = pc.list_value_length(arr).to_numpy(zero_copy_only=False)
    if arr.null_count or len(set(lens.tolist())) > 1:
        raise ConfigError(f"select: --embedding-col '{name}' has nulls or vectors of different lengths")
    flat = pc.list_flatten(arr).to_numpy(zero_copy_only=False).astype(np.float32)
    return flat.reshape(len(arr), -1)


def _unit(X: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return (X / np.maximum(norms, 1e-12)).astype(np.float32)


def knn_graph(X: np.ndarray, k: int, block: int = 1024):
    """Indices and cosine similarities of each row's k nearest neighbours (self excluded),
    from blocked matrix products of the unit vectors (no n x n matrix in memory)."""
    n = len(X)
    k = min(k, n - 1)
    idx = np.empty((n, k), dtype=np.int64)
    sim = np.empty((n, k), dtype=np.float64)
    for s in range(0, n, block):
        S = X[s:s + block] @ X.T
        r = np.arange(S.shape[0])
        S[r, s + r] = -np.inf
        part = np.argpartition(-S, k - 1, axis=1)[:, :k]
        vals = np.take_along_axis(S, part, 1)
        order = np.lexsort((part, -vals), axis=1)          # by similarity, ties by index
        idx[s:s + block] = np.take_along_axis(part, order, 1)
        sim[s:s + block] = np.take_along_axis(vals, order, 1)
    return idx, sim


def _spectral(X: np.ndarray, k: int, knn: int, seed: int):
    """Normalised spectral clustering on the symmetric kNN graph: the top-k eigenvectors of
    D^-1/2 A D^-1/2 (LOBPCG from a seeded block), then QR-pivoted assignment."""
    from scipy.sparse import csr_matrix, diags
    from scipy.sparse.linalg import lobpcg

    idx, sim = knn_graph(X, knn)
    n = len(X)
    rows = np.repeat(np.arange(n), idx.shape[1])
    w = np.clip((1.0 + sim.reshape(-1)) / 2.0, 1e-6, None)
    A = csr_matrix((w, (rows, idx.reshape(-1))), shape=(n, n))
    A = A.maximum(A.T)
    dm = diags(1.0 / np.sqrt(np.asarray(A.sum(axis=1)).ravel()))
    M = dm @ A @ dm
    X0 = np.random.default_rng(seed).normal(size=(n, k))
    with warnings.catch_warnings():  # a block method: copes with disconnected graphs (repeated eigenvalue 1)
        warnings.simplefilter("ignore")
        _, vecs = lobpcg(M, X0, largest=True, tol=1e-5, maxiter=200)
    try:
        from sklearn.cluster._spectral import cluster_qr

        labels = cluster_qr(vecs)
    except ImportError:  # private helper moved: k-means on the row-normalised embedding
        from sklearn.cluster import KMeans

        labels = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(_unit(vecs))
    return labels, (idx, sim)


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters by size (largest = 0), ties by first occurrence: stable ids."""
    uniq, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = np.lexsort((first, -counts))
    remap = np.empty(uniq.max() + 1, dtype=np.int64)
    remap[uniq[order]] = np.arange(len(uniq))
    return remap[labels]


def cluster_embeddings(X: np.ndarray, k: int, knn: int = 10, seed: int = 0, spectral_max_rows: int = 50_000,
                       method: str = "auto"):
    """Capability clusters -> (labels 0..k-1, method used, kNN graph or None)."""
    n = len(X)
    k = max(1, min(k, n // 2))
    if k <= 1:
        return np.zeros(n, dtype=np.int64), "single", None
    if method == "kmeans":
        from sklearn.cluster import KMeans

        labels = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(X)
        return _canonical(labels), "kmeans", None
    if method == "spectral" or n <= spectral_max_rows:
        labels, graph = _spectral(X, k, knn, seed)
        return _canonical(labels), "spectral", graph
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, size=spectral_max_rows, replace=False))
    sl, _ = _spectral(X[sample], k, knn, seed)
    C = np.zeros((k, X.shape[1]), dtype=np.float64)
    np.add.at(C, sl, X[sample])
    C = _unit(C)
    labels = np.empty(n, dtype=np.int64)
    for s in range(0, n, 65536):
        labels[s:s + 65536] = np.argmax(X[s:s + 65536] @ C.T, axis=1)
    return _canonical(labels), "spectral-sample+nearest-centroid", None


def conflict_mask(X: np.ndarray, labels, deg: np.ndarray, threshold: float, graph=None) -> np.ndarray:
    """True for rows to drop: a near-identical neighbour (cosine >= threshold) carries a
    different label and a higher degradation (ties: the smaller index wins)."""
    idx, sim = graph if graph is not None else knn_graph(X, 10)
    lab = pc.cast(labels, pa.large_string()).to_numpy(zero_copy_only=False)
    n, kk = idx.shape
    i = np.repeat(np.arange(n), kk)
    j = idx.reshape(-1)
    s = sim.reshape(-1)
    valid = pc.is_valid(labels).to_numpy(zero_copy_only=False)
    close = (s >= threshold) & valid[i] & valid[j] & (i != j)
    i, j = i[close], j[close]
    differ = lab[i] != lab[j]
    i, j = i[differ], j[differ]
    loses = (deg[i] < deg[j]) | ((deg[i] == deg[j]) & (i > j))
    drop = np.zeros(n, dtype=bool)
    drop[i[loses]] = True
    return drop


def allocate_budget(weights: np.ndarray, capacity: np.ndarray, total: int, floor: int = 0) -> np.ndarray:
    """Split `total` over clusters proportionally to `weights`, each capped by its capacity.

    Largest-remainder rounding; what a full cluster cannot take is redistributed over the
    others, so the result sums to min(total, capacity.sum()) exactly. `floor` is given to
    every cluster first (as far as capacity and the total allow, highest weight first)."""
    w = np.asarray(weights, dtype=np.float64)
    cap = np.asarray(capacity, dtype=np.int64)
    k = len(cap)
    total = int(min(total, cap.sum()))
    alloc = np.zeros(k, dtype=np.int64)
    if k == 0 or total <= 0:
        return alloc
    by_weight = np.lexsort((np.arange(k), -w))
    if floor:
        for c in by_weight:
            alloc[c] = min(floor, cap[c], total - alloc.sum())
    remaining = total - int(alloc.sum())
    while remaining > 0:
        open_ = alloc < cap
        ww = np.where(open_, w, 0.0)
        if ww.sum() <= 0:
            ww = np.where(open_, (cap - alloc).astype(np.float64), 0.0)
        quota = remaining * ww / ww.sum()
        base = np.floor(quota).astype(np.int64)
        extra = remaining - int(base.sum())
        if extra:
            frac = quota - base
            ranked = np.lexsort((np.arange(k), -w, -frac))
            base[ranked[:extra]] += 1
        add = np.minimum(base, cap - alloc)
        alloc += add
        remaining -= int(add.sum())
    return alloc


def pick_rows(clusters: np.ndarray, deg: np.ndarray, unit: np.ndarray, eligible: np.ndarray,
              alloc: np.ndarray, total: int) -> np.ndarray:
    """Within each cluster take rows by degradation (largest first; ties: smaller index)
    while they fit the cluster's budget; leftover budget is then filled globally in the
    same order. Rows are pre-sorted by id, so the result is deterministic."""
    n = len(clusters)
    selected = np.zeros(n, dtype=bool)
    if n == 0 or total <= 0:
        return selected
    order = np.lexsort((np.arange(n), -deg, clusters))
    cand = order[eligible[order]]
    c_sorted = clusters[cand]
    u_sorted = unit[cand]
    # cumulative units inside each cluster, in priority order
    starts = np.searchsorted(c_sorted, np.arange(len(alloc)))
    cum = np.cumsum(u_sorted)
    base = np.concatenate([[0], cum])[starts]
    within = cum - base[c_sorted]
    if np.all(unit == 1):
        take = within <= alloc[c_sorted]
        selected[cand[take]] = True
    else:  # tokens: a greedy fill that skips documents overflowing the cluster's budget
        # (sequential by nature; runs on ints in the one planning task, never on texts)
        left = alloc.astype(np.int64).copy()
        for r, c, u in zip(cand.tolist(), c_sorted.tolist(), u_sorted.tolist()):
            if u <= left[c]:
                left[c] -= u
                selected[r] = True
    remaining = total - int(unit[selected].sum())
    if remaining > 0:  # global fill, highest degradation first
        g = np.lexsort((np.arange(n), -deg))
        g = g[eligible[g] & ~selected[g]]
        for r in g.tolist():
            if remaining <= 0:
                break
            if unit[r] <= remaining:
                selected[r] = True
                remaining -= int(unit[r])
    return selected
