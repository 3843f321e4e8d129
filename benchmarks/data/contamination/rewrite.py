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
