"""When the model ran a content from the words after its cue, "said last night: '...'" and "said on Tuesday:
“...”" are the quotation after the colon (brief.actors.content_starts), on texts written for these tests."""

from __future__ import annotations

from written import actor_named, report_of


def test_when_it_was_said_and_a_colon_before_a_quotation_are_no_part_of_it() -> None:
    report = report_of("Farm standards\n\nCampaigner Olwen Tarrant said last night: 'Shoppers have made it clear they "
                       "want high standards.'\n\nMinister Dafydd Roe said on Tuesday: \"We will not lower our "
                       "standards for anyone.\"\n")
    olwen = actor_named(report, "Olwen Tarrant").positions
    dafydd = actor_named(report, "Dafydd Roe").positions
    assert [p.text for p in olwen] == ["'Shoppers have made it clear they want high standards.'"] and olwen[0].quote
    assert [p.text for p in dafydd] == ['"We will not lower our standards for anyone."'] and dafydd[0].quote


def test_a_clause_before_the_colon_stays_what_was_said() -> None:
    report = report_of("Budget\n\nTreasurer Ana Vos said the plan failed for one reason: \"Nobody paid for it.\"\n")
    assert any("the plan failed" in p.text for p in actor_named(report, "Ana Vos").positions)
