"""Reports of articles written in a test, and what the actor tests read of them (shared by the actor,
kind, speaker and reporting tests)."""

from __future__ import annotations

import re

from brief import pipeline
from brief.actors.mentions import Mention, Token, _entity_mention
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Actor, Article, Report, Sentence
from brief.text.tokens import token_spans


def report_of(*texts: str) -> Report:
    """The report of articles written for a test, in one process, as one story (as the test means them)."""
    articles = tuple(article_from_text(t, i, f"{i}.txt") for i, t in enumerate(texts, 1))
    return pipeline.build_report(Loaded(articles), pipeline.Options(workers=1, one_story=True))


def actors_of(report: Report) -> tuple[Actor, ...]:
    """Every story's actors, story by story (a test's articles are usually one story)."""
    return tuple(actor for story in report.stories for actor in story.actors)


def said_by(text: str) -> dict[str, list[str]]:
    """Each actor of a one-article report and the texts of its positions."""
    return {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}


def cues_by(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each actor of a one-article report and its positions as (cue, text) pairs."""
    return {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}


def held_by_anyone(cues: dict[str, list[tuple[str, str]]], fragment: str) -> bool:
    """Whether any actor's position (from ``cues_by``) holds the fragment."""
    return any(fragment in text for name in cues for _, text in cues[name])


def held_by(cues: dict[str, list[tuple[str, str]]], name: str, fragment: str) -> bool:
    """Whether the named actor's positions (from ``cues_by``) hold the fragment."""
    return any(fragment in text for _, text in cues.get(name, []))


def kinds_of(text: str) -> dict[str, str]:
    """Each actor of a one-article report and its kind."""
    return {a.name: a.kind for a in actors_of(report_of(text))}


def summaries_by(text: str) -> dict[str, list[str]]:
    """Each actor of a one-article report and its positions' summary lines ("says ...")."""
    return {a.name: [p.summary for p in a.positions] for a in actors_of(report_of(text))}


def holders(report: Report, fragment: str) -> list[str]:
    """The actors under whom a position holding the fragment is listed."""
    return [a.name for a in actors_of(report) if any(fragment in p.text or fragment in p.summary for p in a.positions)]


def tagged_mentions(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name, with the kind the tagger might give it: for the tests that hand
    mentions to one rule without the tagger in between."""
    out = []
    for name, kind in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(Mention(1, 0, m.start(), m.end(), name, name, kind))
    return sorted(out, key=lambda m: m.start)


def line_sentences(text: str) -> list[Sentence]:
    """Sentences of a test's text by their closing mark (a closing quote after it kept), or a line's end:
    for the quotation tests that hand sentences to one rule without the splitter in between."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+?(?:[.!?][”\"]?(?= |\n|$)|$)", text):
        chunk = m.group().strip()
        if chunk:
            start = text.index(chunk, m.start())
            out.append(Sentence(0, len(out), start, start + len(chunk), chunk))
    return out


def actor_named(report: Report, name: str) -> Actor:
    """The actor of that name or alias; an AssertionError listing the actors found when there is none."""
    for actor in actors_of(report):
        if actor.name == name or name in actor.aliases:
            return actor
    raise AssertionError(f"{name} not among {[a.name for a in actors_of(report)]}")


def said_lines(actor: Actor) -> str:
    """An actor's positions, one line each, as the text output lists them."""
    return "\n".join(p.summary for p in actor.positions)


def named_actors(report: Report, name: str) -> list[Actor]:
    """The actors of that name or alias (none, one, or several when a name was split)."""
    return [a for a in actors_of(report) if a.name == name or name in a.aliases]


def tagged_as(text: str, name: str, label: str, lowercase: frozenset[str] = frozenset()) -> Mention | None:
    """The mention made of ``name`` in a one-sentence ``text``, as if the tagger had labelled it so."""
    article = Article(1, "Test", "1.txt", text)
    sent = [Token(text[a:b], a, b) for a, b in token_spans(text)]
    start = text.index(name)
    a = next(i for i, t in enumerate(sent) if t.start == start)
    b = next(i for i, t in enumerate(sent) if t.end == start + len(name)) + 1
    return _entity_mention(article, 0, sent, a, b, label, set(lowercase))


def mention_at(text: str, name: str, kind: str, sentence: int = 0) -> Mention:
    """A mention of the first ``name`` in ``text``, of that kind, as the tagger would hand it on."""
    start = text.index(name)
    return Mention(1, sentence, start, start + len(name), name, name, kind)
