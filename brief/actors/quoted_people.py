"""People named inside a quotation, passed over when a description goes back to someone: in "“... The final one is
Emilia. ...” The age-defying comedian then ended her stint ...", the comedian is the one quoted (named outside the
quotation), not Emilia, whom she talks about.

Why: a description by calling goes back to the last person named within a few sentences (``referring``); a name a
speaker says is no one the writer introduced, and the text was about the speaker. Only when everyone so near is named
inside a quotation are they kept (a description may go back to no one else).
"""

from __future__ import annotations

from brief.actors.content_ends import quoted_at
from brief.actors.mentions import Mention


def outside_quotations(text: str, people: list[Mention]) -> list[Mention]:
    """``people`` less those named inside a quotation, unless that leaves no one."""
    unquoted = [m for m in people if not quoted_at(text, m.start)]
    return unquoted or people
