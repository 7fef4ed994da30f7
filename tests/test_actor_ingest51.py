"""Page formats whose speakers brief misread (session 49, helper ingest51), on articles written for these tests:
each failed before its rule."""

from __future__ import annotations

from written import said_by

from brief.ingest.text import article_from_text
from brief.text.sentences import split_article

_LETTERS_PAGE = (
    "Letters: The new bypass will ruin Fenwick Vale\n\n"
    "The council's plan for a bypass through Fenwick Vale is a mistake. The road will cut the village off from its "
    "school and double the traffic on the high street. I urge councillors to think again before the vote on "
    "Thursday.\n\n"
    "Harriet Colborne\nFenwick Vale\n\n"
    "The bypass is long overdue. Lorries have rattled the windows of Mill Lane for twenty years, and the new road "
    "will finally take them away from our homes.\n\n"
    "Dominic Ashworth\nChair, Mill Lane Residents' Association\n\n"
    "Readers are invited to send letters of no more than 300 words."
)


def test_a_letter_signed_with_a_title_and_organisation_is_its_writers() -> None:
    # before: only "Name" / "Town" signed a letter; "Name" / "Chair, Organisation" left the second letter no one's
    got = said_by(_LETTERS_PAGE)
    assert any("Lorries have rattled" in p for p in got.get("Dominic Ashworth", []))
    assert any("I urge councillors" in p for p in got.get("Harriet Colborne", []))


_OPEN_LETTER = (
    "Retired judge asks for a longer consultation on court closures\n\n"
    "Dear Editor,\n\n"
    "I read your report on the closure of the Brackenford magistrates' court with dismay.\n\n"
    "Witnesses from the valley villages will now travel two hours by bus to give evidence. "
    "I ask the ministry to extend its consultation until the spring.\n\n"
    "Judge Emeritus Rowena Castellane\n"
    "Former Presiding Judge, Brackenford Circuit\n"
    "Honorary President, Valley Access to Justice Trust"
)


def test_a_letter_greeting_its_editor_is_signed_by_a_block_with_honorifics() -> None:
    # before: a signature of a name with honorifics and two lines of offices under it signed nothing
    got = said_by(_OPEN_LETTER.replace("Judge Emeritus ", "Dr. "))
    assert any("I ask the ministry" in p for p in got.get("Rowena Castellane", []))



def test_what_people_a_letter_names_do_is_not_its_writers_claim() -> None:
    # before: "I see members vote against ..." was listed as the signing writer's "votes against ..."
    text = _OPEN_LETTER.replace(
        "I ask the ministry", "Too often I see councillors oppose reforms that their own party proposed. I ask the ministry"
    ).replace("Judge Emeritus ", "Dr. ")
    got = said_by(text)
    assert any("I ask the ministry" in p for p in got.get("Rowena Castellane", []))
    assert not any("reforms" in p for p in got.get("Rowena Castellane", []))


def test_a_report_of_a_report_that_says_nothing_is_no_position() -> None:
    # before: "X told reporters today, according to the press office." listed "says X told reporters today" as X's
    text = (
        "Deputy backs hospital plan\n\n"
        "The people's deputy Marta Kovalenko told reporters today, according to the press office. "
        "She said the region needed a new hospital before winter."
    )
    assert said_by(text) == {"Marta Kovalenko": ["the region needed a new hospital before winter"]}


def test_a_fact_checks_claim_keeps_its_label() -> None:
    # before: "CLAIM: " was trimmed as a dateline, and the summary stated the tested claim as the page's news
    text = (
        "FACT FOCUS: Video of flooded Carrow airport runway is from 2019\n\n"
        "A video shared widely online this week claims to show the runway of Carrow airport under water.\n\n"
        "CLAIM: Carrow airport was flooded on Monday and all flights were cancelled.\n\n"
        "THE FACTS: The video was filmed in November 2019, when a burst water main flooded part of the runway."
    )
    got = [s.text for s in split_article(article_from_text(text, 1, "1.txt"))]
    assert "CLAIM: Carrow airport was flooded on Monday and all flights were cancelled." in got


def test_a_frame_told_with_no_hearer_is_no_position_either() -> None:
    # before: "X told today, according to ..." listed "says X told today"; dropping that alone left "tells according to"
    text = (
        "Deputy criticises coalition over visit\n\n"
        "By inviting the delegation of the Dravic parliament, the coalition showed that it serves foreign interests. "
        "The people's deputy Anatol Vrublenko told today, according to the press office of the Harvest faction."
    )
    assert not said_by(text).get("Anatol Vrublenko")
