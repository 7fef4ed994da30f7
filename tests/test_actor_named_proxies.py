"""A voice introduced with whom it speaks for and then named bare: "a representative for Maren has come forward ...
'...,' the spokesperson told Starwire" is Maren's statement (session 50: once a given name alone was read as the
person, the bare voice found no one). On an article written for this test."""

from __future__ import annotations

from written import said_by

_DENIAL = (
    "Maren Holloway's representative denies feud with co-star\n\n"
    "Maren Holloway's representative has denied rumours of a feud between the actress and her co-star Ilse "
    "Brandt.\n\n"
    "Reports of tension first appeared in a weekly magazine, which claimed the pair had been at war on set.\n\n"
    "However, a representative for Maren has come forward to dismiss the claims.\n\n"
    "\"It's nonsense from start to finish. The whole cast is getting on brilliantly,\" the spokesperson told "
    "Starwire.\n"
)


def test_a_bare_voice_speaks_for_the_one_it_was_introduced_for() -> None:
    said = said_by(_DENIAL)
    assert any("nonsense" in t for t in said["Maren Holloway"])
