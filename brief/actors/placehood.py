"""Whether the text gives a tagged "place" any sign of being one.

The tagger learned that a capitalised name after "at" or at a sentence's start may be a place, and
on pages about shops, apps and gadgets it listed them as places ("deals at Rakuten", "ask Siri",
"the Chromecast Ultra"). A place is shown to be one by the gazetteer, by a demonym ("Israeli"), by
the text putting it where things are ("in Portland", "from Inner Mongolia", "across Manhattan"), by a
list it is named in with a known place ("Turkey, Poland, Bonaire and Saba"), or
by its own first or last word ("St Eustatius", "South China Sea"); a one-word "organisation" a town's resident
or mayor is named by ("A Brackenfield man", "Brackenfield mayor X") is a place. A "place" named twice or more in a part of an
article with none of these, or once with none that the tagger or the text makes a body at another writing ("Nexvia
shares rose"), is an organisation (a shop, a brand, a service), and so is one named once that acts there ("Prime Day will return,
Amazon said": a place the gazetteer knows speaks, "Ukraine said", an unknown name that speaks is a body's); one that is a given name alone
("I realized that Barack needed", tagged a place) is a person, named as friends and family name one, and so is one
the text shows a person's by her or his own, a title, a kin word or an age ("Rihanna cancelled her concert"). A city
of the generated world list (world_cities: "Glasgow") with no sign stays a place unless it acts, and one the tagger
typed a body with no body's sign is one (city_writings). One the text writes with a brand's inner capital ("GitVale")
is a body, wherever it stands.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from brief.actors.apposed_titles import office_apposed
from brief.actors.area_words import town_of_state
from brief.actors.city_writings import cities_typed_bodies, opening_longer_names
from brief.actors.country_bodies import PLACE_MODIFIERS
from brief.actors.fronted_possessives import fronted_subject
from brief.actors.gender import HONORIFIC_GENDER, WORD_GENDER, hand_given_names
from brief.actors.kinds import (
    AREA_HEADS,
    COORDINATION_GAP,
    ORGANIZATION_ENDINGS,
    STREET_OR_SURNAME,
    STREET_WORDS,
    after_address,
    after_age,
    area_context,
    belongs_to_place,
    product_context,
    town_context,
)
from brief.actors.mentions import Mention
from brief.actors.next_descriptions import described_next
from brief.actors.person_signs import aged, coupled, her_own, self_or_death
from brief.actors.personhood import SKY_PLACES, company_or_product, known_place, state_names
from brief.actors.place_context import SURFACE_FEATURE_WORDS, landform_context
from brief.actors.thinghood import acts
from brief.actors.town_writings import towns_typed_bodies
from brief.actors.world_cities import known_city
from brief.text.phrases import phrase_spans

# Words before a name that put it where something is or happens. Not "at" ("at Amazon", a shop) nor
# "to" ("say to Siri", "sold to Delta"), nor "on" ("on Netflix"): they put shops and media there too.
WHERE_WORDS = frozenset("in near from across outside inside throughout around into within downtown towards "
                        "toward".split())
# Last words of a place's own name: seas, land forms, built sites ("South China Sea", "Mauna Kea" has none).
GEOGRAPHIC_HEADS = STREET_WORDS | STREET_OR_SURNAME | AREA_HEADS | frozenset(
    "Sea Ocean Gulf Lake Mountain Mountains Mount Valley Coast Desert Peninsula Strait Straits Canal Falls "
    "Beach Harbour Harbor Forest Plain Plains Hills Heights Palace Castle Cathedral Bridge Airport Station "
    "Port City Town Village Continent Basin Delta Reef Glacier Volcano Pass Cape Monument Memorial Tower Abbey Stadium".split()
)
# First words of a place's own name: "St Eustatius", "Fort Worth", "Lake Placid", "San Marcos", "River Tane", "Loch Ness".
GEOGRAPHIC_FIRSTS = frozenset("St St. Saint Sainte San Santa Sao São Fort Mount Mt Lake Port Cape Isle Lago Monte River Loch".split())
MIN_UNPLACED = 2
"""Mentions before a "place" without a sign of one is retyped: one passing name says too little (and
is rarely listed)."""


_WHERE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(WHERE_WORDS))})\s+(?:the\s+)?$", re.I)
"""Also a name after another in a list the preposition puts somewhere: "near Llanidloes and Rhayader"."""
_MADE_FROM = re.compile(r"\b(?:software|adware|malware|spyware|app|apps|application|applications|product|products|"
                        r"ads|adverts|advertising|statement|letter|email|e-mail|message|offer|update|updates)\s+from\s+$", re.I)
"""A made thing or a message "from" a name ("advertising software from Zango", "a statement from Acme"): the name
made or sent it, a maker or a sender, not a place things come from."""
_REACH = 30
"""Characters before a name read for the word that puts it somewhere ("in the Bronx")."""


# "A Springfield man has been charged", "an Ashford teenager": local news names a person by the town they
# live in, between "a" and a noun for one resident.
_ONE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:[Aa]n?)\s+$")
_RESIDENT_AFTER = re.compile(r"\s+(?:man|woman|teenager|teen|boy|girl|couple|family|pensioner|mother|father|"
                             r"resident|native|businessman|businesswoman|shopkeeper|farmer|grandmother|grandfather|"
                             r"motorist|cyclist)\b")
_NAMED_AFTER = re.compile(r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
"""A person's name right after the resident ("murdered Barcaldine man Ross Kelleher", "Hawera man Rangi Pohatu"):
the town names where that person lives, whatever stands before it."""


def _placed(text: str, m: Mention) -> bool:
    """ "in Portland", "across the Americas", "the island of Bonaire", "Hollin, 37, Bulmere,", "Bulmere
    residents", "Portland, Ore.", "a Bulmere man": the text puts this mention where something is or someone lives, or names an area by it."""
    before, after = text[max(0, m.start - _REACH) : m.start], text[m.end : m.end + _REACH]
    return (m.demonym or bool(_WHERE_BEFORE.search(before) and not _MADE_FROM.search(before)) or area_context(before, after) or belongs_to_place(before)
            or after_age(before) or after_address(before) or town_context(after) or town_of_state(after) or landform_context(after)
            or bool(_ONE_BEFORE.search(before) and _RESIDENT_AFTER.match(after)))


