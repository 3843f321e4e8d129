"""The io evidence of the rephrase detector: examples stated in documents (parsed, never run)
checked against the benchmark's reference solutions in a sandboxed process."""
from __future__ import annotations

import gzip
import json
import time

import numpy as np
import pytest

from contamination.benchmarks import humaneval_path, load_benchmark
from contamination.examples import extract, to_value
from contamination.reference import ReferenceRunner, fit_arity, same, signature


@pytest.fixture(scope="module")
def humaneval():
    with gzip.open(humaneval_path(), "rt") as f:
        items = [json.loads(line) for line in f]
    return items


@pytest.fixture(scope="module")
def runner(humaneval):
    return ReferenceRunner([it["prompt"] + it["canonical_solution"] for it in humaneval],
                           [it["entry_point"] for it in humaneval])


def calls(text):
    return [(e.name, e.args, e.expected) for e in extract(text)]


def test_examples_in_every_language_we_meet():
    assert calls(">>> f([1.0, 2.0], 0.5)\nFalse\n>>> f('ab')\n['a', 'b']\n") == [
        ("f", ([1.0, 2.0], 0.5), False), ("f", ("ab",), ["a", "b"])]
    assert calls("/* weave({7, 8, 9}, 3, 0) gives {7, 0, 8, 0, 9}; count(\"bbb\", \"b\") = 3 */") == [
        ("weave", ([7, 8, 9], 3, 0), [7, 0, 8, 0, 9]), ("count", ("bbb", "b"), 3)]
    assert calls("console.assert(isOk(null) === false);\nexpect(rev('abc')).toBe('cba');\n"
                 "assert.deepStrictEqual(srt([3, 1]), [1, 3]);") == [
        ("isOk", (None,), False), ("rev", ("abc",), "cba"), ("srt", ([3, 1],), [1, 3])]
    assert calls('assert_eq!(sep("(()) ()"), vec!["(())".to_string(), "()".to_string()]);') == [
        ("sep", ("(()) ()",), ["(())", "()"])]
    assert calls('printf("%d\\n", primes(10)); // 4\nprint(g(2))  # => 8') == [("primes", (10,), 4), ("g", (2,), 8)]
    assert calls("primes_below(11) -> 2, 3, 5, 7; primes_below(1) -> none */") == [
        ("primes_below", (11,), (2, 3, 5, 7)), ("primes_below", (1,), None)]
    assert calls("Input: arr = [-3, -4, 5], k = 3\n    Output: [-4, -3, 5]") == [("<input>", ([-3, -4, 5], 3), [-4, -3, 5])]
    # C compound literals, printed lists, block comments, JSON.stringify, asserted truth
    assert calls("near((double[]){1.0, 2.8}, 2, 0.3) -> 1; factors(12) -> 2 2 3") == [
        ("near", ([1.0, 2.8], 2, 0.3), 1), ("factors", (12,), [2, 2, 3])]
    assert calls('printf("%d\\n", fact(5));   /* 120 */') == [("fact", (5,), 120)]
    assert calls("console.assert(JSON.stringify(srt([3, 1])) === '[1,3]');") == [("srt", ([3, 1],), [1, 3])]
    assert calls('assert(anagram("listen", "silent"));\nassert(!anagram("ab", "abc"));\nassert not ok(4), "m"\n'
                 "assert(g(1) && g(2));\nassert f(2) > 1") == [
        ("anagram", ("listen", "silent"), True), ("anagram", ("ab", "abc"), False), ("ok", (4,), False)]
    # arguments bound to literals earlier in the document; a name bound twice is not used
    assert calls("double a[] = {2.0, 4.0};\nprintf(\"%.1f\\n\", spread(a, 2));  /* 1.0 */\n"
                 "x = 3\nx = 4\nprint(h(x))  # 9") == [("spread", ([2.0, 4.0], 2), 1.0)]
    # `value -> result` lines in a comment, a remark after the number
    assert calls(" * Example:\n *   {3, 8, 5, 6}  ->  14   (8 + 6)\n *   'ab' -> 'ba'\n") == [
        ("<arrow>", ([3, 8, 5, 6],), 14), ("<arrow>", ("ab",), "ba")]


