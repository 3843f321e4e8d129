"""label-errors: planted flips are found, pred_probs path (in memory and batched), edge cases, CLI."""
from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pytest

from conftest import topic_rows
from pipeline.errors import AssayError
from scorers.label_errors import LabelErrorsStage


def corpus(per_class: int = 30, seed: int = 0) -> list[dict]:
    return topic_rows(per_class, 8, 4, seed)


FLIPS = {"games-003": "math", "math-005": "sound", "sound-010": "games"}


def planted(rows):
    """Flip three clear rows to another class: the known label errors."""
    rows = [dict(r, label=FLIPS.get(r["id"], r["label"])) for r in rows]
    return rows, set(FLIPS)


def by_id(table: pa.Table, col: str) -> dict:
    return dict(zip(table["id"].to_pylist(), table[col].to_pylist()))


def test_planted_flips_found_edge_rows_and_determinism(tmp_path):
    rows, flipped = planted(corpus(40))
    rows.append({"id": "nolabel", "text": "dragon castle sword", "label": None})
    rows.append({"id": "odd", "text": "dragon quest castle", "label": "sciense"})   # a class of one
    t = pa.Table.from_pylist(rows)
    m = LabelErrorsStage(apply=True, folds=3).run(t, tmp_path / "a", seed=3)
    from pipeline.io import read_dir

    kept, rej = read_dir(tmp_path / "a" / "kept"), read_dir(tmp_path / "a" / "rejected")
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == len(rows)
    assert m["stats"]["rare_classes"] == ["sciense"]
    assert set(rej["reject_reason"].to_pylist()) == {"label_error"}
    assert 1 <= rej.num_rows and set(rej["id"].to_pylist()) <= flipped      # only true flips are rejected
    allrows = pa.concat_tables([kept, rej.select(kept.column_names)])
    q = {k: v for k, v in by_id(allrows, "label_quality").items() if v is not None}
    assert set(sorted(q, key=q.get)[:3]) == flipped                         # flips rank lowest
    assert {by_id(allrows, "suggested_label")[i] for i in flipped} == {"games", "math", "sound"}
    assert by_id(allrows, "suggested_label")["games-003"] == "games"
    for rid in ("nolabel", "odd"):                                          # passed through, kept
        assert rid in kept["id"].to_pylist()
        assert by_id(kept, "label_issue")[rid] is None and by_id(kept, "label_quality")[rid] is None
    # same seed, same scores (annotate-only this time: nothing rejected)
    kept2, rej2 = LabelErrorsStage(folds=3)(t, seed=3)
    assert rej2.num_rows == 0
    q2 = by_id(kept2, "label_quality")
    assert all(q2[i] == v for i, v in q.items())
    assert {i for i, f in by_id(kept2, "label_issue").items() if f} == set(rej["id"].to_pylist())


def _probs_rows(n_per=40, seed=1):
    """Rows with given out-of-sample probabilities; 3 planted rows contradict their label."""
    rng = np.random.default_rng(seed)
    classes = ["a", "b", "c"]
    rows = []
    for k, c in enumerate(classes):
        for i in range(n_per):
            p = rng.dirichlet([1, 1, 1]) * 0.3
            p[k] += 0.7
            rows.append({"id": f"{c}{i:03d}", "text": f"doc {c} {i}", "label": c, "pred_probs": p.tolist()})
    bad = ["a005", "b007", "c011"]
    for r in rows:
        if r["id"] in bad:                       # the model is sure of the original class
            r["pred_probs"] = [0.96 if c == r["label"] else 0.02 for c in classes]
            r["label"] = {"a": "b", "b": "c", "c": "a"}[r["label"]]
    return rows, set(bad)


def test_pred_probs_in_memory_and_batched_agree():
    rows, bad = _probs_rows()
    t = pa.Table.from_pylist(rows)
    kept, _ = LabelErrorsStage()(t)
    flagged = {i for i, f in by_id(kept, "label_issue").items() if f}
    assert flagged == bad
    kept_b, rej_b = LabelErrorsStage(batched_above=1, apply=True)(t)
    assert set(rej_b["id"].to_pylist()) == bad
    q_mem, q_bat = by_id(kept, "label_quality"), by_id(pa.concat_tables([kept_b, rej_b.select(kept_b.column_names)]), "label_quality")
    assert all(abs(q_mem[i] - q_bat[i]) < 1e-9 for i in q_mem)


def test_pred_probs_bad_inputs():
    rows, _ = _probs_rows(10)
    rows[0]["label"] = "zzz"                      # a label the probabilities know nothing of
    with pytest.raises(AssayError, match="label 'zzz' is not among"):
        LabelErrorsStage(classes=["a", "b", "c"])(pa.Table.from_pylist(rows))
    rows, _ = _probs_rows(10)
    rows = [r for r in rows if r["label"] != "c"]  # classes inferred as a, b; rows hold 3 values
    with pytest.raises(AssayError, match="3 probabilities per row but there are 2 classes"):
        LabelErrorsStage()(pa.Table.from_pylist(rows))


def test_cli_apply_and_missing_label_column(shards, tmp_path, capsys):
    from pipeline.cli import main

    rows, flipped = planted(corpus())
    src = shards(rows, n=2)
    out = tmp_path / "cli"
    assert main(["label-errors", str(src), str(out), "--apply", "--folds", "3", "--filter-by",
                 "predicted_neq_given", "--agree", "prune_by_class"]) == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == len(rows)
    assert 1 <= m["reject_reasons"].get("label_error", 0) <= len(flipped)
    nolabel = shards([{k: v for k, v in r.items() if k != "label"} for r in rows], name="nolabel")
    capsys.readouterr()
    assert main(["label-errors", str(nolabel), str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no label column" in err
