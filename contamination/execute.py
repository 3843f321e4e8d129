"""Run the Python, JavaScript or C functions a training document defines on a benchmark item's own
test inputs: the exec_* signals of the rephrase detector.

A paraphrase of a programming problem with new names, new words and its own solution still
computes the item's function: run on the item's test inputs it gives the item's reference
outputs. A look-alike (a different rule on the same kind of input) or a solution of another
item does not. This is the one signal that reads a document's *code* as behaviour rather
than as text, so it separates a leak from a near-miss that embeddings cannot tell apart.

Safety: this runs code from the training corpus, so it runs it in a process that cannot do
anything but compute.
- `program(text)` keeps only the document's top-level `def`s and classes (their static methods
  called as `C.f`, the methods of an instance built without arguments as `C().f`), imports of
  a few standard modules (ALLOWED_MODULES) and plain assignments, parsed with `ast`; a node
  that names eval/exec/open/__import__ or any `__dunder__` attribute is dropped (a first filter, not the
  boundary).
- The sandbox is a separate `python -I -S` process with an address-space limit, no file
  writes (RLIMIT_FSIZE 0) and a CPU limit. It imports the allowed modules, then installs
  the seccomp-bpf filter of `contamination.seccomp`: from then on every system call except
  reading/writing already-open descriptors, memory, signals, timers, clocks and exit fails
  with EPERM (no open, socket, exec, fork, kill, unlink). Only then does it compile the
  document's functions and call them, each under a 0.5 s timer, on arguments built by
  `ast.literal_eval`. Results come back as `repr` text and are read with `ast.literal_eval`.
- JavaScript (contamination.execute_js): node, started under the seccomp "runtime" filter
  (files read-only, no sockets, no new processes), each document in its own `vm` context.
- Where the filter cannot be installed (not Linux x86_64/aarch64, seccomp off) or node is
  missing, nothing runs and the signals are 0 (no evidence). `--no-run-documents` turns it off.
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

from .codeblocks import indented_blocks
from .execute_c import c_program, run_c
from .execute_js import js_program, run_js
from .helpers import helpers
from .reference import MAX_REPR, PER_CALL_S, SANDBOX_PRELUDE, informative, same

N_EXEC = 3                 # exec_pass, exec_near, exec_fail
MAX_TESTS = 20             # per item: test inputs a document's function is run on (ReferenceRunner.tests)
DOCS_PER_RUN = 200         # documents per sandboxed process (a crash loses only that run's evidence)
MAX_TIMEOUTS = 3           # per document: after this many timed-out calls its other calls are skipped
PASS_SHARE = 0.8           # exec_pass: this share of the item's tests reproduced (and >= MIN_TESTS run)
FAIL_SHARE = 0.5           # exec_fail: under this share reproduced (exec_near: from here, not exec_pass)
MIN_TESTS = 2
GEN_SHARE = 0.75           # exec_pass also needs this share of the generated inputs reproduced ...
GEN_MIN = 4                # ... when at least this many of them ran
SCREEN_TESTS = 6           # exec_agreeing: tests per item in the search
SEARCH_ITEMS = 256         # exec_agreeing: items searched per document (the most similar ones, no floor)
SEARCH_VIEW_ITEMS = 16     # exec_agreeing: plus the top items of each other view (prose, words, concepts)
ALLOWED_MODULES = ("math", "cmath", "itertools", "functools", "collections", "re", "string", "heapq", "bisect",
                   "operator", "fractions", "decimal", "statistics", "typing", "hashlib", "copy", "random",
                   "dataclasses")
_BANNED = {"eval", "exec", "compile", "open", "__import__", "globals", "locals", "vars", "getattr", "setattr",
           "delattr", "input", "breakpoint", "exit", "quit", "help", "memoryview", "__builtins__"}
_START = re.compile(r"^(?:def |async def |@|import |from \w[\w.]* import |[A-Za-z_]\w*\s*(?::[^=\n]+)?=[^=])")
MAX_PROGRAM = 20_000       # characters of kept code per document

_DRIVER = SANDBOX_PRELUDE + r"""
ns = {"__name__": "seccomp"}
exec(req["seccomp"], ns)
if not ns["install"]():
    sys.stdout.write("null")
    sys.exit(0)
