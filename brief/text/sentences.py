"""An article's sentences, each addressed by (article id, index) with offsets into its text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.model import Article, Sentence
from brief.text.claim_labels import is_claim_label
from brief.text.segment import sentence_spans

# Leads that are not part of the first sentence: "WASHINGTON (AP) — ", "New Delhi, India (CNN)", a wire's
# "DOHA/GAZA, Nov 27 (Reuters) - " (two places, the day), "CHICAGO--(BUSINESS WIRE)--Sept. 9, 2024--" (a
# release's date after its wire, closed by a dash as the wire is),
# "LONDON -- ", "NEW DELHI: ", a town and its state's or country's abbreviation ("Dekalb, Ill. — ",
# "Austin, TX – ", "Washington, DC, United States: "), a place and the day before a colon, its country in square
# brackets as Indian wires write it ("Varanasi, March 14: ", "New Delhi [India], April 14 (ANI): "), a dangling
# "( — " left when a dateline was cut away, bullets. Every dash may close one: an en or em dash, a hyphen or
# the horizontal bar ("SAN FRANCISCO (AP) ― One of the victims ..."), which left the wire inside the sentence as
# its subject's name.
_DATELINE = re.compile(
    r"""(?:
        (?:[A-Z][\w.'’-]*(?:(?:[ ,]+|/)[A-Z][\w.'’-]*){0,5}(?:[ ,]+\d{1,2})?\s*)?\((?:[A-Z][\w.&' -]{0,30})\)\s*(?:[―—–-]{1,2}\s*|(?=[A-Z0-9]))
        (?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4}\s*[―—–-]{1,2}\s*)?
      | [A-Z][A-Z.'’-]{2,}(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}\s+[―—–-]{1,2}\s+
      | [A-Z][A-Z.'’-]{2,}(?:[ ]+[A-Z][A-Z.'’-]+){0,3},?(?:[ ]+[A-Z][a-z]{0,3}\.)?:\s+(?=[A-Z“"‘'])
      | [A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,2},[ ]+(?:[A-Z][a-z]{0,3}\.(?:[ ]?[A-Z]\.)?|[A-Z]{2,3})
        (?:,[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2})?\s*(?:[―—–-]{1,2}|:)\s+(?=[A-Z0-9“"‘'])
      | [A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,2}(?:[ ]*\[[A-Z][\w .'’-]{1,30}\])?,[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?
        [ ]\d{1,2}(?:,[ ]\d{4})?(?:[ ]*\([A-Z][\w .&-]{1,20}\))?[ ]*(?::|[―—–-]{1,2})\s+(?=[A-Z0-9“"‘'])
      | [(\[]?\s*[)\]]?\s*[―—–•·*|-]+\s*
    )""",
    re.X,
)


_BRACKETED = re.compile(r"\(([A-Z][\w.&' -]{0,30})\)")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _named_with_short_form(lead: str) -> bool:
    """Whether a dateline-shaped lead is a body's name with its short form bracketed after it: "The Australian
    Education Union (AEU) Victorian branch said" opens a sentence whose subject is the union, while in
    "WASHINGTON (AP)" or "New Delhi, India (CNN)" the bracket names an agency, not the place's initials."""
    bracket = _BRACKETED.search(lead)
    if bracket is None:
        return False
    short = bracket.group(1).replace(".", "").replace(" ", "")
    words = [w for w in _CAPITALISED.findall(lead[: bracket.start()]) if w != "The"]
    return len(short) >= 2 and short == "".join(w[0] for w in words)


def lead_trim(text: str, start: int, end: int) -> int:
    """Where the sentence proper starts, past any dateline or dangling punctuation."""
    match = _DATELINE.match(text, start, end)
    if match and match.end() < end and text[match.end()].isalnum() and not _named_with_short_form(match.group()) \
            and not is_claim_label(match.group()):
        return match.end()
    return start


def sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """The index of the sentence that holds the character at ``offset``, 0 where none does (the title, furniture)."""
    return next((s.index for s in sentences if s.start <= offset < s.end), 0)


def split_article(article: Article) -> tuple[Sentence, ...]:
    """Sentences of the article's non-boilerplate paragraphs, in order."""
    out: list[Sentence] = []
    for p_start, p_end in article.paragraphs:
        spans = sentence_spans(article.text, p_start, p_end)
        spans = spans[_dateline_pieces(article.text, spans) :]
        for n, (start, end) in enumerate(spans):
            if n == 0:
                start = lead_trim(article.text, start, end)
            if not any(ch.isalnum() for ch in article.text[start:end]):
                continue
            out.append(Sentence(article.id, len(out), start, end, article.text[start:end]))
    return tuple(out)


_DATELINE_PIECE = re.compile(r"[A-Z][\w'’-]*(?:[ ,]+[A-Z][\w'’-]*){0,3}\.|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\.")
"""A piece of a dateline written with full stops, which the splitter cuts as sentences: "Brussels." and "March 4."
of Russian agencies' "Brussels. March 4. INTERFAX - The alliance ..."."""
MAX_DATELINE_PIECES = 2


def _dateline_pieces(text: str, spans: list[tuple[int, int]]) -> int:
    """How many of a paragraph's first sentences are a dateline's pieces before the agency and its dash, which
    open the sentence after them (0 where they do not): the place and the date, no statement of anyone's."""
    for n in range(1, min(MAX_DATELINE_PIECES, len(spans) - 1) + 1):
        if not _DATELINE_PIECE.fullmatch(text[spans[n - 1][0] : spans[n - 1][1]].strip()):
            return 0
        start, end = spans[n]
        if lead_trim(text, start, end) > start:
            return n
    return 0
