"""The JavaScript side of contamination.execute: a document's JS functions, run by node.

`js_program(text)` finds the functions a document declares (`function f(a, b)`,
`const f = (a, b) => ...`, `const f = function (a) {...}`, `f = a => ...`), static methods
(`Class.m`), methods of a class built without arguments (`new Class().m`), object-literal
members (`obj.m`) and functions reached through `module.exports` / `exports.f`, and the code
around them (markdown fences and leading prose cut, `export` / `import` lines made plain).
`run_js(jobs)` starts one node process for a batch of documents: a Python launcher sets
resource limits, installs `seccomp.install("runtime")` (files open read-only, no sockets, no
new processes) and execs node; node runs each document in its own `vm` context (no
`require` but `assert`, a silent `console`) and every call under a 0.5 s vm timeout, with
arguments and results passed as JSON. Without node, or where the filter cannot be
installed (not x86_64 Linux), nothing runs.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .codeblocks import block_end, code_in_prose, drop_trailing_prose, latest_definitions, unquote

_FN = re.compile(
    r"(?:^|[;{}\n])[ \t]*(?:export\s+(?:default\s+)?)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(([^)]*)\)"
    r"|(?:^|[;{}\n])[ \t]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?"
    r"(?:function\s*\*?\s*[\w$]*\s*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)")
_CODE_START = re.compile(r"^[ \t]*(?:function|const|let|var|class|/\*|//|['\"]use strict|import|export|module)\b",
                         re.M)
_FENCE = re.compile(r"```[ \t]*(?:js|javascript|node|mjs)?[ \t]*\n(.*?)```", re.S | re.I)
_IMPORT = re.compile(r"^[ \t]*import\s[^\n]*$", re.M)
_EXPORT = re.compile(r"^([ \t]*)export\s+(?:default\s+)?(?=function|const|let|var|class|async)", re.M)
_EXPORT_LIST = re.compile(r"^[ \t]*export\s*(?:default\s+[\w$]+\s*;?|\{[^}]*\}\s*;?)[ \t]*$", re.M)
# `class Name {` / `const name = {`: containers whose members are called as Name.member(...)
_CLASS = re.compile(r"(?:^|[;}\n])[ \t]*(?:export\s+(?:default\s+)?)?class\s+([A-Za-z_$][\w$]*)[^{\n]*\{")
_OBJECT = re.compile(r"(?:^|[;}\n])[ \t]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*\{")
_STATIC = re.compile(r"^[ \t]*static\s+(?:async\s+)?([A-Za-z_$][\w$]*)\s*\(([^)]*)\)\s*\{", re.M)
_MEMBER = re.compile(r"^[ \t]*([A-Za-z_$][\w$]*)\s*(?::\s*(?:async\s+)?(?:function\s*\*?\s*[\w$]*\s*\(([^)]*)\)|"
                     r"\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)|\(([^)]*)\)\s*\{)", re.M)
# `module.exports = (a) => ...` / `exports.f = function (a) ...`: functions reached only through the exports
_EXPORTED = re.compile(r"(?:^|[;}\n])[ \t]*((?:module\.)?exports(?:\.[A-Za-z_$][\w$]*)?)\s*=\s*(?:async\s+)?"
                       r"(?:function\s*\*?\s*[\w$]*\s*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)")
_CONSTRUCTOR = re.compile(r"^[ \t]*constructor\s*\(([^)]*)\)", re.M)
_CODE_HINT = re.compile(r"function|=>|\bclass\s|\b(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*\{")
MAX_PROGRAM = 20_000

_DRIVER = r"""
const vm = require('vm');
const safe = {assert: require('assert'), crypto: require('crypto'), util: require('util')};
const chunks = [];
process.stdin.on('data', c => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const plain = (v, depth) => {
    if (depth > 50) throw new Error('deep');
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return null;
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Set) v = Array.from(v);
    if (v instanceof Map) v = Object.fromEntries(v);
    if (Array.isArray(v)) return v.map(x => plain(x, depth + 1));
    if (v && typeof v === 'object') {
      const o = {};
      for (const k of Object.keys(v)) o[k] = plain(v[k], depth + 1);
      return o;
    }
    return v;
  };
  const out = [];
  for (const [source, calls] of req.jobs) {
    const quiet = {log() {}, error() {}, warn() {}, info() {}, assert() {}, table() {}};
    const mod = {exports: {}};
    const ctx = vm.createContext({console: quiet, module: mod, exports: mod.exports,
                                  require: n => (safe[n.replace(/^node:/, '')] || {})});
    let names = {};
    try {
      vm.runInContext(source, ctx, {timeout: 1000});
    } catch (e) { /* top-level code may throw after the functions are defined */ }
    const res = [];
    let timeouts = 0;
    for (const [fname, argsJson] of calls) {
      if (timeouts >= req.max_timeouts) { res.push(['timeout', '']); continue; }
      if (argsJson === null) { res.push(['big', '']); continue; }
      try {
        ctx.__args = JSON.parse(argsJson);
        const kind = vm.runInContext('typeof ' + fname, ctx, {timeout: 100});
        if (kind !== 'function') { res.push(['noprog', '']); continue; }
        vm.runInContext('__out = ' + fname + '(...__args)', ctx, {timeout: req.per_call_ms});
        const s = JSON.stringify(plain(ctx.__out, 0));
        res.push(s !== undefined && s.length <= req.max_repr ? ['ok', s] : ['big', '']);
      } catch (e) {
        if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') { timeouts += 1; res.push(['timeout', '']); }
        else res.push(['error', String(e && e.name)]);
      }
    }
    out.push(res);
  }
  process.stdout.write(JSON.stringify(out));
});
"""
_LAUNCH = r"""
import os, resource, sys
cpu = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
ns = {"__name__": "seccomp"}
exec(open(sys.argv[2]).read(), ns)
if not ns["install"]("runtime"):
    sys.stdout.write("null")
    sys.exit(0)
