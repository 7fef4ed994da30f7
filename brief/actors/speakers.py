"""Speakers the attribution model and the tagger leave unresolved, found from how news frames them.

Three frames, each seen across many sites:

- a speaker the name tagger missed, named where a source stands ("Levi Pay, a former director of
  ..., says:", "Ex-environment secretary Theresa Villiers says"): the capitalised name there is
  a person (or, ending in an organisation word, an organisation), and later "Pay says" is them;
- a quotation that goes on in the next sentence or paragraph with no cue of its own
  (“...,” says X, a spokesperson. “We're just throwing darts at the wall.”): the same speaker;
- an interview's speaker labels ("Thomas Malone: A supermind is ..."): the paragraph is theirs;
- a clause that names the source ("As AnandTech reports, ...", "In Dr. Shadlen's words, ...");
- a statement cut short by a report inside it ("X said she and some neighbours worried that ...");
- a body that spoke through a person ("a spokesperson for X"), whom "he added" goes on with;
- people described, not named ("a phalanx of British lawyers argued"), whom "they" goes on with;
- a relative "who" as the source ("a reply from Julia Blystone, who confirmed that ..."): the name
  before its comma;
- an expert described in a lead, then named ("A top US health expert is warning ... Prof X, director
  of ..., says:"): the lead's words are theirs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.actors.acquainted_sources import person_before_acquaintance
from brief.actors.announcing_cues import cues_blocking
from brief.actors.attribution import Attribution
from brief.actors.cues import PRONOUNS
from brief.actors.describing import source_phrase
from brief.actors.gazetteer import MONTHS_DAYS, ORG_WORDS, TITLES
from brief.actors.gender import FEMALE, MALE, WORD_GENDER, first_names
from brief.actors.initials_bodies import initials_by_noun
from brief.actors.inverted_views import NAME_REACH, inverted_views, officer_named
from brief.actors.last_speaker import PRONOUN_REACH
from brief.actors.later_frames import later_frame
from brief.actors.led_bodies import led_body
from brief.actors.lone_officials import kept_anonymous
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import METONYMS, Mention, normalise
from brief.actors.missed_names import body_shaped, remit_start
from brief.actors.name_words import trade_before
from brief.actors.person_nouns import inverted_description, one_person
from brief.actors.place_context import street_kind
from brief.actors.plural_names import plural_name
from brief.actors.quoted_runs import quoted_run_start
from brief.actors.relative_source import relative_source
from brief.actors.remarks_after import remarks_owner
from brief.actors.sentence_openings import after_title, heading, sentence_opening
from brief.actors.sentence_subjects import description_before_relative_clause
from brief.actors.short_forms import club_short_name
from brief.actors.single_marks import SINGLE_MARKS, inner_pairs_close
from brief.actors.source_words import BODY_VOICES, BODY_WORDS, EXPERTS, ORG_NOUNS, PRIVATE_PEOPLE, TRADE_NOUNS
from brief.actors.spoken_sentences import sentence_speakers
from brief.actors.unofficial_sources import named_tie
from brief.actors.whole_quotes import CLOSING, paragraph_end, quotation_end
from brief.model import Sentence
from brief.text.language import stop_words

MIN_POSITION_WORDS = 3
"""A position's content has at least this many words: "he said so", "she added that" state nothing."""

NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.)"
_NAME_RUN = re.compile(rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}")
MAX_NAME_WORDS = 4
"""A person's name runs to four words ("Carissa F. Etienne", "Juan Carlos de la Cruz" aside)."""
_PARTICLES = "de la le les du des van von der den da di del della dos das pour et y of for the"
"""Lower-case words inside a name, between its capitalised words ("Juan Carlos de la Cruz", "Action pour
les Enfants", "Friends of the Earth"): the tagger often misses such a name, and the run ends at them."""
MAX_PARTICLES = 2
"""Particles in a row inside a name ("de la", "of the"); more is a clause."""
_PARTICLED_RUN = re.compile(rf"{NAME_WORD}(?: (?:(?:{'|'.join(_PARTICLES.split())}) ){{0,{MAX_PARTICLES}}}{NAME_WORD})*")


