"""Unnamed sources whom a pronoun or "the same" noun goes on with (session 34, from fresh35's speaker shapes), on
articles written for these tests: "a source close to the probe ... He cautioned", "one Western official asks
... the same official explains". The words are the unnamed source's, never the last named speaker's."""

from __future__ import annotations

from written import said_by


def test_he_after_a_source_close_to_the_probe_is_the_source() -> None:
    text = (
        "Ferry crash probe widens\n\n"
        "Budi Hartono, head of the harbor rescue agency, told local radio the search area would be expanded. "
        "Investigators are focusing on whether the crew turned too late, said a source close to the probe, adding "
        "that fog could have played a part as well. He cautioned that the investigation was at an early stage. "
        "Hartono said the divers were ready."
    )
    said = said_by(text)["Budi Hartono"]
    assert "the divers were ready" in said
    assert not any("early stage" in t for t in said)


def test_she_after_a_person_familiar_with_the_matter_is_that_person() -> None:
    text = (
        "Port talks stall\n\n"
        "Nadia Karim, the port's director, says the ferries were old. "
        "The talks stalled on Friday, a person familiar with the matter said. "
        "She added that the mayor would fly to Lisbon. Karim said the port would recover."
    )
    said = said_by(text)["Nadia Karim"]
    assert "the port would recover" in said
    assert not any("Lisbon" in t for t in said)


def test_the_same_official_after_an_unnamed_one_is_not_a_named_official() -> None:
    text = (
        "Port graft\n\n"
        "Nadia Karim, a former port official, says the ferries were old. Money buys protection here. "
        '"Has the harbor become a trap?" one Western official asks. "Maybe." Traders keep their cash at home. '
        '"There\'s honest corruption," the same official explains, "and then there\'s the other kind."'
    )
    said = said_by(text)["Nadia Karim"]
    assert not any("corruption" in t for t in said)


def test_the_same_official_after_a_named_one_stays_theirs() -> None:
    text = (
        "Port graft\n\n"
        "Nadia Karim, a former port official, says the ferries were old. Traders keep their cash at home. "
        '"There\'s honest corruption," the same official explains, "and then there\'s the other kind."'
    )
    assert any("corruption" in t for t in said_by(text)["Nadia Karim"])
