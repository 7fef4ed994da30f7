"""A Korean name written family name first, and then by the family name alone: "Oh Jae-min, a former minister,
leads ... Oh said", "Mr Park said" after "Park Ji-hoon".

Why: the tagger reads a family name that is an English word ("Oh", an interjection) as no name at all, and a bare
family name after its first writing ("Park said") is often left untagged; the resolver looks a bare name up as
the last word of a full one, which here is the given name ("Ji-hoon"), so the person's later words were lost. A
family name of ``FAMILY_NAMES_FIRST`` before a given name of two hyphened syllables ("Jae-min", "Suk-yeol") is
that shape's full name, and the family name written alone after it (before a verb in lower case, or after a
courtesy) is that person, unless the text writes the family name before another capitalised word too ("Kim Jong
Un" beside "Kim Jong-un": one person spelt two ways, whom grouping joins by the full names).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.surname_first import FAMILY_NAMES_FIRST
from brief.model import Sentence
from brief.text.sentences import sentence_at

_FAMILIES = "|".join(sorted(FAMILY_NAMES_FIRST))
_FULL = re.compile(rf"\b(?P<family>{_FAMILIES})\s+[A-Z][a-z]+-[a-z]+\b")
"""A family name, then a given name of two syllables joined by a hyphen, the second in lower case ("Oh Jae-min")."""
_HYPHENED_GIVEN = re.compile(r"\s[A-Z][a-z]+-[a-z]+\b")
"""The given name of ``_FULL`` after its space: few texts hold one, and this scan is ten times as fast as
``_FULL``'s, which tries its alternation of family names at every word."""
_BARE = r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+|(?<![\w.-]))(?P<family>{family})(?=\s+[a-z]|['’]s\b)"
"""The family name alone, after a courtesy or before a lower-case word (its verb: "Oh said") or a possessive;
not "Oh, no" nor "Park Avenue"."""


def family_first_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each full name of that shape (see the module's docstring) the tagger missed added as a
    person's, and each writing of its family name alone that person's mention (named in full)."""
    if _HYPHENED_GIVEN.search(text) is None:
        return mentions  # no full name of the shape: nothing added, nothing joined
    added: list[Mention] = []
    names: dict[str, set[str]] = {}
    for found in _FULL.finditer(text):
        start, end = found.span()
        names.setdefault(found.group("family"), set()).add(found.group())
        if not any(m.start < end and start < m.end for m in mentions):
            added.append(Mention(article, sentence_at(sentences, start), start, end, found.group(), found.group(),
                                 "person"))
    full = {family: next(iter(held)) for family, held in names.items()  # two Kims, or one spelt two ways: neither
            if len(held) == 1 and not re.search(rf"\b{family}\s+(?![A-Z][a-z]+-[a-z])[A-Z]", text)}
    if not full:
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
    pattern = re.compile(_BARE.format(family="|".join(map(re.escape, full))))
    out = [dataclasses.replace(m, name=full[m.name], kind="person") if m.name in full and not m.demonym else m
           for m in mentions]
    for found in pattern.finditer(text):
        start, end = found.span("family")
        if not any(m.start < end and start < m.end for m in [*out, *added]):
            family = found.group("family")
            added.append(Mention(article, sentence_at(sentences, start), start, end, full[family], family, "person"))
    return sorted([*out, *added], key=lambda m: m.start) if added else out


VIETNAMESE_FAMILIES = frozenset("Le Vo Do Ho Ly Dinh Trinh Truong Luong Doan Lam".split())
"""Vietnamese family names beyond ``FAMILY_NAMES_FIRST``, left out of it because they are also English or French
words ("Do", "Le"); here only right before a given name the tagger found ("Le | Quang Minh")."""
_FAMILY_BEFORE = re.compile(rf"(?:^|(?<=[^\w.-]))(?P<family>{'|'.join(sorted(FAMILY_NAMES_FIRST | VIETNAMESE_FAMILIES))}) $")
_GIVEN_WORD = re.compile(r"[A-Z][a-z]+")


def families_left_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each person's name of two words (a given name written after the family name: "Quang Minh") with a family name
    written first right before it that the tagger left out ("Le Quang Minh, 62, said" at a sentence's opening),
    widened to take it in: without it the person is named by the given name only, and "Minh said" still joins."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        words = m.surface.split()
        found = _FAMILY_BEFORE.search(text[max(0, m.start - 12) : m.start])
        if (m.kind == "person" and found and len(words) == 2 and all(_GIVEN_WORD.fullmatch(w) for w in words)
                and words[0] not in first_names()):
            start = m.start - len(found.group())
            if not any(s < m.start and start < e for s, e in taken):
                m = dataclasses.replace(m, start=start, name=f"{found.group('family')} {m.name}",
                                        surface=text[start : m.end])
        out.append(m)
    return out
