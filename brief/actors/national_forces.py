"""A nation's armed force named as a body: "the Nigerian Army", "the Indian Navy", "the Kenyan Defence Forces".

A country's troops speak for it when the text describes them ("Nigerian troops said": the state acts through
them); its army as a source is the army (``armed_forces``, session 42). Written with capitals after the nationality, the force is named as an
institution with its own voice and record ("The Nigerian Army admitted responsibility"), as "Police
Scotland" is (``country_bodies``); its words are the army's, not the whole state's.
"""

from __future__ import annotations

from collections.abc import Sequence

FORCE_NAMES = (("Army",), ("Navy",), ("Air", "Force"), ("Defence", "Forces"), ("Defense", "Forces"),
               ("Defence", "Force"), ("Defense", "Force"), ("Coast", "Guard"), ("Armed", "Forces"))
"""A force's capitalised name after a nationality; in lower case ("the Nigerian army said") a source's words name the
same body (``armed_forces``)."""


def force_after(words: Sequence[str], i: int) -> int:
    """How many words after index ``i`` (a demonym) name a national force in capitals: 0 if none."""
    for name in FORCE_NAMES:
        if tuple(words[i + 1 : i + 1 + len(name)]) == name:
            return len(name)
    return 0
