"""Canonical column names and small Arrow helpers shared by every stage."""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

ID = "id"
TEXT = "text"
LABEL = "label"
REJECT_REASON = "reject_reason"
# Internal bookkeeping columns (never written to outputs).
SHARD = "__shard"
ROW = "__row"
INTERNAL = (SHARD, ROW)


@dataclass(frozen=True)
class ColumnMap:
    """How the user's columns map onto assay's canonical `id`/`text`/`label`."""

    id: str = ID
    text: str = TEXT
    label: str = LABEL

    def renames(self) -> dict[str, str]:
        return {src: dst for src, dst in ((self.id, ID), (self.text, TEXT), (self.label, LABEL)) if src != dst}


def with_column(table: pa.Table, name: str, values) -> pa.Table:
    """Set (add or replace) a column by name."""
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values)
    idx = table.schema.get_field_index(name)
    if idx >= 0:
        return table.set_column(idx, name, arr)
    return table.append_column(name, arr)


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Return `table` with exactly `schema`'s columns (missing ones as nulls), cast to its types."""
    cols = []
    for field in schema:
        if field.name in table.column_names:
            col = table[field.name]
            if col.type != field.type:
                col = col.cast(field.type)
            cols.append(col)
        else:
            cols.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(cols, schema=schema)


def normalise_types(schema: pa.Schema) -> pa.Schema:
    """Use large_string/large_binary everywhere so shards and polars output agree."""
    fields = []
    for f in schema:
        t = f.type
        if pa.types.is_string(t) or pa.types.is_string_view(t):
            t = pa.large_string()
        elif pa.types.is_binary(t) or pa.types.is_binary_view(t):
            t = pa.large_binary()
        fields.append(pa.field(f.name, t))
    return pa.schema(fields)


def merge_schemas(*schemas: pa.Schema) -> pa.Schema:
    """Union of fields, first occurrence wins for the type."""
    out: dict[str, pa.Field] = {}
    for s in schemas:
        for f in s:
            out.setdefault(f.name, f)
    return pa.schema(list(out.values()))
