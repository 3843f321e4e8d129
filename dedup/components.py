"""Connected components of the candidate graph: (node, root = smallest node) per node.

Two paths over the same input (Ray refs of (src, dst) int64 edge tables):
- local: when the edges fit (`max_local_edges`), only the id pairs come to the driver and
  scipy's connected_components labels them (fast, one process).
- distributed: large-star / small-star (Kiveris et al., "Connected Components in
  MapReduce and Beyond", 2014) as rounds of Ray hash shuffles keyed by node; each round
  is two shuffles, O(log^2 n) rounds; it stops when every component is a star around its
  minimum, which the large-star reduce checks on its input.
"""
from __future__ import annotations

import numpy as np
import polars as pl
import pyarrow as pa
import ray

from pipeline.shuffle import hash_shuffle

from .lsh import DST, SRC

NODE, ROOT = "node", "root"
U, V, VIOL = "__u", "__v", "__viol"
MAX_LOCAL_EDGES = 20_000_000
MAX_ROUNDS = 64


def _empty_nodes() -> pa.Table:
    return pa.table({NODE: pa.array([], pa.int64()), ROOT: pa.array([], pa.int64())})


def components_local(src: np.ndarray, dst: np.ndarray) -> pa.Table:
    """scipy connected components; returns (node, root) for every node on an edge."""
    if len(src) == 0:
        return _empty_nodes()
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    nodes, inv = np.unique(np.concatenate([src, dst]), return_inverse=True)
    m = len(src)
    g = coo_matrix((np.ones(m, np.int8), (inv[:m], inv[m:])), shape=(len(nodes), len(nodes)))
    _, label = connected_components(g, directed=True, connection="weak")
    root_of_label = np.full(label.max() + 1, np.iinfo(np.int64).max, np.int64)
    np.minimum.at(root_of_label, label, nodes)
    return pa.table({NODE: pa.array(nodes), ROOT: pa.array(root_of_label[label])})


# --- distributed: large-star / small-star on Ray ------------------------------------

def _both_directions(df: pl.DataFrame, a: str, b: str) -> pa.Table:
    fwd = df.select(pl.col(a).alias(U), pl.col(b).alias(V))
    rev = df.select(pl.col(b).alias(U), pl.col(a).alias(V))
    out = pl.concat([fwd, rev]).unique()
    return out.with_columns(pl.col(U).cast(pl.UInt64).alias("__key")).to_arrow()


def _start(table: pa.Table) -> pa.Table:
    return _both_directions(pl.from_arrow(table).filter(pl.col(SRC) != pl.col(DST)), SRC, DST)


_EMPTY_UV = pa.schema([(U, pa.int64()), (V, pa.int64()), ("__key", pa.uint64())])


def _large_star(table: pa.Table | None) -> pa.Table:
    """Grouped by u (all neighbours present): link every larger neighbour to min(N(u) + u).
    Also counts star violations of the input: a non-root node with more than one neighbour."""
    if table is None:
        return pa.schema([*_EMPTY_UV, (VIOL, pa.int64())]).empty_table()
    df = pl.from_arrow(table).select(U, V)
    g = df.group_by(U).agg(pl.col(V).min().alias("__mn"), pl.col(V).n_unique().alias("__deg"))
    viol = int(g.filter((pl.col("__mn") < pl.col(U)) & (pl.col("__deg") > 1)).height)
    g = g.with_columns(pl.min_horizontal(U, "__mn").alias("__m"))
    out = (df.join(g.select(U, "__m"), on=U).filter(pl.col(V) > pl.col(U))
           .select(pl.col(V).alias(U), pl.col("__m").alias(V)).unique())   # (a > b)
    return out.with_columns(pl.col(U).cast(pl.UInt64).alias("__key"),
                            pl.lit(viol, pl.Int64).alias(VIOL)).to_arrow()


def _small_star(table: pa.Table) -> pa.Table:
    """Grouped by a over edges (a > b): link a and all its smaller neighbours to their minimum."""
    if table is None:
        return _EMPTY_UV.empty_table()
    df = pl.from_arrow(table).select(U, V)
    if df.height == 0:
        return _both_directions(df, U, V)
    m = df.group_by(U).agg(pl.col(V).min().alias("__m"))
    nb = df.join(m, on=U).select(pl.col(V).alias("a"), pl.col("__m").alias("b"))
    self_ = m.select(pl.col(U).alias("a"), pl.col("__m").alias("b"))
    out = pl.concat([nb, self_]).filter(pl.col("a") != pl.col("b")).unique()
    return _both_directions(out, "a", "b")


def _viol(table: pa.Table) -> int:
    return int(table[VIOL][0].as_py()) if table.num_rows else 0


def _final(table: pa.Table) -> pa.Table:
    df = pl.from_arrow(table).select(pl.col(U).alias(NODE), pl.col(V).alias(ROOT))
    roots = df.select(pl.col(ROOT).alias(NODE), ROOT)
    out = pl.concat([df, roots]).unique()
    return out.with_columns(pl.col(NODE).cast(pl.UInt64).alias("__key")).to_arrow()


def _dedupe_nodes(table: pa.Table | None) -> pa.Table:
    if table is None:
        return _empty_nodes()
    return pl.from_arrow(table).select(NODE, ROOT).unique().sort(NODE).to_arrow()


def components_distributed(edge_refs: list, num_parts: int, log=None) -> list:
    """Large-star / small-star rounds on Ray. Returns refs of (node, root) tables."""
    start = ray.remote(_start)
    refs = [start.remote(r) for r in edge_refs]
    viol_of = ray.remote(_viol)
    for rnd in range(MAX_ROUNDS):
        large = hash_shuffle(refs, "__key", num_parts, _large_star, desc=f"large-star {rnd}")
        violations = sum(ray.get([viol_of.remote(r) for r in large]))
        if log:
            log(f"[dedup] components round {rnd}: {violations} non-star nodes")
        if violations == 0:
            break
        refs = hash_shuffle(large, "__key", num_parts, _small_star, desc=f"small-star {rnd}")
    final = ray.remote(_final)
    nodes = [final.remote(r) for r in large]
    return hash_shuffle(nodes, "__key", num_parts, _dedupe_nodes, desc="components")


def _num_rows(t: pa.Table) -> int:
    return t.num_rows


def connected_components(edge_refs: list, num_parts: int, distributed: bool | None = None,
                         max_local_edges: int = MAX_LOCAL_EDGES, log=None) -> list:
    """(node, root) tables (as Ray refs) for every node that has a candidate edge."""
    if distributed is None:
        total = sum(ray.get([ray.remote(_num_rows).remote(r) for r in edge_refs]))
        distributed = total > max_local_edges
    if distributed:
        return components_distributed(edge_refs, num_parts, log)
    tables = [t for t in ray.get(edge_refs) if t.num_rows]
    if not tables:
        return [ray.put(_empty_nodes())]
    edges = pa.concat_tables(tables)
    nodes = components_local(edges[SRC].to_numpy(), edges[DST].to_numpy())
    return [ray.put(nodes)]
