"""Kinds on real-looking pages (session 29's kinds5): a one-word town the tagger types a body at every writing
("Pubs across Cork"), while bodies named "in" somewhere ("invested in Tesla", "in Congress") stay bodies; a
surname typed a body beside its bearer's full name joins the person when its own writings show a person
("Trump has vowed"), not a founder's company ("Dell shares"). Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.mentions import Mention
from brief.actors.surname_people import surnames_of_people
from brief.actors.town_writings import towns_typed_bodies


def _body(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(0, 0, start, start + len(name), name, name, "organization")


def _bodies(text: str, name: str) -> list[Mention]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append(Mention(0, 0, at, at + len(name), name, name, "organization"))
        at = text.find(name, at + len(name))
    return out


def test_a_town_written_only_where_things_are_is_a_place() -> None:
    text = ("Pubs across Kilbarra prepared to close on Monday. Owners in Kilbarra said costs had tripled. "
            "The Kilbarra-based brewer was not named.")
    assert towns_typed_bodies(text, _bodies(text, "Kilbarra")) == {"Kilbarra"}


def test_a_town_set_before_its_province_is_a_place() -> None:
    text = "A spokesperson in Dunmore said the plant, in Dunmore, Ontario, would reopen."
    assert towns_typed_bodies(text, _bodies(text, "Dunmore")) == {"Dunmore"}


def test_a_body_held_or_acting_is_no_town() -> None:
    invested = "Funds invested in Vantrix lost money last year."
    acting = "Staff in Vantrix offices were told. Vantrix said it would cut jobs."
    owned = "Engineers in Vantrix's labs were told on Friday."
    for text in (invested, acting, owned):
        assert towns_typed_bodies(text, _bodies(text, "Vantrix")) == set()
    congress = "The bill stalled in Congress on Tuesday."
    assert towns_typed_bodies(congress, [_body(congress, "Congress")]) == set()


def test_a_surname_typed_a_body_joins_its_bearer_when_it_acts_as_a_person() -> None:
    text = ("Voters who backed Halvorsen said they would do so again. Halvorsen has vowed to cut taxes, and "
            "Halvorsen's win surprised pollsters. \"We did it,\" Erik Halvorsen said.")
    full = text.index("Erik Halvorsen")
    mentions = [*_bodies(text.replace("Erik Halvorsen", "Erik _________"), "Halvorsen"),
                Mention(0, 0, full, full + 14, "Erik Halvorsen", "Erik Halvorsen", "person")]
    kinds = {m.kind for m in surnames_of_people(text, mentions)}
    assert kinds == {"person"}


def test_a_founders_company_stays_a_body() -> None:
    text = ("Brannock shares rose after Brannock said it expected strong sales. Brannock has vowed to hire. "
            "Founder Leo Brannock said he was pleased.")
    full = text.index("Leo Brannock")
    mentions = [*_bodies(text[:full], "Brannock"), Mention(0, 0, full, full + 12, "Leo Brannock", "Leo Brannock", "person")]
    assert {m.kind for m in surnames_of_people(text, mentions) if m.name == "Brannock"} == {"organization"}


def test_a_surname_of_a_winner_is_one_person_in_the_report() -> None:
    text = ("Voters turn to Trump in rust belt counties\n\n"
            "Voters in Ohio who voted for Trump in 2016 said they would back Trump again. Trump supporters lined the "
            "streets of Youngstown. Trump rallies drew thousands, and the Trump campaign said turnout was high.\n\n"
            "Trump won Ohio by eight points. Trump has vowed to bring back steel jobs, and Trump's win in the state "
            "surprised pollsters.\n\n"
            "\"Donald Trump made promises,\" said Joe Kerrigan, a steelworker.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Donald Trump") == "person"
    assert "Trump" not in kinds


def test_a_surname_sorting_people_stays_no_speaker() -> None:
    text = ("Halvorsen has vowed to cut taxes. Many Halvorsen supporters on campus refused to talk. "
            "Erik Halvorsen said he was proud.")
    full = text.index("Erik Halvorsen")
    mentions = [*_bodies(text[:full], "Halvorsen"), Mention(0, 0, full, full + 14, "Erik Halvorsen", "Erik Halvorsen", "person")]
    kinds = [m.kind for m in surnames_of_people(text, mentions) if m.name == "Halvorsen"]
    assert kinds == ["person", "organization"]
