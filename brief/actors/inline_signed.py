"""A quotation signed after a dash inside a passage: "... in Exposition Park. ‘My sermons were plain, and so
was my Lord’ —Rev. Ada Quinn.” Plaque displayed 1965." A plaque's or a book's inscription quoted in the
text sets its epigraph this way, inside the outer marks, so the line is not one quotation and
``signed.signed_quotes`` (a line that is one quotation, then its signature) does not read it.

Read only for a quotation in the speaker's own voice (a pronoun of the first person), of a sentence's
length and not in title case: "‘Hello From the Other Side’ — Adele" in a playlist is a song and its
singer, not words said. The signer must be a person the tagger found in the signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.named_before import FIRST_PERSON
from brief.actors.speakers import Continued
from brief.model import Sentence

_INLINE_SIGNED = re.compile(r"(?P<said>[‘“\"'][A-Z][^‘’“”\"\n]{10,400}?[’”\"'])[ \t\xa0]*[―—–][ \t\xa0]*"
                            r"(?P<name>(?:[A-Z][\w'’-]*\.?[ \t\xa0]+){1,4}[A-Z][\w'’-]*)(?=[ \t\xa0]*(?:[.,;”\"’]|$))")
"""A quotation in marks, a dash, and a signature of two to five capitalised words that ends there (not "— X and Y,
dietitians": two signers, whose words ``signed`` leaves to no one)."""
QUOTED_MIN_WORDS = 5
"""Words a signed quotation runs to: fewer are a title or a slogan."""
TITLE_CASE_SHARE = 0.5
"""The share of a quotation's words written with a capital above which it is a title, not words said."""
SIGNED_CUE = "said"
"""The cue an inline signed quotation is listed with."""


def inline_signed(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each first person's quotation signed after a dash inside a sentence, under the person signing it."""
    out: list[Continued] = []
    for signed in _INLINE_SIGNED.finditer(text):
        said = signed.group("said")[1:-1]
        words = said.split()
        if len(words) < QUOTED_MIN_WORDS or not FIRST_PERSON.search(said):
            continue
        if sum(w[:1].isupper() for w in words) > TITLE_CASE_SHARE * len(words):
            continue  # a title in capitals ("My Heart Belongs to the Sea"), not a saying
        k = next((i for i, s in enumerate(sentences) if s.start <= signed.start() < s.end), None)
        person = next((m for m in index.within(signed.span("name")) + index.overlapping(signed.span("name"))
                       if m.kind == "person" and not m.demonym), None)
        if k is None or person is None:
            continue
        out.append(Continued(person, k, signed.span("said"), cue=SIGNED_CUE))
    return out
