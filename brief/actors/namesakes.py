"""Which of two people who share a surname a short mention of it means ("Mrs Saunders", "Anderson said he").

A congressman and his wife, a girl and her father: grouping gave every "Saunders" to the one man
named in full, so "Mrs Saunders said" became his words. The gender a mention's own words show
(the title before it, "said she" right after it) never joins a person the text shows to be of the
other gender, and among several who fit, the nearest full name of that gender before it is meant.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

from brief.actors.gender import FEMALE, HONORIFIC_GENDER, MALE, WORD_GENDER, given_names
from brief.actors.mentions import Mention

_PRONOUNS = {"he": MALE, "she": FEMALE}
T = TypeVar("T")


def titled_gender(m: Mention) -> str:
    """MALE/FEMALE as the title or role noun written with this mention shows it ("Mrs Saunders",
    "spokeswoman Jane Li"), or "": words that name the person themselves, so enough to keep them
    apart from a namesake of the other gender."""
    title = HONORIFIC_GENDER.get(m.after.rstrip("."), "")
    role = WORD_GENDER.get(m.role.split()[-1].lower(), "") if m.role else ""
    shown = {g for g in (title, role) if g}
    return shown.pop() if len(shown) == 1 else ""


def mention_gender(m: Mention) -> str:
    """The titled gender, or else that of the pronoun right after the mention's speech verb ("Anderson
    said he"): usually but not always the speaker's ("Scott says she and her husband ..." is of
    someone else), so it only chooses among namesakes who all fit, never parts one from the text."""
    return titled_gender(m) or _PRONOUNS.get(m.pronoun, "")


def person_gender(key: str, mentions: Iterable[Mention]) -> str:
    """The gender of a person named in full (``key``) from their full-name mentions and, when these
    say nothing, a common given name; "" when unknown or contradicted (a surname's bare mentions
    are left out: they may be the namesake's)."""
    votes = Counter(titled_gender(m) for m in mentions if " " in m.name)
    votes.pop("", None)
    if not votes and " " in key:
        return given_names().get(key.split()[0], "")
    return next(iter(votes)) if len(votes) == 1 else ""


def fitting(m: Mention, bearers: list[tuple[T, str]]) -> list[T]:
    """The bearers (with their genders) a short mention may stand for: none of the other known gender."""
    shown = titled_gender(m)
    return [b for b, g in bearers if not shown or not g or g == shown]


def nearest_of_gender(m: Mention, named: list[tuple[T, list[Mention]]], genders: dict[int, str]) -> T | None:
    """ "Mrs Saunders" after "Pete Saunders ... his wife, Ann Saunders": the bearer of the mention's shown
    gender whose full name stands nearest before it in its article; None when its words show no gender
    or no such bearer is named before it."""
    shown = mention_gender(m)
    if not shown:
        return None
    near = [(x.start, b) for b, xs in named if genders.get(id(b)) == shown for x in xs]
    return max(near, key=lambda sb: sb[0])[1] if near else None


KIN_GAP = 24
"""Characters between a person's name and a relative named after it by a given name alone ("Pinochet's
son, Augusto"): the possessive, a kin word or two and a comma."""


def possessors_of_kin(mentions: Iterable[Mention]) -> dict[int, str]:
    """For each mention of someone's kin ("Pinochet's son, Augusto", "Ms Khairunisa's father, Haidar Fauzi"), by id,
    the last word of the name of the person named right before it (whose kin they are). A son named for his father shares both names,
    so "Augusto" would join Augusto Pinochet by its given name and the son's words become the father's."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: (m.article, m.start))
    return {id(m): p.name.split()[-1] for p, m in zip(people, people[1:])
            if m.kin and p.article == m.article and 0 <= m.start - p.end <= KIN_GAP}


def kin_of_bearer(bearer: T, key: str, mentions: Iterable[Mention], possessors: dict[int, str],
                  bearers: Callable[[str, str], list[T]]) -> list[Mention]:
    """The mentions of a given name that name the kin of the person whose full name (``key``) it opens:
    another person of the same names, not them. Only where the surname before the kin word is that
    person's alone (``bearers`` of it, by kind and name, is theirs only): "Stevens' mother, Janet", where Laura and Janet Stevens are both
    named, may be Janet Stevens herself. A given name set off after another family's possessive ("Marsh's daughter,
    Jenna", where Jenna Ward is named) is that family's kin, not the person it opens the name of. Where a name's given name opens it and the family's follow ("Khairunisa
    Haidar Fauzi"), the kin named by those that follow, after the given name's possessive ("Ms Khairunisa's father,
    Haidar Fauzi"), is her father, not her."""
    words = key.split()
    return [m for m in mentions if len(words) > 1 and (
        m.name == words[0] and possessors.get(id(m)) == words[-1] and bearers("person", words[-1]) == [bearer]
        # "Ms Khairunisa's father, Haidar Fauzi": the family's names after her given name, which owns him
        or m.name == " ".join(words[1:]) and possessors.get(id(m)) == words[0] and bearers("person", m.name) == [bearer]
        # "a publicist for Marsh's daughter, Jenna" where Jenna Ward is named: Marsh's kin, not Jenna Ward
        or m.name == words[0] and possessors.get(id(m)) not in (None, *words))]



def named_last(named: list[tuple[T, list[Mention]]], bare: list[int]) -> T:
    """The bearer a bare surname means when nothing in its own words tells (``named``: each bearer with its
    full-name mentions before it, in text order; ``bare``: where the surname stands alone in the article).
    The first named, not first named as someone's relative ("his wife, Mary Brel"), keeps the surname once
    the article has used it alone for them; a namesake named in full before that, as the subject opening
    a sentence, takes it over: "signed by President Franklin Roosevelt" early on, then "James Roosevelt
    Jr., the DNC member, said ... Roosevelt, who served under Clinton, blasted": a writer names the
    namesake in full to move to him, and the bare surname that follows is his, as it would not be after
    "Roosevelt signed ..." had made it the president's. One named in passing ("the doctor of former
    President Bill Clinton", after "Hillary Clinton's health") takes nothing from the story's subject."""
    own = sorted(((b, xs) for b, xs in named if not xs[0].kin), key=lambda bx: bx[1][0].start)
    if not own:
        return min(named, key=lambda bx: bx[1][0].start)[0]
    meant, since = own[0][0], own[0][1][0]
    # every full naming in text order, not only each namesake's first: "Venus Williams and Serena Williams ...
    # Defending champion Serena Williams needed three sets ... 'It feels good,' Williams said": named in full again
    # to open a sentence, the namesake takes the bare surname that follows
    for x, bearer in sorted(((x, b) for b, xs in own for x in xs), key=lambda xb: xb[0].start):
        if bearer is meant:
            continue
        if any(since.start < at < x.start for at in bare):
            break  # the surname is the one named before: a later namesake needs more to take it
        if _opens_sentence(x) and since.name.split()[0] not in re.split(r"[\s-]+", x.name):
            meant, since = bearer, x  # opening its sentence; not "the Coty-Kylie Jenner deal", her again
    return meant


def _opens_sentence(x: Mention) -> bool:
    """Whether a full naming opens its sentence: no word before it, or only its role ("Defending champion Serena
    Williams needed ...", the word before the role's last). Not a role in lower case ("as the former champion Peter
    Tully watched"): a sentence opens on a capital, so the role and the name stand inside one."""
    return not x.after or bool(x.role) and x.after == x.role.split()[-1].lower() and x.role[:1].isupper()
