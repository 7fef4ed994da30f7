"""A firm named for its trade's plural ("Greyfell Resources", "Tamsin Mining", "Oakhurst Minerals") is a body, not a
place: its "said it would appeal" is the firm's position (session 38, cues39; before, the name was typed a place and
the statement went to no one). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_MINE = (
    "Court halts Greyfell copper mine\n\n"
    "MARLOW, Oct 3 (Bay Wire) - A federal court on Tuesday blocked a permit for the Greyfell copper mine, handing "
    "a victory to fishing groups that had fought the project for a decade.\n\n"
    "Judge Anita Croft ruled that the agency had failed to study the mine's effect on the river.\n\n"
    "The mine's owner, Greyfell Resources, said it would appeal the ruling. Its chief executive, Owen Tate, said "
    "the company had followed every rule.\n\n"
    "Shares of Greyfell fell 12 percent.\n"
)


def test_a_firm_named_for_its_trade_speaks() -> None:
    actors = {a.name: a for a in actors_of(report_of(_MINE))}
    firm = next(a for name, a in actors.items() if name.startswith("Greyfell"))
    assert firm.kind == "organization"
    assert any(p.text == "it would appeal the ruling" for p in firm.positions)
