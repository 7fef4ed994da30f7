"""Rule-based English sentence segmentation with character offsets.

Why rules and not Punkt: the package must run offline with no NLTK data, be fast enough to
segment whole news feeds interactively, and handle news conventions (titles, initialisms,
``U.S.`` at the end of a sentence, DUC ````quotes''``, numbered lists) that a plain
abbreviation list gets wrong.

How it works, in one linear pass per paragraph block:

* blank lines are hard boundaries (blocks are segmented independently);
* every run of terminal punctuation (``. ! ? …``, spaced ellipses ``. . .``) followed by
  optional closing quotes/brackets and then whitespace (or the end) is a *candidate*;
* a candidate is accepted from the word before it (plain word, title like ``Mr.``,
  ambiguous abbreviation like ``Co.``/``U.S.``/initials, number abbreviation like ``No.``)
  and the first word after it (lower case, digit, capitalised, and whether that word is a
  frequent sentence starter such as ``The``/``He``/``How``);
* consecutive numbered/lettered list markers (``1.``, ``2.)``, ``a.``) and bullets start
  sentences even without punctuation before them.

Every regex is possessive/anchored so scanning stays linear on arbitrary input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "sentence_spans",
    "sentences",
    "TITLES",
    "AMBIGUOUS_ABBREVIATIONS",
    "NUMBER_ABBREVIATIONS",
    "is_abbreviation",
]


def _forms(words: str) -> frozenset[str]:
    """All case forms (lower, Title, UPPER) of space-separated words, for case-insensitive lists."""
    out: set[str] = set()
    for w in words.split():
        out.update((w, w.lower(), w[:1].upper() + w[1:].lower(), w.upper()))
    return frozenset(out)


# Titles and other prepositive abbreviations: never end a sentence ("Mr. Smith", "Sen. Byrd").
TITLES: frozenset[str] = _forms(
    "Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Sen Sens Rep Reps Gov Govs Lt Gen Gens "
    "Col Capt Cmdr Cdr Comdr Adm Maj Sgt Cpl Pvt Spc Rev Revs Hon Pres Supt Det Insp Atty Msgr "
    "Brig Amb Rt Fr Mt Ft Pt Vs"
) | frozenset({"v"})

# Abbreviations that may also end a sentence: split after them only before a sentence starter.
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = _forms(
    "Inc Corp Co Cos Ltd Llc Plc Jr Sr Bros Dept Univ Assn Ave Blvd Rd Hwy Pkwy Sq St Ste "
    "etc al approx est Ph Esq Intl Natl Govt Mfg Ind"
) | frozenset(
    # Case-sensitive ones: months, days, U.S. states (their lower-case forms are real words).
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo "
    "ft lb lbs oz hr hrs min mins sec secs yr yrs mo mos wk wks cf ca".split()
)

# Abbreviations that are only abbreviations before a number ("No. 5", "pp. 10", "Art. 3").
NUMBER_ABBREVIATIONS: frozenset[str] = _forms("No Nos Nr Art pp Vol Vols Fig Figs Ch Ext Tel Para Op")

# Initialisms: single letters (or two, "Ph.D") joined by periods: U.S, a.m, e.g, U.S.A, D.C.
_INITIALISM = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_SINGLE_LETTER = re.compile(r"[^\W\d_]")

# Frequent sentence starters (function words, pronouns, wh-words, auxiliaries, discourse
# adverbs). After an ambiguous abbreviation, only these signal a new sentence.
_STARTERS: frozenset[str] = frozenset(
    """
    The A An This That These Those It Its He She They We You His Her Their Our My Your There
    Here But And Or So Yet Nor If When While Although Though Because Since After Before As At
    In On For Of With By From To During Under Over Among Amid Despite Without Within Until Unless
    Unlike Like According However Meanwhile Still Also Then Now Today Tonight Yesterday Tomorrow
    Last Next Earlier Later Instead Indeed Moreover Furthermore Nevertheless Nonetheless Thus
    Therefore Hence Otherwise Some Many Most Much More Few Several All Both Each Every Any No
    None Not Neither Either One Two Three Four Five Other Another Such What Which Who Whom Whose
    Why How Where Is Are Was Were Do Does Did Can Could Will Would Should Shall Might Must Has
    Have Had Let Please Yes Only Even Just Once Asked Is I Him Them Us Me
    """.split()
)
_TITLE_STARTERS: frozenset[str] = frozenset("Mr Mrs Ms Messrs Dr Prof Sen Rep Gov Gen".split())
# Sentence-initial prepositions of a time/place phrase ("At 5 a.m. Mr. Smith went ...").
_FRAGMENT_PREPOSITIONS: frozenset[str] = frozenset(
    "At By Until Till Before After Around About Since From Shortly Early Late Starting In On".split()
)

# Words that take a number ("Section 2."), so that "Section 1. ... Section 2." is not a list.
_REFERENCE_WORDS: frozenset[str] = frozenset(
    "section article chapter part rule step figure fig table page paragraph para vol volume no "
    "number level phase stage grade class division title clause schedule amendment game round week "
    "day year room act psalm verse book episode season lane gate platform route highway".split()
)

_TERM = ".!?…‽"
_CLOSERS = "\"'”’)]}»›"
_OPENERS = "\"'“‘([{«‹`¿¡"

_BULLETS = "•⁃▪◦‣∙"
# A run of terminal punctuation, possibly a spaced ellipsis (". . ."), then closing quotes or
# brackets, then whitespace or the end. The pattern starts with a character set (fast scanning);
# the look-behinds after it make it start only at the run's start.
_CANDIDATE = re.compile(
    rf"[{_TERM}](?<![{_TERM}].)(?<![{_TERM}] .)"
    rf"[{_TERM}]*+(?: [{_TERM}]++)*+"
    rf"(?P<c>[{re.escape(_CLOSERS)}]*+)"
    rf"(?=(?P<ws>\s)\s*+(?P<o>[{re.escape(_OPENERS)}]*+)(?P<w>[^\W_]{{0,24}}+)(?P<d>\.?)|\s*+\Z)"
)
# The punctuation of a numbered or lettered list marker ("1.", "12.", "2.)", "3)", "a.", "• 9.",
# "⁃9."): found from the punctuation (fast), the marker's start is then read backwards.
_MARKER_PUNCT = re.compile(
    rf"[.)](?:(?<=[\s{_BULLETS}][a-z\d][.)])|(?<=[\s{_BULLETS}]\d\d[.)])"
    rf"|(?<=[\s{_BULLETS}][a-z\d]\.\))|(?<=[\s{_BULLETS}]\d\d\.\)))(?=\s)"
)
_MARKER_AT_START = re.compile(rf"(?:[{_BULLETS}]\s?)?(?:\d\d?|[a-z])(?:\.\)|\.|\))(?=\s)")
_BULLET = re.compile(rf"[{_BULLETS}](?=\s?\S)")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*|[\u2029\x0c]\s*")


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its final period) is an abbreviation we know or an initialism."""
    return (
        word in TITLES
        or word in AMBIGUOUS_ABBREVIATIONS
        or word in NUMBER_ABBREVIATIONS
        or _INITIALISM.fullmatch(word) is not None
        or _SINGLE_LETTER.fullmatch(word) is not None
    )


