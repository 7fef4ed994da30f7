"""A quotation after a colon that closes a described subject's clause, its predicate running on past the verb, is
the described person's: "The comedian then ended her stint with a farewell to the housemates: “...”"
(brief.actors.described_colon_frames)."""

from __future__ import annotations

from written import said_by

_OPENING = ('Comedian Mara Velik chose the three housemates who will face the public vote. "I had to tell you who '
            'I picked," said Velik. ')


def test_a_described_subjects_long_frame_announces_her_words() -> None:
    said = said_by(_OPENING + "The age-defying comedian then ended her stint on the show with a fond farewell to the "
                   'housemates: "I wish you all well. And if we ever see each other on the street, just cross over."')
    assert any("I wish you all well" in s for s in said["Mara Velik"])


def test_a_frame_broken_by_a_comma_is_left_alone() -> None:
    said = said_by(_OPENING + "The show, which ran for a month, then ended with a message to viewers: "
                   '"We wish you all well. And we will see each other on the street next year."')
    assert not any("We wish you all well" in s for s in said.get("Mara Velik", []))
