"""Whole paragraphs of quotation with no cue (brief/actors/quote_paragraphs.py): a quotation left
open over paragraphs whose speaker is named only in its last paragraph is theirs from its first; a
paragraph of a first person's quotation after a speaker's paragraph that ends with a short aside of
the writer's is the speaker's. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_open_over_paragraphs_is_the_speaker_named_in_its_last() -> None:
    """"“We were promised flood defences. ... | “Every time it rains ...,” said Joan Pritchard"."""
    flood = (
        "Flood victims demand answers\n\n"
        "Residents of Cockermouth have demanded answers after the river burst its banks again.\n\n"
        "“We were promised flood defences in 2016. Nothing has been built. Nothing.\n\n"
        "“Every time it rains I lie awake listening to the river,” said Joan Pritchard, 67, who has "
        "lived on Main Street for forty years.\n\n"
        "The Environment Agency said work on new defences would begin in the spring."
    )
    report = report_of(flood)
    assert holders(report, "Nothing has been built") == ["Joan Pritchard"]
    assert holders(report, "lie awake listening") == ["Joan Pritchard"]


def test_a_closed_quotation_before_a_speakers_paragraph_is_not_theirs() -> None:
    """A paragraph whose quotation closes is a whole quotation of its own: the next speaker's
    frame does not reach back to it."""
    closed = (
        "Flood victims demand answers\n\n"
        "Residents of Cockermouth have demanded answers after the river burst its banks again.\n\n"
        "“We were promised flood defences in 2016 and nothing has been built.”\n\n"
        "“Every time it rains I lie awake listening to the river,” said Joan Pritchard."
    )
    assert holders(report_of(closed), "promised flood defences") != ["Joan Pritchard"]


def test_a_quotation_after_the_writers_aside_goes_on_with_the_speaker() -> None:
    """"Burns told Chortle ... But don't worry, this isn't your typical musical. | ‘It's not a
    musical. ... I can't abide musicals.’ | ‘It's incredible ...’": the speaker before the aside,
    in single marks too, over the paragraphs that go on with the quotation."""
    stage = (
        "Zombie comedy heads for the stage\n\n"
        "The people at Almost Legal Productions want to turn the film into a touring show.\n\n"
        "Director Chas Burns organised a stage version last year. The four shows sold out, and Burns told "
        "Chortle that a phone call to the actor's agent had led to a tour. But don't worry, this isn't "
        "your typical boring musical.\n\n"
        "‘It's not a musical. Between you and me, I can't abide musicals. It's a production with "
        "tongue-in-cheek songs.’\n\n"
        "‘We are a small company nobody has ever heard of, and we are proud of it.’ (Via Chortle)\n\n"
        "The tour opens in Leeds in March."
    )
    report = report_of(stage)
    assert holders(report, "I can't abide musicals") == ["Chas Burns"]
    assert holders(report, "a small company nobody has ever heard of") == ["Chas Burns"]


def test_a_quotation_after_an_aside_naming_another_is_no_ones() -> None:
    """An aside that names another person may have brought in the quotation's speaker: the
    quotation is left to no one rather than given to the speaker before."""
    named = (
        "Zombie comedy heads for the stage\n\n"
        "The people at Almost Legal Productions want to turn the film into a touring show.\n\n"
        "Director Chas Burns told Chortle that a phone call to the actor's agent had led to a tour. "
        "Producer Maya Lind was less sure.\n\n"
        "‘I think we are moving too fast, and I have told him so.’\n\n"
        "The tour opens in Leeds in March."
    )
    assert holders(report_of(named), "moving too fast") != ["Chas Burns"]
