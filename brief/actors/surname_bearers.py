"""Which of several people named in full with one surname a bare mention of it means ("Brel said" where the story
names Tomas and Anton Brel), moved out of brief.actors.grouping, which holds the clustering around it.

A pair of given names on one surname ("the brothers Harvey and Bob Weinstein") names both at once: the full name
the tagger reads there is the second's alone ("Bob Weinstein"), which made him the one named first, so "Weinstein
said" after "a statement released by Harvey Weinstein" went to Bob, and Harvey's words with it. Such a naming
counts for neither when the given name before "and" opens a namesake's full name: the next naming in full decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from brief.actors.kin_centres import centred_kin
from brief.actors.mentions import Mention
from brief.actors.namesakes import named_last, nearest_of_gender
from brief.actors.titled_namesakes import title_holder

if TYPE_CHECKING:
    from brief.actors.grouping import Group

T = TypeVar("T")
PAIR_GAP = len(" and ")
"""Characters between a given name and the full name it is paired with ("Harvey and Bob Weinstein")."""


def paired_surnames(mentions: Sequence[Mention]) -> dict[int, str]:
    """For each full naming of a person right after a given name and "and" ("Harvey and Bob Weinstein"), by id,
    that given name ("Harvey")."""
    ends = {(m.article, m.end): m.surface for m in mentions if m.kind == "person" and " " not in m.surface}
    return {id(m): ends[(m.article, m.start - PAIR_GAP)] for m in mentions
            if m.kind == "person" and m.after == "and" and " " in m.name and (m.article, m.start - PAIR_GAP) in ends}


def without_pair_tails(named: list[tuple[T, list[Mention]]], pairs: dict[int, str]) -> list[tuple[T, list[Mention]]]:
    """``named`` less each full naming that closes a pair whose first given name opens another bearer's full
    name (see the module's docstring); a bearer left with no naming drops out, and where none is left, ``named``."""
    if not pairs:
        return named
    given = {id(b): xs[0].name.split()[0] for b, xs in named}
    kept = [(b, [x for x in xs if pairs.get(id(x)) not in {g for o, g in given.items() if o != id(b)}])
            for b, xs in named]
    kept = [(b, xs) for b, xs in kept if xs]
    return kept or named


def give_to_bearer(m: Mention, fits: list[Group], full: dict[int, dict[int, list[Mention]]],
                   genders: dict[int, str], bare: list[int], pairs: dict[int, str]) -> bool:
    """ "Brel" where the story names Tomas Brel and his brother Anton Brel: the bearer of the
    surname this mention means, among those named in full in its article before it. One named in
    full earlier in the same sentence is meant; otherwise the one the article named first, unless
    that one came in as someone's relative ("his wife, Mary Brel") or a namesake was named in full
    before the surname stood alone for them (``named_last``; ``bare``: where it stands alone in
    the article): the subject, not the last name seen, so a husband and wife never swap; but
    "Mrs Brel", "Brel said he" goes to the nearest bearer before it that the text shows to be of
    that gender (``genders``, by group id), and "General Brel" to the one named in full as a general
    (``title_holder``). False when no bearer is named in the article.

    ``full`` caches each bearer's full-name mentions by article, in text order (why: scanning every
    mention of every bearer for each short mention was quadratic on thousands of articles)."""
    named: list[tuple[Group, list[Mention]]] = []
    for g in fits:
        if id(g) not in full:
            by_article: dict[int, list[Mention]] = defaultdict(list)
            for x in sorted(g.mentions, key=lambda x: x.start):
                if " " in x.name:
                    by_article[x.article].append(x)
            full[id(g)] = by_article
        earlier = [x for x in full[id(g)].get(m.article, ()) if x.start < m.start]
        if earlier:
            named.append((g, earlier))
    if not named:
        return False
    # "General Varga" after "General Tibor Varga, ... Interior Minister Laszlo Varga's brother": the general
    holder = title_holder(m, named)
    if holder is not None:
        holder.mentions.append(m)
        return True
    # "Mrs Anderson" after "Zoe Anderson ... her father, Mark Anderson": the nearest woman named so
    nearest = nearest_of_gender(m, named, genders)
    if nearest is not None:
        nearest.mentions.append(m)
        return True
    kin = centred_kin(m, named)  # "Her sister Lotte, the defending champion, lost ... Keller said": Lotte
    if kin is not None:
        kin.mentions.append(m)
        return True
    same_sentence = [(x.start, g) for g, xs in named for x in xs if x.sentence == m.sentence and not x.kin]
    if same_sentence:
        max(same_sentence, key=lambda sg: sg[0])[1].mentions.append(m)
        return True
    named_last(without_pair_tails(named, pairs), bare).mentions.append(m)
    return True
