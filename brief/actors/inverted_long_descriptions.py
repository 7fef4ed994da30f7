"""A quotation's speaker written after its cue as a long description, then the name set off after it: "“...,” says
the former editor of the Standard, George Osborne." The tagger left the source out; ``inverted`` reads a description
of up to ``inverted.DESCRIPTION_WORDS`` words so, and a role with the body it is of runs longer ("former editor of
the Standard"). The description and the name are the source, which resolves to the name.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.text.language import stop_words

LONG_DESCRIPTION_WORDS = 7
"""Words of a role and the body it is of after the determiner ("former chancellor of the exchequer of Veldt"):
longer, the words are a clause, not a description."""
_DESCRIBED_THEN_NAMED = re.compile(
    rf"\s+(?P<source>(?:the|his|her|their|its)\s+(?:[\w'’.&-]+\s+){{1,{LONG_DESCRIPTION_WORDS - 1}}}?(?:of|at|for)\s+"
    r"(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,2}?,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))"
    r"(?=\s*(?:[.;!?]|,\s+(?:who|whose|which)\s|$))", re.MULTILINE)
"""After the cue: a determiner, a role "of", "at" or "for" a body, a comma and a name of two to four capitalised
words that ends the sentence or is followed by a relative clause."""


def described_then_named(text: str, attribution: Attribution) -> Attribution:
    """The attribution of a quotation closed before its cue, left with no source, with the description and the name
    after the cue as its source (see the module's docstring). Any other attribution is returned as it is."""
    if attribution.source is not None or not attribution.quote or attribution.content[1] > attribution.cue[0]:
        return attribution
    found = _DESCRIBED_THEN_NAMED.match(text, attribution.cue[1])
    if found is None or len(found.group("source").split(",")[0].split()) > LONG_DESCRIPTION_WORDS + 1:
        return attribution
    if any(w.lower() in stop_words("en") for w in found.group("name").split()):
        return attribution
    return dataclasses.replace(attribution, source=found.span("source"))
