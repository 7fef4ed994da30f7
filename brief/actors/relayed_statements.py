"""A statement relayed by an aide, set off between its holder and the verb: "The party's candidate, Dr. Ngozi Obi,
in a statement by her spokesman, Emeka Nnaji, described the verdict as ...".

Why: the cue model took the aide right before the verb for its source, and the candidate's position went to the
spokesman; the aide only signs or issues the statement ("by her spokesman"), its holder is the subject before it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_RELAYED_BY = re.compile(r",\s+(?:in|through)\s+an?\s+(?:(?:press|written|short)\s+)?(?:statement|letter|release|post|"
                         r"memo|message)\s+(?:(?:signed|issued|released|posted)\s+)?by\s+$")
"""What stands right before the aide: a comma, the document and "by" ("..., in a statement signed by ")."""
_HOLDER = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)([A-Z][^.!?;:\n\"“”]{1,120}?)$")
"""The holder from the sentence's opening up to the comma before the document ("The party's candidate, Dr. Ngozi
Obi"): no clause mark within it."""
HOLDER_REACH = 160
"""Characters read back from the document's comma for the sentence's opening."""


def relayed_holder(text: str, attribution: Attribution) -> Attribution:
    """The source moved from the aide who relayed a statement ("in a statement by her spokesman, Emeka Nnaji") to the
    holder who opens the sentence before it; as it is otherwise."""
    source = attribution.source
    if source is None or attribution.cue[0] < source[1]:
        return attribution
    relay = _RELAYED_BY.search(text, max(0, source[0] - 80), source[0])
    if relay is None:
        return attribution
    holder = _HOLDER.search(text, max(0, relay.start() - HOLDER_REACH), relay.start())
    if holder is None or holder.group(1).lower().startswith(("in ", "on ", "at ")):
        return attribution
    return dataclasses.replace(attribution, source=holder.span(1))
