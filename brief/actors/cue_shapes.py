"""Cues whose place in the sentence shows that no statement follows, whatever the verb: a verb of saying or
thinking whose content the cue model starts past a preposition of topic ("thought about going into
politics", "what people say about your brand", "thinks for a second"), a participle that modifies a
noun ("Stadia's current expected lineup is light"), a modal perfect ("may have wanted") and a participle
of effect set off after a comma ("..., alarming critics"); ``shows_no_statement`` asks all four.

Why by shape: the cue model reads the verb's place and gives "about going into politics" as what was
thought; a preposition between the verb and its "content" makes that content the topic of the thinking or
the saying (or its length), never what was thought or said. A participle between a possessive or an
article and a noun is an adjective of that noun, not a verb with a subject.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import adverb, inflected_verb, is_noun, verb_lemma
from brief.text.lexicon import AUXILIARY_VERBS, TITLES

TOPIC_PREPOSITIONS = frozenset({"about", "for"})
"""Prepositions that give what a saying or thinking is about ("thought about", "say about") or how long it
lasts ("thinks for a second"): the words after them are a topic, not what was said. Not "at" or "on"
("noted at the time, X meant ...", "said on Fox News that ..."), where a clause of the speaker's may follow
the phrase, nor "of" ("said of the plan, ..."), whose words may be a quotation's frame."""
_NUMBER = re.compile(r"\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|"
                     r"hundreds|a dozen|dozens|half)\b)", re.I)
"""A number after "about": an approximation ("has said about 20 people have ..."), not a topic."""
TOPIC_FAMILIES = frozenset({"speech", "belief", "nominal"})
"""Cue families whose preposition of topic leaves no position: a stance's ("complained about the
tariff", "called for a ban", "voted for the bill") names what the actor opposes or wants. A noun of
saying loses it only to "about" ("comments about women"): "criticism for its failure to ..." gives
what was criticised."""
_GAP = re.compile(r"\s*([A-Za-z]+)\s*$")
_WORD = re.compile(r"[\w'’-]+")
_NOUN_THEN_VERB = re.compile(rf"[ \t]+([\w'’-]+)[ \t]+(?:{'|'.join(sorted(AUXILIARY_VERBS))})\b")
"""The word after the cue, then an auxiliary: the noun the participle modifies and its clause's verb
("expected lineup is light"); "warned investors that ..." has its object there, and no verb after it."""


_TALKING = frozenset({"talk", "speak"})
"""Verbs of a conversation, whose "to X about Y" names the partner and the topic, not what was said ("told X about"
may give an account, and is not read so)."""
_PARTNER_ABOUT = re.compile(r"\s*(?:(?:the|his|her|their|its)\s+)?(?:[A-Z][\w'’.-]*|reporters|journalists|him|her|them|"
                            r"us|me)(?:\s+[A-Z][\w'’.-]*){0,3}\s+about\s+")
"""The partner of a talk, then "about": "talked to Emery about an episode", "spoke with reporters about ..."."""


def talked_about(text: str, attribution: Attribution) -> bool:
    """ "He talked to Emery about an after-practice episode": a talk, its partner and its topic, nothing said (as
    "talked about the episode" is, ``topic_only``)."""
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    if attribution.quote or len(words) < 2 or words[-1] not in ("to", "with"):
        return False
    if lemma(verb_lemma(words[-2]) or words[-2]) not in _TALKING:
        return False
    partner = _PARTNER_ABOUT.match(text, attribution.cue[1])
    return (partner is not None and attribution.content[0] <= partner.end() - 1
            and _NUMBER.match(text, partner.end()) is None)


def topic_only(text: str, attribution: Attribution) -> bool:
    """Whether the content after a cue of saying or believing starts right past a preposition of topic
    ("she thought about going into politics", "what people say about your brand are amplified",
    "he thinks for a second"), or past a talk's partner and "about" (``talked_about``): the words are what the
    thinking was about, not what was thought."""
    if talked_about(text, attribution):
        return True
    if attribution.content[0] < attribution.cue[1] or attribution.quote:
        return False
    gap = _GAP.fullmatch(text[attribution.cue[1] : attribution.content[0]])
    if gap is None or gap.group(1).lower() not in TOPIC_PREPOSITIONS or _NUMBER.match(text, attribution.content[0]):
        return False
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    if not words:
        return False
    head = lemma(verb_lemma(words[-1]) or words[-1])
    family = CUE_GROUP.get(head)
    return family in TOPIC_FAMILIES and (family != "nominal" or gap.group(1).lower() == "about")


