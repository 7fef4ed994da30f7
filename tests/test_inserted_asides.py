"""Reported speech whose subject carries an aside (", including X, who ..."): what was said goes on past it."""

from __future__ import annotations

from written import cues_by


def test_a_reported_subject_with_an_including_and_who_aside_keeps_its_verb() -> None:
    said = cues_by("Mayor Dana Holt said foreign envoys, including former Chilean minister Pablo Reyes, who are in the "
                   "city to help the talks should now return home, although she also vowed to keep working for a deal.")
    assert ("said", "foreign envoys, including former Chilean minister Pablo Reyes, who are in the city to help the "
                    "talks should now return home") in said["Dana Holt"]


def test_a_reported_subject_with_an_including_aside_keeps_its_modal_verb() -> None:
    said = cues_by("Mayor Dana Holt said several countries, including Chile and Peru, would join the pact.")
    assert said["Dana Holt"] == [("said", "several countries, including Chile and Peru, would join the pact")]


def test_an_aside_after_a_finished_clause_stays_the_writers() -> None:
    said = cues_by("Mayor Dana Holt said 12 people died, including two children, and more would be found.")
    assert said["Dana Holt"] == [("said", "12 people died")]


def test_whom_it_was_told_to_stays_out_of_what_was_said() -> None:
    said = cues_by("Mayor Dana Holt then told the delegates, who were gathered in Lima, what she would do if she "
                   "were the minister: “The first thing I would do is build schools.”")
    assert all("delegates" not in text for _, text in said["Dana Holt"])
