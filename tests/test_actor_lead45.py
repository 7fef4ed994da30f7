"""Session 41's second round of lead probes: a body's statement reported inside a person's does not make the body the
last speaker, so "He says" next goes on with the person (brief.actors.chain). Articles written for these tests."""

from __future__ import annotations

from written import report_of


def test_he_goes_on_with_the_person_who_reported_a_bodys_statement() -> None:
    report = report_of(
        "Senator steps up attacks\n\n"
        "Senator Dale Whitcombe is demanding that Mayor Tom Reyes resign over the stadium deal.\n\n"
        "\"Mayor Reyes, will you resign today?\" he asks.\n\n"
        "He notes that the Debates Commission announced on Friday that there was an issue with his microphone.\n\n"
        "He says, \"Working that microphone was harder than working the crowd.\""
    )
    says = [a.name for s in report.stories for a in s.actors for p in a.positions if p.cue == "says"]
    assert says == ["Dale Whitcombe"]
