"""Actors on shapes met in pages written for session 43 (helper pages48): a press release's company
with its legal form and a listing in mixed case before "today announced", and others added below."""

from __future__ import annotations

from written import kinds_of, said_by

from brief.text.segment import sentences

RELEASE = (
    "Harrowgate Biosciences Reports Trial Results\n\n"
    "DENVER--(BUSINESS WIRE)--Harrowgate Biosciences, Inc. (Nasdaq: HRGB) today announced that its Phase 2 "
    "study of HB-114 in chronic cough met its main goal, cutting coughs by 41% against placebo.\n\n"
    "The study enrolled 380 patients at 52 clinics in six countries.\n"
)
RELEASE_UPPER = RELEASE.replace("(Nasdaq: HRGB)", "(NYSE: HRGB)")


def test_a_mixed_case_exchange_after_the_legal_form_ends_no_sentence() -> None:
    text = "Acme Holdings, Inc. (Nasdaq: ACMH) today announced a deal. It closes in May."
    assert list(sentences(text)) == ["Acme Holdings, Inc. (Nasdaq: ACMH) today announced a deal.", "It closes in May."]


def test_the_company_with_its_legal_form_and_listing_holds_what_it_today_announced() -> None:
    for text in (RELEASE, RELEASE_UPPER):
        actors = said_by(text)
        assert any("met its main goal" in p for p in actors.get("Harrowgate Biosciences", [])), actors


QUAKE = (
    "Strong quake shakes Ostrava coast\n\n"
    "An earthquake of magnitude 6.4 struck off the east coast of Velmaria on Friday, shaking buildings in the "
    "capital Dunrek, but there were no early reports of damage.\n\n"
    "The quake was centred 70 km northwest of Dunrek, the Velmaria Seismic Survey said.\n\n"
    "President Ilse Marren ordered the army to check dams in the region. Velmaria lies on a fault line "
    "where quakes are common.\n"
)


def test_a_country_and_its_capital_placed_by_coast_compass_and_capital_are_places() -> None:
    kinds = kinds_of(QUAKE)
    assert kinds.get("Velmaria") in (None, "place") and kinds.get("Dunrek") in (None, "place"), kinds


SPILL = (
    "Miner fined over river spill\n\n"
    "A court in Port Kessan has fined the mining company Arvel Metals $9 million for a spill that poisoned 60 km "
    "of the Tavu river in 2024.\n\n"
    "Judge Ana Verhoef said the company had ignored its own engineers. Arvel Metals said it would appeal.\n\n"
    "Villagers along the river said the fine was too small. \"They poisoned our river,\" said Sione Lata, a chief "
    "from Nakora. The government of Port Kessan has suspended the company's licence at the Tavu mine.\n\n"
    "Downstream, the River Olla burst its banks after the rain, and the River Olla was still rising on Friday.\n"
)


def test_rivers_and_a_port_town_are_no_bodies() -> None:
    kinds = kinds_of(SPILL)
    assert all(kinds.get(name) in (None, "place") for name in ("Port Kessan", "Tavu", "River Olla")), kinds
    assert kinds.get("Arvel Metals") == "organization", kinds


STORM = (
    "Floods hit harbour town\n\n"
    "Hundreds of people in Merrow were moved out of their homes overnight after Storm Idony brought a month's "
    "rain in a day, flooding the harbour.\n\n"
    "Storm Idony is the fourth named by the weather service this winter.\n\n"
    "Forecasters said more rain would fall on Sunday. Council leader Bryn Castell said the town had never "
    "seen such flooding.\n"
)


def test_a_named_storm_is_no_person_on_a_page_of_its_weather() -> None:
    assert "Storm Idony" not in kinds_of(STORM), kinds_of(STORM)


WRECK = (
    "Bronze Age boat found in lake\n\n"
    "Divers have found a 3,000-year-old boat at the bottom of Lake Orsa.\n\n"
    "The tin came from mines in Cornwall, more than 1,800 km away, said Dr. Pia Lundgren of the Orsa County "
    "Museum, which will show the finds next year.\n\n"
    "The lake was drained in 1870, said Tomas Ek from the Orsa Archive, who found the records.\n"
)


def test_what_was_said_before_an_inverted_cue_is_not_the_speaker_s_body_and_its_clause() -> None:
    actors = said_by(WRECK)
    assert any(p.startswith("The tin came from mines in Cornwall") for p in actors.get("Pia Lundgren", [])), actors
    assert any(p.startswith("The lake was drained in 1870") for p in actors.get("Tomas Ek", [])), actors


def test_the_words_of_an_announced_block_quotation_are_the_announcer_s() -> None:
    from brief.actors.extract import read_article
    from brief.ingest.files import parse_article
    from brief.text.sentences import split_article

    html = (
        "<html><head><title>Minister opens new ferry terminal - GOV.EX</title></head><body><main>"
        "<h1>Minister opens new ferry terminal</h1>"
        "<p>A new ferry terminal at Kessel Bay opened today, cutting crossing times to the islands by half, the "
        "Department for Transport announced.</p><p>Transport Minister Odile Varga said:</p>"
        "<blockquote><p>The islands have waited thirty years for this terminal. From today, no family will need a "
        "whole day to reach the mainland.</p></blockquote>"
        "<p>The terminal cost 40 million euros and was finished a year early, the department said.</p>"
        "</main></body></html>"
    )
    article, _ = parse_article(html.encode(), 1, "release.html")
    found = read_article(article, split_article(article))
    said = [p.text for m, p in found.positions if m.name == "Odile Varga"]
    assert any("waited thirty years" in text for text in said), said


def test_a_band_named_in_two_words_after_the_band_is_a_body() -> None:
    text = ("Festival drops headline act\n\n"
            "The Larkspur Festival has cancelled Saturday's headline set by the band Grey Meridian after its singer, "
            "Cole Avery, was taken ill.\n\n"
            "Grey Meridian said in a statement that Avery was recovering and thanked fans for their messages.\n")
    assert kinds_of(text).get("Grey Meridian") == "organization", kinds_of(text)


ELECTION = (
    "Opposition wins vote in Morvania\n\n"
    "The opposition Civic Dawn party won Sunday's election in Morvania, ending 12 years of rule by the "
    "People's Alliance.\n\n"
    "Civic Dawn, led by former mayor Ines Kolar, took 41 percent of the vote. \"Morvania has chosen change,\" "
    "Kolar told supporters in the capital, Drevna.\n\n"
    "Neighbouring states said they hoped for better relations with Drevna.\n"
)


def test_a_party_named_before_its_noun_is_a_body_and_a_capital_named_so_a_place() -> None:
    kinds = kinds_of(ELECTION)
    assert kinds.get("Civic Dawn") == "organization", kinds
    assert kinds.get("Drevna") in (None, "place"), kinds
