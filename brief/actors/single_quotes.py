"""Quotations written in single marks or guillemets, as British and many other sites write them ("'We have waited
two years,' she said. 'Finally the budget balances.'"), read by the attribution model as quotations.

The model knows only double marks as quotation marks: to it a single mark is an apostrophe, so a
single-quoted sentence before its frame is no content and the speaker's first words go to no one
(only a second quotation after "she said" was read, as that cue's plain content). The model is
given the paragraph with each pair of single marks that wraps words turned into double ones (same
length, so every offset holds); the article's own text keeps its marks.

Only a paragraph with no double mark of its own: where double marks are the quotation, single ones
inside are a quotation within it ("'Hamlet'" in a speaker's words) or a title, and stay. A mark
opens a pair only at a word's start after a space or an opening bracket or dash, and closes it only
after a word or its punctuation and before no letter, so an apostrophe ("don't", "'90s", "'em")
neither opens nor closes one; a plural possessive ("the boys' club") is passed over as a closing
while a later closing mark stands in the paragraph, unless a word that joins a clause follows it. A comma set outside the closing mark is put
inside it (``_COMMA_OUTSIDE``).
"""

from __future__ import annotations

import re

from brief.actors.quoted_nicknames import unmarked_nicknames

_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=[^\W_])")
"""A single mark opening a quotation: at a word's start, after a space, a bracket or a dash."""
_CLOSES = re.compile(r"(?<=\S)[’'](?=[\s.,;:!?)\]—–]|$)")
"""A single mark closing a quotation: after a word or its punctuation, before no letter."""
_POSSESSIVE = re.compile(r"\s+[a-z]")
"""What follows a plural possessive's mark ("the boys' club"): a lower-case word, no frame's comma."""
_DOUBLE = re.compile("[“”\"]")
"""A double quotation mark: where a paragraph has one, its quotations are written in double marks."""


_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})
"""Guillemets («...») are quotation marks wherever they stand: read as the double marks they are."""


def as_double(text: str, title: str = "") -> str:
    """The text with each paragraph's single-mark quotations in double marks (see above), and
    guillemets as double marks. The headline's paragraph (``title``) keeps its single marks: a
    headline writes a quotation so whatever the article's style ("A lesson from Ada Quinn: 'Be
    heard'"), and the rules that read a headline expect its own marks."""
    if "«" in text or "»" in text:  # translate reads every character through its table: ~0.3 ms a page
        text = text.translate(_GUILLEMETS)
    chars: list[str] | None = None
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if title.strip() and text[start:end].strip() == title.strip():
            start = end + 1
            continue
        if text.find("'", start, end) < 0 and text.find("’", start, end) < 0:
            start = end + 1
            continue  # no single mark to close a quotation with: no pairs (the cheap test first)
        for opening, closing in _pairs(text, start, end):
            chars = chars if chars is not None else list(text)
            chars[opening], chars[closing] = "“", "”"
        start = end + 1
    text = unmarked_nicknames(text if chars is None else "".join(chars))
    if '”,' not in text and '",' not in text:
        return text  # no comma after a closing mark: nothing to swap (the cheap test first)
    return _COMMA_OUTSIDE.sub(lambda m: "," + m.group(1) if _opens_sentence(text, m.start()) else m.group(), text)


_OPENS_WORDS = re.compile(r"(?:^|(?<=[\s(\[—–:]))[‘'](?=[^\W\d_])")
"""A single mark opening quoted words (not a year's "'90s"), also right after a colon ("warns him:'If")."""


def holds_single_quotation(sentence: str) -> bool:
    """Whether a sentence opens a quotation in single marks ("The letter warns Mr Johnson: 'If we
    ..."), as a double mark shows one: a rule that reads a sentence with a mark as someone's
    quotation must read British style so too (a quotation left open runs on to the next paragraph,
    where ``as_double`` finds no pair and leaves it as it is)."""
    return _OPENS_WORDS.search(sentence) is not None


def _opens_sentence(text: str, closing: int) -> bool:
    """Whether the quotation that closes at ``closing`` opened its sentence: a whole quotation before
    its frame, not a phrase quoted inside the writer's sentence ("could “result in chaos”, saying")."""
    line = text.rfind("\n", 0, closing) + 1
    opening = max(text.rfind("“", line, closing), text.rfind('"', line, closing))
    return opening >= 0 and _SENTENCE_OPENS.search(text, line, opening) is not None


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s+)\s*$", re.MULTILINE)
"""What stands before a quotation that opens its sentence: the paragraph's start, or a stop and a space."""


_COMMA_OUTSIDE = re.compile(r"(?<=\w)([”\"]),(?=\s)")
"""A comma set after a quotation's closing mark, as British style sets it ("“We are sorry”, said
Ada Quinn"): the model learned the comma inside ("“We are sorry,” said"), and read the frame after
one outside as no frame; it is given the two swapped (same length), for a quotation that opened its
sentence only (a phrase quoted inside the writer's sentence keeps the writer's comma)."""


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (opening, closing) offsets of the single-mark quotations of one paragraph."""
    if _DOUBLE.search(text, start, end):
        return []
    closings = [m.start() for m in _CLOSES.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    at = start
    while True:
        opened = _OPENS.search(text, at, end)
        if opened is None:
            return out
        after = [c for c in closings if c > opened.start() + 1]
        if not after:
            return out
        closing = next((c for c in after if not _plural_possessive(text, c)), after[0])
        out.append((opened.start(), closing))
        at = closing + 1


def _plural_possessive(text: str, at: int) -> bool:
    """Whether the mark at ``at`` reads as a plural possessive's ("the boys' club"): not before a word that
    joins a clause ("branded the offer 'an insult to our members' and vowed", ``_CLAUSE_WORDS``)."""
    if text[at - 1 : at] not in ("s", "S") or _POSSESSIVE.match(text, at + 1) is None:
        return False
    word = re.match(r"\s+([a-z]+)", text[at + 1 : at + 20])
    return word is None or word.group(1) not in _CLAUSE_WORDS


_CLAUSE_WORDS = frozenset("and or but nor as in on at to for from with by after before when while which who that "
                          "is was were are has have had said says told added insisting saying adding".split())
"""Words that follow a closing mark, never a plural possessive's, which a noun follows ("the boys' club")."""
