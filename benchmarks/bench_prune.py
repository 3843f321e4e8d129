"""Data Diet pruning on real labelled text: test accuracy after training on the kept part.

Data: the deb-* rows of samples/corpus (label = Debian section), split 75/25 stratified
(seeded) into train/test. Scores (EL2N, GraNd last-layer) come from the prune stage's own
scorer: 5 seeds x 20% of a 10-epoch run of the default proxy (hashed 1-2-grams, linear
head). The *same* model (linear head, full 10-epoch run) is then trained on 100/70/50/30%
of the training rows kept by EL2N (drop-easy), GraNd (drop-easy) and random (mean of 3
seeds), and evaluated on the untouched test rows.

    python benchmarks/bench_prune.py [--out benchmarks/results/prune_table.md]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("ASSAY_NO_PROGRESS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_label_errors import load  # noqa: E402
from scorers import proxy  # noqa: E402
from scorers.prune import PruneParams, choose_keep, score_rows  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.7, 0.5, 0.3])
    args = ap.parse_args()
    texts, labels = load()
    X = proxy.compact(proxy.Featurizer("hash").transform(texts))
    y, classes, _ = proxy.encode_labels(labels)
    C = len(classes)
    test = proxy.fold_ids(y, 4, seed=123) == 0
    Xtr, ytr, Xte, yte = X[~test], y[~test], X[test], y[test]
    cfg = proxy.HeadConfig(epochs=10)

    def acc(rows, seed=0):
        head = proxy.train_head(Xtr[rows], ytr[rows], C, cfg, seed)
        return (proxy.predict(head, Xte).argmax(1) == yte).mean()

    t0 = time.time()
    el2n, grand = score_rows(Xtr, ytr, C, PruneParams(), seed=0)
    score_s = time.time() - t0
    full = acc(np.arange(len(ytr)))
    rand = {}
    for f in args.fractions:
        rand[f] = np.mean([acc(np.flatnonzero(choose_keep(np.random.default_rng(1000 + s).random(len(ytr)), ytr, f)))
                           for s in range(3)])
    lines = [f"## Pruning (bench_prune.py; {len(ytr)} train / {len(yte)} test Debian descriptions, {C} sections, "
             "2-core shared CPU, no GPU)", "",
             f"Scoring (5 seeds x 20% of a 10-epoch run): {score_s:.1f} s. Test accuracy of the linear head "
             "trained a full 10-epoch run on the kept rows (random = mean of 3 seeds):", ""]
    for policy, balanced in [("drop-easy", False), ("drop-hard", False), ("offset", False), ("offset", True)]:
        name = policy + (" (offset 0.1)" if policy == "offset" else "") + (", class-balanced" if balanced else "")
        lines += [f"Policy {name}:", "", "| kept | EL2N | GraNd | random | EL2N - random | EL2N - full |",
                  "|---|---|---|---|---|---|", f"| 100% | {full:.4f} | {full:.4f} | {full:.4f} | 0 | 0 |"]
        for f in args.fractions:
            a_e = acc(np.flatnonzero(choose_keep(el2n, ytr, f, policy, 0.1, balanced)))
            a_g = acc(np.flatnonzero(choose_keep(grand, ytr, f, policy, 0.1, balanced)))
            lines.append(f"| {f:.0%} | {a_e:.4f} | {a_g:.4f} | {rand[f]:.4f} | {a_e - rand[f]:+.4f} | "
                         f"{a_e - full:+.4f} |")
            print(lines[-1], flush=True)
        lines.append("")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
