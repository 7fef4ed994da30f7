"""Shapes of session 54's pronouns69 helper, on articles written for these tests: whom "he said" goes on with.

A person whose words the sentence's speaker reports ("Brandt told MPs the loan came after Marten told him ...") is
not the next "he": the reporting speaker is; nor is a person named in an aside set off by dashes ("for Hodgson - his
predecessor Sanchez insisted on ... - but ...") the one the sentence is about; a "he" goes on with the person two
sentences back through a sentence whose subject was "he" already ("Jones was wise ... With the tie settled, he was
happy to play along. “...,” he said"), not with the last speaker before that person came in; "One witness, X, gave
evidence" brings X in as its subject, whom the next "he said" goes on with.
"""

from __future__ import annotations

from written import holders, report_of

_REPORTED = (
    'Businessman says loan to former minister was urgent\n\n'
    'Karl Brandt told MPs on Thursday the $200,000 he lent Olaf Renner in 1994 came after Ivo Marten told him '
    'the then minister was "broke and needed the money."\n\n'
    'He told MPs he paid Renner in cash because "the cash was at hand," and he said the money had nothing to do '
    'with any shipping business.\n\n'
    'The committee will meet again next week.'
)

_ASIDE = (
    'New manager sets out his plans for the window\n\n'
    'Rovers manager Tom Ashby says his chairman is ready to spend to keep the club up.\n\n'
    '"The chairman wants the club to stay in the top flight," Ashby said.\n\n'
    'He has drawn up a list of the players he wants and the chief executive will handle the talks.\n\n'
    'The board met on Monday. The fans were told on Tuesday. Tickets went on sale on Wednesday. '
    'The stadium will be painted in the spring. The pitch is being relaid. The shop has new kits.\n\n'
    'Nationality is not an issue for Ashby - his predecessor Carl Dunmore insisted on signing local players '
    'or imports who knew the league - but height will be a deciding factor.\n\n'
    '"A lot of our players are the same size and not very tall, so height will count for us," he said.'
)

_CHAIN = (
    'Minnows enjoy their big day in the cup\n\n'
    'Town chairman Rob Leary was delighted with the turnout at the small ground on Saturday.\n\n'
    '"We will put the pictures on the wall and give one to every player," Leary said.\n\n'
    'City manager Dan Hale was wise enough to know his side were there to lose. With the tie settled, he was happy '
    'to play along. "I feel proud to be part of this day," he said.'
)

_WITNESS = (
    'Inquest hears of flash in the tunnel\n\n'
    'Mr Renko said the driver had been sober when he left the hotel. In a call an hour later, Mr Renko said: '
    '"This is no accident. This was planned." One witness, Pavel Ostrov, gave evidence that will be seized on by '
    'many. He said he was driving behind the car when a bright light flashed.'
)


def test_a_speaker_reported_inside_another_s_words_is_not_the_next_he() -> None:
    report = report_of(_REPORTED)
    assert holders(report, "paid Renner in cash") == ["Karl Brandt"]
    assert holders(report, "nothing to do with any shipping business") == ["Karl Brandt"]


def test_a_person_named_in_a_dashed_aside_is_not_the_next_he() -> None:
    assert holders(report_of(_ASIDE), "height will count for us") == ["Tom Ashby"]


def test_a_he_goes_on_through_a_sentence_whose_subject_was_he() -> None:
    assert holders(report_of(_CHAIN), "proud to be part of this day") == ["Dan Hale"]


def test_one_witness_named_in_commas_is_the_next_he() -> None:
    assert holders(report_of(_WITNESS), "driving behind the car") == ["Pavel Ostrov"]


_CHAIN_OPENED_BY_THE_SPEAKER = (
    'Trader turns to giving in his home town\n\n'
    'Omar Haidari owns three trucking firms and a cement plant.\n\n'
    '"Business is good because the roads are open," Haidari says.\n\n'
    'Most recently, Haidari funded a Mr. Football contest in the province to reward young coaches. '
    'He has paid for food for 200 families in a village cut off by the fighting. '
    '"We show people that peace means bread," he says.'
)


def test_a_chain_opened_by_the_last_speaker_stays_with_him() -> None:
    """The sentence two back opens with the man who spoke last; a titled name later in it ("a Mr. Football
    contest") is no one the chain carries."""
    assert holders(report_of(_CHAIN_OPENED_BY_THE_SPEAKER), "peace means bread") == ["Omar Haidari"]
