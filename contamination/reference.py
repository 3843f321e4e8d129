"""Run a benchmark item's reference solution on the example inputs a document states, and
compare with the outputs the document states: the io_* signals of the rephrase detector.

A translation of an item into C or JavaScript, with new names and new comments, still
computes the same function; if the document says `weave({7, 8, 9}, 3, 0) gives
{7, 0, 8, 0, 9}`, the item's own solution run on ([7, 8, 9], 0) says the same. A look-alike
(pairs vs. triples summing to zero, fib vs. fib4) states results the item's solution does
not reproduce.

What runs: only the *benchmark's* reference program (e.g. HumanEval's prompt +
canonical_solution, from the benchmark file the user named), never text from the training
corpus: a document's example arguments are parsed to values by `examples.extract`
(ast.literal_eval) and passed as data. Even so the reference runs in a separate
`python -I -S` process with limits: address space (--reference-memory-mb), no file writes,
a per-call timer and a wall-clock timeout. A call that times out or crashes the sandbox
counts as no evidence. The sandbox has the standard library only (`-S`: no site-packages), so a
reference that imports a third-party package gives no evidence. Disable with
`--no-run-reference`.
"""
from __future__ import annotations

import ast
import json
import math
import os
import random
import subprocess
import sys
from dataclasses import dataclass, field

import numpy as np

from .examples import Example, extract

PER_CALL_S = 0.5
RETRIEVE_EXAMPLES = 4   # informative examples per document tried against every item (`agreeing`)
CALLS_PER_RUN = 4000    # calls per sandboxed process (a crash loses only that run's evidence)
MAX_TIMEOUTS = 20       # per sandbox run: after this many timed-out calls the rest are skipped
MAX_REPR = 20000
GENERATED = 12          # per item: random inputs shaped like its own (`generated`), beyond its tests

# the start of every sandbox driver (here and contamination.execute): read the request, import the
# modules it names, set the limits, and define `timed(fn, secs)` (raises Timeout) and `call`
SANDBOX_PRELUDE = r"""
import ast, json, resource, signal, sys
req = json.loads(sys.stdin.read())
for m in req.get("modules", ()):
    try:
        __import__(m)
    except BaseException:
        pass
mem = req["memory"]
resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
if "cpu" in req:
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
def call(fn, args_src, slow):
    # [status, repr] of fn(*args) under the per-call timer; exceptions in `slow` count as timeout
    try:
        args = ast.literal_eval(args_src)
        r = repr(timed(lambda: fn(*args), req["per_call"]))
        return ["ok", r] if len(r) <= req["max_repr"] else ["big", ""]
    except slow:
        return ["timeout", ""]
    except BaseException as e:
        return ["error", type(e).__name__]
"""
_DRIVER = SANDBOX_PRELUDE + r"""
fns = {}
for key, (program, entry) in req["programs"].items():
    ns = {"__name__": "reference_" + key}
    try:
        timed(lambda: exec(compile(program, "<reference " + key + ">", "exec"), ns), 2.0)
        fns[key] = ns.get(entry)
    except BaseException:
        fns[key] = None
out = []
timeouts = 0
for key, args_src in req["calls"]:
    fn = fns.get(key)
    if timeouts >= req["max_timeouts"]:
        out.append(["timeout", ""])
        continue
    if not callable(fn):
        out.append(["noref", ""])
        continue
    out.append(call(fn, args_src, (Timeout, MemoryError)))
    timeouts += out[-1][0] == "timeout"
sys.stdout.write(json.dumps(out))
"""


N_IO = 5     # io_unique, io_agree, io_agree_weak, io_contra, io_arity


def informative(v) -> bool:
    """Would a wrong function rarely reproduce this result by chance?"""
    if v is None or isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return v not in (-1, 0, 1)
    if isinstance(v, str):
        return len(v.strip()) >= 2
    if isinstance(v, (list, tuple, dict, set)):
        return len(v) >= 2 or (len(v) == 1 and informative(next(iter(v.values() if isinstance(v, dict) else v))))
    return True


def signature(program: str, entry: str) -> tuple[int, int] | None:
    """(min, max) positional arguments of top-level `def entry` in the program (parsed, not run)."""
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError):
        return None
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == entry:
            a = node.args
            n = len(a.posonlyargs) + len(a.args)
            return n - len(a.defaults), (10 ** 6 if a.vararg else n)
    return None


