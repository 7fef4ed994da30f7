"""Cues the attribution model tags that are no statement of their subject's: an auxiliary alone, a
noun or an infinitive ("his demand", "to discuss"), a passive ("was hailed by"), an adverb alone.

Why apart from extract: these are rules about a cue's words, tested on their own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.as_frames import framed_start
from brief.actors.attribution import Attribution
from brief.actors.cue_edges import MODAL_FIRST, UTTERANCE_BEFORE
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.floated_passives import floated_passive
from brief.actors.fronted_phrases import verbless_fronted
from brief.actors.fronted_settings import fronted_setting
from brief.actors.hedged_reports import hedged, hedged_report
from brief.actors.phrasing import is_noun, verb_lemma
from brief.actors.verification_asides import without_verification_aside
from brief.model import Sentence
from brief.text.language import stop_words
from brief.text.lexicon import ADVERB_LY, BE_FORMS, COMPARATIVE_TIMES, DO_FORMS, HAVE_FORMS, IRREGULAR_PARTICIPLES

_AUXILIARY_CUES = BE_FORMS | HAVE_FORMS | DO_FORMS | {"will", "would"}


def not_a_statement(text: str, cue: str, cue_start: int) -> bool:
    """Whether the cue (its words, starting at cue_start in text) says nothing its subject stated."""
    return (not cue or _auxiliaries_only(cue) or cue.split()[0].lower() == "to"  # "gathered to discuss"
            or _adjective_only(cue) or _nominal_or_infinitive(text, cue_start)
            or _passive(cue, re.compile(rf"(?:\S+\s+){{{len(cue.split())}}}([A-Za-z]+)").match(text, cue_start))
            or _adverbs_only(cue) or _no_comment(text, cue, cue_start)
            or _modal_see(text, cue, cue_start) or _reduced_passive(text, cue, cue_start)
            or floated_passive(text, cue, cue_start))  # "were all | dismissed by a rejuvenated attack"


def _auxiliaries_only(cue: str) -> bool:
    """ "didn't", "doesn’t", "will": an auxiliary or a negation with no verb of saying; the model
    cut the cue from its verb ("didn't | expect much change"), and the line read "says expect ..."."""
    words = [w.strip(CUE_PUNCTUATION).lower().replace("’", "'") for w in cue.split()]
    return any(words) and all(w in _AUXILIARY_CUES or w.endswith("n't") or w in ("not", "never", "cannot") for w in words if w)


CUE_PUNCTUATION = ":;,.—–-"


def _adjective_only(cue: str) -> bool:
    """ "rare", "hungry for": a head word the dictionary knows as neither verb nor noun, with no "is"
    before it, describes its subject ("a rare condition", "fans hungry for a story") and says
    nothing; "is angry about" keeps its copula and is a stance, "disbelief" and "backer of" are nouns."""
    words = [w.strip(CUE_PUNCTUATION).lower() for w in cue.split()]
    words = [w for w in words if w and not ADVERB_LY.fullmatch(w) and (w not in COMPARATIVE_TIMES or len(words) == 1)]
    if not words or any(w in BE_FORMS for w in words):
        return False
    head = words[0]
    return (head.isalpha() and len(head) > ADJECTIVE_MIN_LETTERS and head not in stop_words("en")
            and verb_lemma(head) is None and not is_noun(head))


ADJECTIVE_MIN_LETTERS = 3
"""Shorter words are function words the stop list may lack ("per", "via"): never an adjective cue."""


_SUBJECTLESS_CLAUSE = re.compile(r"\b(?:when|whenever|if|unless|until)\s+$", re.I)
"""Subordinators that open a clause with no subject before a participle; not "once", which is also
an adverb ("Voinovich once delivered newspapers")."""


def _reduced_passive(text: str, cue: str, cue_start: int) -> bool:
    """ "Netanyahu said when asked by Israel radio whether ...", "If pressed by reporters, he
    said": a participle straight after "when"/"if" has no subject of its own; the question is put
    to the speaker, and what he said is the main clause's statement, never "asks by ..."."""
    first = cue.split()[0].lower()
    before = text[max(0, cue_start - 4) : cue_start]
    if first in _QUESTIONED and OPENS_SENTENCE.search(before) and not (cue[:1].islower() and _AFTER_QUOTE.search(before)):
        return True  # "Asked about the disclosures, Lord Baker told the Telegraph: ...": his answer is told's
    return (first.endswith("ed") or first in IRREGULAR_PARTICIPLES) and bool(
        _SUBJECTLESS_CLAUSE.search(text, max(0, cue_start - 12), cue_start))


