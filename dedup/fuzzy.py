"""Near-duplicate dedup: MinHash signatures per block, LSH banding shuffle, connected
components, one kept representative per cluster.

Only ids, signatures and band hashes move in the global steps; the text stays in its
block. Every document gets a global integer id (gid = block offset + row), so any task
knows which block owns a gid and small (gid, ...) tables are routed to the owning block
to pick up what they need (signature, id, length, score):

  1. per block:   signatures of the active rows -> sig table (kept in the object store)
                  and (band, bucket, gid) rows
  2. shuffle on the bucket hash -> candidate edges (member -> bucket minimum)
  3. --verify:    edges routed to the blocks of both ends, signature Jaccard >= threshold
  4. connected components (scipy on the driver when small, large/small-star on Ray)
  5. (node, root) routed to the node's block for id/length/score, shuffled on the root
     to pick the representative, routed to the representative's block for its signature
     and finally to the node's block, which writes the output columns.
In mode "both" the input is exact_dedup's output: its rejects pass through untouched.
"""
from __future__ import annotations

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import ray

from pipeline.schema import ID, REJECT_REASON, TEXT, with_column
from pipeline.shuffle import split_by_key, hash_shuffle
from pipeline.stage import StageContext, StageResult

from . import minhash
from .components import NODE, ROOT, connected_components
from .lsh import BUCKET, DST, SRC, band_table, bucket_edges, choose_bands

SIG, KEY = "__sig", "__key"
BLOCK = "__blk"
SIG_COL = "minhash"


# --- routing small (gid, ...) tables to the blocks that own the gids ---------------------

def _route_split(table: pa.Table, col: str, offsets: np.ndarray):
    blk = np.searchsorted(offsets[1:], table[col].to_numpy(), side="right").astype(np.uint64)
    return split_by_key(with_column(table, BLOCK, pa.array(blk, pa.uint64())), BLOCK, len(offsets) - 1)


def route(refs: list, col: str, offsets: np.ndarray) -> list[list]:
    """For every block j, the refs of the rows (from all `refs`) whose `col` lies in block j."""
    nb = len(offsets) - 1
    split = ray.remote(_route_split).options(num_returns=nb)
    mapped = [split.remote(r, col, offsets) for r in refs]
    if nb == 1:
        mapped = [[m] for m in mapped]
    return [[m[j] for m in mapped] for j in range(nb)]


def _concat(parts, schema: pa.Schema | None = None) -> pl.DataFrame:
    tables = [p.drop_columns([BLOCK]) if BLOCK in p.column_names else p for p in parts]
    nonempty = [t for t in tables if t.num_rows]
    if nonempty:
        return pl.from_arrow(pa.concat_tables(nonempty, promote_options="default"))
    return pl.from_arrow(tables[0] if tables else schema.empty_table())


def _lookup_sig(sig_table: pa.Table, gids: np.ndarray) -> np.ndarray:
    own = sig_table["gid"].to_numpy()
    sig = minhash.from_column(sig_table[SIG])
    return sig[np.searchsorted(own, gids)]


# --- step 1: signatures and band rows per block -----------------------------------------

def _active(block: pa.Table) -> np.ndarray:
    if REJECT_REASON in block.column_names:
        return block[REJECT_REASON].is_null().to_numpy(zero_copy_only=False)
    return np.ones(block.num_rows, bool)


def _block_signatures(block: pa.Table, offset: int, cfg: dict):
    active = np.flatnonzero(_active(block))
    gids = offset + active.astype(np.int64)
    text = block[TEXT].take(pa.array(active)) if len(active) < block.num_rows else block[TEXT]
    h, off = minhash.shingle_hashes(text, cfg["ngram_kind"], cfg["ngram"], cfg["norm"])
    if cfg.get("gpu"):
        from .minhash_torch import signatures_from_hashes

        sig = signatures_from_hashes(h, off, cfg["num_perm"], cfg["seed"], device="cuda")
    else:
        sig = minhash.signatures_from_hashes(h, off, cfg["num_perm"], cfg["seed"])
    sig_table = pa.table({"gid": pa.array(gids, pa.int64()), SIG: minhash.to_column(sig)})
    return sig_table, band_table(gids, sig, cfg["bands"], cfg["rows"])


# --- step 3: verification ---------------------------------------------------------------

