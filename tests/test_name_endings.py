"""A name's last word mends the tagger's span (brief/actors/name_endings.py).

Why: the tagger learned from 1996 Reuters copy with few "K.K." or "Jr."; it read a Japanese company
as a person and a "Jr." name as an organisation. Sentences invented for these tests.
"""

from __future__ import annotations

from brief.actors.name_endings import mend_endings


def _mend(text: str, labels: str) -> list[str]:
    return mend_endings(text.split(), labels.split())


def test_a_legal_form_makes_a_company_of_a_person_span() -> None:
    assert _mend("Kanemoto Seiki K.K. said", "B-PER I-PER I-PER O") == ["B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_legal_form_left_outside_a_person_span_joins_it_as_a_company() -> None:
    assert _mend("Kanemoto Seiki K.K. said", "B-PER I-PER O O") == ["B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_company_read_as_one_keeps_its_span() -> None:
    assert _mend("Dorrell Bank plc was fined", "B-ORG I-ORG O O O") == ["B-ORG", "I-ORG", "O", "O", "O"]


def test_a_generation_makes_a_person_and_joins_the_name() -> None:
    assert _mend("Marcus Albee Jr. said", "B-ORG I-ORG I-ORG O") == ["B-PER", "I-PER", "I-PER", "O"]
    assert _mend("Marcus Albee Jr said", "B-PER I-PER O O") == ["B-PER", "I-PER", "I-PER", "O"]


def test_other_endings_and_short_spans_stay() -> None:
    assert _mend("World War II ended", "B-MISC I-MISC I-MISC O") == ["B-MISC", "I-MISC", "I-MISC", "O"]
    assert _mend("Jr. said", "B-ORG O") == ["B-ORG", "O"]  # one word: no name before it
    assert _mend("the Kenya Wildlife Service said", "O B-ORG I-ORG I-ORG O") == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_legal_form_the_tagger_left_untagged_takes_the_name_before_it() -> None:
    assert _mend("Shares in Dunmore Kelp plc fell", "O O O O O O") == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert _mend("The Tarvik ASA board met", "O O B-ORG O O") == ["O", "B-ORG", "I-ORG", "O", "O"]
    assert _mend("Vessmark Oyj said", "B-PER I-PER O") == ["B-ORG", "I-ORG", "O"]


def test_a_bare_form_after_a_tagged_name_or_a_lowercase_word_stays() -> None:
    assert _mend("Dorrell Bank plc was fined", "B-ORG I-ORG O O O") == ["B-ORG", "I-ORG", "O", "O", "O"]
    assert _mend("its plc status", "O O O") == ["O", "O", "O"]
