"""A person written as their nickname in quotes where a source stands: '"Perry" said the meters would pay
for themselves', after 'Peregrine "Perry" Lowe' or 'Lowe, known as "Perry",'.

Why: the tagger reads a quoted word as quoted words, not a name, so the sentence's subject was no mention
and the source model, taking the marks for a quotation's, left the source out: the words went to no one.
A nickname the text gave a person where it named them, written alone in quotes as a sentence's subject,
is that person again, as the surname alone would be.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_SUBJECT = re.compile(r"(?:^|[.!?\n][\"”’']?\s+)[\"“]([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)[\"”],?\s+$")
"""A sentence that opens with a quoted name and goes straight on to the cue ('"Perry" said')."""
_GIVEN_AFTER = re.compile(r",?\s+(?:known|nicknamed|called|dubbed)(?:\s+\w+){0,3}?\s+(?:as\s+)?[\"“]([^\"”]{1,30})[\"”]")
"""A nickname given after a person's name ('Lowe, known along the quay as "Perry"')."""
SUBJECT_REACH = 40
"""Characters before the cue read for the quoted subject (a sentence's stop, the marks and a name of two words)."""
GIVEN_REACH = 60
"""Characters after a person's name read for the nickname the text gives them."""


def nickname_subject(text: str, attribution: Attribution, mentions: MentionIndex) -> Mention | None:
    """The person whose nickname, in quotes, is the subject right before the cue; None for any other frame."""
    if attribution.source is not None and not re.fullmatch(r"[\"“]?[A-Z][\w'’ -]*[\"”]?", text[slice(*attribution.source)]):
        return None
    quoted = _SUBJECT.search(text, max(0, attribution.cue[0] - SUBJECT_REACH), attribution.cue[0])
    if quoted is None:
        return None
    nickname = quoted.group(1)
    for m in reversed(mentions.before(quoted.start(1))):
        if not mentions.personal(m) or m.demonym:
            continue
        inside = re.search(rf"[\"“]{re.escape(nickname)}[\"”]", m.surface)  # 'Peregrine "Perry" Lowe'
        given = _GIVEN_AFTER.match(text[m.end : m.end + GIVEN_REACH])
        if inside or (given and given.group(1) == nickname):
            return m
    return None
