"""PreSelect: predictive strength (hand-checked), example choice, exact selection, fastText,
and fit + score through the CLI with the tiny-lm ladder."""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from scorers.preselect import (FastTextScorer, choose_examples, load_models, predictive_strength,
                               selection_threshold, train_fasttext)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "corpus"


def test_predictive_strength_hand_checked():
    # benchmark order: model 1 (0.3) > model 2 (0.2) > model 0 (0.1); pairs (0,1) (0,2) (1,2)
    scores = [0.1, 0.3, 0.2]
    losses = np.array([
        [3.0, 1.0, 2.0],   # 1 < 2 < 3 in loss: every pair agrees              -> 3/3
        [1.0, 3.0, 2.0],   # exactly reversed: no pair agrees                    -> 0/3
        [2.0, 1.0, 3.0],   # (0,1) agrees, (0,2) better model 2 has 3 > 2 no, (1,2) agrees -> 2/3
        [1.0, 1.0, 2.0],   # (0,1) tie: no; (0,2): 2 > 1 no; (1,2): 1 < 2 yes     -> 1/3
    ])
    np.testing.assert_allclose(predictive_strength(losses, scores), [1.0, 0.0, 2 / 3, 1 / 3])
    # pairs of models with equal benchmark scores are not counted: only (0,2) and (1,2) remain
    np.testing.assert_allclose(predictive_strength(np.array([[2.0, 1.0, 0.5], [0.1, 5.0, 1.0]]), [0.1, 0.1, 0.2]),
                               [1.0, 0.5])


def test_choose_examples_perfect_agreement_and_bottom():
    strength = np.array([1.0, 0.2, 1.0, 0.0, 0.5, 0.6, 0.1, 1.0, 0.9, 0.3])
    pos, neg = choose_examples(strength, seed=0)
    assert sorted(pos.tolist()) == [0, 2, 7]          # the perfect ones
    assert sorted(neg.tolist()) == [1, 3, 6]          # as many from the bottom
    pos_q, neg_q = choose_examples(strength, seed=0, positive_quantile=0.2)
    assert len(pos_q) == len(neg_q) == 2 and set(pos_q) <= {0, 2, 7} and set(neg_q) == {3, 6}
    # same seed, same tie-breaks
    assert choose_examples(strength, 0, 0.2)[0].tolist() == pos_q.tolist()


def test_saturated_strength_falls_back_to_loss_correlation():
    from scorers.preselect import loss_correlation

    scores = [0.1, 0.2, 0.4]
    # all three agree perfectly; doc 0's loss tracks the scores linearly, doc 2's barely moves at first
    losses = np.array([[3.0, 2.5, 1.5], [3.0, 2.9, 1.0], [3.0, 2.99, 2.98], [1.0, 2.0, 3.0]])
    strength = predictive_strength(losses, scores)
    assert strength.tolist() == [1.0, 1.0, 1.0, 0.0]
    r = loss_correlation(losses, scores)
    assert r[0] == pytest.approx(1.0) and r[3] < -0.9 and r[0] > r[1] and r[0] > r[2]
    pos, neg = choose_examples(strength, seed=0, tiebreak=r)   # 3 perfect > half of 4: capped at 2
    assert pos.tolist() == [0, 1] or pos.tolist() == [0, 2]
    assert 0 in pos and 3 in neg and len(neg) == 2 and not set(pos) & set(neg)


def test_selection_threshold_is_exact():
    scores = np.array([0.9, 0.1, 0.5, 0.5, 0.7])
    ids = pa.array(["e", "a", "d", "c", "b"], pa.large_string())
    chars = np.array([10, 50, 20, 20, 5])
    # order (score desc, id asc): e(.9,10) b(.7,5) c(.5,20) d(.5,20) a(.1,50); cumsum 10 15 35 55 105
    assert selection_threshold(scores, ids, chars, 0.10, None) == (0.7, "b", 2)      # 10.5 first reached at 15
    assert selection_threshold(scores, ids, chars, 10 / 105, None) == (0.9, "e", 1)  # exactly reached at 10
    assert selection_threshold(scores, ids, chars, 0.2, None) == (0.5, "c", 3)       # c before d on the tie
    assert selection_threshold(scores, ids, chars, None, 0.4) == (0.7, "b", 2)       # ceil(0.4 * 5) rows
    assert selection_threshold(scores, ids, chars, 1.0, None)[2] == 5


def test_keep_fraction_counts_rows():
    scores = np.linspace(0, 1, 10)
    ids = pa.array([f"{i:02d}" for i in range(10)], pa.large_string())
    assert selection_threshold(scores, ids, np.ones(10), None, 0.3)[2] == 3
    assert selection_threshold(scores, ids, np.ones(10), None, 0.25)[2] == 3   # ceil(2.5)


def _vocab(rng, prefix, n=300):
    return [prefix + "".join(rng.choice(list("abcdefghijklmnop"), 5)) for _ in range(n)]


