"""A round-up's name heading and the writer's gloss after it: "Bill Ballard: He teamed with Dusty's nephew ...",
then '"He was my best friend," Ballard said.' The heading reads as a transcript's label, the gloss as the named
person's turn; it is the writer's note on who the person is, and the person's own words follow, with a cue naming
them, as no transcript names its speaker again.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_THIRD_PERSON = re.compile(r"[ \t]*(?:He|She|His|Her)\s")
"""A gloss opens speaking of the heading's person in the third person."""
_NAMED_CUE = r"(?:said|says|added|recalled|recalls|told|wrote)"


def glossed_heading(text: str, name_start: int, name_end: int, colon_end: int) -> bool:
    """Whether the name at the opening of a paragraph, and the colon after it, head a gloss ("He teamed ...") whose
    person's own words follow, in that paragraph or the next, under a cue that names them ("Ballard said")."""
    if not _THIRD_PERSON.match(text, colon_end):
        return False
    surname = re.escape(text[name_start:name_end].split()[-1])
    end = text.find("\n", colon_end)
    end = len(text) if end < 0 else end
    following = len(text) - len(text[end:].lstrip())  # the next paragraph, past the blank line
    stop = text.find("\n", following)
    after = text[colon_end : len(text) if stop < 0 else stop]
    return re.search(rf"\b{surname}\s+{_NAMED_CUE}\b|\b{_NAMED_CUE}\s+{surname}\b", after) is not None


def without_glossed_headings(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions less a heading's colon read as the cue of its gloss ("Bill Ballard: He teamed ...")."""
    return [a for a in attributions
            if not (a.source is not None and text[a.cue[0] : a.cue[1]] == ":" and _opens_paragraph(text, a.source[0])
                    and glossed_heading(text, a.source[0], a.source[1], a.cue[1]))]


def _opens_paragraph(text: str, start: int) -> bool:
    return start == 0 or not text[text.rfind("\n", 0, start) + 1 : start].strip()
