"""What the attribution model's cue took in or left out at its edges: a time phrase cut in two
("acknowledged last | week"), a role in commas ("Michael Fitton, defending, said"), and the negation
or modal before the verb ("did not disclose", "may still believe"), which the cue must keep so the
position does not say the opposite of the article.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import lemma
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.actors.plain_cues import IDIOM_WORDS, PHRASAL_STANCES, STANCE_NOUNS, manner_adverb
from brief.actors.refused_questions import refused_question
from brief.actors.relative_cue_verbs import relative_clause_verb

_TIME_NOUNS = ("week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|"
               "monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_TIME_SPLIT = re.compile(r"\s+(?:last|this|next)$", re.I)
_TIME_NOUN = re.compile(rf"\s*(?:{_TIME_NOUNS})\b[\s,]*", re.I)
_TIME_IN_CUE = re.compile(rf"\s+(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:{_TIME_NOUNS})$", re.I)
"""A time phrase the cue model took into the cue, whole ("acknowledged last week") or in part
("acknowledged last", with "week" left before the content)."""
_DAY_IN_CUE = re.compile(r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                         r"tonight)\s*:?$", re.I)
"""A day the cue model took into the cue whole ("officials said Sunday", "said on Monday"): when, not the verb."""
_DAY_SPLIT = re.compile(r"\s+on$", re.I)
_DAY = re.compile(r"\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                  r"(?:\s+(?:morning|afternoon|evening|night))?\b[\s,]*", re.I)
"""The same cut before a day: "said on | Wednesday she had asked ...", whose "on" is the day's, not the
cue's ("wrote on | X" keeps it: no day follows)."""
_ON = re.compile(r"\s+on\s+", re.I)
"""The "on" of a day the model left between the cue and the content ("said | on | Thursday it ...")."""
_TIME_OPENING = re.compile(rf"(?:(?:earlier|later|late|early)\s+)?(?:last|this|next)\s+(?:{_TIME_NOUNS})\b,?\s+"
                           r"(?=(?:that\s+)?(?:he|she|they|it|we|I|the|a|an|his|her|their|its|[A-Z]\w*)\b)")
"""A time phrase the model took as the content's opening, a clause after it ("said | last week he wanted
...", "announced | earlier this month that ..."): when it was said."""
_WHEN_BEFORE_COLON = re.compile(r"(?:afterwards?|later|earlier|yesterday|today|tonight|then|again)\s*:\s*(?=[“\"])", re.I)
"""When it was said, before the colon that opens a quotation ("said | afterwards: “We hope ...”"): no part of it."""


# Adverbs that link a sentence to the one before it ("Meanwhile Stormzy will headline ..., organisers
# confirmed"): the writer's joint, not the speaker's words, when they open a content that stands before
# its cue. Not "now", "still", "then" or "so", which are as often the content's own ("Now is the time").
LINKING_ADVERBS = ("however|meanwhile|meantime|moreover|furthermore|additionally|separately|nonetheless|"
                   "nevertheless|likewise|similarly|elsewhere|also|indeed|for\\s+example|for\\s+instance")
_LINKING_ADVERB = re.compile(rf"(?:{LINKING_ADVERBS})\b,?\s+(?=\w|[“\"])", re.I)
_OPENING_MARK = "“\""
"""A quotation's opening mark: a content that opens on one past the adverb ("For example, “...,” he said") is a quote."""


def linking_adverb(text: str, attribution: Attribution) -> Attribution:
    """A content, written before its cue, that opens with a linking adverb ("Meanwhile Stormzy will
    headline ..., organisers confirmed") starts after it: the position reads "confirm Stormzy will
    headline ...", not "confirm meanwhile Stormzy will ..."; one that then opens a quotation ("For
    example, “Last year was poor,” he said") is that quotation."""
    start, end = attribution.content
    adverb = _LINKING_ADVERB.match(text, start, end) if end <= attribution.cue[0] else None
    if adverb is None:
        return attribution
    quote = attribution.quote or text[adverb.end() : adverb.end() + 1] in _OPENING_MARK
    return dataclasses.replace(attribution, content=(adverb.end(), end), quote=quote)


