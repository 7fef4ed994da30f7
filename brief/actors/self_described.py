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
from functools import lru_cache

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
_AFTER_NAME = (r"^(?:(?:\s*,\s*|\s*[–—]\s*|\s+-\s+|\s*\(\s*)(?:(?:which|who)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
               r"|\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)"
               r"(?:one\s+of\s+|among\s+)?(?:a|an|the|one)\s+{filler}{{0,{n}}}?{noun}s?(?![\w'’-])"
               r"(?=\s*(?:[,.;:)–—]|$)|\s+(?:who|which|that|whose|in|of|at|for|from|with|based|known|founded)\b)")
_BEFORE_NAME = r"(?:(?:^|[^\w'’])(?:[Tt]he|[Aa]n?|[Ff]ellow)\s+{filler}{{0,{n}}}?|(?<![\w'’-])){noun},?\s+(?:" + STYLED + r"\s+(?:the\s+)?[\"“‘']?)?$"
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
    # each pattern holds the noun as written (the age's alone does without it after the name): one
    # is compiled, and run, only where its side of some name holds the noun
    described = {m.name for m, after, ahead in around
                 if (age is not None or noun in after) and _after_pattern(noun).match(after)
                 or noun in ahead and _ahead_pattern(noun).search(ahead)}
    return next((m for m in reversed(before) if m.name in described and not m.demonym), None)


PATTERNS_KEPT = 256
"""Nouns whose patterns (each side's) stay compiled: a pile's bare descriptions ("the club", "the lawsuit") are
a few hundred distinct nouns at most (82 in 200 news articles)."""


@lru_cache(maxsize=PATTERNS_KEPT)
def _after_pattern(noun: str) -> re.Pattern[str]:
    """The apposition after a name that gives it ``noun`` (``described_as``), compiled once per noun and
    only when needed: it is long, and compiling it took longer than reading the page's names with it."""
    after = re.compile(_AFTER_NAME.format(filler=_FILLER, n=FILLER_WORDS, noun=re.escape(noun)))
    age = _AGE.fullmatch(noun)
    if age is not None:  # "the 45-year-old" after "Ada Quinn, 45,"
        after = re.compile(rf"{after.pattern}|^\s*,\s*{age.group(1)}\s*[,)]")
    return after


@lru_cache(maxsize=PATTERNS_KEPT)
def _ahead_pattern(noun: str) -> re.Pattern[str]:
    """The description before a name that gives it ``noun`` ("the actress Emma Stone"), as ``_after_pattern``."""
    return re.compile(_BEFORE_NAME.format(filler=_FILLER, n=FILLER_WORDS - 1, noun=re.escape(noun)))


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
