"""Rule-based English sentence segmentation with character offsets.

Why rules and not Punkt: the package must run offline with no NLTK data, be fast enough to
segment whole news feeds interactively, and handle news conventions (titles, initialisms,
``U.S.`` at the end of a sentence, DUC ````quotes''``, numbered lists) that a plain
abbreviation list gets wrong.

How it works, in one linear pass per paragraph block:

* blank lines are hard boundaries (blocks are segmented independently); a line break is a
  boundary before a line that does not start in lower case when the line before is shorter than
  a wrapped line or the next line is indented (headings, captions, list items);
* every run of terminal punctuation (``. ! ? …``, spaced ellipses ``. . .``) followed by
  optional closing quotes/brackets/citations and then whitespace (or the end) is a *candidate*;
  full-width ``．。！？`` need no space after them;
* a candidate inside a closed quotation or parenthesis is not a boundary (``quotes.py``);
* a candidate is accepted from the word before it (plain word, title like ``Mr.``,
  ambiguous abbreviation like ``Co.``/``U.S.``/initials, number abbreviation like ``No.``)
  and the first word after it (lower case, digit, capitalised, and whether that word is a
  frequent sentence starter, a word the abbreviation modifies such as ``U.S. Senate``, or a
  common word such as ``Millions``);
* list markers (``1.``, ``2.)``, ``a)``, ``(iv)``, bullets) start sentences when numbered
  consecutively in the same style, and a marker alone (``1.``, ``Q.``) is never a sentence.

No pattern can backtrack more than linearly, so scanning stays linear on arbitrary input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from brief.text.abbreviations import (
    AMBIGUOUS_ABBREVIATIONS,
    COMPANY_FOLLOWERS,
    COMPANY_SUFFIXES,
    FRAGMENT_PREPOSITIONS,
    INITIALISM,
    IRISH_COUNTIES,
    MODIFIED_NOUNS,
    NEVER_FINAL,
    NOT_NAMES,
    NUMBER_ABBREVIATIONS,
    OFFICE_TITLES,
    PLACE_INITIALISMS,
    SAINTS,
    STARTERS,
    TIME_ABBREVIATIONS,
    TIME_FOLLOWERS,
    TITLE_STARTERS,
    TITLES,
    is_abbreviation,
)
from brief.text.lists import marker_cuts
from brief.text.quotes import protected_spans

__all__ = [
    "sentence_spans",
    "sentences",
    "TITLES",
    "AMBIGUOUS_ABBREVIATIONS",
    "NUMBER_ABBREVIATIONS",
    "is_abbreviation",
]

# A line shorter than this ended for a reason (a heading, a caption, a list item), not at a wrap
# width: in DUC 2004's hard-wrapped wire copy every one of the 12,846 lines that a sentence
# continues past is 60 characters or longer.
SHORT_LINE = 60

# How far back a word before a period is read: an unbroken run longer than any word or initialism
# (a URL, a file name, a hash) is a plain token, never an abbreviation, and reading stops there.
MAX_WORD_CHARS = 48
# "At 5 a.m." or "On Jan. 3" opening a sentence is a phrase, not a sentence: a preposition and at most
# three more words, in a span no longer than this.
FRAGMENT_MAX_WORDS = 4
FRAGMENT_MAX_CHARS = 40
# An initialism before a period ("U.S.", "Ph.D.", "U.N.E.S.C.O.") runs to at most this many characters;
# a longer dotted run is a URL or a version number.
INITIALISM_MAX_CHARACTERS = 12
# A sentence that is only a list marker ("2.", "(iv).") is not cut after: it is this short at most.
MARKER_ONLY_CHARACTERS = 8
# Four dots ("...." or "… .", an ellipsis and a full stop) end a sentence; three may be an omission.
ELLIPSIS_AND_STOP = 4

_TERM = ".!?…‽．。！？"
_WIDE = "．。！？"
_STRONG = frozenset("?!‽" + _WIDE)
_CLOSERS = "\"'”’)]}»›"
_OPENERS = "\"'“‘([{«‹`¿¡"
_QUOTES = ("\"", "“", "'", "‘", "`")

# A run of terminal punctuation, possibly a spaced ellipsis (". . ."), then closing quotes,
# brackets or citations ("[12]", or footnote numbers after a word's period: "cold.11 12"), then
# whitespace or the end (or anything, after a full-width mark). The pattern starts with a
# character set (fast scanning); the look-behinds after it make it start only at the run's
# start; the runs are matched whole, never given back (a look-ahead and a back-reference:
# Python 3.10 has no possessive quantifiers). After the whitespace, dashes and opening marks
# are skipped to read the next word ("voila! -- you").
_CANDIDATE = re.compile(
    rf"[{_TERM}](?<![{_TERM}].)(?<![{_TERM}] .)"
    rf"(?=(?P<run>[{_TERM}]*(?: [{_TERM}]+)*))(?P=run)"
    rf"(?P<c>(?=(?P<cl>[{re.escape(_CLOSERS)}]*))(?P=cl)(?:\[\d{{1,3}}(?:[–-]\d{{1,3}})?\])*"
    rf"(?:(?<=[a-z)]\.)\d{{1,3}}(?: \d{{1,3}}(?=\s))*)?)"
    rf"(?=(?P<ws>\s)\s*(?P<o>[{re.escape(_OPENERS)}\-–—\s]*)(?P<w>[^\W_]{{0,24}})(?P<d>\.?)"
    rf"|\s*\Z|(?<=[{_WIDE}])(?P<wide>)\S)"
)
# A blank line, a paragraph separator or a form feed; written to start with one character set
# so that the scan for it runs in C.
_BLANK_LINE = re.compile(r"[\n\u2029\x0c](?:(?<=\n)[^\S\n]*\n|(?<!\n))\s*")
# A line break, the next line's indentation, and how that line starts.
_LINE_START = re.compile(r"\n(?P<indent>[^\S\n]*)(?P<head>[\"“‘(\[•⁃▪◦‣∙]?)(?P<first>\w?)")
_BULLETS = frozenset("•⁃▪◦‣∙")
_CONTINUES = frozenset(",&/(-–—")
# A quotation broken off by a dash, then a new sentence: '"... and now--" She stopped.'
_BROKEN_OFF = re.compile(r"(?:--|—)[\"”'’](?=\s+[\"“‘']?[^\W\d_a-z])")
_PLURAL = re.compile(r"[A-Z][a-z]{2,}[^su]s")
_WORD = re.compile(r"[^\W_]+")
# How a quotation that ends on its own question or exclamation mark is attributed after it: a speaker
# written with a capital (a name, "Mr. Joshi", "Mayor Dana Ruiz", "The minister"), a verb of saying, and
# at most a short tail ("asked.", "asked reporters.", "said on Monday,"). Then the quotation and its
# speaker are one sentence, as '"Is it safe?" he asked.' is: '"Was it a failure?" Joshi asked.' cut
# after the "?" would leave a question with no speaker and a sentence "Joshi asked." The tail must
# start with a word that cannot open a clause, so '"Stop!" Police said the man fled.' is still cut.
_QUOTE_VERBS = (
    "said says asked asks added adds wondered wonders replied replies answered shouted yelled exclaimed "
    "cried recalled quipped joked continued demanded insisted told tells wrote writes explained laughed "
    "remarked noted mused pleaded countered retorted responded"
).split()
_TAIL_STARTS = "reporters journalists him her them me us again aloud later on at in during after before to from with".split()
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:The|A|An|Another|One)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3})"
    rf"\s+(?:{'|'.join(_QUOTE_VERBS)})"
    rf"(?:\s*[.,]|\s+(?:{'|'.join(_TAIL_STARTS)})\b[^.?!\"“”\n]{{0,40}}[.,])"
)
_QUOTE_CLOSERS = frozenset("\"”'’")
# A would-be sentence that is only a list marker or a lone letter ("1.", "Q.", "(iii)", "2.)").
_MARKER_ONLY = re.compile(r"[•⁃▪◦‣∙]?\s?\(?(?:\d{1,2}|[^\W\d_]|[ivxIVX]{2,4})[.)]{1,2}")


def _word_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The whitespace-delimited word ending at ``i`` with outer quotes/brackets removed (capped),
    and where it starts."""
    j = i
    stop = max(lo, i - MAX_WORD_CHARS)
    while j > stop and not text[j - 1].isspace():
        j -= 1
    if j == stop and j > lo and not text[j - 1].isspace():
        return "\x00long", j  # a long unbroken token (URL etc.): treated as a plain word
    return text[j:i].strip(_OPENERS + _CLOSERS), j


