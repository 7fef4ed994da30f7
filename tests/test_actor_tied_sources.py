"""People named by their tie to someone ("a former aide to Senator Greer", "Friends of Greer", "a source close to
Moreno ..., telling") speak for themselves, never for the person they are tied to:
brief.actors.unofficial_sources.close_to_named, read by brief.actors.positions and brief.actors.apposed_subject,
on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_SENATOR = ("Senator's trial hears of cash bags\n\n"
            "Senator Paul Greer has denied taking bribes from a paving contractor.\n\n"
            "A former aide to Senator Paul Greer told the court that he had handled cash for the senator. Friends of "
            "Greer, however, insisted that the senator never touched the money.\n\n"
            "The singer Tia Moreno, who performed at his fundraiser, has said nothing. But a source close to Moreno "
            "painted a different picture, telling the Daily Star that she had already left the campaign.\n")


def test_a_former_aide_does_not_speak_for_the_person_served() -> None:
    assert "Paul Greer" not in holders(report_of(_SENATOR), "he had handled cash")


def test_friends_opening_the_sentence_do_not_speak_for_their_friend() -> None:
    assert "Paul Greer" not in holders(report_of(_SENATOR), "never touched the money")


def test_a_participle_after_a_close_source_is_not_the_named_persons() -> None:
    assert "Tia Moreno" not in holders(report_of(_SENATOR), "already left the campaign")


_STRAIT = ("Tanker seized in strait\n\n"
           "The tanker was sailing close to Norland. Norland said on Monday that the crew had been detained for "
           "questioning.\n")


def test_a_tie_in_the_sentence_before_does_not_silence_the_name() -> None:
    assert "Norland" in holders(report_of(_STRAIT), "the crew had been detained")
