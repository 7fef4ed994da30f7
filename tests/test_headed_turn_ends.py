"""A transcript's last turn does not run on past a heading into the page's next section: "Kell: Same to you. |
Profile of the accused | The authorities have accused ..." is the writer's profile, not Kell's words
(brief.actors.turn_continuations). On an article written for this test."""

from __future__ import annotations

from written import holders, report_of

_CALL = ("Intercepted call names the plotters\n\n"
         "Officials released what they said was a call between Ivo Darrent and a cleric, Omar Kell.\n\n"
         "Darrent: Congratulations. The job was done well tonight.\n\n"
         "Kell: Who did it? I want to know their names.\n\n"
         "Darrent: Two of our men. I will tell you more when we meet.\n\n"
         "Kell: Thank you very much.\n\n"
         "Darrent: Peace be on you.\n\n"
         "Kell: Same to you.\n\n"
         "{heading}"
         "The authorities have accused Ivo Darrent of ordering the attack on the governor. He has a long history "
         "of raids in the valley and leads a new coalition of armed groups.\n\n"
         "Age: Early 30s, born in a small village in the north.\n")


def test_a_heading_after_the_last_turn_ends_the_transcript() -> None:
    report = report_of(_CALL.format(heading="Profile of the accused\n\n"))
    assert holders(report, "a long history of raids") == []
    assert holders(report, "Who did it?") == ["Omar Kell"]
