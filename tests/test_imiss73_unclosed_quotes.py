"""A quotation the writer forgot to close before the frame of the next one: the frame is no quoted words.

'"We had a fine year with Orbis, Lumen's chief Ian Reid said, "and we plan to go on."': the first quotation is
Reid's, and so is the second; '"Prices must fall everywhere. He said that "the deal is off ..."': the second
quotation is not lost inside the first.
"""

from __future__ import annotations

from written import said_by

from brief.text.unclosed_quotes import closed_before_frames

ARTICLE = (
    "Storage makers stay close\n\n"
    "Lumen Storage and Orbis Data announced a new storage array for small offices on Monday.\n\n"
    "For now, the two firms seem as friendly as ever. \"We have had a fine year with Orbis, Lumen chief executive "
    "Ian Reid said, \"and we plan to go on working together.\"\n\n"
    "\"There will be no price cut unless costs fall,\" Reid told reporters. \"And costs will have to fall everywhere. "
    "He said that \"the array must be part of a larger package, and as long as chip prices rise it will be hard to "
    "sell it on its own.\"\n"
)


def test_the_quotation_before_the_frame_is_the_speakers() -> None:
    said = said_by(ARTICLE)
    reid = " ".join(said.get("Ian Reid", []))
    assert "fine year with Orbis" in reid, said
    assert "larger package" in reid, said


def test_the_marks_are_mended_in_place() -> None:
    text = "\u201cWe had a fine year with Orbis, Reid said, \u201cand we plan to go on.\u201d"
    mended = closed_before_frames(text)
    assert len(mended) == len(text)
    assert mended.startswith("\u201cWe had a fine year with Orbis,\u201dReid said, \u201cand")


def test_balanced_marks_are_left_as_written() -> None:
    text = '"A fine year," he said. "We plan to go on." She said "no" to that.'
    assert closed_before_frames(text) == text
