"""A name that opens a subordinate clause, set off from its cue by a long apposition, is the cue's subject: "The probe
came after Park Min-jae, a former top legal affairs official at Norvik, alleged that ..."
(brief.actors.opener_apposed_subjects)."""

from __future__ import annotations

from written import said_by

_OPENING = "Prosecutors raided the headquarters of Norvik Group on Tuesday in a widening bribery probe. "


def test_a_name_after_a_clause_opener_and_a_long_apposition_speaks() -> None:
    said = said_by(_OPENING + "The probe came after Park Min-jae, a former top legal affairs official at Norvik, "
                   "alleged that the group set up a slush fund to bribe judges.")
    assert any("set up a slush fund" in s for s in said.get("Park Min-jae", []))


def test_a_name_without_a_clause_opener_before_it_is_left_to_the_other_rules() -> None:
    said = said_by(_OPENING + "Police questioned Park Min-jae, a former top legal affairs official at Norvik, "
                   "and said the group set up a slush fund to bribe judges.")
    assert not any("slush fund" in s for s in said.get("Park Min-jae", []))
