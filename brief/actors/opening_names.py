"""Names the tagger missed because the article writes them only where a sentence opens.

A capital at a sentence's start says nothing, so the tagger reads an unfamiliar word there as an
ordinary one: "Qantas will pay $120 million ..." and "Qantas chief executive Vanessa Hudson
apologised" leave Qantas untagged, and "Dunmore council has approved ..." Dunmore, though each is
its story's subject; news that names its subject first in every sentence about it then lists the
people it quotes and not the subject. Read in mid-sentence, the same words are tagged. So a word the
article writes only at sentence openings, never in lower case, is read once more behind a neutral
opening; a name found there is added where the tagger saw none (``known_names`` then finds it again
wherever else the article writes it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brief.actors.bilou import entities
from brief.actors.country_bodies import PLACE_MODIFIERS
from brief.actors.fronted_participles import participle_before_noun
from brief.actors.gazetteer import MONTHS_DAYS, demonym_country
from brief.actors.known_names import common_word
from brief.actors.ner import tag_sentences
from brief.actors.opening_adjectives import without_opening_adjectives
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.source_words import TRADE_NOUNS

Span = tuple[int, int, str]

NEUTRAL_OPENING = ("On", "Monday", ",")
"""What is put before a sentence to read its first word in mid-sentence: a fronted time phrase, which
leaves the word the sentence's subject and suggests no kind (after "But" or "He said" the tagger
reads "Qantas chief executive ..." and "Covid cases rose" as people)."""
MIN_OPENINGS = 2
"""Fewest times the article must write the word, all at sentence openings: a subject recurs; a word
at one sentence's start is as often an unfamiliar common word ("Ozempic sales rose")."""
MIN_CHARS = 3
"""Shortest word read again: one or two letters are initials, units or codes."""
_BODIES_AND_PLACES = frozenset({"ORG", "LOC"})
"""The kinds taken whole from the second reading: a company, a council, a team, a place ("Qantas", "Dunmore").
A person's only as one word, which ``personhood.unevidenced_people`` retypes when the text shows no person (an
unfamiliar company's name often reads as a surname there): a place's name of two words before a noun reads
as a person's ("Throgs Neck resident Michael Lopiano" on a dev page), and a person named only at sentence
openings is named in full there, which the tagger reads."""
_QUOTE_OPENERS = frozenset({"“", '"', "‘", "'", "(", "—", "-", "–"})
"""Tokens after which a word also opens what is said or set apart ("“Qantas let down its customers"")."""


_TITLE_PUNCTUATION = "\"'“”‘’:,.!?()[]"
"""Marks around a title's first word ("‘Wrexham’", "Wrexham:")."""


def _opening(words: Sequence[str], start: int = 0) -> int:
    """Where a sentence's first word stands: ``start``, or past an opening quote mark or dash."""
    i = start
    while i < len(words) - 1 and words[i] in _QUOTE_OPENERS:
        i += 1
    return i


def _openings(words: Sequence[str]) -> tuple[int, ...]:
    """Where a sentence's first word stands, and where it stands past a dateline closed by a colon
    ("Bengaluru: Infosys on Thursday reported ..."), which is also a transcript's label ("Luke: The ski
    is ..."): both are read as openings."""
    first = _opening(words)
    if len(words) > DATELINE_WORDS + 1 and words[DATELINE_WORDS] == ":" and words[0][:1].isupper():
        return first, _opening(words, DATELINE_WORDS + 1)
    return (first,)


DATELINE_WORDS = 1
"""Words of a dateline closed by a colon ("Bengaluru:", "Mumbai:") that opens an Indian paper's lead."""


