"""Verbs of saying the cue tagger leaves untagged in a plain sentence that opens on its speaker: "Crane wrote
the prize committee was afraid of risk" (a written clause with no "that"), "The Texas company confirmed the
cuts" (a body's confirmation of a fact named as the object).

Why: the tagger learned "wrote" mostly before a thing written ("wrote a letter", "wrote the book") and
"confirmed" after people it knew as speakers; a clause after "wrote" whose own finite verb follows its
subject is what was written, and a name or a body's description confirming or denying a determined object
states a fact, whatever the score.
"""

from __future__ import annotations

from brief.actors.attribution.decoding import MEDIA
from brief.actors.attribution.document import Doc
from brief.actors.cues import lemma
from brief.actors.ultimatums import gives_deadline
from brief.text.abbreviations import TITLES
from brief.text.lexicon import HAVE_FORMS, SOURCE_TITLES

WRITE_LEMMAS = frozenset(lemma(w) for w in ("write", "writes"))
RECKON_LEMMAS = frozenset(lemma(w) for w in ("estimate", "calculate", "predict", "reckon"))
"""Verbs of a figure or a forecast reckoned, before a bare clause ("The Property Council estimates the country is
building 60,000 fewer homes"): the tagger knows "estimates" mostly as a noun."""
POST_LEMMAS = frozenset(lemma(w) for w in ("post", "posted", "tweet", "tweeted", "write", "wrote"))
"""Verbs of putting words out on a medium, before "on", the medium and "that" ("posted on X that ..."): the tagger
knows "posted" mostly as a deed ("posted a loss", "posted a photo")."""
EXPECT_LEMMAS = frozenset(lemma(w) for w in ("expect", "expects", "forecast", "forecasts"))
"""Verbs of a forecast, before a number and what it counts ("expects two cuts in 2026", "forecasts three rises"): the
tagger knows "expects" before a clause or an infinitive, not before a counted object."""
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())
"""Numbers in words that open a counted forecast ("two cuts"); not "one", "a", which open any object ("expects a
decision")."""
FACT_LEMMAS = frozenset(lemma(w) for w in ("confirm", "deny"))
"""Verbs of stating a fact named as their object ("confirmed the cuts", "denied the report")."""
DENY_LEMMAS = frozenset(lemma(w) for w in ("deny", "denies", "denied"))
"""Verbs of denying, whose gerund object is the deed denied ("Moscow denies supplying the rebels with drones")."""
MIN_GERUND_CHARS = 6
"""Characters of a gerund at the least ("taking"): shorter words in "-ing" are no verbs' ("king", "thing")."""


def _gerund(word: str) -> bool:
    """Whether ``word`` is a gerund in lower case ("supplying", "arming"), not a noun in "-ing" ("nothing")."""
    return word.islower() and word.endswith("ing") and len(word) >= MIN_GERUND_CHARS and word not in ("nothing", "anything", "everything", "something")


_FINITE = frozenset("is are was were has have had will would could should can may might must".split())
"""Finite verbs that show a clause after "wrote" ("wrote the committee was afraid"): a thing written ("wrote the
book") has none after its noun."""
CLAUSE_SUBJECT_WORDS = 5
"""Words of a written clause's subject before its finite verb ("the prize committee was"): a longer run is
no subject but a thing written and what follows it."""
_OPENERS = frozenset("the a an this that these those its their his her".split())
BODY_NOUNS = frozenset("company firm group carmaker retailer bank airline agency ministry department union "
                       "council lender insurer chain operator federation association".split())
"""Nouns of a body described after "the" that opens the sentence ("The Texas company confirmed ...")."""
VOICE_NOUNS = frozenset("spokesperson spokesman spokeswoman representative".split())
"""Nouns of one who speaks for a body, after "a" and the body's name ("A Nordvik spokesperson confirmed ...")."""
MAX_DESCRIBING_WORDS = 3
"""Words between "The" and the body's noun ("The Texas company", "The Danish shipping group")."""
MAX_NAME_WORDS = 5
"""Words of a subject that opens the sentence: a name and the title before it ("Tasmanian Premier Ruth Calder")."""
MAX_DATELINE_WORDS = 6
"""Words of a dateline before its dash ("WASHINGTON (AP) —"): the sentence's subject comes after it."""
_DASHES = frozenset("— – --".split())