def _attach_dst_sig(sig_table: pa.Table, *parts: pa.Table) -> pa.Table:
    df = _concat(parts, _EDGE_SCHEMA)
    if df.height == 0:
        return df.to_arrow()
    return with_column(df.to_arrow(), "__sig_dst", minhash.to_column(_lookup_sig(sig_table, df[DST].to_numpy())))


def _check_edges(sig_table: pa.Table, threshold: float, *parts: pa.Table):
    nonempty = [p for p in parts if p.num_rows]
    if not nonempty:
        return _EDGE_SCHEMA.empty_table(), 0
    t = pa.concat_tables(nonempty).drop_columns([BLOCK])
    j = minhash.jaccard(_lookup_sig(sig_table, t[SRC].to_numpy()), minhash.from_column(t["__sig_dst"]))
    ok = j >= threshold
    return t.select([SRC, DST]).filter(pa.array(ok)), int((~ok).sum())


_EDGE_SCHEMA = pa.schema([(SRC, pa.int64()), (DST, pa.int64())])


def _shingles_of(block: pa.Table, offset: int, gids: np.ndarray, cfg: dict):
    text = block[TEXT].take(pa.array(gids - offset))
    return minhash.shingle_hashes(text, cfg["ngram_kind"], cfg["ngram"], cfg["norm"])


def _attach_dst_shingles(block: pa.Table, offset: int, cfg: dict, *parts: pa.Table) -> pa.Table:
    df = _concat(parts, _EDGE_SCHEMA)
    if df.height == 0:
        return df.to_arrow()
    h, off = _shingles_of(block, offset, df[DST].to_numpy(), cfg)
    return with_column(df.to_arrow(), "__sh_dst", pa.LargeListArray.from_arrays(pa.array(off), pa.array(h)))


def exact_jaccard(h_a: np.ndarray, off_a: np.ndarray, h_b: np.ndarray, off_b: np.ndarray) -> np.ndarray:
    """True Jaccard of shingle sets, pair i = (a[i], b[i]), for all pairs at once."""
    n = len(off_a) - 1
    a = pl.DataFrame({"e": np.repeat(np.arange(n), np.diff(off_a)), "h": h_a}).unique()
    b = pl.DataFrame({"e": np.repeat(np.arange(n), np.diff(off_b)), "h": h_b}).unique()
    size = np.zeros(n)
    for part in (a, b):
        g = part.group_by("e").len()
        np.add.at(size, g["e"].to_numpy(), g["len"].to_numpy())
    inter = np.zeros(n)
    g = a.join(b, on=["e", "h"]).group_by("e").len()
    inter[g["e"].to_numpy()] = g["len"].to_numpy()
    return inter / np.maximum(size - inter, 1)


def _check_edges_exact(block: pa.Table, offset: int, cfg: dict, threshold: float, *parts: pa.Table):
    nonempty = [p for p in parts if p.num_rows]
    if not nonempty:
        return _EDGE_SCHEMA.empty_table(), 0
    t = pa.concat_tables(nonempty).drop_columns([BLOCK])
    h_a, off_a = _shingles_of(block, offset, t[SRC].to_numpy(), cfg)
    d = t["__sh_dst"].combine_chunks()
    h_b = d.flatten().to_numpy()
    off_b = np.zeros(len(d) + 1, np.int64)
    np.cumsum(d.value_lengths().to_numpy(), out=off_b[1:])
    ok = exact_jaccard(h_a, off_a, h_b, off_b) >= threshold
    return t.select([SRC, DST]).filter(pa.array(ok)), int((~ok).sum())


def verify_edges(edge_refs, sig_refs, offsets, threshold, blocks=None, cfg=None):
    """Keep candidate edges whose Jaccard reaches the threshold: the signature estimate, or
    (with `blocks`) the exact shingle Jaccard, recomputed in the blocks that hold the texts."""
    nb = len(sig_refs)
    by_dst = route(edge_refs, DST, offsets)
    if blocks is None:
        attach = ray.remote(_attach_dst_sig)
        with_dst = [attach.remote(sig_refs[j], *by_dst[j]) for j in range(nb)]
    else:
        attach = ray.remote(_attach_dst_shingles)
        with_dst = [attach.remote(blocks[j], int(offsets[j]), cfg, *by_dst[j]) for j in range(nb)]
    by_src = route(with_dst, SRC, offsets)
    if blocks is None:
        check = ray.remote(_check_edges).options(num_returns=2)
        out = [check.remote(sig_refs[j], threshold, *by_src[j]) for j in range(nb)]
    else:
        check = ray.remote(_check_edges_exact).options(num_returns=2)
        out = [check.remote(blocks[j], int(offsets[j]), cfg, threshold, *by_src[j]) for j in range(nb)]
    return [o[0] for o in out], sum(ray.get([o[1] for o in out]))


