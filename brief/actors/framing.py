"""How a quotation is framed around its cue, where the cue and source taggers' window falls short.

The source tagger sees about thirty tokens around a cue; news frames quotes in ways that reach
past that or turn it around: an inverted attribution ("“...,” said a skeptical Rosa Quell"), a
quotation, a name and a long apposition before the cue ("“...,” Tomas Vidal, vice president of
..., said"), a sentence that opens with its speaker ("Hamas, whose envoys returned to Qatar,
said ..."), and a quotation that runs on over paragraphs. These rules read the same tokens
(``attribution.Doc``) and leave the learned weights alone; PolNeAR dev: source F1 0.731 -> 0.736,
content 0.722 -> 0.725, cue unchanged (``bench/attribution_polnear.py``).
"""

from __future__ import annotations

from brief.actors.attribution import _PREPS, _WHEN, Doc
from brief.actors.cues import PRONOUNS, lemma
from brief.actors.groups import people_noun
from brief.actors.kinds import PERSON_NOUNS
from brief.actors.media_objects import medium_object
from brief.actors.phrasing import verb_lemma
from brief.actors.roles import ROLE_ENDS
from brief.actors.source_words import FORCES, KIN, SPEAKING_HEADS
from brief.text.lexicon import SOURCE_TITLES