def test_code_is_not_an_example_and_nothing_runs(tmp_path):
    code = "int n = strlen(s);\nif (strncmp(s + i, pat, m) == 0) k++;\nx = f(a, b) == 3;\n"
    assert calls(code) == []
    marker = tmp_path / "pwned"
    evil = f"f(__import__('os').system('touch {marker}')) == 0\nf(open('{marker}', 'w')) == 1"
    assert calls(evil) == []
    assert not marker.exists()
    with pytest.raises(ValueError):
        to_value("__import__('os')")
    assert to_value("{1, 2, {3}}") == [1, 2, [3]] and to_value("{'a': 1}") == {"a": 1}
    assert to_value("{'a': [1], 'b': {'c': 2}}") == {"a": [1], "b": {"c": 2}}     # each brace closes its own kind
    assert to_value("true") is True and to_value("1.5f") == 1.5


def test_arity_and_comparison():
    assert signature("def f(a, b=2, *c):\n    pass\n", "f") == (1, 10 ** 6)
    assert signature("def g(a, b):\n    pass\n", "g") == (2, 2) and signature("x = 1", "g") is None
    assert fit_arity(([7, 8, 9], 3, 0), 2, 2) == ([7, 8, 9], 0)          # C length argument dropped
    assert fit_arity(("abc", 4, 1), 2, 2) is None
    assert same((2, 3), [2, 3]) and same(1, True) and same(6.0, 6.004) and same(None, [])
    assert not same([1, 2], [2, 1]) and not same(6.0, 6.1) and not same("a", "b")
    assert same({3, 1}, [1, 3])


def test_reference_agrees_with_a_translation_and_not_with_a_look_alike(runner):
    c_doc = ("/* Build a new array with sep between neighbours.\n   weave({7, 8, 9}, 3, 0) gives {7, 0, 8, 0, 9},"
             " weave({}, 0, 4) gives {} */\nint *weave(const int *src, int n, int sep, int *out_len);")
    fib4_doc = "// quad(5) -> 4, quad(6) -> 8, quad(7) -> 14\nfunction quad(n) { /* ... */ }"
    docs = [c_doc, fib4_doc, fib4_doc, "no examples here"]
    d, i = np.array([0, 1, 1, 3]), np.array([5, 55, 46, 5])
    io = runner.io_features([extract(t) for t in docs], d, i)
    # columns: unique (informative agreement no other item shares), agree, agree_weak, contra, arity
    assert io[0].tolist() == [1, 0, 0, 0, 0]       # only intersperse reproduces the C examples
    assert io[1].tolist() == [0, 0, 0, 1, 0]       # fib(5) != 4: fib4's doc is not fib
    assert io[2].tolist() == [0, 1, 0, 0, 0]       # fib4 reproduces all; fib(6) == 8 and fibfib(5) == 4 too
    assert io[3].tolist() == [0, 0, 0, 0, 0]       # no evidence
    tri = "triangle(3, 4, 5) == 6.00"
    assert runner.io_features([extract(tri)], np.array([0]), np.array([45]))[0].tolist() == [0, 0, 0, 0, 1]  # 2-argument item
    assert runner.io_features([extract("is_it(8) == false")], np.array([0]), np.array([31]))[0].tolist() == [0, 0, 1, 0, 0]


def test_items_are_found_by_behaviour_alone(humaneval):
    """`agreeing` searches every item whose signature and argument kinds fit: a document with no
    word in common with its item is still paired with it, and only informative results count."""
    runner = ReferenceRunner([it["prompt"] + it["canonical_solution"] for it in humaneval],
                             [it["entry_point"] for it in humaneval], examples=[it["test"] for it in humaneval])
    docs = ["// zz({7, 8, 9}, 0) is {7, 0, 8, 0, 9}",         # intersperse, item 5
            "assert q('Hello world') == 'Hlo wrd'",            # no HumanEval item does this
            "assert q(3) == True"]                             # a bool: not informative, not searched
    d, i = runner.agreeing([extract(t) for t in docs])
    assert list(zip(d.tolist(), i.tolist())) == [(0, 5)]
    # argument kinds from the item's own tests: a string example is not run on list-taking items
    assert runner._kinds[5] == {("seq", "num")}
    assert runner.agreeing([extract("f('abc', 'b') == ['a', 'c']")])[1].tolist() == []


