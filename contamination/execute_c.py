"""The C side of contamination.execute: a document's C functions, compiled by gcc and called on an
item's test inputs.

`c_program(text)` finds the function definitions of a C document and what their parameters
take: numbers, strings, arrays of numbers or strings (each array followed by its length when
the next parameter is an integer the item's arguments do not supply). `harness(...)` writes,
after the document's own code (its `main` renamed), a `main` that calls the functions with
the item's test arguments as C literals and prints each result as JSON: a returned number,
character or string; an array returned with a `size_t *` / `int *` count, or written to an
output buffer whose count is returned; a string written to a trailing `char *` buffer; a
non-const array or string changed in place by a `void` function; trailing scalar
out-parameters (`long *sum, long *prod`) as a list, also when a status is returned; a struct
of the document (`structs`) returned or filled through a pointer, printed member by member
(a tuple; `bool has; int v;` as an optional value), or passed as scratch space when the
return value is the result; a tagged union (an enum tag and a union of int / double / string)
filled from an int, real, string or None and printed by its tag, one or an array of them; a
callback the function hands each result to (a function pointer, inline or typedef'd, taking a
string, a string and its length, a number or an array and its length, and any `void *`
context): the harness passes a collector of its exact type, and the values handed to it are
the list.

The binary runs with an address-space and CPU limit and, before the first call, installs the
same seccomp allowlist as the Python sandbox (`seccomp._filter`: memory, write to the open
stdout, signals, timers, exit; everything else EPERM). Each call runs under a 0.5 s timer;
a crash or timeout in one call is caught (sigsetjmp) and the next call goes on. Without gcc,
or off x86_64 / aarch64 Linux, nothing runs.
"""
from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import tempfile

from . import seccomp
from .codeblocks import block_end, code_in_prose, drop_trailing_prose, latest_definitions

MAX_PROGRAM = 20_000
MAX_CASES = 300          # calls per compiled harness
INT_TYPES = {"int", "long", "long int", "long long", "long long int", "short", "unsigned", "unsigned int",
             "unsigned long", "unsigned long long", "size_t", "ssize_t", "int64_t", "int32_t", "uint64_t", "uint32_t",
             "bool", "_Bool", "signed", "unsigned short", "uint8_t", "int8_t", "int16_t", "uint16_t", "long unsigned",
             "unsigned long int", "unsigned long long int", "long long unsigned", "long unsigned int", "short int",
             "unsigned short int", "ptrdiff_t", "intmax_t", "uintmax_t"}
FLOAT_TYPES = {"double", "float", "long double"}
_DEF = re.compile(
    r"^[ \t]*(?:static\s+|inline\s+|extern\s+)*((?:const\s+|unsigned\s+|signed\s+|long\s+|short\s+|struct\s+)*"
    r"[A-Za-z_]\w*"
    r"(?:\s+(?:int|long|double))?[\s*]+?)\s*(\**)\s*([A-Za-z_]\w*)\s*\(((?:[^()]|\([^()]*\))*)\)\s*\{", re.M)
# an integer parameter right after an array or string that names its length
_LEN_NAME = re.compile(r"^(?:n|m|len|length|size|sz|count|cnt|num|total|n[a-z]{0,3}|len\w*|size\w*|count\w*|"
                       r"n_\w+|num_?\w*)$|"
                       r"_(?:n|len|length|size|sz|count|cnt|num)$", re.I)
_LOCAL_INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"[^"\n]*"[^\n]*$', re.M)
# an integer out-parameter that receives the length of an array result
_COUNT_NAME = re.compile(r"len|count|size|cnt|^n$|^n_|_n$|^num", re.I)
# what `_DEF` may match that is not a function of the document to call
_NOT_FUNCTIONS = {"main", "if", "while", "for", "switch", "return", "sizeof"}
# an integer after an output buffer that gives its room
_CAP_NAME = re.compile(r"cap|max|size|len|room|space|avail|limit|bound|count|cnt|sz|^n$|^m$|^n_|_n$|^num", re.I)
# an out-parameter that only hands back the memory other results point into
_STORAGE_NAME = re.compile(r"stor|buf|backing|mem|pool|arena|copy|owner|heap|block", re.I)
# the flag of an optional value in a struct (`bool present; int value;`)
_FLAG_NAME = re.compile(r"^(?:has|is_?set|present|valid|found|ok|exists|defined|some)", re.I)
# the flag of a tagged number in a struct (`bool is_int; long long i; double d;`)
_INT_TAG = re.compile(r"^(?:is_?int(?:eger)?|integer|is_?whole|whole|int_?flag)$", re.I)
_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
# a function-pointer parameter (`void (*emit)(const char *w, size_t n)`) or typedef of one
_FN_PTR = re.compile(r"^(.*?)\(\s*\*\s*([A-Za-z_]\w*)\s*\)\s*\(([^()]*)\)\s*$", re.S)
_FN_TYPEDEF = re.compile(r"\btypedef\s+([^;{}()]*?)\(\s*\*\s*([A-Za-z_]\w*)\s*\)\s*\(([^()]*)\)\s*;")
# a depth-0 comma of a parameter list (not one inside a function pointer's own parameters)
_PARAM_COMMA = re.compile(r",(?![^()]*\))")
_QUALIFIERS = re.compile(r"\b(?:const|restrict|__restrict|volatile|static|register)\b")
_STRUCT = re.compile(r"\b(typedef\s+)?struct(?:\s+(\w+))?\s*\{([^{}]*)\}\s*(\w+)?\s*;")
# a union inside a struct: its members are read as the struct's, named `u.i` (`__U_u__i` while parsed)
_UNION = re.compile(r"\bunion\s*(?:\w+\s*)?\{([^{}]*)\}\s*(\w+)?\s*;")
_ENUM = re.compile(r"\b(typedef\s+)?enum(?:\s+(\w+))?\s*\{([^{}]*)\}\s*(\w+)?\s*;")
# what each constant of a variant's tag enum holds, by the words of its name (`V_INT`, `NUM_REAL`)
_VARIANT_WORDS = {"int": {"INT", "INTEGER", "LONG", "I64", "WHOLE", "INTEGRAL"},
                  "float": {"REAL", "FLOAT", "DOUBLE", "DBL", "FLT", "DECIMAL", "FRAC"},
                  "str": {"TEXT", "STR", "STRING", "CHARS", "CSTR", "TXT"},
                  "none": {"NONE", "NULL", "NIL", "EMPTY", "VOID"},
                  "list": {"LIST", "ARRAY", "ARR", "VEC", "SEQ"},
                  "dict": {"MAP", "DICT", "OBJ", "OBJECT", "HASH", "TABLE"},
                  "bool": {"BOOL", "BOOLEAN"}}
_MEMBER = re.compile(r"^((?:unsigned\s+|signed\s+|long\s+|short\s+|enum\s+)*[A-Za-z_]\w*(?:\s+(?:int|long|double))?)"
                     r"\s+(.+)$")


def _scalar(base: str) -> str | None:
    """int / float / char for a C base type, None for any other."""
    return "int" if base in INT_TYPES else "float" if base in FLOAT_TYPES else "char" if base == "char" else None


