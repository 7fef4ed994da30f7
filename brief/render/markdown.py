"""The briefing as Markdown, for notes and exports; article text is escaped so it stays text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.model import Actor, BriefingItem, Report
from brief.render.safe import one_line, terminal_safe
from brief.render.text import (
    article_line,
    citation,
    lone_line,
    lone_stories,
    plural,
    position_line,
    story_line,
    summarised,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """Article text with Markdown's special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(terminal_safe(text)))


def render_markdown(report: Report) -> str:
    """Briefing, sources, actors and per-article summaries as one Markdown document.

    With several stories: an index, each story's briefing and actors, the sources, and the
    summaries grouped by story with the one-article stories together at the end (as the text).
    """
    if len(report.stories) > 1:
        return _render_stories(report)
    story = report.stories[0]
    out: list[str] = ["# Briefing", ""]
    out += _briefing(story.briefing)
    out += ["", "## Sources", ""]
    out += _sources(report)
    if story.actors:
        out += ["", "## Actors and positions", ""]
        out += _actors(story.actors)
    out += ["", f"## Article summaries ({report.meta.method})"]
    out += _summaries(report, [a.id for a in report.articles], "###")
    return "\n".join(out) + "\n"


def _render_stories(report: Report) -> str:
    out = [f"# Stories ({len(report.stories)})", ""]
    told, lone = lone_stories(report)
    for story in told:
        out.append(f"{story.id}. **{escape(story.title)}** — {story_line(report, story)}")
    if lone:  # as in the text: the group counted once, each line its date (a list may start at 4)
        out += [""] * bool(told) + [f"One-article stories ({len(lone)}):", ""]
        out += [f"{story.id}. **{escape(story.title)}**{lone_line(story)}" for story in lone]
    for story in told:
        out += ["", f"## {story.id}. {escape(story.title)}", "", f"*{story_line(report, story)}*", ""]
        out += _briefing(story.briefing)
        if story.actors:
            out += ["", "### Actors and positions", ""]
            out += _actors(story.actors)
    out += ["", "## Sources", ""]
    out += _sources(report)
    out += ["", f"## Article summaries ({report.meta.method})"]
    for story in told:
        out += ["", f"### Story {story.id}: {escape(story.title)}"]
        out += _summaries(report, story.articles, "####")
    if lone:
        out += ["", f"### One-article stories ({len(lone)})"]
        for story in lone:
            out += _summaries(report, story.articles, "####")
            if story.actors:  # all of them, as for the other stories: Markdown is the whole report
                out += ["", "**Actors and positions**", ""]
                out += _actors(story.actors)
    return "\n".join(out) + "\n"


def _briefing(items: Sequence[BriefingItem]) -> list[str]:
    out = []
    for item in items:
        cites = citation(item.sources).replace("[", "\\[").replace("]", "\\]")
        out.append(f"- {escape(item.text)} {cites}")
    return out


def _sources(report: Report) -> list[str]:
    out = []
    for article in report.articles:
        out.append(f"{article.id}. {escape(article_line(article))} — {code(article.url or article.path)}")
    return out


def code(text: str) -> str:
    """A path or address as a code span: shown exactly, so never backslash-escaped (inside a code span
    ``\\_`` shows as both characters); the fence is one backtick longer than any run in the text."""
    text = one_line(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _actors(actors: Sequence[Actor]) -> list[str]:
    out = []
    for actor in actors:
        role = f", {escape(actor.role)}" if actor.role else ""
        out.append(f"- **{escape(actor.name)}** ({actor.kind}{role}), {plural(actor.mentions, 'mention')}")
        for i in range(len(actor.positions)):
            out.append(f"  - {escape(position_line(actor, i, whole=True))}")
    return out


def _summaries(report: Report, ids: Sequence[int], level: str) -> list[str]:
    out: list[str] = []
    for article, summary in summarised(report, ids):
        out += ["", f"{level} [{article.id}] {escape(article.title)}", ""]
        out.extend(f"- {escape(sentence.text)}" for sentence in summary)
    return out
