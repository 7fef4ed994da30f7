"""A street written with "St" at its end is a place, not a person (brief.actors.street_ends), on an article
written for this test."""

from __future__ import annotations

from written import kinds_of

_BUSKERS = (
    'Buskers return to the main street\n'
    '\n'
    'Every January the town fills with buskers, and most of them end up on Tarn St, the long main road that runs through the centre.\n'
    '\n'
    'Lena Corbett, now a recording artist, played on Tarn St with her brothers when she was twelve. "I will never forget it," Corbett said.\n'
    '\n'
    'Council worker Ray Dunne said the busking permits had doubled since 2004.\n'
)


def test_a_street_ending_in_st_is_a_place() -> None:
    kinds = kinds_of(_BUSKERS)
    assert kinds.get("Tarn St") == "place" and kinds.get("Lena Corbett") == "person"
