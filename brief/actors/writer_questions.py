"""A question the writer puts, set as a sentence of its own: "Is Starmer a good leader?", "What advice would he
give the new mayor?". An interview or a profile reports its questions so, and the quotation after one is the
answer of the person asked, never of one the question names: "Is Starmer a good leader? | “Well, I'm fully
supportive of him.”" is the interviewee's, about Starmer. A question that asks what the one it names said ("What did
Suh say after the play?") is no question put: it announces their words, which follow it.
"""

from __future__ import annotations

import re

_CLOSERS = "”\"’')"
"""What may close a question after its mark (a quotation or a bracket)."""
_WORDS_ASKED = re.compile(r"\b(?:did|does|do|will|would|could|can|has|have|had)\s+(?:[A-Z][\w'’.-]*\s+)+(?:have\s+to\s+)?"
                          r"(?:say|think|make\s+of|tell|respond|reply|answer|feel|explain)\b")
"""A question whose named subject is asked what they said or thought ("What did Suh say", "How does Ms Lane feel")."""


def asks(sentence: str) -> bool:
    """Whether the sentence is a question with no quotation in it, put to someone (not asking for a named one's words)."""
    return (sentence.rstrip().rstrip(_CLOSERS).endswith("?") and not any(m in sentence for m in "“”\"")
            and not _WORDS_ASKED.search(sentence))
