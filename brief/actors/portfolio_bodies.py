"""A body named for a portfolio in "Affairs" whose first word the tagger left out ("Barbados's Foreign | Affairs
Ministry responded", "the Home | Affairs Department"): the name runs from the portfolio's first word.

Why a module of its own: the tagger knows "Foreign Affairs" best inside "Ministry of Foreign Affairs" and, with
the ministry's noun last, began the body at "Affairs"; the actor was "Affairs Ministry", a name cut in two.
"Affairs" never opens a body's name, so the capitalised word before it, untagged, is the name's.

Also a ministry's name run on into its minister's ("Minister within the Ministry of Housing and Water Shalini
Ramdass said", Guyana's and Trinidad's papers): the tagger read the whole run as the ministry, so the minister was
no actor and her words went to a body named after her. After the ministry's last field, a name of two words no
dictionary holds is hers.
"""

from __future__ import annotations

from brief.actors.phrasing import is_noun
from brief.actors.title_links import MINISTRY_FIELDS

_FIELD_TAIL = "Affairs"
"""The portfolio's second word that the tagger begins the body at ("Foreign | Affairs", "Consumer | Affairs")."""


def with_portfolio_heads(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence's spans with an "Affairs ..." body taking in the capitalised, untagged word before it."""
    ends = {b for _, b, _ in spans}
    out = []
    for a, b, label in spans:
        if (label == "ORG" and a > 0 and b - a >= 2 and words[a] == _FIELD_TAIL and a not in ends
                and words[a - 1].isalpha() and words[a - 1][:1].isupper() and words[a - 1][1:].islower()
                and words[a - 1] != "The"):
            a -= 1  # "Foreign | Affairs Ministry": one body
        out.append((a, b, label))
    return out


_MINISTRY_HEADS = frozenset({"Ministry", "Department"})
_HOLDER_WORDS = 2
"""A minister's given name and surname after the ministry's field ("... and Water | Shalini Ramdass")."""


def _plain_name_word(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and not is_noun(word.lower())


def with_ministry_holders(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence's spans with a ministry's name that runs on into a person's name cut before it."""
    out = []
    for a, b, label in spans:
        k = b - _HOLDER_WORDS
        if (label == "ORG" and words[a] in _MINISTRY_HEADS and a + 2 < k and words[a + 1] == "of"
                and words[k - 1].lower() in MINISTRY_FIELDS and all(_plain_name_word(w) for w in words[k:b])):
            out += [(a, k, "ORG"), (k, b, "PER")]  # "Ministry of Housing and Water | Shalini Ramdass"
            continue
        out.append((a, b, label))
    return out
