""""The central bank said" is no government seat's word: a Kremlin or a White House named before stands for its
government, never for a bank (nor any other body but a government); with no bank named, the central bank is an
actor of its own, as "the finance ministry" is (session 43, leads48). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_RATES = (
    "Lira slides as rates rise\n\n"
    "ANKARA — Turkey's central bank raised its main interest rate to 45% on Thursday, as the presidential palace "
    "struggles with inflation. The Kremlin said it was watching the lira closely.\n\n"
    "The central bank said inflation would slow sharply next year, and warned that further rises were possible.\n"
)

_FED = (
    "Fed holds steady\n\n"
    "The Federal Reserve held rates on Wednesday, while the White House pressed for cuts. The central bank said "
    "it would watch the jobs data closely.\n"
)


def test_the_central_bank_is_no_government_seat() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_RATES))}
    assert not any("inflation would slow" in t for t in said.get("Kremlin", []))
    assert any("inflation would slow" in t for t in said.get("Central Bank", []))


def test_the_central_bank_named_before_still_speaks() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_FED))}
    assert any("jobs data" in t for t in said.get("Federal Reserve", []))
