"""Hand lexicon for attribution cues: a crude lemmatiser and seed word lists.

Why by hand: no NLTK data may be needed at runtime, and the learned cue tagger generalises
better when "rejects / rejected / rejecting" share one feature.
"""

from __future__ import annotations

from functools import lru_cache

from brief.actors.phrasing import verb_lemma
from brief.text.lexicon import IRREGULAR_VERBS

# Seed cue lemmas for news attribution (speech, attitude, demand, threat); the training data adds more.
SEED_CUES: frozenset[str] = frozenset(
    """say tell add note write announce state claim assert insist argue explain declare report
    warn threaten urge call demand vow pledge promise reject deny denounce condemn accuse blame
    criticize criticise praise welcome dismiss acknowledge admit concede confirm reveal suggest
    predict estimate believe think hope expect fear want wish plan seek propose recommend ask
    reply respond answer tweet post stress emphasize emphasise maintain contend allege charge
    complain lament decry slam blast attack defend endorse support oppose back agree disagree
    refuse decline order instruct advise recall recount describe quote cite mention indicate
    show find conclude signal vote appeal plead caution boast brag joke quip muse speculate""".split()
)

PRONOUNS: frozenset[str] = frozenset(
    "he she they i we you it who which that this these those one someone everyone nobody".split()
)


def _forms(word: str) -> tuple[str, str, str]:
    """A seed cue's bare, past and -ing forms ("accuse", "accused", "accusing")."""
    stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    return word, stem + "ed", stem + "ing"


def seed_cue(word: str) -> bool:
    """Whether a word is a form of a seed cue. Not ``lemma(word) in SEED_CUES``: the seeds are bare
    forms, and the crude stem parts some from theirs ("accusing" is "accus", "adding" is "ad")."""
    return lemma(word) in _SEED_STEMS


LEMMAS_KEPT = 32_768
"""Words whose ``lemma`` is remembered: a pile's distinct words the cue rules ask about (~47,000 asks over
200 articles, most of them the same few thousand words), all kept."""


@lru_cache(maxsize=LEMMAS_KEPT)
def lemma(word: str) -> str:
    """Crude verb stem shared by a word's inflections ("noted", "notes", "noting" -> "not").

    Not a dictionary lemma: a final "e" is always dropped so that all forms agree.
    """
    return _without_e(_strip(word.lower()))


def tagger_stem(word: str) -> str:
    """``lemma`` as the attribution weights' training read it: a doubled l kept ("signalled" -> "signall").
    ``lemma`` learned the doubled l later, for the reading (the gate and the cue rules: "signalled" is the seed
    cue "signal"); the training keeps the old stem so that tools/train_attribution.py reproduces the shipped
    weights (``attribution.document.build_doc(as_trained=True)``). A retrain on today's stems and splits cost
    dev 1003 -> 996 and 1-5 checks on every read gold (session 62): the rules are tuned on this model."""
    return _without_e(_strip(word.lower(), doubled_l=False))


def _without_e(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("e") and not w.endswith("ee") else w


def _single_l(word: str, stem: str) -> str:
    """ "signall" -> "signal" for the British doubled l ("signalled", "counselling") and the doubled l of a
    stressed end ("controlled"), as the dictionary reads the word: "signals" and "controls" are the same verb.
    Kept where the verb has two l's itself ("called", "recalled", "installed")."""
    if stem.endswith("ll") and verb_lemma(word) == stem[:-1]:
        return stem[:-1]
    return stem


def _strip(w: str, doubled_l: bool = True) -> str:
    """Remove one inflectional suffix (irregular table first)."""
    if w in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[w]
    n = len(w)
    if n > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if n > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    if n > 5 and w.endswith("ing"):
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lszaeiou":
            stem = stem[:-1]
        return _single_l(w, stem) if doubled_l else stem
    if n > 4 and w.endswith("eed"):
        return w[:-1]
    if n > 4 and w.endswith("ed"):
        stem = w[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lszaeiou":
            stem = stem[:-1]
        return _single_l(w, stem) if doubled_l else stem
    if n > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if n > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# Coarse cue families: a rare cue word borrows what the tagger learned for its family
# ("decry" behaves like "condemn"), which word features alone cannot give it.
_GROUP_WORDS: dict[str, str] = {
    "speech": """say tell add note write announce state claim assert insist argue explain declare report reply
        respond answer tweet post stress emphasize emphasise maintain contend allege comment remark recount
        describe quote cite mention indicate testify speak talk told repeat reiterate acknowledge admit concede
        confirm reveal disclose suggest recall boast brag joke quip muse speculate ask question wonder inquire
        shout yell scream whisper mutter write email text blog publish broadcast proclaim""",
    "belief": """believe think hope expect fear feel know doubt suspect assume presume guess imagine consider
        view regard see find conclude figure reckon worry understand predict estimate project anticipate
        trust bet seem appear""",
    "want": """want wish plan seek propose recommend intend aim hope desire prefer need push press lobby
        campaign strive try aspire""",
    "demand": """urge call demand ask order instruct advise appeal plead request insist encourage invite
        implore beg require""",
    "commit": """vow pledge promise swear commit guarantee threaten warn caution""",
    "against": """reject deny denounce condemn accuse blame criticize criticise dismiss oppose slam blast attack
        decry lament complain refuse decline disagree object protest challenge dispute question mock
        ridicule lambast rebuke chastise scold attack knock hit bash""",
    "for": """praise welcome endorse support back agree defend applaud commend hail laud celebrate thank
        congratulate cheer embrace favor favour champion tout""",
    "nominal": """statement interview remark comment speech claim assertion view belief opinion position
        argument accusation criticism praise support endorsement call demand promise pledge warning threat
        suggestion proposal plan report poll survey study analysis memo letter tweet post""",
}
CUE_GROUP: dict[str, str] = {}
for _group, _words in _GROUP_WORDS.items():
    for _w in _words.split():
        CUE_GROUP.setdefault(lemma(_w), _group)


_SEED_STEMS = frozenset(lemma(form) for word in SEED_CUES for form in _forms(word))
