"""A person written as their nickname in quotes where a source stands: '"Perry" said the meters would pay
for themselves', after 'Peregrine "Perry" Lowe' or 'Lowe, known as "Perry",'.

Why: the tagger reads a quoted word as quoted words, not a name, so the sentence's subject was no mention
and the source model, taking the marks for a quotation's, left the source out: the words went to no one.
A nickname the text gave a person where it named them, written alone in quotes as a sentence's subject,
is that person again, as the surname alone would be; and the source model reads it without its marks
(``unmarked_nicknames``, through ``single_quotes.as_double``), so that '"Perry" chimed in that ...' has a cue.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_SUBJECT = re.compile(r"(?:^|[.!?\n][\"”’']?\s+)[\"“]?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)[\"”]?,?\s+$")
"""A sentence that opens with a quoted name and goes straight on to the cue ('"Perry" said'), its marks
left out or not (``unmarked_nicknames``)."""
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
        inside = nickname in m.surface and re.search(rf"[\"“]{re.escape(nickname)}[\"”]", m.surface)  # 'Peregrine "Perry" Lowe'
        given = _GIVEN_AFTER.match(text[m.end : m.end + GIVEN_REACH])
        if inside or (given and given.group(1) == nickname):
            return m
    return None


_GIVEN = re.compile(r"(?=[A-Zkncd])"  # each side's first letter: the scan skips the rest (a third faster), no match changes
                    r"(?:[A-Z][\w'’-]+\s+[\"“]([A-Z][\w'’-]+)[\"”]\s+[A-Z]"
                    r"|\b(?:known|nicknamed|called|dubbed)(?:\s+\w+){0,3}?\s+(?:as\s+)?[\"“]([A-Z][\w'’-]+)[\"”])")
"""Where a text gives a person a nickname: between the given name and the surname ('Peregrine "Perry" Lowe'),
or after the name ('known along the quay as "Perry"')."""


def unmarked_nicknames(text: str) -> str:
    """The text (same offsets) with the marks around a nickname it gave a person left out where the nickname
    alone opens a sentence as its subject ('"Perry" chimed in that ...'): the source model reads marks as a
    quotation's, and found neither cue nor speaker there. Any other quoted words keep their marks."""
    names = {a or b for a, b in _GIVEN.findall(text)}
    if not names:
        return text
    pattern = re.compile(rf"(^|[.!?\n][\"”’']?\s+)([\"“])({'|'.join(map(re.escape, sorted(names)))})([\"”])(?=,?\s+[a-z])")
    return pattern.sub(lambda m: f"{m.group(1)} {m.group(3)} ", text)
