"""Label-error detection vs known synthetic flips on real labelled text (Debian sections).

Data: the deb-* rows of samples/corpus (planted duplicates/leaks left out), label = Debian
section. We flip 10% / 20% of labels uniformly to another section and measure, against the
known flips:
  cleanlab default      prune_by_noise_rate on 5-fold out-of-sample probabilities of the
                        default proxy (hashed 1-2-grams, linear head, one seed)
  both                  cleanlab's own prune_by_class AND prune_by_noise_rate
  ensemble (3 seeds)    the default filter on probabilities averaged over 3 K-fold seeds
  ens + agree           the ensemble, flagged only if prune_by_class also agrees
plus, for every ranking, precision at the recall the default reaches (rank by label_quality).
Also the proxy's clean out-of-sample accuracy for hash-linear vs hash-MLP (the default choice).

    python benchmarks/bench_label_errors.py [--noise 0.1 0.2] [--out benchmarks/results/labels.md]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("ASSAY_NO_PROGRESS", "1")

from scorers import proxy  # noqa: E402
from scorers.label_errors import find_issues  # noqa: E402


def load():
    t = pq.read_table(Path(__file__).resolve().parents[1] / "samples" / "corpus")
    t = t.filter(pc.starts_with(t["id"], "deb-"))
    return t["text"].to_pylist(), t["label"]


def flip(y, C, rate, seed):
    rng = np.random.default_rng(seed)
    noisy = y.copy()
    idx = rng.choice(len(y), int(round(rate * len(y))), replace=False)
    noisy[idx] = (y[idx] + rng.integers(1, C, len(idx))) % C
    return noisy, np.isin(np.arange(len(y)), idx)


def pr(mask, truth):
    tp = (mask & truth).sum()
    return tp / max(1, mask.sum()), tp / max(1, truth.sum())


def prec_at_recall(quality, truth, recall):
    order = np.argsort(quality, kind="stable")
    hits = np.cumsum(truth[order])
    need = int(np.ceil(recall * truth.sum()))
    k = int(np.searchsorted(hits, need) + 1)
    return hits[k - 1] / k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--noise", type=float, nargs="+", default=[0.1, 0.2])
    ap.add_argument("--out", default=None)
    ap.add_argument("--minilm", action="store_true", help="Only measure the MiniLM + linear proxy's accuracy.")
    args = ap.parse_args()
    if args.minilm:
        texts, labels = load()
        y, classes, _ = proxy.encode_labels(labels)
        t0 = time.time()
        E = proxy.Featurizer("minilm").transform(texts)
        enc = time.time() - t0
        P = proxy.out_of_fold_probs(E, y, len(classes), proxy.HeadConfig(lr=0.01, epochs=20), 5, 0)
        print(f"| MiniLM + linear | {(P.argmax(1) == y).mean():.3f} | {time.time() - t0:.1f} (encode {enc:.1f}) |")
        X = proxy.compact(proxy.Featurizer("hash").transform(texts))
        C = len(classes)
        for rate in args.noise:                    # the same flips as the main run
            noisy, truth = flip(y, C, rate, seed=int(rate * 100))
            Ph = proxy.out_of_fold_probs(X, noisy, C, proxy.HeadConfig(), 5, 0)
            Pm = proxy.out_of_fold_probs(E, noisy, C, proxy.HeadConfig(lr=0.01, epochs=20), 5, 0)
            base, qh = find_issues(noisy, Ph)
            _, r_star = pr(base, truth)
            for name, P2 in [("MiniLM only", Pm), ("hash + MiniLM averaged", (Ph + Pm) / 2)]:
                m, q = find_issues(noisy, P2)
                ma, _ = find_issues(noisy, P2, agree=["prune_by_class"])
                for nm, mm in [(name, m), (name + " + agree prune_by_class", ma)]:
                    p_, r_ = pr(mm, truth)
                    print(f"| {rate:.0%} | {nm} | {mm.sum()} | {p_:.3f} | {r_:.3f} | "
                          f"{prec_at_recall(q, truth, r_star):.3f} |", flush=True)
        return
    texts, labels = load()
    t0 = time.time()
    X = proxy.compact(proxy.Featurizer("hash").transform(texts))
    feat_s = time.time() - t0
    y, classes, _ = proxy.encode_labels(labels)
    C = len(classes)
    lines = [f"## Label errors (bench_label_errors.py; {len(y)} Debian descriptions, {C} sections, "
             "2-core shared CPU, no GPU)", ""]
    # proxy choice on clean labels
    lines += ["Proxy choice (clean labels, 5-fold out-of-sample accuracy):", "",
              "| proxy | accuracy | seconds |", "|---|---|---|"]
    for name, cfg in [("hash + linear (default)", proxy.HeadConfig()), ("hash + MLP(64)", proxy.HeadConfig(hidden=64, lr=0.005))]:
        t0 = time.time()
        P = proxy.out_of_fold_probs(X, y, C, cfg, 5, 0)
        lines.append(f"| {name} | {(P.argmax(1) == y).mean():.3f} | {time.time() - t0 + feat_s:.1f} |")
        print(lines[-1], flush=True)
    lines += ["", "Detection of synthetic flips (P = precision, R = recall; P@R* = precision of the "
              "label_quality ranking at the recall R* of the cleanlab default):", "",
              "| noise | method | flagged | P | R | P@R* |", "|---|---|---|---|---|---|"]
    cfg = proxy.HeadConfig()
    for rate in args.noise:
        noisy, truth = flip(y, C, rate, seed=int(rate * 100))
        Ps = []
        t0 = time.time()
        for s in range(3):
            Ps.append(proxy.out_of_fold_probs(X, noisy, C, cfg, 5, 7919 * s))
        secs = (time.time() - t0) / 3
        P1, P3 = Ps[0], np.mean(Ps, axis=0)
        base, q1 = find_issues(noisy, P1)
        both, _ = find_issues(noisy, P1, filter_by="both")
        ens, q3 = find_issues(noisy, P3)
        ens_agree, _ = find_issues(noisy, P3, agree=["prune_by_class"])
        _, r_star = pr(base, truth)
        for name, mask, q in [("cleanlab default", base, q1), ("cleanlab both", both, q1),
                              ("ensemble 3 seeds", ens, q3), ("ensemble + agree prune_by_class", ens_agree, q3)]:
            p_, r_ = pr(mask, truth)
            lines.append(f"| {rate:.0%} | {name} | {mask.sum()} | {p_:.3f} | {r_:.3f} | "
                         f"{prec_at_recall(q, truth, r_star):.3f} |")
            print(lines[-1], flush=True)
        lines.append(f"| {rate:.0%} | (one 5-fold proxy run: {secs:.1f} s) | | | | |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