# inputs by annotation, for an item whose own examples give too few tests (HumanEval's random tests)
SYNTH_BELOW = 3
_SYNTH = {"str": ["hello", "abcxyz", "python", "zebra", "quickbrownfox"],
          "int": [3, 10, 25, 7, 100],
          "float": [3.5, 1.25, 10.75, 0.5, 7.125],
          "list[int]": [[1, 2], [4, -2], [3, 1, 0, 2], [5, 3, 2, 7], [2, 8, 1, 6]],
          "list[float]": [[1.0, 2.5], [4.0, -2.0, 3.5], [0.5, 1.5, 2.5, 3.5], [10.0, 2.0], [3.25, 1.0, 7.5]],
          "list[str]": [["ab", "cd"], ["hello", "world", "x"], ["zebra"], ["one", "two", "three"], ["a", "bb"]]}
_SYNTH["list"] = _SYNTH["list[int]"]


def synthetic(program: str, entry: str) -> list[tuple]:
    """Inputs for `def entry` built from its annotations (`s: str`, `xs: List[int]`...): the k-th
    value of every parameter's kind; [] unless every parameter is annotated with a known kind."""
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError):
        return []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == entry:
            a = node.args
            kinds = [ast.unparse(x.annotation).lower().replace("typing.", "") if x.annotation else None
                     for x in a.posonlyargs + a.args]
            if not kinds or any(k not in _SYNTH for k in kinds):
                return []
            return [tuple(_SYNTH[k][n] for k in kinds) for n in range(len(_SYNTH["str"]))]
    return []


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def fit_arity(args: tuple, lo: int, hi: int) -> tuple | None:
    """The example's arguments shaped for the reference: as they are when the count fits,
    else without C-style length arguments (an int equal to the length of an earlier list or
    string argument)."""
    if lo <= len(args) <= hi:
        return args
    if len(args) > hi:
        keep = list(args)
        k = 1
        while len(keep) > hi and k < len(keep):
            prev = keep[k - 1]
            if _is_int(keep[k]) and isinstance(prev, (list, str)) \
                    and keep[k] == len(prev):
                del keep[k]
            else:
                k += 1
        if lo <= len(keep) <= hi:
            return tuple(keep)
    return None


def variants(args: tuple) -> list[tuple]:
    """Two inputs derived from a test's arguments: every list / string reversed (strings inside a
    list too), and every list / string rotated by one with every number moved up by one."""
    def rev(v):
        if isinstance(v, str):
            return v[::-1]
        if isinstance(v, (list, tuple)):
            return type(v)(rev(x) if isinstance(x, str) else x for x in v[::-1])
        return v

    def rot(v):
        if isinstance(v, (str, list, tuple)) and len(v) > 1:
            return v[1:] + v[:1]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return v + 1
        return v

    return [tuple(rev(a) for a in args), tuple(rot(a) for a in args)]


