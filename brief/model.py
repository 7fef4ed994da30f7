"""The plain data passed between the pipeline's stages.

Every sentence anywhere (a summary, the briefing, an actor's position) is addressed by
``(article id, sentence index)``; its text is always ``article.text[start:end]``, so the
printer can cite it and the reader can highlight and jump to it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One loaded article. ``text`` is the body after decoding and unwrapping; offsets index it."""

    id: int
    title: str
    path: str
    text: str
    source: str = ""
    date: str = ""
    url: str = ""
    # Paragraph spans in ``text``; boilerplate paragraphs (copyright lines, "Read more") are listed
    # separately so that segmentation skips them while the full text still shows them.
    paragraphs: tuple[tuple[int, int], ...] = ()
    boilerplate: tuple[tuple[int, int], ...] = ()
    language: str = "en"
    # The names the publishing site goes by (its name from the page's metadata, a feed or the
    # header; its host name), so that the outlet a story names ("told Axios", "Speaking with
    # Kaieteur News") can be told from the story's actors: brief.ingest.titles.is_outlet(name, site).
    site: tuple[str, ...] = ()
    # Names the page set in italics with a title's shape ("No Ordinary Family"): the titles of its
    # works and publications, which the plain text no longer marks (brief.ingest.emphasis).
    italics: tuple[str, ...] = ()
    # Names opening a paragraph the page set wholly in italics ("Jane Roe is Director of ..."): its
    # writers' notes, whose names are no actors (brief.ingest.emphasis.writers_notes).
    noted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its place in it."""

    article: int
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceRef:
    """The address of a sentence: the article's id and the sentence's index in that article."""

    article: int
    index: int


@dataclass(frozen=True)
class Summary:
    """The sentences a method picked from one article, in document order."""

    article: int
    method: str
    indexes: tuple[int, ...]


@dataclass(frozen=True)
class BriefingItem:
    """One sentence of the merged briefing, and every article that carries the same fact."""

    text: str
    sources: tuple[SentenceRef, ...]
    score: float = 0.0


@dataclass(frozen=True)
class Position:
    """Something an article attributes to an actor: a quote, reported speech, a demand."""

    cue: str
    text: str
    summary: str
    quote: bool
    article: int
    index: int
    also: tuple[int, ...] = ()  # other articles that report the same words of the same actor


@dataclass(frozen=True)
class Actor:
    """A person, organisation or place that matters in the story, with what it said or wants."""

    name: str
    kind: str  # "person" | "organization" | "place" | "group" (people described, not named, who speak)
    role: str
    aliases: tuple[str, ...]
    mentions: int
    articles: tuple[int, ...]
    salience: int
    positions: tuple[Position, ...] = ()


@dataclass(frozen=True)
class Story:
    """One story of the input: the articles that tell it, its own briefing and its own actors.

    ``title`` is the headline of its most central article that names what its articles share, else
    of its most central one (never invented; brief/stories/story_title.py); ``dates`` is the
    (first, last) ISO date of its articles when any is known; ``shared`` names what its articles
    have in common (names, key terms), for explaining why they were grouped.
    """

    id: int
    title: str
    articles: tuple[int, ...]
    dates: tuple[str, str] | None
    briefing: tuple[BriefingItem, ...]
    actors: tuple[Actor, ...]
    shared: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meta:
    version: str
    method: str
    briefing_method: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything the pipeline computed; both the printer and the reader render only this.

    Briefings and actors live in the stories: each is computed from its story's articles only.
    """

    articles: tuple[Article, ...]
    sentences: dict[int, tuple[Sentence, ...]]
    summaries: dict[int, Summary]
    stories: tuple[Story, ...]  # every article in exactly one; the reader's order
    meta: Meta

    def story_of(self, article: int) -> Story | None:
        """The story article ``article`` belongs to (None for an unknown id)."""
        for story in self.stories:
            if article in story.articles:
                return story
        return None
