"""Exact dedup: a Ray hash shuffle on the normalised-text hash, one representative per group.

Rows travel whole through the shuffle (map: split by hash % P; reduce: group), so a
group whose copies sit in different shards meets in one reduce task, and nothing is
collected on the driver.
"""
from __future__ import annotations

import polars as pl
import pyarrow as pa

from pipeline.ray_env import cluster_cpus
from pipeline.schema import ID, REJECT_REASON, TEXT, with_column
from pipeline.shuffle import hash_shuffle

from .normalize import Normalization, content_hash, normalize

H1, H2 = "__h1", "__h2"


def add_hashes(batch: pa.Table, norm: dict) -> pa.Table:
    h1, h2 = content_hash(normalize(batch[TEXT], Normalization(**norm)))
    return with_column(with_column(batch, H1, pa.array(h1, pa.uint64())), H2, pa.array(h2, pa.uint64()))


def pick_representatives(table: pa.Table, keep: str = "first", score_col: str | None = None) -> pa.Table:
    """Within each (H1, H2) group keep one row; mark the others exact_duplicate."""
    if table is None:
        return pa.table({})
    if table.num_rows == 0:
        return table.drop_columns([c for c in (H1, H2) if c in table.column_names])
    df = pl.from_arrow(table)
    order = ["__h1", "__h2"]
    if keep == "longest":
        df = df.with_columns(pl.col(TEXT).str.len_bytes().alias("__len"))
        order_by, desc = [*order, "__len", ID], [False, False, True, False]
    elif keep == "score":
        order_by, desc = [*order, score_col, ID], [False, False, True, False]
    else:
        order_by, desc = [*order, ID], [False, False, False]
    ranked = df.sort(order_by, descending=desc, nulls_last=True)
    reps = ranked.group_by(order, maintain_order=True).agg(
        pl.col(ID).first().alias("__rep"), pl.len().cast(pl.Int64).alias("dup_group_size"))
    df = df.join(reps, on=order, how="left")
    is_dup = pl.col(ID) != pl.col("__rep")
    df = df.with_columns(
        pl.when(is_dup).then(pl.col("__rep")).otherwise(None).alias("duplicate_of"),
        pl.when(is_dup).then(pl.lit("exact_duplicate")).otherwise(None).alias(REJECT_REASON),
    ).drop(["__rep", "__len", H1, H2], strict=False)
    df = df.sort(ID)
    return df.to_arrow(compat_level=pl.CompatLevel.oldest())


def exact_dedup(ds, norm: Normalization, keep: str = "first", score_col: str | None = None,
                num_parts: int | None = None):
    """Return a Dataset with every row, `dup_group_size`, `duplicate_of`, `reject_reason`."""
    from ray.data import from_arrow_refs

    hashed = ds.map_batches(add_hashes, fn_kwargs={"norm": norm.model_dump()}, batch_format="pyarrow",
                            batch_size=None, zero_copy_batch=True)
    refs = hashed.to_arrow_refs()
    parts = num_parts or max(1, min(len(refs), 2 * cluster_cpus()))
    out = hash_shuffle(refs, H1, parts, pick_representatives, {"keep": keep, "score_col": score_col},
                       desc="exact dedup")
    return from_arrow_refs(out)
