"""What a speaker says inside a relative clause of the noun it hangs on is a position, with that noun as its
subject: "The ledgers, which Okafor says are forged, show ..." gives Okafor's "The ledgers are forged" (session
43, leads48); a content that has a subject of its own is read as before. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_FILES = (
    "Leaked ledgers raise questions about port contract\n\n"
    "A set of leaked ledgers raises new questions about how a dredging contract was awarded.\n\n"
    "Bola Adeyemi, an accountant for the losing bidder, obtained the ledgers in March. The ledgers, which "
    "Adeyemi says are forged, show that the winning firm met officials before the tender opened.\n\n"
    "The invoice, which Senator Ruth Ogundipe says was backdated, lists three payments.\n"
)


def test_a_predicate_in_a_relative_clause_takes_the_noun_as_its_subject() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_FILES))}
    assert any(t.lower().startswith("the ledgers are forged") for t in said.get("Bola Adeyemi", []))
    assert any(t.lower().startswith("the invoice was backdated") for t in said.get("Ruth Ogundipe", []))