class Param:
    """One C parameter: base type, pointer depth (`*` and `[]`), kind."""

    def __init__(self, decl: str, callbacks: dict | None = None):
        self.collector = None     # kind "callback": the harness function passed for it
        self.decl = decl.strip()  # as written (a callback's stand-in declares its parameters alike)
        decl = _QUALIFIERS.sub(" ", decl.strip())
        self.callback = None      # kind "callback": (return type, [Param] of its parameters)
        fn = _FN_PTR.match(decl)
        if fn:                    # `void (*emit)(const char *word, size_t len)`
            self.base, self.name, self.depth, self.width, self.members = fn.group(1).strip(), fn.group(2), 0, 0, None
            self.callback = _callback(fn.group(1), fn.group(3))
            self.kind = "callback" if self.callback else None
            return
        m = re.search(r"\[\s*\]\s*\[\s*(\d+)\s*\]|\[\s*\d*\s*\]\s*\[\s*(\d+)\s*\]", decl)
        self.width = int(m.group(1) or m.group(2)) if m and "char" in decl.split("[")[0] else 0
        self.depth = decl.count("*") + decl.count("[")
        words = re.sub(r"\[[^\]]*\]|\*", " ", decl).split()
        self.base = " ".join(words[:-1]) if len(words) > 1 else " ".join(words)
        self.name = words[-1] if len(words) > 1 else ""
        scalar = _scalar(self.base)
        self.members = None       # kind "struct" (see c_program): the struct's members
        self.kind = {(0, "int"): "int", (0, "float"): "float", (0, "char"): "char", (1, "int"): "ints",
                     (1, "float"): "floats", (1, "char"): "str", (2, "char"): "strs"}.get((self.depth, scalar))
        if self.depth == 0 and callbacks and self.base in callbacks:    # `word_sink emit`
            self.callback, self.kind = callbacks[self.base], "callback"

    @property
    def void_ptr(self) -> bool:
        """A `void *`: a callback's context."""
        return self.base == "void" and self.depth == 1


def _callback(ret: str, params: str) -> tuple | None:
    """(return type, [Param]) of a callback the harness can stand in for: it gets each result as
    a string (`const char *`, with its length when an integer follows), a number, or an array
    of numbers with its length, plus any `void *` context; None for any other."""
    ps = [] if params.strip() in ("", "void") else [Param(q) for q in params.split(",")]
    ret = re.sub(r"\s+", " ", _QUALIFIERS.sub(" ", ret)).strip()
    values = [q for q in ps if not q.void_ptr]
    if ret not in INT_TYPES | {"void"} or not values or values[0].kind not in ("str", "int", "float", "ints", "floats") \
            or any(q.kind is None and not q.void_ptr for q in ps):
        return None
    return ret, ps


def structs(code: str) -> dict[str, list | None]:
    """The document's structs, by tag and by typedef name: [(member, kind, array length)] with kind
    int / float / char / str (`char *` or `char [N]`) / ints / floats (`T m[N]`) / struct (one
    defined before it: then its members instead of the length); a tagged union (`_variant`) as
    its one (tag, "variant", spec); None for a struct with any other member (a pointer to
    numbers, an untagged union): such a struct can only be passed as scratch space, never
    printed. `code` without its comments (`_COMMENTS`)."""
    out, enums = {}, _enums(code)

    def inline_enum(e: re.Match) -> str:   # `enum { V_INT, V_REAL } kind;` inside a struct: a named enum
        if code[:e.start()].rstrip().endswith("typedef") or not (consts := _enums(f"typedef {e.group(0)}")):
            return e.group(0)
        enums[f"__E_{e.group(1)}"] = next(iter(consts.values()))
        return f"__E_{e.group(1)} {e.group(1)};"
    code = re.sub(r"\benum\s*\{[^{}]*\}\s*([A-Za-z_]\w*)\s*;", inline_enum, code)
    code = _UNION.sub(_union_members, code)
    for m in _STRUCT.finditer(code):
        members, tag = [], None
        for decl in m.group(3).split(";"):
            decl = re.sub(r"\s+", " ", _QUALIFIERS.sub(" ", decl)).strip()
            if not decl:
                continue
            got = _MEMBER.match(decl)
            if got is None or got.group(1).split()[0] == "union" or "(" in decl:
                members = None
                break
            base = got.group(1)
            inner = _struct_of(base, out)
            if inner and out[inner] and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", got.group(2)):
                members.append((got.group(2).strip(), "struct", out[inner]))
                continue
            enum = enums.get(base[len("enum "):] if base.startswith("enum ") else base)
            if enum and tag is None and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", got.group(2)):
                tag = (got.group(2).strip(), enum)
            scalar = "int" if base.startswith("enum ") or enum else _scalar(base)
            for d in got.group(2).split(","):
                name = re.sub(r"\[[^\]]*\]|\*", " ", d).strip()
                dims = re.findall(r"\[\s*(\d+)\s*\]", d)
                kind = {(0, 0, "int"): "int", (0, 0, "float"): "float", (0, 0, "char"): "char",
                        (1, 0, "char"): "str", (0, 1, "char"): "str", (0, 1, "int"): "ints",
                        (0, 1, "float"): "floats", (2, 0, "char"): "words"}.get((d.count("*"), len(dims), scalar))
                if kind is None and name.startswith("__U_") and d.count("*") == 1:
                    kind = "other"        # a union's other pointer (`void *ptr`): a variant may skip it
                if kind is None or not re.fullmatch(r"[A-Za-z_]\w*", name):
                    members = None
                    break
                members.append((name.replace("__U_", "", 1).replace("__", ".", 1) if name.startswith("__U_") else name,
                                 kind, int(dims[0]) if dims and kind != "str" else 0))
            if members is None:
                break
        if members and (tag or any(n.startswith("__U_") for n in re.findall(r"\w+", m.group(3)))):
            members = _variant(members, tag)      # a tagged union: a value of one of several types
        # `char **words; size_t count;` (and perhaps `char *storage` behind them): a list of strings;
        # `char **` in any other struct: unprintable
        kinds = [k for _, k, _ in members or []]
        if "words" in kinds and not (kinds.count("words") == 1 and kinds.count("int") == 1
                                     and len(kinds) == 2 + kinds.count("str")):
            members = None
        for name in (m.group(2), m.group(4) if m.group(1) else None):
            if name:
                out[name] = members or None
    return out


def _enums(code: str) -> dict[str, list[tuple[str, int]]]:
    """The enums of `code` (its comments removed), by tag and by typedef name: [(constant, value)]
    in order."""
    out = {}
    for m in _ENUM.finditer(code):
        consts, value = [], 0
        for part in m.group(3).split(","):
            got = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*(?:=\s*(-?\d+)\s*)?", part)
            if got is None:
                if part.strip():
                    consts = []
                    break
                continue
            value = int(got.group(2)) if got.group(2) else value
            consts.append((got.group(1), value))
            value += 1
        for name in (m.group(2), m.group(4) if m.group(1) else None):
            if name and consts:
                out[name] = consts
    return out


def _union_members(m: re.Match) -> str:
    """A union's member declarations, each name marked as the union's (`long i` in union `as`:
    `long __U_as__i`)."""
    prefix = f"__U_{m.group(2) or ''}__"
    decls = []
    for decl in m.group(1).split(";"):
        parts = [re.sub(r"([A-Za-z_]\w*)(\s*(?:\[[^\]]*\]\s*)*)$", lambda g: prefix + g.group(1) + g.group(2),
                        d.rstrip()) for d in decl.split(",")]
        decls.append(",".join(parts))
    return ";".join(decls) + ";"


