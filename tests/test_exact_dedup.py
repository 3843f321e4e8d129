"""Exact dedup: groups that span shards meet in one reduce task; one representative each."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from dedup.exact import pick_representatives, add_hashes
from dedup.normalize import Normalization, normalize
from dedup.stage import DedupStage
from pipeline.cli import main
from pipeline.io import read_dir
from pipeline.manifest import read_manifest


def test_normalisation_options():
    t = pa.array(["Hello,   World!", "ＨＥＬＬＯ, world!", "hello world"])
    assert normalize(t, Normalization()).to_pylist() == ["hello, world!", "hello, world!", "hello world"]
    assert normalize(t, Normalization(punctuation=True)).to_pylist() == ["hello world"] * 3
    assert normalize(t, Normalization(lowercase=False, nfkc=False)).to_pylist()[1] == "ＨＥＬＬＯ, world!"


def test_groups_across_shards_and_keep_first(shards, tmp_path):
    rows = [
        {"id": "d3", "text": "The quick brown fox."},
        {"id": "d1", "text": "the  QUICK brown fox."},      # same after case/whitespace
        {"id": "d2", "text": "The quick brown fox.\n"},
        {"id": "u1", "text": "Something else entirely."},
        {"id": "e2", "text": "Café au lait"},
        {"id": "e1", "text": "Cafe\u0301 au lait"},            # NFKC-equal (combining accent)
    ]
    src = shards(rows, n=3)  # round-robin: the fox group spans all three shards
    out = tmp_path / "out"
    manifest = DedupStage(mode="exact").run(src, out)
    assert manifest["input_rows"] == 6 == manifest["kept_rows"] + manifest["rejected_rows"]
    kept = {r["id"]: r for r in read_dir(out / "kept").to_pylist()}
    rej = {r["id"]: r for r in read_dir(out / "rejected").to_pylist()}
    assert set(kept) == {"d1", "u1", "e1"}
    assert kept["d1"]["dup_group_size"] == 3 and kept["u1"]["dup_group_size"] == 1
    assert {k: (v["reject_reason"], v["duplicate_of"]) for k, v in rej.items()} == {
        "d2": ("exact_duplicate", "d1"), "d3": ("exact_duplicate", "d1"), "e2": ("exact_duplicate", "e1")}
    assert "reject_reason" not in read_dir(out / "kept").column_names


def test_keep_longest_and_score():
    table = pa.table({"id": ["a", "b", "c"], "text": ["dup text", "DUP TEXT", "dup   text"],
                      "quality": [0.1, 0.9, 0.5]})
    kept, rej = DedupStage(mode="exact", keep="longest")(table)
    assert kept["id"].to_pylist() == ["c"]          # most bytes
    kept, rej = DedupStage(mode="exact", keep="score", score_col="quality")(table)
    assert kept["id"].to_pylist() == ["b"]
    assert sorted(rej["duplicate_of"].to_pylist()) == ["b", "b"]


def test_reducer_directly_is_exact_on_hash_groups():
    table = pa.table({"id": ["x2", "x1", "y"], "text": ["A b", "a B", "c"]})
    out = pick_representatives(add_hashes(table, Normalization().model_dump()))
    reasons = dict(zip(out["id"].to_pylist(), out["reject_reason"].to_pylist()))
    assert reasons == {"x1": None, "x2": "exact_duplicate", "y": None}


def test_planted_sample_duplicates_and_determinism(tmp_path):
    from conftest import SAMPLE

    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}"
        assert main(["dedup", str(SAMPLE), str(out), "--mode", "exact"]) == 0
        outs.append(out)
    rej = read_dir(outs[0] / "rejected")
    ids = rej["id"].to_pylist()
    # every planted exact copy (dupx-*) is caught, and nothing that is not a copy
    assert sum(i.startswith("dupx-") for i in ids) == 120
    for r in rej.to_pylist():
        assert r["duplicate_of"] is not None
    # same input, same output: identical files, byte for byte in content
    for sub in ("kept", "rejected"):
        a = sorted((outs[0] / sub).glob("*.parquet"))
        b = sorted((outs[1] / sub).glob("*.parquet"))
        assert [p.name for p in a] == [p.name for p in b]
        for x, y in zip(a, b):
            assert pq.read_table(x).equals(pq.read_table(y))
    m = read_manifest(outs[0])
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 3799
