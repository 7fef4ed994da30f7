"""A cue inside a name is no cue: "Manpower Minister Tan See Leng told Parliament ...", where the cue
model tags "See" (a verb of seeing elsewhere) and takes "Leng told Parliament ..." as its content.

Why: the model reads words, not names, and a given name or a family name may be spelled as a verb
("See", "Hope", "Will", "Say"); Singaporean, Malaysian, Chinese and other names put such a word in
the middle of a name. Its attribution was read first (an outer one) and took the words of the
speaker's own cue ("told"), so the statement came out cut and headed by the name's tail. A cue in
capitals that stands after a name's first word, inside a name the tagger found, is part of that name.
"""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex


def cue_in_name(text: str, attribution: Attribution, index: MentionIndex) -> bool:
    """Whether the cue is a capitalised word inside a person's or a body's name, past its first word."""
    start, end = attribution.cue
    if not text[start:end][:1].isupper():
        return False
    return any(m.start < start and end <= m.end and m.kind in ("person", "organization")
               for m in index.overlapping((start, end)) + index.within((start, end)))
