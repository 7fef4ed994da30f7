"""A "they" after two people is never a body named only to describe a noun ("told an Apple TV camera team",
"Harlow Rovers defenders"): it is the two people, the sentence's subject; a body that is the subject still is."""

from __future__ import annotations

from tests.written import holders, report_of

TEXT = """Founders look back

Ada Quinn and Tom Hale founded the firm in a garage, they told an Apple TV camera team last year. They said they had no money for rent.

Harlow Rovers defenders Jack Hill and Sam Ode spoke in an interview with a BBC Sport film crew. They said the club had ignored their complaints.

Treasury Cabinet Secretary Ada Mwangi told a radio panel that the levy was vital. They said the fund would build 9,000 homes.

Norvex said it would hire staff, and they said the plant would open in May.
"""


def test_they_is_no_body_that_only_describes_a_noun() -> None:
    report = report_of(TEXT)
    assert sorted(holders(report, "no money for rent")) == ["Ada Quinn", "Tom Hale"]
    assert sorted(holders(report, "ignored their complaints")) == ["Jack Hill", "Sam Ode"]
    assert holders(report, "would build 9,000 homes") == []
    assert holders(report, "the plant would open") == ["Norvex"]
