"""A name the tagger cut at a lower-case word inside it, where the article also tags it whole: "Lust | for | Youth"
("which makes Lust for Youth's trajectory ...") beside "Lust for Youth persisted".

Why: the tagger reads a name with a lower-case word inside ("for", "of", "and", "Without the") as one name in one
sentence and as one or two shorter names in another, and the pieces became more actors ("Lust", "Youth"), one of
them holding the band's statement. Where the article tags the whole run as one name, every writing of that run
with a piece of it tagged is that name: its own writing says what the name is.

The other way round, a person and the body they write for tagged as one body ("Wee of the Times reports", after
"Sui-Lee Wee of the New York Times"): a name that opens with a person the article names, then "of", is that person;
so is one that opens with a known given name and a surname ("Energy analyst Petra Lind of Norrbank said"), which
no body's name does before "of": the person, then the body they are of. And "for" before a capitalised "The" joins two
bodies ("Resolve Strategic for The Brisbane Courier"): the maker, then the one it worked for. Initials the tagger read
as a person ("RCMP say") are a body where the article ends a body's name with them ("Melfort RCMP said").
"""

from __future__ import annotations

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.gender import first_names
from brief.text.lexicon import TITLE_WORDS, TITLES

Span = tuple[int, int, str]
"""A tagged name's first and past-the-last word indices in its sentence, and its label."""


def join_split_names(texts: list[list[str]], found: list[list[Span]]) -> list[list[Span]]:
    """Each sentence's spans with the pieces of a name the article tags whole elsewhere (a name of three words
    or more with a lower-case word inside) made that one name."""
    people = {name for words, spans in zip(texts, found) for a, b, label in spans if label == "PER"
              for name in (" ".join(words[a:b]), words[b - 1])}
    found = [[piece for span in spans for given in _given_person(words, _person_of_body(words, span, people))
              for piece in _made_for(words, given)] for words, spans in zip(texts, found)]
    ending = {words[b - 1] for words, spans in zip(texts, found) for a, b, label in spans if label == "ORG" and b - a >= 2}
    found = [[(a, b, "ORG") if label == "PER" and b - a == 1 and words[a] in ending and _initials(words[a]) else (a, b, label)
              for a, b, label in spans] for words, spans in zip(texts, found)]  # "RCMP say" beside "Melfort RCMP said"
    whole = {tuple(words[a:b]): label for words, spans in zip(texts, found) for a, b, label in spans
             if b - a >= 3 and any(w[:1].islower() for w in words[a + 1 : b - 1]) and not _office(words[a])}
    if not whole:
        return found
    return [_joined(words, spans, whole) for words, spans in zip(texts, found)]


def _office(word: str) -> bool:
    """ "CEO of Novell", "Secretary of State": an office, tagged whole once, whose holder's company or field is
    written without it elsewhere ("his job as CEO of Novell" keeps Novell)."""
    return word.lower().rstrip(".") in _OFFICES or word.isupper() and len(word) <= MAX_OFFICE_LETTERS


_OFFICES = TITLE_WORDS | TITLES
MAX_OFFICE_LETTERS = 4
"""Letters of an office's initials ("CEO", "CFO", "COO", "EVP") that open a name only as the office."""


def _person_of_body(words: list[str], span: Span, people: set[str]) -> Span:
    """ "Wee of the Times" tagged one body, where the article names Sui-Lee Wee: the person, the body left out. Only
    before "of the" ("the Times", "the BBC"): "The Duke of Harwick ... The Duke said" is a title of a place."""
    a, b, label = span
    if label == "PER" or "of" not in words[a + 1 : b - 1] or _office(words[a]):
        return span
    k = words.index("of", a + 1)
    if words[k + 1] != "the":
        return span  # "The Duke of Harwick", "Luccioni of Mila": a title's place, or no body named with its article
    return (a, k, "PER") if " ".join(words[a:k]) in people else span


def _given_person(words: list[str], span: Span) -> list[Span]:
    """ "Petra Lind of Norrbank" tagged one body: a known given name and a capitalised surname before "of" are a
    person ("Petra Lind"), the rest the body she is of. Not where the second word is a title or ends a body's name
    ("Mary Queen of Scots", "Grace Church of Harlow")."""
    a, b, label = span
    if label == "PER" or b - a < 4 or words[a + 2] != "of" or not words[a + 3][:1].isupper():
        return [span]
    surname = words[a + 1]
    if (words[a] not in first_names() or not surname[:1].isupper() or not surname[1:].islower()
            or _office(surname) or surname in ORGANIZATION_ENDINGS):
        return [span]
    return [(a, a + 2, "PER"), (a + 3, b, label)]


def _initials(word: str) -> bool:
    """A body's initials ("RCMP", "NHS"): capitals only, three at least."""
    return word.isupper() and word.isalpha() and len(word) >= MIN_BODY_INITIALS


MIN_BODY_INITIALS = 3
"""Capitals of a body's initials at the least ("NHS"); two are as often a person's ("JD")."""


def _made_for(words: list[str], span: Span) -> list[Span]:
    """ "Resolve Strategic for The Brisbane Courier" tagged one body: "for" and a capitalised "The" join two names,
    the maker and the one it worked for (a name's own "for" takes "the" in lower case: "Society for the Protection
    of Birds")."""
    a, b, label = span
    k = next((k for k in range(a + 1, b - 2) if words[k] == "for" and words[k + 1] == "The"), None)
    return [span] if k is None or label == "PER" else [(a, k, label), (k + 2, b, label)]


def _joined(words: list[str], spans: list[Span], whole: dict[tuple[str, ...], str]) -> list[Span]:
    for name, label in whole.items():
        n = len(name)
        for i in range(len(words) - n + 1):
            if words[i] != name[0] or tuple(words[i : i + n]) != name:
                continue  # the first word compared before a slice is built: this runs over every word of an article
            inside = [s for s in spans if i <= s[0] and s[1] <= i + n]
            crossing = [s for s in spans if s[0] < i + n and i < s[1] and s not in inside]
            if inside and not crossing and inside != [(i, i + n, label)]:
                spans = sorted([s for s in spans if s not in inside] + [(i, i + n, label)])
    return spans
