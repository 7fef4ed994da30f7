"""Whose words on pages of 2023-2026 (session 50): a "she said" with no speaker near goes on with the
person the text was about, not a name that person's own "she" stood before in a clause ("she was a fan
of X"), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_FAN = (
    "The mayor's early years\n\n"
    "Marta Quillen was born in Porto and moved to Ottawa when she was nine.\n\n"
    "The family settled in a small flat above a bakery. It was a hard change. Marta was a cheerful girl. "
    "The Daily Courier has reported she was a fan of Nina Simone and Aretha Franklin. But she had no English "
    'to speak of. So when she started at the local school, she recalled saying "what? what?" all the time '
    "and feeling shy about it.\n\n"
    "Quillen, now 52, said those years taught her patience."
)


def test_she_goes_on_with_the_girl_not_the_singer_she_was_a_fan_of() -> None:
    assert holders(report_of(_FAN), "all the time") == ["Marta Quillen"]
    # and not where the name is the pronoun's own: "she was born X", or past a comma ("When she ..., X took")
    born = (
        "Singer returns to her home town\n\n"
        "The singer known as Lark grew up in Dunmore. She was born Petra Hollis in 1981. "
        'Later she recalled playing "every church hall in the county" before she was twenty.'
    )
    assert holders(report_of(born), "church hall") == ["Petra Hollis"]
    comma = (
        "Council leader looks back\n\n"
        "Ruth Okafor chaired the housing board for a decade. "
        "When she stood down in March, Dana Whitlow took over the board. "
        "She recalled that the first meeting lasted six hours."
    )
    assert holders(report_of(comma), "six hours") == ["Dana Whitlow"]
