"""A question the writer puts, set as a sentence of its own: "Is Starmer a good leader?", "What advice would he
give the new mayor?". An interview or a profile reports its questions so, and the quotation after one is the
answer of the person asked, never of one the question names: "Is Starmer a good leader? | “Well, I'm fully
supportive of him.”" is the interviewee's, about Starmer.
"""

from __future__ import annotations

_CLOSERS = "”\"’')"
"""What may close a question after its mark (a quotation or a bracket)."""


def asks(sentence: str) -> bool:
    """Whether the sentence is a question with no quotation in it: the writer's own, put to someone."""
    return sentence.rstrip().rstrip(_CLOSERS).endswith("?") and not any(m in sentence for m in "“”\"")
