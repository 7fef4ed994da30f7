"""Shapes of the sports press (match reports, press conferences, transfer news, club statements;
session 47, helper sport48), on articles written for these tests."""

from __future__ import annotations

from written import summaries_by

_SIGNING = (
    "Done deal: Tane Wilder joins Ashgrove Forest on permanent contract\n\n"
    "Ashgrove Forest have completed the permanent signing of striker Tane Wilder from Kilbride United for a "
    "fee believed to be £14m, according to sources.\n\n"
    "After the deal was confirmed, Wilder spoke for the first time about the move.\n\n"
    "He said on the club website:\n\n"
    "\"I am grateful to be here and it is a wonderful feeling.\n\n"
    "\"Ashgrove is a huge club and the project is heading in the right direction.\"\n"
)


def test_a_colon_after_where_it_was_said_leaves_the_quotation_in_the_next_paragraph_as_the_words() -> None:
    """ "He said on the club website:" then the quotation in its own paragraph: the words are the quotation,
    not "on the club website: ...", and a paragraph that runs on into the next one is still a quotation."""
    lines = summaries_by(_SIGNING)["Tane Wilder"]
    assert "says “I am grateful to be here and it is a wonderful feeling”" in lines
    assert not any("club website" in line for line in lines)


def test_told_the_press_the_following_announces_the_quotation_after_it() -> None:
    text = (
        "Team bosses say drivers free to skip Rhaman Grand Prix\n\n"
        "Several teams have told their drivers they can choose not to race in the Rhaman Grand Prix if they "
        "feel unsafe after a fire at a nearby fuel depot.\n\n"
        "Corvane team principal Henrik Marek, told press the following:\n\n"
        "\"You cannot force someone to drive who does not want to drive.\n\n"
        "\"If a driver had concerns, we would listen and try to find an agreement.\"\n"
    )
    lines = summaries_by(text)["Henrik Marek"]
    assert "says “You cannot force someone to drive who does not want to drive”" in lines
    assert not any("the following" in line for line in lines)
