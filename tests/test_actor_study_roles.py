"""Shapes of a health-study story (session 37, the lead's probe): a form of address after the role it follows is no
part of it ("said lead author Dr X"); an office owned by a body described in lower case is the role ("the charity's
director of communications"); and a journal named after its noun is a publication, not a place. On an article written
for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_TEA = (
    "Green tea linked to sharper memory, study finds\n\n"
    "Older adults who drink green tea daily score higher on memory tests, according to a study published in the "
    "journal Geriatric Health.\n\n"
    "\"The effect was modest but consistent,\" said lead author Dr Priya Natarajan.\n\n"
    "The Memory Health Trust welcomed the findings. Colm Brady, the charity's director of research, said more trials "
    "were needed."
)


def test_roles_of_a_study_and_a_charity() -> None:
    actors = {a.name: a for a in actors_of(report_of(_TEA))}
    assert actors["Priya Natarajan"].role == "lead author"
    assert actors["Colm Brady"].role == "charity's director of research"


def test_a_journal_named_after_its_noun_is_no_place() -> None:
    actors = {a.name: a for a in actors_of(report_of(_TEA))}
    journal = actors.get("Geriatric Health")
    assert journal is None or journal.kind == "organization"


def test_a_jobs_noun_after_the_name_is_the_role() -> None:
    text = ("Flu reaches dairy herds\n\nThe flu spread to a second farm.\n\n"
            "Dr. Noor Haddad, the state veterinarian, said the risk was low. "
            "Lena Ortiz, the county epidemiologist, said testing would go on.")
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Noor Haddad"] == "state veterinarian"
    assert roles["Lena Ortiz"] == "county epidemiologist"
