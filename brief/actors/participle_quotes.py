"""A quotation after a participle of saying, or a dash, that closes a statement's sentence: "Ellison
welcomed the ruling, saying “justice has finally been done”", "Kaye praised the team's spirit - “they
never gave up”". The cue model read the first cue ("welcomed") and its object, and often no cue in
"saying" or the dash: the quotation, the statement's own words, went to no one (a position of the
sentence stopped before the words where the quotation opens).

The quotation is the speaker's of that statement when it follows the statement's content right away,
no cue stands between (one there is the model's to read: "..., saying that Y told him “...”"), and it
opens after the participle (with an optional "that" or colon) or right after the dash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.speakers import Continued
from brief.model import Sentence

_SAYING = ("saying|adding|insisting|writing|warning|arguing|noting|explaining|declaring|stating|claiming|"
           "stressing|telling\\s+(?:[\\w.'’-]+\\s+){1,3}?")
_THEN_QUOTED = re.compile(
    rf"(?:\s*,\s*(?:[a-z]+ly\s+)?(?:{_SAYING})\s*(?:that\s+)?:?|\s+[-—–]{{1,2}})\s*(?P<open>[“\"])(?P<said>[^“”\"\n]+)[”\"]"
)
"""Right after a statement's content: ", saying “...”", ", adding that “...”", " - “...”"."""
PARTICIPLE_CUE = "said"
"""The cue such a quotation is reported with."""


def quotations_after_participles(text: str, sentences: Sequence[Sentence],
                                 resolved: Sequence[tuple[Attribution, Mention]],
                                 cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each quotation that follows a resolved statement's content in its sentence after a participle of
    saying or a dash (``_THEN_QUOTED``), as that statement's speaker's words."""
    out: list[Continued] = []
    for attribution, mention in resolved:
        k = attribution.sentence
        if attribution.quote or not 0 <= k < len(sentences) or attribution.content[0] < attribution.cue[1]:
            continue
        end = sentences[k].end
        found = _THEN_QUOTED.match(text, attribution.content[1], end)
        if found is None or any(attribution.content[1] <= c0 < found.end() for c0, _ in cues):
            continue
        out.append(Continued(mention, k, (found.start("open"), found.end()), cue=PARTICIPLE_CUE))
    return out
