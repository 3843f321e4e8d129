"""Measure the tiny-lm ladder on a held-out task and write samples/models/ladder.yaml.

The benchmark PreSelect correlates with: **continuation choice** on held-out package
descriptions (Debian descriptions of this machine's installed packages that are *not* in
samples/corpus, frozen once into samples/models/heldout.parquet). For each held-out text the
model sees the first PREFIX tokens and must pick the true next CONT tokens among
DISTRACTORS continuations taken from other held-out texts (highest total log-probability
wins). Accuracy is the benchmark score; the mean held-out loss is recorded alongside.

    python samples/models/measure_ladder.py       # CPU, about a minute
"""
from __future__ import annotations

import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

HELDOUT = HERE / "heldout.parquet"
LADDER = HERE / "ladder.yaml"
PREFIX, CONT, DISTRACTORS, N_TEXTS, SEED = 48, 24, 3, 300, 0


def freeze_heldout(status: str = "/var/lib/dpkg/status") -> None:
    """Pick held-out descriptions once (deterministically) and store them in heldout.parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    seen = set(pq.read_table(REPO / "samples" / "corpus", columns=["id"])["id"].to_pylist())
    rows = {}
    for block in Path(status).read_text(errors="replace").split("\n\n"):
        m = re.search(r"^Package: (\S+)", block, re.M)
        d = re.search(r"^Description: (.*(?:\n .*)*)", block, re.M)
        if not m or not d or f"deb-{m.group(1)}" in seen:
            continue
        lines = d.group(1).split("\n")
        body = [ln[1:] if ln.startswith(" ") else ln for ln in lines[1:]]
        body = ["" if ln.strip() == "." else ln for ln in body]
        text = lines[0] + "\n\n" + "\n".join(body)
        if len(text) >= 400:
            rows[f"held-{m.group(1)}"] = text
    ids = sorted(rows)[:N_TEXTS]
    pq.write_table(pa.table({"id": ids, "text": [rows[i] for i in ids]}), HELDOUT, compression="zstd")


def measure(path: str, texts: list[str]) -> dict:
    import numpy as np
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True).eval()
    ids = [tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    ids = [x for x in ids if len(x) >= PREFIX + CONT]
    rng = np.random.default_rng(SEED)
    n = len(ids)
    correct, nll, ntok = 0, 0.0, 0
    with torch.inference_mode():
        for i, x in enumerate(ids):
            others = [j for j in rng.permutation(n)[: DISTRACTORS + 1] if j != i][:DISTRACTORS]
            cands = [x[PREFIX:PREFIX + CONT]] + [ids[j][PREFIX:PREFIX + CONT] for j in others]
            batch = torch.tensor([[tok.eos_token_id] + x[:PREFIX] + c for c in cands])
            logp = torch.log_softmax(model(input_ids=batch).logits[:, :-1].float(), -1)
            tgt = batch[:, 1:]
            lp = logp.gather(-1, tgt[..., None])[..., 0]
            cont_lp = lp[:, PREFIX:].sum(-1)
            correct += int(cont_lp.argmax().item() == 0)
            nll += float(-lp[0].sum())
            ntok += lp.shape[1]
    return {"accuracy": round(correct / n, 4), "heldout_loss": round(nll / ntok, 4), "items": n}


def main() -> int:
    import pyarrow.parquet as pq
    import yaml

    from scorers.tiny_lm import ladder_paths

    if not HELDOUT.exists():
        freeze_heldout()
    texts = pq.read_table(HELDOUT)["text"].to_pylist()
    models = []
    for p in ladder_paths():
        r = measure(p, texts)
        rel = str(Path(p).relative_to(REPO))
        print(f"{rel}: accuracy {r['accuracy']:.3f}  held-out loss {r['heldout_loss']:.3f} nats/token", flush=True)
        models.append({"path": rel, "score": r["accuracy"], "heldout_loss": r["heldout_loss"]})
    doc = {
        "benchmark": f"continuation choice on {len(texts)} held-out Debian descriptions (samples/models/heldout.parquet): "
                     f"true next {CONT} tokens vs {DISTRACTORS} distractors after a {PREFIX}-token prefix; "
                     "score = accuracy (chance = %.2f)" % (1 / (DISTRACTORS + 1)),
        "measured_by": "python samples/models/measure_ladder.py",
        "models": models,
    }
    LADDER.write_text(yaml.safe_dump(doc, sort_keys=False, width=120))
    print(f"wrote {LADDER}; chance = {1 / (DISTRACTORS + 1):.2f}; {math.nan if not models else len(models)} models")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
