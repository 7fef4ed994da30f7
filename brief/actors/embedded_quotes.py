"""A speaker's words the writer fits into a sentence of their own: "“The officer returned fire,” he
said. Mr. Rahami fled, “indiscriminately firing his weapon at passing vehicles.”" The second sentence
has no cue, and its quotation does not open it, so neither the model nor ``continued_quotes`` (which
follows a sentence that is a quotation) reads it; news writes so to go on with the speaker just quoted
without a second "he said".

The quotation is the speaker's when it opens inside the sentence with a lower-case word (the quoted
words continue the writer's clause: a title or a name in quotes opens with a capital), holds a
clause's worth of words, closes at the sentence's end, and the sentence comes right after one whose
words the speaker said (in its paragraph, or opening the next), and the writer's words before it hold no verb
of saying the cue model missed ("X accused the government of ... “for the sake of a headline”": X's frame).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.asides import speakers_by_sentence
from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue
from brief.actors.mentions import Mention
from brief.actors.quote_before import MIN_QUOTED_WORDS
from brief.actors.speakers import Continued
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence

_EMBEDDED = re.compile(r"[^“\"\n]*?\S[ \t\xa0]*(?P<open>[“\"])(?=[a-z])(?P<said>[^“”\"\n]+)[”\"][\s.!?…]*$")
"""A sentence whose only quotation opens after the writer's words, on a lower-case word, and closes
at the sentence's end (a stop inside or after its mark)."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def embedded_quotations(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                        continued: Sequence[Continued], cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each sentence with no cue that ends in a quotation fitted into the writer's words, right
    after a sentence of the speaker's: the quotation, to its closing mark, is that speaker's."""
    speaker = speakers_by_sentence(sentences, resolved, continued)
    out: list[Continued] = []
    for k in range(1, len(sentences)):
        s = sentences[k]
        if k in speaker or k - 1 not in speaker or any(s.start <= c0 < s.end for c0, _ in cues):
            continue
        found = _EMBEDDED.match(text, s.start, s.end)
        if found is None or len(found.group("said").split()) < MIN_QUOTED_WORDS:
            continue
        if any(seed_cue(w) for w in _WORD.findall(text, s.start, found.start("open"))):
            continue  # "The shadow minister, X, accused the government of ... “for the sake of a headline”": X's frame
        new_paragraph = "\n" in text[sentences[k - 1].end : s.start]
        if new_paragraph and any(s.start <= c0 < paragraph_end(text, s.start) for c0, _ in cues):
            continue  # a paragraph that holds a cue may be another speaker's
        out.append(Continued(speaker[k - 1], k, (found.start("open"), found.end("said") + 1)))
    return out

