"""The person who holds an office a source names by its place or body: "The mayor of Brenton says ... Mayor Ada
Quill said ..." (the holder named right after), "Kilroot PSNI commander Deirdre Oakes ... The PSNI chief added:"
(the body's head named before).

Why: resolving such a source finds the name inside it (Brenton, the PSNI) and gave the place or the body the
words its officer spoke. ``referring.holder_of_title_of`` finds a holder named before and tied to the place; a
news text as often names the office first and its holder in the next sentence, by title ("Mayor Ada Quill"),
and calls a commander or director named before by the body's name and a word for its head ("the PSNI chief").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import TITLES
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.pronoun_offices import pronoun_office_owner
from brief.actors.source_words import ROLE_FAMILIES

_TITLE_OF = re.compile(r"(?:[Tt]he)\s+([a-z-]+)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*\([A-Z]+\)?)?")
"""A title and the place or body it is held in, and nothing else: "The mayor of Brenton", "the governor of Kessel
(KS)"."""
_BODY_HEAD = re.compile(r"(?:[Tt]he)\s+([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+(chief|boss|head)")
"""A body's name and a word for its head: "The PSNI chief", "the Harbour Trust boss"."""
HEAD_TITLES = frozenset("chief boss head commander director superintendent chairman chairwoman chair president "
                        "executive leader governor commissioner".split())
"""Last words of a role that make its holder the head a body's "chief" or "boss" stands for."""
SHORT_FORM_REACH = 12
"""Characters after the place or body read for its short form in brackets ("... Regional Council (WKRC)")."""
SENTENCE_REACH = 200
"""Characters either side of the holder's name read for the place or body it holds office in: their paragraph,
after the source's cue."""
HOLDER_REACH = 2
"""Sentences after the office's within which its holder is named (the next, or one more), as in
``office_holders``."""


def office_holder_of(text: str, attribution: Attribution, mentions: MentionIndex, found: Mention | None) -> Mention | None:
    """The holder of the office the source names, for ``found`` (the place or body named in it) when the text
    names them (see the module's docstring); for no ``found``, whose office "his"/"her" names; ``found`` otherwise."""
    if found is None:
        return pronoun_office_owner(text, attribution, mentions)  # "Her office said": hers, named before
    if found.kind == "person" or attribution.source is None:
        return found
    start, end = attribution.source
    phrase = text[start:end].strip()
    if not (start <= found.start and found.end <= end):
        return found
    title_of = _TITLE_OF.fullmatch(phrase)
    if title_of is not None and title_of.group(1) in TITLES:
        family = ROLE_FAMILIES.get(title_of.group(1), frozenset({title_of.group(1)}))
        return _named_after(text, attribution, found, mentions, family) or found
    head = _BODY_HEAD.fullmatch(phrase)
    if head is not None:
        return _head_before(mentions.before(start), head.group(1)) or found
    return found


def _named_after(text: str, attribution: Attribution, found: Mention, mentions: MentionIndex,
                 family: frozenset[str]) -> Mention | None:
    """The one person first named within ``HOLDER_REACH`` sentences after the source with that title in their role,
    where their role is the title alone ("Mayor Ada Quill") or their sentence names the place or body ("WKRC mayor
    Angus Petrie"): "US President X" named after "the president of the union" holds another office."""
    later = [m for m in mentions.mentions if m.start > attribution.cue[1] and m.kind == "person"
             and m.sentence <= found.sentence + HOLDER_REACH and family & set(m.role.lower().replace("-", " ").split())]
    if len({m.name for m in later}) != 1:
        return None
    held = {w for w in re.findall(r"[A-Z][\w'’-]+", found.surface + " " + text[found.end : found.end + SHORT_FORM_REACH])}
    holder = later[0]
    start = text.rfind("\n", max(0, holder.start - SENTENCE_REACH), holder.start) + 1
    end = text.find("\n", holder.end, holder.end + SENTENCE_REACH)
    paragraph = text[max(start, attribution.cue[1]) : end if end >= 0 else holder.end + SENTENCE_REACH]
    tied = any(re.search(rf"\b{re.escape(w)}\b", paragraph) for w in held)
    bare = all(w.lower() in family or w.lower() in TITLES for w in holder.role.split())
    return holder if bare or tied else None


def _head_before(before: list[Mention], body: str) -> Mention | None:
    """The one person named before whose role holds the body's name and ends with a word for its head."""
    held = [m for m in before if m.kind == "person" and f" {body} " in f" {m.role} "
            and m.role.lower().split()[-1] in HEAD_TITLES]
    if len({m.name for m in held}) != 1:
        return None
    return held[-1]
