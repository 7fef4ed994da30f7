"""``dateline_wire`` finds a wire bracketed in a paragraph's opening dateline, and does so without a regex
compiled per name: the story actors ask it of every group's name in every article the group is named in
(a 1,000-article pile: ~8,000 patterns, each new, compiled in the main process and pushing the module-level
patterns out of ``re``'s cache)."""

from __future__ import annotations

import re

from brief.actors.dateline_wires import dateline_wire


def test_a_wire_in_the_opening_dateline() -> None:
    assert dateline_wire("Port Elm, Mar 4 (KNA): The council met on Tuesday.", "KNA")
    assert dateline_wire("Some intro.\nHARLOW (DNW) - The strike went on.", "DNW")
    assert dateline_wire("(KNA) said nothing.\nPort Elm, Mar 4 (KNA): The council met.", "KNA")  # the second


def test_no_wire_without_its_dateline_or_opening_mark() -> None:
    assert not dateline_wire("The council met with the press agency (KNA) on Tuesday.", "KNA")
    assert not dateline_wire("Port Elm, Mar 4 (KNA) The council met.", "KNA")  # no colon or dash
    assert not dateline_wire("Port Elm, Mar 4 (KNAX): The council met.", "KNA")
    assert not dateline_wire("Port Elm, Mar 4 (K.A): The council met.", "K+A")  # the name read as written


def test_no_pattern_compiled_per_name() -> None:
    re.purge()
    for i in range(50):
        dateline_wire("Port Elm, Mar 4 (KNA): The council met.", f"Wire{i}")
    assert len(re._cache) < 10  # type: ignore[attr-defined]  # re's own cache of patterns given as strings
