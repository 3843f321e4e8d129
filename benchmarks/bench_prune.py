"""Data Diet pruning on a large real labelled set: test accuracy after training on the kept part.

Data (needs this machine's apt lists; benchmarks are not run in CI): every distinct long
description (>= 250 characters, rendered as in samples/build_sample.py) of Debian bookworm
main, read from /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_{binary-amd64_Packages,
i18n_Translation-en}.lz4; label = the package's section. Sections: every section with >= 500
documents except the four that say what a package *is* rather than what it is about (libs,
libdevel, doc, misc). Split by sha256(source package) % 100, so the binary packages of one
source (near-identical descriptions) never straddle a split: < 20 test, 20-34 validation,
>= 35 tuning-train. Without the lists the script stops with a one-line message.

Protocol (the test split is used only for the final table):
  1. tune on validation: score the tuning-train rows with the prune stage's scorer (5 seeds,
     early fraction of a full run), train the final model on the rows each candidate policy
     keeps, measure validation accuracy; per kept fraction and score pick the best
     (offset, class-balanced) (ties: the smaller offset, then unbalanced).
  2. table: score the whole train split (tuning-train + validation) the same way, apply the
     picked policies, train the final model on the kept rows, report test accuracy, next to
     random keeps (mean of 3 seeds, class-balanced like the pick) and 100%.
The proxy that scores is the same model as the final one, trained for --early-fraction of a
full run. Final runs train --epochs epochs on the kept rows (the same for EL2N, GraNd and
random).

    python benchmarks/bench_prune.py                      # MiniLM + linear, the README table
    python benchmarks/bench_prune.py --hidden 256 --model-seeds 1 --random-seeds 3
    python benchmarks/bench_prune.py --featurize hash --epochs 10

MiniLM embeddings of the 25k documents take ~20 min on 2 CPU cores; they are cached under
runs/bench_prune_cache/ (git-ignored), keyed by the documents' ids and texts.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))
os.environ.setdefault("ASSAY_NO_PROGRESS", "1")

from build_sample import _stanzas, description_text  # noqa: E402
from scorers import proxy  # noqa: E402
from scorers.prune import PruneParams, choose_keep, score_rows  # noqa: E402

# --- data: Debian bookworm main, read from this machine's apt lists ---------------------
LISTS = Path("/var/lib/apt/lists")
PACKAGES = LISTS / "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4"
TRANSLATION = LISTS / "deb.debian.org_debian_dists_bookworm_main_i18n_Translation-en.lz4"
FORM_SECTIONS = {"libs", "libdevel", "doc", "misc"}   # say what a package is, not its subject
MIN_PER_SECTION = 500


def _lz4_text(path: Path) -> str:
    try:
        import lz4.frame

        return lz4.frame.decompress(path.read_bytes()).decode("utf-8")
    except ImportError:
        pass
    if not shutil.which("lz4"):
        raise SystemExit("bench_prune: needs the `lz4` command or the python lz4 module to read the apt lists")
    return subprocess.run(["lz4", "-dc", str(path)], capture_output=True, text=True, check=True).stdout


def load_debian() -> list[dict]:
    """One row per distinct long description of bookworm main: id (package), source (source
    package), text (samples/build_sample.py's rendering, >= 250 characters), label (section)."""
    for f in (PACKAGES, TRANSLATION):
        if not f.exists():
            raise SystemExit(f"bench_prune: needs the Debian bookworm apt lists; {f} is missing "
                             "(run on Debian bookworm after `apt-get -o Acquire::Languages=en update`)")
    descs = {}
    for st in _stanzas(_lz4_text(TRANSLATION)):
        if "Description-en" in st:
            descs.setdefault(st["Package"], st["Description-en"])
    rows, seen, names = [], set(), set()
    for p in sorted(_stanzas(_lz4_text(PACKAGES)), key=lambda f: f["Package"]):
        name = p["Package"]
        if name in names or name not in descs:
            continue
        names.add(name)
        text = description_text(descs[name])
        if len(text) < 250 or text in seen:
            continue
        seen.add(text)
        rows.append({"id": name, "source": p.get("Source", name).split(" ")[0], "text": text,
                     "label": p.get("Section", "").split("/")[-1]})
    counts = Counter(r["label"] for r in rows)
    keep = {s for s, c in counts.items() if c >= MIN_PER_SECTION and s not in FORM_SECTIONS}
    return [r for r in rows if r["label"] in keep]


def bucket(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") % 100


def features(rows: list[dict], kind: str, cache: Path | None):
    texts = [r["text"] for r in rows]
    if kind == "hash":
        return proxy.Featurizer("hash").transform(texts)
    key = hashlib.sha256("\x00".join(r["id"] + "\x01" + r["text"] for r in rows).encode()).hexdigest()[:16]
    path = cache / f"{kind}-{key}.npy" if cache else None
    if path and path.exists():
        return np.load(path)
    X = proxy.Featurizer(kind).transform(texts)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, X)
    return X


# --- protocol ------------------------------------------------------------------------------
class Bench:
    def __init__(self, X, y, C, cfg: proxy.HeadConfig, params: PruneParams, model_seeds: int, random_seeds: int):
        self.X, self.y, self.C, self.cfg, self.params = X, y, C, cfg, params
        self.model_seeds, self.random_seeds = model_seeds, random_seeds

    def split(self, train, evalrows):
        if hasattr(self.X, "indices"):                  # hashed: keep columns seen twice in train
            df = np.bincount(self.X[train].indices, minlength=self.X.shape[1])
            cols = np.flatnonzero(df >= 2)
            return self.X[train][:, cols].tocsr(), self.X[evalrows][:, cols].tocsr()
        return self.X[train], self.X[evalrows]

    def run(self, train, evalrows, fractions, candidates, picks=None, log=print):
        """Score `train`, then accuracy on `evalrows` of the final model on each kept set."""
        Xtr, Xev = self.split(train, evalrows)
        ytr, yev = self.y[train], self.y[evalrows]
        t0 = time.time()
        scores = dict(zip(("el2n", "grand"), score_rows(Xtr, ytr, self.C, self.params, seed=0)))
        score_s = time.time() - t0

        def acc(keep, f, seed=0):
            rows = np.flatnonzero(keep)
            head = proxy.train_head(Xtr[rows], ytr[rows], self.C, self.cfg, seed)
            return float((proxy.predict(head, Xev).argmax(1) == yev).mean())

        def accs(keep, seeds):                          # final-model seeds: mean and std
            a = [acc(keep, 0, s) for s in range(seeds)]
            return float(np.mean(a)), float(np.std(a))

        out = {"score_s": score_s, "full": accs(np.ones(len(ytr), bool), self.model_seeds), "acc": {}, "random": {}}
        log(f"  full {out['full'][0]:.4f} (scoring {score_s:.1f} s)")
        for f in fractions:
            for bal in (False, True):
                a = [acc(choose_keep(np.random.default_rng(1000 + s).random(len(ytr)), ytr, f, class_balanced=bal), f, s)
                     for s in range(self.random_seeds)]
                out["random"][f, bal] = float(np.mean(a)), float(np.std(a))
            for sc in ("el2n", "grand"):
                for off, bal in (candidates if picks is None else [picks[f, sc]]):
                    a = accs(choose_keep(scores[sc], ytr, f, "offset", off, bal), self.model_seeds)
                    out["acc"][f, sc, off, bal] = a
                    log(f"  {f:.0%} {sc} offset {off} balanced {bal}: {a[0]:.4f} "
                        f"(random {out['random'][f, bal][0]:.4f}, full {out['full'][0]:.4f})")
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--featurize", choices=["hash", "minilm"], default="minilm")
    ap.add_argument("--hidden", type=int, default=0)
    ap.add_argument("--epochs", type=float, default=5, help="full run of the final model and the proxy (picked by full-data validation accuracy)")
    ap.add_argument("--model-seeds", type=int, default=3, help="final-model trainings averaged per kept set")
    ap.add_argument("--random-seeds", type=int, default=5, help="random keeps averaged per fraction")
    ap.add_argument("--early-fraction", type=float, default=0.2)
    ap.add_argument("--fractions", type=float, nargs="+", default=[0.7, 0.5, 0.3])
    ap.add_argument("--offsets", type=float, nargs="+", default=[0.0, 0.02, 0.05, 0.1, 0.2])
    ap.add_argument("--cache", default=str(ROOT / "runs" / "bench_prune_cache"),
                    help="where MiniLM embeddings of the corpus are cached (runs/ is git-ignored)")
    args = ap.parse_args()

    rows = load_debian()
    b = np.array([bucket(r["source"]) for r in rows])
    test, val, tune = np.flatnonzero(b < 20), np.flatnonzero((b >= 20) & (b < 35)), np.flatnonzero(b >= 35)
    train = np.flatnonzero(b >= 20)
    y, classes, _ = proxy.encode_labels([r["label"] for r in rows])
    t0 = time.time()
    X = features(rows, args.featurize, Path(args.cache) if args.cache else None)
    feat_s = time.time() - t0
    cfg = proxy.HeadConfig(hidden=args.hidden, epochs=args.epochs)
    params = PruneParams(hidden=args.hidden, full_epochs=args.epochs, early_fraction=args.early_fraction)
    bench = Bench(X, y, len(classes), cfg, params, args.model_seeds, args.random_seeds)
    print(f"{len(rows)} documents, {len(classes)} sections; train {len(train)} (tune {len(tune)} + val {len(val)}), "
          f"test {len(test)}; features {args.featurize} {feat_s:.1f} s", flush=True)

    print("1. tuning on validation", flush=True)
    cands = [(o, bal) for bal in (False, True) for o in args.offsets]
    tuned = bench.run(tune, val, args.fractions, cands, log=lambda s: print(s, flush=True))
    picks = {}
    for f in args.fractions:
        for sc in ("el2n", "grand"):
            picks[f, sc] = max(cands, key=lambda c: (tuned["acc"][f, sc, c[0], c[1]][0], -c[0], not c[1]))
    print("picks:", {f"{f:.0%} {sc}": v for (f, sc), v in picks.items()}, flush=True)

    print("2. test table", flush=True)
    res = bench.run(train, test, args.fractions, None, picks, log=lambda s: print(s, flush=True))

    model = f"{args.featurize} + " + (f"MLP({args.hidden})" if args.hidden else "linear") + \
        f" (Adam lr {cfg.lr}, batch {cfg.batch_size})"
    full, full_sd = res["full"]
    lines = [f"Data: {len(rows)} Debian bookworm descriptions, {len(classes)} sections; train {len(train)}, "
             f"test {len(test)} (split by source package). Model: {model}, trained {args.epochs:g} epochs "
             f"on every kept set. Scores: {params.seeds} seeds x "
             f"{args.early_fraction:g} of a full run ({res['score_s']:.1f} s on the train split).", "",
             "Validation accuracy of the candidates (tuning-train -> validation; full "
             f"{tuned['full'][0]:.4f}):", "",
             "| kept | score | " + " | ".join(f"off {o:g}{' bal' if bal else ''}" for o, bal in cands) + " | random | random bal |",
             "|---|---|" + "---|" * (len(cands) + 2)]
    for f in args.fractions:
        for sc in ("el2n", "grand"):
            lines.append(f"| {f:.0%} | {sc} | " + " | ".join(f"{tuned['acc'][f, sc, o, bal][0]:.4f}" for o, bal in cands)
                         + f" | {tuned['random'][f, False][0]:.4f} | {tuned['random'][f, True][0]:.4f} |")
    lines += ["", f"Test accuracy, mean (std) over {args.model_seeds} final-model seeds; random = mean (std) of "
              f"{args.random_seeds} random keeps, balanced like the EL2N pick; policy per row picked on validation:", "",
              "| kept | EL2N | EL2N policy | GraNd | GraNd policy | random | EL2N - random | EL2N - full |",
              "|---|---|---|---|---|---|---|---|",
              f"| 100% | {full:.4f} ({full_sd:.4f}) | - | {full:.4f} | - | {full:.4f} | 0 | 0 |"]

    def pol(p):
        return f"offset {p[0]:g}" + (", balanced" if p[1] else "")
    for f in args.fractions:
        pe, pg = picks[f, "el2n"], picks[f, "grand"]
        (ae, se), (ag, sg) = res["acc"][f, "el2n", pe[0], pe[1]], res["acc"][f, "grand", pg[0], pg[1]]
        rnd, srnd = res["random"][f, pe[1]]
        lines.append(f"| {f:.0%} | {ae:.4f} ({se:.4f}) | {pol(pe)} | {ag:.4f} ({sg:.4f}) | {pol(pg)} | "
                     f"{rnd:.4f} ({srnd:.4f}) | {ae - rnd:+.4f} | {ae - full:+.4f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