POSSESSIVES = frozenset("its their his her our my your".split())
"""Possessive pronouns that open a noun phrase; a name's "'s" does as well. Not an article or "this": "The
statement noted they had ...", "Wells Fargo just this month announced it would ..." put a verb there."""
PRONOUNS = frozenset("i you he she it we they this that these those there who".split())
"""Words after the cue that are a clause's subject, not a noun the participle modifies."""


def attributive_participle(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a lone participle after a possessive (at most one adjective between) and before a
    noun that its clause's auxiliary follows: "Stadia's current expected lineup is light", "its proposed
    rule was dropped". It modifies the noun; no one is said to expect or propose anything."""
    cue = text[attribution.cue[0] : attribution.cue[1]].strip()
    if " " in cue or not cue.lower().endswith(("ed", "ing")) or not cue.isalpha():
        return False
    before = text[max(0, attribution.cue[0] - 60) : attribution.cue[0]]
    if re.search(r"[,;:.!?()\"“”—–]\s*(?:\S+\s+)?$", before):
        return False
    words = before.split()[-2:]
    if not words or not _possessive(words[-1]) and not (len(words) == 2 and _possessive(words[0])
                                                         and _adjective(words[1])):
        return False
    following = _NOUN_THEN_VERB.match(text, attribution.cue[1])
    if following is None:
        return False
    noun = following.group(1)
    return noun.islower() and noun not in PRONOUNS and is_noun(noun) and not noun.endswith("ed")


def _possessive(word: str) -> bool:
    """A name's possessive ("Stadia's") or a possessive pronoun."""
    return word.lower() in POSSESSIVES or word.endswith(("'s", "’s"))


def _adjective(word: str) -> bool:
    """A lowercase word that is no verb form nor plural: an adjective before the participle ("current
    expected"), or a singular noun ("the bank's chief warned ..."), which a possessive opens too rarely before
    a participle, a noun and an auxiliary to tell apart here."""
    return word.isalpha() and word.islower() and verb_lemma(word) is None and not word.endswith("s")


_MODAL_PERFECT = re.compile(r"(?:would|could|might|may|should|must)(?:\s+not|n['’]t)?\s+(?:\w+\s+)?have\s+(\w+)", re.I)
"""A modal, an optional adverb and "have" before the verb ("may have wanted", "would have voted for",
"should have voted"): the perfect of a modal."""


def conjectured_past(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a modal perfect: "In retrospect he may have wanted to ...", "He would have voted for
    X, if he had been old enough", "the state should have voted him out", "Uber might have suggested that
    ...". The writer guesses at the past or says what did not happen; the actor stated nothing. (A modal
    alone, "may believe", weighs a present view, and ``cue_edges.modal_cue`` keeps it in the cue.)"""
    perfect = _MODAL_PERFECT.match(text, attribution.cue[0], attribution.cue[1])
    return perfect is not None and inflected_verb(perfect.group(1).lower())  # not "would have more to say"


EFFECT_VERBS: frozenset[str] = frozenset(
    lemma(w) for w in """alarm anger enrage infuriate outrage upset frighten scare shock stun dismay disappoint
    frustrate annoy irritate embarrass unsettle rattle delight please thrill surprise prompt spark trigger provoke
    cause fuel stoke ignite reignite raise force""".split()
)
"""Lemmas (``cues.lemma``) of verbs of causing a feeling in someone ("alarming critics", "angering residents") or
an effect ("prompting calls for", "sparking protests", "raising questions about"): set off after a comma they
tell what the clause before led to, written by the reporter, not what its subject said. Verbs whose subject
feels or says ("fear", "worry", "warn", "urge") are not among them."""
_SET_OFF_BEFORE = re.compile(r",\s*(?:(?:and|thus|thereby|further|also|[a-z]+ly)\s+)?$")
"""A comma before the participle, with at most a linking word or an adverb between ("..., thereby angering ...")."""
_NO_OBJECT = re.compile(r"\s*(?:[\"“”‘:]|(?:that|whether|if|how|what|why|when|about|of|over|at|on|in|to)\b)", re.I)
"""What may follow a participle that is no object: a quotation, a colon, a clause or a preposition
("highlighting that ...", "worrying about ...")."""
_OBJECT = re.compile(r"[ \t]+[\w'’$]")
"""A word right after the participle: its object ("sparking protests"), not the clause's end."""


def effect_participle(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle of causing a feeling or an effect, set off after a comma and taking an
    object: "..., alarming critics who fear ...", "..., prompting calls for a new site", "..., sparking
    protests". The clause before caused it; no one is said to state anything. "..., saying ...", "...,
    urging X to ...", "..., accusing X of ..." are statements and are kept (their verbs are not ones of
    effect)."""
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]])
    verb = next((w for w in words if not adverb(w)), "")
    if not verb.lower().endswith("ing") or lemma(verb) not in EFFECT_VERBS:
        return False
    if not _SET_OFF_BEFORE.search(text, max(0, attribution.cue[0] - 40), attribution.cue[0]):
        return False
    after = text.index(verb, attribution.cue[0]) + len(verb)
    return _NO_OBJECT.match(text, after) is None and _OBJECT.match(text, after) is not None


GIVING_VERBS: frozenset[str] = frozenset(lemma(w) for w in "give hand deal deliver".split())
"""Lemmas of verbs of dealing someone a gain or a blow ("giving Tehran a boost", "dealing the party a blow"): after
a comma, the effect of the clause before, as ``EFFECT_VERBS`` are."""
_JOINED_BEFORE = re.compile(r",\s*(\w+ing)\b[^,.;:\"“”]*\band\s+$")
"""A participle after a comma, then its words up to "and" right before the cue (", giving Lisbon a lift and ")."""
MAX_JOINED_REACH = 100
"""Characters back from the cue to the comma that sets off the first participle."""


def joined_effect_participle(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle with an object joined by "and" to a participle of effect set off by a comma
    before it: "..., giving Tehran a boost and highlighting differences between ...". Both tell what the clause
    before led to, in the reporter's words; the second states nothing of its subject's either."""
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]])
    verb = next((w for w in words if not adverb(w)), "")
    if not verb.lower().endswith("ing"):
        return False
    joined = _JOINED_BEFORE.search(text, max(0, attribution.cue[0] - MAX_JOINED_REACH), attribution.cue[0])
    if joined is None or lemma(joined.group(1).lower()) not in EFFECT_VERBS | GIVING_VERBS:
        return False
    after = text.index(verb, attribution.cue[0]) + len(verb)
    return _NO_OBJECT.match(text, after) is None and _OBJECT.match(text, after) is not None