def plain_name(words: list[str]) -> bool:
    """Capitalised words that are not common words, months or titles: a name, not "The Lords"."""
    common = stop_words("en") | PRONOUNS
    return all(w.lower().rstrip(".") not in common and w.lower() not in MONTHS_DAYS and w.lower() not in TITLES
               for w in words)


def _mention(article: int, sentence: int, start: int, surface: str, index: MentionIndex,
             body: bool = False) -> Mention | None:
    """A mention of ``surface``, if a name; a body's after a body noun ("the group Action pour les Enfants")."""
    words = surface.split()
    titled = False
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES or words[0] == "Miss"):
        start += len(words[0]) + 1  # "Dr Anthony Fauci": the name after the title; "Miss Grant", no gazetteer's
        surface = surface[len(words[0]) + 1 :]
        words = words[1:]
        titled = True
    if trade_before(words):  # "Promoter Live Nation said", tagged no name: the name after its trade, a body's
        start, surface, words = start + len(words[0]) + 1, surface[len(words[0]) + 1 :], words[1:]
        body = body or words[0] not in first_names()  # unless a given name opens it ("Promoter Eddie Hearn")
    capitalised = [w for w in words if w[:1].isupper()]
    if not words[0][:1].isupper() or not plain_name(capitalised) or words[-1].endswith(".") or len(capitalised) > MAX_NAME_WORDS:
        return None
    body = body or len(words) == 1 and club_short_name(surface, index.mentions)  # "United said": Manchester United
    if len(words) == 1 and surface not in index.surnames and not body and not titled:  # a full name's surname, a
        return None  # title's name ("Lord Sugar"), a body's: what one capitalised word names
    name = normalise(surface)
    if name not in METONYMS and street_kind(words, []) is not None:
        return None  # "Queen Street": a place, which says nothing
    kind = ("organization" if body or words[-1].lower() in ORG_WORDS or name in METONYMS or body_shaped(capitalised)
            else "person")  # "Downing Street", "Network Rail"
    return Mention(article, sentence, start, start + len(surface), normalise(surface), surface, kind)


NAMING_BODIES = (ORG_NOUNS | BODY_WORDS | TRADE_NOUNS) - frozenset({"police", "army", "military", "government", "administration"})
"""Nouns after which a name the tagger missed is a body's ("the anti-pedophile group Action pour les
Enfants"); not a force or a government, after which a name is as often a person's ("police Sergeant
Abe Smith")."""


_VOICE_OF = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}|No\.?\s10|Number\s10)\s+"
                       rf"(?:{BODY_VOICES})\s*$")
"""Someone who speaks for a body written as a modifier: "a Government spokesperson", "a No 10
spokesman" (Downing Street's, ``SEAT_NUMBERS``)."""
SEAT_NUMBERS = re.compile(r"No\.?\s10|Number\s10")
"""The British prime minister's office by its door number: Downing Street ("No 10 said")."""
_SEAT_ALONE = re.compile(rf"({SEAT_NUMBERS.pattern})\s*$")
_ARTICLE_LED = re.compile(rf"The {NAME_WORD}(?:(?: (?:of|for|and|the))* {NAME_WORD})+$")
"""A capitalised run of two names or more led by "The" ("The Ancient Order of Hibernians", "The Transport
Workers Union"): a body's name, as a person's never is; the tagger often misses such a name before a cue."""
ENDED = re.compile(r"[.!?…][\"”’']?\s*$")


