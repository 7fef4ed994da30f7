"""Typed messages between the reader's workers, views and the app.

Views never reach into each other: they post one of these and the app decides what happens.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from brief.model import BriefingItem, Report, SentenceRef, Story


@dataclass
class ReportReady(Message):
    """The pipeline produced a report; ``generation`` lets the app drop stale results."""

    report: Report
    generation: int


@dataclass
class BriefingReady(Message):
    """A story's briefing was rebuilt at a new length; ``generation`` lets the app drop stale results."""

    briefing: tuple[BriefingItem, ...]
    generation: int
    story: int


@dataclass
class ActorsReady(Message):
    """The actors were found after the first report was shown: the stories with their actors (None:
    not asked for, or failed)."""

    stories: tuple[Story, ...] | None


@dataclass
class LoadFailed(Message):
    """Nothing usable could be read; ``errors`` are the one-line problems to show."""

    errors: tuple[str, ...]


@dataclass
class JumpToSentence(Message):
    """Show this sentence in its article (from the briefing or an actor's position)."""

    ref: SentenceRef
