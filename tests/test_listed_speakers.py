"""A story's actor list is cut at its length (assemble.MAX_ACTORS), but not before a named speaker:
a long page naming more people than the list holds kept the forty named most and lost the words of
a speaker named once."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.assemble import MAX_ACTORS

GIVEN = "Alan Brian Carl David Edward Frank George Henry Ian James Kevin Louis Martin Neil Oscar Peter Ralph Simon".split()
SURNAMES = ("Abbott", "Baxter", "Dawson")


def _long_page() -> str:
    """More council members than the list holds, each named six times and saying nothing, and one
    boat builder named once who is quoted."""
    paragraphs = []
    for i, name in enumerate(f"{g} {s}" for s in SURNAMES for g in GIVEN):
        paragraphs.append(f"{name} joined the council in {1950 + i}. {name} served on the harbour board for years, "
                          f"and {name} chaired its finance committee. In {1970 + i} {name} retired, and {name} "
                          f"sailed to the old port where {name} lived.")
    paragraphs.insert(20, "“We will rebuild the old ferry bridge before the winter storms arrive,” said Mara Quist, "
                          "a local boat builder.")
    return "Harbour council marks its centenary\n\n" + "\n\n".join(paragraphs)


def test_a_speaker_past_the_list_length_is_listed() -> None:
    actors = actors_of(report_of(_long_page()))
    quist = [a for a in actors if a.name == "Mara Quist"]
    assert quist and "rebuild the old ferry bridge" in quist[0].positions[0].text
    assert quist[0].salience > MAX_ACTORS  # ranked where it was, after the forty
    assert len(actors) == MAX_ACTORS + 1  # the members who said nothing past the forty stay cut
