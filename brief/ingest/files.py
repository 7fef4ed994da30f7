"""Finding and reading the inputs: files, directories, globs and stdin.

Every input that cannot be used becomes a one-line problem naming it; the rest goes on.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import stat
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.dedupe import find_duplicates
from brief.ingest.feeds import FeedError, feed_entries
from brief.ingest.limits import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from brief.ingest.limits import human_size
from brief.ingest.local import FEED_SUFFIXES, SNIFF_BYTES, is_feed_file, kind_by_name, not_read
from brief.ingest.local import not_an_article as not_an_article_file
from brief.ingest.sniff import looks_like_html
from brief.ingest.web import FetchError, WebDoc, WebOptions, decode_page, fetch_all, is_url, kind_of, unsupported_scheme
from brief.model import Article

TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown", ".html", ".htm"})
STDIN = "-"


@dataclass(frozen=True)
class Loaded:
    """What loading produced: the usable articles, and what went wrong or looks odd."""

    articles: tuple[Article, ...]
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """The files named by paths, directories (recursively) and globs, and a problem per bad input."""
    found: list[str] = []
    problems: list[str] = []
    for raw in inputs:
        if raw == STDIN:
            found.append(STDIN)
            continue
        if is_url(raw):  # fetched by load_articles (issue 7)
            found.append(raw.strip())
            continue
        path = Path(raw)
        if os.path.lexists(raw):
            if path.is_dir():
                files = _walk(path)
                if not files:
                    problems.append(f"{raw}: directory has no readable text files (.txt, .md, .html or no extension) and no saved feeds")
                found.extend(files)
            else:
                found.append(raw)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if not os.path.isdir(m)]
            for directory in (m for m in matches if os.path.isdir(m)):
                files.extend(_walk(Path(directory)))
            if not files:
                problems.append(f"{raw}: no files match this pattern")
            found.extend(files)
        elif scheme := unsupported_scheme(raw):
            problems.append(f"{raw}: {scheme}: URLs are not fetched; only http and https")
        else:
            problems.append(f"{raw}: no such file or directory")
    unique = list(dict.fromkeys(found))
    return unique, problems


def _walk(root: Path) -> list[str]:
    """Text files and saved feeds below ``root``, sorted; hidden entries skipped; linked directories
    not followed. A file named as a feed is one only by its content: folders hold other XML and
    JSON (sitemaps, settings, data), passed over without a word, as images are."""
    files: list[str] = []
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            suffix = Path(name).suffix.lower()
            if name.startswith(".") or suffix not in TEXT_SUFFIXES | FEED_SUFFIXES:
                continue
            path = os.path.join(directory, name)
            if suffix in FEED_SUFFIXES and not _holds_a_feed(path):
                continue
            files.append(path)
    return files


def _holds_a_feed(path: str) -> bool:
    """Whether the file starts as a feed does; one that cannot be opened is no feed to the walk."""
    try:
        with open(path, "rb") as handle:
            return is_feed_file(handle.read(SNIFF_BYTES))
    except OSError:
        return False


def read_input(name: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of one input; raises NotText with a one-line reason when it cannot be read."""
    if name == STDIN:
        if stdin is None:
            raise NotText("standard input is not available")
        data = stdin.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise NotText(f"input is larger than the {human_size(max_bytes)} limit (--max-size)")
        return data
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise NotText("vanished before it could be read (or is a broken link)") from None
    except OSError as exc:
        raise NotText(_os_reason(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        raise NotText(f"not a regular file ({kind}); skipped")
    if info.st_size > max_bytes:
        raise NotText(f"file is {human_size(info.st_size)}, above the {human_size(max_bytes)} limit (--max-size)")
    try:
        with open(name, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NotText("vanished before it could be read") from None
    except OSError as exc:
        raise NotText(_os_reason(exc)) from None


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def parse_article(data: bytes, id: int, name: str) -> tuple[Article, list[str]]:
    """Decode, unwrap and clean one input into an Article, with any warnings about it."""
    warnings: list[str] = []
    reason = not_an_article_file(data, name)
    if reason:
        raise NotText(reason)
    text, note = decode_bytes(data)
    if note:
        warnings.append(f"{name}: {note}")
    return parse_text(text, id, name, warnings=warnings)


def parse_text(
    text: str, id: int, name: str, hints: Mapping[str, str] | None = None, *,
    warnings: list[str] | None = None, check_article: bool = False,
) -> tuple[Article, list[str]]:
    """An Article from decoded text or HTML; ``hints`` is what a URL or feed entry told us.

    The page's own title and site name win over a feed's; the feed's date and the URL win over
    the page's, since a publication date in a feed is data while one found in a page is a guess.
    Web pages (and a feed's text standing in for one, ``check_article``) that do not look like an
    article are refused with the reason; a text file is the user's own and is always read.
    """
    # The readers of pages and text, imported here: a warm run takes every article from the cache
    # (and the page reader only for a page: a pile of text files never imports it, ~0.04 s).
    from brief.ingest.markdown_files import is_markdown, markdown_text
    from brief.ingest.pagekind import NotAnArticle, not_an_article
    from brief.ingest.text import article_from_text, split_front_matter
    from brief.text.language import LANGUAGE_NAMES, guess_language

    # one code point per accented letter ("Malacañang", not "n" and a combining tilde): a name's word is one token,
    # and every pattern's \w reads it as a letter
    text = unicodedata.normalize("NFC", text)
    warnings = [] if warnings is None else warnings
    hints = hints or {}
    fields: dict[str, str] = {k: v for k, v in hints.items() if v}
    html = looks_like_html(text)
    headline, teasers, labels, site = True, 0, frozenset[str](), tuple[str, ...]()
    declared = description = ""
    video, posts = False, 0
    italics = noted = frozenset[str]()
    if html:
        from brief.ingest.html import extract_html

        page = extract_html(text, hints.get("url", ""))
        text = page.text
        headline, teasers, labels, site = page.headline, page.teasers, page.labels, page.site
        declared, description, italics, noted = page.declared, page.description, page.italics, page.noted
        video, posts = page.video, page.posts
        for key, value in (("title", page.title), ("source", page.source), ("date", page.date)):
            if value and not (key == "date" and fields.get("date")):
                fields[key] = value
    elif is_markdown(name):
        body = split_front_matter(text)[1]
        heading, shown = markdown_text(body)
        text = text[: len(text) - len(body)] + shown  # the header between --- fences is the text loader's
        if heading and not fields.get("title"):
            fields["title"] = heading
        if body.strip() and not shown.strip():
            raise NotText("no text besides its Markdown markup (a heading, images, code)")
    if not text.strip() and html:
        # a page drawn by its scripts, a redirect or an error page: no story to read, said as for any non-article
        raise NotAnArticle(fields.get("title", ""), "no text of its own: a page drawn by scripts, a redirect or an error page")
    if not text.strip():
        raise NotText("contains only whitespace")
    article = article_from_text(text, id, name, fields, labels, site, italics, noted)
    if html or check_article:
        reason = not_an_article(article, headline, teasers, declared=declared, description=description, extracted=text, video=video,
                               posts=posts)
        if reason:
            raise NotAnArticle(article.title, reason)
    if not article.paragraphs:
        raise NotText("no article text (only boilerplate or headline)")
    language = guess_language(article.text)
    if language != "en":
        warnings.append(
            f"{name}: looks like {LANGUAGE_NAMES.get(language, language)}, not English; "
            "summarized, but actors are not listed for it (they are built for English)"
        )
        article = dataclasses.replace(article, language=language)
    return article, warnings


# ``parsed`` of load_articles: the article cache standing in for parse_article.
Parse = Callable[[bytes, int, str, Callable[[bytes, int, str], tuple[Article, list[str]]]], tuple[Article, list[str]]]


def load_articles(
    inputs: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
    web: WebOptions | None = None,
    parsed: Parse | None = None,
) -> Loaded:
    """Every usable article among the inputs, numbered from 1, exact and near duplicates dropped.

    ``parsed(data, id, name, parse_article)``, when given, stands in for ``parse_article`` on files
    and standard input (the article cache: the same bytes are not parsed twice).
    """
    names, errors = expand_inputs(inputs)
    max_entries = (web or WebOptions()).max_entries
    warnings: list[str] = []
    articles: list[Article] = []
    # --- URLs and feeds (issue 7): fetched first, a few at once; read below in input order ---
    urls = [name for name in names if is_url(name)]
    fetched = None
    if urls:
        step = (lambda done, total: progress(done, total + len(names))) if progress else None
        fetched = fetch_all(urls, web or WebOptions(max_bytes=max_bytes), progress=step)
        errors.extend(fetched.errors)
        warnings.extend(fetched.warnings)
    fetches = fetched.fetches if fetched else 0
    # --- end of URLs and feeds ---
    for n, name in enumerate(names, 1):
        if fetched is not None and name in fetched.docs:
            for doc in fetched.docs[name]:
                try:
                    article, notes = _parse_web(doc, len(articles) + 1)
                except NotText as exc:
                    errors.append(f"{doc.name}: {exc}")
                else:
                    articles.append(article)
                    warnings.extend(notes)
        else:
            display = "<stdin>" if name == STDIN else name
            try:
                read, notes, problems = _read_file(name, display, len(articles) + 1, max_bytes, max_entries, stdin, parsed)
            except NotText as exc:
                errors.append(f"{display}: {exc}")
            else:
                articles.extend(read)
                warnings.extend(notes)
                errors.extend(problems)
        if progress:
            progress(fetches + n, fetches + len(names))
    kept, pairs = _drop_duplicates(articles)
    return Loaded(tuple(kept), tuple(errors), tuple(warnings), tuple(pairs))


def _read_file(
    name: str, display: str, id: int, max_bytes: int, max_entries: int, stdin: BinaryIO | None, parsed: Parse | None,
) -> tuple[list[Article], list[str], list[str]]:
    """The articles of one file or standard input (one, or a feed's several); warnings; problems with entries."""
    kind = kind_by_name(name) if name != STDIN else None
    if kind:  # named explicitly (a folder's walk skips them): not even read
        raise NotText(not_read(kind))
    data = read_input(name, max_bytes, stdin)
    if is_feed_file(data):
        return read_feed_file(data, display, id, max_entries)
    article, notes = (parsed or _unparsed)(data, id, display, parse_article)
    return [article], notes, []


def _unparsed(data: bytes, id: int, name: str, parse: Callable[[bytes, int, str], tuple[Article, list[str]]]) -> tuple[Article, list[str]]:
    return parse(data, id, name)


def read_feed_file(data: bytes, name: str, first_id: int, max_entries: int) -> tuple[list[Article], list[str], list[str]]:
    """The articles of a feed saved as a file, from the text its entries carry; warnings; problems.

    The entries' links are not fetched (a file is read offline, and a feed's URL fetches them):
    entries that carry no article text are counted in one warning for the feed, not one each.
    """
    try:
        title, entries = feed_entries(data, "", "", max_entries)
    except FeedError as exc:
        raise NotText(str(exc)) from None
    articles: list[Article] = []
    warnings: list[str] = []
    problems: list[str] = []
    untold = 0  # entries with a link but no article text of their own (none, or a teaser)
    for n, entry in enumerate(entries, 1):
        entry_name = f"{name}#entry-{n}"
        hints = {k: v for k, v in (("url", entry.link), ("title", entry.title), ("date", entry.date), ("source", title)) if v}
        try:
            if not entry.text:
                raise NotText("carries no text")
            article, notes = parse_text(entry.text, first_id + len(articles), entry_name, hints, check_article=True)
        except NotText as exc:
            if entry.link:
                untold += 1
            else:
                problems.append(f"{entry_name}: {exc}")
            continue
        articles.append(article)
        warnings.extend(notes)
    if untold:
        note = (f"a saved feed: {untold} of its {len(entries)} entries carry no article text, "
                "and a saved feed's links are not fetched (give the feed's URL to fetch them)")
        if not articles:
            raise NotText(note)
        warnings.append(f"{name}: {note}")
    return articles, warnings, problems


def _parse_web(doc: WebDoc, id: int) -> tuple[Article, list[str]]:
    """An Article from a fetched page, or from the feed's text for an entry whose page is gone or absent.

    Raises NotText naming what the response was instead; for a feed's text that is too short to be
    the article (a teaser), the page's own failure is what the user needs to hear.
    """
    if doc.page is None:
        try:
            article, notes = parse_text(doc.text, id, doc.name, doc.hints, check_article=True)
        except NotText as exc:
            raise NotText(doc.failure or str(exc)) from None
        if doc.failure:
            notes.insert(0, f"{doc.name}: {doc.failure}; read the entry's text from the feed instead")
        return article, notes
    try:
        kind = kind_of(doc.page)
    except FetchError as exc:
        raise NotText(str(exc)) from None
    if kind == "feed":
        raise NotText("a feed, reached as a feed entry; not followed")
    return parse_text(decode_page(doc.page), id, doc.name, doc.hints)


def _drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[tuple[str, str]]]:
    duplicate_of = find_duplicates([a.text for a in articles])
    pairs = [(articles[dup].path, articles[orig].path) for dup, orig in sorted(duplicate_of.items())]
    kept = [a for i, a in enumerate(articles) if i not in duplicate_of]
    return [dataclasses.replace(a, id=i) for i, a in enumerate(kept, 1)], pairs
