"""A surname written in capitals after a given name, for the tagger: "Henrik MAREK: ...", "Mike KRACK (Aston
Martin)".

Why: press-conference transcripts (motor racing's, the Olympics', many agencies') and some European papers
write a speaker's surname in capitals. The tagger learned names in title case and reads "Henrik MAREK" as
"Henrik" alone, or a body, and the turn's words go to half a name. The tagger is given the surname in title
case ("Henrik Marek"); the article's text is not changed, so offsets and the name as written stay. Only where
the capitals cannot be an acronym after a name ("Chelsea FC", "Apple CEO"): after a given name the census
knows, or as a speaker's label opening its line and closed by a colon. (Once tagged, the name is read a
person's by ``name_endings.capital_surname``.)
"""

from __future__ import annotations

from brief.actors.gender import first_names
from brief.actors.name_endings import TITLE_WORD, surname_letters

_CALENDAR = frozenset("January February March April May June July August September October November December "
                      "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
"""Given names that are also a month's or a day's ("the June CITT meeting": a body's initials after a date)."""
_LABEL_ENDS = frozenset(": ( , ) ; – —".split())
"""What follows a speaker's name as transcripts write it: a colon, the team in brackets, a list's comma; a
lower-case word after it ("the June CITT meeting") makes the capitals a body's initials."""


def _surname(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a surname in capitals after a given name in title case."""
    if k == 0 or not surname_letters(words[k]) or not TITLE_WORD.fullmatch(words[k - 1]) or words[k - 1] in _CALENDAR:
        return False
    if k + 1 < len(words) and words[k + 1] not in _LABEL_ENDS:
        return False  # "Henrik MAREK WINS": a headline in capitals; "the June CITT meeting": initials
    if words[k - 1] in first_names():
        return True
    return k == 1 and words[k + 1 : k + 2] == [":"]  # "Ayao KOMATSU: ..." a speaker's label


def surnames_recased(texts: list[list[str]]) -> list[list[str]]:
    """Each sentence's words with a surname in capitals after a given name in title case, for the tagger."""
    return [[w.title() if _surname(words, k) else w for k, w in enumerate(words)] for words in texts]


def capital_people(words: list[str], labels: list[str]) -> list[str]:
    """BIO ``labels`` of ``words`` with a given name the census knows and a surname in capitals after it made one
    person where the tagger, given the surname in title case, still read it alone (a place, a body, a person by
    the surname only) and left the given name out ("Owen BRISCOE: We support a cap", "Briscoe" read a place)."""
    out = list(labels)
    for k in range(1, len(words)):
        if (out[k - 1] == "O" and out[k] in _LONE_NAME and (k + 1 == len(out) or not out[k + 1].startswith("I-"))
                and words[k - 1] in first_names() and _surname(words, k)):
            out[k - 1 : k + 1] = ["B-PER", "I-PER"]
    return out


_LONE_NAME = frozenset({"B-PER", "B-LOC", "B-ORG", "B-MISC"})
"""A surname's tag when the tagger read it alone, without the given name before it."""
