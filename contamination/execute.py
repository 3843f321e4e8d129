"""Run the Python functions a training document defines on a benchmark item's own test inputs:
the exec_* signals of the rephrase detector.

A paraphrase of a programming problem with new names, new words and its own solution still
computes the item's function: run on the item's test inputs it gives the item's reference
outputs. A look-alike (a different rule on the same kind of input) or a solution of another
item does not. This is the one signal that reads a document's *code* as behaviour rather
than as text, so it separates a leak from a near-miss that embeddings cannot tell apart.

Safety: this runs code from the training corpus, so it runs it in a process that cannot do
anything but compute.
- `program(text)` keeps only the document's top-level `def`s, imports of a few standard
  modules (ALLOWED_MODULES) and plain assignments, parsed with `ast`; a node that names
  eval/exec/open/__import__ or any `_private` attribute is dropped (a first filter, not the
  boundary).
- The sandbox is a separate `python -I -S` process with an address-space limit, no file
  writes (RLIMIT_FSIZE 0) and a CPU limit. It imports the allowed modules, then installs
  the seccomp-bpf filter of `contamination.seccomp`: from then on every system call except
  reading/writing already-open descriptors, memory, signals, timers, clocks and exit fails
  with EPERM (no open, socket, exec, fork, kill, unlink). Only then does it compile the
  document's functions and call them, each under a 0.5 s timer, on arguments built by
  `ast.literal_eval`. Results come back as `repr` text and are read with `ast.literal_eval`.
- Where the filter cannot be installed (not Linux x86_64/aarch64, seccomp off) nothing runs
  and the signals are 0 (no evidence). `--no-run-documents` turns it off.
"""
from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

from .reference import MAX_REPR, PER_CALL_S, informative, same

N_EXEC = 2                 # exec_pass, exec_fail
MAX_TESTS = 12             # per item: test inputs a document's function is run on
DOCS_PER_RUN = 200         # documents per sandboxed process (a crash loses only that run's evidence)
MAX_TIMEOUTS = 3           # per document: after this many timed-out calls its other calls are skipped
PASS_SHARE = 0.8           # exec_pass: this share of the item's tests reproduced (and >= MIN_TESTS run)
FAIL_SHARE = 0.5           # exec_fail: under this share reproduced
MIN_TESTS = 2
ALLOWED_MODULES = ("math", "cmath", "itertools", "functools", "collections", "re", "string", "heapq", "bisect",
                   "operator", "fractions", "decimal", "statistics", "typing", "hashlib", "copy", "random")
_BANNED = {"eval", "exec", "compile", "open", "__import__", "globals", "locals", "vars", "getattr", "setattr",
           "delattr", "input", "breakpoint", "exit", "quit", "help", "memoryview", "__builtins__"}
_START = re.compile(r"^(?:def |async def |@|import |from \w[\w.]* import |[A-Za-z_]\w*\s*(?::[^=\n]+)?=[^=])")
MAX_PROGRAM = 20_000       # characters of kept code per document

_DRIVER = r"""
import ast, json, resource, signal, sys
req = json.loads(sys.stdin.read())
for m in req["modules"]:
    try:
        __import__(m)
    except BaseException:
        pass
mem = req["memory"]
resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
resource.setrlimit(resource.RLIMIT_CPU, (req["cpu"], req["cpu"]))
sys.setrecursionlimit(3000)
class Timeout(BaseException):
    pass
def alarm(*_):
    raise Timeout()
signal.signal(signal.SIGALRM, alarm)
def timed(fn, secs):
    signal.setitimer(signal.ITIMER_REAL, secs)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
ns = {"__name__": "seccomp"}
exec(req["seccomp"], ns)
if not ns["install"]():
    sys.stdout.write("null")
    sys.exit(0)
for m in [m for m in sys.modules if m == "ctypes" or m.startswith(("ctypes.", "_ctypes"))]:
    del sys.modules[m]
del ns
out = []
for program, calls in req["jobs"]:
    timeouts = 0
    env = {"__name__": "document"}
    try:
        timed(lambda: exec(compile(program, "<document>", "exec"), env), 1.0)
        ok = True
    except BaseException:
        ok = False
    res = []
    for fname, args_src in calls:
        fn = env.get(fname) if ok else None
        if timeouts >= req["max_timeouts"]:
            res.append(["timeout", ""])
            continue
        if not callable(fn):
            res.append(["noprog", ""])
            continue
        try:
            args = ast.literal_eval(args_src)
            r = repr(timed(lambda: fn(*args), req["per_call"]))
            res.append(["ok", r] if len(r) <= req["max_repr"] else ["big", ""])
        except (Timeout, MemoryError, RecursionError):
            timeouts += 1
            res.append(["timeout", ""])
        except BaseException as e:
            res.append(["error", type(e).__name__])
    out.append(res)
sys.stdout.write(json.dumps(out))
"""
_SECCOMP = (Path(__file__).with_name("seccomp.py")).read_text()


