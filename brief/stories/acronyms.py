"""A body's name written out counts as its acronym: "Asia-Pacific Economic Cooperation" is "APEC".

Articles of one story name the same body either way (one wire copy writes the summit's full name, the next only
"APEC"; "the International Monetary Fund" and "the IMF"), and the grouping's terms are words: the two spellings
shared nothing, so a story's articles that named its subject differently read as less alike than they are (issue
12's recall side). Here a run of capitalised words whose initials are an acronym the pile writes as a word in
``ACRONYM_ARTICLES`` articles or more counts as one more mention of that acronym in its article (features.py). A
sentence that writes the acronym itself ("the Asia-Pacific Economic Cooperation (APEC) forum") already counts it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import scipy.sparse as sp

ACRONYM_LETTERS = (3, 6)
"""An acronym of 3 to 6 letters: two letters are too often something else ("US", "UN" are words the pile already
writes, and "AP" is a news agency), longer ones are rarely written out."""
ACRONYM_ARTICLES = 2
"""The acronym must be written as a word in two articles of the pile or more: a name's initials that no other
article writes are evidence of nothing (and most runs of capitalised words spell no acronym at all)."""
_RUN = re.compile(r"[A-Z][a-z]+(?:(?:-|\s(?:(?:of|and|for|the|on)\s)?)[A-Z][a-z]+){2,}")
"""Three or more capitalised words or hyphened parts in a row (two give two initials, no acronym: most runs are
"Prime Minister" or a person's name), with one lower-case connector between two words at most, which the acronym
skips ("Federal Bureau of Investigation": FBI)."""
_INITIAL = re.compile(r"\b[A-Z]")
"""A word's or a hyphened part's initial (connectors are lower case, so they give none)."""
_SEPARATOR = "\x00"
"""Joins an article's sentences for one regex pass over them: not white space, so no run crosses two sentences."""
_WRITTEN = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")


def spelled(
    sentences: Sequence[str], wanted: Collection[str] | None = None, openings: Collection[str] | None = None
) -> list[str]:
    """The acronyms the runs of capitalised words in ``sentences`` spell (the initials of any stretch of a run, a
    hyphened word giving each part's: "The Asia-Pacific Economic Cooperation" spells "APEC" from its second word on),
    one entry per run and acronym, leaving out those the same sentence writes itself; only those in ``wanted`` when
    given (then a stretch is looked at only where its first letters open one of them: most runs open none;
    ``openings``, those first letters, when the caller has them: ``opening_letters(wanted)``)."""
    low, high = ACRONYM_LETTERS
    if openings is None and wanted is not None:
        openings = opening_letters(wanted)
    text = _SEPARATOR.join(sentences)
    found: list[str] = []
    for run in _RUN.finditer(text):
        letters = "".join(_INITIAL.findall(run.group(0)))
        seen: set[str] = set()
        for start in range(len(letters) - low + 1):
            if openings is not None and letters[start : start + low] not in openings:
                continue
            for stop in range(start + low, min(start + high, len(letters)) + 1):
                initials = letters[start:stop]
                if initials in seen or (wanted is not None and initials not in wanted):
                    continue
                seen.add(initials)
                # The sentence holding the run (sentences are joined by a separator no run crosses).
                sentence = text[text.rfind(_SEPARATOR, 0, run.start()) + 1 : _end(text, run.end())]
                if initials not in _WRITTEN.findall(sentence):
                    found.append(initials)
    return found


def opening_letters(wanted: Collection[str]) -> frozenset[str]:
    """The first letters (``ACRONYM_LETTERS``' least) of the acronyms ``wanted``: made once per pile, not once per
    article (the pile's few hundred acronyms, 10,000 times, were a tenth of grouping's features)."""
    return frozenset(word[: ACRONYM_LETTERS[0]] for word in wanted)


def _end(text: str, at: int) -> int:
    stop = text.find(_SEPARATOR, at)
    return len(text) if stop < 0 else stop


def is_acronym(word: str) -> bool:
    """A word written in capitals only, of ``ACRONYM_LETTERS`` letters."""
    low, high = ACRONYM_LETTERS
    return low <= len(word) <= high and word.isascii() and word.isalpha() and word.isupper()


def acronym_counts(texts: Sequence[Sequence[str]], distinct: Sequence[str], weighted: sp.csr_matrix) -> sp.csr_matrix:
    """Each article's written-out names as counts of the acronyms they spell (rows as ``texts``, each article's
    sentences; columns as ``distinct``, the pile's written words), where the pile writes that acronym in
    ``ACRONYM_ARTICLES`` articles or more (``weighted``: the articles' word counts).

    A plain count, once per mention wherever it stands: the written-out words already count as names (and double
    in the lead), so the acronym is only the link between the two spellings, not more weight on the name. B-cubed F1
    (bench/stories.py) dev / even / odd / related / related+1 / hard / hard-even / hard-odd against 0.948 / 0.972 /
    0.968 / 0.862 / 0.926 / 0.976 / 0.987 / 0.981 without: plain 0.948 / 0.972 / 0.968 / **0.872** / 0.926 / 0.976
    / 0.987 / 0.981; counted as a name (twice a plain word) and double in the lead, as the words written out: related
    0.851, related+1 0.936, hard 0.975, hard-odd 0.980; as a name, not double in the lead: related 0.851, related+1
    0.928; plain but double in the lead: related 0.857, the rest level."""
    import numpy as np
    import scipy.sparse as sp

    high = ACRONYM_LETTERS[1]
    # Tests in C first, which turn away all but a few hundred of the pile's words.
    column = {word: c for c, word in enumerate(distinct) if len(word) <= high and word.isupper() and is_acronym(word)}
    shape = (len(texts), len(distinct))
    if not column:
        return sp.csr_matrix(shape)
    articles = np.bincount(weighted.indices, minlength=len(distinct))
    usable = {word: c for word, c in column.items() if articles[c] >= ACRONYM_ARTICLES}
    if not usable:
        return sp.csr_matrix(shape)
    rows: list[int] = []
    cols: list[int] = []
    openings = opening_letters(usable)
    for row, sentences in enumerate(texts):
        for initials in spelled(sentences, usable, openings):
            c = usable.get(initials)
            if c is not None:
                rows.append(row)
                cols.append(c)
    matrix = sp.csr_matrix(
        (np.ones(len(rows)), (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))), shape=shape
    )
    matrix.sum_duplicates()
    return matrix
