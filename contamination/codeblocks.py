"""Code blocks indented as a whole between paragraphs of prose (Markdown / reST style), read by
the Python and JavaScript document readers (contamination.execute, contamination.execute_js)."""
from __future__ import annotations

import textwrap


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
