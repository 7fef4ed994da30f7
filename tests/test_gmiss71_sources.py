"""Who said it, on articles written for these tests: a hedged belief with its "that" clause is its subject's, the
people involved in a programme speak and not the programme, a verb coordinated after "was a ... user" is the
clause's subject's, and a clause opened by "As" before the source is no part of what the source wrote.
"""

from __future__ import annotations

from written import cues_by, holders, report_of

_HEDGED_BELIEF = (
    'Councillor sues rival over break-in\n\n'
    'KERROW - Councillor Tom Reed has sued his rival, Mark Dunn, over a break-in at his home in March.\n\n'
    'Reed reportedly believes that the intruders meant to take photos of his family.\n\n'
    'Dunn reportedly knew the family well.'
)

_INVOLVED = (
    'Sailing school opens\n\n'
    'KERROW - The Harbour Sailing Program trains young sailors from the town each summer.\n\n'
    'Those involved in the Harbour Sailing Program stress that most of the work is teaching safety at sea.'
)

_PREDICATE_NOUN = (
    'Daughter in court over posts\n\n'
    'KERROW - Lena Dunn appeared in court on Monday over posts made during the riots.\n\n'
    'Dunn had been flagged because she was an influential social media user and, on June 30, had posted to her '
    '5,000 followers, "Comrades, the time to fight with the phone is over."'
)

_PREDICATE_NOUN_AFTER_SPEAKER = (
    'Daughter in court over posts\n\n'
    'KERROW - Lena Dunn appeared in court on Monday over posts made during the riots.\n\n'
    'The first witness was police chief Ada Marsk, who led the inquiry.\n\n'
    'She said Dunn had been watched for a long time before the riots began.\n\n'
    'Dunn had been flagged because she was an influential social media user and, on June 30, had posted to her '
    '5,000 followers, "Comrades, the time to fight with the phone is over."'
)

_FRONTED_AS = (
    'Roads plan for Kerrow\n\n'
    'KERROW - Planner Ruth Oman has studied the town roads for ten years.\n\n'
    'As the regional plan predicts that the town will double by 2040, Oman writes in an article published on the '
    'council website titled "Roads for Tomorrow" that the ring road will need two more lanes.'
)


def test_a_hedged_belief_with_its_clause_is_the_subjects() -> None:
    assert holders(report_of(_HEDGED_BELIEF), "meant to take photos") == ["Tom Reed"]


def test_a_hedged_belief_with_no_clause_is_no_position() -> None:
    assert not holders(report_of(_HEDGED_BELIEF), "the family well")


def test_those_involved_in_a_programme_are_not_the_programme() -> None:
    assert not holders(report_of(_INVOLVED), "teaching safety at sea")


def test_a_verb_after_was_a_noun_and_is_the_subjects() -> None:
    assert holders(report_of(_PREDICATE_NOUN), "the time to fight with the phone") == ["Lena Dunn"]


def test_the_pronoun_of_a_clause_inside_one_a_name_opens_is_that_name() -> None:
    assert holders(report_of(_PREDICATE_NOUN_AFTER_SPEAKER), "the time to fight with the phone") == ["Lena Dunn"]


def test_a_clause_opened_by_as_is_not_what_the_source_wrote() -> None:
    said = cues_by(_FRONTED_AS)
    assert not any("the town will double" in text for _, text in said["Ruth Oman"])
    assert any("two more lanes" in text for _, text in said["Ruth Oman"])
