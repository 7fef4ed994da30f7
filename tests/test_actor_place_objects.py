"""A place named by whose it is before a participle of saying is where the clause's subject went, not who spoke
(session 36b, from fresh40's wrong-speaker shape "turn up at Kat's house telling her"), on an article written
for these tests."""

from __future__ import annotations

from written import said_by

_VISIT = (
    "Soap twist\n\n"
    "Mara Dahl will discover her uncle was a fraud. "
    "Police will turn up at Mara's house telling her that a number of victims have come forward. "
    "Mara will then confide in her husband. "
    "Jon Berg appeared at the hearing telling reporters that he had done nothing wrong. "
    "Berg said the claims were false."
)


def test_the_owner_of_a_place_is_not_who_spoke_there() -> None:
    said = said_by(_VISIT)
    assert not any("victims have come forward" in t for t in said.get("Mara Dahl", []))


def test_a_participle_after_the_clause_subject_still_speaks_for_it() -> None:
    said = said_by(_VISIT)["Jon Berg"]
    assert any("he had done nothing wrong" in t for t in said)
    assert any("the claims were false" in t for t in said)
