"""An office named by whose it is, the tagger keeping only its last word: "The Information Commissioner's Office said"
tagged "Office", "the Attorney General's Office" tagged "Office". The owner's title is capitalised words the tagger
read as a title, not a name, so the body was listed as "Office" (or as a place) and "the regulator said" went to it.
The office's name is the whole run: the untagged capitalised words, their "'s" and the office's word.
"""

from __future__ import annotations

from collections.abc import Sequence

OFFICE_HEADS = frozenset("Office Department Bureau Service Unit Chambers Commission".split())
"""Words that name an office after its holder's title ("the District Attorney's Office", "the Coroner's Service")."""
MAX_OWNER_WORDS = 4
"""Most capitalised words of the owner's title ("Information Commissioner", "Chief Medical Examiner")."""
_POSSESSIVE = frozenset({"'s", "’s"})
_OPENERS = frozenset("the a an this that".split())

Span = tuple[int, int, str]


def with_office_owners(texts: Sequence[Sequence[str]], found: list[list[Span]]) -> list[list[Span]]:
    """``found`` with each office tagged by its last word alone widened to its owner's title before "'s", and each
    such office the tagger left untagged added ("the Attorney General's Office declined to comment")."""
    out = []
    for words, spans in zip(texts, found):
        widened = [_widened(words, spans, span) for span in spans]
        # the office's word first: the span scan is the costly test, and only an office's word can pass the rest
        untagged = [(k, a + 1, "ORG") for a in range(len(words)) if words[a] in OFFICE_HEADS
                    and not any(s <= a < e for s, e, _ in spans)
                    and (k := _owner_start(words, spans, a)) is not None and (k == 0 or words[k - 1].lower() in _OPENERS)]
        out.append(sorted([*widened, *untagged]))
    return out


def _widened(words: Sequence[str], spans: Sequence[Span], span: Span) -> Span:
    a, b, _ = span
    k = _owner_start(words, spans, a) if b - a == 1 else None
    return span if k is None else (k, b, "ORG")


def _owner_start(words: Sequence[str], spans: Sequence[Span], a: int) -> int | None:
    """Where the owner's title opens before the office's word at ``a`` and its "'s"; None when no untagged title
    stands there (an owner the tagger named is a name of its own: "Manhattan" tagged, its office apart)."""
    if words[a] not in OFFICE_HEADS or a < 2 or words[a - 1] not in _POSSESSIVE:
        return None
    k = a - 1
    while (k > 0 and a - 1 - k < MAX_OWNER_WORDS and words[k - 1][:1].isupper() and words[k - 1].isalpha()
           and words[k - 1].lower() not in _OPENERS):
        k -= 1
    if k == a - 1 or any(s < a - 1 and e > k for s, e, _ in spans):
        return None
    return k