def _safe(node: ast.AST) -> bool:
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and n.id in _BANNED:
            return False
        if isinstance(n, ast.Attribute) and n.attr.startswith("_"):
            return False
        if isinstance(n, ast.Import) and any(a.name.split(".")[0] not in ALLOWED_MODULES for a in n.names):
            return False
        if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "").split(".")[0] not in ALLOWED_MODULES):
            return False
    return True


def _nodes(text: str) -> list[ast.stmt]:
    """Top-level statements of the document's Python code: the whole text when it parses, else
    every run of lines that starts like a def / import / assignment at column 0 and parses."""
    try:
        return ast.parse(text).body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        pass
    lines = text.split("\n")
    out, k = [], 0
    while k < len(lines):
        if not _START.match(lines[k]):
            k += 1
            continue
        j = k + 1
        if not lines[k].startswith(("import ", "from ")):
            while j < len(lines) and (not lines[j].strip() or lines[j][0] in " \t)]}" or
                                      (lines[j - 1].lstrip().startswith("@") and lines[j].startswith(("def ", "@")))):
                j += 1
        try:
            out.extend(ast.parse("\n".join(lines[k:j])).body)
            k = j
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            k += 1
    return out


def _arity(fn: ast.FunctionDef) -> tuple[int, int]:
    a = fn.args
    n = len(a.posonlyargs) + len(a.args)
    return n - len(a.defaults), (10 ** 6 if a.vararg else n)


