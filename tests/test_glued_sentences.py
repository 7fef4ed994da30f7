"""Sentences glued with no space after the stop, as pages built from summary cards write them ("said on
the radio tonight.When reached, a spokesman declined"), and a calling used alone for the one person named
with it ("met with rapper X ..., according to the rapper"), on articles written for these tests. Before,
the glued sentence was read as the tail of the one before: its words went to that one's speaker, and its
subject to no one."""

from __future__ import annotations

from written import holders, report_of, said_by

from brief.ingest.text import article_from_text

_WATER = (
    "Governor picks Harlan Voss for the water board\n\n"
    "Governor Elaine Marsh today offered state senator Harlan Voss the chair of the water board, her chief of "
    "staff Dana Petrov said on KTVL tonight.When reached by the Ridgefield Courier, a spokeswoman for Voss "
    "declined to say whether he had accepted.\n\n"
    "Voss, 58, has led the Senate's agriculture committee since 2019.\n\n"
    "\"Harlan knows every river in this state,\" Marsh said in a statement on Wednesday.\n\n"
    "Farm groups welcomed the choice.Environmental groups said they would wait to see his first budget."
)

_VISIT = (
    "Mayor meets singer at city hall\n\n"
    "Mayor Elena Castell met with rapper Dario Quell at City Hall today, discussing \"youth centres,\" "
    "policing and rents in the east end, according to the rapper. Castell appeared to have a different "
    "take on the meeting, saying the two \"talked about music.\"\n\n"
    "Quell grew up two streets from the hall."
)


def test_a_glued_stop_is_read_as_a_sentence_end() -> None:
    text = article_from_text(_WATER, 1, "water.txt").text
    assert "tonight. When reached" in text and "choice. Environmental" in text


def test_a_glued_sentence_goes_to_its_own_speaker() -> None:
    said = said_by(_WATER)
    assert any(s.startswith("Governor Elaine Marsh today offered") for s in said["Dana Petrov"])
    assert not any("When reached" in s for texts in said.values() for s in texts)
    assert holders(report_of(_WATER), "wait to see his first budget") == ["environmental groups"]


def test_addresses_and_code_stay_whole() -> None:
    written = "Visit www.example.Com or write to desk@news.Org today.\n\nIt was Dale vs.Smith. Call console.Log(x) in Node.Js."
    assert article_from_text(written, 1, "a.txt").text == written


def test_a_calling_alone_goes_back_to_the_one_named_with_it() -> None:
    assert holders(report_of(_VISIT), "met with rapper Dario Quell") == ["Dario Quell"]
    assert holders(report_of(_VISIT), "talked about music") == ["Elena Castell"]
