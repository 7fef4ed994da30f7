"""The disk cache of fetched responses: reopening a briefing is instant and works offline.

One file per URL (a JSON header line, then the raw body), written atomically; the least recently
used files are deleted first once the cache passes its bound.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

CACHE_MAX_BYTES = 200 * 1024 * 1024
CACHE_ENV = "BRIEF_CACHE_DIR"


@dataclass(frozen=True)
class Page:
    """One HTTP response as fetched (or as cached): enough to tell what it is and to decode it."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    content_type: str  # the media type, lowercased, without parameters
    charset: str
    body: bytes
    fetched: float  # Unix time of the fetch






def default_cache_dir() -> Path:
    """``$BRIEF_CACHE_DIR``, else the platform's user cache directory (``~/.cache/brief/web`` on Linux)."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("brief", appauthor=False)) / "web"


class Cache:
    """Responses on disk, one file per URL, written atomically; the least recently used go first.

    A file is a JSON header line then the raw body; a file that does not parse or whose body is
    short (a crash mid-write on an odd file system) is treated as absent.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None, max_bytes: int = CACHE_MAX_BYTES) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.max_bytes = max_bytes

    def _path(self, url: str) -> Path:
        return self.directory / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".page")

    def get(self, url: str) -> Page | None:
        """The cached response for this URL, or None."""
        path = self._path(url)
        try:
            with open(path, "rb") as handle:
                header = json.loads(handle.readline())
                body = handle.read()
        except (OSError, ValueError):
            return None
        if not isinstance(header, dict) or header.get("url") != url or len(body) != header.get("length"):
            return None
        try:
            os.utime(path)  # recently used: evicted last
        except OSError:
            pass
        return Page(url, header["final_url"], header["content_type"], header["charset"], body, header["fetched"])

    def put(self, page: Page) -> None:
        """Store a response: temporary file and rename, so readers never see half of one."""
        if len(page.body) > self.max_bytes:
            return
        header = {
            "url": page.url,
            "final_url": page.final_url,
            "content_type": page.content_type,
            "charset": page.charset,
            "fetched": page.fetched,
            "length": len(page.body),
        }
        import tempfile

        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".page", dir=self.directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(json.dumps(header).encode("utf-8") + b"\n")
                handle.write(page.body)
            os.replace(tmp, self._path(page.url))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def evict(self) -> int:
        """Delete the least recently used entries until the cache fits its bound; how many went."""
        try:
            entries = [(p.stat().st_mtime, p.stat().st_size, p) for p in self.directory.glob("*.page")]
        except OSError:
            return 0
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed


