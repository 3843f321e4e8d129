"""Row-level input checks: every bad row is quarantined with a reason, never dropped.

Reasons (in priority order): null_id, null_text, invalid_utf8, text_too_large,
empty_text, duplicate_id.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .errors import InputError
from .schema import ID, LABEL, REJECT_REASON, TEXT, ColumnMap, with_column

DEFAULT_MAX_DOC_BYTES = 16 * 1024 * 1024


def require_columns(names: list[str], source, cols: ColumnMap) -> None:
    """One line naming the file and the missing id/text column (and the flag that renames it)."""
    for want, flag in ((cols.id, "--id-col"), (cols.text, "--text-col")):
        if want not in names:
            shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
            raise InputError(f"{source}: no column '{want}' (columns: {shown or 'none'}); name it with {flag}")


def _canonical(table: pa.Table, source: str, cols: ColumnMap) -> pa.Table:
    names = table.column_names
    require_columns(names, source, cols)
    for canon in (ID, TEXT, LABEL):
        src = {ID: cols.id, TEXT: cols.text, LABEL: cols.label}[canon]
        if canon != src and canon in names and src in names:
            # the canonical name is taken by another user column: keep it aside
            table = table.rename_columns([f"{n}_orig" if n == canon else n for n in table.column_names])
    renames = cols.renames()
    table = table.rename_columns([renames.get(n, n) for n in table.column_names])
    return table


def _text_to_string(col: pa.ChunkedArray, source: str) -> tuple[pa.ChunkedArray, np.ndarray]:
    """Return (large_string text, invalid_utf8 mask). Invalid rows get a U+FFFD-replaced copy."""
    t = col.type
    if not (pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)
            or pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_binary_view(t)):
        raise InputError(f"{source}: column 'text' has type {t}, expected string")
    as_bin = col.cast(pa.large_binary()) if not pa.types.is_large_binary(t) else col
    try:
        # Fast path: a binary->string cast validates UTF-8 for the whole column at once.
        text = as_bin.cast(pa.large_string())
        return text, np.zeros(len(col), dtype=bool)
    except pa.ArrowInvalid:
        pass
    # Slow path only for shards that really hold bad bytes.
    values = as_bin.to_pylist()
    bad = np.zeros(len(values), dtype=bool)
    out = []
    for i, v in enumerate(values):
        if v is None:
            out.append(None)
            continue
        try:
            out.append(v.decode("utf-8"))
        except UnicodeDecodeError:
            bad[i] = True
            out.append(v.decode("utf-8", errors="replace"))
    return pa.chunked_array([pa.array(out, type=pa.large_string())]), bad


def check_rows(table: pa.Table, source: str, cols: ColumnMap, max_doc_bytes: int) -> pa.Table:
    """Canonicalise columns and add `reject_reason` (null for good rows)."""
    table = _canonical(table, source, cols)
    ids = table[ID]
    if not (pa.types.is_string(ids.type) or pa.types.is_large_string(ids.type)):
        try:
            ids = ids.cast(pa.large_string())
        except pa.ArrowInvalid:
            raise InputError(f"{source}: column 'id' has type {ids.type}, which cannot be read as a string") from None
    else:
        ids = ids.cast(pa.large_string())
    table = with_column(table, ID, ids)
    text, bad_utf8 = _text_to_string(table[TEXT], source)
    table = with_column(table, TEXT, text)

    n = table.num_rows
    reason = np.full(n, None, dtype=object)
    nbytes = pc.binary_length(text).to_numpy(zero_copy_only=False)
    stripped_len = pc.utf8_length(pc.utf8_trim_whitespace(text)).to_numpy(zero_copy_only=False)
    checks = [
        ("empty_text", np.nan_to_num(stripped_len.astype(float), nan=1) == 0),
        ("text_too_large", np.nan_to_num(nbytes.astype(float), nan=0) > max_doc_bytes),
        ("invalid_utf8", bad_utf8),
        ("null_text", pc.is_null(text).to_numpy(zero_copy_only=False)),
        ("null_id", pc.is_null(ids).to_numpy(zero_copy_only=False)),
    ]
    for name, mask in checks:  # later checks win: highest priority last
        reason[np.asarray(mask, dtype=bool)] = name
    return with_column(table, REJECT_REASON, pa.array(reason, type=pa.large_string()))


def duplicate_id_rows(id_arrays: list[pa.Array]) -> list[np.ndarray]:
    """Given the id column of each shard (in shard order), return per shard the row
    indices whose id already appeared earlier (in shard, row order)."""
    import polars as pl

    lens = [len(a) for a in id_arrays]
    if sum(lens) == 0:
        return [np.zeros(0, dtype=np.int64) for _ in lens]
    ids = pl.Series("id", pa.chunked_array(id_arrays, type=pa.large_string()))
    dup = (ids.is_duplicated() & ~ids.is_first_distinct() & ids.is_not_null()).to_numpy()
    out, start = [], 0
    for n in lens:
        out.append(np.flatnonzero(dup[start:start + n]))
        start += n
    return out
