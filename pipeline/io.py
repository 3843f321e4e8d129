"""Shard discovery and atomic Parquet writes."""
from __future__ import annotations

import glob
import os
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import InputError

SHARD_SUFFIXES = (".parquet", ".pq", ".arrow", ".feather")


def discover(input_path: str | os.PathLike) -> list[Path]:
    """Resolve INPUT (a file, a directory of shards, or a glob) to a sorted list of shards."""
    spec = str(input_path)
    if any(ch in spec for ch in "*?["):
        files = [Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file()]
    else:
        p = Path(spec)
        if not p.exists():
            raise InputError(f"{spec}: no such file or directory")
        if p.is_file():
            files = [p]
        else:
            files = [f for f in p.rglob("*") if f.is_file() and f.suffix in SHARD_SUFFIXES]
    files = [f for f in files if not any(part.startswith((".", "_")) for part in f.parts[-1:])]
    if not files:
        raise InputError(f"{spec}: no Parquet shards found (looked for {', '.join(SHARD_SUFFIXES)})")
    return sorted(files)


def read_table(path: Path) -> pa.Table:
    """Read one shard; any failure becomes a one-line InputError naming the file."""
    try:
        if path.suffix in (".arrow", ".feather"):
            import pyarrow.feather as feather

            return feather.read_table(path)
        return pq.read_table(path)
    except Exception as e:  # pyarrow raises several types for corrupt files
        raise _unreadable(path, e) from None


def _unreadable(path: Path, e: Exception) -> InputError:
    msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return InputError(f"{path}: cannot read as Parquet ({msg})")


def read_schema(path: Path) -> pa.Schema:
    try:
        if path.suffix in (".arrow", ".feather"):
            import pyarrow.feather as feather

            return feather.read_table(path, memory_map=True).schema
        return pq.read_schema(path)
    except Exception as e:
        raise _unreadable(path, e) from None


def write_parquet_atomic(table: pa.Table, path: Path, row_group_size: int | None = None) -> None:
    """Write to a temp file in the same directory, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=row_group_size or 64 * 1024)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_bytes_atomic(data: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_text_atomic(text: str, path: Path) -> None:
    write_bytes_atomic(text.encode("utf-8"), path)


def read_dir(path: str | os.PathLike) -> pa.Table:
    """Read every part of an output directory (kept/, rejected/, curated/) as one table."""
    files = discover(path)
    tables = [read_table(f) for f in files]
    return pa.concat_tables(tables, promote_options="default") if tables else pa.table({})