def missed_speaker(text: str, attribution: Attribution, index: MentionIndex, sentence: Sentence,
                   article: int) -> Mention | None:
    """The speaker's name where the tagger found none: the name that ends the source ("secretary
    Theresa Villiers"), or the one that opens a sentence and reaches its cue past an apposition
    ("Levi Pay, a former director of ..., who now advises ..., says:"). A name alone before its cue
    counts only in a finished sentence: a line with no full stop is a link or a caption ("- Piers
    Morgan tells viewers ... Wales Online"), unless a title names the speaker ("secretary X says"),
    and never in a line the sentence splitter left out as page furniture."""
    if not sentence.start <= attribution.cue[0] < sentence.end:
        return None  # a line the splitter left out of the article's sentences (a link list, a caption)
    relative = relative_source(text, attribution, index) or plural_name(text, attribution, index, sentence.index, article)
    if relative is not None:
        return relative  # "a reply from X, who confirmed"; "The Conservatives accused"
    voice = (_VOICE_OF.match(text, *attribution.source) or _SEAT_ALONE.match(text, *attribution.source)) if attribution.source else None
    if voice is not None and not index.within(voice.span(1)) and voice.group(1).lower() not in PRONOUNS and not (
            voice.group(1) in index.surnames and named_tie(text, voice.start(1))):  # "the Quell source": who knows Quell
        name = voice.group(1)  # "a Government spokesperson said": the body speaks
        named = "Downing Street" if SEAT_NUMBERS.fullmatch(name) else normalise(name)
        return Mention(article, sentence.index, voice.start(1), voice.end(1), named, name, "organization")
    if attribution.source is not None:
        start, end = attribution.source
        initials = initials_by_noun(text[start:end])
        if initials is not None and not index.overlapping((start + initials[0], start + initials[1])):
            surface = text[start + initials[0] : start + initials[1]]  # "the GMB union has warned": the union
            return Mention(article, sentence.index, start + initials[0], start + initials[1], surface, surface,
                           "organization")
        if not index.within((start, end)) and not index.overlapping((start, end)):
            run = _last_run(text, start, end)
            run = (remit_start(text, *run), run[1]) if run is not None else None  # "Customs and Border Protection"
            article_led = run is not None and _ARTICLE_LED.match(text, *run) is not None
            if run is not None and article_led:
                run = (run[0] + len("The "), run[1])  # "The Ancient Order of Hibernians is demanding": a body
            if run is not None:
                titled = re.search(r"\b([a-z]+)\s+$", text[start : run[0]])
                if ((titled and titled.group(1) in TITLES) or ENDED.search(sentence.text)) and not heading(text, attribution, run, sentence.start):
                    body = (article_led or titled is not None and titled.group(1) in NAMING_BODIES
                            or led_body(text, run[1]))  # "Unite, led by ..."
                    return _mention(article, sentence.index, run[0], text[run[0] : run[1]], index, body)
    line_start = sentence_opening(text, attribution.cue[0])
    head = text[line_start : attribution.cue[0]]
    if not head.rstrip().endswith(","):
        return None
    lead = re.match(r"[\s\-–—•*]*", head)
    first = line_start + (lead.end() if lead else 0)
    named_from = after_title(text, first)  # "Ms. Simonyan, the network's editor, says": the title's name
    run_match = _NAME_RUN.match(text, named_from)
    if run_match is None or text[run_match.end() : run_match.end() + 1] != ",":
        return None
    if index.within(run_match.span()) or index.overlapping(run_match.span()):
        return None  # named already: the resolver had its chance
    if len(run_match.group().split()) < 2 and named_from == first:
        return None  # "However, ... said": a sentence adverb, not a name
    return _mention(article, sentence.index, first, text[first : run_match.end()], index, led_body(text, run_match.end()))


