"""Other wire stories listed after a wire story's end, which the extractor reads as more of it.

An agency's story ends with the agency's name in brackets ("... he said outside the temple. (ANI)",
"(AP)", "(Reuters)"); a page that carries it may list the agency's other stories below, each a
headline run into its own dateline ("New Delhi, Jan 15 (ANI): The Supreme Court today ..."). Read
as the story's text, their people become the story's actors. The lines after the end are cut when
at least ``MIN_ITEMS`` of them open another item of the same agency by such a dateline.
"""

from __future__ import annotations

import re

MIN_ITEMS = 2
"""Datelined items of the same agency after the end line: one could be the story quoting an earlier
report of the agency; two or more are a list of its other stories."""

_END = re.compile(r"\(([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,2})\)\s*$")
"""The agency's name in brackets closing a paragraph ("(ANI)", "(Agence France-Presse)")."""


def without_wire_sidebar(lines: list[str]) -> list[str]:
    """``lines`` up to the wire story's end line, when the lines after it list the agency's other stories."""
    for n, line in enumerate(lines):
        end = _END.search(line)
        if not end or len(line.split()) < 2:
            continue
        dateline = re.compile(rf"(?:\b\w+\.?\s+\d{{1,2}},?|\b[A-Z]{{2,}}[A-Z ,.]*)\s*\({re.escape(end.group(1))}\)\s*[:\-–—]")
        if sum(bool(dateline.search(later)) for later in lines[n + 1 :]) >= MIN_ITEMS:
            return lines[: n + 1]
    return lines
