"""Kinds, names and roles of actors on business, campaign and sports pages written for these tests: a firm or
club named by its trade's or club's last word, a body named for its members and cause ("Friends of the ..."),
a ratings firm cited for a figure, a job "at" a body written after a name."""

from __future__ import annotations

from written import actor_named, actors_of, kinds_of, report_of, said_by

from brief.actors.body_endings import organization_ending
from brief.actors.plural_bodies import with_plural_bodies
from brief.actors.statements import not_a_statement


def test_a_name_ending_in_a_trade_or_a_clubs_word_is_a_body() -> None:
    text = ("Steel maker backs new ground\n\n"
            "Tarrow Steel, which supplies the builders, said it welcomed the decision. Former minister Colin Steel "
            "said the ground was good news. Ashby Athletic said it would play its home games at the new stadium.")
    kinds = kinds_of(text)
    assert kinds.get("Tarrow Steel") == "organization"
    assert kinds.get("Ashby Athletic") == "organization"
    assert kinds.get("Colin Steel") == "person"  # a given name first: the surname, not the trade


def test_a_trade_that_is_a_surname_ends_a_body_only_after_no_given_name() -> None:
    assert organization_ending("Corran Mills")
    assert not organization_ending("Julia Mills")
    assert organization_ending("Dunmere Rovers")


def test_a_body_named_for_its_members_and_cause_is_one_body_that_speaks() -> None:
    text = ("Campaigners warn over river mining\n\n"
            "The rivers are dirty. Friends of the Lagoon Volta said the pollution was spreading across the region. "
            "Nurses Without Frontiers said it was treating dozens of children.")
    said = said_by(text)
    assert any("pollution was spreading" in p for p in said.get("Friends of the Lagoon Volta", []))
    assert any("treating dozens" in p for p in said.get("Nurses Without Frontiers", []))


def test_a_body_named_by_a_verb_and_a_plural_keeps_its_verb() -> None:
    text = ("Charities warn of hunger\n\n"
            "The rains failed again. Feed the Children Kenya said on Monday that millions faced hunger this year.")
    said = said_by(text)
    assert any("millions faced hunger" in p for p in said.get("Feed the Children Kenya", []))


def test_residents_of_a_place_are_no_body() -> None:
    words = "Residents of the Rift Valley said the rains had failed .".split()
    assert with_plural_bodies(words, [(3, 5, "LOC")]) == [(3, 5, "LOC")]
    words = "Friends of the Earth said the problem was spreading .".split()
    assert with_plural_bodies(words, [(3, 4, "LOC")]) == [(0, 4, "ORG")]


def test_a_job_at_a_body_after_a_name_is_the_persons_role() -> None:
    report = report_of("Charity warns over sugar in baby food\n\n"
                       "Dr Nadia Osei, a senior dietitian at the charity, said parents were being misled by labels. "
                       "\"We remain cautious,\" said Peter Kamau, an economist at Highland Bank.")
    assert actor_named(report, "Nadia Osei").role == "senior dietitian at the charity"
    assert actor_named(report, "Peter Kamau").role == "economist at Highland Bank"


def test_a_ratings_firm_cited_for_a_figure_is_no_news_outlet() -> None:
    report = report_of("Chip demand to rise\n\n"
                       "Chip makers are expanding. According to S&P Global, demand will rise 12% next year. "
                       "Costs could rise too, according to Fitch Ratings.")
    assert actor_named(report, "S&P Global").role != "news outlet"
    assert actor_named(report, "Fitch Ratings").role != "news outlet"


def test_a_device_named_by_what_it_supports_is_no_actor_but_its_maker_is() -> None:
    text = ("Tessel Buds (a) review: great sound for the price\n\n"
            "The Tessel Buds (a) supports LDAC and has excellent battery life. Tessel said the buds would ship "
            "in May. The union supports the workers' claim.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Tessel Buds" not in names
    assert "Tessel" in names


def test_a_participle_opening_sentences_is_no_name_and_leaves_the_groups_name() -> None:
    text = ("Plant strike drags on\n\n"
            "The strike entered its sixth week. Striking Corvane workers said they would not return without a "
            "better offer. Striking nurses said the pay rise was too small.")
    said = said_by(text)
    assert "Striking" not in said
    assert any("not return" in p for p in said.get("Corvane workers", []))


def test_a_firm_named_in_the_possessive_states_what_it_said() -> None:
    text = "Moody's said on Friday it had cut its outlook. Blinken's push for talks went on."
    assert not not_a_statement(text, "said", text.index("said"))
    assert not_a_statement(text, "push", text.index("push"))
    said = said_by("Ratings firm cuts outlook\n\nMoody's said on Friday it had cut its outlook for the country to "
                   "negative, citing rising debt.")
    assert any("cut its outlook" in p for name, ps in said.items() if name.startswith("Moody") for p in ps)


def test_a_one_word_name_who_directed_a_film_is_a_person() -> None:
    text = ("Heist sequel confirmed\n\n"
            "Shankaran, who directed the film, said the sequel would start shooting next year. The club's chairman said "
            "nothing. Dunmere, who beat Ashby on Saturday, said they were ready.")
    kinds = kinds_of(text)
    assert kinds.get("Shankaran") == "person"
    assert kinds.get("Dunmere") != "person"


def test_a_survey_cited_in_brackets_is_no_person() -> None:
    text = ("Linux gains ground among gamers\n\n"
            "Linux usage (according to the monthly Kelvar Survey) rose to 2.1% last month. "
            "Windows fell slightly.")
    assert kinds_of(text).get("Kelvar Survey") != "person"
    assert organization_ending("Kelvar Survey")
