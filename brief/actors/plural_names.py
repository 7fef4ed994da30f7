"""A plural name the tagger missed where a source stands: "The Conservatives accused ministers of ...",
"The Nationals said". A party, a team or a band written in the plural after "the" reads to the tagger as
a common noun opening the sentence, and the attribution model finds its source all the same; a
capitalised plural that no dictionary or gazetteer knows as a people ("The Americans said" is the United
States, through its demonym) or a common word is a body's name.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.text.language import stop_words

_PLURAL = re.compile(r"[Tt]he\s+([A-Z][a-z]{2,}s)")
"""A source that is "the" and one capitalised plural, nothing more ("The Conservatives")."""


def plural_name(text: str, attribution: Attribution, index: MentionIndex, sentence: int, article: int) -> Mention | None:
    """The body a source "The <Plural>" names, where the tagger found no name in it (see the module's
    docstring); None for any other source, a demonym ("The Saudis") or a common word."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    found = _PLURAL.fullmatch(text[start:end].strip())
    if found is None or index.overlapping((start, end)):
        return None
    word = found.group(1)
    lower = word.lower()
    if demonym_country(word) or lower in stop_words("en") or lower in MONTHS_DAYS or lower[:-1] in MONTHS_DAYS:
        return None
    if re.search(rf"\b{lower}\b", text):
        return None  # written in lower case too ("the Protesters" of a heading, "protesters" elsewhere): a common noun
    at = start + (len(text[start:end]) - len(text[start:end].lstrip())) + found.start(1)
    return Mention(article, sentence, at, at + len(word), word, word, "organization")
