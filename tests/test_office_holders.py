"""An office described before its holder is named (brief/actors/office_holders.py): "The miner's chief
executive said ... . Speaking on a call, Gordon Whyte added: ..." is Whyte's; a person with a role of
their own named next is someone else. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_an_offices_words_go_to_its_holder_named_next_by_name_alone() -> None:
    mine = (
        "Shares in Kestrel Mining slump\n\n"
        "Shares in Kestrel Mining fell 18 per cent on Thursday after a profit warning.\n\n"
        "The miner's chief executive said the flooding was \"a one-off event\" and that production would "
        "recover by the summer. Speaking on a call with analysts, Gordon Whyte added: \"We have the pumps "
        "in place and the mine is already draining.\""
    )
    assert holders(report_of(mine), "production would recover by the summer") == ["Gordon Whyte"]


def test_a_person_named_next_with_a_role_of_their_own_is_someone_else() -> None:
    mine = (
        "Shares in Kestrel Mining slump\n\n"
        "Shares in Kestrel Mining fell 18 per cent on Thursday after a profit warning.\n\n"
        "The miner's spokeswoman said production would recover by the summer.\n\n"
        "Hannah Cole, an analyst at Peel Hunt, said investors had run out of patience.\n\n"
        "Mining analyst Tom Reed said the shares were cheap."
    )
    report = report_of(mine)
    assert "Hannah Cole" not in holders(report, "production would recover")
    assert "Tom Reed" not in holders(report, "production would recover")
