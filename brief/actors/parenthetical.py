"""An aside in brackets between a speaker's name and the cue ("The club's owner, Viktor Halvorsen
(who bought the club in 2019), said he would pay"), blanked for the attribution model.

The model reads a window of words around each cue: the bracketed clause pushes the name out of the
source's reach, and the cue is read with no source at all. The writer set the aside off so that
the sentence reads whole without it; the model is given the sentence so (same length: the aside's
characters become spaces, every offset holds). Only an aside right after a word and right before
the sentence goes on in lower case or after a comma, with no quote mark inside (a quotation in
brackets is someone's words) and on one line.
"""

from __future__ import annotations

import re

_ASIDE = re.compile(r"(?<=\w)(\s*)\(([^()“”\"\n]{1,120})\)(?=\s*,|\s+[a-z])")
"""A bracketed aside after a word, before a comma or a lower-case word, with no quote mark inside."""


def blanked_asides(text: str) -> str:
    """The text with each bracketed aside (see above) turned to spaces."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)
