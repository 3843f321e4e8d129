"""`assay decontam`: drop training documents that leak benchmark items.

Two detectors, run in one pass of Ray Data actors over the corpus:
  ngram     token n-gram overlap with every benchmark item (contamination.ngram): flagged
            when the longest shared span covers --ngram-min-frac of the item, or is at
            least --ngram-min-span tokens long;
  rephrase  embedding retrieval + structural signals (contamination.rephrase) + the
            examples a document states, checked against the benchmark's own reference
            solutions in a sandbox (contamination.reference), and the Python functions a
            document defines run on the item's own tests in a seccomp-confined process
            (contamination.execute): flagged when the calibrated
            contam_score reaches --threshold (optionally confirmed by an LLM judge, --judge).
The benchmark-side indexes are built once on the driver and shipped to the actors with
ray.put. OUTPUT/contamination.json lists, per benchmark, the leaked items and the
documents that hit them.
"""
from __future__ import annotations

import json
from typing import Literal, Optional

import numpy as np
import pyarrow as pa
from pydantic import Field, field_validator

from pipeline.schema import REJECT_REASON, TEXT, with_column
from pipeline.stage import Stage, StageContext, StageParams, StageResult

METHODS = ("ngram", "rephrase")
REASON = "contamination"


class DecontamParams(StageParams):
    benchmark: list[str] = Field(
        [], min_length=1,
        description="Benchmark to decontaminate against: `humaneval` (bundled), a JSONL/Parquet/CSV file, "
                    "or NAME=PATH to name it.")
    benchmark_text_field: Optional[str] = Field(
        None, description="Benchmark column(s) holding the item text, comma-separated to join several "
                          "(default: prompt,canonical_solution for humaneval, else text/prompt/question).")
    benchmark_example_field: Optional[str] = Field(
        None, description="Benchmark column(s) with tests / IO examples whose literals also identify an item "
                          "(default: test for humaneval, else none).")
    benchmark_reference_field: Optional[str] = Field(
        None, description="Benchmark column(s) joined into a Python program defining the item's function, run "
                          "(sandboxed) on the example inputs a document states (default: prompt,canonical_solution "
                          "for humaneval, else none).")
    benchmark_entry_field: Optional[str] = Field(
        None, description="Benchmark column naming the function the reference program defines "
                          "(default: entry_point for humaneval).")
    run_reference: bool = Field(True, description="Compare documents' stated examples with the benchmark's "
                                                  "reference solutions (io_* signals); off: never run them.")
    run_documents: bool = Field(True, description="Run the Python / JavaScript (node) / C (gcc) functions a "
                                                  "document defines on the benchmark item's own test inputs (exec_* "
                                                  "signals), in processes confined by seccomp (no file writes, "
                                                  "network or new processes); off: corpus code never runs.")
    reference_memory_mb: int = Field(1024, ge=64, description="Address-space limit of the sandbox processes that "
                                                              "run reference solutions and documents' functions.")
    benchmark_id_field: Optional[str] = Field(
        None, description="Benchmark column holding item ids (default: task_id/id, else the row number).")
    method: list[str] = Field(["ngram", "rephrase"], description="Detectors to run: ngram, rephrase.")
    ngram_n: int = Field(8, ge=2, le=64, description="N-gram length in word tokens.")
    ngram_min_frac: float = Field(0.3, gt=0, le=1, description="Flag when the longest shared span covers this "
                                                                "fraction of the item (and is >= 2n tokens).")
    ngram_min_span: int = Field(50, ge=2, description="Flag when the longest shared span reaches this many "
                                                       "tokens, whatever the item length.")
    threshold: float = Field(0.6, gt=0, lt=1, description="contam_score at or above which a rephrase "
                                                          "candidate is contamination.")
    embedding_model: Optional[str] = Field(None, description="sentence-transformers model directory "
                                                             "(default: bundled all-MiniLM-L6-v2).")
    top_k: int = Field(3, ge=1, description="Candidates per document in each view (embedding, prose, words, "
                                            "literals, code skeleton) and per benchmark item (in each batch).")
    min_similarity: float = Field(0.2, ge=-1, le=1, description="Embedding cosine similarity below which a "
                                                                 "pair is never a candidate.")
    chunk_chars: int = Field(1200, ge=100, description="Long documents are embedded in windows of this many "
                                                       "characters (half overlapping).")
    batch_size: int = Field(256, ge=1, description="Rows per Ray Data batch.")
    judge: Literal["off", "api", "local"] = Field(
        "off", description="LLM judge for rephrase candidates: api = OpenAI-compatible endpoint from "
                           "ASSAY_JUDGE_BASE_URL / ASSAY_JUDGE_API_KEY / ASSAY_JUDGE_MODEL; local = HF causal LM "
                           "at --judge-model.")
    judge_model: Optional[str] = Field(None, description="Local HF causal LM directory for --judge local.")
    judge_min_score: float = Field(0.1, ge=0, le=1, description="Candidates with contam_score at or above this "
                                                                "go to the judge, whose verdict decides.")
    judge_cache: Optional[str] = Field(None, description="JSONL cache of judge verdicts "
                                                         "(default: ~/.cache/assay/judge.jsonl).")

    @field_validator("method", mode="before")
    @classmethod
    def _methods(cls, v):
        v = [v] if isinstance(v, str) else v
        v = [m.strip().lower() for x in v for m in str(x).split(",") if m.strip()]
        bad = [m for m in v if m not in METHODS]
        if bad or not v:
            raise ValueError(f"unknown method(s) {bad or v}; use ngram and/or rephrase")
        return sorted(set(v), key=METHODS.index)

    @field_validator("benchmark", mode="before")
    @classmethod
    def _benchmarks(cls, v):
        v = [v] if isinstance(v, str) else v
        return [b.strip() for x in v for b in str(x).split(",") if b.strip()]


