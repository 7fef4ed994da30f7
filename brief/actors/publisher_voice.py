"""The publisher's own "we": a statement on an organisation's own site speaks for it (``publisher_speaks``).

Moved from ``speakers`` (session 64) to keep that module under 500 lines; behaviour unchanged.
"""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise


def publisher_speaks(text: str, attribution: Attribution, index: MentionIndex, publisher: str) -> Mention | None:
    """ "We will continue to advocate for strong protections" in a statement on the Wikimedia
    Foundation's own site: "we" outside quotation marks is the publisher, when the article names it
    (an organisation's press release, a paper's editorial). Inside quotation marks "we" is the
    quoted speaker's."""
    if attribution.source is None or not publisher:
        return None
    if text[attribution.source[0] : attribution.source[1]].strip().lower() not in _WE:
        return None
    paragraph = text.rfind("\n", 0, attribution.source[0]) + 1
    marks = text[paragraph : attribution.source[0]]
    if marks.count("“") > marks.count("”") or marks.count('"') % 2:
        return None
    name = normalise(publisher)
    return next((m for m in index.before(attribution.source[0]) if m.name == name and m.kind == "organization"), None)


_WE = frozenset({"we", "we will", "we have", "we are", "our"})