def program(text: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """(source, [(function, min args, max args)]) of the document's runnable Python, or None."""
    if "def " not in text:
        return None
    keep, fns = [], []
    for node in _nodes(text[:MAX_PROGRAM * 5]):
        if isinstance(node, (ast.FunctionDef, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign)) and _safe(node):
            if isinstance(node, ast.FunctionDef) and node.decorator_list:
                continue
            keep.append(node)
            if isinstance(node, ast.FunctionDef) and node.name != "main":
                fns.append((node.name, *_arity(node)))
    if not fns:
        return None
    try:
        src = ast.unparse(ast.Module(body=keep, type_ignores=[]))
    except (ValueError, RecursionError):
        return None
    return (src, fns) if len(src) <= MAX_PROGRAM else None


def run(jobs: list[tuple[str, list[tuple[str, tuple]]]], memory_mb: int = 1024,
        timeout_s: float = 60.0) -> list[list[tuple[str, object]]]:
    """Per job (program source, [(function, args)]): [(status, value)] per call; status ok / error /
    timeout / big / noprog / sandbox (the sandbox failed or could not be confined)."""
    out = []
    for start in range(0, len(jobs), DOCS_PER_RUN):
        out.extend(_sandbox(jobs[start:start + DOCS_PER_RUN], memory_mb, timeout_s))
    return out


def _sandbox(jobs, memory_mb, timeout_s):
    n_calls = sum(len(c) for _, c in jobs)
    req = {"modules": ALLOWED_MODULES, "memory": memory_mb << 20, "seccomp": _SECCOMP,
           "jobs": [[p, [[f, repr(a)] for f, a in calls]] for p, calls in jobs], "per_call": PER_CALL_S,
           "max_repr": MAX_REPR, "max_timeouts": MAX_TIMEOUTS,
           "cpu": int(5 + 0.01 * n_calls + (1 + PER_CALL_S * MAX_TIMEOUTS) * len(jobs))}
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"}
    try:
        proc = subprocess.run([sys.executable, "-I", "-S", "-c", _DRIVER], input=json.dumps(req),
                              capture_output=True, text=True, env=env, cwd="/",
                              timeout=req["cpu"] + 5.0)
        results = json.loads(proc.stdout) if proc.returncode == 0 else None
    except (subprocess.TimeoutExpired, ValueError, OSError):
        results = None
    if results is None or len(results) != len(jobs):
        if len(jobs) > 1 and results is None:       # one document broke the run: the others still count
            return [r for job in jobs for r in _sandbox([job], memory_mb, timeout_s)]
        return [[("sandbox", None)] * len(calls) for _, calls in jobs]
    parsed = []
    for res in results:
        row = []
        for status, val in res:
            if status == "ok":
                try:
                    val = ast.literal_eval(val)
                except (ValueError, SyntaxError, MemoryError, RecursionError):
                    status, val = "big", None
            row.append((status, val))
        parsed.append(row)
    return parsed


def exec_features(programs: list, tests: list, d: np.ndarray, i: np.ndarray, memory_mb: int = 1024) -> np.ndarray:
    """[pairs, N_EXEC] one-hot: exec_pass (a function of document d reproduces >= PASS_SHARE of item
    i's test results, at least MIN_TESTS run, one informative), exec_fail (the document's
    functions that take the item's arguments all reproduce < FAIL_SHARE: errors count as misses);
    all 0 = no evidence (no Python function, no tests, arity never fits, sandbox unavailable).
    `programs[doc]`: `program(text)`; `tests[item]`: [(args, expected)] (ReferenceRunner.tests)."""
    out = np.zeros((len(d), N_EXEC))
    jobs, index = {}, []       # doc -> [(fn, args)]; per pair: [(fn, call positions, expected values)]
    for k, it in zip(d.tolist(), i.tolist()):
        prog, t = programs[k], tests[it][:MAX_TESTS]
        rows = []
        if prog is not None and len(t) >= MIN_TESTS:
            calls = jobs.setdefault(k, [])
            for fname, lo, hi in prog[1]:
                if all(lo <= len(a) <= hi for a, _ in t):
                    rows.append((len(calls), [e for _, e in t]))
                    calls.extend((fname, a) for a, _ in t)
        index.append(rows)
    if not jobs:
        return out
    docs = sorted(jobs)
    results = dict(zip(docs, run([(programs[k][0], jobs[k]) for k in docs], memory_mb)))
    for p, rows in enumerate(index):
        best = None
        for start, expected in rows:
            res = results[int(d[p])][start:start + len(expected)]
            if any(s in ("sandbox", "noprog") for s, _ in res):
                continue
            # a call that timed out or gave an oversized result is no evidence either way
            ran = [(s, v, e) for (s, v), e in zip(res, expected) if s in ("ok", "error")]
            if len(ran) < MIN_TESTS:
                continue
            expected = [e for *_, e in ran]
            ok = [s == "ok" and same(e, v) for s, v, e in ran]
            share = sum(ok) / len(ok)
            # one informative result reproduced, or every one of several results that are not all alike
            hit_info = any(o and informative(e) for o, e in zip(ok, expected)) or (
                all(ok) and len(ok) >= 4 and len({repr(e) for e in expected}) >= 2)
            best = max(best or (-1.0, False), (share, hit_info))
        if best is None:
            continue
        share, hit_info = best
        if share >= PASS_SHARE and hit_info:
            out[p, 0] = 1.0
        elif share < FAIL_SHARE:
            out[p, 1] = 1.0
    return out