os.execv(sys.argv[3], [sys.argv[3], "--max-old-space-size=" + sys.argv[4], "--stack-size=2000", "-e", sys.argv[5]])
"""


def _params(src: str) -> tuple[int, int] | None:
    """(min, max) arguments of a JS parameter list."""
    depth, parts, cur = 0, [], ""
    for ch in src:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    parts = [p.strip() for p in parts if p.strip()]
    if any(p.startswith("...") for p in parts):
        return len([p for p in parts if "=" not in p and not p.startswith("...")]), 10 ** 6
    return len([p for p in parts if "=" not in p]), len(parts)


def _code(text: str) -> str:
    blocks = latest_definitions([unquote(b) for b in _FENCE.findall(text)],
                                lambda b: {m.group(1) or m.group(3) for m in _FN.finditer(b)})
    code = "\n".join(blocks) if blocks else text
    if not blocks:
        m = _CODE_START.search(code)
        if m:
            code = code_in_prose(code, m.start(), lambda b: bool(_CODE_START.search(b) and _CODE_HINT.search(b))) \
                or drop_trailing_prose(code[m.start():])
    code = _IMPORT.sub("", code)
    code = _EXPORT_LIST.sub("", code)
    return _EXPORT.sub(r"\1", code)


def js_program(text: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """(source, [(function, min args, max args)]) of the document's JavaScript, or None."""
    if not _CODE_HINT.search(text):
        return None
    code = _code(text[:MAX_PROGRAM * 5])
    if len(code) > MAX_PROGRAM:
        return None
    fns, seen = [], set()
    for m in _FN.finditer(code):
        name = m.group(1) or m.group(3)
        params = m.group(2) if m.group(1) else next((g for g in (m.group(4), m.group(5), m.group(6)) if g is not None),
                                                     "")
        if name in seen or name == "main":
            continue
        seen.add(name)
        fns.append((name, *_params(params)))
    fns += _members(code, seen)
    for m in _EXPORTED.finditer(code):
        params = next((g for g in m.groups()[1:] if g is not None), "")
        if m.group(1) not in seen and m.group(1) != "exports":
            seen.add(m.group(1))
            fns.append((m.group(1), *_params(params)))
    return (code, fns) if fns else None