def evidence_fields() -> list[pa.Field]:
    return [pa.field("contam_ngram_span", pa.int64()), pa.field("contam_ngram_frac", pa.float64()),
            pa.field("contam_ngram_coverage", pa.float64()), pa.field("contam_similarity", pa.float64()),
            pa.field("contam_benchmark", pa.large_string()), pa.field("contam_item", pa.large_string()),
            pa.field("contam_method", pa.large_string()), pa.field("contam_score", pa.float64())]


class Detector:
    """Ray Data actor: holds the shipped indexes (and the embedding model) for its lifetime."""

    def __init__(self, payload, params: dict):
        import ray

        if isinstance(payload, ray.ObjectRef):
            payload = ray.get(payload)
        self.p = DecontamParams(**params)
        self.ngram = payload.get("ngram")
        self.reph = payload.get("rephrase")
        self.bench, self.items = payload["bench"], payload["items"]
        self.embedder = None
        if self.reph is not None:
            from scorers.embeddings import Embedder

            self.embedder = Embedder(self.p.embedding_model)
        self.judge = None
        if self.p.judge != "off":
            from .judge import make_judge

            self.judge = make_judge(self.p.judge, self.p.judge_model, self.p.judge_cache)
        self.item_texts = payload.get("texts")

    def __call__(self, batch: pa.Table) -> pa.Table:
        p, n = self.p, batch.num_rows
        texts = batch[TEXT]
        item = np.full(n, -1, np.int64)
        method = np.full(n, None, object)
        score = np.full(n, np.nan)
        span = np.zeros(n, np.int64)
        frac = np.zeros(n)
        cov = np.zeros(n)
        sim = None
        if self.ngram is not None:
            from .ngram import flag

            r = self.ngram.scan(texts)
            span, frac, cov = r["span"], r["frac"], r["coverage"]
            hit = flag(span, frac, self.ngram.n, p.ngram_min_frac, p.ngram_min_span)
            item[hit], method[hit], score[hit] = r["item"][hit], "ngram", frac[hit]
        if self.reph is not None:
            todo = np.flatnonzero(item < 0)
            sim = np.full(n, np.nan)
            if len(todo):
                docs = texts.take(pa.array(todo)).to_pylist()
                r = self.reph.detect(docs, self.embedder, top_k=p.top_k, min_similarity=p.min_similarity,
                                     chunk_chars=p.chunk_chars)
                sim[todo] = r["similarity"]
                hit = (r["item"] >= 0) & (r["score"] >= p.threshold)
                if self.judge is not None:
                    ask = np.flatnonzero((r["item"] >= 0) & (r["score"] >= p.judge_min_score))
                    verdicts = self.judge.verdicts([(docs[j], self.item_texts[r["item"][j]]) for j in ask])
                    hit = np.zeros(len(todo), bool)
                    hit[ask] = np.asarray(verdicts, bool)
                rows = todo[hit]
                item[rows], method[rows], score[rows] = r["item"][hit], "rephrase", r["score"][hit]
        flagged = item >= 0
        bench = np.full(n, None, object)
        ids = np.full(n, None, object)
        if flagged.any():
            bench[flagged] = np.asarray(self.bench, object)[item[flagged]]
            ids[flagged] = np.asarray(self.items, object)[item[flagged]]
        cols = {
            "contam_ngram_span": pa.array(span, pa.int64()),
            "contam_ngram_frac": pa.array(frac, pa.float64()),
            "contam_ngram_coverage": pa.array(cov, pa.float64()),
            "contam_similarity": pa.array(sim if sim is not None else np.full(n, np.nan), pa.float64(),
                                          from_pandas=True),
            "contam_benchmark": pa.array(bench, pa.large_string()),
            "contam_item": pa.array(ids, pa.large_string()),
            "contam_method": pa.array(method, pa.large_string()),
            "contam_score": pa.array(np.round(score, 6), pa.float64(), from_pandas=True),
            REJECT_REASON: pa.array(np.where(flagged, REASON, None), pa.large_string()),
        }
        for name, arr in cols.items():
            batch = with_column(batch, name, arr)
        return batch


