"""`assay run`: stages chained through kept/, curated output, run manifest, resume."""
from __future__ import annotations

import json
import shutil

import yaml

from pipeline.cli import main
from pipeline.io import read_dir
from pipeline.job import run_job
from pipeline.manifest import read_manifest


def _job(tmp_path, src, stages, name="job.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"name": "t", "input": str(src), "seed": 1, "report": False, "stages": stages}))
    return path


ROWS = [{"id": f"r{i}", "text": t} for i, t in enumerate(
    ["alpha beta", "Alpha  beta", "alpha, beta!", "gamma delta", "gamma delta", "epsilon"])]


def test_run_chains_stages_and_proves_accounting(shards, tmp_path, capsys):
    src = shards(ROWS, n=2)
    job = _job(tmp_path, src, [{"dedup": {"mode": "exact"}},
                               {"stage": "dedup", "name": "dedup-punct", "params": {"mode": "exact", "punctuation": True}}])
    out = tmp_path / "run"
    assert main(["run", str(job), "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"curated: {out}/curated" in printed
    m = json.loads((out / "manifest.json").read_text())
    assert [s["dir"] for s in m["stages"]] == ["01-dedup", "02-dedup-punct"]
    assert m["stages"][0]["kept_rows"] == 4 and m["stages"][1]["input_rows"] == 4
    assert m["input_rows"] == 6 == m["curated_rows"] + m["rejected_rows"]
    curated = read_dir(out / "curated")
    assert sorted(curated["id"].to_pylist()) == ["r0", "r3", "r5"]
    # the second stage read the first stage's kept/
    assert read_manifest(out / "02-dedup-punct")["input"] == str(out / "01-dedup" / "kept")


def test_resume_skips_finished_and_redoes_unfinished(shards, tmp_path):
    src = shards(ROWS, n=2)
    stages = [{"dedup": {"mode": "exact"}}, {"dedup": {"mode": "exact", "punctuation": True}}]
    job = _job(tmp_path, src, stages)
    out = tmp_path / "run"
    logs: list[str] = []
    run_job(job, out, log=logs.append)
    first = [read_manifest(out / d)["finished_at"] for d in ("01-dedup", "02-dedup")]

    logs.clear()
    run_job(job, out, log=logs.append)
    assert sum("skipping" in l for l in logs) == 2

    # simulate a run killed inside stage 2: its output is gone, a half-written staging dir remains
    shutil.rmtree(out / "02-dedup")
    staging = out / ".02-dedup.staging"
    (staging / "kept").mkdir(parents=True)
    (staging / "kept" / "part-00000.parquet").write_bytes(b"half written")
    logs.clear()
    m = run_job(job, out, log=logs.append)
    assert any("01-dedup" in l and "skipping" in l for l in logs)
    assert not any("02-dedup" in l and "skipping" in l for l in logs)
    assert not staging.exists()
    assert m["curated_rows"] == 3
    assert read_manifest(out / "01-dedup")["finished_at"] == first[0]

    # changed parameters are not "finished": the stage is redone
    job2 = _job(tmp_path, src, [stages[0], {"dedup": {"mode": "exact", "punctuation": False}}], "job2.yaml")
    logs.clear()
    m = run_job(job2, out, log=logs.append)
    assert sum("skipping" in l for l in logs) == 1
    assert m["curated_rows"] == 4


def test_bad_job_files_are_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("input: x\nstages:\n  - nosuchstage: {}\n")
    assert main(["run", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "unknown stage 'nosuchstage'" in err and "Traceback" not in err
    bad.write_text("input: x\nstages:\n  - dedup: {mode: exact, bogus: 1}\n")
    assert main(["run", str(bad)]) == 2
    assert "bogus" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "missing.yaml")]) == 2


def test_python_api_on_a_table():
    import pyarrow as pa

    from pipeline.stage import make_stage

    kept, rejected = make_stage("dedup", {"mode": "exact"})(pa.table({"id": ["a", "b"], "text": ["x", "X"]}))
    assert kept["id"].to_pylist() == ["a"] and rejected["reject_reason"].to_pylist() == ["exact_duplicate"]


def test_every_stage_has_help(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("run", "dedup", "report", "stages"):
        assert name in out
    assert main(["dedup", "--help"]) == 0
    out = capsys.readouterr().out
    for opt in ("--mode", "--keep", "--threshold", "--id-col", "--seed", "--force"):
        assert opt in out
