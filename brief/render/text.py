"""The briefing as plain text: for a terminal or a pipe, never with colour codes or input controls."""

from __future__ import annotations

import textwrap

from brief.model import Actor, Article, Report, SentenceRef
from brief.render.positions import wording
from brief.render.safe import one_line, terminal_safe


# The printed briefing stays a briefing: the long tail is in JSON, Markdown and the reader.
MAX_ACTORS = 15
MAX_POSITIONS = 6


def plural(n: int, word: str) -> str:
    """ "1 mention", "3 mentions"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def citation(sources: tuple[SentenceRef, ...]) -> str:
    """``[1][3]``: each article once, in the order the sources list them."""
    ids = list(dict.fromkeys(ref.article for ref in sources))
    return "".join(f"[{i}]" for i in ids)


def article_line(article: Article) -> str:
    """Title, then source and date when known: the legend's line for an article."""
    parts = [one_line(article.title)]
    extra = ", ".join(one_line(x) for x in (article.source, article.date) if x)
    if extra:
        parts.append(f"({extra})")
    return " ".join(parts)


def _wrap(text: str, width: int, first: str, rest: str) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=width, initial_indent=first, subsequent_indent=rest,
        break_long_words=False, break_on_hyphens=False,
    )


def position_line(actor: Actor, index: int, *, whole: bool = False) -> str:
    """The position's words and its sources; shortened as the actor finder words it unless ``whole``."""
    position = actor.positions[index]
    words = wording(position) if whole else position.summary
    return f"{words} " + "".join(f"[{a}]" for a in sorted((position.article, *position.also)))


def render_text(report: Report, width: int = 80) -> str:
    """Briefing with citations, sources legend, actors, then each article's summary."""
    width = max(width, 40)
    out: list[str] = []
    n = len(report.articles)
    out.append(f"BRIEFING  ({plural(n, 'article')}, {plural(len(report.briefing), 'sentence')})")
    out.append("")
    for item in report.briefing:
        body = f"{terminal_safe(item.text)} {citation(item.sources)}"
        out.append(_wrap(body, width, "  • ", "    "))
    out.append("")
    out.append("SOURCES")
    for article in report.articles:
        out.append(_wrap(article_line(article), width, f"  [{article.id}] ", " " * (len(str(article.id)) + 5)))
        out.append(_wrap(one_line(article.url or article.path), width, " " * (len(str(article.id)) + 5), "      "))
    if report.actors:
        out.append("")
        out.append("ACTORS AND POSITIONS")
        for actor in report.actors[:MAX_ACTORS]:
            role = f", {one_line(actor.role)}" if actor.role else ""
            cited = "".join(f"[{a}]" for a in actor.articles)
            head = f"{one_line(actor.name)} ({actor.kind}{role}) — {plural(actor.mentions, 'mention')} {cited}"
            out.append(_wrap(head, width, "  ", "    "))
            for i in range(min(len(actor.positions), MAX_POSITIONS)):
                out.append(_wrap(terminal_safe(position_line(actor, i)), width, "    – ", "      "))
            if len(actor.positions) > MAX_POSITIONS:
                more = plural(len(actor.positions) - MAX_POSITIONS, "more position")
                out.append(f"    … {more} (all in --format json, markdown or the reader)")
        if len(report.actors) > MAX_ACTORS:
            out.append(f"  … {plural(len(report.actors) - MAX_ACTORS, 'more actor')}")
    out.append("")
    out.append(f"ARTICLE SUMMARIES  (method: {report.meta.method})")
    for article in report.articles:
        out.append("")
        out.append(_wrap(article_line(article), width, f"[{article.id}] ", "    "))
        sentences = report.sentences[article.id]
        for index in report.summaries[article.id].indexes:
            out.append(_wrap(terminal_safe(sentences[index].text), width, "  • ", "    "))
    return "\n".join(out) + "\n"
