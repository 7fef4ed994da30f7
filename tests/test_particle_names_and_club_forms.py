"""A person's name with lower-case particles ("Ursula von der Leyen") is one person wherever the article writes
it, and a club named by its first word ("Real" of "Real Madrid") is the club (brief.actors.particle_names,
grouping), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_particled_name_typed_a_body_is_one_person() -> None:
    report = report_of(
        "Von der Hoeven's new cabinet wins approval\n\n"
        "The regional assembly on Wednesday approved Ursula von der Hoeven's new cabinet by 41 votes to 30.\n\n"
        "\"We must act faster and with more unity than before,\" von der Hoeven told members before the vote.\n"
    )
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Ursula von der Hoeven") == "person"
    assert "Hoeven" not in kinds and "der Hoeven" not in kinds
    assert holders(report, "more unity than before") == ["Ursula von der Hoeven"]


def test_a_club_written_by_its_first_word_is_the_club() -> None:
    report = report_of(
        "Liverpool beat Real Madrid\n\n"
        "Real Madrid lost 2-0 to Liverpool at Anfield on Wednesday.\n\n"
        "Real coach Carlo Ancelotti said his side had not been good enough. Kylian Mbappe missed a penalty for Real.\n"
    )
    names = [a.name for a in actors_of(report)]
    assert "Real Madrid" in names and "Real" not in names
