"""A participle that modifies a noun is not a statement: "making a total of 72 infections in an outbreak
declared last month in Tessa province" is no declaration by the sentence's speaker.

Why: the cue model reads "declared", "announced", "reported" as cues wherever they stand, and the source tagger
then walks back past the noun to the sentence's speaker, who is given a position ("declares in Tessa province")
made of the participle's adverbials. A cue that is a bare past form right after a determiner and its noun ("an
outbreak declared", "the measures announced"), whose source lies before that noun phrase, is such a reduced
relative clause: the noun is what the participle describes, and the attribution is dropped. So is one set before
its noun as an adjective ("the world's largest confirmed oil reserves", "its reported losses"): the cue model
reads it as a cue and gives the sentence's subject a position ("confirms oil reserves").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_BARE_PAST = re.compile(r"[a-z]+ed\b")
"""The cue's first word: a past form, no auxiliary before it (an auxiliary would be part of the cue)."""
_NOUN_PHRASE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|their|his|her)\s+(?:[a-z-]+\s+)?([a-z-]+)\s*$")
"""A determiner and its (lowercase) noun, with at most one modifier between, right before the cue."""
_NOT_NOUNS = frozenset(  # and any -ed word: "the force remained committed to"; times: "X at that time asked for"
    """and or but who which that then also not have has had was were is are be been time times day week month year
    moment point stage morning afternoon evening night weekend""".split())
MIN_GAP_WORDS = 3
"""Words between the source and the noun phrase: a short gap is an adverbial inside the speaker's own clause
("Ann Lee, in a statement, announced"); a reduced relative trails a clause of its own ("said ..., in an outbreak")."""


def without_reduced_relatives(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those whose cue is a participle modifying the noun before or after it (see the
    module's docstring)."""
    return [a for a in attributions if not _reduced(text, a) and not _attributive(text, a)]


_DETERMINERS = frozenset("a an the its their his her our your my this these those".split())
_BEFORE_NOUN = re.compile(r"(?:^|\s)(\S+)\s+(?:(\S+est)\s+)?$")
"""The word before the cue, and a superlative between it and the cue ("the world's | largest |")."""
_FUNCTION_WORDS = frozenset("""that to by on in at for with as from of about over into and or but than the a an it
    he she they we you i this these those his her their its our your them him us if when while after before because
    not also was were is are be been has have had will would could should may might must can""".split())
"""Words after a participle that make it a verb of its clause ("the report confirmed that", "she announced to")."""


def _attributive(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one past participle set between a determiner (or a possessive, and a superlative after
    it) and a lower-case word that is no function word: an adjective before its noun."""
    cue_start, cue_end = attribution.cue
    if attribution.quote or _BARE_PAST.fullmatch(text, cue_start, cue_end) is None:
        return False
    before = _BEFORE_NOUN.search(text, max(0, cue_start - 40), cue_start)
    after = re.match(r"\s+([a-z]+)\b", text[cue_end : cue_end + 30])
    if before is None or after is None or after.group(1) in _FUNCTION_WORDS:
        return False
    word = before.group(1).lower()
    return word in _DETERMINERS or word.endswith(("'s", "’s"))


def _reduced(text: str, attribution: Attribution) -> bool:
    cue_start, _ = attribution.cue
    if attribution.source is None or attribution.quote or _BARE_PAST.match(text, cue_start) is None:
        return False
    window_start = max(attribution.source[1], cue_start - 60)
    found = _NOUN_PHRASE.search(text, window_start, cue_start)
    if found is None or found.group(1) in _NOT_NOUNS or found.group(1).endswith("ed"):
        return False
    gap = text[attribution.source[1] : found.start()]
    return attribution.source[1] < found.start() and len(re.findall(r"[A-Za-z]+", gap)) >= MIN_GAP_WORDS
