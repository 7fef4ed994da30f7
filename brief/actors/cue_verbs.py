"""Cues whose verb is no verb of saying, believing or wanting: "blocks a shot", "AirPods offer
support", "Disney continues to sign up". The cue model learned from news where such verbs rarely
head an attribution and still tags them on product and sports pages; what follows them is an
action, not a position.

The rule: a cue headed by one of the verbs of doing below (``ACTION_VERBS``) keeps its position only
with a sign of a statement: a quotation of ``QUOTED_MIN_WORDS`` or more, a "that"/"whether"-clause, a
colon, a verb or noun of saying right after it ("continued to call for", "unveiled a plan"), or for
the few verbs that take one, a to-infinitive of intention ("offered to fly the cat home"). A verb of
saying, seeing or knowing that also takes a bare object (``CLAUSE_VERBS``: "reported third-quarter
earnings", "saw a write speed of", "added 80 jobs") states something only with those signs or a
clause after it ("reported they had detected ...", "found more authorizations are needed").
The test is the issue's definition of a position: what an actor said, wants, rejects or threatens,
not what it did.
Why a lexicon and not the model's score: the score is high for these verbs in their place in a
sentence, which is what the model reads; what the verb means is what it cannot see.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, SEED_CUES, lemma
from brief.actors.message_uses import quoted_in_message
from brief.actors.object_relatives import object_relative
from brief.actors.participle_clauses import before_participle
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.actors.plain_cues import IDIOM_WORDS, PHRASAL_STANCES, STANCE_NOUNS, manner_adverb
from brief.actors.thing_says import thing_says
from brief.actors.ultimatums import gives_deadline
from brief.text.abbreviations import is_abbreviation
from brief.text.lexicon import ADVERB_LY, AUXILIARY_VERBS

ACTION_VERBS: frozenset[str] = frozenset(
    lemma(w) for w in """block continue display count present submit choose decide allow offer
    launch ship sell play score win buy build open feature include equip power run start finish
    beat lose defeat shoot pass kick tackle impose order hire sign discover nickname nominate poke
    throw draw walk strive scramble replace share publish release use turn work meet line
    demonstrate deliver struggle tend try""".split()
)
"""Lemmas (``cues.lemma``) of verbs of doing, never of saying or wanting, that the cue model tags on
product and sports pages ("AirPods offer support", "blocked a shot", "continues to sign up", "trying to
escape": an effort, as "strive" is, not what the actor wants said). A list
of actions, not of statement verbs left out: PolNeAR's annotators also mark "unveiled a plan" or
"pointed to" as attributions, and a lexicon of saying dropped such cues by the dozen."""

INFINITIVE_INTENT_VERBS: frozenset[str] = frozenset(lemma(w) for w in ("offer", "volunteer"))
"""Verbs outside the lexicon whose to-infinitive states an intention ("offered to fly ..."), not an
action going on ("continues to sign up", "decides to remove")."""
DIRECTIVE_VERBS: frozenset[str] = frozenset(lemma(w) for w in ("order",))
"""Verbs of doing that are also a command: with a to-infinitive after their object ("ordered the
troops to withdraw") they say what the actor wants; with a bare object ("ordered a cruise missile
strike", "ordered a review") they report a deed."""
DIRECTIVE_OBJECT_WORDS = 4
"""Words an ordered party may take before its "to" ("ordered all federal agencies to ...")."""

CLAUSE_VERBS: frozenset[str] = frozenset(lemma(w) for w in "see find report show add know unveil speak talk answer".split())
"""Verbs of saying, seeing or knowing that take a bare object as well as a clause: "reported that
sales fell" states something, "reported third-quarter earnings", "saw a write speed of 2,890 MB/s",
"has added about 80 jobs", "found the bazaar deserted", "spoke on the conference call", "answered some
lines of questions" and "knows how to dance" report a deed or a fact about the actor. They keep a position with a clause after
them, or any sign of a statement the verbs of doing are allowed."""

PHRASAL_ACTIONS: dict[str, frozenset[str]] = {"call": frozenset({"in", "off", "up"}), "show": frozenset({"off"}),
                                              "hold": frozenset({"out"}), "write": frozenset({"up", "off"}),
                                              "plead": frozenset({"guilty", "innocent", "no"}), "find": frozenset({"out"})}
"""Verbs (dictionary lemmas) of saying or knowing whose particle makes them an action: "pleaded guilty to threatening
..." is a court case's step, whose words are the charge; "wrote up a plan" makes a document, "wrote off a debt" cancels
one; "found out he was supposed to vote at the school" is what the actor learned."""
NEVER_STATED = frozenset({"plead", "find"})
"""Phrasal actions whose complement is never a statement, however it reads: a charge ("pleaded guilty to"), or what
was learned ("found out that she and Gosling had been talking": a discovery, even with its "that")."""
QUOTED_MIN_WORDS = 4
"""Words a quotation after a verb of doing must have to be a statement: fewer is a name or a
slogan in quote marks ("offer support for “Hey, Siri”"), set by hand."""

_SKIPPED = AUXILIARY_VERBS | frozenset("not never also still just then later once again further even since earlier already "
                                         "previously recently now first reportedly separately subsequently".split())
_THAT_AFTER = re.compile(r"^\s*(?:[\w'’.-]+\s+){0,5}?(?:that|whether)\b", re.I)
"""A "that"- or "whether"-clause right after the cue or its addressee ("told lawmakers that ...",
"has not decided whether ..."); ``that_clause`` checks the words it passes over."""
_PRONOUN_THAT_BEFORE = frozenset("of to about with for on in from by at into over like than all".split())
"""Words after which "that" is a pronoun, never a clause's opener ("delivered all of that", "hopes to
change that"): a preposition's object, or a quantity's."""
_PRONOUN_THAT_AFTER = re.compile(r"\s*(?:[,.;:!?)]|(?:and|or|but|too|again)\b|$)", re.I)
"""What follows a "that" that stands alone as a pronoun ("all of that and then some", "that, too"): a
complementizer is followed by its clause's subject. (A comma-set aside after it, "that, once you use
it, ...", is a clause's; those are read by ``_COMMA_ASIDE``.)"""
_COMMA_ASIDE = re.compile(r"\s*,[^,.;:!?]{1,80},")
"""An aside set off by two commas right after "that" ("said that, once you use it, “you can't go back”")."""


def that_clause(after: str) -> re.Match[str] | None:
    """The "that"- or "whether"-clause opening the words after a cue, or None when the words passed to
    reach it hold a to-infinitive of another verb ("are meeting to reconsider whether ...": the
    clause is the infinitive's, the cue's verb only its purpose), or the "that" is a pronoun ("finally
    delivered all of that and then some"): no statement of the cue's own either way."""
    that = _THAT_AFTER.match(after)
    if that is None:
        return None
    passed = that.group(0).split()[:-1]
    for k, word in enumerate(passed[:-1]):
        following = passed[k + 1]
        if word.lower() == "to" and following[:1].islower() and verb_lemma(following) is not None:
            return None  # "to reconsider whether": the infinitive's clause, not "to the trust ... that"
    if that.group(0).rstrip().lower().endswith("that"):
        rest = after[that.end() :]
        if passed and passed[-1].lower() in _PRONOUN_THAT_BEFORE:
            return None
        if _PRONOUN_THAT_AFTER.match(rest) and not _COMMA_ASIDE.match(rest):
            return None
    return that


_TO_AFTER = re.compile(r"^\s*to\s+[a-z]", re.I)
_QUOTE_MARKS = "\"“”‘'"
_SAID_NOUNS = frozenset({w for w, group in CUE_GROUP.items() if group == "nominal"} | {
    lemma(w) for w in "plan message insight insights thought thoughts assessment explanation apology condolences weight editorial op-ed column essay article".split()})
"""Nouns of what is said ("unveiled a plan", "issued a statement"): the action delivers a statement; and
the "weight" of "threw their weight behind", which says whom an actor backs."""
_SPEECH_ACTS = frozenset(lemma(w) for w in "insult taunt tease curse swear shout advocate".split())
"""Verbs of saying the cue families lack, read after a verb of doing ("continued to insult ...",
"will continue to advocate for ...")."""
_NEXT_WORDS = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"a", "an", "the"})
NEXT_WORDS_READ = 3
"""Words after the cue read for a verb or noun of saying ("continued to call for", "issued a
statement"): an article and an adjective may stand before the noun."""


