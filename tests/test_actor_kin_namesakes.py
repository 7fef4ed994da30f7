"""A relative named by the family names that follow someone's given name ("Ms Nadia's father, Ayu Lestari", of
Nadia Ayu Lestari) is a person of their own, not the one whose kin they are (session 38), on an article written for
these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_fathers_name_after_his_daughters_given_name_is_his_own() -> None:
    report = report_of(
        "Families wait as bodies recovered\n\n"
        "Search teams recovered six bodies on Tuesday, including 22-year-old trainee flight attendant Nadia Ayu "
        "Lestari. Ms Nadia’s father, Ayu Lestari, has said: “This is what we feared, and the sooner she is brought "
        "home, the sooner we can say goodbye.”\n\n"
        "Flight attendant Nadia Ayu Lestari had joined the airline in May."
    )
    assert holders(report, "the sooner she is brought home") == ["Ayu Lestari"]