for m in [m for m in sys.modules if m == "ctypes" or m.startswith(("ctypes.", "_ctypes"))]:
    del sys.modules[m]
del ns
out = []
def resolve(env, name):
    # "f", "Class.f" (a static method), "Class().f" (a method of an instance built without arguments)
    # or "Class(k).f" (a fresh instance per call, built from the first k arguments, or the last -k)
    head, dot, meth = name.partition(").")
    if dot and not head.endswith("("):
        cls, k = env.get(head.split("(")[0]), int(head.split("(")[1])
        if cls is None:
            return None
        def split(*a):
            cut = k if k >= 0 else len(a) + k
            ctor, rest = (a[:cut], a[cut:]) if k >= 0 else (a[cut:], a[:cut])
            got = getattr(cls(*ctor), meth)
            return got(*rest) if callable(got) else got     # a method, or a property
        return split
    obj = None
    try:
        for k, part in enumerate(name.split(".")):
            obj = env.get(part.rstrip("()")) if k == 0 else getattr(obj, part.rstrip("()"), None)
            if part.endswith("()"):
                obj = timed(obj, 0.5)
        return obj
    except BaseException:
        return None
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
        fn = resolve(env, fname) if ok else None
        if timeouts >= req["max_timeouts"]:
            res.append(["timeout", ""])
            continue
        if not callable(fn):
            res.append(["noprog", ""])
            continue
        res.append(call(fn, args_src, (Timeout, MemoryError, RecursionError)))
        timeouts += res[-1][0] == "timeout"
    out.append(res)
