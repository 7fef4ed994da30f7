"""A fronted question frame is never what was said (brief.actors.content_ends.answer_after_frame), and a
verb of referring gives no position (brief.actors.cue_shapes.referring_cue). Articles written for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.content_ends import answer_after_frame
from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def _attribution(text: str, cue: str, content: str, quote: bool = False) -> Attribution:
    c0 = text.index(cue)
    k = text.index(content)
    return Attribution(cue=(c0, c0 + len(cue)), source=None, content=(k, k + len(content)), quote=quote, sentence=0)


def test_the_answer_after_a_fronted_question_is_what_was_said() -> None:
    text = "Asked what he had learned from the tender, council leader Martin Okafor said “we trust no single bidder.”"
    frame = _attribution(text, "said", "Asked what he had learned from the tender")
    answered = answer_after_frame(text, frame, len(text))
    assert text[slice(*answered.content)] == "“we trust no single bidder.”" and answered.quote
    plain = "Asked about the delay, Okafor said the report would come out next week."
    unquoted = _attribution(plain, "said", "Asked about the delay")
    reported = answer_after_frame(plain, unquoted, len(plain))  # an answer in reported speech (speakers84: was left alone)
    assert plain[slice(*reported.content)] == "the report would come out next week" and not reported.quote
    speaking = "Speaking at the depot, Okafor said the report would come out next week."
    framed = _attribution(speaking, "said", "Speaking at the depot")
    assert answer_after_frame(speaking, framed, len(speaking)) == framed  # no question put: left alone


def test_a_short_answer_after_a_question_frame_is_not_listed_as_the_question() -> None:
    report = report_of(
        "Harbour council delays ferry contract\n\nBy Staff Reporter\n\n"
        "The Harbour Council of Port Elwyn has delayed a decision on the new ferry contract until the spring.\n\n"
        "Asked what he had learned from the tender process, council leader Martin Okafor said “not much.”\n"
    )
    assert not any(text.lower().startswith("asked") for _, _, text in _positions(report))


def test_a_verb_of_referring_gives_no_position() -> None:
    report = report_of(
        "Ferry row deepens\n\nBy Staff Reporter\n\n"
        "“This contract is a disgrace,” said Helen Varga, referring to the deal the council signed in March.\n\n"
        "Martin Okafor still refers to the old harbour master fondly as the Captain.\n\n"
        "Okafor said the council would publish the contract next week.\n"
    )
    positions = _positions(report)
    assert not any("refer" in cue for _, cue, _ in positions), positions
    assert any(name == "Martin Okafor" and "publish the contract" in text for name, _, text in positions), positions


def test_a_second_cue_of_the_same_subject_after_and_is_a_position_of_its_own() -> None:
    """ "blamed “criminal elements” for the looting and said 112 people had been arrested": two
    positions, the first ending at "and"; the quoted phrase inside the first is no whole quotation."""
    text = (
        "Protests over fuel levy\n\n"
        "Interior minister Ada Quinn blamed \"criminal elements\" for the looting and said 112 people had "
        "been arrested in the capital overnight.\n\n"
        "Shops stayed shut on Wednesday."
    )
    quinn = actor_named(report_of(text), "Ada Quinn")
    summaries = [p.summary for p in quinn.positions]
    assert "blames 'criminal elements' for the looting" in summaries, summaries
    assert any(s.startswith("says 112 people had been arrested") for s in summaries), summaries


def test_a_raised_predicate_after_said_leaves_said_the_cue_and_the_clause_the_content() -> None:
    """ "said water was expected to peak": the model's cue "said water was expected" was dropped as a raised
    cue; the statement is "water was expected to peak ...", said by the service."""
    text = (
        "Storm batters coast\n\n"
        "The Coastal Emergency Service said water was expected to peak at six metres around noon.\n\n"
        "Police said roads were likely to close by the evening.\n"
    )
    service = actor_named(report_of(text), "Coastal Emergency Service")
    assert [p.summary for p in service.positions] == ["says water was expected to peak at six metres around noon"]


def test_a_subject_with_an_aside_is_the_source_not_what_was_said() -> None:
    report = report_of(
        "Student debt is changing where graduates choose to live.\n\n"
        "Omar Keel, chief executive of Loanwise — which advises employers on repayment schemes — said he had "
        "seen the same pattern in every big city.\n\n"
        "The repayment scheme, which started in 2019, will end next year, Treasury officials said on Monday.\n"
    )
    assert holders(report, "seen the same pattern") == ["Omar Keel"]
    said = [p.text for a in actors_of(report) for p in a.positions]
    assert not any(t.startswith("Omar Keel") for t in said), said
    assert any(t.startswith("The repayment scheme, which started in 2019") for t in said), said


def test_a_fronted_clause_alone_is_not_what_the_main_clause_subject_said() -> None:
    report = report_of(
        "Dunmere council closes the harbour road\n\n"
        "Though the harbour master insisted the road was safe, Dunmere Council voted to close it on Monday.\n\n"
        "Because the budget was cut, Dunmere Council said it would also close two libraries.\n"
    )
    said = [p.text for a in actors_of(report) for p in a.positions]
    assert not any(t.startswith("Though the harbour master") for t in said), said
    assert holders(report, "close two libraries") == ["Dunmere Council"]