def build_payload(p: DecontamParams, log=print) -> dict:
    """Benchmark-side indexes, built once on the driver."""
    from .benchmarks import load_benchmarks

    benches = load_benchmarks(p.benchmark, p.benchmark_text_field, p.benchmark_id_field,
                              p.benchmark_example_field, p.benchmark_reference_field, p.benchmark_entry_field)
    texts = [t for b in benches for t in b.texts]
    payload = {"bench": [b.name for b in benches for _ in b.ids], "items": [i for b in benches for i in b.ids],
               "texts": texts, "sizes": {b.name: len(b) for b in benches}, "ngram": None, "rephrase": None}
    if "ngram" in p.method:
        from .ngram import NgramIndex

        payload["ngram"] = NgramIndex.build(texts, p.ngram_n)
    if "rephrase" in p.method:
        from scorers.embeddings import Embedder

        from .rephrase import RephraseIndex

        from .reference import runner_for

        examples = [e for b in benches for e in b.extra.get("examples", [""] * len(b))]
        reference = None
        if p.run_reference:
            reference = runner_for([x for b in benches for x in b.extra.get("programs", [None] * len(b))],
                                   [x for b in benches for x in b.extra.get("entries", [None] * len(b))],
                                   p.reference_memory_mb, examples)
        payload["rephrase"] = RephraseIndex.build(texts, Embedder(p.embedding_model), examples, reference,
                                                  run_documents=p.run_documents)
    log(f"[decontam] {len(texts)} benchmark items from {', '.join(b.name for b in benches)}; "
        f"methods: {', '.join(p.method)}")
    return payload