def action_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue's verb is no verb of saying or attitude and nothing after it reads as a
    statement: then the "position" is an action or a product feature, and is left out."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    head = head_verb(cue)
    if head is None or names_stance(cue.lower().split()) or _phrasal_stance(cue.lower().split(), IDIOM_WORDS):
        return False  # "threw her support behind the deal", "spoke out against": the cue names the side it took
    if _phrasal_action(text, attribution, head):
        # "pleaded guilty to threatening ...": the charge follows, whatever its verbs
        return head in NEVER_STATED or not _statement_evidence(text, attribution, lemma(head))
    if lemma(head) in CLAUSE_VERBS:
        return not (_statement_evidence(text, attribution, lemma(head), relative_that=True)
                    or _clause_follows(text, attribution, head))
    if lemma(head) in DIRECTIVE_VERBS and _DIRECTIVE_TO.match(text, attribution.cue[1]):
        return False  # "ordered the troops to withdraw": a command, what the actor wants
    if lemma(head) not in ACTION_VERBS or quoted_in_message(text, attribution):
        return False  # "used his own message to ... defeat the 'hopeless' government": the message's words
    return not _statement_evidence(text, attribution, lemma(head), doing=True)


FAMILIAR_HEADS: frozenset[str] = frozenset(CUE_GROUP) | frozenset(lemma(w) for w in SEED_CUES) | frozenset({"accord"})
"""Lemmas the cue model knows the kind of: its seed cues and its cue families (speech, belief, want, demand,
commit, against, for), plus the verb of "according to" (a preposition, but ``verb_lemma`` reads a verb)."""


