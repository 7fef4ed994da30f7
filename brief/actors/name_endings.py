"""Name spans mended by their last word, after the tagger: a legal form or a generation.

Why: the tagger reads a few words at a time and learned from 1996 Reuters copy, where "K.K." and
"Jr." are rare (CoNLL has three "Jr"). "Tokuyama Shoji K.K." came out a person, "Robert Quaile Jr."
an organisation, and a "Jr." or "Inc." left outside a span is lost to the name. The last word says
what the name is, whatever the words before it: a legal form ends a company's name, a generation
("Jr.", "Sr.") a person's. A place's name ending in (or followed by) a capitalised compound of a
paper's ("Las Vegas" + "Review-Journal", "Salt Lake Herald-Tribune") names the paper of that place: the
tagger stops at the place it knows, and the compound is the body's own last word.
"""

from __future__ import annotations

import re

from brief.actors.bilou import entities
from brief.actors.body_endings import OUTLET_OR_TEAM_ENDINGS
from brief.actors.gender import first_names
from brief.text.language import stop_words

LEGAL_FORMS = frozenset("Inc. Inc Corp. Corp Ltd Ltd. LLC LLP PLC plc GmbH AG K.K. S.A. N.V. Pty Co. "
                        "ASA Oyj SpA S.p.A. Bhd Berhad B.V. BV KGaA Tbk".split())
"""Words that end a company's name ("Showa Denko K.K.", "Harlowe Bank plc", Norway's "ASA", Finland's
"Oyj", Italy's "SpA", Malaysia's "Bhd", Indonesia's "Tbk") and no other name. Not "SA", "NV", "AB", "SE"
or "AS": a country, a state, a province, a compass point or a word as often."""
MAX_BARE_NAME = 4
"""Most capitalised words read back from a legal form the tagger left untagged ("Halvorsen plc",
"Brannock Marine Holdings plc"): a company's own name is rarely longer."""
GENERATIONS = frozenset("Jr. Jr Sr. Sr Jnr Snr".split())
"""Words that end a person's name ("Cal Ripken Jr."); "II"/"III" are left out: "World War II" ends so too."""
MIN_GENERATION_SPAN = 3
"""A span ending in "Jr." is a person's when it has a given name and a surname before it."""


def mend_endings(words: list[str], labels: list[str]) -> list[str]:
    """BIO ``labels`` of ``words`` with each name span retyped (and extended by one word) by its last
    word: a legal form makes it an organisation, a generation after a person's name joins it; a legal
    form the tagger read alone or not at all takes the capitalised words before it as its company."""
    out = _bare_legal_forms(words, list(labels))
    for a, b0, typ0 in entities(words, labels):
        b, typ = b0, typ0
        nxt = words[b] if b < len(words) and labels[b] == "O" else ""
        if (nxt in LEGAL_FORMS and typ != "ORG") or (nxt in GENERATIONS and typ == "PER"):
            b += 1  # "Tokuyama Shoji" + "K.K.", "Robert Quaile" + "Jr.": the word the tagger left out
            # (a company already read as one keeps its span: the legal form is no part of its key)
        elif typ == "LOC" and _outlet_compound(nxt):
            b += 1  # "the Las Vegas Review-Journal's columnist": the paper, not the city
        elif typ == "PER" and nxt[:1].isupper() and nxt.isalpha() and b + 1 < len(words) and words[b + 1] in GENERATIONS:
            b += 2  # "Martin Luther" + "King Jr.": the surname the tagger left out (as a title) and the generation
        last = words[b - 1]
        if typ == "LOC" and b - a >= 2 and _outlet_compound(last):
            typ = "ORG"  # "the Salt Lake Herald-Tribune": a place's paper
        elif last in LEGAL_FORMS and b - a >= 2:
            typ = "ORG"
        elif last in GENERATIONS and b - a >= MIN_GENERATION_SPAN:
            typ = "PER"
        if (b, typ) != (b0, typ0):
            out[a:b] = ["B-" + typ] + ["I-" + typ] * (b - a - 1)
    return out


def _bare_legal_forms(words: list[str], labels: list[str]) -> list[str]:
    """``labels`` with each legal form the tagger left out of any name ("Halvorsen plc said": O O) or
    read as a name by itself ("Halvorsen ASA": O B-ORG) joined to the untagged capitalised words just
    before it, as one company: the tagger has seen few lowercase "plc" and few Nordic or Asian forms,
    and a lone "ASA" or no actor at all is what came of it. Stop words ("The", "In") are not the name."""
    for i, word in enumerate(words):
        alone = labels[i] == "O" or (labels[i] == "B-ORG" and not (i + 1 < len(labels) and labels[i + 1].startswith("I-")))
        if word not in LEGAL_FORMS or not alone:
            continue
        a = i
        while (a > 0 and i - a < MAX_BARE_NAME and labels[a - 1] == "O" and words[a - 1][:1].isupper()
               and words[a - 1].replace("&", "").replace("-", "").isalpha() and words[a - 1].lower() not in stop_words("en")):
            a -= 1
        if a < i:
            labels[a:i + 1] = ["B-ORG"] + ["I-ORG"] * (i - a)
    return labels


def _outlet_compound(word: str) -> bool:
    """ "Review-Journal", "Post-Gazette", "Herald-Tribune": hyphened capitalised words whose last part ends a
    paper's or a team's name (not "North Rhine-Westphalia", "Israeli-American")."""
    parts = word.split("-")
    return (2 <= len(parts) <= 3 and parts[-1] in OUTLET_OR_TEAM_ENDINGS
            and all(len(p) > 1 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts))


def written_with_generation(surface: str) -> bool:
    """ "Harvey Jr.", "Ken Griffey Jr": a name written with a generation after it is a person's, though its
    key ("Harvey") has no sign of one left."""
    words = surface.replace(",", " ").split()
    return len(words) > 1 and words[-1] in GENERATIONS


CAPITALS = re.compile(r"[A-Z][A-Z'’-]*[A-Z]")
"""A word in capitals (an apostrophe or a hyphen inside: "O'NEILL", "SMITH-JONES")."""
TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A given name in title case ("Henrik", "Anne-Marie")."""
_VOWEL = re.compile(r"[AEIOUY]")
MIN_SURNAME_LETTERS = 3
"""Letters of a surname in capitals: "FC", "AG", "UK" after a name are short forms (set by hand)."""
MIN_LONE_SURNAME_LETTERS = 5
"""Letters of a surname in capitals after a given name the census does not know ("Henrik MAREK", "Ayao
KOMATSU"): a product's or a firm's short form after a name is shorter ("Roth IRA", "Tata AIG", "Apple INC")."""


def surname_letters(word: str) -> bool:
    """Whether ``word`` is in capitals and could be a surname so written: long enough, with a vowel."""
    return bool(CAPITALS.fullmatch(word)) and len(word) >= MIN_SURNAME_LETTERS and bool(_VOWEL.search(word))


def capital_surname(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, in capitals, is a two-word name's surname, as transcripts write it: after a given
    name the census knows ("Lucia FERRANTE"), or long enough to be no short form ("Henrik MAREK")."""
    if len(words) != 2 or k != 1 or not TITLE_WORD.fullmatch(words[0]) or not surname_letters(words[1]):
        return False
    return words[0] in first_names() or len(words[1]) >= MIN_LONE_SURNAME_LETTERS
