"""`assay decontam` end to end on Ray: CLI, Python API, rephrase detection, report file."""
from __future__ import annotations

import gzip
import json

import pyarrow.compute as pc
import pytest

from contamination.benchmarks import humaneval_path
from contamination.stage import DecontamStage
from pipeline.cli import main
from pipeline.io import read_dir
from tests.conftest import SAMPLE

# HumanEval/0 rewritten by hand: new names, reworded docstring, other example values
REPHRASED = '''from typing import List


def any_pair_too_near(values: List[float], limit: float) -> bool:
    """Determine whether the provided sequence holds two values that are nearer to one another
    than the given limit.
    >>> any_pair_too_near([1.5, 2.5, 3.5], 0.25)
    False
    >>> any_pair_too_near([1.0, 2.9, 3.0, 4.0, 5.0, 2.0], 0.3)
    True
    """
    for a, first in enumerate(values):
        for b, second in enumerate(values):
            if a != b:
                gap = abs(first - second)
                if gap < limit:
                    return True
    return False
'''
# looks like a HumanEval problem, is not one
LOOK_ALIKE = '''from typing import List


def running_maximum(values: List[int]) -> List[int]:
    """ Return a list whose i-th element is the largest of values[0..i].
    >>> running_maximum([3, 1, 4, 1, 5])
    [3, 3, 4, 4, 5]
    """
    out, best = [], None
    for v in values:
        best = v if best is None or v > best else best
        out.append(best)
    return out
'''


@pytest.fixture(scope="module")
def small_benchmark(tmp_path_factory):
    """The first 8 HumanEval items as a JSONL benchmark file."""
    with gzip.open(humaneval_path(), "rt") as f:
        items = [json.loads(line) for _, line in zip(range(8), f)]
    path = tmp_path_factory.mktemp("bench") / "he8.jsonl"
    path.write_text("\n".join(json.dumps(it) for it in items))
    return path, items


def test_cli_ngram_catches_planted_leaks(tmp_path):
    out = tmp_path / "out"
    assert main(["decontam", str(SAMPLE), str(out), "--benchmark", "humaneval", "--method", "ngram"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    kept, rejected = read_dir(out / "kept"), read_dir(out / "rejected")
    assert manifest["input_rows"] == kept.num_rows + rejected.num_rows == 3799
    ids = sorted(rejected["id"].to_pylist())
    planted = sorted(i for i in read_dir(SAMPLE)["id"].to_pylist() if i.startswith("leak-"))
    assert ids == planted and len(ids) == 12
    assert set(rejected["reject_reason"].to_pylist()) == {"contamination"}
    assert set(rejected["contam_method"].to_pylist()) == {"ngram"}
    assert pc.min(rejected["contam_ngram_frac"]).as_py() >= 0.3
    assert all(i.startswith("HumanEval/") for i in rejected["contam_item"].to_pylist())
    # evidence columns on every row; kept rows have little overlap
    assert pc.max(kept["contam_ngram_span"]).as_py() < 16
    report = json.loads((out / "contamination.json").read_text())
    he = report["benchmarks"]["humaneval"]
    assert he["items"] == 164 and he["documents"] == 12
    hit_docs = sorted(d["id"] for docs in he["hits"].values() for d in docs)
    assert hit_docs == planted
    by_doc = dict(zip(rejected["id"].to_pylist(), rejected["contam_item"].to_pylist()))
    assert all(by_doc[d["id"]] == item for item, docs in he["hits"].items() for d in docs)
    assert he["contaminated_items"] == len(set(by_doc.values()))


def test_python_api_rephrase_and_ngram(small_benchmark, shards, tmp_path):
    path, items = small_benchmark
    exact = items[3]["prompt"] + items[3]["canonical_solution"]
    partial = "Homework notes.\n\n" + items[5]["prompt"]
    rows = [{"id": "exact", "text": exact}, {"id": "partial", "text": partial},
            {"id": "rephrased", "text": REPHRASED}, {"id": "lookalike", "text": LOOK_ALIKE},
            {"id": "prose", "text": "A fast text editor with syntax highlighting for many languages."}]
    stage = DecontamStage(benchmark=[f"he8={path}"], benchmark_text_field="prompt,canonical_solution",
                          method="ngram,rephrase", batch_size=8)
    out = tmp_path / "out"
    manifest = stage.run(shards(rows), out)
    rejected = read_dir(out / "rejected")
    got = {r["id"]: r for r in rejected.to_pylist()}
    assert sorted(got) == ["exact", "partial", "rephrased"]
    assert got["exact"]["contam_method"] == "ngram" and got["exact"]["contam_item"] == items[3]["task_id"]
    assert got["partial"]["contam_method"] == "ngram" and got["partial"]["contam_item"] == items[5]["task_id"]
    assert got["rephrased"]["contam_method"] == "rephrase" and got["rephrased"]["contam_item"] == "HumanEval/0"
    assert got["rephrased"]["contam_score"] >= 0.5 and got["rephrased"]["contam_benchmark"] == "he8"
    kept = read_dir(out / "kept")
    assert sorted(kept["id"].to_pylist()) == ["lookalike", "prose"]
    assert manifest["input_rows"] == manifest["kept_rows"] + manifest["rejected_rows"]
    report = json.loads((out / "contamination.json").read_text())["benchmarks"]["he8"]
    assert report["contaminated_items"] == 3 and report["items"] == 8
    assert report["hits"]["HumanEval/0"][0]["method"] == "rephrase"


def test_bad_params_are_one_line_errors(tmp_path, capsys):
    assert main(["decontam", str(SAMPLE), str(tmp_path / "o"), "--benchmark", "humaneval",
                 "--method", "magic"]) == 2
    assert "method" in capsys.readouterr().err
    assert main(["decontam", str(SAMPLE), str(tmp_path / "o"), "--benchmark", str(tmp_path / "none.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err
