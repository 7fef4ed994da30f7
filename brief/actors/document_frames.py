"""An "It" that opens the sentence after a quotation a document's frame closed: "“We were never told,” the report
stated. It described the delays as ...": the report, not the body named last before it. So is the "it" framing the
quotation that comes right after it: "“...,” the letter continued. | “...,” it said.": the letter goes on.

Why: the speaker before was a document (its words framed by "the report stated"), so the "It" that opens the
next sentence goes on with that document, whoever wrote it (``documents.document_author``); the resolver gave it
to the last body named, an outside party the report only mentions.
"""

from __future__ import annotations

import re

from brief.actors.documents import AUTHORED

REACH = 120
"""Characters before "It" read for the frame that closes the sentence before."""
_FRAMED = re.compile(rf"[,”\"’]\s+the\s+({'|'.join(sorted(AUTHORED))})\s+(?:stated|states|said|says|read|reads|added|"
                     r"adds|noted|notes|continued|continues|argued|argues)\s*\.\s*$")
"""The end of a sentence whose quotation a document's frame closes ("..., the letter stated.")."""


_FRAMING_IT = re.compile(r"[,!?](?P<mark>[”\"])\s+$")
"""The close of a quotation right before "it", which frames it ("“...,” it said")."""


def framed_before(text: str, start: int) -> str | None:
    """The document's noun when "It" at ``start`` opens the sentence right after its frame, or when "it" frames
    a quotation that opens right after that frame; else None."""
    if text.startswith("It ", start):
        found = _FRAMED.search(text, max(0, start - REACH), start)
        return found.group(1).lower() if found else None
    closing = _FRAMING_IT.search(text, max(0, start - 4), start) if text.startswith("it ", start) else None
    if closing is None:
        return None
    mark = closing.group("mark")
    opening = text.rfind("“" if mark == "”" else '"', 0, closing.start("mark"))
    found = _FRAMED.search(text, max(0, opening - REACH), opening) if opening >= 0 else None
    return found.group(1).lower() if found else None
