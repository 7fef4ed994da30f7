"""Deed shapes among the positions still judged wrong on the read pages (session 48, helper readpos49), each on
an article written for these tests: a way of regarding written with "as" ("sees the bill as a test"), an
announcement still to come of a thing ("will announce a new border strategy"), others committed to a course
("has committed his committee to a review"), and a guest brought into a meeting past a long aside between dashes.
Each is no statement of its subject's; what the same people say in the articles stays theirs."""

from __future__ import annotations

from written import said_by

_TESSALY = (
    "Lawmakers in Tessaly move to widen police powers after attacks\n\n"
    "Tessaly's lawmakers are drafting an emergency bill to give the police new powers to search homes without a "
    "warrant, after a string of bombings in the capital.\n\n"
    "The Tessaly administration will announce a new border strategy next week, officials said.\n\n"
    "Researchers observed the moon Callisto for 23 nights, from March 2019 through June 2020, and recorded plumes on "
    "eleven of them.\n\n"
    "Interior Minister Hana Petrov sees the bill as a test of her government's resolve.\n\n"
    "President Ilya Marek invited his son Pavel to the signing ceremony.\n\n"
    "\"No one will be above the law,\" Petrov said."
)

_CALLISTO = (
    "Telescope team reports water on distant moon\n\n"
    "Scientists at the Orla Institute have found signs of water on Callisto, one of Jupiter's moons, the institute "
    "said on Monday.\n\n"
    "The researchers observed Callisto for 23 nights, from March 2019 through June 2020, using the Keck telescope in "
    "Hawaii.\n\n"
    "\"This is the clearest evidence yet,\" said Dr. Mina Castell, who led the study.\n\n"
    "Opposition lawmakers are drafting a bill to give the agency more money for telescopes, said Senator Tom Reyes.\n\n"
    "Analyst Kurt Bram sees the institute's funding as its \"weak spot.\"\n\n"
    "Castell invited her former students to the launch of the report."
)

_HARWICK = (
    "Harwick council weighs new library as budget tightens\n\n"
    "Harwick Mayor Lena Ostrow is planning to open a second public library in the east of the town, two officials "
    "said on Tuesday.\n\n"
    "Ostrow planned to put the idea to a vote in March, but the council's finance chair, Dale Amory, said the town "
    "could not afford it this year.\n\n"
    "Members of the finance committee are drafting a bylaw to cap spending on new buildings until 2028.\n\n"
    "The regional governor will announce a new water strategy for the district on Monday, her office said.\n\n"
    "Amory has committed his committee to a full review of the town's borrowing before the summer recess.\n\n"
    "Ostrow invited her predecessor, Carl Wendt, to the opening of the branch library in Mill Street last week.\n\n"
    "\"We need a place where children can read after school,\" Ostrow said."
)

_LIND = (
    "Governor-elect breaks with custom in first week\n\n"
    "Governor-elect Ada Lind met the Norwegian trade envoy on Thursday at her offices in Halden.\n\n"
    "In another unusual step, Lind invited her nephew Tomas — whom she has asked to manage her family's farms while "
    "she is governor — into a meeting with the envoy.\n\n"
    "Lind said the meeting was \"a friendly talk about salmon.\""
)


def _texts(text: str, name: str) -> list[str]:
    return said_by(text).get(name, [])


def test_seeing_a_thing_as_something_is_no_statement() -> None:
    texts = _texts(_CALLISTO, "Kurt Bram")
    assert not any("weak spot" in t for t in texts), texts


def test_a_thing_still_to_be_announced_is_no_statement() -> None:
    positions = said_by(_TESSALY)
    assert not any(t.startswith("a new border strategy") for texts in positions.values() for t in texts), positions
    assert any("above the law" in t for t in positions.get("Hana Petrov", []))


def test_committing_others_to_a_course_is_no_statement() -> None:
    texts = _texts(_HARWICK, "Dale Amory")
    assert not any(t.startswith("his committee to") for t in texts), texts
    assert any("could not afford" in t for t in texts), texts


def test_a_guest_brought_into_a_meeting_past_a_long_aside_is_no_statement() -> None:
    texts = _texts(_LIND, "Ada Lind")
    assert not any(t.startswith("her nephew") for t in texts), texts
    assert any("friendly talk" in t for t in texts), texts


_HARLOW = (
    "Bank chief warns of rules maze as profits dip\n\n"
    "Northgate Bank reported lower quarterly profits on Tuesday as its legal costs rose for a third year.\n\n"
    "On Monday, Harlow Records issued a statement that seemed to clear the way for the singer to perform her old "
    "songs at the autumn awards.\n\n"
    "Portugal and Spain also sharply condemned the new tariffs, with Spanish Trade Minister Elena Ruiz warning of "
    "\"a trade war nobody can win\"."
)


def test_a_statement_described_by_a_relative_clause_gives_no_content() -> None:
    positions = said_by(_HARLOW)
    assert not any(t.startswith("that seemed") for t in positions.get("Harlow Records", [])), positions
    assert any("trade war" in t for t in positions.get("Elena Ruiz", [])), positions


_HEARING = (
    "Hearing ends with clash over leaks\n\n"
    "The committee heard from three former aides on Tuesday.\n\n"
    "Dale Morrow said other staff had raised fears about Nina Dorn possibly sharing files with reporters, a prospect "
    "Dorn denied earlier in the day.\n\n"
    "The two nations that border the river - Norland and Vestia - also sharply criticised the dam project, with "
    "Vestian Foreign Minister Oskar Lund warning of \"grave consequences\"."
)


def test_a_prospect_another_denied_is_not_the_speakers_words() -> None:
    positions = said_by(_HEARING)
    assert positions.get("Dale Morrow") == ["other staff had raised fears about Nina Dorn possibly sharing files with "
                                            "reporters"], positions
    assert not any(t.strip(" .") == "earlier in the day" for texts in positions.values() for t in texts), positions


def test_a_with_clause_of_another_named_person_is_not_the_first_holders() -> None:
    positions = said_by(_HEARING)
    assert positions.get("Vestia") == ["the dam project"], positions
    assert any("grave consequences" in t for t in positions.get("Oskar Lund", [])), positions

