"""A quotation framed by a letter "that was filed" is the writer's, not the relative clause after the frame
(brief.actors.attribution.medium_relatives); a name right before a cue led by an adverb ("Vale reportedly wrote") is
its source (brief.actors.adverb_sources); a bracketed aside holding a colon ("(real name: X)") between the writer and
the cue is hidden from the cue model (brief.actors.bracket_colons); on articles written for this test."""

from __future__ import annotations

from written import said_by

_PLEA = "\"I ask you to please consider that my hearing is getting worse,\""
_OPENING = "Singer asks for early release\n\nThe singer Roxy {name} is asking a judge to cut her sentence short.\n\n"
_CLOSING = "\n\nHer lawyer declined to comment."


def _said(name: str, frame: str) -> dict[str, list[str]]:
    return said_by(_OPENING.format(name=name) + f"{_PLEA} {frame}" + _CLOSING)


def test_a_letter_that_was_filed_is_no_content() -> None:
    said = _said("Harper", "Harper (real name: Rosa Hart) reportedly wrote in a handwritten letter that was filed Tuesday "
                           "as part of an appeal at the state supreme court.")["Roxy Harper"]
    assert any("hearing is getting worse" in s for s in said)
    assert not any("was filed" in s for s in said)


def test_a_name_before_an_adverb_led_cue_is_its_source() -> None:
    said = _said("Vale", "Vale reportedly wrote to the judge on Monday.")
    assert any("hearing is getting worse" in s for s in said["Roxy Vale"])


def test_a_bracketed_real_name_leaves_the_writer_and_the_quotation() -> None:
    said = _said("Vale", "Vale (real name: Rosa Valdez) wrote to the judge on Monday.")
    assert any("hearing is getting worse" in s for s in said["Roxy Vale"])
    assert not any("real name" in s for texts in said.values() for s in texts)
