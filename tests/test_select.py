"""Capability-aware selection: exact budgets, degradation-proportional clusters, determinism."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.io import read_dir
from pipeline.select import SelectStage, allocate_budget
from scorers.embeddings import embedding_array

DEGS = (0.1, 0.5, 1.5)  # mean degradation of the three planted topics


def corpus(n_per=30, seed=0, with_label=False):
    """Three well-separated embedding blobs, each with its own degradation level."""
    rng = np.random.default_rng(seed)
    centres = np.eye(16, dtype=np.float32)[:3] * 5
    X, deg, ids, texts, words = [], [], [], [], []
    for c in range(3):
        X.append(centres[c] + rng.normal(0, 0.3, (n_per, 16)).astype(np.float32))
        deg.append(DEGS[c] + rng.normal(0, 0.05, n_per))
        for i in range(n_per):
            ids.append(f"c{c}-{i:03d}")
            w = 1 + (i % 5)
            words.append(w)
            texts.append(" ".join(["word"] * w))
    cols = {"id": ids, "text": texts, "deg": np.concatenate(deg), "ntok": words,
            "emb": embedding_array(np.concatenate(X))}
    if with_label:
        cols["label"] = [f"l{i % 2}" for i in range(len(ids))]
    return pa.table(cols)


def run(table, tmp_path, name="out", **params):
    p = {"degradation_col": "deg", "embedding_col": "emb", "num_clusters": 3, **params}
    m = SelectStage(p).run(table, tmp_path / name)
    return m, read_dir(tmp_path / name / "kept"), read_dir(tmp_path / name / "rejected")


def test_rows_budget_exact_and_proportional(tmp_path):
    m, kept, rej = run(corpus(), tmp_path, budget=31)
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 90
    assert kept.num_rows == 31 and all(kept["selected"].to_pylist())
    assert set(rej["reject_reason"].to_pylist()) == {"not_selected"}
    assert not any(rej["selected"].to_pylist())
    clusters = m["stats"]["clusters"]
    assert sum(c["budget"] for c in clusters) == 31
    # the planted topics were found: each cluster holds exactly one topic prefix
    all_rows = pa.concat_tables([kept.drop_columns(["selected"]).append_column("selected", kept["selected"]),
                                 rej.drop_columns(["reject_reason"])], promote_options="default")
    topic = np.array([s[:2] for s in all_rows["id"].to_pylist()])
    cl = np.array(all_rows["capability_cluster"].to_pylist())
    for c in np.unique(cl):
        assert len(set(topic[cl == c])) == 1
    # larger degradation -> larger budget, and the kept rows follow it
    by_deg = sorted(clusters, key=lambda c: c["degradation"])
    assert by_deg[0]["budget"] < by_deg[1]["budget"] < by_deg[2]["budget"]
    kept_topic = [s[:2] for s in kept["id"].to_pylist()]
    assert kept_topic.count("c0") < kept_topic.count("c1") < kept_topic.count("c2")
    # within a cluster the highest degradation goes first
    for c in np.unique(cl):
        in_c = cl == c
        sel = np.array(all_rows["selected"].to_pylist())[in_c]
        d = np.array(all_rows["degradation"].to_pylist())[in_c]
        if sel.any() and (~sel).any():
            assert d[sel].min() >= d[~sel].max()


def test_tokens_budget_exact(tmp_path):
    m, kept, _ = run(corpus(), tmp_path, budget=157, budget_unit="tokens", length_col="ntok")
    assert sum(kept["ntok"].to_pylist()) == 157
    assert m["stats"]["selected_tokens"] == 157
    # default length = whitespace words, same numbers here
    m2, kept2, _ = run(corpus(), tmp_path, name="o2", budget=157, budget_unit="tokens")
    assert sum(kept2["ntok"].to_pylist()) == 157
    # a budget below the shortest document selects nothing, and says so
    m3, kept3, _ = run(corpus(n_per=4).filter(pc.greater(corpus(n_per=4)["ntok"], 1)), tmp_path, name="o3",
                       budget=1, budget_unit="tokens", length_col="ntok")
    assert kept3.num_rows == 0 and "nothing selected" in m3["stats"]["note"]


def test_deterministic_and_seed_stable(tmp_path):
    t = corpus(seed=3)
    _, k1, _ = run(t, tmp_path, name="a", budget=20, floor=2)
    _, k2, _ = run(t.take(np.random.default_rng(1).permutation(t.num_rows)), tmp_path, name="b", budget=20, floor=2)
    assert sorted(k1["id"].to_pylist()) == sorted(k2["id"].to_pylist())
    a = dict(zip(k1["id"].to_pylist(), k1["capability_cluster"].to_pylist()))
    b = dict(zip(k2["id"].to_pylist(), k2["capability_cluster"].to_pylist()))
    assert a == b


def test_budget_larger_than_input_keeps_all(tmp_path):
    m, kept, rej = run(corpus(n_per=5), tmp_path, budget=1000)
    assert kept.num_rows == 15 and rej.num_rows == 0
    assert "every eligible row is kept" in m["stats"]["note"]


def test_conflict_filter(tmp_path):
    t = corpus(with_label=True)
    emb = np.asarray(t["emb"].combine_chunks().flatten()).reshape(-1, 16).copy()
    emb[1] = emb[0]  # near-identical pair, labels l0 / l1
    t = t.set_column(t.schema.get_field_index("emb"), "emb", embedding_array(emb))
    m, kept, rej = run(t, tmp_path, budget=90, conflict_filter=True, conflict_threshold=0.999)
    reasons = dict(zip(rej["id"].to_pylist(), rej["reject_reason"].to_pylist()))
    deg = t["deg"].to_pylist()
    loser = "c0-000" if deg[0] < deg[1] else "c0-001"
    assert reasons == {loser: "conflicting_sample"}
    assert kept.num_rows == 89 and m["stats"]["conflicts_rejected"] == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 5), st.integers(0, 40)), min_size=1, max_size=8),
       st.integers(0, 200), st.integers(0, 5))
def test_allocate_budget_properties(clusters, total, floor):
    w = np.array([c[0] for c in clusters])
    cap = np.array([c[1] for c in clusters])
    a = allocate_budget(w, cap, total, floor)
    assert a.sum() == min(total, cap.sum())
    assert (a >= 0).all() and (a <= cap).all()
    if total >= cap.sum():
        assert (a == cap).all()
    if floor * len(cap) <= total:
        assert (a >= np.minimum(floor, cap)).all()


def test_allocate_budget_redistributes():
    # cluster 0 wants most but holds only 3 rows: the rest goes to the others
    a = allocate_budget(np.array([10.0, 1.0, 2.0]), np.array([3, 50, 50]), 30)
    assert a.tolist()[0] == 3 and a.sum() == 30 and a[2] > a[1]


def test_bad_params_one_line():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="budget"):
        SelectStage({})
    with pytest.raises(ConfigError, match="reference-loss-col"):
        SelectStage({"budget": 3, "target_loss_col": "a"})


def test_loss_columns(tmp_path):
    t = corpus()
    t = t.append_column("t_loss", pa.array(3.0 + t["deg"].to_numpy())).append_column("r_loss", pa.array([3.0] * 90))
    m, kept, _ = run(t, tmp_path, budget=12, degradation_col=None, target_loss_col="t_loss",
                     reference_loss_col="r_loss")
    assert kept.num_rows == 12 and m["stats"]["degradation_source"] == "loss_columns"
    assert np.allclose(kept["degradation"].to_numpy(), kept["t_loss"].to_numpy() - 3.0)
    assert np.allclose(kept["reference_loss"].to_numpy(), 3.0)


def sample_slice(n=24, chars=120) -> pa.Table:
    sample = Path(__file__).resolve().parents[1] / "samples" / "corpus" / "part-00000.parquet"
    t = pq.read_table(sample, columns=["id", "text"]).slice(0, n)
    return t.set_column(1, "text", pc.utf8_slice_codeunits(t["text"], 0, chars))


def test_model_degradation_loss_diff_and_jsd():
    """Real tiny LMs: the smaller model is worse on the corpus; JSD of a model with itself is 0."""
    from scorers.degradation import DegradationScorer

    texts = sample_slice(3, 80)["text"].to_pylist()
    s = DegradationScorer("samples/models/tiny-lm-1", "samples/models/tiny-lm-4").score(texts)
    assert np.allclose(s["degradation"], s["target_loss"] - s["reference_loss"])
    assert s["degradation"].mean() > 0 and (s["tokens"] > 0).all()
    same = DegradationScorer("samples/models/tiny-lm-2", "samples/models/tiny-lm-2", method="jsd").score(texts)
    assert np.abs(same["degradation"]).max() < 1e-6


def test_cli_minilm_and_model_jsd(tmp_path, capsys):
    """Through the CLI: real MiniLM embeddings and model-based JSD degradation, on Ray actor pools."""
    from pipeline.cli import main

    pq.write_table(sample_slice(), tmp_path / "in.parquet")
    out = tmp_path / "out"
    code = main(["select", str(tmp_path / "in.parquet"), str(out), "--budget", "7", "--num-clusters", "3",
                 "--degradation", "jsd", "--seed", "1"])
    assert code == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["kept_rows"] == 7 and m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 24
    assert m["stats"]["degradation_source"] == "jsd" and m["stats"]["num_clusters"] == 3
    kept = read_dir(out / "kept")
    assert "__sel_emb" not in kept.column_names and "__sel_len" not in kept.column_names
    d = np.array(kept["degradation"].to_pylist())
    assert (d > 0).all() and (d < np.log(2)).all()
    # missing column -> one clear line, exit code 2
    code = main(["select", str(tmp_path / "in.parquet"), str(tmp_path / "o2"), "--budget", "3",
                 "--degradation-col", "nope"])
    assert code == 2 and "nope" in capsys.readouterr().err


def test_cluster_weight_mean_vs_total():
    """Equal degradation, sizes 60 and 20: `mean` splits the budget evenly, `total` 3:1."""
    from pipeline.select import DEGRADATION, EMB, LEN, SelectParams, plan_selection

    rng = np.random.default_rng(0)
    X = np.concatenate([np.eye(8)[0] * 5 + rng.normal(0, .2, (60, 8)), np.eye(8)[1] * 5 + rng.normal(0, .2, (20, 8))])
    t = pa.table({"id": [f"x{i:03d}" for i in range(80)], EMB: embedding_array(X.astype(np.float32)),
                  DEGRADATION: np.full(80, 0.5), LEN: np.ones(80, dtype=np.int64)})
    budgets = {}
    for w in ("mean", "total"):
        plan, stats = plan_selection(t, SelectParams(budget=20, num_clusters=2, cluster_weight=w))
        budgets[w] = sorted(c["budget"] for c in stats["clusters"])
        assert sum(plan["selected"].to_pylist()) == 20
    assert budgets == {"mean": [10, 10], "total": [5, 15]}
