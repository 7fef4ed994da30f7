"""Lines that fit the terminal, for text in any script.

``textwrap`` breaks only at spaces and counts characters, so a Japanese or Chinese sentence (no
spaces, each character two columns wide) came out as one line twice the terminal's width. Text
with wide characters is wrapped here by display columns, a line may break between two wide
characters, and no line starts with closing punctuation (。、」 …), as Japanese typesetting
requires. Text without wide characters goes to ``textwrap`` exactly as before.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_NO_LINE_START = frozenset("、。，．・：；？！」』）】〕〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ々")
"""Characters a line may not start with (kinsoku): closing marks and small kana."""


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _units(text: str) -> list[str]:
    """Breakable pieces: each run of narrow characters up to a space (the space kept in front of
    the next piece) and each wide character, closing marks joined to what they close."""
    units: list[str] = []
    for piece in re.findall(r" ?[^ ]+", text):
        for part in re.findall(rf" ?{_WIDE.pattern}| ?(?:(?!{_WIDE.pattern})[^ ])+", piece):
            if units and (part[0] in _NO_LINE_START) and not part.startswith(" "):
                units[-1] += part
            else:
                units.append(part)
    return units


def fill(text: str, width: int, first: str = "", rest: str = "") -> str:
    """``textwrap.fill`` (no long words broken, none at hyphens) by display columns for wide text."""
    text = " ".join(text.split())
    if not _WIDE.search(text):
        return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False)
    lines: list[str] = []
    line, used = first, _columns(first)
    empty = True
    for unit in _units(text):
        body = unit.lstrip(" ") if empty else unit
        if not empty and used + _columns(body) > width:
            lines.append(line)
            body = unit.lstrip(" ")
            line, used = rest, _columns(rest)
        line += body
        used += _columns(body)
        empty = False
    lines.append(line)
    return "\n".join(lines)
