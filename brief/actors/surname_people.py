"""A surname the tagger typed a body where the article names its bearer in full ("voted for Trump", "Trump
supporters" beside "Donald Trump").

The tagger learned "Trump campaign", "Trump administration" as bodies and types the surname alone an
organisation many times, while the full name is a person once; grouping's majority then keeps a body
"Trump" beside the person. A founder's name is also his company's ("Michael Dell" and "Dell", "Walt Disney"
and "Disney"), so only a person's sign at the surname's own writings joins it to the person: an act only a
person does ("Trump has vowed", "Trump won the election", "Trump's win"), "he"/"his" right after ("Trump
said he"), a courtesy title ("Mr Trump"); and no company's sign anywhere ("Dell shares", "Dell said it").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import HONORIFIC_GENDER
from brief.actors.mentions import Mention
from brief.actors.people_modifiers import sorted_by_person
from brief.actors.person_signs import aged, self_or_death
from brief.actors.personhood import company_or_product
from brief.actors.spelling_variants import without_article
from brief.text.phrases import phrase_spans

# What only a person does or has, right after the surname: "has vowed", "won the election", "won Ohio",
# "'s win", "'s wife", "and his", ", who". Not "won" alone ("Dell won a contract"): a firm wins too.
_PERSON_AFTER = re.compile(
    r"(?:\s+(?:has\s+|had\s+|have\s+)?(?:vowed|pledged|tweeted|campaigned|conceded)\b"
    r"|\s+(?:has\s+|had\s+)?won\s+(?:(?:the|a|his|her)\s+(?:\w+\s+)?(?:election|presidency|nomination|primary|race|"
    r"vote|term|seat|caucus(?:es)?)\b|[A-Z])"
    r"|['’]s?\s+(?:win|victory|defeat|wife|husband|son|daughter|sons|daughters|family|mother|father|presidency|"
    r"re-election|inauguration|supporters)\b"
    r"|\s+and\s+(?:his|her)\b|,\s+who\b)")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(HONORIFIC_GENDER))})\.?\s+$", re.I)
# "Dell said it", "Dell reported its", "Disney, which": a body's own pronoun right after.
_BODY_AFTER = re.compile(r"(?:\s+\w+(?:\s+that)?\s+(?:it|its)\b|,\s+which\b|['’]s\s+(?:board|founder|shares|"
                         r"products|customers|employees|staff|workers|profits?|sales)\b)")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
_REACH = 12
"""Characters before a surname read for a courtesy title ("Mrs. ")."""


def _person_shown(text: str, name: str) -> bool:
    return (self_or_death(text, name) or aged(text, name)
            or any(_PERSON_AFTER.match(text, end) or _TITLE_BEFORE.search(text, max(0, start - _REACH), start)
                   for start, end in phrase_spans(text, name)))


def _body_shown(text: str, name: str) -> bool:
    return company_or_product(text, name) or any(_BODY_AFTER.match(text, end) for _, end in phrase_spans(text, name))


def _sorts_people(text: str, m: Mention) -> bool:
    """ "many Trump supporters on campuses refused": the surname only sorts the people named after it, who act;
    left a body's, it stays no speaker (grouping joins the name to the person all the same)."""
    word = _NEXT_WORD.match(text, m.end)
    return bool(word and sorted_by_person(word.group(1)))


def surnames_of_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each one-word "organisation" (no role, no medium) that is the last word of a person
    the article names in full retyped that person, when its writings show a person's signs and no body's."""
    lasts = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    # "Sharaa" of "Ahmed al-Sharaa": a surname written without its article is a person's, no company's
    stripped = {without_article(w) for w in lasts} - lasts
    # "Al-Haddad told" after "Rami al-Haddad": the article capitalised where it opens a sentence, the same surname
    opened = {_capitalised(w): w for w in lasts if without_article(w) != w}
    opened = {o: w for o, w in opened.items() if o not in lasts}
    names = {m.name for m in mentions if m.kind in _SURNAME_KINDS and m.name in lasts | stripped | opened.keys()
             and not m.role and not m.medium}
    people = {name for name in names if (name in stripped or name in opened or _person_shown(text, name))
              and not _body_shown(text, name)}
    if not people:
        return mentions
    return [dataclasses.replace(m, kind="person", name=opened.get(m.name, m.name))
            if m.kind in _SURNAME_KINDS and m.name in people and not m.medium
            and (m.kind == "organization" or m.name in opened) and not _sorts_people(text, m) else m for m in mentions]


_SURNAME_KINDS = frozenset({"organization", "place"})
"""Kinds the tagger gives a surname read apart from its bearer: a body's, or a place's where the Arabic article opens
it ("Al-Haddad", read like "Al-Quds"); a place only in that case, so a town named like a person stays a place."""


def _capitalised(word: str) -> str:
    """ "al-Haddad" -> "Al-Haddad": the surname as a sentence's first word writes it."""
    return word[:1].upper() + word[1:]
