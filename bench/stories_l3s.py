"""The L3S-GN1 piles of bench/stories_web.py: a story gold of halves, and each half's pages as brief reads them.

The gold (``bench/stories_web_gold_l3s.json``) holds one entry per half under ``"halves"``: its ``"pages"``,
its ``"stories"`` of two or more pages (each a list of page names or ``{"about", "pages"}``) and
optionally ``"doubts"`` (near pages judged apart). A half's pages are the saved originals of the L3S
checkout (``L3S-GN1-*/original/UUID.html``, the halves as bench/l3s_reference.py draws them), staged
under their page names (``l3s-UUID8.html``) so that brief reads them as the folder /work/pages/kl holds
them. A held-out half is scored by its totals only: nothing here prints a page of it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any

from l3s_reference import HELD_OUT_HALVES, halves

L3S = Path("/tmp/l3s")
GOLD_L3S = Path(__file__).resolve().parent / "stories_web_gold_l3s.json"


def story_pages(story: Iterable[str] | Mapping[str, Any]) -> list[str]:
    """A gold story's pages, whether the story is a list of names or ``{"about", "pages"}``."""
    return list(story["pages"]) if isinstance(story, Mapping) else list(story)


def gold_labels(half: Mapping[str, Any]) -> dict[str, Hashable]:
    """Each of a half's pages -> its story: the listed stories, then every other page a story of its own."""
    label: dict[str, Hashable] = {}
    for k, story in enumerate(half.get("stories", [])):
        for page in story_pages(story):
            label[page] = ("story", k)
    for page in half.get("pages", []):
        label.setdefault(page, ("alone", page))
    return label


def gold_halves(path: Path) -> dict[str, dict[str, Any]]:
    """The halves of an L3S story gold (none when the file is missing)."""
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("halves", {}))


def is_held_out(half: str) -> bool:
    return half in HELD_OUT_HALVES


def stage_half(checkout: Path, half: str, wanted: Iterable[str], folder: Path) -> list[Path]:
    """Copy the half's saved pages the gold names into ``folder`` under their page names; the copies."""
    names = set(wanted)
    staged = []
    for original, (name, its_half) in halves(checkout).items():
        if its_half == half and name in names:
            target = folder / name
            shutil.copyfile(original, target)
            staged.append(target)
    return sorted(staged)


def page_addresses(checkout: Path) -> dict[str, str]:
    """Each page name -> the address it was fetched from (``url-mapping.txt`` beside the pages, when the
    checkout has it: ``<urn:uuid:UUID>`` TAB address per line); the 2008 pages rarely name their own."""
    mapping = next(iter(sorted(checkout.glob("L3S-GN1-*/url-mapping.txt"))), None)
    if mapping is None:
        return {}
    addresses = {}
    for line in mapping.read_text(encoding="utf-8", errors="replace").splitlines():
        urn, _, address = line.partition("\t")
        uuid = urn.strip("<>").rpartition(":")[2]
        if uuid and address:
            addresses[f"l3s-{uuid[:8]}.html"] = address.strip()
    return addresses
