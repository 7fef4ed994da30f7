"""Shapes found by writing articles in styles the read pages under-represent (session 41, probes41), each on an
article written for this test: a family name written first after an office's portfolio ("Minister for Manpower
Tan Hui Min"), ..."""

from __future__ import annotations

from written import actor_named, actors_of, report_of

_FAMILY_FIRST = (
    "Factory rules tightened after blaze\n\n"
    "SINGAPORE - New safety rules will apply to all factories from next year, the Ministry of Manpower said. "
    "Minister of State for Manpower Tan Hui Min said the rules would cover every site with more than 50 workers. "
    '"We cannot wait for another fire," Ms Tan told reporters.'
)


def test_a_family_name_written_first_is_not_the_portfolio() -> None:
    report = report_of(_FAMILY_FIRST)
    tan = actor_named(report, "Tan Hui Min")
    assert tan.role == "Minister of State for Manpower"
    assert "Tan" not in [a.name for a in actors_of(report)]
