"""A speech printed in full under a heading that announces it (brief/actors/transcript_headings.py):
its quoted paragraphs are the speaker's the heading names, not the last speaker's before the heading.
On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_BEFORE = (
    "Governor opens the new session\n\n"
    "Governor Edith Marlowe set out twelve bills for the coming year, Governor Marlowe said in her address "
    "to the Tarnby assembly on Tuesday.\n\n"
    "She read the address from the old oak lectern, as her predecessors have done since 1911.\n\n"
    "Protesters gathered outside the assembly hall before noon, and several were led away by officers.\n\n"
    "On social media the Tarnby Constabulary said: “A further group of about thirty has gathered by the river "
    "gate and officers are speaking to them.”\n\n"
)
_SPEECH = (
    "“Members of the Assembly.\n\n"
    "“My administration will govern for every valley and every town of this province.\n\n"
    "“My ministers will bring forward a bill to rebuild the northern ferry docks. Its cost will be met "
    "from the harbour fund.\n\n"
    "“I wish you wisdom in your counsels.”\n\n"
)


def test_the_paragraphs_under_a_full_transcript_heading_are_the_speakers_it_names() -> None:
    """ "The Governor's Address 2031 full transcript" over quoted paragraphs: the Governor's, each one,
    and none the constabulary's quoted just before the heading; not so under another heading."""
    article = _BEFORE + "The Governor's Address 2031 full transcript\n\n" + _SPEECH + "Send us your news tips.\n"
    report = report_of(article)
    assert holders(report, "govern for every valley") == ["Edith Marlowe"]
    assert holders(report, "Its cost will be met from the harbour fund") == ["Edith Marlowe"]
    assert holders(report, "I wish you wisdom in your counsels") == ["Edith Marlowe"]

    # a heading that announces no text in full ("Pictures from the day") is no transcript
    other = _BEFORE + "Pictures from the day\n\n" + _SPEECH
    assert "Edith Marlowe" not in holders(report_of(other), "I wish you wisdom in your counsels")
