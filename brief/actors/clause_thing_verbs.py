"""A second verb inside what was said, read as the speaker's own: "Canada Post said the demands would cost $3bn
and threatened the corporation's survival". The cue model reads "threatened" as a second cue of the source's, and
ends the statement before "and"; but a verb of harm with a thing for its object ("the corporation's survival",
"its future") goes on with the clause's own subject (the demands threatened ...), not with the speaker: one
statement, the clause run on through the second verb. The speaker's own threat keeps its reading ("and threatened
to strike", "threatened the union with a lockout"), as does a clause whose subject is the speaker ("it would ...").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_HARM_VERBS = frozenset("threatened endangered jeopardised jeopardized imperilled imperiled undermined".split())
"""Verbs of harm a thing does as often as a speaker ("the cuts threatened the firm's future")."""
_THING_OBJECT = re.compile(r"\s*(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?[’']s|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:$|[,.;])")
"""The verb's object, whole to the content's end: a possessive and a noun ("the corporation's survival", "its
future"), with nothing after it ("... with a lockout" makes the speaker the one who threatens)."""
_SPEAKER_SUBJECTS = frozenset("it we they he she i".split())
"""First words of a clause whose subject may be the speaker itself ("said it would ... and threatened ...")."""
_CLAUSE_VERB = re.compile(r"\b(?:would|will|could|might|may|can|is|are|was|were|had|has|have)\b")


def thing_verb_in_clause(text: str, said: Attribution, second: Attribution) -> bool:
    """Whether ``second``'s one-word cue, right after ``said``'s content, is a verb of harm going on with the said
    clause's own subject (a thing's, not a pronoun's that may be the speaker), and its content a thing it harms."""
    cue = text[second.cue[0] : second.cue[1]].strip()
    if cue not in _HARM_VERBS or _THING_OBJECT.fullmatch(text, second.cue[1], second.content[1]) is None:
        return False
    clause = text[said.content[0] : said.content[1]].split()
    if clause and clause[0].lower() == "that":
        clause = clause[1:]
    return bool(clause) and clause[0].lower() not in _SPEAKER_SUBJECTS and _CLAUSE_VERB.search(" ".join(clause)) is not None
