"""A quotation in single marks that a phrase quoted inside it does not close.

Pages that quote in single marks ('...,' Saraswat said) quote a term inside the speaker's words in
single marks too: "'With our policy of 'no first use', we may not ...". The first closing mark met
is the inner phrase's, not the quotation's; read as the close, it ended the quotation at the phrase
and the rest of the paragraph was the writer's, so a quotation left open to run on to the next
paragraph was not seen as one. The inner marks pair among themselves: an opening mark after a space
before a word, a closing one after a word. A closing mark after a plural's s ("the players' wages")
is counted as a close: the quotation is then taken as closed, as before.
"""

from __future__ import annotations

import re

SINGLE_MARKS = frozenset("'‘")
_INNER_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=\w)")
_CLOSING = {"'": re.compile(r"(?<=[\w.,!?;:…])'(?![a-z])"), "‘": re.compile(r"’(?![a-z])")}
"""A single mark's close ("it’s": a mark before a letter is an apostrophe)."""


def inner_pairs_close(rest: str, mark: str) -> bool:
    """Whether the closing marks met in ``rest`` (the words after the single ``mark`` that opens a quotation)
    are all inner phrases' closes: a phrase is quoted inside, and no more marks close than open there."""
    openings = len(_INNER_OPENING.findall(rest))
    return openings > 0 and len(_CLOSING[mark].findall(rest)) <= openings
