"""Cities of the world list the tagger typed a body where nothing shows one ("fly home to Glasgow").

The tagger knows the gazetteer's ~120 cities and learned from sports results, where a town names its club,
so a city it never saw ("Glasgow", "Cardiff") is often an "organisation". town_writings retypes a town whose
every writing puts it somewhere ("across Cork"); a city the generated list knows (world_cities) needs less:
that no writing shows a body, acting or owning ("Cardiff said", "Cardiff's manager", "a stake in Cardiff"),
and that the text speaks of no company or product by the name. A playing city ("Leeds beat Burnley") is the
club again in home_teams.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.personhood import company_or_product
from brief.actors.place_context import belongs_to_place, town_context
from brief.actors.thinghood import acts
from brief.actors.world_cities import known_city
from brief.text.phrases import phrase_spans

_HELD = re.compile(r"\b(?:stakes?|shares?|invest\w*|holdings?|interest)\s+in\s+$", re.I)
"""What a body is held by: "invested in Cardiff" names a firm or a club, not the city."""
_REACH = 30
"""Characters before a name read for what holds it or where it is."""
_WHERE_BEFORE = re.compile(r"\b(?:in|to|from|near|across|outside|inside|around|into|via|towards?|throughout|between|"
                           r"downtown)\s+$", re.I)
"""A word that puts the city where something is or goes ("fly home to Glasgow", "flights from Cardiff"); a name
with none ("take on Batman", "Brits should") may be a character's or a word's, whatever a town abroad is called."""


def _body_writing(text: str, start: int, end: int) -> bool:
    """ "Cardiff said", "Cardiff's manager", "a stake in Cardiff": this writing shows a body."""
    return acts(text, start, end) or bool(_HELD.search(text, max(0, start - _REACH), start))


def cities_typed_bodies(text: str, mentions: list[Mention]) -> set[str]:
    """Names of the world list's cities typed an organisation at a tagged writing, with no role, demonym or
    medium at any, no writing of which (tagged or not) shows a body and that are no company's nor product's
    by the text: places."""
    names = {m.name for m in mentions if m.kind == "organization" and known_city(m.name)}
    names -= {m.name for m in mentions if m.kind not in ("organization", "place") or m.role or m.demonym or m.medium}
    names -= opening_longer_names(mentions)
    return {name for name in names
            if not any(_body_writing(text, s, e) for s, e in phrase_spans(text, name))
            and any(_placed(text, s, e) for s, e in phrase_spans(text, name))
            and not company_or_product(text, name)}


def _placed(text: str, start: int, end: int) -> bool:
    """ "fly home to Glasgow", "the people of Karachi", "Karachi neighbourhoods": this writing puts the city
    where something is or someone lives."""
    before = text[max(0, start - _REACH) : start]
    return (_WHERE_BEFORE.search(before) is not None or belongs_to_place(before)
            or town_context(text[end : end + _REACH])
            or _ARTICLE_BEFORE.search(before) is not None and _PREMISES_AFTER.match(text, end) is not None)


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_PREMISES_AFTER = re.compile(r"[ \t]+(?:takeaway|restaurant|shop|bakery|butcher|pub|bar|caf[eé]|hotel|nursery|school|"
                             r"care\s+home|hospital|factory|warehouse|church|mosque|temple|synagogue|gym|salon|garage|"
                             r"landlord|family|couple|man|woman|mother|father|teenager|pensioner|resident|businessman|"
                             r"businesswoman|firm)s?\b")
"""A common noun of a premises or a person the city's name sets somewhere, after an article ("a Leeds takeaway",
"the Bradford restaurant chain", "a Leeds couple"): the city as the noun's modifier. Not a player or a fan ("a
Leeds fan", "the Leeds manager"), whose town names a club."""


def opening_longer_names(mentions: list[Mention]) -> set[str]:
    """The one-word names that open a longer name of the text's ("Detroit" of "Detroit Lions"): the body's short
    form as often as its town, which the grouping reads as one of its names."""
    return {m.name.split()[0] for m in mentions if " " in m.name}
