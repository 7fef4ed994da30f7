"""A mention's kind as the words around it show it: what the tagger typed is corrected from context.

"arrested by Kincaid police" is a town, "Shares of Amazon" a firm, "the Founders Edition" no actor at
all: the forty characters either side of a name (and the clause after it) say what it is. Moved out of
``mentions`` (its tagger-span clean-up) so that each module keeps one job.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors import area_words, kinds, name_words, staff_firms
from brief.actors.branch_names import branch_shaped
from brief.actors.gazetteer import demonym_country, phrase_table
from brief.actors.one_name_staff import one_name_staff
from brief.actors.product_signs import supporting_device
from brief.actors.weather_bodies import public_forecaster

_OWN_PRONOUN = re.compile(r"\s+(?:said|says|added)\s+(?:that\s+)?(?:he|she|his|her)\b")
"""A person's pronoun opening the name's own statement ("Bram Tuvalu said his side lacked belief")."""
_JURISDICTION_TITLE = re.compile(r"\s+(?:Gov|Governor|Sen|Rep|Mayor|Vice\s+Gov|Councilor|Councillor|Assemblyman|"
                                 r"Assemblywoman)\.?\s+[A-Z][a-z]+\s+[A-Z]")
"""An elected office's title and a full name right after a name: the name is the place whose office it is
("Lanao del Sur Gov. Mamintal Adiong", "Cebu City Mayor Ana Reyes"), which the tagger, seeing "del", read a person's."""
CONTEXT_AFTER = 80
"""Characters after a name read for what the text says it is or does ("Aguachile is usually a soupy
shrimp and chiles dish"): a clause, where 40 hold a phrase."""


def kind_in_context(
    text: str, start: int, end: int, name: str, kind: str, role: str, titled: bool, plain: Callable[[str], bool]
) -> tuple[str, str] | None:
    """The mention's (kind, role) as its context shows them, or None when the context says it is no actor
    (a product, a law, a state's abbreviation). ``plain`` tells a common word's capitalised form."""
    before_text, after_text = text[max(0, start - 40) : start], text[end : end + 40]
    if kind == "person" and " " not in name and kinds.town_context(after_text):
        kind = "place"  # "arrested by Kincaid police"
    if kind == "person" and not role and _JURISDICTION_TITLE.match(after_text):
        kind = "place"  # "Lanao del Sur Gov. Mamintal Adiong": the province whose governor he is
    if kinds.area_context(before_text, after_text) or (
            kind == "person" and not role and not titled and kinds.area_name(name.split())):
        kind, role = "place", ""  # "the fishing village of Porto Lume"; "Kerr County" (not "Tory MP Neil Parish")
    if kind == "person" and not role and kinds.belongs_to_place(before_text):
        kind = "place"  # "residents of Porto Lume"
    words = name.split()
    if kind in ("organization", "person") and not role and area_words.compass_place(words, before_text, after_text):
        kind = "place"  # "in South Dade"; "Sudan's North Darfur region", read as a man: a compass point's area
    if kind == "organization" and not role and (area_words.area_of_people(words, before_text, after_text)
                                                or area_words.area_only_name(words)):
        kind = "place"  # "Alameda County voters", "Inner Mongolia Autonomous Region": an area
    if (kind == "place" or kind == "person" and not role) and tuple(words) not in phrase_table() and (
            area_words.plural_title(words, all(plain(w) for w in words))):
        kind = "organization"  # "Consumer Reports": a publication, never a place nor a person
    if kind != "person" and tuple(words) not in phrase_table() and area_words.region_description(
            words, before_text, phrase_table().get(tuple(words[:1])) in ("PLACE", "CTRY") or bool(demonym_country(words[0]))):
        return None  # "the Caribbean Territory's Premier": the page's description of a place it names
    if kind == "organization" and kinds.plural_region(name, before_text, after_text):
        kind = "place"  # "people in the Americas"
    if kind == "place" and (kinds.company_context(before_text, after_text) or kinds.body_context(after_text)
                            or tuple(words) not in phrase_table() and kinds.cited_source(before_text)):
        kind = "organization"  # "Shares of Amazon", "Amazon's chief executive", "according to Pollstar": a body
    if kind != "organization" and not role and (name_words.outlet_context(before_text, after_text, words) or (
            kind == "person" and " " not in name and name_words.quotes_as_saying(after_text))):
        kind = "organization"  # "the national news agency, Bernama, quoted": an outlet, never a person
    if kind == "person" and " " not in name and not role and not titled and kinds.team_context(before_text, after_text):
        kind = "organization"  # "beat Chelsea 2-1", "Chelsea's striker": a club, not a woman of that name
    if kind in ("person", "place") and not role and not titled and kinds.firm_context(before_text, after_text, words):
        kind = "organization"  # "One company, Avigilon, sells"; "The regulator, Ofgem, said"; "Analysts at X"
    if kind == "person" and not role and not titled and branch_shaped(words) and not _OWN_PRONOUN.match(after_text):
        kind = "organization"  # "Oxfam Africa said": a brand's branch, read as a person's name
    if (kind in ("person", "place") and not role and not titled and staff_firms.staff_after(after_text)
            and staff_firms.house_name(words, plain)):
        kind = "organization"  # "J.P. Morgan analysts said": the house whose research they speak
    if kind == "person" and " " in name and not role and not titled and kinds.body_apposition(before_text, words):
        kind = "organization"  # "whale rescue group Project Jonah"
    if kind == "organization" and not role and one_name_staff(before_text, after_text, words):
        kind = "person"  # "the agency's seismic analyst Wiratmo, who heads the unit, said": one who goes by one name
    if kind in ("person", "place") and public_forecaster(before_text, words):
        kind, role = "organization", ""  # "state forecaster Meteo Ostland said": the agency, not a person
    further = text[end : end + CONTEXT_AFTER]
    if (kind == "place" or kind == "person" and not role and not titled) and kinds.trade_context(further):
        kind = "organization"  # "Newegg has models from Gigabyte", "Amazon isn't taking pre-orders"
    if kind != "place" and not role and kinds.after_address(before_text):
        kind = "place"  # "at 201 E. Nine Mile, Ferndale."
    if area_words.state_of_town(name, before_text, after_text):
        return None  # the "Ore" of "Portland, Ore."
    if area_words.town_of_state(after_text) and not (kind == "person" and (role or area_words.initialled(name))):
        kind, role = "place", ""  # "Portland, Ore.", "Oak Grove, Calif."; not "Rep. Steny H. Hoyer, Md.,"
    if kind == "organization" and not role and area_words.town_of_country(before_text, after_text):
        kind = "place"  # "Martin Taylor of Aberdeenshire, Scotland,"
    if kind != "person" and (name.split()[-1] in kinds.PRODUCT_ENDINGS | kinds.LAW_ENDINGS and " " in name
                             or kinds.owned_acronym(name, before_text)):
        return None  # "the Founders Edition" is a product, "the Agriculture Bill" a law; "your GP" a doctor
    if kind != "place" and supporting_device(before_text, after_text):
        return None  # "The Nothing Ear (a) supports LDAC": a device, whatever the tagger made of its name
    if kind != "place" and area_words.measured_thing(before_text, after_text):
        return None  # "a pair of Chelsea boots": a style of a thing, not who acts
    return kind, role
