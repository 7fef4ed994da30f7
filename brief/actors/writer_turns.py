"""The interviewer's own turn set down as a statement ("But you've just written a book about it, I say.", "I didn't
ask you to."): the quotation after it answers, as it answers a question.

Why a module of its own: interview features put the writer's side of the talk down as questions
(``asked_about.writers_question``) but as often as a remark, a challenge or a retort in the first person that ends
in a full stop; the answer after it was no one's, since the rules that go on with a speaker need the sentence
before to be theirs. Only a sentence that quotes no one, has the writer as "I" and either speaks to the one
interviewed ("you") or is a verb of saying of the writer's ("I say", "I suggest"): a first-person narrator's
other sentences ("I drove to the farm.") are no turn in a talk.
"""

from __future__ import annotations

import re

from brief.actors.asked_about import writers_question

TURN_WORDS = 30
"""Words of a writer's turn at most: a retort or a challenge is short; a longer first-person sentence narrates."""

_QUOTE_MARK = re.compile(r"[“”\"‘]|(?<!\w)'|'(?!\w)")
"""A quotation mark (not an apostrophe): a sentence in marks is someone's words, not the writer's."""
_WRITER = re.compile(r"\bI\b")
_ADDRESSED = re.compile(r"\b(?:you|your|you['’](?:ve|re|d|ll))\b", re.I)
"""The one interviewed spoken to: the writer's turn in the talk."""
_WRITERS_SAYING = re.compile(r"\bI\s+(?:say|said|suggest|suggested|point\s+out|pointed\s+out|remind\s+(?:him|her|them)|"
                             r"reminded\s+(?:him|her|them)|tell\s+(?:him|her|them)|told\s+(?:him|her|them)|"
                             r"counter|countered|venture|ventured|persist|persisted|protest|protested)\b")
"""The writer's own verb of saying: what the writer put to the one interviewed."""


def writers_turn(sentence: str) -> bool:
    """Whether a sentence is the writer's own turn in the talk: a question of theirs, or a short statement in the
    first person that speaks to the one interviewed or says what the writer said (see the module's docstring)."""
    if writers_question(sentence):
        return True
    if _QUOTE_MARK.search(sentence) or len(sentence.split()) > TURN_WORDS or not _WRITER.search(sentence):
        return False
    return bool(_ADDRESSED.search(sentence) or _WRITERS_SAYING.search(sentence))