def test_sandbox_survives_hangs_and_memory_bombs():
    progs = ["def spin(n):\n    while True:\n        pass\n",
             "def hog(n):\n    return len(bytearray(n))\n",
             "import os\ndef boom(n):\n    os._exit(3)\n",
             "def ok(n):\n    return n * 2\n"]
    r = ReferenceRunner(progs, ["spin", "hog", "boom", "ok"], memory_mb=256)
    t = time.time()
    out = r.run([(0, (1,)), (1, (10 ** 10,)), (3, (21,))])
    assert time.time() - t < 10
    assert out[0][0] == "timeout" and out[1][0] in ("timeout", "error") and out[2] == ("ok", 42)
    # a reference that kills its own process costs the batch its evidence, never the caller
    assert r.run([(2, (1,)), (3, (5,))]) == [("sandbox", ""), ("sandbox", "")]
    assert r.run([(3, (21,))]) == [("ok", 42)]                            # cached


def test_benchmark_reference_fields(tmp_path, humaneval):
    path = tmp_path / "he.jsonl"
    path.write_text("\n".join(json.dumps(it) for it in humaneval[:3]))
    b = load_benchmark(f"he={path}", "prompt,canonical_solution")     # HumanEval format: found by itself
    assert b.extra["entries"] == [it["entry_point"] for it in humaneval[:3]]
    assert b.extra["programs"][0].startswith(humaneval[0]["prompt"])
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"id": 1, "text": "x", "code": "def f(a):\n    return a\n"}))
    assert "programs" not in load_benchmark(f"p={plain}").extra
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="entry"):
        load_benchmark(f"p={plain}", reference_field="code")
    assert load_benchmark(f"p={plain}", reference_field="code", entry_field="text").extra["entries"] == ["x"]


C_INTERSPERSE = """#include <stdlib.h>
/* Build a new array in which sep is placed between each pair of neighbouring values of src.
   e.g. weave({7, 8, 9}, 3, 0) gives {7, 0, 8, 0, 9}, weave({5, 6}, 2, 1) gives {5, 1, 6} */
int *weave(const int *src, int n, int sep, int *out_len) {
    int *out = malloc(sizeof(int) * (2 * n));
    int k = 0;
    for (int i = 0; i < n; i++) { if (i) out[k++] = sep; out[k++] = src[i]; }
    *out_len = k;
    return out;
}"""
FIB4_JS = """// Four-term Fibonacci: each value is the sum of the previous four, starting 0, 0, 2, 0.
// quad(5) -> 4, quad(6) -> 8, quad(7) -> 14
function quad(n) {
  const seq = [0, 0, 2, 0];
  for (let i = 4; i <= n; i++) seq.push(seq[i - 1] + seq[i - 2] + seq[i - 3] + seq[i - 4]);
  return seq[n];
}"""


def test_io_evidence_moves_the_contam_score(humaneval):
    """With the reference solutions, a C translation that states its examples scores higher and
    a look-alike of an item that is not indexed (fib4 when only fib is) scores lower."""
    from contamination.rephrase import FEATURES, RephraseIndex
    from scorers.embeddings import Embedder

    items = [it for it in humaneval if it["task_id"] != "HumanEval/46"]        # fib4 is not indexed
    texts = [it["prompt"] + it["canonical_solution"] for it in items]
    runner = ReferenceRunner(texts, [it["entry_point"] for it in items], examples=[it["test"] for it in items])
    emb = Embedder()
    with_ref = RephraseIndex.build(texts, emb, [it["test"] for it in items], runner)
    without = RephraseIndex(emb=with_ref.emb, views=with_ref.views)
    docs = [C_INTERSPERSE, FIB4_JS]
    a = with_ref.detect(docs, emb)
    b = without.detect(docs, emb)
    five = [it["task_id"] for it in items].index("HumanEval/5")
    assert a["item"][0] == five and a["score"][0] > 5 * b["score"][0]
    assert a["features"][0, FEATURES.index("io_unique")] == 1
    assert a["score"][1] < b["score"][1] and a["score"][1] < 0.2


def test_huge_and_pathological_documents_are_bounded():
    """A 50 MB document and bracket soup are read only up to a fixed amount of work."""
    assert extract("x = foo(a, b) + bar(1, 2);\n" * 2_000_000) == []
    assert extract("f(" * 3_000_000) == []
    assert extract("For a = 1 the output is q " * 50_000) == []
    assert len(extract(">>> f(1)\n2\n" * 1000)) == 1                # deduplicated
