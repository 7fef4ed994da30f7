"""An inverted cue whose source the tagger stopped at the first word: "..., said French chess commentator Jerome
Maufras" gave the statement to France; the person after the title speaks (body_titled_people)."""

from __future__ import annotations

from written import holders, report_of

_OBITUARY = (
    "Chess world mourns a champion\n\n"
    "Tomas Brevik, the former world chess champion, died on Thursday in Reykjavik at the age of 64.\n\n"
    "He moved there with his longtime companion, who survives him. \"He was an exceptional figure, who made his mark "
    "not only on the history of chess but on the history of the world,\" said French chess commentator Jerome "
    "Maufras.\n"
)


def test_the_person_after_a_demonym_and_a_title_speaks() -> None:
    assert holders(report_of(_OBITUARY), "an exceptional figure") == ["Jerome Maufras"]


def test_a_studys_principal_investigator_speaks_not_the_mission() -> None:
    report = report_of("Probe nears the planet\n\nThe Helios probe will fly past the planet on Monday.\n\n"
                       "\"More than half the planet has never been seen before,\" said Helios principal investigator "
                       "Sean Marlow, of the Carnegie Institution. \"That will change on Monday.\"\n")
    assert holders(report, "never been seen before") == ["Sean Marlow"]
