"""Pull quotes: a quotation a page shows alone, as a display line, and gives again further down with its speaker
("“At NYU, everyone feels ...”" above the paragraph where "he said" it).

Why: a quotation alone in its paragraph is read as going on from the last speaker, which for a pull quote is whoever
the paragraph before named; the words are the speaker's who says them below. The display copy is passed over, and
the quotation is read where the article frames it.
"""

from __future__ import annotations

import re

PULL_QUOTE_WORDS = 8
"""Words of the quotation's opening that must be written again, word for word, further down: fewer match a
commonplace ("I don't know"), and a pull quote repeats at least its first line."""
_WORD = re.compile(r"[\w'’-]+")


def quoted_again(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation at ``span`` opens with words the text writes again after it."""
    words = _WORD.findall(text, span[0], span[1])[:PULL_QUOTE_WORDS]
    if len(words) < PULL_QUOTE_WORDS:
        return False
    pattern = r"\W+".join(re.escape(w) for w in words)
    return re.search(pattern, text[span[1] :]) is not None
