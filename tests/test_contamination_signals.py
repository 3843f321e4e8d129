"""Lexical views and the margin/candidate logic of the rephrase detector (no embedding model)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from contamination.benchmarks import load_benchmark
from contamination.rephrase import FEATURES, WEIGHTS, RephraseIndex, margins
from contamination.signals import View, concepts, literals, words

ITEMS = [
    'def has_close_elements(numbers, threshold):\n    """Check if two numbers are closer than threshold.\n'
    '    >>> has_close_elements([1.0, 2.8, 3.0], 0.3)\n    True\n    """\n'
    '    return any(abs(a - b) < threshold for i, a in enumerate(numbers) for b in numbers[i + 1:])\n',
    'def count_vowels(word):\n    """Count the vowels of a word.\n    >>> count_vowels("abcde")\n    2\n    """\n'
    '    return sum(ch in "aeiou" for ch in word)\n',
    'def gcd(a, b):\n    """Greatest common divisor.\n    >>> gcd(25, 15)\n    5\n    """\n'
    '    while b:\n        a, b = b, a % b\n    return a\n',
]
JS_LEAK = ("// Are any two numbers nearer than the threshold?\n// hasCloseElements([1.0, 2.8, 3.0], 0.3) -> true\n"
           "function hasCloseElements(nums, threshold) {\n  for (let i = 0; i < nums.length; i++)\n"
           "    for (let j = i + 1; j < nums.length; j++)\n      if (Math.abs(nums[i] - nums[j]) < threshold) return true;\n"
           "  return false;\n}")


def test_words_split_identifiers_and_map_spellings():
    assert words("hasCloseElements") == words("has_close_elements") == ["close", "element"]
    assert words("strlen(s)") == words("s.length") == ["len"]
    assert "append" in words("out.push(x)") and "lower" in words("c.toLowerCase()")


def test_literals_canonical_with_pairs():
    lits = literals("f([1.0, 2.50, 3], 'Abc')\n7")
    assert {"1", "2.5", "3", "'abc", "1|2.5", "2.5|3", "7"} <= set(lits)
    assert "3|7" not in lits                      # pairs stay on one line
    assert not any("s" in x for x in literals("it's what they don't say"))


def test_concepts_are_language_neutral():
    py = concepts("for x in xs:\n    if x % 2 == 0 and not y:\n        out.append(len(x))")
    js = concepts("for (const x of xs) { if (x % 2 === 0 && !y) out.push(x.length); }")
    assert {"for", "if", "%", "==", "and", "!", "append", "len"} <= set(py) & set(js)


def test_view_ranks_the_translated_item_first():
    for name in ("words", "literals", "concepts"):
        v = View.build(name, ITEMS)
        r = v.scores([JS_LEAK, "completely unrelated prose about gardening"])
        assert r["cos"].shape == (2, 3) and r["recall"].shape == (2, 3)
        assert r["cos"][0].argmax() == 0, name
        assert np.all(r["cos"] <= 1.0 + 1e-5) and np.all(r["cos"] >= 0)


def test_margins_against_the_runner_up():
    s = np.array([[0.9, 0.5, 0.1], [0.2, 0.2, 0.4]], np.float32)
    np.testing.assert_allclose(margins(s), [[0.4, -0.4, -0.8], [-0.2, -0.2, 0.2]], atol=1e-6)


def test_decide_picks_the_best_candidate_and_respects_the_floor():
    views = {n: View.build(n, ITEMS) for n in ("words", "literals", "concepts")}
    idx = RephraseIndex(emb=np.eye(3, 4, dtype=np.float32), views=views)
    texts = [JS_LEAK, "gardening notes"]
    sims = np.array([[0.7, 0.1, 0.1], [0.05, 0.1, 0.0]], np.float32)
    mats = idx.matrices(texts, None, similarity=sims)
    out = idx.decide(mats, top_k=2, min_similarity=0.2)
    assert len(WEIGHTS) == len(FEATURES) == out["features"].shape[1]
    assert out["item"].tolist() == [0, -1]        # the prose has no candidate above the floor
    assert out["score"][0] > 0.5


def test_example_field(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join(json.dumps({"task_id": f"t/{i}", "prompt": t, "test": f"assert f({i}) == {i * 7}"})
                              for i, t in enumerate(ITEMS)))
    b = load_benchmark(f"b={path}", "prompt", example_field="test")
    assert b.extra["examples"][2] == "assert f(2) == 14"
    assert "examples" not in load_benchmark(f"b={path}", "prompt").extra
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="example column"):
        load_benchmark(f"b={path}", "prompt", example_field="tests")


def test_prose_is_the_comments_and_docstrings():
    """The prose view embeds what a document says about the task, in any language."""
    from contamination.signals import prose

    c = "#include <math.h>\n/* Sum the digits of N\n * and return it in binary. */\nint f(int n) { return n; } // done\n"
    assert prose(c) == "Sum the digits of N and return it in binary. done"
    py = ('def f(v, b):\n    """Is v a power of b?\n    >>> f(8, 2)\n    True\n    """\n'
          "    # keep dividing\n    while v % b == 0:\n        v //= b  # floor\n    return v == 1\n")
    assert prose(py) == "Is v a power of b? keep dividing floor"       # `//` divides in Python
    js = "/**\n * Second largest value.\n * @param {number[]} xs\n */\nconst g = (xs) => xs; // s = 'a#b'\n"
    assert prose(js) == "Second largest value. xs s = 'a#b'"
    assert prose("int main(void) { return 0; }") == ""
