"""Who spoke last, as an article is read attribution by attribution: the bookkeeping behind "he
added", "they also maintained" and "..., adding that ...", which go on with an earlier speaker.

Why a module of its own: ``brief.actors.extract.read_article`` carried six loose variables for it,
updated at scattered points; here they change in one place, by what happened (a speaker resolved,
a source left unresolved).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brief.actors.added_reports import reported_by_last
from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.documents import quoted_document
from brief.actors.framing_pronouns import framing_pronoun
from brief.actors.fronted_clauses import in_fronted_clause
from brief.actors.issued_documents import ISSUED
from brief.actors.joint_signers import opening_document
from brief.actors.last_speaker import Speaker
from brief.actors.mentions import Mention
from brief.actors.office_holders import described_office
from brief.actors.passing_relatives import said_in_passing
from brief.actors.phrasing import simple_past
from brief.actors.proxies import spoke_for, voiced
from brief.actors.reported_speakers import reported_inside, same_voice, within_dash_aside
from brief.actors.sentence_subjects import clause_start
from brief.actors.speakers import described_expert, goes_on_unnamed, unnamed_people


@dataclass
class SpeakerChain:
    """The speakers of one block of an article so far, in reading order."""

    resolved: list[tuple[Attribution, Mention]] = field(default_factory=list)
    pending: list[tuple[Attribution, str]] = field(default_factory=list)
    """Experts described, not named, whom the lead may name next (``speakers.introduced_later``)."""
    offices: list[tuple[Attribution, str]] = field(default_factory=list)
    """A body's offices with no name, whose holder the next sentences may name (``office_holders``)."""
    unattributed: list[tuple[Attribution, str]] = field(default_factory=list)
    """Every source left unresolved, in order: a bare description among them may go back to one the
    page described with its noun (``self_described.described_later``)."""
    _previous: Mention | None = None
    _sentence: int = -1
    _voiced: bool = False
    _unnamed: tuple[int, str] | None = None  # the sentence of people described, not named, who spoke last
    _issued: tuple[str, Mention, int] | None = None  # who issued "a statement" last, its noun and its place
    _document: bool = False  # the last words were a document's ("the report said"), not its author's own
    _proxy: bool = False  # someone unnamed spoke for the last speaker ("a representative for Pike")
    _said_as: str = ""  # the pronoun the last speaker's words were framed with ("he said"), if any

    def last(self) -> Speaker | None:
        """The last speaker, for ``positions.resolve_source`` to go on with."""
        return (Speaker(self._previous, self._sentence, self._voiced, self._issued, self._document, self._proxy,
                        self._said_as) if self._previous else None)

    def outer(self) -> tuple[Attribution, Mention] | None:
        """The last attribution resolved, whose statement a later one may stand inside."""
        return self.resolved[-1] if self.resolved else None

    def participle_subject(self, cue: str, attribution: Attribution) -> Mention | None:
        """ "..., describing it as ...", "adding ...": a participle in the sentence of the last
        speaker shares the clause's subject."""
        verb = next((w for w in cue.lower().split() if not (len(w) > 4 and w.endswith("ly"))), "")
        if verb.endswith("ing") and self._sentence == attribution.sentence:
            return self._previous  # "Sasse told Hawk Sawyer, repeatedly calling for ...": Sasse, past the adverb
        return None

    def conjoined_subject(self, text: str, attribution: Attribution) -> Mention | None:
        """ "A spokeswoman said the offer was fair, and accused the union of ...", "It said it was
        “disappointed” and called the threat ...": a cue with no source that follows the last statement of
        its sentence with only "and" between is that speaker's next predicate (the model ended the
        statement there, so the "and" joins the main clause's verbs, not the reported clause's)."""
        if not self.resolved:
            return None
        before, mention = self.resolved[-1]
        if before.sentence != attribution.sentence or before.content[1] > attribution.cue[0]:
            return None
        source = attribution.source
        if source is not None and not (source[1] <= before.cue[0] and (before.source is None or overlaps(source, before.source)
                                                                        or before.source[1] <= source[0])
                                       or before.content[0] <= source[0] and source[1] <= before.content[1]):
            return None  # a source of its own; one the first cue's holds ("Former striker X said A and questioned B")
            # is shared, and one inside the first statement is its object ("thanked Pell for his efforts but said"),
            # as is one between the subject and the first cue, or before a first cue that had none of its own ("X cut
            # its forecast, blaming A, and said B": the model took the object of "cut" for the source of "said")
        if before.source is not None and any(overlaps(before.source, a.content) for a, _ in self.resolved[:-1]):
            return None  # "he asked about the Brotherhood, called ...": the earlier source was another's object
        end = max(before.content[1], before.cue[1])
        joint = _AND_ONLY.fullmatch(text, end, attribution.cue[0])
        if joint is None or (not joint.group("mark").strip() and _same_clause(text, before, attribution)):
            return None
        return mention

    def added_report(self, text: str, attribution: Attribution) -> Mention | None:
        """ "Mr Vane said .... Ivo Marten once sent ..., adding that ... Mr Vane's children": the last reporter's
        account goes on (``added_reports``)."""
        return reported_by_last(text, attribution, self.resolved)

    def goes_on_unnamed(self, text: str, attribution: Attribution) -> bool:
        """ "A phalanx of lawyers argued ... They also maintained": no actor speaks."""
        unnamed = self._unnamed
        if unnamed is None or not goes_on_unnamed(text, attribution, unnamed):
            return False
        self._unnamed = (attribution.sentence, unnamed[1])  # each "he said" keeps them the last to speak
        return True

    def same_as_unnamed(self, text: str, attribution: Attribution) -> bool:
        """ "“...?” one Western official asks. ... “...,” the same official explains": "the same" official is the one
        who spoke last, unnamed, not an official the article named before (Naseem Akbar, "a former official"): no
        actor speaks."""
        same = _THE_SAME.fullmatch(" ".join(text[attribution.source[0] : attribution.source[1]].split())
                                   ) if attribution.source else None
        if same is None or not self.unattributed:
            return False
        last = self.unattributed[-1][0]
        if last.source is None or (self.resolved and self.resolved[-1][0].cue[0] > last.cue[0]):
            return False  # someone spoke after the unnamed one
        return same.group(1).lower() in _CLAUSE_WORD.findall(text[last.source[0] : last.source[1]].lower())

    def unresolved(self, text: str, attribution: Attribution, cue: str) -> None:
        """A source no actor stands for: an expert the lead may name next, or people described."""
        self.unattributed.append((attribution, cue))
        if described_expert(text, attribution):
            self.pending.append((attribution, cue))
        elif described_office(text, attribution):
            self.offices.append((attribution, cue))
        described = unnamed_people(text, attribution)
        reported = bool(self.resolved) and within_content(self.resolved[-1][0], attribution.cue[0])
        if described and not reported:  # "Moore told ABC that a resident had said to her, ...": Moore speaks last
            self._unnamed = (attribution.sentence, described)

    def spoke(self, text: str, attribution: Attribution, mention: Mention) -> None:
        """The attribution's words are the mention's: they speak last now, unless the words are reported inside the
        last speaker's own ("He notes that the Commission announced ...": the one who notes goes on speaking)."""
        self._unnamed = None
        outer = self.resolved[-1] if self.resolved else None
        self.resolved.append((attribution, mention))
        if in_fronted_clause(text, attribution):
            return  # "When another fan joked about the pair, she added": the one who spoke before goes on
        if reported_inside(outer, self._previous, attribution, mention):
            return  # "X told MPs the money came after Y told him ...": X, who reports Y's words, goes on
        if self._previous is not None and self._previous.kind == "person" and within_dash_aside(text, *attribution.cue):
            return  # "... for Hodgson - his predecessor Sanchez insisted on ... - but": Hodgson, who spoke before, goes on
        if self._previous is not None and self._previous.kind == "person" and said_in_passing(text, attribution):
            self._sentence = attribution.sentence  # the sentence is narration of the last speaker's story
            return  # "This contradicts statements by Thibault, who said ...": the one who spoke before goes on
        self._voiced = (mention.kind == "person" or voiced(text, attribution)
                        or (mention is self._previous and self._voiced))
        # "the report described ..., stating ...": a participle with no source goes on with the document
        through = (quoted_document(text[attribution.source[0] : attribution.source[1]]) if attribution.source
                    else self._document and mention is self._previous)
        # "X's spokesman said the mayor had asked ...": the spokesman still speaks for X
        self._proxy = spoke_for(text, attribution, mention) or (
            self._proxy and same_voice(outer, self._previous, attribution, mention))
        self._said_as = framing_pronoun(text, attribution) or (self._said_as if mention is self._previous else "")
        self._previous, self._sentence, self._document = mention, attribution.sentence, through
        start = min(attribution.cue[0], attribution.content[0], *(attribution.source or ()))
        document = _DOCUMENT.search(text, start, max(attribution.cue[1], attribution.content[1]))
        if document is not None:
            self._issued = (document.group(1).lower(), mention, document.start(1))
        elif attribution.source is not None:  # "In an open letter, stars including X call on ...": X's letter
            framed = opening_document(text, clause_start(text, start), attribution.source[0], ISSUED)
            self._issued = (framed[0], mention, framed[1]) if framed is not None else self._issued


