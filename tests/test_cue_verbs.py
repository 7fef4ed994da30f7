"""Cues headed by a verb of doing are no statement unless a sign of one follows (brief.actors.cue_verbs)."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import action_cue


def _attribution(text: str, cue: str, content: str, quote: bool = False) -> Attribution:
    c0 = text.index(cue)
    k0 = text.index(content, c0 + len(cue)) if content in text[c0 + len(cue):] else text.index(content)
    return Attribution((c0, c0 + len(cue)), (0, 5), (k0, k0 + len(content)), quote, 0)


def test_actions_are_no_statements() -> None:
    for text, cue, content in [
        ("Brodin blocked a shot in the waning seconds.", "blocked", "a shot in the waning seconds"),
        ("The earbuds also offer support for the assistant.", "offer", "support for the assistant"),
        ("Disney continued to sign up subscribers all week.", "continued", "to sign up subscribers all week"),
        ("The carmaker is displaying a hybrid version.", "is displaying", "a hybrid version"),
        ("The team has called in the design facility.", "has called", "in the design facility"),
        ("The earbuds offer support for “Hey, Siri” and a new chip.", "offer support for", "“Hey, Siri” and a new chip"),
    ]:
        assert action_cue(text, _attribution(text, cue, content)), text


def test_statement_signs_keep_the_cue() -> None:
    for text, cue, content, quote in [
        ("“We are on track,” the chief executive continued.", "continued", "We are on track", True),
        ("She observed that the rules were unclear.", "observed", "that the rules were unclear", False),
        ("He offered to fly the cat home.", "offered", "to fly the cat home", False),
        ("Protesters continued to call for more information.", "continued to", "call for more information", False),
        ("The government decided against recommending charges.", "decided against", "recommending charges", False),
        ("The minister said the plan was sound.", "said", "the plan was sound", False),
        ("The ministry has unveiled a plan to cut costs.", "has unveiled", "a plan to cut costs", False),
        ("The jockey has not decided whether he will ride.", "has not decided", "whether he will ride", False),
        ("The senator called on the agency to act.", "called on", "the agency to act", False),
    ]:
        assert not action_cue(text, _attribution(text, cue, content, quote)), text
