"""The attribution tagger's view of a text: tokens, quote state, internal sentences and paragraphs.

Tokenisation and sentence boundaries here are internal and fixed, because the learned weights
depend on them; the caller's sentence spans are used only for ``Attribution.sentence``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.actors.attribution.initial_pronouns import initial_offsets
from brief.actors.cues import lemma, tagger_stem
from brief.text.abbreviations import PLACE_INITIALISMS, STARTERS
from brief.text.memo import looked_up

_TOKEN = re.compile(r"''|``|\w+(?:[-'’.]\w+)*|[^\w\s]")
_OPEN_Q = frozenset({"“", "``"})
_CLOSE_Q = frozenset({"”"})
_TOGGLE_Q = frozenset({'"', "''"})
QUOTES = _OPEN_Q | _CLOSE_Q | _TOGGLE_Q
_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen col lt st jr sr prof rev u.s u.k u.n no vs inc corp co ltd jan feb "
    "mar apr aug sept sep oct nov dec pres sgt capt adm maj cmdr supt fla calif wash mass pa va ga mt "
    "engr hon smt atty".split()
)
"""Words whose full stop ends no internal sentence before a capital. "mt" opens a mountain's name as "st" does a
saint's town's ("the weight of Mt. Everest"): read as a sentence's end, it cut the content before the name. Not
"ft", which is feet at a sentence's end as often ("rose 20 ft. Officials said"). The courtesies of Nigerian, Ugandan,
Indian and Philippine papers ("Engr. Nwankwo said", "Hon. Kivumbi demanded", "Smt. Rao", "Atty. Poa") open a name
as "Dr." does; not "Barr.", a surname as often ("said Barr.")."""


@dataclass
class Doc:
    """Tokens of a text with the structure the features need (built once per call)."""

    text: str
    spans: list[tuple[int, int]]
    words: list[str]  # lower-cased
    raw: list[str]
    lemmas: list[str]
    shapes: list[str]
    inq: list[bool]  # inside a direct quote (quote marks themselves excluded)
    qopen: list[bool]  # token is an opening quote mark
    qclose: list[bool]  # token is a closing quote mark
    sent: list[int]  # internal sentence number of each token
    sent_bounds: list[tuple[int, int]]  # token range of each internal sentence
    para: list[int]  # paragraph number of each token
    para_bounds: list[tuple[int, int]]


def _shape(tok: str) -> str:
    """Coarse word shape: capitalisation / digits / punctuation class."""
    c = tok[0]
    if c.isupper():
        return "X" if len(tok) == 1 or not tok[1:].islower() else "Xx"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    if tok in QUOTES or tok in ("‘", "’", "'"):
        return "q"
    return tok


PRONOUN_ACRONYMS = frozenset({"WHO"})
"""A body's initials that spell a pronoun ("the WHO said", the World Health Organization): kept in capitals, so the
model reads an unknown name where lower case would give it the relative "who" ("the WHO said, with ..." was no
attribution, "the WHO believes" none either)."""


_LEMMAS: dict[str, str] = {}
_SHAPES: dict[str, str] = {}
MEMO_MAX = 500_000
"""Words whose lemma and shape are remembered (a large pile's vocabulary; past this they start again)."""


def build_doc(text: str, *, as_trained: bool = False) -> Doc:
    """Tokenise and mark quotes, internal sentences and paragraphs.

    ``as_trained`` splits sentences as the shipped weights' training did, so that
    tools/train_attribution.py reproduces them byte for byte: every one-character token before a
    full stop is an initial ("2.", "%.", ")." too), "WHO" is the pronoun, a doubled l stays in a verb's
    stem (``cues.tagger_stem``: "signalled" is not yet "signal"), and a clock time's dash ("11:00 am - Police ...")
    or a decimal's point (".45-caliber") splits as it did then. The reading has learned those splits
    since; retraining on them drifts (letters-only initials: PolNeAR cue/source/content stayed
    0.77/0.74/0.73 but the web golds lost 21 checks, dev 998 -> 985 of 1,016; a retrain on all of
    today's features: dev 1003 -> 996 and 1-5 on every read gold, session 62), a drift the rules
    tuned on this model's behaviour pay for."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    raw = [text[a:b] for a, b in spans]
    initials = set() if as_trained else initial_offsets(text)  # "I. Tkachenko" is no pronoun; training reads as before
    acronyms = frozenset() if as_trained else PRONOUN_ACRONYMS
    words = [t if t in acronyms or a in initials else t.lower() for t, (a, _) in zip(raw, spans, strict=True)]
    n = len(spans)
    para = [0] * n
    p = 0
    for i in range(1, n):
        if "\n" in text[spans[i - 1][1] : spans[i][0]]:
            p += 1
        para[i] = p
    inq = [False] * n
    qopen = [False] * n
    qclose = [False] * n
    state = False
    for i in range(n):
        if i and para[i] != para[i - 1]:
            state = False
        t = raw[i]
        if t in _OPEN_Q or (t in _TOGGLE_Q and not state):
            qopen[i] = True
            state = True
        elif t in _CLOSE_Q or (t in _TOGGLE_Q and state):
            qclose[i] = True
            state = False
        else:
            inq[i] = state
    sent = [0] * n
    s = 0
    after_stamp = set() if as_trained else _after_stamps(text, spans, para)
    for i in range(1, n):
        prev = raw[i - 1]
        if para[i] != para[i - 1] or i in after_stamp:
            s += 1
        elif prev in (".", "!", "?") and not qclose[i] and raw[i] not in (",", ")", ".") and (
            raw[i][0].isupper() or qopen[i] or raw[i][0].isdigit() and (as_trained or not _decimal(text, spans, i))
        ):
            if not (prev == "." and i >= 2 and (words[i - 2] in _ABBREV or _initial(words[i - 2], as_trained)
                                                or not as_trained and _initials(raw[i - 2], raw[i]))) or (
                    not as_trained and _platform_x(raw, words, i - 2)):
                s += 1
        elif qclose[i - 1] and i >= 2 and raw[i - 2] in (".", "!", "?") and (raw[i][0].isupper() or qopen[i]):
            s += 1
        sent[i] = s
    sent_bounds = _bounds(sent)
    return Doc(
        text, spans, words, raw,
        [tagger_stem(w) for w in words] if as_trained else looked_up(_LEMMAS, words, lemma, MEMO_MAX),
        looked_up(_SHAPES, raw, _shape, MEMO_MAX),
        inq, qopen, qclose, sent, sent_bounds, para, _bounds(para),
    )


_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|IST|AEST|AEDT)?"
                    r"\s*[:\-–—|]?\s+(?=[A-Z\"“‘'])")
"""A live blog's time stamp opening a paragraph ("14:32 The minister said ...", "9.05am: Police ...")."""


def _after_stamps(text: str, spans: list[tuple[int, int]], para: list[int]) -> set[int]:
    """Tokens that follow a paragraph-opening time stamp: they start an internal sentence, so that
    the stamp is neither a source ("10 Met Office chief ..." of "14:10") nor a content's first words."""
    out: set[int] = set()
    for i, (start, _) in enumerate(spans):
        if i == 0 or para[i] != para[i - 1]:
            m = _STAMP.match(text, start)
            if m:
                out.update(j for j in range(i + 1, min(i + 6, len(spans))) if spans[j][0] == m.end())
    return out


def _decimal(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether the full stop before token ``i`` opens a decimal (" .45 percent", "a .22 rifle"):
    glued to the digits after it and set off from the word before, it ends no sentence."""
    return spans[i][0] == spans[i - 1][1] and spans[i - 1][0] > 0 and text[spans[i - 1][0] - 1].isspace()


def _initial(word: str, any_initial: bool) -> bool:
    """A single letter before a full stop ("J. Smith") does not end a sentence; a digit, a percent
    sign, a bracket or a quotation mark ("Destiny 2.", "45%.", "(since closed).") does."""
    return len(word) == 1 and (any_initial or word.isalpha())


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
"""A person's initials written together, their last full stop a token of its own ("B.J", "J.R" of "B.J. Habibie")."""


def _initials(word: str, nxt: str) -> bool:
    """Whether ``word`` and its full stop are a person's initials before the name ("President B.J. Habibie"), not a
    sentence's end: capitals joined by full stops, no place's initials ("the U.S. Officials said" may end one), and
    the next word no sentence opener. The tokeniser keeps "B.J" whole, so the single-letter rule never saw it and the
    content stopped at "B.J"."""
    return _INITIALS.fullmatch(word) is not None and word not in PLACE_INITIALISMS and nxt not in STARTERS


_POSTED_WITH = frozenset({"on", "to", "via"})
"""Prepositions a post is put with before the platform X ("wrote on X.", "posted to X.")."""


def _platform_x(raw: list[str], words: list[str], k: int) -> bool:
    """Whether ``raw[k]`` is the social platform X after a preposition ("a first take on X. Director Paul ... wrote"):
    a word that ends the sentence, not the initial "X." that a given name comes before ("Malcolm X.")."""
    return raw[k] == "X" and k >= 1 and words[k - 1] in _POSTED_WITH


def _bounds(ids: list[int]) -> list[tuple[int, int]]:
    """Token ranges of consecutive equal ids."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[i - 1]:
            out.append((start, i))
            start = i
    return out