def _random_like(values: list, rng: random.Random, n: int | None = None):
    """A new value shaped like `values` (one argument position over an item's own inputs): an
    int / real drawn from their range (when they are all single digits, half the time from up to
    ten times it: two-digit numbers), a string with the characters of one of them shuffled, a
    list of their length range (or `n` long) whose numbers are drawn from the range of theirs and
    whose strings are one of theirs or letters of theirs strung together (kept sorted / distinct
    when every own list is); anything else one of them as it is."""
    if all(isinstance(v, bool) for v in values):
        return rng.choice(values)
    if all(_is_int(v) for v in values):
        lo, hi = min(values), max(values)
        if -9 <= lo < hi <= 9 and rng.random() < 0.5:
            hi = 10 * hi + 9            # single digits only: also numbers of two digits (`add(2, 3)`)
        return rng.randint(lo, hi)
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return round(rng.uniform(min(values), max(values)), 2)
    if all(isinstance(v, str) for v in values):
        pool = [v for v in values if n is None or len(v) == n] or values
        chars = list(rng.choice(pool))
        rng.shuffle(chars)
        return "".join(chars) if n is None or len(chars) == n else \
            "".join(rng.choice(chars or ["a"]) for _ in range(n))
    if all(isinstance(v, list) for v in values) and any(values):
        elems = [x for v in values for x in v]
        n = rng.randint(min(map(len, values)), max(map(len, values))) if n is None else n
        if elems and (all(_is_int(x) for x in elems) or all(isinstance(x, float) for x in elems)):
            lo, hi = min(elems), max(elems)
            draw = (lambda: rng.randint(lo, hi)) if _is_int(lo) else (lambda: round(rng.uniform(lo, hi), 2))
        elif elems and all(isinstance(x, str) for x in elems):
            # words of letters strung from their letters; other strings (operators, digits) only
            # as they are
            letters = sorted({c for x in elems for c in x})
            sizes = [len(x) for x in elems]
            free = letters and all(x.isalpha() for x in elems)
            draw = lambda: rng.choice(elems) if not free or rng.random() < 0.5 else \
                "".join(rng.choice(letters) for _ in range(rng.randint(min(sizes), max(sizes))))
        else:
            return rng.choice(values)
        out = [draw() for _ in range(n)]
        if all(len(set(map(repr, v))) == len(v) for v in values):
            out = list(dict.fromkeys(out))
            for _ in range(8 * n):            # distinct, and still n long when the range allows
                if len(out) >= n:
                    break
                x = draw()
                if x not in out:
                    out.append(x)
        if all(v == sorted(v) for v in values):
            out.sort()
        return out
    return rng.choice(values)


def _length_ties(cols: list[list]) -> dict[int, tuple[int, int]]:
    """Argument positions whose length is another's plus a constant in every own input (two
    strings of one length, operators one shorter than operands): {position: (earlier, offset)}."""
    seq = [k for k, c in enumerate(cols) if all(isinstance(v, (str, list)) for v in c)]
    ties = {}
    for j in seq:
        for k in seq:
            if k < j and k not in ties:
                diffs = {len(a) - len(b) for a, b in zip(cols[j], cols[k])}
                if len(diffs) == 1:
                    ties[j] = (k, diffs.pop())
                    break
    return ties


def _largest_int(v) -> int:
    """The largest magnitude of an integer anywhere in `v` (0 for none)."""
    if isinstance(v, bool):
        return 0
    if isinstance(v, int):
        return abs(v)
    if isinstance(v, (list, tuple, set, frozenset)):
        return max((_largest_int(x) for x in v), default=0)
    if isinstance(v, dict):
        return max((_largest_int(x) for x in v.values()), default=0)
    return 0


def generated(own: list[tuple], seed: int, n: int = GENERATED) -> list[tuple]:
    """Up to `n` new inputs shaped like an item's own (`_random_like` per argument, lengths tied
    as in every own input: `_length_ties`), in its domain (`in_domain`), none equal to an own
    input: they tell apart a function that only happens to agree with the item on its tests
    (the fewest distinct letters vs. the longest word, both right on ['x', 'yyy', 'zzzz']).
    Deterministic in `seed`."""
    if not own:
        return []
    rng = random.Random(seed)
    arity = max({len(a) for a in own}, key=lambda m: sum(len(a) == m for a in own))
    cols = [[a[k] for a in own if len(a) == arity] for k in range(arity)]
    ties = _length_ties(cols)
    seen, out = {repr(a) for a in own}, []
    for _ in range(4 * n):
        args = []
        for k, c in enumerate(cols):
            tie = ties.get(k)
            size = len(args[tie[0]]) + tie[1] if tie else None
            args.append(_random_like(c, rng, size if size is None or size >= 0 else 0))
        args = tuple(args)
        if repr(args) not in seen and in_domain(args, own):
            seen.add(repr(args))
            out.append(args)
            if len(out) == n:
                break
    return out


_OPEN, _CLOSE = "([{", ")]}"


def _balanced(s: str) -> bool:
    """Brackets of every kind close in order, none left open."""
    depth = [0, 0, 0]
    for ch in s:
        if ch in _OPEN:
            depth[_OPEN.index(ch)] += 1
        elif ch in _CLOSE:
            k = _CLOSE.index(ch)
            depth[k] -= 1
            if depth[k] < 0:
                return False
    return not any(depth)


