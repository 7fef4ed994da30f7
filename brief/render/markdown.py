"""The briefing as Markdown, for notes and exports; article text is escaped so it stays text."""

from __future__ import annotations

import re

from brief.model import Report
from brief.render.safe import one_line, terminal_safe
from brief.render.text import article_line, citation, plural, position_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """Article text with Markdown's special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(terminal_safe(text)))


def render_markdown(report: Report) -> str:
    """Briefing, sources, actors and per-article summaries as one Markdown document."""
    out: list[str] = ["# Briefing", ""]
    for item in report.briefing:
        cites = citation(item.sources).replace("[", "\\[").replace("]", "\\]")
        out.append(f"- {escape(item.text)} {cites}")
    out += ["", "## Sources", ""]
    for article in report.articles:
        where = escape(article.url or article.path)
        out.append(f"{article.id}. {escape(article_line(article))} — `{where.replace('`', '')}`")
    if report.actors:
        out += ["", "## Actors and positions", ""]
        for actor in report.actors:
            role = f", {escape(actor.role)}" if actor.role else ""
            out.append(f"- **{escape(actor.name)}** ({actor.kind}{role}), {plural(actor.mentions, 'mention')}")
            for i in range(len(actor.positions)):
                out.append(f"  - {escape(position_line(actor, i, whole=True))}")
    out += ["", f"## Article summaries ({report.meta.method})"]
    for article in report.articles:
        out += ["", f"### [{article.id}] {escape(article.title)}", ""]
        sentences = report.sentences[article.id]
        for index in report.summaries[article.id].indexes:
            out.append(f"- {escape(sentences[index].text)}")
    return "\n".join(out) + "\n"
