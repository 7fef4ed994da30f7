"""What an article's or a story's cache entry is keyed by: the fingerprints of the code that made it, and the options.

An entry must never outlive the code that computed it: its key holds the package version, a hash of the source and
model files behind the reading (``code_fingerprint``), of every file a story's briefing and actors depend on
(``story_fingerprint``), the article's fields, and the options under which a summary or a briefing was made.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from functools import lru_cache

from brief import __version__
from brief.cache_codec import PACKAGE as _PACKAGE
from brief.cache_codec import READING_CODE as _READING_CODE
from brief.model import Article

SCHEMA = 3
"""Bumped when the layout of an entry changes (not needed for a change of the dataclasses' fields:
their shape is part of the key). 3: article ids stored as places in the entry's list of articles,
so that one format holds an article's reading and a story's briefing and actors."""

_ENTRY_CODE = (*_READING_CODE, "summarize")
"""Packages fingerprinted in an article entry's key: the reading's, and the summarizers', since the
entry also keeps the article's summaries (a changed summarizer must not be served old picks)."""
_FACES = ("tui", "render")
"""Packages that only show a report: a story's briefing and actors depend on every other source file."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code behind an article's entry and its data: the source files, each model member's
    CRC-32, the other data files.

    The zip directory of an ``.npz`` already holds every member's checksum, so the 14 MB of
    weights are fingerprinted by reading a few hundred bytes, not hashed at every start.
    """
    digest = hashlib.sha256(__version__.encode())
    files = [_PACKAGE / "model.py"]
    for package in _ENTRY_CODE:
        files.extend(sorted(p for p in (_PACKAGE / package).rglob("*") if p.is_file() and p.suffix != ".pyc"))
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        if path.suffix == ".npz":
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    digest.update(f"{info.filename}:{info.CRC}:{info.file_size}".encode())
        else:
            digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def story_fingerprint() -> str:
    """A hash of the code a story's briefing and actors depend on besides its articles' readings:
    every source file of the package but the faces' (``_FACES``), and the reading's fingerprint."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        relative = path.relative_to(_PACKAGE)
        if relative.parts[0] not in _FACES:
            digest.update(str(relative).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """The key of an article's reading: every field it reads, and the fingerprint of what reads it."""
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in ("id", "path")}
    payload = json.dumps([SCHEMA, code_fingerprint(), fields], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def summary_name(method: str, count: int) -> str:
    """A summary depends on the options: it is stored under the method and count that made it."""
    return f"{method}:{count}"


def briefing_name(method: str, sentences: int | None, words: int | None, order: str) -> str:
    """A story's briefing depends on the options: it is stored under the method, budget and order."""
    return f"{method}:{sentences}:{words}:{order}"
