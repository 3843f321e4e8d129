"""The proxy classifier shared by `label-errors` and `prune`: text -> features -> torch head.

Featurisations (`Featurizer(kind=...)`):
  hash     word unigrams + bigrams hashed into 2^18 buckets (sklearn HashingVectorizer,
           sublinear tf, L2-normalised), a sparse CSR matrix. Stateless, so every Ray task
           featurises its own block; nothing to fit, nothing to ship.
  minilm   frozen all-MiniLM-L6-v2 sentence embeddings (scorers.embeddings), dense [n, 384].
The head is linear (`hidden=0`) or a one-hidden-layer ReLU MLP, trained with Adam on
cross-entropy, full determinism under a seed (torch.manual_seed + a seeded batch order).

Default: hash + linear head. Measured on the bundled sample (3547 Debian descriptions,
8 sections, 5-fold, 2-core shared CPU; benchmarks/results/labels.md): hash + linear reaches
0.874 out-of-sample accuracy in ~9 s, hash + MLP(64) 0.891 in ~16 s. The linear head is the
default because it is ~2x cheaper (label-errors trains K x seeds heads, prune 5 seeds), its
training is convex (stable scores across seeds), and the measured precision gain from
averaging 3 seeds (--proxy-seeds) is worth more than the MLP's accuracy for the same time.
MiniLM embeddings (--featurize minilm) reach 0.889 but cost ~100 s of encoding for this
sample on 2 CPU cores, so they are an option, not the default; averaged with the hash proxy
they gave the best label-error precision measured (see labels.md).
fastText supervised was not measured and is not offered.

    feats = Featurizer("hash").transform(texts)           # scipy CSR or numpy
    probs = out_of_fold_probs(feats, y, n_classes, HeadConfig(), k=5, seed=0)
"""
from __future__ import annotations

from dataclasses import dataclass, asdict

import numpy as np

HASH_FEATURES = 2 ** 18


@dataclass(frozen=True)
class HeadConfig:
    hidden: int = 0              # 0 = linear head (multinomial logistic regression)
    epochs: float = 5            # a "full" training run (fractions of an epoch allowed)
    lr: float = 0.02
    weight_decay: float = 0.0
    batch_size: int = 128
    min_steps: int = 100         # a full run takes at least this many steps (small inputs)

    def as_dict(self) -> dict:
        return asdict(self)


class Featurizer:
    """Stateless text featuriser (the MiniLM model is cached per process)."""

    def __init__(self, kind: str = "hash", n_features: int = HASH_FEATURES, model: str | None = None):
        if kind not in ("hash", "minilm"):
            from pipeline.errors import ConfigError

            raise ConfigError(f"unknown featurisation '{kind}' (hash or minilm)")
        self.kind, self.n_features, self.model = kind, n_features, model

    def transform(self, texts):
        texts = list(texts)
        if self.kind == "hash":
            from sklearn.feature_extraction.text import HashingVectorizer

            vec = HashingVectorizer(n_features=self.n_features, ngram_range=(1, 2), alternate_sign=False,
                                    norm=None, dtype=np.float32, lowercase=True)
            X = vec.transform(texts).tocsr()
            X.data = np.log1p(X.data)                 # sublinear tf
            norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            inv = np.repeat(1.0 / norms, np.diff(X.indptr)).astype(np.float32)
            X.data *= inv
            return X
        from .embeddings import Embedder

        return Embedder(self.model).encode(texts)


def stack(parts):
    """Row-stack feature blocks (CSR or dense)."""
    import scipy.sparse as sp

    parts = list(parts)
    if parts and sp.issparse(parts[0]):
        return sp.vstack(parts, format="csr")
    return np.concatenate(parts, axis=0) if parts else np.zeros((0, 0), np.float32)


def n_rows(X) -> int:
    return X.shape[0]


def _to_torch(X, rows=None):
    """A (sub)matrix as a torch tensor: sparse CSR -> torch sparse COO, dense -> dense."""
    import scipy.sparse as sp
    import torch

    if rows is not None:
        X = X[rows]
    if sp.issparse(X):
        X = X.tocoo()
        idx = torch.from_numpy(np.vstack([X.row, X.col]).astype(np.int64))
        return torch.sparse_coo_tensor(idx, torch.from_numpy(X.data.astype(np.float32)), X.shape,
                                       check_invariants=False).coalesce()
    return torch.from_numpy(np.ascontiguousarray(X, dtype=np.float32))


def row_sqnorms(X) -> np.ndarray:
    import scipy.sparse as sp

    if sp.issparse(X):
        return np.asarray(X.multiply(X).sum(axis=1)).ravel()
    return (np.asarray(X, dtype=np.float64) ** 2).sum(axis=1)


