"""Throughput of the vectorised n-gram contamination scan (MB of training text per second,
one process = one core), against two baselines measured in the same run:
  python-set  the obvious per-document loop: str.split tokens, tuple n-grams, set lookups;
  tokenise    polars tokenisation + hashing alone (the floor the scan cannot beat).

    python benchmarks/bench_ngram.py [--mb 16] [--n 8]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # one core: MB/s per core
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def corpus(mb: float):
    import pyarrow as pa

    from pipeline.io import read_dir

    base = read_dir(REPO / "samples" / "corpus")["text"].combine_chunks()
    size = sum(len(t.encode()) for t in base.to_pylist())
    reps = max(1, int(mb * 1e6 / size + 0.999))
    return pa.concat_arrays([base] * reps).cast(pa.large_string())


def python_set_scan(texts: list[str], bench: list[str], n: int) -> int:
    tok = re.compile(r"\w+")
    grams = set()
    for t in bench:
        w = tok.findall(t.lower())
        grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    hits = 0
    for t in texts:
        w = tok.findall(t.lower())
        hits += sum(tuple(w[i:i + n]) in grams for i in range(len(w) - n + 1))
    return hits


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=16)
    ap.add_argument("--n", type=int, default=8)
    args = ap.parse_args()
    import pyarrow.compute as pc

    from contamination.benchmarks import load_benchmark
    from contamination.ngram import NgramIndex
    from contamination.tokenize import token_ids

    bench = load_benchmark("humaneval")
    index = NgramIndex.build(bench.texts, args.n)
    texts = corpus(args.mb)
    mb = pc.sum(pc.binary_length(texts)).as_py() / 1e6
    index.scan(texts.slice(0, 1000))  # warm up polars / numpy
    batch = 4096

    def timed(fn):
        w, c = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - w, time.process_time() - c

    scan_w, scan_c = timed(lambda: [index.scan(texts.slice(i, batch)) for i in range(0, len(texts), batch)])
    tok_w, tok_c = timed(lambda: [token_ids(texts.slice(i, batch)) for i in range(0, len(texts), batch)])
    sub = texts.slice(0, len(texts) // 8).to_pylist()
    sub_mb = sum(len(t.encode()) for t in sub) / 1e6
    py_w, py_c = timed(lambda: python_set_scan(sub, bench.texts, args.n))
    print(f"corpus: {mb:.1f} MB ({len(texts)} docs), benchmark: humaneval (164 items), n={args.n}, batch={batch}, "
          f"POLARS_MAX_THREADS={os.environ['POLARS_MAX_THREADS']}")
    print("                   MB/s per CPU-second   MB/s wall (shared machine)")
    print(f"vectorised scan : {mb / scan_c:8.1f}             {mb / scan_w:8.1f}")
    print(f"tokenise only   : {mb / tok_c:8.1f}             {mb / tok_w:8.1f}   (scan runs at "
          f"{tok_c / scan_c:.2f}x tokenise-only speed)")
    print(f"python-set loop : {sub_mb / py_c:8.1f}             {sub_mb / py_w:8.1f}   (vectorised is "
          f"{(mb / scan_c) / (sub_mb / py_c):.1f}x faster per CPU-second)")


if __name__ == "__main__":
    main()
