"""A plural common noun opening a sentence in the passive or the perfect, which the tagger took for a body's name:
"Tributes have been paid to ...", "Questions were raised over ...", "Calls have grown for ...". At a sentence's
start a capital says nothing; a plural noun whose verb follows as "have been paid" or "have grown" names what
happened, not who acted. A team or a firm called by a plural ("Rangers were beaten", "Wolves have signed") is
written with its capital mid-sentence as well, and that keeps it a name.
"""

from __future__ import annotations

import re

from brief.actors.phrasing import is_noun

_PERFECT_OR_PASSIVE = re.compile(
    r"(?:have|had|are|were)(?:\s+(?:been|being))?\s+(?:[a-z]+ed|[a-z]+en|[a-z]+wn|paid|made|held|laid|sent|said|left|"
    r"brought|bought|caught|taught|sought|built|spent|lost|put|set|cut|hit|run|begun|come|become)\b")
"""An auxiliary, "been" or "being" and a participle after the noun: the perfect or the passive of its clause."""


def opening_common_plural(text: str, words: list[str], end: int) -> bool:
    """Whether the one-word name ending at ``end`` of ``text`` is a plural common noun opening its sentence, in the
    perfect or the passive ("Tributes have been paid"), that the article never writes capitalised mid-sentence."""
    if len(words) != 1 or not words[0].isalpha() or not words[0].endswith("s") or not words[0][1:].islower():
        return False
    if not is_noun(words[0].lower()) or not _PERFECT_OR_PASSIVE.match(text[end:].lstrip()):
        return False
    inside = re.compile(rf"[a-z0-9,;][ \t]+{re.escape(words[0])}\b")
    return inside.search(text) is None
