"""Pull quotes: a quotation a page shows alone, as a display line, and gives again further down with its speaker
("“At NYU, everyone feels ...”" above the paragraph where "he said" it).

Why: a quotation alone in its paragraph is read as going on from the last speaker, which for a pull quote is whoever
the paragraph before named; the words are the speaker's who says them below. The display copy is passed over, and
the quotation is read where the article frames it.
"""

from __future__ import annotations

import re

from brief.actors.quoted_headings import quoted_heading

PULL_QUOTE_WORDS = 8
"""Words of the quotation's opening that must be written again, word for word, further down: fewer match a
commonplace ("I don't know"), and a pull quote repeats at least its first line."""
_WORD = re.compile(r"[\w'’-]+")


FRAME_REACH = 1500
"""Characters after the repeated opening in which its quotation closes (a paragraph)."""
_FRAMED = re.compile(r"[,.!?…]?[”\"]\s*,?\s*(?:[A-Z][\w'’.-]*\s+){0,3}?(?:he|she|they|[A-Z][\w'’-]+)?\s*"
                     r"(?:said|says|added|adds|told|tells|wrote|writes|explained|recalled)\b")
"""The quotation's close and its frame right after it ("...,” he said", "...,” Daniel said")."""


def quoted_again(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation at ``span`` opens with words the text writes again after it, in a quotation framed there
    by a verb of saying: a copy of a statement given whole again further down (a governor's statement) stays. A
    quoted heading (``quoted_headings``) is such a display line too."""
    if quoted_heading(text, span):
        return True  # "‘WE HAD PLANS AFTER RETIREMENT’": a display line of the section below, said there
    # a single quote mark is an apostrophe to _WORD: "'There" and "Sinwar'" are written again as "There", "Sinwar"
    words = [bare for w in _WORD.findall(text, span[0], span[1]) if (bare := w.strip("'’"))][:PULL_QUOTE_WORDS]
    if len(words) < PULL_QUOTE_WORDS:
        return False
    if text.find(words[0], span[1]) < 0:
        return False  # the pattern opens with the first word: not written again, nothing to compile
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words))
    for again in pattern.finditer(text, span[1]):
        close = min((k for k in (text.find("”", again.end(), again.end() + FRAME_REACH),
                                 text.find('"', again.end(), again.end() + FRAME_REACH)) if k >= 0), default=-1)
        if close >= 0 and _FRAMED.match(text, close - 1 if text[close - 1] in ",.!?…" else close):
            return True
    return False