def in_domain(args: tuple, own: list[tuple]) -> bool:
    """Whether a derived input keeps what every one of the item's own inputs shares: an integer
    never above the length of a list or string argument (a count or an index: `k` of the k
    largest), and balanced brackets in a string argument that has brackets (paren groups).
    A translation may do anything outside the item's domain (C reads past the end)."""
    if not own:
        return True
    n = len(args)
    if any(len(a) != n for a in own):
        return True
    num = [k for k in range(n) if all(_is_int(a[k]) for a in own)]
    seq = [k for k in range(n) if all(isinstance(a[k], (str, list, tuple)) for a in own)]
    for i in num:
        for j in seq:
            if all(0 <= a[i] <= len(a[j]) for a in own) and not 0 <= args[i] <= len(args[j]):
                return False
    for j in range(n):
        strs = [a[j] for a in own]
        if all(isinstance(x, str) and any(c in _OPEN for c in x) and _balanced(x) for x in strs) \
                and isinstance(args[j], str) and not _balanced(args[j]):
            return False
    return True


class _Truncating(ast.NodeTransformer):
    """`a % b` and `a // b` (also `a %= b`) as calls that round the quotient toward zero."""

    names = {ast.Mod: "_trunc_mod_", ast.FloorDiv: "_trunc_div_"}

    def visit_BinOp(self, node):
        self.generic_visit(node)
        name = self.names.get(type(node.op))
        if name is None:
            return node
        self.changed = True
        return ast.copy_location(ast.Call(ast.Name(name, ast.Load()), [node.left, node.right], []), node)

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        name = self.names.get(type(node.op))
        if name is None or not isinstance(node.target, ast.Name):
            return node
        self.changed = True
        value = ast.Call(ast.Name(name, ast.Load()), [ast.Name(node.target.id, ast.Load()), node.value], [])
        return ast.copy_location(ast.Assign([node.target], value), node)


_TRUNCATING_HELPERS = """
def _trunc_div_(a, b):
    if type(a) is int and type(b) is int and b:
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q
    return a // b
def _trunc_mod_(a, b):
    if type(a) is int and type(b) is int and b:
        return a - b * _trunc_div_(a, b)
    return a % b
"""


def truncating(program: str | None) -> str | None:
    """The program with C / JavaScript integer arithmetic: `%` and `//` on ints round toward
    zero (Python floors: -14 % 10 is 6 in Python, -4 in C); None when it has neither."""
    if not program:
        return None
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError):
        return None
    t = _Truncating()
    t.changed = False
    tree = ast.fix_missing_locations(t.visit(tree))
    return _TRUNCATING_HELPERS + ast.unparse(tree) if t.changed else None


def kind(v) -> str:
    """Coarse type of an argument, for matching a document's example to items that take such input."""
    if v is None:
        return "any"
    if isinstance(v, (bool, int, float)):
        return "num"
    if isinstance(v, str):
        return "str"
    if isinstance(v, dict):
        return "dict"
    return "seq"


def profile(examples: str | None, sig) -> set | None:
    """The argument kinds an item is called with in its own examples (e.g. HumanEval's `test`):
    a set of tuples, or None when nothing was parsed (then any kinds are accepted)."""
    if not examples or sig is None:
        return None
    kinds = set()
    for e in extract(examples):
        a = fit_arity(e.args, *sig)
        if a is not None:
            kinds.add(tuple(kind(x) for x in a))
    return kinds or None


def _fits(args: tuple, kinds: set | None) -> bool:
    if kinds is None:
        return True
    mine = [kind(x) for x in args]
    return any(len(k) == len(mine) and all(a == b or "any" in (a, b) for a, b in zip(mine, k)) for k in kinds)


def _plain(v):
    if isinstance(v, (set, frozenset)):
        return sorted((_plain(x) for x in v), key=repr)
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {_plain(k): _plain(x) for k, x in v.items()}
    return v


