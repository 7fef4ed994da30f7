"""Kinds on real pages (issue 11): a singer the tagger typed an organisation, a firm named after its
founder, the census's first names, a review roundup's signatures, the page's correspondent, a planet's
features. Every text is written here."""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest
from written import actors_of, report_of

from brief.actors.gender import first_names, given_names, hand_given_names
from brief.actors.mentions import Mention
from brief.actors.named_people import called_a_person, personal_name, spoken_of_as_person
from brief.actors.personhood import aged_people
from brief.actors.place_context import street_kind
from brief.actors.placehood import unplaced_places
from brief.actors.writers import writer_context


def _orgs(text: str, names: list[str]) -> list[Mention]:
    """Every occurrence of each name, longest first, tagged an organisation (as the tagger might)."""
    out: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(x.start <= m.start() < x.end for x in out):
                out.append(Mention(1, 0, m.start(), m.end(), name, name, "organization"))
    return sorted(out, key=lambda m: m.start)


def _kinds(text: str, names: list[str]) -> dict[str, str]:
    return {m.name: m.kind for m in aged_people(text, _orgs(text, names))}


def test_the_census_names_add_first_names_but_keep_the_hand_list_and_its_genders() -> None:
    assert len(first_names()) > 4 * len(hand_given_names())
    assert first_names()["Taylor"] == "u" and "Taylor" not in given_names()  # borne by both: no gender vote
    assert given_names()["Seth"] == "m" and given_names()["Katy"] == "f"
    assert all(given_names()[n] == g for n, g in hand_given_names().items())
    # no English word, no place, no first word of a place
    assert not {"Will", "Grant", "Hope", "Israel", "India", "Hong", "Carolina", "Georgia"} & set(first_names())


def test_a_given_name_and_a_surname_the_text_calls_she_is_a_person_and_so_are_her_names_alone() -> None:
    text = ("Brace yourself: Kayla Larke might not be able to perform all of her hits. According to Larke, "
            "her former label is blocking her. Larke plans to record them again.")
    assert _kinds(text, ["Kayla Larke", "Larke"]) == {"Kayla Larke": "person", "Larke": "person"}
    text = "Thanks to the always-stylish Kayla Larke. When she stepped out in a sparkly clip, fans followed."
    assert _kinds(text, ["Kayla Larke"]) == {"Kayla Larke": "person"}


def test_a_firm_named_after_its_founder_stays_a_firm() -> None:
    text = ("Edwin Harrow said it would cut 500 jobs. Edwin Harrow shares fell 3%. "
            "Martha Quill chief executive Dana Ruiz said she was confident.")
    mentions = _orgs(text, ["Edwin Harrow", "Martha Quill"])
    mentions += [Mention(1, 0, m.start(), m.end(), "Dana Ruiz", "Dana Ruiz", "person") for m in re.finditer("Dana Ruiz", text)]
    kinds = {m.name: m.kind for m in aged_people(text, sorted(mentions, key=lambda m: m.start))}
    assert kinds["Edwin Harrow"] == "organization"  # "it"; its shares
    assert kinds["Martha Quill"] == "organization"  # "she" is Dana Ruiz's, named in between


def test_the_shape_needs_a_first_name_and_no_bodys_last_word() -> None:
    assert personal_name("Kayla Larke") and personal_name("Seth O'Varn")
    assert not personal_name("Kayla Games") and not personal_name("Larke Kayla")
    assert not personal_name("Kayla County") and not personal_name("Kayla")
    assert not spoken_of_as_person("Kayla Larke lost their way.", "Kayla Larke", [])


def test_a_signature_closing_a_paragraph_is_the_pages_writer_not_an_editors_insertion() -> None:
    assert writer_context("should give thanks. [", "]\n\nThe second film drifts")
    assert writer_context("keeps it afloat.” [", "]")
    assert not writer_context("“We told ", "] to leave,” she said.")  # "[Smith]" standing in a quote
    assert not writer_context("thanks. [", "] and more")


def test_our_correspondent_after_the_name_is_the_pages_writer() -> None:
    text = ("Rescuers found a seventh body on Tuesday. “The families are waiting at the airport,” said Talia "
            "Brennock{}. Arman Sutedja, the head of the search, said divers would go down at dawn.")
    assert "Talia Brennock" in {a.name for a in actors_of(report_of(text.format("")))}
    names = {a.name for a in actors_of(report_of(text.format(", our correspondent in Port Wedel")))}
    assert "Talia Brennock" not in names and "Arman Sutedja" in names


def test_a_planets_features_are_places() -> None:
    assert street_kind(["Olympus", "Mons"], ["the"]) == "place"
    assert street_kind(["Valles", "Marineris"], []) == "place"
    assert street_kind(["Maria", "Lopez"], []) is None
    text = "Valles Marineris is vast. Valles Marineris dwarfs the Grand Canyon."
    mentions = [dataclasses.replace(m, kind="place") for m in _orgs(text, ["Valles Marineris"])]
    assert {m.kind for m in unplaced_places(text, mentions)} == {"place"}


def test_the_shipped_census_names_are_what_the_tool_builds() -> None:
    pytest.importorskip("names")  # build time only: the [bench] extra
    pytest.importorskip("lemminflect")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_given_names import OUT, build

    assert OUT.read_text(encoding="utf-8") == build()


def test_a_persons_calling_before_or_after_the_name_makes_it_a_person() -> None:
    text = ("Fans lined up on Friday. The pop singer Kazzia announced a tour. Kazzia will open it in Velden. "
            "Kazzia, the Grammy-winning rapper, thanked fans. Brindlemart sold the tickets. Brindlemart, the "
            "ticket seller, was overwhelmed.")
    assert _kinds(text, ["Kazzia", "Brindlemart"]) == {"Kazzia": "person", "Brindlemart": "organization"}
    assert not called_a_person("The Model Kazzia sold well.", "Kazzia")


def test_a_dutch_or_german_street_or_canal_written_as_one_word_is_a_place() -> None:
    assert street_kind(["de", "Keizersgracht"], []) == "place"
    assert street_kind(["Bergmannstraße"], ["on"]) == "place"
    assert street_kind(["Kade"], []) is None and street_kind(["Jan", "Vanderlaan"], []) is None


def test_a_given_name_with_a_capital_inside_is_the_persons() -> None:
    text = (
        "Guard out two weeks with groin strain\n\n"
        "DeShawn Okafor will miss at least two weeks with a strained left groin, the Harbor City Gulls announced "
        "Monday. Okafor, 29, was hurt in the fourth quarter of Saturday's loss. \"It's frustrating,\" Okafor told "
        "reporters after practice.\n\n"
        "LaMarcus Pryce will start in his place, coach Dana Ruiz said."
    )
    names = {a.name: a.kind for a in actors_of(report_of(text))}
    assert names.get("DeShawn Okafor") == "person"
    assert "Okafor" not in names
