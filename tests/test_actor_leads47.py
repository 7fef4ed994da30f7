"""Actor shapes left open in session 46 and fixed in session 47 (helper leads47), each on an article written for
these tests: a report inserted before "citing" ("..., Bloomberg reports, citing ...")."""

from __future__ import annotations

from written import holders, report_of

_SALE = (
    "Report: Corran Textiles weighs sale of dye plant\n\n"
    "Corran Textiles is exploring a sale of its dye division, Bloomberg reports, citing people briefed on the talks.\n\n"
    "According to the report, the company has held early talks with a buyer in Lyon.\n\n"
    "Corran chief executive Hedda Virtanen told a trade fair on Friday that the group was \"always looking at its shape\"."
)


def test_the_outlet_inserted_before_citing_reports_and_cites() -> None:
    report = report_of(_SALE)
    assert holders(report, "people briefed on the talks") == ["Bloomberg"]
    assert holders(report, "exploring a sale of its dye division") == ["Bloomberg"]


def test_a_participle_of_citing_with_no_inserted_report_stays_the_subjects() -> None:
    text = (
        "Freight firm cancels order\n\n"
        "Harlan Freight cancelled its order for four cranes on Monday, citing delays at the Vessa yard. "
        "The yard has not commented."
    )
    assert holders(report_of(text), "delays at the Vessa yard") == ["Harlan Freight"]
