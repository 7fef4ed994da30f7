"""Session 61, imiss97: quotations a reader of halves G and I (and so H, J) sees under no one, or cut.

- A quotation broken by its frame that resumes after it and runs on into the next paragraph, its mark left open
  by the convention of quotations over several paragraphs ("“A,” he says, “but B. C.¶“D.”"), keeps its resumed
  part: it had ended at the frame (brief/actors/resumed.py).
- In an interview, the writer's own turn set down as a statement, not a question ("But you have just written a book
  for him, I say.", "I did not ask you to."), is answered by the quotation after it: the person last quoted, as
  after a question (brief/actors/writer_turns.py, called from interview_paragraphs._answering).
- A statement brought in bare ("“...,” a statement said.") with no author named is by the body or state that spoke
  or acted in the sentence just before (brief/actors/indefinite_statements.py, called from officials.officials_of).
- A block opening "By Name" under a story's title is its byline, no reader's signature: with a box of other stories
  by their writers after the story it had made the page a letters page, its last sentence the box's first writer's
  (brief/actors/letter_blocks.py).
- A source the model cut on the "by" of a document's author ("according to a poll by | IT services firm X") runs on
  over the author's description and name (brief/actors/cut_authors.py, called from source_edges).
On articles written for these tests."""

from __future__ import annotations

from written import cues_by, holders, report_of

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


_INTERVIEW = (
    "The senator who will not go quietly\n\n"
    "Harold Benning has spent forty years in the Senate and does not plan to leave quietly.\n\n"
    "“The one thing I am certain about is that the Reform League should go back to the middle ground,” he says.\n\n"
    "What would he tell the new chairman?\n\n"
    "“It is not my place to tell him anything. He can manage on his own.”\n\n"
    "{turn}\n\n"
    "“No, I wrote the book for anyone who leads. The lessons are the same on a farm or in a ministry.”\n\n"
    "He mentions his rival only once.\n\n"
    "“There are enough people having a go at the man, I will not join them.”\n\n"
    "I did not ask you to.\n\n"
    "“No, but it was plain what you were after. I have never read his memoir and I never will.”"
)


def test_the_answer_to_the_writers_retort_is_the_one_interviewed() -> None:
    """After "..., I say." and "I did not ask you to." the quotation is the senator's answer."""
    report = report_of(_INTERVIEW.format(turn="But you have just written a whole book of advice for him, I say."))
    assert holders(report, "I wrote the book for anyone who leads") == ["Harold Benning"]
    assert holders(report, "it was plain what you were after") == ["Harold Benning"]


def test_a_narrators_sentence_is_no_turn_in_the_talk() -> None:
    """A first-person sentence that neither speaks to him nor says what the writer said leads into no answer."""
    report = report_of(_INTERVIEW.format(turn="I drove back to the farm that evening with the tapes."))
    assert holders(report, "I wrote the book for anyone who leads") == []


_SUMMIT = (
    "Lake states back fishing truce\n\n"
    "Ministers of the four lake states ended their meeting in Kampala on Friday.\n\n"
    "{before}\n\n"
    "\"They will be examined by the commission with a view to good relations among neighbours,\" a statement said.\n\n"
    "The commission was founded in 1994."
)


def test_a_bare_statement_is_by_the_state_that_acted_just_before() -> None:
    """'Uganda welcomed the proposals. "...," a statement said.': Uganda's statement."""
    report = report_of(_SUMMIT.format(before="Uganda, the host, welcomed the proposals of the Kenyan delegation on patrols."))
    assert holders(report, "good relations among neighbours") == ["Uganda"]


def test_a_bare_statement_after_no_body_spoke_stays_no_ones() -> None:
    """With no body or state speaking or acting in the sentence before, the statement has no author to go to."""
    report = report_of(_SUMMIT.format(before="Fishermen crowded the landing sites as the boats came in."))
    assert holders(report, "good relations among neighbours") == []


_TEASERS = (
    "Do shops want the new till at last?\n\n"
    "By Tom Reddick\n\n"
    "Published: Monday 3 March 2008\n\n"
    "Take-up of the Brandt till system is starting to pick up with British retailers.\n\n"
    "Carrow says this shows the till is now seen as a viable option in the mainstream shop market.\n\n"
    "The poll was carried out by Lisle Research and covered 700 store managers.\n\n"
    "Jane Morven\n\n"
    "How to ask for a pay rise\n\n"
    "And what to leave out…\n\n"
    "Peter Galt\n\n"
    "From shop floor to boardroom: One year on"
)


def test_a_byline_block_does_not_make_a_box_of_teasers_a_letters_page() -> None:
    """'By Tom Reddick' / 'Published: ...' is the story's byline, no reader's signature: the box of other stories by
    their writers after the story is no second letter, and the story's last sentence is no one's 'writes'."""
    said = cues_by(_TEASERS)
    assert "Jane Morven" not in said, said
    assert not any("Lisle Research" in t for v in said.values() for _, t in v), said


def test_a_source_cut_on_a_polls_by_runs_on_to_its_described_author() -> None:
    """'according to a poll by IT services firm Carrow': Carrow's finding (the model's source had stopped at "by")."""
    said = cues_by(
        "Do shops want the new till at last?\n\n"
        "Take-up of the Brandt till system is starting to pick up with British retailers.\n\n"
        "Just under half (48 per cent) of store managers are using or testing the till, according to a poll by IT "
        "services firm Carrow.\n\n"
        "Carrow says this shows the till is now seen as a viable option."
    )
    assert any("Just under half" in t for _, t in said.get("Carrow", [])), said
