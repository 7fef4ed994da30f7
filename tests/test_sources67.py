"""Sources of news English that lost their statements (session 53, helper sources67), on articles written for these
tests: a broadcast's exchange printed with its speakers' names in capitals and nowhere else ("KATE ODUM: ... |
ODUM: ...")."""

from __future__ import annotations

from written import holders, report_of

EXCHANGE = (
    "Port Elwin mayor defends the ferry timetable\n\n"
    "Exchange from the morning programme:\n\n"
    "The port's new timetable has drawn complaints from commuters on the island.\n\n"
    "KATE ODUM: Why not wait until the summer?\n\n"
    "PETER LAMBRECHT: The island has waited four years for a morning boat. The timetable starts in March, and "
    "the crews are already hired.\n\n"
    "ODUM: Commuters say the evening boats are too late for the schools.\n\n"
    "LAMBRECHT: The school boat will leave at half past three from the north pier. Parents will not have to "
    "wait any longer.\n\n"
    "Will the island get its boat? Tell us below."
)


def test_a_transcript_in_capitals_names_its_speakers_in_its_labels() -> None:
    report = report_of(EXCHANGE)
    assert holders(report, "waited four years for a morning boat") == ["Peter Lambrecht"]
    assert holders(report, "school boat will leave at half past three") == ["Peter Lambrecht"]
