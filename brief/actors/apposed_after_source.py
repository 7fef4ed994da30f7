"""A name set off in commas after a fronted source: "According to the firm's spokeswoman, Emma Liu, the
plant will reopen", where the model began the content at the name; and the rest of a fronted source
the model left in the content: a name after a title's full stop ("According to study lead author Dr. |
Pieter Voss, the larvae ..."), or a description of the speaker set off in commas ("According to Dr.
Mina Rahal, | a marine biologist at Osprey College, the finding ...", "..., who led the work, ...").

Why: the speaker was found (the name after a description, brief.actors.describing), but the position
read "says Emma Liu, the plant will reopen": the name is the source's apposition, not what was said.
Science and health desks front their sources so ("According to lead author Dr. X, a researcher at Y,
..."), and an abbreviated title's full stop or the description left in the words made the position
read "says . Pieter Voss, the larvae ..." under the university, or "says a marine biologist at ...".
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.person_nouns import one_person
from brief.actors.relayed_statements import relayed_holder

_APPOSED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,\s+(?=\S)")
"""Two to four capitalised words and the comma that closes them ("Emma Liu, ")."""
_COMMA = re.compile(r"\s*,\s*")
_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms|Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Supt|Insp)$")
"""A title written with a full stop ("Dr.", "Prof.") that the source was cut at, before the name it titles."""
_TITLE_STOP = re.compile(r"\.\s+")
_DESCRIPTION = re.compile(r"(?:(?:a|an|the)\s+((?:[\w'’-]+\s+){0,5}?)([a-z][\w-]*)(?:\s+(?:at|of|for|in|with|from)\s+[^,;:!?\"“”]{1,60})?"
                          r"|who\s+[^,;:!?\"“”]{1,60}),\s+(?=\S)")
"""A description of the speaker set off in commas before the words: "a marine biologist at Osprey College, "
(its head noun, group 2, must name a person) or a relative clause ("who led the work, ")."""


def name_after_fronted_source(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run on over the name that opens its content and its content
    begun after that name's comma, when the source stands after the cue and right before the content
    with only a comma between ("According to X's spokeswoman, | Emma Liu, the ..."). Else as it is. An aide who
    relayed a statement gives way to its holder first (``relayed_statements``)."""
    attribution = relayed_holder(text, attribution)
    source = attribution.source
    start, end = attribution.content
    if source is None or attribution.quote or not attribution.cue[1] <= source[0] or source[1] > start:
        return attribution
    fronted = text[attribution.cue[0]].isupper()  # "According to ..., the larvae": not "..., according to Sgt. X, a ..."
    if fronted and _ABBREVIATED_TITLE.search(text, source[0], source[1]) and _TITLE_STOP.match(text, source[1], end):
        titled = _APPOSED_NAME.match(text, _TITLE_STOP.match(text, source[1], end).end(), end)  # type: ignore[union-attr]
        if titled is not None:  # "Dr | . Pieter Voss, the larvae": the name the title belongs to
            close = text.rfind(",", start, titled.end())
            return _described_after(text, dataclasses.replace(attribution, source=(source[0], close), content=(titled.end(), end)))
    if fronted and _COMMA.fullmatch(text, source[1], start) and text[source[1] - 1].isalpha():
        described = _described_after(text, attribution)
        if described is not attribution:
            return described
    if not _COMMA.fullmatch(text, source[1], start):
        return attribution
    name = _APPOSED_NAME.match(text, start, end)
    if name is None:
        return attribution
    close = text.rfind(",", start, name.end())
    return dataclasses.replace(attribution, source=(source[0], close), content=(name.end(), end))


def _described_after(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run on over a description of the speaker that opens its
    content ("a marine biologist at Osprey College, ", "who led the work, "); else as it is."""
    assert attribution.source is not None
    start, end = attribution.content
    described = _DESCRIPTION.match(text, start, end)
    if described is None or described.group(2) is not None and not one_person(described.group(2).lower()):
        return attribution  # "According to Rahal, the finding, ...": the words, not their speaker
    close = text.rfind(",", start, described.end())
    return dataclasses.replace(attribution, source=(attribution.source[0], close), content=(described.end(), end))
