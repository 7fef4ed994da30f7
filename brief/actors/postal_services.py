"""A state's postal service, whose name ends like a newspaper's: "Canada Post", "Australia Post", "Swiss Post",
"Deutsche Post", "Royal Mail", "An Post".

Why: a name with "Post" or "Mail" in it was typed a news outlet ("The Washington Post", "Daily Mail") and kept
out of the story's actors, so a postal strike's employer, which speaks in it, was listed as a paper. A paper is
named after a city or with a word of its own ("Bangkok Post", "National Post", "The Mail on Sunday"); a postal
service after its country, in its country's name or demonym, or as the crown's.
"""

from __future__ import annotations

from brief.actors.gazetteer import demonym_country, is_country

POSTAL_ENDS = frozenset({"Post", "Mail"})
"""Last words of a postal service's name that are also a paper's."""
POSTAL_OPENERS = frozenset({"Royal", "An", "Deutsche"})
"""First words of a postal service's name that name no country: the crown's, Ireland's ("An Post"), Germany's."""


def postal_service(name: str) -> bool:
    """Whether ``name`` is a postal service's: two words, a country's name or demonym (or a crown's) then "Post"
    or "Mail" ("Canada Post", "Swiss Post", "Royal Mail"); "The Jerusalem Post", "New York Post" stay papers."""
    words = name.split()
    return (len(words) == 2 and words[1] in POSTAL_ENDS
            and (words[0] in POSTAL_OPENERS or is_country(words[0]) or demonym_country(words[0]) is not None))
