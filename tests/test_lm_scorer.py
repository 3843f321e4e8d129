"""LMScorer against the model's own full-logits loss; windows, packing; the lm-score stage."""
from __future__ import annotations

import json
import math

import numpy as np
import pyarrow.parquet as pq
import pytest
import torch
import torch.nn.functional as F

from scorers.lm_scorer import LMScorer, plan_windows
from scorers.tiny_lm import ladder_paths, model_path

TEXTS = [
    "Solver for nonlinear programming extension for LibreOffice.",
    "A",
    "",
    "Small utility to convert between image formats. It supports PNG, JPEG and GIF.\n" * 6,
    "héllo wörld – unicode bytes ≠ characters",
]


@pytest.fixture(scope="module")
def scorer():
    return LMScorer(model_path(1), batch_tokens=512)


def full_logits_nll(scorer, text):
    """What the model itself says: BOS + tokens, logits from the full forward, cross entropy."""
    ids = scorer.tokenizer(text, add_special_tokens=False)["input_ids"]
    x = torch.tensor([[scorer.tokenizer.bos_token_id, *ids]])
    with torch.no_grad():
        logits = scorer.model(input_ids=x).logits[0, :-1].float()
    return F.cross_entropy(logits, x[0, 1:], reduction="none").numpy()


def test_ladder_loads_offline():
    from transformers import AutoModelForCausalLM, AutoTokenizer

    sizes = []
    for p in ladder_paths():
        m = AutoModelForCausalLM.from_pretrained(p, local_files_only=True)
        tok = AutoTokenizer.from_pretrained(p, local_files_only=True)
        assert tok("hello world")["input_ids"]
        sizes.append(sum(q.numel() for q in m.parameters()))
    assert sizes == sorted(sizes) and len(set(sizes)) == 4


def test_matches_full_logits(scorer):
    out = scorer.score(TEXTS[:2] + TEXTS[4:], per_token=True)
    for i, text in enumerate(TEXTS[:2] + TEXTS[4:]):
        ref = full_logits_nll(scorer, text)
        got = out["token_losses"][i]
        assert got.dtype == np.float32 and len(got) == len(ref) == out["lm_tokens"][i]
        np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-4)
        assert out["lm_loss"][i] == pytest.approx(ref.mean(), rel=1e-5)
        assert out["lm_bpb"][i] == pytest.approx(ref.sum() / math.log(2) / len(text.encode("utf-8")), rel=1e-5)
    assert out["lm_loss"].dtype == np.float64 and out["lm_tokens"].dtype == np.int64


def test_empty_text(scorer):
    out = scorer.score([""], per_token=True)
    assert out["lm_tokens"][0] == 0 and np.isnan(out["lm_loss"][0]) and len(out["token_losses"][0]) == 0


