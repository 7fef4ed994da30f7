"""Quotations given to the wrong person (session 60, speakers94), on articles written for the tests: a relative
named by given name whom a bare surname then means, and a source read from a preposition's object before "and
said"."""

from __future__ import annotations

from written import cues_by

_SISTERS = """Keller beats rivals to reach the final

BERLIN (Reuters) - Anna Keller beat the Spanish second seed 6-3 6-4 on Friday to reach the final of the Berlin Open.

The top seed will meet the winner of the second semi-final on Sunday.

Her sister Lotte, the defending champion, lost in the quarter-finals to a qualifier on Thursday. It was her first \
defeat in Berlin since a loss to Maria Sanz three years ago.

"I was tired and I could not find my rhythm at all," Keller said. "It was a bad day and I hope to come back next year."
"""


def test_a_relative_named_by_given_name_takes_the_bare_surname_after_her():
    said = cues_by(_SISTERS)
    assert any("I was tired" in text for _, text in said.get("Lotte Keller", []))
    assert not any("I was tired" in text for _, text in said.get("Anna Keller", []))


_WIFE = """Brel charged over warehouse fire

LYON (Reuters) - Tomas Brel, a warehouse owner, was charged on Monday with starting a fire that destroyed \
three shops.

His wife Mary watched from the public gallery as the charge was read.

Brel said he was innocent and would fight the charge in court.
"""


def test_a_relative_brought_in_without_a_role_leaves_the_surname_to_the_subject():
    said = cues_by(_WIFE)
    assert any("innocent" in text for _, text in said.get("Tomas Brel", []))
    assert "Mary Brel" not in said or not said["Mary Brel"]


_WITHOUT_PRONOUN = """Sisters through to the semi-finals

PARIS (AP) - Julia Morten was to play Yan Li of China in the evening match.

Her sister Clara, the defending champion, beat a qualifier 6-1 6-2 on Monday in less than an hour.

"I felt strong from the first point and I served well," Morten said.
"""


def test_her_stands_for_the_subject_of_the_sentence_before_not_the_last_person_named():
    said = cues_by(_WITHOUT_PRONOUN)
    assert any("I felt strong" in text for _, text in said.get("Clara Morten", []))
    assert "Clara Li" not in said


_DEBUT = """Rovers sign striker

LONDON (Reuters) - Rovers signed striker Tom Harris from City on Monday.

Harris made his debut for Rovers on Saturday and said he was delighted to have joined the club.

"I want to score goals for this club," Harris said.
"""


def test_a_prepositions_object_before_and_said_is_not_the_speaker():
    said = cues_by(_DEBUT)
    assert any("delighted" in text for _, text in said.get("Tom Harris", []))
    assert not any("delighted" in text for _, text in said.get("Rovers", []))


_WIFE_KEEPS_HER_NAME = """Actor opens theatre

LONDON (Reuters) - Actor Paul Garner opened a theatre in his home town on Saturday.

His wife, Helena, said the couple had planned the theatre for ten years.
"""


def test_a_wife_named_by_given_name_is_not_given_her_husbands_name():
    assert "Helena Garner" not in cues_by(_WIFE_KEEPS_HER_NAME)