_TOWN_ONLY = re.compile(r"\s+(?:mayor|residents|township|city council)\b")
"""What only a town has after its name; not "police", whose "Kincaid police said" the force says."""


def _resident_towns(text: str, mentions: list[Mention]) -> set[str]:
    """One-word names the tagger typed a body that the text shows a town by what only a town has ("A
    Brackenfield man", "Brackenfield mayor Lorna Keyes", "Brackenfield residents"): a company has staff and
    customers, not residents nor a mayor."""
    def town_sign(m: Mention) -> bool:
        before, after = text[max(0, m.start - _REACH) : m.start], text[m.end : m.end + _REACH]
        resident = _RESIDENT_AFTER.match(after)
        return bool(_TOWN_ONLY.match(after) or resident and (_ONE_BEFORE.search(before)
                                                              or _NAMED_AFTER.match(text, m.end + resident.end())))
    return {m.name for m in mentions if m.kind == "organization" and " " not in m.name and not m.role
            and not m.demonym and town_sign(m)}


def _placed_towns(text: str, mentions: list[Mention]) -> set[str]:
    """One-word names the tagger typed a body at some writings and a place at others, that every writing puts
    where something is ("the first in Ferndale", "spots in Ferndale, which", "201 E. Nine Mile, Ferndale"): a
    body the text names is somewhere at one writing and acts or owns at another ("Apple said", "shares in
    Apple"); a name only ever a location is a place, however a standfirst's words led the tagger."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if " " not in m.name and not m.demonym:
            by_name[m.name].append(m)
    return {name for name, ms in by_name.items()
            if {m.kind for m in ms} == {"organization", "place"} and not any(m.role for m in ms)
            and (all(_placed(text, m) for m in ms) or all(_lies_there(text, m) for m in ms if m.kind == "organization"))
            and not company_or_product(text, name)}


SETTLED_HEADS = frozenset("Beach Beaches Coast Valley Heights Hills Harbour Harbor Falls Springs Lake Lakes Island "
                          "Islands Peninsula Creek Cove Bay".split())
"""Last words of a settlement's or a shore's own name ("Airlie Beach", "Palm Springs", "Coral Bay"), no body's."""