# --- step 5: representatives ------------------------------------------------------------

_NODE_SCHEMA = pa.schema([(NODE, pa.int64()), (ROOT, pa.int64())])


def _node_attrs(block: pa.Table, offset: int, keep: str, score_col: str | None, *parts) -> pa.Table:
    df = _concat(parts, _NODE_SCHEMA)
    rows = pa.array(df[NODE].to_numpy() - offset)
    out = df.with_columns(pl.Series("__id", block[ID].take(rows).cast(pa.large_string())))
    if keep == "longest":
        out = out.with_columns(pl.Series("__rank", pc.binary_length(block[TEXT].take(rows)).cast(pa.float64())))
    elif keep == "score":
        out = out.with_columns(pl.Series("__rank", block[score_col].take(rows).cast(pa.float64())))
    else:
        out = out.with_columns(pl.lit(0.0).alias("__rank"))
    return out.with_columns(pl.col(ROOT).cast(pl.UInt64).alias(KEY)).to_arrow()


_REP_SCHEMA = pa.schema([(NODE, pa.int64()), (ROOT, pa.int64()), ("__rep", pa.int64()),
                         ("__rep_id", pa.large_string()), ("__cluster", pa.large_string()), ("__size", pa.int64())])


def _pick_reps(table: pa.Table | None) -> pa.Table:
    if table is None:
        return _REP_SCHEMA.empty_table()
    df = pl.from_arrow(table)
    ranked = df.sort([ROOT, "__rank", "__id"], descending=[False, True, False], nulls_last=True)
    reps = ranked.group_by(ROOT, maintain_order=True).agg(
        pl.col(NODE).first().alias("__rep"), pl.col("__id").first().alias("__rep_id"),
        pl.col("__id").min().alias("__cluster"), pl.len().cast(pl.Int64).alias("__size"))
    return df.select(NODE, ROOT).join(reps, on=ROOT).to_arrow()


def _attach_rep_sig(sig_table: pa.Table, *parts) -> pa.Table:
    df = _concat(parts)
    sig = _lookup_sig(sig_table, df["__rep"].to_numpy()) if df.height else None
    t = df.to_arrow()
    if sig is None:
        return t
    return with_column(t, "__sig_rep", minhash.to_column(sig))


def _assign(block: pa.Table, offset: int, sig_table: pa.Table, keep_sigs: bool, num_perm: int,
            *parts) -> pa.Table:
    n = block.num_rows
    nonempty = [p.drop_columns([BLOCK]) for p in parts if p.num_rows]
    exact_rejects = ~_active(block)
    size = (block["dup_group_size"].to_numpy(zero_copy_only=False).astype(np.int64)
            if "dup_group_size" in block.column_names else np.ones(n, np.int64))
    dup_of = (block["duplicate_of"].cast(pa.large_string()).to_pylist()
              if "duplicate_of" in block.column_names else None)
    cluster = np.full(n, None, object)
    jac = np.full(n, np.nan)
    jac[exact_rejects] = 1.0
    reason = (block[REJECT_REASON].cast(pa.large_string()).to_numpy(zero_copy_only=False).astype(object)
              if REJECT_REASON in block.column_names else np.full(n, None, object))
    dup_of = np.array(dup_of, dtype=object) if dup_of is not None else np.full(n, None, object)
    if nonempty:
        t = pa.concat_tables(nonempty)
        nodes = t[NODE].to_numpy()
        rows = nodes - offset
        reps = t["__rep"].to_numpy()
        size[rows] = t["__size"].to_numpy()
        cluster[rows] = t["__cluster"].to_numpy(zero_copy_only=False)
        dup = nodes != reps
        drow = rows[dup]
        reason[drow] = "near_duplicate"
        dup_of[drow] = t["__rep_id"].filter(pa.array(dup)).to_numpy(zero_copy_only=False)
        own = _lookup_sig(sig_table, nodes[dup])
        jac[drow] = minhash.jaccard(own, minhash.from_column(t["__sig_rep"].filter(pa.array(dup))))
    out = block
    for name, arr in (("dup_group_size", pa.array(size, pa.int64())),
                      ("duplicate_of", pa.array(dup_of, pa.large_string())),
                      ("dup_cluster", pa.array(cluster, pa.large_string())),
                      ("jaccard_estimate", pa.array(jac, pa.float64(), mask=np.isnan(jac))),
                      (REJECT_REASON, pa.array(reason, pa.large_string()))):
        out = with_column(out, name, arr)
    if keep_sigs:
        sig = np.zeros((n, num_perm), np.uint32)
        have = np.zeros(n, bool)
        rows = sig_table["gid"].to_numpy() - offset
        sig[rows] = minhash.from_column(sig_table[SIG])
        have[rows] = True
        col = pa.FixedSizeListArray.from_arrays(pa.array(sig.reshape(-1)), num_perm, mask=pa.array(~have))
        out = with_column(out, SIG_COL, col)
    return out


