"""A name right after a noun for a group of people is that group, not a person (kinds.body_apposition)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.kinds import body_apposition


def test_a_name_right_after_a_noun_for_a_group_is_that_group() -> None:
    assert body_apposition("according to whale rescue group ", ["Project", "Merrin"])
    assert not body_apposition("the group ", ["Ann", "Reyes"])  # "the group Ann Reyes founded"
    assert not body_apposition("a spokesman for ", ["Project", "Merrin"])
    text = ("Forty pilot whales stranded on Korrin Beach on Sunday, according to whale rescue group Saving "
            "Orin, which sent volunteers at dawn.\n\n"
            '"We kept them wet until the tide came back," said Tamsin Vale, a volunteer. Most of the whales were '
            "refloated.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Saving Orin") == "organization" and kinds.get("Tamsin Vale") == "person"