_SHAPED_AT = re.compile(r"\b(?:at|to|in|from|near|around|outside|across|into)\s+(?:the\s+)?$")
"""Also "at" and "to" before such a name ("landslips at Airlie Beach", "flown to Coral Bay"): with a shore's word
in the name they put it somewhere, where "at Amazon" does not."""


def _shaped_towns(text: str, mentions: list[Mention]) -> set[str]:
    """Names of two words or more whose last word is a settlement's or a shore's (``SETTLED_HEADS``) that the tagger
    typed a body at some writings and a place at others, put somewhere at one ("flooded towns including Airlie Beach",
    "landslips at Airlie Beach" beside "Airlie Beach remains cut off"): a town, as a one-word name only ever a
    location is (``_placed_towns``); not a company or product the text shows so ("Myrtle Beach Resorts Inc")."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if " " in m.name and m.name.split()[-1] in SETTLED_HEADS and not m.demonym:
            by_name[m.name].append(m)
    return {name for name, ms in by_name.items()
            if {m.kind for m in ms} == {"organization", "place"} and not any(m.role for m in ms)
            and any(_placed(text, m) or _lies_there(text, m) or _SHAPED_AT.search(text, max(0, m.start - _REACH), m.start)
                    for m in ms) and not company_or_product(text, name)}


def _lies_there(text: str, m: Mention) -> bool:
    """ "the capital, Zelna,", "southwest of Kalang", "the Kora river": a writing that says where a place lies or names
    it as one, more than "in X" (which a body is too: "invested in Tesla"); every writing the tagger typed a body so
    makes a place of a name it typed a place elsewhere ("relations with Zelna")."""
    before, after = text[max(0, m.start - _REACH) : m.start], text[m.end : m.end + _REACH]
    return area_context(before, after) or belongs_to_place(before) or landform_context(after)


def _geographic_bodies(text: str, mentions: list[Mention]) -> set[str]:
    """Names typed a body at every writing whose first word makes them a river's, a lake's or a settlement's (``_geographic_body``)."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    return {name for name, ms in by_name.items() if all(m.kind == "organization" for m in ms) and _geographic_body(text, ms)}


MIN_CITY_LIST = 3
"""Names a list must hold to be read as one of towns by the world's city list: a city alone ("Scunthorpe",
a club named for its town) is no list."""
MIN_LISTED_CITIES = 2
"""Cities of the world's list a list must hold ("Saint John, Moncton, N.B., and Charlottetown"): one may stand in a
list of clubs named for their towns."""


def _listed_with_places(text: str, mentions: list[Mention]) -> set[tuple[int, int]]:
    """Spans of the mentions in a list ("Turkey, Poland, Bonaire and Saba", "Saint John, Moncton and
    Charlottetown") that holds a place the gazetteer knows, or ``MIN_LISTED_CITIES`` of the world's city list:
    a list names things of one kind."""
    out: set[tuple[int, int]] = set()
    run: list[Mention] = []
    for m in [*sorted(mentions, key=lambda m: m.start), None]:
        if m is not None and run and run[-1].end <= m.start and COORDINATION_GAP.fullmatch(text[run[-1].end : m.start]):
            run.append(m)
            continue
        if any(known_place(x.name) for x in run) or (len(run) >= MIN_CITY_LIST
                                                       and sum(known_city(x.name) for x in run) >= MIN_LISTED_CITIES):
            out.update((x.start, x.end) for x in run)
        run = [m] if m is not None else []
    return out


GEOGRAPHIC_OF_HEADS = frozenset("Cape Gulf Strait Straits Bay Isle Sea".split())
"""Heads of a sea's, a strait's or a cape's name written with "of" ("Cape of Good Hope", "Strait of Hormuz", "Gulf of
Aden", "Isle of Man"): the tagger reads them as bodies ("Gulf of Aden" after "the"); no body's name opens so."""


def _water_or_land_of(name: str) -> bool:
    """ "Cape of Good Hope": a geographic head, "of" and a name, no body's word at its end ("Isle of Wight Council")."""
    words = name.split()
    return (len(words) >= 3 and words[0] in GEOGRAPHIC_OF_HEADS and words[1] == "of"
            and words[-1] not in ORGANIZATION_ENDINGS)


