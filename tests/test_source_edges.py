"""Where the model's source stops short of its name (brief/actors/source_edges.py): a cue that opens
with the rest of the name the source ends with ("Bus Union secretary Toby | Warnes told") gives the
name back to the source, and the statement to the person. On an article written for this test."""

from __future__ import annotations

from written import holders, report_of


def test_a_name_split_between_source_and_cue_is_the_speakers() -> None:
    strike = (
        "Rail strike brings city to a standstill\n\n"
        "Thousands of commuters were left stranded on Monday as a rail strike shut down most services.\n\n"
        "Rail, Tram and Bus Union secretary Toby Warnes told 2GB that the strike would go ahead unless the "
        "government improved its pay offer.\n\n"
        "Premier Chris Minns said the union was holding the city to ransom."
    )
    assert holders(report_of(strike), "the strike would go ahead") == ["Toby Warnes"]
