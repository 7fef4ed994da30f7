"""What the reader's Pilot tests share: reports built inline from raw texts, the event-loop runner and
the waits for a settled screen."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import re
from collections.abc import Callable, Coroutine
from typing import Any

from textual.pilot import Pilot
from textual.widgets import TabbedContent

from brief.model import Actor, Article, BriefingItem, Meta, Position, Report, Sentence, SentenceRef, Story, Summary
from brief.tui.app import BriefApp, make_app
from brief.tui.articles import ArticlesView

HOSTILE = (
    "The minister \x1b[31mresigned\x1b[0m on Monday after a long dispute. "
    "Markup [b]x[/b] and [@click=app.quit]quit now[/] stays literal. "
    "Bidi \u202egnirts\u202c and zero\u200bwidth and a bell \x07 here.\n\n"
    "A second paragraph follows. It has a sentence about the dispute."
)


def build_report(*texts: str, summary: int = 2, actors: tuple[Actor, ...] = ()) -> Report:
    """A Report from raw texts: paragraphs at blank lines, sentences at '. ', the first ones summarised."""
    articles: list[Article] = []
    sentences: dict[int, tuple[Sentence, ...]] = {}
    for n, text in enumerate(texts, 1):
        paragraphs = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
        found = [(m.start(), m.end()) for m in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|$)", text) if m.end() > m.start()]
        articles.append(Article(n, f"Article {n} [b]title[/b]", f"a{n}.txt", text, source=f"Source {n}",
                                date="2024-05-01", paragraphs=paragraphs))
        sentences[n] = tuple(Sentence(n, i, a, b, text[a:b]) for i, (a, b) in enumerate(found))
    summaries = {a.id: Summary(a.id, "position", tuple(range(min(summary, len(sentences[a.id]))))) for a in articles}
    briefing = tuple(
        BriefingItem(sentences[a.id][-1].text, (SentenceRef(a.id, len(sentences[a.id]) - 1),)) for a in articles
    )
    story = Story(1, articles[0].title, tuple(a.id for a in articles), None, briefing, actors)
    return Report(tuple(articles), sentences, summaries, (story,), Meta("test", "position", "concepts"))


def story(n: int, words: str = "talks") -> str:
    """A longer plain article: enough sentences to scroll and to summarise at several lengths."""
    return "\n\n".join(
        f"Paragraph {p} of story {n} is about the {words}. The envoy said more {words} were due. "
        f"Officials met again in the capital."
        for p in range(1, 13)
    )


ACTORS = (
    Actor("Ada Envoy", "person", "envoy", ("the envoy",), 5, (1, 2), 9, (
        Position("said", "more talks were due", "says “more talks were due”", True, 1, 1),
        Position("called for", "a ceasefire", "calls for a ceasefire", False, 2, 4),
    )),
    Actor("Harbour Union", "organization", "", (), 2, (2,), 3),
)


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test in its own event loop (the project does not depend on a pytest async plugin)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


async def ready(pilot: Pilot[None]) -> None:
    """Let workers, scrolling animations and the screen settle (a loaded machine runs them late)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()


def app_for(report: Report) -> BriefApp:
    return make_app(report=report)


def active(app: BriefApp) -> str:
    return app.query_one(TabbedContent).active



async def settled(pilot: Pilot[None], view: ArticlesView, rounds: int = 5) -> int:
    """Wait for workers and messages, then count the article openings over ``rounds`` more pauses (0: idle)."""
    await asyncio.wait_for(ready(pilot), timeout=10)
    opened = view.openings
    for _ in range(rounds):
        await asyncio.wait_for(pilot.pause(), timeout=10)
    return view.openings - opened


def two_stories() -> Report:
    """Three articles in two stories: 1 and 2 tell the talks, 3 the volcano."""
    report = build_report(story(1), story(2), story(3, "volcano"))
    first, = report.stories
    stories = (
        dataclasses.replace(first, articles=(1, 2), briefing=first.briefing[:2]),
        Story(2, "Article 3", (3,), None, first.briefing[2:], ()),
    )
    return dataclasses.replace(report, stories=stories)
