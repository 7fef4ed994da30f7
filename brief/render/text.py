"""The briefing as plain text: for a terminal or a pipe, never with colour codes or input controls."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from brief.model import Actor, Article, BriefingItem, Report, Sentence, SentenceRef, Story
from brief.render.positions import wording
from brief.render.safe import one_line, terminal_safe
from brief.render.wrap import fill

# The printed briefing stays a briefing: the long tail is in JSON, Markdown and the reader.
MAX_ACTORS = 15
MAX_POSITIONS = 6
# With several stories each gets a few lines of actors, so that the stories, not their casts, fill
# the page: on five DUC clusters the top five actors of a story are its protagonists and the rest
# mostly places it passes through.
MAX_STORY_ACTORS = 5
MAX_STORY_POSITIONS = 3
# A one-article story is told by its summary; its actors are a glance at who is in it and what the
# leading ones said: three names on one line (on the dev pages the top three are the subject and
# the two it deals with; the fourth on is mostly places) and the first position of up to two of them.
MAX_LONE_ACTORS = 3
MAX_LONE_POSITIONS = 2
MIN_WIDTH = 40  # --width below this leaves a citation or an actor's name no room on its line


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
    return fill(text, width, first, rest)


_GLUE = "\x00"
"""Stands for a space no line may break at while wrapping (a title never holds it: ``one_line``
drops every control character)."""


def _unbroken(tail: str) -> str:
    """``tail``'s comma-separated parts each kept on one line ("— 3 articles" was cut after the 3,
    "— 2023-11-08" after its dash), its leading space still a place to break."""
    lead = tail[: len(tail) - len(tail.lstrip(" "))]
    return lead + ", ".join(part.replace(" ", _GLUE) for part in tail.lstrip(" ").split(", "))


def position_line(actor: Actor, index: int, *, whole: bool = False) -> str:
    """The position's words and its sources; shortened as the actor finder words it unless ``whole``."""
    position = actor.positions[index]
    words = wording(position) if whole else position.summary
    return f"{words} " + "".join(f"[{a}]" for a in sorted((position.article, *position.also)))


def source_names(articles: Iterable[Article]) -> list[str]:
    """The distinct outlets of ``articles`` (site name, else the address's host), first seen first."""
    names: dict[str, str] = {}
    for article in articles:
        name = one_line(article.source) or urlsplit(article.url).hostname or ""
        if name:
            names.setdefault(name.casefold().removeprefix("www."), name)
    return list(names.values())


def source_count(articles: Iterable[Article]) -> tuple[int, bool]:
    """How many outlets ``articles`` name, and whether any names none.

    An article naming no outlet may be from any: "2 articles, 1 source" of two sites' pages, one
    unnamed, said they were one outlet's. So the count is said only as far as it is known.
    """
    members = list(articles)
    return len(source_names(members)), any(not source_names([a]) for a in members)


def sources_cell(articles: Iterable[Article]) -> str:
    """The stories list's Sources cell: ``3``, ``2+`` when an article names no outlet, ``–`` when none does."""
    outlets, unnamed = source_count(articles)
    if not outlets:
        return "–"
    return f"{outlets}+" if unnamed else str(outlets)


def story_line(report: Report, story: Story) -> str:
    """``10 articles, 3 sources, 1998-10-17 to 1998-10-20``: what the index says of a story."""
    by_id = {a.id: a for a in report.articles}
    members = [by_id[i] for i in story.articles]
    parts = [plural(len(members), "article")]
    outlets, unnamed = source_count(members)
    if outlets and not unnamed:
        parts.append(plural(outlets, "source"))
    elif outlets > 1:
        parts.append(f"at least {outlets} sources")
    if story.dates:
        parts.append(date_span(story.dates))
    return ", ".join(parts)


def lone_stories(report: Report) -> tuple[list[Story], list[Story]]:
    """The stories of two or more articles, and the one-article stories (indexed once, as a group:
    "1 article, 1 source" said 39 times over told nothing), each in the report's order."""
    told = [story for story in report.stories if len(story.articles) > 1]
    return told, [story for story in report.stories if len(story.articles) == 1]


def lone_line(story: Story) -> str:
    """A one-article story's tail in the index: its date, the only thing the group line leaves to say."""
    return f" — {date_span(story.dates)}" if story.dates else ""


def date_span(dates: tuple[str, str]) -> str:
    """``1998-10-17 to 1998-10-20``, or the one date when both ends are the same day."""
    first, last = dates
    return first if first == last else f"{first} to {last}"


def render_text(report: Report, width: int = 80) -> str:
    """Briefing with citations, sources legend, actors, then each article's summary.

    With several stories: an index of them, each story's briefing and top actors, one legend, and
    the summaries grouped by story (one-article stories, told by their summary, together at the end).
    """
    width = max(width, MIN_WIDTH)
    if len(report.stories) > 1:
        return _render_stories(report, width)
    story = report.stories[0]
    out: list[str] = []
    n = len(report.articles)
    out.append(f"BRIEFING  ({plural(n, 'article')}, {plural(len(story.briefing), 'sentence')})")
    out.append("")
    out += _briefing(story.briefing, width)
    out.append("")
    out += _sources(report.articles, width)
    if story.actors:
        out.append("")
        out.append("ACTORS AND POSITIONS")
        out += _actors(story.actors, width, MAX_ACTORS, MAX_POSITIONS)
    out.append("")
    out.append(f"ARTICLE SUMMARIES  (method: {report.meta.method})")
    out += _summaries(report, [a.id for a in report.articles], width)
    return "\n".join(out) + "\n"


