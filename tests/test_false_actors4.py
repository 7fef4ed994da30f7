"""Names listed as the wrong actors, on texts written for these tests: a company whose name opens with a
title's word ("General Electric"), a single name described by its office ("Soelistyo, head of ..."), an
area named by its last word ("... Autonomous Region"), a disease's acronym defined in lower case ("..., or
HP") and a probe named for the planet it goes to."""

from __future__ import annotations

from written import kinds_of

from brief.actors.area_words import area_only_name
from brief.actors.evidence import defined_terms
from brief.actors.mentions import Mention, find_mentions
from brief.actors.name_words import title_opens_name
from brief.actors.personhood import unevidenced_people
from brief.ingest.text import article_from_text
from brief.text.sentences import split_article


def test_a_company_named_with_a_titles_word_is_no_person_so_titled() -> None:
    text = ("The plane, whose engines were made by a joint venture co-owned by General Electric and Safran of France, "
            "lacked real-time monitoring, an engineer said.")
    article = article_from_text(text, 1, "p.txt")
    found = {m.name: m.kind for m in find_mentions(article, tuple(split_article(article)))}
    assert found.get("General Electric") == "organization" and "Electric" not in found  # was "Electric", person
    assert title_opens_name(text, "General", ["Electric"])
    assert not title_opens_name("General Milley spoke. Milley said no.", "General", ["Milley"])  # named bare too
    assert not title_opens_name("King Charles spoke on Monday.", "King", ["Charles"])  # a given name
    assert not title_opens_name("Gen. Electric spoke.", "Gen.", ["Electric"])  # an abbreviated title


def test_one_name_described_by_the_office_it_holds_is_a_person() -> None:
    text = ("Rescuers searched the sea on Monday for the missing plane.\n\n"
            "Soelistyo, head of Indonesia's search and rescue agency, told local television the search area "
            "would be widened.\n\nThe plane could be at the bottom of the sea, Soelistyo said on Monday.")
    assert kinds_of(text).get("Soelistyo") == "person"


def test_an_area_named_by_its_region_word_is_a_place() -> None:
    assert area_only_name(["Inner", "Mongolia", "Autonomous", "Region"])
    assert area_only_name(["Hubei", "Province"])
    assert not area_only_name(["Derby", "County"])  # a club, or a county's government that speaks
    assert not area_only_name(["Region"])


def test_an_acronym_defined_by_lower_case_words_is_a_term() -> None:
    text = "Tests confirmed hypersensitivity pneumonitis, or HP. The man had a form of HP that strikes farmers."
    hp = [Mention(1, 0, i, i + 2, "HP", "HP", "organization") for i in (text.index("HP"), text.rindex("HP"))]
    assert defined_terms(text, hp, str.islower) == []
    body = "The World Health Organization, or WHO, said on Monday that WHO would act."
    who = [Mention(1, 0, body.index("WHO"), body.index("WHO") + 3, "WHO", "WHO", "organization")]
    assert defined_terms(body, who, str.islower) == who  # a body's name is written in capitals


def test_a_probe_named_for_a_planet_is_no_person() -> None:
    text = "NASA's Galileo Jupiter probe measured the plasma near the moon."
    start = text.index("Galileo")
    probe = Mention(1, 0, start, start + 15, "Galileo Jupiter", "Galileo Jupiter", "person")
    assert unevidenced_people(text, [probe])[0].kind != "person"
