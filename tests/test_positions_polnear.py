"""The scoring of bench/positions_polnear.py (brief's positions against PolNeAR-style gold), on a
document and gold written here."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import positions_polnear as pp  # noqa: E402
from attribution_polnear import load_dir  # noqa: E402

TEXT = (
    "Mayor pledges new bus lanes\n\n"
    "Mayor Ana Ruiz said on Monday that the city would build twelve new bus lanes by next spring. "
    "\u201cWe cannot wait for the traffic to fix itself,\u201d she said.\n\n"
    "Critics of the plan said the lanes would hurt small shops along the avenue. "
    "The transit union welcomed the plan, according to its president, Joe Park. "
    "The avenue is closed to cars on Sundays, Mr. Park added.\n"
)

# (source, cue, content) of each gold attribution, found in TEXT
GOLD = [
    ("Mayor Ana Ruiz", "said", "that the city would build twelve new bus lanes by next spring"),
    ("she", "said", "We cannot wait for the traffic to fix itself,"),
    ("Critics of the plan", "said", "the lanes would hurt small shops along the avenue"),
    ("its president, Joe Park", "according to", "The transit union welcomed the plan"),
]


def _span(part: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(part, after)
    return start, start + len(part)


def write_split(root: Path) -> Path:
    """A one-article split in PolNeAR's layout: text/<article>.txt, attributions/<article>_<annotator>.ann."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "bus-lanes.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for n, (source, cue, content) in enumerate(GOLD):
        c = _span(content)
        s = _span(source, c[0] - 40 if source == "she" else 0)
        k = _span(cue, s[0] if cue == "said" else 0)
        t = 4 * n
        lines += [f"T{t + 1}\tSource {s[0]} {s[1]}\t{source}", f"T{t + 2}\tCue {k[0]} {k[1]}\t{cue}",
                  f"T{t + 3}\tContent {c[0]} {c[1]}\t{content}",
                  f"E{n + 1}\tAttribution:T{t + 2} Source:T{t + 1} Cue:T{t + 2} Content:T{t + 3}"]
    (root / "attributions" / "bus-lanes_a1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def held(actor: str, text: str, sentence: str, quote: bool = False, cue: str = "said") -> pp.Held:
    """A position as the bench reads brief's, placed at its sentence."""
    words = tuple(pp.words(text))
    return pp.Held(actor, (actor,), text, words, quote, pp.saying(cue), pp.extent(TEXT, _span(sentence), words))


def test_sources_are_read_as_named_pronoun_or_description() -> None:
    def names(text: str) -> list[tuple[str, ...]]:
        return [n.words for n in pp.read_source(text).names]

    assert names("Sen. David Perdue (R-Ga.)") == [("david", "perdue")]
    assert names("Trump campaign spokesman Jason Miller") == [("jason", "miller")]
    assert names("Obama and Clinton") == [("obama",), ("clinton",)]
    assert names("Apple's chief executive, Tim Cook,") == [("tim", "cook")]
    assert names("Craig Bryan, head of the Institute for Policy, and other scientists") == [("craig", "bryan")]
    assert {("alliance",), ("aros",)} <= set(names("the organizer Alliance to Reclaim Schools (AROS)"))
    assert names("Elijah Cummings of Maryland") == [("elijah", "cummings", "maryland")]
    for description in ("the Trump campaign", "a spokeswoman for Hillary Clinton", "Clinton's doctor",
                        "some Democrats", "Recent polls in Ohio and Iowa", "The Republican nominee"):
        assert pp.read_source(description).kind == "description", description
    assert pp.read_source("he").kind == "pronoun"
    assert pp.read_source("").kind == "none"


def test_a_capital_opening_the_sentence_is_no_name_when_the_word_is_common() -> None:
    casing = pp.Casing.of(["Several officials spoke. The officials said so. Then Trump said no."])
    assert casing.common("Officials", None)  # written in lower case, never as a name
    assert not casing.common("Trump", None)  # a name inside a sentence
    corpus = pp.Casing.of(["Many scholars agree."])
    assert pp.Casing.of(["Scholars disagree."]).common("Scholars", corpus)


def test_an_actor_is_the_source_when_their_names_hold_one_another() -> None:
    obama = pp.read_source("Mr. Obama")
    assert pp.holds_name(("Barack Obama", "Obama"), obama)
    times = pp.read_source("The New York Times")
    assert pp.holds_name(("New York Times",), times)
    assert not pp.holds_name(("New York",), times)  # the shorter name must keep the longer's key word
    assert pp.holds_name(("Joseph R. Biden",), pp.read_source("Vice President Joseph R. Biden Jr."))
    cummings = pp.read_source("Elijah Cummings of Maryland")
    assert pp.holds_name(("Elijah Cummings",), cummings)
    assert not pp.holds_name(("Maryland",), cummings)


def test_cover_counts_shared_runs_near_the_content_and_long_ones_anywhere() -> None:
    content = (tuple(pp.words("the lanes would hurt small shops along the avenue")), (100, 150))
    near = (tuple(pp.words("critics say the lanes would hurt small shops")), (90, 160))
    assert pp.share(content, [near]) == pytest.approx(6 / 9)
    assert pp.share(content, [(near[0], (500, 560))]) == 0.0  # six words in a row elsewhere: another statement
    verbatim = (content[0], (500, 560))
    assert pp.share(content, [verbatim]) == 1.0  # the whole statement, repeated: the same one
    scattered = (tuple(pp.words("a plan for lanes to hurt no shops on any avenue")), (90, 160))
    assert pp.share(content, [scattered]) == 0.0  # single shared words are chance


def test_cues_and_quotes_are_told_apart() -> None:
    assert pp.saying("said") and pp.saying("according to") and pp.saying("―") and pp.saying("denied")
    assert not pp.saying("has endorsed") and not pp.saying("wants") and not pp.saying("plan")
    inside = pp.quoted_chars(TEXT)
    start, end = _span("We cannot wait for the traffic")
    assert all(inside[i] for i in range(start, end))
    assert not any(inside[i] for i in range(*_span("Critics of the plan")))


def test_scoring_one_article(tmp_path: Path) -> None:
    split = load_dir(write_split(tmp_path))
    raw, annotators = split["bus-lanes"]
    assert raw == TEXT
    ruiz = "Mayor Ana Ruiz said on Monday that the city would build twelve new bus lanes by next spring."
    quote = "\u201cWe cannot wait for the traffic to fix itself,\u201d she said."
    union = "The transit union welcomed the plan, according to its president, Joe Park."
    closed = "The avenue is closed to cars on Sundays, Mr. Park added."
    positions = [
        held("Ana Ruiz", "the city would build twelve new bus lanes by next spring", ruiz),
        held("Ana Ruiz", "\u201cWe cannot wait for the traffic to fix itself\u201d", quote, quote=True),
        held("transit union", "welcomed the plan", union, cue="welcomed"),
        held("Joe Park", "The avenue is closed to cars on Sundays", closed, cue="added"),
    ]
    actors = [("Ana Ruiz", "Ruiz"), ("transit union",), ("Joe Park", "Park")]
    corpus = pp.Casing.of([raw, "Some critics of the plan spoke."])  # the split writes "critics" in lower case
    golds, scored = pp.score_article("bus-lanes", 0, raw, annotators, positions, actors, corpus)

    by_source = {r.item.source_text: r for r in golds}
    assert by_source["Mayor Ana Ruiz"].right and by_source["Mayor Ana Ruiz"].item.saying
    assert by_source["she"].item.source.kind == "pronoun" and by_source["she"].found
    assert by_source["she"].item.quote and not by_source["Mayor Ana Ruiz"].item.quote
    assert by_source["Critics of the plan"].item.source.kind == "description"
    assert not by_source["Critics of the plan"].found
    park = by_source["its president, Joe Park"]
    assert park.found and not park.right and park.miss == "wrong holder" and park.holders == ("transit union",)
    assert [p.supported for p in scored] == [True, True, True, False]  # Park's Sunday closing is no gold's
    assert [p.named_holder for p in scored] == [True, None, False, None]
    line = pp.summary_line(golds, scored)
    assert line == ("positions-polnear: named-source recall 0.500 (1/2), content recall 0.750, "
                    "precision 0.750")


def test_the_bench_runs_brief_on_a_split(tmp_path: Path) -> None:
    golds, positions = pp.evaluate(write_split(tmp_path))
    assert len(golds) == len(GOLD)  # every gold scored, whatever brief finds
    assert re.fullmatch(r"positions-polnear: named-source recall \d\.\d{3} \(\d+/\d+\), content recall \d\.\d{3}, "
                        r"precision \d\.\d{3}", pp.summary_line(golds, positions))
