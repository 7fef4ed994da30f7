"""Where a claim was posted, left at the end of its content: "The group claimed responsibility on a hacking forum
late on Sunday", "the ministry announced the closures on its Telegram channel". The cue model runs the content
from the cue's object to the sentence's end (as in "described the move as “a dream” in an interview with the
club's channel"), so the position read "responsibility on a hacking forum late on
Sunday"; the forum is where it was said, as "in a statement" is, not part of what was said. A clause after the
cue ("said the attack was planned on a forum") keeps its medium: there it may be the statement's own detail.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.speakers import MIN_POSITION_WORDS
from brief.actors.statements import trimmed_end

_MEDIUM = (
    r"\s+(?:on|in|via|through)\s+(?:(?:an?|the|its|their|his|her|a\s+private)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:forum|website|web\s+site|channel|account|page|platform|blog|social\s+media|messaging\s+app|Telegram|"
    r"Twitter|Facebook|Instagram|TikTok|YouTube|X|statement|post|video|message|broadcast|television|radio|"
    r"podcast|interview|news\s+conference|press\s+conference)(?:\s+(?:channel|account|page|group|post))?"
    r"(?:\s+with\s+[^,;.“”\"]{1,60}?)?")
"""One medium: "on a hacking forum", "in an interview with the club's channel", "via Telegram"."""
_MEDIUM_AT_END = re.compile(
    rf"(?:{_MEDIUM}){{1,2}}"
    r"(?:\s+(?:late|early|last|this|on|overnight|yesterday|today|tonight)(?:\s+(?:on\s+)?[A-Za-z]+){0,2})?"
    r"[\s.,]*$")
"""A medium a claim was posted or made in (or two: "in a post on its website"), then at most a time ("late on
Sunday"), up to the content's end."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
"""A quotation inside the object ("described the move as “a dream come true”"): its words are not counted."""
MAX_OBJECT_WORDS = 6
"""Words of the cue's object before the medium, outside quotations ("responsibility for the attack on the port"):
a longer stretch may be a clause the medium belongs to (set by hand)."""


def medium_after_object(text: str, attribution: Attribution) -> Attribution:
    """The content without the medium that closes it, when the content follows its cue and is only the cue's
    object (no finite verb, at most ``MAX_OBJECT_WORDS`` words, and words enough to be a position) before "on a hacking forum", "via Telegram",
    "in a statement late on Sunday"; unchanged otherwise (a quotation, a clause, no medium)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    span = text[start:end]
    medium = next((m for m in _MEDIUM_AT_END.finditer(span) if m.end() == len(span)), None)
    if medium is None:
        return attribution
    words = _WORD.findall(_QUOTED.sub(" ", span[: medium.start()]))
    if len(_WORD.findall(span[: medium.start()])) < MIN_POSITION_WORDS:
        return attribution  # "noted the rule in the interview": too short to stand as a position without it
    if len(words) > MAX_OBJECT_WORDS or any(finite_word(w) for w in words):
        return attribution
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, start + medium.start())))
