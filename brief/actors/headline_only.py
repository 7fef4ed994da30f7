"""Who an article's headline names and its text never does: the subject of a short page.

A columnist's first-person piece ("'I found cheap eyelashes and texts' Helen Wood speaks out on
cheating boyfriend" over "I was sat in the local ..."), a photo gallery ("Striking Images of Brazil's
Anti-World Cup Protest Movement" over four sentences about "the tournament" and "the movement"): the
text says "I" or "the movement", so no mention of the subject is found and the Actors view lists
nothing or passers-by. The headline is read by the tagger too, and a person or a country it names,
which the text never writes, is listed as named there once.

Only what a headline's capitals cannot fake: a person whose name opens with a known given name
("Step Aside" of a title-case headline is no one), and a country the headline makes a party (not
"a flight to India"; "Brazil's protest movement" is). Other kinds named in a headline alone are too
often its other capitalised words (a show, a slogan, a title-case phrase) to list on that alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from brief.actors.gazetteer import is_country
from brief.actors.gender import first_names
from brief.actors.known_names import KINDS
from brief.actors.mentions import normalise
from brief.actors.title_entities import title_entities
from brief.model import Article
from brief.text.phrases import has_phrase

ENGLISH = "en"
MIN_PERSON_WORDS = 2
"""Words of a person's name read in a headline alone: a given name and a surname. One capitalised word
("Prince", "Sunny") is a common word or a nickname as often."""
MAX_PERSON_WORDS = 3
"""Most words of a person's name read in a headline alone: a given name, a middle name or initial, a
surname. Longer runs are a title-case headline's words run on ("Donald Robertson Creative Style ...")."""
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_WHERE = frozenset("to in into from at across for of on near over via through around inside outside".split())
"""Prepositions that put a country in a headline as where something happens ("a flight to India")."""


def headline_only(articles: Sequence[Article], named: Iterable[str]) -> list[tuple[str, str, int]]:
    """(name, kind, article id) of each person or country an English article's headline names and
    neither its text nor the story's actors (``named``, their names and aliases) do, in article order."""
    known = {n.casefold() for n in named}
    out: dict[str, tuple[str, str, int]] = {}
    for article in articles:
        if article.language != ENGLISH or not article.title:
            continue
        words, found = title_entities(article.title)
        for a, b, label in found:
            kind = KINDS.get(label)
            name = normalise(" ".join(words[a:b]))
            if kind is None or name.casefold() in known or name in out or _in_text(name, article.text):
                continue
            following = words[b] if b < len(words) else ""
            if kind == "person" and full_name(words[a:b]) or kind == "place" and _party(name, words[a - 1] if a else "", following):
                out[name] = (name, kind, article.id)
    return list(out.values())


def full_name(words: Sequence[str]) -> bool:
    """A known given name and one or two capitalised words: a person's name a headline's capitals cannot fake."""
    return (MIN_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS and words[0] in first_names()
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words))


def _party(name: str, before: str, following: str) -> bool:
    """A country the headline names as a party: owning something, or not after a preposition of place."""
    return is_country(name) and (following in _POSSESSIVE or before.lower() not in _WHERE)


def _in_text(name: str, text: str) -> bool:
    """Whether the text writes the name or any word of it anywhere: then its mentions speak for it, and in
    a title-case headline the tagger runs a name on into the words after it ("Greg Berlanti Knows")."""
    return any(has_phrase(text, p) for p in {name, *name.split()})
