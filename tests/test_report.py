"""The run report: renders for a real `assay run`, every <img> points at an existing PNG."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import JobConfig
from pipeline.job import run_job
from pipeline.report import contamination_items, write_report
from scorers.embeddings import embedding_array


class Imgs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.srcs, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.srcs.append(dict(attrs)["src"])

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> Imgs:
    p = Imgs()
    p.feed(path.read_text())
    return p


def check_images(report: Path, expected: set[str]) -> Imgs:
    p = parse(report)
    names = {Path(s).name for s in p.srcs}
    assert expected <= names, f"missing plots: {expected - names}"
    for src in p.srcs:
        assert not Path(src).is_absolute()
        f = report.parent / src
        assert f.is_file() and f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return p


def make_input(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    n = 48
    X = np.concatenate([np.eye(8, dtype=np.float32)[c % 2] * 4 + rng.normal(0, .2, (1, 8)).astype(np.float32)
                        for c in range(n)])
    rows = {"id": [f"r{i:03d}" for i in range(n)],
            "text": [f"document {i // 3} about things" if i < 12 else f"document {i} about topic {i % 2}"
                     for i in range(n)],  # 4 groups of 3 exact copies
            "deg": [0.2 + (i % 2) + 0.01 * i for i in range(n)],
            "lm_loss": rng.normal(3, 0.5, n), "emb": embedding_array(X)}
    d = tmp_path / "in"
    d.mkdir()
    t = pa.table(rows)
    pq.write_table(t.slice(0, 24), d / "part-0.parquet")
    pq.write_table(t.slice(24), d / "part-1.parquet")
    return d


def test_report_for_dedup_and_select_run(tmp_path):
    job = JobConfig(name="tiny", input=str(make_input(tmp_path)), output=str(tmp_path / "run"), stages=[
        {"dedup": {"mode": "exact"}},
        {"select": {"budget": 10, "num_clusters": 2, "degradation_col": "deg", "embedding_col": "emb"}}])
    m = run_job(job)
    run = tmp_path / "run"
    assert m["input_rows"] == m["curated_rows"] + m["rejected_rows"] == 48
    assert m["curated_rows"] == 10
    report = Path(m["report"])
    assert report == run / "report.html"
    p = check_images(report, {"rows.png", "time.png", "hist_lm_loss.png", "hist_degradation.png",
                              "dup_sizes_01-dedup.png", "budgets_02-select.png"})
    text = " ".join(p.text)
    assert "exact_duplicate: 8" in text and "not_selected: 30" in text
    assert "48" in text and "10" in text
    # `assay report RUN_DIR` rewrites it (in-process CLI)
    from pipeline.cli import main

    report.unlink()
    assert main(["report", str(run)]) == 0
    check_images(report, {"rows.png", "budgets_02-select.png"})


def test_report_dedup_only_and_contamination(tmp_path):
    job = JobConfig(name="dd", input=str(make_input(tmp_path)), output=str(tmp_path / "run"),
                    stages=[{"dedup": {"mode": "exact"}}])
    m = run_job(job)
    run = tmp_path / "run"
    check_images(Path(m["report"]), {"rows.png", "time.png", "dup_sizes_01-dedup.png", "hist_lm_loss.png"})
    assert not (run / "report" / "budgets_02-select.png").exists()
    # a decontam stage's contamination.json becomes a plot
    man = json.loads((run / "manifest.json").read_text())
    (run / "02-decontam").mkdir()
    (run / "02-decontam" / "contamination.json").write_text(json.dumps(
        {"params": {}, "benchmarks": {"humaneval": {"items": 164, "contaminated_items": 2, "documents": 4, "hits": {
            "HumanEval/0": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "HumanEval/7": [{"id": "d"}]}}}}))
    man["stages"].append({"stage": "decontam", "dir": "02-decontam", "input_rows": 40, "kept_rows": 36,
                          "rejected_rows": 4, "reject_reasons": {"contaminated": 4}, "seconds": 1.0})
    (run / "manifest.json").write_text(json.dumps(man))
    check_images(write_report(run), {"contamination_02-decontam.png"})


def test_contamination_formats():
    want = {("he", "a", 2), ("he", "b", 1)}
    assert set(contamination_items({"he": {"a": 2, "b": 1, "c": 0}})) == want
    assert set(contamination_items({"benchmarks": {"he": {"items": 9, "hits": {"a": [{}, {}], "b": [{}]}}}})) == want
    assert set(contamination_items({"he": [{"task_id": "a", "hits": 2}, {"item": "b", "docs": ["x"]}]})) == want
    assert set(contamination_items([{"benchmark": "he", "item_id": "a", "count": 2},
                                    {"benchmark": "he", "item_id": "b", "count": 1}])) == want
    assert contamination_items({"unrelated": 3}) == []


def test_report_bad_run_dir(tmp_path):
    from pipeline.errors import AssayError

    with pytest.raises(AssayError, match="manifest.json"):
        write_report(tmp_path)
