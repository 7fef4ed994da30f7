"""Names of record on the new read pages (session 50, the fundus half G): southern Africa's "Adv" before an
advocate's name and a rank written as one hyphenated word ("Major-Gen") are titles, not names; a surname of
particles ("De La Rosa") names the one who bears it; initials in brackets after a name holding initials of its
own ("UN Relief and Works Agency (UNRWA)") are that body's; a party's nickname and name ("Tories",
"Conservatives") are one party; a state of two words the tagger read as a person ("Madhya Pradesh") is a place;
a technique defined at a sentence's opening ("Robotic process automation (RPA) came ...") is no body.
On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_TRIAL = (
    "Witness tells court of unrest messages\n\n"
    "DURBAN - The first witness at the trial was police head Major-Gen Sipho Ndlovu, who led the inquiry into "
    "the unrest.\n\n"
    "Ndlovu said the accused had been a person of interest for months. \"We followed every account,\" he said.\n\n"
    "Adv Lerato Mokoena, who represents the accused, said the case was weak. Adv Mokoena said her client would "
    "testify next week.\n"
)

_UNION = (
    "Union readies for contract fight\n\n"
    "Alano De La Rosa holds the top office in Local 90 as its secretary-treasurer. He told me the drive had gone "
    "well.\n\n"
    "In 2015, it was De La Rosa who first signed up Fischer, then a teenage loader, to be in the union.\n\n"
    "But members are readying themselves for a fight. De La Rosa said, \"There is a lot of positive buzz.\"\n"
)

_AGENCY = (
    "Court hears final day of arguments on aid ban\n\n"
    "The court heard arguments on Friday over Israel's ban on the UN Relief and Works Agency for Palestine "
    "(UNRWA), the main UN agency that helps Palestinians.\n\n"
    "UNRWA said it would keep working in Gaza. The ban has forced UNRWA to suspend operations, the agency "
    "said.\n\n"
    "The UN Relief and Works Agency for Palestine has 13,000 staff in the territory.\n"
)

_GIFTS = (
    "Prime minister defends accepting gifts\n\n"
    "The prime minister defended accepting gifts from a donor on Tuesday, following calls from the Tories for "
    "an inquiry.\n\n"
    "The Conservatives said the rules had been broken. The Tories want the standards commissioner to look "
    "again.\n\n"
    "A spokesman for the prime minister said every gift had been declared.\n"
)

_STATE = (
    "State tops list of abandoned infants for fifth year\n\n"
    "BHOPAL: Madhya Pradesh continues to report the highest number of infant abandonment cases in the country, "
    "data released on Monday shows.\n\n"
    "The report shows that Madhya Pradesh has recorded the most cases in each of the past five years. Despite "
    "falls in the national figures, Madhya Pradesh remained at the top from 2019 to 2023.\n\n"
    "Officials said cases under Madhya Pradesh's two-child policy would be examined.\n"
)


def test_advocate_and_hyphenated_ranks_are_titles() -> None:
    actors = {a.name: a for a in actors_of(report_of(_TRIAL))}
    assert "Sipho Ndlovu" in actors and "Major" not in actors["Sipho Ndlovu"].role
    assert "Lerato Mokoena" in actors and not any(name.startswith(("Adv", "Major")) for name in actors)
    assert len(actors["Lerato Mokoena"].positions) == 2


def test_a_surname_of_particles_names_its_bearer() -> None:
    names = [a.name for a in actors_of(report_of(_UNION)) if a.kind == "person"]
    assert names == ["Alano De La Rosa"]


def test_initials_of_a_name_holding_initials_are_its_own() -> None:
    bodies = [a for a in actors_of(report_of(_AGENCY)) if "UNRWA" in (a.name, *a.aliases)]
    assert len(bodies) == 1 and "UN Relief and Works Agency for Palestine" in (bodies[0].name, *bodies[0].aliases)


def test_a_partys_nickname_and_name_are_one_party() -> None:
    parties = [a for a in actors_of(report_of(_GIFTS)) if {"Tories", "Conservatives"} & {a.name, *a.aliases}]
    assert len(parties) == 1 and {"Tories", "Conservatives"} <= {parties[0].name, *parties[0].aliases}


def test_a_state_of_two_words_is_a_place() -> None:
    places = {a.name: a.kind for a in actors_of(report_of(_STATE))}
    assert places.get("Madhya Pradesh") == "place"


_BOTS = (
    "Where does that leave the bots?\n\n"
    "Robotic process automation (RPA) came into vogue over a decade ago as firms looked to cut costs. Like an "
    "agent, RPA drives workflows by following fixed steps.\n\n"
    "\"RPA can mimic human actions,\" said Lena Ortiz, an analyst at Marlow Research. RPA vendors are adding new "
    "features, and Korvel Systems said its sales rose.\n\n"
    "Korvel Systems chief executive Dan Weir said RPA would last.\n"
)


def test_a_technique_defined_at_a_sentences_opening_is_no_body() -> None:
    names = {a.name for a in actors_of(report_of(_BOTS))}
    assert "Korvel Systems" in names and "RPA" not in names
