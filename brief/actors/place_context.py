"""Where a tagged name is a place rather than an actor: streets and estates, constituencies, towns and areas.

The tagger calls "Lake Chabot Road" a person and "the MP for Dunmere North" names a seat, not who holds
it; these rules read the words of the name and those beside it (a house number, "the village of",
"residents of", "the MP for"), so they hold on sites they were not written from. Split from
``kinds``, which still names them for its readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.place_prepositions import PLACE_PREPOSITIONS

# Last words that make a name a road: where things happen, never who acts ("Lake Chabot Road",
# "Kingsway Drive"), whoever the tagger thought it was; a seat of government named by its street
# ("Downing Street") is read as the government before this.
ROAD_WORDS = frozenset(
    "Road Rd Drive Dr Avenue Ave Street Boulevard Blvd Highway Hwy Crescent Terrace Quay Parkway "
    "Motorway Expressway Turnpike Freeway Bridge Tunnel Viaduct Flyover".split()
)
# Last words that make a name a street or a site: always a place, whoever the tagger thought it was.
STREET_WORDS = ROAD_WORDS | frozenset("Estate Mall Plaza Canal Dam Island Islands River Creek Canyon Cave Caves Glacier Volcano Peninsula "
                                     "Reef Gorge Shoal Shoals Atoll Lagoon Islet Archipelago".split())
# Last words that are also surnames ("Glenn Close", "Fiona Hill"): a place only where the text
# puts the name after a preposition of place or a house number.
STREET_OR_SURNAME = frozenset("Close Lane Way Park Hill Gardens Square Place Row Grove Green Bay Mews".split())
# Streets that stand for who sits there ("Downing Street said"): bodies, read so by the mentions.
_SEATS = frozenset({"Downing Street", "Wall Street"})
# with a road's own prepositions: "off Mill Lane", "along Elm Close"
_LOCATIVE = PLACE_PREPOSITIONS | {"on", "onto", "off", "along", "via", "behind", "opposite", "past"}
# "Chad Hull, 37, Bulpitt, was arrested": the name after a person's age is where they live.
_AGE_THEN = re.compile(r",\s*\d{1,3}\s*,\s*$")


_FIRM_NOUNS = frozenset("developer housebuilder homebuilder builder landlord operator company firm owner".split())
"""A company's common nouns, before a name apposed to it ("the developer, Northgate Crescent, said"): a road's
name is never a developer's, so the name is the company's, which took a road's word."""


def firm_named(before: Sequence[str]) -> bool:
    """Whether the lower-cased words before a name describe it as a company ("developer X", "the developer, X")."""
    return bool(before) and (before[-1] in _FIRM_NOUNS or len(before) >= 2 and before[-1] == "," and before[-2] in _FIRM_NOUNS)


def after_age(before: str) -> bool:
    """ "Hayley Hull, 30, Bulpitt, was arrested": a name after ", <age>, " is a place of residence."""
    return bool(_AGE_THEN.search(before))


# "the MP for Dunmere North": what follows is a constituency.
_CONSTITUENCY_HOLDERS = frozenset("mp mps msp mla td am mep member representative candidate councillor "
                                  "senator congressman congresswoman".split())

# The Latin words of the names astronomers give to the features of planets and moons ("Olympus Mons",
# "Valles Marineris", "Utopia Planitia"), first or last: a place, never a person or a body. Not those
# that are also given names or firms' names ("Maria", "Terra", "Mare").
SURFACE_FEATURE_WORDS = frozenset(
    "Mons Montes Vallis Valles Planitia Planum Chasma Chasmata Patera Paterae Fossa Fossae Rupes Dorsum Dorsa "
    "Regio Tholus Tholi Labyrinthus Vastitas Mensa Mensae Catena Sulcus Sulci Colles Cavus Cavi Promontorium "
    "Lacus Palus Oceanus Undae Scopulus".split()
)


# Endings of Dutch and German street, canal and square names, written as one word ("Herengracht",
# "Kalverstraat", "Friedrichstraße", "Alexanderplatz"): English text names them as they are. Not "-laan"
# ("Vanderlaan"), "-weg" or "-dijk", surnames' endings too.
_STREET_SUFFIXES = ("gracht", "straat", "straße", "strasse", "kade", "plein", "platz", "gasse", "steeg")
MIN_COMPOUND_HEAD = 3
"""Letters before the ending: a compound's first part ("Heren-gracht"), not a short word ("Kade")."""


_STREET_QUARTERS = frozenset("North South East West Northeast Northwest Southeast Southwest NE NW SE SW N S E W".split())
"""A compass word written after a road's name for the stretch of it ("Queen Street West", "Main Street North")."""


_STREET_OPENERS = frozenset("Jalan Jln Jl Avenida Calzada Carrera Rua Rue".split())
"""Words for a road written before its name in Malay and Indonesian ("Jalan MH Thamrin", "Jln Ampang"), Spanish,
Portuguese and French ("Avenida Caracas", "Rua Augusta", "Rue de Rivoli"): a road, no actor, whatever its name
(not "Calle", a Swedish given name)."""


