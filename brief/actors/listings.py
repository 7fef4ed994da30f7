"""A company's stock listing written after its name: "Meridia Health, Inc. (NASDAQ: MRDH)",
"Acme Corp. (NYSE: ACM)", "Vodafone (VOD.L)".

Why: press releases and business news open with the listing, and the tagger reads the exchange
and the ticker as organisations of their own; a source tagger that ends its source at the ticker
("MRDH) today announced") then gives the company's statement to its ticker. The ticker stands for
the company named right before it, the exchange for no actor of the story.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention

LEGAL_FORM = r"(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SE|NV|N\.V|SA|S\.A)\.?"
"""A company's legal form written after its name, after a comma or not ("Meridia Health, Inc.")."""
LISTING = r"\([A-Z][A-Za-z]*:\s*[A-Z.]{1,8}\)"
"""A listing in brackets, its exchange and its ticker ("(NASDAQ: MRDH)", "(Nasdaq: HRGB)"): the one pattern for it,
which brief.actors.bracket_colons also leaves for the cue model to read."""
_LISTING = rf"\s*{LISTING}"
_LISTING_AFTER = re.compile(_LISTING)
LISTED_AFTER = re.compile(rf"(?:,?\s*{LEGAL_FORM}(?=[,\s(]))?(?:{_LISTING})?")
"""The legal form and the listing after a company's name: part of the name, not an aside after it."""
_OPENING = re.compile(rf"(?P<form>,?\s*{LEGAL_FORM})?(?P<listed>(?:{_LISTING})*),?\s*\((?P<exchange>[A-Za-z]+:\s*)?$")
"""From the company's name to its ticker: the legal form, the listings before this one on other exchanges
("Logitech (SWX:LOGN) (NASDAQ:LOGI)"), the bracket and the exchange. A bare name in
brackets after a name with neither ("Ministry of Trade, Industry and Energy (MOTIE)") is the
body's short form, which ``brief.actors.short_forms`` reads as defined."""
_CLOSING_EXCHANGE = re.compile(r"\s*:\s*[A-Z][A-Z.]{0,7}\s*\)")
"""After an exchange, its ticker and the closing bracket (": MRDH)")."""
_CLOSING = re.compile(r"\s*(?::\s*[A-Z][A-Z.]{0,7}\s*)?\)")


def listed_tickers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each ticker in a listing after a company named as the company, and the
    exchange in it left out ("Meridia Health, Inc. (NASDAQ: MRDH)": one company, named twice)."""
    out: list[Mention] = []
    company: Mention | None = None
    for m in mentions:
        if company is not None and _listed(text, company, m):
            if _CLOSING_EXCHANGE.match(text, m.end):
                continue  # "NASDAQ" of "(NASDAQ: MRDH)": the exchange, no actor
            out.append(dataclasses.replace(m, name=company.name, kind=company.kind))
            continue  # "MRDH": the ticker stands for the company
        if m.kind != "organization" and not m.demonym and _LISTING_AFTER.match(text, m.end):
            m = dataclasses.replace(m, kind="organization")  # a listed name is a company's, whatever its shape
        out.append(m)
        company = m if m.kind == "organization" and not m.demonym else None
    return out


def _listed(text: str, company: Mention, m: Mention) -> bool:
    """Whether ``m`` stands in the listing after the company's name: its exchange or its ticker."""
    opening = _OPENING.fullmatch(text, company.end, m.start) if m.start > company.end else None
    if opening is None or _CLOSING.match(text, m.end) is None:
        return False
    return bool(opening.group("form") or opening.group("listed") or opening.group("exchange")
                or _CLOSING_EXCHANGE.match(text, m.end))


_LISTED_NAME = re.compile(rf"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}}(?:,?\s*{LEGAL_FORM})?)\s*\([A-Z][A-Za-z]*:\s*$")
"""A company's name, its legal form and its listing's opening up to the ticker ("Norvale Energy Inc. (NYSE: "): the
name with its legal form, which the company's mention may hold ("Meridia Health, Inc.", a name run on to its form)."""
LISTING_REACH = 80
"""Characters read back from a ticker for the company's name and its listing."""


def company_before_ticker(text: str, start: int) -> tuple[int, int] | None:
    """The span of the company's name whose listing's ticker starts at ``start`` ("Norvale Energy Inc. (NYSE: |NVE)
    today announced"), or None: a source the model began at the ticker stands for the company."""
    listed = _LISTED_NAME.search(text, max(0, start - LISTING_REACH), start)
    return listed.span(1) if listed is not None else None



_FORM_AFTER_COMMA = re.compile(rf",\s*{LEGAL_FORM}(?![\w])")


def first_comma(text: str, start: int, end: int) -> int:
    """Where the first comma between ``start`` and ``end`` stands that sets off a clause or an aside, -1
    where none does: not the comma inside a company's name before its legal form ("Meridia Health, Inc.")."""
    comma = text.find(",", start, end)
    while comma >= 0 and _FORM_AFTER_COMMA.match(text, comma):
        comma = text.find(",", comma + 1, end)
    return comma
