"""An epithet after a sentence that names several people, on articles written for these tests: "the Dutchman" is
not the first of two players named together ("A and B scored"), but the one the sentence names alone; and one
the text shows to be of another nationality is never "the Dutchman"."""

from __future__ import annotations

from written import holders, report_of

_PAIR_THEN_ONE = (
    'Harbour Rovers newcomer settles in\n\n'
    'After his move from Eastfield, Pim Verlaan came on for the last half-hour in a 2-0 win over Castleton.\n\n'
    'Tomas Arbeloa and Kevin Marsh scored the goals, and Verlaan hit the post late on.\n\n'
    '"This is a big club and I am happy to be here," said the Dutchman.'
)

_SHOWN_OTHER = (
    'Harbour Rovers win again\n\n'
    'Harbour Rovers beat Castleton 2-0 with goals from Spanish forward Tomas Arbeloa and Pim Verlaan.\n\n'
    'Arbeloa scored first and Verlaan added the second late on.\n\n'
    '"We wanted this one badly," said the Dutchman.'
)


def test_a_singular_epithet_is_the_player_named_alone_not_the_first_of_a_pair() -> None:
    assert holders(report_of(_PAIR_THEN_ONE), "happy to be here") == ["Pim Verlaan"]


def test_a_nationality_epithet_is_not_one_shown_another_nationality() -> None:
    assert holders(report_of(_SHOWN_OTHER), "wanted this one badly") == ["Pim Verlaan"]


_TWO_CALLINGS = (
    'Ellis joins the Kessel staff\n\n'
    'Marta Ellis was named Kessel defence coach last night as Jonny Hale confirmed he could also join her there.\n\n'
    'Harbour Rovers director Ian Marwood said an agreement had been reached to release Ellis.\n\n'
    'Former Rovers fitness chief Dan Pryce is poised to join them in May, but Hale could beat him to it.\n\n'
    'The former Scotland captain and Lions colossus confirmed last night, "I have had a talk with Marta.\n\n'
    '"The invite is there and I want to coach when I stop playing."'
)


def test_a_description_of_two_callings_is_the_player_not_the_staffer_named_first() -> None:
    report = report_of(_TWO_CALLINGS)
    assert holders(report, "I have had a talk with Marta") == ["Jonny Hale"]
    assert holders(report, "I want to coach when I stop playing") == ["Jonny Hale"]
