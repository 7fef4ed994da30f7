"""A place's body written in lower case: "the Inner Mongolia health commission said", "the CEO of
California's grid operator put it": the commission and the operator speak, not the region or the
state.

Why: the source resolved to the last name in the description, the place that only says whose
body it is, so a health commission's finding went to Inner Mongolia and a grid operator's to
California (seen on read pages of two sites; a place's agency named by its line of work, not by
its proper name, is how news writes about a province's commission, a city's police department, a
state's regulator). The body is taken as an organisation named by the words, as
``groups.described_body`` names "the transportation department". Also here, the other two ways a
place and its body meet in a source: "officials in Kyiv" (the place's officials speak for it) and
"officials in Broward County, Florida" (the second place says where the first is).
"""

from __future__ import annotations

import re

from brief.actors.armed_forces import armed_forces, possessed_force
from brief.actors.attribution import Attribution
from brief.actors.describing import source_phrase
from brief.actors.field_offices import office_owner
from brief.actors.gazetteer import TITLES, is_country
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.place_offices import place_office
from brief.actors.remit_authorities import remit_authorities
from brief.text.language import stop_words

PUBLIC_HEADS = frozenset("department agency ministry office authority commission council committee board "
                         "service district operator regulator".split())
"""Heads of a place's public bodies. Not a company, firm or bank: "the Texas company said" is a
company the article names elsewhere (``referring.body_referred`` finds it), not a new body."""
MAX_BODY_WORDS = 3
"""Lower-case words read between the place and the body's head ("health commission", "independent
system operator", "state water resources control board" is as long as news writes one)."""

_BODY_AFTER = re.compile(rf"(?:['’]s)?((?:\s+[a-z][a-z-]*){{0,{MAX_BODY_WORDS - 1}}}\s+({'|'.join(sorted(PUBLIC_HEADS))}))\s*")
"""After the place's name to the source's end: its possessive, then lower-case words ending with a body's head."""


def body_of_place(text: str, attribution: Attribution, index: MentionIndex, found: Mention | None,
                  article: int) -> Mention | None:
    """The body a place's name qualifies in the source ("the Inner Mongolia health commission"), as
    an organisation mention of those words; any other resolution is kept. With none (the resolver drops a
    place that only places a body of its own remit, a commission), the place the phrase opens with is read."""
    phrase = source_phrase(text, attribution)
    if found is None and phrase is not None:
        place = _opening_place(text, index, phrase)
        named = body_of_place(text, attribution, index, place, article) if place is not None else None
        return named if named is not place else None  # the place alone says nothing ("The Netflix app supports")
    if found is None or phrase is None or not (phrase[0] <= found.start and found.end <= phrase[1]):
        return found
    if (office := place_office(text, found, phrase, article)) is not None:
        return office  # "The mayor of Corbin says": the mayor, no one named so, not the town
    if (forces := armed_forces(text, found, phrase[1], article, [m.name for m in index.mentions])) is not None:
        return forces  # "The Egyptian military said": its forces, not the state
    if (force := possessed_force(text, found, index.within((phrase[0], found.start)), article)) is not None:
        return force  # "Ukraine's Air Force said": that country's force, not a bare "Air Force"
    if (found.kind == "place" or found.demonym) and (remit := remit_authorities(text, found, phrase, article)) is not None:
        return remit  # "according to Palestinian health authorities": those authorities, not the state
    if found.demonym:
        return found
    if (owner := office_owner(text, index, found, phrase)) is not None:
        return owner  # "The FBI's Louisville field office said": the FBI
    if found.kind != "person" and _holders_office(text, found.end, phrase[1]):  # "the Manhattan District Attorney's office"
        name = " ".join(text[found.start : phrase[1]].split())  # (a county the tagger may have read as a body)
        return Mention(article, found.sentence, found.start, phrase[1], name, name, "organization")
    if not (found.kind == "place" or any(m.name == found.name and m.kind == "place" for m in index.mentions)):
        return found  # a company's or a person's name before "office" is not this: their office
    if ranked_among_places(text, found.end, phrase[1]):
        # "Germany's biggest union demanded": one of the country's bodies, not its state; a party so
        # ranked is a body of its own ("Ghana's main opposition party rejected"), named by those words
        if text[found.start : phrase[1]].split()[-1] not in RANKED_BODIES:
            return None
        name = " ".join(text[found.start : phrase[1]].split())
        return Mention(article, found.sentence, found.start, phrase[1], name, name, "organization")
    body = _BODY_AFTER.fullmatch(text, found.end, phrase[1])
    if body is None or any(w in stop_words("en") for w in body.group(1).split()):
        return found  # "Texas and the federal agency": not one body's name
    if body.group(2) == "ministry" and is_country(found.name):
        return found  # "China's foreign ministry said": a state's ministry speaks for it, as "the French foreign ministry"
    name = " ".join(text[found.start : phrase[1]].split())
    return Mention(article, found.sentence, found.start, phrase[1], name, name, "organization")


RANKING_WORDS = frozenset(
    "biggest largest richest wealthiest oldest busiest smallest strongest best-known most leading opposition".split())
