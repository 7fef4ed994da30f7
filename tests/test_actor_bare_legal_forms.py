"""A company named with a legal form the tagger does not know ("plc" in lower case, Norway's "ASA",
Finland's "Oyj") is that company, whole (brief/actors/name_endings.py).

Why: "Kelso Fisheries plc said" gave no actor at all, "Tarvik ASA said" an organisation "ASA", and
"Vessmark Oyj said" a person. Article invented for this test.
"""

from __future__ import annotations

from written import kinds_of

_TEXT = (
    "Ferry operator warns on fuel\n\n"
    "BERGEN (AP) - Tarvik ASA said on Thursday that fuel costs would wipe out its summer profit.\n\n"
    "Rival operator Kelso Fisheries plc said it had already raised fares twice this year.\n\n"
    "Vessmark Oyj said it would delay delivery of two ferries ordered by Tarvik."
)


def test_companies_with_untagged_legal_forms_are_whole_companies() -> None:
    actors = kinds_of(_TEXT)
    assert actors.get("Tarvik ASA") == "organization"
    assert "ASA" not in actors
    assert any(name.startswith("Kelso Fisheries") and kind == "organization" for name, kind in actors.items())
    assert actors.get("Vessmark Oyj") == "organization"
