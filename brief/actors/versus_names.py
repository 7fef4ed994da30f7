"""Two names set against each other with "v." read as one: "the Mitt v. McCain war", "Chelsea v Arsenal".

Why: the tagger takes a lone lower-case letter with a full stop for a middle initial, so "Mitt v. McCain"
came out as one person, "Mitt v. McCain", and every later "McCain" went to that man no one named (a
blog's second-ranked actor). No person's or body's name holds "v." or "vs." between its capitalised
words: a span that does is two names, one each side, each with the span's label.
"""

from __future__ import annotations

VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})
"""The words that set one name against another ("v." of a match or a court case, "versus")."""


def without_versus(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each holding a "v." between capitalised words cut there into the names on its sides."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        cut = next((k for k in range(a + 1, b - 1) if words[k] in VERSUS and words[k - 1][:1].isupper()
                    and words[k + 1][:1].isupper()), None)
        if cut is None:
            out.append((a, b, label))
            continue
        out.extend([(a, cut, label), (cut + 1, b, label)])
    return out
