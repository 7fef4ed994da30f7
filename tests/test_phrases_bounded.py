"""bounded_count counts a phrase as ``\\b``-bounded re.findall does, without a pattern per phrase."""

from __future__ import annotations

import re

from brief.text.phrases import bounded_count


def _by_pattern(text: str, phrase: str) -> int:
    return len(re.findall(rf"\b{re.escape(phrase)}\b", text))


def test_whole_words_only() -> None:
    text = "Orvane said Orvane's rivals at Orvanex and NeoOrvane trailed Orvane."
    assert bounded_count(text, "Orvane") == 3 == _by_pattern(text, "Orvane")


def test_bounded_beside_a_full_stop_as_the_pattern_is() -> None:
    # "\b" after a final full stop needs a word character next: "U.S. " is not bounded, "U.S.A" is
    text = "The U.S. team and the U.S.A side met U.S.-based rivals."
    for phrase in ("U.S.", "U.S", "U", "S.", "side", "-based"):
        assert bounded_count(text, phrase) == _by_pattern(text, phrase), phrase


def test_no_overlap_and_unicode_letters() -> None:
    text = "aaa aa, éaa aa_ Zürich Zürichsee"
    for phrase in ("aa", "a", "Zürich", "aa_", ""):
        assert bounded_count(text, phrase) == _by_pattern(text, phrase), phrase
