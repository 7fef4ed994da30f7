"""A body named in lower case by whose it is: "The farmers' association rejected the levy", "The employers'
federation said", "the city's water department said".

Why: no name is written, so no mention stood in the source and the statement was lost. The source tagger also
cuts such a phrase after the plural possessive (it read "association" alone), as "farmers' " looks like the end
of a noun phrase. A body its members own ("the teachers' union": its members' plural is a noun for people) or a
public body a place noun owns ("the state's health department") is one organisation of the story, named by its
words as ``groups.described_body`` names "the finance ministry" ("Farmers' Association", "Health Department").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

MEMBERS_BODIES = frozenset("union unions association federation council alliance confederation congress guild "
                           "lobby".split())
"""Bodies that speak for the people whose plural owns them ("the nurses' union", "the growers' lobby")."""
PUBLIC_HEADS = frozenset("department agency ministry office authority commission council committee board "
                         "service".split())
"""A place's public bodies ("the city's water department", "the state's election board")."""
PLACE_NOUNS = frozenset("city town state county province region country nation island village borough "
                        "municipality capital".split())
"""Places written as common nouns whose public bodies news names in lower case ("the city's transport department")."""
MAX_MODIFIERS = 2
"""Lower-case words between the possessive and the head ("health and safety" is past it; "public health" is not)."""
LOOK_BACK = 40
"""Characters before a cut source read for the possessive the tagger left out: "The employers' " with spaces."""

_OWNED = re.compile(rf"(?<![\w'’])(?:[Tt]he|[Aa]n?)\s+(?P<owner>[a-z]+)(?P<mark>['’]s?)\s+"
                    rf"(?P<words>(?:[a-z]+\s+){{0,{MAX_MODIFIERS}}})(?P<head>[a-z]+)$")
"""The whole phrase: an article, the owner's possessive, lower-case modifiers and the body's head."""


def possessed_body(text: str, attribution: Attribution, article: int, sentence: int,
                   people: Callable[[str], bool]) -> Mention | None:
    """The body the source names by its owners' possessive (``people``: whether a plural is one for people), as
    an organisation mention over the whole phrase, past the tagger's cut; None for any other source."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    if end > attribution.cue[0] or "\n" in text[start:end]:
        return None
    line = text.rfind("\n", 0, start) + 1
    match = _OWNED.search(text, max(line, start - LOOK_BACK), end)
    if match is None or match.start() > start:
        return None  # the phrase must hold the tagger's whole source, not only its tail
    owner, mark, words, head = match.group("owner", "mark", "words", "head")
    modifiers = words.split()
    if mark[1:] == "" and people(owner) and head in MEMBERS_BODIES:
        name = " ".join(w[:1].upper() + w[1:] for w in [f"{owner}{mark}", *modifiers, head])
    elif mark[1:] == "s" and owner in PLACE_NOUNS and head in PUBLIC_HEADS:
        name = " ".join(w[:1].upper() + w[1:] for w in (modifiers or [owner]) + [head])
    else:
        return None
    return Mention(article, sentence, match.start(), end, name, text[match.start() : end], "organization")


def own_possessed_body(text: str, attribution: Attribution, found: Mention, sentence: int,
                       people: Callable[[str], bool]) -> Mention:
    """The source's own possessed body where the resolver gave it an earlier one of another name ("The farmers'
    association rejected ... The teachers' union said": the union, not the association it took for "the union");
    ``found`` otherwise, a named body included ("the National Union of Teachers ... the teachers' union")."""
    if found.kind != "organization" or _OWNED.fullmatch(" ".join(found.surface.split())) is None:
        return found
    own = possessed_body(text, attribution, found.article, sentence, people)
    return own if own is not None and own.name != found.name else found