def _is_fragment(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a short sentence-initial phrase like "At 5 a.m." (not a sentence)."""
    if b - a > FRAGMENT_MAX_CHARS:
        return False
    words = text[a:b].split()
    return 1 < len(words) <= FRAGMENT_MAX_WORDS and words[0].strip(_OPENERS) in FRAGMENT_PREPOSITIONS


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case, read once per text (an article is segmented
    paragraph by paragraph, with the whole text as evidence). The cache is small because it
    holds the texts themselves."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())


@lru_cache(maxsize=16)
def _bare_title_names(text: str, title: str) -> frozenset[str]:
    """The words before ``title`` where the text writes it without its period ("Hun" of "Hun Sen
    complained"), which a real title never shows; read once per text and title."""
    names: set[str] = set()
    for m in re.finditer(rf"(?<![^\W_]){re.escape(title)}(?![.\w])", text):
        i = m.start()
        if i >= 2 and text[i - 1] == " " and not text[i - 2].isspace():
            j = i - 1
            while j > 0 and not text[j - 1].isspace() and i - j < MAX_WORD_CHARS:
                j -= 1
            names.add(text[j : i - 1])
    return frozenset(names)


def _ends_name(text: str, title: str, start: int, lo: int, nxt: str) -> bool:
    """Whether the title-like word at ``start`` is the end of a name ("strongman Hun Sen.").

    It is when the word before it is capitalised and either the next word cannot be a name
    (a title cannot precede "They") or the text uses the pair elsewhere without the period
    ("Hun Sen complained"), which a title never shows.
    """
    if start - 2 < lo or text[start - 1] != " ":
        return False
    before, _ = _word_before(text, start - 1, lo)
    if not before[:1].isupper() or not before.isalpha():
        return False
    return nxt in NOT_NAMES or before in _bare_title_names(text, title)


def _ends_company(text: str, start: int, lo: int, nxt: str) -> bool:
    """Whether a company suffix at ``start`` ends a sentence before the capitalised ``nxt``.

    "Co." after a preposition is a county ("in Co. Kerry"); after a capitalised word the suffix
    closes a company's name, and a capitalised word after a company's name in the same sentence
    is a day or month, a title or unit it modifies ("Acme Corp. Chairman"), or another suffix
    ("Co. Limited"); anything else starts the next sentence.
    """
    if start < lo + 2 or text[start - 1] != " ":
        return False
    before, _ = _word_before(text, start - 1, lo)
    if not before[:1].isupper():
        return False
    return nxt not in TIME_FOLLOWERS and nxt not in COMPANY_FOLLOWERS


TICKER_MAX_CHARS = 8
"""Longest exchange or ticker in brackets after a company's name ("(NASDAQ: MRDH)", "(AAPL)",
"(LSE: VOD)"): a word in capitals that long opens no new sentence after "Inc." or "Corp."."""


_LISTING_AFTER = re.compile(r"\s*:\s*[A-Z][A-Z.-]{0,7}\s*[);,]")
"""The ticker after an exchange written in mixed case ("(Nasdaq: MRDH)", "(Euronext: ACM)"), as press releases put it."""


_PLATFORM_X = re.compile(r"\b(?:on|to|via)\s+X$")
"""The social platform X after the preposition a post is put with ("wrote on X.", "posted to X."): a word that ends
the sentence, not a person's initial, which follows a given name ("Malcolm X.") and no preposition."""


def _common_word(text: str, word: str) -> bool:
    """Whether a capitalised word is a common word, not a name: a regular plural ("Millions",
    "Shares") or a word the text also writes in lower case."""
    return _PLURAL.fullmatch(word) is not None or word.lower() in _lower_words(text)


def _period_boundary(text: str, m: re.Match[str], lo: int, last_cut: int) -> bool:
    """Decide a single-period candidate from the word before it and the word after it."""
    nxt = m.group("w")
    first = nxt[:1]
    if first.islower():
        return False
    prev, prev_start = _word_before(text, m.start(), lo)
    if prev in NEVER_FINAL:
        return False
    if prev in TITLES:
        return first.isupper() and _ends_name(text, prev, prev_start, lo, nxt)
    if first.isdigit():
        if prev in NUMBER_ABBREVIATIONS or not prev.isalpha() or len(prev) < 2:
            return False
        return prev not in AMBIGUOUS_ABBREVIATIONS
    ambiguous = (
        prev in AMBIGUOUS_ABBREVIATIONS
        or (len(prev) == 1 and prev.isalpha())
        or (len(prev) <= INITIALISM_MAX_CHARACTERS and "." in prev and INITIALISM.fullmatch(prev) is not None)
    )
    if not ambiguous or _PLATFORM_X.search(text, max(lo, prev_start - 6), prev_start + 1):
        return True  # "posted a first take on X. Director Paul Kessing wrote": the platform, no initial
    if m.group("o")[:1] in _QUOTES:
        return True  # U.S. "We ...": a quotation opens the next sentence
    if not first.isupper():
        return False
    if len(nxt) == 1 and m.group("d") and nxt != "I":
        return False  # "J. K. Rowling": the next word is another initial
    if nxt in STARTERS:
        return True
    if nxt in TITLE_STARTERS and m.group("d"):
        if prev in PLACE_INITIALISMS and nxt in OFFICE_TITLES:
            return False  # "U.S. Rep. Jane Doe", "U.S. Sen. …": the country's office, one title
        return not _is_fragment(text, last_cut, m.start())
    if m.group("d") or len(prev) == 1:
        return False  # "U.S. Gen. Smith", "John A. Smith": an abbreviation or an initial
    if prev in TIME_ABBREVIATIONS and prev_start >= 2 and text[prev_start - 2].isdigit():
        # "at 6 p.m. Travelers ...": a clock time modifies nothing after it
        return not (nxt in TIME_FOLLOWERS or nxt.isupper() or _is_fragment(text, last_cut, m.start()))
    if nxt in MODIFIED_NOUNS or text[m.end("w") : m.end("w") + 1] in ("'", "’") or (prev == "Co" and nxt in IRISH_COUNTIES):
        return False  # "U.S. Senate", "the U.N. Children's Fund", "Nenagh, Co. Tipperary"
    if nxt.endswith("s") and nxt[:-1] in MODIFIED_NOUNS:
        return False  # "the U.S. Centers for Disease Control", "U.K. Hospitals": a modified noun's plural
    if prev in COMPANY_SUFFIXES and "(" in m.group("o") and len(nxt) <= TICKER_MAX_CHARS and (
            nxt.isupper() or _LISTING_AFTER.match(text, m.end("w"))):
        return False  # "Meridia Health, Inc. (NASDAQ: MRDH), a provider ...", "(Nasdaq: MRDH)": the company's listing
    if prev in COMPANY_SUFFIXES and _ends_company(text, prev_start, lo, nxt):
        return True  # "United Technologies Corp. Thailand was hit ...": the name ended there
    if "." in prev:
        # Other initialisms are a person's initials ("C.S. Lewis") unless they name a place,
        # and a place's initials end a sentence before a plural ("the U.S. Millions attended").
        return prev in PLACE_INITIALISMS and _PLURAL.fullmatch(nxt) is not None
    return prev not in SAINTS and _common_word(text, nxt)


def _line_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Line breaks inside a block that end a heading, a caption or a list item."""
    cuts: list[int] = []
    line_start = lo
    for m in _LINE_START.finditer(text, lo, hi):
        nl = m.start()
        line = text[line_start:nl].rstrip()
        line_start = nl + 1
        if not line.strip() or line[-1] in _CONTINUES:
            continue
        if m.group("first").islower() or not (m.group("first") or m.group("head")):
            continue  # "broken\nin the middle": a lower-case line continues the sentence
        if len(line.strip()) < SHORT_LINE or m.group("indent"):
            cuts.append(nl)
    return cuts


def _cuts(text: str, lo: int, hi: int) -> list[int]:
    """Sentence cut offsets inside the block text[lo:hi] (a cut is where a sentence may end)."""
    cuts: list[int] = []
    starts = marker_cuts(text, lo, hi)
    breaks: list[int] = []  # paragraph starts inside the block: no quotation stays open across one
    if text.find("\n", lo, hi) >= 0:
        breaks = _line_cuts(text, lo, hi)
        starts = sorted(set(starts + breaks))
    if text.find("--", lo, hi) >= 0 or text.find("—", lo, hi) >= 0:
        broken = [m.end() for m in _BROKEN_OFF.finditer(text, lo, hi)]
        if broken:
            starts = sorted(set(starts + broken))
    spans: list[tuple[int, int]] | None = None  # paired at the block's first cut, if it has one
    si = 0
    mi = 0
    last_cut = lo
    for m in _CANDIDATE.finditer(text, lo, hi):
        p_start = m.start()
        while mi < len(starts) and starts[mi] <= p_start:
            last_cut = max(last_cut, starts[mi])
            mi += 1
        end = m.end()
        if end >= hi:
            cuts.append(end)  # the end of the block
            continue
        if p_start > lo and text[p_start - 1] == "[":
            continue  # "[...]" marks an omission, never a boundary
        p = text[p_start : m.start("c")]
        nxt = m.group("w") or ""
        first = nxt[:1]
        cut: int | None = None
        if m.group("ws") is None:
            cut = end  # a full-width mark, no space needed
        elif not _STRONG.isdisjoint(p):
            if not first.islower() and not (
                    not _QUOTE_CLOSERS.isdisjoint(m.group("cl")) and _ATTRIBUTION_AFTER.match(text, end, hi)):
                cut = end
        elif p == ".":
            if _period_boundary(text, m, lo, last_cut) and not (
                p_start - last_cut <= MARKER_ONLY_CHARACTERS and _MARKER_ONLY.fullmatch(text[last_cut : p_start + 1].strip())
            ):
                cut = end
        else:
            dots = p.count(".") + len("...") * p.count("…")
            attached = p_start > lo and not text[p_start - 1].isspace()
            if first.islower():
                pass
            elif attached and p.startswith(". ") and dots >= ELLIPSIS_AND_STOP and first:
                cut = p_start + 1  # "compounds. . . . The": the ellipsis opens the next one
            elif dots >= ELLIPSIS_AND_STOP:
                cut = end
            elif (nxt in STARTERS and nxt != "I") or (first.isupper() and m.group("o")[:1] in ("\"", "“")):
                cut = end  # "...": an omission, unless a sentence clearly starts after it
        if cut is not None:
            if spans is None:
                spans = protected_spans(text, lo, hi, breaks)
            while si < len(spans) and spans[si][1] <= p_start:
                si += 1
            if si < len(spans) and spans[si][0] <= p_start and end <= spans[si][1]:
                continue  # inside a closed quotation or parenthesis
            cuts.append(cut)
            last_cut = cut
    cuts.extend(starts)
    cuts.sort()
    return cuts


def _blocks(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Blank-line separated blocks of text[lo:hi]: blank lines are hard boundaries."""
    a = lo
    for m in _BLANK_LINE.finditer(text, lo, hi):
        yield a, m.start()
        a = m.end()
    yield a, hi


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences in ``text[start:end]``, stripped of outer whitespace.

    Offsets index ``text``; the rest of ``text`` is read as evidence about names ("Hun Sen"
    used elsewhere). Never raises on any string; runs in linear time.
    """
    n = len(text)
    hi = n if end is None else max(0, min(end, n))
    lo = max(0, min(start, hi))
    spans: list[tuple[int, int]] = []
    for a, b in _blocks(text, lo, hi):
        s = a
        for c in _cuts(text, a, b) + [b]:
            if c <= s:
                continue
            x, y = s, c
            while x < y and text[x].isspace():
                x += 1
            while y > x and text[y - 1].isspace():
                y -= 1
            if y > x:
                spans.append((x, y))
            s = c
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (convenience for callers that need no offsets)."""
    return [text[a:b] for a, b in sentence_spans(text)]
