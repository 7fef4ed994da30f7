"""Words about a person that are not the person's: a thing's finding about them, a sign others hold up about
them, a voice only like theirs (brief.actors.spoken_about), on articles written for these tests."""

from __future__ import annotations

from tests.written import cues_by

_TOXICOLOGY = """Driver charged after crash on Route 9

A man was charged on Tuesday after a crash that killed two people on Route 9, police said.

Toxicology results for Harjit Mannan showed that his blood alcohol level was 0.19, more than twice the legal limit, according to the court filing.

Mannan told officers that he had only one beer at a friend's house.
"""

_SIGNS = """Candidate rallies in Iowa

Governor Dale Pemberton spent Sunday morning in Des Moines. Pemberton arrived at the hotel late, and he greeted campaign workers holding up signs backing his candidacy before speaking to reporters.

"We are going to win this state," Pemberton said.
"""

_VOICE = """Housekeeper tells inquest of threat

A friend, Joanna Peverell, said that the princess had asked her to listen to a call in March 1996, and she heard a voice resembling that of then transport minister and former aide to the prince, Arthur Waddington, warn the princess that "accidents can happen".

Waddington called the claim absurd.
"""


def _cues(text: str, name: str) -> list[str]:
    return [cue for cue, _ in cues_by(text).get(name, [])]


def test_test_results_for_a_person_are_not_his_statement() -> None:
    assert "showed" not in _cues(_TOXICOLOGY, "Harjit Mannan")
    assert "told" in _cues(_TOXICOLOGY, "Harjit Mannan")  # what he said himself stays his


def test_signs_held_by_workers_are_not_the_candidates_stance() -> None:
    cues = _cues(_SIGNS, "Dale Pemberton")
    assert "backing" not in cues
    assert "said" in cues


def test_a_voice_resembling_someones_is_not_his_warning() -> None:
    cues = _cues(_VOICE, "Arthur Waddington")
    assert "warn" not in cues
    assert "called" in cues  # his own answer stays his
    assert _cues(_VOICE, "Joanna Peverell") == ["said"]


_PLANS = """Senator unveils border plan

Senator Dana Whitcombe's border plan is broadly similar to those of Ray Castellano and Mia Brandt, although Castellano frequently notes that he was the first to publish one.
"""


def test_a_new_clause_after_a_likeness_keeps_its_speaker() -> None:
    assert any(cue.endswith("notes") for cue in _cues(_PLANS, "Ray Castellano"))
