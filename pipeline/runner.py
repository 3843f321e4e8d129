"""Run one stage (or a job of stages) on Ray and write kept/, rejected/, manifest.json.

Outputs are built in a hidden staging directory and renamed into place only when the
stage has finished, so an existing OUTPUT/manifest.json means a finished stage. A killed
stage leaves only its staging directory. For a row-local stage (`Stage.row_local()`) each
input shard's rows are written to files of their own, and the next run with the same
parameters and input keeps every shard whose rows are all there and redoes the rest;
any other stage is redone from the start.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import ray

from . import __version__
from .errors import AssayError
from .ingest import ingest
from .manifest import fingerprint, params_hash, read_manifest, write_manifest
from .ray_env import cluster_cpus, cluster_gpus, ensure_ray
from .schema import LABEL, REJECT_REASON, ColumnMap, merge_schemas, normalise_types
from .io import write_text_atomic
from .sink import (SHARD, SplitParquetSink, counts_from_files, ensure_nonempty_dirs, merge_counts,
                   remove_shard_parts, shard_rows_written, write_split)
from .stage import Stage, StageContext
from .validate import DEFAULT_MAX_DOC_BYTES


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_stage(stage: Stage, input, output, *, columns: ColumnMap | None = None, seed: int = 0,
              max_doc_bytes: int = DEFAULT_MAX_DOC_BYTES, resume: bool = True,
              address: str | None = None, log=_log, num_gpus: float | None = None) -> dict:
    """Run `stage` on INPUT and write OUTPUT. Returns the manifest dict."""
    columns = columns or ColumnMap()
    out = Path(output)
    ensure_ray(address)
    t0 = time.time()

    is_table = isinstance(input, pa.Table)
    extra = {"columns": vars(columns), "seed": seed, "max_doc_bytes": max_doc_bytes, "version": __version__}
    files = None
    if not is_table:
        from .io import discover

        files = discover(input)
        extra["input"] = fingerprint(files)
    phash = params_hash(stage.name, stage.params_dict(), extra)
    done = read_manifest(out)
    if resume and done and done.get("params_hash") == phash and not is_table:
        log(f"[{stage.name}] already finished in {out} (resume): skipping")
        return done
    if out.exists() and done is None and any(out.iterdir()):
        if not (out / "kept").exists():
            raise AssayError(f"{out}: exists and is not an assay output directory; choose another OUTPUT")

    staging = out.parent / f".{out.name}.staging"
    resumable = stage.row_local() and not is_table
    state = staging / RESUME_STATE
    if not (resume and resumable and _staged_for(state, phash)):
        shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True, exist_ok=True)
    if resumable:
        for f in staging.glob("*/part-q*.parquet"):   # quarantine parts are rewritten every run
            f.unlink()
        write_text_atomic(json.dumps({"params_hash": phash}) + "\n", state)

    data = ingest(input if is_table else files, columns, max_doc_bytes)
    if stage.needs_label and data.valid_rows and LABEL not in data.schema.names:
        raise AssayError(f"{stage.name}: input has no label column '{columns.label}'; name it with --label-col")
    out_schema = normalise_types(merge_schemas(data.schema, pa.schema(stage.output_fields()),
                                               pa.schema([pa.field(REJECT_REASON, pa.large_string())])))
    ctx = StageContext(work_dir=staging, seed=seed, num_cpus=cluster_cpus(), num_gpus=cluster_gpus() if num_gpus is None else num_gpus,
                       has_label=LABEL in data.schema.names, input_schema=data.schema, log=log)
    stats: dict = {}
    counts = {"kept": 0, "rejected": 0, "reasons": {}}
    if data.valid_rows:
        from ray.data import from_arrow_refs

        log(f"[{stage.name}] {data.valid_rows} rows from {len(data.files) or 1} shard(s)")
        if resumable:
            result = _apply_by_shard(stage, data.valid_refs, data.valid_counts, staging, out_schema, ctx, log)
            counts = counts_from_files(staging)
        else:
            result = stage.apply(from_arrow_refs(data.valid_refs), ctx)
            sink = SplitParquetSink(staging, out_schema)
            result.ds.write_datasink(sink)
            counts = sink.result
        stats = dict(result.stats or {})
        if result.finalize:
            stats.update(result.finalize(ctx, counts) or {})
    # quarantined rows (bad input) go straight to rejected/
    wq = ray.remote(write_split)
    qcounts = ray.get([wq.remote(ref, staging, f"q{i:05d}", out_schema)
                       for i, ref in enumerate(data.quarantine_refs)])
    counts = merge_counts([counts, *qcounts])
    ensure_nonempty_dirs(staging, out_schema)

    if counts["kept"] + counts["rejected"] != data.input_rows:
        raise AssayError(f"{stage.name}: row accounting broke: {data.input_rows} in, "
                         f"{counts['kept']} kept + {counts['rejected']} rejected")
    manifest = {
        "stage": stage.name,
        "input": "<table>" if is_table else str(input),
        "input_files": [str(f) for f in data.files],
        "input_rows": data.input_rows,
        "kept_rows": counts["kept"],
        "rejected_rows": counts["rejected"],
        "reject_reasons": counts["reasons"],
        "params": stage.params_dict(),
        "seed": seed,
        "columns": vars(columns),
        "seconds": round(time.time() - t0, 3),
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "assay_version": __version__,
        "params_hash": phash,
        "stats": stats,
    }
    write_manifest(manifest, staging)
    state.unlink(missing_ok=True)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(out)
    log(f"[{stage.name}] {data.input_rows} in -> {counts['kept']} kept, {counts['rejected']} rejected "
        f"{dict(counts['reasons'])} in {manifest['seconds']:.1f}s -> {out}")
    return manifest


RESUME_STATE = "resume.json"


def _staged_for(state: Path, phash: str) -> bool:
    """Does this staging directory hold parts of a run with the same parameters and input?"""
    try:
        return json.loads(state.read_text()).get("params_hash") == phash
    except (OSError, ValueError):
        return False


def _tag_shard(table: pa.Table, shard: int) -> pa.Table:
    return table.append_column(SHARD, pa.array(np.full(table.num_rows, shard, np.int32)))


def _apply_by_shard(stage: Stage, refs: list, rows: list[int], staging: Path, out_schema: pa.Schema,
                    ctx: StageContext, log):
    """Run a row-local stage on the shards whose rows are not all written yet."""
    from ray.data import from_arrow_refs

    todo = [i for i, n in enumerate(rows) if n and shard_rows_written(staging, i) != n]
    nonempty = [i for i, n in enumerate(rows) if n]
    if len(todo) < len(nonempty):
        log(f"[{stage.name}] resuming: {len(nonempty) - len(todo)} of {len(nonempty)} shard(s) already written")
    if not todo:   # all written, but the run ended before its manifest: redo one shard for stats
        todo = nonempty[-1:]
    for i in todo:   # a shard written in part is redone whole
        remove_shard_parts(staging, i)
    tag = ray.remote(_tag_shard)
    result = stage.apply(from_arrow_refs([tag.remote(refs[i], i) for i in todo]), ctx)
    result.ds.write_datasink(SplitParquetSink(staging, out_schema, by_shard=True))
    return result
