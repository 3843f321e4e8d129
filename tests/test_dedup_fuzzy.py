"""Near-duplicate dedup: signatures, banding, components across shards, the stage end to end."""
from __future__ import annotations

import json
import random

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray

from dedup import minhash
from dedup.components import components_distributed, components_local, connected_components
from dedup.lsh import DST, SRC, band_table, bucket_edges, choose_bands, optimal_param
from dedup.stage import DedupStage
from pipeline.io import read_dir

from conftest import SAMPLE

VOCAB = [f"w{i}" for i in range(3000)]


def _shingles(words, n=5):
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def _pairs(seed=1, count=150, length=150):
    rng = random.Random(seed)
    docs, truth = [], []
    for _ in range(count):
        a = [rng.choice(VOCAB) for _ in range(length)]
        b = list(a)
        for _ in range(rng.randint(0, 40)):
            b[rng.randrange(len(b))] = rng.choice(VOCAB)
        docs += [" ".join(a), " ".join(b)]
        sa, sb = _shingles(a), _shingles(b)
        truth.append(len(sa & sb) / len(sa | sb))
    return docs, np.array(truth)


def test_estimated_jaccard_tracks_true_jaccard():
    docs, truth = _pairs()
    sig = minhash.signatures(pa.array(docs), num_perm=256, seed=3)
    est = minhash.jaccard(sig[0::2], sig[1::2])
    err = est - truth
    assert abs(err.mean()) < 0.01                     # unbiased
    assert np.abs(err).mean() < 0.04                  # ~ binomial error sqrt(J(1-J)/256)
    assert np.abs(err).max() < 0.15
    # shingle hashes are exactly the word 5-gram sets (true Jaccard on the hashes)
    h, off = minhash.shingle_hashes(pa.array(docs[:20]))
    for i in range(0, 20, 2):
        a, b = set(h[off[i]:off[i + 1]].tolist()), set(h[off[i + 1]:off[i + 2]].tolist())
        assert len(a & b) / len(a | b) == pytest.approx(truth[i // 2])


def test_exact_jaccard_of_pairs():
    from dedup.fuzzy import exact_jaccard

    docs, truth = _pairs(count=30)
    h, off = minhash.shingle_hashes(pa.array(docs))
    a_h = np.concatenate([h[off[i]:off[i + 1]] for i in range(0, 60, 2)])
    b_h = np.concatenate([h[off[i]:off[i + 1]] for i in range(1, 60, 2)])
    a_off = np.concatenate([[0], np.cumsum(np.diff(off)[0::2])])
    b_off = np.concatenate([[0], np.cumsum(np.diff(off)[1::2])])
    assert np.allclose(exact_jaccard(a_h, a_off, b_h, b_off), truth)


def test_signature_properties():
    texts = pa.array(["the quick brown fox jumps over the lazy dog", "The  QUICK brown fox jumps over the lazy dog",
                      "tiny", "completely different words are written in this sentence here", "x" * 40])
    s1 = minhash.signatures(texts, seed=0)
    assert s1.shape == (5, 128) and s1.dtype == np.uint32
    assert (s1[0] == s1[1]).all()                     # normalisation: case + whitespace
    assert (minhash.signatures(texts, seed=0) == s1).all()       # deterministic under the seed
    assert (minhash.signatures(texts, seed=1) != s1).mean() > 0.9
    assert minhash.jaccard(s1[0], s1[3]) < 0.2
    col = minhash.to_column(s1)
    assert col.type.list_size == 128 and (minhash.from_column(col) == s1).all()
    # char shingles: a one-character edit keeps most 8-grams
    c = minhash.signatures(pa.array(["abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxy#0123456789"]),
                           kind="char", n=8, num_perm=256)
    assert 0.4 < minhash.jaccard(c[0], c[1]) < 0.9
    # batches whose whole text is shorter than one n-gram, and empty documents
    tiny = minhash.signatures(pa.array(["a b", "c", "", "   ", "  a\tb\n"]))
    assert tiny.shape == (5, 128) and (tiny[2] == tiny[3]).all() and not (tiny[0] == tiny[1]).all()
    assert (tiny[0] == tiny[4]).all()                 # leading/trailing whitespace adds no tokens
    assert minhash.signatures(pa.array([], pa.string())).shape == (0, 128)
    # a document's signature does not depend on its batch
    docs, _ = _pairs(count=20)
    h, off = minhash.shingle_hashes(pa.array(docs))
    assert (minhash.signatures_from_hashes(h[off[5]:off[9]], off[5:10] - off[5]) == minhash.signatures_from_hashes(h, off)[5:9]).all()


@pytest.mark.parametrize("threshold,num_perm", [(0.5, 128), (0.8, 128), (0.9, 64), (0.7, 256)])
def test_band_choice_matches_datasketch(threshold, num_perm):
    from datasketch.lsh import _optimal_param

    assert optimal_param(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert choose_bands(threshold, num_perm) == (lsh.b, lsh.r)


def test_band_overrides_and_errors():
    from pipeline.errors import ConfigError

    assert choose_bands(0.8, 128, bands=16) == (16, 8)
    assert choose_bands(0.8, 128, rows=4) == (32, 4)
    with pytest.raises(ConfigError, match="num-perm"):
        choose_bands(0.8, 64, bands=10, rows=10)


def test_banding_links_members_to_bucket_minimum():
    sig = np.array([[1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 3, 4], [5, 5, 5, 5]], np.uint32)
    t = band_table(np.array([10, 11, 12, 13]), sig, bands=2, rows=2)
    assert t.num_rows == 8
    edges = bucket_edges(t)
    got = sorted(zip(edges[SRC].to_pylist(), edges[DST].to_pylist()))
    assert got == [(11, 10), (12, 10)]                # star to the bucket minimum, no all-pairs


def _chain_edges():
    # shard 0 holds a~b, shard 1 holds b~c (and an unrelated pair), plus a long path split over shards
    path = [(i + 1, i) for i in range(100, 140)]
    random.Random(0).shuffle(path)
    e0 = pa.table({SRC: pa.array([2] + [u for u, _ in path[:20]], pa.int64()),
                   DST: pa.array([1] + [v for _, v in path[:20]], pa.int64())})
    e1 = pa.table({SRC: pa.array([3, 51] + [u for u, _ in path[20:]], pa.int64()),
                   DST: pa.array([2, 50] + [v for _, v in path[20:]], pa.int64())})
    return e0, e1


@pytest.mark.parametrize("distributed", [False, True])
def test_components_across_shards(distributed):
    e0, e1 = _chain_edges()
    refs = connected_components([ray.put(e0), ray.put(e1)], num_parts=3, distributed=distributed)
    t = pa.concat_tables(ray.get(refs))
    root = dict(zip(t["node"].to_pylist(), t["root"].to_pylist()))
    assert len(root) == t.num_rows == 3 + 2 + 41
    assert root[1] == root[2] == root[3] == 1
    assert root[50] == root[51] == 50
    assert all(root[i] == 100 for i in range(100, 141))


def test_distributed_components_match_scipy_on_random_graph():
    rng = np.random.default_rng(0)
    src, dst = rng.integers(0, 400, 300), rng.integers(0, 400, 300)
    local = components_local(src, dst)
    refs = [ray.put(pa.table({SRC: pa.array(src[i::3]), DST: pa.array(dst[i::3])})) for i in range(3)]
    dist = pa.concat_tables(ray.get(components_distributed(refs, 4)))
    a = dict(zip(local["node"].to_pylist(), local["root"].to_pylist()))
    b = dict(zip(dist["node"].to_pylist(), dist["root"].to_pylist()))
    a = {k: v for k, v in a.items() if any(k == s != d or k == d != s for s, d in zip(src, dst))} | \
        {k: v for k, v in a.items() if v != k}
    assert {k: b[k] for k in a} == a


def _read(out):
    return read_dir(out / "kept"), read_dir(out / "rejected"), json.loads((out / "manifest.json").read_text())


def _chain_rows():
    rng = random.Random(5)
    base = [rng.choice(VOCAB) for _ in range(300)]
    b = list(base)
    for i in range(0, 300, 75):
        b[i] = "zz"                                            # a~b: J ~ 0.87
    c = list(b)
    for i in range(37, 300, 75):
        c[i] = "yy"                                            # b~c: J ~ 0.87, a~c: J ~ 0.76
    rows = [{"id": "a", "text": " ".join(base)}, {"id": "c", "text": " ".join(c)},
            {"id": "b", "text": " ".join(b)}, {"id": "d", "text": " ".join(rng.choice(VOCAB) for _ in range(300))}]
    return rows


def test_cross_shard_chain_ends_in_one_cluster(shards, tmp_path):
    rows = _chain_rows()
    src = shards(rows, n=2)                                    # shard 0: a, b; shard 1: c, d
    kept, rej, man = _read(_run(src, tmp_path / "o", mode="fuzzy", threshold=0.7))
    assert sorted(kept["id"].to_pylist()) == ["a", "d"]
    assert sorted(rej["id"].to_pylist()) == ["b", "c"]
    assert set(rej["reject_reason"].to_pylist()) == {"near_duplicate"}
    assert set(rej["duplicate_of"].to_pylist()) == {"a"} and set(rej["dup_cluster"].to_pylist()) == {"a"}
    k = dict(zip(kept["id"].to_pylist(), kept["dup_group_size"].to_pylist()))
    assert k == {"a": 3, "d": 1}
    assert all(0.5 < j <= 1 for j in rej["jaccard_estimate"].to_pylist())
    assert man["input_rows"] == man["kept_rows"] + man["rejected_rows"] == 4


def test_keep_score_picks_highest_and_checks_column(shards, tmp_path):
    from pipeline.errors import ConfigError

    rows = [{**r, "q": float(i)} for i, r in enumerate(_chain_rows())]     # c (i=1) beats a (i=0)
    rows[2]["q"] = 9.0                                                     # b has the top score
    src = shards(rows, n=2)
    kept, rej, _ = _read(_run(src, tmp_path / "o", mode="fuzzy", threshold=0.7, keep="score", score_col="q"))
    assert sorted(kept["id"].to_pylist()) == ["b", "d"]
    assert set(rej["duplicate_of"].to_pylist()) == {"b"} and set(rej["dup_cluster"].to_pylist()) == {"a"}
    with pytest.raises(ConfigError, match="score-col 'nope'"):
        _run(src, tmp_path / "o2", mode="fuzzy", keep="score", score_col="nope")


def _run(src, out, **params):
    DedupStage(params).run(src, out, resume=False)
    return out


def _true_near_dups(ids, texts, threshold=0.8):
    """Exact ground truth: all (a, b) id pairs with true shingle Jaccard >= threshold."""
    from scipy.sparse import csr_matrix

    h, off = minhash.shingle_hashes(pa.array(texts))
    cols = np.unique(h, return_inverse=True)[1]
    rows = np.repeat(np.arange(len(texts)), np.diff(off))
    m = csr_matrix((np.ones(len(h)), (rows, cols)), shape=(len(texts), cols.max() + 1))
    m.data[:] = 1
    m.sum_duplicates()
    m.data[:] = 1
    size = np.asarray(m.sum(1)).ravel()
    inter = (m @ m.T).tocoo()
    keep = inter.row != inter.col
    r, c, v = inter.row[keep], inter.col[keep], inter.data[keep]
    jac = v / (size[r] + size[c] - v)
    return {(ids[i], ids[j]) for i, j, x in zip(r, c, jac) if x >= threshold}


def test_sample_planted_near_dups_found_and_nothing_lost(tmp_path):
    # bands x rows = 16 x 8 puts the S-curve's midpoint at 0.71 (recall), --verify keeps precision
    out = _run(str(SAMPLE), tmp_path / "fz", mode="fuzzy", threshold=0.8, verify=True, verify_exact=True,
               bands=16, rows=8)
    kept, rej, man = _read(out)
    table = read_dir(SAMPLE)
    assert man["input_rows"] == table.num_rows == man["kept_rows"] + man["rejected_rows"]
    assert sorted(kept["id"].to_pylist() + rej["id"].to_pylist()) == sorted(table["id"].to_pylist())
    assert man["stats"]["candidate_pairs"] > man["stats"]["verify_rejected_pairs"] > 0
    ids, texts = table["id"].to_pylist(), table["text"].to_pylist()
    # every dupn-* that truly has a >= 0.85 partner must be rejected or kept as a representative
    strong = {a for a, b in _true_near_dups(ids, texts, 0.85) if a.startswith("dupn-")}
    assert len(strong) > 50
    rejected = set(rej["id"].to_pylist())
    clustered = set(rej["dup_cluster"].to_pylist())
    kept_in_cluster = {i for i, c in zip(kept["id"].to_pylist(), kept["dup_cluster"].to_pylist()) if c}
    found = {d for d in strong if d in rejected or d in kept_in_cluster}
    assert len(found) / len(strong) >= 0.95
    # precision: rejected near dups truly resemble their representative
    partners = {frozenset(p) for p in _true_near_dups(ids, texts, 0.6)}
    pairs_rej = list(zip(rej["id"].to_pylist(), rej["duplicate_of"].to_pylist()))
    assert sum(frozenset(p) in partners for p in pairs_rej) / len(pairs_rej) >= 0.9
    assert clustered <= set(table["id"].to_pylist())
    assert all(j is not None and j >= 0.5 for j in rej["jaccard_estimate"].to_pylist())


def test_mode_both_and_cli(tmp_path):
    from pipeline.cli import main

    out = tmp_path / "both"
    code = main(["dedup", str(SAMPLE), str(out), "--mode", "both", "--keep", "longest", "--keep-signatures",
                 "--num-perm", "64", "--verify", "--force"])
    assert code in (0, None)
    kept, rej, man = _read(out)
    assert man["input_rows"] == man["kept_rows"] + man["rejected_rows"]
    reasons = man["reject_reasons"]
    assert reasons.get("exact_duplicate", 0) >= 100 and reasons.get("near_duplicate", 0) >= 80
    rej_ids = rej["id"].to_pylist()
    # the planted exact dups are rejected as exact, passed through the fuzzy step untouched
    pairs = [(i, d) for i, r, d in zip(rej_ids, rej["reject_reason"].to_pylist(), rej["duplicate_of"].to_pylist())
             if r == "exact_duplicate"]
    exact = {i for i, _ in pairs}
    assert len(exact) == 120 and all(i.startswith("dupx-") or d.startswith("dupx-") for i, d in pairs)
    assert all(j == 1.0 for i, j in zip(rej_ids, rej["jaccard_estimate"].to_pylist()) if i in exact)
    # keep longest: no rejected near dup is longer than its representative
    length = {i: len(t.encode()) for i, t in zip(kept["id"].to_pylist(), kept["text"].to_pylist())}
    for i, t, r, d in zip(rej_ids, rej["text"].to_pylist(), rej["reject_reason"].to_pylist(), rej["duplicate_of"].to_pylist()):
        if r == "near_duplicate":
            assert length[d] >= len(t.encode())
    assert man["stats"]["verify"] == "signature" and man["stats"]["verify_rejected_pairs"] > 0
    assert kept.schema.field("minhash").type.list_size == 64
    assert rej["minhash"].null_count == len(exact)


def test_torch_signature_path_matches_cpu_kernel():
    """The GPU path (run here on torch's CPU device) gives bit-identical signatures."""
    from dedup import minhash_torch

    docs, _ = _pairs(count=40)
    texts = pa.array(docs + ["", "one", "a b c", "x " * 300])
    for kind, n in (("word", 5), ("char", 8)):
        h, off = minhash.shingle_hashes(texts, kind, n)
        want = minhash.signatures_from_hashes(h, off, 64, seed=7)
        got = minhash_torch.signatures_from_hashes(h, off, 64, seed=7, device="cpu", chunk=97)
        assert got.dtype == np.uint32 and (got == want).all()


def test_minhash_triton_kernel_matches_cpu_kernel(monkeypatch):
    """The GPU default (the Triton kernel, here under the CPU interpreter) gives the CPU kernel's
    signatures bit for bit: empty documents, documents longer than one block, num_perm that is not a
    power of two, a document count that leaves the last program part-empty."""
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    from dedup import minhash_torch

    docs, _ = _pairs(count=9)
    texts = pa.array(docs + ["", "one", "a b c", "x " * 300])
    h, off = minhash.shingle_hashes(texts, "word", 5)
    for num_perm in (64, 37):
        want = minhash.signatures_from_hashes(h, off, num_perm, seed=3)
        got = minhash_torch.signatures_from_hashes(h, off, num_perm, seed=3, device="cpu", backend="triton")
        assert got.dtype == np.uint32 and (got == want).all()


def test_gpu_flag_without_a_gpu_is_a_one_line_error(tmp_path, capsys):
    from pipeline.cli import main
    from pipeline.ray_env import cluster_gpus

    if cluster_gpus() >= 1:   # a GPU machine: the flag must simply work
        assert main(["dedup", str(SAMPLE), str(tmp_path / "o"), "--mode", "fuzzy", "--gpu"]) in (0, None)
        return
    assert main(["dedup", str(SAMPLE), str(tmp_path / "o"), "--mode", "fuzzy", "--gpu"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "assay: error: dedup: --gpu needs a GPU in the Ray cluster, and it has none"