TEAM_POSITIONS = frozenset("forward winger keeper full-back fullback centre-back center-back quarterback pitcher".split())
"""A player's place in a team, written before the player's name as a title is ("Harbury Town forward
Lena Marsh"); the lexicon's ``TITLES`` hold "striker", "coach" and the like already."""
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def title_before_name(text: str, attribution: Attribution) -> bool:
    """ "Manchester United forward Darnell Rashby has signed": a cue of one word that is a title or a
    player's position, right before a capitalised name, is the title of the person named after it, who
    is the subject; the body before it only says whose player or official that is, and states nothing."""
    a, b = attribution.cue
    word = text[a:b].strip().lower()
    return (word in TITLES or word in TEAM_POSITIONS) and bool(_NAME_AFTER.match(text, b))


REFERRING_LEMMAS: frozenset[str] = frozenset({lemma("refer"), lemma("reference")})
"""Lemmas of the verbs of referring ("refers to the ousted leader as ...", "did reference his earlier
testimony", "..., referring to the 1970 protest"): their object is what was mentioned or meant, a referent
and at most the name given it, never a claim; after a quotation they are the reporter's gloss of it."""


def referring_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue's verb is one of referring (``REFERRING_LEMMAS``): then no statement follows."""
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]])
    return any(lemma(w.lower()) in REFERRING_LEMMAS for w in words)


