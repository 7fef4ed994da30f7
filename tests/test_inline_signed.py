"""A quotation signed after a dash inside a passage (a plaque's epigraph quoted in the text) is the signer's
(brief/actors/inline_signed.py); a title in capitals signed so is a work and its maker, no one's words. On
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_PLAQUES = (
    "The stadium's plaques\n\n"
    "The stadium has honoured its great days with bronze plaques along the east gate.\n\n"
    "Aug. 2, 1971: “Preacher Ada Quinn’s summer rally for the city. This plaque marks the 1971 rally, whose "
    "closing night drew a record crowd of 91,200 to the stadium. {epigraph} —Rev. Ada Quinn.” Plaque placed "
    "1973.\n\n"
    "June 4, 1980: The Harvest festival drew 40,000 people over two days.\n"
)


def test_an_epigraph_signed_inside_a_plaques_text_is_the_signers() -> None:
    """ "‘My sermons were short, and so is life’ —Rev. Ada Quinn.”": Quinn's words; not so for a title in
    capitals signed the same way."""
    report = report_of(_PLAQUES.format(epigraph="‘My sermons were short, and so is life’"))
    assert holders(report, "My sermons were short") == ["Ada Quinn"]
    titled = report_of(_PLAQUES.format(epigraph="‘My Song For The Summer Rally’"))
    assert holders(titled, "My Song For The Summer Rally") == []
    # two signers ("— Ada Quinn and Tom Reddy, dietitians"): not the first one's alone
    two = report_of(
        "Habits that worry dietitians\n\n"
        "We asked nutrition experts which habits worry them most.\n\n"
        "1. Cutting out all fat. \"Clients come to us sure fat is the enemy, but the fats in nuts protect the heart.\" "
        "— Ada Quinn and Tom Reddy, registered dietitians\n"
    )
    assert holders(two, "fats in nuts protect the heart") == []