_TELLING = re.compile(r"(?:told|tells|telling|tell|asked|asks|warned|warns|assured|assures|reminded|reminds)$", re.I)
_ADDRESSEE_THEN_QUOTE = re.compile(r"\s*(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*:\s*(?=[“\"‘])")
"""Whom a telling verb addresses, a colon, then the quotation ("told Bates: “You made ...”", "told the
BBC: ..."): the addressee is no part of what was said."""
_ADDRESSEE_THEN_THAT = re.compile(
    r"\s*((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(that)\s+"
    r"(?=(?:they|he|she|it|we|I|you|the|a|an|there|this|these|its|his|her|their|our|[A-Z][a-z]+)\b)")
"""Whom a telling verb addresses, then "that" and a clause's subject ("told The Hollywood Reporter that he was ..."):
the addressee (up to five words, no verb among them) is no part of what was said; not "told a joke that fell flat"."""
_AUDIENCE_THEN_CLAUSE = re.compile(
    r"\s*(?:reporters|journalists|the\s+(?:media|press|audience|crowd|court|jury|committee|council|assembly)|lawmakers|"
    r"senators|legislators|MPs|delegates|supporters|investors|analysts|students|parliament|Parliament|Congress|"
    r"us|me|him|them)\s+"
    r"(?=(?:they|he|she|it|we|I|you|the|a|an|there|this|these|his|her|their|our|[A-Z][a-z]+)\s+[a-z])")
"""An audience a telling verb addresses, then a clause with no "that" ("told reporters the president wanted ..."):
the audience is no part of what was said. Only nouns of an audience, and the object pronouns ("told us she now
spends ..."; not "her", also a possessive: "told her mother the ..."): "told the story the ..." keeps its object."""


def addressee_before_quotation(text: str, attribution: Attribution) -> Attribution:
    """A content after a telling verb that opens with its addressee and a colon starts at the quotation; one that opens
    with its addressee and "that" starts at "that"."""
    start, end = attribution.content
    if start < attribution.cue[1] or not _TELLING.search(text, attribution.cue[0], attribution.cue[1]):
        return attribution
    found = _ADDRESSEE_THEN_QUOTE.match(text, start, end)
    if found is not None:
        return dataclasses.replace(attribution, content=(found.end(), end), quote=True)
    told = _ADDRESSEE_THEN_THAT.match(text, start, end)
    if told is not None and not any(inflected_verb(w) and not is_noun(w) for w in told.group(1).lower().split()):
        return dataclasses.replace(attribution, content=(told.start(2), end))  # "previously told reporters | that ..."
    audience = _AUDIENCE_THEN_CLAUSE.match(text, start, end)
    if audience is not None:  # "told reporters | the president wanted ...": the audience, then what was said
        return dataclasses.replace(attribution, content=(audience.end(), end))
    return attribution


_UTTERANCES = (r"(?:message|speech|statement|address|letter|post|tweet|video|interview|remarks|visit|appearance|"
               r"platform|account|page|feed|channel|blog|podcast|Twitter|X|Facebook|Instagram|TikTok|Telegram|YouTube)\s+to\s+")
_UTTERANCE_TO = re.compile(rf"{_UTTERANCES}(?=[a-z])")
"""A cue opened by what the words came in and "to" ("used his Christmas message | to call for"): the verb
after it is the cue."""
UTTERANCE_BEFORE = re.compile(rf"\b{_UTTERANCES}$", re.I)
"""The same before a cue: its infinitive is what the speaker said there, not a purpose ("gathered to discuss")."""


