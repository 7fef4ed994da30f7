"""A lead that describes its speaker before the page names anyone of that kind: "The admitted terrorist said he
had been a naive adolescent ... . But a federal judge sentenced Mohammed Mansour Jabarah to life"; "“...,” the
rebels said in a letter ... . The Revolutionary Armed Forces of Colombia, or FARC, promised ...".

Why: a description goes back to someone named before it (``referring``, ``epithets``, ``self_described``); a
feature or wire lead often opens on the description and names the one it describes only in the next sentence or
two, so the source read as no one. When no one of the description's kind (a person for "the admitted terrorist", a
body for "the rebels") is named anywhere before it, the description cannot go back: it goes forward, to the first of
that kind the page names after it, within ``NAMED_AFTER_REACH`` sentences, and only to a name written there for the
first time with no role of its own ("U.S. District Judge Barbara Jones" is brought in as someone else).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.speakers import Continued

NAMED_AFTER_REACH = 3
"""Sentences after the description within which the lead names whom it described (the next sentence, or one or two
more after a pronoun's "He called himself ..."); further on, a name is as likely someone new."""
GROUP_PLURALS = frozenset(
    "rebels insurgents guerrillas militants separatists militiamen fighters kidnappers hijackers captors".split())
"""Plurals for an armed group's members, which speak for the group ("the rebels said"): a body, not a person."""
_DESCRIPTION = re.compile(r"(?:[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,3}([a-z][a-z-]*)")
"""A source that is "the", at most three lower-case modifiers and a noun, and no name."""


def named_after(text: str, unattributed: list[tuple[Attribution, str]], claimed: list[Continued],
                index: MentionIndex) -> list[Continued]:
    """The words of unresolved sources that are a bare description, for the first of its kind named after it (see
    the module's docstring); sentences another reading has claimed (``claimed``) are left to it."""
    taken = {c.sentence for c in claimed}
    out = []
    for attribution, cue in unattributed:
        if attribution.source is None or attribution.sentence in taken:
            continue
        described = _DESCRIPTION.fullmatch(" ".join(text[attribution.source[0] : attribution.source[1]].split()))
        kind = _kind_described(described.group(1)) if described is not None else None
        if kind is None or any(_fits(m, kind) for m in index.mentions if m.end <= attribution.source[0]):
            continue  # "the rebels said" after "the FARC said": not forward (another reading's, or no one)
        later = next((m for m in index.mentions if m.start >= attribution.source[1] and _fits(m, kind)
                      and attribution.sentence <= m.sentence <= attribution.sentence + NAMED_AFTER_REACH), None)
        if later is None or later.role or any(m.name == later.name and m.start < later.start for m in index.mentions):
            continue
        out.append(Continued(later, attribution.sentence, attribution.content, cue=cue))
    return out


def _kind_described(noun: str) -> str | None:
    """The kind of actor a description's noun is: a person ("terrorist"), a body ("rebels"), or neither."""
    if noun in GROUP_PLURALS:
        return "organization"
    return "person" if not noun.endswith("s") and one_person(noun) else None


def _fits(mention: Mention, kind: str) -> bool:
    """Whether a mention names an actor of that kind who may speak (not the page's writer, nor a headline's)."""
    return mention.kind == kind and not (mention.demonym or mention.writer or mention.headline or mention.medium)
