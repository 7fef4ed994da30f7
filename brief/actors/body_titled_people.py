"""A person named after a body and their title, when the source tagger stopped at the body: "Rovers boss Neil
Strachan was full of praise for his striker" gives the source "Rovers".

Why: the body before a title is whose officer the person is ("Rovers boss", "Treasury minister"), never the one
who speaks; a cue after a noun phrase ("was full of praise for") leaves the tagger taking the first name only.
The person right after the title, with nothing but their verb between them and the cue, is the speaker.
So after an inverted cue: "..., said French chess commentator Jerome Maufras" gives the source "French", "...,"
said Helios principal investigator Sean Marlow" the source "Helios"; the person after the title speaks.
"""

from __future__ import annotations

import re

from brief.actors.callings import CALLINGS
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.roles import ROLE_ENDS

_TITLE_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+(?=[A-Z])")
"""A title in lower case right after the body, a word or two of its field before it ("boss", "chief executive"),
then the capital the person's name opens with."""
_VERB_BETWEEN = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,4}$")
"""Between the person and the cue only their own words in lower case ("was full of"), no comma or clause."""


def titled_after_source(text: str, source: tuple[int, int], cue_start: int, mentions: MentionIndex) -> Mention | None:
    """The person named after the source's body and a title right after it, before the cue; None when the
    source is no body, or no title and person follow it (see the module's docstring)."""
    if source[1] >= cue_start or not any(m.kind == "organization" for m in mentions.within(source)):
        return None
    person = _named_after_title(text, source[1], cue_start, mentions)
    if person is None or not _VERB_BETWEEN.fullmatch(text, person.end, cue_start):
        return None
    return person


def titled_after_inverted_source(text: str, source: tuple[int, int], cue_end: int, mentions: MentionIndex) -> Mention | None:
    """The person named after the title that follows an inverted cue's source ("said French chess commentator Jerome
    Maufras": the source "French"), or None (see the module's docstring)."""
    if source[0] < cue_end or text[cue_end : source[0]].strip() or not mentions.within(source):
        return None
    return _named_after_title(text, source[1], len(text), mentions)


def _named_after_title(text: str, at: int, end: int, mentions: MentionIndex) -> Mention | None:
    """The person whose name starts right after a lower-case title written at ``at`` (before ``end``), or None."""
    title = _TITLE_AFTER.match(text, at, end)
    if title is None or (title.group(2) not in ROLE_ENDS and title.group(2) not in CALLINGS):
        return None
    person = next((m for m in mentions.within((title.end(), end)) if m.start == title.end()), None)
    return person if person is not None and person.kind == "person" else None
