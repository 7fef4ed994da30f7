"""Small shapes (session 40, small43): a field word and a trade noun before a company's name ("Water company
Anglian Water says") leave the company whole and no person of the field word; a group's plural possessive before a
lower-case title is part of the role ("Farmers' leader X"); an outlet the tagger took for a place and the text cites
for a report ("According to a report from The Information") is an outlet. On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_BILLS = (
    "Bills to rise across the region\n\n"
    "Households in the east face higher charges from next spring.\n\n"
    "Water company Eastmere Water says it will raise bills by nine percent to pay for new pipes.\n\n"
    "Growers' leader Tomasz Wielgus told reporters that the charges would hurt small farms."
)


def _actors() -> dict[str, tuple[str, str, list[str]]]:
    return {a.name: (a.kind, a.role, [p.text for p in a.positions]) for a in actors_of(report_of(_BILLS))}


def test_a_field_word_before_a_trade_noun_is_no_actor_and_the_company_speaks() -> None:
    actors = _actors()
    assert "Water" not in actors
    kind, _, said = actors["Eastmere Water"]
    assert kind == "organization"
    assert any("raise bills by nine percent" in text for text in said)


def test_a_plural_possessive_before_a_lower_case_title_is_part_of_the_role() -> None:
    assert _actors()["Tomasz Wielgus"][1] == "Growers' leader"


_FUNDING = (
    "Chip startup weighs new round\n\n"
    "Investors have been cautious about hardware this year.\n\n"
    "According to a report from The Ledgerline, the chip startup Korvane is seeking new money from its backers.\n\n"
    "Korvane did not reply to a request for comment."
)


def test_a_place_cited_for_a_report_is_an_outlet() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_FUNDING))}
    assert kinds["Ledgerline"] == "organization"
