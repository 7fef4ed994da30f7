"""Someone described, not named, who opens a sentence as its subject: "One student, a junior from Central
High School, held a sign. She skipped class to attend, she said": "she" is the student, not the woman the
article named two sentences before.

Why: a bare "he said"/"she said" goes back to the last speaker or the last person named
(``brief.actors.positions``), and a person the text only describes is no mention, so nothing stood in the
way. Centering takes a sentence's subject as what the next pronoun goes on with, named or not; an
indefinite description ("a", "an", "one", "another") brings in someone new, whom no actor stands for, so
the words go to no one rather than to the wrong person (a name set beside the description, "A student, Maria
Lopez, held ...", is a mention after it, and the last-person rule finds her when no speaker is nearer).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.content_ends import quoted_at
from brief.actors.gender import FEMALE, MALE, WORD_GENDER
from brief.actors.mentions import Mention
from brief.actors.person_nouns import one_person
from brief.actors.source_words import PRIVATE_PEOPLE
from brief.actors.who_openings import unnamed_who_since

FRONTED_REACH = 150
"""Characters of a fronted phrase before the subject ("In a New York Times op-ed titled '...',"): a title may
stand in it."""
_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s)[ \t]*(?:(?:But|And|Then|Meanwhile|Later),?\s+)?"
    rf"(?:(?:In|At|On|During|After|Before|Earlier|Later|Last)\s[^.!?\n]{{0,{FRONTED_REACH}}}?,[\"”’']?\s+(?=an?\s))?"
    r"(?:(?P<det>An?|One|Another|an?|one|another|This|That)\s+(?:[\w-]+\s+){0,3}?|(?:One|Another)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?)"
    r"(?P<head>[a-z]+)(?=\s*,|\s+(?:who\s+)?[a-z]+(?:ed|s)\b|\s+(?:held|stood|sat|came|went|told|said|was|had)\b"
    r"|\s+(?:at|from|of|in)\s+(?:the\s+)?[A-Z])"
)
"""A sentence opening with an indefinite description of someone, its head noun then a comma, a verb or the
body or place they are at or from: "One student, a junior ...,", "A woman in a red coat held", "Another of the
protesters shouted", "A student at Harlow College, ..., wrote"; after a fronted phrase too ("In an essay titled
'...', a student at Harlow College wrote"), where the description is still the sentence's subject, but not "one"
there ("At a forum on Monday, one questioner claimed ... “You're right,” he said": the one answering, named before);
and "This
student canceled", private people (``PRIVATE_PEOPLE``) the text goes on about as described, not named (a
title after "this" may be a named official's)."""
_GENDER_OF_PRONOUN = {"he": MALE, "she": FEMALE}
_PLURAL_HEADS = frozenset({"people", "children", "men", "women"})


def _singular(head: str, of_the: bool) -> str:
    """The head as one person's noun: "Another of the protesters" is one protester."""
    if of_the and head.endswith("s") and head not in _PLURAL_HEADS:
        return head[:-1]
    return head


def described_since(text: str, before: Sequence[Mention], person: Mention | None, start: int, pronoun: str) -> bool:
    """Whether someone described, not named, opens a sentence between where ``person`` (whom a pronoun at
    ``start`` would go back to) was last named and the pronoun, outside any quotation, and fits it ("A man
    held a sign. She said" is not the man), or an unnamed holder of a body's office does ("the city's civil
    defense director found ... “...,” he said": ``_OWNED_OPENING``)."""
    if person is None:
        return False
    surname = person.name.rsplit(" ", 1)[-1]
    since = max([person.end] + [m.end for m in before if m.name in (person.name, surname)])
    if unnamed_who_since(text, before, person, since, start, pronoun):
        return True  # "Marlo — who only goes by his first name — left ... he wrote": Marlo, no mention
    for found in _OPENING.finditer(text, since, start):
        head = _singular(found.group("head"), " of the " in found.group(0))
        if not one_person(head) or quoted_at(text, found.start("head")):
            continue
        if found.group("det") in ("This", "That") and head not in PRIVATE_PEOPLE:
            continue
        gender = WORD_GENDER.get(head)
        if gender is None or gender == _GENDER_OF_PRONOUN.get(pronoun, gender):
            return True
    return any(one_person(found.group("head")) and not quoted_at(text, found.start("head"))
               and not any(found.group("head") in m.role.lower().split() for m in before)
               for found in _OWNED_OPENING.finditer(text, since, start))


ASIDE_REACH = 100
"""Characters of a relative clause set between an unnamed subject and its verb ("The victim's sister, who did not
want to be named, said"): a clause about who they are, not a second sentence."""
_OWNED_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s)[ \t]*(?:(?:By|In|On|At|Later|Earlier)\s[^.!?,\n]{1,40},\s+)?"
    r"(?:[Tt]he\s+[\w-]+['’]s|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)"
    rf"(?=(?:,\s+(?:who|whose)\s[^.!?\n\"“”]{{1,{ASIDE_REACH}}}?,|,\s+\d{{1,3}},)?"
    r"\s+(?:later\s+|also\s+)?(?:[a-z]+ed|said|told|found|wrote|thought|knew)\b)")
"""A sentence opening with an unnamed holder of a body's or a place's office as its subject ("By 1966, the city's
civil defense director found", "Its chief engineer later found"), or an unnamed kin of someone, set off by a relative
clause or an age ("The victim's sister, who did not want to be named, said"): someone new, whom a "he" next goes on
with, unless a person named before holds that office (their role has the head noun)."""


