"""Build the tiny local causal LMs in samples/models/ (deterministic, CPU, well under a minute each).

    python samples/build_models.py            # all four
    python samples/build_models.py --only 1   # just tiny-lm-1

One byte-level BPE tokenizer (512 tokens) is trained with `tokenizers` on samples/corpus and
shared by a ladder of four Llama-architecture models of increasing size and training steps
(see scorers/tiny_lm.py). Everything is saved with save_pretrained (safetensors) and loads
offline with AutoModelForCausalLM / AutoTokenizer.from_pretrained(path, local_files_only=True).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scorers.tiny_lm import LADDER, MODELS_DIR, build_model, train_tokenizer  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO / "samples" / "corpus"))
    ap.add_argument("--out", default=str(MODELS_DIR))
    ap.add_argument("--only", type=int, action="append", help="build only these rungs (1-4)")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    tok = train_tokenizer(args.corpus)
    for i, spec in enumerate(LADDER, start=1):
        if args.only and i not in args.only:
            continue
        t = time.time()
        info = build_model(spec, tok, args.corpus, out / f"tiny-lm-{i}")
        print(f"tiny-lm-{i}: {info['params']:,} params, {spec.steps} steps, "
              f"final train loss {info['final_loss']:.3f}, {time.time() - t:.1f}s", flush=True)
    print(f"done in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
