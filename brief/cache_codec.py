"""How the article cache stores brief's dataclasses as JSON, and reads them back without trusting them.

A value is built generically from the dataclasses' own fields (never pickle: a cache file is
untrusted input); reading builds only dataclasses of the reading code's own modules, with exactly
the recorded fields, and anything else is Corrupt (a miss for brief.cache).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
READING_CODE = ("actors", "text")
"""Packages whose code the per-article reading runs; their source, model and data files are fingerprinted."""


class NotCacheable(ValueError):
    """A value the generic encoding does not cover (a dict, a set, a foreign class, a foreign article)."""


ID_FIELD = "article"
ID_TUPLE_FIELDS = frozenset(("articles", "also"))
"""Fields of brief's dataclasses that hold article ids: one (``article``) or a tuple of them. An
entry stores each as the article's place in the entry's own list of articles (an article's reading:
just itself; a story: its articles), so that it reads back with the ids of whichever run reads it."""


_SCALARS = frozenset((type(None), bool, int, float, str))


def encode(value: Any, ids: Mapping[int, int], shapes: dict[str, list[str]]) -> Any:
    """JSON-ready form of a value made of brief's dataclasses, lists, tuples and scalars.

    A dataclass is ``{"d": "module:Class", "v": [field values]}``, its field names recorded once in
    ``shapes``; a tuple is ``{"t": [...]}`` so that it comes back a tuple. Article ids (``ID_FIELD``,
    ``ID_TUPLE_FIELDS``) are stored as ``ids[id]``; an id not in ``ids`` is NotCacheable.
    """
    if type(value) in _SCALARS:  # the common case first: an entry holds tens of thousands
        return value
    if isinstance(value, list):
        return [encode(v, ids, shapes) for v in value]
    if isinstance(value, tuple):
        return {"t": [encode(v, ids, shapes) for v in value]}
    layout = _layout(type(value))
    if layout is None:
        if isinstance(value, (bool, int, float, str)):  # a subclass of a scalar (an IntEnum, a str subclass)
            return value
        raise NotCacheable(type(value).__name__)
    name, names, roles = layout
    shapes[name] = list(names)
    values: list[Any] = []
    for n, role in zip(names, roles):
        item = getattr(value, n)
        if role == _ID:
            values.append(_place(item, ids, name))
        elif role == _IDS:
            if not isinstance(item, tuple):
                raise NotCacheable(f"{name}.{n} is not a tuple of article ids")
            values.append({"t": [_place(i, ids, name) for i in item]})
        else:
            values.append(encode(item, ids, shapes))
    return {"d": name, "v": values}


_ID, _IDS, _VALUE = 0, 1, 2
"""What a dataclass field holds for ``encode``: an article id, a tuple of them, or a value."""
_LAYOUTS: dict[type, tuple[str, tuple[str, ...], tuple[int, ...]] | None] = {}


def _layout(cls: type) -> tuple[str, tuple[str, ...], tuple[int, ...]] | None:
    """A dataclass's stored name, field names and the role of each field, found once per class
    (``dataclasses.fields`` on every value was a third of the cost of storing a reading); None
    for a class that is no dataclass. A dataclass from outside brief is NotCacheable."""
    if cls in _LAYOUTS:
        return _LAYOUTS[cls]
    layout = None
    if dataclasses.is_dataclass(cls):
        if not cls.__module__.startswith("brief."):
            raise NotCacheable(f"{cls.__module__}.{cls.__qualname__}")
        names = tuple(f.name for f in dataclasses.fields(cls))
        roles = tuple(_ID if n == ID_FIELD else _IDS if n in ID_TUPLE_FIELDS else _VALUE for n in names)
        layout = (f"{cls.__module__}:{cls.__qualname__}", names, roles)
    _LAYOUTS[cls] = layout
    return layout


def _place(item: Any, ids: Mapping[int, int], name: str) -> int:
    if type(item) is not int or item not in ids:
        raise NotCacheable(f"{name} of article {item!r}, not one of this entry's")
    return ids[item]


class Corrupt(ValueError):
    """An entry this code cannot trust: it is a miss."""


def decode(data: Any, ids: Sequence[int], shapes: dict[str, list[str]]) -> Any:
    """The value ``encode`` stored, with article ids read back as ``ids[place]``; Corrupt if anything is off.

    Only dataclasses of the reading code's own modules are built (imported if need be: a warm run
    may not have loaded the tagger at all), and only when their fields are exactly the recorded ones.
    """
    if not isinstance(shapes, dict):
        raise Corrupt("no shapes")
    classes: dict[str, _Builder] = {}
    for name, shape in shapes.items():
        if not (isinstance(name, str) and type(shape) is list and all(type(n) is str for n in shape)):
            raise Corrupt(f"bad class {name!r}")
        classes[name] = _known_builder(name, tuple(shape))
    return _decode(data, tuple(ids), classes)


_Builder = tuple[type, tuple[str, ...], tuple[int, ...], bool]
"""How ``_decode`` builds a stored dataclass: the class, its field names, each field's role (as
``encode``'s), and whether it may be filled in directly (see ``_builder``)."""