def same(expected, got) -> bool:
    """Does the stated result match the reference's? Lists == tuples == sets (sorted), 1 == True,
    floats to the precision written (2 decimals: 0.006), None == empty, integers past 2**53 to a
    double's precision; an object of one field (`new Poly(coeffs)` returned) is that field."""
    e, g = _plain(expected), _plain(got)
    if isinstance(g, dict) and len(g) == 1 and not isinstance(e, dict):
        g = next(iter(g.values()))
    if e is None:
        return g is None or g == [] or g == "" or g is False
    if isinstance(e, float) or isinstance(g, float):
        if isinstance(e, (int, float)) and isinstance(g, (int, float)):
            return math.isclose(float(e), float(g), rel_tol=1e-4, abs_tol=0.006)
        return False
    if isinstance(e, list) and isinstance(g, list):
        return len(e) == len(g) and all(same(a, b) for a, b in zip(e, g))
    if isinstance(e, dict) and isinstance(g, dict):
        return e.keys() == g.keys() and all(same(e[k], g[k]) for k in e)
    if isinstance(e, str) and isinstance(g, str):
        return e.strip() == g.strip()
    if isinstance(e, (bool, int)) and isinstance(g, (bool, int)):
        if max(abs(int(e)), abs(int(g))) > 2 ** 53:     # past a double's integers (JavaScript numbers)
            return abs(int(e) - int(g)) <= max(abs(int(e)), abs(int(g))) >> 50
        return int(e) == int(g)
    return e == g


