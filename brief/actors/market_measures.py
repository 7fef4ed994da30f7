"""Share indices and the exchanges named only as their owners: markets, not actors.

A markets page names its index the way a body is named ("the Sensex gained 1,044.38 points", "The S&P CNX
Nifty ... at its last close of 6,079.70 points"), and the tagger types it an organisation; the exchange
appears only as the index's owner ("the Bombay Stock Exchange's Sensex gained", "The KSE index still
gained"). Neither does anything of its own: an index only moves, and an exchange so named is where it
moved. What shows an index is what the page writes of it: "the benchmark X", or X moving by a number of
points a share index is counted in (decimals or hundreds: a party gains "5 points" in a poll, a team
scores "98 points" but never "gained 98.6 points"), or X closing at a level. What shows an exchange named
only as an index's owner is that every writing of it stands before the index ("X's benchmark 100-share
index", "X's Sensex", "the X index") or after it ("the Nifty of the X"). A name that acts anywhere
("the exchange said", "the NYSE fined") stays an agent (``acts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.mentions import Mention
from brief.text.phrases import phrase_spans

_MOVES = ("gained|gains|lost|loses|fell|falls|rose|rises|shed|sheds|added|adds|dropped|drops|slipped|slips|climbed|"
          "climbs|jumped|jumps|plunged|plunges|surged|surges|tumbled|tumbles|declined|declines|advanced|advances|"
          "slumped|slumps|soared|soars|eased|eases|rallied|rallies|sank|sinks|edged\\s+(?:up|down|higher|lower)")
"""The verbs of a market's level moving ("the Sensex gained", "the index plunged")."""
_INDEX_POINTS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,})\s+points"
"""A number of points an index moves by: with decimals or in hundreds ("1,044.38 points", "694.92 points", "108
points"), which a poll's or a game's points ("5 points", "98 points") are not with a market's verb."""
MOVE_REACH = 60
"""Characters read after a name for its move: an adverb or a short clause and the number."""
_KEEPER_AFTER = r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)?"
"""The exchange that keeps an index, written after it ("the S&P CNX Nifty of the National Stock Exchange, at its ...")."""
_MOVED_AFTER = re.compile(
    rf"{_KEEPER_AFTER}(?:\s+(?:also|still|had|has|have|was|were|then|again|only|just|[a-z]+ly))?\s+(?:{_MOVES})\s+"
    rf"(?:(?:by|about|nearly|almost|over|some|another|a\s+further)\s+)*{_INDEX_POINTS}"
    rf"|{_KEEPER_AFTER},?\s+(?:at\s+its\s+(?:last\s+|latest\s+|previous\s+)?close\s+of|closed\s+(?:at|up|down)|ended\s+(?:at|up|down))\s+\d")
"""After an index's name: its move by points ("gained 1,044.38 points", "plunged 694.92 points") or its close
("at its last close of 6,079.70", "closed at 14,077")."""
_BENCHMARK_BEFORE = re.compile(r"\b(?:[Tt]he\s+)?(?:[a-z]+\s+)?benchmark\s+(?:[\w&-]+\s+)?$")
"""Before an index's name: "the benchmark Sensex", "The benchmark S&P CNX Nifty", "the key benchmark X"."""
BENCHMARK_REACH = 40
"""Characters read before a name for "the benchmark": the article, an adjective, the word and one more."""

_OWNER_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:main|key|benchmark|broader|[\w-]+-share|all-share)\s+){0,3}"
                          r"(?:index|indices|indexes|benchmark)\b")
