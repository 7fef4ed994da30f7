"""Names written between a speaker's name and the verb, which the source model, reading back from the cue, took
for the speaker: the member's party and country in brackets ("Siobhan Keane (The Left, Ireland) said the plan was a
fig leaf", "Hélène Dubreuil (Socialists & Democrats, France) who ... doubted it could be enforced"), and those who
stood beside the speaker ("PRP Secretary Information Ghulam Baloch along with Tariq Memon and Ayesha Qazi, rejected
the government's claims").

Why: parliamentary and party news writes each member so, and press-conference reports (South Asian papers most of
all) list who sat with the speaker before the verb; the model stops at the last name before the cue, which then
"said" what the member said. The bracket describes the name written right before it, and "along with", "together
with", "accompanied by", "flanked by" bring in company: the name before them is the source. Where the model also
took that name for the content (it read "Pieter Vandamme (... Reformists" before "voiced concerns about"), what is
stated is what follows the cue, to the end of its sentence.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

AFFILIATION_REACH = 90
"""Characters a bracket after a name holds at most: a party group's full name and a country."""

_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|van|von|der|den|da|di|du|la|le|del)\s+)*){1,3}"
                          r"[A-ZÀ-Þ][\w'’-]*\s*\($")
"""A name of two to four words right before the opening bracket ("Pieter Vandamme (", "Jan de Wilde (")."""
NAME_REACH = 60
"""Characters before the bracket read for that name: four words and their particles."""
_TO_CUE = re.compile(r"\)\s*(?:,\s*)?(?:who\s+(?:[^.;()]*?\s+and\s+)?)?$")
"""From the closing bracket to the cue: nothing, or a relative "who" whose verbs the cue continues ("who called
the plan "muddled" and doubted")."""
_STOP = re.compile(r"[.!?](?=\s|$)")


def member_before_bracket(text: str, attribution: Attribution) -> Attribution:
    """The attribution with the name before a bracket as its source, where the model's source lies inside that
    bracket and the bracket closes right before the cue; unchanged otherwise."""
    source, (cue_start, cue_end) = attribution.source, attribution.cue
    if source is None or source[1] > cue_start:
        return attribution
    opening = text.rfind("(", max(0, source[0] - AFFILIATION_REACH), source[0] + 1)
    closing = text.find(")", source[1] - 1, cue_start)
    if (opening < 0 or closing < 0 or "(" in text[opening + 1 : source[0]] or ")" in text[opening : source[0]]
            or _TO_CUE.match(text[closing:cue_start]) is None):
        return attribution  # the source inside the bracket, and the bracket closing before the cue
    name = _NAME_BEFORE.search(text, max(0, opening - NAME_REACH), opening + 1)
    if name is None or name.end() != opening + 1:
        return attribution
    content = attribution.content
    if content[1] <= cue_start and content[0] < closing:  # the name read as what was said
        stop = _STOP.search(text, cue_end)
        content = (len(text) - len(text[cue_end:].lstrip()), stop.start() if stop else len(text))
    return dataclasses.replace(attribution, source=(name.start(), closing + 1), content=content)


_COMPANY = re.compile(r"\s*,?\s+(?:(?:along|together)\s+with|accompanied\s+by|flanked\s+by)\s+")
"""What brings in the company listed after the speaker's name."""
_LISTED = re.compile(r"(?:[A-Z][\w'’.-]*|and|,)(?:\s+(?:[A-Z][\w'’.-]*|and|,))*\s*|")
"""The company's names (capitalised words, "and", commas) that may stand before the model's source."""
_COMMA_TO_CUE = re.compile(r"\s*,?\s*")
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\n)(?=[^,;:\n]*$)")
"""Where the clause holding the speaker's name opens: after "Speaking at a news conference, "."""


def leader_of_company(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with the name before "along with ..." as its source, where the model's source is among the
    names listed after it and only a comma stands between them and the cue; unchanged otherwise."""
    source, cue_start = attribution.source, attribution.cue[0]
    if source is None or source[1] > cue_start or not _COMMA_TO_CUE.fullmatch(text, source[1], cue_start):
        return attribution
    company = next(reversed(list(_COMPANY.finditer(text, sentence_start, source[0]))), None)
    if company is None or not _LISTED.fullmatch(text, company.end(), source[0]):
        return attribution
    opening = _CLAUSE_START.search(text[sentence_start : company.start()])
    start = sentence_start + (opening.end() if opening else 0)
    if not text[start : company.start()].split() or not text[start : company.start()].split()[-1][:1].isupper():
        return attribution  # the company follows no name
    return dataclasses.replace(attribution, source=(start, company.start()))
