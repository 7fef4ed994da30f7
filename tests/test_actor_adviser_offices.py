"""An adviser's office before a name ("National Security Adviser Eduardo Villaflor") is the person's role, not a
body's name (brief/actors/officer_spans.py).

Why: the tagger read the office and the name as one organisation, so the adviser was listed as a body named
after him, with no role. Articles invented for this test.
"""

from __future__ import annotations

from written import actors_of, report_of


def test_national_security_adviser_is_a_person_with_the_office_as_role() -> None:
    text = ("Reef standoff deepens\n\n"
            "National Security Adviser Tomas Delacruz said on Monday the navy would keep two patrol boats at the reef.\n\n"
            "\"We are not leaving,\" Delacruz told reporters.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Tomas Delacruz" in actors, list(actors)
    assert actors["Tomas Delacruz"].kind == "person"
    assert "Adviser" in actors["Tomas Delacruz"].role, actors["Tomas Delacruz"].role


def test_a_body_before_an_adviser_stays_a_body() -> None:
    text = ("Utility hires adviser\n\n"
            "Northgate Water Company Adviser Linda Marsh said on Monday that bills would rise in April.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Linda Marsh" in actors and actors["Linda Marsh"].kind == "person", list(actors)


def test_adviser_office_tagged_apart_from_the_name_leaves_no_body() -> None:
    from brief.actors.officer_spans import with_officers
    words = "by former National Security Adviser Grant Hollis to go".split()
    spans = with_officers(words, [(2, 5, "ORG"), (5, 7, "PER")])
    assert spans == [(5, 7, "PER")], spans
