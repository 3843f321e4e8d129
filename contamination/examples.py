"""Input/output examples written in a document, parsed to Python values without running anything.

A leak of a programming problem usually carries the problem's behaviour, even when every
word and name is new: doctests (`>>> f(3)` / `5`), example calls in comments
(`f({7, 8, 9}, 3, 0) gives {7, 0, 8, 0, 9}`, `f("bbb", "b") = 3`), asserts and test lines in
Python, C, JavaScript or Rust (`assert f(2) == 4`, `console.assert(f(2) === 4)`,
`assert_eq!(f(2), 4)`, `expect(f(2)).toBe(4)`, `printf("%d", f(2)); // 4`).

`extract(text)` finds such calls whose arguments are all literals and returns
`Example(name, args, expected)` tuples. Literals are converted from C / JS / Rust spelling
(`{1, 2}` -> list, `true` -> True, `null` -> None, `vec![..]`, `"x".to_string()`) and read
with `ast.literal_eval`, which builds values only; nothing in the document is executed.
`reference.ReferenceRunner` then runs a benchmark item's own solution on these arguments.
"""
from __future__ import annotations

import ast
import json
import re
from typing import NamedTuple

MAX_LITERAL = 400       # characters of one literal's source
MAX_EXAMPLES = 32       # per document
MAX_SCAN = 200_000      # characters of a document searched (a leak is short; a 50 MB document is not read whole)
MAX_WORK = 2_000_000    # characters scanned for brackets per document (bounds pathological input like `f(f(f(...`)