# First words of a river's, a lake's or a settlement's name that no body's name opens with unless a body's
# word ends it ("Port Authority", "Lake Forest College", ORGANIZATION_ENDINGS): "River Tane", "Lake Sorvan",
# "Port Alden", "Fort Kessel". Water's needs no more; a settlement's must be put somewhere once ("in Port
# Alden"), as "Mount Sinai" (a hospital) or "Cape Fear" (a film) may not be.
WATER_FIRSTS = frozenset("River Lake Loch".split())
SETTLEMENT_FIRSTS = frozenset("Port Fort Mount Mt Cape Isle".split())


def _geographic_body(text: str, ms: list[Mention]) -> bool:
    """ "the River Tane burst its banks", "a court in Port Alden": a name the tagger typed a body at every writing
    that its first word makes a river's, a lake's or (put somewhere) a settlement's, which never acts."""
    words = ms[0].name.split()
    if len(words) < 2 or words[-1] in ORGANIZATION_ENDINGS or any(m.role or m.demonym for m in ms):
        return False
    if words[0] not in WATER_FIRSTS and not (words[0] in SETTLEMENT_FIRSTS and any(_placed(text, m) for m in ms)):
        return False
    return not any(_acting(text, m) for m in ms)


def _place_shaped(words: list[str]) -> bool:
    """ "South China Sea", "St Eustatius", "Valles Marineris": a name whose own words say it is a place's."""
    return len(words) > 1 and (words[-1] in GEOGRAPHIC_HEADS or words[0] in GEOGRAPHIC_FIRSTS
                               or any(w in SURFACE_FEATURE_WORDS for w in words))


# "his son, Chisomo,", "Mr Phiri": a kin word or a title right before a name. Not "his" after it ("Arsenal signed
# his replacement"): a club or a shop acts on a man's things as often as he does.
_KIN_OR_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(WORD_GENDER))}),?\s+$|"
                           rf"\b(?:{'|'.join(sorted(HONORIFIC_GENDER))})\.?\s+$", re.I)


def _person_shown(text: str, name: str, people: list[tuple[int, int]]) -> bool:
    """ "Rihanna cancelled her concert", "Rihanna said she", "Mr Okafor", "son, Chisomo,", "Okafor, 52,", "Tierney,
    the president of its unit,", "After his move, Okafor played": a "place"
    with no sign of one that the text shows a person by her own (no other person named before in its paragraph),
    a title, a kin word, an age or a partner she marries or splits from (a shop or an app has none)."""
    return (not company_or_product(text, name)
            and (her_own(text, name, people) or self_or_death(text, name) or aged(text, name) or coupled(text, name)
                 or described_next(text, name, people) or office_apposed(text, name)  # "X, the president of ..."
                 or fronted_subject(text, name)  # "After his move from Burnley, X played"
                 or any(_KIN_OR_TITLE.search(text, max(0, start - _REACH), start) for start, _ in phrase_spans(text, name))))


