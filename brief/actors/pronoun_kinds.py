"""What the pronouns a page sets beside a name say of its kind: "who" and "she" for a person, "its" for a body.

The tagger types a one-word stage name it never saw ("Rihanna", "Beyoncé") an organisation, and a
place or a firm named in capitalised words ("Disney World", "Harrods Estates") a person by the shape of
a given name and a surname. English gives a person "who" and "she" or "he", and a body or a place
"its": "Rihanna, who hosted the gala, said she was proud"; "Disney World said its parks would close".
A careless page writes "Apple, who ...", but then goes on about the firm as "it", so "who" counts only
with a person's pronoun after it; and a person may speak of a thing as "its" ("Smith said its engine
failed"), so "its" counts only against a name that opens with no given name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.named_people import spoken_of_as_person
from brief.text.phrases import phrase_spans

_WHO_AFTER = re.compile(r",\s+who\b")
"""A relative clause set off after the name with a person's pronoun: "Rihanna, who hosted ..."."""
_WHO_THEN_PERSON = re.compile(r",\s+who\s+[^,.;:!?]{1,120},\s+(?:(?!(?:it|its|they|their|them)\b)[a-z]+\s+){1,3}?"
                              r"(?:that\s+)?(?:he|she|his|her|him)\b")
"""The relative clause closed and the name's own verb then a person's pronoun: "Rihanna, who hosted the
gala at the Palladium, said she": the names inside the clause are not who "she" is."""

_SPEAKS_OF_ITS_OWN = re.compile(r"\s+(?:said|says|added|announced|confirmed)\s+(?:that\s+)?its\b")
"""The name's own speech verb, then "its" opening what it said: "Disney World said its parks would close"."""


def relative_person(text: str, name: str, mentions: Sequence[Mention]) -> bool:
    """ "Rihanna, who hosted the event, said she ...": a name set off by ", who" whose own verb after the
    clause takes a person's pronoun, or whose first pronoun after (before any other name) is a person's at
    least once and a thing's never (``spoken_of_as_person``)."""
    spans = list(phrase_spans(text, name))
    return (any(_WHO_THEN_PERSON.match(text, end) for _, end in spans)
            or any(_WHO_AFTER.match(text, end) for _, end in spans) and spoken_of_as_person(text, name, mentions))


_SAYING = r"(?:says|said|adds|added|explains|explained|recalls|recalled|admits|admitted|tells|told)"
_I_QUOTE = r"[“\"]\s*I\b(?!\.?\s+[A-Z])"
"""A quotation opening with "I" (not a roman numeral or an initial before a capitalised word: "I. Newton")."""


def _first_person(name: str) -> re.Pattern[str]:
    """A quotation opening with "I" that the name's own verb of saying frames, after it ('"I was there," X says')
    or before it ('X said: "I ..."')."""
    named = re.escape(name)
    return re.compile(rf"{_I_QUOTE}[^“”\"]{{1,400}}[”\"]\s*,?\s*{named}\s+{_SAYING}\b"
                      rf"|(?<!\w){named}\s+{_SAYING}\s*[:,]?\s*{_I_QUOTE}")


_SAYING_NEXT = re.compile(rf"\s+{_SAYING}\b")
"""The name's own verb of saying right after it, which both shapes of ``_first_person`` need."""


def _said_by(text: str, name: str) -> bool:
    """Whether the name is written anywhere with its verb of saying right after it: a text where it never is
    cannot match ``_first_person``, so it needs no pattern compiled for the name (compiling one per name was
    ~4% of reading an article)."""
    at = text.find(name)
    while at >= 0:
        if _SAYING_NEXT.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_FIRST_PERSON_BEFORE = re.compile(rf"{_I_QUOTE}[^“”\"]{{1,400}}[”\"]\s*,?\s*\Z")
"""``_first_person``'s first shape up to the name, searched with the name's start as the text's end: its look-ahead
after "I" never reads past the closing quotation mark, which stands before the name."""
_FIRST_PERSON_AFTER = re.compile(rf"\s+{_SAYING}\s*[:,]?\s*{_I_QUOTE}")
"""``_first_person``'s second shape after the name."""
_WORD_CHARACTER = re.compile(r"\w")


def _first_person_written(text: str, name: str) -> bool:
    """Whether ``_first_person(name).search(text)`` finds a match, read at each writing of the name (a literal: a
    match is one shape's part before the name ending where it starts, or its part after starting where it ends),
    with three patterns compiled once and no pattern compiled for the name (~1% of reading a page)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _SAYING_NEXT.match(text, end) and _FIRST_PERSON_BEFORE.search(text, 0, at):
            return True  # '"I was there," X says'
        if (at == 0 or not _WORD_CHARACTER.match(text, at - 1)) and _FIRST_PERSON_AFTER.match(text, end):
            return True  # 'X said: "I ...'
        at = text.find(name, at + 1)
    return False


def person_by_pronouns(text: str, name: str, mentions: Sequence[Mention]) -> bool:
    """A person by the pronouns beside the name: ``relative_person``, or words of its own in the first person
    singular ('"I have never seen queues like this," Brannigan says'): a body speaks as "we", never "I", so a
    one-word name the tagger typed a body for its unfamiliar shape is a person's surname."""
    return relative_person(text, name, mentions) or _first_person_written(text, name)


def speaks_of_its_own(text: str, name: str) -> bool:
    """ "Disney World said its parks would close": a name with no given name first whose own statement
    opens with "its" is a body's or a place's, not a person's."""
    if name.split()[0] in first_names():
        return False
    return any(_SPEAKS_OF_ITS_OWN.match(text, end) for _, end in phrase_spans(text, name))
