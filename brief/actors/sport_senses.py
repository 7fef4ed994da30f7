"""Cue verbs in a sport's sense: "celebrates after dismissing Harbour batsman Rob Quill" (taking a batsman's
wicket), "defended his title against Pavel Rusin" (playing a match for a title held), "claimed 3-51 with his
off-spin" (a bowler's figures), "the Gulls answered back with 6:42 remaining" (scoring in reply).

Why: the cue model tags "dismissing" and "defended" from their place after a subject, where they open a stance
elsewhere ("dismissed suggestions that ...", "defended the decision", "claimed that ..."). The object tells the
sense: a batsman dismissed is out, a title defended against a rival is a match played, figures claimed are
wickets taken for runs, a reply with the clock's time or a score is a score; nothing is said or judged.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD
from brief.actors.phrasing import verb_lemma

_BATTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:batsman|batsmen|batter|batters|opener|openers|tail-?enders?|"
                     r"nightwatchman)\b|\s+(?:[\w'’.-]+\s+){1,4}?for\s+(?:a\s+(?:golden\s+)?duck|\d{1,3}\s+runs)\b", re.I)
"""A batter as the object, up to three words before the word ("Harbour batsman Rob Quill", "both openers"), or the
score a batter was out for ("dismissed Quill for a duck", "for 12 runs"): a wicket taken."""
CONTEST = re.compile(r"\s+(?:it|(?:his|her|their|its|the)\s+(?:[a-z]+\s+){0,2}?(?:title|titles|crown|belt))"
                     r"(?:\s+[a-z]+){0,2}?\s+against\s+(?:the\s+)?[A-Z]")
"""A title held ("it", "his world title", "her crown"), then "against" a named rival: a match for it ("defend it
against Pavel Rusin"); "defended the plan against critics" names no rival and keeps its stance."""

_FIGURES = re.compile(r"\s+\d{1,2}\s*(?:-|/|–|\s+for\s+)\s*\d{1,3}\b")
"""A bowler's figures right after "claimed": wickets and runs ("claimed 3-51", "claimed 4/22", "claimed five for
40" is not read: a number in words is too often a count of something else)."""

_REPLYING = frozenset({"answer", "respond", "reply", "hit"})
"""Verbs of replying, which a report of a match uses for a score in reply ("answered back", "hit back")."""
_SCORED_REPLY = re.compile(
    r"\s+(?:back\s+)?(?:with|in)\s+(?:(?:just|only)\s+)?(?:\d{1,2}:\d{2}\s+(?:remaining|left|to\s+play|gone)\b|"
    r"(?:a|an|two|three|four|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:goal|goals|try|tries|touchdown|touchdowns|"
    r"basket|baskets|run|runs|homer|homers|three-pointer|three-pointers|field\s+goal|equaliser|equalizer)\b)")
"""A reply with the game clock ("with 6:42 remaining") or a score ("with two goals", "with a 10-0 run"): a score
in reply; "responded with a statement" is not here (``deed_verbs.reply_form`` reads a reply's form)."""


def _head(text: str, attribution: Attribution) -> str | None:
    words = WORD.findall(text, *attribution.cue)
    return verb_lemma(words[-1].lower()) if words else None


def batter_dismissed(text: str, attribution: Attribution) -> bool:
    """ "Carver celebrates after dismissing Harbour batsman Rob Quill": a wicket taken, nothing dismissed in words."""
    return (not attribution.quote and _head(text, attribution) == "dismiss"
            and _BATTER.match(text, attribution.cue[1]) is not None)


def title_defended(text: str, attribution: Attribution) -> bool:
    """ "Marek defended his crown against Pavel Rusin": a title played for, no position defended."""
    return (not attribution.quote and _head(text, attribution) == "defend"
            and CONTEST.match(text, attribution.cue[1]) is not None)


def figures_claimed(text: str, attribution: Attribution) -> bool:
    """ "Andrew Hale claimed 3-51 with his off-spin": a bowler's figures, no claim made."""
    return (not attribution.quote and _head(text, attribution) == "claim"
            and _FIGURES.match(text, attribution.cue[1]) is not None)


def scored_reply(text: str, attribution: Attribution) -> bool:
    """ "The Gulls answered back with 6:42 remaining when ...": a score in reply, nothing answered in words."""
    return (not attribution.quote and _head(text, attribution) in _REPLYING
            and _SCORED_REPLY.match(text, attribution.cue[1]) is not None)


def sport_sense(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb in a sport's sense (see the module's docstring)."""
    return (batter_dismissed(text, attribution) or title_defended(text, attribution) or figures_claimed(text, attribution)
            or scored_reply(text, attribution))
