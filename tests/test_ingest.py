"""Bad input never gives a traceback or a silent loss: a one-line error or a quarantined row."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.io import read_dir
from pipeline.manifest import read_manifest


def _run(args, capsys):
    code = main(args)
    err = capsys.readouterr().err
    return code, err


def _reasons(out):
    rej = read_dir(out / "rejected")
    return dict(zip(rej["id"].to_pylist(), rej["reject_reason"].to_pylist()))


def test_missing_text_column_is_one_line(shards, tmp_path, capsys):
    src = shards([{"id": "a", "body": "hello"}])
    code, err = _run(["dedup", str(src), str(tmp_path / "out")], capsys)
    assert code == 2
    lines = [l for l in err.strip().splitlines() if l.startswith("assay:")]
    assert len(lines) == 1 and "no column 'text'" in lines[0] and "part-00000.parquet" in lines[0]
    assert "--text-col" in lines[0]
    assert "Traceback" not in err
    # renaming the column makes it work
    assert main(["dedup", str(src), str(tmp_path / "out"), "--text-col", "body"]) == 0
    assert read_dir(tmp_path / "out" / "kept")["text"].to_pylist() == ["hello"]


def test_bad_rows_are_quarantined_with_reasons(shards, tmp_path):
    big = "x" * (2 * 1024 * 1024)
    rows = [
        {"id": "ok1", "text": "a fine document"},
        {"id": "null", "text": None},
        {"id": "empty", "text": "   \n\t "},
        {"id": "big", "text": big},
        {"id": None, "text": "no id"},
        {"id": "ok2", "text": "another fine document"},
    ]
    src = shards(rows, n=2)
    out = tmp_path / "out"
    assert main(["dedup", str(src), str(out), "--max-doc-bytes", str(1024 * 1024)]) == 0
    reasons = _reasons(out)
    assert reasons == {"null": "null_text", "empty": "empty_text", "big": "text_too_large", None: "null_id"}
    assert sorted(read_dir(out / "kept")["id"].to_pylist()) == ["ok1", "ok2"]
    m = read_manifest(out)
    assert m["input_rows"] == 6 == m["kept_rows"] + m["rejected_rows"]
    assert m["reject_reasons"]["empty_text"] == 1


def test_invalid_utf8_bytes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    table = pa.table({"id": ["good", "bad"], "text": pa.array([b"caf\xc3\xa9 ok", b"bad \xff\xfe bytes"], pa.binary())})
    pq.write_table(table, src / "part-0.parquet")
    out = tmp_path / "out"
    assert main(["dedup", str(src), str(out)]) == 0
    assert _reasons(out) == {"bad": "invalid_utf8"}
    kept = read_dir(out / "kept")
    assert kept["text"].to_pylist() == ["café ok"]
    rej = read_dir(out / "rejected")
    assert "\ufffd" in rej["text"][0].as_py()  # kept visibly, with replacement characters


def test_duplicate_ids_across_shards(shards, tmp_path):
    rows = [{"id": "same", "text": "first copy, shard 0"}, {"id": "same", "text": "second copy, shard 1"},
            {"id": "other", "text": "unrelated"}]
    src = shards(rows, n=2)
    out = tmp_path / "out"
    assert main(["dedup", str(src), str(out)]) == 0
    assert _reasons(out) == {"same": "duplicate_id"}
    kept = read_dir(out / "kept")
    assert sorted(kept["text"].to_pylist()) == ["first copy, shard 0", "unrelated"]


def test_corrupt_shard_among_good_ones(shards, tmp_path, capsys):
    src = shards([{"id": str(i), "text": f"doc {i}"} for i in range(6)], n=3)
    (src / "part-00001.parquet").write_bytes(b"PAR1 this is not really parquet")
    code, err = _run(["dedup", str(src), str(tmp_path / "out")], capsys)
    assert code == 2
    msg = [l for l in err.splitlines() if l.startswith("assay: error")]
    assert len(msg) == 1 and "part-00001.parquet" in msg[0] and "cannot read as Parquet" in msg[0]
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "manifest.json").exists()


def test_empty_inputs(tmp_path, capsys):
    (tmp_path / "nothing").mkdir()
    code, err = _run(["dedup", str(tmp_path / "nothing"), str(tmp_path / "o1")], capsys)
    assert code == 2 and "no Parquet shards found" in err
    code, err = _run(["dedup", str(tmp_path / "missing"), str(tmp_path / "o1")], capsys)
    assert code == 2 and "no such file" in err
    # a shard with zero rows is valid input: empty outputs, a manifest that adds up
    src = tmp_path / "zero"
    src.mkdir()
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}), src / "p.parquet")
    assert main(["dedup", str(src), str(tmp_path / "o2")]) == 0
    m = read_manifest(tmp_path / "o2")
    assert (m["input_rows"], m["kept_rows"], m["rejected_rows"]) == (0, 0, 0)
    assert read_dir(tmp_path / "o2" / "kept").num_rows == 0


def test_fifty_megabyte_document(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    huge = ("lorem ipsum dolor sit amet " * 2_000_000)[: 50 * 1024 * 1024]
    pq.write_table(pa.table({"id": ["huge", "small"], "text": [huge, "a small one"]}), src / "p.parquet")
    out = tmp_path / "out"
    assert main(["dedup", str(src), str(out)]) == 0
    assert _reasons(out) == {"huge": "text_too_large"}
    rej = read_dir(out / "rejected")
    assert len(rej["text"][0].as_py()) == len(huge)  # nothing truncated or lost


def test_non_string_ids_and_renamed_columns(shards, tmp_path):
    rows = [{"doc_id": i, "content": f"text number {i}", "lbl": "x"} for i in range(5)]
    src = shards(rows)
    out = tmp_path / "out"
    assert main(["dedup", str(src), str(out), "--id-col", "doc_id", "--text-col", "content",
                 "--label-col", "lbl"]) == 0
    kept = read_dir(out / "kept")
    assert set(kept.column_names) >= {"id", "text", "label"}
    assert sorted(kept["id"].to_pylist()) == [str(i) for i in range(5)]


@pytest.mark.parametrize("bad", ["--mode nope", "--threshold 2"])
def test_bad_parameters_are_one_line(shards, tmp_path, capsys, bad):
    src = shards([{"id": "a", "text": "t"}])
    code, err = _run(["dedup", str(src), str(tmp_path / "o"), *bad.split()], capsys)
    assert code == 2
    assert "Traceback" not in err
