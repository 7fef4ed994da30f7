"""Quotations over paragraphs on old table-laid pages (session 51, quotesi62): a story's paragraphs in
one table cell stay paragraphs (brief.ingest.cell_paragraphs), and a quotation the speaker opens again
after their frame and carries on to the paragraph's end is theirs (brief.actors.reopened_quotes)."""

from __future__ import annotations

from written import holders, report_of

from brief.ingest.html import extract_html

_STORY = [
    "Talking about the new season at the Dunmere ground, Rovers striker Pel Ostrander said: \"This is a "
    "chance to start again with a trophy in the cabinet.",
    "\"To lift a cup in March lifts everybody. Some teams forget that but it can carry you through the "
    "spring.",
    "\"What a cup does, when you win it early, is make you feel like winners. Remember what happened the "
    "first year we won it.\"",
    "However, the Rovers go into the first leg without four injured defenders and their first-choice "
    "goalkeeper, who broke a finger in training last week.",
    "The club's owners have said they want the league title above all else this season, and the manager "
    "has been told as much by the board.",
]


def _table_page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<P>{p}</P>" for p in paragraphs)
    return f"<html><head><title>Ostrander: a cup would lift Rovers</title></head><body><table><tr><td>{body}</td></tr></table></body></html>"


def test_a_story_in_one_table_cell_keeps_its_paragraphs() -> None:
    lines = extract_html(_table_page(_STORY)).text.split("\n\n")
    for paragraph in _STORY:
        assert paragraph in lines


def test_the_quotation_over_the_cells_paragraphs_is_the_speakers() -> None:
    text = extract_html(_table_page(_STORY)).text
    report = report_of("Ostrander: a cup would lift Rovers\n\n" + text)
    assert holders(report, "To lift a cup in March lifts everybody") == ["Pel Ostrander"]


_REOPENED = (
    "Keeper returns to Dunmere\n\n"
    "The Harbour Rovers goalkeeper Tomas Kellerby returned to training on Monday after a long injury.\n\n"
    "\"Dunmere is a special place to me,\" Kellerby said Saturday. \"It's the finest ground in the whole "
    "league. The supporters make it what it is. Without that club, I would be selling insurance today.\n\n"
    "\"They gave me my first contract, and the people there never changed, from the office staff to the "
    "kit room. It is a special feeling to go back.\"\n\n"
    "The match starts at 3pm on Saturday."
)


def test_a_quotation_opened_again_after_the_frame_is_the_speakers() -> None:
    report = report_of(_REOPENED)
    assert holders(report, "finest ground in the whole league") == ["Tomas Kellerby"]
    assert holders(report, "selling insurance today") == ["Tomas Kellerby"]
    assert holders(report, "They gave me my first contract") == ["Tomas Kellerby"]
    # a quotation closed in its paragraph, a cue of its own after it: left to the other readers
    closed = report_of(_REOPENED.replace('insurance today.\n\n"They', 'insurance today," his agent Ruth Mallory added.\n\n"They'))
    assert holders(closed, "Dunmere is a special place") == ["Tomas Kellerby"]
    assert "Tomas Kellerby" not in holders(closed, "selling insurance today")


def test_the_same_with_curly_marks() -> None:
    text = _REOPENED.replace('"', "“", 1)
    text = (text.replace('me," Kellerby', "me,” Kellerby").replace('Saturday. "', "Saturday. “")
            .replace('\n\n"They', "\n\n“They").replace('go back."', "go back.”"))
    report = report_of(text)
    assert holders(report, "finest ground in the whole league") == ["Tomas Kellerby"]
