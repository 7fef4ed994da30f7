"""A statement made in an attempt ("sought to assure investors that ...") is its subject's position,
though its verb stands as an infinitive (brief/actors/attempted_sayings.py); an attempt with no claim
after it states nothing. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_claim_its_subject_sought_to_assure_others_of_is_their_position() -> None:
    """ "Norvik CEO Lena Brask sought to assure investors that ... “not far apart ...”": Brask's; not
    "tried to reach the shore", an attempt with no verb of saying."""
    article = (
        "Ferry talks drag on\n\n"
        "There are signs that Norvik Lines is feeling the pressure from its crews. On a March 3 Norvik earnings "
        "call, Peter Ostrand, an analyst for Halden Bank, raised concern about the bad press the dispute is "
        "drawing: “It seems like every week there is a new story about it.” On that same earnings call, Norvik "
        "CEO Lena Brask sought to assure investors that Norvik and the union are “not far apart on the main "
        "points.”\n\n"
        "The union did not respond to a request for comment.\n"
    )
    assert holders(report_of(article), "not far apart on the main points") == ["Lena Brask"]

    # an attempt to do a thing ("tried to reach the shore") states nothing
    deed = (
        "Storm strands ferry\n\n"
        "The Norvik ferry lost power off Halden on Sunday, the coastguard said. Captain Lena Brask tried to "
        "reach the shore with the last of the fuel before the storm closed in on the bay.\n"
    )
    assert holders(report_of(deed), "reach the shore") == []
