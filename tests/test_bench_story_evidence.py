"""bench/story_evidence.py's kinds of event evidence, on two related but distinct stories written here:
a dock strike in a port town and the same town's budget row, which name the same town, union and mayor."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from story_evidence import copied_runs, figures, linked, month_days, quoted_runs, speakers  # noqa: E402

from brief.model import Sentence  # noqa: E402
from brief.text.language import stop_words  # noqa: E402

STOPS = stop_words("en")

STRIKE_WIRE = (
    "Dockworkers in Porto Lume walked off the job on Oct. 16, halting 1,200 containers a day. "
    "“We will not go back until the cranes are safe for every worker on the quay,” union leader Marta Kessel said. "
    "The port authority said the stoppage costs $4.5 million a day. "
    "Kessel said the cranes at the north quay had failed twice this year and the union wanted them replaced."
)
STRIKE_PAPER = (
    "The strike that shut Porto Lume's harbour entered its third day. "
    "“We will not go back until the cranes are safe for every worker on the quay,” said Marta Kessel, who leads the union. "
    "Losses stand at $4.5 million a day, with 1,200 containers a day left on ships. "
    "Kessel said the union wanted the failed cranes at the north quay replaced before anyone returned."
)
BUDGET = (
    "Porto Lume's council rejected Mayor Ines Kortaal's budget on Tuesday, 14 votes to 9. "
    "“The harbour has carried this town's budget for twenty years and cannot carry it alone,” Kortaal said. "
    "Kessel said the union would study the budget. "
    "The mayor's book “Lessons From The Harbour Of Porto Lume And Its Council” was cited in the debate."
)


def evidence(text: str) -> dict[str, set[object]]:
    sentences = [Sentence(1, i, 0, len(part), part) for i, part in enumerate(text.split(". "))]
    return {"quote": quoted_runs(text), "copy": copied_runs(text), "figure": figures(text, STOPS),
            "date": month_days(text), "speaker": speakers(sentences, STOPS)}


def test_one_story_shares_its_quote_and_figures_the_related_one_does_not() -> None:
    wire, paper, budget = evidence(STRIKE_WIRE), evidence(STRIKE_PAPER), evidence(BUDGET)
    assert linked("quote")(wire, paper) and not linked("quote")(wire, budget)
    assert linked("figure")(wire, paper) and not linked("figure")(paper, budget)  # $4.5 million, 1,200 containers
    # The same speaker saying the same thing, not only the same name: Kessel speaks in all three.
    assert linked("speaker")(wire, paper) and not linked("speaker")(wire, budget)


def test_a_quoted_title_is_not_speech() -> None:
    assert not any("lessons" in run for run in quoted_runs(BUDGET))
    assert any(run[:3] == ("the", "harbour", "has") for run in quoted_runs(BUDGET))


def test_years_are_no_figures_and_dates_read_either_way() -> None:
    assert ("2019", "the") not in figures("In 2019 the port grew; it moved 300 ships.", STOPS)
    assert ("300", "ships") in figures("In 2019 the port grew; it moved 300 ships.", STOPS)
    assert month_days("on Oct. 16") == month_days("on October 16") == {("oct", "16")}