_AFTER_QUOTE = re.compile(r"[”\"]\s*$")
"""A closing mark right before the cue: "“Why would we sell?” asked Ada Quinn" frames the question
before it (in lower case), as "said" does; "Asked about ..." would open a sentence with a capital."""
_QUESTIONED = frozenset("asked pressed questioned quizzed".split())
"""Participles of a question put to the speaker, which open a sentence with no subject of their own."""
OPENS_SENTENCE = re.compile(r"(?:^|[.!?:”\"]\s+|\n)\s*$")
"""A sentence's opening before a cue or a quotation (``brief.actors.quote_before`` reads it too)."""


_FRONTED = re.compile(r"(?:amid|amidst|despite|following|during|upon|after|before)\b", re.I)
FRONTED_MAX_WORDS = 5
"""Words of a phrase set before its clause ("Amidst this shocking news,"): a time or circumstance,
never a statement, when the model takes it for the content of the cue after it (set by hand)."""
_FRONTED_CLAUSE = re.compile(
    r"(?:(?:just|only|shortly|soon|(?:a\s+few\s+|several\s+|\w+\s+)?(?:minutes|hours|days|weeks|months|years))\s+)?"
    r"(?:when|whenever|while|after|before|once|as\s+soon\s+as)\s", re.I)
"""A time clause set before its sentence's subject ("When Carlineo was approached, he told police
...", "Just months after the last model was released, Apple has unveiled ..."): when it was said,
never what; not "if" or "because", whose clause is part of what was said."""
FRONTED_CLAUSE_MAX_WORDS = 25
"""Words of such a clause, when the model takes it for the content (set by hand: one clause)."""
_COMMA_THEN = re.compile(r"\s*,\s*")
_COLON_QUOTE = re.compile(r"\s*:\s*(?=[“\"])")
_QUOTE_NEXT = re.compile(r"\s*(?=[“\"])")
"""A colon and a quotation right after the cue: what was said, whatever phrase was set before the source."""
def trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past trailing spaces and the ".;," that close a clause, never before ``start``."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    return end


def in_its_sentence(text: str, a: Attribution, sentences: Sequence[Sentence]) -> Attribution:
    """Reported speech ends with the cue's sentence: "X says he supports tech that excludes it.
    (Broward County says it is not installing it.)" is two statements, not one running into the
    next sentence (the cue model's own splitter can miss a boundary the article's sentences show,
    and the second statement was then lost as an overlap). Quotations may run on, so they keep
    their span."""
    a = without_verification_aside(text, a)
    if not 0 <= a.sentence < len(sentences):
        return a
    start, end = sentences[a.sentence].start, sentences[a.sentence].end
    ca, cb = a.content
    if not start <= ca < end < cb or _DOUBLE_QUOTES.search(text, ca, cb):
        return a
    return dataclasses.replace(a, content=(ca, trimmed_end(text, ca, end)))


