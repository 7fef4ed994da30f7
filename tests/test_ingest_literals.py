"""The furniture patterns run only on paragraphs holding their literals (brief.ingest.literals), and find
the same furniture as before: a story's paragraph is not searched at all, a note, a pitch or a credit still is,
however it is cased, and a paragraph with a character ``re.I`` folds to ASCII ("ſ", the Kelvin sign) is
searched whatever it holds."""

from __future__ import annotations

import re
from typing import Any

import pytest

from brief.ingest import code, furniture, page_notes
from brief.ingest.literals import literal_view, may_contain

_STORY = "The harbour board met on Tuesday and voted to dredge the northern channel before the spring tides."


class _Unsearchable:
    """A pattern that fails the test if it is searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, *args: Any) -> None:
        raise AssertionError(f"searched: {self.pattern.pattern[:40]}")

    def match(self, *args: Any) -> re.Match[str] | None:
        return self.pattern.match(*args)


@pytest.mark.parametrize(("module", "name"), [
    (furniture, "_PROMOTION"), (furniture, "_ABOUT_THE_ARTICLE"), (furniture, "_CONTACT_US"),
    (furniture, "_COPYRIGHT"), (furniture, "_CUT_MID_PHRASE"), (furniture, "_CAPTION_CREDIT"),
    (page_notes, "_SAFE_HARBOUR"), (page_notes, "_ADDRESSED"), (code, "_HINT"),
])
def test_a_storys_paragraph_is_not_searched(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
    monkeypatch.setattr(module, name, _Unsearchable(getattr(module, name)))
    assert not furniture.is_boilerplate(_STORY)
    assert furniture.story_spans(_STORY, []) == ([(0, len(_STORY))], [])


@pytest.mark.parametrize("paragraph", [
    "Subscribe now for unlimited digital access.",
    "SIGN UP FOR OUR NEWSLETTER to get the day's news.",
    "An earlier version of this story misstated the mayor's age.",
    "The Associated Press contributed to this report.",
    "This post was SPONSORED by Hollin Mills.",
    "Please contact us with your tips.",
    "We would love to hear from you.",
    "Copyright 2023 Hollin Gazette.",
    "ALL RIGHTS RESERVED.",
    "The mill reopened, and the...",
    "The new ferry on its first run (Photo: Jane Roe)",
    "This release contains Forward-Looking Statements within the meaning of the act.",
    "Good morning and Welcome to our live coverage of the harbour vote.",
    "We may earn a commission when you buy through links on our site.",
    "Jane Roe and Bo Lind contributed to this report.",
    "Please enable JavaScript to view the comments.",
])
def test_furniture_is_found_however_cased(paragraph: str) -> None:
    assert furniture.is_boilerplate(paragraph)


def test_a_character_folding_to_ascii_turns_the_literal_test_off() -> None:
    assert literal_view("\u017fubscribe now") is None  # "ſubscribe": re.I reads it "subscribe"
    assert literal_view("\u212aelvin") is None
    assert may_contain(None, ("subscri",))
    assert not may_contain(literal_view("Caf\u00e9 opens"), ("subscri",))
    assert furniture.is_boilerplate("\u017fubscribe now to read on.")
