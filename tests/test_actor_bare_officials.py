"""Officials written bare who spoke before a body's spokesman are the text's unnamed authorities: a later bare
"officials said" goes on with them, not with the body that spoke between (session 38), on an article written for
these tests."""

from __future__ import annotations

from written import holders, report_of


def test_bare_officials_after_a_companys_spokesman_are_not_the_company() -> None:
    report = report_of(
        "Search for missing ferry widens\n\n"
        "Rescue boats searched the strait on Tuesday. While divers had picked up a signal off the coast, no further "
        "signal was found, officials said.\n\n"
        "The ferry, whose engines were built by Marlow Engines, lacked modern tracking equipment, a Marlow "
        "spokesman said. Such systems are mostly used on long routes.\n\n"
        "Officials said the water in the search area was only 40 metres deep, which would help the divers."
    )
    assert holders(report, "40 metres deep") == []
    assert holders(report, "modern tracking equipment") == ["Marlow"]


def test_the_officials_after_a_bodys_officials_are_still_the_body() -> None:
    report = report_of(
        "City pipes get an upgrade\n\n"
        "No leak was found on Monday, officials said.\n\n"
        "Upgrading the pipes is slow work. But there is progress. Harbor Gas officials said they had begun replacing "
        "the city's old iron gas lines with plastic piping. The plastic is less likely to crack and leak, said the "
        "officials, who added that they were replacing about 100 miles of line each year."
    )
    assert holders(report, "less likely to crack") == ["Harbor Gas"]
