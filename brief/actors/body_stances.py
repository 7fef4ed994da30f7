"""A body's stance verb the cue tagger leaves untagged: "The Kenya Medical Association welcomed the
decision", "The Law Society of Kenya welcomed the ruling", "Sudan's government welcomed the veto". The
tagger reads "welcomed" after a long capitalised name or a possessive as often as not as a host's welcome
(its training news had few bodies taking a stand), and "Shelter welcomed the plan" or "The association
criticised the decision" it tags; a body's name (or a country's ruling body) that opens the sentence, a
verb of approving, opposing, demanding or committing in a finite form, and an object that opens with a
determiner (an infinitive after a commitment: "Germany and France pledged to back the plan") is that
body's stance whatever the score.
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.cues import CUE_GROUP, SEED_CUES, lemma

DEED_SENSES = frozenset(lemma(w) for w in "attack blast defend support decline".split())
"""Verbs of approving or opposing that a name's subject does as often as a deed: a team "attacked the
defence" or "defended the title", a phone "supports the standard", shares "declined a further 2%"."""
STANCE_LEMMAS = frozenset(lemma(w) for w in SEED_CUES if CUE_GROUP.get(lemma(w)) in ("for", "against")) - DEED_SENSES
"""Seed verbs of approving or opposing ("welcome", "praise", "condemn", "reject"): what a body's stance is
stated with."""
WANT_LEMMAS = frozenset(lemma(w) for w in ("demand", "want"))
"""Verbs of wanting a body states its stance with ("The International Longshoremen's Association is
demanding a 77% pay rise", "The Ancient Order of Hibernians wants the parade restored"); not "seek" (police
"are seeking a man": a search) or "call" ("called a strike": a deed)."""
COMMIT_LEMMAS = frozenset(lemma(w) for w in ("pledge", "vow", "promise"))
"""Verbs of committing a body states its stance with, before an infinitive ("Germany and France pledged to
back the plan", a list the tagger read as no speaker's); not before an object ("pledged $5bn": a deed)."""
RULING_NOUNS = frozenset("government cabinet ministry presidency parliament junta".split())
"""A country's ruling bodies, written as its possessive's noun ("Sudan's government", "Israel's cabinet"):
whose stance news reports as the country's."""
_POSSESSIVE = ("'s", "’s")
_HAVE = frozenset({"has", "have", "had"})
_BE = frozenset({"is", "are", "was", "were"})
"""Before a stance verb's -ing form ("is demanding", "are criticising"): the same stance, going on."""
_OBJECT_OPENERS = frozenset("the a an this that these those its their his her any all".split())
"""Words that open the object of a stance ("welcomed the decision", "rejected its claims"); a bare noun
("welcomed visitors") is more often a host's welcome."""
FRONTED_WORDS = 4
"""Words of a phrase fronted before the subject and its comma ("Separately,", "On Tuesday,", "In a
statement,")."""
_NAME_LINKS = frozenset({"of", "for", "and", "&"})
"""Lower-case words inside a body's name ("Law Society of Kenya", "Council for ...")."""


def body_stance_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cue spans of untagged stance verbs whose subject is a capitalised name opening the sentence
    ("The Kenya Medical Association welcomed the decision"), with "has" before them where it stands."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for s0, s1 in doc.sent_bounds:
        k = _past_fronted(doc, s0, s1)
        k += 1 if k < s1 and doc.words[k] == "the" else 0
        name = k
        while k < s1 and (doc.shapes[k] in ("Xx", "X") or doc.words[k] in _NAME_LINKS and k > name):
            k += 1
        if k > name and doc.raw[k - 1].endswith(_POSSESSIVE) and k + 1 < s1 and doc.words[k] in RULING_NOUNS:
            k += 1  # "Sudan's government welcomed the veto": the country's government, which speaks for it
        elif k - name < 2 or doc.shapes[k - 1] not in ("Xx", "X") or k + 1 >= s1:
            continue  # a name of two words or more ("Kenya Medical Association"): one word is any opening
        going_on = doc.words[k] in _BE and k + 1 < s1 and doc.words[k + 1].endswith("ing")
        verb = k + 1 if doc.words[k] in _HAVE or going_on else k
        if (verb + 1 < s1 and verb not in tagged and doc.words[verb].endswith(("ed", "es", "s", "ing"))
                and doc.lemmas[verb] in STANCE_LEMMAS | WANT_LEMMAS | COMMIT_LEMMAS and _stated_object(doc, verb, s1)):
            found.append((k, verb + 1))
    return found


def _stated_object(doc: Doc, verb: int, s1: int) -> bool:
    """The stance's object opens with a determiner and a common word or a figure ("welcomed the decision",
    "is demanding a 77% pay rise"), not "welcomed the Lakers" (a host's guests); a want's may be a verb
    ("wants to scrap the plan"), and a commitment's must ("pledged to back the plan")."""
    if verb + 2 >= s1:
        return False
    if doc.words[verb + 1] == "to" and doc.lemmas[verb] in WANT_LEMMAS | COMMIT_LEMMAS:
        return doc.shapes[verb + 2] == "x"
    if doc.lemmas[verb] in COMMIT_LEMMAS:
        return False  # "pledged $5bn", "promised the voters": a deed or an audience, no stance stated
    return doc.words[verb + 1] in _OBJECT_OPENERS and doc.shapes[verb + 2] in ("x", "d")


def _past_fronted(doc: Doc, s0: int, s1: int) -> int:
    """Where the subject starts: past a short fronted phrase and its comma ("Meanwhile, the ...")."""
    for k in range(s0 + 1, min(s1, s0 + FRONTED_WORDS + 1)):
        if doc.raw[k] == ",":
            return k + 1
    return s0
