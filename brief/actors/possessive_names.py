"""Names that hold a possessive: "Casey's Bar", "Murphy's Pub", "Women's Aid", "King's College".

Why: the tagger learned CoNLL's habit of leaving "'s" outside every name, so it reads "Casey's Bar
have said" as a person "Casey" and a body "Bar", and the bar's words go to "Bar". Where the words
after the "'s" end in the head of a venue or an institution that is commonly named after its owner
or patron, the whole run is the body's name. A place's possessive is left alone ("Britain's National
Gallery": the place and its body).
"""

from __future__ import annotations

from brief.actors.gazetteer import MONTHS_DAYS, is_country

POSSESSIVE_HEADS = frozenset(
    "Bar Pub Restaurant Cafe Café Tavern Inn Diner Grill Bistro Kitchen Bakery Deli Shop Store Stores Hotel "
    "Brewery Distillery Garage Pharmacy Butchers Salon Market Supermarket Farm Bookshop Books Cinema "
    "Hospital College School Cathedral Church Chapel Academy Aid Trust Fund".split()
)
"""Last words of a body named after its owner or patron with "'s" ("Casey's Bar", "St Mary's Hospital",
"Women's Aid"); not "Party" or "Department", which follow a place's or a leader's possessive ("Trump's
Justice Department")."""

PLURAL_OWNED_HEADS = frozenset("Forum Union Association Federation Congress Party Council Alliance Guild Society "
                                "League Movement Front Coalition Confederation Court".split())
"""Heads of a body named for the people it gathers, after their plural's possessive ("the Nigeria Governors'
Forum", "the Teachers' Union", "the Workers' Party"): a plural's apostrophe is no leader's "'s" ("Trump's Justice
Department"), so any body of members follows it; and the court its justices sit in ("Elmbury Magistrates' Court")."""
IRREGULAR_PLURALS = frozenset("Women Men Children People".split())
"""Plurals that take "'s" ("the Women's Tennis Association", "the People's Alliance"): members gathered, as after
"Teachers'"."""
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
MAX_HEAD_WORDS = 3
"""Most capitalised words after the "'s" read for the head ("Casey's Sports Bar and Grill" is cut at "Sports
Bar"); a body the tagger found running on past them is taken whole ("King's College Hospital NHS Foundation
Trust")."""


def capitalised_word(word: str) -> bool:
    """A capitalised word of letters (hyphens allowed): "Casey", "Saint-Denis"."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def with_possessive_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<owner> 's <Capitalised words ending in a venue's head>" made one body."""
    joined: list[tuple[int, int]] = []
    for i, mark in enumerate(words):
        if mark not in POSSESSIVE_MARKS or i == 0 or not capitalised_word(words[i - 1]):
            continue
        end = i + 1
        while end < len(words) and end - i - 1 < MAX_HEAD_WORDS and capitalised_word(words[end]):
            end += 1
        plural = mark in ("'", "’") and words[i - 1].endswith("s") or words[i - 1] in IRREGULAR_PLURALS
        heads = POSSESSIVE_HEADS | (PLURAL_OWNED_HEADS if plural else frozenset())
        while end > i + 1 and words[end - 1] not in heads:
            end -= 1  # "King's College Hospital | NHS": the longest run that ends in a head
        if end == i + 1:
            continue
        end = _tagged_on(spans, end)
        owner = next((s for s in spans if s[0] <= i - 1 < s[1]), None)
        start = owner[0] if owner is not None else i - 1
        if owner is not None and (owner[2] == "LOC" or owner[1] != i):
            continue  # "Britain's": a place and its body
        if is_country(" ".join(words[start:i])) or words[i - 1].lower() in MONTHS_DAYS:
            continue
        joined.append((start, end))
    if not joined:
        return spans
    kept = [s for s in spans if not any(a <= s[0] < b or a < s[1] <= b for a, b in joined)]
    return sorted([*kept, *((a, b, "ORG") for a, b in joined)])


def _tagged_on(spans: list[tuple[int, int, str]], end: int) -> int:
    """Where the name ending at ``end`` ends once a body the tagger found across or right after its end runs
    on ("King's College | London" tagged "College London"; "King's College Hospital | NHS Foundation Trust")."""
    for a, b, label in sorted(spans):
        if label == "ORG" and a <= end < b:
            end = b
    return end
