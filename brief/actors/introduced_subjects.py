"""A person brought in as the subject of the sentence before a "he"/"she", who the pronoun goes on
with rather than the last speaker (kept apart from source resolution, which only asks for it)."""

from __future__ import annotations

import re

from brief.actors.apposed_openings import apposed_to_opening
from brief.actors.fronted_people import fronted_before_pronoun
from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence, passive_agent
from brief.actors.paragraph_subjects import paragraph_subject
from brief.actors.pronoun_chains import carried_subject

_JOINED_CLAUSE = re.compile(r"(?:[,;]\s+(?:but|and|yet|so)|[a-z]\s+but)\s+$")
"""Before a name: a word joining a second main clause, after a comma ("..., but Blakemore quickly defused it"),
or "but" alone after a word ("... for their heroics but Blakemore defused it"; "and" alone joins names as often)."""
_OWN_VERB = re.compile(r"\s+[a-z]")
"""After the name: its clause's verb or an adverb before it, in lower case (not another name, not a comma)."""


_FRONTED_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:Later|Earlier|Afterwards|Then|In|On|At|After|Before|During|Outside|Inside)\b"
                              r"[^.!?;:\n“”\"]*,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
"""A sentence opened by fronted phrases of time and place, each set off by its comma, up to a name ("Later, at a
protest outside the offices of the state broadcaster, Mr Dale addressed ..."): more phrases, and longer, than
``opening_subject`` reads as one."""
FRONTED_REACH = 200
"""Characters before the name read back for the sentence's opening."""
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|of|in|at|on|for|to|from|with)\b)[a-z]")
"""After the name: its own verb (not a word that goes on a list or a phrase: "Smith, Jones and Brown met")."""


def _after_fronted_phrases(text: str, m: Mention) -> bool:
    """Whether the name follows its sentence's fronted phrases and goes on with its own verb: the subject."""
    return (_FRONTED_OPENING.search(text, max(0, m.start - FRONTED_REACH), m.start) is not None
            and bool(_VERB_AFTER.match(text, m.end)))


def _joined_clause_subject(text: str, m: Mention) -> bool:
    """Whether the name opens a main clause joined to its sentence's first ("The players got nothing, but
    Blakemore quickly defused the row"): a subject brought in as one that opens the sentence is."""
    return bool(_JOINED_CLAUSE.search(text, max(0, m.start - 8), m.start)) and bool(_OWN_VERB.match(text, m.end))


def introduced_subject(text: str, before: list[Mention], last: Speaker | None, sentence: int,
                        head: str = "", at: int = -1) -> Mention | None:
    """A person who opens the sentence before a "he"/"she" and is not the last speaker: a new
    person brought in as the subject ("Mr Anderson, who quit ..., had taken the stand. He told
    the jury ..."), or as a thing's passive agent ("The plan was backed by union leader Bob Street");
    "he" goes on with them, not with the last speaker or a name since; or one who opens the sentence before that,
    when the one between goes on with them as "he" (``pronoun_chains``, from the pronoun's sentence at ``at``); or
    the subject its paragraph opened with, no one else named since (``paragraph_subjects``)."""
    for m in reversed(before):
        if m.sentence < sentence - 1:
            break
        if (m.sentence == sentence - 1 and m.kind == "person"
                and (opens_sentence(text, m.start) or passive_agent(text, m.start)
                     or apposed_to_opening(text, m.start)  # "one of the engineers in the room, Ron Dale, started"
                     or fronted_before_pronoun(text, m, head)  # "When I repeat this to Walter Penhallow, he is quiet"
                     or _joined_clause_subject(text, m)  # "..., but Blakemore quickly defused the situation"
                     or _after_fronted_phrases(text, m))  # "Later, at a protest outside ..., Mr Dale addressed"
                and (last is None or (m.name != last.mention.name and last.sentence < m.sentence))):
            return m
    # "X was wise ... With Y, he was happy ... he said"; "\n\nX isn't sure .... The contract .... he told me"
    return carried_subject(text, before, last, sentence, head, at) or paragraph_subject(text, before, last, at)
