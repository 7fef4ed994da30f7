"""Whether the words after a made thing (a letter, a video, a photo) give what it says: "released a statement
saying ...", "a letter from his doctor that says ...", "posted a video: “...”". Split from
``brief.actors.cue_verbs``, whose ``issued_thing`` drops a verb of issuing with a made thing as object unless the
thing says something here.
"""

from __future__ import annotations

import re

from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import verb_lemma

_TOKEN = re.compile(r"[\w'’-]+|[:\"“‘.;!?]")
_STATED_AFTER = frozenset("that saying stating which who whether".split())
"""Words after the made thing that open what it says ("a statement saying ...", "a letter that ...")."""
_RELATIVES = frozenset("that which who whom whose".split())


def thing_says(after: str) -> bool:
    """Whether the text right after a made thing gives what the thing says, read up to a clause with a subject of
    its own (``_OWN_CLAUSE``)."""
    return _says(_TOKEN.findall(_OWN_CLAUSE.split(after, maxsplit=1)[0]))


_OWN_CLAUSE = re.compile(r",\s+(?:(?:and|but|then)\s+)?(?:he|she|they|we|I|it)\s+(?=[a-z])")
"""A clause with a subject of its own after the made thing ("when she posted the image on her page, she started
to get comments accusing her"): a participle there is that clause's, not what the thing says."""
_SENTENCE_ENDS = frozenset(".;!?")


_STANCE_GROUPS = frozenset("speech against for demand commit want".split())
"""Cue families whose participle after a made thing gives what it says: "a statement saying", "an
editorial blaming the state's reliance on ...", "a letter urging"; not a belief's or a noun's."""


_FURTHER_WORDS = frozenset("adding continuing".split())
"""Participles of the issuer's further words ("tweeted a photo of her desk, adding, “...”"): the issuer says
them beside the thing, as a position of their own; they are not what the thing says."""


def _says(tokens: list[str]) -> bool:
    """Whether the tokens after a made thing give what it says: a colon or a quotation right after it,
    or, before the sentence ends, a participle of saying or of a stance ("saying", "blaming", "urging":
    ``_STANCE_GROUPS``) or a "that"/"which" with a verb of saying
    ("a letter from his doctor Friday that says he has ...", "a statement saying ...")."""
    if tokens and (tokens[0] in ':"“‘' or tokens[0].lower() in _STATED_AFTER):
        return True
    for k, token in enumerate(tokens):
        if token in _SENTENCE_ENDS:
            return False
        word = token.lower()
        if word.endswith("ing") and word not in _FURTHER_WORDS and CUE_GROUP.get(lemma(verb_lemma(word) or "")) in _STANCE_GROUPS:
            return True  # "a series of tweets saying ...", "an editorial blaming ...": what the thing says
        if word in _RELATIVES and k + 1 < len(tokens) and CUE_GROUP.get(lemma(verb_lemma(tokens[k + 1]) or "")) == "speech":
            return True  # "a letter ... that says he has ...": the letter's words
    return False
