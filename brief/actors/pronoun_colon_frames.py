"""A quotation after a colon whose frame opens with "he"/"she", a verb of telling and what was told: "He then told
the delegates, who had gathered in ..., what he would do in their place: “The first thing I would do
...”". The cue model reads the verb's object ("the delegates") as what was told, and the colon rule
(``colon_quotes``) wants a name at the frame's start; the pronoun is the person the story was just
about, named within ``PRONOUN_REACH`` sentences before (the reach of a bare "he said", ``last_speaker``),
of no other gender than the pronoun says. A
frame with a second verb of saying ("He told them what the minister said:") may quote that other
speaker, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.last_speaker import PRONOUN_REACH
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.model import Sentence

_OPENING = re.compile(r"\s*(?P<pronoun>He|She)\s+(?:(?:then|also|later|once|again|[a-z]+ly)\s+){0,2}"
                      r"(?:told|said|explained|described|outlined|wrote|answered|replied|recalled|warned)\b")
"""The frame's opening: the pronoun, an adverb or two, and the verb of telling."""
_ANOTHER_SAYING = re.compile(r"\b(?:said|says|told|tells|wrote|writes|according\s+to)\b")
"""A second verb of saying in the frame, past its own: the quotation may be that speaker's."""
_WHAT = re.compile(r"\b(?:what|how|why|whether)\b")
"""The question word of what was told, which the colon then gives ("told them what he would do:"); a bare "She
said:" is left to the cue model, whose source the chain resolves (an unnamed "she" is then no one)."""


def pronoun_teller(s: Sentence, frame: str, index: MentionIndex, sentences: Sequence[Sentence], k: int) -> Mention | None:
    """The person a frame "He then told X ..., what ...:" goes back to: the latest person named in the
    ``PRONOUN_REACH`` sentences before, of no other gender than the pronoun; None for any other frame."""
    found = _OPENING.match(frame)
    if found is None or _ANOTHER_SAYING.search(frame, found.end()) or not _WHAT.search(frame, found.end()):
        return None
    since = sentences[max(0, k - PRONOUN_REACH)].start
    pronoun = found.group("pronoun").lower()
    people = [m for m in index.within((since, s.start)) if m.kind == "person" and not m.demonym
              and index.genders.fits(m, pronoun)]
    return people[-1] if people else None
