"""Speed rewrites of session 45 (issue 14): each must answer exactly as the code it replaces, and skip the
work it was written to skip."""

from __future__ import annotations

import random
import re

import pytest

from brief.actors import pronoun_kinds, self_described, self_styled
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
    per name was a twentieth of reading an article); nor, since session 53, does one written so, which is read
    a person (``_first_person_written``)."""
    built: list[str] = []
    made = pronoun_kinds._first_person
    monkeypatch.setattr(pronoun_kinds, "_first_person", lambda name: built.append(name) or made(name))
    quiet = "Harrowgate Mills opened a third kiln in Tuxley. Harrowgate Mills hired forty potters last spring."
    assert not pronoun_kinds.person_by_pronouns(quiet, "Harrowgate Mills", [])
    assert built == []
    spoken = '"I never planned to sell the kiln," Velloran said on Tuesday.'
    assert pronoun_kinds.person_by_pronouns(spoken, "Velloran", [])
    assert built == []


def test_firm_possessive_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The firm's possessive is read with two patterns compiled once, not one compiled per name."""
    def refuse(*args: object, **kwargs: object) -> re.Pattern[str]:
        raise AssertionError("a pattern compiled per name")

    monkeypatch.setattr(re, "compile", refuse)
    assert _firm_possessive("Brandlow Holdings' rival Tessick's said on Monday it would cut 300 jobs.", "Tessick")
    assert not _firm_possessive("Tessick's new kiln opened on Monday.", "Tessick")


_AFTER_NAME_BEFORE = (r"^(?:(?:\s*,\s*|\s*[–—]\s*|\s+-\s+|\s*\(\s*)(?:(?:which|who)\s+)?(?:(?:is|was|are|were|has\s+been|"
                      r"had\s+been)\s+)?|\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)(?:one\s+of\s+|among\s+)?"
                      r"(?:a|an|the|one)\s+{filler}{{0,{n}}}?{noun}s?(?![\w'’-])(?=\s*(?:[,.;:)–—]|$)|\s+(?:who|which|that|"
                      r"whose|in|of|at|for|from|with|based|known|founded)\b)")
_BEFORE_NAME_BEFORE = (r"(?:(?:^|[^\w'’])(?:[Tt]he|[Aa]n?|[Ff]ellow)\s+{filler}{{0,{n}}}?|(?<![\w'’-])){noun},?\s+(?:"
                       + self_styled.STYLED + r"\s+(?:the\s+)?[\"“‘']?)?$")
"""``self_described``'s two patterns as they were, compiled per noun."""

_APPOSITION_WORDS = (", ", ",", " , ", " - ", " — ", "—", " (", "(", " ", "  ", "which ", "who ", "is ", "was ", "has been ",
                     "one of ", "among ", "a ", "an ", "the ", "The ", "A ", "one ", "fellow ", "Fellow ", "north ", "London ",
                     "of ", "said ", "club", "clubs", "club's", "clubhouse", "45", "45-year-old", "450", "x", "-", ".", ";",
                     ")", "in ", "based ", "known as ", "calling itself ", "self-styled ", "the ", "“", "'", "\n", "clubclub")


