"""A regulator whose name says no such thing (Ofgem, the SEC), known by what it did: "the watchdog said"
refers back to it (brief/actors/body_reference.py)."""

from __future__ import annotations

from tests.written import holders, report_of


def test_watchdog_is_the_body_that_fined() -> None:
    report = report_of(
        "Supplier penalised over meters\n\n"
        "Energy supplier Bright Power has been fined £2 million after Ofgem found it overcharged thousands of customers.\n\n"
        "Ofgem fined the company on Monday. The watchdog said the supplier had failed vulnerable households and "
        "must pay them back.\n"
    )
    assert holders(report, "failed vulnerable households") == ["Ofgem"]


def test_regulator_is_the_body_that_charged() -> None:
    report = report_of(
        "Crypto exchange charged by SEC\n\n"
        "The SEC on Thursday charged the crypto exchange Zentrix with running an unregistered securities platform.\n\n"
        "Zentrix had failed to tell customers how their deposits were held, the regulator said in a statement.\n"
    )
    assert holders(report, "how their deposits were held") == ["SEC"]


def test_company_that_overcharged_is_no_regulator() -> None:
    report = report_of(
        "Supplier overcharged customers\n\n"
        "Bright Power charged thousands of customers too much for electricity on prepayment meters last winter.\n\n"
        "The supplier had failed vulnerable households, the energy watchdog said on Monday.\n"
    )
    assert "Bright Power" not in holders(report, "failed vulnerable households")