def unfamiliar_deed(text: str, attribution: Attribution) -> bool:
    """Whether a cue the model tagged from its place in the sentence is headed by a verb it knows no
    family of saying, believing or wanting for, and only a bare object follows it: "named the moons
    after the sons of Ares", "filed a petition in the European Court", "has adopted the language of",
    "have stood for more than a thousand years". What follows such a verb is a deed, not a position;
    the same verb with a sign of a statement after it keeps it ("ruled that EU countries must ...",
    "hinted that Apple might build ...", "outlined a plan", a quotation, a colon, a clause of its own,
    "X as Y", an object's to-infinitive).
    Only a content after the cue: one before it ("..., he pointed out") is a clause the cue frames."""
    if attribution.content[0] < attribution.cue[1]:
        return False
    head = head_verb(text[attribution.cue[0] : attribution.cue[1]])
    if head is None or lemma(head) in FAMILIAR_HEADS | SAYING_HEADS | _SPEECH_ACTS:
        return False
    after = text[attribution.cue[1] : attribution.cue[1] + 200]
    if _COMMA_THAT.match(after) or _COLON_NEAR.match(after):
        return False  # "assured the public on Weibo, a ... site, that the risks ...", "put it simply: ..."
    cue = text[attribution.cue[0] : attribution.cue[1]].lower().split()
    if _phrasal_stance(cue):
        return False  # "has ruled out an early election", "shot down the proposal", "hit out at": a rejection
    if names_stance(cue):
        return False  # "voiced support for the bill", "voiced concern about": the cue names the stance it took
    if (_JUDGED_AS.match(after) or _DIRECTIVE_QUOTED.match(after) or after.lstrip().lower().startswith("against")
            or cue[-1:] == ["against"]):
        return False  # "painted Romney as an out-of-touch rich guy", "exhorted Republicans to vote", "railed against"
    if gives_deadline(lemma(head), after):
        return False  # "have given the ministry 21 days to meet their demands": an ultimatum
    if lemma(head) in _QUOTED_JUDGING and _OBJECT_QUOTED.match(after):
        return False  # "branded the school cuts “reckless and short-sighted”": a judgement, in their words
    if any(lemma(w) in CUE_GROUP and (is_noun(w) or w.lower().endswith("ing"))
           for w in _NEXT_WORDS.findall(before_participle(after))[:FAMILY_WORDS_READ]):
        return False  # "filed a request for ...", "unleashed a series of tweets criticizing ...": a saying's noun or verb
    return not (_statement_evidence(text, attribution, lemma(head), relative_that=True)
                or _clause_follows(text, attribution, head))


