"""Towns the tagger typed a body at every writing ("Pubs across Cork", "a spokesperson in Brampton").

The tagger learned from sports results, where a town names its club, so a one-word town may be an
"organisation" wherever the text names it. A body is named "in" somewhere too ("in Congress", "invested in
Tesla", "a stake in Twitter"), but it also acts or owns at some writing ("Tesla said it", "Tesla shares",
"Twitter's board"); a town is only ever where things are: after "in" or "across" with no article, "X-based",
"X, Ontario", "residents of X", "X residents", or opening a name the town gives its paper or its hall
("The X Courier", "X Village Hall"). A name every writing of which is so, that is no dictionary
noun for a body ("Parliament", "Congress") and no company's by the text's signs, is a place.
"""

from __future__ import annotations

import re

from brief.actors.area_words import town_of_state
from brief.actors.gazetteer import ORG_WORDS
from brief.actors.kinds import after_address, area_context, belongs_to_place, town_context
from brief.actors.mentions import Mention
from brief.actors.personhood import company_or_product, known_place, state_names
from brief.actors.word_case import plain_word
from brief.text.phrases import phrase_spans

# Words right before a town with no article between: "in Cork", "across Brampton", "across northern Luzon". Not "from" ("a statement
# from Google"), "into" or "within" ("within Google"): bodies stand there as often; nor "at" ("at Amazon").
_TOWN_BEFORE = re.compile(r"\b(?:in|across|near|outside|throughout|around|downtown)\s+"
                          r"(?:(?:northern|southern|eastern|western|central|north-?(?:east|west)(?:ern)?|"
                          r"south-?(?:east|west)(?:ern)?|rural|coastal)\s+)?$", re.I)
# "invested in Tesla", "a stake in Twitter", "shares in Apple", "a seat in Congress", "a rift in Labour": what
# a body holds or is split by; the name after is the body.
_BODY_HELD = re.compile(r"\b(?:stakes?|shares?|invest\w*|holdings?|interest|position|positions|seats?|majority|"
                        r"members?|membership|debate|rift|divisions?|votes?|jobs?|careers?|roles?|career)\s+in\s+$", re.I)
# "Seattle-based", "Seattle-area": a town a firm or a region is named by.
_TOWN_AFTER = re.compile(r"-(?:based|area|born|headquartered)\b")
# "Brampton, Ontario": a town set before its state or province. Not "Keidanren, Japan's biggest business lobby":
# a possessive opens an apposition the place owns, which says what the name is, not where it stands.
_PROVINCE_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!['’]|\s[A-Z])")
# Bodies named by a common noun, capitalised: never a town, however placed ("in Congress", "in Senate").
BODY_NOUNS = ORG_WORDS | frozenset(
    "congress senate cabinet government navy treasury kremlin pentagon labour commons parliament police "
    "church vatican nato opec army".split())
# What a town names after itself: its paper ("The Millbrook Courier") and its local bodies and buildings ("Dunmere
# Village Hall", "Ashby Parish Council"). Mastheads that are as often a company's or a service's ("News", "Times",
# "Post", "Star") are left out: "Apple News" says nothing of where Apple is.
_LOCAL_NAME_AFTER = re.compile(
    r"\s+(?:Courier|Gazette|Herald|Chronicle|Echo|Advertiser|Argus|Mercury|Examiner|Sentinel|Enquirer|"
    r"(?:Village|Town|City|Parish|Church|Community|Memorial)\s+Hall|(?:Parish|Town|Borough|District|Community)\s+Council|"
    r"Residents['’]?\s+Association|Community\s+(?:Centre|Center)|Primary\s+School|Railway\s+Station)\b")
_REACH = 30
"""Characters before a name read for the word that places it ("a community leader in ")."""


def _town_writing(text: str, start: int, end: int) -> bool:
    """ "across Cork", "Seattle-based", "Brampton, Ontario", "residents of Ajah", "Bulmere residents": this
    writing puts the name where things are, and nothing a body holds is said to be in it."""
    before, after = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    if _BODY_HELD.search(before) or re.match(r"['’]s?\b", after):
        return False  # "invested in Tesla", "in Tesla's plant": the body's
    province = _PROVINCE_AFTER.match(after)
    return bool(_TOWN_BEFORE.search(before) or _TOWN_AFTER.match(after) or _LOCAL_NAME_AFTER.match(after)
                or area_context(before, after)
                or belongs_to_place(before) or town_context(after) or town_of_state(after) or after_address(before)
                or province and (province.group(1) in state_names() or known_place(province.group(1))))


def towns_typed_bodies(text: str, mentions: list[Mention]) -> set[str]:
    """One-word names typed an organisation at every tagged writing, with no role nor demonym, whose every
    writing in the text (tagged or not) is a town's (``_town_writing``), that are no body's common noun
    nor a company's by the text: places."""
    names = {m.name for m in mentions if m.kind == "organization" and " " not in m.name and len(m.name) > 2
             and not m.name.isupper() and m.name[:1].isupper()}
    names -= {m.name for m in mentions if m.kind != "organization" or m.role or m.demonym or m.medium}
    return {name for name in names
            if name.lower() not in BODY_NOUNS and not plain_word(name, set())
            and all(_town_writing(text, s, e) for s, e in phrase_spans(text, name))
            and not company_or_product(text, name)}
