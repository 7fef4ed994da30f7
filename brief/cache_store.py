"""The cache's files on disk: one JSON file per key, written atomically, the least recently used evicted first.

Never raises on disk trouble: a file that is absent, unreadable, not JSON or of another schema or key is a miss, and
a failed write is one warning (the pipeline adds it to the report's warnings), never an error.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from brief.cache_keys import SCHEMA
from brief.ingest.cache import CACHE_ENV

ARTICLE_CACHE_MAX_BYTES = 200 * 1024 * 1024
"""Measured ~9 KB per CNN/DailyMail or DUC article (bench/scale.py's 88 articles: 0.8 MB), so
this keeps some 20,000 articles (the web cache's bound too): weeks of a morning's feeds."""

SUFFIX = ".article.json"
STORY_SUFFIX = ".story.json"
PARSED_SUFFIX = ".parsed.json"
GROUPS_SUFFIX = ".groups.json"


def default_directory(cache_dir: str | None = None) -> Path:
    """``articles`` beside the web cache: in ``cache_dir``, ``$BRIEF_CACHE_DIR`` or the user cache directory."""
    configured = cache_dir or os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured) / "articles"
    import platformdirs

    return Path(platformdirs.user_cache_dir("brief", appauthor=False)) / "articles"


class EntryFiles:
    """One file per key in ``directory``, written atomically; the least recently used go first past ``max_bytes``."""

    def __init__(self, directory: str | os.PathLike[str] | None = None, max_bytes: int = ARTICLE_CACHE_MAX_BYTES) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self.max_bytes = max_bytes
        self.warnings: list[str] = []
        """What went wrong on disk, once: the pipeline adds it to the report's warnings."""
        self.stored = 0

    def _path(self, key: str, suffix: str = SUFFIX) -> Path:
        return self.directory / (key + suffix)

    def _load(self, path: Path, key: str) -> dict[str, Any] | None:
        """The entry in ``path`` if it is one of this schema and key (marked recently used), else None."""
        try:
            with open(path, "rb") as handle:
                entry = json.loads(handle.read())
        except (OSError, ValueError, RecursionError):
            return None  # absent, unreadable or not JSON: computed again, and rewritten
        if not (isinstance(entry, dict) and entry.get("schema") == SCHEMA and entry.get("key") == key):
            return None
        try:
            os.utime(path)  # recently used: evicted last
        except OSError:
            pass
        return entry

    def _write(self, path: Path, entry: dict[str, Any]) -> None:
        data = json.dumps(entry, separators=(",", ":")).encode("ascii")  # escaped: lone surrogates survive
        if len(data) > self.max_bytes:
            return
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.name[64:], dir=self.directory)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
            tmp = None
            self.stored += len(data)
        except OSError as exc:
            self._warn(exc)
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def _warn(self, exc: OSError) -> None:
        if not self.warnings:
            reason = (exc.strerror or str(exc)).lower()
            self.warnings.append(f"could not write the article cache in {self.directory} ({reason}); "
                                 "articles are read afresh")

    def evict(self) -> int:
        """Delete the least recently used entries until the cache fits its bound; how many went."""
        try:
            entries = []
            with os.scandir(self.directory) as listing:
                for item in listing:
                    if item.name.endswith((SUFFIX, STORY_SUFFIX, PARSED_SUFFIX, GROUPS_SUFFIX)):
                        stat = item.stat()
                        entries.append((stat.st_mtime, stat.st_size, item.path))
        except OSError:
            return 0
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                os.unlink(path)
            except OSError:
                continue
            total -= size
            removed += 1
        return removed

