"""A name inside a subordinate clause is not the speaker of the sentence's verb: "while X was governor" inside a
described subject, and "before X told police ..." inside an account another speaker's frame closes."""

from __future__ import annotations

from tests.written import cues_by

_WHILE = """Victim's sister speaks out

(WKN) The sister of a man killed by a drunk driver who was released while Tom Harwell was Ohio governor is now speaking out against the former senator.

Harwell said on Tuesday that the release had followed the law. "I acted on the advice I had," Harwell said.
"""

_BEFORE = """Search for hiker ends

A fire had been set near the barn, far from where the cattle were kept, before Dana Pruitt told officers where to dig, Sheriff Tom Wade said.

Pruitt's lawyer, Ellen Marsh, said her client would plead not guilty. Wade said the search lasted a week.
"""


def test_name_in_a_while_clause_of_the_subject_is_not_the_speaker() -> None:
    found = cues_by(_WHILE)
    assert all(cue != "speaking out against" for cue, _ in found.get("Tom Harwell", []))
    assert ("said", "that the release had followed the law") in found["Tom Harwell"]


def test_name_in_a_before_clause_does_not_take_the_frames_account() -> None:
    found = cues_by(_BEFORE)
    assert all(cue != "told" for cue, _ in found.get("Dana Pruitt", []))
    assert any(text.startswith("A fire had been set") for _, text in found["Tom Wade"])


def test_subject_of_a_while_clause_with_its_own_cue_still_speaks() -> None:
    found = cues_by("Budget row\n\nThe vote came while Tom Harwell was still speaking out against the plan in the chamber.\n")
    assert ("speaking out against", "the plan") in [(c, t[:8]) for c, t in found["Tom Harwell"]]


def test_content_before_an_as_clause_stays_the_speakers() -> None:
    found = cues_by("Rates outlook\n\nPrices will keep rising into the spring, as Dana Pruitt warned.\n")
    assert any(text.startswith("Prices will keep rising") for _, text in found["Dana Pruitt"])
