"""Benchmark the global step of `assay select` (clusters + budgets + picks) and the quality of
its choice against two baselines measured in the same run:

- random:   N documents drawn uniformly (seeded)
- top-N:    the N documents with the largest degradation, ignoring clusters

Data: synthetic "capabilities" = Gaussian blobs of embeddings, each with its own mean
degradation (a few capabilities lost a lot, most a little), per-document noise.
Quality: mean degradation of the selected set (higher = budget spent where the model lost
most) and coverage = capabilities with at least 1% of the budget (higher = more diverse).

    python benchmarks/bench_select.py [--rows 10000] [--dim 64] [--budget 1000]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import pyarrow as pa

from pipeline.select import DEGRADATION, EMB, LEN, SelectParams, plan_selection
from scorers.embeddings import embedding_array


def make(rows: int, dim: int, k: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    topic = rng.integers(0, k, rows)
    X = centres[topic] * 3 + rng.normal(0, 0.5, (rows, dim))
    lost = rng.gamma(0.6, 0.3, k)            # a few capabilities lost a lot
    deg = lost[topic] + rng.normal(0, 0.15, rows)
    t = pa.table({"id": [f"d{i:07d}" for i in range(rows)], EMB: embedding_array(X.astype(np.float32)),
                  DEGRADATION: deg, LEN: rng.integers(20, 400, rows)})
    return t, topic, deg


def quality(sel: np.ndarray, topic: np.ndarray, deg: np.ndarray, k: int, budget: int) -> tuple[float, int]:
    counts = np.bincount(topic[sel], minlength=k)
    return float(deg[sel].mean()), int((counts >= max(1, budget // 100)).sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--topics", type=int, default=16)
    ap.add_argument("--budget", type=int, default=1000)
    a = ap.parse_args()
    t, topic, deg = make(a.rows, a.dim, a.topics)
    ids = np.array(t["id"].to_pylist())
    results = {}
    for name, kw in [("spectral (kNN graph)", {"cluster_method": "spectral"}),
                     ("spectral on 2k sample + nearest centroid",
                      {"cluster_method": "auto", "spectral_max_rows": 2000}),
                     ("k-means", {"cluster_method": "kmeans"})]:
        t0 = time.perf_counter()
        plan, stats = plan_selection(t, SelectParams(budget=a.budget, num_clusters=a.topics, **kw))
        secs = time.perf_counter() - t0
        chosen = set(plan.filter(plan["selected"])["id"].to_pylist())
        sel = np.isin(ids, list(chosen))
        assert sel.sum() == a.budget
        results[name] = (secs, *quality(sel, topic, deg, a.topics, a.budget))
    rng = np.random.default_rng(0)
    rnd = np.zeros(a.rows, bool)
    rnd[rng.choice(a.rows, a.budget, replace=False)] = True
    top = np.zeros(a.rows, bool)
    top[np.argsort(-deg, kind="stable")[: a.budget]] = True
    base = {"random": quality(rnd, topic, deg, a.topics, a.budget),
            "top-N": quality(top, topic, deg, a.topics, a.budget)}
    print(f"{a.rows} rows, dim {a.dim}, {a.topics} capabilities, budget {a.budget} rows")
    print(f"{'method':44s} {'seconds':>8s} {'mean deg':>9s} {'vs random':>9s} {'coverage':>8s} "
          f"{'vs top-N':>8s}")
    for name, (q, cov) in base.items():
        print(f"{name:44s} {'-':>8s} {q:9.3f} {q / base['random'][0]:9.2f} {cov:8d} "
              f"{cov / max(base['top-N'][1], 1):8.2f}")
    for name, (secs, q, cov) in results.items():
        print(f"{name:44s} {secs:8.2f} {q:9.3f} {q / base['random'][0]:9.2f} {cov:8d} "
              f"{cov / max(base['top-N'][1], 1):8.2f}")


if __name__ == "__main__":
    main()