def unplaced_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each "place" that has no sign of being one (see the module's docstring) retyped:
    a person when it is a given name alone ("Barack") or shown a person's (``_person_shown``), else an organisation when named ``MIN_UNPLACED``
    times or more; and each planet or moon typed otherwise without a role ("Mars", "Europa" tagged
    organisations) a place. The given names are the hand-written list news text bears: the census's
    ("Bethany", "Quincy", "Alexa") name towns and products as often. A federation's state typed an organisation
    ("Tennessee" of "a Tennessee law", "Ohio" of "the Ohio Senate race") is a place, as a country is, and so is one of two
    words or more typed a person ("Madhya Pradesh")."""
    mentions = [dataclasses.replace(m, kind="place") if m.kind != "place" and not m.role and m.name in SKY_PLACES
                or m.kind == "organization" and not m.role and (m.name in state_names() or _water_or_land_of(m.name))
                or m.kind == "person" and not m.role and " " in m.name and m.name in state_names()
                else m for m in mentions]  # "a Tennessee law", "Arizona Senate race": the state, typed as a country is;
    # "Madhya Pradesh remained at the top" tagged a person: a state of two words is no one's name ("Virginia" alone may be)
    towns = (_resident_towns(text, mentions) | _placed_towns(text, mentions) | _shaped_towns(text, mentions)
             | towns_typed_bodies(text, mentions)
             | cities_typed_bodies(text, mentions) | _geographic_bodies(text, mentions))
    mentions = [dataclasses.replace(m, kind="place") if m.name in towns and m.kind == "organization" and not m.role
                else m for m in mentions]
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "place":
            by_name[m.name].append(m)
    listed = _listed_with_places(text, mentions)
    unplaced = {name for name, ms in by_name.items()
                if not known_place(name) and not _place_shaped(name.split())
                and not any(_placed(text, m) or (m.start, m.end) in listed for m in ms)}
    spans = [(m.start, m.end) for m in mentions if m.kind == "person"]
    people = {name for name in unplaced if name in hand_given_names() or _person_shown(text, name, spans)}
    bodies = {m.name for m in mentions if m.kind == "organization"}  # "Nexvia shares rose": a body at one writing
    body_spans = {m.start: m.end for m in mentions if m.kind == "organization"}
    acting = {name for name in unplaced - people
              if any(_acting(text, m) or _acting_with_body(text, m, body_spans) for m in by_name[name])}
    # "fly home to Glasgow": a city of the world list; not "Toyota shares", nor "Detroit" of "Detroit Lions"
    cities = {name for name in unplaced if known_city(name) and not company_or_product(text, name)}
    cities -= opening_longer_names(mentions)
    retyped = acting | {name for name in unplaced - people - acting - cities  # "Prime Day will return, Amazon said"
                        if len(by_name[name]) >= MIN_UNPLACED or name in bodies}
    retyped |= {name for name in by_name if _camel_written(text, name)}  # "news from Gitvale" beside "GitVale is free"
    if not retyped and not people:
        return mentions
    return [dataclasses.replace(m, kind="person" if m.name in people else "organization",
                                medium=m.medium or m.name not in people and _product_here(text, m))
            if m.kind == "place" and m.name in retyped | people else m for m in mentions]


_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")
"""A word with a capital inside after two lower-case letters or more ("GitHub", "YouTube", "LinkedIn"): a brand's
shape; a town's inner capital follows a one-letter prefix ("McAllen", "DeKalb", "LaGrange")."""


def _camel_written(text: str, name: str) -> bool:
    """A one-word "place" no gazetteer knows that the text writes with a brand's inner capital once ("Gitvale" and
    "GitVale"): a service or a company, wherever it is written after "from" or "at"."""
    if " " in name or known_place(name) or known_city(name):
        return False
    return any(_INNER_CAPITAL.fullmatch(w) for w in re.findall(rf"(?<![\w-])(?i:{re.escape(name)})(?![\w-])", text))


# A day or a time between a name and its verb, as wire copy puts it: "Nvidia on Tuesday unveiled", "Acme late
# Friday said", "Acme this week announced".
_TIME_BETWEEN = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|week|month|year|today|yesterday)\b")


_WHICH_CLAUSE = re.compile(r",\s+which\s(?:[^,;.!?]|(?<=\d)[,.](?=\d)){1,150},")
"""A relative clause of a thing between a name and its verb: "NASA, which is paying SpaceX nearly $3 billion, said"."""


def _acting(text: str, m: Mention) -> bool:
    """ "Amazon said", "Nvidia on Tuesday unveiled", "NASA, which is paying ..., said": the name acts, at once, after
    a day, or after a clause that describes it."""
    between = _TIME_BETWEEN.match(text, m.end) or _WHICH_CLAUSE.match(text, m.end)
    return acts(text, m.start, m.end) or between is not None and acts(text, m.start, between.end())


_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _acting_with_body(text: str, m: Mention, body_spans: dict[int, int]) -> bool:
    """ "Oxfam and Barclays Bank said": the name joined by "and" to a body's name before their verb acts with it."""
    joined = _AND.match(text, m.end)
    return (joined is not None and joined.end() in body_spans and acts(text, m.start, body_spans[joined.end()])
            and text[joined.end() :].split(maxsplit=1)[0].lower() not in PLACE_MODIFIERS)  # not "Mid and East Antrim"


PRODUCT_REACH = 40
"""Characters read on each side of a writing for a product's signs, as a mention's own reading does."""


def _product_here(text: str, m: Mention) -> bool:
    """ "our Pickmaster platform": a writing first read as a place, so never read for a product's signs (a
    town has "users" and an "app"), that shows a product once it is no place."""
    return product_context(text[max(0, m.start - PRODUCT_REACH) : m.start], text[m.end : m.end + PRODUCT_REACH])