def _variant(members: list, tag) -> list | None:
    """A struct holding one value of several types, its type in an enum member (`enum kind kind;
    union { long i; double d; const char *s; } as;`, the union's members perhaps inline):
    [(tag member, "variant", {python kind: (tag value, member or None)})], or None. The enum's
    constants say what they hold by name (`V_INT`, `NUM_REAL`, `K_TEXT`, `VAL_NONE`), else by
    order, one per value member."""
    if tag is None:
        return None
    tag_name, consts = tag
    values = [(n, k) for n, k, _ in members if n != tag_name and k != "other"]
    if not all(k in ("int", "float", "str") for _, k in values):
        return None
    spec = {}
    for const, value in consts:
        words = set(re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", const)) | set(const.upper().split("_"))
        words = {w.upper() for w in words}
        kind = next((k for k, ws in _VARIANT_WORDS.items() if words & ws), None)
        if kind is None or kind in spec:
            continue
        held = "int" if kind == "bool" else kind
        member = next((n for n, k in values if k == held), None) if held in ("int", "float", "str") else None
        if held in ("int", "float", "str") and member is None:
            continue
        spec[kind] = (value, member)
    if len([k for k in spec if k in ("int", "float", "str")]) < 2 and len(consts) == len(values):
        spec = {k: (value, n) for (_, value), (n, k) in zip(consts, values)}     # by order
    if len([k for k in spec if k in ("int", "float", "str")]) < 2:
        return None
    return [(tag_name, "variant", spec)]


def _is_variant(members) -> bool:
    return bool(members) and members[0][1] == "variant"


def _variant_fill(members: list, lhs: str, v) -> str | None:
    """Statements that store the Python value `v` in the variant `lhs`, or None when its
    enum has no constant for v's type."""
    tag, _, spec = members[0]
    kind = ("bool" if "bool" in spec else "int") if isinstance(v, bool) else \
        "int" if isinstance(v, int) else "float" if isinstance(v, float) else "str" if isinstance(v, str) else \
        "none" if v is None else "list" if isinstance(v, (list, tuple)) else "dict" if isinstance(v, dict) else None
    if kind not in spec:
        return None
    value, member = spec[kind]
    fill = f"{lhs}.{tag} = {value};"
    if member is not None:
        lit = _cstr(v) if kind == "str" else _num(v)
        if lit is None:
            return None
        fill += f" {lhs}.{member} = {lit};"
    return fill


def _put_variant(members: list, expr: str) -> str:
    tag, _, spec = members[0]
    put = {"int": "put_int((long long){})", "bool": "put_int((long long){})", "float": "put_float((double){})",
           "str": "put_str({})"}
    arms = [f"if (t_ == {value}) {put[k].format(f'{expr}.{member}') if member else 'put_null()'};"
            for k, (value, member) in spec.items() if k in put or k == "none"]
    return f"{{ long long t_ = (long long){expr}.{tag}; " + " else ".join(arms) + " else put_null(); }"


def _struct_of(base: str, known: dict) -> str | None:
    key = base[len("struct "):] if base.startswith("struct ") else base
    return key if key in known else None


def _flag_pairs(items: list, is_flag) -> list[tuple] | None:
    """`items` as consecutive pairs of one flag (`has_neg`) and one value, in either order, each
    returned as (flag, value); None when they do not pair up so."""
    if not items or len(items) % 2:
        return None
    pairs = []
    for a, b in zip(items[::2], items[1::2]):
        if is_flag(a) == is_flag(b):
            return None
        pairs.append((a, b) if is_flag(a) else (b, a))
    return pairs


def _put_struct(members: list, expr: str, expected) -> str:
    """Print a struct: its members as a list (a tuple of results), a lone member as itself, an
    array member with a count member as that array when a list is expected, a flag and a value
    (`bool present; int v;`) as the value or None."""
    if _is_variant(members):
        return _put_variant(members, expr)
    flags = [m for m in members if m[1] == "int" and _FLAG_NAME.search(m[0])]
    if len(members) == 2 and len(flags) == 1:
        value = [m for m in members if m is not flags[0]]
        return f"if ({expr}.{flags[0][0]}) {{ {_put_struct(value, expr, expected)} }} else put_null();"
    pairs = _flag_pairs(members, lambda m: m in flags)
    if len(members) >= 4 and pairs:
        # `int has_lo, lo; int has_hi, hi;`: a tuple of optional values
        sub = expected if isinstance(expected, (list, tuple)) and len(expected) == len(pairs) else [None] * len(pairs)
        return "putchar('['); " + " putchar(','); ".join(
            "{ " + _put_struct(list(p), expr, e) + " }" for p, e in zip(pairs, sub)) + " putchar(']');"
    if len(members) >= 3 and flags[:1] == members[:1] and isinstance(expected, list):
        # `bool found; int value; int index;` where a list is expected: the rest as a list, [] when unset
        rest = members[1:]
        sub = expected if len(expected) == len(rest) else None
        return f"if ({expr}.{flags[0][0]}) {{ {_put_struct(rest, expr, sub)} }} else fputs(\"[]\", stdout);"
    words = [m for m in members if m[1] == "words"]
    if words:                   # `char **words; size_t count;` (see `structs`)
        c = next(m for m in members if m[1] == "int")
        return (f"{{ long long n_ = (long long){expr}.{c[0]}; if (n_ < 0 || n_ > 65536) n_ = 0; "
                f"if (!{expr}.{words[0][0]}) n_ = 0; put_strs({expr}.{words[0][0]}, n_); }}")
    arrays = [m for m in members if m[1] in ("ints", "floats")]
    counts = [m for m in members if m[1] == "int" and _COUNT_NAME.search(m[0])]
    if isinstance(expected, list) and len(arrays) == 1 and len(counts) == 1 and len(members) == 2:
        (a, kind, cap), (c, *_) = arrays[0], counts[0]
        return (f"{{ long long n_ = (long long){expr}.{c}; if (n_ < 0 || n_ > {cap}) n_ = {cap}; "
                f"put_{kind}({expr}.{a}, n_); }}")
    sub = expected if isinstance(expected, (list, tuple)) and len(expected) == len(members) else [None] * len(members)
    parts = [_put_struct(n, f"{expr}.{name}", e) if kind == "struct" else
             f"put_int((long long){expr}.{name});" if kind == "int" else
             f"put_float((double){expr}.{name});" if kind == "float" else
             f"put_str({expr}.{name});" if kind == "str" else
             f"{{ char s_[2] = {{{expr}.{name}, 0}}; put_str(s_); }}" if kind == "char" else
             f"put_{kind}({expr}.{name}, {n});" for (name, kind, n), e in zip(members, sub)]
    return parts[0] if len(parts) == 1 else "putchar('['); " + " putchar(','); ".join(parts) + " putchar(']');"


def _ctype(base: str) -> str:
    return "char" if base == "char" else base if base else "int"


def c_program(text: str) -> tuple[str, list[tuple[str, str, list]]] | None:
    """(code, [(function, return type incl. '*', [Param], members of the struct it returns or
    None, whether a returned 0 means success)]) of a C document, or None."""
    if "#include" not in text and not re.search(r"\b(?:int|void|double|char|long|bool)\s+\**\w+\s*\(", text):
        return None
    code = text[:MAX_PROGRAM * 5]
    fences = re.findall(r"```[ \t]*(?:c|C|h)?[ \t]*\n(.*?)```", code, re.S)
    # fenced blocks that define something; statement snippets (`double f = modf(v, &w);`) cannot
    # stand at file scope and would break the harness
    fences = [f for f in fences if _DEF.search(f) or re.search(r"^[ \t]*(?:#|typedef\b|struct\b|enum\b)", f, re.M)]
    fences = latest_definitions(fences, lambda f: {m.group(3) for m in _DEF.finditer(f)} - _NOT_FUNCTIONS)
    if fences:
        code = "\n".join(fences)
    else:
        m = re.search(r"^[ \t]*(?:#[ \t]*(?:include|define|if|ifdef|ifndef|pragma|undef)|/\*|//|typedef|struct|"
                      r"static|int|long|double|char|void|bool|unsigned|const|size_t)\b", code, re.M)
        if m:
            code = code_in_prose(code, m.start(), lambda b: bool(_DEF.search(b) or re.search(r"^#[ \t]*include", b, re.M))) \
                or drop_trailing_prose(code[m.start():])
    if len(code) > MAX_PROGRAM:
        return None
    code = _LOCAL_INCLUDE.sub("", code)   # the project's own headers are not here: the harness has libc's
    bare = _COMMENTS.sub(" ", code)
    fns, known = [], structs(bare)
    callbacks = {m.group(2): cb for m in _FN_TYPEDEF.finditer(bare) if (cb := _callback(m.group(1), m.group(3)))}
    collectors = []
    defines = dict(re.findall(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+\(?(\d+)\)?[ \t]*(?:/[/*].*)?$",
                              code, re.M))
    # a const pointer (`const char *const *f(...)`) read as a plain one; same offsets as `code`
    scan = re.sub(r"\*\s*const\b", lambda c: "*" + " " * (len(c.group(0)) - 1), code)
    for m in _DEF.finditer(scan):
        ret, stars, name, params = m.group(1).strip(), m.group(2), m.group(3), m.group(4)
        if name in _NOT_FUNCTIONS:
            continue
        ret = _QUALIFIERS.sub(" ", ret + stars).strip()
        # array bounds named by a macro (`char out[][GROUP_MAX]`, `#define GROUP_MAX 128`) as numbers
        params = re.sub(r"\[\s*([A-Za-z_]\w*)\s*\]", lambda b: f"[{defines.get(b.group(1), b.group(1))}]", params)
        ps = [] if params.strip() in ("", "void") else [Param(p, callbacks) for p in _PARAM_COMMA.split(params)]
        if any(p.kind == "callback" for p in ps):
            for n, p in enumerate(ps):
                if p.kind == "callback":       # the harness's stand-in collects what it is handed
                    p.collector = f"assay_collect_{name}_{n}"
                    collectors.append(_collector(p.collector, *p.callback))
                elif p.void_ptr:
                    p.kind = "ctx"             # the callback's context: NULL
        for p in ps:          # a pointer to one of the document's structs: an output parameter
            tag = _struct_of(p.base, known) if p.kind is None and p.depth <= 1 else None
            if tag and (p.depth or known[tag]):   # (by value: only a struct an input list can fill, `_struct_input`)
                p.kind, p.members = "struct", known[tag]
        if any(p.kind is None for p in ps):
            continue
        ret = re.sub(r"\s+", " ", ret.replace("*", " * ")).strip()
        owner = _struct_of(ret.rstrip(" *"), known)
        if owner is not None and not known[owner]:
            continue              # a struct returned that cannot be printed
        body = code[m.end() - 1:block_end(code, m.end() - 1)]
        # `return -1;` on failure and `return 0;` on success: a status where 0 means the result is there
        zero_ok = bool(re.search(r"\breturn\s*\(?\s*-1\s*\)?\s*;", body) and re.search(r"\breturn\s*\(?\s*0\s*\)?\s*;", body))
        fns.append((name, ret, ps, known[owner] if owner else None, zero_ok))
    if collectors:
        code += "\nstatic void put_null(void); static void put_int(long long v); static void put_float(double v); " \
                "static void put_strn(const char *s, long long n); static int assay_cb_n_;\n" + "\n".join(collectors)
    return (code, fns) if fns else None


def _collector(name: str, ret: str, params: list) -> str:
    """A function of the callback's type that prints each value it is handed as the next element
    of a JSON list (`assay_cb_n_` counts them)."""
    decls = []
    for n, q in enumerate(params):
        named = q.name and re.search(rf"\b{re.escape(q.name)}\s*$", q.decl)
        decls.append(q.decl[:named.start()] + f" c{n}" if named else f"{q.decl} c{n}")
    k = next(n for n, q in enumerate(params) if not q.void_ptr)
    q, after = params[k], params[k + 1] if k + 1 < len(params) else None
    sized = after is not None and after.kind == "int"
    if q.kind == "str":
        put = f"put_strn(c{k}, {f'(long long)c{k + 1}' if sized else f'(long long)strlen(c{k})'});"
    elif q.kind in ("int", "float"):
        put = f"put_{q.kind}(c{k});"
    elif sized:                       # an array of numbers and its length
        put = (f"putchar('['); for (long long i_ = 0; i_ < (long long)c{k + 1}; i_++) "
               f"{{ if (i_) putchar(','); put_{q.kind[:-1]}(c{k}[i_]); }} putchar(']');")
    else:
        put = "put_null();"
    ret_stmt = "" if ret == "void" else " return 0;"
    return f"static {ret} {name}({', '.join(decls)}) {{ if (assay_cb_n_++) putchar(','); {put}{ret_stmt} }}"


def _num(v) -> str | None:
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, int) and abs(v) < 2 ** 63:
        return str(v)
    if isinstance(v, float) and v == v and abs(v) != float("inf"):
        return repr(v)
    return None


def _cstr(s: str) -> str:
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        out.append(ch if 32 <= b < 127 and ch not in '"\\?' else f"\\{b:03o}")
    return '"' + "".join(out) + '"'


def _flat(v) -> tuple[object, int | None]:
    """(values, rows): a rectangular grid of numbers (a list of equal-length lists) flattened row
    by row with its number of rows, as a C function takes it (`int *g, int n`); else (v, None)."""
    if isinstance(v, (list, tuple)) and v and all(isinstance(r, (list, tuple)) and r for r in v) \
            and len({len(r) for r in v}) == 1 \
            and all(isinstance(x, (bool, int, float)) for r in v for x in r):
        return [x for r in v for x in r], len(v)
    return v, None


def _fits(p: Param, v) -> bool:
    if p.kind == "int":
        return isinstance(v, (bool, int)) or (isinstance(v, float) and v.is_integer())
    if p.kind == "float":
        return isinstance(v, (bool, int, float))
    if p.kind == "char":
        return isinstance(v, str) and len(v) == 1
    if p.kind == "str":
        return isinstance(v, str)
    if p.kind in ("ints", "floats"):
        v = _flat(v)[0]
    if p.kind == "ints":
        return isinstance(v, (list, tuple)) and all(isinstance(x, (bool, int)) for x in v)
    if p.kind == "floats":
        return isinstance(v, (list, tuple)) and all(isinstance(x, (bool, int, float)) for x in v)
    if p.kind == "strs":
        return isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v)
    return False


def call_block(k: int, name: str, ret: str, params: list, members: list | None, zero_ok: bool, args: tuple,
               expected=None) -> str | None:
    """C statements that call `name` with `args` and print the result as JSON, or None when the
    signature cannot take these arguments / give a result this harness can print. `expected`
    (the reference's result) only sizes results whose length C does not carry (a buffer
    filled without a count) and tells a pair of out-values from an array. `members`: those
    of the struct `ret` names (`structs`), when it returns one; `zero_ok`: a status return where
    0 is success (`return -1` on failure)."""
    if args and all(type(a) in (int, float) for a in args) and len(params) >= len(args) and \
            all(p.kind == "str" for p in params[:len(args)]) and isinstance(expected, (bool, list)):
        args = tuple(repr(a) for a in args)     # numbers taken as text (command-line arguments)
    decls, cargs, mutable = [], [], []
    j, last_len, outs = 0, None, []
    unpassed = None          # the length of an input array no parameter has taken yet
    passed = {}              # input array / string parameter -> its length
    for n, p in enumerate(params):
        var = f"a{n}"
        if p.kind in ("callback", "ctx"):
            # a function handed each result (the harness's collector) and its context
            cargs.append(p.collector if p.kind == "callback" else "(void *)0")
            outs.append((p, var))
            continue
        if j < len(args) and _fits(p, args[j]) and not (
                p.kind == "int" and last_len is not None and _LEN_NAME.search(p.name)):
            v = args[j]
            if p.kind in ("int", "float"):
                cargs.append(_num(v))
            elif p.kind == "char":
                cargs.append(str(ord(v)) if ord(v) < 128 else None)
            elif p.kind == "str":
                decls.append(f"char {var}[{len(v.encode()) + 4096}] = {_cstr(v)};")
                cargs.append(var)
                mutable.append(("str", var, None))
                last_len = passed[p.name] = str(len(v.encode()))
            else:
                v, rows = _flat(v) if p.kind in ("ints", "floats") else (v, None)
                items = [_cstr(x) if p.kind == "strs" else _num(x) for x in v]
                if any(x is None for x in items):
                    return None
                if p.width:
                    decls.append(f"char {var}[{len(v) + 64}][{p.width}] = {{{', '.join(items) or '{0}'}}};")
                else:
                    elem = _ctype(p.base) if p.kind != "strs" else "char *"
                    decls.append(f"{elem} {var}[{max(len(v), 1)} + 64] = {{{', '.join(items) or '0'}}};")
                cargs.append(var)
                last_len = unpassed = passed[p.name] = str(rows or len(v))
                mutable.append((p.kind, var, str(len(v))))
            if cargs[-1] is None:
                return None
            j += 1
        elif p.kind == "int" and last_len is not None and (
                _LEN_NAME.search(p.name) or sum(q.kind in ("int", "float") for q in params[n:]) > len(args) - j):
            # the length of the array / string just passed, or of the one it names (`ops, nums, nops`)
            cargs.append(_named_length(p.name, passed) or last_len)
            last_len = unpassed = None
        elif j >= len(args) and p.kind == "int" and outs and (unpassed or _CAP_NAME.search(p.name)):
            # after an output buffer: the length the input arrays share when none was passed yet
            # (`in, out, n`), else the buffer's capacity (`cap`, `max_out`: not a `k` the item
            # does not have, such as a window's width)
            cargs.append(unpassed or "4096")
            unpassed = None
        elif j < len(args) and p.kind == "struct" and (got := _struct_input(p, var, args[j])) is not None:
            decls.append(got)                 # a list passed as a struct of the items and their count
            many = _is_variant(p.members) and isinstance(args[j], (list, tuple))
            cargs.append(var if many else f"&{var}" if p.depth else var)
            if many:                          # an array of variants: its length may follow
                last_len = unpassed = str(len(args[j]))
            j += 1
        elif j >= len(args) and p.kind == "struct" and p.depth == 1:
            outs.append((p, var))             # a struct to fill: zeroed scratch space
            decls.append(f"static long long {var}[8192]; memset({var}, 0, sizeof {var});")
            cargs.append(f"(void *){var}")
        elif j < len(args) and not outs and p.kind in ("ints", "floats") and p.depth == 1 and \
                isinstance(args[j], (int, float)) and len(params) - n - 1 == len(args) - j and \
                all(q.kind in ("int", "float") for q in params[n + 1:]):
            outs.append((p, var))             # the output array first (`fill(long *terms, int n)`)
            decls.append(_out_array(p, var))
            cargs.append(var)
        elif j >= len(args) and p.depth >= 1:
            outs.append((p, var))             # an output parameter after the inputs
            last_len = None                   # (an integer after it is its capacity)
            if p.kind == "str":
                decls.append(f"static char {var}[65536]; memset({var}, 0, sizeof {var});")
            elif p.kind in ("ints", "floats"):
                decls.append(_out_array(p, var))
            elif p.kind == "strs" and p.width:
                decls.append(f"static char {var}[4096][{p.width}]; memset({var}, 0, sizeof {var});")
            elif p.kind == "strs":        # slots pointing at storage: filled by strcpy or reassigned
                decls.append(f"static char *{var}[4096]; static char {var}_s[4096][256]; "
                             f"memset({var}_s, 0, sizeof {var}_s); "
                             f"for (int i_ = 0; i_ < 4096; i_++) {var}[i_] = {var}_s[i_];")
            else:
                return None
            cargs.append(var)
        else:
            return None
    if j != len(args):
        return None
    call = f"{name}({', '.join(cargs)})"
    if any(p.kind == "callback" for p, _ in outs):     # the values handed to the callback: a list
        if any(p.kind not in ("callback", "ctx") for p, _ in outs) or not (
                expected is None or isinstance(expected, list)):
            return None
        return f"case {k}: {{\n" + "\n".join(decls) + f"\nassay_cb_n_ = 0; putchar('['); {call}; putchar(']');\nbreak; }}"
    if ret == "void" and outs and all(p.kind == "struct" for p, _ in outs) and isinstance(expected, list) and \
            [m for m in mutable if m[0] in ("ints", "floats") and m[2] == str(len(expected))]:
        outs = []       # structs as scratch space for an array sorted in place (the list expected)
    body = decls + [_struct_result(call, ret, outs, expected, members, zero_ok) if members or any(
        p.kind == "struct" for p, _ in outs) else _result(call, ret, outs, mutable, expected, zero_ok)]
    return None if body[-1] is None else (f"case {k}: {{\n" + "\n".join(body) + "\nbreak; }")


def _out_array(p: Param, var: str) -> str:
    """A zeroed array of the parameter's element type for the function to write its result into."""
    return f"static {_ctype(p.base)} {var}[65536]; memset({var}, 0, sizeof {var});"


def _named_length(name: str, passed: dict) -> str | None:
    """The length of the input array whose name a length parameter carries (`nops` / `ops_len` /
    `num_ops`: `ops`), or None."""
    stems = {re.sub(r"_?(?:n|len|length|count|cnt|size|sz|num)$", "", name, flags=re.I),
             re.sub(r"^(?:num_?|len_?|count_?|size_?|n_?)", "", name, flags=re.I)} - {name}
    for stem in stems:
        for array, length in passed.items():
            if len(stem) >= 2 and (array == stem or array.rstrip("s") == stem.rstrip("s")):
                return length
    return None


def _struct_input(p: Param, var: str, v) -> str | None:
    """Declarations that fill a struct of exactly an array member and a count member (`const char
    **words; size_t count;`, `int items[64]; int n;`) from the list `v`, or a tagged number
    (`bool is_int; long long i; double d;`) from the number `v`, or None."""
    members = p.members or []
    if _is_variant(members):
        if isinstance(v, (list, tuple)) and p.depth == 1:     # an array of variants (`const Value *xs, size_t n`)
            fills = [_variant_fill(members, f"{var}[{k}]", x) for k, x in enumerate(v)]
            if any(f is None for f in fills):
                return None
            return f"{p.base} {var}[{len(v) + 1}]; memset({var}, 0, sizeof {var}); " + " ".join(fills)
        fill = _variant_fill(members, var, v)
        return None if fill is None else f"{p.base} {var}; memset(&{var}, 0, sizeof {var}); {fill}"
    tag = [m for m in members if m[1] == "int" and _INT_TAG.search(m[0])]
    if len(members) == 3 and len(tag) == 1 and [m[1] for m in members].count("float") == 1 and \
            isinstance(v, (int, float)) and not isinstance(v, bool) and _num(v) is not None:
        # a tagged number (`bool is_int; long long i; double d;`): the flag says which member holds it
        (num, *_), = [m for m in members if m[1] == "int" and m is not tag[0]]
        (real, *_), = [m for m in members if m[1] == "float"]
        isint = isinstance(v, int)
        return (f"{p.base} {var}; memset(&{var}, 0, sizeof {var}); {var}.{tag[0][0]} = {int(isint)}; "
                f"{var}.{num} = {int(v) if isint else 0}; {var}.{real} = {_num(v)};")
    arrays = [m for m in members if m[1] in ("words", "ints", "floats")]
    counts = [m for m in members if m[1] == "int"]
    if len(members) != 2 or len(arrays) != 1 or len(counts) != 1 or not isinstance(v, (list, tuple)):
        return None
    (name, kind, dim), count = arrays[0], counts[0][0]
    if kind == "words":
        if not all(isinstance(x, str) for x in v):
            return None
        items = [_cstr(x) for x in v]
        fill = f"static char *{var}_a[{len(v) + 1}] = {{{', '.join(items) or '0'}}}; {var}.{name} = (void *){var}_a;"
    else:
        if len(v) > dim or not all(isinstance(x, (bool, int, float)) and (kind == "floats" or not isinstance(x, float))
                                   for x in v):
            return None
        fill = " ".join(f"{var}.{name}[{k}] = {_num(x)};" for k, x in enumerate(v))
    return f"{p.base} {var}; memset(&{var}, 0, sizeof {var}); {fill} {var}.{count} = {len(v)};"


def _struct_result(call: str, ret: str, outs: list, expected, members, zero_ok: bool = False) -> str | None:
    """A struct returned (by value or pointer) and printed, or one struct output parameter: printed
    after a `void` call, or after a flag when a tuple / list / None is expected (false: None);
    scratch space when a number is expected (the return value is the result). A struct returned
    with output buffers: they hold what its members point into (`char *text` in the caller's
    buffer)."""
    if members:
        if any(p.kind not in ("str", "ints", "floats", "strs") for p, _ in outs):
            return None
        if ret.endswith("*"):
            return f"{{ {ret} r_ = {call}; if (!r_) put_null(); else {{ {_put_struct(members, '(*r_)', expected)} }} }}"
        return f"{{ {ret} r_ = {call}; {_put_struct(members, 'r_', expected)} }}"
    if len(outs) != 1:
        return None
    p, var = outs[0]
    value = f"(*({p.base} *){var})"
    if ret == "void" and p.members:
        return f"{{ {call}; {_put_struct(p.members, value, expected)} }}"
    isint = ret in INT_TYPES
    if isint and p.members and (expected is None or isinstance(expected, (list, tuple))):
        ok = "ok_ == 0" if zero_ok else "ok_"
        return f"{{ long long ok_ = {call}; if (!({ok})) put_null(); else {{ {_put_struct(p.members, value, expected)} }} }}"
    if isint or ret in FLOAT_TYPES:
        return f"put_{'int' if isint else 'float'}({call});"
    return None


def _put_array(kind: str, p, var: str, n: str) -> str:
    if kind == "strs":
        return f"put_strs2d(&{var}[0][0], {p.width}, {n});" if p is not None and p.width else \
            f"put_strs((char **){var}, {n});"
    return f"put_{kind}({var}, {n});"


def _result(call: str, ret: str, outs: list, mutable: list, expected, zero_ok: bool = False) -> str | None:
    """The statements that make the call and print its result (see `call_block`)."""
    n_exp = len(expected) if isinstance(expected, (list, tuple)) else None
    isint = ret in INT_TYPES
    scalar = {"int": "put_int", "float": "put_float"}
    # the backing store of the words written (`char **words, ..., char **storage`): not a result
    outs = [o for o in outs if not (len(outs) > 1 and o[0].kind == "strs" and _STORAGE_NAME.search(o[0].name))]
    counts = [o for o in outs if o[0].kind == "ints" and _COUNT_NAME.search(o[0].name)]
    bufs = [o for o in outs if o not in counts]
    guard = "if (n_ < 0 || n_ > 65536) n_ = 0;"
    # a pair / triple of results (a tuple: an array is a list): every out-value (pointers read as
    # one value), then the return value
    if isinstance(expected, tuple) and n_exp >= 2 and isint and len(outs) == n_exp and not counts and \
            all(o[0].kind in ("ints", "floats", "str") for o in outs):
        ret = "void"                    # the out-values are the tuple, the return value a status
    if isinstance(expected, tuple) and n_exp >= 2 and len(outs) + (ret != "void") == n_exp and not counts and \
            all(o[0].kind in ("ints", "floats", "str") for o in outs) and (ret == "void" or isint or
                                                                           ret in FLOAT_TYPES or ret == "char *"):
        parts = [f"put_str({v});" if p.kind == "str" else f"{scalar['int' if p.kind == 'ints' else 'float']}({v}[0]);"
                 for p, v in outs]
        pre = f"{call};" if ret == "void" else \
            f"char *r_ = {call};" if ret == "char *" else f"{'long long' if isint else 'double'} r_ = {call};"
        if ret != "void":
            parts.append("put_str(r_);" if ret == "char *" else f"{scalar['int' if isint else 'float']}(r_);")
        return "{ " + pre + " putchar('['); " + " putchar(','); ".join(parts) + " putchar(']'); }"
    pairs = _flag_pairs(outs, lambda o: bool(_FLAG_NAME.search(o[0].name)))
    if pairs and not counts and (ret == "void" or isint) and \
            all(o[0].kind in ("ints", "floats") and o[0].depth == 1 for o in outs) and \
            (len(pairs) == 1 or (isinstance(expected, (list, tuple)) and n_exp == len(pairs))):
        # `bool *has_neg, int *neg, bool *has_pos, int *pos`: each (flag, value) pair an optional value
        parts = []
        for (_, fvar), (val, vvar) in pairs:
            put = scalar["int" if val.kind == "ints" else "float"]
            parts.append(f"if ({fvar}[0]) {put}({vvar}[0]); else put_null();")
        body = parts[0] if len(parts) == 1 else "putchar('['); " + " putchar(','); ".join(parts) + " putchar(']');"
        return f"{{ {call}; {body} }}"
    kind_of = {"ints": "ints", "floats": "floats", "strs": "strs"}
    if ret == "void":
        if not outs:
            changed = [m for m in mutable if m[0] in ("ints", "floats", "str")]
            if len(changed) != 1:
                return None
            kind, var, n = changed[0]
            return f"{call}; " + (f"put_str({var});" if kind == "str" else f"put_{kind}({var}, {n});")
        if len(bufs) == 1 and bufs[0][0].kind == "str" and not counts:
            return f"{call}; put_str({bufs[0][1]});"
        if len(bufs) == 1 and len(counts) == 1:
            p, var = bufs[0]
            return (f"{{ {call}; long long n_ = (long long){counts[0][1]}[0]; {guard} "
                    + _put_array(kind_of.get(p.kind, "ints"), p, var, "n_") + " }")
        if len(bufs) == 1 and not counts and n_exp is not None and bufs[0][0].kind in kind_of:
            p, var = bufs[0]
            return f"{call}; " + _put_array(kind_of[p.kind], p, var, str(n_exp))
        return None
    if ret == "char" and not outs:
        return f"{{ char c_ = {call}; char s_[2] = {{c_, 0}}; put_str(s_); }}"
    if ret == "char *" and (not outs or (len(outs) == 1 and outs[0][0].kind == "str")):
        return f"put_str({call});"      # (a string written to a buffer that is also returned)
    arrays = [m for m in mutable if m[0] in kind_of]
    if isint and not outs and n_exp is not None and not isinstance(expected, tuple) and len(arrays) == 1 and zero_ok:
        kind, var, n = arrays[0]        # a list expected, a status returned (0: done): the array changed in place
        return f"{{ long long st_ = {call}; if (st_ == 0) " + _put_array(kind, None, var, n) + " else put_null(); }"
    if isint and not outs and n_exp is not None and not isinstance(expected, tuple) and len(arrays) == 1:
        kind, var, _ = arrays[0]        # a list expected, a count returned: the input array compacted in place
        return f"{{ long long n_ = {call}; {guard} " + _put_array(kind, None, var, "n_") + " }"
    if (isint or ret in FLOAT_TYPES) and not outs:
        return f"{scalar['int' if isint else 'float']}({call});"
    if isint and len(bufs) == 1 and not counts and n_exp is None and bufs[0][0].kind in ("ints", "floats"):
        p, var = bufs[0]                # a success flag returned, the value written (no value: None)
        return f"{{ long long ok_ = {call}; if (ok_) {scalar['int' if p.kind == 'ints' else 'float']}({var}[0]); " \
               f"else put_null(); }}"
    if isint and len(bufs) == 1 and not counts and bufs[0][0].kind == "str":
        return f"{call}; put_str({bufs[0][1]});"   # a string written to a buffer, a length / status returned
    if isint and len(bufs) == 1 and not counts and bufs[0][0].kind in kind_of:      # count returned
        p, var = bufs[0]                # (or a status: then the expected length reads the buffer)
        n = "n_" if n_exp is None else str(n_exp)
        return f"{{ long long n_ = {call}; {guard} " + _put_array(kind_of[p.kind], p, var, n) + " }"
    elem = ret[:-1].strip() if ret.endswith("*") else None
    if ret == "char * *" or (elem and elem in INT_TYPES | FLOAT_TYPES):            # an array returned
        kind = "strs" if ret == "char * *" else "ints" if elem in INT_TYPES else "floats"
        ctype = "char **" if kind == "strs" else f"{elem} *"
        if len(outs) == 1 and outs[0][0].kind == "ints" and outs[0][0].depth == 1:
            n = f"(long long){outs[0][1]}[0]"     # the one integer out-parameter: the count, by any name
        elif not outs and n_exp is not None:
            n = str(n_exp)
        else:
            return None
        return (f"{{ {ctype}r_ = {call}; long long n_ = {n}; {guard} if (!r_) fputs(n_ ? \"null\" : \"[]\", stdout); else "
                + _put_array(kind, None, "r_", "n_") + " }")
    return None


_PRELUDE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <limits.h>
#define main assay_document_main
"""
_HARNESS = r"""
#undef main
#include <setjmp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
static void put_null(void) { fputs("null", stdout); }
static void put_int(long long v) { printf("%lld", v); }
static void put_float(double v) { if (isfinite(v)) printf("%.17g", v); else put_null(); }
static void put_str(const char *s) {
  if (!s) { put_null(); return; }
  putchar('"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') { putchar('\\'); putchar(c); }
    else if (c < 32) printf("\\u%04x", c);
    else putchar(c);
  }
  putchar('"');
}
static void put_strn(const char *s, long long n) {
  if (!s || n < 0 || n > 65536) { put_null(); return; }
  char *c = malloc(n + 1);
  if (!c) { put_null(); return; }
  memcpy(c, s, n); c[n] = 0; put_str(c); free(c);
}
#define PUT_ARRAY(fn, T, put) static void fn(const T *a, long long n) { putchar('['); \
  for (long long i = 0; i < n; i++) { if (i) putchar(','); put(a[i]); } putchar(']'); }
static void put_ints_ll(long long v) { put_int(v); }
#define put_ints(a, n) _Generic((a), int *: put_ints_i, const int *: put_ints_i, long *: put_ints_l, \
  const long *: put_ints_l, long long *: put_ints_q, const long long *: put_ints_q, unsigned *: put_ints_u, \
  const unsigned *: put_ints_u, unsigned long *: put_ints_ul, const unsigned long *: put_ints_ul, \
  unsigned long long *: put_ints_uq, const unsigned long long *: put_ints_uq, \
  short *: put_ints_s, const short *: put_ints_s, unsigned short *: put_ints_us, const unsigned short *: put_ints_us, \
  signed char *: put_ints_sc, const signed char *: put_ints_sc, unsigned char *: put_ints_uc, \
  const unsigned char *: put_ints_uc, bool *: put_ints_b, const bool *: put_ints_b, \
  default: put_ints_i)(a, n)
#define put_floats(a, n) _Generic((a), float *: put_floats_f, const float *: put_floats_f, \
  long double *: put_floats_ld, const long double *: put_floats_ld, default: put_floats_d)(a, n)
PUT_ARRAY(put_ints_i, int, put_ints_ll)
PUT_ARRAY(put_ints_l, long, put_ints_ll)
PUT_ARRAY(put_ints_q, long long, put_ints_ll)
PUT_ARRAY(put_ints_u, unsigned, put_ints_ll)
PUT_ARRAY(put_ints_ul, unsigned long, put_ints_ll)
PUT_ARRAY(put_ints_s, short, put_ints_ll)
PUT_ARRAY(put_ints_uq, unsigned long long, put_ints_ll)
PUT_ARRAY(put_ints_us, unsigned short, put_ints_ll)
PUT_ARRAY(put_ints_sc, signed char, put_ints_ll)
PUT_ARRAY(put_ints_uc, unsigned char, put_ints_ll)
PUT_ARRAY(put_ints_b, bool, put_ints_ll)
PUT_ARRAY(put_floats_f, float, put_float)
PUT_ARRAY(put_floats_d, double, put_float)
PUT_ARRAY(put_floats_ld, long double, put_float)
static void put_strs2d(const char *a, long long w, long long n) { putchar('['); for (long long i = 0; i < n; i++) { if (i) putchar(','); put_str(a + i * w); } putchar(']'); }
static void put_strs(char **a, long long n) { putchar('['); for (long long i = 0; i < n; i++) { if (i) putchar(','); put_str(a[i]); } putchar(']'); }
static sigjmp_buf assay_jump;
static void assay_signal(int sig) { siglongjmp(assay_jump, sig); }
static const unsigned char assay_filter[] = {@FILTER@};
static char assay_out[1 << 16];
int main(void) {
  setvbuf(stdout, assay_out, _IOFBF, sizeof assay_out);
  struct sock_fprog prog = {sizeof assay_filter / 8, (struct sock_filter *)assay_filter};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) return 3;
  int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGALRM, SIGABRT};
  for (int i = 0; i < 6; i++) signal(sigs[i], assay_signal);
  for (int k = 0; k < @NCALLS@; k++) {
    struct itimerval t = {{0, 0}, {0, @PER_CALL_US@}};
    int sig = sigsetjmp(assay_jump, 1);
    if (sig) { struct itimerval z = {{0, 0}, {0, 0}}; setitimer(ITIMER_REAL, &z, 0);
               printf("\n%d\t%s\n", k, sig == SIGALRM ? "timeout" : "error"); fflush(stdout); continue; }
    printf("%d\tok\t", k);
    setitimer(ITIMER_REAL, &t, 0);
    switch (k) {
@CASES@
    }
    struct itimerval z = {{0, 0}, {0, 0}}; setitimer(ITIMER_REAL, &z, 0);
    putchar('\n'); fflush(stdout);
  }
  fflush(stdout);
  return 0;
}
"""


def gcc_path() -> str | None:
    return shutil.which("gcc") or shutil.which("cc")


def run_c(jobs: list, *, memory_mb: int, per_call_s: float, max_repr: int) -> list:
    """Per job (code with its functions, [(function, args)]): [[status, JSON text]] per call."""
    out = []
    for (code, fns), calls in jobs:
        out.append(_run_one(code, fns, calls, memory_mb, per_call_s, max_repr))
    return out


def _run_one(code, fns, calls, memory_mb, per_call_s, max_repr):
    machine = platform.machine()
    res = [["noprog", ""] for _ in calls]
    if gcc_path() is None or machine not in seccomp._ALLOWED:
        return [["sandbox", ""] for _ in calls]
    sig = {name: rest for name, *rest in fns}
    groups: dict[str, list] = {}       # function -> [(call index, case body)]
    for n, (fname, args, *expected) in enumerate(calls):
        if fname in sig:
            block = call_block(0, fname, *sig[fname], tuple(args), expected[0] if expected else None)
            if block is not None:
                groups.setdefault(fname, []).append((n, block))
    for n, (f, *_) in enumerate(calls):   # a called function's other calls: arguments its signature
        if f in groups and res[n][0] == "noprog":   # cannot take (2.5 for an int): no evidence either way
            res[n] = ["unfit", ""]

    def attempt(part) -> bool:
        out = _compile_and_run(code, [b for _, b in part], machine, memory_mb, per_call_s, max_repr)
        for (n, _), r in zip(part, out or []):
            res[n] = r
        return out is not None

    def halves(part, failed: bool = False) -> None:
        # a part that does not compile (`failed`: known already): its halves, down to single calls
        # (one item's arguments that a signature cannot take, 2.5 for a `long *`, must not cost
        # the other items' calls)
        if (failed or not attempt(part)) and len(part) > 1:
            halves(part[:len(part) // 2])
            halves(part[len(part) // 2:])

    # the calls in harnesses of at most MAX_CASES (a large one would not compile in time); one
    # that does not compile: each function's calls on their own, then halves
    blocks = [(f, b) for f, part in groups.items() for b in part]
    for start in range(0, len(blocks), MAX_CASES):
        chunk = blocks[start:start + MAX_CASES]
        if attempt([b for _, b in chunk]):
            continue
        names = list(dict.fromkeys(f for f, _ in chunk))
        for f in names:
            halves([b for g, b in chunk if g == f], failed=len(names) == 1)
    return res


def _compile_and_run(code, blocks, machine, memory_mb, per_call_s, max_repr):
    """Per block [status, JSON text]; None when the harness does not compile."""
    cases = [b.replace("case 0:", f"case {k}:", 1) for k, b in enumerate(blocks)]
    filt = ", ".join(str(b) for b in seccomp._filter(machine))
    src = (_PRELUDE + code + "\n" + _HARNESS.replace("@FILTER@", filt).replace("@NCALLS@", str(len(cases)))
           .replace("@PER_CALL_US@", str(int(per_call_s * 1e6))).replace("@CASES@", "\n".join(cases)))
    out = [["sandbox", ""] for _ in cases]        # not reached: the run ended before this call
    with tempfile.TemporaryDirectory(prefix="assay-c-") as tmp:
        exe = os.path.join(tmp, "doc")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"}
        try:
            # libcrypto for a document that includes OpenSSL's headers (a digest), when installed
            libs = ["-lm"] + (["-lcrypto"] if re.search(r"#[ \t]*include[ \t]*<openssl/", code) else [])
            comp = subprocess.run([gcc_path(), "-std=gnu11", "-O0", "-w", "-x", "c", "-", "-o", exe, *libs],
                                  input=src, capture_output=True, text=True, cwd=tmp, env=env, timeout=30)
        except subprocess.TimeoutExpired:
            return None                           # too slow to compile: the caller tries it in parts
        except OSError:
            return out
        if comp.returncode != 0:
            return None
        limit = f"ulimit -v {memory_mb << 10}; ulimit -t {int(2 + per_call_s * len(cases))}; ulimit -f 0; exec {exe}"
        try:
            proc = subprocess.run(["/bin/sh", "-c", limit], capture_output=True, cwd=tmp, env=env,
                                  timeout=5 + per_call_s * len(cases))
            stdout = proc.stdout.decode("utf-8", "replace")
        except (subprocess.TimeoutExpired, OSError) as e:
            stdout = (getattr(e, "stdout", None) or b"").decode("utf-8", "replace")
    for line in stdout.split("\n"):
        parts = line.split("\t", 2)
        if len(parts) < 2 or not parts[0].isdigit() or int(parts[0]) >= len(cases):
            continue
        k = int(parts[0])
        if parts[1] == "ok" and len(parts) == 3:
            try:
                json.loads(parts[2])
                out[k] = ["ok", parts[2]] if len(parts[2]) <= max_repr else ["big", ""]
            except ValueError:
                out[k] = ["big", ""]              # the function printed too: no evidence
        elif parts[1] in ("timeout", "error"):
            out[k] = [parts[1], ""]
    return out
