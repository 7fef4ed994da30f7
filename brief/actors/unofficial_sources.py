"""Sources named by whom they are close to: "A source close to Meghan said", "people familiar with
Musk's thinking said", "Allies of Rachel Reeves insist". The name in such a source is whom the
unnamed people know or back; they speak, and the person named did not say the words (a spokesperson
"for" someone speaks for them, and stays theirs).
"""

from __future__ import annotations

import re

_CLOSE_TO = re.compile(
    r"\b(?:close\s+to|familiar\s+with|(?:allies|supporters|confidants?|associates)\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$", re.IGNORECASE)


def close_to_named(text: str, start: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` follows "close to", "familiar with" or "allies of" within its
    source (from ``start``): whom the unnamed speakers know, not the speaker."""
    return _CLOSE_TO.search(text, start, name_start) is not None
