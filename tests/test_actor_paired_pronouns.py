"""A person named beside a pronoun by "and" ("the films he and Nils Hurst admire") is not who that pronoun, or a
"he" going on in the same sentence, stands for (session 38), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_he_after_he_and_a_name_is_not_that_name() -> None:
    report = report_of(
        "Composer and director on their musical\n\n"
        "Asked whether the film could win over audiences, director Tomas Reyes crossed his fingers. "
        "Whether his tribute to the films he and Nils Hurst admire so much reaches a wider audience is out of his "
        "hands; he simply hopes he might change the minds of a few people who dismiss the form.\n\n"
        '"We were careful with every song," Reyes said.'
    )
    assert holders(report, "change the minds") == ["Tomas Reyes"]
