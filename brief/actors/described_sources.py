"""A source's description between an inverted cue and its quotation: "Said Marlowe, who led the 2006 inquiry: “Our
job is not finished”", "Added Ms Varga, the committee's chair: “...”".

Why: the cue model runs the content from the words after the source, so the position read "who led the 2006
inquiry: ..." with the quotation inside it. When the cue comes first and its source follows it, the words between
the source and a colon before an opening mark describe the source (a relative clause, an apposition), whatever
their verb: what was said is the quotation after the colon.
"""

from __future__ import annotations

from brief.actors.attribution import Attribution

DESCRIPTION_WORDS = 20
"""Words of a source's description before the colon ("who chaired the committee's first hearing on the matter");
a longer stretch is not read as one."""
SOURCE_GAP = 3
"""Characters between the source's end and the content's start (a comma and a space) for the content to follow it;
the comma must be there."""


def described_source(text: str, attribution: Attribution, frame: str) -> bool:
    """Whether ``frame`` (the content's words before a colon and an opening mark) describes a source that follows its
    cue ("Said Marlowe, | who led the inquiry | : “...”")."""
    source = attribution.source
    if source is None or not attribution.cue[1] <= source[0] or not 0 <= attribution.content[0] - source[1] <= SOURCE_GAP:
        return False
    if "," not in text[source[1] : attribution.content[0]]:
        return False  # set off by a comma, as a description is; "quoted by Punch as saying:" is the frame's own phrase
    return 0 < len(frame.split()) <= DESCRIPTION_WORDS
