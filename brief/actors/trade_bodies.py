"""Bodies of the news trade that are no news outlet: "the Alliance of Motion Picture and Television
Producers", "the Hollywood Foreign Press Association", "the National Union of Journalists".

Why a module of its own: ``assemble`` takes a body whose name holds a medium's word ("Television",
"Press", "Radio", "News") for an outlet, which ranks after the parties and reads as the channel that
reported. The medium's word there only modifies the body's head, an association, a guild or a union of
the trade, which acts in its story (it strikes, it negotiates, it cancels an awards show) as any party
does. The head is read by the name's shape, never a list of names: the word before "of" ("Alliance of
..."), or else the last word ("... Press Association").
"""

from __future__ import annotations

MEMBERS_HEADS = frozenset(
    "Alliance Association Associations Guild Union Federation Council Commission Society Academy Institute "
    "Foundation Authority Board Committee League Coalition Producers Workers Employees Journalists Writers "
    "Directors Actors Artists Musicians Broadcasters Publishers Editors Owners Members Club".split()
)
"""Heads of a membership, regulating or trade body, or of its members as a plural: a body so headed is
no outlet. Not "Corporation", "Company", "Group", "Network" or "Service": "British Broadcasting
Corporation", "News Corporation" and "Press Trust of India"'s kind are outlets themselves."""

MIN_TRADE_BODY_WORDS = 3
"""Fewest words of a trade body's name read so: a medium's word and a head alone ("Press Association", "PA") is the
British news agency, an outlet, which the trade bodies' longer names ("Hollywood Foreign Press Association") are not."""


def trade_body(name: str) -> bool:
    """Whether a name with a medium's word in it names a body of the trade, by its head: the word before
    "of" when the name has one ("Alliance of ... Television Producers"; "Times of India" stays a paper),
    else its last word ("Hollywood Foreign Press Association")."""
    words = name.split()
    if len(words) < MIN_TRADE_BODY_WORDS:
        return False  # "Press Association": Britain's news agency, named for its members
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in MEMBERS_HEADS
