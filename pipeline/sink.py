"""Write a stage's output (all rows + reject_reason) as kept/ and rejected/ parts."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from ray.data import Datasink

from .io import write_parquet_atomic
from .schema import REJECT_REASON, conform


def kept_schema(schema: pa.Schema) -> pa.Schema:
    return pa.schema([f for f in schema if f.name != REJECT_REASON])


def write_split(table: pa.Table, out_dir: Path, part: str, schema: pa.Schema) -> dict:
    """Split one table by reject_reason and write `kept/part-X` and `rejected/part-X`."""
    table = conform(table, schema)
    reason = table[REJECT_REASON]
    rejected_mask = pc.is_valid(reason)
    kept = table.filter(pc.invert(rejected_mask)).drop_columns([REJECT_REASON])
    rejected = table.filter(rejected_mask)
    if kept.num_rows:
        write_parquet_atomic(kept, out_dir / "kept" / f"part-{part}.parquet")
    if rejected.num_rows:
        write_parquet_atomic(rejected, out_dir / "rejected" / f"part-{part}.parquet")
    reasons = Counter(rejected[REJECT_REASON].to_pylist()) if rejected.num_rows else Counter()
    return {"kept": kept.num_rows, "rejected": rejected.num_rows, "reasons": dict(reasons)}


SHARD = "__shard"


def shard_part(shard: int) -> str:
    """File-name prefix of one input shard's parts (per-shard resume)."""
    return f"s{shard:05d}-"


class SplitParquetSink(Datasink):
    """One write task per block group; files are named by the task index so that the
    same input gives the same files, and each file appears atomically. With `by_shard`,
    rows carry their input shard in a `__shard` column and each shard's rows go to files
    of their own (`part-sNNNNN-TASK`), which is what per-shard resume counts."""

    def __init__(self, out_dir: Path, schema: pa.Schema, by_shard: bool = False):
        self.out_dir = Path(out_dir)
        self.schema = schema
        self.by_shard = by_shard
        self.result: dict = {"kept": 0, "rejected": 0, "reasons": {}}

    def write(self, blocks, ctx):
        tables = [b for b in blocks if b is not None and b.num_rows]
        if not tables:
            return {"kept": 0, "rejected": 0, "reasons": {}}
        if not self.by_shard:
            table = pa.concat_tables([conform(t, self.schema) for t in tables])
            return write_split(table, self.out_dir, f"{ctx.task_idx:05d}", self.schema)
        table = pa.concat_tables(tables, promote_options="default")
        if SHARD not in table.column_names:
            raise RuntimeError(f"the stage dropped the {SHARD} column, so it cannot be resumed per shard")
        shard = table[SHARD].to_numpy()
        counts = []
        for s in np.unique(shard):
            part = table.filter(pa.array(shard == s))
            counts.append(write_split(part, self.out_dir, f"{shard_part(int(s))}{ctx.task_idx:05d}", self.schema))
        return merge_counts(counts)

    def on_write_complete(self, write_result):
        returns = getattr(write_result, "write_returns", write_result)
        self.result = merge_counts(returns)


def merge_counts(counts: list[dict]) -> dict:
    total = {"kept": 0, "rejected": 0, "reasons": Counter()}
    for c in counts:
        total["kept"] += c["kept"]
        total["rejected"] += c["rejected"]
        total["reasons"].update(c["reasons"])
    total["reasons"] = dict(sorted(total["reasons"].items()))
    return total


def counts_from_files(out_dir: Path) -> dict:
    """kept/rejected row counts and reasons, read back from the written parts."""
    import pyarrow.parquet as pq

    kept = sum(pq.ParquetFile(f).metadata.num_rows for f in (out_dir / "kept").glob("*.parquet"))
    reasons: Counter = Counter()
    for f in (out_dir / "rejected").glob("*.parquet"):
        reasons.update(pq.read_table(f, columns=[REJECT_REASON])[REJECT_REASON].to_pylist())
    return {"kept": kept, "rejected": sum(reasons.values()), "reasons": dict(sorted(reasons.items()))}


def _shard_files(out_dir: Path, shard: int):
    for sub in ("kept", "rejected"):
        yield from (out_dir / sub).glob(f"part-{shard_part(shard)}*.parquet")


def shard_rows_written(out_dir: Path, shard: int) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in _shard_files(out_dir, shard))


def remove_shard_parts(out_dir: Path, shard: int) -> None:
    for f in list(_shard_files(out_dir, shard)):
        f.unlink()


def ensure_nonempty_dirs(out_dir: Path, schema: pa.Schema) -> None:
    """Readers of `kept/*.parquet` expect at least one file: write an empty part."""
    for sub, sch in (("kept", kept_schema(schema)), ("rejected", schema)):
        d = out_dir / sub
        d.mkdir(parents=True, exist_ok=True)
        if not any(d.glob("*.parquet")):
            write_parquet_atomic(sch.empty_table(), d / "part-empty.parquet")