@dataclass
class ReferenceRunner:
    """Reference programs of one benchmark's items and a cache of their results."""

    programs: list            # per item: Python source or None
    entries: list             # per item: function name or None
    memory_mb: int = 1024
    timeout_s: float = 60.0
    examples: list | None = None   # per item: text of its own examples (tests), for `profile`
    _sigs: list = field(default_factory=list, repr=False)
    _kinds: list = field(default_factory=list, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)
    _tests: list | None = field(default=None, repr=False)
    _truncated: list | None = field(default=None, repr=False)
    _generated: list | None = field(default=None, repr=False)

    def __post_init__(self):
        self._sigs = [signature(p, e) if p and e else None for p, e in zip(self.programs, self.entries)]
        ex = self.examples or [None] * len(self.programs)
        self._kinds = [profile(x, s) for x, s in zip(ex, self._sigs)]

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_cache"] = {}
        return state

    def available(self) -> bool:
        return any(s is not None for s in self._sigs)

    def run(self, calls: list[tuple[int, tuple]]) -> list[tuple[str, object]]:
        """(item, args) -> (status, value): status ok / error / timeout / big / noref / sandbox."""
        todo = {}
        for item, args in calls:
            key = (item, repr(args))
            if key not in self._cache and key not in todo:
                todo[key] = args
        keys = list(todo)
        for start in range(0, len(keys), CALLS_PER_RUN):
            self._sandbox(keys[start:start + CALLS_PER_RUN])
        return [self._cache[(item, repr(args))] for item, args in calls]

    def _sandbox(self, keys: list) -> None:
        """One sandboxed process runs these calls; its results (or `sandbox`) go to the cache."""
        items = sorted({k[0] for k in keys})
        req = {"programs": {str(i): [self.programs[i], self.entries[i]] for i in items},
               "calls": [[str(i), a] for i, a in keys], "memory": self.memory_mb << 20,
               "per_call": PER_CALL_S, "max_repr": MAX_REPR, "max_timeouts": MAX_TIMEOUTS}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"}
        try:
            proc = subprocess.run([sys.executable, "-I", "-S", "-c", _DRIVER], input=json.dumps(req),
                                  capture_output=True, text=True, env=env, cwd="/",
                                  timeout=min(self.timeout_s, 5.0 + 0.01 * len(keys) + PER_CALL_S * MAX_TIMEOUTS))
            results = json.loads(proc.stdout) if proc.returncode == 0 else None
        except (subprocess.TimeoutExpired, ValueError, OSError):
            results = None
        if results is None or len(results) != len(keys):
            results = [["sandbox", ""]] * len(keys)
        for key, (status, val) in zip(keys, results):
            if status == "ok":
                try:
                    val = ast.literal_eval(val)
                except (ValueError, SyntaxError, MemoryError, RecursionError):
                    status, val = "big", None
            self._cache[key] = (status, val)

    def tests(self, max_tests: int = 16) -> list[list[tuple[tuple, object]]]:
        """Per item: (args, result) for the inputs of its own examples (`examples`, e.g. HumanEval's
        tests, then the docstring examples in its program; with fewer than SYNTH_BELOW of them,
        inputs built from its annotations: `synthetic`), then as many inputs derived from
        them (`variants`: sequences and strings reversed or rotated, numbers moved by one), each
        with the result its reference solution computes (at most `max_tests` of each); [] for an
        item without a reference. The derived inputs catch a function that only happens to pass
        the item's own tests (substring vs prefix filtering). Cached."""
        if self._tests is None:
            ex = self.examples or [None] * len(self.programs)
            plan = []
            for it, (sig, text, prog) in enumerate(zip(self._sigs, ex, self.programs)):
                seen, own = set(), []
                for e in (extract(text) if text else []) + (extract(prog) if prog else []):
                    args = fit_arity(e.args, *sig) if sig else None
                    if args is not None and repr(args) not in seen and len(own) < max_tests:
                        seen.add(repr(args))
                        own.append(args)
                if len(own) < SYNTH_BELOW and prog and self.entries[it]:
                    own.extend(a for a in synthetic(prog, self.entries[it]) if repr(a) not in seen)
                derived = []
                for args in own:
                    for v in variants(args):
                        if repr(v) not in seen and len(derived) < max_tests and in_domain(v, own):
                            seen.add(repr(v))
                            derived.append(v)
                plan.extend((it, a) for a in own + derived)
            res = self.run(plan) if plan else []
            self._tests = [[] for _ in self.programs]
            for (it, args), (status, val) in zip(plan, res):
                if status == "ok":
                    self._tests[it].append((args, val))
        return self._tests

    def truncated(self) -> list[list]:
        """Per item, aligned with `tests()`: the result under C / JavaScript integer arithmetic
        (`truncating`) where it differs from Python's, else None. A translation that computes
        the unit digit of -14 as 4 is faithful to its item; the Python reference says 6. Cached."""
        if self._truncated is None:
            self._truncated = self._truncating_results(self.tests())
        return self._truncated

    def _truncating_results(self, tests: list) -> list[list]:
        out = [[None] * len(t) for t in tests]
        progs = [truncating(p) if t else None for p, t in zip(self.programs, tests)]
        if any(progs):
            alt = ReferenceRunner(progs, self.entries, self.memory_mb, self.timeout_s)
            plan = [(it, a) for it, t in enumerate(tests) if progs[it] for a, _ in t]
            res = iter(alt.run(plan))
            for it, t in enumerate(tests):
                if progs[it]:
                    for k, (_, e) in enumerate(t):
                        status, val = next(res)
                        if status == "ok" and not same(e, val):
                            out[it][k] = val
        return out

    def generated_tests(self, n: int = GENERATED) -> list[list[tuple[tuple, object, object]]]:
        """Per item: (args, result, C / JavaScript result or None) for up to `n` random inputs
        shaped like its tests' own inputs (`generated`, seeded by the item's index), each with
        the result its reference computes (none with an integer past 2**31 beyond those of its own
        tests); [] for an item without tests. Cached."""
        if self._generated is None:
            tests = self.tests()
            plan = []
            for it, t in enumerate(tests):
                own = [a for a, _ in t]
                plan.extend((it, a) for a in generated(own, seed=it, n=n))
            res = self.run(plan) if plan else []
            gen = [[] for _ in self.programs]
            # no result past a C int unless the item's own results go there (factorials of
            # two-digit numbers: a faithful C translation overflows)
            cap = [max([2 ** 31] + [_largest_int(e) for _, e in t]) for t in tests]
            for (it, args), (status, val) in zip(plan, res):
                if status == "ok" and _largest_int(val) <= cap[it]:
                    gen[it].append((args, val))
            alts = self._truncating_results(gen)
            self._generated = [[(a, e, x) for (a, e), x in zip(g, alt)] for g, alt in zip(gen, alts)]
        return self._generated

    def agreeing(self, examples: list[list[Example]],
                 max_examples: int = RETRIEVE_EXAMPLES) -> tuple[np.ndarray, np.ndarray]:
        """(doc, item) pairs where the item's reference reproduces an informative result the
        document states (`informative`; `examples[doc]` from `examples.extract`), searched over
        every item whose signature and argument kinds fit: a leak whose wording shares nothing
        with its item is still found by its behaviour. Per document only the first
        `max_examples` informative examples are tried."""
        plan = []
        for k, doc_examples in enumerate(examples):
            ex = [e for e in doc_examples if informative(e.expected)][:max_examples]
            for e in ex:
                for it, sig in enumerate(self._sigs):
                    if sig is None:
                        continue
                    args = fit_arity(e.args, *sig)
                    if args is not None and _fits(args, self._kinds[it]):
                        plan.append((k, it, args, e.expected))
        if not plan:
            z = np.zeros(0, np.int64)
            return z, z
        res = self.run([(it, args) for _, it, args, _ in plan])
        hits = sorted({(k, it) for (k, it, _, exp), (status, val) in zip(plan, res) if status == "ok" and same(exp, val)})
        return (np.array([h[0] for h in hits], np.int64), np.array([h[1] for h in hits], np.int64))

    def io_features(self, examples: list[list[Example]], d: np.ndarray, i: np.ndarray,
                    exclude: np.ndarray | None = None,
                    agree: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """[pairs, N_IO] one-hot evidence, for the document's best-agreeing function: io_unique
        (io_agree, and no other item's reference reproduces any of the document's informative
        results: `agreeing`), io_agree (the
        item's reference reproduces every stated result, one of them informative: not a bool,
        None, -1/0/1 or empty), io_agree_weak (all reproduced, none informative: chance agreement
        is likely), io_contra (at least one stated result contradicted), io_arity (examples
        stated, none fits the item's signature); all 0 = no evidence. `examples[doc]`: the
        document's stated examples (`examples.extract`); `agree`: `agreeing(examples)` when the
        caller has it already; `exclude[doc]`: an item to leave out of the uniqueness count
        (calibration with the document's own item removed)."""
        out = np.zeros((len(d), N_IO))
        if len(d) == 0 or not self.available():
            return out
        plan = []          # per pair: list of (name, call index into calls, example)
        calls: list[tuple[int, tuple]] = []
        for k, it in zip(d.tolist(), i.tolist()):
            sig = self._sigs[it]
            rows = []
            if sig is not None:
                for e in examples[k]:
                    args = fit_arity(e.args, *sig)
                    if args is not None:
                        rows.append((e.name, len(calls), e))
                        calls.append((it, args))
            plan.append(rows)
        res = self.run(calls) if calls else []
        for p, rows in enumerate(plan):
            if not examples[int(d[p])] or self._sigs[int(i[p])] is None:
                continue
            if not rows:
                # examples stated, none fits; an arrow example (`[1, 2] -> 3`) may belong to a helper
                out[p, 4] = float(any(e.name != "<arrow>" for e in examples[int(d[p])]))
                continue
            groups: dict[str, list[int]] = {}      # name -> [agree, contra, informative agree]
            for name, c, e in rows:
                status, val = res[c]
                g = groups.setdefault(name, [0, 0, 0])
                if status == "ok" and same(e.expected, val):
                    g[0] += 1
                    g[2] += informative(e.expected)
                elif status in ("ok", "error"):
                    g[1] += 1
            groups = {k: g for k, g in groups.items() if g[0] + g[1]}
            if groups:
                _, contra, info = max(groups.values(), key=lambda g: (g[0] - g[1], g[2], g[0]))
                out[p, 3 if contra else 1 if info else 2] = 1.0
        # an agreement no other item shares: the stated behaviour singles this item out
        docs = np.unique(d[out[:, 1] > 0])
        if len(docs):
            if agree is None:
                ad, ai = self.agreeing([examples[int(k)] for k in docs])
                ad = docs[ad]
            else:
                ad, ai = agree
            if exclude is not None:
                keep = ai != exclude[ad]
                ad, ai = ad[keep], ai[keep]
            n_agree = np.bincount(ad, minlength=len(examples))
            only = {(int(a), int(b)) for a, b in zip(ad, ai) if n_agree[a] == 1}
            for p in np.flatnonzero(out[:, 1] > 0):
                if (int(d[p]), int(i[p])) in only:
                    out[p, 1], out[p, 0] = 0.0, 1.0
        return out


def runner_for(programs: list | None, entries: list | None, memory_mb: int = 1024,
               examples: list | None = None) -> ReferenceRunner | None:
    if not programs or not entries:
        return None
    r = ReferenceRunner(list(programs), list(entries), memory_mb=memory_mb, examples=examples)
    return r if r.available() else None


__all__ = ["Example", "ReferenceRunner", "runner_for", "same", "fit_arity", "signature"]
