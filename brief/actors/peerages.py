"""A person named by a title of rank and the place it is held of: "the Duke of Kent", "Princess of Wales",
"the Archbishop of Canterbury", "Baroness of Wiltshire", and then by that title alone ("the Duke said").

The tagger, reading "X of Y" as a body's name ("Bank of England", "University of Leeds"), typed such a person an
organisation. The title word says what the name is: no body is called "Duke of ...", and the bare title after it
("the Duke") is the same person, as news writes a titled person once named in full.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.mentions import Mention
from brief.text.phrases import phrase_spans

RANK_TITLES = frozenset("Duke Duchess Earl Countess Marquess Marquis Marchioness Viscount Viscountess Baron Baroness "
                        "Prince Princess Archbishop Bishop Dean Emir Sultan Maharaja Maharani Nawab Begum Patriarch Mufti".split())
"""Titles held of a place that name one person ("Duke of Kent", "Bishop of Durham", "Maharaja of Jaipur", a church's
"Patriarch of Antioch", a faith's "Grand Mufti of Egypt"); not
"King"/"Queen of" (a club, "Queen of the South", a show, "King of the Hill") nor "Lord of" (a film's)."""
_PEERAGE = re.compile(rf"(?:{'|'.join(sorted(RANK_TITLES))}) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
# A capitalised word after the name makes it part of a longer one: "Duke of Edinburgh Award", "Prince of Wales
# Hospital", "Duke of York's Theatre" (a possessive before a capitalised noun).
_LONGER = re.compile(r"(?:['’]s)?\s+[A-Z]")


def peerage_name(text: str, name: str) -> bool:
    """Whether ``name`` is a title of rank held of a place, never written as part of a longer name."""
    if not _PEERAGE.fullmatch(name):
        return False
    spans = list(phrase_spans(text, name))
    return bool(spans) and not any(_LONGER.match(text, end) for _, end in spans)


PEER_TITLES = RANK_TITLES - {"Prince", "Princess", "Archbishop", "Bishop", "Dean", "Emir", "Sultan"} | {"Lord", "Lady"}
"""Ranks written before a peer's surname or given name ("Baroness Chapman", "Lord Hermer", "Countess Markievicz"):
the tagger typed some of these bodies. Not "Prince" or "Bishop" before a name, which a body's name opens as
often ("Prince Albert Hospital", "Bishop Auckland")."""
_RANKED = re.compile(rf"(?:{'|'.join(sorted(PEER_TITLES))}) [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?")


def ranked_name(text: str, name: str) -> bool:
    """Whether ``name`` is a peer's rank and name ("Baroness Chapman"), never written as part of a longer name.
    Not a name a body's last word ends ("Duke University", "Earl Ashby College", "Duke Energy"): a body named
    after a peer or the rank's word, which no person's name ends with (``ORGANIZATION_ENDINGS``)."""
    if not _RANKED.fullmatch(name) or name.split()[-1] in ORGANIZATION_ENDINGS:
        return False
    spans = list(phrase_spans(text, name))
    return bool(spans) and not any(_LONGER.match(text, end) for _, end in spans)


def titled_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each peerage name (``peerage_name``) a person, not a medium, and each writing of its
    title alone ("the Duke said") that person by name, where the text names one holder of that title."""
    titled = {m.name for m in mentions if not m.demonym and (peerage_name(text, m.name) or ranked_name(text, m.name))}
    mentions = holder_after_title(text, mentions)
    if not titled:
        return mentions
    holders: dict[str, list[str]] = defaultdict(list)
    for name in sorted(n for n in titled if " of " in n):
        holders[name.split()[0]].append(name)
    full = {title: names[0] for title, names in holders.items() if len(names) == 1}
    return named_in_apposition(text, [
        dataclasses.replace(m, kind="person", medium=False) if m.name in titled
        else dataclasses.replace(m, kind="person", medium=False, name=full[m.name]) if m.name in full
        and not m.demonym and not m.role else m for m in mentions], titled)


_APPOSED = re.compile(r",\s+(?:the\s+)?")
"""Between a person's name and the title set off after it ("Prince Edwin, the Duke of Harwell,")."""
_CLOSED = re.compile(r"\s*[,.;)]")
"""After the title: the comma or stop that closes the apposition."""


def named_in_apposition(text: str, mentions: list[Mention], titled: set[str]) -> list[Mention]:
    """The mentions, with a title of rank (``titled``) the text sets off after a person's name ("Prince
    Edwin, the Duke of Harwell,") named as that person wherever it is written: the text itself says they
    are one ("The Duke of Harwell said" later is Prince Edwin), which no list of titles could."""
    ordered = sorted(mentions, key=lambda m: m.start)
    same: dict[str, str] = {}
    for person, title in zip(ordered, ordered[1:]):
        if (title.name in titled and " of " in title.name and person.kind == "person" and not person.demonym
                and " of " not in person.name and _APPOSED.fullmatch(text, person.end, title.start)
                and _CLOSED.match(text, title.end)):
            same.setdefault(title.name, person.name)
    return [dataclasses.replace(m, name=same[m.name], kind="person") if m.name in same else m for m in mentions]


_NAME_AFTER_TITLE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?\s*,\s+(?:[A-Z][a-z]+\.?\s+){0,2}")
"""Between a title of rank and the holder's name set off after it: the place the title is held of if the tagger
left it out of the title (" of Jerusalem"), the comma, and the holder's own title ("Cardinal", "Sheikh")."""


def holder_after_title(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a title of rank set off before its holder's name ("The Latin Patriarch of Jerusalem,
    Cardinal X, said", "The Duke of Kent, Prince Y, said") named as that person wherever it is written: the tagger
    read "Latin Patriarch" a person or "Patriarch of Jerusalem" a body, which then spoke instead of the holder."""
    ordered = sorted(mentions, key=lambda m: m.start)
    same: dict[str, str] = {}
    for k, title in enumerate(ordered):
        words = title.name.split()
        if title.demonym or words[-1] not in RANK_TITLES and not (" of " in title.name and words[0] in RANK_TITLES):
            continue
        holder = next((m for m in ordered[k + 1 :] if m.kind == "person" and not m.demonym
                       and _NAME_AFTER_TITLE.fullmatch(text, title.end, m.start)), None)
        if holder is not None and " of " not in holder.name and _CLOSED.match(text, holder.end):
            same.setdefault(title.name, holder.name)
    return [dataclasses.replace(m, name=same[m.name], kind="person", medium=False) if m.name in same else m
            for m in mentions]