def write_report(work_dir, payload: dict, params: dict) -> dict:
    """OUTPUT/contamination.json from the rejected rows the sink wrote."""
    import polars as pl

    from pipeline.io import read_dir

    rej = read_dir(work_dir / "rejected")
    cols = ["id", "contam_benchmark", "contam_item", "contam_method", "contam_score", "contam_ngram_span",
            "contam_ngram_frac", "contam_similarity"]
    report = {"params": params, "benchmarks": {}}
    for name, size in payload["sizes"].items():
        report["benchmarks"][name] = {"items": size, "contaminated_items": 0, "documents": 0, "hits": {}}
    if rej.num_rows and "contam_benchmark" in rej.column_names:
        df = pl.from_arrow(rej.select(cols)).filter(pl.col("contam_benchmark").is_not_null()) \
            .sort(["contam_benchmark", "contam_item", "id"])
        for row in df.iter_rows(named=True):   # one entry per rejected document (small)
            b = report["benchmarks"][row["contam_benchmark"]]
            b["hits"].setdefault(row["contam_item"], []).append(
                {"id": row["id"], "method": row["contam_method"], "score": row["contam_score"],
                 "ngram_span": row["contam_ngram_span"], "ngram_frac": row["contam_ngram_frac"],
                 "similarity": row["contam_similarity"]})
        for b in report["benchmarks"].values():
            b["contaminated_items"] = len(b["hits"])
            b["documents"] = sum(len(v) for v in b["hits"].values())
    (work_dir / "contamination.json").write_text(json.dumps(_finite(report), indent=1))
    return {name: {"contaminated_items": b["contaminated_items"], "documents": b["documents"]}
            for name, b in report["benchmarks"].items()}


def _finite(x):
    """NaN (no embedding score) -> null, so the file is strict JSON."""
    if isinstance(x, float) and x != x:
        return None
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_finite(v) for v in x]
    return x


class DecontamStage(Stage):
    __doc__ = (
        "Example: assay decontam IN OUT --benchmark humaneval --benchmark mine=evals.jsonl "
        "--benchmark-text-field question --method ngram,rephrase\n\n"
        "rephrase combines embedding retrieval, word / literal / code-skeleton views and, for "
        "benchmarks with reference solutions (humaneval, or --benchmark-reference-field), the examples "
        "a document states checked against the item's own solution in a sandboxed process "
        "(--no-run-reference turns it off), and the Python functions a document defines run on the item's "
        "own tests in a process where seccomp forbids files, network and new processes "
        "(--no-run-documents: corpus code never runs).\n\n"
        "Rejected rows get reject_reason `contamination`, contam_benchmark, contam_item, contam_method "
        "(ngram or rephrase) and contam_score; every row gets the n-gram evidence (contam_ngram_span in "
        "tokens, contam_ngram_frac of the item, contam_ngram_coverage) and, with rephrase, "
        "contam_similarity. OUTPUT/contamination.json lists per benchmark the leaked items and the "
        "documents that hit them.")

    name = "decontam"
    help = "Remove documents that leak benchmark items (n-gram overlap and rephrased samples)."
    Params = DecontamParams

    def output_fields(self) -> list[pa.Field]:
        return evidence_fields()

    def apply(self, ds, ctx: StageContext) -> StageResult:
        import ray

        p = self.params
        if p.judge == "api":
            from .judge import ApiJudge

            ApiJudge(p.judge_cache)          # fails here, in one line, when the env is not set
        elif p.judge == "local" and not (p.judge_model and __import__("os").path.isdir(p.judge_model)):
            from pipeline.errors import ConfigError

            raise ConfigError(f"decontam: --judge local needs --judge-model DIR (got {p.judge_model!r})")
        payload = build_payload(p, ctx.log)
        ref = ray.put(payload)
        gpu = "rephrase" in p.method and ctx.num_gpus >= 1
        if "rephrase" in p.method:
            actors = max(1, int(ctx.num_gpus)) if gpu else max(1, ctx.num_cpus // 2)
        else:
            actors = max(1, ctx.num_cpus)
        from ray.data import ActorPoolStrategy

        out = ds.map_batches(Detector, fn_constructor_args=(ref, p.model_dump()), batch_format="pyarrow",
                             batch_size=p.batch_size, compute=ActorPoolStrategy(size=actors),
                             num_gpus=1 if gpu else 0,
                             # the index travels as an object-store ref; a restarted actor could
                             # outlive it, and Ray warns about that for restartable actors
                             max_restarts=0)
        meta = {"sizes": payload["sizes"]}
        params = self.params_dict()

        def finalize(fctx: StageContext, counts: dict) -> dict:
            return {"contamination": write_report(fctx.work_dir, meta, params)}

        return StageResult(out, stats={"benchmark_items": len(payload["items"]), "methods": p.method},
                           finalize=finalize)
