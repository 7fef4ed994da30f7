"""A "he" that goes on with the person two sentences back, through a sentence whose own subject was "he" already.

Why: centering (Grosz, Joshi and Weinstein 1995) keeps the centre while each sentence goes on with it as a pronoun:
"Coach Dan Hale was wise enough to know his side were there to lose. With the tie settled, he was happy to play
along. “...,” he said." The middle sentence names no one, so the one before it brought in the person its "he" and
the quotation's "he" both go on with; the last speaker (who spoke before Hale was brought in) is not.
"""

from __future__ import annotations

import re

from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.people_they import SENTENCE_BREAK

_PRONOUN_SUBJECT = re.compile(r"(?:[^\"“”,.;:!?]{0,60},\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z][\w'’]*)")
"""A sentence whose main clause's subject is "he" or "she", at its start or after a short fronted phrase and its
comma ("With the tie settled, he was happy"), its verb (or an adverb) after it in lower case; no quotation in the
fronted phrase."""
SENTENCE_REACH = 600
"""Characters back from the pronoun looked at for the two sentences before its own."""


def _starts(text: str, at: int) -> list[int]:
    """Starts of the sentences that end before ``at`` and of the one holding it, within reach, in order."""
    low = max(0, at - SENTENCE_REACH)
    return [low, *(m.end() for m in SENTENCE_BREAK.finditer(text, low, at))]


def carried_subject(text: str, before: list[Mention], last: Speaker | None, sentence: int, head: str,
                    at: int) -> Mention | None:
    """The person who opens the sentence two back from the pronoun ``head`` at ``at`` when the sentence between names
    no person and has the same pronoun as its subject (see the module); None otherwise, or when that person is the
    last speaker, or the last speaker spoke since."""
    starts = _starts(text, at) if at >= 0 else []
    if len(starts) < 3:
        return None
    middle = text[starts[-2] : starts[-1]]
    found = _PRONOUN_SUBJECT.match(middle)
    if found is None or found.group("pronoun").lower() != head.lower() or "\n" in text[starts[-3] : starts[-1]].rstrip():
        return None  # not "he" again, or a paragraph between: the chain is one paragraph's
    if any(starts[-2] <= m.start < starts[-1] and m.kind == "person" for m in before):
        return None  # the sentence between names someone: the pronoun readers before this one weigh them
    opener = next((m for m in before if starts[-3] <= m.start < starts[-2] and m.kind == "person"), None)
    if (opener is not None and opens_sentence(text, opener.start)  # the sentence's first person, not one after it
            and (last is None or (opener.name != last.mention.name and last.sentence < opener.sentence))):
        return opener
    return None
