"""Rule-based ProX program generator: the offline default, same grammar as the models.

Per document it emits `drop_doc()` when the document is mostly boilerplate or broken,
else `keep_doc()` followed by chunk programs (chunks packed to a token budget, lines
numbered per chunk) that
  * `remove_lines` navigation / boilerplate / footer lines (menus, "Skip to content",
    "All rights reserved", "Share on Facebook", cookie banners, pagination...),
  * `remove_lines` exact repeats of an earlier non-trivial line,
  * `normalize` mojibake (UTF-8 read as cp1252/latin-1: "Ã©" -> "é", "â€™" -> "’") and
    strip U+FFFD replacement characters and stray control characters,
  * `skip_chunk()` when a chunk needs nothing.
"""
from __future__ import annotations

import re

from .prox import Op, chunk_lines, format_program

_BOILER = [
    r"skip to (main )?content", r"jump to (navigation|search)", r"all rights reserved", r"^\s*(copyright|©|\(c\))\s*(\d{4}|by\b)",
    r"privacy policy", r"terms (of (use|service)|and conditions)", r"cookie(s)? (policy|settings|consent)",
    r"we use cookies", r"accept (all )?cookies", r"share (this|on) (facebook|twitter|x|linkedin|pinterest|email)",
    r"^\s*(share|tweet|pin it|email|print)\s*$", r"follow us on", r"subscribe to (our|the) newsletter",
    r"sign up for (our|the) newsletter", r"^\s*(log ?in|sign ?in|sign ?up|register|logout|log out)\s*$",
    r"^\s*back to top\s*$", r"^\s*read more\s*(»|>>|…|\.\.\.)?\s*$", r"click here to", r"^\s*page \d+ of \d+\s*$",
    r"^\s*(previous|next)( (page|post|article))?\s*(»|>>)?\s*$", r"^\s*«\s*(previous|older)", r"powered by (wordpress|blogger|drupal|joomla)",
    r"^\s*(home|menu|search)\s*$", r"^\s*posted (by|on|in) .{0,60}$", r"^\s*(tags|categories|filed under)\s*:",
    r"leave a (comment|reply)", r"^\s*\d+\s+comments?\s*$", r"you must be logged in", r"^\s*advertisement\s*$",
    r"related (posts|articles)\s*:?\s*$",
]
BOILER_RE = re.compile("|".join(f"(?:{p})" for p in _BOILER), re.IGNORECASE)
# a navigation bar: several short items separated by | • · » or ›
NAV_RE = re.compile(r"^\s*([^|•·»›]{1,25}\s*[|•·»›]\s*){2,}[^|•·»›]{0,25}\s*$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _mojibake_table() -> list[tuple[str, str]]:
    chars = "éèêëàâäáãåçîïíìôöóòõûüúùñÉÈÀÇÖÜÑßæøÆØ’‘“”–—…•€™°±×÷«»¿¡©®"
    table = {}
    for ch in chars:
        raw = ch.encode("utf-8")
        for enc in ("cp1252", "latin-1"):
            try:
                bad = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            if bad != ch and len(bad) > 1:
                table[bad] = ch
    # longer sources first so "â€™" wins over a shorter overlapping one
    return sorted(table.items(), key=lambda kv: (-len(kv[0]), kv[0]))


MOJIBAKE = _mojibake_table()
_MOJI_FIRST = re.compile("[ÃÂâÅÆÐ]")


def line_flags(lines: list[str], min_repeat_len: int = 20) -> list[str | None]:
    """Why each line should go: 'boilerplate', 'navigation', 'repeat' or None."""
    flags: list[str | None] = []
    seen: set[str] = set()
    for line in lines:
        s = line.strip()
        flag = None
        if s:
            if BOILER_RE.search(s):
                flag = "boilerplate"
            elif NAV_RE.match(s):
                flag = "navigation"
            elif len(s) >= min_repeat_len and s in seen:
                flag = "repeat"
            seen.add(s)
        flags.append(flag)
    return flags


def _ranges(idx: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in idx:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def chunk_normalizations(chunk_text: str) -> list[tuple[str, str]]:
    pairs = []
    if _MOJI_FIRST.search(chunk_text):
        for bad, good in MOJIBAKE:
            if bad in chunk_text:
                pairs.append((bad, good))
                chunk_text = chunk_text.replace(bad, good)
    if "\ufffd" in chunk_text:
        pairs.append(("\ufffd", ""))
    for c in sorted(set(CONTROL_RE.findall(chunk_text))):
        pairs.append((c, ""))
    return pairs


def generate(text: str, budget: int = 1500, drop_ratio: float = 0.8, min_chars: int = 20) -> str:
    """A ProX program for one document."""
    if text is None:
        return "drop_doc()"
    lines = text.split("\n")
    flags = line_flags(lines)
    nonempty = [i for i, s in enumerate(lines) if s.strip()]
    flagged = [i for i in nonempty if flags[i]]
    visible = sum(len(lines[i].strip()) for i in nonempty)
    broken = text.count("\ufffd")
    if _MOJI_FIRST.search(text):
        broken += sum(text.count(bad) * len(bad) for bad, _ in MOJIBAKE)
    if visible < min_chars or (nonempty and len(flagged) / len(nonempty) >= drop_ratio and len(nonempty) >= 2) \
            or broken * 4 > len(text):
        return "drop_doc()"
    programs = []
    for a, b in chunk_lines(text, budget):
        ops: list[Op] = []
        local = [i - a for i in range(a, b + 1) if flags[i]]
        for s, e in _ranges(local):
            ops.append(Op("remove_lines", (s, e), (a, b)))
        for src, dst in chunk_normalizations("\n".join(lines[a:b + 1])):
            ops.append(Op("normalize", (src, dst), (a, b)))
        programs.append(((a, b), ops or [Op("skip_chunk", (), (a, b))]))
    return format_program("keep_doc", programs)


def generate_batch(texts: list[str], budget: int = 1500) -> list[str]:
    return [generate(t, budget) for t in texts]
