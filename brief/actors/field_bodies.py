"""Bodies named for a field and the country they run it in: "Cricket Australia", "Tourism Australia",
"Health Canada", "Sport England", "Athletics Kenya".

Why: "according to" cites papers as well as bodies of record, and a name the text gives no other sign of
was taken for the paper ("according to Cricket Australia" listed a news outlet). A common noun of a field
followed by a country is how a national governing or public body is named; an outlet's name says it is one
("Radio Australia", "Sky News Australia": ``assemble._MEDIA_NAME`` reads them first).
"""

from __future__ import annotations

from brief.actors.gazetteer import is_country
from brief.actors.phrasing import is_noun


def field_body(name: str) -> bool:
    """Whether the name is a field's common noun and then a country ("Cricket Australia", "Health Canada"),
    not a surname's or a coined word's ("Reuters Canada")."""
    words = name.split()
    return (len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper() and words[0][1:].islower()
            and is_noun(words[0].lower()) and is_country(" ".join(words[1:])))
