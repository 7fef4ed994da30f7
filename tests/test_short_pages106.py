"""Short wire items (L3S-GN1's short pages, gold M): a quotation paragraph whose reporting frame lost its closing
stop, and a second uncued quotation after one given to the speaker a sentence named."""

from __future__ import annotations

from written import said_by

from brief.ingest.framed_quotes import framed_quotation
from brief.ingest.furniture import is_heading


def test_a_quotation_and_its_frame_without_a_stop_is_no_heading() -> None:
    assert framed_quotation("“I want to stay in the top 20,” she said")
    assert framed_quotation("'We will win,' Rovers boss Ivo Marten told the club's website")
    assert framed_quotation("“Ready?” asked Mara Velik, a spokeswoman for the port")
    assert not is_heading("“I want to stay in the top 20,” she said")
    # headings and titles in quote marks stay headings
    assert is_heading("“Dune” review")
    assert is_heading("“Hello,” world of tomorrow")
    assert is_heading("Latest News")
    assert is_heading("'We will not back down,' says Tam Orrin as strike looms")  # a headline reports in the present


def test_the_speakers_words_in_a_frame_without_a_stop_are_read() -> None:
    text = ("Dara Quint's season got off to a poor start last night when she lost in the first round of the Harbour Open.\n\n"
            "Quint, who has yet to pass the third round of a major, is sure she will recover quickly.\n\n"
            "“I want to stay in the top 20,” she said\n\n"
            "“I know I have the game to win big titles one day but I still lack a little experience.\n\n"
            "“The more big matches I play, the more I will learn from them.”\n\n"
            "Quint made 30 unforced errors.\n")
    said = said_by(text)["Dara Quint"]
    assert any("top 20" in p for p in said)
    assert any("the more I will learn from them" in p for p in said)


def test_the_next_uncued_quotation_goes_on_with_the_speaker_named_before() -> None:
    text = ("Harbour midfielder Tomas Reyk is close to signing for Dunmere Rovers.\n\n"
            "Rovers boss Ivo Marten remained confident that he will land his man.\n\n"
            "\"We are hoping we can get things done. He's a wide player who can play up front as well.\"\n\n"
            "\"He has got decent pace and can finish. We think it will be a good signing for us.\"\n\n"
            "Reyk has scored five goals this season.\n")
    said = said_by(text)["Ivo Marten"]
    assert any("We are hoping" in p for p in said)
    assert any("a good signing for us" in p for p in said)
    assert not said_by(text).get("Tomas Reyk")
