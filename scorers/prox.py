"""ProX programs: grammar, a safe parser, chunking and the executor.

A ProX program ("Programming Every Example") says how to refine one document:

    keep_doc()                                   # document level: keep_doc() / drop_doc()
    # chunk 0-11                                 # the next lines refer to document lines 0..11
    remove_lines(line_start=0, line_end=2)       # delete chunk lines 0..2 (inclusive)
    normalize(source_str="Â©", target_str="©")   # replace every occurrence inside the chunk
    # chunk 12-40
    skip_chunk()                                 # nothing to change in this chunk

Line numbers are 0-based, inclusive and *per chunk* (what the model saw in its prompt,
see `format_chunk`). A `# chunk A-B` header gives the chunk's absolute document lines
(0-based, inclusive); without any header the whole document is one chunk.

The parser never evaluates anything: it runs `ast.parse` (a pure syntax parser) on the
program and accepts only calls of the five names above with literal arguments of the
right type; anything else is a counted error. `execute` keeps the original text when a
program has errors (the paper's post-rule) and drops documents when almost nothing remains.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

# name -> ordered (argument, type) signature
GRAMMAR: dict[str, tuple[tuple[str, type], ...]] = {
    "drop_doc": (),
    "keep_doc": (),
    "remove_lines": (("line_start", int), ("line_end", int)),
    "normalize": (("source_str", str), ("target_str", str)),
    "skip_chunk": (),
}
DOC_OPS = ("drop_doc", "keep_doc")
CHUNK_OPS = ("remove_lines", "normalize", "skip_chunk")
MAX_PROGRAM_CHARS = 200_000
MAX_STR_ARG = 10_000
_HEADER = re.compile(r"^\s*#\s*chunk\s+(\d{1,9})\s*-\s*(\d{1,9})\s*$", re.IGNORECASE)


class ProgramError(ValueError):
    """A program (or one of its statements) is not in the grammar."""


@dataclass(frozen=True)
class Op:
    name: str
    args: tuple = ()               # positional values in GRAMMAR order
    chunk: tuple[int, int] | None = None  # absolute (first, last) document lines; None = whole doc

    def __str__(self) -> str:
        sig = GRAMMAR[self.name]
        inner = ", ".join(f"{a}={v!r}" if t is str else f"{a}={v}" for (a, t), v in zip(sig, self.args))
        return f"{self.name}({inner})"


@dataclass
class Result:
    text: str | None          # refined text, None = dropped
    errors: int = 0           # statements that failed to parse or to apply
    dropped_by: str | None = None  # "program" (drop_doc) or "too_short" (post-rule)
    ops: list[Op] = field(default_factory=list)


# --- parsing ----------------------------------------------------------------------------

def _literal(node: ast.AST, want: type):
    if not isinstance(node, ast.Constant):
        raise ProgramError(f"argument must be a literal, got {type(node).__name__}")
    v = node.value
    if want is int:
        if type(v) is not int:
            raise ProgramError(f"expected an integer, got {type(v).__name__}")
        if v < 0:
            raise ProgramError("line numbers must be >= 0")
        return v
    if type(v) is not str:
        raise ProgramError(f"expected a string, got {type(v).__name__}")
    if len(v) > MAX_STR_ARG:
        raise ProgramError("string argument too long")
    return v


def _call_to_op(node: ast.AST, chunk) -> Op:
    if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Call):
        raise ProgramError(f"not a call: {type(node).__name__}")
    call = node.value
    if not isinstance(call.func, ast.Name) or call.func.id not in GRAMMAR:
        raise ProgramError("unknown function")
    name = call.func.id
    sig = GRAMMAR[name]
    if len(call.args) > len(sig):
        raise ProgramError(f"{name}: too many arguments")
    values: dict[str, object] = {}
    for (arg, typ), node_v in zip(sig, call.args):
        if isinstance(node_v, ast.Starred):
            raise ProgramError(f"{name}: starred argument")
        values[arg] = _literal(node_v, typ)
    types = dict(sig)
    for kw in call.keywords:
        if kw.arg is None or kw.arg not in types:
            raise ProgramError(f"{name}: unknown argument {kw.arg!r}")
        if kw.arg in values:
            raise ProgramError(f"{name}: argument {kw.arg} given twice")
        values[kw.arg] = _literal(kw.value, types[kw.arg])
    if len(values) != len(sig):
        raise ProgramError(f"{name}: missing arguments")
    if name == "remove_lines" and values["line_start"] > values["line_end"]:
        raise ProgramError("remove_lines: line_start > line_end")
    if name == "normalize" and values["source_str"] == "":
        raise ProgramError("normalize: empty source_str")
    return Op(name, tuple(values[a] for a, _ in sig), chunk if name in CHUNK_OPS else None)


def _parse_source(src: str, chunk) -> tuple[list[Op], int]:
    """Statements of one section; a section that does not parse is retried line by line."""
    if not src.strip():
        return [], 0
    try:
        tree = ast.parse(src, mode="exec")
    except Exception:  # SyntaxError, ValueError (huge ints), RecursionError, MemoryError...
        tree = None
    if tree is None:
        if "\n" not in src.strip():
            return [], 1
        ops, errors = [], 0
        for line in src.splitlines():
            o, e = _parse_source(line, chunk)
            ops += o
            errors += e
        return ops, errors
    ops, errors = [], 0
    for stmt in tree.body:
        try:
            ops.append(_call_to_op(stmt, chunk))
        except ProgramError:
            errors += 1
        except Exception:
            errors += 1
    return ops, errors


def parse_lenient(program: str | None) -> tuple[list[Op], int]:
    """Parse a program: (valid operations, number of invalid statements). Never raises."""
    if program is None:
        return [], 0
    if not isinstance(program, str):
        return [], 1
    if len(program) > MAX_PROGRAM_CHARS:
        return [], 1
    try:
        ops: list[Op] = []
        errors = 0
        chunk = None
        section: list[str] = []
        for line in program.splitlines() + ["# chunk-end"]:
            m = _HEADER.match(line)
            if m or line == "# chunk-end":
                o, e = _parse_source("\n".join(section), chunk)
                ops += o
                errors += e
                section = []
                if m:
                    a, b = int(m.group(1)), int(m.group(2))
                    if a > b:
                        errors += 1
                        chunk = (b, a)
                    else:
                        chunk = (a, b)
                continue
            section.append(line)
        return ops, errors
    except Exception:  # belt and braces: a program must never take the document down
        return [], 1


def parse(program: str) -> list[Op]:
    """Parse a program strictly: the operations, or ProgramError on any invalid statement."""
    ops, errors = parse_lenient(program)
    if errors:
        raise ProgramError(f"program has {errors} invalid statement(s)")
    return ops


def format_program(doc_op: str | None, chunk_programs: list[tuple[tuple[int, int], list[Op] | str]]) -> str:
    """Build a program text from a doc-level op and per-chunk programs (ops or text)."""
    out = [f"{doc_op}()"] if doc_op else []
    for (a, b), prog in chunk_programs:
        out.append(f"# chunk {a}-{b}")
        out.append(prog.strip() if isinstance(prog, str) else "\n".join(str(o) for o in prog))
    return "\n".join(out)


# --- chunking ---------------------------------------------------------------------------

def approx_tokens(line: str) -> int:
    """A cheap token estimate (~4 characters a token) used when no tokenizer is given."""
    return len(line) // 4 + 1


def chunk_lines(text: str, budget: int = 1500, count=approx_tokens) -> list[tuple[int, int]]:
    """Pack consecutive lines into chunks of at most `budget` tokens: [(first, last)] inclusive."""
    lines = text.split("\n")
    chunks, start, used = [], 0, 0
    for i, line in enumerate(lines):
        n = count(line) + 2  # + the "[000] " prefix
        if i > start and used + n > budget:
            chunks.append((start, i - 1))
            start, used = i, 0
        used += n
    chunks.append((start, len(lines) - 1))
    return chunks


def format_chunk(text: str, span: tuple[int, int]) -> str:
    """The chunk as the model sees it: one `[NNN] line` per line, numbered from 0."""
    lines = text.split("\n")[span[0]:span[1] + 1]
    return "\n".join(f"[{i:03d}] {line}" for i, line in enumerate(lines))


# --- execution --------------------------------------------------------------------------

def _visible_chars(s: str) -> int:
    return len(s) - sum(s.count(c) for c in " \t\n\r")


def run(text: str, program: str | None, *, min_chars: int = 20, min_ratio: float = 0.05) -> Result:
    """Execute `program` on `text`. Never raises; on program errors the text is unchanged."""
    if text is None:
        return Result(None, 0, "program")
    ops, errors = parse_lenient(program)
    if errors:
        return Result(text, errors, None, ops)
    doc_ops = {o.name for o in ops if o.name in DOC_OPS}
    if len(doc_ops) > 1:  # contradictory verdicts: an error, keep the original
        return Result(text, 1, None, ops)
    if "drop_doc" in doc_ops:
        return Result(None, 0, "program", ops)
    chunk_ops = [o for o in ops if o.name in CHUNK_OPS and o.name != "skip_chunk"]
    if not chunk_ops:
        return Result(text, 0, None, ops)

    lines = text.split("\n")
    n = len(lines)
    keep = [True] * n
    replacements: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for o in chunk_ops:
        a, b = o.chunk if o.chunk is not None else (0, n - 1)
        if a >= n:
            return Result(text, 1, None, ops)
        b = min(b, n - 1)
        if o.name == "remove_lines":
            s, e = o.args
            if a + s > b:
                return Result(text, 1, None, ops)
            for i in range(a + s, min(a + e, b) + 1):
                keep[i] = False
        else:
            replacements.setdefault((a, b), []).append(o.args)
    # normalize within each chunk, on the lines that survive
    out_lines: list[str] = []
    spans = sorted(replacements)
    line_span = {}
    for span in spans:
        for i in range(span[0], span[1] + 1):
            line_span.setdefault(i, span)
    i = 0
    while i < n:
        span = line_span.get(i)
        if span is None:
            if keep[i]:
                out_lines.append(lines[i])
            i += 1
            continue
        last = min(span[1], n - 1)
        block = "\n".join(lines[j] for j in range(i, last + 1) if keep[j])
        for src, dst in replacements[span]:
            block = block.replace(src, dst)
        if any(keep[j] for j in range(i, last + 1)):
            out_lines.append(block)
        i = last + 1
    refined = "\n".join(out_lines)
    if _visible_chars(refined) < max(min_chars, min_ratio * _visible_chars(text)):
        return Result(None, 0, "too_short", ops)
    return Result(refined, 0, None, ops)


def execute(text: str, program: str | None, **post_rules) -> str | None:
    """The refined text, or None when the document is dropped."""
    return run(text, program, **post_rules).text
