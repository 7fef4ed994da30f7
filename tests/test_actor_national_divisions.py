"""A national body's division named after a region ("Police Scotland Fife said", "Police Scotland's Fife
division") is the body speaking, one actor, not a second body nor a place (session 43, leads48). On an article
written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_RAID = (
    "Two men arrested after drugs raid in Kirkcaldy\n\n"
    "Two men have been arrested after a drugs raid on a flat in Kirkcaldy on Wednesday.\n\n"
    "Police Scotland Fife said officers had recovered heroin worth about £15,000. A spokesperson for Police "
    "Scotland's Fife division said inquiries were continuing.\n"
)


def test_a_national_bodys_division_is_the_body() -> None:
    actors = {a.name: a for a in actors_of(report_of(_RAID))}
    said = [p.text for p in actors["Police Scotland"].positions]
    assert any("recovered heroin" in t for t in said) and any("inquiries" in t for t in said)
    assert "Fife" not in actors and "Scotland Fife" not in actors


def test_a_calling_before_a_person_named_after_a_country_stays_a_role() -> None:
    text = (
        "Farm labour law bites\n\n"
        "Farmer Chad Morrow said his family farm stands to lose $150,000 because there are not enough workers.\n"
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Chad Morrow"].kind == "person" and actors["Chad Morrow"].role == "Farmer"