_EXPRESSING = frozenset(lemma(w) for w in "voice express signal throw threw lend lent declare show reiterate restate".split())
"""Verbs that make a noun of a side taken the speaker's stance ("voiced support for", "threw her support behind"); not
those of a thing's features ("adds support for dark mode", "lacks support for HDR")."""


def names_stance(cue: list[str]) -> bool:
    """Whether the cue is a verb of expressing and a noun of the side taken ("voiced support for", "threw her support
    behind", "expressed concern about"): the cue states a stance."""
    at = next((k for k, w in enumerate(cue) if w in STANCE_NOUNS), None)
    return at is not None and any(lemma(w) in _EXPRESSING for w in cue[:at])




def _phrasal_stance(cue: list[str], least: int = 1) -> bool:
    """Whether the cue's words are a verb of rejecting or backing and its particles (``PHRASAL_STANCES``; the model
    may stop before the last: "hit out | at the unions"). The verb is found by its stem, as the table is keyed: the
    dictionary form would miss a changed stem ("came" against "come")."""
    at = next((k for k, w in enumerate(cue) if lemma(w) in PHRASAL_STANCES), None)
    particles = tuple(w for w in cue[at + 1 :] if not manner_adverb(w)) if at is not None else ()
    return at is not None and len(particles) >= least and any(p[: len(particles)] == particles
                                                              for p in PHRASAL_STANCES[lemma(cue[at])])


FAMILY_WORDS_READ = 6
"""Words after the cue read for a noun or participle of a cue family ("a flurry of tweets shaming", "a
policy paper welcoming"): an object of four or five words holds it."""
_JUDGED_AS = re.compile(r"[^;:!?\n]{1,80}?\s+as[\s,]+(?!(?:well|if|though|soon|long|much|many|such|he|she|they|it|we|i|you)\b)",
                        re.I)
"""An object, then "as" and what it is judged to be ("characterized Kaine as 'a little desperate'",
"has portrayed himself as a shrewd manipulator"): a judgement stated, not a deed. Not "as well", "as if",
nor "as" opening a clause of time ("made the reference as he discussed ...")."""
_QUOTED_JUDGING = frozenset(lemma(w) for w in "brand term label labell".split())
"""Verbs that put a name on their object ("branded the cuts", "termed the bill", "labelled him"): a
judgement when the name is quoted (the speaker's words), a deed otherwise ("branded the cattle")."""
_OBJECT_QUOTED = re.compile(r"\s*(?:[\w'’.-]+\s+){1,6}?[\"“‘']\s*[\w]")
"""An object of a few words, then a quotation opening."""
_DIRECTIVE_QUOTED = re.compile(rf"\s*(?:[\w'’.-]+\s+){{0,{DIRECTIVE_OBJECT_WORDS}}}?to\s+[\"“‘']?[a-z]", re.I)
"""An object and a to-infinitive, quoted or not ("exhorted Republicans to “vote your conscience”"): what the
actor urged, a demand."""


SAYING_HEADS: frozenset[str] = frozenset(
    lemma(w) for w in "express compare liken assure vouch highlight downplay discuss outline detail hint affirm point "
    "bemoan echo deride compliment articulate demean refer reference invoke recite chronicle characterize portray "
    "paint admire rail exhort berate lecture reaffirm restate reassert underscore".split())
"""Verbs of saying or judging that the cue families lack and that take what is said as a bare object
("expressed outrage over", "compared agents to 'pimps'", "vouched for him", "outlined a number of
reasons", "pointed out the decision", "bemoaned the unrest", "has complimented the moderator", "reaffirmed its
commitment"): verbs of
communication and judgement (Levin's classes), not read off one page. An object after them is a
statement's gist, not a deed."""
_COMMA_THAT = re.compile(r"[^.;:!?\n]{0,120}?,\s+that\s")
"""A "that" after a comma, past the cue's object and an aside: it opens the complement clause, never a
relative one (which takes no comma)."""
_COLON_NEAR = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,{NEXT_WORDS_READ - 1}}}?[\w'’-]+:")
"""A colon within the words read after the cue ("put it simply: ..."): what follows it is what was said."""


def hollow_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue holds no verb or noun of statement at all: auxiliaries or adverbs alone ("If Apple were to
    offer", "have to talk", a pronoun's contracted "she’s"), a function word after a label's colon (": With a piece of bling"), or words
    in title case ("Analysts Aren't Feeling Great About ...": a headline run into the text). Its
    "position" would start with a word that is no present-tense verb."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    words = [w for w in (w.strip(":;,.—–-\"“”") for w in cue.split()) if w]
    if not words:
        return False
    if all(w.lower() in AUXILIARY_VERBS | {"to", "not"} or w.lower().endswith("n't") or _CONTRACTED.fullmatch(w)
           for w in words):
        return True  # "were to", "she’s" (of "but now, she’s not so sure")
    if len(words) >= TITLE_CASE_WORDS and all(w[:1].isupper() for w in words):
        return True
    content = [w for w in words if w.lower() not in _SKIPPED and not ADVERB_LY.fullmatch(w.lower())]
    return not content or content[0].lower() in _PREPOSITIONS  # "once again top-scored", "initially on whether"


_CONTRACTED = re.compile(r"(?:i|you|he|she|it|we|they|there|that|who)['’](?:s|re|ve|ll|d|m)", re.I)
"""A pronoun and its contracted auxiliary ("she’s", "they're"): no verb of saying in it."""
TITLE_CASE_WORDS = 2
"""Cue words in title case that mark a headline, not prose: one capital is a sentence's first word."""
_PREPOSITIONS = frozenset("with without in on at for from by of about into after before over under through "
                          "during despite like".split())
"""Words that open no cue: a preposition first is a phrase the cue model took for one after a colon."""


_DIRECTIVE_TO = re.compile(rf"\s*(?:[\w'’.-]+\s+){{0,{DIRECTIVE_OBJECT_WORDS}}}?to\s+[a-z]", re.I)


CLAUSE_WORDS_READ = 12
"""Words after a cue read for the verb of a clause: a subject with its modifiers ("some of the biggest
states Obama carried are ...") runs to about ten."""
_SUBORDINATORS = frozenset("as while after before because when since although though until unless whereas".split())
"""Words that open a clause of their own inside an object ("earnings that topped estimates as revenue
fell short"): the object's verb is not found past them."""
_RELATIVES = frozenset("that which who whom whose".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_CLAUSE_TOKEN = re.compile(r"[\w'’-]+|[.!?;:]")


def _clause_follows(text: str, attribution: Attribution, head: str) -> bool:
    """Whether a clause follows the cue ("found more device authorizations are needed", "reported
    they detected ...", "sees Brent sliding to $50", "sees the lineup as its Achilles heel"): a
    finite verb (an auxiliary, a verb after a pronoun or a name, a past form no noun shares) before
    the sentence ends or a clause of its own opens; one right after "that" or "which" is a relative
    clause's, which describes a bare object ("third-quarter earnings that topped estimates")."""
    before = attribution.content[1] <= attribution.cue[0]  # "The economy is recovering, he added"
    start = attribution.content[0] if before else attribution.cue[1]
    tokens = _CLAUSE_TOKEN.findall(before_participle(text[start : start + 400]))[:CLAUSE_WORDS_READ]
    previous = ""
    for k, token in enumerate(tokens):
        word = token.lower()
        if head == "see" and k and (word == "as" or (word.endswith("ing") and verb_lemma(word))):
            return True  # "sees Stadia's lineup as its Achilles heel", "sees Brent sliding to $50": a view
        if not (token[0].isalnum() or token == "." and k and is_abbreviation(previous)) or (k and word in _SUBORDINATORS):
            return False  # (not "on Oct. 14 damaged": an abbreviation's period ends no sentence)
        if previous.lower() in _RELATIVES:
            previous = token
            continue  # "earnings that topped": the object's relative clause
        if k > 1 and previous.lower() in ("and", "or", "but") and verb_lemma(word) not in (None, word) and lemma(word) in CUE_GROUP:
            return False  # "spoke on the call and said ...": the subject's own cue, no clause of the object's
        if word in AUXILIARY_VERBS or word.endswith("n't"):
            return True
        base = verb_lemma(word)
        inflected = inflected_verb(word)
        after_subject = previous.lower() in _SUBJECT_PRONOUNS or (previous[:1].isupper() and k > 0)
        if inflected and (after_subject or before and k > 0 or not (is_noun(word) or word.endswith(("ed", "s")))):
            return True  # "they detected", "many people ... told her"; "A drone attack damaged ..., X reported"
        if base == word and _plural_subject(previous) and k + 1 < len(tokens) and tokens[k + 1].lower() in _OBJECT_OPENERS:
            return True  # "most voters want the council to act": a present tense after a plural
        previous = token
    return False


_OBJECT_OPENERS = frozenset("a an the this that these those his her its their our my your to".split())
"""Words that open a verb's object or infinitive ("want the council", "want to"): after a plural noun
and a bare verb they show a present tense, where "a sales force." is a noun phrase."""


def _plural_subject(word: str) -> bool:
    """A plural noun or pronoun that may be a clause's subject ("voters", "they")."""
    w = word.lower()
    return w in ("they", "we", "you", "i") or (len(w) > 3 and w.endswith("s") and is_noun(w) and verb_lemma(w) is None)


def _verb_next(rest: str) -> bool:
    """Whether the next word is an inflected verb no noun shares ("topped", "told")."""
    word = _NEXT_WORDS.match(rest.lstrip())
    if word is None:
        return False
    w = word.group(0).lower()
    return inflected_verb(w) and not is_noun(w)


def _phrasal_action(text: str, attribution: Attribution, head: str) -> bool:
    """ "called in the design team", "called off the strike": a verb of saying made one of doing by
    its particle (not "called on X to", "called for", "called out")."""
    if head not in PHRASAL_ACTIONS:
        return False
    cue = text[attribution.cue[0] : attribution.cue[1]]
    words = _NEXT_WORDS.findall(cue.lower()) + _NEXT_WORDS.findall(text[attribution.cue[1] : attribution.cue[1] + 20].lower())
    at = next((i for i, w in enumerate(words) if verb_lemma(w) == head), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in PHRASAL_ACTIONS[head]


def head_verb(cue: str) -> str | None:
    """The dictionary verb heading the cue, past its auxiliaries and adverbs ("is also offering" ->
    "offer"); None for a cue headed by no verb ("announcement", a quote mark, "according to")."""
    words = [w.strip(":;,.—–-\"“”") for w in cue.lower().split()]
    words = [w for w in words if w and w not in _SKIPPED and not ADVERB_LY.fullmatch(w) and not w.endswith("n't")]
    if not words or not words[0].isalpha():
        return None
    return verb_lemma(words[0])


def _statement_evidence(text: str, attribution: Attribution, head: str, relative_that: bool = False, doing: bool = False) -> bool:
    """A quotation, a colon, a "that"-clause, or an intention's to-infinitive after the cue.

    ``relative_that``: a "that" after an object and before a verb opens a relative clause that
    describes the object ("reported third-quarter earnings that topped estimates"), no "that"-clause; with
    ``doing`` (a verb of doing) so does any "that" after a bare object (``object_relatives``)."""
    c0, c1 = attribution.content
    content = text[c0:c1].lstrip()
    if content[:1] in _QUOTE_MARKS:
        quoted = re.split(r"[\"”]", content[1:], maxsplit=1)[0]
        if len(quoted.split()) >= QUOTED_MIN_WORDS:
            return True  # not a name in quote marks: offers support for “Hey, Siri”
    elif attribution.quote:
        return True
    after = text[attribution.cue[1] : attribution.cue[1] + 80]
    cue = text[attribution.cue[0] : attribution.cue[1]].rstrip()
    if cue.endswith(":") or after.lstrip().startswith(":"):
        return True
    written = _NEXT_WORDS.findall(cue.lower())
    at = next((i for i, w in enumerate(written) if lemma(w) == head or verb_lemma(w) == head), 0)
    cue_words = [lemma(w) for w in written[at + 1 :]]  # the words after the head ("has called": none)
    read = _NEXT_WORDS.findall(after)[:NEXT_WORDS_READ]
    next_words = [lemma(w) for w in read]
    # a verb after an article is a noun's modifier, no verb of saying ("saw a write speed of")
    verbs = [w for k, w in enumerate(next_words[:2]) if not (k and read[k - 1].lower() in _ARTICLES)]
    if any((w in CUE_GROUP and CUE_GROUP[w] != "for") or w in _SPEECH_ACTS for w in cue_words + verbs) or any(
            w in _SAID_NOUNS for w in next_words):
        return True  # "continued to call for", "decided against recommending", "unveiled a plan"
    that = that_clause(after)
    if that and relative_that and that.group(0).split()[:-1] and _verb_next(after[that.end() :]):
        that = None  # "earnings that topped estimates": the object's relative clause
    if that and doing and object_relative(" ".join(that.group(0).split()[:-1]), _SAID_NOUNS):
        that = None  # "offers several upgrades that owners will notice"
    if that or content.lower().startswith("that "):
        return True
    return head in INFINITIVE_INTENT_VERBS and bool(_TO_AFTER.match(after))


ISSUING_VERBS: frozenset[str] = frozenset(lemma(w) for w in "release publish post file put pitch share circulate tweet".split())
"""Verbs of issuing or making public a thing (Levin's "send"/"create" verbs a news page uses for a
document): "released a letter from his physician", "filed a petition", "posted a series of tweets",
"pitched the idea to Page", "tweeted a photo of her desk". With a made thing as object they report a deed;
what the thing says, when given, follows a "saying", a "that" or a colon ("released a statement saying ...")."""
MADE_THINGS: frozenset[str] = frozenset(lemma(w) for w in """letter video editorial petition tweet post idea photo
    photograph picture image clip film footage book memo document advertisement recording""".split())
"""Nouns of a document, a recording or an idea: a thing made or sent, whose content is not in the
words that follow the noun unless a clause of saying opens them. Not the nouns of what is said
("statement", "plan", "request": ``_SAID_NOUNS`` and the cue families), which carry a position."""
ISSUED_OBJECT_WORDS = 5
"""Words read after the verb for its object's noun: an article, a quantity ("a series of") and an
adjective or two stand before it ("published a misleading editorial")."""
_ISSUED_PARTICLES = {lemma("put"): "out"}
"""Issuing verbs that issue only with their particle: "put out a video", never "put it simply"."""
_OBJECT_STOPS = frozenset(_PREPOSITIONS - {"of"}) | frozenset("that to and or but".split())
"""Words that end the object before its noun: what follows them is no object of the verb."""


def issued_thing(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of issuing whose object is a made thing with nothing said after it:
    "released a letter from his physician", "put out a video listing ...", "filed a petition in ...",
    "pitched the idea to Page". The thing was issued; no statement of the actor's is given. A
    "saying"/"that"-clause, a colon or a quotation after the thing keeps the position."""
    if attribution.content[0] < attribution.cue[1] or attribution.quote:
        return False
    words = _NEXT_WORDS.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    at = next((i for i, w in enumerate(words) if w not in _SKIPPED and verb_lemma(w)), None)
    if at is None:
        return False
    head = lemma(verb_lemma(words[at]) or "")
    if head not in ISSUING_VERBS:
        return False
    rest = text[attribution.cue[0] : attribution.cue[1] + 160]
    matches = list(_ISSUED_TOKEN.finditer(rest))
    tokens = [m.group() for m in matches]
    start = next(i for i, t in enumerate(tokens) if t.lower() == words[at]) + 1
    object_words = tokens[start : start + ISSUED_OBJECT_WORDS + 1]
    particle = _ISSUED_PARTICLES.get(head)
    if particle is not None:
        if not object_words or object_words[0].lower() != particle:
            return False
        object_words = object_words[1:]
    for k, token in enumerate(object_words[:ISSUED_OBJECT_WORDS]):
        word = token.lower()
        if not token[0].isalnum() or word in _OBJECT_STOPS:
            return False  # "put it simply:", "filed for bankruptcy": no made thing as object
        if lemma(word) in MADE_THINGS and is_noun(word):
            after = matches[start + k + (particle is not None)].end()
            return not thing_says(rest[after:])
    return False


_ISSUED_TOKEN = re.compile(r"[\w'’-]+|[:\"“‘.;!?]")
