"""People an interviewer's question is about: the answer after it is the interviewee's, not theirs.

Why a module of its own: interview features set the writer's questions down as sentences of their own ("Is
Marsh a good leader?", "I ask if the new mayor, Colin Marsh, can last two terms.") and the answer after them
bare or with a "he says". The rules that give a bare quotation to the one person the sentence before names,
and a "he says" to the last person named, gave the answer to the one asked about.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.pronoun_bound_names import SENTENCE_EDGE, sentence_start

_QUOTE_MARK = re.compile(r"[“”\"‘’]|(?<!\w)'|'(?!\w)")
"""A quotation mark (not an apostrophe): a question in marks is someone's words, not the writer's question."""
_WRITERS_QUESTION = re.compile(r"\?\s*$")
_I_ASK = re.compile(r"\bI\s+(?:ask|asked|wonder|wondered|put\s+it\s+to\s+(?:him|her|them))\b(?:\s+(?:him|her|them))?"
                    r"\s+(?:if|whether|about|what|why|how|when|who|where)\b")
"""The writer putting a question ("I ask if ...", "I asked him whether ...", "I put it to her that ..." is not
one: only "put it to him" followed by a question word): what follows is what they were asked about."""


def writers_question(sentence: str) -> bool:
    """Whether a sentence is the writer's own question put to the one who answers: it ends in a question mark,
    quotes no one, and asks no one's words ("What did Suh say after the play?" leads into Suh's own)."""
    return (bool(_WRITERS_QUESTION.search(sentence)) and not _QUOTE_MARK.search(sentence)
            and not _ASKS_WORDS.search(sentence))


_ASKS_WORDS = re.compile(r"\b(?:say|says|said|tell|told|respond|responded|reply|replied|react|reacted|explain|"
                         r"explained|answer|answered)\b", re.I)
"""A verb of saying in the question: it asks what the one it names said, and the quotation after is theirs."""


def asked_about(text: str, m: Mention) -> bool:
    """Whether ``m`` is named inside the writer's question: in a sentence that is one, or after an "I ask
    if" of its sentence (not the one the writer sits with, named before it: "As I sit with X, I ask if Y ...")."""
    start = sentence_start(text, m.start)
    if _I_ASK.search(text, start, m.start):
        return True
    end = SENTENCE_EDGE.search(text, m.end)
    stop = end.start() + 1 if end else len(text)
    return writers_question(text[start:stop])
