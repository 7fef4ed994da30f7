"""A "she says" after a stretch of narration about another woman goes on with her, not the last speaker: "“...,”
Marsh says. ... Even at school, Quill was a keen debater. She ran the club. “I loved it,” she says." is Quill.

Why: the resolver gave a pronoun the last speaker while that one spoke within reach, though the sentences since were
about someone else, whom their own "she" already went on with; features about one person quote her friends between
her own words, and her words went to the friend. Only a person named outside any quotation after the last speaker's
sentence, as the subject of her sentence (its first words, or after a short fronted phrase and its comma), whose
pronoun of the same gender ("she", "her") stands after her name and before the quotation.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.text.sentence_stops import STOP_BEFORE_SPACE

_SUBJECT_PLACE = re.compile(r"(?:^|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<!\b[A-Z])[.!?]|\n)\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+)?$")
"""Before a sentence's subject: the sentence's opening, perhaps after a short fronted phrase ("Even in high school,");
not the stop of a title or an initial ("a Mr. Football contest", "J. Smith")."""
_FORMS = {"he": ("his", "him", "himself"), "she": ("her", "hers", "herself")}
"""A pronoun's other forms that go on with the narrated subject as its own "he" does: "Reid had a falling out with the
owners over his plans" is narration about Reid as much as "he fell out" is."""
_PREDICATE_NEXT = re.compile(r"\s+[a-z]")
"""Right after the name, its predicate: the name is the sentence's subject ("Keller had"), not one set off before a
relative clause or apposition ("Victor Osei, who entered his property": the "his" is another's)."""
_SENTENCE_END = STOP_BEFORE_SPACE
"""Where the narrated subject's sentence ends: a "his" past it may be anyone's ("Marsh had worked the boats for twenty
years. Neighbours left flowers at his door.": the dead man, whose door it is, says nothing after)."""
FRONT_REACH = 60
"""Characters before a name read for its sentence's opening and a fronted phrase."""


def _unquoted(text: str, at: int) -> bool:
    """Whether ``at`` stands outside any quotation of its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count('"') % 2 == 0 and para.count("“") <= para.count("”")


def narrated_subject(text: str, before: list[Mention], previous: Mention | None, spoke: int, start: int,
                     head: str) -> Mention | None:
    """The person the narration since the last speaker (``previous``, who spoke in sentence ``spoke``) was about, for
    the pronoun ``head`` at ``start`` (see the module's docstring); None when there is no such person."""
    if previous is None:
        return None
    surname = previous.name.split()[-1]
    for m in reversed(before):
        if m.kind != "person" or m.demonym or m.sentence <= spoke or m.start >= start:
            continue
        if not _unquoted(text, m.start) or _SUBJECT_PLACE.search(text, max(0, m.start - FRONT_REACH), m.start) is None:
            continue
        if m.name == previous.name or m.name.split()[-1] == surname:
            return None  # the narration since was about the speaker: "Haidari funded ... He has paid ..."
        after = text[m.end : start]
        mark = min((i for i in (after.find('"'), after.find("“")) if i >= 0), default=len(after))
        if re.search(rf"\b{head}\b", after[:mark], re.I):
            return m
        forms = _FORMS.get(head.lower(), ())  # "Keller had a row over his plans"; not "X, who entered his property"
        own = _SENTENCE_END.search(after, 0, mark)  # in the name's own sentence: not "Neighbours left flowers at his door"
        if forms and _PREDICATE_NEXT.match(after) and re.search(rf"\b(?:{'|'.join(forms)})\b", after[:own.start() if own else mark], re.I):
            return m
        return None  # the latest subject named so is not the one the narration's pronoun went on with
    return None
