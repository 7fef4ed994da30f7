""" "Summit host Qatar welcomed the proposals. “They will be examined ...,” a statement said.": a statement brought in
bare, its author named nowhere, is by the body or state that spoke or acted in the sentence just before.

Why: ``documents.document_author`` reads "the statement" back to where the text brought it in with its author, and
``document_agents`` reads "a statement by X"; a statement brought in with "a" and no author is a new document of
someone's, and news sets it right after the sentence on what its author did, as "an official said" goes on with the
body that spoke last (``officials``). Only a statement's nouns (not a report or a study, which anyone may publish),
only with "a"/"an" (perhaps "joint", "written" between), and only a body or a state that spoke in the sentence
before, never a person (whose own words would be "he said", not a statement).
"""

from __future__ import annotations

from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention

STATEMENT_NOUNS = frozenset("statement communique communiqué release".split())
"""Documents by which a body or a state speaks in its own name (a report or a letter is as often someone else's)."""
_QUALIFIERS = frozenset("joint written brief separate short official formal".split())
"""Words that may stand between the article and the noun ("a written statement")."""
STATEMENT_REACH = 1
"""Sentences back within which the body that spoke is the statement's author: the sentence just before."""


def indefinite_statement(words: list[str], last: Speaker | None, sentence: int) -> Mention | None:
    """The author of a bare indefinite statement as the source ``words`` ("a statement"), or None (see the module's
    docstring)."""
    if len(words) not in (2, 3) or words[0] not in ("a", "an") or words[-1] not in STATEMENT_NOUNS:
        return None
    if len(words) == 3 and words[1] not in _QUALIFIERS:
        return None
    if last is None or last.person or last.sentence < sentence - STATEMENT_REACH:
        return None
    mention = last.mention
    if mention.demonym or mention.kind not in ("organization", "place"):
        return None
    return mention