def _last_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised run that ends the source span, preceded by its start or a lower-case word."""
    phrase = text[start:end].rstrip(" ,")
    best = None
    for match in _PARTICLED_RUN.finditer(phrase):
        best = match
    if best is None or best.end() != len(phrase):
        return None
    before = phrase[: best.start()].rstrip()
    if re.search(r"\b(?:with|in|on|at|from|by|of|for|to|into|about|like)(?: the)?$", before):
        return None  # "according to new benchmarking with Watch Dogs", "an article in the X Register": a thing
    if before and not re.search(r"(?:^|\s)(?:[a-z][\w-]*|[A-Z][a-z]*-[a-z]+|Mr|Mrs|Ms|Dr|Prof|\S+['’]s)\.?$", before):
        return None  # "In Clon Casey's Bar": not a name standing alone ("the ACLU's Jay Stanley" is one)
    if sum(w[:1].isupper() for w in best.group().split()) > MAX_NAME_WORDS:
        return None
    return start + best.start(), start + best.end()


CONTINUED_SENTENCES = 8
"""How many sentences a quotation may go on with no cue after its attribution (a speaker's quotes
run over a few paragraphs, as ``last_speaker.SPEAKER_REACH`` counts them)."""
_OPENING = re.compile(r"[\s\-–—•*]*[“\"‘']")


def quotes_to_its_end(sentence: str) -> bool:
    """Whether a sentence is a quotation: it opens with a quote mark that closes at its end or not
    at all (the quote goes on). '"Proactive and robust" measures must be taken' quotes a phrase
    inside the writer's own sentence."""
    opening = _OPENING.match(sentence)
    if opening is None:
        return False
    if _left_open(sentence, opening.end()):
        return True
    closing = CLOSING[sentence[opening.end() - 1]].search(sentence, opening.end())
    return closing is None or not sentence[closing.end() :].strip(" .,!?;:…\"”’'")


def _left_open(sentence: str, after: int) -> bool:
    """Whether the double mark that opens a sentence never closes in it, though marks follow: they
    pair among themselves, a title or a phrase quoted inside the speaker's words ('"We call it "the
    bridge" here.'), and the quotation runs on to the next paragraph. Straight marks are left open
    when their count is odd; curly ones when fewer close than open; single ones as
    ``single_marks.inner_pairs_close`` pairs them."""
    mark = sentence[after - 1]
    rest = sentence[after:]
    if mark == '"':
        return rest.count('"') % 2 == 0 and '"' in rest
    if mark == "“":
        return "”" in rest and rest.count("”") <= rest.count("“")
    return mark in SINGLE_MARKS and inner_pairs_close(rest, mark)


@dataclass(frozen=True)
class Continued:
    """A sentence that goes on with the quotation of the speaker before it."""

    mention: Mention
    sentence: int  # position in the block's sentences
    span: tuple[int, int]  # what was said
    label: tuple[int, int] = (0, 0)  # the speaker's label, where a label names them
    cue: str = ""  # the words that frame it, where they are not a cue of the model's


