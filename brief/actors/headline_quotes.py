"""A quotation in the headline, framed there by its speaker: "'We will not back down,' says Mick Dorran as
strike looms", "“Nobody is above the law” warns Ada Quinn". The headline is no sentence of the article
(the splitter leaves it out), so the attribution model's cue there is dropped, yet it is often the one
place a speaker's most quoted words stand whole. The speaker must be named in the headline as the body
names them (their full name, or the surname of the one person so named): a description there ("says union
boss") is left unread, since the body may name several who could be it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.model import Sentence

HEADLINE_CUE = "says"
"""The cue a headline's quotation is listed with: headlines write every frame in the present."""
MIN_QUOTED_WORDS = 3
"""Words of a headline's quotation: fewer are a title or a catchphrase in marks ("'Wicked' star says")."""
_FRAMED = re.compile(
    r"\s*[‘'“\"](?P<q>[^‘’“”\"]+?)[’'”\"]\s*,?\s*[-–—:]?\s*"
    r"(?:says|warns|insists|admits|claims|vows|declares|tells\s+[\w\s]{1,30}?)\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s?){1,4}?)(?:\s+(?:as|after|amid|over|on|in|at|following|ahead|before|while|to|of)\b.*)?\s*$"
)
"""A headline that opens with a quotation and its frame, inverted, then the speaker's name (and what is
happening: "as strike looms")."""
_FRAMING = re.compile(r"\s*(?P<who>(?:[A-Z][\w'’.-]*\s){1,4}?)(?:says|warns|insists|admits|claims|vows|declares)\s+"
                      r"[‘'“\"](?P<q>[^‘’“”\"]+?)[’'”\"](?=\s|$)")
"""A headline that opens with the speaker's name and its frame, then the quotation ("Ada Quinn says 'We
did nothing wrong' after ...")."""


def headline_quotations(text: str, title: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """The headline's quotation as its speaker's words (see the module's docstring); none when the headline
    frames none, or names no one the body names."""
    if not sentences or not title.strip():
        return []
    at = text.find(title.strip(), 0, sentences[0].start)
    found = _FRAMED.fullmatch(title.strip()) or _FRAMING.match(title.strip())
    if at < 0 or found is None or len(found.group("q").split()) < MIN_QUOTED_WORDS:
        return []
    who = found.group("who").strip()
    speaker = _named(who, index)
    if speaker is None:
        return []
    span = (at + found.start("q") - 1, at + found.end("q") + 1)  # with its marks
    return [Continued(speaker, 0, span, cue=HEADLINE_CUE)]


def _named(who: str, index: MentionIndex) -> Mention | None:
    """The body's mention of the person or body the headline names (its full name, or a surname of one)."""
    for m in index.mentions:
        if m.name == who or (m.kind == "person" and " " not in who and m.name.split()[-1] == who
                             and who in index.surnames):
            return m
    return None
