"""Read shards into Ray's object store, validate every row, split good from quarantined.

Three waves of Ray tasks, none of which moves row data through the driver:
1. per shard: read, canonicalise columns, per-row checks  -> (table, ids, schema)
2. one task over the id columns only: ids seen before     -> row indices per shard
3. per shard: mark duplicate ids, conform to the unified schema, split
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import ray

from .io import discover, read_table
from .progress import wait_all
from .schema import ID, REJECT_REASON, ColumnMap, conform, merge_schemas, normalise_types
from .validate import check_rows, duplicate_id_rows


@dataclass
class Ingested:
    files: list[Path]
    valid_refs: list            # refs of good-row tables (unified schema, no reject_reason)
    quarantine_refs: list       # refs of bad-row tables (unified schema + reject_reason)
    schema: pa.Schema           # unified schema of good rows
    input_rows: int
    valid_counts: list[int]     # good rows per shard (valid_refs order)

    @property
    def valid_rows(self) -> int:
        return sum(self.valid_counts)


def _read_check(source, name: str, cols: ColumnMap, max_doc_bytes: int):
    table = read_table(Path(source)) if isinstance(source, (str, Path)) else source
    checked = check_rows(table, name, cols, max_doc_bytes)
    return checked, checked[ID].combine_chunks(), checked.schema


def precheck(files: list[Path], cols: ColumnMap) -> None:
    """Read only the footers on the driver, so a corrupt shard or a missing column fails
    fast with one line before any task starts."""
    from concurrent.futures import ThreadPoolExecutor

    from .io import read_schema
    from .validate import require_columns

    with ThreadPoolExecutor(8) as pool:
        schemas = list(pool.map(read_schema, files))
    for f, schema in zip(files, schemas):
        require_columns(schema.names, f, cols)


def _dup_ids(*id_arrays):
    return duplicate_id_rows(list(id_arrays))


def _finish(table: pa.Table, dup_rows: np.ndarray, schema: pa.Schema):
    if len(dup_rows):
        reason = np.array(table[REJECT_REASON].to_pylist(), dtype=object)
        free = np.array([reason[i] is None for i in dup_rows], dtype=bool)
        reason[dup_rows[free]] = "duplicate_id"
        table = table.set_column(table.schema.get_field_index(REJECT_REASON), REJECT_REASON,
                                 pa.array(reason, type=pa.large_string()))
    table = conform(table, schema)
    bad = pc.is_valid(table[REJECT_REASON])
    good = table.filter(pc.invert(bad)).drop_columns([REJECT_REASON])
    return good, table.filter(bad)


def ingest(source, cols: ColumnMap, max_doc_bytes: int) -> Ingested:
    """`source`: a pyarrow Table, a path/glob, or the already discovered list of shards."""
    if isinstance(source, pa.Table):
        files, sources, names = [], [ray.put(source)], ["<table>"]
    else:
        files = source if isinstance(source, list) else discover(source)
        precheck(files, cols)
        sources, names = [str(f) for f in files], [str(f) for f in files]
    read = ray.remote(_read_check).options(num_returns=3)
    waves = [read.remote(s, n, cols, max_doc_bytes) for s, n in zip(sources, names)]
    schemas = wait_all([w[2] for w in waves], "read shards")
    unified = normalise_types(merge_schemas(*schemas))
    dups = ray.get(ray.remote(_dup_ids).remote(*[w[1] for w in waves]))
    finish = ray.remote(_finish).options(num_returns=2)
    split = [finish.remote(w[0], d, unified) for w, d in zip(waves, dups)]
    valid_refs = [s[0] for s in split]
    quarantine_refs = [s[1] for s in split]
    count = ray.remote(lambda t: t.num_rows)
    valid_counts = ray.get([count.remote(r) for r in valid_refs])
    quarantined = sum(ray.get([count.remote(r) for r in quarantine_refs]))
    good_schema = pa.schema([f for f in unified if f.name != REJECT_REASON])
    return Ingested(files, valid_refs, quarantine_refs, good_schema, sum(valid_counts) + quarantined, valid_counts)