def tidy_cue(text: str, attribution: Attribution) -> Attribution:
    """A cue that took in what is no part of it: the message the words came in ("message to call for"),
    a time phrase cut in two ("acknowledged last" with
    "week until the trust ..." for content) leaves both, the cue its verb and the content what
    follows the phrase; a role set off in commas ("Michael Fitton, defending, said") leaves the
    verb after the last comma. A content before its cue loses its linking adverb (``linking_adverb``),
    one after a telling verb its addressee (``addressee_before_quotation``); words on the wrong side of the cue's
    edges are moved (``words_at_edges``). Any other attribution is returned as it is."""
    attribution = relative_clause_verb(text, addressee_before_quotation(text, linking_adverb(text, attribution)))
    a, b = attribution.cue
    medium = _UTTERANCE_TO.search(text, a, b)
    if medium is not None and medium.end() < b:  # "used his Easter message to call for": "call for"
        a = medium.end()
        attribution = dataclasses.replace(attribution, cue=(a, b))
    comma = text.rfind(",", a, b)
    if comma >= 0 and text[comma + 1 : b].strip():
        a = comma + 1
        while a < b and text[a].isspace():
            a += 1
    whole = _TIME_IN_CUE.search(text, a, b) or _DAY_IN_CUE.search(text, a, b)
    if whole is not None and whole.start() > a:
        return dataclasses.replace(attribution, cue=(a, whole.start()))  # "acknowledged last week"
    split = _TIME_SPLIT.search(text, a, b)
    start, end = attribution.content
    noun = _TIME_NOUN.match(text, b) if split is not None and start >= b else None
    if split is None and start >= b:
        split = _DAY_SPLIT.search(text, a, b)
        noun = _DAY.match(text, b) if split is not None else None
    if split is not None and noun is not None and noun.end() < end:
        # "acknowledged last | week that ...": the cue is the verb, "last week" is when
        return dataclasses.replace(attribution, cue=(a, split.start()), content=(max(start, noun.end()), end))
    opening = (_TIME_OPENING.match(text, start, end) or _WHEN_BEFORE_COLON.match(text, start, end)
               if start >= b and not text[b:start].strip() else None)
    if opening is not None and opening.end() < end:  # "said | last week he wanted ...": when, not what
        return dataclasses.replace(attribution, cue=(a, b), content=(opening.end(), end))
    day = _DAY.match(text, start) if start >= b and _ON.fullmatch(text, b, start) else None
    if day is not None and day.end() < end:  # "said on | Thursday it ...": "on" left out of both, the day is when
        return dataclasses.replace(attribution, cue=(a, b), content=(day.end(), end))
    return words_at_edges(text, attribution if (a, b) == attribution.cue else dataclasses.replace(attribution, cue=(a, b)))


