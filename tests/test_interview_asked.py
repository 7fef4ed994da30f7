"""An interview's answers after the writer's own words (brief/actors/interview_paragraphs.py): a remark on
"she" after the writer's clause that names someone else ("When I suggest ... Lord X ..., she interrupts me."),
and an answer to a question put by name ("I ask Fenwick if ..."), are the one interviewed. On articles
written for these tests."""

from __future__ import annotations

from written import holders, report_of

_START = (
    "Oriel Fenwick has run the Dunmere rowing club for eleven years.\n\n"
    "“The boats are old, but the crews have never been stronger,” says Fenwick.\n\n"
    "Is Tobias Crane the right man to coach the first eight?\n\n"
    "“Well, I back him completely, and I want him to win the regatta.”\n\n"
)


def test_a_remark_on_she_after_the_writers_clause_naming_another_woman_goes_on_with_her() -> None:
    """Another woman named in the writer's own opening clause (and a man in the writer's question) is the
    topic put to the speaker, no rival for "she"."""
    report = report_of(
        _START + "When I suggest members resent the gifts the club took from Lady Imogen Vale (whom Fenwick "
        "invited onto the board in 2015), especially after the fee rise, she interrupts me.\n\n"
        "“I have known Imogen for thirty years. She has never asked the club for anything.”\n\n"
        "The club was founded in 1887.\n"
    )
    assert holders(report, "I have known Imogen for thirty years") == ["Oriel Fenwick"]


def test_an_answer_to_a_question_put_to_her_by_name_is_hers() -> None:
    """ "I ask Fenwick if ...; she ... professes to “know every boat”." then quoted paragraphs: her answer,
    though the sentence quotes a phrase of hers."""
    report = report_of(
        _START + "I ask Fenwick if the old sheds are a danger to the crews; she has rowed from them for forty "
        "years and so professes to “know every boat”.\n\n"
        "“The main risk on this river is the weir, not the sheds. It has taken two boats in ten years.\n\n"
        "“I am a strong believer in a new boathouse, but we will not build it with money we do not have.”\n\n"
        "The club was founded in 1887.\n"
    )
    assert holders(report, "The main risk on this river is the weir") == ["Oriel Fenwick"]
    assert holders(report, "strong believer in a new boathouse") == ["Oriel Fenwick"]
