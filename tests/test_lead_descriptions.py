"""A lead that describes its speaker ("The director of a zoo ... has admitted", "..., says the man who lifted
the cup") and names them only in the next paragraph: the words are the person named there, when the
description fits them (K5 l3s-9ee700eb, l3s-d1ef797a); a description that fits no one named next stays no one's."""

from __future__ import annotations

from written import said_by


def test_a_described_director_is_the_director_named_next() -> None:
    said = said_by("The director of a zoo where a keeper was hurt by an escaped bear has admitted that the fence "
                   "around the enclosure was well below the recommended height.\n\n"
                   "Halden Zoo director Marek Oduya also said that early checks suggested the bear climbed out of its pen.\n\n"
                   '"She had to have climbed," he said.')
    assert "that the fence around the enclosure was well below the recommended height" in said["Marek Oduya"]


def test_the_man_after_the_cue_is_the_person_named_next() -> None:
    said = said_by("New harbour coach Tomas Verne is a winner whose only aim is keeping the club on top, says the man "
                   "who lifted the league cup last spring.\n\n"
                   'Piet Arlow, the cup-winning captain, told the Coast Herald: "The guy wants what is best for the club."\n\n'
                   "Arlow said no player had the right to ask for a guarantee.")
    assert any(text.startswith("New harbour coach Tomas Verne is a winner") for text in said["Piet Arlow"])
    assert said.get("Tomas Verne", []) == []


def test_a_description_that_fits_no_one_named_next_is_not_theirs() -> None:
    # (the man sentenced, named without a role of his own, would be the smuggler: brief.actors.named_after)
    said = said_by("The convicted smuggler said he had been a naive boy led astray by older men.\n\n"
                   "The court in Harwich heard the case over two days in March.\n\n"
                   '"Words are cheap," Judge Anna Rusk said as she passed the sentence.')
    assert not any("naive boy" in text for texts in said.values() for text in texts)


def test_a_lead_after_someone_spoke_is_left_alone() -> None:
    said = said_by('"We will reopen in May," Mayor Lena Holt said on Monday.\n\n'
                   "The director of the harbour museum said the roof would cost more than planned.\n\n"
                   "Museum director Karl Besser said the works would start soon.")
    assert not any("roof would cost" in text for text in said.get("Karl Besser", []))


def test_a_lead_after_a_headline_and_byline_paragraph() -> None:
    said = said_by("Zoo fence was too low By Ann Reporter\n\n"
                   "The director of a zoo where a keeper was hurt by an escaped bear has admitted that the fence "
                   "around the enclosure was well below the recommended height.\n\n"
                   "Halden Zoo director Marek Oduya also said that early checks suggested the bear climbed out of its pen.")
    assert "that the fence around the enclosure was well below the recommended height" in said["Marek Oduya"]


def test_a_bare_woman_in_the_lead_is_not_the_officer_named_next() -> None:
    said = said_by("The woman said she had been pushed from the platform by a stranger.\n\n"
                   "Police spokesman John Harlow said officers were checking the station's cameras.")
    assert not any("pushed from the platform" in text for text in said.get("John Harlow", []))


def test_the_woman_who_is_not_a_man_named_next() -> None:
    said = said_by("The harbour will stay open all winter, says the woman who runs its ferries.\n\n"
                   'Port manager John Harlow told the Coast Herald: "We are ready for the storms."')
    assert not any("harbour will stay open" in text for text in said.get("John Harlow", []))