def test_fasttext_train_and_score_deterministic(tmp_path):
    rng = np.random.default_rng(0)
    shared, good, bad = _vocab(rng, "s"), _vocab(rng, "g"), _vocab(rng, "b")

    def docs(words, n):  # 10 class words + 10 shared words, and a second line of shared words
        return [" ".join([*rng.choice(words, 10), *rng.choice(shared, 10)]) + "\nsecond " +
                " ".join(rng.choice(shared, 6)) for _ in range(n)]

    pos, neg = docs(good, 200), docs(bad, 200)
    a = train_fasttext(pos, neg, tmp_path / "a.bin", epoch=25, lr=0.5, dim=8, bucket=10000, seed=1)
    b = train_fasttext(pos, neg, tmp_path / "b.bin", epoch=25, lr=0.5, dim=8, bucket=10000, seed=1)
    test_pos, test_neg = docs(good, 30), docs(bad, 30)
    sa = FastTextScorer(a).score(test_pos + test_neg)
    sb = FastTextScorer(b).score(pa.array(test_pos + test_neg))
    np.testing.assert_array_equal(sa, sb)                      # seeded, single thread
    assert sa[:30].min() > sa[30:].max()                       # it learned the split on unseen docs
    assert ((sa >= 0) & (sa <= 1)).all()


@pytest.fixture(scope="module")
def ladder_yaml(tmp_path_factory):
    """K = 3 rungs of the tiny-lm ladder with their measured benchmark scores."""
    models = load_models(REPO / "samples" / "models" / "ladder.yaml")
    assert len(models) >= 3
    path = tmp_path_factory.mktemp("ladder") / "models.yaml"
    path.write_text(yaml.safe_dump({"models": [{"path": p, "score": s} for p, s in models[:3]]}))
    return path


def test_preselect_fit_and_score_cli(tmp_path, ladder_yaml, shards):
    from pipeline.cli import main
    from pipeline.io import read_dir

    rows = pq.read_table(SAMPLE).slice(0, 300).select(["id", "text"]).to_pylist()
    inp = shards(rows, n=3)
    scorer = tmp_path / "scorer.bin"
    assert main(["preselect", "fit", "--models", str(ladder_yaml), "--sample", str(inp), "--out", str(scorer),
                 "--max-docs", "30", "--dim", "16", "--bucket", "5000"]) == 0
    summary = json.loads((tmp_path / "scorer.bin.json").read_text())
    assert summary["docs"] == 30 and summary["positives"] == summary["negatives"] >= 1
    assert len(summary["models"]) == 3

    out = tmp_path / "out"
    assert main(["preselect", "score", str(inp), str(out), "--scorer", str(scorer), "--keep-chars", "0.10"]) == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 300
    kept, rej = read_dir(out / "kept"), read_dir(out / "rejected")
    assert set(rej["reject_reason"].to_pylist()) == {"low_quality"}
    ks, rs = np.array(kept["preselect_score"].to_pylist()), np.array(rej["preselect_score"].to_pylist())
    assert ks.min() >= rs.max()                                # one global threshold across 3 shards
    kchars = sum(len(t) for t in kept["text"].to_pylist())
    total = kchars + sum(len(t) for t in rej["text"].to_pylist())
    assert kchars >= 0.10 * total                               # the share is reached...
    weakest = int(np.argmin(ks))
    assert kchars - len(kept["text"][weakest].as_py()) < 0.10 * total   # ...by the shortest top prefix
    assert m["stats"]["kept_char_share"] == pytest.approx(kchars / total, abs=1e-5)

    out2 = tmp_path / "out2"
    assert main(["preselect", "score", str(inp), str(out2), "--scorer", str(scorer), "--keep-fraction", "0.25"]) == 0
    assert json.loads((out2 / "manifest.json").read_text())["kept_rows"] == 75
    # a missing scorer is a one-line error, not a traceback
    assert main(["preselect", "score", str(inp), str(tmp_path / "o3"), "--scorer", str(tmp_path / "nope.bin")]) == 2


def test_preselect_in_a_job_with_prox(tmp_path, shards):
    """`assay run` with prox then preselect (bundled scorer) keeps the accounting."""
    from pipeline.cli import main

    rows = pq.read_table(SAMPLE).slice(0, 120).select(["id", "text"]).to_pylist()
    inp = shards(rows, n=2)
    job = tmp_path / "job.yaml"
    job.write_text(yaml.safe_dump({"name": "t", "input": str(inp), "output": str(tmp_path / "run"),
                                   "stages": [{"prox": {}}, {"preselect": {"keep_fraction": 0.5}}]}))
    assert main(["run", str(job)]) == 0
    m = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert m["input_rows"] == 120 and m["curated_rows"] + m["rejected_rows"] == 120
    assert m["stages"][1]["kept_rows"] == math.ceil(0.5 * m["stages"][1]["input_rows"])
