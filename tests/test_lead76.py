"""A name set off by commas right after someone's job is a person ("Mira Sand's longtime stylist, Law Roach, said"),
though the tagger read a word of it as a firm's; a firm's job ("the company's lawyer, X,") leaves the name as typed
(brief.actors.apposed_jobs); on articles written for this test."""

from __future__ import annotations

from written import kinds_of, said_by

_CARPET = ("Red carpet\n\nMira Sand wore a plum gown in London.\n\nMira Sand's longtime stylist, Law Roach, pointed out "
           "in a post that she wore the dress before it hit stores.\n\nThe premiere drew a large crowd.")


def test_a_name_after_someones_job_is_a_person() -> None:
    assert kinds_of(_CARPET)["Law Roach"] == "person"
    assert said_by(_CARPET)["Law Roach"] == ["that she wore the dress before it hit stores"]


def test_a_firms_job_leaves_the_name_as_typed() -> None:
    kinds = kinds_of("Deal\n\nThe firm's longtime lawyer, Harbour Legal Partners, said the deal was fair.\n\n"
                     "The vote is Friday.")
    assert kinds["Harbour Legal Partners"] == "organization"
