"""Where code sits in a document: blocks indented as a whole between paragraphs of prose (Markdown
/ reST style) and the extent of a brace block, for the document readers (contamination.execute,
execute_js, execute_c)."""
from __future__ import annotations

import re
import textwrap

# the first line of a paragraph of prose: a capitalised word, then a lower-case one ("Returning a
# two-element array ..."); no statement of C or JavaScript starts so
_PROSE = re.compile(r"^[A-Z][a-z']*,?\s+(?:[a-z(\"'`]|I\b)")


def indented_blocks(text: str) -> list[str]:
    """Every run of indented (or blank) lines of `text`, dedented, in order."""
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        if lines[k][:1] not in (" ", "\t"):
            k += 1
            continue
        j = k
        while j < len(lines) and (not lines[j].strip() or lines[j][:1] in (" ", "\t")):
            j += 1
        out.append(textwrap.dedent("\n".join(lines[k:j])))
        k = j
    return out


def code_in_prose(text: str, start: int, keep) -> str:
    """When the document's first line of code (at `start`) is indented below prose: its indented
    blocks that `keep` accepts, joined without the prose around them; else ''."""
    if text[start] not in " \t" or not text[:start].strip():
        return ""
    return "\n".join(b for b in indented_blocks(text) if keep(b))


def block_end(code: str, start: int) -> int:
    """Index just past the brace block opening at code[start] (strings and comments not parsed)."""
    depth = 0
    for k in range(start, len(code)):
        if code[k] == "{":
            depth += 1
        elif code[k] == "}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(code)


def drop_trailing_prose(code: str) -> str:
    """`code` without the paragraphs of prose after it (an answer's closing remarks below
    unfenced code): from the end, each paragraph whose first line reads as prose
    (`_PROSE`), while the code before it closes all its braces."""
    paras = re.split(r"(\n[ \t]*\n)", code)
    while len(paras) > 2:
        last = paras[-1].strip("\n")
        body = "".join(paras[:-2])
        if last.strip() and not (_PROSE.match(last.lstrip()) and body.count("{") == body.count("}")):
            break
        paras = paras[:-2]
    return "".join(paras)


def unquote(block: str) -> str:
    """A block quoted as a whole (every line `> ...`, as a review quotes the code under review)
    without the quote marks; any other block as it is."""
    lines = block.split("\n")
    if not any(ln.strip() for ln in lines) or not all(ln.startswith(">") or not ln.strip() for ln in lines):
        return block
    return "\n".join(re.sub(r"^> ?", "", ln) for ln in lines)


def latest_definitions(blocks: list[str], names) -> list[str]:
    """`blocks` without those that define a function a later block defines again (a review's
    "before" and "after": the later one); `names(block)`: the functions a block defines."""
    defined = [set(names(b)) for b in blocks]
    return [b for k, b in enumerate(blocks) if not defined[k] & set().union(*defined[k + 1:])]
