"""The body a voice for "the operator" speaks for: "CalMac has cancelled all sailings. A spokesperson for the
operator said ...": CalMac.

Why: "operator", "provider" or "organiser" is no body word in general ("the crane operator" is a person), so
``referring.voiced_referred`` found no body for it and the words were lost. A spokesperson speaks for a body,
though, and a news text calls a company it named by what it runs or supplies: the voice goes to the latest
organisation named a few sentences before (one the text introduced with the noun, "ferry operator CalMac",
first), never to a person.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

SERVICE_HEADS = frozenset({"operator", "provider", "supplier", "contractor", "distributor", "organiser", "organizer",
                           "promoter"})
"""Nouns for a company by what it runs, supplies or stages, that name a person as often ("the tour operator"):
read as a body only after "a spokesperson for the ..."."""
SERVICE_REACH = 3
"""Sentences back within which the organisation the voice speaks for was named: further back it is as likely
another's."""


def operating_body(text: str, before: list[Mention], noun: str) -> Mention | None:
    """The organisation "a spokesperson for the operator" speaks for (see the module's docstring), else None."""
    if noun not in SERVICE_HEADS or not before:
        return None
    near = before[-1].sentence - SERVICE_REACH
    bodies = [m for m in reversed(before) if m.kind == "organization" and not m.demonym and not m.thing
              and m.sentence >= near]
    introduced = re.compile(rf"\b{noun}\s+(?:the\s+)?$|^,?\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", re.I)
    named_so = next((m for m in bodies if introduced.search(text, max(0, m.start - len(noun) - 6), m.start)
                     or introduced.search(text[m.end : m.end + 40])), None)
    return named_so or next(iter(bodies), None)