def _candidates(texts: Sequence[Sequence[str]], found: Sequence[Sequence[Span]], lowercase: set[str],
                title: str = "") -> set[str]:
    """Words written only at sentence openings, never tagged there, at least ``MIN_OPENINGS`` times, that
    no common word explains (``known_names.common_word``) and no demonym is. The page's title, which the
    sentences leave out, counts as one opening: "Wrexham promoted again" over "Wrexham secured ..." names the
    subject twice."""
    openings: Counter[str] = Counter()
    elsewhere: set[str] = set()
    first_of_title = title.split()[0].strip(_TITLE_PUNCTUATION) if title.split() else ""
    if first_of_title:
        openings[first_of_title] += 1
    followed = follows_company(texts)
    for words, spans in zip(texts, found):
        firsts = _openings(words) if words else ()
        tagged = {k for a, b, _ in spans if not (followed and _misc_word(a, b, _)) for k in range(a, b)}
        for i, word in enumerate(words):
            if i in firsts and i not in tagged and not participle_before_noun(words, i):
                # not "Striking nurses said": a participle at the opening, no name; "Westpac has raised its
                # forecast": a subject that owns "its" names a body at its one opening
                openings[word] += MIN_OPENINGS if (owns_its(words, i) or says_it(words, i) or declines_comment(words, i)
                                                   or joined_to_speaker(words, i, spans)) else 1
            else:
                elsewhere.add(word)
    return {w for w, n in openings.items()
            if n >= MIN_OPENINGS and w not in elsewhere and len(w) >= MIN_CHARS and w.isalpha()
            and w[:1].isupper() and not common_word(w, lowercase) and not demonym_country(w)}


MAX_VERB_WORDS = 3
"""Words of a verb group between an opening subject and its "its" ("has already raised its")."""


def owns_its(words: Sequence[str], i: int) -> bool:
    """ "Westpac has raised its forecast", "Zenkoro cut its jobs": the opening word, then a verb group of a few
    lower-case words and "its", the subject's own: a body's (a person's is "his" or "her", a common noun's
    sentence-start capital is one more common word, which ``common_word`` leaves out)."""
    verbs = words[i + 1 : i + 1 + MAX_VERB_WORDS + 1]
    at = next((k for k, w in enumerate(verbs) if w == "its"), -1)
    return at > 0 and all(w.isalpha() and w.islower() for w in verbs[:at])


SELF_CUES = frozenset("said says announced confirmed added warned".split())
"""Verbs of saying after which a body speaks of itself as "it" ("Aeroflot said on Tuesday it would ...")."""
MAX_ADJUNCT_WORDS = 3
"""Words of a time or manner phrase between the verb and "it" ("on Tuesday", "in a statement", "late on Friday")."""
ITS_VERBS = frozenset("would will had has plans planned intends intended expects expected".split())
"""Verbs after "it" that make "it" the speaker's future, past or plan: "said it would close" is a body's; "said it
was unfair" is as often a person's word on a thing."""


def says_it(words: Sequence[str], i: int) -> bool:
    """ "Aeroflot said on Tuesday it would suspend flights": the opening word, a verb of saying, a short time
    phrase, then "it" and its verb: the subject speaks of itself as a body does (a person says "he" or "she")."""
    if i + 1 >= len(words) or words[i + 1] not in SELF_CUES:
        return False
    rest = words[i + 2 : i + 2 + MAX_ADJUNCT_WORDS + 2]
    at = rest.index("it") if "it" in rest[: MAX_ADJUNCT_WORDS + 1] else -1
    return (at >= 0 and at + 1 < len(rest) and rest[at + 1] in ITS_VERBS
            and all(w.isalpha() and (w.islower() or w.lower() in MONTHS_DAYS) for w in rest[:at]))



_NO_COMMENT = re.compile(
    r"(?:declined|refused) to comment\b"
    r"|(?:did|does|has|have|had)(?: not| n't|n't) (?:yet |immediately )?(?:respond|responded|reply|replied|return|returned)"
    r" (?:to )?(?:an? |the |our |its |several |repeated |multiple )?(?:requests?|calls?|emails?|messages?|queries|inquiries)"
    r"(?: \w+){0,3}? (?:for|seeking) comment\b"
    r"|(?:could|can|was|were)(?: not| n't|n't) (?:immediately )?(?:be )?(?:reached|available) for comment\b")
"""A report that the reporter asked the subject and had no words back ("declined to comment", "did not
respond to a request for comment", "did not immediately return calls seeking comment", "could not be reached
for comment", "was not available for comment")."""
NO_COMMENT_WORDS = 12
"""Words after the subject that such a report runs to ("did not immediately respond to repeated requests for
comment")."""