def content_after_fronted(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Amidst this shocking news, the governor called for “calm at this time”.": the model took the
    phrase fronted before the source for the content; what was said follows the cue, to the
    sentence's end."""
    start, end = attribution.content
    content = text[start:end].strip()
    if attribution.quote or end > attribution.cue[0]:
        return attribution
    phrase = ((len(content.split()) <= FRONTED_MAX_WORDS and _FRONTED.match(content))
              or fronted_setting(text, attribution) or verbless_fronted(text, attribution, sentence_end))
    clause = (len(content.split()) <= FRONTED_CLAUSE_MAX_WORDS and _FRONTED_CLAUSE.match(content)
              and _COMMA_THEN.fullmatch(text, end, attribution.source[0] if attribution.source else attribution.cue[0]))
    source_start = attribution.source[0] if attribution.source else attribution.cue[0]
    colon = text[attribution.cue[0] : attribution.cue[1]].rstrip().endswith(":")  # the model's cue may hold it
    quoted = ((_QUOTE_NEXT if colon else _COLON_QUOTE).match(text, attribution.cue[1])
              if _COMMA_THEN.fullmatch(text, end, source_start) else None)
    if quoted is not None:  # "Posting a photo of her records, Quinn added: “Still here.”": the quotation
        return dataclasses.replace(attribution, content=(quoted.end(), trimmed_end(text, quoted.end(), sentence_end)), quote=True)
    if not phrase and not clause:
        return attribution
    after = attribution.cue[1]
    cut = trimmed_end(text, after, sentence_end)
    while after < cut and text[after].isspace():
        after += 1
    if cut <= after:
        return attribution
    return dataclasses.replace(attribution, content=(after, cut))


def content_around_participle(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Trump attacked Clinton for her votes, saying, “She's trigger-happy.”": the model took the
    whole sentence, its own cue inside, for what a participle of saying says; what was said follows
    the participle, to the sentence's end."""
    start, end = attribution.content
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not (start < attribution.cue[0] and attribution.cue[1] <= end) or len(words) != 1 or not words[0].endswith("ing"):
        return attribution
    after = attribution.cue[1]
    while after < sentence_end and (text[after].isspace() or text[after] in ",:"):
        after += 1
    cut = trimmed_end(text, after, min(end, sentence_end))
    return dataclasses.replace(attribution, content=(after, cut)) if cut > after else attribution


_SUBORDINATORS = frozenset("if when whenever while whilst although though after before since because unless until "
                           "once whereas".split())
"""Words that open a subordinate clause: a cue inside one ("after rallies at which he called for
reform, he was arrested") states only to the clause's end; "as" only when its cue has content of
its own ("as Ruano asked how ..., Barrios explained"), as "As X reports, ..." frames what follows."""
_TIME_CLAUSE = re.compile(r"(?:the|that|every|each)\s+(?:day|morning|afternoon|evening|night|moment|time|week|month|"
                          r"year)\s+(?!(?:[a-z]+ly|is|was|were|are|has|had|have|will|would|of|in|on|at|for|to|and|but|or)\b)[A-Za-z]", re.I)
"""A time noun opening a clause with no "when": "The morning Mr. Obama unveiled the plan, he summoned ..."."""
_LEAD_IN = re.compile(
    r"(?:(?:on|in|at)\s+)?(?:the\s+(?:very\s+)?(?:day|morning|afternoon|evening|night|week|moment)\s+(?:that|when|after|before)"
    r"|(?:(?:a|an|one|two|three|four|five|several|\d+)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|moments?)\s+"
    r"(?:after|before)|(?:shortly|soon|just|even|long|right|immediately)\s+(?:after|before|since|when))\s", re.I)
"""A time phrase before the subordinating word, which then is not the clause's first word: "On the day that
Landry said he would seek aid, the river rose", "Hours after the White House said it would help, the levee
broke". Not "only when", which inverts the main clause (``clause_stops``)."""
_CLAUSE_OPENING = re.compile(r"(?:^[\W_]*|[,;:—–]\s*)(?:(?:[Aa]nd|[Bb]ut|[Oo]r|[Ss]o|[Yy]et)\s+)?([A-Za-z]+)\b[^,;:—–]*$")
_IRREGULAR_PASTS = (
    "fell rose sold bought went came took gave made left kept held led lost won began grew spent sent put cut hit "
    "set ran met paid brought found saw stood fought struck sank shot built broke chose drew drove flew got knew "
    "lay rode sought shook shut slid spread stole stuck swept threw understood woke wore became sat dealt"
).split()
"""Past tenses not written with "-ed" ("investors sold the stock", "deliveries fell"): the main clause's verb."""
_MAIN_CLAUSE = re.compile(
    r",(?P<close>[”\"])?\s+(?:(?:he|she|they|we|I|it|you)['’](?:s|re|ve|d|ll|m)\b|(?:(?:he|she|they|we|I|it|you)"
    r"|(?:the\s+(?:[A-Za-z]+(?:['’]s)?\s+)?[a-z]+)|(?:[a-z]{3,}s)"  # "the company", "the US carmaker", "the band's managers", "investors"
    r"|(?:(?:a\s+)?(?:few|many|most|some|several|both|all|two|three|four|five|\d[\d,]*)\s+(?:[a-z]+\s+)?[a-z]+)"  # "few people"
    r"|(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:,[^,;:.!?“”\"]{1,120},)?))"  # "..., Alex Barrios, assistant director of ..., explained"
    r"\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has|have|had|will|would|could|can|must|should|may|might|did|does|do|"
    rf"[a-z]+ed|{'|'.join(_IRREGULAR_PASTS)})\b|(?:he|she|it)\s+(?:[a-z]+ly\s+)?(?!(?:his|its|was|has)\b)[a-z]{{2,}}[^s\W]s\b)")
"""Where the main clause begins after a subordinate one: a comma, a subject (a pronoun, "the" and
a noun, a bare plural noun, a counted one ("few people", "two local officials"), or a name, with its apposition) and a finite verb, or a pronoun with its
verb contracted ("Although Trump has vowed to end it, he's also ...") or in the present ("While Uber preaches
libertarianism, it practices ...")."""


MAIN_VERB_REACH = 40
"""Characters past the model's content within which the main clause's verb is looked for (a comma,
an adverb and a verb)."""


def in_subordinate_clause(text: str, cue_start: int, sentence_start: int) -> bool:
    """Whether the cue's clause, from its opening word to the cue, is opened by a subordinator
    ("when she posted the image", "as the spirit revealed to him"): what follows its comma is the
    main clause, no part of what the cue reports."""
    opening = _CLAUSE_OPENING.search(text[sentence_start:cue_start])
    return opening is not None and (opening.group(1).lower() in (*_SUBORDINATORS, "as")
                                    or _LEAD_IN.match(text, sentence_start + opening.start(1)) is not None)


_UNASSERTED_OPENINGS = ("if", "unless", "whether", r"(?:does|do|did)(?:\s+not|n['’]t)\s+(?:necessarily\s+)?mean")
"""Words that open a clause whose cue asserts nothing: a condition, an open question, or what something
"doesn't mean" ("That doesn't mean the team thinks Apple is wrong": a denial that the team thinks it)."""


def conditional_cue(text: str, attribution: Attribution, sentence_start: int) -> bool:
    """Whether the cue stands inside a condition or an open question: "They need to do something if
    they expect to stay relevant", "if the company finds that more authorizations are needed, it
    will ...", "Asked whether he thinks ...": no one expected, found or thought it, so there is no
    position, whatever stands between the opening word and the cue ("if CRISPR turns out to be as
    important as scientists hope"). A quotation is said whatever frames it; "If, as Dana said, ..."
    opens its own clause after the comma, and is read as said; but not a quotation after the comma
    that closes the condition ('Even if the network goes, "we will be here," she said': the main
    clause's words, which its own cue gives to its own speaker)."""
    start = min(attribution.cue[0], attribution.source[0]) if attribution.source else attribution.cue[0]
    if attribution.quote:
        return (attribution.content[0] >= attribution.cue[1]
                and _CLAUSE_CLOSED.fullmatch(text, attribution.cue[1], attribution.content[0]) is not None
                and unasserted_before(text, sentence_start, start))
    return unasserted_before(text, sentence_start, start)


_CLAUSE_CLOSED = re.compile(r"\s*,\s*[“\"]?")
"""Only a comma (and the quotation's opening mark) between a cue and its quotation: the cue's clause ends there."""


def unasserted_before(text: str, sentence_start: int, position: int) -> bool:
    """Whether a condition, an open question or a "doesn't mean" is opened before ``position`` in its clause:
    a cue there asserts nothing (the rule frames without the cue model ask it too)."""
    return _UNASSERTED_CLAUSE.search(text, sentence_start, position) is not None


_UNASSERTED_CLAUSE = re.compile(rf"\b(?!(?-i:IF)\b)(?:{'|'.join(_UNASSERTED_OPENINGS)})\b[^,;:—–()“”\"]*$", re.I)
"""A condition or an open question opened before the cue in its clause (no comma, dash or quotation
mark between), the cue inside it; not "IF" in capitals, a name's ("the union IF Metall said")."""


def subordinate_content(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "..., and after two weeks of rallies at which he called for reform and the premier's
    resignation, he was arrested ...": a cue inside a subordinate clause states only what the clause
    holds; its content ends where the main clause begins (a comma, a subject and a verb). A clause
    fronted inside what was said ("he said before the vote begins, he plans to ...") is part of it,
    and a quotation keeps its span, as does a content whose comma before the main clause is inside quotation
    marks ("though the CDC has said there is “no need” for worry, it has ..." is cut)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    opening = _CLAUSE_OPENING.search(text[sentence_start : attribution.cue[0]])
    if opening is None:
        return attribution
    word = opening.group(1).lower()
    # "as Ruano asked how ..., Barrios explained": "as" opens a clause when its cue says something of
    # its own; "As Harlow reported [in 2019], the line opens" frames what follows the comma
    framed = framed_start(text, attribution.cue[1], start) if word == "as" else None
    framing = framed is not None
    if framed is not None and framed > start:
        return dataclasses.replace(attribution, content=(framed, end)) if framed < end else attribution
    at = sentence_start + opening.start(1)
    if (word not in _SUBORDINATORS and not (word == "as" and not framing)
            and not _TIME_CLAUSE.match(text, at) and not _LEAD_IN.match(text, at)):
        return attribution
    # the verb may lie just past the model's content: "how ..., Alex Barrios, assistant director of
    # ... | , explained"
    main = _MAIN_CLAUSE.search(text, start, min(len(text), end + MAIN_VERB_REACH))
    if main is None or main.start() >= end:
        return attribution
    cut = main.start() + (2 if main.group("close") else 0)  # “safe,” residents ...: the closing mark is the quotation's
    if _quotation_open(text[start:cut]):
        return attribution  # a comma inside a quotation that goes on is the quotation's
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, cut)))


