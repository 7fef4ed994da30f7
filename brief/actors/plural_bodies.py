"""Bodies named for the people in them and what they stand for: "Friends of the Earth Ghana", "Doctors
Without Borders", "Lawyers for Human Rights", "Mothers Against Drunk Driving".

Why a module of its own: the tagger learned names as runs of capitalised words and leaves the plural and its
joining words out, so it reads "Earth Ghana" as the body (or nothing at all), and a sentence about the friends
of it follows. A plural noun for people, then "of the", "for", "without" or "against", then capitalised words,
is one body's name whatever its words: no person is named so. A place after "of the" is left alone ("Residents
of the Rift Valley said": the people of a place, not a body), unless the joining word is written with a capital,
as only a name's is ("Doctors Without Borders"), or the plural is "Friends" (a body of supporters).
"""

from __future__ import annotations

from brief.actors.body_endings import GROUP_PLURALS
from brief.text.language import stop_words

PEOPLE_PLURALS = GROUP_PLURALS | frozenset("Friends Physicians Scholars Servants Defenders Children".split())
"""Plural nouns for people that open a body's name before its cause ("Friends of ...", "Doctors Without ...")."""
SUPPORTERS = "Friends"
"""The plural that names a body of supporters before whatever it is of, a place too ("Friends of the Earth",
"Friends of the Lake District"); friends of a person are written in lower case."""
ORDER_PLURALS = frozenset("Friends Sisters Brothers Sons Daughters Children Servants Defenders Knights".split())
"""Plurals that name a body or an order before "of the" ("Sisters of the Holy Cross", "Sons of the Soil"); other
plurals of people before "of the" are the people of a place or a body ("Residents of the Rift Valley")."""
_JOINS = (("of", "the"), ("for",), ("for", "the"), ("Without",), ("without",), ("Against",), ("against",))
"""Words between the plural and the cause: "of the", "for (the)", "without", "against"."""
PROXY_PLURALS = frozenset("Lawyers Advocates".split())
"""Plurals of people who speak for a client: "Lawyers for Mrs Kemble" are a person's lawyers, who speak for her, where
"Students for Trump" may be a body named for whom it supports."""
COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Mr. Mrs. Ms. Dr.".split())
"""Titles written only before a person's name: after a proxy's plural ("Lawyers for Mrs Kemble"), a client."""
MAX_CAUSE_WORDS = 4
"""Most capitalised words of the cause and any place after it ("the Earth Ghana", "Drunk Driving")."""


def _cause_start(words: list[str], i: int) -> int:
    """Where the capitalised cause starts after the plural at ``i`` and its joining words; 0 if none does.
    A capitalised verb before "the" and the plural ("Save the Children UK") names a body by its cause too: the
    cause starts at the plural."""
    if (words[i][:1].isupper() and words[i].isalpha() and words[i].lower() not in stop_words("en")
            and tuple(words[i + 1 : i + 2]) == ("the",) and words[i + 2 : i + 3] and words[i + 2] in PEOPLE_PLURALS):
        return i + 2
    if words[i] not in PEOPLE_PLURALS:
        return 0
    for join in _JOINS:
        if join == ("of", "the") and words[i] not in ORDER_PLURALS:
            continue  # "Residents of the Rift Valley": the people of a place
        k = i + 1 + len(join)
        if tuple(words[i + 1 : k]) == join and k < len(words) and words[k][:1].isupper() and words[k].isalpha():
            return 0 if words[i] in PROXY_PLURALS and words[k] in COURTESY_TITLES else k
    return 0


def plural_body(words: list[str]) -> bool:
    """ "Friends of the Earth": a name's words that open with a plural of people and its joining words, whose
    first word is the body's even at a sentence's start, where a common word would be cut."""
    return len(words) > 2 and bool(_cause_start(words, 0))


def with_plural_bodies(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<people plural> <join> <Capitalised words>" or "<Verb> the <people plural> ..." made
    one body (see the module)."""
    if PEOPLE_PLURALS.isdisjoint(words):
        return spans  # every match holds a plural of people (``_cause_start``): most sentences have none
    joined: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        start = _cause_start(words, i)
        if not start:
            continue
        end = start
        while end < len(words) and end - start < MAX_CAUSE_WORDS and words[end][:1].isupper() and words[end].isalpha():
            end += 1
        if word in PROXY_PLURALS and words[i + 1 : start] == ["for"] and any(a == start and label == "PER" for a, b, label in spans):
            continue  # "Lawyers for Dana Kemble said": a person's lawyers, who speak for her
        place = any(a <= start < b and label == "LOC" for a, b, label in spans)
        if place and not words[start - 1][:1].isupper() and word != SUPPORTERS:
            continue  # "Residents of the Rift Valley": the people of a place
        joined.append((i, end))
    if not joined:
        return spans
    kept = [s for s in spans if not any(a <= s[0] < b or a < s[1] <= b for a, b in joined)]
    return sorted([*kept, *((a, b, "ORG") for a, b in joined)])
