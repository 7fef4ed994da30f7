"""A title in quotes that closes a speaker's apposition ("Helen Marsh, president of the firm behind “Fresh Start,”
said ...") ends the aside as a bare comma would: the statement is the person's who opens the sentence, not the body
named in the apposition nor a name after the cue (brief.actors.apposed_subject). On articles written for these tests."""

from __future__ import annotations

from written import cues_by


def _holders(cues: dict[str, list[tuple[str, str]]], fragment: str) -> list[str]:
    return [name for name in cues if any(fragment in text for _, text in cues[name])]


def test_a_quoted_title_closing_the_apposition_keeps_the_opening_speaker() -> None:
    cues = cues_by("Orchard Foods will sell its juices in every Dunmore grocery from March, the company said on Monday."
                   "\n\nHelen Marsh, president of Larkfield Partners, the Boston firm behind \"Fresh Start,\" said "
                   "Amazon's decision to drop the plastic bottles fitted well with one of the grocer's values: thrift.")
    assert _holders(cues, "decision to drop the plastic bottles") == ["Helen Marsh"]


def test_a_quotation_before_the_cue_still_goes_to_the_name_after_it() -> None:
    cues = cues_by("The harbour board met on Monday.\n\n\"We will not close the pier,\" said Helen Marsh, the board's "
                   "chairwoman.")
    assert _holders(cues, "We will not close the pier") == ["Helen Marsh"]


def test_a_possessive_after_the_cue_is_no_inverted_speaker() -> None:
    cues = cues_by("Velmora Airways will fly to Oslo from March, the airline said on Monday.\n\nTomas Brenner, head of "
                   "Larkfield Partners, the marketing firm behind \"Fly North,\" said Velmora's decision to add the route "
                   "fitted well with the city's plans.")
    assert _holders(cues, "decision to add the route") == ["Tomas Brenner"]
