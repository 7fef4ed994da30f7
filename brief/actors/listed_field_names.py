"""A body's long name that lists its fields with commas, given its initials in brackets: "the Caledonian
Atmospheric, Geophysical and Oceanographic Services Administration (Cagosa)".

Why: the tagger cuts such a name at its commas and its "and" into a misc. word, a person and a body
("Oceanographic Services Administration"), and reads the bracketed initials as a place; the body then spoke
under a piece of its name. The initials the text gives settle it: when the capitalised words back over the commas
and the "and" spell them (``bracketed_initials.initials_fit``), from the first, they are one name, and the
initials the body's.
"""

from __future__ import annotations

from brief.actors.bracketed_initials import MIN_INITIALS, initials_fit

Span = tuple[int, int, str]
_JOINS = frozenset({",", "and", "&"})
_OPENERS = frozenset({"The", "A", "An"})
"""Capitalised words before such a name that open the sentence, not the name."""
MAX_NAME_WORDS = 12
"""Most words of such a name ("Philippine Atmospheric, Geophysical and Astronomical Services Administration")."""


def _initials_after(words: list[str], b: int) -> str:
    """The initials bracketed right after ``words[:b]`` ("( Pagasa )"), or ""."""
    if b + 2 >= len(words) or words[b] != "(" or words[b + 2] != ")":
        return ""
    letters = words[b + 1]
    return letters if len(letters) >= MIN_INITIALS and letters.isalpha() and letters[:1].isupper() else ""


def _listed_start(words: list[str], a: int) -> int:
    """Where a name that lists fields before ``words[a]`` opens: back over capitalised words, commas and "and"
    (each join between capitalised words); ``a`` when none stands before it."""
    k = a
    while k > 0 and a - k < MAX_NAME_WORDS:
        w = words[k - 1]
        if w in _OPENERS:
            break
        if w[:1].isupper() and w.isalpha():
            k -= 1
        elif w in _JOINS and k >= 2 and words[k - 2][:1].isupper() and words[k - 2].isalpha() and words[k][:1].isupper():
            k -= 1
        else:
            break
    while k < a and not words[k][:1].isupper():
        k += 1
    return k


def with_listed_field_names(words: list[str], spans: list[Span]) -> list[Span]:
    """The spans with each body's name cut at its listed fields made whole, as its bracketed initials spell it."""
    out = list(spans)
    for a, b, label in spans:
        initials = _initials_after(words, b)
        if label != "ORG" or not initials:
            continue
        start = _listed_start(words, a)
        if start == a or not any(w in _JOINS for w in words[start:a]):
            continue
        name = " ".join(w for w in words[start:b] if w not in _JOINS)
        if not initials_fit(initials.upper(), name):
            continue
        out = [s for s in out if not (start <= s[0] < b or s[0] <= start < s[1] or s[0] == b + 1)]
        out = sorted([*out, (start, b, "ORG"), (b + 1, b + 2, "ORG")])
    return out
