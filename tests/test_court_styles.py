"""A judge's style before the title ("His Honour Judge X", "Her Honour Judge Y"), as British court reports write
it, on an article written for these tests: the role is the title alone and the style is no actor of its own
(before, the role read "Honour Judge" and a person "His Honour" was listed)."""

from __future__ import annotations

from written import actors_of, report_of

_GAS_LEAK = (
    "Builder jailed over fatal gas leak\n\n"
    "A builder whose faulty work caused a fatal gas leak was jailed for two years at Dunmere Crown Court on Friday.\n\n"
    "Sentencing, His Honour Judge Piers Rawley said the risk to life had been clear. \"You knew the danger,\" "
    "Judge Rawley told him.\n\n"
    "Her Honour Judge Amina Clarke, who heard an earlier application, had refused bail in March."
)


def test_a_judges_style_is_neither_role_nor_actor() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_GAS_LEAK))}
    assert roles["Piers Rawley"] == "Judge" and roles["Amina Clarke"] == "Judge"
    assert not any("Honour" in name for name in roles)
