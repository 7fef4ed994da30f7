"""A paragraph that is a quotation and its reporting frame, written without the closing full stop:
"“I want to stay in the top 10,” he said".

Why a module of its own: a short paragraph that does not end like a sentence is read as a heading, kicker or
link (``brief.ingest.furniture.is_heading``) and set aside as furniture, so the speaker's words in it were lost.
Pages drop a paragraph's last stop often enough (a copy-editing slip, a CMS trimming the line), and no heading
has this shape: an opening quote mark, the quotation closed with a comma (or "?", "!"), then a few words that
hold a reporting verb in the past tense (or a pronoun's present, "she says") and nothing after them that ends a
sentence.
"""

from __future__ import annotations

import re

FRAME_MAX_WORDS = 8
"""Words a reporting frame after the quotation has at most ("he said", "Rams boss Paul Jewell told the club's
website", "said Jane Roe, a spokeswoman for the port"); more is a sentence going on, which would end in a stop."""

_REPORTED = (r"said|added|told|explained|insisted|continued|noted|admitted|declared|stated|wrote|asked|replied|"
             r"commented|remarked|warned|claimed|argued|recalled|joked|quipped|conceded|laughed|smiled|shouted")
"""Past-tense reporting verbs: a headline in this shape reports in the present ("'We will not back down,' says
Tam Orrin as strike looms") and stays a heading."""
_PRONOUN_PRESENT = r"(?:he|she|they|we|I)\s+(?:says|adds|tells|explains|insists|writes|asks|notes|admits|warns)"
"""A present-tense frame a headline never has: a pronoun for its speaker ("..., she says")."""
_FRAMED = re.compile(
    rf"^\s*[“\"‘'][^“”\"]*?[,!?…][”\"’']\s+(?P<frame>(?:[\w'’.,-]+\s+){{0,{FRAME_MAX_WORDS - 1}}}?"
    rf"(?:{_REPORTED}|{_PRONOUN_PRESENT})(?:\s+[\w'’.,-]+){{0,{FRAME_MAX_WORDS - 1}}}?)\s*$"
)


def framed_quotation(paragraph: str) -> bool:
    """Whether the paragraph is a whole quotation and its reporting frame, without the closing stop."""
    found = _FRAMED.match(paragraph)
    return found is not None and len(found.group("frame").split()) <= FRAME_MAX_WORDS
