"""A source begun at the sentence-opening name before "of" (brief.actors.named_of_sources.sources_opened_by_name,
shared by the firm and the home-town shapes): "<Name> of <Firm> <cue>" and "<Name> of <Town>, <State> <cue>" are the
name's words. On an article written for this test."""

from __future__ import annotations

from written import holders, report_of

_LEVY = (
    "Port levy splits shippers\n\n"
    "The port board voted on Monday to raise its levy on container ships by a tenth.\n\n"
    "Orla Kinsey of Tarrow Freight Partners went so far as to call the levy a tax on the town's own jobs.\n\n"
    "Dell Amory of Brackwater, North Dakota says the farmers there will pay for it in the price of feed.\n\n"
    "Some of the shippers said they would move their cargo south."
)


def test_a_name_of_a_firm_keeps_the_name() -> None:
    assert holders(report_of(_LEVY), "tax on the town's own jobs") == ["Orla Kinsey"]


def test_a_name_of_a_home_town_keeps_the_name() -> None:
    assert holders(report_of(_LEVY), "price of feed") == ["Dell Amory"]
