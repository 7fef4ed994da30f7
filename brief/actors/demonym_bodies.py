"""A demonym standing alone as a verb's subject, where the article names a body that opens with it: "American said
in a statement" after "American Airlines" is the airline, not the United States.

Why: news shortens a body named for its country to that first word ("American" of American Airlines, "Norwegian"
of Norwegian Air), and the demonym step reads the word as the country; a statement the airline gave went to the
United States (fresh44's sample judged it a wrong speaker). A country does not take a singular demonym alone as its
subject ("the Americans said", "American officials said" are other shapes): a verb right after the bare word, with
one body of the article opening with it, makes the word that body's name.
"""

from __future__ import annotations

from brief.actors.phrasing import simple_past

_PRESENT_FINITE = frozenset("says tells has is was will would".split())
"""Finite verbs after a subject that no past form marks ("American says", "American has said")."""
_DETERMINERS = frozenset("a an one the another every each".split())
"""Words before a demonym that make it a person of the country ("an American said"), not a body's short name."""


def bare_demonym_body(words: list[str], i: int, known: dict[tuple[str, ...], str]) -> str | None:
    """The name of the body a bare demonym at word ``i`` shortens (an organisation the article names in two words or
    more that opens with it, the only one), when a finite verb follows it; else None."""
    if i + 1 >= len(words) or (i > 0 and words[i - 1].lower() in _DETERMINERS):
        return None
    if not (simple_past(words[i + 1]) or words[i + 1] in _PRESENT_FINITE):
        return None
    bodies = [k for k, label in known.items() if label == "ORG" and len(k) >= 2 and k[0] == words[i]]
    return " ".join(bodies[0]) if len(bodies) == 1 else None