@lru_cache(maxsize=256)
def _known_builder(name: str, shape: tuple[str, ...]) -> _Builder:
    """``_builder`` of the class an entry names with these fields, found once per run: a warm run
    decodes ~2,500 entries of the same few classes, and looking each one's class and fields up
    again was a sixth of decoding them. What is wrong raises Corrupt, and is not remembered."""
    return _builder(_dataclass(name, shape), shape)


def _builder(cls: type, names: Sequence[str]) -> _Builder:
    """A plain dataclass (no ``__post_init__``, no slots: every one an entry holds) is made by filling
    its ``__dict__``, what its generated ``__init__`` does one ``object.__setattr__`` at a time when
    frozen (a warm run builds ~80,000 of them); any other through its ``__init__``."""
    roles = tuple(_ID if n == ID_FIELD else _IDS if n in ID_TUPLE_FIELDS else _VALUE for n in names)
    direct = not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    return cls, tuple(f.name for f in dataclasses.fields(cls)), roles, direct  # the class's own (interned) names


_new = object.__new__


def _decode(data: Any, ids: tuple[int, ...], classes: dict[str, _Builder]) -> Any:
    # Scalars are returned without a call: an entry holds tens of thousands of them.
    kind = type(data)
    if kind in _SCALARS:
        return data
    if kind is list:
        return [v if type(v) in _SCALARS else _decode(v, ids, classes) for v in data]
    if kind is not dict:
        raise Corrupt(f"unexpected {kind.__name__}")
    if len(data) == 1 and type(data.get("t")) is list:
        return tuple([v if type(v) in _SCALARS else _decode(v, ids, classes) for v in data["t"]])
    name, values = data.get("d"), data.get("v")
    if len(data) != 2 or type(values) is not list or name not in classes:
        raise Corrupt("not a stored value")
    cls, names, roles, direct = classes[name]
    if len(names) != len(values):
        raise Corrupt(f"{name}: {len(values)} values for {len(names)} fields")
    fields: dict[str, Any] = {}
    for n, role, v in zip(names, roles, values):
        if role == _VALUE:
            fields[n] = v if type(v) in _SCALARS else _decode(v, ids, classes)
        elif role == _ID:
            fields[n] = _article_id(v, ids)
        else:
            if type(v) is not dict or type(v.get("t")) is not list or len(v) != 1:
                raise Corrupt(f"{name}.{n}: not a tuple of articles")
            fields[n] = tuple([_article_id(i, ids) for i in v["t"]])
    if not direct:
        return cls(**fields)
    value: Any = _new(cls)
    value.__dict__.update(fields)
    return value


def _article_id(place: Any, ids: tuple[int, ...]) -> int:
    if type(place) is not int or not 0 <= place < len(ids):
        raise Corrupt(f"no article at {place!r}")
    return ids[place]


def _dataclass(name: str, shape: tuple[str, ...]) -> type:
    module_name, _, qualname = name.partition(":")
    module = importlib.import_module(module_name) if _reading_module(module_name) else None
    cls = getattr(module, qualname, None) if module is not None and "." not in qualname else None
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise Corrupt(f"unknown class {name}")
    if tuple(f.name for f in dataclasses.fields(cls)) != shape:
        raise Corrupt(f"{name} has other fields now")
    return cls


def _reading_module(name: str) -> bool:
    """Whether ``name`` is a module of the reading code (the only ones an entry may make us import)."""
    parts = name.split(".")
    if parts[:2] == ["brief", "model"] and len(parts) == 2:
        return True
    return (len(parts) >= 3 and parts[0] == "brief" and parts[1] in READING_CODE
            and all(p.isidentifier() for p in parts) and name in _reading_modules())


@lru_cache(maxsize=1)
def _reading_modules() -> frozenset[str]:
    out = set()
    for package in READING_CODE:
        for path in (PACKAGE / package).rglob("*.py"):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            out.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return frozenset(out)
