"""Persons marked a medium ("burying Joel Eriksson Ek's feed") whom the text shows a person: the mark taken off.

Moved from ``personhood`` (session 64) to keep that module under 500 lines; behaviour unchanged.
"""

from __future__ import annotations

import dataclasses

from brief.actors.gender import given_names, shows_gender
from brief.actors.mentions import Mention
from brief.actors.named_people import called_a_person
from brief.actors.person_signs import aged
from brief.actors.thinghood import acts
from brief.text.phrases import phrase_spans


def _shown_a_person(text: str, name: str) -> bool:
    """An age, a title, a gendered pronoun or kin word, a person's calling, or an act ("X said") beside one
    writing of the name."""
    return (aged(text, name) or shows_gender(text, name) or called_a_person(text, name)
            or any(acts(text, start, end) for start, end in phrase_spans(text, name)))


def people_no_media(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the medium mark taken from a person's where the text shows that one a person
    (``_shown_a_person``, by its name or by the other names of one person: "Joel Eriksson Ek" and
    "Eriksson Ek", a full name opened by a given name). A writing may stand where a product would ("burying Joel Eriksson Ek's feed", a
    company's possessive before a name: "Apple's Steve Jobs") and be marked a medium there; grouping
    then made a person half of whose mentions were so marked an organisation, listed as a body or
    not at all, and a full name written only so bore no surname ("Varga said" listed apart), though
    the text has him speak. A thing named like a person shows none of these signs ("the Magnum Opus",
    "Waldorf Astoria"), so it stays marked."""
    people = {m.name for m in mentions if m.kind == "person" and not m.demonym}
    marked = {m.name for m in mentions if m.kind == "person" and m.medium and not m.demonym}
    if not marked:
        return mentions

    def forms(name: str) -> set[str]:
        """The names of one person: a full name opened by a given name, and the shorter one it ends with."""
        return {name} | {n for n in people if (n.endswith(" " + name) and n.split()[0] in given_names())
                         or (name.endswith(" " + n) and name.split()[0] in given_names())}

    shown = {n for n in marked if any(_shown_a_person(text, form) for form in forms(n))}
    if not shown:
        return mentions
    return [dataclasses.replace(m, medium=False) if m.kind == "person" and m.medium and m.name in shown else m
            for m in mentions]
