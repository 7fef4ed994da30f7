"""A body's officer the tagger read into the body's name.

Why: "West Midlands Police Detective Inspector Harry Metcalfe said", "Lumina CEO Priya Nair said": a
body's name, the officer's title and the officer's name written in a row, which the tagger may tag as
one organisation (the whole run) or as a body whose name runs on into the title ("Thames Valley Police
Inspector" | "Mark Doyle"). The person then was no actor, her words went to a body named after her, or
the body was named with her rank. Cut at the title: the body before it, the person after it, and the
title words left untagged between them, where ``roles.read_role`` reads them as her role.
"""

from __future__ import annotations

from brief.actors import kinds
from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.roles import ROLE_TITLES, is_role_word
from brief.actors.surname_first import family_name_before

MAX_SURNAME_WORDS = 2
"""Capitalised words after the given name read as the officer's surname ("Harry Metcalfe", "Ana Lucia
Ferreira"): more is a longer name the tagger had reasons to read as a body's."""

Span = tuple[int, int, str]


def _title(word: str) -> str:
    return word.lower().rstrip(".")


def _person_after(words: list[str], j: int, b: int) -> bool:
    """Whether ``words[j:b]`` is a person's name: a known given name and one or two capitalised words, the
    last not a body's ending ("Prince William Hospital" is a hospital)."""
    rest = words[j + 1 : b]
    return (words[j] in first_names() and 1 <= len(rest) <= MAX_SURNAME_WORDS
            and all(w[:1].isupper() and w[1:2].islower() for w in rest)
            and words[b - 1] not in kinds.ORGANIZATION_ENDINGS and not any(is_role_word(w) for w in rest))


def _unknown_given_name(words: list[str], j: int, b: int) -> bool:
    """Whether ``words[j:b]`` is a person's name of two plain capitalised words whose given name no list holds
    ("Lumio CEO | Tarq Velloso said"), the name closed by a lower-case word or a mark: an office written
    before them is a person's, and a body's name goes on in more capitalised words ("Police Inspector
    Training Unit") or ends with a body's word."""
    name = words[j:b]
    closed = b == len(words) or not words[b][:1].isupper()
    return (closed and len(name) == UNKNOWN_GIVEN_NAME_WORDS and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in name)
            and words[b - 1] not in kinds.ORGANIZATION_ENDINGS and not any(is_role_word(w) for w in name))


UNKNOWN_GIVEN_NAME_WORDS = 2
"""Words of an officer's name whose given name no list holds: a given name and a surname ("Tarq Velloso"); a
longer run is as often a unit's or a programme's name."""


ADVISER_TITLES = frozenset({"adviser", "advisor"})
"""An adviser's title, which a field names rather than a body ("National Security Adviser", "Chief Economic
Advisor"): the words before it are the office's, not a body's name, unless they hold a body's word."""


def _title_run(words: list[str], k: int, b: int) -> int:
    """The end of the title opening at ``words[k]`` (capitalised role words, the last a title: "Detective
    Inspector", "Chief Superintendent", "CEO", "Adviser"), or 0."""
    j = k
    while j < b and words[j][:1].isupper() and (is_role_word(words[j]) or _title(words[j]) in ADVISER_TITLES):
        j += 1
    return j if j > k and (_title(words[j - 1]) in ROLE_TITLES or _title(words[j - 1]) in ADVISER_TITLES) else 0


def _field_office(words: list[str], a: int, k: int, j: int) -> bool:
    """Whether ``words[a:j]`` is one adviser's office ("National Security Adviser"): the title an adviser's, the
    words before it no body's name (no body's word, no body's ending)."""
    prefix = words[a:k]
    return (_title(words[j - 1]) in ADVISER_TITLES and not any(w.lower() in ORG_WORDS for w in prefix)
            and not kinds.organization_ending(" ".join(prefix)))


