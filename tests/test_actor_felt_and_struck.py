"""Cues that tell a feeling, a liking, a deed or a plan, not a statement (``felt_by_object``, ``phrasal_deeds``,
``with_plans``), a person's name before unnamed sources or critics (``people_modifiers``), and an aside on
what was not said (``unsaid_clauses``): articles written for these tests."""

from __future__ import annotations

from written import said_by

ARTICLE = """Harbour mains strain under sudden thaw

Single-digit cold gave way to a mild week across Port Ellery, and the pipes under the old town paid for it.

The thaw worried Nadia Orsolo, deputy director of water operations at the Port Ellery utility board, which runs the city's pipes.

"When the ground freezes and then warms, the mains move and crack," Orsolo said.

The utility's chairman, Piet Hallvard, relishes being the public face of the repairs as crews dig up street after street.

Hallvard sources said that the chairman would ask the council for emergency funds on Monday.

Orsolo critics argued the board had ignored warnings about the mains for a decade.

Hallvard said the board would publish a full list of the breaks by Friday.
"""

GAME = """Rovers edge Harriers in overtime

Teodor Vance scored 34 points as the Rovers beat the Harriers 109-104 on Sunday.

Vance had struggled early. He knocked down a three over his old marker, got his floater going and swatted a late layup to seal it.

The guard slammed into the padding under the basket in the third quarter but played on.

Coach Mira Lund hit out at the officiating, saying her players had been shoved all night.

"We never stopped believing," Vance said.
"""


def _texts(said: dict[str, list[str]], name: str) -> list[str]:
    return said.get(name, [])


def test_a_feeling_whose_object_is_the_person_is_no_statement() -> None:
    said = said_by(ARTICLE)
    assert not any("deputy director" in t or "runs the city" in t for t in _texts(said, "Nadia Orsolo"))
    assert any("the mains move and crack" in t for t in _texts(said, "Nadia Orsolo"))


def test_a_liking_of_doing_is_no_statement() -> None:
    said = said_by(ARTICLE)
    assert not any("public face" in t for texts in said.values() for t in texts)
    assert any("publish a full list" in t for t in _texts(said, "Piet Hallvard"))


def test_unnamed_sources_and_critics_before_a_name_are_not_the_person() -> None:
    said = said_by(ARTICLE)
    assert not any("emergency funds" in t for t in _texts(said, "Piet Hallvard"))
    assert not any("ignored warnings" in t for t in _texts(said, "Nadia Orsolo"))


def test_a_verb_of_attack_with_a_particle_of_motion_is_a_deed() -> None:
    said = said_by(GAME)
    vance = _texts(said, "Teodor Vance")
    assert not any("a three over" in t or "the padding" in t for texts in said.values() for t in texts)
    assert any("never stopped believing" in t for t in vance)
    assert any("shoved all night" in t for t in _texts(said, "Mira Lund"))


SHELTER = """City clears out old shelter stock

The city's parks department has emptied a storeroom of Cold War shelter supplies under a park in Eastfield.

The parks department says it has given the old supplies to a local history museum (officials wouldn't say which one).

Residents said the storeroom had been locked for decades.
"""


def test_an_aside_on_what_was_not_said_is_no_part_of_the_content() -> None:
    said = said_by(SHELTER)
    texts = [t for texts in said.values() for t in texts]
    assert any(t.startswith("it has given the old supplies to a local history museum") for t in texts)
    assert not any("wouldn't say" in t for t in texts)


CLOUD = """Cloud gaming race heats up

Streamline is not the only service betting on the new technology, as Norvik has offered its Norvik Play service since 2016 and Talvo launched a trial of its cloud service across nine markets this spring, with plans for a full launch next year.

Norvik said it had signed up two million players.
"""


def test_a_plan_in_a_with_phrase_is_no_statement() -> None:
    said = said_by(CLOUD)
    texts = [t for texts in said.values() for t in texts]
    assert not any("a full launch next year" in t for t in texts)
    assert any("two million players" in t for t in _texts(said, "Norvik"))
