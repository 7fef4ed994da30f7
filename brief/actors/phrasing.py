"""The one-line form of a position: "calls on Hamas to accept the offer", fit for a list.

The cue is put in the present tense through lemminflect's dictionary, not by suffix rules: hand
rules made "cits" of 'cited', "wents on" of 'went on' and "awares of" of 'is aware of'. A cue
whose head is not a verb the dictionary knows ('disbelief', 'backer of') keeps its own words, an
adjective keeps its "is" ('is angry about'), and a negated cue keeps its negation ('did not say'
-> "does not say"), so no form is ever made up.

The dictionary's answers are read from ``data/phrasing.tsv.gz``, built from lemminflect by
``tools/build_phrasing_table.py`` (layout described there): the same answers for every word, loaded in
a few milliseconds where lemminflect's own tables took ~0.8 s, and lemminflect is not needed at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.participle_gaps import saying_participle
from brief.text.lexicon import AUXILIARY_VERBS, BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS

TABLE_PATH = Path(__file__).resolve().parent / "data" / "phrasing.tsv.gz"

_WHEN = frozenset(MONTHS_DAYS - {"may", "march"}) | {"yesterday", "today", "tonight", "late", "earlier", "last"}
_TRAILING_WHEN = frozenset({"recently", "lately"})
"""Adverbs of when that end a cue ("Finance Minister X stated recently"): not what was said, left out of the line's
verb; before the verb ("has recently said") they are adverbs the verb's reading skips already."""

# Verbs whose object is the addressee ("told Blinken that ..."), in their base form.
_ADDRESSEE_VERBS = frozenset({"tell", "urge", "warn", "assure", "inform", "remind", "ask", "advise", "promise", "caution",
                              "notify"})
_BE = BE_FORMS | {"'s", "’s"}
_PLURAL_BE = frozenset({"are", "were"})
_MODALS = {"will": "will", "would": "would", "shall": "shall", "should": "should", "can": "can", "could": "could",
           "may": "may", "might": "might", "must": "must", "won't": "will", "wouldn't": "would", "can't": "can",
           "cannot": "can", "couldn't": "could", "shouldn't": "should", "mustn't": "must"}
_NEGATIONS = frozenset({"not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "cannot",
                        "couldn't", "shouldn't", "mustn't", "isn't", "wasn't", "aren't", "weren't", "hasn't",
                        "haven't", "hadn't"})
_AUXILIARIES = HAVE_FORMS | BE_FORMS | MODAL_VERBS | DO_FORMS | frozenset(
    "also already clearly once again further reportedly repeatedly previously later earlier then still "
    "publicly privately openly recently first last just even since now long twice often always ever all both".split()
) | _NEGATIONS | frozenset(_MODALS)


_SKIP_AFTER = HAVE_FORMS | MODAL_VERBS | DO_FORMS
"""Auxiliaries whose verb may stand one adverb on ("have twice denied"); not "is", whose next words
may be an adjective's ("is very clear")."""
_NOT_SKIPPED = frozenset({"yet", "to", "not", "never"})
"""Words between an auxiliary and a verb that change what the cue says ("has yet to explain")."""


def adverb(word: str) -> bool:
    """An adverb in -ly of five letters or more ("seemingly", "publicly"; not "fly", "only")."""
    return len(word) > 4 and word.lower().endswith("ly")


@lru_cache(maxsize=1)
def _table() -> str:
    """The table's text, read once on the first phrasing (a few ms): its lines are sorted by word."""
    import gzip

    return gzip.decompress(TABLE_PATH.read_bytes()).decode("utf-8")


