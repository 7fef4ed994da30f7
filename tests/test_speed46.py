"""Speed rewrites of session 46 (issue 14): each must answer exactly as the code it replaces, and skip the
work it was written to skip."""

from __future__ import annotations

import random
import re

import pytest

from brief.actors import pronoun_kinds
from brief.actors.possessive_firms import _firm_possessive

_PIECES = ("Quillon", "Quillon's", "Marta Quillon", "XQuillon", '"I', '“I', "I.", '"', "”", ",", " ", "  ", "said",
           "says", "told", "tells", "added", "was", "here", "we", "it", ":", "Ferris", "\n")


def test_first_person_found_as_the_pattern_alone_found_it() -> None:
    """The test for the name's verb of saying right after it (``_said_by``) never turns away a text the
    first-person pattern matches: on random texts of quotation marks, names and verbs, the gated search answers
    as the pattern searched alone."""
    rng = random.Random(46)
    for _ in range(6_000):
        text = "".join(rng.choice(_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 14)))
        for name in ("Quillon", "Marta Quillon", "Q"):
            alone = pronoun_kinds._first_person(name).search(text) is not None
            gated = pronoun_kinds._said_by(text, name) and pronoun_kinds._first_person(name).search(text) is not None
            assert gated == alone, (text, name)


def test_no_first_person_pattern_for_a_name_never_saying(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name the text never writes with a verb of saying after it gets no pattern compiled for it (a compile
    per name was a twentieth of reading an article); one written so still does, and is read a person."""
    built: list[str] = []
    made = pronoun_kinds._first_person
    monkeypatch.setattr(pronoun_kinds, "_first_person", lambda name: built.append(name) or made(name))
    quiet = "Harrowgate Mills opened a third kiln in Tuxley. Harrowgate Mills hired forty potters last spring."
    assert not pronoun_kinds.person_by_pronouns(quiet, "Harrowgate Mills", [])
    assert built == []
    spoken = '"I never planned to sell the kiln," Velloran said on Tuesday.'
    assert pronoun_kinds.person_by_pronouns(spoken, "Velloran", [])
    assert built == ["Velloran"]


def test_firm_possessive_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The firm's possessive is read with two patterns compiled once, not one compiled per name."""
    def refuse(*args: object, **kwargs: object) -> re.Pattern[str]:
        raise AssertionError("a pattern compiled per name")

    monkeypatch.setattr(re, "compile", refuse)
    assert _firm_possessive("Brandlow Holdings' rival Tessick's said on Monday it would cut 300 jobs.", "Tessick")
    assert not _firm_possessive("Tessick's new kiln opened on Monday.", "Tessick")