sys.stdout.write(json.dumps(out))
"""
_SECCOMP = (Path(__file__).with_name("seccomp.py")).read_text()


def _safe(node: ast.AST) -> bool:
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and n.id in _BANNED:
            return False
        if isinstance(n, ast.Attribute) and n.attr.startswith("__"):
            return False
        if isinstance(n, ast.Import) and any(a.name.split(".")[0] not in ALLOWED_MODULES for a in n.names):
            return False
        if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "").split(".")[0] not in ALLOWED_MODULES):
            return False
    return True


def _nodes(text: str, nested: bool = False) -> list[ast.stmt]:
    """Top-level statements of the document's Python code: the whole text when it parses, else
    every run of lines that starts like a def / import / assignment at column 0 and parses; when
    that finds no function, the code blocks indented as a whole (Markdown / reST code blocks in
    prose), dedented, read the same way."""
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
    if nested or any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) for n in out):
        return out
    for block in indented_blocks(text):      # the indented blocks holding a def / class
        if re.search(r"^(?:def|class) ", block, re.M):
            out.extend(_nodes(block, nested=True))
    return out


def _arity(fn: ast.FunctionDef) -> tuple[int, int]:
    a = fn.args
    n = len(a.posonlyargs) + len(a.args)
    return n - len(a.defaults), (10 ** 6 if a.vararg else n)


def program(text: str) -> tuple[str, str, list[tuple[str, int, int]]] | None:
    """(language, source, [(function, min args, max args)]) of the document's runnable Python
    (`python_program`), JavaScript (`execute_js.js_program`) or C (`execute_c.c_program`; the
    source is (code, signatures) and the C harness decides which arguments fit), or None."""
    def c():
        got = c_program(text)
        return ("c", got, [(name, 0, 10 ** 6) for name, *_ in got[1]]) if got else None

    include = "#include" in text
    if include and (got := c()):
        return got
    py = python_program(text)
    if py is not None:
        return ("python", *py)
    js = js_program(text)
    return ("js", *js) if js is not None else (None if include else c())   # (C was tried first)


def _methods(cls: ast.ClassDef) -> list[tuple[str, int, int]]:
    """`Class.f` for static methods, `Class().f` for the methods of a class whose constructor
    needs no argument (a dataclass whose fields all have defaults, or no `__init__`), and
    `Class(k).f` / `Class(-k).f` for one whose constructor takes exactly k arguments (an
    `__init__` without defaults, or a dataclass's k fields without defaults): the instance is
    built from the first (or last) k of the item's arguments, the method gets the others (a
    `@property` of such a class is read: `Class(k).p`)."""
    out, body = [], [n for n in cls.body if isinstance(n, ast.FunctionDef)]
    init = next((n for n in body if n.name == "__init__"), None)
    annotated = [n for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    fields = [n for n in annotated if n.value is None]
    bare = (init is None or _arity(init)[0] <= 1) and not (fields and cls.decorator_list)
    takes = 0                   # arguments the constructor needs, exactly (0: none or not fixed)
    if init is not None and _arity(init)[0] == _arity(init)[1] >= 2:
        takes = _arity(init)[0] - 1
    elif init is None and fields and len(fields) == len(annotated) and \
            any("dataclass" in ast.unparse(d) for d in cls.decorator_list):
        takes = len(fields)
    for fn in body:
        deco = [ast.unparse(d) for d in fn.decorator_list]
        if deco == ["property"] and takes and not fn.name.startswith("_"):
            out.append((f"{cls.name}({takes}).{fn.name}", takes, takes))     # read, not called
            continue
        if fn.name.startswith("_") or any(d not in ("staticmethod",) for d in deco):
            continue
        lo, hi = _arity(fn)
        if deco:
            out.append((f"{cls.name}.{fn.name}", lo, hi))
        elif bare and lo >= 1:
            out.append((f"{cls.name}().{fn.name}", lo - 1, hi - 1))
        elif takes and lo >= 1:
            out.append((f"{cls.name}({takes}).{fn.name}", takes + lo - 1, takes + hi - 1))
            if hi > 1:
                out.append((f"{cls.name}({-takes}).{fn.name}", takes + lo - 1, takes + hi - 1))
    return out


def _memoiser(dec: ast.expr) -> bool:
    """`@lru_cache`, `@lru_cache(maxsize=None)`, `@functools.cache` and the like."""
    if isinstance(dec, ast.Call):
        dec = dec.func
    name = dec.id if isinstance(dec, ast.Name) else dec.attr if isinstance(dec, ast.Attribute) else ""
    return name in ("lru_cache", "cache")


def python_program(text: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """(source, [(function, min args, max args)]) of the document's runnable Python, or None."""
    if "def " not in text:
        return None
    keep, fns, memoised = [], [], False
    for node in _nodes(text[:MAX_PROGRAM * 5]):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign)) \
                and _safe(node):
            if isinstance(node, ast.FunctionDef) and node.decorator_list:
                if not all(_memoiser(dec) for dec in node.decorator_list):
                    continue
                # @lru_cache / @functools.cache: the same function, memoised whatever the document imported
                node.decorator_list = [ast.parse("functools.lru_cache(maxsize=None)", mode="eval").body]
                memoised = True
            keep.append(node)
            if isinstance(node, ast.ClassDef):
                fns.extend(_methods(node))
            if isinstance(node, ast.FunctionDef) and node.name != "main":
                fns.append((node.name, *_arity(node)))
    if not fns:
        return None
    if memoised:
        keep.insert(0, ast.Import(names=[ast.alias(name="functools")]))
    try:
        src = ast.unparse(ast.Module(body=keep, type_ignores=[]))
    except (ValueError, RecursionError):
        return None
    return (src, fns) if len(src) <= MAX_PROGRAM else None


def run(jobs: list[tuple[str, list[tuple[str, tuple]]]], memory_mb: int = 1024,
        lang: str = "python") -> list[list[tuple[str, object]]]:
    """Per job (program source, [(function, args)]): [(status, value)] per call; status ok / error /
    timeout / big / noprog / unfit (C: arguments this signature cannot take, when it takes the
    item's others) / sandbox (the sandbox failed or could not be confined)."""
    out = []
    for start in range(0, len(jobs), DOCS_PER_RUN):
        out.extend(_sandbox(jobs[start:start + DOCS_PER_RUN], memory_mb, lang))
    return out


