"""How many words a text has, in scripts written with spaces and in those written without.

Chinese and Japanese put no spaces between words, so ``len(text.split())`` makes a Japanese
article of 2,000 characters "1 word" and every rule that asks how long a text is (is this page a
caption, a list, an article?) calls it a caption. Here a run of Han, kana or full-width kana
counts as its length in characters over ``CJK_CHARS_PER_WORD``; everything else is counted by
spaces, as before, so English counts do not change.
"""

from __future__ import annotations

import re

CJK_CHARS_PER_WORD = 2
"""Characters per word in Japanese and Chinese news text: Japanese words average 2-3 characters
(with particles of one), Chinese words 1.5-2; two keeps a caption of 30 characters a caption and a
paragraph of 200 characters a paragraph, whichever of the two it is."""

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_OTHER_WORD = re.compile(rf"(?:(?![{_CJK}])\S)*[^\W{_CJK}](?:(?![{_CJK}])\S)*")


def count_words(text: str) -> int:
    """Words in ``text``: space-separated words, plus CJK characters over ``CJK_CHARS_PER_WORD``."""
    if not _CJK_CHAR.search(text):
        return len(text.split())
    return len(_OTHER_WORD.findall(text)) + cjk_words(text)


def cjk_words(text: str) -> int:
    """The words of ``text`` written in Han or kana: a script without capitals, so never a name by its case."""
    return -(-len(_CJK_CHAR.findall(text)) // CJK_CHARS_PER_WORD)


def word_before(text: str, start: int, reach: int) -> str:
    """The last space-separated word of the ``reach`` characters before ``start``, as written, or "": the word a
    mention found by a pattern keeps as the one before it ("against" Time magazine)."""
    before = text[max(0, start - reach) : start].split()
    return before[-1] if before else ""
