"""One pattern for a company's stock listing in brackets (brief.actors.listings.LISTING): the bracketed asides the
cue model is not shown (brief.actors.bracket_colons) are those that are not such a listing, so an aside that only
holds only a number ("(age: 62)") is hidden like "(real name: X)", and a listing is still read with its company. On
articles written for this test."""

from __future__ import annotations

from written import said_by

_PLEA = "\"I ask you to please consider that my hearing is getting worse,\""
_OPENING = "Singer asks for early release\n\nThe singer Roxy {name} is asking a judge to cut her sentence short.\n\n"
_CLOSING = "\n\nHer lawyer declined to comment."


def _said(name: str, frame: str) -> dict[str, list[str]]:
    return said_by(_OPENING.format(name=name) + f"{_PLEA} {frame}" + _CLOSING)


def test_a_bracketed_age_leaves_the_writer_and_the_quotation() -> None:
    said = _said("Vale", "Vale (age: 62) wrote in a letter.")
    assert any("hearing is getting worse" in s for s in said.get("Roxy Vale", []))
    assert not any("age: 62" in s for texts in said.values() for s in texts)


def test_a_listing_in_brackets_stays_with_its_company() -> None:
    said = said_by("Drug maker raises its forecast\n\nHarrowgate Biosciences, Inc. (Nasdaq: HRGB) today announced that "
                   "its new asthma inhaler would reach pharmacies in the spring.\n\nShares rose four percent.")
    assert any("asthma inhaler" in s for s in said.get("Harrowgate Biosciences, Inc.", said.get("Harrowgate Biosciences", [])))
