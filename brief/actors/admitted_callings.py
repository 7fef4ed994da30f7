"""A person described by what a court or their own admission made of them: "The admitted terrorist said", "the
convicted fraudster told the court", "the self-confessed hacker added".

Why: a description by calling goes back to the person just named only for the callings news varies a name with
(``referring.CALLINGS``); a crime's noun ("terrorist", "fraudster") is no such calling, and a new person is brought in
as "a convicted fraudster". With "the" and a settled adjective, as with "the former", the writer describes someone
the reader knows: the person the story was just about (a sentence earlier "..., said Jabarah, who ...").
"""

from __future__ import annotations

from brief.actors.person_nouns import one_person

SETTLED = frozenset("admitted convicted confessed self-confessed self-admitted jailed".split())
"""Adjectives that tell what was established of someone: only one the text has named has a record the writer
knows. Not "alleged" or "accused" ("the alleged gunman" may be one the text has not named yet)."""


def admitted_calling(words: list[str]) -> bool:
    """Whether a description (its words, "the" first) is "the" with a settled adjective and a noun for one person
    ("the admitted terrorist", "the convicted fraudster")."""
    return (len(words) == 3 and words[0].lower() in ("the", "this", "that") and words[1].lower() in SETTLED
            and one_person(words[2].lower()))
