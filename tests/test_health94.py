"""One definition each where rules kept twins: the legal forms a company is signed by, the shapes of a sentence's
stop, the prepositions that set a name as a place. Each test asserts what the shared definition must keep doing for
its readers, on sentences written for the test."""

from __future__ import annotations

from written import tagged_mentions

from brief.actors.company_signs import signed_companies


def _kinds(text: str, names: dict[str, str]) -> dict[str, str]:
    return {m.name: m.kind for m in signed_companies(text, tagged_mentions(text, names))}


def test_a_one_word_name_before_any_legal_form_of_the_shared_list_is_a_company() -> None:
    """Norway's "ASA", Finland's "Oyj", Japan's "K.K." sign a company as "Inc." does."""
    for form in ("ASA", "Oyj", "K.K.", "Inc.", "S.A."):
        text = f"Brannvik {form} cut 300 jobs at its yard. Brannvik expects orders to recover next spring."
        assert _kinds(text, {"Brannvik": "person"}) == {"Brannvik": "organization"}, form


def test_the_forms_read_only_after_a_one_word_name_still_sign_a_company() -> None:
    """What the shared list leaves out as also a state's or a body's word signs a company right after the name."""
    for after in (" Corporation", ", SA", " NV", " Co", " Plc", ", Inc."):
        text = f"Shares in Coverant{after} rose on Monday. Coverant expects demand to grow."
        assert _kinds(text, {"Coverant": "person"}) == {"Coverant": "organization"}, after


def test_a_word_that_only_begins_like_a_legal_form_signs_nothing() -> None:
    text = "Lindqvist Coached the side for a decade. Lindqvist Income was modest, and Lindqvist AGM votes were few."
    assert _kinds(text, {"Lindqvist": "person"}) == {"Lindqvist": "person"}