"""Words after a place's possessive that pick one of the place's many bodies or people by rank or side
("Germany's biggest union", "Japan's largest carmaker", "Brazil's richest man", "Kenya's opposition leader"):
the state has one foreign ministry and one ambassador to a country, which speak for it ("China's foreign
ministry", "China's ambassador to Britain" are judged the country's), but no biggest union: the one ranked is
a body or a person of its own, which the place only locates."""

RANKED_BODIES = frozenset("party coalition alliance bloc".split())
"""Heads of a place's ranked body that is one of its own and the article often names no other way: a party or
an alliance of them ("Ghana's main opposition party", "Kenya's opposition coalition"). Not a company ("Japan's
largest carmaker"), which the article names (``referring.body_referred`` finds it), nor a union ("Norway's largest
transport union", left unnamed), nor a person."""

_RANKED = re.compile(r"['’]s\s+((?:[a-z][a-z-]*(?<=s)['’]?\s+|[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)\s*")
"""After the place's name to the source's end: its possessive, then the lower-case words of the noun it qualifies,
a plural's possessive among them ("Quebec's largest nurses' union", "Britain's biggest teachers' union")."""


def ranked_among_places(text: str, start: int, end: int) -> bool:
    """Whether the words from a place's end ``start`` to the source's ``end`` rank one of its bodies or people
    ("'s biggest union", "'s second-largest lender", "'s opposition leader"): not the place's voice."""
    ranked = _RANKED.fullmatch(text, start, end)
    return ranked is not None and any(
        word in RANKING_WORDS or word.split("-")[-1] in RANKING_WORDS for word in ranked.group(1).split())


_HOLDERS_OFFICE = re.compile(r"((?:\s+[A-Z][a-z]+){1,3})(?:\s+of\s+[A-Z][a-z]+)?['’]s\s+[Oo]ffice\s*")
"""After the place's name: an office holder's title and the possessive of their office ("District Attorney's office",
"Secretary of State's office", "County Sheriff's Office")."""


def _holders_office(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to a source's ``end`` are the office of a title's holder ("Manhattan | District
    Attorney's office said"): the office, a public body, speaks, not the place that names it."""
    office = _HOLDERS_OFFICE.fullmatch(text, start, end)
    return office is not None and any(w.lower() in TITLES for w in office.group(1).split())


_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.I)
"""What may stand before the place in a source that names nothing else: an article ("The Hubei ...")."""


def _opening_place(text: str, index: MentionIndex, phrase: tuple[int, int]) -> Mention | None:
    """The place a source phrase opens with, past an article at most ("The Inner Mongolia health commission"),
    else None: a source resolved to no one, whose words may still name a place's public body."""
    inside = index.within(phrase)
    first = inside[0] if inside else None
    if first is None or first.kind != "place" or not _ARTICLE_ONLY.fullmatch(text, phrase[0], first.start):
        return None
    return first


_OFFICIALS_IN = re.compile(r"(?:[Tt]he\s+)?(?:[A-Za-z][a-z-]*\s+){0,2}?(?:[Oo]fficials|[Aa]uthorities)\s+(?:in|of)\s+(?:the\s+)?")
"""The source phrase up to a place: its officials named by where they serve ("Officials in Kyiv
said", "health officials in Texas", "authorities in Mumbai") speak for the place, as "officials in
Broward County" do. Only plain words before them: "EU officials in Brussels" are the EU's."""


def officials_in_place(text: str, m: Mention, phrase: tuple[int, int], inside: list[Mention]) -> bool:
    """Whether the place ``m`` follows its officials in the source ``phrase`` (whose mentions are
    ``inside``) and ends it: the place the preposition names is whose officials speak, not only where
    the story is (as "In the US" is); not when a body is named before them ("Home Office officials in
    London"), nor when the place only describes a noun after it ("officials in the Biden administration")."""
    return (m.kind == "place" and not m.demonym and not any(n.start < m.start for n in inside)
            and not text[m.end : phrase[1]].strip(" ,") and _OFFICIALS_IN.fullmatch(text, phrase[0], m.start) is not None)


_QUALIFIER_GAP = re.compile(r",\s*$")


def qualified_place(text: str, m: Mention, mentions: MentionIndex) -> Mention:
    """ "officials in Broward County, Florida — ... — announced": a place written right after
    another name and a comma says where that one is ("Portland, Oregon"); the first name speaks."""
    if m.kind != "place" or m.demonym or mentions.personal(m):
        # "... games in Portugal, Spanish officials said": an adjective qualifies no place; "who resides
        # at 2134 Caldwell Place, Harris said" after "Matt Harris": a surname the tagger read as a place
        return m
    gap_start = max(0, m.start - 3)
    if not _QUALIFIER_GAP.search(text, gap_start, m.start) or text.startswith(("'s", "’s"), m.end):
        return m  # "In Brasília, Brazil's foreign ministry said": a possessive opens a source, it qualifies nothing
    comma = text.rfind(",", gap_start, m.start)
    named = [n for n in mentions.before(comma + 1) if n.end == comma and not n.demonym and n.kind != "person"]
    return named[-1] if named else m
