"""A name written twice in a row ("About Magellan Magellan allows"): the name once.

Why: a press release closes on a heading over its boilerplate ("About Magellan") and the paragraph under it
opens on the same name ("Magellan allows people to ..."). Where the page's markup keeps no break between
the two, the text runs them together and the tagger reads one name of the words doubled, "Magellan
Magellan", listed as an actor of its own (and typed a person, two capitalised words). A name whose words
are the same run twice, where the text also writes that run alone, is the run once: the second copy, which
opens the sentence the name acts in.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention, normalise
from brief.text.phrases import phrase_spans


def _halved(words: list[str]) -> bool:
    """ "Magellan Magellan", "Acme Labs Acme Labs": an even run of words whose halves are the same."""
    half = len(words) // 2
    return len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def _written_alone(text: str, half: str, doubled: str) -> bool:
    """Whether ``half`` stands in the text somewhere other than in the doubled run ``doubled``."""
    return sum(1 for _ in phrase_spans(text, half)) > 2 * sum(1 for _ in phrase_spans(text, doubled))


def doubled_names_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each of a name whose words are the same run twice, which the text also writes alone,
    cut to its second copy."""
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        if _halved(words):
            half = " ".join(words[len(words) // 2 :])
            if _written_alone(text, half, " ".join(words)):
                starts = [w.start() for w in re.finditer(r"\S+", m.surface)]
                start = m.start + starts[len(words) // 2]
                surface = text[start : m.end]
                m = dataclasses.replace(m, start=start, surface=surface, name=normalise(surface))
        out.append(m)
    return out