def test_self_described_reads_what_the_noun_patterns_read() -> None:
    """The apposition read without a pattern per noun (the words to the noun, then those after it) answers as
    the pattern compiled with the noun did, on both sides of a name, the age's reading included."""
    rng = random.Random(4646)
    filler, n = self_described._FILLER, self_described.FILLER_WORDS
    for noun in ("club", "45-year-old", "co-op", "s"):
        after_pattern = re.compile(_AFTER_NAME_BEFORE.format(filler=filler, n=n, noun=re.escape(noun)))
        age = self_described._AGE.fullmatch(noun)
        if age is not None:
            after_pattern = re.compile(rf"{after_pattern.pattern}|^\s*,\s*{age.group(1)}\s*[,)]")
        ahead_pattern = re.compile(_BEFORE_NAME_BEFORE.format(filler=filler, n=n - 1, noun=re.escape(noun)))
        found = 0
        for _ in range(10_000):
            words = [rng.choice(_APPOSITION_WORDS) for _ in range(rng.randint(1, 9))]
            if rng.random() < 0.5:  # most random texts hold no apposition: shape half of them as one
                words[rng.randrange(len(words))] = rng.choice((noun, noun + "s", noun + ","))
                words.insert(0, rng.choice((", the ", ", a ", " is the ", ", one of the ", "The ", " (an ", "the ")))
            text = "".join(words)
            expected = after_pattern.match(text) is not None
            found += expected
            assert self_described._described_after(text, noun, age) == expected, (noun, text)
            expected = ahead_pattern.search(text) is not None
            found += expected
            assert self_described._described_ahead(text, noun) == expected, (noun, text)
        assert found > 500, noun  # the random texts do hold appositions


def test_source_phrase_worked_out_once_per_attribution(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seven rules that ask for an attribution's source phrase get it worked out once for the text being read;
    another text's is worked out anew."""
    from brief.actors import describing
    from brief.actors.attribution import Attribution

    text = "Following talks in Lisbon, the chief negotiator for Dravonia said the deal was close."
    attribution = Attribution(cue=(text.index("said"), text.index("said") + 4),
                              source=(text.index("the chief"), text.index(" said")),
                              content=(text.index("the deal"), len(text) - 1), quote=False, sentence=0)
    calls: list[str] = []
    worked = describing._phrase
    monkeypatch.setattr(describing, "_phrase", lambda t, a: calls.append(t) or worked(t, a))
    first = describing.source_phrase(text, attribution)
    assert first is not None and text[first[0] : first[1]] == "the chief negotiator for Dravonia"
    assert describing.source_phrase(text, attribution) == first
    assert len(calls) == 1
    other = "Ahead of talks in Lisbon, the chief negotiator for Dravonia said the deal was close."
    moved = Attribution(cue=(other.index("said"), other.index("said") + 4),
                        source=(other.index("the chief"), other.index(" said")),
                        content=(other.index("the deal"), len(other) - 1), quote=False, sentence=0)
    assert describing.source_phrase(other, moved) is not None
    assert len(calls) == 2


def test_as_double_leaves_a_page_without_guillemets_as_it_is() -> None:
    """A page with no guillemet is not run through the guillemets' table (a pass over every character): the very
    text comes back; one with them still reads them as double marks."""
    from brief.actors.single_quotes import as_double

    plain = "The ferry to Harrowgate sails at noon. Its captain, Ilse Varga, said the crossing was calm.\n"
    assert as_double(plain) is plain
    assert as_double("Varga wrote «Nous partons» on the board.\n") == "Varga wrote “Nous partons” on the board.\n"


_OLD_GIVEN = re.compile(r"[A-Z][\w'’-]+\s+[\"“]([A-Z][\w'’-]+)[\"”]\s+[A-Z]"
                        r"|\b(?:known|nicknamed|called|dubbed)(?:\s+\w+){0,3}?\s+(?:as\s+)?[\"“]([A-Z][\w'’-]+)[\"”]")
_NICKNAME_WORDS = ("Peregrine", '"Perry"', "“Perry”", "Lowe", "known", "nicknamed", "called", "dubbed", "as", "along",
                   "the", "quay", "Xknown", "uncalled", "a", ",", ".", "\n", '"', "“", "”", "Dubbed", "K", "kn")


def test_nickname_scan_finds_what_it_found() -> None:
    """The look-ahead for either shape's first letter changes no match of the nicknames' scan (``_GIVEN``)."""
    from brief.actors.quoted_nicknames import _GIVEN

    rng = random.Random(61)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_NICKNAME_WORDS) + rng.choice((" ", " ", "", "  ")) for _ in range(rng.randint(1, 10)))
        expected = _OLD_GIVEN.findall(text)
        found += bool(expected)
        assert _GIVEN.findall(text) == expected, text
    assert found > 1_000
