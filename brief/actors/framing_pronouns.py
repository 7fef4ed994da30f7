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
from brief.actors.mentions import Mention

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
    return genders.fits(last.mention, pronoun) and not clashes(last, pronoun)


def clashes(last: Speaker | None, pronoun: str) -> bool:
    """Whether the last speaker was framed with the other gender's pronoun than ``pronoun``."""
    if last is None:
        return False
    said, want = _GENDER.get(last.said_as, ""), _GENDER.get(pronoun, "")
    return bool(said and want and said != want)


def not_framed_otherwise(before: list[Mention], last: Speaker | None, pronoun: str) -> list[Mention]:
    """The mentions a pronoun may go back to, less the last speaker's own names when the writer framed them
    with the other gender's pronoun: "“...,” he said in 2009. “I laughed,” she says" is never him."""
    if not clashes(last, pronoun):
        return before
    assert last is not None
    return [m for m in before if m.name != last.mention.name]
