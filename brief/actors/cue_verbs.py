"""Cues whose verb is no verb of saying, believing or wanting: "blocks a shot", "AirPods offer
support", "Disney continues to sign up". The cue model learned from news where such verbs rarely
head an attribution and still tags them on product and sports pages; what follows them is an
action, not a position.

The rule: a cue headed by one of the verbs of doing below (``ACTION_VERBS``) keeps its position only
with a sign of a statement: a quotation of ``QUOTED_MIN_WORDS`` or more, a "that"/"whether"-clause, a
colon, a verb or noun of saying right after it ("continued to call for", "unveiled a plan"), or for
the few verbs that take one, a to-infinitive of intention ("offered to fly the cat home").
Why a lexicon and not the model's score: the score is high for these verbs in their place in a
sentence, which is what the model reads; what the verb means is what it cannot see.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import verb_lemma
from brief.text.lexicon import ADVERB_LY, AUXILIARY_VERBS

ACTION_VERBS: frozenset[str] = frozenset(
    lemma(w) for w in """block continue display count present submit choose decide allow offer
    launch ship sell play score win buy build open feature include equip power run start finish
    beat lose defeat shoot pass kick tackle""".split()
)
"""Lemmas (``cues.lemma``) of verbs of doing, never of saying or wanting, that the cue model tags on
product and sports pages ("AirPods offer support", "blocked a shot", "continues to sign up"). A list
of actions, not of statement verbs left out: PolNeAR's annotators also mark "unveiled a plan" or
"pointed to" as attributions, and a lexicon of saying dropped such cues by the dozen."""

INFINITIVE_INTENT_VERBS: frozenset[str] = frozenset(lemma(w) for w in ("offer", "volunteer"))
"""Verbs outside the lexicon whose to-infinitive states an intention ("offered to fly ..."), not an
action going on ("continues to sign up", "decides to remove")."""

PHRASAL_ACTIONS: dict[str, frozenset[str]] = {"call": frozenset({"in", "off", "up"}),
                                              "plead": frozenset({"guilty", "innocent", "no"})}
"""Verbs (dictionary lemmas) of saying whose particle makes them an action: "pleaded guilty to
threatening ..." is a step in a court case, whose words are the charge, not the defendant's."""
PLEA = "plead"
"""The phrasal action whose complement is a charge, never a statement, however it reads."""
QUOTED_MIN_WORDS = 4
"""Words a quotation after a verb of doing must have to be a statement: fewer is a name or a
slogan in quote marks ("offer support for “Hey, Siri”"), set by hand."""

_SKIPPED = AUXILIARY_VERBS | frozenset("not never also still just then later once again further even".split())
_THAT_AFTER = re.compile(r"^\s*(?:[\w'’.-]+\s+){0,5}?(?:that|whether)\b", re.I)
"""A "that"- or "whether"-clause right after the cue or its addressee ("told lawmakers that ...",
"has not decided whether ...")."""
_TO_AFTER = re.compile(r"^\s*to\s+[a-z]", re.I)
_QUOTE_MARKS = "\"“”‘'"
_SAID_NOUNS = frozenset({w for w, group in CUE_GROUP.items() if group == "nominal"} | {
    lemma(w) for w in "plan message insight insights thought thoughts assessment explanation apology condolences".split()})
"""Nouns of what is said ("unveiled a plan", "issued a statement"): the action delivers a statement."""
_SPEECH_ACTS = frozenset(lemma(w) for w in "insult taunt tease curse swear shout advocate".split())
"""Verbs of saying the cue families lack, read after a verb of doing ("continued to insult ...",
"will continue to advocate for ...")."""
_NEXT_WORDS = re.compile(r"[\w'’-]+")
NEXT_WORDS_READ = 3
"""Words after the cue read for a verb or noun of saying ("continued to call for", "issued a
statement"): an article and an adjective may stand before the noun."""


def action_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue's verb is no verb of saying or attitude and nothing after it reads as a
    statement: then the "position" is an action or a product feature, and is left out."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    head = _head_verb(cue)
    if head is None or (lemma(head) not in ACTION_VERBS and not _phrasal_action(text, attribution, head)):
        return False
    if lemma(head) == PLEA:
        return True  # "pleaded guilty to threatening ...": the charge follows, whatever its verbs
    return not _statement_evidence(text, attribution, lemma(head))


def _phrasal_action(text: str, attribution: Attribution, head: str) -> bool:
    """ "called in the design team", "called off the strike": a verb of saying made one of doing by
    its particle (not "called on X to", "called for", "called out")."""
    if head not in PHRASAL_ACTIONS:
        return False
    cue = text[attribution.cue[0] : attribution.cue[1]]
    words = _NEXT_WORDS.findall(cue.lower()) + _NEXT_WORDS.findall(text[attribution.cue[1] : attribution.cue[1] + 20].lower())
    at = next((i for i, w in enumerate(words) if verb_lemma(w) == head), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in PHRASAL_ACTIONS[head]


def _head_verb(cue: str) -> str | None:
    """The dictionary verb heading the cue, past its auxiliaries and adverbs ("is also offering" ->
    "offer"); None for a cue headed by no verb ("announcement", a quote mark, "according to")."""
    words = [w.strip(":;,.—–-\"“”") for w in cue.lower().split()]
    words = [w for w in words if w and w not in _SKIPPED and not ADVERB_LY.fullmatch(w) and not w.endswith("n't")]
    if not words or not words[0].isalpha():
        return None
    return verb_lemma(words[0])


def _statement_evidence(text: str, attribution: Attribution, head: str) -> bool:
    """A quotation, a colon, a "that"-clause, or an intention's to-infinitive after the cue."""
    c0, c1 = attribution.content
    content = text[c0:c1].lstrip()
    if content[:1] in _QUOTE_MARKS:
        quoted = re.split(r"[\"”]", content[1:], maxsplit=1)[0]
        if len(quoted.split()) >= QUOTED_MIN_WORDS:
            return True  # not a name in quote marks: offers support for “Hey, Siri”
    elif attribution.quote:
        return True
    after = text[attribution.cue[1] : attribution.cue[1] + 80]
    cue = text[attribution.cue[0] : attribution.cue[1]].rstrip()
    if cue.endswith(":") or after.lstrip().startswith(":"):
        return True
    written = _NEXT_WORDS.findall(cue.lower())
    at = next((i for i, w in enumerate(written) if lemma(w) == head or verb_lemma(w) == head), 0)
    cue_words = [lemma(w) for w in written[at + 1 :]]  # the words after the head ("has called": none)
    next_words = [lemma(w) for w in _NEXT_WORDS.findall(after)[:NEXT_WORDS_READ]]
    if any((w in CUE_GROUP and CUE_GROUP[w] != "for") or w in _SPEECH_ACTS for w in cue_words + next_words[:2]) or any(
            w in _SAID_NOUNS for w in next_words):
        return True  # "continued to call for", "decided against recommending", "unveiled a plan"
    if _THAT_AFTER.match(after) or content.lower().startswith("that "):
        return True
    return head in INFINITIVE_INTENT_VERBS and bool(_TO_AFTER.match(after))
