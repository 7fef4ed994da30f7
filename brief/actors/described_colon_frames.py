"""A quotation after a colon that closes a clause whose subject is a description and whose predicate runs on past
its verb: 'The age-defying comedian then ended her stint on the show with a fond farewell to the housemates: “I wish
you all well. ...”'.

Why: ``colon_quotes`` reads a described subject only when its verb closes the frame ("The mum-of-three fumed:"), and a
named subject with any predicate ("Velik ended her stint ... with a farewell:"); the description with a predicate was
no one's, and the speaker's farewell was lost. The frame asked for: "The" and one to four lower-case words (the
description, no name among them), perhaps "then" or an adverb in -ly, a finite verb, and the rest of the clause with
no comma, colon or quotation mark; the description goes back to a person as before "said"
(``referring.described_person``: a calling, an age, a title).
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.referring import described_person
from brief.model import Sentence

DESCRIPTION_WORDS = 4
"""Words of the description after "The" ("age-defying comedian", "former England captain")."""
PREDICATE_CHARS = 120
"""Characters of the predicate after the verb, to the colon: a clause, not a paragraph's worth."""
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*\Z")
_ADVERB = re.compile(r"(?:then|later|also|[a-z]+ly)\Z")
_BREAK = re.compile(r"[,;:“”\"()]")


def described_long_frame(text: str, s: Sentence, frame: str, index: MentionIndex) -> Mention | None:
    """The person a frame "The <description> <verb> <predicate>" goes back to (see the module), or None."""
    words = frame.split()
    if len(words) < 3 or words[0] != "The" or _BREAK.search(frame):
        return None
    for n in range(1, DESCRIPTION_WORDS + 1):
        description = words[1 : n + 1]
        if len(description) < n or not all(_LOWER_WORD.match(w) for w in description):
            return None
        k = n + 1
        if k < len(words) and _ADVERB.match(words[k]):
            k += 1
        if k >= len(words) or not finite_word(words[k]):
            continue
        rest = " ".join(words[k + 1 :])
        if len(rest) > PREDICATE_CHARS:
            return None
        start = s.start + len(frame) - len(frame.lstrip())  # the frame opens its sentence's text
        said = [w.lower() for w in words[: n + 1]]
        return described_person(text, said, index.before(start), index, s.index, " ".join(words[: n + 1]))
    return None
