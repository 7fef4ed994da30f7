"""A "person" needs a sign of being one in the text: names of products, shops, platforms and states that
the tagger called people, on text written for these tests."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention
from brief.actors.personhood import aged_people, known_place, unevidenced_people


def _people(text: str, names: list[str], role: dict[str, str] | None = None) -> list[Mention]:
    """Every occurrence of each name, tagged a person (as the tagger might)."""
    out = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(Mention(1, 0, m.start(), m.end(), name, name, "person", role=(role or {}).get(name, "")))
    return sorted(out, key=lambda m: m.start)


def _kinds(text: str, names: list[str], title: str = "", role: dict[str, str] | None = None) -> dict[str, str]:
    return {m.name: m.kind for m in unevidenced_people(text, _people(text, names, role), title)}


def test_products_and_shops_without_a_persons_sign_are_not_people() -> None:
    text = ("The new ZapBook Slim is on sale. Shoppers found the ZapBook Slim at Brindlemart for $700. "
            "Brindlemart also sells the SkyPods in white.")
    kinds = _kinds(text, ["ZapBook Slim", "Brindlemart", "SkyPods"])
    assert kinds == {"ZapBook Slim": "organization", "Brindlemart": "organization", "SkyPods": "organization"}


def test_common_words_and_an_acronym_do_not_make_a_name() -> None:
    text = ("Savers moved money into a Quell IRA last year. The singer left the Big Machine label. "
            "the big machine of the music business kept rolling.")
    kinds = _kinds(text, ["Quell IRA", "Big Machine"])
    assert kinds == {"Quell IRA": "organization", "Big Machine": "organization"}


def test_people_keep_their_kind_by_shape_title_pronoun_or_full_name() -> None:
    text = ("Tomasz Wrobel, a baker, opened a shop. Wrobel said the rent was high. "
            "Mr Hallam disagreed. Oduya said her shop would stay. Michael Stone spoke last. Mark Bell agreed. "
            "Greaves and his team left early.")
    kinds = _kinds(text, ["Tomasz Wrobel", "Wrobel", "Hallam", "Oduya", "Michael Stone", "Mark Bell", "Greaves"])
    assert set(kinds.values()) == {"person"}


def test_a_surname_the_title_gives_in_full_stays_a_person() -> None:
    text = "Kovacic scored twice. Kovacic was the best on the floor."
    assert _kinds(text, ["Kovacic"], title="Ivo Kovacic leads the Hawks past the Owls") == {"Kovacic": "person"}
    assert _kinds(text, ["Kovacic"]) == {"Kovacic": "organization"}


def test_a_role_is_a_persons_sign() -> None:
    text = "The chairman, Brindlemart, said the plan works."
    assert _kinds(text, ["Brindlemart"], role={"Brindlemart": "chairman"}) == {"Brindlemart": "person"}


def test_a_state_without_a_persons_sign_is_a_place() -> None:
    text = "Louisiana was hit by a ransomware attack. Louisiana restored its systems."
    assert _kinds(text, ["Louisiana"]) == {"Louisiana": "place"}
    assert known_place("Ontario") and known_place("Texas") and not known_place("Brindlemart")


def test_a_given_name_in_a_link_is_no_common_word() -> None:
    text = "Write to jamie.oliver@example.org or see example.org/jamie-oliver. Jamie Oliver cooked."
    assert _kinds(text, ["Jamie Oliver"]) == {"Jamie Oliver": "person"}


def test_a_generation_after_a_surname_is_not_the_surname() -> None:
    from brief.actors.mentions import normalise

    assert normalise("Tobias R. Vellacott Jr.") == "Tobias R. Vellacott"
    assert normalise("Aldo Brenner, Sr") == "Aldo Brenner"
    assert normalise("John Paul II") == "John Paul II"  # a regnal numeral is part of the name


def test_a_surname_stands_for_the_full_name_with_jr() -> None:
    from written import actors_of, report_of

    text = ("Man admits threatening a mayor\n\n"
            "Tobias R. Vellacott Jr., 55, admitted making the calls, prosecutors said. "
            "Vellacott faces up to ten years in prison. Vellacott told the court he regretted the calls. "
            "His lawyer said Vellacott was unwell.")
    names = {a.name for a in actors_of(report_of(text)) if a.kind == "person"}
    assert "Tobias R. Vellacott" in names and "Vellacott" not in names


def _places(text: str, names: list[str]) -> dict[str, str]:
    from brief.actors.placehood import unplaced_places

    found = [Mention(1, 0, m.start(), m.end(), name, name, "place")
             for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return {m.name: m.kind for m in unplaced_places(text, sorted(found, key=lambda m: m.start))}


def test_a_place_never_put_anywhere_is_an_organisation() -> None:
    text = "Deals at Quorvo start today. Quorvo also offers the case. Ask Velta to play music; Velta answers."
    assert _places(text, ["Quorvo", "Velta"]) == {"Quorvo": "organization", "Velta": "organization"}


def test_places_shown_so_stay_places() -> None:
    text = ("Flights from Durnholm resumed. Durnholm is cold. The Lanmark Sea froze; the Lanmark Sea thawed. "
            "Curbs on Poland, Ostrava and Veldin ended. Veldin and Ostrava are small. "
            "Ferries to the island of Keldor resumed. Keldor is warm. St Arlo grew; St Arlo shrank.")
    kinds = _places(text, ["Durnholm", "Lanmark Sea", "Poland", "Ostrava", "Veldin", "Keldor", "St Arlo"])
    assert set(kinds.values()) == {"place"}


def test_a_planet_or_moon_is_a_place_whatever_the_tagger_said() -> None:
    from brief.actors.placehood import unplaced_places

    text = "Probes to Mars and Europa found water. Mars is cold. Europa is icy."
    found = [Mention(1, 0, m.start(), m.end(), m.group(), m.group(), "organization")
             for m in re.finditer(r"Mars|Europa", text)]
    assert {m.kind for m in unplaced_places(text, found)} == {"place"}


def test_a_company_or_products_signs_outweigh_a_names_shape() -> None:
    text = ("Dorvan Kettle reported higher earnings. Dorvan Kettle shares fell 3 percent. "
            "The Quillo Beam for $300 is the better speaker. Readers can buy the Marlow Dash or wait. "
            "Shares of Tessaly Brant rose. Tessaly Brant's chief executive left.")
    kinds = _kinds(text, ["Dorvan Kettle", "Quillo Beam", "Marlow Dash", "Tessaly Brant"])
    assert set(kinds.values()) == {"organization"}


def test_a_persons_own_shares_or_price_do_not_make_a_company() -> None:
    text = ("Edwina Castell sold her stake. Castell's shares went to a trust. "
            "Rupert Vance paid $40 for a ticket.")
    kinds = _kinds(text, ["Edwina Castell", "Castell", "Rupert Vance"])
    assert set(kinds.values()) == {"person"}


def _orgs(text: str, names: list[str]) -> dict[str, str]:
    mentions = [dataclasses.replace(m, kind="organization") for m in _people(text, names)]
    return {m.name: m.kind for m in aged_people(text, mentions)}


def test_an_organisation_given_an_age_or_a_pronoun_is_a_person() -> None:
    text = ("Skeeter Vandrell allegedly fumed. Vandrell, 38 – who manages singers – said little. "
            "Quorra and his lawyers left. Brindlemart, 12 stores in all, closed. Hull City, 2 - 1 up, won.")
    kinds = _orgs(text, ["Vandrell", "Quorra", "Brindlemart", "Hull City"])
    assert kinds == {"Vandrell": "person", "Quorra": "person", "Brindlemart": "organization",
                     "Hull City": "organization"}


def test_an_organisation_given_an_age_before_it_or_songs_is_a_person() -> None:
    text = ("Tulsa named Orrin Blackwater coach. The 38-year-old Blackwater had been its coordinator. "
            "She wrote it with every Sadie Marlow song in mind. Eli Varnum cigarettes sold well; it grew. "
            "The 150-year-old Acme Bank closed.")
    kinds = _orgs(text, ["Blackwater", "Sadie Marlow", "Eli Varnum", "Acme Bank"])
    assert kinds == {"Blackwater": "person", "Sadie Marlow": "person", "Eli Varnum": "organization",
                     "Acme Bank": "organization"}


def test_a_maker_of_numbered_models_or_a_firm_set_after_the_name_is_no_person() -> None:
    text = ("Trump gave advice to Corvair after airlines grounded the Corvair 747 fleet. Danvel Ostra, a "
            "Lagos research firm, says growth will slow. Kemal Oduya 31, of Hope, was charged.")
    kinds = _kinds(text, ["Corvair", "Danvel Ostra", "Kemal Oduya"])
    assert kinds == {"Corvair": "organization", "Danvel Ostra": "organization", "Kemal Oduya": "person"}


def test_a_description_ending_in_a_place_noun_is_no_persons_role() -> None:
    text = "Miners in Wyoming, the country's biggest coal-producing state, lost work. Velmar Quist, the mayor, spoke."
    roles = {"Wyoming": "country's biggest coal-producing state", "Velmar Quist": "mayor"}
    assert _kinds(text, ["Wyoming", "Velmar Quist"], role=roles) == {"Wyoming": "place", "Velmar Quist": "person"}


def test_a_name_whose_head_is_a_common_noun_of_the_page_is_a_thing_not_a_person() -> None:
    text = ("Miners worked the Skellig Ridge Basin for decades. The basin still ships coal. "
            "Michael Stone, who carved stone, expects the Skellig Ridge Basin to close.")
    mentions = unevidenced_people(text, _people(text, ["Skellig Ridge Basin", "Michael Stone"]))
    kinds = {m.name: (m.kind, m.medium) for m in mentions}
    # no person's sign and no body's: a thing named, listed only if someone's words go under it
    assert kinds == {"Skellig Ridge Basin": ("organization", True), "Michael Stone": ("person", False)}


def test_a_retyped_name_the_text_shows_acting_or_shaped_as_a_body_stays_a_body() -> None:
    text = ("Quillon Ardent said sales rose. Quillon Ardent is based downtown. "
            "Brindle Works Group makes kettles; Brindle Works Group is big. Zorvane sells kettles. Zorvane is big.")
    mentions = unevidenced_people(text, _people(text, ["Quillon Ardent", "Brindle Works Group", "Zorvane"]))
    assert {m.name: m.medium for m in mentions} == {"Quillon Ardent": False, "Brindle Works Group": False,
                                                    "Zorvane": False}


def test_a_plural_name_always_written_after_the_is_a_team_not_a_person() -> None:
    # "The Denver Nuggets beat ...": the tagger called the team a person, and the gazetteer does not
    # know every team's city. A surname with an s ("Ann Roberts") is written without "the".
    text = ("The Harbor Hawks beat the Valley Kings 104-98 on Wednesday. Coach Ann Roberts said the Harbor Hawks "
            "would study the tape. Roberts said the players were tired.")
    kinds = _kinds(text, ["Harbor Hawks", "Ann Roberts"], role={"Ann Roberts": "Coach"})
    assert kinds == {"Harbor Hawks": "organization", "Ann Roberts": "person"}
    text = "The Hawks' new signing, Tom Hollis Jenkins, said Tom Hollis Jenkins was ready. Tom Hollis Jenkins scored."
    assert _kinds(text, ["Tom Hollis Jenkins"]) == {"Tom Hollis Jenkins": "person"}
