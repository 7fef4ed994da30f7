"""Bodies whose names hold a place: a body's branch named by where it works ("Greenpeace EU", "Oxfam
Americas"), and a body whose name opens with a demonym ("the European Environmental Bureau").

Why: the tagger tags "Greenpeace" and "EU" as two names side by side, so the branch's words went to the
European Union; and it labels a name opening with a demonym MISC (a nationality's word, as in "European
Championship"), which is no actor, so the demonym's place ("Europe") took the body's words. A body's name
with a place or a demonym inside it stays whole.
"""

from __future__ import annotations

from brief.actors.gazetteer import demonym_country, is_country, state_names
from brief.actors.gender import first_names
from brief.actors.opening_words import untagged_opening
from brief.actors.phrasing import is_noun

BRANCH_REGIONS = frozenset("EU E.U. Europe Africa Asia Americas Asia-Pacific".split())
"""Regions a body's branch is named by, besides countries ("Greenpeace EU", "Oxfam Africa")."""

INSTITUTION_HEADS = frozenset(
    "Association Bureau Institute Council Commission Committee Union Federation Confederation Agency Authority "
    "Society Foundation Party Bank Board Service Services Alliance Coalition Trust Chamber Academy Centre Center "
    "Ministry Department Office Network Forum Movement Congress Organisation Organization Corporation Company "
    "Group Fund".split()
)
"""Last words that make a name a body's, not an event's or a work's: not "Awards", "League" or "Games"
("European Championship", "Asian Games" and "Champions League" are MISC rightly)."""


SURNAME_STATES = frozenset("Washington Montana Victoria Virginia".split())
"""States written as often as a person's surname or given name ("Kamasi Washington", "Joe Montana"): after
a word that is no given name they may still close a person's name."""


def _branch_place(word: str) -> bool:
    """A country, a branch's region, or a federation's state ("Entergy Louisiana", "Telus Ontario")."""
    return is_country(word) or word in BRANCH_REGIONS or word in state_names() and word not in SURNAME_STATES


def branch_shaped(words: list[str]) -> bool:
    """ "Oxfam Africa", "Vodacom Tanzania", "Entergy Louisiana" tagged one person: a word that is no given name
    before a country, a branch's region or a state; a person's surname is seldom a country's name, and then mostly after a given name
    ("Michael Jordan", "Kathy Ireland") or a title ("Coach Bram Tuvalu": read with the role, in
    ``mention_context``)."""
    return len(words) == 2 and _branch_place(words[1]) and words[0] not in first_names() and words[0].isalpha()


def _demonym_body(words: list[str], a: int, b: int) -> bool:
    """ "European Environmental Bureau", "South African Reserve Bank": capitalised words opening with a demonym
    and closing with an institution's head word."""
    opening = demonym_country(" ".join(words[a : a + 2])) if b - a > 2 else None
    return (b - a >= 2 and words[b - 1] in INSTITUTION_HEADS and bool(opening or demonym_country(words[a]))
            and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in words[a:b]))


def _branch_of(words: list[str], previous: tuple[int, int, str], end: int) -> bool:
    """Whether the span before a place names the body the place's branch is of: a body's name, a name the
    tagger left MISC ("Greenwatch EU called") that a verb follows, not a noun ("post-Brexit EU trade": a
    modifier of the noun), or one word it read as a person's that a body's "which" follows; and no capitalised
    word after the place (a title-case line)."""
    after = words[end] if end < len(words) else ""
    if after[:1].isupper():
        return False
    if previous[2] == "PER" and previous[1] - previous[0] == 1 and words[previous[0]] not in first_names():
        # "Water UK, which represents the industry,": a word no one is named, then a body's "which"
        return after == "," and end + 1 < len(words) and words[end + 1] == "which"
    return previous[2] == "ORG" or previous[2] == "MISC" and after.isalpha() and not is_noun(after)


TOLD_WORDS = frozenset("told tells telling tell with to".split())
"""Words before an outlet the speaker talks to ("told Reuters", "an interview with Bloomberg")."""
CLAUSE_VERBS = frozenset("would will had has have was is were are could should must did does may might can cannot "
                         "wants wanted plans planned".split())
"""Finite verbs a clause opens with after its subject: "told Reuters Iran would ...": Iran's verb."""


def _told_outlet_then_country(words: list[str], a: int, b: int) -> bool:
    """ "The minister told Reuters Iran would not back down": an outlet and a country read as one name, where the
    speaker talks to the outlet and the country opens the clause of what was said."""
    told = a - 2 if a > 1 and words[a - 1].lower() == "the" else a - 1  # "told the BBC Israel had"
    return (b - a == 2 and told >= 0 and words[told].lower() in TOLD_WORDS and is_country(words[a + 1])
            and b < len(words) and words[b] in CLAUSE_VERBS)


def with_branch_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A sentence's spans with a body's name and the place right after it, no stop between ("Greenpeace EU
    called"), made one body's name, and a MISC name opening with a demonym and closing with an institution's
    word ("the European Environmental Bureau") read as a body's; an outlet spoken to and the country opening what
    was said, read as one name ("told Reuters Iran would"), split; and a place tagged after a sentence's opening
capitalised words the tagger left untagged, a verb after it, made one body's name with them ("Amnesty
International Kenya said")."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        previous = out[-1] if out else None
        if (previous is not None and previous[1] == a and b == a + 1 and label in ("LOC", "ORG")
                and _branch_place(words[a]) and _branch_of(words, previous, b)):
            out[-1] = (previous[0], b, "ORG")  # "Greenpeace EU called it": the body's branch
            continue
        opening = untagged_opening(words, a) if b == a + 1 and label in ("LOC", "ORG") else a
        if (opening < a and (previous is None or previous[1] <= opening) and _branch_place(words[a])
                and _branch_of(words, (opening, a, "MISC"), b)):
            out.append((opening, b, "ORG"))  # "Amnesty International Kenya said", only "Kenya" tagged: the branch
            continue
        if label in ("ORG", "LOC") and _told_outlet_then_country(words, a, b):
            out += [(a, a + 1, "ORG"), (a + 1, b, "LOC")]  # "told Reuters | Iran would": the outlet, then the country
            continue
        out.append((a, b, "ORG") if label == "MISC" and _demonym_body(words, a, b) else (a, b, label))
    return out