_CALL = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)\s*\(")
# names whose calls are never the example itself (wrappers, builtins, test helpers)
_SKIP = {"print", "printf", "puts", "log", "assert", "assert_eq", "assert_ne", "len", "strlen", "sizeof", "range",
         "int", "str", "float", "list", "sorted", "abs", "max", "min", "sum", "round", "set", "tuple", "dict",
         "expect", "equal", "strictEqual", "deepEqual", "deepStrictEqual", "assertEqual", "assertTrue",
         "assertFalse", "toBe", "toEqual", "toStrictEqual", "main", "if", "while", "for", "return", "switch",
         "sqrt", "pow", "map", "filter", "String", "Number", "Array", "JSON", "stringify", "isclose", "vec",
         "Some", "from", "format", "println", "fprintf", "sprintf", "malloc", "free", "catch", "function",
         "describe", "it", "test", "require", "input", "open", "exit", "type", "repr", "bool", "all", "any",
         "reversed", "enumerate", "zip", "ord", "chr", "hex", "bin", "eval", "exec", "compile"}
# what may stand between a call's closing parenthesis and its expected value
_SEP = re.compile(
    r"\s*(?:(?:==>|-->|===|==|=>|->|→|⟶|➞|⇒|=|:)|,?\s*(?:gives|returns?|yields|is|equals|outputs?|evaluates to|"
    r"should (?:return|give|be)|must (?:return|be))\b:?)\s*")
# `f(x));  // 6`, `print(f(x))  # 6`: the value in a trailing comment
_COMMENT_SEP = re.compile(r"[\s)]*;?[ \t]*(?://|#|/\*)[ \t]*(?:(?:=>|->|==|=|:|→|returns?|gives|prints?|outputs?)\s*)?")
_EQUAL_CALL = re.compile(r"(?:assert_eq!|(?:deep)?[sS]trictEqual|deepEqual|assertEqual|equal|isEqual|"
                         r"assert\.equal)\s*\(\s*$")
# `JSON.stringify(f(x)) === '[1,2]'`, `list(f(x)) == [1, 2]`: a wrapper around the call, then the comparison
_WRAPPER = re.compile(r"(JSON\.stringify|(?<![\w.])list|(?<![\w.])tuple|Array\.from)\(\s*$")
_WRAPPER_CLOSE = re.compile(r"\s*\)")
# `assert(f(x));`, `assert not f(x)`, `console.assert(!f(x), "msg")`: the call's truth is asserted
_ASSERT_BEFORE = re.compile(r"(?:\bassert\s*\(|\bassert\s+|console\.assert\s*\(|assertTrue\s*\(|\bok\s*\()\s*(!|not\s+)?\s*$")
_ASSERT_AFTER = re.compile(r"\s*(?:\)\s*;?|,|;)?[ \t]*(?:$|\n|#|//|,)")
_TO_BE = re.compile(r"\s*\)\s*\.\s*to(?:Be|Equal|StrictEqual)\s*\(")
_WORD = re.compile(r"\b(true|false|True|False|null|NULL|nullptr|None|nil|undefined|none|nan)\b")
_WORDS = {"true": "True", "false": "False", "True": "True", "False": "False", "null": "None", "NULL": "None",
          "nullptr": "None", "None": "None", "nil": "None", "undefined": "None", "none": "None", "nan": "None"}
_RUST = re.compile(r"vec!|\.to_string\(\)|\.to_owned\(\)|\.into\(\)|String::from|&(?=[\"'\[])")
_NUM_SUFFIX = re.compile(r"(?<=\d)(?:f64|f32|i32|i64|u32|u64|usize|isize|[fFlLuU]{1,2})\b")
# C compound-literal casts: `(double[]){1.0, 2.0}`, `(const char *[]){"a"}`
_COMPOUND = re.compile(r"\(\s*(?:const\s+)?[A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)?\s*\**\s*\[\s*\d*\s*\]\s*\)\s*(?=\{)")
_SPACED_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?(?:[ \t]+-?\d+(?:\.\d+)?)+")


_PAIRS = {"[": "]", "{": "}", "(": ")"}
_COMMA = re.compile(r"\s*,\s*")
_TO_LINE_END = re.compile(r"[^\n;]*")
# a trailing comment, a following example call, or the closing of an assert end a bare value
_VALUE_END = re.compile(r"\s*\*/|\s(?://|#)|\s+(?:and|but|while|so)\s|[,;]?\s*(?<![\w.$])[A-Za-z_]\w*\s*\(|\)\s*[;{]?\s*$")
_QUOTED = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")
_BARE = re.compile(r"-?[\w.]+")
_JOINER = re.compile(r"\s*(?:,|\band\b)")
_QUOTED_PARTS = re.compile(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')")


class Example(NamedTuple):
    name: str
    args: tuple
    expected: object


def _close(text: str, start: int, open_ch: str, close_ch: str) -> int:
    """Index just past the bracket matching text[start] (quotes respected), or -1."""
    depth = 0
    quote = None
    i = start
    end = min(len(text), start + MAX_LITERAL * 4)
    while i < end:
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n" and open_ch == "(" and depth == 1 and text[start:i].count("\n") > 8:
            return -1
        i += 1
    return -1


def _swap_braces(s: str) -> str:
    """C array braces -> list brackets, outside quotes, unless the braces hold `key: value`."""
    out = []
    opened = []          # per open brace: the bracket written for it
    quote = None
    for i, ch in enumerate(s):
        if quote:
            if ch == quote and s[i - 1] != "\\":
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "{":
            j = _close(s, i, "{", "}")
            ch = "{" if _top_level_colon(s[i + 1:j - 1] if j > 0 else "") else "["
            opened.append(ch)
        elif ch == "}":
            ch = "}" if opened and opened.pop() == "{" else "]"
        out.append(ch)
    return "".join(out)


def _top_level_colon(s: str) -> bool:
    depth = 0
    quote = None
    for i, ch in enumerate(s):
        if quote:
            if ch == quote and s[i - 1] != "\\":
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ":" and depth == 0:
            return True
    return False


def _words_outside_quotes(s: str) -> str:
    parts = _QUOTED_PARTS.split(s)
    for k in range(0, len(parts), 2):
        parts[k] = _NUM_SUFFIX.sub("", _WORD.sub(lambda m: _WORDS[m.group(1)], parts[k]))
    return "".join(parts)


def to_value(src: str):
    """A literal written in Python, C, JS or Rust -> Python value; raises ValueError if it is not one."""
    s = src.strip().rstrip(";,.").strip()
    if not s or len(s) > MAX_LITERAL:
        raise ValueError("empty or too long")
    s = _RUST.sub("", s)
    if "{" in s:
        s = _COMPOUND.sub("", s)
        s = _swap_braces(s)
    s = _words_outside_quotes(s)
    try:
        return ast.literal_eval(s)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        pass
    if _SPACED_NUMBERS.fullmatch(s):        # `2 2 3`: a list printed space-separated
        return [ast.literal_eval(t) for t in s.split()]
    if "," in s and s[0] not in "[({":      # `2, 3, 5` written without brackets
        try:
            return list(ast.literal_eval("(" + s + ",)"))
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            pass
    raise ValueError("not a literal")


def _line_end(text: str, pos: int) -> int:
    """Index of the newline ending the line that holds text[pos] (len(text) on the last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _value_at(text: str, pos: int, stop: int) -> tuple[object, bool]:
    """The literal starting at text[pos] (up to `stop`): (value, ok)."""
    stop = min(stop, pos + 4 * MAX_LITERAL)
    while pos < stop and text[pos] in " \t":
        pos += 1
    if pos >= stop:
        return None, False
    ch = text[pos]
    if ch in _PAIRS:
        end = _close(text, pos, ch, _PAIRS[ch])
        if end < 0:
            return None, False
        src = text[pos:end]
    elif text.startswith("vec!", pos):
        end = _close(text, pos + 4, "[", "]")
        if end < 0:
            return None, False
        src = text[pos:end]
    else:
        src = _VALUE_END.split(_TO_LINE_END.match(text, pos, stop).group(0), maxsplit=1)[0]
        src = src.rstrip(" \t.,)")
        if src.count("(") < src.count(")"):
            src = src[:src.rfind(")")]
    try:
        return to_value(src), True
    except ValueError:
        return None, False


_IO_START = re.compile(r"(?:\b(?:Input|input|Arguments?|arguments?|Example|example|For|for|Given|given|If|if|When|when|with)\b\s*:?\s*)"
                       r"(?=[A-Za-z_]\w*\s*=(?!=))")
_ASSIGN = re.compile(r"\s*(?:,|\band\b)?\s*([A-Za-z_]\w*)\s*=(?!=)\s*")
_IO_RESULT = re.compile(r"(?:\b(?:Output|output|result|answer|return)\b\s*(?:(?:should|must|will|would)\s+)?"
                        r"(?:be|is)?\s*[:=]?\s*|\b(?:return|returns|gives)\s+)")


def _literal_end(text: str, pos: int) -> int:
    """End of the literal token at text[pos] (bracketed, quoted or a bare number/word), or -1."""
    if pos >= len(text):
        return -1
    ch = text[pos]
    if ch in _PAIRS:
        return _close(text, pos, ch, _PAIRS[ch])
    m = (_QUOTED if ch in "\"'" else _BARE).match(text, pos)
    return m.end() if m else -1


def _named_inputs(text: str, out: list, seen: set, max_examples: int) -> None:
    """`Input: arr = [1, 2], k = 3 ... Output: [2]`, `For s = "ab", c = "a" the result should be 'b'`."""
    for n, m in enumerate(_IO_START.finditer(text)):
        if len(out) >= max_examples or n > MAX_WORK // 1000:
            return
        pos, args = m.end(), []
        while True:
            a = _ASSIGN.match(text, pos)
            if not a or (args and not _JOINER.match(text, pos, a.end())):
                break
            end = _literal_end(text, a.end())
            if end < 0:
                break
            try:
                args.append(to_value(text[a.end():end]))
            except ValueError:
                break
            pos = end
        if not args:
            continue
        r = _IO_RESULT.search(text, pos, min(len(text), pos + 250))
        if not r or ">>>" in text[pos:r.start()]:
            continue
        value, ok = _value_at(text, r.end(), _line_end(text, r.end()))
        if ok:
            key = ("<input>", repr(tuple(args)), repr(value))
            if key not in seen:
                seen.add(key)
                out.append(Example("<input>", tuple(args), value))


# `double a[] = {2.0, 4.0};`, `const xs = [1, 2];`, `s = "abc"`: a name bound to a literal
_BINDING = re.compile(r"(?:^|[;{(]|\b(?:const|let|var|static|auto|int|long|short|float|double|char|bool|string|size_t|unsigned)\b)"
                      r"[ \t*]*\b([A-Za-z_]\w*)\s*(?:\[\s*\d*\s*\])?\s*=(?!=)[ \t]*(?=[-\[{(\"'\d])", re.M)
_IDENT = re.compile(r"(?<![\w.$'\"])([A-Za-z_]\w*)(?![\w(])")
MAX_BINDINGS = 200


def _bindings(text: str) -> dict:
    """Names bound once to a literal in the document (a name bound twice is dropped)."""
    out, twice = {}, set()
    for n, m in enumerate(_BINDING.finditer(text)):
        if n >= MAX_BINDINGS:
            break
        value, ok = _value_at(text, m.end(), _line_end(text, m.end()))
        name = m.group(1)
        if ok and name not in _SKIP:
            if name in out and out[name] != value:
                twice.add(name)
            out[name] = value
    return {k: v for k, v in out.items() if k not in twice}


def _bind(arg_src: str, bound: dict) -> str:
    """The call's argument source with bound names replaced by their literals (outside quotes)."""
    parts = _QUOTED_PARTS.split(arg_src)
    for k in range(0, len(parts), 2):
        parts[k] = _IDENT.sub(lambda m: repr(bound[m.group(1)]) if m.group(1) in bound else m.group(1), parts[k])
    return "".join(parts)


# `{3, 8, 5, 6, 2, 10}  ->  24` on a comment line: an example of the one-argument function at hand
_ARROW_LINE = re.compile(r"^[ \t]*(?:\*|//|#|--)?[ \t]*(?=[-\[{(\"'\d])", re.M)
_LEADING_NUMBER = re.compile(r"(-?\d+(?:\.\d+)?)[ \t]+\(")
_ARROW = re.compile(r"\s*(?:->|=>|==>|→|➞|⟶|gives|returns)\s*")


def _arrows(text: str, out: list, seen: set, max_examples: int) -> None:
    for n, m in enumerate(_ARROW_LINE.finditer(text)):
        if len(out) >= max_examples or n > MAX_WORK // 1000:
            return
        end = _literal_end(text, m.end())
        if end < 0:
            continue
        sep = _ARROW.match(text, end)
        if not sep:
            continue
        try:
            arg = to_value(text[m.end():end])
        except ValueError:
            continue
        value, ok = _value_at(text, sep.end(), _line_end(text, sep.end()))
        if not ok:                                  # `24   (8 + 6 + 10)`: a number, then a remark
            num = _LEADING_NUMBER.match(text, sep.end())
            value, ok = (ast.literal_eval(num.group(1)), True) if num else (None, False)
        if ok:
            key = ("<arrow>", repr((arg,)), repr(value))
            if key not in seen:
                seen.add(key)
                out.append(Example("<arrow>", (arg,), value))


def extract(text: str, max_examples: int = MAX_EXAMPLES) -> list[Example]:
    """Example calls with literal arguments and a stated result (see module docstring)."""
    out: list[Example] = []
    seen = set()
    text = text[:MAX_SCAN]
    work = 0
    bound = None
    for m in _CALL.finditer(text):
        name = m.group(1)
        if len(out) >= max_examples or work > MAX_WORK:
            break
        if name in _SKIP:
            continue
        open_at = m.end() - 1
        work += min(len(text) - open_at, MAX_LITERAL * 4)
        close_at = _close(text, open_at, "(", ")")
        if close_at < 0:
            continue
        arg_src = text[open_at + 1:close_at - 1]
        if "\n" in arg_src.strip() and arg_src.count("\n") > 6:
            continue
        try:
            args = to_value("(" + arg_src + ",)") if arg_src.strip() else ()
        except ValueError:
            bound = _bindings(text) if bound is None else bound
            try:
                args = to_value("(" + _bind(arg_src, bound) + ",)") if bound else None
            except ValueError:
                continue
        if not isinstance(args, tuple):
            continue
        line_end = _line_end(text, close_at)
        before = text[max(0, m.start() - 40):m.start()]
        value, ok = None, False
        if _EQUAL_CALL.search(before):                       # assert_eq!(f(x), y) / strictEqual(f(x), y)
            sep = _COMMA.match(text, close_at)
            if sep:
                value, ok = _value_at(text, sep.end(), min(len(text), sep.end() + MAX_LITERAL))
        wrapper = None if ok else _WRAPPER.search(before)
        if wrapper:                                          # JSON.stringify(f(x)) === '[1,2]'
            wc = _WRAPPER_CLOSE.match(text, close_at)
            sep = _SEP.match(text, wc.end()) if wc else None
            if sep and sep.end() > wc.end():
                value, ok = _value_at(text, sep.end(), line_end)
                if ok and isinstance(value, str) and wrapper.group(1) == "JSON.stringify":
                    try:
                        value = json.loads(value)
                    except ValueError:
                        ok = False
        if not ok:
            tb = _TO_BE.match(text, close_at)                 # expect(f(x)).toBe(y)
            if tb:
                value, ok = _value_at(text, tb.end(), min(len(text), tb.end() + MAX_LITERAL))
        if not ok:
            sep = _SEP.match(text, close_at)
            if sep and sep.end() > close_at and text[close_at:sep.end()].strip() not in ("",):
                value, ok = _value_at(text, sep.end(), max(line_end, min(len(text), sep.end() + MAX_LITERAL))
                                      if text[sep.end():sep.end() + 1] in "[{(" else line_end)
        if not ok:
            cm = _COMMENT_SEP.match(text, close_at)
            if cm and cm.end() <= line_end and re.search(r"//|#|/\*", text[close_at:cm.end()]):
                value, ok = _value_at(text, cm.end(), line_end)
        if not ok and before.rstrip().endswith(">>>") and text[close_at:line_end].strip() in ("", ")"):
            nxt = line_end + 1                                 # doctest: the value on the next line
            nxt_end = _line_end(text, nxt)
            if nxt < len(text) and ">>>" not in text[nxt:nxt_end]:
                value, ok = _value_at(text, nxt, nxt_end)
        if not ok:
            am = _ASSERT_BEFORE.search(before)                 # assert(f(x)) / assert not f(x)
            if am and _ASSERT_AFTER.match(text, close_at):
                value, ok = not am.group(1), True
        if not ok:
            continue
        key = (name, repr(args), repr(value))
        if key not in seen:
            seen.add(key)
            out.append(Example(name, args, value))
    _named_inputs(text, out, seen, max_examples)
    _arrows(text, out, seen, max_examples)
    return out