def _word_before(text: str, i: int, lo: int) -> str:
    """The whitespace-delimited word ending at ``i`` with outer quotes/brackets removed (capped)."""
    j = i
    stop = max(lo, i - 48)
    while j > stop and not text[j - 1].isspace():
        j -= 1
    if j == stop and j > lo and not text[j - 1].isspace():
        return "\x00long"  # a long unbroken token (URL etc.): treated as a plain word
    return text[j:i].strip(_OPENERS + _CLOSERS)


def _is_fragment(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a short sentence-initial phrase like "At 5 a.m." (not a sentence)."""
    if b - a > 40:
        return False
    words = text[a:b].split()
    return 1 < len(words) <= 4 and words[0].strip(_OPENERS) in _FRAGMENT_PREPOSITIONS


def _period_boundary(text: str, m: re.Match[str], lo: int, last_cut: int) -> bool:
    """Decide a single-period candidate from the word before it and the word after it."""
    nxt = m.group("w")
    first = nxt[:1]
    if first.islower():
        return False
    prev = _word_before(text, m.start(), lo)
    if prev in TITLES:
        return False
    if first.isdigit():
        if prev in NUMBER_ABBREVIATIONS or not prev.isalpha() or len(prev) < 2:
            return False
        return prev not in AMBIGUOUS_ABBREVIATIONS
    ambiguous = (
        prev in AMBIGUOUS_ABBREVIATIONS
        or (len(prev) == 1 and prev.isalpha())
        or (len(prev) <= 12 and "." in prev and _INITIALISM.fullmatch(prev) is not None)
    )
    if not ambiguous:
        return True
    if m.group("o")[:1] in ("\"", "“", "'", "‘", "`"):
        return True  # U.S. "We ...": a quotation opens the next sentence
    if not first.isupper():
        return False
    if len(nxt) == 1 and m.group("d") and nxt != "I":
        return False  # "J. K. Rowling": the next word is another initial
    if nxt in _STARTERS:
        return True
    if nxt in _TITLE_STARTERS and m.group("d"):
        return not _is_fragment(text, last_cut, m.start())
    return False


def _cuts(text: str, lo: int, hi: int) -> list[int]:
    """Sentence cut offsets inside the block text[lo:hi] (a cut is where a sentence may end)."""
    cuts: list[int] = []
    skip: set[int] = set()
    # List markers: active only when numbered consecutively (1., 2. / a., b.) in the same style.
    last: dict[tuple[str, bool], tuple[int, int]] = {}
    marker_starts: list[int] = []
    for start, n_end, n, style, bullet in _markers(text, lo, hi):
        if not bullet and start > lo:
            before = _word_before(text, start - 1, lo) if text[start - 1].isspace() else ""
            if before.lower() in _REFERENCE_WORDS or before[-1:].isdigit():
                continue  # "Section 2.", "won 3-2. 3." : a reference or a number, not a list item
        digit = n.isdigit()
        value = int(n) if digit else ord(n) - 96
        key = (style, digit)
        prev = last.get(key)
        last[key] = (value, n_end)
        if prev is not None and prev[0] + 1 == value:
            marker_starts.append(start)
            marker_starts.append(_marker_start(text, prev[1], lo))
            skip.add(n_end)
            skip.add(prev[1])
    for bm in _BULLET.finditer(text, lo, hi):
        if bm.start() == lo or text[bm.start() - 1].isspace():
            marker_starts.append(bm.start())
    marker_starts = sorted(set(x for x in marker_starts if x > lo))
    mi = 0
    last_cut = lo
    for m in _CANDIDATE.finditer(text, lo, hi):
        p_start = m.start()
        if p_start in skip:
            continue
        while mi < len(marker_starts) and marker_starts[mi] <= p_start:
            last_cut = max(last_cut, marker_starts[mi])
            mi += 1
        end = m.end()
        if m.group("ws") is None:
            cuts.append(end)  # end of block
            continue
        if p_start > lo and text[p_start - 1] == "[":
            continue  # "[...]" marks an omission, never a boundary
        p = text[p_start : m.start("c")]
        nxt = m.group("w")
        first = nxt[:1]
        cut: int | None = None
        if "?" in p or "!" in p or "‽" in p:
            if not first.islower():
                cut = end
        elif p == ".":
            if _period_boundary(text, m, lo, last_cut):
                cut = end
        else:
            dots = p.count(".") + 3 * p.count("…")
            attached = p_start > lo and not text[p_start - 1].isspace()
            if first.islower():
                pass
            elif attached and p.startswith(". ") and dots >= 4 and first:
                cut = p_start + 1  # "compounds. . . . The": the ellipsis opens the next one
            elif dots >= 4:
                cut = end
            elif (nxt in _STARTERS and nxt != "I") or (first.isupper() and m.group("o")[:1] in ("\"", "“")):
                cut = end  # "...": an omission, unless a sentence clearly starts after it
        if cut is not None:
            cuts.append(cut)
            last_cut = cut
    cuts.extend(marker_starts)
    cuts.sort()
    return cuts


def _markers(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str, str, bool]]:
    """List markers in text[lo:hi] as (start, end of number, number, style, has bullet)."""
    mk = _MARKER_AT_START.match(text, lo, hi)
    if mk is not None:
        yield _marker_parts(text, mk.end(), lo)
    for m in _MARKER_PUNCT.finditer(text, lo, hi):
        if mk is None or m.end() > mk.end():
            yield _marker_parts(text, m.end(), lo)


def _marker_parts(text: str, end: int, lo: int) -> tuple[int, int, str, str, bool]:
    """Read a list marker backwards from the end of its punctuation."""
    style = ".)" if text[end - 1] == ")" and end - 2 >= lo and text[end - 2] == "." else text[end - 1]
    n_end = end - len(style)
    n_start = n_end - 1
    if n_start - 1 >= lo and text[n_start - 1].isdigit():
        n_start -= 1
    start = _marker_start(text, n_end, lo, n_start)
    return start, n_end, text[n_start:n_end], style, start < n_start


def _marker_start(text: str, n_end: int, lo: int, n_start: int | None = None) -> int:
    """Start of the marker whose number ends at ``n_end``: the bullet before it, if any."""
    if n_start is None:
        n_start = n_end - 2 if n_end - 2 >= lo and text[n_end - 2].isdigit() else n_end - 1
    j = n_start
    if j - 1 >= lo and text[j - 1] in _BULLETS:
        return j - 1
    if j - 2 >= lo and text[j - 1].isspace() and text[j - 2] in _BULLETS:
        return j - 2
    return j


def _blocks(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Blank-line separated blocks of text[lo:hi]: blank lines are hard boundaries."""
    a = lo
    for m in _BLANK_LINE.finditer(text, lo, hi):
        yield a, m.start()
        a = m.end()
    yield a, hi


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences in ``text[start:end]``, stripped of outer whitespace.

    Offsets index ``text``. Never raises on any string; runs in linear time.
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