def continued_quotes(text: str, sentences: Sequence[Sentence], resolved: Sequence[tuple[Attribution, Mention]],
                     cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Sentences that open with a quote mark and hold no cue of their own, right after a sentence
    whose attribution was resolved (or one that goes on so), in the same paragraph or in a new
    paragraph with no cue: the same speaker goes on. A paragraph that holds a cue may be another
    speaker's (“A. B,” said Y), so it is left to the model."""
    speaker = sentence_speakers(sentences, resolved)
    out: list[Continued] = []
    run = 0
    inside: set[int] = set()  # sentences within a quotation that a continued sentence opened
    for k in range(1, len(sentences)):
        s, prev = sentences[k], sentences[k - 1]
        if k in inside:
            continue
        if k in speaker:
            run = 0
            continue
        if k - 1 not in speaker or run >= CONTINUED_SENTENCES or not quotes_to_its_end(s.text):
            continue
        line_end = paragraph_end(text, s.start)
        new_paragraph = "\n" in text[prev.end : s.start]
        opening = _OPENING.match(s.text)
        open_on = opening is not None and CLOSING[s.text[opening.end() - 1]].search(s.text, opening.end()) is None
        # a new paragraph, or a quote that runs on past this sentence, may end with another's cue
        blocked = (s.start, line_end) if new_paragraph or open_on else (s.start, s.end)
        later = later_frame(text, s.start, resolved)  # “A. (¶) “B,” X concluded: X's
        closed = quotation_end(text, s.start + opening.end(), s.text[opening.end() - 1], line_end)[0] if open_on and opening else s.end
        # “A. C.” Y added: “B.”: Y's cue frames B, not A (brief.actors.announcing_cues)
        if later is None and any(c0 < blocked[1] and blocked[0] < c1 for c0, c1 in cues_blocking(text, cues, closed)):
            continue
        speaker[k] = later or speaker[k - 1]
        run += 1
        if open_on and opening is not None:  # whole_quotes widens its span to where it closes
            end, _ = quotation_end(text, s.start + opening.end(), s.text[opening.end() - 1], line_end)
            for j in range(k + 1, len(sentences)):
                if sentences[j].start >= end:
                    break
                speaker[j] = speaker[k]  # “A. B. C.”: the quotation's further sentences are said too
                inside.add(j)
        out.append(Continued(speaker[k], k, (s.start, s.end)))
    return out


_FRAME = re.compile(
    r"[\s\-–—•*]*(?:(?P<as>As)\s+(?P<a>[^,]{2,60}?)\s+(?P<verb>reports|reported|says|said|notes|noted|writes|wrote|"
    r"explains|explained|puts it|put it|points out|pointed out)"
    r"|(?P<in>In)\s+(?P<b>[^,]{2,60}?)['’]s?\s+(?:own\s+)?words)\s*,\s+(?=\S)"
)


def framing_clauses(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """ "As AnandTech reports, SDK is the world's largest maker of platters"; "In Dr. Shadlen's
    words, “Could the moment ...”": a sentence that opens with a clause naming its source says the
    rest in that source's name (the cue model reads "reports" there as the verb of a clause, and
    "words" as no cue at all). The name must be one the article names (an actor)."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        frame = _FRAME.match(s.text)
        if frame is None:
            continue
        group = "a" if frame.group("as") else "b"
        span = (s.start + frame.start(group), s.start + frame.end(group))
        named = [m for m in index.within((span[0], span[1] + 2)) if not m.demonym and m.kind != "place"]
        if not named or named[-1].end < span[1] - 2:
            continue  # the name must end the clause's subject ("As the report says": no one named)
        cue = frame.group("verb") if frame.group("as") else "said"
        out.append(Continued(named[-1], k, (s.start + frame.end(), s.end), cue=cue))
    return out


_JOINED = re.compile(r"\s*(?:(?:and|or|,)\s*)?")


def reported_within(text: str, outer: Attribution, inner: Attribution) -> bool:
    """Whether an unresolved attribution stands inside the statement of the one before it, cut
    short by it: "Delgado said [she] and some neighbors worried that ..." (the outer content ends
    where the inner source begins, joined by "and" or a comma, in the same sentence)."""
    if inner.source is None or outer.sentence != inner.sentence or outer.content[0] < outer.cue[1]:
        return False
    short = len(text[outer.content[0] : outer.content[1]].split()) < MIN_POSITION_WORDS
    return short and _JOINED.fullmatch(text, outer.content[1], inner.source[0]) is not None


_PLURAL_PEOPLE = frozenset({"men", "women", "children", "people", "youth"})
_MEN = frozenset({"man", "boy", "father"})
_WOMEN = frozenset({"woman", "girl", "mother"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "our"})
"""'the doctor', 'the father' refer back to someone the article may have named; 'a doctor' does not."""
_INDEFINITE = frozenset({"a", "an", "one", "another"})
"""Words that bring in someone new: "a nurse", "one nurse", "another nurse" is no one named before."""
_SINGLED_OUT = frozenset({"one", "another"})
"""Of those, the ones that single out one of several: someone new a later "she said" goes on with only when kept
anonymous ("One nurse, who asked not to be named, said"), as a source who will speak on; "one questioner claimed"
is someone a named speaker answers."""


def unnamed_people(text: str, attribution: Attribution) -> str:
    """ "a phalanx of British lawyers argued", "a North Korean man said", "a police spokesman said",
    "A neighbour, who asked not to be named, said": people described, not named, whom no actor stands for. Returns the pronouns that go on with them ("they", "he or
    she"), or "" when the source is no such description: "(during the trial) the doctor" may be
    someone the article named."""
    described = description_before_relative_clause(text, attribution.cue[0])
    if described is not None and (attribution.source is None or attribution.source[0] >= described[1]):
        attribution = dataclasses.replace(attribution, source=described)  # "A neighbour, who asked not to be named,"
    inverted = inverted_description(text, attribution.cue[1]) if attribution.source is None else None
    if inverted is not None:  # "“...,” said a young coachwoman who came ...": the model tagged no source
        attribution = dataclasses.replace(attribution, source=inverted)
    phrase = source_phrase(text, attribution)
    if phrase is None:
        return ""
    words = re.findall(r"[a-z]+", text[phrase[0] : phrase[1]].lower())
    placed = next((k for k, w in enumerate(words) if k > 1 and w in _LOCATING), None)
    if placed is not None and (words[placed - 1] in PRIVATE_PEOPLE | EXPERTS
                               or words[placed - 2] in _INDEFINITE and one_person(words[placed - 1])):
        words = words[:placed]  # "one student at Duke University in Durham", "one nurse at St Mary's": the person
    words = person_before_acquaintance(words)  # "a source close to the probe": the source
    article = next((w for w in reversed(words) if w in _DEFINITE or w in _INDEFINITE), "")
    if article in _SINGLED_OUT and not kept_anonymous(text, phrase[1]):
        article = ""  # "one questioner claimed ... “You're right,” he said": the answer, not the questioner's
    if len(words) == 1 and words[0] in EXPERTS and words[0].endswith("s"):
        return "they"  # "scientists believe", "researchers predicted": experts in general
    if len(words) < 2 or article in _DEFINITE:
        return ""
    head = words[-1]
    if head not in PRIVATE_PEOPLE | EXPERTS:
        if article not in _INDEFINITE or head.endswith("s") or not one_person(head):
            return ""
        return _HE_OR_SHE.get(WORD_GENDER.get(head, ""), "he or she")  # "a police spokesman", "a neighbour"
    if head.endswith("s") or head in _PLURAL_PEOPLE:
        return "they"
    return "he" if head in _MEN else "she" if head in _WOMEN else "he or she"


_HE_OR_SHE = {MALE: "he", FEMALE: "she"}
"""The pronoun that goes on with one person described by a gendered noun ("a spokeswoman": "she")."""


_LOCATING = frozenset("at in from near".split())
"""Prepositions after which a description of people says where they are, not who ("a student at ...")."""


def goes_on_unnamed(text: str, attribution: Attribution, unnamed: tuple[int, str] | None) -> bool:
    """ "A phalanx of British lawyers argued ... They also maintained ...": a bare pronoun just after
    people described, not named, is them; not the last body named (the court they argued before)."""
    if unnamed is None or attribution.source is None or unnamed[0] < attribution.sentence - PRONOUN_REACH:
        return False
    word = text[attribution.source[0] : attribution.source[1]].strip().lower()
    return word in unnamed[1].split(" or ")


INTRODUCED_REACH = 4
"""Sentences after "a top expert is warning" within which the lead names the expert ("Prof X, director
of ..., says:"); a link box or a caption may stand between them."""


def described_expert(text: str, attribution: Attribution) -> bool:
    """ "A top US public health expert is warning": one expert, described, not named."""
    phrase = source_phrase(text, attribution)  # out to its head noun: "a top US public | health expert"
    if phrase is None or unnamed_people(text, attribution) in ("", "they"):
        return False  # "the expert" may be named before; "analysts say" are many, none named
    words = re.findall(r"[a-z]+", text[phrase[0] : phrase[1]].lower())
    return bool(words) and words[-1] in EXPERTS


def introduced_later(text: str, pending: Sequence[tuple[Attribution, str]],
                     resolved: Sequence[tuple[Attribution, Mention]], index: MentionIndex) -> list[Continued]:
    """ "A top US public health expert is now warning that ... . Prof Gavin Yamey, director of ...,
    says: ...": a lead describes an expert, then names them. The description's words are the next
    speaker's, if that is a person named there for the first time (someone named before would have
    been named in the lead too), and not one described as a private person ("a professor told the
    class ... . Another student, Brittany, said": a student is not the professor)."""
    found = []
    for attribution, cue in pending:
        later = next(((a, m) for a, m in resolved if a.sentence > attribution.sentence), None)
        if later is None or later[0].sentence > attribution.sentence + INTRODUCED_REACH:
            continue
        source = later[0].source
        if source is not None and set(re.findall(r"[a-z]+", text[source[0] : source[1]].lower())) & PRIVATE_PEOPLE:
            continue
        mention = later[1]
        if mention.kind == "person" and not any(n.name == mention.name and n.start < mention.start
                                                for n in index.mentions):
            found.append(Continued(mention, attribution.sentence, attribution.content, cue=cue))
    return found


_VIEW_OF = re.compile(
    r"[\s\-–—•*]*(?:(?:That|This|Such|Those|These)\s+(?:is|was|are|were|has\s+been|have\s+been|remains)\s+(?:the|a)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:view|warning|message|verdict|assessment|opinion|conclusion|argument|prediction|belief|"
    r"position|advice|stance|claim|case|words|sentiments|thoughts)\b(?:\s+[a-z]+){0,5}?\s+(?:of|from|by)|So\s+says|So\s+said|"
    r"(?:That|This)(?:\s+is|\s+was|['’]s)\s+how|(?:The|Those|These)\s+(?:[a-z-]+\s+){0,2}?(?:words|warning|message|comments|"
    r"remarks|plea|appeal|verdict|criticism)\s+came\s+from)"
    r"\s+(?:the\s+)?(?P<described>(?:[a-z][\w-]*\s+){0,5}?)"
    r"(?P<name>(?![a-zß-ÿ])[^\W\d_][\w’'-]*(?:\s+[“\"‘][^”\"’]{1,30}[”\"’])?(?:\s+[A-Z][\w’'-]*){0,3})"
)
VIEW_CUE = "said"
"""The cue of words named as someone's view after the fact: they said them."""


def views_named_after(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """ "It will be a challenging task for the team ... . That is the view of football coach Renaldo
    “Peewee” Gilkes"; "... a drastic lockdown is needed. That was the stark warning contained in the
    letter from the CMO": the sentence before is the named speaker's. The name is an actor the
    article names there, or a person's name of two words or more the tagger missed."""
    out: list[Continued] = []
    for k in range(1, len(sentences)):
        s = sentences[k]
        view = _VIEW_OF.match(s.text)
        owner = remarks_owner(text, s, index) if view is None and quotes_to_its_end(sentences[k - 1].text) else None
        if owner is not None:  # "“...” Union leader Jane Obi made the remarks at a rally": hers
            out.append(Continued(owner, k - 1, (sentences[k - 1].start, sentences[k - 1].end), cue=VIEW_CUE))
        if view is None:
            continue
        start, end = s.start + view.start("name"), s.start + view.end("name")
        named = [m for m in index.within((start, end + 1)) if m.start == start and not m.demonym and m.kind != "place"]
        named = named or [m for m in index.within((start, s.end)) if m.kind == "person" and m.start - start <= NAME_REACH
                          and not re.search(r"[,.;:!?]", text[start : m.start])]  # "the message from Dunmere coach Ada Quinn"
        mention = officer_named(text, named[0], index, s.end) if named else _view_holder(
            text, start, end, index, article=s.article, sentence=s.index)
        if mention is not None:  # a quotation of several sentences from its opening mark
            before = sentences[k - 1]
            out.append(Continued(mention, k - 1, (quoted_run_start(text, sentences, k - 1), before.end), cue=VIEW_CUE))
    return out + [Continued(m, k, span, cue=c) for m, k, span, c in inverted_views(text, sentences, index, VIEW_CUE)]


def _view_holder(text: str, start: int, end: int, index: MentionIndex, article: int, sentence: int) -> Mention | None:
    """A person's name the tagger missed, a nickname in quotes left out of it ("Renaldo Gilkes")."""
    written = text[start:end]
    words = re.sub(r"\s+[“\"‘][^”\"’]*[”\"’]", "", written).split()
    if len(words) < 2 or len(words) > MAX_NAME_WORDS or not plain_name(words) or index.overlapping((start, end)):
        return None
    return Mention(article, sentence, start, end, normalise(" ".join(words)), written, "person")
