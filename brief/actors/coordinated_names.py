"""A source cut inside the last name of a list: "Oxfam and Save the Children called for ...", where the
attribution model's source is "the Children".

Why: a name that holds a lower-case "the" ("Save the Children", "Stand Up to Racism") looks to the
source tagger like a verb and its object, so it kept only "the Children", which names no one, and the
statement was lost. When a capitalised word stands right before such a source and a name joined by
"and" before that, the whole list is the source; the resolver then gives the words to the name it
knows (as for "X and Y wrote a letter", brief.actors.joint_signers).

Also two bodies that say the same words together ("Safaricom and Equity Bank said they would comply",
"Britain and Canada vowed to back the plan"):
the source tagger keeps the last, and the first, which said them too, was lost (``co_speaking_body``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS, is_country
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_ARTICLE_NAME = re.compile(r"the\s+[A-Z]")
"""The source as the tagger cut it: "the" and a capitalised word ("the Children")."""
_LIST_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+(?:and|&)\s+([A-Z][\w'’-]*)\s+$"
)
"""Before the cut source: a name of up to four capitalised words, "and", and the capitalised word the
cut left out ("Oxfam and Save ")."""
_REACH = 80
"""Characters before the source read for ``_LIST_BEFORE`` (four words, "and", one word)."""


def list_before_cut_name(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run back over a list whose last name it cut ("Oxfam and Save |
    the Children"), when its source stands before the cue; any other attribution as it is."""
    source = attribution.source
    if source is None or source[1] > attribution.cue[0] or not _ARTICLE_NAME.match(text, *source):
        return attribution
    listed = _LIST_BEFORE.search(text, max(0, source[0] - _REACH), source[0])
    if listed is None or listed.group(2).lower() in MONTHS_DAYS or listed.group(2) in ("The", "A", "An"):
        return attribution
    return dataclasses.replace(attribution, source=(listed.start(1), source[1]))


_AND_BETWEEN = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?")
"""Between two bodies that speak together ("Safaricom and Equity Bank", "Kent Police and the Fire Service")."""
_TOGETHER = re.compile(r"(?:that\s+)?(?:they|both|the\s+two|each)\b", re.I)
"""Words opening a statement that say the list speaks as one ("said they would comply")."""
_INFINITIVE = re.compile(r"to\s+[a-z]+\b")
"""A statement that is the list's own deed, an infinitive right after the cue ("vowed to back the plan",
"pledged to send aid"): its subject is every name of the list, as "they" would be."""
_INFINITIVE_GAP = 2
"""Characters between the cue's end and the infinitive (a space)."""


def _infinitive(text: str, attribution: Attribution) -> bool:
    """Whether the statement is an infinitive right after its cue ("Britain and Canada vowed to back the plan")."""
    start = attribution.content[0]
    return attribution.cue[1] <= start <= attribution.cue[1] + _INFINITIVE_GAP and _INFINITIVE.match(text, start) is not None


_OBJECT_BEFORE = re.compile(r"\b(?:between|with|to|from|for|of|against|on|at|about|by|than)\s+(?:the\s+)?$", re.I)
"""Before the list: a preposition that makes it an object ("talks between X and Y"), not the speakers."""


def co_speaking_body(text: str, attribution: Attribution, mention: Mention, mentions: MentionIndex) -> Mention | None:
    """The body joined by "and" right before the body ``mention`` that speaks with it, when the words
    say both do ("Kenya and Uganda vowed to", "said they would"), or both are bodies, which speak as one where
    named so before the cue ("Oxfam and Amnesty International said"; a longer list's last two are not the list),
    else None. Bodies or states of one kind, or two people: "Delaney and Whitfield said"
    after both were named in full is both their words, each under the full name (grouping joins the
    surname), as two bodies' are; two people named first there ("Rep. Ann Lo and Sen. Bo Mak said") speak
    together only when the words say so, as a list of bodies does ("said in a joint statement" does too).
    The resolver may give the words to the list's first name ("Ann Lo and Bo Mak said in a joint
    statement"): then the name joined after it, right before the cue, is the one that speaks with it."""
    person = mentions.personal(mention)
    if (mention.kind not in ("organization", "place") and not person) or mention.demonym:
        return None
    inside = mentions.within((mention.end, attribution.cue[0]))
    first: Mention | None = mention
    second = inside[0] if inside else mention  # "Ann Lo and Bo Mak said": the words went to the first
    if not inside:
        first = next((m for m in reversed(mentions.before(mention.start)) if m.end <= mention.start), None)
    partner = second if inside else first
    if not second.end <= attribution.cue[0] < second.end + _CUE_GAP:
        return None
    if (first is None or partner is None or partner.demonym or mentions.personal(partner) != person
            or (not person and partner.kind != mention.kind)
            or _AND_BETWEEN.fullmatch(text, first.end, second.start) is None
            or _OBJECT_BEFORE.search(text, max(0, first.start - 16), first.start)):
        return None
    together = (_TOGETHER.match(text, attribution.content[0]) is not None or _infinitive(text, attribution)
                or _JOINTLY.search(text, attribution.cue[1], max(attribution.cue[1], attribution.content[0])) is not None)
    bodies = ((mention.kind == partner.kind == "organization" or is_country(mention.name) and is_country(partner.name))
              and not person  # "Oxfam and Amnesty International said", "Germany and Spain urged"
              and not text[: first.start].rstrip().endswith(","))  # not a longer list's last two ("X, Y and Z")
    if not together and not bodies and not (person and _named_before(first, mentions) and _named_before(second, mentions)):
        return None
    return partner


_JOINTLY = re.compile(r"\b(?:jointly|together|joint\s+(?:statement|letter|declaration|release|communiqu[eé]))\b", re.I)
"""Words between the cue and the statement that say the list speaks as one ("said in a joint statement that",
"wrote jointly that")."""


def _named_before(m: Mention, mentions: MentionIndex) -> bool:
    """Whether the surname ``m`` names a person the text named in full before it ("Mark Delaney ... Delaney")."""
    return " " not in m.name and any(" " in n.name and n.name.split()[-1] == m.name and mentions.personal(n)
                                     for n in mentions.before(m.start))


_CUE_GAP = 24
"""Characters between the last body's name and its cue ("have also said"): a verb's auxiliaries."""
