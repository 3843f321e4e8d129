"""prune: EL2N/GraNd on cases with a known answer, exact keep fractions, policies, CLI."""
from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pytest

from conftest import topic_rows
from scorers.prune import PruneStage, choose_keep


def rows_with_memorised_and_flip(per_class=30, copies=25, seed=0):
    rows = topic_rows(per_class, 4, 6, seed)
    easy = "dragon quest puzzle level player arcade sword castle"
    rows += [{"id": f"easy-{i:03d}", "text": easy, "label": "games"} for i in range(copies)]
    rows.append({"id": "flip", "text": "algebra matrix theorem integral equation", "label": "sound"})
    return rows


def by_id(table, col):
    return dict(zip(table["id"].to_pylist(), table[col].to_pylist()))


def test_scores_known_answers_null_labels_and_determinism():
    rows = rows_with_memorised_and_flip()
    rows.append({"id": "nolabel", "text": "dragon castle", "label": None})
    t = pa.Table.from_pylist(rows)
    kept, rej = PruneStage(keep_fraction=0.5, seeds=3)(t, seed=1)
    allrows = pa.concat_tables([kept, rej.select(kept.column_names)])
    el2n, grand = by_id(allrows, "el2n"), by_id(allrows, "grand")
    others = [v for k, v in el2n.items() if not k.startswith("easy-") and v is not None]
    easy = [v for k, v in el2n.items() if k.startswith("easy-")]
    assert max(easy) < np.percentile(others, 10)          # memorised duplicate: easy
    assert el2n["flip"] == max(others)                     # mislabelled: hardest
    assert all(0 <= v <= np.sqrt(2) for v in others)       # EL2N range
    assert all(grand[k] >= el2n[k] for k in el2n if el2n[k] is not None)   # ||[h,1]|| >= 1
    # null label: kept, unscored, not counted in the fraction
    assert el2n["nolabel"] is None and "nolabel" in kept["id"].to_pylist()
    labelled = len(rows) - 1
    assert rej.num_rows == labelled - round(0.5 * labelled)
    assert set(rej["reject_reason"].to_pylist()) == {"pruned"}
    assert sum(i.startswith("easy-") for i in rej["id"].to_pylist()) == 25   # default (offset 0.02) drops them all
    assert "flip" in rej["id"].to_pylist()                 # ... and skips the hardest 2% (the flip) as noise
    kept2, _ = PruneStage(keep_fraction=0.5, seeds=3)(t, seed=1)
    assert by_id(kept2, "el2n") == by_id(kept, "el2n")


@pytest.mark.parametrize("policy", ["drop-easy", "drop-hard", "offset"])
@pytest.mark.parametrize("balanced", [False, True])
def test_choose_keep_exact_fraction_and_policy(policy, balanced):
    rng = np.random.default_rng(0)
    n = 203
    score = rng.random(n)
    y = rng.integers(0, 4, n)
    for f in (0.1, 0.3, 0.5, 0.77, 1.0):
        keep = choose_keep(score, y, f, policy, 0.2, balanced)
        assert keep.sum() == round(f * n)
    keep = choose_keep(score, y, 0.5, policy, 0.2, balanced)
    if balanced:                                           # per class proportional quotas
        for c in range(4):
            assert abs(keep[y == c].sum() - 0.5 * (y == c).sum()) <= 1
    if not balanced:
        order = np.argsort(-score)                         # hardest first
        expect = {"drop-easy": order[:102], "drop-hard": order[-102:],
                  "offset": order[41:143]}[policy]
        assert set(np.flatnonzero(keep)) == set(expect.tolist())


def test_default_policy_is_small_offset_and_drop_easy_is_offset_zero():
    from scorers.prune import PruneParams

    p = PruneParams()
    assert (p.policy, p.offset, p.class_balanced) == ("offset", 0.02, False)   # picked on validation (bench_prune)
    rng = np.random.default_rng(1)
    score, y = rng.random(500), rng.integers(0, 3, 500)
    np.testing.assert_array_equal(choose_keep(score, y, 0.5), choose_keep(score, y, 0.5, "offset", 0.02))
    np.testing.assert_array_equal(choose_keep(score, y, 0.5, "drop-easy"), choose_keep(score, y, 0.5, "offset", 0.0))
    order = np.argsort(-score)
    assert set(np.flatnonzero(choose_keep(score, y, 0.5))) == set(order[10:260].tolist())


def test_grand_closed_form_matches_torch_func():
    from scorers import proxy

    rows = rows_with_memorised_and_flip(10, 3)
    X = proxy.compact(proxy.Featurizer().transform([r["text"] for r in rows]))
    y, classes, _ = proxy.encode_labels([r["label"] for r in rows])
    for hidden in (0, 8):
        head = proxy.train_head(X, y, len(classes), proxy.HeadConfig(hidden=hidden, min_steps=20), seed=0)
        P, hsq = proxy.predict(head, X, with_hidden=True)
        _, g_last = proxy.el2n_grand(P, y, hsq)
        g_full = proxy.grand_full(head, X, y)
        if hidden == 0:                                    # the last layer is the whole model
            np.testing.assert_allclose(g_full, g_last, rtol=1e-4)
        else:                                              # more parameters, larger norm
            assert (g_full >= g_last * (1 - 1e-5)).all() and (g_full > g_last).any()


def test_cli_prune_and_missing_label_column(shards, tmp_path, capsys):
    from pipeline.cli import main

    rows = rows_with_memorised_and_flip()
    src = shards(rows, n=2)
    out = tmp_path / "cli"
    assert main(["prune", str(src), str(out), "--score", "grand", "--keep-fraction", "0.3", "--seeds", "2",
                 "--class-balanced", "--policy", "offset", "--offset", "0.05"]) == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == len(rows)
    assert m["kept_rows"] == round(0.3 * len(rows))
    assert m["reject_reasons"] == {"pruned": len(rows) - round(0.3 * len(rows))}
    nolabel = shards([{k: v for k, v in r.items() if k != "label"} for r in rows], name="nolabel")
    capsys.readouterr()
    assert main(["prune", str(nolabel), str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no label column" in err