def _num_rows(t: pa.Table) -> int:
    return t.num_rows


def fuzzy_dedup(ds, p, ctx: StageContext, distributed_components: bool | None = None) -> StageResult:
    """Mode "fuzzy" (and "both": exact first, fuzzy on its survivors)."""
    from ray.data import from_arrow_refs

    from pipeline.progress import wait_all
    from pipeline.ray_env import cluster_cpus

    if p.mode == "both":
        from .exact import exact_dedup

        ds = exact_dedup(ds, p.normalization(), p.keep, p.score_col)
    refs = ds.to_arrow_refs()
    counts = ray.get([ray.remote(_num_rows).remote(r) for r in refs])
    offsets = np.zeros(len(refs) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    bands, rows = choose_bands(p.threshold, p.num_perm, p.bands, p.rows)
    parts = max(1, min(len(refs), 2 * cluster_cpus()))
    cfg = dict(ngram_kind=p.ngram_kind, ngram=p.ngram, num_perm=p.num_perm, seed=ctx.seed,
               norm=p.normalization(), bands=bands, rows=rows, gpu=p.gpu)

    sig_task = ray.remote(_block_signatures).options(num_returns=2, num_gpus=1 if p.gpu else 0)
    out = [sig_task.remote(r, int(offsets[i]), cfg) for i, r in enumerate(refs)]
    sig_refs, band_refs = [o[0] for o in out], [o[1] for o in out]
    wait_all(sig_refs, "minhash")
    edge_refs = hash_shuffle(band_refs, BUCKET, parts, bucket_edges, desc="lsh buckets")
    del band_refs
    n_rows = ray.remote(_num_rows)
    candidates = sum(ray.get([n_rows.remote(r) for r in edge_refs]))
    stats = {"bands": bands, "rows": rows, "num_perm": p.num_perm, "candidate_pairs": candidates}
    if p.verify:
        edge_refs, rejected = verify_edges(edge_refs, sig_refs, offsets, p.threshold,
                                           refs if p.verify_exact else None, cfg)
        stats["verify"] = "exact" if p.verify_exact else "signature"
        stats["verify_rejected_pairs"] = rejected
    node_refs = connected_components(edge_refs, parts, distributed=distributed_components, log=ctx.log)

    attrs = ray.remote(_node_attrs)
    by_node = route(node_refs, NODE, offsets)
    with_attrs = [attrs.remote(refs[j], int(offsets[j]), p.keep, p.score_col, *by_node[j]) for j in range(len(refs))]
    picked = hash_shuffle(with_attrs, KEY, parts, _pick_reps, desc="representatives")
    by_rep = route(picked, "__rep", offsets)
    rep_sig = ray.remote(_attach_rep_sig)
    with_sig = [rep_sig.remote(sig_refs[j], *by_rep[j]) for j in range(len(refs))]
    by_node = route(with_sig, NODE, offsets)
    assign = ray.remote(_assign)
    final = [assign.remote(refs[j], int(offsets[j]), sig_refs[j], p.keep_signatures, p.num_perm, *by_node[j])
             for j in range(len(refs))]
    wait_all(final, "near dups")
    nodes = sum(ray.get([n_rows.remote(r) for r in picked]))
    stats.update(docs_in_clusters=nodes)
    return StageResult(from_arrow_refs(final), stats=stats)
