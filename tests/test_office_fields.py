"""An office written in lower case with its field after "of", right before a name ("her chief of staff Dana
Petrov", "head of research Tomas Vale", "professor of law Ama Osei"), is the person's role, on an article written
for these tests; before, only a capitalised field was read ("White House Chief of Staff Lena Ortiz")."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.fielded_callings import office_of_field

_HARBOUR = (
    "Council backs harbour plan after long debate\n\n"
    "The council of Dunmere on Tuesday backed a plan to rebuild the harbour wall.\n\n"
    "\"We expect work to start in spring,\" said head of research Tomas Vale, who led the council's study.\n\n"
    "The plan was criticised by professor of law Ama Osei, who said the council had skipped a hearing.\n\n"
    "Mayor Ines Calder's chief of staff Rolf Menne said the mayor would answer questions on Friday. The chief of "
    "staff added that the budget was fixed.\n\n"
    "Deputy chief of staff Nils Aberg declined to comment."
)


def test_a_lower_case_office_with_its_field_is_the_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_HARBOUR))}
    assert roles["Tomas Vale"] == "head of research"
    assert roles["Ama Osei"] == "professor of law"
    assert roles["Rolf Menne"].endswith("chief of staff")
    assert roles["Nils Aberg"] == "Deputy chief of staff"


def test_only_an_office_takes_a_field() -> None:
    assert office_of_field(["chief", "of", "police"]) and office_of_field(["director", "of", "communications"])
    assert not office_of_field(["mother", "of", "two"]) and not office_of_field(["member", "of", "staff"])
    assert not office_of_field(["head", "of", "the"]) and not office_of_field(["Head", "of", "Research"])


_HARBOUR_DEAL = (
    "Rich men clash over harbour deal\n\n"
    "Shipping magnate Lars Halvorsen said on Monday the deal was dead. Property tycoon Mirela Costa said it was "
    "alive. Billionaire investor Dana Whit said she would buy the port. Tech entrepreneur Ola Brandt said the bid "
    "was a bluff.\n\n"
    "\"Nobody sells a port in a week,\" the magnate told the Harbour Gazette."
)


def test_the_rich_are_named_by_their_callings() -> None:
    report = report_of(_HARBOUR_DEAL)
    roles = {a.name: a.role for a in actors_of(report)}
    assert roles["Lars Halvorsen"] == "Shipping magnate" and roles["Mirela Costa"] == "Property tycoon"
    assert roles["Dana Whit"] == "Billionaire investor" and roles["Ola Brandt"] == "Tech entrepreneur"
    assert holders(report, "Nobody sells a port") == ["Lars Halvorsen"]
