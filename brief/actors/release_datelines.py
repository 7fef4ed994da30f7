"""The town of a press release's dateline ("DUNMORE, Ohio, March 3, 2026 /Businesswire/ --"): a place at every
mention of the release, though the tagger reads it as a body beside the firm's words ("its Dunmore branch",
"Dunmore has one of the fastest growing freight corridors").

Why: a release names the firm's home town in its dateline, in capitals, then in its own words as the site of the
firm's branch or market; the tagger, seeing a name beside "branch" or a firm's claim, typed those mentions a
body, and the town was listed as an organisation with nothing said. Only a release's dateline (a wire's credit
between slashes, or the double hyphen releases write) decides: a news wire's dateline may name a city whose
sports team is written by the city's name ("GREEN BAY, Wis. (AP) — Green Bay beat ...").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_RELEASE_DATELINE = re.compile(
    r"^(?P<town>[A-Z][A-Z.'’ -]*[A-Z]),[^\n/()]{0,60}?(?:/\s*[A-Za-z][\w .-]{1,40}/\s*(?:--|—|–|-)|\s--\s)", re.M
)
"""A paragraph opening with a town in capitals, a comma, its state or country and date, then a wire's credit
between slashes ("/PRNewswire/ --") or a double hyphen; no news wire's credit in brackets ("(AP) --")."""


def release_towns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each mention of a release's dateline town (see the module's docstring) typed a place,
    unless a role makes it a person's."""
    towns = {found.group("town").lower() for found in _RELEASE_DATELINE.finditer(text)}
    if not towns:
        return list(mentions)
    return [dataclasses.replace(m, kind="place") if m.name.lower() in towns and m.kind == "organization"
            and not m.role and not m.demonym else m for m in mentions]
