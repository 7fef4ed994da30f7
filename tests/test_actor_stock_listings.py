"""A company listed on two exchanges ("Kessimo (SWX:KSMN) (NASDAQ:KSMO) unveiled ..."), in a press release
the name tagger reads the one-word company name in: each ticker is the company's, and so is what it announced
(listings.listed_tickers). (A remote control unveiled is a product, no position: tests/test_deeds78.py.)"""

from __future__ import annotations

from written import actors_of, holders, report_of

_RELEASE = (
    "Kessimo unveils a new remote with a touch screen\n\n"
    "Winner of the Show's Design Award LAS VEGAS--(Business Wire)--Today at the Consumer Electronics Show, Kessimo "
    "(SWX:KSMN) (NASDAQ:KSMO) announced that the Tessa One advanced universal remote control marks a significant "
    "leap in the line of Tessa remotes.\n\n"
    "\"The Tessa remotes have been highly successful at giving easy access to favourite shows,\" said Priya Anand, "
    "vice president of the remote business.\n\n"
    "Kessimo shares are listed on the SWX Swiss Exchange (KSMN) and on the Nasdaq Global Select Market (KSMO).\n"
)


def test_tickers_on_two_exchanges_are_the_company() -> None:
    report = report_of(_RELEASE)
    names = {a.name for a in actors_of(report)}
    assert "KSMO" not in names and "KSMN" not in names
    assert holders(report, "advanced universal remote control") == ["Kessimo"]
