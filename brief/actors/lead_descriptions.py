"""A lead that describes its speaker and names them only in the next paragraph: "The director of a zoo where
a teenager was killed by an escaped tiger has admitted that the wall ... . San Francisco Zoo director Manuel
Mollinedo also said ..."; "Peter de Villiers is a winner ..., says the man who lifted the Webb Ellis Cup ... .
John Smit, the World Cup-winning captain, told ...". The description's words are the next speaker's when the
lead is the article's first statement, the next speaker is a person named there for the first time, and the
description fits them: the same noun in their title or apposition ("director"), or only "the man" or "the
woman". Unlike brief.actors.speakers.introduced_later, whose lead names "a top expert" (indefinite), these
leads say "the", and the noun must be matched: "The admitted terrorist said ... . ... Judge Barbara S. Jones
said" is not the judge's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.gender import FEMALE, MALE, given_names
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.speakers import INTRODUCED_REACH, Continued

ANY_NAME = {"man": MALE, "woman": FEMALE}
"""Nouns that fit any person of that gender named next, with a relative clause that singles them out ("says the
man who lifted the cup"): they say only who, not what. A bare "The woman said" may be a victim the police
officer named next speaks about."""
_SINGLING_OUT = re.compile(r"\s+(?:who|whose)\b")
_PARAGRAPH_OPENING = re.compile(r"(?:^|\n)[\s\-–—•*]*The\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
                                r"(?=\s+(?:of|who|whose|where|which|that|at|in|for|from|with|on)\b|\s*$)")
"""A paragraph that opens with a described subject, read up to its cue: "The admitted terrorist", "The director
(of a zoo where ...)"; the noun before the first preposition or relative word is its head."""
_THE_DESCRIBED = re.compile(r"the\s+(?P<words>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
                            r"(?=\s+(?:of|who|whose|where|which|that|at|in|for|from|with|on)\b|\s*$)")
"""A source after its cue described the same way ("says the man (who lifted the cup)")."""


def lead_named_later(text: str, unattributed: Sequence[tuple[Attribution, str]],
                     resolved: Sequence[tuple[Attribution, Mention]], index: MentionIndex) -> list[Continued]:
    """The lead's words for the person the next paragraph names, where the lead's described speaker fits them."""
    if not unattributed:
        return []
    attribution, cue = unattributed[0]
    if any(a.cue[0] < attribution.cue[0] for a, _ in resolved):
        return []  # someone spoke before: the lead is not the first statement
    described = _described_head(text, attribution)
    if described is None:
        return []
    head, singled_out = described
    later = next(((a, m) for a, m in resolved if a.sentence > attribution.sentence), None)
    if later is None or later[0].sentence > attribution.sentence + INTRODUCED_REACH or later[1].kind != "person":
        return []
    found, mention = later
    if any(n.name == mention.name and n.start < mention.start for n in index.mentions):
        return []  # named before: the lead would have named them too
    titled = re.findall(r"[a-z]+", text[found.source[0] : found.source[1]].lower()) if found.source else []
    if head in ANY_NAME:
        given = given_names().get(mention.name.split()[0])
        if not singled_out or given is not None and given != ANY_NAME[head]:
            return []
    elif head not in titled:
        return []
    return [Continued(mention, attribution.sentence, attribution.content, cue=cue)]


def _described_head(text: str, attribution: Attribution) -> tuple[str, bool] | None:
    """The head noun of a described source (the paragraph's opening before its cue, or the source after it),
    and whether a relative clause ("who ...") follows it."""
    source = attribution.source
    if source is not None and source[0] >= attribution.cue[1]:
        found = _THE_DESCRIBED.match(text[source[0] : source[1]].lower() + " ")
        words = found.group("words").split() if found else []
        after = source[0] + found.end("words") if found else source[1]
    else:
        start = max(0, text.rfind("\n", 0, attribution.cue[0]))  # at its newline: "^" holds only at the text's start
        opening = _PARAGRAPH_OPENING.match(text, start, attribution.cue[0])
        words = opening.group("words").split() if opening else []
        after = opening.end("words") if opening else start
    head = words[-1] if words else ""
    return (head, _SINGLING_OUT.match(text, after) is not None) if head and one_person(head) else None
