"""MinHash near-dup benchmark: throughput and quality against datasketch, plus a scale run.

    python benchmarks/bench_minhash.py                 # throughput + quality (~1-2 min)
    python benchmarks/bench_minhash.py --scale 100000  # + end-to-end stage run on N docs

Corpus: real text (samples/corpus, Debian package descriptions) repeated with random word
edits, so every document is distinct and near duplicates sit on both sides of the
threshold. All numbers are from one process on this machine; ratios are measured in the
same run. Word 5-grams, 128 permutations, threshold 0.8.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("ASSAY_NO_PROGRESS", "1")

from dedup import minhash  # noqa: E402
from dedup.normalize import Normalization, normalize  # noqa: E402

NPERM, NGRAM, THRESHOLD = 128, 5, 0.8


# --- corpus -------------------------------------------------------------------------------

class Corpus:
    """Sample texts as word-id arrays, and a generator of edited copies."""

    def __init__(self):
        texts = pq.read_table(REPO / "samples" / "corpus")["text"].to_pylist()
        vocab: dict[str, int] = {}
        self.docs = [np.array([vocab.setdefault(w, len(vocab)) for w in t.split(" ")], np.int64) for t in texts]
        self.vocab = pa.array(list(vocab), pa.large_string())
        self.texts = texts

    def make(self, n: int, seed: int, edit_rates=(0.0, 0.01, 0.02, 0.03, 0.05, 0.3)) -> pa.Array:
        """n documents: document k copies sample text k % S with a share of its words
        replaced by random vocabulary (rate drawn from edit_rates)."""
        rng = np.random.default_rng(seed)
        src = np.arange(n) % len(self.docs)
        lens = np.array([len(self.docs[s]) for s in src])
        offs = np.zeros(n + 1, np.int64)
        np.cumsum(lens, out=offs[1:])
        flat = np.concatenate([self.docs[s] for s in src])
        rate = np.repeat(rng.choice(edit_rates, n), lens)
        hit = rng.random(len(flat)) < rate
        flat[hit] = rng.integers(0, len(self.vocab), hit.sum())
        words = pa.LargeListArray.from_arrays(pa.array(offs), self.vocab.take(pa.array(flat)))
        return pc.binary_join(words, pa.scalar(" ", pa.large_string()))


# --- datasketch baselines -------------------------------------------------------------------

def py_shingles(texts: list[str], norm: Normalization) -> list[list[bytes]]:
    """The same shingles in Python (normalised text, whitespace words, 5-grams)."""
    out = []
    for t in texts:
        w = t.split()
        out.append([" ".join(w[i:i + NGRAM]).encode() for i in range(max(1, len(w) - NGRAM + 1))])
    return out


def bench_throughput(corpus: Corpus, n: int, n_ds: int) -> dict:
    from datasketch import MinHash

    text = corpus.make(n, seed=1)
    norm = Normalization()
    minhash.signatures(text.slice(0, 200), "word", NGRAM, NPERM)            # warm-up (both sides)
    MinHash(num_perm=NPERM).update_batch(py_shingles(text.slice(0, 20).to_pylist(), norm)[0])
    t0 = time.perf_counter()
    h, off = minhash.shingle_hashes(text, "word", NGRAM, norm)
    t1 = time.perf_counter()
    sig = minhash.signatures_from_hashes(h, off, NPERM, seed=0)
    t2 = time.perf_counter()
    ours = n / (t2 - t0)
    print(f"assay minhash: {n} docs, {len(h)} shingles: hashing {t1 - t0:.2f}s, permutations {t2 - t1:.2f}s "
          f"-> {ours:,.0f} docs/s ({(t2 - t0) / len(h) * 1e9:.0f} ns/shingle)")
    sub = text.slice(0, n_ds)
    t0 = time.perf_counter()
    sh = py_shingles(normalize(sub, norm).to_pylist(), norm)
    for s in sh:
        m = MinHash(num_perm=NPERM)
        m.update_batch(s)
    ub = n_ds / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    sh = py_shingles(normalize(sub, norm).to_pylist(), norm)
    MinHash.bulk(sh, num_perm=NPERM)
    bulk = n_ds / (time.perf_counter() - t0)
    print(f"datasketch update_batch per doc: {ub:,.0f} docs/s ({n_ds} docs) -> assay is {ours / ub:.1f}x")
    print(f"datasketch MinHash.bulk:         {bulk:,.0f} docs/s ({n_ds} docs) -> assay is {ours / bulk:.1f}x")
    gpu = None
    import torch

    if torch.cuda.is_available():
        from dedup import minhash_torch

        for backend in ("triton", "torch"):
            minhash_torch.signatures_from_hashes(h[:1000], off[:11], NPERM, backend=backend)          # warm-up
            torch.cuda.synchronize()
            t3 = time.perf_counter()
            sig_gpu = minhash_torch.signatures_from_hashes(h, off, NPERM, seed=0, device="cuda", chunk=1 << 18,
                                                           backend=backend)
            gpu = time.perf_counter() - t3
            same = bool((sig_gpu == sig).all())
            print(f"GPU permutations, {backend} backend ({torch.cuda.get_device_name()}): {gpu:.3f}s vs CPU kernel "
                  f"{t2 - t1:.3f}s -> {(t2 - t1) / gpu:.2f}x (host->device copy and back included), "
                  f"identical signatures: {same}")
    else:
        print("GPU permutations: not measured (torch sees no CUDA device)")
    del sig
    return {"n": n, "shingles": int(len(h)), "ours": ours, "update_batch": ub, "bulk": bulk}


# --- quality ----------------------------------------------------------------------------------

def true_dup_docs(text: pa.Array, threshold: float) -> np.ndarray:
    """Ground truth: documents with a partner of exact shingle Jaccard >= threshold
    (sparse incidence matrix, M @ M.T gives every intersection)."""
    from scipy.sparse import csr_matrix

    h, off = minhash.shingle_hashes(text, "word", NGRAM, Normalization())
    cols = np.unique(h, return_inverse=True)[1]
    rows = np.repeat(np.arange(len(text)), np.diff(off))
    m = csr_matrix((np.ones(len(h), np.float32), (rows, cols)), shape=(len(text), cols.max() + 1))
    m.sum_duplicates()
    m.data[:] = 1
    size = np.asarray(m.sum(1)).ravel()
    inter = (m @ m.T).tocoo()
    r, c, v = inter.row, inter.col, inter.data
    keep = (r != c) & (v / (size[r] + size[c] - v) >= threshold)
    dup = np.zeros(len(text), bool)
    dup[r[keep]] = True
    return dup


def pr(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    tp = (pred & truth).sum()
    return tp / max(pred.sum(), 1), tp / max(truth.sum(), 1)


def bench_quality(corpus: Corpus, n: int, seeds: int = 5) -> list[tuple]:
    from datasketch import MinHash, MinHashLSH

    from dedup.stage import DedupStage

    text = corpus.make(n, seed=2)
    ids = pa.array([f"d{i:07d}" for i in range(n)])
    truth = true_dup_docs(text, THRESHOLD)
    print(f"quality corpus: {n} docs, {truth.sum()} true duplicate documents (J >= {THRESHOLD})")
    rows = []
    table = pa.table({"id": ids, "text": text})
    for label, params in [("assay default (datasketch b x r)", {}),
                          ("assay default + --verify", {"verify": True}),
                          ("assay --bands 16 --rows 8 --verify", {"bands": 16, "rows": 8, "verify": True}),
                          ("assay default + --verify --verify-exact", {"verify": True, "verify_exact": True}),
                          ("assay 16x8 --verify --verify-exact", {"bands": 16, "rows": 8, "verify": True,
                                                                 "verify_exact": True})]:
        t0 = time.perf_counter()
        kept, rej = DedupStage(mode="fuzzy", threshold=THRESHOLD, num_perm=NPERM, **params)(table, log=lambda m: None)
        dt = time.perf_counter() - t0
        in_cluster = set(kept.filter(pc.is_valid(kept["dup_cluster"]))["id"].to_pylist()) | \
            set(rej.filter(pc.is_valid(rej["dup_cluster"]))["id"].to_pylist())
        pred = np.isin(ids.to_numpy(zero_copy_only=False), list(in_cluster))
        p, r = pr(pred, truth)
        rows.append((label, p, r, dt))
        print(f"{label:40s} precision {p:.3f} recall {r:.3f}  ({dt:.1f}s)")
    t0 = time.perf_counter()
    sh = py_shingles(normalize(text, Normalization()).to_pylist(), Normalization())
    mhs = MinHash.bulk(sh, num_perm=NPERM)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NPERM)
    with lsh.insertion_session() as s:
        for i, m in enumerate(mhs):
            s.insert(i, m)
    pred = np.array([len(lsh.query(m)) > 1 for m in mhs])
    dt = time.perf_counter() - t0
    p, r = pr(pred, truth)
    rows.append((f"datasketch MinHashLSH (b={lsh.b}, r={lsh.r})", p, r, dt))
    print(f"{rows[-1][0]:40s} precision {p:.3f} recall {r:.3f}  ({dt:.1f}s)")
    if seeds > 1:   # one seed is one draw of the hash functions: compare means over several
        ours, theirs = [], []
        for sd in range(seeds):
            kept, rej = DedupStage(mode="fuzzy", threshold=THRESHOLD, num_perm=NPERM)(table, log=lambda m: None,
                                                                                    seed=sd)
            in_cluster = set(kept.filter(pc.is_valid(kept["dup_cluster"]))["id"].to_pylist()) | \
                set(rej.filter(pc.is_valid(rej["dup_cluster"]))["id"].to_pylist())
            ours.append(pr(np.isin(ids.to_numpy(zero_copy_only=False), list(in_cluster)), truth))
            mhs = MinHash.bulk(sh, num_perm=NPERM, seed=sd + 1)
            lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NPERM)
            with lsh.insertion_session() as s:
                for i, m in enumerate(mhs):
                    s.insert(i, m)
            theirs.append(pr(np.array([len(lsh.query(m)) > 1 for m in mhs]), truth))
        for name, v in (("assay default", ours), ("datasketch MinHashLSH", theirs)):
            v = np.array(v)
            f1 = 2 * v[:, 0] * v[:, 1] / (v[:, 0] + v[:, 1])
            print(f"{name:22s} over {seeds} seeds: precision {v[:, 0].mean():.3f} +- {v[:, 0].std():.3f}, "
                  f"recall {v[:, 1].mean():.3f} +- {v[:, 1].std():.3f}, F1 {f1.mean():.3f}")
    return rows


# --- scale ------------------------------------------------------------------------------------

def _tree_rss(root: int) -> int:
    """Sum of VmRSS over `root` and all its descendants (from /proc)."""
    parent, rss = {}, {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            st = (d / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in st.splitlines() if ":" in line)
        parent[int(d.name)] = int(fields.get("PPid", "0").strip())
        rss[int(d.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def bench_scale(corpus: Corpus, n: int, shards: int) -> dict:
    import ray

    from dedup.stage import DedupStage
    from pipeline.ray_env import ensure_ray

    with tempfile.TemporaryDirectory(prefix="assay-bench-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        per = -(-n // shards)
        size = 0
        for s in range(shards):
            k = min(per, n - s * per)
            text = corpus.make(k, seed=100 + s)
            ids = pa.array([f"s{s:03d}-{i:07d}" for i in range(k)])
            pq.write_table(pa.table({"id": ids, "text": text}), src / f"part-{s:05d}.parquet")
            size += text.nbytes
        print(f"scale corpus: {n} docs, {size / 1e6:.0f} MB text in {shards} shards")
        ensure_ray(num_cpus=2)
        me = os.getpid()
        peak, stop = [0], threading.Event()

        def sample():
            while not stop.is_set():
                peak[0] = max(peak[0], _tree_rss(me))
                time.sleep(0.5)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        t0 = time.perf_counter()
        man = DedupStage(mode="fuzzy", threshold=THRESHOLD, num_perm=NPERM).run(src, Path(tmp) / "out", resume=False)
        dt = time.perf_counter() - t0
        stop.set()
        th.join()
        store = ray.cluster_resources().get("object_store_memory", 0)
        print(f"scale: {n} docs end to end in {dt:.1f}s ({n / dt:,.0f} docs/s); kept {man['kept_rows']}, "
              f"rejected {man['rejected_rows']}; peak RSS of driver+Ray processes {peak[0] / 2**30:.2f} GiB "
              f"(sums shared object-store pages per process, so an upper bound); driver maxrss "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB; object store cap {store / 2**30:.1f} GiB")
        return {"n": n, "seconds": dt, "peak_gib": peak[0] / 2**30, "mb": size / 1e6, "stats": man["stats"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000, help="documents for the throughput run")
    ap.add_argument("--n-datasketch", type=int, default=2000, help="documents for the datasketch baselines")
    ap.add_argument("--quality-n", type=int, default=10000)
    ap.add_argument("--seeds", type=int, default=5, help="hash seeds for the default-bands comparison")
    ap.add_argument("--scale", type=int, default=0, help="documents for the end-to-end scale run (0: skip)")
    ap.add_argument("--shards", type=int, default=16)
    ap.add_argument("--skip-quality", action="store_true")
    args = ap.parse_args()
    corpus = Corpus()
    print(f"machine: {os.cpu_count()} CPUs; numba {__import__('numba').__version__}; one process, one thread")
    bench_throughput(corpus, args.n, args.n_datasketch)
    if not args.skip_quality:
        from pipeline.ray_env import ensure_ray

        ensure_ray(num_cpus=2)
        bench_quality(corpus, args.quality_n, args.seeds)
    if args.scale:
        bench_scale(corpus, args.scale, args.shards)


if __name__ == "__main__":
    main()
