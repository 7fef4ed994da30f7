"""What a position says ends where the statement ends: a pronoun "that" is no clause, a quotation is not
run on over the speaker's next deed, a relative clause's statement ends before the main clause's verb, a
reaction participle is the writer's, and a cue joined by "and" is the last speaker's
(brief.actors.content_ends, clause_spans.through_participle, chain.SpeakerChain.conjoined_subject).
Articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.chain import SpeakerChain
from brief.actors.mentions import Mention
from brief.model import Report

_ARTICLE = (
    "Harbour plan rejected\n\nBy Staff Reporter\n\n"
    "The Corran Bay council on Tuesday rejected a plan to expand the marina.\n\n"
    "Council leader Mira Delacroix said the scheme would cost far too much. Delacroix has said that more than "
    "once in recent weeks.\n\n"
    "Marina Holdings chief executive Oskar Lindqvist said the vote was a mistake, prompting cheers from "
    "residents in the public gallery.\n\n"
    "Asked whether the firm would appeal, Lindqvist said “probably not after this” and declined to comment further.\n\n"
    "Lindqvist, who said last year that the marina was the future of the town, resigned from the chamber of "
    "commerce on Wednesday.\n\n"
    "A spokeswoman for Marina Holdings said the company had made a fair offer, and accused the council of "
    "playing politics.\n"
)


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_a_pronoun_that_is_no_statement() -> None:
    positions = _positions(report_of(_ARTICLE))
    assert not any("more than once" in text for _, _, text in positions), positions
    assert any(text.startswith("the scheme would cost") for _, _, text in positions), positions


def test_a_reaction_participle_is_not_what_was_said() -> None:
    positions = _positions(report_of(_ARTICLE))
    assert ("Oskar Lindqvist", "said", "the vote was a mistake") in positions, positions


def test_a_quotation_ends_before_the_speakers_next_deed() -> None:
    positions = _positions(report_of(_ARTICLE))
    assert not any("declined to comment" in text for _, cue, text in positions if cue == "said"), positions
    assert any("probably not after this" in text for _, _, text in positions), positions


def test_a_statement_in_a_relative_clause_ends_before_the_main_verb() -> None:
    positions = _positions(report_of(_ARTICLE))
    said = [text for name, _, text in positions if name == "Oskar Lindqvist" and "future" in text]
    assert said == ["that the marina was the future of the town"], positions


def test_a_cue_joined_by_and_is_the_last_speakers() -> None:
    positions = _positions(report_of(_ARTICLE))
    assert ("Marina Holdings", "accused", "the council of playing politics") in positions, positions


def test_a_statement_in_a_subordinate_clause_ends_at_the_main_clause_past_a_quotation() -> None:
    report = report_of(
        "Plague case confirmed in the valley\n\nBy Staff Reporter\n\n"
        "Though Governor Ines Halvorsen has said that there is “no need” for city residents to worry about "
        "infection, she has also acknowledged that remote valleys are vulnerable to outbreaks.\n"
    )
    said = [text for _, cue, text in _positions(report) if cue == "has said"]
    assert said == ["that there is “no need” for city residents to worry about infection"], _positions(report)


_JOINED = (
    "Budget vote delayed\n\nBy Staff Reporter\n\n"
    "The Corran Bay council on Monday delayed its vote on the budget.\n\n"
    "Opposition leader Hanne Voss, like Dorsey, has urged the council to cut spending but has said she will "
    "defend the library fund.\n\n"
    "During the meeting, he asked about the Harbour Trust, called Voss a “liar” and said, “someone ought to "
    "throw her out of the chamber,” the council clerk said.\n\n"
    "Another councillor, Ruth Amsel, told the meeting Dorsey stood up from his seat and asked her to leave.\n"
)


def test_a_cue_joined_by_and_does_not_carry_a_source_that_was_anothers_object() -> None:
    report = report_of(_JOINED)
    assert "Harbour Trust" not in holders(report, "throw her out"), _positions(report)


def test_a_bare_and_after_a_reported_past_clause_may_be_that_clauses() -> None:
    report = report_of(_JOINED)
    assert "Ruth Amsel" not in holders(report, "her to leave"), _positions(report)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_cue_joined_by_and_keeps_a_source_of_its_own() -> None:
    text = ("Opposition leader Hanne Voss, like Dorsey, has urged councils to cut spending but has said she will "
            "defend the library fund.")
    first = Attribution(_span(text, "has urged"), _span(text, "Dorsey"), _span(text, "councils to cut spending"), False, 0)
    chain = SpeakerChain(resolved=[(first, Mention(1, 0, *_span(text, "Dorsey"), "Dorsey", "Dorsey", "person"))])
    joined = Attribution(_span(text, "has said"), _span(text, "Opposition leader Hanne Voss, like"),
                         _span(text, "she will defend the library fund"), False, 0)
    assert chain.conjoined_subject(text, joined) is None  # the model's own source for it is another


def _joined_by_and(text: str, reported: str) -> Mention | None:
    """Whom ``conjoined_subject`` gives "called" after "Rendall said <reported>" and a bare "and"."""
    said = Attribution(_span(text, "said"), _span(text, "Rendall"), _span(text, reported), False, 0)
    speaker = Mention(1, 0, *_span(text, "Rendall"), "Rendall", "Rendall", "person")
    called = Attribution(_span(text, "called"), None, _span(text, "it a common ailment"), False, 0)
    return SpeakerChain(resolved=[(said, speaker)]).conjoined_subject(text, called)


def test_a_bare_and_after_a_pluperfect_clause_is_the_speakers() -> None:
    found = _joined_by_and("Rendall said he’d fought off pneumonia twice and called it a common ailment.",
                           "he’d fought off pneumonia twice")
    assert found is not None and found.name == "Rendall"
    assert _joined_by_and("Rendall said the doctor came by twice and called it a common ailment.",
                          "the doctor came by twice") is None  # "came ... and called": maybe the doctor's