def _members(code: str, seen: set) -> list[tuple[str, int, int]]:
    """`Class.method` for static methods, `new Class().method` for the methods of a class whose
    constructor needs no argument (or, for one that takes exactly k, a fresh instance per call
    from the first or last k arguments), and `obj.key` for function members of an object literal."""
    out = []
    for pat, member, instance in ((_CLASS, _STATIC, False), (_CLASS, _MEMBER, True), (_OBJECT, _MEMBER, False)):
        for m in pat.finditer(code):
            body_start = m.end() - 1
            body = code[body_start + 1:block_end(code, body_start) - 1]
            depth_ok = _top_level_lines(body)
            takes = 0       # arguments the constructor needs, exactly
            if instance:
                ctor = [c for c in _CONSTRUCTOR.finditer(body) if c.start() in depth_ok]
                if ctor and _params(ctor[0].group(1))[0] > 0:
                    lo, hi = _params(ctor[0].group(1))
                    if lo != hi:
                        continue
                    takes = lo
            for mm in member.finditer(body):
                if mm.start() not in depth_ok:
                    continue
                params = next((g for g in mm.groups()[1:] if g is not None), None)
                if params is None or mm.group(1) in ("if", "for", "while", "switch", "return", "constructor"):
                    continue
                cls, meth, (lo, hi) = m.group(1), mm.group(1), _params(params)
                if not instance:
                    forms = [(f"{cls}.{meth}", lo, hi)]
                elif not takes:
                    forms = [(f"new {cls}().{meth}", lo, hi)]
                else:
                    # a fresh instance per call from the first (or last) `takes` arguments; the
                    # method gets the others (the names are the document's identifiers)
                    forms = [(f"((...a) => new {cls}(...a.slice(0, {takes})).{meth}(...a.slice({takes})))",
                              takes + lo, takes + hi)]
                    if hi > 0:
                        forms.append((f"((...a) => new {cls}(...a.slice(a.length - {takes}))"
                                      f".{meth}(...a.slice(0, a.length - {takes})))", takes + lo, takes + hi))
                for name, a, b in forms:
                    if name not in seen:
                        seen.add(name)
                        out.append((name, a, b))
    return out


def _top_level_lines(body: str) -> set:
    """Offsets of line starts at brace depth 0 inside a class / object body."""
    starts, depth, line_start = set(), 0, True
    for k, ch in enumerate(body):
        if line_start and depth == 0:
            starts.add(k)
        line_start = ch == "\n"
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth -= 1
    return starts


def node_path() -> str | None:
    return shutil.which("node") or shutil.which("nodejs")


def run_js(jobs: list, *, memory_mb: int, per_call_s: float, max_repr: int, max_timeouts: int) -> list | None:
    """Per job (source, [(function, args)]): [[status, JSON text]]; None if the batch failed."""
    node = node_path()
    if node is None:
        return None
    def arg_json(a):
        try:
            return json.dumps(list(a), allow_nan=False)
        except (TypeError, ValueError):
            return None         # not expressible in JSON (inf, a set): no call, no evidence

    calls = [[[f, arg_json(a)] for f, a, *_ in c] for _, c in jobs]
    req = {"jobs": [[src, c] for (src, _), c in zip(jobs, calls)], "per_call_ms": int(per_call_s * 1000),
           "max_repr": max_repr, "max_timeouts": max_timeouts}
    cpu = int(10 + (1 + per_call_s * max_timeouts) * len(jobs))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
    seccomp = str(Path(__file__).with_name("seccomp.py"))
    try:
        proc = subprocess.run([sys.executable, "-I", "-S", "-c", _LAUNCH, str(cpu), seccomp, node,
                               str(max(64, memory_mb // 2)), _DRIVER],
                              input=json.dumps(req), capture_output=True, text=True, env=env, cwd="/",
                              timeout=cpu + 5)
        return json.loads(proc.stdout) if proc.returncode == 0 else None
    except (subprocess.TimeoutExpired, ValueError, OSError):
        return None
