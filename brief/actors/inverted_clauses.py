"""A speaker written after the cue of a quotation and followed by a clause about them: "“...,” says Halima as she
turns the coals", "“...,” says Baraka who works in the council's planning office", "“...,” says the mother of five who
fries fish by the gate". Features vary a person named in full before so, by a given name or a description, and
tell more of them in the same breath. The source tagger, which learned "said X." ending the clause, leaves such a
given name out, or takes the relative clause into the description; the speaker is the name or the description
alone, which are then resolved as any is (a given name to the full name, a description to the person just named).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS
from brief.text.language import stop_words

_CLAUSE_AFTER = r"(?=,?\s+(?:who|whose|as\s+(?:she|he|they)|while\s+(?:she|he|they))\s)"
"""What ends the speaker: a relative clause ("who works ...") or what the speaker does meanwhile ("as she holds
..."); a bare "as" may begin the speaker's role ("says Ada Quinn as chair"), so only "as" with a pronoun."""
_GIVEN_NAME = re.compile(r"\s+(?P<source>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})" + _CLAUSE_AFTER)
"""After the cue: a capitalised name of one to three words, then the clause."""
_DESCRIPTION = re.compile(r"\s+(?P<source>the\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)" + _CLAUSE_AFTER)
"""After the cue: "the" and up to four words of description, then the clause ("the mother of five who ...")."""
_COUNTS = frozenset("two three four five six seven eight nine ten".split())
"""Numbers that end a description ("the mother of five"), though the stop words list them."""


def speaker_before_clause(text: str, attribution: Attribution) -> Attribution:
    """The attribution of a quotation closed before its cue with the name or description after the cue, cut
    before the clause that tells more of them, as its source (see the module's docstring): where the tagger left
    no source, or took one that runs into the clause. Any other attribution is returned as it is."""
    if not attribution.quote or attribution.content[1] > attribution.cue[0]:
        return attribution
    source = attribution.source
    if source is not None and (source[0] < attribution.cue[1] or not re.search(r"\swho(?:se)?\s", text[source[0] : source[1]])):
        return attribution  # a source before the cue, or one the tagger ended where it should
    named = _GIVEN_NAME.match(text, attribution.cue[1])
    if named is not None and not any(w.lower() in stop_words("en") or w in MONTHS_DAYS for w in named.group("source").split()):
        return dataclasses.replace(attribution, source=named.span("source"))  # not "says Tuesday", "says It"
    described = _DESCRIPTION.match(text, attribution.cue[1])
    if described is None or described.group("source").split()[-1] in stop_words("en") - _COUNTS:
        return attribution
    return dataclasses.replace(attribution, source=described.span("source"))
