"""The apostrophe of a plural's possessive inside a body's name that a title follows ("Workers' Party MP").

Why apart from ``roles``: the tokenizer splits the apostrophe off the plural, and the walk back over a title's words
would stop at it and leave the body's name cut ("Party MP").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.mentions import Token


def plural_owner_mark(sent: list[Token], j: int) -> bool:
    """Whether ``sent[j - 1]`` is the apostrophe of a capitalised plural's possessive inside a body's name before
    the title ("Workers' Party MP", "Teachers' Union president"): the tokenizer splits it off the plural, and
    the name it opens is the body whose office the title is, as "Labour Party MP" is."""
    return (sent[j - 1].text in ("'", "’") and j >= 2 and sent[j - 2].text[:1].isupper()
            and sent[j - 2].text.endswith("s") and sent[j - 2].text.isalpha() and j < len(sent) and sent[j].text[:1].isupper())