_COUNT_BEFORE = re.compile(r"(?:^|[\s(])(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"twenty|thirty|forty|fifty|hundred|thousand|several|few|many)[ \t]+$", re.I)
"""A count greater than one right before the cue ("two points", "12 points", "several notes"): a plural's
number, which no verb's "-s" form agrees with. Not "one" ("one notes that ..." is a pronoun's verb)."""
_DETERMINED_COUNT = re.compile(r"\b(?:the|these|those|all|both|its|their|our|his|her)[ \t]+\S+[ \t]+$", re.I)
"""A determiner before the count: the count may be the subject itself ("the two agree that", "all three say")."""
_NUMBERED_NAME = re.compile(r"\b[A-Z][\w.]*[ \t]+\d[\d.,]*[ \t]+$")
"""A figure after a capitalised word numbers a thing by name ("Article 5 states", "Section 230 protects"): its verb."""


def counted_noun(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one word in "-s" right after a count above one: "leaves Stanmoor two points clear",
    "won by 12 points". A plural count takes no verb's "-s" form, so the word is the plural noun the count
    counts, and no one is said to state anything."""
    a, b = attribution.cue
    word = text[a:b].strip()
    if not word.isalpha() or not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    before = text[max(0, a - 40) : a]
    return (_COUNT_BEFORE.search(before) is not None and _DETERMINED_COUNT.search(before) is None
            and _NUMBERED_NAME.search(before) is None)


_HYPOTHETICAL_SAYING = re.compile(
    r"(?:could|might)\s+(?:(?:\w+ly|well|also|even|just|still)\s+)?(?:say|claim|argue|contend|insist|boast|tell)\b",
    re.I)
"""A modal of possibility right before a verb of saying ("The guild could say its strike got a better deal",
"critics might argue that ..."): the writer imagining what someone may claim. Not negated ("could not say when
...": a statement declined), and not "would" ("would say only that ...": a habit or a reported answer)."""
_HYPOTHETICAL_WANT = re.compile(
    r"(?:could|might|may)\s+(?:(?:\w+ly|well|also|even|just|still)\s+)?"
    r"(?:look\s+to|seek|try|want|wish|plan|aim|intend|hope)\b", re.I)
"""A modal of possibility right before a verb of wanting ("General Manager Dan Pyle might look to get a goalie",
"the firm may plan to extend it", "the board could seek damages"): the writer guessing at a wish or a move, which
nobody stated. "may" counts here (a want is only guessed at) though not before a verb of saying."""
HYPOTHETICAL_REACH = 20
"""Characters read around the cue for the modal and its verb ("could easily say": the modal, an adverb)."""


def hypothetical_saying(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of saying after "could" or "might" (``_HYPOTHETICAL_SAYING``), or of wanting after
    "could", "might" or "may" (``_HYPOTHETICAL_WANT``), the modal in the cue or right before it: nothing was said."""
    a, b = attribution.cue
    reach = (max(0, a - HYPOTHETICAL_REACH), b + HYPOTHETICAL_REACH)
    return any(m.start() <= a < m.end() for pattern in (_HYPOTHETICAL_SAYING, _HYPOTHETICAL_WANT)
               for m in pattern.finditer(text, *reach))


def shows_no_statement(text: str, attribution: Attribution) -> bool:
    """Whether the cue's shape alone shows that no statement follows: a topic ("thought about going into
    politics"), an adjective ("Stadia's expected lineup"), a guess ("may have wanted", "could say"), what the clause
    before caused ("..., alarming critics"), a title before a name ("United forward Darnell Rashby") or a
    referent ("refers to X as ...") or a counted plural ("two points clear")."""
    return (topic_only(text, attribution) or attributive_participle(text, attribution)
            or conjectured_past(text, attribution) or hypothetical_saying(text, attribution)
            or effect_participle(text, attribution)
            or joined_effect_participle(text, attribution)
            or title_before_name(text, attribution) or referring_cue(text, attribution)
            or counted_noun(text, attribution))