def inverted_source(doc: Doc, c0: int, c1: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """ “...,” said Department of Correction spokesman Jason Kersten; “...,” said a skeptical Robert
    Wolfarth: a cue after a comma or a closing quote, followed by a name that ends the clause, is
    inverted, and that name is the source, whatever the source tagger found on the left ("trying
    to keep students safe"). A source the tagger found on the right is kept unless it stops inside
    the name ("Department"): it may hold the apposition, as PolNeAR marks it."""
    if c0 == 0 or not (doc.raw[c0 - 1] == "," or doc.qclose[c0 - 1]) or doc.lemmas[c1 - 1] not in _INVERTING:
        return None
    s1 = doc.sent_bounds[doc.sent[c0]][1]
    k = c1
    while (k < s1 and k - c1 < 3 and doc.shapes[k] == "x" and doc.words[k] not in _PREPS
           and doc.words[k] not in _WHEN and doc.words[k] not in ("that", "to")):
        k += 1  # "a skeptical", "lead author"
    start = k
    last = -1
    own = -1  # where the name's own words end, before an "of ..." that may be an affiliation
    while k < s1:
        w = doc.words[k]
        if doc.shapes[k] in ("Xx", "X"):
            last = k
            if own < 0 and k + 1 < s1 and doc.words[k + 1] in _AFFILIATION:
                own = k + 1
        elif w == "." and last == k - 1 and len(doc.raw[k - 1]) <= 3 and k + 1 < s1 and doc.shapes[k + 1] in ("Xx", "X"):
            pass  # "Mr. Burman", "John D. Podesta"
        elif w == "(" and last == k - 1 and (close := _title_bracket(doc, k, s1)):
            k = close  # "said DCP (Crime) Rakesh Kumar": the bracket qualifies the title before the name
        elif (w in ROLE_ENDS or speaker_noun(w)) and last == k - 1 and k + 1 < s1 and doc.shapes[k + 1] in ("Xx", "X"):
            pass  # "said Gartner analyst Arun Chandrasekaran": a firm, the role there, then the name ("Lee ally X")
        elif not (w in ("of", "for", "the", "and") and last == k - 1) and not (w in SOURCE_TITLES and k > start):
            break
        k += 1
    # "The government, which ..., said it regretted": the source stands before, the pronoun opens what was said (a
    # participle's "..., saying it would hurt families" is participle_frame's to read)
    if c1 < s1 and doc.words[c1] in PRONOUNS and src is not None and src[1] <= c0 and not doc.words[c1 - 1].endswith("ing"):
        return None
    if last < start or doc.words[start] in _WHEN or doc.words[start] in PRONOUNS or doc.shapes[start] == "x" and start == c1:
        return described_source(doc, c1, s1)  # "said Thursday", "said he", "said the EB-5 program": no name
    end = last + 1
    if end < s1 and doc.raw[end] not in (",", ".", "(", ";", ":", "!", "?", "—", "–") and not doc.qopen[end]:
        if own < 0:
            return None  # "recalled Mr. Obama talking": the name is an object, not the speaker
        end = own  # "said geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": the name, then where from
    if src is not None and c1 <= src[0] < end and (src[0] > start or src[1] >= end):
        return None  # the tagger's source on the right, as long or longer
    if src is not None and c1 <= src[0] < start:
        return src[0], end  # "said former Lee adviser Ada Obi": the tagger stopped at the name before the role
    return start, end


def _title_bracket(doc: Doc, k: int, s1: int) -> int:
    """The closing bracket of a short bracket at ``k`` that a name follows ("DCP (Crime) Rakesh
    Kumar", "SP (Rural) Asha Rao"), or 0: a bracket after the name ("Jane Smith (R-Utah).") is not one."""
    for j in range(k + 1, min(k + 2 + _TITLE_BRACKET_WORDS, s1 - 1)):
        if doc.raw[j] == ")":
            if j == k + 2 and doc.raw[k + 1].isupper():
                return 0  # "World Maritime Organization (WMO) Secretary ...": a body's initials, read by bracketed_acronym
            return j if j > k + 1 and doc.shapes[j + 1] in ("Xx", "X") and doc.words[j + 1] not in PRONOUNS else 0
    return 0


_TITLE_BRACKET_WORDS = 3
"""Longest bracket inside a title ("(Crime Branch)", "(Zone 5)"); a longer one is an aside."""


def described_source(doc: Doc, c1: int, s1: int) -> tuple[int, int] | None:
    """ "..., say oceanographers, but ...", "..., said a spokesman for the ministry.", "..., warn
    forecasters at the weather service": an inverted cue followed by a noun phrase for people or a
    body (a speaker's noun as its head, as the sources of news are written), which ends the clause
    or goes on only with where the speaker is from, is the source; the clause before the cue is
    what they said. The cue model, trained mostly on "X said", takes the sentence's subject
    instead ("The Java Sea says oceanographers, ..."). None for "said Thursday", "say, a dozen",
    "asked the court to ...", "says much about": no speaker's noun, or the phrase goes on."""
    k = c1
    while k < s1 and doc.words[k] in _WHEN:
        k += 1  # "said Thursday the minister"
    start = k
    if k < s1 and doc.words[k] in _DETERMINERS:
        k += 1
    head = -1
    while k < s1 and k - start < _DESCRIBED_WORDS and doc.shapes[k] == "x" and doc.words[k] not in _PHRASE_STOPS:
        head = k
        k += 1
    if head < 0 or not speaker_noun(doc.words[head]):
        return None
    end = head + 1
    if end < s1 and (doc.words[end] in _FROM or doc.words[end] in _PREPS):
        while end < s1 and doc.raw[end] not in _CLAUSE_ENDS and not doc.qopen[end]:
            end += 1  # "a spokesman for the ministry", "officials familiar with the talks"
    elif end < s1 and doc.raw[end] not in _CLAUSE_ENDS and doc.words[end] not in _RELATIVES:
        return None  # "asked the court to ...": the phrase is an object, the clause goes on
    return start, end


_DESCRIBED_WORDS = 4
"""At most this many words from the determiner to the head ("a senior Western diplomat"): past it
the phrase is more likely a clause than a speaker."""
_DETERMINERS = frozenset("a an the one two three some many several most other local".split())
_FROM = frozenset(("familiar", "close"))  # "officials familiar with", "sources close to"
_PHRASE_STOPS = frozenset("and or but that to who which whose when where as than not".split()) | _PREPS | _FROM
_RELATIVES = frozenset(("who", "whose"))  # "say residents who fear flooding": the head ends the source
_CLAUSE_ENDS = frozenset((",", ".", ";", ":", "!", "?", "—", "–", "(", ")"))


def speaker_noun(word: str) -> bool:
    """Whether a lower-case noun is one news writes a source with: a person's role or title, a
    body, people described by what they do ("oceanographers", "residents")."""
    return word in SPEAKING_HEADS or word in FORCES or word in KIN or word in PERSON_NOUNS or (
        word in SOURCE_TITLES or people_noun(word))


_AFFILIATION = frozenset(("of", "at", "from", "with"))
"""Words after an inverted source's name that say where the speaker is from ("comments Robin
Biesbroek of the CDF"): the clause goes on past the name, and the name is still the source. A
tagger's source wholly past the name ("says Chris Early, senior vp ... at Ubisoft") is that
apposition, not the speaker: the name wins."""


QUOTE_PARAGRAPHS = 3
"""How many further paragraphs a quotation may run on: news opens each paragraph of a long quote
with a quote mark and closes only the last (“... penalties.¶“That’s why we need to scrutinise
..."); a bound keeps a stray unclosed mark from swallowing a page."""


def quote_goes_on(doc: Doc, cb: int, mask: list[bool]) -> int:
    """Where a quoted content really ends: a quotation left open runs to the end of its paragraph
    (the sentences after the cue's, still inside the marks, are the same speaker's); left open at
    the end of its paragraph, it goes on in the next one when that opens with a quote mark, and a
    whole sentence of quotation right after, with no cue of its own, is the same speaker going on
    (“...,” says X. “We're just throwing darts at the wall.”)."""
    n = len(doc.words)
    last = cb - 1
    p1 = doc.para_bounds[doc.para[last]][1]
    if doc.inq[last] and all(doc.inq[cb:p1]) and not any(mask[cb:p1]):
        cb = p1  # “They are already there. They are there to show sovereignty.¶: open to its paragraph's end
    for _ in range(QUOTE_PARAGRAPHS):
        last = cb - 1
        p1 = doc.para_bounds[doc.para[last]][1]
        open_to_the_end = doc.inq[last] and all(doc.shapes[k] not in ("x", "X", "Xx", "d") for k in range(cb, p1))
        if open_to_the_end and p1 < n and doc.qopen[p1] and not any(doc.qclose[cb:p1]):
            end = doc.para_bounds[doc.para[p1]][1]
            if any(mask[p1:end]):
                break
            cb = end
            continue
        break
    s1 = doc.sent_bounds[doc.sent[cb - 1]][1]
    if s1 < n and doc.para[s1] == doc.para[cb - 1] and doc.qopen[s1]:
        t0, t1 = doc.sent_bounds[doc.sent[s1]]
        closes = doc.qclose[t1 - 1] or (t1 - t0 >= 2 and doc.qclose[t1 - 2] and doc.raw[t1 - 1] in ".!?")
        if t0 == s1 and closes and not any(mask[cb:t1]):
            cb = t1  # not over a cue: "“A” ..., says X, a spokesperson. “B.”" keeps A alone
    return cb


def opening_name(doc: Doc, c0: int) -> tuple[int, int] | None:
    """ "Hamas, whose envoys returned to Qatar, said it would study the offer": with no source found,
    a sentence that opens with a name and a comma and reaches its cue after another comma has that
    name for its source (the tagger's window around the cue did not reach it)."""
    s0 = doc.sent_bounds[doc.sent[c0]][0]
    while s0 < c0 and doc.shapes[s0] not in ("Xx", "X"):
        s0 += 1  # a bullet or dash before the name
    k = s0
    while k < c0 and (doc.shapes[k] in ("Xx", "X") or doc.raw[k] == "." and k > s0 and len(doc.raw[k - 1]) <= 3):
        k += 1
    if k == s0 or k >= c0 - 1 or doc.raw[k] != "," or doc.raw[c0 - 1] != "," or doc.words[s0] in PRONOUNS:
        return None
    if doc.words[s0] in _WHEN or doc.words[s0] in _SENTENCE_ADVERBS:
        return None  # "Monday, ...", "However, ...": no name
    return s0, k


def closing_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ “Our strategy is to be where the consumer is,” Strauss Zelnick, CEO of Take-Two, adds.: a
    verb of saying that closes a sentence opened by a quotation, a name and its apposition, is the
    cue of that quotation, though the tagger, whose window saw only the apposition before it, left it
    untagged; ``quote_then_named_speaker`` then gives its source and content. So too "said" before
    ", according to" ("..., the health commission said, according to Reuters"), which the tagger
    leaves to the agency. Sorted with ``cues``."""
    found: list[tuple[int, int]] = []
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    for s0, s1 in doc.sent_bounds:
        if s1 - s0 < 6 or not doc.qopen[s0]:
            continue
        k = s1 - 1
        if doc.raw[k] in (".", "!", "?"):
            k -= 1
        if (k <= s0 or k in tagged or doc.raw[k - 1] != "," or doc.lemmas[k] not in _INVERTING
                or doc.words[k] != doc.raw[k].lower()):
            continue
        if quote_then_named_speaker(doc, k) is not None:
            found.append((k, k + 1))
    found.extend(cue for s0, s1 in doc.sent_bounds if (cue := _trailing_frame(doc, s0, s1, tagged)) is not None)
    for k in range(1, len(doc.words) - 2):
        if (doc.lemmas[k] == "say" and k not in tagged and doc.raw[k + 1] == "," and doc.words[k + 2] == "according"
                and doc.shapes[k - 1] in ("x", "Xx", "X")):
            found.append((k, k + 1))  # "..., the health commission said, according to Reuters": the commission said it
    return sorted(cues + found) if found else cues


TRAILING_CLAIM_WORDS = 5
"""Words of the clause before a trailing frame ("Workers will strike next month unless ..., the Unite union has
warned"): a shorter one is a fragment, no claim."""


def _trailing_frame(doc: Doc, s0: int, s1: int, tagged: set[int]) -> tuple[int, int] | None:
    """ "Workers will strike next month unless bosses improve their offer, the Unite union has warned.": a verb of
    saying (``_INVERTING``, not its "-ing") that ends an unquoted sentence after a comma, a short speaker (a
    determiner, a pronoun or a capital first, no clause word or preposition but "of") and "has"/"have"/"had" at
    most, frames the clause before the comma, though the tagger left it untagged (it knows "the union has said",
    and after a name and "union", "warned" less). The cue's tokens (the verb and its "has"), or None."""
    k = s1 - 1
    if k > s0 and doc.raw[k] in (".", "!", "?"):
        k -= 1
    word = doc.raw[k]
    if (k in tagged or doc.lemmas[k] not in _INVERTING or not word.islower() or word.endswith("ing")
            or verb_lemma(word) in (None, word) and doc.lemmas[k] != "say"):
        return None
    j = k - 1 if doc.words[k - 1] in ("has", "have", "had") else k
    comma = next((i for i in range(j - 1, max(s0, j - CLOSING_SOURCE_TOKENS - 1) - 1, -1) if doc.raw[i] == ","), None)
    if comma is None or comma - s0 < TRAILING_CLAIM_WORDS or comma + 1 >= j:
        return None
    speaker = range(comma + 1, j)
    if not (doc.words[comma + 1] in _SOURCE_OPENERS or doc.shapes[comma + 1] in ("Xx", "X")):
        return None
    if any(doc.qopen[i] or doc.inq[i] or doc.qclose[i] for i in range(s0, j)):
        return None  # a quotation's frame is the quote rules'
    if any(doc.words[i] in _NOT_SOURCE or doc.words[i] in _PREPS and doc.words[i] != "of" for i in speaker):
        return None  # "..., which the union has warned", "..., as in the past he warned": a clause of its own
    return j, k + 1


CLOSING_SOURCE_TOKENS = 6
"""Tokens of a speaker between a quotation's closing comma and the verb that closes the frame ("the
round, bearded businessman"): longer, the words are a clause of their own, not who said it."""
FRAME_QUOTE_MIN_WORDS = 4
"""Words of a quotation that a frame's verb makes a statement: a shorter one is a title or a term
("“In the Plex,” Campbell got"), not something said."""
_NOT_SOURCE = frozenset("that who which whose when where if because".split())
"""Words that open a clause: the words before the verb are then no speaker's name or description."""
_SOURCE_OPENERS = frozenset("he she they we i it the a an his her their its this that our one".split())
_FRAME_END = frozenset((".", "!", "?", ",", ";", ":", "—", "–", "(")) | _PREPS | frozenset(("via", "while", "when"))
"""What may follow the verb that closes a quotation's frame: the sentence's end, or how, where or to
whom it was said ("fumed in a tweet", "laughs, pointing at ...")."""


def quote_closing_verbs(doc: Doc) -> list[int]:
    """ “They think I am such a pious man,” the round, bearded businessman laughs; “..., I won the
    popular vote ...,” the President-elect fumed in a tweet: a quotation closed by a comma (or a "?" or
    "!"), then its speaker, then one verb in the past or the present ending the clause, is an
    attribution whatever the verb: the frame, not the word, says the quotation is the speaker's (the
    tagger knows "said" and "added", not every manner of saying). The verbs of such frames, by token:
    after each closing mark that follows a comma, the first token that closes a frame."""
    found: list[int] = []
    n = len(doc.words)
    for q in range(1, n - 2):
        if doc.qclose[q] and doc.raw[q - 1] in (",", "?", "!"):
            k = next((k for k in range(q + 2, min(n, q + CLOSING_SOURCE_TOKENS + 2))
                      if closing_frame(doc, k) is not None), None)
            if k is not None:
                found.append(k)
    return found


def closing_frame(doc: Doc, k: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The speaker and the quotation of the frame whose verb is token ``k`` (see
    ``quote_closing_verbs``), or None. The speaker opens with a pronoun, a determiner or a capital
    and is at most ``CLOSING_SOURCE_TOKENS`` tokens; the verb is an inflected form in the dictionary
    (not the "-ing" of a participle that describes the speaker), followed by the clause's end."""
    word = doc.raw[k]
    ends = (k + 1 >= len(doc.words) or doc.words[k + 1] in _FRAME_END or doc.para[k + 1] != doc.para[k]
            or medium_object(doc, k + 1, _FRAME_END))  # “...,” he began the post
    if k < 3 or not word.islower() or word.endswith("ing") or verb_lemma(word) in (None, word) or not ends:
        return None
    for q in range(k - 2, max(0, k - CLOSING_SOURCE_TOKENS - 2), -1):
        if doc.qopen[q] or doc.raw[q] in (".", "!", "?", ";", ":", "(", "“") or doc.para[q] != doc.para[k]:
            return None
        if not doc.qclose[q]:
            continue
        j = q + 1
        if doc.raw[q - 1] not in (",", "?", "!") or not (doc.words[j] in _SOURCE_OPENERS or doc.shapes[j] in ("Xx", "X")):
            return None
        if any(doc.words[i] in _PREPS or doc.words[i] in _NOT_SOURCE for i in range(j, k)):
            return None  # "a game about heading soccer balls": a phrase with its own object, no speaker
        opening = q - 1
        while opening > 0 and not doc.qopen[opening] and doc.para[opening - 1] == doc.para[q]:
            opening -= 1
        words = sum(1 for i in range(opening + 1, q) if doc.raw[i][0].isalnum()) + _resumed_words(doc, k)
        if not doc.qopen[opening] or words < FRAME_QUOTE_MIN_WORDS:
            return None
        return (j, k), (opening, q + 1)
    return None


def _resumed_words(doc: Doc, k: int) -> int:
    """Words of the quotation the frame's verb ``k`` resumes after its comma ("“Back then,” he chuckled, “nobody
    gave players eye exams”"): one statement cut in two, whose first half alone may be too short to count; 0 when
    the verb resumes no quotation, or only a few words of one."""
    if k + 2 >= len(doc.words) or doc.raw[k + 1] != "," or not doc.qopen[k + 2] or doc.para[k + 2] != doc.para[k]:
        return 0
    end = k + 3
    while end < len(doc.words) and not doc.qclose[end] and doc.para[end] == doc.para[k]:
        end += 1
    words = sum(1 for i in range(k + 3, end) if doc.raw[i][0].isalnum())
    return words if words >= FRAME_QUOTE_MIN_WORDS else 0  # a statement resumed, not a title ("“a fine review”")


_SENTENCE_ADVERBS = frozenset("however meanwhile still yet instead also so then now later earlier moreover "
                              "separately nonetheless nevertheless indeed but and".split())


def quote_then_named_speaker(doc: Doc, c0: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ “We are officially joining a family,” Nathaniel Pieper, senior vice president of fleet,
    finances and alliances at Alaska, said: a sentence that opens with a quotation, then a name
    and a comma, and reaches its cue after another comma. The name is the source and the
    quotation the content; the apposition between is neither (the tagger, seeing a window around
    the cue, took "alliances at Alaska")."""
    s0 = doc.sent_bounds[doc.sent[c0]][0]
    if doc.inq[s0] and not doc.qopen[s0]:  # a quotation of several sentences: back to its opening mark
        p0 = doc.para_bounds[doc.para[s0]][0]
        while s0 > p0 and not doc.qopen[s0]:
            s0 -= 1
    if not doc.qopen[s0] or doc.raw[c0 - 1] != ",":
        return None
    q = s0 + 1
    while q < c0 and not doc.qclose[q]:
        q += 1
    d = q + 1
    while (d < c0 and d - q <= DESCRIBING_WORDS and doc.shapes[d] == "x" and doc.words[d] not in _PREPS
           and doc.words[d] not in PRONOUNS):
        d += 1  # "study lead author Lucas Paganini, a planetary scientist at ..., said"
    k = d
    while k < c0 and (doc.shapes[k] in ("Xx", "X") or doc.raw[k] == "." and len(doc.raw[k - 1]) <= 3):
        k += 1
    if q >= c0 or k == d or doc.raw[k] != "," or k >= c0 - 1 or doc.shapes[d] not in ("Xx", "X"):
        return None
    if doc.words[d] in PRONOUNS:
        return None
    return (d, k), (s0, q + 1)


DESCRIBING_WORDS = 3
"""Lower-case words that may describe the speaker between a quotation and the name ("study lead author")."""


_INVERTING = frozenset(lemma(w) for w in "say said says add added write wrote ask asked explain explained note noted "
                       "recall recalled insist insisted argue argued warn warned reply replied respond responded "
                       "remark remarked quip quipped joke joked admit admitted conclude concluded comment commented "
                       "declare declared observe observed continue continued report reported".split())
"""Cues that stand before their source in an inverted attribution ("..., said X"); "told X" names
the one told, and "called X" / "known as X" name a thing."""


def according_source(doc: Doc, c0: int, c1: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "According to Jane Smith, the council spent too much.": a sentence that opens on "according
    to" says its content after the source, so the source stops at the comma after which a clause
    begins. The source tagger, which learned appositions there ("according to Jane Smith, a
    spokeswoman for the council, the ..."), ran on over the clause and left no content, or cut it
    at the comma of "40,000". A segment with a finite verb opens the clause; failing one, a source
    that runs to the sentence's end ends at its last comma."""
    if src is None or doc.lemmas[c0] != "accord" or src[0] < c1:
        return src
    s0, s1 = doc.sent_bounds[doc.sent[c0]]
    if c0 - s0 > _OPENING_WORDS:
        return src  # "The company paid ..., according to X, the firm's lawyer": the content is on the left
    glued = next((k for k in range(src[0] + 1, src[1]) if doc.words[k] in _GLUED_SUBJECTS and doc.raw[k].islower()
                  and doc.shapes[k - 1] in ("Xx", "X") and doc.raw[k - 1] != "," and not doc.inq[k]), None)
    if glued is not None:  # "According to Tessa the best time to book is ...": the clause, its comma left out
        return src[0], glued
    commas = [k for k in range(src[0] + 1, src[1]) if doc.raw[k] == "," and not doc.inq[k] and not _in_number(doc, k)]
    for k in commas:
        stop = next((j for j in range(k + 1, s1) if doc.raw[j] == "," and not _in_number(doc, j)), s1)
        if doc.words[k + 1] not in _APPOSITION_OPENERS and any(doc.words[j] in _FINITE for j in range(k + 1, stop)):
            return src[0], k
        if doc.words[k + 1] in _CLAUSE_SUBJECTS:  # "According to Ann Obi, these rules unduly limit ...": a clause
            return src[0], k
    if commas and src[1] >= s1 - 1:
        return src[0], commas[-1]
    return src


_OPENING_WORDS = 2
"""Words that may stand before a sentence-opening "according to" ("But according to", "And, according to")."""
_APPOSITION_OPENERS = frozenset(("who", "whose", "a", "an"))
"""Words that open an apposition, not a clause ("Jane Smith, a lawyer who has ...")."""
_CLAUSE_SUBJECTS = frozenset("these those this it he she they we i there".split())
"""Subject pronouns and demonstratives, which open a clause after the source's comma and never its apposition
("According to Ann Obi, these rules unduly limit ...", whose verb the finite set misses)."""
_GLUED_SUBJECTS = frozenset("the a an this these those its their his her".split())
"""Determiners that, straight after a name with no comma or preposition between, open the clause's subject: a
name's own words are capitalised, and what describes it follows a comma or "of" ("Ann Obi of the council")."""
_FINITE = frozenset("is was are were has have had will would can could may might".split())
"""Finite verbs that show a segment is a clause, as content.py's set (less "be"/"been", which appositions hold)."""


def _in_number(doc: Doc, k: int) -> bool:
    """Whether the comma ``k`` groups a number's digits ("40,000")."""
    return (0 < k < len(doc.words) - 1 and doc.shapes[k - 1] == "d" and doc.shapes[k + 1] == "d"
            and doc.spans[k][0] == doc.spans[k - 1][1] and doc.spans[k + 1][0] == doc.spans[k][1])
