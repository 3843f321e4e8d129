"""Which of a document's functions are helpers: used in the body of another of its functions
(called, or passed as a value: `filter(isPrime)`, `key=rank`).

A document's topic is what its entry functions compute. A small helper that happens to compute
a benchmark item (`is_palindrome` inside "shortest palindrome that ends with a text", `isBalanced`
inside "can two bracket strings be joined") is not a leak of that item, so `exec_features` does
not count a yes/no item that only helpers reproduce. (A helper that reproduces an item's lists,
strings or numbers still counts: a leaked function that the document reuses is still a leak.)
Drivers do not make a function a helper, since a leak's own examples call it from there: callers
named like one (`main`, `test_*`, `run`, `demo`, `check`, `show`) or like a presenter of its
answer (`describe*`, `format*`, `report*`, `print*`, ...), callers without parameters, and
callers whose body prints or asserts.

Python is read with `ast`; C and JavaScript bodies are the brace blocks after each definition
(strings and comments not parsed: a stray brace can only cost the helper mark, never add code).
"""
from __future__ import annotations

import ast
import re

from .codeblocks import block_end
from .execute_c import _DEF
from .execute_js import _FN

# drivers and presenters: a `describe_batch` that words a predicate's answer for a log line
_DRIVER = re.compile(r"^(?:main|_?test\w*|run|run_\w+|demo\w*|examples?|self_?test\w*|check\w*|show\w*|"
                     r"describe\w*|format\w*|report\w*|explain\w*|summari[sz]e\w*|render\w*|display\w*|"
                     r"print\w*|log_\w*|to_?str\w*)$", re.I)
# a body that prints or asserts: a demo or a self-test, not part of what the document computes
_PRINTS = re.compile(r"\b(?:printf|fprintf|puts|putchar|print|assert|console\.(?:log|assert))\s*\(")


def _python(src: str, names: set[str]) -> set[str]:
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return set()
    out = set()
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or _DRIVER.match(node.name) or \
                not (node.args.args or node.args.posonlyargs or node.args.vararg) or \
                any(isinstance(n, ast.Assert) or (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and
                                                  n.func.id == "print") for n in ast.walk(node)):
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id != node.name:
                out.add(sub.id)
    return out & names


def _braced(code: str, spans: list[tuple[str, int]], names: set[str]) -> set[str]:
    """spans: (function name, index of its name in the definition)."""
    out = set()
    for name, start in spans:
        if _DRIVER.match(name):
            continue
        brace = code.find("{", start)
        line_end = code.find("\n", start)
        if brace < 0 or (0 <= line_end < brace and "=>" in code[start:line_end]):
            body = code[start:line_end if line_end >= 0 else len(code)]      # an arrow without braces
        else:
            body = code[brace:block_end(code, brace)]
        params = re.search(r"\(([^)]*)\)", code[start:brace if brace > start else line_end])
        if _PRINTS.search(body) or (params and params.group(1).strip() in ("", "void")):
            continue
        for other in names - {name}:
            if re.search(r"(?<![\w$.])" + re.escape(other) + r"(?![\w$])", body):
                out.add(other)
    return out


def helpers(prog) -> set[str]:
    """Names among `prog`'s functions (`execute.program`: (language, source, [(name, lo, hi)]))
    that another non-driver function of the document uses."""
    if prog is None:
        return set()
    lang, src, fns = prog
    names = {f[0] for f in fns if "." not in f[0]}
    if len(names) < 2:
        return set()
    if lang == "python":
        return _python(src, names)
    if lang == "c":
        code = src[0]
        return _braced(code, [(m.group(3), m.start(3)) for m in _DEF.finditer(code)], names)
    if lang == "js":
        return _braced(src, [(m.group(1) or m.group(3), m.start(1) if m.group(1) else m.start(3))
                             for m in _FN.finditer(src)], names)
    return set()


__all__ = ["helpers"]
