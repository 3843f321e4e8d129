"""A hash shuffle over Ray tasks: the global step of dedup-like stages.

map:    every block is split into P parts by `key % P` (one Ray task per block,
        P return objects, nothing goes through the driver);
reduce: part p of every block goes to reduce task p, which sees every row whose
        key falls into p, wherever it came from (so groups spanning shards meet).
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import pyarrow as pa
import ray


def split_by_key(block: pa.Table, key: str, num_parts: int) -> list[pa.Table] | pa.Table:
    if block.num_rows == 0 or key not in block.column_names:  # empty blocks may skip the map
        return [block] * num_parts if num_parts > 1 else block
    keys = block[key].to_numpy(zero_copy_only=False).astype(np.uint64, copy=False)
    part = (keys % np.uint64(num_parts)).astype(np.int64)
    order = np.argsort(part, kind="stable")
    bounds = np.searchsorted(part[order], np.arange(num_parts + 1))
    taken = block.take(pa.array(order))
    parts = [taken.slice(bounds[i], bounds[i + 1] - bounds[i]) for i in range(num_parts)]
    return parts if num_parts > 1 else parts[0]


def _reduce(fn: Callable[..., pa.Table], fn_kwargs: dict, *parts: pa.Table) -> pa.Table:
    parts = [p for p in parts if p.num_rows] or []
    if not parts:
        return fn(None, **fn_kwargs)
    table = pa.concat_tables(parts, promote_options="default")
    return fn(table, **fn_kwargs)


def hash_shuffle(block_refs: list, key: str, num_parts: int, reduce_fn: Callable[..., pa.Table],
                 reduce_kwargs: dict | None = None, desc: str = "shuffle") -> list:
    """Shuffle blocks (object refs of Arrow tables) by the uint64 column `key` and apply
    `reduce_fn(table, **reduce_kwargs) -> table` to each partition (`table` is None for a
    partition that received no rows). Returns refs."""
    from .progress import wait_all

    num_parts = max(1, int(num_parts))
    split = ray.remote(split_by_key).options(num_returns=num_parts)
    mapped = [split.remote(ref, key, num_parts) for ref in block_refs]
    if num_parts == 1:
        mapped = [[m] for m in mapped]
    reduce = ray.remote(_reduce)
    out = [reduce.remote(reduce_fn, reduce_kwargs or {}, *[m[p] for m in mapped]) for p in range(num_parts)]
    wait_all(out, desc)
    return out
