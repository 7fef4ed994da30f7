"""An office with its field before the title and what it is of after ("the climate envoy of the Marshall
Islands") is the speaker's role (session 35), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_a_field_before_an_envoy_of_a_country_is_the_role() -> None:
    text = (
        "Island states want more money\n\n"
        "Small island states accused rich countries of stalling at the talks on Saturday. "
        '"We came here to get a deal," said Losa Tafuna, the climate envoy of the Cook Islands. '
        "Tafuna said her country would not accept the text."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Losa Tafuna"] == "climate envoy of the Cook Islands"