def street_kind(words: Sequence[str], before: Sequence[str]) -> str | None:
    """ "place" for an estate, a site or a planet's feature; "" for a road ("Lake Chabot Road", or "Road"
    alone: no actor); None when the words say nothing. ``before`` are the lower-cased words just before
    the name."""
    last = words[-1].rstrip(".")
    if len(words) > 1 and words[0].rstrip(".") in _STREET_OPENERS:
        return ""  # "Jalan Sudirman", "Avenida Jiménez": a road named with its word first
    if len(words) > 2 and last in _STREET_QUARTERS and words[-2] in STREET_WORDS:
        return street_kind(words[:-1], before)  # "Wellington Street West", "King Street East": the road's quarter
    if len(words) > 1 and any(w in SURFACE_FEATURE_WORDS for w in words) and words[0] not in first_names():
        return "place"  # "Olympus Mons", "Valles Marineris"; not a person surnamed so ("Jean Mensa")
    if any(len(last) >= len(end) + MIN_COMPOUND_HEAD for end in _STREET_SUFFIXES if last.lower().endswith(end)):
        return "place"  # "above de Herengracht", "on Friedrichstraße"
    if len(words) == 1:
        return "" if last in STREET_WORDS else None  # "Road" alone; but "Close" or "Hill" may be a surname
    if last in STREET_WORDS and not (last == "Dr" and len(words) == 2):  # "Kingsway Drive", "1600E Road"
        return "" if last in ROAD_WORDS and " ".join(words) not in _SEATS else "place"
    if last in STREET_OR_SURNAME and before and (before[-1] in _LOCATIVE or before[-1][:1].isdigit()):
        return "place"  # "lives on Elm Close", "12 Elm Close"
    return None


def is_constituency(before: Sequence[str]) -> bool:
    """ "the Labour MP for Dunmere North": the name after "<member> for" is a place."""
    return len(before) >= 2 and before[-1] == "for" and before[-2].rstrip(".") in _CONSTITUENCY_HOLDERS


# "Kincaid police", "Bulmere residents", "Springfield mayor Lorna Keyes": what only a town has.
_TOWN_AFTER = re.compile(r"^\s+(?:police|residents|township|village|fire (?:department|chief)|city council|mayor|"
                         r"neighbou?rhoods?|suburbs?|streets|districts)\b")


# Nouns for a settlement or an area, before "of" and a name: "the fishing village of Porto Lume",
# "the island of Terrana". Not "state" ("the state of Biden's health") nor capitalised ("the City
# of London" is a name the tagger reads whole).
_AREA_NOUNS = ("village|town|city|port|island|province|region|district|county|municipality|hamlet|suburb|"
               "borough|parish|prefecture|commune|township|neighbou?rhood|enclave|archipelago")
_AREA_OF = re.compile(rf"\b(?:the|a|an|its|their|nearby)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_AREA_NOUNS}|cities|(?:{_AREA_NOUNS})s)"
                      r"\s+of\s+(?:[A-Z][\w'’-]*\s+(?:dei|di|de|del|della|da|do|dos|das|du|des|la|le|el|al)\s+)?$")
"""Also "the nearby towns of Amalfi or Positano", and the last word of "the village of Conca dei Marini",
which the tagger cut at its particle."""
# Who and what belong to a place: "residents of Porto Lume", "the mayor of Velden", "the people of Karachi".
_OF_PLACE = re.compile(r"\b(?:residents|inhabitants|villagers|townspeople|mayor|outskirts|suburbs|streets|(?:the\s+)?people)\s+of\s+$", re.I)
# Where a place lies and its parts: "off the coast of Sarinda", "90 km southwest of Kalang", "the capital of
# Velmora", "the shores of Lake Sorvan", and a capital set before its name ("in the capital Kalang", "the
# Velmoran capital, Ostra,"). A compass point of a company is its region's ("Google's north campus"), never
# "north of Google"; "capital of" only after "the" ("venture capital of $5m" is money).
_GEOGRAPHIC_OF = re.compile(r"\b(?:(?:coast|coastline|shores|borders?|(?:north|south|east|west|north-?east|north-?west|"
                            r"south-?east|south-?west))[ \t]+of|\bthe[ \t]+capital[ \t]+of)[ \t]+$", re.I)
_CAPITAL_BEFORE = re.compile(r"\b(?:the|its|their)[ \t]+(?:[A-Z]?[a-z]+[ \t]+)?capital,?[ \t]+$")
"""Within a line: a title ending "... road to the capital" says nothing of the name opening the next paragraph."""
# Last words of the name of an area: "Terrana Island" has its own STREET_WORDS; "Kerr County",
# "Ravelli Province". Clubs ("Derby County") are tagged organisations, and stay so.
AREA_ENDINGS = frozenset("County Province Region District Prefecture Oblast Governorate Municipality "
                         "Archipelago".split())
