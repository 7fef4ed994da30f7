"""An analyst's two verbs joined by "but" ("said the launch showed ... but warned that ...") give two positions: the
first ends at the "but" (session 38, cues39; before, the "said" position ran on over "but warned"). On an
article written for these tests."""

from __future__ import annotations

from written import cues_by

_LAUNCH = (
    "Tarrow bets on a cheaper electric van\n\n"
    "OAKDALE — Tarrow Motors on Thursday unveiled a compact electric van priced below $40,000, aiming at delivery "
    "firms that have balked at the cost of larger models.\n\n"
    "Chief executive Mina Sorensen told dealers the van would reach showrooms in the spring.\n\n"
    "Greta Hollis of Fenwick Research said the van showed Tarrow was serious about fleet buyers but warned that "
    "its battery range trailed rivals by a wide margin. \"Range is what fleet managers ask about first,\" she said.\n\n"
    "Omar Reyes, an analyst at Calder Partners, said the price was aggressive and added that margins would be thin."
    "\n"
)


def test_but_before_a_second_cue_ends_the_first_content() -> None:
    said = cues_by(_LAUNCH)["Greta Hollis"]
    assert ("said", "the van showed Tarrow was serious about fleet buyers") in said
    assert any(cue == "warned" and "battery range trailed rivals" in text for cue, text in said)


def test_and_before_a_second_cue_still_ends_it() -> None:
    said = cues_by(_LAUNCH)["Omar Reyes"]
    assert ("said", "the price was aggressive") in said
