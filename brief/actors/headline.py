"""Who a headline names by office: "DEA Officials Arrest BVI Premier" is about the premier.

Headlines name the story's subject by title as often as by name; the text then names the holder
with that title once ("the Caribbean Territory's Premier Andrew Fahie") and by surname after. Ranking
by names alone leaves such a subject below whoever the headline names outright.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from brief.actors.grouping import Group
from brief.actors.roles import is_role_word
from brief.text.phrases import has_phrase, phrase_spans


def role_title(role: str) -> str:
    """The office at the end of a role, lower-cased: "Caribbean Territory's Premier" -> "premier",
    "BVI Deputy Premier" -> "deputy premier" (a deputy is not the premier); "" when it ends in no title."""
    words = role.replace("’", "'").split()
    kept: list[str] = []
    for word in reversed(words):
        if not is_role_word(word):
            break
        kept.append(word.lower())
    return " ".join(reversed(kept))


_SUCCESSION = frozenset("new next future incoming would-be".split())
"""Words that make an office in a headline its next holder's ("becoming the new director", "the
country's next president"), not the one who holds it in the text."""


def _names_office(title: str, headline: str, names: Iterable[str]) -> bool:
    """The headline uses the office as its reference to someone: as whole words, not part of a longer
    office ("Deputy Premier") or of a name it gives ("B.B. King"), not as the title before a name
    ("Chef Jamie Oliver"), and not for the office's next holder ("the new Director")."""
    names = list(names)
    in_names = [span for n in names for span in phrase_spans(headline, n)]
    for found in re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", headline, re.I):
        before = headline[: found.start()].split()
        if before and (is_role_word(before[-1]) or before[-1].lower() in _SUCCESSION):
            continue
        if any(a <= found.start() and found.end() <= b for a, b in in_names):
            continue
        after = headline[found.end() :].lstrip()
        if any(after.startswith(n) for n in names):
            continue
        return True
    return False


def named_by_office(groups: Sequence[Group], titles: Mapping[int, str]) -> Counter[int]:
    """For each group (by id), how many articles' headlines name it by an office that only it holds
    in that article. Two holders of one title (two ministers) leave it to no one: the headline's
    office is then not a reference the text settles."""
    holders: dict[tuple[int, str], set[int]] = {}
    names: dict[int, set[str]] = {}
    for group in groups:
        for m in group.mentions:
            names.setdefault(m.article, set()).update((m.name, m.surface))
            title = role_title(m.role) if m.kind == "person" and m.role else ""
            if title:
                holders.setdefault((m.article, title), set()).add(id(group))
    credit: Counter[int] = Counter()
    for (article, title), held in holders.items():
        headline = titles.get(article, "")
        if len(held) != 1 or not headline:
            continue
        named = [n for n in names[article] if len(n) > 2 and has_phrase(headline, n)]
        if _names_office(title, headline, named):
            credit[next(iter(held))] += 1
    return credit