def words_at_edges(text: str, attribution: Attribution) -> Attribution:
    """A word the cue model put on the wrong side of the cue's edge: a particle's verb left out ("came | out
    against", "hit | back | at"), a medium's preposition taken in (“...,” X wrote on | X), a number's "about" left between cue and
    content, a particle or a stance noun's preposition left out ("hit out | at", "voiced support | for"), an article
    taken in ("rejected a | proposal"). Any other attribution is returned as it is."""
    (a, b), (start, end) = attribution.cue, attribution.content
    particle = _PARTICLE_FIRST.match(text, a, b) or _PARTICLE_ALONE.fullmatch(text, a, b)
    verb = _WORD_BEFORE.search(text, max(0, a - VERB_REACH), a) if particle else None
    if verb is not None and (inflected_verb(verb.group(1)) or lemma(verb.group(1)) in PHRASAL_STANCES  # "hit"
                             or text[a:b] in _SAME_FORM_PARTICLES and verb_lemma(verb.group(1)) is not None):  # "shut"
        a = verb.start(1)  # "came | out against": the particle's verb opens the cue
        attribution = dataclasses.replace(attribution, cue=(a, b))
    medium = _MEDIUM_PREPOSITION.search(text, a, b) if end <= a else None
    if medium is not None and medium.start() > a:
        return dataclasses.replace(attribution, cue=(a, medium.start()))  # “...,” X wrote on | X.: "wrote"
    approximate = _APPROXIMATELY.fullmatch(text, b, start) if b <= start and text[start : start + 1].isdigit() else None
    if approximate is not None:  # "said about | 2,000 mail ballots remained": the number's "about" is what was said
        start = approximate.start(1)
        attribution = dataclasses.replace(attribution, content=(start, end))
    particle = _PARTICLE_LEFT.match(text, b, start) if b <= start else None
    if particle is not None and (_phrasal_through(text[a:b].lower().split(), particle.group(1).lower())
                                 or text[a:b].lower().split()[-1] in STANCE_NOUNS and particle.group(1) in _STANCE_OBJECT
                                 or _object_preposition(text[a:b].lower().split()[-1], particle.group(1), text[start:end])):
        # "hit out | at | the unions": "hit out at"; "voiced support | for | the levy": "voiced support for"
        return dataclasses.replace(attribution, cue=(a, particle.end(1)))
    rest = _phrasal_rest(text, (a, b), (start, end)) if b <= start else None
    if rest is not None:  # "threw | her weight behind the sale", "took aim | at the government": the idiom's words
        return dataclasses.replace(attribution, cue=(a, rest[0]), content=(rest[1], end))
    subject = _SUBJECT_LAST.search(text, a, b)
    verb = _FIRST_WORD.match(text, start, end) if subject is not None else None
    if (subject is not None and subject.start() > a and b <= start and not text[b:start].strip() and verb is not None
            and (inflected_verb(verb.group().lower()) or verb.group().lower() in _AUXILIARIES)):
        # "said it | supported a path": the reported clause's subject, no part of the cue
        return dataclasses.replace(attribution, cue=(a, subject.start()), content=(subject.start(1), end))
    controlled = _OBJECT_BEFORE_TO.fullmatch(text, a, b) if b <= start and not text[b:start].strip() else None
    if controlled is not None and lemma(controlled.group(1).lower()) in _OBJECT_CONTROL and _TO.match(text, start, end):
        # "expected consensus (forecasts) | (forecasts) to rise": what is expected is the forecasts rising, object and all
        return dataclasses.replace(attribution, cue=(a, controlled.end(1)), content=(controlled.start(2), end))
    demand = _DEMAND_LAST.search(text, a, b)
    if demand is not None and demand.start() > a and b <= start and text.startswith("from ", start):
        # "has rejected calls | from importers to raise output": the calls, and whose, are what was rejected
        return dataclasses.replace(attribution, cue=(a, demand.start()), content=(demand.start(1), end))
    determiner = _DETERMINER_LAST.search(text, a, b)
    if determiner is not None and determiner.start() > a and b <= start and not text[b:start].strip():
        # "rejected a | proposal to introduce ...": the article opens the object, no part of the verb
        return dataclasses.replace(attribution, cue=(a, determiner.start()), content=(determiner.start(1), end))
    return attribution


_SUBJECT_LAST = re.compile(r"\s+(it|he|she|they|we)$", re.I)
"""A subject pronoun the cue model took in at a cue's end, before the verb of what was said ("said it | supported");
not an object before an adverb ("put it | simply")."""
_DEMAND_LAST = re.compile(r"\s+(calls|demands|appeals|requests|pleas|pressure)$", re.I)
"""A noun of demand the cue model took in at a cue's end before "from" and who made it ("rejected calls | from
importers"): the demand is what the verb rejects or heeds, no part of the verb."""
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_OBJECT_BEFORE_TO = re.compile(r"([A-Za-z]+)\s+((?!(?:for|on|upon|of|about|to|at|in|with|from)\b)(?:[a-z][\w'’-]*\s+){0,3}"
                               r"[a-z][\w'’-]*)")
"""A verb and the lower-case noun phrase after it, taken together as a cue ("expected consensus forecasts"); not a
verb and its preposition ("asked for | its introduction to be delayed": the cue is whole)."""
_OBJECT_CONTROL = frozenset(lemma(w) for w in "expect want urge ask allow encourage advise order invite need require".split())
"""Verbs whose object is the subject of the infinitive after it ("expected forecasts to rise", "urged ministers to
act"): the object belongs to what is expected or urged, never to the verb."""
_TO = re.compile(r"(?:[a-z][\w'’-]*\s+){0,4}?to\s+[a-z]")
"""What an object-control verb governs: the rest of its object, if any, then its infinitive ("forecasts to rise")."""
_AUXILIARIES = frozenset("would will could can should must might may had has have was is were are did does".split())
_PARTICLE_FIRST = re.compile(r"(?:out|up|down|back|off)\s+(?:against|for|in|on|at|of)\b")
"""A cue opening on a particle and its preposition ("out against", "out in favor of"): the model left its verb out."""
_PARTICLE_ALONE = re.compile(r"back|down|off")
"""A cue that is "back" alone ("has hit | back | at X", "fired back at"): its verb and its preposition both left out;
or "down" or "off" ("has shut | down | rumours", "laughed | off"), whose verb's past may be its base ("shut", "put").
Not "out" ("spoke | out | Tuesday about ...": with its verb, a speech act with no statement, which the bare particle
at least kept as a position)."""
_SAME_FORM_PARTICLES = frozenset({"down", "off"})
"""Particles of a bare cue whose verb is taken in any form, its base too: "shut", "put", "set" are their own past."""
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
"""The word right before it, the cue's own when it is a verb ("came", "spoke", "lashed")."""
VERB_REACH = 20
"""Characters read back for that verb and its space."""
_MEDIUM_PREPOSITION = re.compile(r"(?<!\bwent)(?<!\bgoes)(?<!\bgo)\s+(?:on|in|at|via)$", re.I)
"""A preposition the cue took from the medium after it ("wrote on | X", "said in | a post") where what was said stands
before the cue: nothing it governs is said, so it is the medium's, no part of the cue. Not the "on" of "went on", the
verb of going on speaking ("“...,” she went on.")."""
_APPROXIMATELY = re.compile(r"\s+(about|around|roughly|nearly|almost|some|over|up to|more than|fewer than|less than|"
                            r"at least)\s+")
"""A word of approximation the cue model left between the cue and a number that opens what was said ("said about
2,000 ballots remained"): part of the number."""
_STANCE_OBJECT = frozenset("for to behind about over against".split())
"""Prepositions after a noun of a side taken that open what the side is on ("support for", "opposition to")."""
_PARTICLE_LEFT = re.compile(r"\s+([a-z]+)\s+$")
"""One word left between the cue and its content: a phrasal verb's last particle the model left out."""


def _phrasal_through(cue: list[str], word: str) -> bool:
    """Whether the cue's words and ``word`` end as a verb of rejecting and its particles ("hit out" and "at")."""
    at = next((k for k, w in enumerate(cue) if lemma(w) in PHRASAL_STANCES), None)
    return at is not None and (*cue[at + 1 :], word) in PHRASAL_STANCES[lemma(cue[at])]


_NEXT_WORD = re.compile(r"[^\W_]")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _phrasal_rest(text: str, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int] | None:
    """The end of a phrasal stance's words (``PHRASAL_STANCES``) the model left after a cue that opens it, and the
    start of what is backed or rejected after them ("threw | her weight behind | the sale"), or None. Something must
    be left after."""
    words = text[cue[0] : cue[1]].lower().split()
    at = next((k for k, w in enumerate(words) if lemma(w) in PHRASAL_STANCES), None)
    if at is None:
        return None
    have = tuple(w for w in words[at + 1 :] if not manner_adverb(w))
    for particles in PHRASAL_STANCES[lemma(words[at])]:
        if len(particles) <= len(have) or particles[: len(have)] != have or len(particles) < IDIOM_WORDS and not have:
            continue  # not a verb with one particle after it ("moves have brushed | aside traditional politicking")
        k = cue[1]
        for word in particles[len(have) :]:
            after = _WORD_AFTER.match(text, k, content[1])
            if after is None or after.group(1) != word:
                break
            k = after.end()
        else:
            left = _NEXT_WORD.search(text, k, content[1]) if k > content[0] else None
            if left is not None:
                return k, left.start()
    return None


_OBJECT_PREPOSITIONS: dict[str, frozenset[str]] = {
    lemma("call"): frozenset({"on", "upon", "for"}), lemma("plead"): frozenset({"for", "with"}),
    lemma("appeal"): frozenset({"for", "to"}), lemma("complain"): frozenset({"about", "of"}),
    lemma("warn"): frozenset({"of", "about", "against"}), lemma("object"): frozenset({"to"}),
    **{lemma(w): frozenset({"for", "against"}) for w in ("argue", "lobby", "campaign", "push", "press")},
}
"""Verbs of demanding, complaining or warning and the prepositions that open what is demanded ("called on members
to ...", "pleaded for the schools to stay open", "complained about the noise"): the model may leave the preposition
between the cue and its object, where it is the cue's."""