@pytest.mark.parametrize("n,ctx", [(1, 4), (4, 4), (5, 4), (37, 8), (100, 9), (64, 2)])
def test_plan_windows_scores_each_token_once(n, ctx):
    seen = np.zeros(n, dtype=int)
    for k, (b, e, s) in enumerate(plan_windows(n, ctx)):
        assert 0 < e - b <= ctx and 0 <= s < e - b
        seen[b + s:e] += 1                     # targets ids[b+1+s .. e] are target indexes b+s .. e-1
        if k:
            assert s >= ctx - max(1, ctx // 2)  # later windows keep left context
    assert (seen == 1).all()


def test_sliding_windows_and_packing(scorer):
    long = TEXTS[3]
    full = full_logits_nll(scorer, long)
    assert len(full) > 40
    ws = LMScorer(model_path(1), max_length=16, batch_tokens=40).score([long, TEXTS[0]], per_token=True)
    got = ws["token_losses"][0]
    assert len(got) == len(full) and ws["lm_tokens"][0] == len(full)
    # the first window sees the same context as the full pass
    np.testing.assert_allclose(got[:16], full[:16], rtol=1e-4, atol=1e-4)
    # later tokens see less context: same model, different numbers, but all finite
    assert np.isfinite(got).all() and not np.allclose(got[16:], full[16:], atol=1e-3)
    # packing into a different budget and document order changes nothing
    ws2 = LMScorer(model_path(1), max_length=16, batch_tokens=10_000).score([TEXTS[0], long], per_token=True)
    np.testing.assert_allclose(ws2["token_losses"][1], got, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(ws2["lm_loss"][::-1], ws["lm_loss"], rtol=1e-6)


def test_bigger_rungs_predict_the_corpus_better():
    from tests.conftest import SAMPLE

    texts = pq.read_table(SAMPLE, columns=["text"])["text"].to_pylist()[:12]
    losses = [LMScorer(p).score(texts)["lm_loss"].mean() for p in (model_path(1), model_path(4))]
    assert losses[1] < losses[0] - 0.5


def test_bad_model_path_is_one_line_error(tmp_path):
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="not a local model directory"):
        LMScorer(str(tmp_path / "nope"))


# --------------------------------------------------------------------------------------------
# the lm-score stage: CLI in-process, Python API, runner invariants
# --------------------------------------------------------------------------------------------
def sample_rows(n=40):
    from tests.conftest import SAMPLE

    t = pq.read_table(SAMPLE, columns=["id", "text", "label"]).slice(0, n)
    return t.to_pylist()


def read(out, sub):
    from pipeline.io import read_dir

    return read_dir(out / sub)


def test_cli_scores_everything_and_matches_the_scorer(shards, tmp_path):
    from pipeline.cli import main

    rows = sample_rows(24)
    inp = shards(rows, n=2)
    out = tmp_path / "out"
    rc = main(["lm-score", str(inp), str(out), "--model", model_path(1), "--per-token", "--batch-tokens", "1024"])
    assert rc == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["input_rows"] == m["kept_rows"] + m["rejected_rows"] == 24 and m["rejected_rows"] == 0
    kept = read(out, "kept").sort_by("id")
    assert {"lm_loss", "lm_bpb", "lm_tokens", "token_losses"} <= set(kept.column_names)
    by_id = {r["id"]: r["text"] for r in rows}
    texts = [by_id[i] for i in kept["id"].to_pylist()]
    direct = LMScorer(model_path(1)).score(texts)
    np.testing.assert_allclose(kept["lm_loss"].to_numpy(), direct["lm_loss"], rtol=1e-5)
    np.testing.assert_allclose(kept["lm_bpb"].to_numpy(), direct["lm_bpb"], rtol=1e-5)
    assert kept["lm_tokens"].to_pylist() == direct["lm_tokens"].tolist()
    lens = [len(x) for x in kept["token_losses"].to_pylist()]
    assert lens == kept["lm_tokens"].to_pylist()
    tl = kept["token_losses"].to_pylist()
    np.testing.assert_allclose([np.mean(x) for x in tl], kept["lm_loss"].to_numpy(), rtol=1e-5)
    assert m["stats"]["scored_docs"] == 24 and m["stats"]["tokens"] == int(direct["lm_tokens"].sum())


def test_keep_fraction_and_max_loss_filters(shards):
    from scorers.lm_scorer import LMScoreStage

    table = __import__("pyarrow").Table.from_pylist(sample_rows(30))
    kept, rejected = LMScoreStage(model=model_path(1), keep_fraction=0.5)(table)
    assert kept.num_rows == 15 and rejected.num_rows == 15
    assert set(rejected["reject_reason"].to_pylist()) == {"high_loss"}
    assert max(kept["lm_loss"].to_pylist()) < min(rejected["lm_loss"].to_pylist())
    # --max-loss is applied per batch inside the scoring actor (no global pass needed)
    from scorers.lm_scorer import _ScoreActor

    cut = float(np.median(kept["lm_loss"].to_numpy()))
    scored = _ScoreActor({"model": model_path(1), "max_loss": cut}, threads=None)(table)
    loss = scored["lm_loss"].to_numpy()
    reasons = np.array(scored["reject_reason"].to_pylist(), dtype=object)
    assert ((reasons == "high_loss") == (loss > cut)).all() and (loss > cut).sum() > 15
    assert _ScoreActor({"model": model_path(1)}, threads=None)(table)["reject_reason"].null_count == 30


def test_cli_bad_model_is_one_line(shards, tmp_path, capsys):
    from pipeline.cli import main

    inp = shards(sample_rows(3))
    rc = main(["lm-score", str(inp), str(tmp_path / "o"), "--model", str(tmp_path / "missing")])
    assert rc != 0
    err = capsys.readouterr().err
    assert "not a local model directory" in err and "Traceback" not in err


def test_assay_run_job_with_lm_score(shards, tmp_path):
    import yaml

    from pipeline.cli import main

    inp = shards(sample_rows(20))
    job = tmp_path / "job.yaml"
    job.write_text(yaml.safe_dump({"name": "lm", "input": str(inp), "seed": 0, "report": False,
                                   "stages": [{"lm-score": {"model": "tiny-lm-1", "keep_fraction": 0.75}}]}))
    out = tmp_path / "run"
    assert main(["run", str(job), "--output", str(out)]) == 0
    m = json.loads((out / "manifest.json").read_text())
    curated = pq.read_table(out / "curated")
    assert curated.num_rows == 15 and "lm_loss" in curated.column_names
    assert m["input_rows"] == 20
