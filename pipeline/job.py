"""`assay run JOB.yaml`: stages in order, each reading the previous stage's kept/.

DIR/01-<stage>/ ... DIR/NN-<stage>/, DIR/curated/part-*.parquet (the final kept rows),
DIR/manifest.json (proves input = curated + every stage's rejected) and DIR/report.html.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from .config import JobConfig, load_job
from .errors import AssayError
from .io import discover
from .manifest import write_manifest
from .ray_env import ensure_ray
from .runner import run_stage
from .stage import make_stage


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_job(job: JobConfig | str | Path, output: str | Path | None = None, *, resume: bool = True,
            address: str | None = None, log=_log) -> dict:
    if not isinstance(job, JobConfig):
        job = load_job(job)
    out = Path(output or job.output or f"runs/{job.name}")
    out.mkdir(parents=True, exist_ok=True)
    ensure_ray(address or job.ray.address, job.ray.num_cpus)
    stages = [make_stage(spec.stage, spec.params) for spec in job.stages]  # fail fast on bad params
    t0 = time.time()
    current: str = job.input
    summary = []
    for i, (spec, stage) in enumerate(zip(job.stages, stages), 1):
        stage_dir = out / f"{i:02d}-{spec.name or spec.stage}"
        m = run_stage(stage, current, stage_dir, columns=job.columns.to_map(), seed=job.seed,
                      max_doc_bytes=job.max_doc_bytes, resume=resume, log=log, num_gpus=spec.num_gpus)
        summary.append({"stage": stage.name, "dir": stage_dir.name, "input_rows": m["input_rows"],
                        "kept_rows": m["kept_rows"], "rejected_rows": m["rejected_rows"],
                        "reject_reasons": m["reject_reasons"], "seconds": m["seconds"]})
        current = str(stage_dir / "kept")

    curated = out / "curated"
    staging = out / ".curated.staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for f in discover(current):
        shutil.copy2(f, staging / f.name)
    shutil.rmtree(curated, ignore_errors=True)
    staging.rename(curated)

    input_rows = summary[0]["input_rows"]
    curated_rows = summary[-1]["kept_rows"]
    rejected = sum(s["rejected_rows"] for s in summary)
    if input_rows != curated_rows + rejected:
        raise AssayError(f"run accounting broke: {input_rows} in, {curated_rows} curated + {rejected} rejected")
    manifest = {
        "job": job.name, "input": job.input, "output": str(out), "seed": job.seed,
        "input_rows": input_rows, "curated_rows": curated_rows, "rejected_rows": rejected,
        "stages": summary, "seconds": round(time.time() - t0, 3),
        "job_config": job.model_dump(mode="json"),
    }
    write_manifest(manifest, out)
    if job.report:
        try:
            from .report import write_report
        except ImportError:
            write_report = None
        if write_report is not None:
            manifest["report"] = str(write_report(out))
    log(f"[run] {input_rows} rows in -> {curated_rows} curated, {rejected} rejected; "
        f"curated data: {curated}/part-*.parquet; manifest: {out / 'manifest.json'}"
        + (f"; report: {manifest['report']}" if manifest.get("report") else ""))
    return manifest

