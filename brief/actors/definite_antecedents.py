"""Which of several bodies a capitalised definite noun refers back to: the one named before it.

Why: "the Commission" on a page that names the European Commission in its first sentence, and another
commission only in a teaser at its foot ("the Australian Competition and Consumer Commission"), was joined to
neither and listed as a body "Commission" of its own. A definite noun refers back: where exactly one of the
bodies whose name holds it is named, in the same article, before the noun's first use, it is that one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from brief.actors.mentions import Mention


class _Group(Protocol):
    key: str
    mentions: list[Mention]


G = TypeVar("G", bound=_Group)


def named_before(bare: Sequence[Mention], fits: Sequence[G]) -> list[G]:
    """The ``fits`` named in full before the first of the ``bare`` mentions in its article."""
    if not bare:
        return []
    first = min(bare, key=lambda m: (m.article, m.start))
    return [f for f in fits if any(m.article == first.article and m.start < first.start and m.name == f.key
                                   for m in f.mentions)]
