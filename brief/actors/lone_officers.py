"""An officer named by a surname alone after her office ("Halden chief executive Marsh said"), which the tagger
read as a body.

Why: a surname that is also a word ("Marsh", "Price", "Young") or that the tagger never saw is typed an
organisation when it stands alone, so the officer's words went to a body named after her and her office was
lost. A person's office written right before one capitalised word, and a lower-case word after it (her verb), is
a person's: no body is styled "chief executive X" or "spokesman X".
"""

from __future__ import annotations

from brief.actors.gazetteer import demonym_country, is_country

OFFICES = frozenset("executive ceo spokesman spokeswoman spokesperson chairman chairwoman boss minister secretary "
                    "president".split())
"""Last words of an office only a person holds, written before her name ("chief executive", "CEO", "boss"). Not
"leader", "chief" or "manager", which a market gives a firm too ("streaming leader Twitch", "fund manager X")."""


def with_lone_officers(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each one-word body right after a person's office and before a lower-case word a person."""
    out = []
    for a, b, label in spans:
        word = words[a]
        if (label == "ORG" and b - a == 1 and a >= 1 and words[a - 1].lower() in OFFICES
                and b < len(words) and words[b][:1].islower() and words[b].isalpha()
                and word[:1].isupper() and word[1:].islower() and word.isalpha()
                and not is_country(word) and not demonym_country(word)):
            out.append((a, b, "PER"))  # "Halden chief executive | Marsh | said"
            continue
        out.append((a, b, label))
    return out
