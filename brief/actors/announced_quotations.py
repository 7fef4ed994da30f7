"""A quotation announced by a colon frame is the frame's subject's, not the last speaker's carried on.

"BET.com named X its person of the year, and in his interview, this is what he had to say: (¶) “I did not run ...”":
the sentence before the quotation resolved to the site (it named someone), so the rule that carries the last speaker
on into a cue-less quotation (``speakers.continued_quotes``) gave the site words the colon frame announces as X's
(``colon_quotes.colon_quotations``). A colon that closes the sentence before says whose words follow, which the
sentence's other attribution does not: the frame's reading wins where it names a person and the speaker carried
on is a body (the words are then a person's, whom the colon frame names).
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.speakers import Continued


def announced_first(continued: Sequence[Continued], announced: Sequence[Continued]) -> list[Continued]:
    """The carried-on quotations less those of a body in a sentence a colon frame announces as a person's (a body's
    frame, "The Times made these claims, and the Post responded:", is read no better than the last speaker)."""
    by_frame = {c.sentence for c in announced if c.mention.kind == "person"}
    return [c for c in continued if c.sentence not in by_frame or c.mention.kind == "person"]
