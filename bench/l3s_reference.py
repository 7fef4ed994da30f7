"""L3S-GN1's assessor labels as reference bodies for ``bench/extraction.py`` (the I/J and K/L pages).

Each page of the set (``L3S-GN1-*/original/UUID.html``) has a copy in ``annotated/`` whose text blocks
are wrapped in ``<span class="x-nc-selN">``: 1 headline, 2 full text, 3 supplemental (captions, datelines,
bylines), 4 related content, 5 comments, 0 not content. The reference body is the full text (2). The
headline and the supplemental text belong to the article without being its body: a word brief keeps
beyond the full text's count of it is forgiven (counted neither right nor wrong) as far as the headline
and supplemental blocks hold it, as bench/extraction.py already leaves the headline out of both sides.
Related links, comments and the page's furniture count against precision.

The pages are those ``bench/other_pages.py`` takes (``L3S_MIN_WORDS`` labelled full-text words), by
UUID: the first ``L3S_SAMPLE`` alternate between halves I (read) and J (held out), the rest between
K (read) and L (held out). The pages with fewer labelled words (short wire items and briefs, 144 of the 621)
alternate between M (read) and N (held out), by UUID too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from other_pages import L3S_MIN_WORDS, L3S_SAMPLE, _labelled_words

L3S = Path("/tmp/l3s")
READ_HALVES = ("I", "K", "M")
HELD_OUT_HALVES = ("J", "L", "N")
FULL_TEXT = 2
FORGIVEN = (1, 3)  # headline and supplemental: the article's, but not its body
_LABEL = re.compile(r"\bx-nc-sel(\d)\b")
_SKIPPED = frozenset({"script", "style"})


class Labelled(NamedTuple):
    """One page: its name, its half, the saved HTML, its full text and its forgiven text."""

    name: str
    half: str
    html: bytes
    full: str
    forgiven: str


class _LabelReader(HTMLParser):
    """The text of each label; a block goes to the innermost labelled span around it (the labels nest
    when a labelled link holds a labelled span)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[int, list[str]] = {}
        self._spans: list[int | None] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "span":
            found = _LABEL.search(dict(attrs).get("class") or "")
            self._spans.append(int(found.group(1)) if found else None)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag == "span" and self._spans:
            self._spans.pop()

    def handle_data(self, data: str) -> None:
        label = next((n for n in reversed(self._spans) if n is not None), None)
        if label is not None and not self._skip:
            self.texts.setdefault(label, []).append(data)


def labelled_text(annotated: str) -> dict[int, str]:
    """The text of each label of one annotated page, its blocks joined by spaces."""
    reader = _LabelReader()
    reader.feed(annotated)
    reader.close()
    return {label: " ".join(blocks) for label, blocks in reader.texts.items()}


def halves(checkout: Path) -> dict[Path, tuple[str, str]]:
    """Each page's original (by UUID order) -> (its name, its half)."""
    folder = next(iter(sorted(checkout.glob("L3S-GN1-*/original"))), None)
    if folder is None:
        return {}
    long, short = [], []
    for path in sorted(folder.glob("*.html")):
        words = _labelled_words((folder.parent / "annotated" / path.name).read_bytes())
        (long if words >= L3S_MIN_WORDS else short).append(path)
    sample, rest = long[:L3S_SAMPLE], long[L3S_SAMPLE:]
    return {
        path: (f"l3s-{path.stem[:8]}.html", pair[i % 2])
        for part, pair in ((sample, ("I", "J")), (rest, ("K", "L")), (short, ("M", "N")))
        for i, path in enumerate(part)
    }


def l3s_pages(checkout: Path, wanted: tuple[str, ...]) -> Iterator[Labelled]:
    """The pages of the halves wanted, with their reference texts."""
    for path, (name, half) in halves(checkout).items():
        if half in wanted:
            annotated = (path.parent.parent / "annotated" / path.name).read_text(encoding="utf-8", errors="replace")
            texts = labelled_text(annotated)
            forgiven = " ".join(texts.get(label, "") for label in FORGIVEN)
            yield Labelled(name, half, path.read_bytes(), texts.get(FULL_TEXT, ""), forgiven)