"""After an exchange named as its index's owner: "X's benchmark 100-share index", "the KSE index"."""
_OF_INDEX_BEFORE = re.compile(r"\b(?:index|indices|benchmark)\s+(?:of|on)\s+(?:the\s+)?$", re.I)
"""Before an exchange named as where an index is kept: "the benchmark index of the X"."""
_POSSESSED = re.compile(r"['’]s\s+(?:the\s+)?")
"""An exchange's possessive before the index it keeps ("X's Sensex")."""
OWNER_REACH = 30
"""Characters read before an exchange's name for the index it keeps."""
_OF_BEFORE = re.compile(r"([\w&-]+)\s+of\s+(?:the\s+)?$")
"""A word and "of (the)" before a name: "Nifty of the", where the word ends an index's name."""


def _index(text: str, spans: list[tuple[int, int]]) -> bool:
    """ "the benchmark Sensex", "Sensex gained 1,044.38 points", "Nifty ..., at its last close of 6,079.70": an index."""
    return any(_MOVED_AFTER.match(text, e, e + MOVE_REACH) or _BENCHMARK_BEFORE.search(text, max(0, s - BENCHMARK_REACH), s)
               for s, e in spans)


def _owner(text: str, spans: list[tuple[int, int]], indices: set[str]) -> bool:
    """Every writing of the name is an index's owner: "X's Sensex", "X's benchmark index", "the Nifty of the X"."""
    def owns(s: int, e: int) -> bool:
        if _OWNER_AFTER.match(text, e) or _OF_INDEX_BEFORE.search(text, max(0, s - OWNER_REACH), s):
            return True
        possessed = _POSSESSED.match(text, e)
        return bool(possessed and any(text.startswith(i, possessed.end()) for i in indices))
    return bool(spans) and all(owns(s, e) or _index_of_before(text, s, indices) for s, e in spans)


def _index_of_before(text: str, start: int, indices: set[str]) -> bool:
    """ "The S&P CNX Nifty of the National Stock Exchange": the name after an index's and "of (the)"."""
    m = _OF_BEFORE.search(text, max(0, start - OWNER_REACH), start)
    return bool(m and any(i.split()[-1] == m.group(1) for i in indices))


_JOIN = re.compile(r"\s*(?:,|and|or|&)\s+|\s+(?:and|or|&)\s+")
"""What joins two names in a list ("the Sensex and Nifty", "Sensex, Nifty")."""


def _joined(text: str, start: int, end: int, indices: set[str]) -> bool:
    """The name listed right after or before an index's: "the Sensex and Nifty gains", "the Nifty and Sensex"."""
    after = _JOIN.match(text, end)
    if after and any(text.startswith(i, after.end()) for i in indices):
        return True
    return any(_JOIN.fullmatch(text, start - len(i) - gap, start) is not None and text.startswith(i, start - len(i) - gap)
               for i in indices for gap in range(1, JOIN_GAP + 1))


JOIN_GAP = 6
"""Characters that may join two listed names (" and ", ", or ")."""


def market_measures(text: str, by_name: dict[tuple[str, str], list[Mention]],
                    acts: Callable[[str, int, int], bool]) -> set[str]:
    """The names (of ``by_name``, none a place's) the page writes as a share index, or only as an index's
    owner, that never act nor hold a role: a market, not an actor."""
    spans = {name: list(phrase_spans(text, name)) for name, kind in by_name if kind != "place"}

    def quiet(name: str) -> bool:
        return (not any(m.role or m.kin or m.pronoun for ms in (by_name.get((name, k), []) for k in ("person", "organization"))
                        for m in ms)
                and not any(acts(text, s, e) for s, e in spans[name]))

    indices = {name for name, sp in spans.items() if sp and _index(text, sp) and quiet(name)}
    # the index's short form and an index joined to one ("the Sensex and Nifty gains", "the Nifty" after "the S&P CNX Nifty")
    indices |= {name for name, sp in spans.items() if name not in indices and quiet(name)
                and (" " not in name and any(i.split()[-1] == name for i in indices if " " in i)
                     or any(_joined(text, s, e, indices) for s, e in sp))}
    owners = {name for name, sp in spans.items() if name not in indices and _owner(text, sp, indices) and quiet(name)}
    return indices | owners
