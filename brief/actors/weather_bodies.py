"""A name after the words for a public weather body ("state forecaster Meteo Ostland", "the national weather
service, Hydromet,"): the forecasting agency, not a person or a place.

Why: weather and disaster news cites a country's forecasting agency by what it is, then its name, the way
it cites a state broadcaster; a person may be a forecaster ("BBC forecaster Lena Marsh"), but a state's or a
nation's forecaster is its agency, and the agency's name ("Meteo ...") reads to the tagger as a person's or a
country's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names

_PUBLIC_FORECASTER_BEFORE = re.compile(
    r"\b(?:state|national|government|official|public|country's|nation's)\s+(?:weather\s+)?"
    r"(?:forecaster|weather\s+(?:service|agency|bureau|office)|meteorological\s+(?:agency|service|office|institute))"
    r",?\s+$",
    re.I,
)


def public_forecaster(before: str, words: Sequence[str]) -> bool:
    """ "state forecaster Meteo Ostland said": the agency; a name opening with a given name is a person's."""
    return bool(_PUBLIC_FORECASTER_BEFORE.search(before)) and words[0] not in first_names()
