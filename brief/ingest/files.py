"""Finding and reading the inputs: files, directories, globs and stdin.

Every input that cannot be used becomes a one-line problem naming it; the rest goes on.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.dedupe import find_duplicates
from brief.ingest.html import html_to_text, looks_like_html
from brief.ingest.text import article_from_text
from brief.model import Article
from brief.text.language import guess_language

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
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
        path = Path(raw)
        if os.path.lexists(raw):
            if path.is_dir():
                files = _walk(path)
                if not files:
                    problems.append(f"{raw}: directory has no readable text files (.txt, .md, .html or no extension)")
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
        else:
            problems.append(f"{raw}: no such file or directory")
    unique = list(dict.fromkeys(found))
    return unique, problems


def _walk(root: Path) -> list[str]:
    """Text files below ``root``, sorted; hidden entries skipped; linked directories not followed."""
    files: list[str] = []
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            files.append(os.path.join(directory, name))
    return files


def read_input(name: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of one input; raises NotText with a one-line reason when it cannot be read."""
    if name == STDIN:
        if stdin is None:
            raise NotText("standard input is not available")
        data = stdin.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise NotText(f"input is larger than the {_size(max_bytes)} limit (--max-size)")
        return data
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise NotText("vanished before it could be read (or is a broken link)")
    except OSError as exc:
        raise NotText(_os_reason(exc))
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        raise NotText(f"not a regular file ({kind}); skipped")
    if info.st_size > max_bytes:
        raise NotText(f"file is {_size(info.st_size)}, above the {_size(max_bytes)} limit (--max-size)")
    try:
        with open(name, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NotText("vanished before it could be read")
    except OSError as exc:
        raise NotText(_os_reason(exc))


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def parse_article(data: bytes, id: int, name: str) -> tuple[Article, list[str]]:
    """Decode, unwrap and clean one input into an Article, with any warnings about it."""
    warnings: list[str] = []
    text, note = decode_bytes(data)
    if note:
        warnings.append(f"{name}: {note}")
    fields: dict[str, str] = {}
    if looks_like_html(text):
        title, text = html_to_text(text)
        if title:
            fields["title"] = title
        warnings.append(f"{name}: HTML page; extracted its text")
    if not text.strip():
        raise NotText("contains only whitespace" if not fields else "HTML page with no readable text")
    article = article_from_text(text, id, name, fields)
    if not article.paragraphs:
        raise NotText("no article text (only boilerplate or headline)")
    language = guess_language(article.text)
    if language != "en":
        warnings.append(
            f"{name}: looks like {language_name(language)}, not English; summaries and actors are built for English"
        )
        article = dataclasses.replace(article, language=language)
    return article, warnings


def language_name(code: str) -> str:
    from brief.text.language import LANGUAGE_NAMES

    return LANGUAGE_NAMES.get(code, code)


def load_articles(
    inputs: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    """Every usable article among the inputs, numbered from 1, exact and near duplicates dropped."""
    names, errors = expand_inputs(inputs)
    warnings: list[str] = []
    articles: list[Article] = []
    for n, name in enumerate(names, 1):
        display = "<stdin>" if name == STDIN else name
        try:
            article, notes = parse_article(read_input(name, max_bytes, stdin), len(articles) + 1, display)
        except NotText as exc:
            errors.append(f"{display}: {exc}")
        else:
            articles.append(article)
            warnings.extend(notes)
        if progress:
            progress(n, len(names))
    kept, pairs = _drop_duplicates(articles)
    return Loaded(tuple(kept), tuple(errors), tuple(warnings), tuple(pairs))


def _drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[tuple[str, str]]]:
    duplicate_of = find_duplicates([a.text for a in articles])
    pairs = [(articles[dup].path, articles[orig].path) for dup, orig in sorted(duplicate_of.items())]
    kept = [a for i, a in enumerate(articles) if i not in duplicate_of]
    return [dataclasses.replace(a, id=i) for i, a in enumerate(kept, 1)], pairs
