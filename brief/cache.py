"""The per-article cache: an article read once is not read again (issue 14).

Reading an article's names and attributions is most of a run's cost and depends on nothing the
user chooses, so its result (``brief.actors.extract.ArticleActors``), with the article's summaries by
method and count (cheaper, but a warm run's largest cost after it), is kept on disk under a key made of
everything that reading looks at: the article's fields (all but its id, which is only its place in
this run's input, and its path, which the reading never reads), the package version, a fingerprint
of the code and model files that do the reading, and the shape of the stored dataclasses. A change
to any of these makes old entries misses, never errors.

Entries are JSON built generically from the dataclasses' own fields (never pickle: a cache file is
untrusted input). Reading is defensive: a file that does not parse, belongs to another key, or
names a class or shape this code does not have is a miss, and the fresh result replaces it.
Writing is atomic (temporary file and rename), so two processes writing one entry leave one whole
entry. A read-only or full cache directory costs the cache, not the run: one warning (in the report's
warnings, so stderr, -q and JSON treat it like any other),
and the report is the same (the cache holds only what would be computed anyway).

This module holds the entries (an article's reading, a story's, a pile's groups, a parsed input); what they are
keyed by is ``brief.cache_keys``, the files on disk ``brief.cache_store``, and the sentence spans kept with a parsed
copy ``brief.cache_spans``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from brief.cache_codec import NotCacheable, decode, encode
from brief.cache_keys import SCHEMA as SCHEMA
from brief.cache_keys import article_key as article_key
from brief.cache_keys import briefing_name as briefing_name
from brief.cache_keys import code_fingerprint, story_fingerprint
from brief.cache_keys import summary_name as summary_name
from brief.cache_spans import ALL_INTS, SPLITS, article_spans, valid_spans
from brief.cache_spans import forget_splits as forget_splits
from brief.cache_spans import split_of as split_of
from brief.cache_store import (
    ARTICLE_CACHE_MAX_BYTES,
    GROUPS_SUFFIX,
    PARSED_SUFFIX,
    STORY_SUFFIX,
    EntryFiles,
    default_directory,
)
from brief.cache_store import SUFFIX as SUFFIX
from brief.ingest import dedupe
from brief.model import Actor, Article, BriefingItem
from brief.stories import words

if TYPE_CHECKING:
    from brief.actors.extract import ArticleActors
    from brief.stories.grouping import Group


@dataclass(frozen=True)
class Entry:
    """What the cache holds for one article: its reading (None unless asked for), the summaries
    already computed for it, and the reading as stored (kept so that adding a summary needs no encoding)."""

    found: ArticleActors | None
    summaries: dict[str, tuple[int, ...]]
    stored: Any = None
    shapes: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoryEntry:
    """What the cache holds for one story (its articles, in order): its briefings by ``briefing_name``,
    its actors (None when not kept yet), and its articles' summaries by ``summary_name`` (one tuple
    of picks per article, in order: a warm run then opens no article's entry). Ids are those of the
    run that read it."""

    briefings: dict[str, tuple[BriefingItem, ...]]
    actors: tuple[Actor, ...] | None
    summaries: dict[str, tuple[tuple[int, ...], ...]] = field(default_factory=dict)


Parse = Callable[[bytes, int, str], "tuple[Article, list[str]]"]
"""How an input's bytes become an Article (brief.ingest.files.parse_article)."""


