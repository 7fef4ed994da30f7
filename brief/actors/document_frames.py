"""An "It" that opens the sentence after a quotation a document's frame closed: "“We were never told,” the report
stated. It described the delays as ...": the report, not the body named last before it.

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


def framed_before(text: str, start: int) -> str | None:
    """The document's noun when "It" at ``start`` opens the sentence right after its frame, else None."""
    if not text.startswith("It ", start):
        return None
    found = _FRAMED.search(text, max(0, start - REACH), start)
    return found.group(1).lower() if found else None