WORD_CACHE_SIZE = 32_768
"""Words whose table entry is kept: every rule that asks a word's verb or noun reading goes through here,
~8,200 distinct words over 400 articles: all of them are kept (4,096 searched ~1,200 of them again)."""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _entry(word: str) -> tuple[str, ...]:
    """(VERB lemma, its VBZ, "n" if a NOUN lemma) of a lower-case word; ("", "", "") for a word it lacks.

    A binary search over the sorted lines of the text: no dict of 55,000 words to build first.
    """
    text = _table()
    lo, hi = text.index("\n"), len(text) - 1  # the lines starting after a newline at lo <= i < hi
    while lo < hi:
        start = text.rfind("\n", lo, (lo + hi) // 2 + 1)
        end = text.index("\n", start + 1)
        key, *fields = text[start + 1 : end].split("\t")
        if key == word:
            return tuple(fields)
        if key < word:
            lo = end
        else:
            hi = start
    return ("", "", "")


def verb_lemma(word: str) -> str | None:
    """The dictionary verb a word is a form of ("went" -> "go"), or None when it is none."""
    return _entry(word.lower())[0] or None


def inflected_verb(word: str) -> bool:
    """Whether the word is a verb form inflected for tense or person ("needs", "rose", "delivered"):
    a form of a dictionary verb other than its base, and no participle in -ing. Compared as written
    (callers pass it lower-cased)."""
    base = verb_lemma(word)
    return base is not None and base != word and not word.endswith("ing")


def simple_past(word: str) -> bool:
    """Whether the word is a lexical verb's past form ("stood", "asked"; not "was", "had", "would", "says"):
    two of them joined by "and" may be one clause's verbs ("told the jury Roof stood ... and asked")."""
    word = word.lower()
    return (inflected_verb(word) and word not in AUXILIARY_VERBS and not word.endswith(("'s", "’s"))
            and present(word) != word)


def _is_noun(word: str) -> bool:
    return bool(_entry(word.lower())[2])


def is_noun(word: str) -> bool:
    """Whether the dictionary knows the word as a noun ("backer", "disbelief")."""
    return _is_noun(word)


def present(verb: str) -> str | None:
    """ "vowed" -> "vows", "went" -> "goes", "cited" -> "cites"; None for a word that is no verb."""
    return _entry(verb.lower())[1] or None


_RELATIVE = frozenset({"who", "which", "that"})
"""A cue taken from a relative clause (", which declined to comment"): the pronoun is the speaker's
stand-in, not part of what it did."""

_PRESENT_AUXILIARY = {"had": "has", "have": "has", "was": "is", "were": "are", "did": "does", "do": "does",
                      "wasn't": "is not", "weren't": "are not", "isn't": "is not", "aren't": "are not",
                      "hasn't": "has not", "hadn't": "has not", "haven't": "has not", "didn't": "does not",
                      "doesn't": "does not", "don't": "does not", "won't": "will not", "wouldn't": "would not",
                      "can't": "cannot", "couldn't": "could not", "shouldn't": "should not", "mustn't": "must not"}
"""The auxiliary of a cue kept in its own words, put in the present ("had to explain" -> "has to
explain", "wasn't so much saying" -> "is not so much saying"); as elsewhere in a list line, the holder
is taken as one (a plural "were" stays plural)."""


def _cue_words(cue: str) -> list[str]:
    """The cue's words, without their punctuation and without a leading relative pronoun."""
    words = [w for w in (w.strip(":;,.—–-") for w in cue.split()) if w]
    while len(words) > 1 and words[0].lower() in _RELATIVE:
        words = words[1:]
    return words


def _own_words(leading: list[str], tail: list[str]) -> str:
    """The cue's own words, its auxiliaries in the present: no form made up for a word that is no
    dictionary verb ("has pooh-poohed", "has not yet released", "long ago picked")."""
    said, modal = [], False
    for word in leading:
        key = word.lower().replace("’", "'")
        said.append(word if modal else _PRESENT_AUXILIARY.get(key, word))  # "would have to": "have" stays
        modal = modal or key in _MODALS
    return " ".join([*said, *tail])


def _verb_part(head: str) -> tuple[str, str]:
    """("co-", "founded") for a hyphenated verb in the past whose last part the dictionary knows, else
    ("", head). Only a past form: "evidence-free" and "left-leaning" are adjectives."""
    prefix, _, last = head.rpartition("-")
    lemma = verb_lemma(last) if prefix and last else None
    if lemma is not None and last.lower() != lemma and not last.lower().endswith("ing") and present(last) != last.lower():
        return prefix + "-", last
    return "", head


_QUOTED_PASSIVE = re.compile(r"(?i:(?:(?:is|was|were|are|has been|had been)(?: \w+ly)? )?quoted)")
"""The passive of "quote", whose subject is the one quoted, or its active past after the words ("“...,” officials
quoted Mr Fukuda as saying"), whose object is: either way the words are the quoted one's own."""


def present_cue(cue: str) -> str:
    """The cue as a list line says it: in the present, its auxiliaries and adverbs left out,
    its negation kept; a cue with no verb keeps its words; "according to" and quote marks say "says".

    A passive ("is expected to", "was forced to") keeps its "is": made active it would say the
    opposite ("expects to"). A head the dictionary does not know as a verb keeps the cue's own words,
    auxiliaries in the present, so "has not yet released" never loses its "not"."""
    words = _cue_words(cue)
    if len(words) > 1 and words[-1].lower() in _TRAILING_WHEN:
        words = words[:-1]  # "stated recently": states
    if "according" in (w.lower() for w in words[1:]):
        words = words[: [w.lower() for w in words].index("according", 1)]  # "said according to a transcript": said
    for k in range(1, len(words)):
        after_on = words[k].lower() == "on" and k + 1 < len(words) and words[k + 1].lower() in _WHEN
        if words[k].lower() in _WHEN or after_on:
            words = words[:k]  # "said Thursday", "said on Tuesday": when, not what
            break
    if not words or words[0].lower() == "according":
        return "says"
    lead = 0
    while lead < len(words) - 1 and (words[lead].lower() in _AUXILIARIES or adverb(words[lead])):
        lead += 1
    if (lead and words[lead - 1].lower() in _SKIP_AFTER and verb_lemma(words[lead]) is None
            and words[lead].lower() not in _NOT_SKIPPED and lead + 1 < len(words) and verb_lemma(words[lead + 1])):
        lead += 1  # "have thrice denied": an auxiliary's verb follows one adverb ("has yet to explain" keeps "yet to")
    leading = [w.lower() for w in words[:lead]]
    head, rest = words[lead], words[lead + 1 :]
    if head.lower() == "yet" and leading and leading[-1] in HAVE_FORMS:
        return " ".join(["has", head, *rest])  # "have yet to tell" -> "has yet to tell", a present form first
    negated = any(w in _NEGATIONS or w.endswith("n't") for w in leading)
    modal = next((_MODALS[w] for w in leading if w in _MODALS), "")
    if not lead and _fronted_past(head):
        head = head.lower()  # "Said Mr Goh: ...": the inverted cue opens its sentence, so its capital is the sentence's
    prefix, verb_word = _verb_part(head)
    # a participle opening its sentence is capitalised there only ("Stressing that ..., Yuksel said": stresses)
    base = verb_lemma(verb_word) if head[:1].islower() or (not lead and head.endswith("ing") and head[1:].islower()) else None
    if base is not None and rest[:1] == ["of"] and _is_noun(head) and head.lower() == base:
        base = None  # "backer of", "message of": a noun, though "message" is also a verb
    if base in MODAL_VERBS:
        base = None  # "willing to": an adjective, not a form of "will"
    passive = (base not in (None, "be") and not head.lower().endswith("ing")
               and any(w in BE_FORMS for w in leading))  # not "'s", which may be "has"
    if base is not None and base != "be" and not passive:
        if negated:
            return " ".join([modal or "does", "not", prefix + base, *rest])
        if modal:
            return " ".join([modal, prefix + base, *rest])
        verb = present(verb_word)
        return " ".join([prefix + verb if verb else head, *rest])
    be = [w for w in leading if w in _BE]
    if be or base == "be":
        copula = "are" if (be and be[-1] in _PLURAL_BE) or head.lower() in _PLURAL_BE else "is"
        tail = rest if base == "be" else [head, *rest]
        return " ".join([copula, *(["not"] if negated else []), *tail]).strip()  # "is angry about", "is expected to"
    if not head[:1].isalpha() or all(adverb(w) or w.lower() in _AUXILIARIES for w in words):
        return "says"  # a quote mark or colon as the cue
    return _own_words(words[:lead], [head, *rest])  # "disbelief", "backer of", "has pooh-poohed"


_IRREGULAR_PASTS = frozenset({"said", "told", "wrote"})
"""The reporting verbs in the past that do not end in "-ed" and may open an inverted frame ("Said Dr Ng: ...")."""


def _fronted_past(head: str) -> bool:
    """Whether a capitalised cue is a reporting verb in the past that opens its sentence ("Said Mr Goh: ...",
    "Added Ms Tan: ..."), not a name that is also a verb ("Trump", "Bush": their own lemma), which keeps its capital."""
    word = head.lower()
    if not head[:1].isupper() or head[1:] != word[1:] or not (word.endswith("ed") or word in _IRREGULAR_PASTS):
        return False
    lemma = verb_lemma(word)
    return lemma is not None and lemma != word


_NOT_A_VERB = r"(?!(?:is|was|are|were|has|had|will|would|could|can|should|may|might|must)\b)"
_CONJUNCTION_THAT = re.compile(r"^that\s+" + _NOT_A_VERB)
""" "said that the budget is balanced": "that" goes; "believe that is likely": before a verb it is the
subject, and stays."""
_ADDRESSEE_THAT = re.compile(r"^((?:\S+\s+){0,4}?)that\s+" + _NOT_A_VERB)
"""The same after an addressee ("told Blinken that ..."), not in "all of that was irrelevant"."""
_NAMED_ADDRESSEE_THAT = re.compile(r"^((?:[\"'“‘]?(?:[A-Z0-9]\S*|on|of|the|at|in|and)[\"'”’,]*\s+){5,10}?)that\s+" + _NOT_A_VERB)
"""A longer addressee made of names and their programme ("CNN's Paula Serrano on 'State of the Union' that ..."):
capitals and the small words between them only, so no clause's own "that" is taken for its end."""


_LEADING_CONJUNCTION = re.compile(r"^(?:and|but)\s+(?=\S+\s+\S)", re.I)
"""A content that is a sentence's second clause ("and asphalt is harder to obtain"): the conjunction
joined it to the clause before, which the list line does not show."""
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")
_LEADING_WHEN = re.compile(
    rf"^(?:(?:on\s+|late\s+|early\s+)?(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?|in\s+(?:{_MONTHS}))"
    rf",?\s+(?={_NOT_A_VERB}[A-Za-z][\w'’-]*\s+[\w'’“‘-])", re.I)
"""When it was said, which the cue model left out of the cue ("said Monday | its researchers examined
...", "said in March | Bushehr would be launched"): not what was said. Only before a subject and
more: "Monday was a holiday" keeps its subject."""
_LEADING_DATE = re.compile(r"^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th),?\s+(?=[“\"]|[A-Za-z][\w'’-]*\s+[\w'’“‘-])")
"""A day of the month written alone, as the Korean and Japanese press in English dates a remark ("said on
the 11th, “We will ...”", "said on the 25th that"): when, not what was said, before a quotation or a subject."""
_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th),?")
"""The same day as a word between the cue and what was said ("said on | the 25th | that")."""


