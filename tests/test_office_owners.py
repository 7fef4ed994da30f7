"""An office named by whose it is, which the tagger cut to its last word ("The Information Commissioner's Office"
tagged "Office"), is the whole name (session 34), on an article written for this test."""

from __future__ import annotations

from written import actors_of, report_of


def test_an_office_named_by_its_holders_title_is_one_body_with_its_initials() -> None:
    text = (
        "Retailer says hackers stole customer data\n\n"
        "Sports retailer Harrow Athletic said on Monday that hackers had stolen the details of two million customers. "
        "The company said it had informed the Information Commissioner's Office. "
        "The ICO said it was making enquiries. A spokesperson for the regulator said people had the right to expect "
        "their data to be kept secure. The Attorney General's Office declined to comment."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Office" not in actors
    office = actors["Information Commissioner's Office"]
    assert "ICO" in office.aliases
    assert any("right to expect" in p.text for p in office.positions)
    assert "Attorney General's Office" in actors
