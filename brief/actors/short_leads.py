"""Parties a short article names once, in its first sentence: worth listing though named once.

``assemble._worth_listing`` drops one passing mention as noise, which is right on a long page (a hundred
names in passing). A wire item or a brief of a few paragraphs names each party once: "Derby manager Paul
Jewell is likely to hand debuts to ..." is the whole story's subject, and its first sentence says who the
story is about ("X has begun talks with the Y Federation"). Read only there, only in a short article, and
only a person or a body the sentence does not set as where something happens ("in 20 cities, including El
Paso", "a visit to Pride Park").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from brief.actors.gender import first_names
from brief.actors.grouping import Group
from brief.actors.mentions import Mention

SHORT_ARTICLE_WORDS = 250
"""Longest article, in words of its text, read as a brief: L3S-GN1's short pages (wire items, briefs) have
a median of ~180 words as brief reads them, their longer pages (half K) ~460, and a tenth of those under
~260. Past this, one mention in the first sentence is as often a name in passing as anywhere else."""
LEAD_SENTENCE = 0
"""The first sentence of the text: the lead of a brief, which names its parties."""
_WHERE_BEFORE = re.compile(r"\b(?:in|at|on|atop|above|below|beneath|off|from|near|including|across|around|inside|outside|into|to|via|"
                           r"through)\s+"
                           r"(?:the\s+)?$", re.I)
"""Words that make the name where something happens, not who acts: "in 20 cities, including El Paso", "a
telescope atop Mauna Kea"."""
REACH = 20
"""Characters read before a name for ``_WHERE_BEFORE``."""
_PARTIES = frozenset(("person", "organization"))
MIN_NAME_CHARS = 3
"""Shortest name read as a party: two letters ("a successor to the 2016 SE") are too often a model or a code."""


def short_articles(texts: Mapping[int, str]) -> set[int]:
    """The articles short enough to read as briefs (``SHORT_ARTICLE_WORDS``)."""
    return {article for article, text in texts.items() if len(text.split()) < SHORT_ARTICLE_WORDS}


def lead_party(group: Group, short: set[int], texts: Mapping[int, str]) -> bool:
    """Whether a short article's first sentence names the group as a person or a body that acts or is acted
    on ("talks with the Swiss Football Federation", "the signing of Nicolas Anelka"), not as a place."""
    return any(m.article in short and m.sentence == LEAD_SENTENCE and not m.headline and not m.demonym
               and m.kind in _PARTIES and group.kind in _PARTIES and len(m.name) >= MIN_NAME_CHARS
               and not _WHERE_BEFORE.search(texts[m.article], max(0, m.start - REACH), m.start)
               and (group.kind != "person" or _shown_a_person(m))
               for m in group.mentions)


def _shown_a_person(m: Mention) -> bool:
    """A name the tagger typed a person that shows it is one: a role written beside it ("Derby manager") or a common
    given name first. Named once, the tagger's kind is all there is, and it types many a firm ("Zentro Maxal unveiled
    a phone") or a place ("a telescope atop Mauna Kea") a person."""
    return bool(m.role) or m.name.split()[0] in first_names()
