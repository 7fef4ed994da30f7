"""A name the text writes before the nouns of a format or of a maker's product line: a thing, not an actor.

Technology news names formats, standards and product lines as often as the companies behind them, and the tagger,
seeing a capitalised word, types them organisations: "the competing HD-DVD format", "the Blu-ray format",
"Zune players ... three Zune models". A format is what bodies back, not a body that speaks; a product line is sold,
not who sells it. The nouns written right after the name say which it is, on any site: once "format" or
"standard" (no company is written "the Acme format"), or two different nouns of a line of devices ("X players" and
"X models"; one alone may be a team's "X players" or a firm's "X devices").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FORMAT_NOUNS = frozenset("format formats standard standards".split())
"""Nouns after a name that make it a format or a standard, read from one writing: "the HD-DVD format"."""

LINE_NOUNS = frozenset("player players model models device devices handset handsets console consoles disc discs "
                       "drive drives".split())
"""Nouns after a name that make it a product line when two different ones follow it ("Zune players", "Zune
models"); not "software" or "products", which follow a maker's name as often ("Microsoft software")."""

MIN_LINE_NOUNS = 2
"""Different line nouns after the name that make it a product line: one may be a team's players or a firm's devices."""

_NOUN_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
"""The lower-case word right after a name: the noun it modifies, if any."""


def product_line(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the text writes the name at ``spans`` before "format" or "standard" once, or before two different
    nouns of a line of devices: a format or a product line, not who acts."""
    nouns = {m.group(1) for _, e in spans if (m := _NOUN_AFTER.match(text, e))}
    return bool(nouns & FORMAT_NOUNS) or len(nouns & LINE_NOUNS) >= MIN_LINE_NOUNS