class ArticleCache(EntryFiles):
    """Readings, stories, piles' groups and parsed inputs, each an entry of the store (``EntryFiles``) under its key.

    Never raises on disk trouble: a failed read is a miss, a failed write a warning (once).
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None, max_bytes: int = ARTICLE_CACHE_MAX_BYTES) -> None:
        super().__init__(directory, max_bytes)
        self._keys: dict[Article, str] = {}

    def key(self, article: Article) -> str:
        """``article_key(article)``, computed once per article (a story's key holds its articles')."""
        key = self._keys.get(article)
        if key is None:
            key = self._keys[article] = article_key(article)
        return key
    def get(self, article: Article, reading: bool = True) -> Entry | None:
        """The cached entry of ``article`` (its ids set to this article's), or None; its reading
        is decoded only when asked for (a story whose actors are kept needs only the summaries)."""
        entry = self._load(self._path(self.key(article)), self.key(article))
        if entry is None or "value" not in entry or not isinstance(entry.get("summaries"), dict):
            return None
        try:
            shapes = entry["shapes"]
            value = decode(entry["value"], (article.id,), shapes) if reading else None
            summaries = {
                name: tuple(picks) for name, picks in entry["summaries"].items()
                if isinstance(picks, list) and all(type(p) is int for p in picks)
            }
        except (ValueError, TypeError, KeyError, RecursionError):
            return None  # corrupt or foreign: read the article again, and rewrite it
        return Entry(value, summaries, entry["value"], shapes)

    def put(self, article: Article, value: Any, summaries: dict[str, tuple[int, ...]] | None = None) -> None:
        """Store a reading (and summaries by ``summary_name``): temporary file and rename, so no
        reader ever sees half of one."""
        shapes: dict[str, list[str]] = {}
        self._store_reading(article, encode(value, {article.id: 0}, shapes), shapes, summaries or {})

    def keep(self, article: Article, entry: Entry, summaries: dict[str, tuple[int, ...]]) -> None:
        """Store ``entry``'s reading again with these summaries (as read: nothing to encode)."""
        self._store_reading(article, entry.stored, entry.shapes, summaries)

    def _store_reading(self, article: Article, stored: Any, shapes: dict[str, list[str]],
                       summaries: dict[str, tuple[int, ...]]) -> None:
        key = self.key(article)
        self._write(self._path(key), {"schema": SCHEMA, "key": key, "value": stored, "shapes": shapes,
                                      "summaries": {name: list(picks) for name, picks in summaries.items()}})

    def holds(self, article: Article) -> bool:
        """Whether a reading of ``article`` is stored (whether it still reads is ``get``'s to find)."""
        return self._path(self.key(article)).exists()

    def story_key(self, members: Sequence[Article]) -> str:
        """The key of a story: its articles' keys in its order, the order of their ids, and the code."""
        ids = [a.id for a in members]
        ranks = sorted(range(len(ids)), key=ids.__getitem__)  # ids compared, never their values, stay valid
        payload = json.dumps([SCHEMA, "story", story_fingerprint(), [self.key(a) for a in members], ranks])
        return hashlib.sha256(payload.encode()).hexdigest()

    def get_story(self, members: Sequence[Article]) -> StoryEntry | None:
        """The kept briefings and actors of the story told by ``members`` (in its order), or None."""
        key = self.story_key(members)
        entry = self._load(self._path(key, STORY_SUFFIX), key)
        if entry is None:
            return None
        ids = tuple(a.id for a in members)
        try:
            shapes = entry["shapes"]
            briefings = {name: decode(items, ids, shapes) for name, items in entry["briefings"].items()}
            actors = decode(entry["actors"], ids, shapes)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None
        if not all(_tuple_of(items, BriefingItem) for items in briefings.values()):
            return None
        if actors is not None and not _tuple_of(actors, Actor):
            return None
        summaries = entry.get("summaries", {})
        if not isinstance(summaries, dict):
            return None
        kept = {name: tuple(tuple(p) for p in picks) for name, picks in summaries.items()
                if isinstance(picks, list) and len(picks) == len(members)
                and all(isinstance(p, list) and all(type(i) is int for i in p) for p in picks)}
        return StoryEntry(briefings, actors, kept)

    def put_story(self, members: Sequence[Article], story: StoryEntry) -> None:
        """Store a story's briefings and actors (replacing what was kept for it)."""
        key = self.story_key(members)
        ids = {a.id: place for place, a in enumerate(members)}
        shapes: dict[str, list[str]] = {}
        try:
            briefings = {name: encode(items, ids, shapes) for name, items in story.briefings.items()}
            actors = encode(story.actors, ids, shapes)
        except NotCacheable:
            return
        summaries = {name: [list(p) for p in picks] for name, picks in story.summaries.items()}
        self._write(self._path(key, STORY_SUFFIX), {"schema": SCHEMA, "key": key, "briefings": briefings,
                                                    "actors": actors, "summaries": summaries, "shapes": shapes})

    def groups_key(self, articles: Sequence[Article]) -> str:
        """The key of a pile's stories: its articles' keys, ids and paths in input order (the grouping
        orders by path and names stories by id), and the code."""
        payload = json.dumps([SCHEMA, "groups", story_fingerprint(), [[self.key(a), a.id, a.path] for a in articles]])
        return hashlib.sha256(payload.encode()).hexdigest()

    def get_groups(self, articles: Sequence[Article], key: str | None = None) -> tuple[Group, ...] | None:
        """The stories kept for exactly this pile (brief.stories.group_articles' answer), or None.

        A warm run then neither builds the pile's term vectors nor clusters them (nor imports
        scipy.sparse). An entry that is not a partition of the pile into stories is a miss.
        ``key``: ``groups_key(articles)`` when the caller has it (a miss is stored under it again)."""
        key = key or self.groups_key(articles)
        entry = self._load(self._path(key, GROUPS_SUFFIX), key)
        stored = entry.get("groups") if entry is not None else None
        if not isinstance(stored, list):
            return None
        from brief.stories.grouping import Group

        ids = [a.id for a in articles]
        seen: set[int] = set()
        out: list[Group] = []
        for item in stored:
            if not (isinstance(item, list) and len(item) == 4):
                return None
            places, central, title, shared = item
            if not (isinstance(places, list) and places and all(type(p) is int and 0 <= p < len(ids) for p in places)
                    and type(central) is int and central in places and isinstance(title, str)
                    and isinstance(shared, list) and all(isinstance(t, str) for t in shared)):
                return None
            if seen.intersection(places) or len(set(places)) != len(places):
                return None
            seen.update(places)
            out.append(Group(tuple(ids[p] for p in places), ids[central], title, tuple(shared)))
        return tuple(out) if len(seen) == len(ids) else None

    def put_groups(self, articles: Sequence[Article], groups: Sequence[Group], key: str | None = None) -> None:
        """Keep the stories found in this pile (each article as its place in the pile); ``key`` as
        ``get_groups``'s."""
        place = {a.id: n for n, a in enumerate(articles)}
        try:
            stored = [[[place[i] for i in g.articles], place[g.central], g.title, list(g.shared)] for g in groups]
        except KeyError:
            return
        key = key or self.groups_key(articles)
        self._write(self._path(key, GROUPS_SUFFIX), {"schema": SCHEMA, "key": key, "groups": stored})

    def _parsed_key(self, data: bytes, name: str) -> str:
        digest = hashlib.sha256(json.dumps([SCHEMA, "parsed", story_fingerprint(), name]).encode())
        digest.update(data)
        return digest.hexdigest()

    def holds_parsed(self, data: bytes, name: str) -> bool:
        """Whether a parsed copy of ``data`` read as ``name`` is stored; whether it still reads is
        ``parsed``'s to find (a bad entry is parsed again and rewritten there)."""
        return self._path(self._parsed_key(data, name), PARSED_SUFFIX).exists()

    def parsed(self, data: bytes, id: int, name: str, parse: Parse) -> tuple[Article, list[str]]:
        """``parse(data, id, name)`` (an input's bytes decoded and cleaned into an Article, with its
        warnings), kept under the bytes, the name and the code: a warm run reads no file twice.
        The article's sentence spans are kept with it (``split_of``), and split now when it is parsed;
        so are its near-copy shingles and the words the grouping counts (``words.remember``).
        What ``parse`` raises (the input is not an article) is raised again, and not kept."""
        key = self._parsed_key(data, name)
        path = self._path(key, PARSED_SUFFIX)
        entry = self._load(path, key)
        if entry is not None:
            try:
                article = decode(entry["article"], (), entry["shapes"])
                warnings = entry["warnings"]
            except (ValueError, TypeError, KeyError, RecursionError):
                article = warnings = None
            if isinstance(article, Article) and isinstance(warnings, list) and all(type(w) is str for w in warnings):
                article = dataclasses.replace(article, id=id)
                spans = valid_spans(entry.get("spans"), article)
                hashes = entry.get("shingles")
                if spans is not None and isinstance(hashes, list) and set(map(type, hashes)) <= ALL_INTS:
                    SPLITS[article.text, article.paragraphs] = spans
                    dedupe.remember(article.text, frozenset(hashes))
                    counted = entry.get("words")
                    if isinstance(counted, str):  # decoded (and checked) only if the pile is grouped
                        words.remember(article, spans, counted)
                    return article, warnings
        article, warnings = parse(data, id, name)
        shapes: dict[str, list[str]] = {}
        try:
            stored = encode(article, {}, shapes)
        except NotCacheable:
            return article, warnings
        spans = SPLITS[article.text, article.paragraphs] = article_spans(article)
        hashes = dedupe.shingles(article.text)
        dedupe.remember(article.text, hashes)
        # Kept as the string stored, not as the count: a pile's counts held as Python strings
        # until it is grouped take ~23 MB on 1,000 articles, the strings ~3.5 MB.
        counted = words.encoded(words.count(article.title, [article.text[start:end] for start, end in spans]))
        words.remember(article, spans, counted)
        self._write(path, {"schema": SCHEMA, "key": key, "article": stored, "warnings": list(warnings),
                           "shapes": shapes, "spans": [list(pair) for pair in spans], "shingles": sorted(hashes),
                           "words": counted})
        return article, warnings


def _tuple_of(value: Any, cls: type) -> bool:
    return isinstance(value, tuple) and all(isinstance(v, cls) for v in value)


def open_cache(enabled: bool, cache_dir: str | None = None, warnings: list[str] | None = None) -> ArticleCache | None:
    """The article cache for these options: None under ``--no-cache``, or (with a line added to
    ``warnings``) when the installed reading code cannot be fingerprinted, since entries could then
    outlive it."""
    if not enabled:
        return None
    try:
        code_fingerprint()
    except (OSError, zipfile.BadZipFile) as exc:
        if warnings is not None:
            warnings.append(f"the article cache is off: cannot read {getattr(exc, 'filename', '') or 'the models'} "
                            f"({str(exc).lower()})")
        return None
    return ArticleCache(default_directory(cache_dir))
