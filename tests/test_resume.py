"""Per-shard resume of row-local stages: a killed run keeps the shards it finished."""
from __future__ import annotations

import pyarrow.parquet as pq

from pipeline.io import read_dir
from pipeline.manifest import read_manifest
from pipeline.runner import RESUME_STATE
from scorers.prox_stage import ProxStage

DOC = "Widgets\nSkip to content\nWidgets are small tools.\nThey help.\nCopyright 2024 All rights reserved"


def _rows(n=40):
    rows = [{"id": f"r{i:03d}", "text": f"{DOC}\nrow {i} " + "word " * (i % 7)} for i in range(n)]
    rows[5]["text"] = ""                       # quarantined: empty_text
    rows[9]["text"] = rows[10]["text"] = "Log in\nHome | About"   # dropped by the rules
    return rows


def _parts(out, shard):
    return sorted(p for sub in ("kept", "rejected") for p in (out / sub).glob(f"part-s{shard:05d}-*.parquet"))


def _by_id(table):
    return {r["id"]: r for r in table.to_pylist()}


def _as_killed(out, manifest):
    """Turn a finished OUTPUT back into the staging directory of a run killed before its
    manifest (what a real kill leaves); returns that directory."""
    staging = out.parent / f".{out.name}.staging"
    out.rename(staging)
    (staging / "manifest.json").unlink()
    (staging / RESUME_STATE).write_text('{"params_hash": "%s"}' % manifest["params_hash"])
    return staging


def test_killed_row_local_stage_resumes_from_finished_shards(shards, tmp_path):
    inp = shards(_rows(), n=4)
    ref = tmp_path / "ref"
    ProxStage().run(inp, ref, resume=False)
    want = _by_id(read_dir(ref / "kept")), _by_id(read_dir(ref / "rejected"))

    out = tmp_path / "out"
    man0 = ProxStage().run(inp, out)
    assert all(_parts(out, s) for s in range(4))          # each shard has parts of its own
    assert not (out / RESUME_STATE).exists()
    # a run killed while shard 2 was being written: no manifest, shard 2's parts gone
    staging = _as_killed(out, man0)
    for p in _parts(staging, 2):
        p.unlink()
    before = {p.name: p.stat().st_mtime_ns for s in (0, 1, 3) for p in _parts(staging, s)}

    logs = []
    man = ProxStage().run(inp, out, log=logs.append)
    assert any("resuming: 3 of 4 shard(s) already written" in m for m in logs), logs
    after = {p.name: p.stat().st_mtime_ns for s in (0, 1, 3) for p in _parts(out, s)}
    assert after == before                                 # finished shards were not rewritten
    assert _parts(out, 2)                                  # the lost shard was redone
    assert man["input_rows"] == man["kept_rows"] + man["rejected_rows"] == 40
    assert man["reject_reasons"] == read_manifest(ref)["reject_reasons"]
    assert (_by_id(read_dir(out / "kept")), _by_id(read_dir(out / "rejected"))) == want


def test_partly_written_shard_is_redone_and_changed_params_start_over(shards, tmp_path):
    inp = shards(_rows(), n=3)
    out = tmp_path / "out"
    man = ProxStage().run(inp, out)
    staging = _as_killed(out, man)
    # shard 1 half written: keep its kept part, drop its rejected part -> row count short
    for p in _parts(staging, 1):
        if p.parent.name == "rejected":
            p.unlink()
    partial = [p for p in _parts(staging, 1)]
    logs = []
    man2 = ProxStage().run(inp, out, log=logs.append)
    assert any("resuming: 2 of 3" in m for m in logs), logs
    assert man2["kept_rows"] + man2["rejected_rows"] == 40 and man2["reject_reasons"] == man["reject_reasons"]
    ids = read_dir(out / "kept")["id"].to_pylist() + read_dir(out / "rejected")["id"].to_pylist()
    assert sorted(ids) == sorted(r["id"] for r in _rows())  # nothing lost, nothing twice
    assert all(pq.read_metadata(p).num_rows for p in _parts(out, 1)) and partial

    # other parameters: nothing of the old staging is reused
    _as_killed(out, man)
    logs = []
    man3 = ProxStage(min_chars=5).run(inp, out, log=logs.append)
    assert not any("resuming" in m for m in logs)
    assert man3["kept_rows"] + man3["rejected_rows"] == 40