def _quotation_open(span: str) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end; a span with a stray closing mark
    counts as open (it ends inside a quotation opened before it)."""
    return span.count("“") != span.count("”") or span.count('"') % 2 == 1


_LY_NOUNS = "supply|family|rally|ally|assembly|monopoly|reply|anomaly|bully|jelly|belly|folly|lily|homily"
"""Nouns that end in "-ly" like an adverb: "said supply would remain tight" has its subject."""
_GAPPED = re.compile(
    rf"\s*(?:(?!(?:{_LY_NOUNS})\b)[a-z]{{3,}}ly\s+)?"
    r"(?P<verb>is|are|was|were|could|would|will|can|may|might|should|must|has|have|had|does|did|"
    r"(?:is|was|does|did|wo|ca|could|would|should)n['’]t)(?![-\w'’])(?P<that>\s+that\b)?")
"""A content that opens with a finite verb has lost its subject to a relative clause: "the wound,
which he claims was inflicted by police", "what he has seen instead are the charts"."""


def gapped_content(text: str, attribution: Attribution) -> Attribution | None:
    """What was said, when the cue stands inside a relative clause: "What he says is that the deal
    shows ..." states what follows "is that"; "a risk which he argues would pose ..." states only a
    predicate whose subject is outside the statement, and is None (no position). Any other
    attribution is returned as it is; a quotation always."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    gap = _GAPPED.match(text, start, end)
    if gap is None:
        return attribution
    if gap.group("that") and gap.group("verb") in ("is", "was"):
        return dataclasses.replace(attribution, content=(gap.end(), end))  # "What he says is that ..."
    return None


QUOTE_MARKS = re.compile("[\"“”«»‘]")
"""Marks that open or close a quotation ("’" is left out: far more often it is an apostrophe)."""
_DOUBLE_QUOTES = re.compile("[\"“”«»]")


_NO_COMMENT = re.compile(r"\s+to\s+comment\b", re.I)


def _no_comment(text: str, cue: str, cue_start: int) -> bool:
    """ "Avigilon declined to comment": the cue model's "declined" with "to comment ..." for its
    content would read "declines to comment to Axios"; the refusal is the statement, and
    ``brief.actors.reporting`` lists it whole ("declined to comment")."""
    return cue.split()[-1].lower() in ("declined", "refused", "declines", "refuses") and bool(
        _NO_COMMENT.match(text, cue_start + len(cue)))


_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|will|would|can|should)\s+(?:also\s+|still\s+|soon\s+)?$", re.I)


def _modal_see(text: str, cue: str, cue_start: int) -> bool:
    """ "Ireland could see up to 2,300 new cases a day": "see" after a modal is what may happen to
    its subject, not something it said or saw."""
    words = cue.lower().split()
    if len(words) == 2 and MODAL_FIRST.fullmatch(words[0]):  # the modal taken into the cue (``modal_cue``)
        return words[1] in ("see", "witness")
    return cue.lower() in ("see", "witness") and bool(_MODAL_BEFORE.search(text, max(0, cue_start - 20), cue_start))


_NOT_A_STATEMENT = re.compile(
    r"(?:(?:['’]s|\b(?:his|her|its|their|our|my|your))(?:\s+own)?"
    r"|\b(?:the|a|an|this|that|to|was|were|is|are|be|been|being))\s+$", re.I
)
"""What before a cue word makes it a noun or an infinitive: a possessive, with "own" too ("Trump's own carefully
restricted media appearances": only a noun phrase goes on after "X's own"), an article, "to", a form of "be"."""



def _adverbs_only(cue: str) -> bool:
    """ "allegedly", "quickly": a hedge or a manner, with no word of saying; its sentence names
    no speaker of its own."""
    return all(len(w) > 4 and w.lower().endswith("ly") for w in cue.split())  # not "only", "rely", "July"




def _passive(cue: str, then: re.Match[str] | None = None) -> bool:
    """ "was hailed by Palestinians", "has been accused of": the subject is what was said of, not
    who spoke ("was quoted as saying" and "is said to have told" are the exceptions: there the subject did speak)."""
    deed = then is not None and then.group(1).lower() in _DEED_COMPLEMENTS  # "also ticketed for", not "also incensed that"
    words = [w for w in cue.lower().split() if not ADVERB_LY.fullmatch(w) and not (deed and w in _TIME_ADVERBS)]
    if "quoted" in words or "saying" in words or hedged(cue):
        return False  # "is said to have warned": a hedge of the subject's own words (``hedged_reports``)
    return any(
        w in BE_FORMS and (nxt.endswith("ed") or nxt in IRREGULAR_PARTICIPLES) and nxt not in _STANCES
        for w, nxt in zip(words, words[1:])
    )


_TIME_ADVERBS = frozenset("also still then later again already once now even just".split())
"""Adverbs with no "-ly" between a passive's "be" and its participle ("was also ticketed for", "is still charged
with"), passed over when a deed's preposition follows (``_DEED_COMPLEMENTS``; "were also incensed that ...": a
stance); "not" and "never" never are."""
_DEED_COMPLEMENTS = frozenset("for with of by in at on after".split())
_STANCES = frozenset(
    "concerned worried convinced determined prepared opposed committed pleased disappointed satisfied "
    "delighted dismayed alarmed frustrated angered troubled encouraged resolved inclined agreed united "
    "divided interested".split()
)
"""'is opposed to', 'was determined to': the subject's own stance, though the form is passive."""


def _nominal_or_infinitive(text: str, cue_start: int) -> bool:
    """ "Blinken’s push", "his demand", "to discuss", "was hailed (by)": not the speaker's own statement.
    Nor a cue word after an ordinal or a measured modifier ("the first show in the series", "Treasury
    10-year note yields"): only a noun takes those, and the word is the noun it heads."""
    before = _NOT_A_STATEMENT.search(text[max(0, cue_start - 12) : cue_start])
    if before is not None and before.group()[:2] in ("'s", "’s") and _VERB_ONLY.match(text, cue_start):
        before = None  # "Moody's said", "McDonald's told": a firm named in the possessive, and no noun follows it
    if before is not None and UTTERANCE_BEFORE.search(text, max(0, cue_start - 24), cue_start):
        before = None  # "used his Christmas message to call for an end to the wars": what the message said
    return bool(before or _NOUN_MODIFIER.search(text[max(0, cue_start - 24) : cue_start]))


_VERB_ONLY = re.compile(r"(?:said|says|told|added|stated)\b")
"""Cue words no noun is written as, after a possessive ("Moody's said", "Sainsbury's told"): the "'s" is the
firm's name's, not a possessive before a noun ("Blinken's push")."""


_NOUN_MODIFIER = re.compile(
    r"(?:(?:\b|(?<=[a-z])(?=[A-Z]))(?:the|a|an|its|his|her|their|our|this|that)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"|\b\d[\d.,]*-[a-z]+)\s+$", re.I)
"""An ordinal after its determiner ("the first", "its 21st"; a heading run into the text, "ArrowThe first",
counts) or a number joined to its unit ("10-year", "52-week") right before a word: they modify a noun and
never end a subject ("he first said" has no determiner: there "first" is an adverb)."""


_VERB_AFTER = re.compile(r"\s*([a-z]{3,}ed)\b\s*")


def adverb_then_verb(text: str, attribution: Attribution) -> Attribution:
    """ "He reportedly instructed the men to listen out for his last shot": the cue model marked
    the hedge alone; the verb after it, in the past and one of the cue families (saying, demanding,
    ...), is the cue with it, and what follows is what was said. Any other attribution is returned
    as it is; so is a hedge in the passive ("is understood | to have told ...": ``hedged_report``)."""
    attribution = hedged_report(text, attribution)
    cue = text[attribution.cue[0] : attribution.cue[1]]
    if not _adverbs_only(cue) or attribution.content[0] < attribution.cue[1]:
        return attribution
    verb = _VERB_AFTER.match(text, attribution.cue[1])
    if verb is None or verb.end() >= attribution.content[1] or attribution.content[0] > verb.start(1):
        return attribution
    if lemma(verb.group(1)) not in CUE_GROUP:
        return attribution  # "he allegedly dropped a passenger off": a deed, not a statement
    return dataclasses.replace(attribution, cue=(attribution.cue[0], verb.end(1)),
                               content=(verb.end(), attribution.content[1]))


def closed_source(text: str, attribution: Attribution) -> Attribution:
    """ "Oversight Chairman Jason Chaffetz (R-Utah) said": the model's source stops before the ")"
    that closes the party and state it opened; the source takes it, so it stands right before its cue."""
    source = attribution.source
    if source is None or source[1] >= len(text) or text[source[1]] != ")":
        return attribution
    inside = text[source[0] : source[1]]
    if inside.count("(") <= inside.count(")"):
        return attribution
    return dataclasses.replace(attribution, source=(source[0], source[1] + 1))


_OUTLET_IN_CUE = re.compile(r"(newspapers?|paper|daily|tabloid|magazine|weekly)\s+(?=[a-z])")


def outlet_then_verb(text: str, attribution: Attribution) -> Attribution:
    """ "a Thai newspaper reported Sunday": the cue model took the outlet's noun into the cue
    ("newspaper reported"); the noun is the head of the source (an outlet), and the verb the cue."""
    noun = _OUTLET_IN_CUE.match(text, attribution.cue[0], attribution.cue[1])
    if noun is None or attribution.source is None or attribution.source[1] > attribution.cue[0]:
        return attribution
    return dataclasses.replace(attribution, source=(attribution.source[0], noun.end(1)), cue=(noun.end(), attribution.cue[1]))


_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)


def what_clause(text: str, attribution: Attribution) -> bool:
    """ "the gap between what Vance says his budget would do and ...": a cue whose source follows
    "what" is a clause standing for a thing, its content missing the object "what" stands for; no
    statement ("his budget would do"). "Here is what Orlov said: ..." announces one after a colon,
    and a quotation (in the content) is said whatever frames it."""
    start = attribution.source[0] if attribution.source is not None else attribution.cue[0]
    if (attribution.quote or not _WHAT_BEFORE.search(text, max(0, start - 6), start)
            or QUOTE_MARKS.search(text, *attribution.content)):
        return False  # "what Turnbull called North Korea's “reckless” actions": his word, quoted
    return not _ANNOUNCES.match(text, attribution.cue[0])  # the cue may hold the colon ("said:")


_ANNOUNCES = re.compile(r"[^.?!:]{0,60}?(?::|\b(?:is|was)\s+(?:that\b|[“\"]))")
"""What follows a "what" clause's cue when the clause announces the statement: "what Orlov said:
...", "What Orlov says (about the audit) is that ..." (reach set by hand: a short phrase)."""
