"""Session 61, imiss97: quotations a reader of halves G and I (and so H, J) sees under no one, or cut.

- A quotation broken by its frame that resumes after it and runs on into the next paragraph, its mark left open
  by the convention of quotations over several paragraphs ("“A,” he says, “but B. C.¶“D.”"), keeps its resumed
  part: it had ended at the frame (brief/actors/resumed.py).
On articles written for these tests."""

from __future__ import annotations

from written import cues_by

_PROFILE = (
    "Benning looks back on forty years in the Senate\n\n"
    "Harold Benning has spent forty years in the Senate and does not plan to leave quietly.\n\n"
    "“The one thing I am certain about is that the Reform League should go back to the middle ground,” he says, "
    "“but I think it will be hard. You need real skill as a chairman to take them there.{close}\n\n"
    "{after}"
)


def test_a_resumed_quotation_that_runs_on_into_the_next_paragraph_keeps_its_resumed_part() -> None:
    """The words after "he says" are his too, though their paragraph leaves the quotation open."""
    said = cues_by(_PROFILE.format(close="", after="“The trouble for the league is that voters forgot what it stood for.”"))
    texts = [t for _, t in said["Harold Benning"]]
    assert any("middle ground" in t and "it will be hard" in t and "real skill" in t for t in texts), texts
    assert any("voters forgot what it stood for" in t for t in texts), texts


def test_a_resumed_quotation_closed_in_its_paragraph_is_read_as_before() -> None:
    """The closed form keeps both parts, as it did."""
    said = cues_by(_PROFILE.format(close="”", after="He laughs when the talk turns to his garden."))
    texts = [t for _, t in said["Harold Benning"]]
    assert any("middle ground" in t and "real skill" in t for t in texts), texts
