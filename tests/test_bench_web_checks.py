"""The mechanical checks of bench/actors_web.py (malformed verbs, page debris), on sentences written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _web_checks import debris_in, malformed_verb  # noqa: E402


@pytest.mark.parametrize(
    ("summary", "cue"),
    [("cits a report by the ministry", "cited"), ("wents on to say the port would reopen", "went on"),
     ("awares of the risks to exporters", "is keenly aware of"), ("said:s “We will reopen”", "said:"),
     ("persuads the union to accept", "persuaded"), ("disbeliefs at the ruling", "disbelief at")],
)
def test_malformed_leading_verbs(summary: str, cue: str) -> None:
    pytest.importorskip("lemminflect")  # a bench dependency (the [bench] extra)
    assert malformed_verb(summary, cue)


@pytest.mark.parametrize(
    ("summary", "cue"),
    [("says the port will reopen", "said"), ("cites a report by the ministry", "cited"),
     ("goes on to say the port would reopen", "went on"), ("is keenly aware of the risks", "is keenly aware of"),
     ("will not accept the offer", "will not accept"), ("disbelief at the ruling", "disbelief at"),
     ("according to the ministry, the port reopens", "according to"),
     ("are not fond of the new ferry timetable", "were not fond of"), ("flip-flops on the ferry", "flip-flopped on")],
)
def test_well_formed_leading_verbs(summary: str, cue: str) -> None:
    pytest.importorskip("lemminflect")
    assert not malformed_verb(summary, cue)


def test_a_plural_holder_may_lead_with_the_base_form_and_a_single_one_may_not() -> None:
    pytest.importorskip("lemminflect")
    assert not malformed_verb("claim they heard a shot", "claimed", plural=True)
    assert malformed_verb("claim they heard a shot", "have claimed")
    assert malformed_verb("claimm they heard a shot", "claimed", plural=True)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("MIAMI (WHBX) - Police closed the road on Monday.", "dateline"),
     ("KVELLER via JTA — The festival opened on Sunday.", "dateline"),
     ("Anchor: Good evening, the strike is over.", "label"),
     ("The bridge at dusk. Photo: Tom Reyes", "photo credit"),
     ("Welcome back, {{ user.name }}.", "template code"),
     ("The port reopened.<div class=\"ad-slot\"></div>", "template code"),
     ("Posted on March 3, 2021 the port reopened.", "byline or time stamp"),
     ("Biden has a lead in the state, but , notably among young voters, it is thin.", "link-text gap"),
     ("By Ana Ruiz: The strike at the port ended on Friday.", "byline or time stamp"),
     ("Subscribe now to our print edition for the full story.", "site promotion"),
     ("var total = items.length;", "code line"), ("if (ready) { start(); }", "code line"),
     ("Then call console.log(result) to see the list.", "code line"),
     ("def load(path): return open(path).read()", "code line"), ("$ pip install harbour-tides", "code line"),
     ("items.map(item => item.price)", "code line"),
     ("2022.8.9(Tue) 8:15", "byline or time stamp"), ("May 6, 2022 12:49 AM", "byline or time stamp"),
     ("12:49 AM ET", "byline or time stamp"),
     ("(RELATED: Ferry Crews Say The New Timetable Is Unworkable)", "label"), ("[More: Storm photos]", "label"),
     ("| Venue: | Town hall, Harbour Street |", "table cells"), ("| The forum opens at noon. |", "table cells"),
     ("Add your own in the comments.", "site promotion"),
     ("Editor’s note: Harbour Daily is delivered each morning.", "label"),
     ("Of me, at the pier. pic.twitter.com/AbC123", "link"), ("Details at https://example.org/ferry today.", "link"),
     ("Harbour Daily is a free daily newsletter from the Gazette.", "site promotion")],
)
def test_debris_is_found(sentence: str, kind: str) -> None:
    assert kind in debris_in(sentence)


def test_clean_sentences_carry_no_debris() -> None:
    for sentence in ("The strike at the port ended on Friday, the union said.",
                     "“We are relieved,” said Marta Solís, who heads the chamber's logistics committee.",
                     "Prices rose 3.5 per cent in March, the statistics office said.",
                     "Posted on social media by the dockers' union, the video shows the closed gates.",
                     "It ran because <The Harbour: Tale of a Port> opened the festival.",
                     "The app, written in C++ and Node.js, costs $5 (about £4); it is free for students.",
                     "Let them decide, she said; the function of the port is trade.",
                     "Readers left hundreds of angry remarks in the comments, the editor said.",
                     "The two votes were related: the second (more: a third) followed the first.",
                     "The ferry leaves at 12:49 AM on weekdays.", "Either you pay or I do | you said."):
        assert debris_in(sentence) == [], sentence