class Head:
    """Linear or MLP head; `hidden_and_logits` exposes the last layer's input h."""

    def __init__(self, d: int, n_classes: int, hidden: int, seed: int):
        import torch

        g = torch.Generator().manual_seed(seed)
        self.hidden = hidden
        def init(shape, fan_in):
            return ((torch.rand(shape, generator=g) * 2 - 1) / np.sqrt(fan_in)).requires_grad_(True)
        if hidden:
            self.params = {"W1": init((d, hidden), d), "b1": torch.zeros(hidden, requires_grad=True),
                           "W2": init((hidden, n_classes), hidden), "b2": torch.zeros(n_classes, requires_grad=True)}
        else:
            self.params = {"W2": (torch.zeros(d, n_classes)).requires_grad_(True),
                           "b2": torch.zeros(n_classes, requires_grad=True)}

    def hidden_and_logits(self, x, params=None):
        import torch

        p = params or self.params
        if self.hidden:
            mm = torch.sparse.mm if x.is_sparse else torch.matmul
            h = torch.relu(mm(x, p["W1"]) + p["b1"])
        else:
            h = x
        mm = torch.sparse.mm if h.is_sparse else torch.matmul
        return h, mm(h, p["W2"]) + p["b2"]

    def logits(self, x):
        return self.hidden_and_logits(x)[1]


class one_thread:
    """Run torch single-threaded: on a shared CPU, intra-op threads oversubscribe the cores
    and small sparse steps got ~30x slower (measured on the 2-core box)."""

    def __enter__(self):
        import torch

        self.n = torch.get_num_threads()
        torch.set_num_threads(1)

    def __exit__(self, *exc):
        import torch

        torch.set_num_threads(self.n)


def compact(X, min_df: int = 2):
    """Keep only hashed columns present in >= min_df rows (label-free, so no leakage across
    folds): fewer parameters, same accuracy, much faster steps. Dense input is returned as is."""
    import scipy.sparse as sp

    if not sp.issparse(X) or min_df <= 1:
        return X
    df = np.bincount(X.indices, minlength=X.shape[1])
    return X[:, np.flatnonzero(df >= min_df)].tocsr()


