"""A speaker framed as "he" or "she" keeps that gender for the next pronoun, where the text tells none.

"Bobby", a one-word given name, has no gender the text shows (``gender.Genders`` reads none from a lone given
name). When ""...," he said in 1996" went to him, a ""I chuckled when I read that," she says" right after went on
with him too: the last speaker's gender was untold, so "she" fitted. The pronoun the last words were framed with
is the writer's own word for that speaker's gender; a "she" after a "he" is another person.
"""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.gender import FEMALE, MALE, Genders
from brief.actors.last_speaker import Speaker

_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
           "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}


def framing_pronoun(text: str, attribution: Attribution) -> str:
    """ "he" or "she" when the attribution's source is that pronoun alone ("he said"), else ""."""
    if attribution.source is None:
        return ""
    word = text[attribution.source[0] : attribution.source[1]].strip().lower()
    return word if word in ("he", "she") else ""


def fits_last(genders: Genders, last: Speaker, pronoun: str) -> bool:
    """Whether ``pronoun`` may go on with the last speaker: not one the text shows to be of the other gender,
    nor one last framed with the other gender's pronoun ("he said ... she says")."""
    if not genders.fits(last.mention, pronoun):
        return False
    said, want = _GENDER.get(last.said_as, ""), _GENDER.get(pronoun, "")
    return not said or not want or said == want
