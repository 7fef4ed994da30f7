"""brief.text.memo.looked_up: each distinct new key worked out once, the memo emptied past its limit."""

from __future__ import annotations

import pytest

from brief.text.memo import looked_up


def test_each_new_key_is_made_once_and_remembered() -> None:
    made: list[str] = []

    def upper(word: str) -> str:
        made.append(word)
        return word.upper()

    memo: dict[str, str] = {"the": "THE"}
    assert looked_up(memo, ["the", "vote", "the", "vote", "count"], upper) == ["THE", "VOTE", "THE", "VOTE", "COUNT"]
    assert made == ["vote", "count"]
    assert looked_up(memo, ["count", "the"], upper) == ["COUNT", "THE"]
    assert made == ["vote", "count"]


def test_a_full_memo_starts_again() -> None:
    memo = {n: n * 2 for n in range(5)}
    assert looked_up(memo, [1, 9], lambda n: n * 3, limit=3) == [3, 27]
    assert memo == {1: 3, 9: 27}
    assert looked_up(memo, [1], lambda n: -n, limit=3) == [3]


def test_attribution_reads_on_after_its_word_memo_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MEMO_MAX words (a large pile read in one process) the next document used to raise KeyError."""
    from brief.actors.attribution import document

    monkeypatch.setattr(document, "MEMO_MAX", 3)
    document.build_doc("The vote was counted on Monday.")
    doc = document.build_doc("The vote was counted again on Tuesday.")
    assert doc.words[:3] == ["the", "vote", "was"] and len(doc.lemmas) == len(doc.words)


def test_the_tagger_reads_on_after_its_word_cache_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past WORD_CACHE_MAX words the tagger emptied its cache and scored only the words missing before:
    the next sentence with a word seen earlier raised KeyError."""
    from brief.actors import ner

    monkeypatch.setattr(ner, "WORD_CACHE_MAX", 3)
    first = ner.tag_sentences([["Angela", "Merkel", "visited", "Paris", "."]])
    again = ner.tag_sentences([["Angela", "Merkel", "left", "Paris", "on", "Monday", "."]])
    assert first[0][:2] == again[0][:2] and first[0][0].endswith("PER")