"""Not "Parish" or "Shire": surnames too ("Neil Parish")."""
# Last words of a place's full name whose first word alone names the same place ("on Terrana"
# for Terrana Island); not "City" ("Jersey" is not Jersey City), nor "River".
AREA_HEADS = AREA_ENDINGS | frozenset("Island Isle Islands".split())


# Common nouns a page capitalises for a body or an area it has named ("the Ministry", "the Territory",
# "the Council"): a definite description, not a name. Not "Parliament", "Cabinet" or "Police", which
# name one body of their own where they are written bare.
DEFINITE_BODY_HEADS = frozenset("Government Ministry Department Council Commission Committee Agency Authority "
                                "Board Office Tribunal Court Administration Inquiry".split()) | frozenset(
    "Army Navy".split())  # "the Army said" in a story naming the Nigerian Army: that army (a story naming two joins none)
DEFINITE_AREA_HEADS = frozenset("Territory Province State Region District County Municipality Island Islands "
                                "Republic Kingdom Federation Emirate Colony Country Nation".split())


# The same said after the name, in apposition: "Lashkar Gah, the capital of Helmand province", "Porto Lume, a
# fishing town on the coast", "Velden, the region's biggest city,". The noun must end its phrase, so "Jane Roe,
# a town councillor" and "Ann Lee, the district attorney" are people; the words before it are lower case and
# "port" is left out, so "Digital Foundry, the Stadia port of the game" is no place.
_APPOSED_NOUNS = "village|town|city|island|province|region|district|county|municipality|hamlet|suburb|capital"
_AREA_APPOSED = re.compile(
    rf"^\s*,\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?(?:{_APPOSED_NOUNS})"
    r"(?=\s*[,.;:)—–]|\s+(?:of|in|on|near|outside|north|south|east|west|where|that|which|close)\b)"
)


def area_context(before: str, after: str) -> bool:
    """ "the evacuated village of Porto Lume", "the island of Terrana", "Lashkar Gah, the capital of Helmand":
    a settlement or an area, whoever the tagger thought it was (not before a possessive: "the city of
    Trump's birth")."""
    return bool(_AREA_OF.search(before)) and not re.match(r"['’]s\b", after) or bool(_AREA_APPOSED.match(after))


def belongs_to_place(before: str) -> bool:
    """ "residents of Porto Lume", "the mayor of Velden": the name is where they live or govern; "off the coast
    of Sarinda", "southwest of Kalang", "the capital Kalang": where a place lies, or a capital's name."""
    return bool(_OF_PLACE.search(before) or _GEOGRAPHIC_OF.search(before) or _CAPITAL_BEFORE.search(before))


def area_name(words: Sequence[str]) -> bool:
    """ "Kerr County", "Ravelli Province": the name of an area by its last word."""
    return len(words) > 1 and words[-1] in AREA_ENDINGS


def town_context(after: str) -> bool:
    """ "arrested by Kincaid police", "Bulmere residents": a town, not a person of that name."""
    return bool(_TOWN_AFTER.match(after))


# A land form or water named by the word before it in lower case: "the Kora river", "the Tane valley", "the
# Sorvan basin". Not "mine", "field" or "plant" ("the Kora mine" is a site a company owns, named after the place).
_LANDFORM_AFTER = re.compile(r"^[ \t]+(?:river|valley|delta|basin|estuary|lake|mountains|hills|peninsula|plateau|"
                             r"region|highlands|lowlands|coast|coastline)\b")


def landform_context(after: str) -> bool:
    """ "the Kora river", "the Tane valley": the name of a river's or a land's, which the page writes before its common noun."""
    return bool(_LANDFORM_AFTER.match(after))

# "The other Mezcal Mexican is at 201 E. Nine Mile, Ferndale.": the name after a house number and a
# street, then a comma, is the town of the address.
_ADDRESS_BEFORE = re.compile(r"\b\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s*$")


def after_address(before: str) -> bool:
    """ "at 201 E. Nine Mile, Ferndale": a town closing a street address."""
    return bool(_ADDRESS_BEFORE.search(before))

# "across most of the Americas", "people in the Americas": a plural name after a preposition of place and
# "the" is a region or an archipelago (the Americas, the Bahamas), which the tagger may take for a team.
_IN_THE = re.compile(r"\b(?:in|across|throughout|around)\s+(?:(?:most|all|much|parts?|rest)\s+of\s+)?the\s+$")


def plural_region(name: str, before: str, after: str) -> bool:
    """ "in the Americas": a one-word plural name, in the place the text puts it, is a region; not
    before a possessive ("in the Sixers' win")."""
    return " " not in name and name.endswith("s") and bool(_IN_THE.search(before)) and not re.match(r"['’]", after)
