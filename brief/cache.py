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
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brief import __version__
from brief.ingest.cache import CACHE_ENV
from brief.model import Article

if TYPE_CHECKING:
    from brief.actors.extract import ArticleActors

SCHEMA = 2
"""Bumped when the layout of an entry changes (not needed for a change of the dataclasses' fields:
their shape is part of the key)."""

ARTICLE_CACHE_MAX_BYTES = 200 * 1024 * 1024
"""Measured ~9 KB per CNN/DailyMail or DUC article (bench/scale.py's 88 articles: 0.8 MB), so
this keeps some 20,000 articles (the web cache's bound too): weeks of a morning's feeds."""

SUFFIX = ".article.json"
_PACKAGE = Path(__file__).resolve().parent
_READING_CODE = ("actors", "text")
"""Packages whose code the per-article reading runs; their source and model files are fingerprinted."""


def default_directory(cache_dir: str | None = None) -> Path:
    """``articles`` beside the web cache: in ``cache_dir``, ``$BRIEF_CACHE_DIR`` or the user cache directory."""
    configured = cache_dir or os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured) / "articles"
    import platformdirs

    return Path(platformdirs.user_cache_dir("brief", appauthor=False)) / "articles"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the reading code and its models: the source files, and each model member's CRC-32.

    The zip directory of an ``.npz`` already holds every member's checksum, so the 14 MB of
    weights are fingerprinted by reading a few hundred bytes, not hashed at every start.
    """
    digest = hashlib.sha256(__version__.encode())
    files = [_PACKAGE / "model.py"]
    for package in _READING_CODE:
        files.extend(sorted((_PACKAGE / package).rglob("*.py")))
        files.extend(sorted((_PACKAGE / package).rglob("*.npz")))
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        if path.suffix == ".npz":
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    digest.update(f"{info.filename}:{info.CRC}:{info.file_size}".encode())
        else:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """The key of an article's reading: every field it reads, and the fingerprint of what reads it."""
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in ("id", "path")}
    payload = json.dumps([SCHEMA, code_fingerprint(), fields], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


class NotCacheable(ValueError):
    """A value the generic encoding does not cover (a dict, a set, a foreign class)."""


def encode(value: Any, article: int, shapes: dict[str, list[str]]) -> Any:
    """JSON-ready form of a value made of brief's dataclasses, lists, tuples and scalars.

    A dataclass is ``{"d": "module:Class", "v": [field values]}``, its field names recorded once in
    ``shapes``; a tuple is ``{"t": [...]}`` so that it comes back a tuple. Fields named ``article``
    must hold this article's id: they are rewritten to the id of whichever run reads the entry.
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v, article, shapes) for v in value]
    if isinstance(value, tuple):
        return {"t": [encode(v, article, shapes) for v in value]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if not cls.__module__.startswith("brief."):
            raise NotCacheable(f"{cls.__module__}.{cls.__qualname__}")
        name = f"{cls.__module__}:{cls.__qualname__}"
        fields = dataclasses.fields(value)
        shapes[name] = [f.name for f in fields]
        values = []
        for f in fields:
            item = getattr(value, f.name)
            if f.name == "article" and item != article:
                raise NotCacheable(f"{name} of article {item} inside article {article}")
            values.append(encode(item, article, shapes))
        return {"d": name, "v": values}
    raise NotCacheable(type(value).__name__)


class Corrupt(ValueError):
    """An entry this code cannot trust: it is a miss."""


def decode(data: Any, article: int, shapes: dict[str, list[str]]) -> Any:
    """The value ``encode`` stored, with ``article`` fields set to ``article``; Corrupt if anything is off.

    Only dataclasses of the reading code's own modules are built (imported if need be: a warm run
    may not have loaded the tagger at all), and only when their fields are exactly the recorded ones.
    """
    if not isinstance(shapes, dict):
        raise Corrupt("no shapes")
    classes = {name: (_dataclass(name, shapes), shapes[name]) for name in shapes}
    return _decode(data, article, classes)


_SCALARS = frozenset((type(None), bool, int, float, str))


def _decode(data: Any, article: int, classes: dict[str, tuple[type, list[str]]]) -> Any:
    # Scalars are returned without a call: an entry holds tens of thousands of them.
    if type(data) in _SCALARS:
        return data
    if type(data) is list:
        return [v if type(v) in _SCALARS else _decode(v, article, classes) for v in data]
    if type(data) is not dict:
        raise Corrupt(f"unexpected {type(data).__name__}")
    if len(data) == 1 and type(data.get("t")) is list:
        return tuple(v if type(v) in _SCALARS else _decode(v, article, classes) for v in data["t"])
    kind, values = data.get("d"), data.get("v")
    if len(data) != 2 or type(values) is not list or kind not in classes:
        raise Corrupt("not a stored value")
    cls, names = classes[kind]
    if len(names) != len(values):
        raise Corrupt(f"{kind}: {len(values)} values for {len(names)} fields")
    fields = {
        n: article if n == "article" else v if type(v) in _SCALARS else _decode(v, article, classes)
        for n, v in zip(names, values)
    }
    return cls(**fields)


def _dataclass(name: Any, shapes: dict[str, list[str]]) -> type:
    if not isinstance(name, str) or not isinstance(shapes[name], list):
        raise Corrupt(f"bad class {name!r}")
    module_name, _, qualname = name.partition(":")
    module = importlib.import_module(module_name) if _reading_module(module_name) else None
    cls = getattr(module, qualname, None) if module is not None and "." not in qualname else None
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise Corrupt(f"unknown class {name}")
    if [f.name for f in dataclasses.fields(cls)] != shapes[name]:
        raise Corrupt(f"{name} has other fields now")
    return cls


def _reading_module(name: str) -> bool:
    """Whether ``name`` is a module of the reading code (the only ones an entry may make us import)."""
    parts = name.split(".")
    if parts[:2] == ["brief", "model"] and len(parts) == 2:
        return True
    return (len(parts) >= 3 and parts[0] == "brief" and parts[1] in _READING_CODE
            and all(p.isidentifier() for p in parts) and name in _reading_modules())


@lru_cache(maxsize=1)
def _reading_modules() -> frozenset[str]:
    out = set()
    for package in _READING_CODE:
        for path in (_PACKAGE / package).rglob("*.py"):
            parts = path.relative_to(_PACKAGE.parent).with_suffix("").parts
            out.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return frozenset(out)


@dataclass(frozen=True)
class Entry:
    """What the cache holds for one article: its reading, and the summaries already computed for it."""

    found: ArticleActors | None
    summaries: dict[str, tuple[int, ...]]


def summary_name(method: str, count: int) -> str:
    """A summary depends on the options: it is stored under the method and count that made it."""
    return f"{method}:{count}"


class ArticleCache:
    """Readings on disk, one file per key, written atomically; the least recently used go first.

    Never raises on disk trouble: a failed read is a miss, a failed write a warning (once).
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None, max_bytes: int = ARTICLE_CACHE_MAX_BYTES) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self.max_bytes = max_bytes
        self.warnings: list[str] = []
        """What went wrong on disk, once: the pipeline adds it to the report's warnings."""
        self.stored = 0

    def _path(self, key: str) -> Path:
        return self.directory / (key + SUFFIX)

    def get(self, article: Article) -> Entry | None:
        """The cached reading of ``article`` (its ids set to this article's), or None."""
        key = article_key(article)
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                entry = json.loads(handle.read())
            if not (isinstance(entry, dict) and entry.get("schema") == SCHEMA and entry.get("key") == key
                    and "value" in entry and isinstance(entry.get("summaries"), dict)):
                return None
            value = decode(entry["value"], article.id, entry["shapes"])
            summaries = {
                name: tuple(picks) for name, picks in entry["summaries"].items()
                if isinstance(picks, list) and all(type(p) is int for p in picks)
            }
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None  # absent, unreadable, corrupt or foreign: read the article again, and rewrite it
        try:
            os.utime(path)  # recently used: evicted last
        except OSError:
            pass
        return Entry(value, summaries)

    def put(self, article: Article, value: Any, summaries: dict[str, tuple[int, ...]] | None = None) -> None:
        """Store a reading (and summaries by ``summary_name``): temporary file and rename, so no
        reader ever sees half of one."""
        shapes: dict[str, list[str]] = {}
        key = article_key(article)
        entry = {"schema": SCHEMA, "key": key, "value": encode(value, article.id, shapes), "shapes": shapes,
                 "summaries": {name: list(picks) for name, picks in (summaries or {}).items()}}
        data = json.dumps(entry, separators=(",", ":")).encode("ascii")  # escaped: lone surrogates survive
        if len(data) > self.max_bytes:
            return
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=self.directory)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, self._path(key))
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
                    if item.name.endswith(SUFFIX):
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
