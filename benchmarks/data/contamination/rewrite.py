"""Deterministic Python rewriter for the contamination evaluation set.

`rewrite(item, seed)` renames the function, its arguments and local variables (ast),
rewords the docstring (a synonym/phrase table and a new opening), and changes the numbers
in the `>>>` examples while leaving the code's own constants alone. Output is valid Python
(ast.unparse), so it also loses the original layout and comments.
"""
from __future__ import annotations

import ast
import builtins
import random
import re

PHRASES = [
    ("Return", "Give back"), ("return", "give back"), ("Given", "You are given"), ("given", "provided"),
    ("list", "sequence"), ("string", "text"), ("number", "value"), ("numbers", "values"),
    ("integer", "whole number"), ("integers", "whole numbers"), ("Write a function", "Implement a routine"),
    ("function", "routine"), ("check", "determine"), ("Check", "Determine"), ("each", "every"),
    ("element", "entry"), ("elements", "entries"), ("If", "When"), ("if", "when"), ("returns", "yields"),
    ("characters", "symbols"), ("character", "symbol"), ("input", "argument"), ("Input", "The argument"),
    ("Example", "For instance"), ("Examples", "Some cases"), ("For example", "E.g."), ("should", "must"),
]
NAMES = ["alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma", "theta", "zeta", "lam", "rho", "tau"]
PREFIX = ["compute", "solve", "find", "get", "calc", "do", "process", "handle"]


def _reword(doc: str, rng: random.Random) -> str:
    out = doc
    for a, b in PHRASES:
        if rng.random() < 0.8:
            out = re.sub(rf"\b{re.escape(a)}\b", b, out)
    return "Task: " + out.strip()


def _change_examples(doc: str, rng: random.Random) -> str:
    def bump(m):
        s = m.group(0)
        if "." in s:
            return f"{float(s) + rng.choice([0.5, 1.5, 2.0]):.1f}"
        return str(int(s) + rng.choice([1, 2, 3, 5]))

    lines = []
    for line in doc.split("\n"):
        if ">>>" in line or "==>" in line or "=>" in line or line.strip().startswith(("Input", "Output")):
            line = re.sub(r"(?<![\w.])\d+(?:\.\d+)?", bump, line)
        lines.append(line)
    return "\n".join(lines)


class _Renamer(ast.NodeTransformer):
    def __init__(self, mapping):
        self.m = mapping

    def visit_Name(self, node):
        if node.id in self.m:
            node.id = self.m[node.id]
        return node

    def visit_arg(self, node):
        if node.arg in self.m:
            node.arg = self.m[node.arg]
        return node

    def visit_FunctionDef(self, node):
        if node.name in self.m:
            node.name = self.m[node.name]
        self.generic_visit(node)
        return node


