"""Speed rewrites of session 44 (issue 14) that must find exactly what the code they replace found."""

from __future__ import annotations

import random
import re

import pytest

from brief.actors import (
    caused_reactions,
    describing,
    kinds,
    named_people,
    office_objects,
    personhood,
    self_styled,
    thinghood,
    trade_lists,
)
from brief.actors.features import _shape
from brief.actors.mentions import Mention
from brief.actors.possessive_firms import _NOT_POSSESSIVE, _firm_possessive, _reporting
from brief.text.ending import search_ending

_WORDS = ("Save the of for Office Attorney General's banks Banks such as including like among them sparked fresh "
          "Sparked calling itself which calls themselves known as referred to styled self-styled gang group singer pop "
          "star Pop Star fashion designer China's ambassador atop said Acme Roe Jane and or A. U.S. Mr “ \" ' , . ( - "
          "new public rapper drawing criticism Android app on U.S. 3-year your GP").split()


@pytest.mark.parametrize("pattern, runs", [
    (describing._VERB_BEFORE_THE, describing._VERB_RUNS), (describing._CUT_HEAD, describing._HEAD_RUNS),
    (trade_lists._INTRODUCED, trade_lists.INTRO_RUNS), (named_people._CALLING_BEFORE, named_people.CALLING_RUNS),
    (named_people._STAR_BEFORE, named_people.CALLING_RUNS), (office_objects._OFFICE_BEFORE, office_objects.OFFICE_RUNS),
    (caused_reactions._CAUSING_BEFORE, caused_reactions.CAUSING_RUNS), (self_styled._BEFORE, self_styled.BEFORE_RUNS),
    (thinghood._LONGER_BEFORE, thinghood.LONGER_RUNS), (kinds._LAST_WORD, kinds.LAST_WORD_RUNS),
])
def test_search_ending_finds_what_the_window_search_found(pattern: re.Pattern[str], runs: int) -> None:
    """Each window search moved to ``search_ending`` finds the same match (span and groups) as the search over
    the whole window, on random texts of the words its patterns are made of, ended anywhere."""
    rng = random.Random(44)
    for _ in range(4_000):
        text = "".join(rng.choice(_WORDS) + rng.choice(("", " ", " ", " ", "  ", "\n")) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            start = max(0, end - rng.choice((12, 40, 60)))
            found, ending = pattern.search(text, start, end), search_ending(pattern, text, runs, start, end)
            assert (found and (found.span(), found.groups())) == (ending and (ending.span(), ending.groups())), (text, end)


def _firm_possessive_by_finditer(text: str, name: str) -> bool:
    """``possessive_firms._firm_possessive`` as it was: every match of a finditer over the text."""
    if name + "'s" not in text and name + "’s" not in text:
        return False
    after = re.finditer(rf"(?<![\w'’]){re.escape(name)}['’]s\s+([a-z]+)\b\s*([\w$£€,]*)", text)
    return any(m.group(1) in _NOT_POSSESSIVE or _reporting(m.group(1), m.group(2)) for m in after)


def test_firm_possessive_finds_what_finditer_found() -> None:
    """The scan from each writing of the name answers as the finditer over the whole text, names inside words and
    matches running into the next writing included."""
    rng = random.Random(50)
    pieces = ["Acme", "Acme's", "Acme’s", "XAcme's", ",Acme's", "said", "says", "plan", "is", "was", "new", ",", " ", " ",
              "$5", "Acme's,Acme's", "had", "told"]
    for _ in range(20_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for name in ("Acme", "A", "Acme's"):
            assert _firm_possessive(text, name) == _firm_possessive_by_finditer(text, name), (text, name)


def test_shape_runs_as_the_template_replaced_them() -> None:
    """``_shape`` caps runs at two and ``word_info``'s short shape at one, as the r"\\1\\1" and r"\\1" templates did."""
    rng = random.Random(3)
    for _ in range(5_000):
        word = "".join(rng.choice("aAB1.-é_") for _ in range(rng.randint(1, 9)))
        classes = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else "a" if c.isalpha()
                          else c for c in word)
        assert _shape(word) == re.sub(r"(.)\1{2,}", r"\1\1", classes)


def test_aged_people_reads_surnames_alone_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_surnames_alone`` is worked out once per text, not once per name the tagger typed a body (quadratic)."""
    calls = []
    real = personhood._surnames_alone
    monkeypatch.setattr(personhood, "_surnames_alone", lambda mentions: calls.append(1) or real(mentions))
    text = "Jerome Talbot met Brixton Holdings, Quarry Group and Talbot Partners. Talbot said the deal was done."
    mentions = [Mention(1, 0, text.index(n), text.index(n) + len(n), n, n, kind)
                for n, kind in (("Jerome Talbot", "person"), ("Brixton Holdings", "organization"),
                                ("Quarry Group", "organization"), ("Talbot Partners", "organization"))]
    personhood.aged_people(text, mentions)
    assert len(calls) == 1
