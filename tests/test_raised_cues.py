"""A verb of raising ("seems to", "tend to", "has appeared") judges its subject, who states nothing, and a
cue of auxiliaries and adverbs alone ("has seemingly") is headed by the verb after it
(brief.actors.raising.raised_cue / empty_cue). Sentences written for these tests."""

from __future__ import annotations

from written import report_of

from brief.actors.attribution import Attribution
from brief.actors.raising import empty_cue, raised_cue
from brief.model import Report


def _attribution(text: str, cue: str) -> Attribution:
    c0 = text.index(cue)
    c1 = c0 + len(cue)
    return Attribution((c0, c1), (0, 2), (c1 + 1, len(text)), False, 0)


def test_a_raising_verb_before_a_deed_or_a_judgement_is_no_cue() -> None:
    for text, cue in [
        ("Early on, the inspector seems to simply accept the landlord's version of events.", "seems"),
        ("He seems to have abandoned a bicycle and a tent by the river.", "seems"),
        ("Voters tend to think of Ardmore as a mill town, but most jobs there are in care.", "tend to"),
        ("Since the spring the coach has appeared most relaxed running the old drills.", "has appeared"),
        ("Where the murals were once bold and new, they now seemed faded and tired.", "now seemed"),
        ("The twins happened to arrive at the depot an hour early.", "happened"),
    ]:
        assert raised_cue(text, _attribution(text, cue)), text


def test_a_raising_verb_before_a_saying_or_a_view_keeps_its_cue() -> None:
    for text, cue in [
        ("The treasurer appeared to suggest that the levy would be dropped.", "appeared"),
        ("Okafor seemed to think the bridge scheme was somewhat rushed.", "seemed"),
        ("The minister seems to agree with the unions on the pay offer.", "seems"),
        ("Lindqvist said the ferry would run again in May.", "said"),
    ]:
        assert not raised_cue(text, _attribution(text, cue)), text


def test_a_cue_of_auxiliaries_and_adverbs_is_headed_by_the_verb_after_it() -> None:
    for text, cue in [
        ("The mayor has seemingly reversed course on the tram line.", "has seemingly"),
        ("The council's promises have officially proved to be empty.", "have officially"),
        ("The senator has reportedly attended only two of the briefings.", "has reportedly"),
    ]:
        assert empty_cue(text, _attribution(text, cue)), text
    for text, cue in [
        ("Officials have repeatedly said that the tram line would open in May.", "have repeatedly"),
        ("The mayor has publicly expressed doubts about the tram line.", "has publicly"),
        ("The mayor has reportedly told aides that the tram line is dead.", "has reportedly"),
    ]:
        assert not empty_cue(text, _attribution(text, cue)), text


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.summary) for s in report.stories for a in s.actors for p in a.positions]


def test_a_raised_subject_lists_no_position() -> None:
    report = report_of(
        "Police in Ardmore are searching for Tobias Renwick, a climber missing since Friday. Sergeant Maya Oduya "
        "said the search would go on through the night.\n\nHe seems to have left behind a rucksack and two water "
        "bottles at the trailhead. Renwick's sister said he knew the hills well."
    )
    positions = _positions(report)
    assert not any(cue == "seems" for _, cue, _ in positions), positions
    assert ("Maya Oduya", "said") in {(name, cue) for name, cue, _ in positions}


def test_a_cue_without_its_verb_lists_no_deed() -> None:
    report = report_of(
        "Mayor Lena Fosk unveiled her budget on Tuesday. Fosk has seemingly reversed course on the tram line, "
        "dropping it from the plan without a word. Council members said they were surprised."
    )
    positions = _positions(report)
    assert not any(cue == "has seemingly" for _, cue, _ in positions), positions
    assert ("Council members", "said") in {(name, cue) for name, cue, _ in positions}