def _split(words: list[str], span: Span, following: Span | None) -> list[Span]:
    a, b, label = span
    if label != "ORG":
        return [span]
    for k in range(a + 1, b):
        j = _title_run(words, k, b)
        if not j:
            continue
        if j < b and (_person_after(words, j, b) or _unknown_given_name(words, j, b)):
            if _field_office(words, a, k, j):
                return [(j, b, "PER")]  # "National Security Adviser | Eduardo Villaflor": the office is her role
            return [(a, k, "ORG"), (j, b, "PER")]  # "West Midlands Police | Detective Inspector | Harry Metcalfe"
        if j == b and following is not None and following[0] == b and following[2] == "PER":
            if _field_office(words, a, k, j):
                return []  # "National Security Adviser" | "John Bolton": an office, no body
            return [(a, k, "ORG")]  # "Thames Valley Police | Inspector" then the person "Mark Doyle"
        return [span]
    return [span]


PORTFOLIO_LINKS = frozenset({"of", "for"})
"""Words between an office and its portfolio ("Minister for Health", "Commissioner for Information")."""
MAX_OFFICE_WORDS = 4
"""Capitalised words of an office before its link ("Secretary of State for": "Secretary", "of", "State")."""


PORTFOLIO_JOINS = frozenset({"and", "the"})
"""Words inside an office's portfolio, before the span: "Minister of Commerce and | Industry Fahad Al-Mutairi",
"Speaker of the | Verkhovna Rada Ivan Tkachenko" (state agencies write the whole office before the name)."""


def _after_office(words: list[str], a: int) -> bool:
    """Whether the span at ``a`` follows an office and its link: "Minister for | Health ...", "Secretary of
    State for | Health ...", "Minister of Trade and | Industry ...": capitalised words back to a title, "of",
    "for", "and" or "the" right before the span."""
    if a < 2 or words[a - 1] not in PORTFOLIO_LINKS | PORTFOLIO_JOINS:
        return False
    k = a - 2
    while k >= 0 and a - 2 - k < MAX_OFFICE_WORDS and (words[k][:1].isupper() or words[k] in PORTFOLIO_LINKS | PORTFOLIO_JOINS):
        if _title(words[k]) in ROLE_TITLES and words[k][:1].isupper():
            return True
        k -= 1
    return False


def _portfolio_cut(words: list[str], span: Span) -> Span:
    """ "Minister for | Health Stephen Donnelly", "Commissioner for | Information Gbenga Omotoso": the tagger
    read the office's portfolio into the name after it (as a body's name, or as the person's); the person
    is the given name and the surname, the portfolio part of the office, which is her role."""
    a, b, label = span
    if label not in ("ORG", "PER") or not _after_office(words, a):
        return span
    for j in range(a + 1, b - 1):
        if not words[j - 1][:1].isupper() and words[j - 1] not in PORTFOLIO_LINKS:
            return span
        if _person_after(words, j, b) or j == b - 2 and words[a - 1] == "and" and _plain_name(words, j, b):
            # "Minister for Manpower | Lim Wei Ling": a family name written first is the name's, not the portfolio's
            return (j - 1 if j - 1 > a and family_name_before(words, j, b) else j), b, "PER"
    return span


def _plain_name(words: list[str], j: int, b: int) -> bool:
    """Whether ``words[j:b]`` is a given name and a surname no list holds, closed by a lower-case word, each part
    capitalised ("Fahad Al-Mutairi discussed"): after a portfolio joined by "and", a person's (not after "the",
    where a body's name ends as often: "Director General of the Armed Forces Media Wing said")."""
    closed = b == len(words) or not words[b][:1].isupper()
    return closed and words[b - 1] not in kinds.ORGANIZATION_ENDINGS and not any(is_role_word(w) for w in words[j:b]) and all(
        part.isalpha() and part[:1].isupper() and part[1:].islower() for w in words[j:b] for part in w.split("-"))


def with_officers(words: list[str], spans: list[Span]) -> list[Span]:
    """The spans with each body's name that runs on into an officer's title (and name) cut at the title, and
    each office's portfolio read into the name after it left to the office."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        out.extend(_split(words, _portfolio_cut(words, span), spans[i + 1] if i + 1 < len(spans) else None))
    return out
