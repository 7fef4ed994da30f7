"""A roundup's paragraph that names its speaker in a label, then describes them: "Piers Handling: The current
co-director of the Toronto filmfest said this: “...”", "Ada Quinn: The former mayor said she ...".

Why: a tribute or reaction roundup gives each voice a paragraph headed by the name and a colon, and goes on with a
description in place of the name; the description goes back to no one named before it (the label is no sentence of
the text's), so the words were left to no one. The person the label names is the one described.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise
from brief.actors.person_nouns import one_person
from brief.actors.speakers import Continued

_LABEL_THEN_DESCRIPTION = re.compile(r"(?:^|\n)[ \t]*([A-Z][^\n:]{2,50}?)[ \t]*:[ \t]+\Z")
"""A paragraph's opening label, its colon, and nothing else before the source."""
_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,3}?(?P<head>[a-z][\w'’-]*)(?:\s+of\s+(?:[\w'’-]+\s*){1,5})?")
"""A description of someone ("The current co-director of the Toronto filmfest", "The former mayor"): "the", a few
lower-case modifiers, its head noun, and what it is of."""
_NAME_SHAPE = re.compile(r"[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|Mc[A-Z][a-z]+)){1,2}")
"""A label shaped as a person's name ("Piers Handling"), for one the tagger did not read: two or three capitalised
words, after which a description of a person opens the paragraph."""
_PREFIXES = ("co-", "vice-", "ex-")
LABEL_REACH = 60
"""Characters before the source read for the label: a name and its colon."""


def labelled_descriptions(text: str, article: int, unattributed: list[tuple[Attribution, str]],
                          claimed: list[Continued], index: MentionIndex) -> list[Continued]:
    """The words of unresolved sources that are a description opening a paragraph after a person's name and a colon,
    for that person; sentences another reading has claimed (``claimed``) are left to it."""
    taken = {c.sentence for c in claimed}
    out = []
    for attribution, cue in unattributed:
        if attribution.source is None or attribution.sentence in taken:
            continue
        start, end = attribution.source
        described = _DESCRIPTION.fullmatch(" ".join(text[start:end].split()))
        head = described.group("head") if described is not None else ""
        if not one_person(next((head[len(p):] for p in _PREFIXES if head.startswith(p)), head)):
            continue  # "Ada Quinn: The report said": no one described
        label = _LABEL_THEN_DESCRIPTION.search(text, max(0, start - LABEL_REACH), start)
        if label is None or any(m.kind == "person" for m in index.within((start, end))):
            continue
        person = next((m for m in index.within(label.span(1)) if m.kind == "person" and not m.demonym
                       and m.start == label.start(1) and m.end == label.end(1)), None)
        if person is None and _NAME_SHAPE.fullmatch(label.group(1)) and not index.within(label.span(1)):
            name = label.group(1)
            person = Mention(article, attribution.sentence, label.start(1), label.end(1), normalise(name), name, "person")
        if person is not None:
            out.append(Continued(person, attribution.sentence, attribution.content, cue=cue))
    return out
