"""A person's name that only describes the people a source names ("Trump advisers have urged him",
"the Marten supporters said"): those people speak, not the person.

Why: a person is no body. A body speaks through its officers, staff and voices ("Hamas officials",
"NASA's scientists"), but a person only through the few who speak on their behalf ("a Trump
spokesman", "Trump's lawyers", "Biden aides"); anyone else the name sorts (advisers, supporters,
voters, a captain) gives their own view, as a group, and listing it under the person puts words in
their mouth ("Trump: have urged him to fire feds faster"). A place before such people was already
passed over (positions: ``SELF_SPEAKING``, "a California judge").
"""

from __future__ import annotations

from brief.actors.gazetteer import TITLES
from brief.actors.groups import people_noun
from brief.actors.personal_staff import own_account
from brief.actors.source_words import OUTSIDERS, SELF_SPEAKING

PERSON_VOICES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives "
    "lawyer lawyers attorney attorneys aide aides staff staffers office team campaign administration "
    "official officials".split()
)
"""Those a person speaks through: a spokesperson, a representative, a lawyer, their staff, office,
campaign or administration ("a Trump spokesman said", "Biden aides said", "Obama administration
officials"). Anyone else a person's name describes is not that person."""
UNOFFICIAL_VOICES = frozenset({"sources"})
"""Those who speak about a person unnamed and unbidden ("Trump sources said the President-elect would ..."):
not the person's spokespeople, who speak for them by name or title; the sources' words are theirs."""


def sorted_by_person(head: str) -> bool:
    """Whether people named by ``head`` after a person's name ("Trump advisers", "the Marten
    supporters") speak for themselves: a head of people (a plural shaped as one, a title, a private
    person or an expert, one who judges or deals with them, ``OUTSIDERS``, or unnamed sources) that is
    none of the person's voices (``PERSON_VOICES``). "Mr Grayling earlier" has no such head; "Trump's
    statement" names a thing, which speaks for him.

    Tried and dropped (session 21): the same reading for a body before private people or, written
    bare, experts and titles ("UCLA students", "a Harvard professor", as for a place): held-out
    actor checks F 755 -> 754 (positions the body had held went to no one)."""
    people = (people_noun(head) or head in TITLES or head in SELF_SPEAKING or head in OUTSIDERS
              or head in UNOFFICIAL_VOICES or own_account(head))
    return people and head not in PERSON_VOICES