def full_run_steps(n: int, cfg: HeadConfig) -> int:
    return max(int(round(cfg.epochs * max(1, -(-n // cfg.batch_size)))), cfg.min_steps)


def train_head(X, y: np.ndarray, n_classes: int, cfg: HeadConfig, seed: int, fraction: float = 1.0) -> Head:
    """Train a head on rows X with integer labels y (mini-batch Adam, seeded order) for
    `fraction` of a full run (cfg.epochs epochs, at least cfg.min_steps steps)."""
    import torch

    n = n_rows(X)
    total = max(1, int(round(full_run_steps(n, cfg) * fraction)))
    with one_thread(), torch.enable_grad():
        torch.manual_seed(seed)
        head = Head(X.shape[1], n_classes, cfg.hidden, seed)
        opt = torch.optim.Adam(list(head.params.values()), lr=cfg.lr, weight_decay=cfg.weight_decay)
        rng = np.random.default_rng(seed)
        yt = torch.from_numpy(np.asarray(y, dtype=np.int64))
        step = 0
        while step < total:
            order = rng.permutation(n)
            for s in range(0, n, cfg.batch_size):
                if step >= total:
                    break
                rows = np.sort(order[s:s + cfg.batch_size])
                xb = _to_torch(X, rows)
                loss = torch.nn.functional.cross_entropy(head.logits(xb), yt[rows])
                opt.zero_grad()
                loss.backward()
                opt.step()
                step += 1
    return head


def predict(head: Head, X, batch: int = 4096, with_hidden: bool = False):
    """Softmax probabilities (and ||[h,1]||^2 for the last layer's input) as numpy."""
    import torch

    probs, hsq = [], []
    with one_thread(), torch.no_grad():
        for s in range(0, n_rows(X), batch):
            xb = _to_torch(X[s:s + batch])
            h, logits = head.hidden_and_logits(xb)
            probs.append(torch.softmax(logits, dim=1).numpy())
            if with_hidden:
                if h.is_sparse:                      # linear head: h = x, never densify it
                    hsq.append(row_sqnorms(X[s:s + batch]).astype(np.float64) + 1.0)
                else:
                    hsq.append((h.double() ** 2).sum(dim=1).numpy() + 1.0)
    P = np.concatenate(probs) if probs else np.zeros((0, head.params["b2"].shape[0]), np.float32)
    if with_hidden:
        return P, (np.concatenate(hsq) if hsq else np.zeros(0))
    return P


def fold_ids(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Stratified fold number per row (classes smaller than k spread round-robin)."""
    rng = np.random.default_rng(seed)
    folds = np.empty(len(y), dtype=np.int64)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        idx = idx[rng.permutation(len(idx))]
        folds[idx] = (np.arange(len(idx)) + rng.integers(k)) % k
    return folds


def out_of_fold_probs(X, y: np.ndarray, n_classes: int, cfg: HeadConfig, k: int = 5, seed: int = 0,
                      log=None) -> np.ndarray:
    """K-fold cross-validated (out-of-sample) class probabilities, [n, n_classes]."""
    from pipeline.progress import bar

    y = np.asarray(y, dtype=np.int64)
    folds = fold_ids(y, k, seed)
    P = np.zeros((len(y), n_classes), dtype=np.float32)
    for f in bar(range(k), desc="proxy k-fold", total=k):
        test = np.flatnonzero(folds == f)
        train = np.flatnonzero(folds != f)
        if len(test) == 0:
            continue
        head = train_head(X[train], y[train], n_classes, cfg, seed + 1000 * (f + 1))
        P[test] = predict(head, X[test])
    return P


def grand_full(head: Head, X, y: np.ndarray, chunk: int | None = None) -> np.ndarray:
    """Per-sample gradient norm over *all* head parameters with torch.func (vmap of grad).

    Exact but memory-hungry: chunk rows x n_params floats per step (the chunk is sized to
    ~256 MB). Inputs are densified per chunk, so for hashed features prefer the closed form.
    """
    import torch
    from torch.func import functional_call, grad, vmap  # noqa: F401

    params = {k: v.detach() for k, v in head.params.items()}
    n_params = sum(v.numel() for v in params.values())
    chunk = chunk or max(1, int(256e6 // (4 * max(1, n_params + X.shape[1]))))

    def loss_one(p, x, t):
        _, logits = head.hidden_and_logits(x.unsqueeze(0), p)
        return torch.nn.functional.cross_entropy(logits, t.unsqueeze(0))

    g = vmap(grad(loss_one), in_dims=(None, 0, 0))
    out = np.zeros(n_rows(X), dtype=np.float64)
    yt = torch.from_numpy(np.asarray(y, dtype=np.int64))
    with one_thread():
        for s in range(0, n_rows(X), chunk):
            xb = _to_torch(X[s:s + chunk])
            xb = xb.to_dense() if xb.is_sparse else xb
            grads = g(params, xb, yt[s:s + chunk])
            sq = sum((gr.reshape(gr.shape[0], -1).double() ** 2).sum(dim=1) for gr in grads.values())
            out[s:s + chunk] = sq.sqrt().numpy()
    return out


def el2n_grand(P: np.ndarray, y: np.ndarray, hsq: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """EL2N = ||p - onehot(y)||_2; GraNd (last layer, exact) = ||p - onehot(y)|| * ||[h, 1]||."""
    err = P.astype(np.float64).copy()
    err[np.arange(len(y)), y] -= 1.0
    el2n = np.sqrt((err ** 2).sum(axis=1))
    return el2n, el2n * np.sqrt(hsq)


# --- Ray plumbing shared by the stages -------------------------------------------------
def _block_features(table, kind: str, n_features: int, model: str | None):
    import pyarrow as pa

    from pipeline.schema import LABEL, TEXT

    X = Featurizer(kind, n_features, model).transform(table[TEXT].to_pylist())
    labels = table[LABEL].cast(pa.large_string()) if LABEL in table.column_names else pa.nulls(table.num_rows, pa.large_string())
    return X, labels


def block_labels(table):
    import pyarrow as pa

    from pipeline.schema import LABEL

    if LABEL not in table.column_names:
        return pa.chunked_array([pa.nulls(table.num_rows, pa.large_string())])
    return table[LABEL].cast(pa.large_string())


def gather_features(refs: list, kind: str = "hash", n_features: int = HASH_FEATURES, model: str | None = None,
                    desc: str = "featurise"):
    """Featurise every block in its own Ray task; return (X, labels as one large_string
    Array with nulls, block sizes). Only the features come to the driver, not the text."""
    import pyarrow as pa
    import ray

    from pipeline.progress import wait_all

    task = ray.remote(_block_features).options(num_returns=2)
    outs = [task.remote(r, kind, n_features, model) for r in refs]
    Xs = wait_all([o[0] for o in outs], desc)
    labs = ray.get([o[1] for o in outs])
    sizes = [n_rows(x) for x in Xs]
    labels = pa.chunked_array([c for lab in labs for c in lab.chunks], type=pa.large_string())
    return stack(Xs), labels.combine_chunks(), sizes


def encode_labels(labels, classes: list[str] | None = None):
    """Label array (nulls allowed) -> (int codes, -1 for null or unseen; class names; unseen mask).
    Classes default to the sorted distinct non-null labels."""
    import pyarrow as pa
    import pyarrow.compute as pc

    labels = pa.array(labels, type=pa.large_string()) if not isinstance(labels, (pa.Array, pa.ChunkedArray)) else labels
    labels = labels.cast(pa.large_string())
    if classes is None:
        classes = sorted(v for v in pc.unique(labels).to_pylist() if v is not None)
    idx = pc.index_in(labels, value_set=pa.array(list(classes), pa.large_string()))
    codes = idx.to_numpy(zero_copy_only=False)
    codes = np.where(np.isnan(codes.astype(float)), -1, np.nan_to_num(codes.astype(float), nan=-1)).astype(np.int64)
    present = pc.is_valid(labels).to_numpy(zero_copy_only=False)
    return codes, list(classes), present & (codes < 0)
