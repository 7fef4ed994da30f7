"""A "he" or "she" whose paragraph opened with a person as its subject, no one else named since: that person, not the
last speaker of a paragraph before.

Why: a paragraph break is where a text turns to a new centre, and the subject its first sentence opens with is it
(centering: Grosz, Joshi and Weinstein 1995). "“...,” Ada Quinn said.\\n\\nTom Reyes isn't sure when he will get a
break. The contract gives officers unpaid leave. When asked about his free time, he said ...": the "he" goes on
with Reyes, though Quinn spoke last and the sentence right before the pronoun names no one (``introduced_subjects``
and ``pronoun_chains`` read only the one or two sentences before it).
"""

from __future__ import annotations

from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.people_they import SENTENCE_BREAK


def paragraph_subject(text: str, before: list[Mention], last: Speaker | None, at: int) -> Mention | None:
    """The person opening the first sentence of the paragraph holding ``at`` (a pronoun, or its quotation's start) as
    its subject, when every person of ``before`` (those the pronoun may go back to) named in the paragraph before
    ``at`` bears that name, and the last speaker spoke before the paragraph and is someone else; else None."""
    if at < 0:
        return None
    paragraph = text.rfind("\n", 0, at) + 1
    people = [m for m in before if paragraph <= m.start < at and m.kind == "person"]
    if not people or any(m.name != people[0].name for m in people):
        return None  # no one named in the paragraph, or someone else too
    opener = people[0]
    if SENTENCE_BREAK.search(text, paragraph, opener.start) or not opens_sentence(text, opener.start):
        return None  # not the subject of the paragraph's first sentence
    if last is not None and (last.mention.name == opener.name or last.sentence >= opener.sentence):
        return None  # the last speaker is the opener, or spoke in the paragraph: the speaker rules weigh them
    return opener
