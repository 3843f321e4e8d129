"""Write a stage's output (all rows + reject_reason) as kept/ and rejected/ parts."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

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


class SplitParquetSink(Datasink):
    """One write task per block group; files are named by the task index so that the
    same input gives the same files, and each file appears atomically."""

    def __init__(self, out_dir: Path, schema: pa.Schema):
        self.out_dir = Path(out_dir)
        self.schema = schema
        self.result: dict = {"kept": 0, "rejected": 0, "reasons": {}}

    def write(self, blocks, ctx):
        tables = [b for b in blocks if b is not None and b.num_rows]
        if not tables:
            return {"kept": 0, "rejected": 0, "reasons": {}}
        tables = [conform(t, self.schema) for t in tables]
        table = pa.concat_tables(tables)
        return write_split(table, self.out_dir, f"{ctx.task_idx:05d}", self.schema)

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


def ensure_nonempty_dirs(out_dir: Path, schema: pa.Schema) -> None:
    """Readers of `kept/*.parquet` expect at least one file: write an empty part."""
    for sub, sch in (("kept", kept_schema(schema)), ("rejected", schema)):
        d = out_dir / sub
        d.mkdir(parents=True, exist_ok=True)
        if not any(d.glob("*.parquet")):
            write_parquet_atomic(sch.empty_table(), d / "part-empty.parquet")
