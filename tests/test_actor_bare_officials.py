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
