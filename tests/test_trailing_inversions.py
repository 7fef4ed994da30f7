"""A source named after a cue that a comma sets off after a whole clause, at the sentence's end, is the speaker and the
clause its statement, whatever the verb: "..., announced the Kessing Port Authority." (brief.actors.inverted_reports)."""

from __future__ import annotations

from written import cues_by


def test_a_body_named_after_a_set_off_cue_reports_the_clause_before() -> None:
    text = ("Harbour pilot Mara Velik died at Kessing Hospital on Tuesday, announced the Kessing Port Authority. "
            "She was 84. The port will close on Friday, according to the Authority.")
    said = cues_by(text)
    assert ("announced", "Harbour pilot Mara Velik died at Kessing Hospital on Tuesday") in said["Kessing Port Authority"]
    assert not any(cue == "announced" for cue, _ in said.get("Mara Velik", []))


def test_an_apposition_before_the_cue_keeps_the_subject_its_deed() -> None:
    said = cues_by("Ada Quinn, the port's chief, announced the Kessing Regatta. It will run for three days in May.")
    assert "Kessing Regatta" not in said or not said["Kessing Regatta"]


def test_a_bare_name_after_a_rarer_cue_speaks_though_a_when_clause_follows() -> None:
    text = ('"I will pick the three winners myself tonight," announced Velik as the crew sat down. '
            "Velik has run the Kessing regatta since 1990.")
    assert cues_by(text)["Velik"] == [("announced", '"I will pick the three winners myself tonight,"')]


def test_a_clause_after_its_cue_is_no_speaker_though_it_ends_in_a_name() -> None:
    text = ("Ada Quinn refused and, in a letter to the board last year, urged shipping firms to do away with Kessing "
            "Freight. The board did not reply.")
    said = cues_by(text)
    assert ("urged", "shipping firms to do away with Kessing Freight") in said.get("Ada Quinn", [])
    assert not said.get("Kessing Freight")


def test_a_title_before_the_name_after_a_set_off_cue_is_its_description() -> None:
    text = "Harbour pilot Mara Velik died at Kessing Hospital on Tuesday, announced port chairman Lars Moe. She was 84."
    assert cues_by(text).get("Lars Moe") == [("announced", "Harbour pilot Mara Velik died at Kessing Hospital on Tuesday")]
