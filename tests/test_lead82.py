"""Cue words in another sense met on unread real pages after session 57's landing (fresh --57's wrong ones), on
articles written for this test: giving up a status ("renounced his U.S. citizenship") and calling on someone at their
residence (a visit), which state nothing (brief.actors.cue_idioms.deed_sense)."""

from __future__ import annotations

from written import cues_by


def test_renouncing_a_citizenship_is_a_legal_act() -> None:
    cues = cues_by("Chess\n\nIn 2004, Boris Falk was arrested at Tokyo's Narita airport for traveling on a revoked U.S. "
                   "passport. He was threatened with extradition to face charges of violating U.S. sanctions.\n\nFalk "
                   "renounced his U.S. citizenship and spent nine months in custody before Iceland granted him citizenship.")
    assert not any("citizenship" in text for pairs in cues.values() for _, text in pairs)


def test_calling_on_someone_at_their_residence_is_a_visit() -> None:
    cues = cues_by("Protest\n\nThe Goa Forum, which called on the chief minister at his Panjim residence on Monday, "
                   "demanded the scrapping of the zones.\n\nThe Goa Forum called on the government to scrap the zones.")
    assert ("called on", "the government to scrap the zones") in cues["Goa Forum"]
    assert not any("chief minister" in text for _, text in cues["Goa Forum"])


def test_calling_on_someone_to_act_at_a_place_stays_a_demand() -> None:
    cues = cues_by("Attack\n\nThe Goa Forum called on police to investigate the attack at her home in Panjim.\n\nThe "
                   "inquiry opens on Monday.")
    assert cues["Goa Forum"] == [("called on", "police to investigate the attack at her home in Panjim")]
