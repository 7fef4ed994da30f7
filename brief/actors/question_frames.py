"""A quotation announced by a possessive question: "Labour economist Dr. Samuel Achterberg has studied such trials.
His verdict? “The evidence is encouraging ...”".

Why: feature writing frames a quotation with a question of one word and a possessive instead of a verb ("Her
advice?", "His verdict?"); no cue stands there, and the quotation went to no one. The possessive goes back to the
person the sentence before is about, its subject, as "he said" would; "His" to no woman, "Her" to no man.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import FEMALE, MALE
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.model import Sentence

_QUESTION = re.compile(r"\s*(?P<owner>His|Her)\s+(?:[a-z]+\s+)?(?:verdict|advice|answer|response|reply|message|view|take|"
                       r"conclusion|prediction|warning|explanation|reaction|solution|diagnosis|assessment)\?\s*")
"""A possessive and a noun of what was said, closed by a question mark: the whole frame."""
_OPENS_QUOTED = re.compile(r"\s*[“\"][ \t]*[A-Z]")
"""The quotation it announces, opening with a capital."""
_GENDER = {"His": MALE, "Her": FEMALE}


def question_quotation(text: str, sentences: Sequence[Sentence], k: int,
                       index: MentionIndex) -> tuple[Mention, int, int] | None:
    """The person whose words the quotation after the possessive question opening ``sentences[k]`` are (see the
    module's docstring), where the quotation opens and the index of the sentence it opens in (the question's own,
    or the next); None when the sentence opens with no such frame or no subject fits it."""
    s = sentences[k]
    found = _QUESTION.match(s.text)
    if found is None or k == 0:
        return None
    own = found.end() < len(s.text.rstrip())
    if not own and k + 1 == len(sentences):
        return None
    opening = _OPENS_QUOTED.match(text, s.start + found.end() if own else s.end)
    if opening is None:
        return None
    before = sentences[k - 1]
    people = [m for m in index.within((before.start, before.end)) if m.kind == "person" and not m.demonym
              and opens_sentence(text, m.start) and index.genders.of(m) in ("", _GENDER[found.group("owner")])]
    if not people:
        return None
    return people[0], opening.start() + len(opening.group()) - len(opening.group().lstrip()), k if own else k + 1