_WHEN_MODIFIERS = frozenset({"last", "late", "earlier", "this", "next"})
_TIME_NOUNS = frozenset("week month year night weekend morning afternoon evening spring summer fall autumn winter".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
"""Parts of a day news writes after the day's name ("said Sunday night that"): when, with the day."""


def _without_when(words: list[str]) -> str:
    """What stands between cue and content, less when it was said ("complained *Monday that* the vote
    was unfair"): the day is not what was said, and a "that" left alone goes with it."""
    while words:
        first, second = (w.lower().strip(",") for w in [*words[:2], ""][:2])
        if first in _WHEN_MODIFIERS and second in _TIME_NOUNS:
            words = words[2:]  # "last year", "this week"
        elif first in _WHEN and first not in _WHEN_MODIFIERS:
            words = words[2:] if second in _DAY_PARTS else words[1:]  # "said Sunday night that": the day's part too
        elif first == "on" and second in _WHEN and second not in _WHEN_MODIFIERS:
            words = words[2:]
        elif (lead := 1 if first == "on" else 0) < len(words) - 1 and words[lead].lower() == "the" \
                and _DAY_OF_MONTH.fullmatch(words[lead + 1]):
            words = words[lead + 2 :]  # "said on the 25th that": the day of the month, written alone
        elif first == _HERE:
            words = words[1:]  # "said here on Sunday that": where the wire's dateline put it, not what was said
        else:
            break
    return "" if [w.lower() for w in words] == ["that"] else " ".join(words)


_HERE = "here"
"""The dateline's place as a wire writes it after the cue ("said here on Sunday", Antara's, Xinhua's, APP's)."""
_TRAILING_PREPOSITIONS = frozenset("of about on for to with".split())
_MEDIUM_PREPOSITIONS = frozenset("on in at via".split())
"""Prepositions of where words went out ("said on | the show", "wrote in | a post") that a cue may keep when the
quotation stands on both sides of it: they govern the medium, never the quotation."""
_WHEN_PREPOSITIONS = frozenset({"on", "in"})
"""A preposition the tagger left between the cue and a day or month that opens the content ("said on |
Monday it would"): when the day goes from the line, so does its preposition ("says on it would")."""


def _closes_early(body: str) -> bool:
    """Whether a quotation that opens the content closes before the content ends, the reporter's words
    going on after it (said “probably not” and declined to give a date): the line keeps the page's
    marks, in single ones, rather than close the whole in a pair the page did not write."""
    if not body or body[0] not in "“\"":
        return False
    close = next((k for k in range(1, len(body)) if body[k] in "”\""), -1)
    rest = body[close + 1 :] if close > 0 else ""
    return any(c.isalnum() for c in rest) and not any(c in "“\"" for c in rest)


def _unmarked(body: str) -> str:
    """A quotation written in single marks or guillemets without them ("'We listened,'" -> "We
    listened"), as double marks are stripped: the line puts its own around it."""
    if len(body) > 2 and (body[0] in "‘'" and body[-1] in "’'" or body[0] == "«" and body[-1] == "»"):
        return body[1:-1].rstrip(" ,;:")
    return body


def summary_line(cue: str, content: str, quote: bool, between: str = "", limit: int = 140,
                 content_first: bool = False) -> str:
    """ "calls on Hamas to accept the ‘extraordinarily generous’ offer": cue in the present, content cut.

    ``between`` is what stands between the cue and a content that follows it ("told *Blinken* that").
    ``content_first``: the words came before the cue, so a preposition that ends the cue opens what
    was spoken about ("“...,” Clarke said of the decision"), and the line says "says “...”", not
    "says of “...”"; but "went on" keeps its particle, without which "goes" says nothing.
    """
    verb = present_cue(cue)
    if content_first and _QUOTED_PASSIVE.fullmatch(" ".join(_cue_words(cue))):
        verb = "says"  # "“...,” Kaya was quoted by the Daily as saying", "“...,” aides quoted Kaya as saying"
    participle = saying_participle(between)
    if participle and not content_first:
        verb, between = present(participle) or verb, ""  # "..., he said, adding that ...": "adds ..."
    ending = verb.split()[-1].lower() if len(verb.split()) > 1 and verb != "goes on" else ""
    if content_first and ending in _TRAILING_PREPOSITIONS or quote and ending in _MEDIUM_PREPOSITIONS:
        verb = verb.rsplit(" ", 1)[0]  # “...,” she said on the show.: a quotation is no medium's object
    body = " ".join(content.split()).strip(" ,;:")
    said = [w.lower() for w in _cue_words(cue)]
    if not quote and said and [w.lower() for w in body.split()[: len(said)]] == said:
        body = " ".join(body.split()[len(said):])  # the content repeats the cue ("declined to comment | declined to comment for ...")
    when_cut = False
    if not quote:
        plain = _LEADING_CONJUNCTION.sub("", body)
        body = _LEADING_DATE.sub("", _LEADING_WHEN.sub("", plain))
        when_cut = body != plain
    body = _CONJUNCTION_THAT.sub("", body)
    if quote and _closes_early(body):
        body = body.replace("“", "‘").replace("”", "’").replace('"', "'")  # said “probably not” and declined
    elif quote:
        body = "“" + _unmarked(body.strip("\"“”").rstrip(" ,;:")) + "”"
    else:
        body = body.replace("“", "‘").replace("”", "’").replace('"', "'")
    if verb == "tells" and (quote or content_first):
        verb = "says"  # "“...,” he tells Axios": the line has no room for whom he told
    gap_words = between.strip(" ,;:").split()
    if when_cut and gap_words and gap_words[-1].lower() in _WHEN_PREPOSITIONS:
        gap_words = gap_words[:-1]  # "said on | Monday it would": the day's preposition goes with the day
    gap = _without_when(gap_words)
    if (when_cut or gap_words and not gap) and len(verb.split()) > 1 and verb.split()[-1].lower() in _WHEN_PREPOSITIONS:
        verb = verb.rsplit(" ", 1)[0]  # "said on | the 25th | that": the cue's preposition goes with the day
    if not quote and not cue.lower().startswith("according") and gap and len(gap.split()) <= 5:
        body = f"{gap} {body}"  # "expresses support | for | Israel", "tells | Blinken | that ..."
    elif verb == "tells" and not quote and gap:
        verb = "says"  # "told reporters in the days before the vote that ...": no room for whom, and "tells" needs it
    if not quote and any(verb_lemma(w) in _ADDRESSEE_VERBS for w in verb.split()[:3]):
        body = _ADDRESSEE_THAT.sub(r"\1", body)  # the addressee stays, "that" goes
        if verb == "tells" and (named := _NAMED_ADDRESSEE_THAT.match(body)):
            verb, body = "says", body[named.end(1) + 4 :].lstrip()  # no room for whom, as for a long gap (above)
    if len(body) > limit:
        body = body[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…" + ("”" if quote else "")
    return f"{verb} {body}".strip()
