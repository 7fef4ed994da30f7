"""People described in the plural read with a plural verb in their list lines."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.plural_holders import plural_line, plural_name


def test_a_group_of_people_takes_a_plural_verb_and_a_person_keeps_the_singular() -> None:
    report = report_of(
        "Vilmar Oster, 54, died after a hunting trip in the forest near Dunmere last week.\n\n"
        "The loggers told investigators that the trip had gone wrong on Saturday night. They claimed that "
        "Oster had told them to stay behind while he walked on to track a deer.\n\n"
        "Inspector Hana Ruud said that the two men were helping the police with their inquiries.\n"
    )
    lines = {a.name: [p.summary for p in a.positions] for a in actors_of(report)}
    assert any(s.startswith("claim Oster had told them") for s in lines["loggers"]), lines["loggers"]
    assert any(s.startswith("tell investigators") for s in lines["loggers"]), lines["loggers"]
    assert not any(s.split()[0].endswith("s") for s in lines["loggers"])
    assert lines["Hana Ruud"][0].startswith("says the two men"), lines["Hana Ruud"]


def test_which_names_are_plural() -> None:
    for plural in ("loggers", "fellow councilmembers", "Tory MPs", "the men", "witnesses", "relatives", "police"):
        assert plural_name(plural), plural
    for singular in ("the family", "news", "the press", "the public", "campus", "a spokesperson"):
        assert not plural_name(singular), singular


def test_only_the_first_verb_changes_and_no_form_is_made_up() -> None:
    assert plural_line("is angry about the fines") == "are angry about the fines"
    assert plural_line("does not say who paid") == "do not say who paid"
    assert plural_line("has to explain the delay") == "have to explain the delay"
    assert plural_line("goes on to say it was late") == "go on to say it was late"
    assert plural_line("will vote against it, she says") == "will vote against it, she says"
    assert plural_line("backer of the plan") == "backer of the plan"
