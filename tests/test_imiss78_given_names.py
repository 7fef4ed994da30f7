"""A given name written alone after the story named one person in full by it is that person, whatever kind the
tagger gave the bare name (brief.actors.given_name_alone); on articles written for this test."""

from __future__ import annotations

from written import actors_of, report_of

_FEATURE = (
    "A night at the hangar\n\n"
    "Marla Penrose had always known the late shift would be hard. The pilot that night was Rodney Penrose, "
    "her husband of twelve years.\n\n"
    "\"Rodney called me from the tower at midnight,\" Penrose says. \"He sounded calm.\"\n\n"
    "Rodney says the storm came in faster than the forecast promised. \"I had two minutes to decide,\" Rodney says.\n\n"
    "Later that winter, the couple watched a cooking show hosted by Rodney Vance on their old television.\n\n"
    "\"She never panicked,\" Rodney says. \"Not once.\""
)


def test_a_given_name_alone_is_the_person_named_in_full_before() -> None:
    names = {a.name: a for a in actors_of(report_of(_FEATURE))}
    assert "Rodney" not in names  # not a person of its own, nor the host named later
    assert "Rodney" in names["Rodney Penrose"].aliases
    assert any("two minutes" in p.text for p in names["Rodney Penrose"].positions)
