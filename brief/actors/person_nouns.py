"""Whether a common noun names one person: "a neighbour", "a fire service official", "a police
spokesman" are people described, not named, whom a "he said" right after goes on with.

Why a module of its own: the lists of such nouns live in several places (kinds, source_words,
gender, the lexicon), and brief.actors.speakers needs one answer from all of them.
"""

from __future__ import annotations

from brief.actors.gender import WORD_GENDER
from brief.actors.groups import people_noun
from brief.actors.kinds import PERSON_NOUNS
from brief.actors.source_words import LINES_OF_WORK, NOT_SPEAKERS, PRINTED_OUTLETS, RELATIVES
from brief.text.lexicon import SOURCE_TITLES


def one_person(head: str) -> bool:
    """Whether a singular noun names one person, private or in a line of work ("a neighbour", "a fire
    service official", "a police spokesman"): a person's noun or title, or one whose plural names
    people ("neighbours", "bystanders"); not a paper, an animal, or a thing shaped alike ("a report")."""
    if head in NOT_SPEAKERS or head in PRINTED_OUTLETS:
        return False
    return (head in PERSON_NOUNS or head in RELATIVES or head in WORD_GENDER or head in SOURCE_TITLES
            or head in LINES_OF_WORK or people_noun(head + "s"))
