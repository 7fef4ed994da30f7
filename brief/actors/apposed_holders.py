"""A person set off right after a title the tagger typed a body: "The Baale of Ikota, Chief Samuel Adeyemi, said",
"the Special Adviser to the Governor on Media, Gboyega Akosile, said".

Why: a traditional or local title the tagger does not know ("Baale", "Olu", "Oba") reads as a body's name, and the
first-part rule gave the statement to that "body". A body's name is never set off by commas before a person's with
nothing between: a name in apposition to it is who the title is, and the speaker.
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention

_ARTICLE = re.compile(r"\s*(?:[Tt]he\s+)?")
_BETWEEN = re.compile(r",\s+(?:(?:Chief|Alhaji|Alhaja|Oba|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sir|Dame|Rev\.?|Hon\.?|"
                      r"Sheikh|Datuk|Dato'?|Tan\s+Sri|Pehin)\s+)*")
"""The comma after the title and any courtesy before the name ("Chief", "Oba", "Alhaji", "Dr")."""
_AFTER = re.compile(r"\s*,?\s*$")


def person_apposed_to_body(text: str, source: tuple[int, int], mentions: MentionIndex) -> Mention | None:
    """The person named in apposition right after a body-typed title that opens the source, the source ending with
    the person's name; else None."""
    within = mentions.within(source)
    if len(within) < 2:
        return None
    title, person = within[0], within[-1]
    if title.kind != "organization" or person.kind != "person" or any(m.kind == "person" for m in within[1:-1]):
        return None
    opening = _ARTICLE.match(text, source[0])
    comma = text.find(",", title.end, person.start)  # "Special Adviser | to the Governor on Media | , Gboyega Akosile"
    between = _BETWEEN.match(text, comma) if comma >= 0 else None
    if (opening is None or opening.end() != title.start or between is None or between.end() != person.start
            or not _AFTER.match(text[person.end : source[1]]) or _LIST_WORD.search(text, title.end, person.start)):
        return None  # "Acme, Jane Doe and Bo Li said" is a list
    return person


_LIST_WORD = re.compile(r"\b(?:and|or)\b|;")
"""A conjunction between the title and the name: a list of speakers, no apposition."""
