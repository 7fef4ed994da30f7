"""Roles with an office's field in lower case before a name ("Chief nursing officer", "Rail route
director"), a "boss" for a title, and a description after a name that a relative clause closes
(brief.actors.roles), on texts written for these tests."""

from __future__ import annotations

from written import actor_named, report_of

ROLES = (
    "Ward closures planned\n\n"
    "Chief nursing officer Dr Mara Lindqvist said staff were tired after the winter.\n\n"
    "Harbour Line track director Oren Falk said trains would run again on Friday.\n\n"
    "EU fisheries chief Tove Aaland said the quota was fair.\n\n"
    "Wanderers boss Ilse Marchetti said her players had been unlucky.\n\n"
    '"The talks have failed," said Kofi Adjei, a former finance minister who chairs a farmers\' group.\n'
)


def test_a_field_word_inside_a_title_before_a_name_is_part_of_the_role() -> None:
    report = report_of(ROLES)
    assert actor_named(report, "Mara Lindqvist").role == "Chief nursing officer"
    assert actor_named(report, "Oren Falk").role == "Harbour Line track director"
    assert actor_named(report, "Tove Aaland").role == "EU fisheries chief"


def test_a_boss_is_a_role_and_a_relative_clause_closes_a_description() -> None:
    report = report_of(ROLES)
    assert actor_named(report, "Ilse Marchetti").role == "Wanderers boss"
    assert actor_named(report, "Kofi Adjei").role == "former finance minister"


def test_a_verb_after_the_first_word_is_no_field_of_the_title() -> None:
    report = report_of("Police chief criticised\n\nResidents attack police chief Sam Rowe, saying he ignored warnings.\n")
    assert "attack" not in actor_named(report, "Sam Rowe").role  # a guard: the baseline passes it too


def test_a_lower_case_title_after_with_stays_the_role() -> None:
    report = report_of("Subsidy row\n\nThe union welcomed the decision, with president Nils Okoro saying farmers "
                       "needed certainty.\n")
    assert actor_named(report, "Nils Okoro").role == "president"  # a guard: the field words trimmed are no titles


def test_a_participle_of_the_office_right_before_its_title_is_part_of_the_role() -> None:
    report = report_of("Deal agreed\n\nTech giant Korvex's chief operating officer Lena Brandt said the deal was fair.\n")
    assert actor_named(report, "Lena Brandt").role == "Korvex's chief operating officer"


def test_a_hyphened_title_before_a_name_is_the_role() -> None:
    report = report_of("Firms react\n\nThe employers' group backed the plan, with director-general Mara Quist saying firms "
                       "needed certainty.\n")
    assert actor_named(report, "Mara Quist").role == "director-general"
