"""One of a group speaking, named by a number, not a name: "Fans took to social media. One wrote: ...",
"Another fan tweeted: ...", "One viewer said ...". Tabloid and entertainment pages quote members of a
crowd so; the source holds no name, so the words went under no actor. Their words are the group's (the
fans'), as "One of the protesters said" is (``groups.described_group``): the plural of the noun given, or
with no noun, the people the sentence before names first by a plural ("Fans", "viewers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.groups import people_noun
from brief.actors.mentions import Mention
from brief.actors.source_words import EXPERTS, GROUP, OUTSIDERS, PRIVATE_PEOPLE
from brief.model import Sentence

_MEMBER = re.compile(r"(?i:one|another|a\s+second|a\s+third|a\s+fourth)(?:\s+(?P<noun>[a-z]+))?")
"""A source that counts one member of a group ("One", "Another fan", "a third viewer")."""
_PLURAL = re.compile(r"\b[A-Za-z]+s\b")
CROWDS = PRIVATE_PEOPLE | EXPERTS | OUTSIDERS | frozenset(
    "viewers fans users readers listeners commenters followers supporters protesters locals shoppers passengers "
    "parents onlookers spectators attendees guests diners patients neighbours neighbors".split())
"""Plurals of people whose one member a bare "One" or "Another" counts (a word shaped like a people noun,
"horrors", may be a thing: only these)."""
ANONYMOUS_VOICES = frozenset("officials sources spokesmen spokespeople representatives authorities aides insiders".split())
"""Voices of a body, not a group of people: "One" of them speaks for the body, which the text may not name."""


def group_member(text: str, attribution: Attribution, sentences: Sequence[Sentence], at: int,
                 article: int) -> Mention | None:
    """The group whose member the source counts (see the module's docstring); None for any other source,
    a noun that names no people ("One report said"), or a bare "One" with no group named just before."""
    if attribution.source is None or not 0 <= at < len(sentences):
        return None
    start, end = attribution.source
    found = _MEMBER.fullmatch(text[start:end].strip())
    if found is None:
        return None
    noun = found.group("noun")
    if noun is not None:  # "Another fan tweeted", after the fans were named ("One father learned" brings in a father)
        plural = noun + "s" if not noun.endswith("s") else noun
        named = people_noun(plural) and re.search(rf"\b{plural}\b", text[:start], re.I) is not None
        return Mention(article, sentences[at].index, start, end, plural, plural, GROUP) if named else None
    if at < 1 or not re.fullmatch(r"(?i:one|another)", found.group().strip()):
        return None
    before = sentences[at - 1]
    plurals = [m.group() for m in _PLURAL.finditer(text, before.start, before.end)
               if m.group().lower() in CROWDS or m.group().lower() in ANONYMOUS_VOICES]
    if not plurals or plurals[0].lower() in ANONYMOUS_VOICES:
        return None  # "Two officials briefed reporters. One said": an official, of no group named
    name = plurals[0].lower()
    return Mention(article, sentences[at].index, start, end, name, name, GROUP)
