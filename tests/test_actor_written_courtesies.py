"""Forms of address Nigerian and Indian papers write between an office and a name ("The General Manager of the
agency, Engr. Tunde Alabi,", "Speaker of the Assembly, Rt. Hon. Yusuf Danladi,", "Housing Minister Smt. Leela
Menon"): no sentence ends at "Engr." or "Smt.", and the office before the courtesy is the person's role
(articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

DEMOLITION = (
    "Traders protest demolition of shops in Ibadan\n\n"
    "IBADAN - Traders on Ring Road protested the demolition of their shops on Wednesday.\n\n"
    "The General Manager of OSPA, Engr. Tunde Alabi, said the shops were built on a "
    "drainage channel. Speaker of the Assembly, Rt. Hon. Yusuf Danladi, said the House would investigate."
)
LAND = (
    "Metro work stalls over land\n\n"
    "PUNE: Work on the metro has stalled, officials said on Monday. Maharashtra's Housing Minister Smt. Leela "
    "Menon said the land had been handed over in March."
)


def test_the_office_before_a_written_courtesy_is_the_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(DEMOLITION))}
    assert "General Manager" in roles.get("Tunde Alabi", ""), roles
    assert roles.get("Yusuf Danladi") == "Speaker of the Assembly", roles


def test_smt_ends_no_sentence() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(LAND))}
    assert "Housing Minister" in roles.get("Leela Menon", ""), roles
