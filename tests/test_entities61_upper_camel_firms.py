"""A company whose one-word name has a capital inside ("ConocoPhillips") is an actor where the text shows it as a
firm, though the tagger left it untagged (brief.actors.upper_camel_firms); a product of that shape or a surname with
a prefix is not made one, on articles written for these tests."""

from __future__ import annotations

import pytest
from written import holders

from brief import pipeline
from brief.actors import mentions, opening_names
from brief.actors.upper_camel_firms import upper_camel_firms
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Report

_FIRM = "RovanoPhillips"
_REFINERS = (
    "Refiners weigh return to Corvania\n\n"
    "Foreign refiners are weighing a return to Corvania after the new government promised to honour old "
    "contracts.\n\n"
    f"{_FIRM} also had its assets seized that same year.\n\n"
    "“Foreign firms won’t return until they are sure they will be paid,” said Ana Ruiz, director of planning at "
    "Kestrel Oil Partners in Houston.\n\n"
    f"{_FIRM}, which is owed around $4 billion for the seizure, has signalled it will move slowly.\n\n"
    f'"{_FIRM} is watching events in Corvania closely. It would be too early to discuss any new '
    'investment," a company spokesperson said.\n'
)


def _untagged_report(monkeypatch: pytest.MonkeyPatch) -> Report:
    """The report with the tagger missing the firm's name everywhere, as it misses some real ones."""
    tag = mentions.tag_sentences

    def missing(sentences: list[list[str]]) -> list[list[str]]:
        return [
            ["O" if w == _FIRM else t for w, t in zip(words, tags)] for words, tags in zip(sentences, tag(sentences))
        ]

    monkeypatch.setattr(mentions, "tag_sentences", missing)
    monkeypatch.setattr(opening_names, "tag_sentences", missing)  # its second reading, behind a neutral opening
    loaded = Loaded((article_from_text(_REFINERS, 1, "1.txt"),))
    return pipeline.build_report(loaded, pipeline.Options(workers=1, one_story=True, cache=False))


def test_an_untagged_upper_camel_firm_shown_as_one_is_an_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    assert holders(_untagged_report(monkeypatch), "too early to discuss any new") == [_FIRM]


def test_products_and_prefixed_surnames_are_not_firms() -> None:
    text = (
        "Gamers queued for the new PlayStation on Friday. MacKenzie said the queue began at dawn. "
        "The founder of CorePower Yoga spoke. BlueWater said it would appeal. "
        f"{_FIRM} also had its assets seized."
    )
    assert upper_camel_firms(text) == {"BlueWater", _FIRM}
