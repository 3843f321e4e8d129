"""Run one stage (or a job of stages) on Ray and write kept/, rejected/, manifest.json.

Outputs are built in a hidden staging directory and renamed into place only when the
stage has finished, so an existing OUTPUT/manifest.json means a finished stage; a killed
stage leaves only a staging directory, which the next run removes and redoes.
"""
from __future__ import annotations

import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import ray

from . import __version__
from .errors import AssayError
from .ingest import ingest
from .manifest import fingerprint, params_hash, read_manifest, write_manifest
from .ray_env import cluster_cpus, cluster_gpus, ensure_ray
from .schema import LABEL, REJECT_REASON, ColumnMap, merge_schemas, normalise_types
from .sink import SplitParquetSink, ensure_nonempty_dirs, merge_counts, write_split
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
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)

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
        result = stage.apply(from_arrow_refs(data.valid_refs), ctx)
        stats = dict(result.stats or {})
        sink = SplitParquetSink(staging, out_schema)
        result.ds.write_datasink(sink)
        counts = sink.result
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
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(out)
    log(f"[{stage.name}] {data.input_rows} in -> {counts['kept']} kept, {counts['rejected']} rejected "
        f"{dict(counts['reasons'])} in {manifest['seconds']:.1f}s -> {out}")
    return manifest
