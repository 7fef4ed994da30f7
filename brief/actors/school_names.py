"""A school named after a person, written by its namesake's name alone: "Lincoln High School ... Lincoln trailed
by 10 at halftime", "At Lincoln, the principal said".

Why: US local news names a school in full once and then by the name it honours; the tagger reads "Lincoln" as
a person's given name (or a surname), so a president stood among a basketball story's actors, apart from the
school named in full. A one-word (or two-word) name that opens the full name of a school the article names,
typed a person with no role, and never written as part of a person's longer name ("Lincoln Riley") is that
school at every writing.
"""

from __future__ import annotations

import dataclasses

from brief.actors.mentions import Mention

SCHOOL_ENDINGS = (("High", "School"), ("Middle", "School"), ("Elementary", "School"), ("School",), ("Academy",),
                  ("High",), ("Elementary",), ("College",))
"""Last words of a school's name, after the name it honours ("Lincoln High School", "Jefferson Middle School",
"Roosevelt High", "Kennedy Academy"); the longest first."""
MAX_NAMESAKE_WORDS = 2
"""Words of the honoured name before the school's word ("Martin Luther King High School" is longer, and is
written by its full name)."""


def _namesake(name: str) -> str:
    """The words a school's name opens with before its school words ("Lincoln" of "Lincoln High School"), or ""."""
    words = name.split()
    for ending in SCHOOL_ENDINGS:
        k = len(words) - len(ending)
        if 0 < k <= MAX_NAMESAKE_WORDS and tuple(words[k:]) == ending:
            return " ".join(words[:k])
    return ""


def schools_by_namesake(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person named only as a school's namesake ("Lincoln" after "Lincoln High School")
    renamed and retyped as that school."""
    schools: dict[str, str] = {}
    for m in mentions:
        if m.kind == "organization" and (head := _namesake(m.name)):
            schools.setdefault(head, m.name)
    if not schools:
        return mentions
    longer = {w for m in mentions if m.kind == "person" for w in m.name.split() if m.name not in schools}
    return [dataclasses.replace(m, kind="organization", name=schools[m.name])
            if m.kind == "person" and not m.role and m.name in schools and m.name not in longer else m
            for m in mentions]
