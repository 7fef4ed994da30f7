"""Whom a description refers back to when the page itself has described someone so: "the club said"
after "Arsenal, the north London club"; "the actress says" after "the actress Emma Stone"; "the
company said" after "Velmora, a company that ...".

Why a module of its own: a description by a common noun is resolved elsewhere by lists of nouns
(offices, trades, bodies, callings), each with its own guess (the latest named of a kind, the one
named with that title); news varies a name with whatever noun it chose for it, and the one mechanism
that carries over from page to page is the page's own apposition. Reading it needs no word list:
the noun the source ends with is looked for beside a name, in the text before the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from brief.actors.attribution import Attribution
from brief.actors.documents import quoted_document
from brief.actors.kin_heads import kin_of_described
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.self_styled import STYLED
from brief.actors.speakers import Continued

FILLER_WORDS = 4
"""Words between the determiner and the noun of an apposition ("Arsenal, the north London football
club"): modifiers of the noun; a longer run is a clause, and the noun may be another's."""
_NOT_FILLER = r"(?!(?:of|for|at|in|on|with|to|from|by|and|or|but|who|which|that|whose|when|where|as|said|says)\b)"
_FILLER = rf"(?:{_NOT_FILLER}[\w'’.-]+\s+)"
_AFTER_OPENING = (r"^(?:(?:\s*,\s*|\s*[–—]\s*|\s+-\s+|\s*\(\s*)(?:(?:which|who)\s+)?"
                  r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?|\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)"
                  rf"(?:one\s+of\s+|among\s+)?(?:a|an|the|one)\s+{_FILLER}{{0,{FILLER_WORDS}}}?")
_AFTER_NOUN = re.compile(r"s?(?![\w'’-])(?=\s*(?:[,.;:)–—]|$)|\s+(?:who|which|that|whose|in|of|at|for|from|with|based|"
                         r"known|founded)\b)")
_AFTER_NAME_TO_NOUN = re.compile(_AFTER_OPENING + r"\Z")
"""The apposition after a name that gives it a noun ("Arsenal, the north London club,"): the words up to the
noun (``_AFTER_NAME_TO_NOUN``, which must end where the noun starts) and after it (``_AFTER_NOUN``), so that no
pattern is compiled per noun (compiling one took longer than reading the page's names with it)."""
_AGE_AFTER = re.compile(r"^\s*,\s*(\d+)\s*[,)]")
"""An age set off after a name ("Ada Quinn, 45,"), for "the 45-year-old"."""
_ARTICLE_TO_NOUN = re.compile(rf"(?:^|[^\w'’])(?:[Tt]he|[Aa]n?|[Ff]ellow)\s+{_FILLER}{{0,{FILLER_WORDS - 1}}}?\Z")
_NOUN_OPENS = re.compile(r"(?<![\w'’-])")
_BEFORE_NAME_AFTER_NOUN = re.compile(r",?\s+(?:" + STYLED + r"\s+(?:the\s+)?[\"“‘']?)?$")
"""The description before a name that gives it a noun ("the actress Emma Stone", "the club, known as"): an
article and modifiers before the noun (``_ARTICLE_TO_NOUN``), or the noun opening a word (``_NOUN_OPENS``),
then the words from the noun to the name (``_BEFORE_NAME_AFTER_NOUN``)."""
_BARE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z0-9][\w'’-]*\s+){0,3}([a-z0-9][a-z0-9-]*)")
"""A source that is a description and nothing else ("the club", "the 45-year-old", "the north London
club"): no name in it, at most five words, as the other descriptions are read (positions)."""
_AGE = re.compile(r"(\d{1,3})-year-old")
REACH = 80
"""Characters read after a name for its apposition and before it for the noun that introduces it."""


def described_as(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The one ``noun`` refers back to ("the club"), of the mentions ``before`` it: the latest mention
    of a name the page has described with that noun, in apposition after it ("Arsenal, the north
    London club"; "Velmora is a company"), or before it ("the actress Emma Stone", "the north London
    club Arsenal"). None when the page describes no one so: the noun alone says nothing here."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", noun):
        return None
    around = [(m, _line_after(text, m.end), _line_before(text, m.start)) for m in before if not m.demonym]
    age = _AGE.fullmatch(noun)
    if age is None and not any(noun in after or noun in ahead for _, after, ahead in around):
        return None  # both patterns hold the noun as written: no name has it near, none is described so
    # each side's reading needs the noun as written (the age's alone does without it after the name): it
    # runs only where its side of some name holds the noun
    described = {m.name for m, after, ahead in around
                 if (age is not None or noun in after) and _described_after(after, noun, age)
                 or noun in ahead and _described_ahead(ahead, noun)}
    return next((m for m in reversed(before) if m.name in described and not m.demonym), None)


def _noun_at(text: str, noun: str) -> Iterator[int]:
    """Every place ``noun`` is written in ``text``, overlapping ones too."""
    at = text.find(noun)
    while at >= 0:
        yield at
        at = text.find(noun, at + 1)


def _described_after(after: str, noun: str, age: re.Match[str] | None) -> bool:
    """Whether the words after a name (``after``) give it ``noun`` in apposition ("Arsenal, the north London
    club"), or the age of "the 45-year-old" (``age``): the words before the noun, ending where it starts, and
    those after it, read at each place the noun is written."""
    if age is not None and (given := _AGE_AFTER.match(after)) is not None and given.group(1) == age.group(1):
        return True
    return any(_AFTER_NAME_TO_NOUN.match(after, 0, at) and _AFTER_NOUN.match(after, at + len(noun))
               for at in _noun_at(after, noun))


def _described_ahead(ahead: str, noun: str) -> bool:
    """Whether the words before a name (``ahead``) give it ``noun`` ("the actress Emma Stone"), as
    ``_described_after``."""
    return any((_NOUN_OPENS.match(ahead, at) or _ARTICLE_TO_NOUN.search(ahead, 0, at))
               and _BEFORE_NAME_AFTER_NOUN.match(ahead, at + len(noun)) for at in _noun_at(ahead, noun))


def _line_after(text: str, end: int) -> str:
    """Up to ``REACH`` characters after a name, within its paragraph: a heading above it ("NPHET's
    letter") describes nothing in it."""
    return text[end : end + REACH].split("\n", 1)[0]


def _line_before(text: str, start: int) -> str:
    """Up to ``REACH`` characters before a name, within its paragraph."""
    return text[max(0, start - REACH) : start].rsplit("\n", 1)[-1]


def described_later(text: str, pending: list[tuple[Attribution, str]], claimed: list[Continued],
                    index: MentionIndex) -> list[Continued]:
    """The words of sources left unresolved that are a bare description ("the club said"), for the
    one the page described with its noun (``described_as``). Read last, after a lead that describes
    someone and then names them (``speakers.introduced_later``, in ``claimed``) has taken its own: a
    description far from the apposition it goes back to is as likely someone about to be named."""
    taken = {c.sentence for c in claimed}
    out = []
    for attribution, cue in pending:
        if attribution.source is None or attribution.sentence in taken:
            continue
        bare = _BARE_DESCRIPTION.fullmatch(text, *attribution.source)
        if bare is None or kin_of_described(text, *attribution.source):
            continue  # "The family of the actor said": the family, not the actor
        if quoted_document(text[attribution.source[0] : attribution.source[1]]):
            continue  # "the complaint says": a document, whose author documents.py reads or no one is
        mention = described_as(text, index.before(attribution.source[0]), bare.group(1))
        if mention is not None:
            out.append(Continued(mention, attribution.sentence, attribution.content, cue=cue))
    return out
