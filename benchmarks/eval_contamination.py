"""Precision / recall / F1 of the decontamination detectors on the committed evaluation set.

    python benchmarks/eval_contamination.py              # evaluate (defaults of the stage)
    python benchmarks/eval_contamination.py --calibrate  # refit rephrase.WEIGHTS on calib.jsonl
    python benchmarks/eval_contamination.py --sweep      # + combined F1 at other thresholds (post hoc)

The set is built by benchmarks/data/contamination/build_eval.py (see its docstring): the
benchmark index is 123 HumanEval items, training documents are exact copies, scripted
Python rewrites and hand C/JS translations of index items (positives) and rewrites,
copies and translations of 41 held-out HumanEval items plus look-alike problems written
for this set (negatives). A positive counts as detected only if the detector also names
the right item. Thresholds are the stage defaults, fixed before the run; the
embedding-only baseline flags cosine similarity >= EMBED_ONLY_THRESHOLD.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from contamination.rephrase import N_EVIDENCE  # noqa: E402  the last FEATURES: one-hot behavioural evidence
DATA = REPO / "benchmarks" / "data" / "contamination"
EMBED_ONLY_THRESHOLD = 0.7
C_REG = 1.0   # inverse L2 strength of the calibration fit
# share of the fit's total weight per source of calibration documents
SOURCE_WEIGHT = {"dev": 0.5, "scripted": 0.25, "rust": 0.25}


def load_rows(name):
    return [json.loads(line) for line in open(DATA / name)]


def prf(pred, rows, mask):
    """Precision/recall/F1 over rows[mask]; a true positive must name the right item."""
    tp = fp = fn = 0
    for (flag, item), r, m in zip(pred, rows, mask):
        if not m:
            continue
        if r["label"] == 1:
            if flag and item == r["item"]:
                tp += 1
            else:
                fn += 1
                fp += int(bool(flag))  # flagged, wrong item
        elif flag:
            fp += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    rcl = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * rcl / (p + rcl) if p + rcl else 0.0
    return p, rcl, f, tp, fp, fn


def calib_pairs(ridx, mats, true, top_k, min_similarity, texts=None):
    """Candidates and labels for calibration documents whose source item is `true[d]`:
    once against the full index (the true item is the positive), once with the true item
    removed (every candidate is a negative: a look-alike of an item that is not indexed)."""
    rows = np.flatnonzero(true >= 0)
    loo = {k: v[rows].copy() for k, v in mats.items()}
    for k in loo:
        loo[k][np.arange(len(rows)), true[rows]] = -2.0
    ex, agree = ridx.stated(texts)
    progs = ridx.programs(texts)
    ran = ridx.ran(progs, mats)
    pos = np.full(len(true), -1)
    pos[rows] = np.arange(len(rows))

    def to_loo(pairs):              # the same pairs, numbered by position in `rows`, for the loo matrices
        if pairs is None:
            return None
        sub = (pos[pairs[0]] >= 0) & (pairs[1] != true[pairs[0]])
        return pos[pairs[0][sub]], pairs[1][sub]

    out = []
    if ran is not None:     # the loo search: the same passes, less each document's own item
        sub = true[ran[0]] != ran[1]
        loo_ran = ran[0][sub], ran[1][sub]
    else:
        loo_ran = None
    for scen, m in (("full", mats), ("loo", loo)):
        if scen == "loo":
            d, i = ridx.pairs(m, to_loo(agree), top_k, min_similarity, to_loo(ran))
        else:
            d, i = ridx.pairs(m, agree, top_k, min_similarity, ran)
        dd = rows[d] if scen == "loo" else d
        io = ridx.io(ex, dd, i, true if scen == "loo" else None, agree)
        X = ridx.features(m, d, i, io, ridx.executed(progs, dd, i, ran if scen == "full" else loo_ran))
        if scen == "loo":
            d = rows[d]
        y = (i == true[d]).astype(int) if scen == "full" else np.zeros(len(d), int)
        out.append((scen, d, i, X, y))
    return out


def per_doc(d, i, scores, true, n, threshold=0.5):
    """Best candidate per document -> (flagged, right item) arrays."""
    flagged = np.zeros(n, bool)
    right = np.zeros(n, bool)
    if len(d):
        order = np.lexsort((-scores, d))
        first = order[np.r_[True, d[order][1:] != d[order][:-1]]]
        flagged[d[first]] = scores[first] >= threshold
        right[d[first]] = i[first] == true[d[first]]
    return flagged, right


class Model:
    """Logistic regression on the retrieval/lexical features, plus the io evidence as
    independent log likelihood ratios (naive Bayes): a document's stated behaviour is a
    different kind of evidence from its wording, and the synthetic calibration documents are
    separable on wording alone, so a joint fit would leave the io weights near zero."""

    def __init__(self, X, y, w, alpha=1.0):
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=C_REG, max_iter=5000).fit(X[:, :-N_EVIDENCE], y, sample_weight=w)
        io = X[:, -N_EVIDENCE:]
        llr = []
        for c in range(N_EVIDENCE):
            pos = (w * io[:, c] * (y == 1)).sum() + alpha
            neg = (w * io[:, c] * (y == 0)).sum() + alpha
            llr.append(np.log(pos / ((w * (y == 1)).sum() + 2 * alpha)) - np.log(neg / ((w * (y == 0)).sum() + 2 * alpha)))
        self.coef_ = np.r_[lr.coef_[0], llr][None, :]
        self.intercept_ = lr.intercept_

    def predict_proba(self, X):
        from contamination.rephrase import score

        s = score(X, self.coef_[0], self.intercept_[0])
        return np.stack([1 - s, s], axis=1)


TEST_BATCH = "30"


def is_test(row) -> bool:
    """The newest batch (kinds c6, js6, python6, heldout6, other6): the test set, never fitted on.
    Earlier batches are the development set."""
    return row["kind"].endswith(TEST_BATCH)


def calibrate(bench, ridx, emb, p) -> None:
    """Fit rephrase.WEIGHTS on calib.jsonl (scripted and Rust leaks) plus the development set
    (eval.jsonl batches before the test batch, hand-written); choose the threshold by 5-fold cross-validation
    grouped by item, on the development documents. The test batch is not read."""
    from contamination.rephrase import FEATURES, score

    calib = load_rows("calib.jsonl")
    dev = [r for r in load_rows("eval.jsonl") if not is_test(r)]
    rows = ([{"item": r["item"], "source": "rust" if r.get("variant", "").startswith("rust") else "scripted",
              "variant": r.get("variant", "?"), "text": r["text"]} for r in calib]
            + [{"item": r["item"] if r["label"] else None, "source": "dev", "variant": r["kind"], "text": r["text"]}
               for r in dev])
    texts = [r["text"] for r in rows]
    true = np.array([bench.ids.index(r["item"]) if r["item"] in bench.ids else -1 for r in rows])
    source = np.array([r["source"] for r in rows])
    cache = os.environ.get("ASSAY_CALIB_CACHE")   # reuse the embeddings between fits (development)
    saved = np.load(cache) if cache and os.path.exists(cache) else None
    if saved is not None and saved["similarity"].shape[0] == len(rows):
        mats = ridx.matrices(texts, None, p.chunk_chars, similarity=saved["similarity"], prose_similarity=saved["prose"])
    else:
        mats = ridx.matrices(texts, emb, p.chunk_chars)
        if cache:
            with open(cache, "wb") as f:
                np.savez(f, similarity=mats["similarity"], prose=mats["prose"])
    parts = calib_pairs(ridx, mats, true, p.top_k, p.min_similarity, texts)
    X = np.concatenate([x for _, _, _, x, _ in parts])
    y = np.concatenate([y for *_, y in parts])
    docs = np.concatenate([d for _, d, *_ in parts])
    group = np.where(true[docs] >= 0, true[docs], docs) % 5
    # the sources weigh SOURCE_WEIGHT in total: hand-written development documents half
    src = source[docs]
    w = np.zeros(len(docs))
    for name, share in SOURCE_WEIGHT.items():
        m = src == name
        w[m] = share / max(m.mean(), 1e-9)
    cv = np.zeros(len(y))
    for g in range(5):
        lr = Model(X[group != g], y[group != g], w[group != g])
        cv[group == g] = lr.predict_proba(X[group == g])[:, 1]
    # per-document F1 of the cross-validated scores: a document whose item is indexed is a
    # positive in "full" and a negative in "loo"; documents of other problems are negatives
    print("threshold  " + "  ".join(f"F1 {name}" for name in SOURCE_WEIGHT) + "  (per document, cross-validated)")
    best = (-1.0, None)
    for th in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7):
        res, off = {}, 0
        for scen, d, i, _, _ in parts:
            res[scen] = per_doc(d, i, cv[off:off + len(d)], true, len(rows), th)
            off += len(d)
        line, f1 = f"  {th:.2f}", {}
        for name in SOURCE_WEIGHT:
            m = source == name
            pos = m & (true >= 0)
            tp = int((res["full"][0] & res["full"][1] & pos).sum())
            fp = int((res["full"][0] & ~res["full"][1] & m).sum()) + int((res["loo"][0] & pos).sum())
            fn = int(pos.sum()) - tp
            f1[name] = 2 * tp / max(2 * tp + fp + fn, 1)
            line += f"  {f1[name]:.3f} (tp {tp} fp {fp} fn {fn})"
        print(line)
        best = max(best, (f1["dev"], th))
    print(f"threshold with the best cross-validated F1 on the development set: {best[1]} (stage default --threshold)")
    if os.environ.get("ASSAY_CALIB_DUMP"):       # the development documents the cross-validated fit gets wrong
        off = 0
        for scen, d, i, Xs, _ in parts:
            sc = cv[off:off + len(d)]
            off += len(d)
            for k in np.flatnonzero(source == "dev"):
                sel = np.flatnonzero(d == k)
                if not len(sel):
                    if scen == "full" and true[k] >= 0:
                        print(f"  {scen} {rows[k]['variant']:8s} {k} true {bench.ids[true[k]]}: no candidate")
                    continue
                b = sel[np.argmax(sc[sel])]
                hit = sc[b] >= best[1]
                ok = (hit and i[b] == true[k]) if scen == "full" and true[k] >= 0 else not hit
                if not ok:
                    tj = [j for j in sel if i[j] == true[k]]
                    print(f"  {scen} {rows[k]['variant']:8s} {k} true {bench.ids[true[k]] if true[k] >= 0 else None} "
                          f"best {bench.ids[i[b]]} {sc[b]:.3f} true-score {[round(float(sc[j]), 3) for j in tj]} "
                          f"feats {np.round(Xs[b], 2).tolist()}")
    lr = Model(X, y, w)
    print("features:", FEATURES)
    print("WEIGHTS =", tuple(round(float(v), 3) for v in lr.coef_[0]), "\nBIAS =", round(float(lr.intercept_[0]), 3))
    print(f"{len(y)} pairs, {int(y.sum())} positive, {len(rows)} documents "
          f"({', '.join(f'{n}: {int((source == n).sum())}' for n in SOURCE_WEIGHT)})")
    assert np.allclose(score(X[:3], lr.coef_[0], lr.intercept_[0]), lr.predict_proba(X[:3])[:, 1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--out", default=None, help="write the table (markdown) here")
    ap.add_argument("--sweep", action="store_true", help="also print F1 at other rephrase thresholds (post hoc)")
    ap.add_argument("--no-reference", action="store_true", help="without the io_* signals (reference solutions)")
    ap.add_argument("--dev", action="store_true", help="development set only (batches 1-4): leave the test batch unread")
    args = ap.parse_args()

    from contamination.benchmarks import load_benchmark
    from contamination.ngram import NgramIndex, flag
    from contamination.reference import runner_for
    from contamination.rephrase import RephraseIndex
    from contamination.stage import DecontamParams
    from scorers.embeddings import Embedder

    p = DecontamParams(benchmark=["x"])
    bench = load_benchmark(f"humaneval_index={DATA / 'benchmark.jsonl'}", "prompt,canonical_solution",
                           example_field="test", reference_field="prompt,canonical_solution",
                           entry_field="entry_point")
    emb = Embedder()
    t0 = time.time()
    reference = (runner_for(bench.extra["programs"], bench.extra["entries"], examples=bench.extra["examples"])
                 if not args.no_reference else None)
    ridx = RephraseIndex.build(bench.texts, emb, bench.extra["examples"], reference)
    nidx = NgramIndex.build(bench.texts, p.ngram_n)

    if args.calibrate:
        calibrate(bench, ridx, emb, p)
        return

    rows = [r for r in load_rows("eval.jsonl") if not (args.dev and is_test(r))]
    texts = [r["text"] for r in rows]
    ng = nidx.scan(texts)
    ng_hit = flag(ng["span"], ng["frac"], nidx.n, p.ngram_min_frac, p.ngram_min_span)
    ng_pred = [(bool(h), bench.ids[i] if h else None) for h, i in zip(ng_hit, ng["item"])]
    det = ridx.detect(texts, emb, top_k=p.top_k, min_similarity=p.min_similarity, chunk_chars=p.chunk_chars)
    sims = emb.encode(texts) @ ridx.emb.T
    best = sims.argmax(axis=1)
    emb_pred = [(bool(sims[k, b] >= EMBED_ONLY_THRESHOLD), bench.ids[b]) for k, b in enumerate(best)]
    reph_hit = (det["item"] >= 0) & (det["score"] >= p.threshold)
    comb_pred = [ng_pred[k] if ng_pred[k][0] else (bool(reph_hit[k]), bench.ids[det["item"][k]] if reph_hit[k] else None)
                 for k in range(len(rows))]
    secs = time.time() - t0

    kinds = sorted({r["kind"] for r in rows})
    neg = [r["label"] == 0 for r in rows]
    slices = [("all", [True] * len(rows))]
    for kind in ("exact", "python", "c", "js", "c3", "js3"):
        slices.append((f"{kind} vs all negatives", [r["kind"] == kind or n for r, n in zip(rows, neg)]))
    for lang in ("c", "js"):
        slices.append((f"{lang} + {lang}3 vs all negatives",
                       [r["kind"] in (lang, lang + "3") or n for r, n in zip(rows, neg)]))
    # fourth batch: written blind to the detector, before the io_* signals were calibrated
    neg4 = [r["kind"] in ("heldout4", "other4") for r in rows]
    for kind in ("c4", "js4", "python4"):
        slices.append((f"{kind} vs all negatives", [r["kind"] == kind or n for r, n in zip(rows, neg)]))
        slices.append((f"{kind} vs batch-4 negatives", [r["kind"] == kind or n for r, n in zip(rows, neg4)]))
    for lang in ("c", "js"):
        slices.append((f"{lang} batches 1-4 vs batch 1-4 negatives",
                       [r["kind"] in (lang, lang + "3", lang + "4") or (n and not is_test(r)) for r, n in zip(rows, neg)]))
    slices.append(("python (scripted + python4) vs batch 1-4 negatives",
                   [r["kind"] in ("python", "python4") or (n and not is_test(r)) for r, n in zip(rows, neg)]))
    slices.append((f"development set (batches 1-{int(TEST_BATCH) - 1})", [not is_test(r) for r in rows]))
    neg5 = [r["kind"] in ("heldout5", "other5") for r in rows]
    for kind in ("c5", "js5", "python5"):
        slices.append((f"{kind} vs batch-5 negatives", [r["kind"] == kind or n for r, n in zip(rows, neg5)]))
    if not args.dev:
        # the test set: the newest batch, written blind and committed before the final fit
        tb = TEST_BATCH
        negt = [r["kind"] in ("heldout" + tb, "other" + tb) for r in rows]
        slices.append((f"TEST: batch {tb} all", [is_test(r) for r in rows]))
        for lang in ("c", "js", "python"):
            kind = lang + tb
            slices.append((f"TEST: {kind} vs batch-{tb} negatives", [r["kind"] == kind or n for r, n in zip(rows, negt)]))
            if any(r.get("lang") for r in rows if is_test(r)):   # batches that record each row's language
                slices.append((f"TEST: {kind} vs batch-{tb} {lang} negatives",
                               [r["kind"] == kind or (n and r.get("lang") == lang) for r, n in zip(rows, negt)]))
            slices.append((f"TEST: {kind} vs all negatives", [r["kind"] == kind or n for r, n in zip(rows, neg)]))
    lines = ["| slice | detector | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|---|"]
    for name, mask in slices:
        for dname, pred in (("n-gram only", ng_pred), ("embedding only", emb_pred), ("combined", comb_pred)):
            pr, rc, f, tp, fp, fn = prf(pred, rows, mask)
            lines.append(f"| {name} | {dname} | {pr:.3f} | {rc:.3f} | {f:.3f} | {tp} | {fp} | {fn} |")
    counts = {k: sum(r["kind"] == k for r in rows) for k in kinds}
    table = "\n".join(lines)
    print(f"documents: {len(rows)} {counts}; benchmark items: {len(bench)}; {secs:.1f}s")
    print(table)
    # per-document diagnostics for the misses
    for k, r in enumerate(rows):
        wrong = comb_pred[k][0] != bool(r["label"]) or (r["label"] and comb_pred[k][1] != r["item"])
        if wrong:
            print(f"miss: {r['id']} {r['item']} pred={comb_pred[k]} score={det['score'][k]:.3f} "
                  f"sim={sims[k].max():.3f} feats={np.round(det['features'][k], 3).tolist()}")
    if args.sweep:
        # post hoc, for reading only: the combined detector at other rephrase thresholds
        print("\nthreshold sweep (combined detector, F1 per slice; the default was fixed before the run)")
        print("| threshold | " + " | ".join(n for n, _ in slices) + " |")
        for th in (0.25, 0.35, 0.5, 0.65, 0.8, 0.9):
            hit = (det["item"] >= 0) & (det["score"] >= th)
            pred = [ng_pred[k] if ng_pred[k][0] else (bool(hit[k]), bench.ids[det["item"][k]] if hit[k] else None)
                    for k in range(len(rows))]
            print(f"| {th} | " + " | ".join(f"{prf(pred, rows, m)[2]:.3f}" for _, m in slices) + " |")
    if args.out:
        Path(args.out).write_text(table + "\n")


if __name__ == "__main__":
    main()
