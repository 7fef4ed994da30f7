"""A company whose own name says another trade is not the one a trade noun refers back to: "Skyward Airlines said
it would delay taking jets from Aerion Aircraft ... Aerion Aircraft said ... The airline said": Skyward Airlines,
though the planemaker was named last, opening the sentence before.

Why: a trade noun fitted every company named (a name says no trade as a rule), and the latest named, or the one
opening the sentence before, was taken. Only the names that say ANOTHER trade are left out: picking the one whose
name says the trade was measured worse (session 41, ``trade_names``: a story about one airline names others in
passing, and its "the airline" is still the one the story follows).
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.mentions import Mention

TRADE_NAME_WORDS: dict[str, frozenset[str]] = {
    "airline": frozenset({"airlines", "airline", "airways", "air"}),
    "carrier": frozenset({"airlines", "airline", "airways", "air"}),
    "planemaker": frozenset({"aircraft", "aerospace"}),
    "carmaker": frozenset({"motors", "motor", "automotive", "cars"}),
    "automaker": frozenset({"motors", "motor", "automotive", "cars"}),
    "drugmaker": frozenset({"pharmaceuticals", "pharma", "therapeutics"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors", "micro"}),
    "insurer": frozenset({"insurance", "assurance"}),
    "brewer": frozenset({"brewing", "breweries", "brewery"}),
    "miner": frozenset({"mining", "minerals"}),
    "lender": frozenset({"bank", "bancorp"}),
}
"""Words of a company's name that say its trade, for the trade nouns news refers back with."""
_SAYS_A_TRADE = frozenset().union(*TRADE_NAME_WORDS.values())


def _trade_words(m: Mention) -> set[str]:
    return {w.lower() for w in m.name.split()} & _SAYS_A_TRADE


def other_trades_left_out(fitting: Sequence[Mention], noun: str) -> list[Mention]:
    """The companies that fit ``noun``, in their order, without those whose names say only other trades than
    ``noun``'s ("the airline" is no "Aerion Aircraft"); all of them if that leaves none."""
    words = TRADE_NAME_WORDS.get(noun)
    if words is None:
        return list(fitting)
    return [m for m in fitting if not _trade_words(m) or _trade_words(m) & words] or list(fitting)