def declines_comment(words: Sequence[str], i: int) -> bool:
    """ "Emirates declined to comment on the report", "Zentrix did not respond to a request for comment": the
    opening word, then a report that it gave no comment when asked (``_NO_COMMENT``): the reporter asked it, so it
    is one of the story's parties, a body or a person the tagger knows elsewhere (a person's surname is written
    in mid-sentence too, which leaves it out of the words read again)."""
    return _NO_COMMENT.match(" ".join(words[i + 1 : i + 1 + NO_COMMENT_WORDS])) is not None


def joined_to_speaker(words: Sequence[str], i: int, spans: Sequence[Span]) -> bool:
    """ "Tearfund and Barclays Bank said they ...": the opening word joined by "and" to a tagged body whose verb of
    saying follows: a body that speaks with it (a person's surname alone is rarely joined so to a body's name)."""
    if i + 2 >= len(words) or words[i + 1] not in ("and", "&"):
        return False
    at = i + 3 if words[i + 2] == "the" else i + 2  # "Trocaire and the World Bank said"
    if words[at].lower() in PLACE_MODIFIERS | {"mid"}:
        return False  # "Mid and East Antrim Borough Council said": two regions in one body's name
    body = next((b for a, b, label in spans if a == at and label == "ORG"), None)
    return body is not None and body < len(words) and words[body] in SELF_CUES


def opening_names(texts: Sequence[Sequence[str]], found: list[list[Span]], lowercase: set[str],
                  title: str = "") -> list[list[Span]]:
    """``found`` (each sentence's tagged spans) with the names read again at sentence openings added."""
    found = without_opening_adjectives(texts, found)  # "Restless | Conservative MPs": no name of its own
    words_again = _candidates(texts, found, lowercase, title)
    if not words_again:
        return found
    again = [i for i, words in enumerate(texts) if words and any(words[k] in words_again for k in _openings(words))]
    labels = tag_sentences([[*NEUTRAL_OPENING, *texts[i]] for i in again])
    out = list(found)
    shift = len(NEUTRAL_OPENING)
    for i, tags in zip(again, labels):
        firsts = _openings(texts[i])
        misc = [x for x in found[i] if x[0] in firsts and _misc_word(*x)]  # "Boeing" read as a plane's make
        tagged = {k for a, b, _ in found[i] if (a, b, _) not in misc for k in range(a, b)}
        named = [(a - shift, b - shift, label) for a, b, label in entities([*NEUTRAL_OPENING, *texts[i]], tags)
                 if a - shift in firsts and (label in _BODIES_AND_PLACES or label == "PER" and b - a == 1)
                 and not (label != "LOC" and b - a == 1 and noun_compound(texts[i], a - shift))
                 and not tagged & set(range(a - shift, b - shift))]
        if named:
            out[i] = sorted([*(x for x in found[i] if x not in misc), *named])
    return out


def noun_compound(words: Sequence[str], i: int) -> bool:
    """ "Music manager Leon Farrow said", "Fashion designer X": a dictionary noun opening the sentence before a
    lower-case noun is the field of the job the compound names, its capital the sentence's; read again in
    mid-sentence the tagger takes it for a surname or a firm, which then stood as a body ("Music", "Fashion"). A
    surname is followed by its verb ("Baker said"), a firm's unfamiliar name is no dictionary noun ("Qantas chief
    ..."), and a place's council is read as a place, which is kept ("Bath council")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return is_noun(words[i].lower()) and nxt.isalpha() and nxt.islower() and is_noun(nxt) and not inflected_verb(nxt)


def _misc_word(a: int, b: int, label: str) -> bool:
    """A one-word name tagged as no actor's kind ("Boeing will cut ..." read as a plane's make)."""
    return label == "MISC" and b - a == 1


_COMPANY_WORDS = TRADE_NOUNS | frozenset({"company", "firm"})


def follows_company(texts: Sequence[Sequence[str]]) -> bool:
    """Whether the article refers back to a company ("the company", "the firm", "the planemaker"): then a
    one-word name at sentence openings tagged as a thing ("Boeing", "Airbus") is read again as well,
    as the company it calls so; without such a reference it stays a thing ("Ozempic sales rose")."""
    # A sentence with none of the company words is passed over in one set test (in C) before its pairs are read.
    return any(w.lower() in ("the", "its") and nxt.lower() in _COMPANY_WORDS
               for words in texts if not _COMPANY_WORDS.isdisjoint(map(str.lower, words))
               for w, nxt in zip(words, words[1:]))