def _object_preposition(last: str, word: str, content: str) -> bool:
    """ "called | on | members to raise spending": the preposition is the cue's, unless a day follows it ("called
    on | Monday")."""
    return word in _OBJECT_PREPOSITIONS.get(lemma(last), ()) and not _DAY.match(content)


_DETERMINER_LAST = re.compile(r"\s+(a|an|the|his|her|its|their|all|both|each|every)$")
"""An article, an owner's word or a quantifier that the cue model left at the cue's end ("urged all | sides to"): a
cue ends with its verb or particle."""


def negated_cue(text: str, attribution: Attribution) -> Attribution:
    """ "he did not disclose how large ...", "Page did not think he needed any help": the model's cue is
    the verb alone, and the position read "discloses how large ...", "thinks he needed any help", the
    opposite of what the article says. The negation before the verb, with its auxiliary, is the cue's
    (as PolNeAR marks "didn't disclose"), and the summary keeps it ("does not disclose ..."). A refusal to answer
    a fronted question ("Asked whether ..., he refused to rule it out") keeps its own words (``refused_question``)."""
    a = attribution.cue[0]
    before = _AUXILIARY_BEFORE if _NEGATION_FIRST.match(text, a) else _NEGATED_BEFORE  # "did | not disclose"
    negation = before.search(text, max(0, a - NEGATION_REACH), a)
    negated = attribution if negation is None else dataclasses.replace(attribution, cue=(negation.start(), attribution.cue[1]))
    return refused_question(text, negated)


NEGATION_REACH = 40
"""Characters read before the cue for its negation: an auxiliary, "not" and one adverb ("has not publicly")."""
_NEGATED_BEFORE = re.compile(
    r"\b(?:(?:do|does|did|has|have|had|will|would|could|can|should|may|might|must|is|are|was|were)\s+(?:not|never)"
    r"|(?:do|does|did|has|have|had|wo|would|could|ca|should|is|are|was|were)n['’]t|never)"
    r"\s+(?:(?:\w+ly|quite|yet|even|ever)\s+)?$", re.I)
"""A negated auxiliary ("did not", "hasn't", "never") and at most one adverb, right before the cue."""
_NEGATION_FIRST = re.compile(r"(?:not|never)\b", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:do|does|did|has|have|had|will|would|could|can|should|may|might|must|is|are|was|were)\s+$",
                               re.I)
"""The auxiliary before a cue the model opened with its negation ("did | not disclose")."""


def modal_cue(text: str, attribution: Attribution) -> Attribution:
    """ "China's leaders may still believe all this is a price worth paying", "Brin would say Page's
    idea was naive", "It will angrily dismiss any criticism": the model's cue is the verb alone, and
    the position read "believes ...", a claim where the article weighs a possibility, tells a habit
    or predicts. The modal before the verb (with "have" after it, and one adverb) is the cue's, as
    the negation is (``negated_cue``), and the summary keeps it ("may believe ...")."""
    a = attribution.cue[0]
    if MODAL_FIRST.match(text, a):
        return attribution  # "would not say": the negation took its modal already
    modal = _MODAL_BEFORE_CUE.search(text, max(0, a - NEGATION_REACH), a)
    return attribution if modal is None else dataclasses.replace(attribution, cue=(modal.start(), attribution.cue[1]))


_MODALS = "would|could|might|may|should|must|will|can|shall"
MODAL_FIRST = re.compile(rf"(?:{_MODALS})\b", re.I)
_MODAL_BEFORE_CUE = re.compile(
    rf"\b(?:{_MODALS})\s+(?:(?:\w+ly|still|also|even|ever|yet|just|only|soon)\s+)?(?:have\s+)?$", re.I)
"""A modal right before the cue: one adverb and a perfect's "have" may stand between ("may still
believe", "may have wanted")."""