PHRASAL_STANCES: dict[str, tuple[tuple[str, ...], ...]] = {
    **{lemma(w): (("out",),) for w in ("rule", "ruled")},
    lemma("play"): (("down",),),
    lemma("brush"): (("aside",), ("off",)),
    lemma("hit"): (("out", "at"), ("back", "at")),
    lemma("lash"): (("out", "at"),),
    lemma("push"): (("back", "against"), ("back", "on")),
    **{lemma(w): (("out", "against"), *(("out", "in", noun, "of") for noun in ("favor", "favour", "support")))
       for w in ("come", "came")},
    **{lemma(w): (("against",), ("for",)) for w in ("campaign", "lobby", "lobbied")},
    lemma("speak"): (("out", "against"),),
    lemma("take"): (("aim", "at"),),
    **{lemma(w): tuple((owner, "weight", "behind") for owner in ("his", "her", "its", "their"))
       for w in ("throw", "threw")},
    lemma("pour"): (("cold", "water", "on"),),
    lemma("side"): (("with",),),
    lemma("appeal"): (("for",),),
}
"""Verbs with their particles that reject or play down what follows ("ruled out an early election", "played down
fears of a recession", "brushed aside the criticism", "hit out at the unions") or declare for it ("came out in favor
of the tax"), which the tagger, knowing the verb alone as a deed, leaves untagged: the object is what the subject
rejects or backs ("campaigned against the plan": a side taken over time; "spoke out against", "took aim at", "threw
her weight behind", "poured cold water on", "sided with", "hit back at": idioms of a side taken). Not those that are deeds as often ("shot
down a drone", "walked back to the car")."""
IDIOM_WORDS = 2
"""Words of a phrasal stance after its verb that make it an idiom no deed shares ("spoke out against", "threw her
weight behind", "took aim at"), unlike one particle ("brushed aside", "shot down"), whose verb is a deed's as often
("moves have brushed aside traditional politicking"): only an idiom passes the deed filter (cue_verbs.action_cue) or
takes its words from the content (cue_edges)."""
STANCE_NOUNS = frozenset("support backing opposition objection objections concern concerns".split())
"""Nouns of a side taken, held in a cue after its verb ("voiced support for", "expressed opposition to"): the cue
states a stance whatever its verb ("threw her support behind")."""
NEGATED_AUXILIARIES = frozenset("did does do has have had will would".split())
"""Auxiliaries before "not" and a phrasal stance ("did not rule out new laws", "has not ruled out a strike"): the
stance left open is a position the subject takes, as "ruled out" one closed is."""
_NOT = frozenset({"not", "never", "n't"})
_PERFECT_ADVERBS = frozenset("long also already previously repeatedly".split())
"""Adverbs between a perfect's auxiliary and its verb ("has long lobbied for", "has also ruled out")."""


def manner_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of manner that may stand between a phrasal verb's words ("came out strongly in
    support of", "came out firmly against"): it says how the side was taken, so it belongs to the cue."""
    return word.endswith("ly") and len(word) > MIN_ADVERB_CHARS and word not in _NOT_ADVERBS


MIN_ADVERB_CHARS = 4
"""Characters of an adverb in "-ly" at the least: shorter words so ending are no adverbs ("fly", "ally")."""
_NOT_ADVERBS = frozenset("only early family italy july supply reply rally".split())


def phrasal_stance(doc: Doc, verb: int, s1: int) -> int:
    """The end of a phrasal verb of rejecting at ``verb`` (``PHRASAL_STANCES``) followed by its object, or 0; one
    adverb of manner may stand between its words (``manner_adverb``)."""
    for particles in PHRASAL_STANCES.get(doc.lemmas[verb], ()):
        k, matched, adverb = verb + 1, 0, False
        while k < s1 and matched < len(particles):
            if doc.words[k] == particles[matched]:
                matched += 1
            elif adverb or not manner_adverb(doc.words[k]):
                break
            else:
                adverb = True
            k += 1
        if matched == len(particles) and k < s1 and doc.shapes[k] in ("x", "Xx"):
            return k
    return 0


