"""Names the tagger types wrongly by where they stand: parts of a place ("South Dade"), counties read as
bodies ("Alameda County voters"), publications named by a plural ("Consumer Reports"), a place described
by its region ("the Caribbean Territory"), a brand between a measure and its noun ("a pair of Chelsea
boots"). Each reads the words of the name and those beside it, not a list of names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gazetteer import is_country
from brief.actors.kinds import JOINING_WORDS, ORGANIZATION_ENDINGS, PERSON_NOUNS, area_name, belongs_to_place
from brief.text.abbreviations import US_STATES

CANADIAN_PROVINCES = frozenset("Alta B.C Man N.B N.L N.S N.W.T Nfld Ont P.E.I Que Sask Y.T".split())
"""Canada's provinces and territories as Canadian Press style abbreviates them after a town ("Moncton, N.B.",
"Kitchener, Ont."), written without their last full stop, as the tagger cuts them."""
_STATES = "|".join(re.escape(s) for s in sorted(US_STATES | CANADIAN_PROVINCES, key=len, reverse=True))
_STATE_AFTER = re.compile(rf"^,\s+(?:{_STATES}|N\.[CDHJMY]|[RS]\.[CDI]|W\.\s?Va)\.")
_TOWN_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s+$")


def town_of_state(after: str) -> bool:
    """ "Portland, Ore.", "Newark, N.J.", "Moncton, N.B.": a name followed by a state's or a province's
    abbreviation is a town, whatever the tagger took it for (a caption's "Donated by Gina McVey, Oak Grove, Calif." has no other sign)."""
    return bool(_STATE_AFTER.match(after))


_WHERE_IT_IS = re.compile(r"\b(?:of|in|from|near|outside)\s+$")
_COUNTRY_AFTER = re.compile(r"^,\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)(?=\s*(?:[,.;:)]|$))")


def town_of_country(before: str, after: str) -> bool:
    """ "Martin Taylor of Aberdeenshire, Scotland,", "a clinic in Tamale, Ghana.": a name the text puts somewhere
    and follows with the country it lies in is a place there, a county or a town the tagger may not know (and
    took for a body); not "chief of Ryanair, Ireland's airline", whose country is a possessive."""
    found = _COUNTRY_AFTER.match(after)
    return bool(found and _WHERE_IT_IS.search(before) and is_country(found.group(1)))


_MIDDLE_INITIAL = re.compile(r"\S+\s+[A-Z]\.?\s+\S+")


def initialled(name: str) -> bool:
    """ "Steny H. Hoyer": a middle initial, which a person's name has and a town's never."""
    return bool(_MIDDLE_INITIAL.fullmatch(name))


def state_of_town(name: str, before: str, after: str) -> bool:
    """The "Ore" of "Portland, Ore.": the state's abbreviation after a town is part of where, no name."""
    return ((name in US_STATES or name in CANADIAN_PROVINCES) and after.startswith(".")
            and bool(_TOWN_BEFORE.search(before)))

# Compass points that open the name of part of a place ("South Dade", "West Marin"); where the text puts
# the name, it is that part, not a body the tagger took it for ("in South Dade", "the South Dade corridor").
COMPASS_WORDS = frozenset("North South East West Northeast Northwest Southeast Southwest".split())
_WHERE_BEFORE = re.compile(r"\b(?:in|across|throughout|around|near|outside|of)\s+(?:the\s+)?$")
_AREA_NOUN_AFTER = re.compile(r"^\s+(?:corridor|area|region|neighbou?rhoods?|communit(?:y|ies)|residents|suburbs?|"
                              r"coast|border)\b")


def compass_place(words: Sequence[str], before: str, after: str) -> bool:
    """ "in South Dade", "the South Dade corridor": a compass point and a name, written where a place is
    (after "in", before "corridor"), is part of a place; not "West Ham's win" nor "Southern Rail"."""
    return (len(words) == 2 and words[0] in COMPASS_WORDS and words[1] not in ORGANIZATION_ENDINGS
            and not re.match(r"['’]", after)
            and bool(_WHERE_BEFORE.search(before) or _AREA_NOUN_AFTER.match(after)))


# What follows a county's or a district's name when the text means the area: "Alameda County residents",
# "Alameda County elections", "the Alameda County District Attorney" (who serves the county). Not "in
# Broward County" nor "Broward County schools": the county's government runs them, and speaks
# ("Broward County says"), so the tagger's body stays.
_AREA_AFTER = re.compile(r"^\s+(?:residents|voters|elections?|homeowners|taxpayers|families|"
                         r"district attorney|sheriff|supervisors|DA)\b")


def area_of_people(words: Sequence[str], before: str, after: str) -> bool:
    """ "residents of Alameda County", "Alameda County voters": an area's name, which the tagger read as a
    body (a club such as "Derby County" is not written so)."""
    return area_name(words) and bool(_AREA_AFTER.match(after) or belongs_to_place(before))


# Last words of an area's name that name no body that acts: "Inner Mongolia Autonomous Region", "Hubei
# Province", "Fukushima Prefecture" (the tagger read them as bodies). Not "County", "District" nor
# "Municipality": a county's government speaks under its name ("Broward County says"), a club is "Derby County".
AREA_ONLY_ENDINGS = frozenset("Region Province Prefecture Oblast Governorate".split())


def area_only_name(words: Sequence[str]) -> bool:
    """ "Inner Mongolia Autonomous Region": the name of an area by a last word no body's name ends in."""
    return len(words) > 1 and words[-1] in AREA_ONLY_ENDINGS


# Plural last words of places' names ("Virgin Islands", "Rocky Mountains", "Golan Heights"): a name of
# common words that ends in another plural ("Consumer Reports", "Foreign Affairs") is a publication or a
# body, never a place.
PLACE_PLURALS = frozenset(
    "Islands Isles Mountains Hills Heights Lakes Falls Springs Plains Highlands Lowlands Keys Woods Fields "
    "Gardens Sands Rocks States Emirates Territories Provinces Glades Everglades Flats Shores Rapids Narrows "
    "Valleys Downs Moors Marshes Wetlands Forks Meadows Acres Pines Oaks Palms Cliffs Ridges Dales Lands "
    "Alps Andes Rockies Americas Indies Midlands Hebrides Orkneys Cotswolds Pyrenees Carpathians Himalayas "
    "Balkans Baltics Dardanelles Philippines Netherlands Bahamas Maldives Seychelles Comoros Grenadines "
    "Caicos Tropics Docks Towers Quays Crossings Estates Parks Waters Bays Sounds Cities Counties Countries Towns "
    "Heads Villages Beaches Harbors Harbours Ports Prairies Rivers Canyons Wells".split()
)


def plural_title(words: Sequence[str], plain: bool) -> bool:
    """ "Consumer Reports": a name of several common words (``plain``: each is mostly written in lower
    case) ending in a plural is a publication's or a body's, not a place's ("Sydney Heads" is one)."""
    last = words[-1]
    return len(words) > 1 and plain and last.endswith("s") and not last.endswith("ss") and last not in PLACE_PLURALS


# Heads of a description of a place by its region ("the Caribbean Territory", "the Pacific nation"), which
# a page capitalises for a place it names otherwise; not "Republic" or "Kingdom" ("Czech Republic").
DESCRIBED_AREA_HEADS = frozenset("Territory Nation Country Colony Island".split())


def region_description(words: Sequence[str], before: str, region: bool) -> bool:
    """ "the Caribbean Territory's Premier": a region (``region``: the first word is a region or a
    demonym) and an area's common noun after "the" describe a place the page names, not a place of
    its own."""
    return (len(words) == 2 and region and words[1] in DESCRIBED_AREA_HEADS
            and bool(re.search(r"\bthe\s+$", before, re.I)))


# Measures of a thing before a name and the noun it qualifies: "a pair of Chelsea boots", "a bottle of
# Jack Daniels whiskey": a brand or a style, not who acts.
_MEASURE_OF = re.compile(r"\b(?:pairs?|box(?:es)?|bottles?|bags?|packets?|jars?|cans?|tins?|slices?|pieces?|"
                         r"glass(?:es)?|cups?|bars?|cartons?|pints?)\s+of\s+$", re.I)
_NOUN_NEXT = re.compile(r"^\s+([a-z]+)\b")


def measured_thing(before: str, after: str) -> bool:
    """ "a pair of Chelsea boots": a name between a measure and a lower-case noun names a style of it."""
    noun = _NOUN_NEXT.match(after)
    return bool(noun and _MEASURE_OF.search(before) and noun.group(1) not in PERSON_NOUNS | JOINING_WORDS)
