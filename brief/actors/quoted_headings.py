"""A heading that is a quotation: "‘WE HAD PLANS AFTER RETIREMENT’", "'There is only one place for Yahya Sinwar'".

Why a module of its own: feature and live pages head a section with a few words its next speaker says, set alone
on their line in quote marks with no stop. Read as a quotation going on from the last speaker, the heading went to
whoever spoke before the section (a mayor's words to the analyst quoted above them). Like a pull quote
(``pull_quotes``), the display line is passed over; the words are read where the section gives them.
"""

from __future__ import annotations

import re

HEADING_WORDS = 12
"""Words a quoted heading holds at most: a display line; a longer line in quote marks is someone's paragraph."""
_HEADING = re.compile(r"[ \t]*[“\"‘'](?P<words>[^“”\"‘’\n.!?…:;]+?)[”\"’'][ \t]*$", re.M)
"""A line that is only a quotation, with no stop, colon or question inside or after it."""


def quoted_heading(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` is a line of its own that is only a short quotation with no stop: a section's heading."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span[0]].strip() or text[span[1] : line_end].strip():
        return False
    found = _HEADING.fullmatch(text, line_start, line_end)
    if found is None or len(found.group("words").split()) > HEADING_WORDS:
        return False
    # words the text quoted already above ("... So what is the sea telling us? We need to listen." | "‘We need to
    # listen’"): a pull quote of the speaker just quoted, theirs as before; only a heading of what is to come is passed
    words = re.findall(r"[\w'’-]+", found.group("words"))
    return re.search(r"\W+".join(re.escape(w) for w in words), text[:line_start], re.I) is None
