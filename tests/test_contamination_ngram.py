"""N-gram overlap and benchmark loading: pure numpy/polars, no Ray."""
from __future__ import annotations

import gzip
import json

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contamination.benchmarks import load_benchmark, load_benchmarks
from contamination.ngram import NgramIndex, flag
from contamination.tokenize import ngram_hashes, token_ids
from pipeline.errors import ConfigError, InputError

ITEM = '''def count_upper_vowels(word: str) -> int:
    """ Count how many upper-case vowels sit at even positions of the given word.
    >>> count_upper_vowels('aBCdEf')
    1
    >>> count_upper_vowels('dBBE')
    0
    """
    return sum(1 for i, c in enumerate(word) if i % 2 == 0 and c in 'AEIOU')
'''
OTHER = '''def reverse_words(sentence: str) -> str:
    """ Reverse the order of the words of a sentence, keeping each word intact.
    >>> reverse_words('hello big world')
    'world big hello'
    """
    return ' '.join(reversed(sentence.split()))
'''


@pytest.fixture(scope="module")
def index():
    return NgramIndex.build([ITEM, OTHER], n=8)


def flagged(index, texts):
    r = index.scan(pa.array(texts, pa.large_string()))
    return r, flag(r["span"], r["frac"], index.n, 0.3, 50)


def test_exact_partial_and_non_leaks(index):
    prose = "Some unrelated text about package managers and their many command line options. " * 3
    docstring_only = ITEM.split('"""')[1]
    look_alike = ('def count_lower_consonants(word: str) -> int:\n    """ Count how many lower-case consonants '
                  'sit at odd positions of a word.\n    """\n    return 0\n')
    docs = [ITEM, prose + ITEM + prose, prose + docstring_only, look_alike, prose, ""]
    r, hit = flagged(index, docs)
    assert hit.tolist() == [True, True, True, False, False, False]
    assert r["item"][:3].tolist() == [0, 0, 0]
    n_item = len(token_ids([ITEM])[0])
    assert r["span"][0] == n_item and r["frac"][0] == 1.0 and r["coverage"][0] == 1.0
    assert r["span"][1] == n_item                   # the prose around it does not extend the span
    assert 0.3 < r["frac"][2] < 1.0 and 0 < r["coverage"][2] < 1.0
    assert r["span"][3] < 16 and r["item"][4] == -1 and r["span"][5] == 0


def test_best_item_is_the_longest_span(index):
    r, hit = flagged(index, [OTHER + "\n\n" + ITEM[:120]])
    assert hit[0] and r["item"][0] == 1 and r["frac"][0] == 1.0


def _naive_longest(doc_tokens, item_tokens, n):
    grams = {tuple(item_tokens[i:i + n]) for i in range(len(item_tokens) - n + 1)}
    best = run = 0
    for i in range(len(doc_tokens) - n + 1):
        run = run + 1 if tuple(doc_tokens[i:i + n]) in grams else 0
        best = max(best, run)
    return best + n - 1 if best else 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from("a b c d e".split()), max_size=40), min_size=1, max_size=6),
       st.lists(st.sampled_from("a b c d e".split()), min_size=3, max_size=30), st.integers(2, 4))
def test_vectorised_span_matches_a_naive_scan(docs, item, n):
    index = NgramIndex.build([" ".join(item)], n=n)
    r = index.scan(pa.array([" ".join(d) for d in docs], pa.large_string()))
    expect = [_naive_longest(d, item, n) for d in docs]
    assert r["span"].tolist() == expect


def test_ngrams_never_cross_documents():
    ids, off = token_ids(["a b c", "d e f"])
    h, pos = ngram_hashes(ids, off, 2)
    assert pos.tolist() == [0, 1, 3, 4]
    single, _ = ngram_hashes(*token_ids(["b c"]), 2)
    assert h[1] == single[0]                        # same n-gram, same hash wherever it sits


def test_benchmark_files_and_builtin(tmp_path):
    rows = [{"qid": f"q{i}", "question": f"What is {i} plus {i}?", "answer": str(2 * i)} for i in range(3)]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    with gzip.open(tmp_path / "c.jsonl.gz", "wt") as f:
        f.write("\n".join(json.dumps(r) for r in rows))
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "d.parquet")
    (tmp_path / "e.csv").write_text("qid,question,answer\n" + "\n".join(f"{r['qid']},{r['question']},{r['answer']}"
                                                                        for r in rows))
    for name in ("b.jsonl", "c.jsonl.gz", "d.parquet", "e.csv"):
        b = load_benchmark(f"mine={tmp_path / name}", "question,answer", "qid")
        assert b.name == "mine" and b.ids == ["q0", "q1", "q2"] and b.texts[1] == "What is 1 plus 1?2"
    auto = load_benchmark(str(tmp_path / "b.jsonl"))
    assert auto.name == "b" and auto.texts[0] == "What is 0 plus 0?" and auto.ids == ["0", "1", "2"]
    he = load_benchmark("humaneval")
    assert len(he) == 164 and he.ids[0] == "HumanEval/0" and "return False" in he.texts[0]
    with pytest.raises(ConfigError, match="nope"):
        load_benchmark(str(tmp_path / "b.jsonl"), "nope")
    with pytest.raises(InputError, match="does not exist"):
        load_benchmark(str(tmp_path / "missing.jsonl"))
    with pytest.raises(ConfigError, match="twice"):
        load_benchmarks([str(tmp_path / "b.jsonl"), str(tmp_path / "b.jsonl")])
