"""A quotation set down bare, then its speaker named as the subject of the sentence after it:
"“We will fight this with everything we have.” Union leader Jane Obi made the remarks at a rally",
"... Obi was speaking to reporters outside the port". The sentence after has no verb of saying the
model reads as a cue for the quotation before it ("made the remarks" is a deed, "was speaking to"
has no content), so the quotation went to no one. The words are the subject's when the sentence
before is a quotation whole and the subject opens the sentence after (``speakers.views_named_after``
reads the frames that name the speaker after "of" or "from": "That was the warning from ...").
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.model import Sentence

_REMARKS = re.compile(
    r"\s+(?:(?:later|also|first)\s+)?(?:made|delivered|gave)\s+(?:the|these|those|his|her|their)\s+(?:[a-z-]+\s+)?"
    r"(?:remarks?|comments?|vow|pledge|warning|plea|appeal|claim|admission)\b"
    r"|\s+(?:was|were)\s+speaking\s+(?:to|at|on|after|during|in|from|outside|before|ahead)\b"
)
"""After the subject: a deed of having said the words before ("made the remarks at a rally"), or the
occasion they were said on ("was speaking to reporters")."""
DESCRIPTION_WORDS = 5
"""Words of a description before the subject's name ("Union leader", "The head of the port workers'")."""


def remarks_owner(text: str, sentence: Sentence, index: MentionIndex) -> Mention | None:
    """The subject of a sentence that says its subject made the remarks before or was speaking
    somewhere: the first name in it, a person's or a body's, after at most a short description;
    None for any other sentence."""
    named = [m for m in index.within((sentence.start, sentence.end)) if not m.demonym and m.kind != "place"]
    if not named or len(text[sentence.start : named[0].start].split()) > DESCRIPTION_WORDS:
        return None
    if re.search(r"[,;:“”\"]", text[sentence.start : named[0].start]):
        return None  # "After the rally, ...": a clause before the subject
    return named[0] if _REMARKS.match(text, named[0].end) else None