def _sandbox(jobs, memory_mb, lang):
    if lang == "c":
        return _parsed(jobs, run_c(jobs, memory_mb=memory_mb, per_call_s=PER_CALL_S, max_repr=MAX_REPR), memory_mb,
                       lang, json.loads)
    if lang == "js":
        results = run_js(jobs, memory_mb=memory_mb, per_call_s=PER_CALL_S, max_repr=MAX_REPR,
                         max_timeouts=MAX_TIMEOUTS)
        return _parsed(jobs, results, memory_mb, lang, json.loads)
    n_calls = sum(len(c) for _, c in jobs)
    req = {"modules": ALLOWED_MODULES, "memory": memory_mb << 20, "seccomp": _SECCOMP,
           "jobs": [[p, [[f, repr(a)] for f, a, *_ in calls]] for p, calls in jobs], "per_call": PER_CALL_S,
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
    return _parsed(jobs, results, memory_mb, lang, ast.literal_eval)


def _parsed(jobs, results, memory_mb, lang, parse):
    if results is None or len(results) != len(jobs):
        if len(jobs) > 1 and results is None:       # one document broke the run: the others still count
            return [r for job in jobs for r in _sandbox([job], memory_mb, lang)]
        return [[("sandbox", None)] * len(calls) for _, calls in jobs]
    parsed = []
    for res in results:
        row = []
        for status, val in res:
            if status == "ok":
                try:
                    val = parse(val)
                except (ValueError, SyntaxError, MemoryError, RecursionError):
                    status, val = "big", None
            row.append((status, val))
        parsed.append(row)
    return parsed


def exec_agreeing(programs: list, tests: list, memory_mb: int = 1024, similarity: np.ndarray | None = None,
                  min_similarity: float = -1.0, max_items: int = SEARCH_ITEMS,
                  screen: int = SCREEN_TESTS, truncated: list | None = None, views: list | None = None,
                  per_view: int = SEARCH_VIEW_ITEMS, generated: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(doc, item) pairs where a function of the document passes the item's first `screen` tests
    (the exec_pass rule), searched over the `max_items` items most similar to the document
    (`similarity[doc, item]` >= `min_similarity`; every item without `similarity`) and the
    `per_view` best items of every other view in `views` ([docs, items] scores, no floor): a
    leak whose wording ranks its item low is still found by what its code computes. With
    `generated` (see `exec_features`) a pass must also hold on the item's generated inputs."""
    has_tests = np.array([len(t) >= MIN_TESTS for t in tests], bool)
    ds, its = [], []
    for k, p in enumerate(programs):
        if p is None:
            continue
        cand = np.flatnonzero(has_tests)
        if similarity is not None:
            sim = similarity[k, cand]
            keep = sim >= min_similarity
            top = [cand[keep][np.argsort(-sim[keep], kind="stable")[:max_items]]]
            for v in views or ():
                top.append(cand[np.argsort(-v[k, cand], kind="stable")[:per_view]])
            cand = np.unique(np.concatenate(top))
        ds.append(np.full(len(cand), k, np.int64))
        its.append(cand.astype(np.int64))
    if not ds:
        z = np.zeros(0, np.int64)
        return z, z
    d, i = np.concatenate(ds), np.concatenate(its)
    hit = exec_features(programs, tests, d, i, memory_mb, max_tests=screen, truncated=truncated)[:, 0] > 0
    d, i = d[hit], i[hit]
    if generated is not None and len(d):       # the few passes, checked on the generated inputs too
        hit = exec_features(programs, tests, d, i, memory_mb, max_tests=screen, truncated=truncated,
                            generated=generated)[:, 0] > 0
        d, i = d[hit], i[hit]
    return d, i


def exec_unique(d: np.ndarray, i: np.ndarray, ran: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
    """Per pair: 1.0 when item i is the only item whose tests document d's code passes in the
    search (`exec_agreeing` pairs `ran`): what the code computes names one benchmark item."""
    out = np.zeros(len(d))
    if ran is None or not len(ran[0]):
        return out
    docs, first, count = np.unique(ran[0], return_index=True, return_counts=True)
    only = dict(zip(docs[count == 1].tolist(), ran[1][first[count == 1]].tolist()))
    for p, (k, it) in enumerate(zip(d.tolist(), i.tolist())):
        out[p] = float(only.get(k, -1) == it)
    return out


def _comparable(prog: tuple, t: list) -> list[bool]:
    """Per test: can this document's language show the result? C and JavaScript cannot tell 3.0
    from 3, so a test with a whole float argument is no evidence for them."""
    if prog[0] == "python":
        return [True] * len(t)
    return [not any(isinstance(x, float) and x.is_integer() for x in a) for a, *_ in t]


def exec_misfit(programs: list, tests: list, d: np.ndarray, i: np.ndarray, max_tests: int = MAX_TESTS) -> np.ndarray:
    """Per pair: 1.0 when document d has functions and item i has tests, but no function takes the
    item's number of arguments (Heron's area of three sides against a base-and-height item);
    nothing is run. A C function counts only when it takes numbers and characters alone (then
    exactly as many as it has parameters); one with an array or pointer parameter may take any
    number (the harness decides), so such a document is never a misfit."""
    out = np.zeros(len(d))
    for p, (k, it) in enumerate(zip(d.tolist(), i.tolist())):
        prog, t = programs[k], tests[it][:max_tests]
        if prog is None:
            continue
        arity = [(lo, hi) for _, lo, hi in prog[2]]
        if prog[0] == "c":
            fns = prog[1][1]
            if any(q.kind not in ("int", "float", "char") for _, _, ps, *_ in fns for q in ps):
                continue
            arity = [(len(ps), len(ps)) for _, _, ps, *_ in fns]
        t = [x for x, keep in zip(t, _comparable(prog, t)) if keep]
        if len(t) >= MIN_TESTS and not any(all(lo <= len(a) <= hi for a, _ in t) for lo, hi in arity):
            out[p] = 1.0
    return out


def _reproduced(status: str, value, expected, alt) -> bool:
    """A call's result is the reference's (or its C / JavaScript integer-arithmetic result `alt`)."""
    return status == "ok" and (same(expected, value) or (alt is not None and same(alt, value)))


def _rank(best: tuple[float, bool]) -> tuple[bool, float]:
    """Order of (share, exact) outcomes: a pass first, then the larger share."""
    share, exact = best
    return exact and share >= PASS_SHARE, share


def exec_features(programs: list, tests: list, d: np.ndarray, i: np.ndarray, memory_mb: int = 1024,
                  max_tests: int = MAX_TESTS, truncated: list | None = None,
                  generated: list | None = None) -> np.ndarray:
    """[pairs, N_EXEC] one-hot: exec_pass (a function of document d reproduces >= PASS_SHARE of item
    i's test results, at least MIN_TESTS run, and every informative one), exec_near (the best
    function reproduces >= FAIL_SHARE but misses an informative result: e.g. substring vs
    prefix filtering), exec_fail (all reproduce < FAIL_SHARE: errors count as misses);
    all 0 = no evidence (no Python function, no tests, arity never fits, sandbox unavailable, or
    the item is a yes/no question that only a helper of the document answers: `helpers`; a helper
    that reproduces an item's informative results still counts).
    `programs[doc]`: `program(text)`; `tests[item]`: [(args, expected)] (ReferenceRunner.tests);
    `truncated[item]`: per test the result under C / JavaScript integer division, or None
    (ReferenceRunner.truncated), also accepted from C and JavaScript documents;
    `generated[item]`: [(args, expected, C / JavaScript result or None)] for random inputs shaped
    like the item's (ReferenceRunner.generated_tests): a function that passes the tests but
    reproduces under GEN_SHARE of these is exec_near, not exec_pass (a look-alike that agrees
    with the item on every test)."""
    out = np.zeros((len(d), N_EXEC))
    jobs, index = {}, []       # doc -> [(fn, args)]; per pair: [(fn, call positions, expected values)]
    helper_of = {}             # doc -> its functions that another of its functions calls
    for k, it in zip(d.tolist(), i.tolist()):
        prog, t = programs[k], tests[it][:max_tests]
        alts = (truncated[it] if truncated is not None else [None] * len(t))[:len(t)]
        rows = []
        if prog is not None and len(t) >= MIN_TESTS:
            calls = jobs.setdefault(k, [])
            keep = _comparable(prog, t)
            t = [x for x, y in zip(t, keep) if y]
            # the truncating-arithmetic results count for C and JavaScript only
            alts = [x for x, y in zip(alts, keep) if y] if prog[0] != "python" else [None] * len(t)
            if k not in helper_of:
                helper_of[k] = helpers(prog)
            g = (generated[it] if generated is not None else [])[:max_tests]
            g = [x for x, y in zip(g, _comparable(prog, g)) if y]
            for fname, lo, hi in prog[2]:
                if len(t) >= MIN_TESTS and all(lo <= len(a) <= hi for a, _ in t):
                    gen = [x for x in g if lo <= len(x[0]) <= hi]
                    rows.append((len(calls), [e for _, e in t], alts, fname in helper_of[k], gen))
                    calls.extend((fname, a, e) for a, e in t)     # e: sizes C results (execute_c)
                    calls.extend((fname, a, e) for a, e, _ in gen)
        index.append(rows)
    if not jobs:
        return out
    results = {}
    for lang in ("python", "js", "c"):
        docs = sorted(k for k in jobs if programs[k][0] == lang)
        results.update(zip(docs, run([(programs[k][1], jobs[k]) for k in docs], memory_mb, lang)))
    for p, rows in enumerate(index):
        best = {False: None, True: None}        # the best entry function, the best helper
        for start, expected, alts, is_helper, gen in rows:
            res = results[int(d[p])][start:start + len(expected)]
            gres = results[int(d[p])][start + len(expected):start + len(expected) + len(gen)]
            if any(s in ("sandbox", "noprog") for s, _ in res):
                continue
            # a call that timed out, gave an oversized result or could not be made (unfit) is no
            # evidence either way
            ran = [(s, v, e, a) for (s, v), e, a in zip(res, expected, alts) if s in ("ok", "error")]
            if len(ran) < MIN_TESTS:
                continue
            expected = [e for _, _, e, _ in ran]
            ok = [_reproduced(s, v, e, a) for s, v, e, a in ran]
            share = sum(ok) / len(ok)
            info = [o for o, e in zip(ok, expected) if informative(e)]
            # every informative result reproduced (at least one), or every one of several results
            # that are not all alike
            exact = (bool(info) and all(info)) or (all(ok) and len(ok) >= 4 and len({repr(e) for e in expected}) >= 2)
            gran = [_reproduced(s, v, e, a) for (s, v), (_, e, a) in zip(gres, gen) if s in ("ok", "error")]
            if exact and len(gran) >= GEN_MIN and sum(gran) < GEN_SHARE * len(gran):
                exact = False       # right on the item's tests, wrong on inputs like them
            best[is_helper] = max(best[is_helper] or (-1.0, False), (share, exact), key=_rank)
        passes = {h: b is not None and _rank(b)[0] for h, b in best.items()}
        if passes[True] and not passes[False] and all(isinstance(e, bool) for e in rows[0][1]):
            continue            # only a helper predicate of the document computes the item: not its topic
        best = max((b for b in best.values() if b is not None), default=None, key=_rank)
        if best is None:
            continue
        share, exact = best
        if share >= PASS_SHARE and exact:
            out[p, 0] = 1.0
        elif share >= FAIL_SHARE:
            out[p, 1] = 1.0
        else:
            out[p, 2] = 1.0
    return out