def rewrite(code: str, entry_point: str, seed: int, change_examples: bool = True) -> str:
    rng = random.Random(seed)
    tree = ast.parse(code)
    keep = set(dir(builtins)) | {"List", "Tuple", "Optional", "Any", "Dict", "typing", "math", "self"}
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | \
            {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    funcs = [f.name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)]
    pool = NAMES[:]
    rng.shuffle(pool)
    mapping = {}
    for i, n in enumerate(sorted(names - keep - set(funcs))):
        mapping[n] = f"{pool[i % len(pool)]}{i // len(pool) or ''}" if len(n) > 1 else n + "_"
    for f in funcs:
        mapping[f] = f"{rng.choice(PREFIX)}_{f.split('_')[-1]}_v{seed % 7}" if f == entry_point else f"helper_{f}"
    tree = _Renamer(mapping).visit(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and ast.get_docstring(node):
            doc = ast.get_docstring(node)
            doc = doc.replace(entry_point + "(", mapping.get(entry_point, entry_point) + "(")
            if change_examples:
                doc = _change_examples(doc, rng)
            node.body[0].value = ast.Constant(_reword(doc, rng))
    return ast.unparse(tree)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _doc_comment(stripped: str, indent: int, in_doc: bool, out: list, style: tuple, keep=None) -> bool:
    """Write one docstring line as a block-comment line (style: open, line prefix, close);
    `keep(text)` may veto a line. Returns whether the docstring is still open."""
    text = stripped.strip('"').strip("'")
    if not in_doc:
        out.append(" " * indent + style[0])
    if (keep is None or keep(text)) and text:
        out.append(" " * indent + style[1] + text)
    single = stripped.count('"""') + stripped.count("'''")
    in_doc = not in_doc if single == 1 else in_doc
    if not in_doc:
        out.append(" " * indent + style[2])
    return in_doc


def _code_lines(code: str, out: list, stack: list, style: tuple, keep=None):
    """Yield (indent, stripped) of every code line of a Python text. Docstrings go to `out`
    as block comments, imports and blank lines are dropped, blocks that end are closed."""
    in_doc = False
    for raw in code.split("\n"):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if stripped.startswith(("from ", "import ")):
            continue
        if in_doc or stripped.startswith(('"""', "'''")):
            in_doc = _doc_comment(stripped, indent, in_doc, out, style, keep)
            continue
        if not stripped:
            continue
        while stack and indent <= stack[-1]:
            out.append(" " * stack.pop() + "}")
        yield indent, stripped


def _statement(line: str, indent: int, out: list, stack: list) -> None:
    """A `...:` header opens a braced block; anything else ends with `;`."""
    if line.endswith(":"):
        out.append(" " * indent + line[:-1].rstrip() + " {")
        stack.append(indent)
    else:
        out.append(" " * indent + line + ";")


def _close_blocks(out: list, stack: list) -> str:
    while stack:
        out.append(" " * stack.pop() + "}")
    return "\n".join(out)


def _without_examples():
    """A `keep` for _doc_comment that drops `>>>` example lines and the output line after each."""
    skip = [False]

    def keep(text: str) -> bool:
        if ">>>" in text or skip[0]:
            skip[0] = ">>>" in text
            return False
        return True

    return keep


def to_js(code: str) -> str:
    """A rough line-based Python -> JavaScript-like transliteration (for calibration only):
    docstrings become /** */ comments, blocks get braces, camelCase names, && || ! true
    false null, `for x in y` -> `for (const x of y)`. The result need not run."""
    out, stack = [], []
    for indent, stripped in _code_lines(code, out, stack, ("/**", " * ", " */")):
        line = re.sub(r"\b[a-z]+(?:_[a-z0-9]+)+\b", lambda m: _camel(m.group(0)), stripped)
        line = re.sub(r":\s*(List|Tuple|Optional|int|float|str|bool|Dict)(\[[^\]]*\])?", "", line)
        line = re.sub(r"\s*->\s*[^:]+:$", ":", line)
        line = (line.replace(" and ", " && ").replace(" or ", " || ").replace("not ", "!")
                .replace("True", "true").replace("False", "false").replace("None", "null")
                .replace("len(", "length(").replace("#", "//"))
        m = re.match(r"def (\w+)\((.*)\):$", line)
        if m:
            line = f"function {m.group(1)}({m.group(2)}):"
        m = re.match(r"for (.+) in (.+):$", line)
        if m:
            line = f"for (const {m.group(1)} of {m.group(2)}):"
        line = re.sub(r"^(if|while|elif) (.+):$", lambda k: f"{'else if' if k.group(1) == 'elif' else k.group(1)} ({k.group(2)}):", line)
        _statement(line, indent, out, stack)
    return _close_blocks(out, stack)


_C_TYPES = {"int": "int", "float": "double", "bool": "int", "str": "char *", "List": "int *", "list": "int *",
            "Tuple": "int *", "tuple": "int *", "Optional": "int"}


def _c_type(ann: str | None) -> str:
    if not ann:
        return "int"
    head = re.match(r"\w+", ann.strip())
    return _C_TYPES.get(head.group(0), "int") if head else "int"


def to_c(code: str, drop_examples: bool = False) -> str:
    """A rough line-based Python -> C-like transliteration (for calibration only): the
    docstring becomes a /* */ comment (optionally without its examples), blocks get braces,
    typed declarations, `for x in range(a, b)` -> C loops, && || !, 1/0, NULL, len(x) ->
    x_len. The result need not compile."""
    out, stack, declared = [], [], set()
    keep = _without_examples() if drop_examples else None
    for indent, stripped in _code_lines(code, out, stack, ("/*", "   ", "*/"), keep):
        line = stripped
        m = re.match(r"def (\w+)\((.*)\)\s*(?:->\s*(.+))?:$", line)
        if m:
            args = []
            for a in [x.strip() for x in re.split(r",(?![^\[]*\])", m.group(2)) if x.strip()]:
                name, _, ann = a.partition(":")
                args.append(f"{_c_type(ann)} {name.strip()}")
                declared.add(name.strip())
            out.append(" " * indent + f"{_c_type(m.group(3))} {m.group(1)}({', '.join(args)}) {{")
            stack.append(indent)
            continue
        line = re.sub(r"\blen\((\w+)\)", r"\1_len", line)
        line = (line.replace(" and ", " && ").replace(" or ", " || ").replace("not ", "!")
                .replace("True", "1").replace("False", "0").replace("None", "NULL").replace("#", "//")
                .replace("elif ", "else if "))
        m = re.match(r"for (\w+) in range\((.+)\):$", line)
        if m:
            parts = [p.strip() for p in m.group(2).split(",")]
            lo, hi = (parts[0], parts[1]) if len(parts) > 1 else ("0", parts[0])
            line = f"for (int {m.group(1)} = {lo}; {m.group(1)} < {hi}; {m.group(1)}++):"
        m = re.match(r"for (.+) in (\w+):$", line)
        if m:
            line = f"for (int k = 0; k < {m.group(2)}_len; k++):"
            out.append(" " * indent + line[:-1] + " {")
            stack.append(indent)
            out.append(" " * (indent + 4) + f"int {m.group(1)} = {m.group(2)}[k];")
            continue
        line = re.sub(r"^(if|while|else if) (.+):$", lambda k: f"{k.group(1)} ({k.group(2)}):", line)
        m = re.match(r"(\w+) = ", line)
        if m and m.group(1) not in declared:
            declared.add(m.group(1))
            line = "int " + line
        _statement(line, indent, out, stack)
    return _close_blocks(out, stack)


def drop_doc_examples(code: str) -> str:
    """Remove doctest lines (`>>> ...` and the output line after each) from a Python text."""
    out, skip = [], False
    for line in code.split("\n"):
        if ">>>" in line:
            skip = True
            continue
        if skip and line.strip() and not line.strip().startswith(('"""', "'''")):
            skip = False
            for q in ('"""', "'''"):
                if line.rstrip().endswith(q):
                    out.append(line[:len(line) - len(line.lstrip())] + q)
            continue
        skip = False
        out.append(line)
    return "\n".join(out)
