"""A participle of saying after a thing named with who sent it ("mocked an email Provost Ada Lane sent staff in
May, acknowledging that ...") is the sender's, not the words of the one who mocked it: brief.actors.issued_saying
.sent_by, on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_EMAIL = ("Campus row over speech code\n\n"
          "Student Omar Pike runs a satirical campus newsletter. He mocked an email Provost Ada Lane sent staff in "
          "May, acknowledging that there had been \"serious lapses in how complaints were handled\" and promising "
          "a review of the code by the autumn.\n")


def test_the_sender_of_the_thing_speaks_through_it() -> None:
    report = report_of(_EMAIL)
    assert holders(report, "serious lapses") == ["Ada Lane"]
