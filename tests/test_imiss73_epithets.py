"""A speaker named by an epithet that holds a name of several words, and after a sentence listing others.

"the two-time Harrowgate Motor Speedway champion said": the name's words are one word of the epithet, which
is no longer clause; it is the driver the story was about. When the sentence before lists rivals and
ends with the driver who had just spoken, the epithet goes on with that speaker, not the first rival.
"""

from __future__ import annotations

from written import said_by

LONG_NAME = (
    "Driver eyes a full season\n\nTom Vale will drive a full schedule for Harbor Racing this year, the team said on Monday.\n\n"
    "Vale has six starts over the past two seasons, with a best finish of ninth. Vale said this year he "
    "would run enough races to chase the rookie award.\n\n"
    "\u201cI had a whole winter to think about last year,\u201d the two-time Harrowgate Motor Speedway champion said. "
    "\u201cThere is a lot of luck involved, but you have to put a whole race together.\u201d\n"
)

RIVALS = (
    "Driver eyes a full season\n\nTom Vale will drive a full schedule for Harbor Racing this year, the team said on Monday.\n\n"
    "Vale said this year he would run enough races to chase the rookie award. Kestrel Motors' Ian Reid, "
    "Orbis Racing's Paul Ames and Dunmore Racing's Leo Oduya are Vale's announced rivals for the award.\n\n"
    "\u201cI had a whole winter to think about last year,\u201d the two-time champion said. "
    "\u201cThere is a lot of luck involved, but you have to put a whole race together.\u201d\n"
)


def test_an_epithet_holding_a_long_name_is_the_driver() -> None:
    said = said_by(LONG_NAME)
    assert any("whole winter" in p for p in said.get("Tom Vale", [])), said
    assert any("luck involved" in p for p in said.get("Tom Vale", [])), said


def test_after_a_list_of_rivals_the_epithet_is_the_last_speaker() -> None:
    said = said_by(RIVALS)
    assert any("whole winter" in p for p in said.get("Tom Vale", [])), said
    assert not said.get("Ian Reid"), said
