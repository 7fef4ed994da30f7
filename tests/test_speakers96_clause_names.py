"""A name inside a clause is not the speaker of the main verb: the relative clause of an apposition after
an untagged opening surname, and the object of a fronted clause whose subject is a described person."""

from __future__ import annotations

from tests.written import cues_by

_APPOSED = """Hostage deal falters

CARACAS (Reuters) - Esteban Ruiz said on Monday that the handover had failed, and he accused Governor Marco Delgado of wrecking his plan.

"Delgado set out to ruin this mission," Ruiz said.

Delgado, a conservative who has quarrelled repeatedly with Ruiz, denied army patrols had delayed the exchange. Continued...
"""

_FRONTED = """Former hockey player sentenced

TORONTO (CP) -- A former hockey player was sentenced on Friday for a crash that killed a friend.

Although the judge called Tom Becker an "exemplary citizen" who had done much for charity, he said the "serious crime" demanded a sentence that would deter others.

Becker's lawyer, Anne Roth, said her client would appeal the ruling.
"""


def test_name_inside_an_appositions_relative_clause_is_not_the_speaker() -> None:
    found = cues_by(_APPOSED)
    assert ("denied", "army patrols had delayed the exchange") in found["Marco Delgado"]
    assert all(cue != "denied" for cue, _ in found["Esteban Ruiz"])


def test_object_of_a_fronted_clause_is_not_the_pronoun_speaker() -> None:
    found = cues_by(_FRONTED)
    assert not any("serious crime" in said for _, said in found.get("Tom Becker", []))
    assert ("said", "her client would appeal the ruling") in found["Anne Roth"]