def _render_stories(report: Report, width: int) -> str:
    out = [f"STORIES  ({len(report.stories)})", ""]
    digits = len(str(len(report.stories)))
    told, lone = lone_stories(report)
    for story in told:
        label = f"  {story.id:>{digits}}. "
        tail = _unbroken(f"— {story_line(report, story)}")
        out.append(_wrap(f"{one_line(story.title)} {tail}", width, label, " " * len(label)).replace(_GLUE, " "))
    if lone:
        out.append(f"  One-article stories  ({len(lone)}):")
        for story in lone:
            label = f"  {story.id:>{digits}}. "
            tail = _unbroken(lone_line(story))
            out.append(_wrap(f"{one_line(story.title)}{tail}", width, label, " " * len(label)).replace(_GLUE, " "))
    for story in told:
        out.append("")
        out.append(_wrap(f"STORY {story.id}: {one_line(story.title)}", width, "", "    "))
        out.append(_wrap(f"({story_line(report, story)}; {plural(len(story.briefing), 'sentence')})", width, "", " "))
        out.append("")
        out += _briefing(story.briefing, width)
        if story.actors:
            out.append("")
            out.append("  ACTORS AND POSITIONS")
            out += _actors(story.actors, width, MAX_STORY_ACTORS, MAX_STORY_POSITIONS, indent="  ")
    out.append("")
    out += _sources(report.articles, width)
    out.append("")
    out.append(f"ARTICLE SUMMARIES  (method: {report.meta.method})")
    for story in told:
        out.append("")
        out.append(_wrap(f"STORY {story.id}: {one_line(story.title)}", width, "", "    "))
        out += _summaries(report, story.articles, width)
    if lone:
        out.append("")
        out.append(f"ONE-ARTICLE STORIES  ({len(lone)})")
        for story in lone:
            out += _summaries(report, story.articles, width)
            out += _cast(story.actors, width)
    return "\n".join(out) + "\n"


def _briefing(items: Sequence[BriefingItem], width: int) -> list[str]:
    return [_wrap(f"{terminal_safe(item.text)} {citation(item.sources)}", width, "  • ", "    ") for item in items]


def _sources(articles: Sequence[Article], width: int) -> list[str]:
    out = ["SOURCES"]
    for article in articles:
        out.append(_wrap(article_line(article), width, f"  [{article.id}] ", " " * (len(str(article.id)) + 5)))
        out.append(_wrap(one_line(article.url or article.path), width, " " * (len(str(article.id)) + 5), "      "))
    return out


def _actors(actors: Sequence[Actor], width: int, most: int, positions: int, indent: str = "") -> list[str]:
    """The first ``most`` actors, each with its first ``positions`` positions, and what was left out."""
    out: list[str] = []
    for actor in actors[:most]:
        role = f", {one_line(actor.role)}" if actor.role else ""
        cited = "".join(f"[{a}]" for a in actor.articles)
        head = f"{one_line(actor.name)} ({actor.kind}{role}) — {plural(actor.mentions, 'mention')} {cited}"
        out.append(_wrap(head, width, indent + "  ", indent + "    "))
        for i in range(min(len(actor.positions), positions)):
            out.append(_wrap(terminal_safe(position_line(actor, i)), width, indent + "    – ", indent + "      "))
        if len(actor.positions) > positions:
            more = plural(len(actor.positions) - positions, "more position")
            out.append(f"{indent}    … {more} (all in --format json, markdown or the reader)")
    if len(actors) > most:
        out.append(f"{indent}  … {plural(len(actors) - most, 'more actor')}")
    return out


def _cast(actors: Sequence[Actor], width: int) -> list[str]:
    """A one-article story's leading actors on one line, and the first position of the first of them
    that took one (each with its actor's name, since the line above lists several)."""
    if not actors:
        return []
    names = ", ".join(f"{one_line(a.name)} ({a.kind})" for a in actors[:MAX_LONE_ACTORS])
    more = f"; {len(actors) - MAX_LONE_ACTORS} more" if len(actors) > MAX_LONE_ACTORS else ""
    out = [_wrap(f"Actors: {names}{more}", width, "  ", "    ")]
    speaking = [a for a in actors[:MAX_LONE_ACTORS] if a.positions][:MAX_LONE_POSITIONS]
    out += [_wrap(terminal_safe(f"{one_line(a.name)} {position_line(a, 0)}"), width, "    – ", "      ") for a in speaking]
    return out


def summarised(report: Report, ids: Sequence[int]) -> Iterator[tuple[Article, list[Sentence]]]:
    """Each article of ``ids``, in that order, with the sentences of its summary (the text and
    Markdown renderers list them alike)."""
    by_id = {a.id: a for a in report.articles}
    for i in ids:
        sentences = report.sentences[i]
        yield by_id[i], [sentences[index] for index in report.summaries[i].indexes]


def _summaries(report: Report, ids: Sequence[int], width: int) -> list[str]:
    out: list[str] = []
    for article, summary in summarised(report, ids):
        out.append("")
        label = f"[{article.id}] "  # the title's next lines start under its first word, [10] as [1]
        out.append(_wrap(article_line(article), width, label, " " * len(label)))
        out.extend(_wrap(terminal_safe(sentence.text), width, "  • ", "    ") for sentence in summary)
    return out
