"""A vehicle named by its make and model: "a stolen Honda Civic", "the Toyota Corolla", "a grey Ford Ranger".

Why: the tagger reads a make and a capitalised model as a person's given name and surname ("Honda Civic") or a
body's name, and a crash or a theft story then listed the car among its actors. A make is one of a few dozen
carmakers' names; written before a capitalised word that is no body's ("Toyota Motor", "Ford Foundation") after
an article, a possessive, a year or an adjective ("drove a 2015 Toyota Corolla", "his Nissan Altima"), the pair
is a vehicle. Makes that are also given names ("Kia", "Mercedes", "Lincoln") are left out, and so is a make
with no such word before it: "Honda Keisuke", a Japanese name written family name first, follows a verb or a
title, not "a".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.mentions import Mention

MAKES = frozenset(
    "Ford Honda Toyota Nissan Mazda Subaru Hyundai Chevrolet Chevy Dodge Jeep Tesla Audi BMW Volkswagen VW "
    "Cadillac Buick GMC Lexus Acura Infiniti Volvo Peugeot Renault Fiat Skoda Mitsubishi Suzuki Isuzu Vauxhall "
    "Opel Citroen Citroën Jaguar Chrysler Pontiac Holden Lada Proton Perodua Daihatsu Seat Cupra BYD Geely "
    "Chery Rivian Polestar Ferrari Lamborghini Maserati Bentley Yamaha Kawasaki Ducati".split()
)
"""Carmakers' (and motorcycle makers') names that open a model's name ("Ford Ranger", "Yamaha R1")."""
DETERMINERS = frozenset("a an the his her their its my our your this that another same".split())
"""Words right before a vehicle's name (or before its adjective) in a story about it."""
_YEAR = re.compile(r"(?:19|20)\d\d")
VEHICLE_ADJECTIVES = frozenset("new used old white black grey gray silver red blue green yellow orange gold "
                               "brown beige maroon dark light".split())
"""Adjectives written between the article and a vehicle's name ("a grey Ford Ranger"), beside participles ("a
stolen Honda Civic", "a parked Mazda"); not a noun, which makes the name a person's ("the midfielder Honda
Keisuke")."""


def _adjective(word: str) -> bool:
    return word in VEHICLE_ADJECTIVES or word.isalpha() and word.islower() and word.endswith(("ed", "en"))


def vehicle_model(before: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``words`` (a tagged name; ``before`` the words just before it, in order) name a vehicle: a make
    then a capitalised model that is no body's word, after a determiner, a year, or an adjective after one."""
    if len(words) < 2 or words[0] not in MAKES or words[0] in first_names() or not words[1][:1].isupper():
        return False
    if any(w.lower() in ORG_WORDS or w in ORGANIZATION_ENDINGS for w in words[1:]):
        return False  # "Toyota Motor", "Ford Foundation", "Honda Motor Co": the company
    last = before[-1] if before else ""
    return (last.lower() in DETERMINERS or _YEAR.fullmatch(last) is not None
            or len(before) >= 2 and _adjective(last) and before[-2].lower() in DETERMINERS)


BEFORE_REACH = 30
"""Characters read before a name for the words before it (an article and an adjective, "a stolen ")."""
_WORD = re.compile(r"[\w'’-]+")


def vehicles_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the vehicles the article names by make and model (``vehicle_model``), wherever it
    writes that name ("the Honda Civic ... Honda Civic owners")."""
    vehicles = {m.name for m in mentions if vehicle_model(_WORD.findall(text[max(0, m.start - BEFORE_REACH) : m.start])[-2:],
                                                          m.surface.split())}
    return [m for m in mentions if m.name not in vehicles] if vehicles else mentions