_AND_ONLY = re.compile(r"(?P<mark>[”\"]?\s*,?)\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?")
"""Only "and" (a closing mark and a comma before it, an adverb after it) between a statement's end and a cue."""
_DOCUMENT = re.compile(rf"\b(?:a|an|its|their|his|her|the)\s+(?:[a-z]+\s+)?({'|'.join(sorted(ISSUED))})\b", re.I)
"""A document a speaker issues in the frame of their words: "denied it in a statement"."""


def within_content(outer: Attribution, at: int) -> bool:
    """Whether a position lies inside an attribution's words (a cue of speech it reports)."""
    return outer.content[0] <= at < outer.content[1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_THE_SAME = re.compile(r"the\s+same\s+([A-Za-z]+)", re.I)
"""A source that refers back by its noun ("the same official")."""


def _same_clause(text: str, before: Attribution, attribution: Attribution) -> bool:
    """ "told the jury Roof stood over her ... and asked her": with a bare "and" (no comma, no closing mark),
    a cue in the past after a reported clause whose verb is a lexical past too may be that clause's next
    verb, its subject the reported one; "said he would order a review and warned", "said the club had lost
    its way and questioned" differ in form and stay the speaker's."""
    cue = _CLAUSE_WORD.findall(text, *attribution.cue)
    if not cue or not simple_past(cue[0]):
        return False
    verb = next((w for w in _CLAUSE_WORD.findall(text, *before.content) if finite_word(w) or _CONTRACTED.match(w)), None)
    return verb is not None and simple_past(verb)  # "he’d battled" is "had battled": an auxiliary first


_CONTRACTED = re.compile(r"^(?:he|she|it|they|we|i|you|who|that)['’](?:d|s|ve|ll|re|m)$", re.I)
"""A pronoun with its auxiliary ("he’d", "she's"): the clause's finite verb is that auxiliary."""
