"""An office named as a title of a see or a town before its holder's name and the holder's style: "The Bishop of
Lichfield, the Rt Rev Mara Quist, said", "The Dean of Westbury, the Very Rev Anna Hale, said".

Why: the tagger reads "Bishop of Lichfield" as a name of its own (a title of the peerage's shape), and the
resolver took the first person of the source, so the office spoke and the named holder was left with no position.
Where the office is set off by a comma from a style ("the Rt Rev", "the Most Rev", "the Very Rev", "the Revd",
"the Rt Hon") and a person's name, the holder is the speaker, as "The Mayor of Dunmere, Ada Quinn, said" is read.
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_OFFICE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+of\s+(?:the\s+)?[A-Z]")
"""An office's name of a title, "of" and its see or town ("Bishop of Lichfield", "Chief Rabbi of Rome")."""
_STYLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:Rt|Right|Most|Very)\.?\s+)?(?:Rev|Revd|Reverend|Hon|Honourable)\b\.?\s+")
"""After the office: a comma and the holder's style ("the Rt Rev ", "the Very Rev ", "the Revd ")."""


def office_before_styled_name(text: str, m: Mention, mentions: MentionIndex) -> bool:
    """Whether the person ``m`` is an office set off before its holder's style and name ("The Bishop of Lichfield, |
    the Rt Rev Mara Quist,"): the holder speaks, not the office."""
    if not _OFFICE.match(m.surface):
        return False
    style = _STYLE_AFTER.match(text, m.end)
    return style is not None and any(
        n.kind == "person" and m.end < n.start <= style.end() < n.end for n in mentions.within((m.end, style.end() + 80)))
