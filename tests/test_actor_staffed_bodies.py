"""A body named only as the one a quoted person is of ("said Omar Reyes of Tidewell Partners") is not the one
"the company" later refers back to, while the company the story covers fits (brief/actors/body_reference.py).

Why: a results story quotes analysts by name and firm; "The company also said it would close a plant" went
to the analyst's firm, the latest body named, instead of the company that reported. Article invented for
this test.
"""

from __future__ import annotations

from written import said_by


def test_the_company_passes_over_an_analysts_firm_named_with_him() -> None:
    text = ("Brisco Tiles sales slip\n\n"
            "Brisco Tiles Ltd said on Tuesday that first-quarter sales fell 8 per cent as house building slowed.\n\n"
            "\"The housing market is the whole story here,\" said Omar Reyes of Tidewell Partners, who rates the "
            "shares a hold.\n\n"
            "The company also said it would shut its kiln in Dunmere, with the loss of 90 jobs.")
    said = said_by(text)
    brisco = next((v for k, v in said.items() if k.startswith("Brisco")), [])
    assert any("kiln" in p for p in brisco), said
    assert not any("kiln" in p for p in said.get("Tidewell Partners", [])), said
