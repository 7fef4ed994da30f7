"""Whether a common noun names one person: "a neighbour", "a fire service official", "a police
spokesman" are people described, not named, whom a "he said" right after goes on with.

Why a module of its own: the lists of such nouns live in several places (kinds, source_words,
gender, the lexicon), and brief.actors.speakers needs one answer from all of them.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import demonym_country
from brief.actors.gender import WORD_GENDER
from brief.actors.groups import people_noun
from brief.actors.kinds import PERSON_NOUNS
from brief.actors.source_words import LINES_OF_WORK, NOT_SPEAKERS, PRINTED_OUTLETS, RELATIVES
from brief.text.language import stop_words
from brief.text.lexicon import SOURCE_TITLES

_FUNCTION_WORDS = stop_words("en")
"""Words of grammar ("however", "whatever", "together", "her", "after"): shaped like a noun for people once an
"s" is put on them ("howevers" ends as "readers" does), they are none; only the lists of such nouns may name one."""


def one_person(head: str) -> bool:
    """Whether a singular noun names one person, private or in a line of work ("a neighbour", "a fire
    service official", "a police spokesman"): a person's noun or title, or one whose plural names
    people ("neighbours", "bystanders"); not a paper, an animal, or a thing shaped alike ("a report")."""
    if head in NOT_SPEAKERS or head in PRINTED_OUTLETS:
        return False
    return (head in PERSON_NOUNS or head in RELATIVES or head in WORD_GENDER or head in SOURCE_TITLES
            or head in LINES_OF_WORK or head not in _FUNCTION_WORDS and people_noun(plural(head)))


def plural(noun: str) -> str:
    """A singular noun's plural by English spelling ("coachwoman" -> "coachwomen", "witness" -> "witnesses",
    "deputy" -> "deputies"), for the lists of people's plurals to be asked about one person."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if len(noun) > 1 and noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


_INVERTED_DESCRIPTION = re.compile(
    r"\s+((?:a|an|one|another)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?=\s*[.,;:!?]|\s+(?:who|whose|from|in|at|of|with)\b)")
"""After an inverted cue, one person described and not named: "said a young coachwoman who came ...", "said an
aide at the ministry": an indefinite article, up to three words and the noun, then a stop, a relative or a place.
A word before the noun may be a nationality ("a young Turkish coachwoman"); any other capital is a name ("an
Acme spokesman" speaks for Acme)."""


def inverted_description(text: str, cue_end: int) -> tuple[int, int] | None:
    """The span of a description of one unnamed person right after the cue ("said a young coachwoman"), or None."""
    found = _INVERTED_DESCRIPTION.match(text, cue_end)
    if found is None or any(w[0].isupper() and demonym_country(w) is None for w in found.group(1).split()[1:]):
        return None
    return found.span(1)