def plain_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of the untagged "wrote" or "estimates" before a bare clause, "confirmed"/"denied" before a determined object and a
    phrasal verb of rejecting ("ruled out") before its object, right after a subject that opens the sentence (a name,
    or "the" and a body's description)."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for s0, s1 in doc.sent_bounds:
        verb = after_subject(doc, s0, s1)
        auxiliary = verb
        negated = verb is not None and verb + 2 < s1 and doc.words[verb] in NEGATED_AUXILIARIES and doc.words[verb + 1] in _NOT
        if negated and verb is not None:
            verb += 2  # "did not rule out", "has not ruled out": only a phrasal stance (below) is read after it
        elif verb is not None and verb + 1 < s1 and doc.words[verb] in HAVE_FORMS:  # a perfect's, not "was" ("was ruled out of the match")
            verb += 1  # "has ruled out"
            if verb + 1 < s1 and (doc.words[verb] in _PERFECT_ADVERBS or manner_adverb(doc.words[verb])):
                verb += 1  # "has long lobbied for", "has repeatedly ruled out"
        if verb is None or auxiliary is None or verb in tagged or verb + 2 >= s1 or doc.shapes[verb] != "x":
            continue
        stance = phrasal_stance(doc, verb, s1)
        if stance:  # a part tagged ("came out strongly in | support of") gives way to the whole (``within_plain``)
            found.append((auxiliary, stance))  # "have campaigned against": the perfect's own, as the tagger gives it
            continue
        if negated:
            continue  # "did not write": no plain verb of saying is read under a negation
        if ((doc.lemmas[verb] in WRITE_LEMMAS and doc.words[verb].startswith("wr") or doc.lemmas[verb] in RECKON_LEMMAS)
                and _bare_clause(doc, verb + 1, s1)):
            found.append((verb, verb + 1))
        elif doc.lemmas[verb] in POST_LEMMAS and (medium := _medium_then_that(doc, verb + 1, s1)):
            found.append((verb, medium))  # "posted on X that ...": "on X" is cut from the cue as it is reported
        elif (doc.lemmas[verb] in EXPECT_LEMMAS and doc.words[verb].endswith("s") and doc.shapes[verb + 2] == "x"
              and doc.words[verb + 1] in NUMBER_WORDS):
            found.append((verb, verb + 1))  # "Capital Economics expects two cuts in 2026": a forecast
        elif doc.words[verb] != "give" and gives_deadline(doc.lemmas[verb], doc.text[doc.spans[verb][1] : doc.spans[s1 - 1][1]]):
            found.append((auxiliary, verb + 1))  # "have given the ministry 14 days to ... or face a strike"
        elif (doc.lemmas[verb] in FACT_LEMMAS and doc.words[verb].endswith(("ed", "es", "s"))
              and (doc.words[verb + 1] in _OPENERS and doc.shapes[verb + 2] == "x" or _hearer_then_that(doc, verb + 1, s1)
                   or doc.lemmas[verb] in DENY_LEMMAS and _gerund(doc.words[verb + 1]))):
            found.append((verb, verb + 1))  # "confirmed the cuts"; "confirmed to 9to5Google that ..."; "denies supplying"
    return found + accusations(doc, tagged) + informings(doc, tagged)


ACCUSE_LEMMAS = frozenset(lemma(w) for w in ("accuse", "accused", "accuses"))
_BE_FORMS = frozenset("is are was were be been being am 's the an a".split())
"""Words before "accused" that make it passive or a noun ("was accused of", "the accused"), no one's charge."""
MAX_ACCUSED_WORDS = 6
"""Words of whom a charge is laid against, between "accused" and "of" ("accused the government of")."""


def accusations(doc: Doc, tagged: set[int]) -> list[tuple[int, int]]:
    """Cue spans of an untagged active "accused X of ..." ("Labour's shadow transport secretary, Tom Ellery, accused
    the government of \"breaking promise after promise\""): a charge laid, whatever the tagger scored it. Not the
    passive ("was accused of"), a noun ("the accused") or "accused of" with no one accused between (a participle)."""
    found = []
    for k, word in enumerate(doc.words):
        if k in tagged or doc.lemmas[k] not in ACCUSE_LEMMAS or word not in ("accused", "accuses") or k == 0:
            continue
        if doc.words[k - 1].lower() in _BE_FORMS or k >= 2 and doc.words[k - 2].lower() in _BE_FORMS and doc.shapes[k - 1] == "x":
            continue  # "was accused", "was wrongly accused", "the accused"
        s1 = doc.sent_bounds[doc.sent[k]][1]
        of = next((j for j in range(k + 2, min(s1, k + 2 + MAX_ACCUSED_WORDS)) if doc.words[j] == "of"), None)
        if of is not None and doc.words[k + 1] != "of":
            found.append((k, k + 1))
    return found


INFORM_WORDS = frozenset({"informed", "informs", "notified", "notifies"})
MAX_INFORMED_WORDS = 5
"""Words of whom a message was told, between "informed" and "that" ("the entire university community", "all
parents and carers"): a noun phrase, longer than the name a fact is confirmed to."""
_HEARER_STOPS = frozenset("that who whom whose which what when where if whether of about".split())
"""Words that end the told before "that": a relative or a topic ("informed the man who ...", "notified them of ...")."""
_RELATIVE_VERBS = frozenset("is are was were has had have will would can could may might must owns runs".split())
"""Verbs right after "that" that make it a relative ("notified the firm that owns the site"), no clause told."""
_INFORM_TIMES = frozenset("today yesterday tonight on monday tuesday wednesday thursday friday saturday sunday".split())
MAX_FRONT_COMMA_WORDS = 8
"""Words back from "informed" within which the comma closing a fronted statement stands ("..., the minister informed
Parliament today"): the subject between them is a name and its title."""


def informings(doc: Doc, tagged: set[int]) -> list[tuple[int, int]]:
    """Cue spans of an untagged active "informed": before whom it was told and "that" ("The minister informed the House
    that ...", "He informed that ..."), or at a sentence's end after a fronted statement ("..., Home Minister X
    informed Parliament today"), as Indian and African papers write it. Not the passive ("was informed of the
    blast"): he was told."""
    found = []
    for k, word in enumerate(doc.words):
        if k in tagged or word not in INFORM_WORDS or k == 0 or doc.words[k - 1].lower() in _BE_FORMS:
            continue
        s0, s1 = doc.sent_bounds[doc.sent[k]]
        j = k + 1
        while j < s1 and j - k <= MAX_INFORMED_WORDS and (doc.shapes[j] in ("Xx", "X", "x") and doc.words[j] not in _HEARER_STOPS):
            j += 1
        if j + 1 < s1 and doc.words[j] == "that" and doc.words[j + 1] not in _RELATIVE_VERBS:
            found.append((k, k + 1))  # "informed the House that", "notified the entire college community that"
            continue
        while j < s1 and doc.words[j].lower() in _INFORM_TIMES:
            j += 1
        fronted = any(doc.words[i] == "," for i in range(max(s0, k - MAX_FRONT_COMMA_WORDS), k))
        if fronted and j > k + 1 and j >= s1 - 1:  # "..., X informed Parliament today."
            found.append((k, k + 1))
    return found


MAX_HEARER_WORDS = 4
"""Words of the one a fact was confirmed to, between "to" and "that" ("to The Verge", "to 9to5Google")."""


def _hearer_then_that(doc: Doc, k: int, s1: int) -> bool:
    """ "to The Verge that", "to 9to5Google that": "to", a name (capitals or digits first) and "that" at ``k``."""
    if doc.words[k] != "to":
        return False
    j = k + 1
    while j < s1 and j - k <= MAX_HEARER_WORDS and (doc.shapes[j] in ("Xx", "X", "d") or doc.words[j] == "the"):
        j += 1
    return k + 1 < j < s1 and doc.words[j] == "that"


def _medium_then_that(doc: Doc, k: int, s1: int) -> int:
    """The end of "on", a medium (``MEDIA``) and "that" opening at ``k`` ("on X that", "on his blog that"), or 0."""
    if doc.words[k] != "on":
        return 0
    end = k + 2 if doc.words[k + 1] in MEDIA else k + 3 if k + 2 < s1 and doc.words[k + 2] in MEDIA else 0
    return end if end and end + 1 < s1 and doc.words[end] == "that" and doc.words[end - 1] in MEDIA else 0


def within_plain(cues: list[tuple[int, int]], plain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tagged ``cues`` less those inside a plain cue: the tagger's part of a phrasal stance ("support of" in
    "came out strongly in support of") would give a second position, with no verb, for the same words."""
    return [(c0, c1) for c0, c1 in cues if not any(p0 <= c0 and c1 <= p1 for p0, p1 in plain)]


def after_subject(doc: Doc, s0: int, s1: int) -> int | None:
    """The word after a subject that opens the sentence: a capitalised name ("Crane", "Edith Crane"), "The" and a
    body's description ("The Texas company") or "A" and a body's voice ("A Nordvik spokesperson"); None when the
    sentence opens otherwise."""
    dash = next((k for k in range(s0, min(s1, s0 + MAX_DATELINE_WORDS)) if doc.words[k] in _DASHES), None)
    if dash is not None and all(doc.shapes[k] in ("X", ",", "(", ")") for k in range(s0, dash)):
        s0 = dash + 1  # "HOBART — Tasmanian Premier Ruth Calder has ruled out": after the dateline
        if s0 >= s1:
            return None  # a line that is only a dash, or ends on one: no subject
    k = s0
    while k < s1 and k - s0 < MAX_NAME_WORDS and (_name_word(doc, k) and doc.words[k] not in _OPENERS or (
            doc.words[k] in SOURCE_TITLES or doc.words[k] == "." and doc.words[k - 1] in TITLES) and k > s0 and k + 1 < s1
            and doc.shapes[k + 1] == "Xx"):
        k += 1  # "Union secretary Tim Vella", "Rep. Ann Short": a title in lower case or abbreviated in the subject
    if s0 < k < s1 and _possessive(doc, k):  # "Nurses' unions have given": the body the plural owns
        return _body_after(doc, k + 1, s1)
    if k > s0:
        return k
    if doc.words[s0] in ("a", "an"):  # "A Nordvik spokesperson confirmed the cuts": a body's voice
        voice = next((j + 1 for j in range(s0 + 1, min(s1, s0 + MAX_DESCRIBING_WORDS + 2)) if doc.words[j] in VOICE_NOUNS),
                     None)
        if voice is not None and voice + 1 < s1 and doc.words[voice] == "for" and doc.shapes[voice + 1] in ("Xx", "X"):
            voice += 1  # "A spokesperson for Google confirmed": past the body it speaks for
            while voice < s1 and voice - s0 < MAX_NAME_WORDS + 3 and doc.shapes[voice] in ("Xx", "X"):
                voice += 1
        return voice
    if doc.words[s0] != "the":
        return None
    return _body_after(doc, s0 + 1, s1)


def _body_after(doc: Doc, k: int, s1: int) -> int | None:
    """The word after a body's noun within a few describing words from ``k`` ("Texas company", "teachers' union",
    "unions"), or None."""
    for j in range(k, min(s1, k + MAX_DESCRIBING_WORDS + 1)):
        if doc.words[j] in BODY_NOUNS or doc.words[j].endswith("s") and doc.words[j][:-1] in BODY_NOUNS:
            return j + 1
        if doc.shapes[j] not in ("x", "Xx") and not _possessive(doc, j):
            return None
    return None


def _name_word(doc: Doc, k: int) -> bool:
    """A word of a name: capitalised, or in capitals as an acronym is ("NUT", "ZCTU"), not one letter ("I", "A")."""
    return doc.shapes[k] == "Xx" or doc.shapes[k] == "X" and len(doc.raw[k]) > 1 and doc.raw[k].isalpha()


def _possessive(doc: Doc, k: int) -> bool:
    """An apostrophe that makes the plural before it a possessive ("teachers' union")."""
    return doc.raw[k] in ("'", "’") and k > 0 and doc.words[k - 1].endswith("s") and doc.spans[k][0] == doc.spans[k - 1][1]


def _bare_clause(doc: Doc, k: int, s1: int) -> bool:
    """A clause with no "that" opens at ``k``: a determiner or a name, then a finite verb within a subject's
    words, with no punctuation or "that" in between ("the prize committee was", "Congress had")."""
    if doc.words[k] not in _OPENERS - {"that"} and doc.shapes[k] != "Xx":
        return False
    for j in range(k + 1, min(s1, k + CLAUSE_SUBJECT_WORDS + 1)):
        if doc.words[j] in _FINITE:
            return True
        if doc.shapes[j] not in ("x", "Xx") or doc.words[j] in ("that", "which", "who", "to", "about", "for", "of"):
            return False
    return False
