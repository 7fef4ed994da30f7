"""Where what was said stops when the sentence's next clause is not the source's: a clause of another
subject after a closed quotation ("..., but trust members questioned whether ..."), or the main clause of
an inverted sentence ("Only when X explained that it was unpalatable did he decide against it").

The cue model ends a content at the sentence's end unless a mark tells it otherwise; these clauses carry
no mark it knows. ``clause_ends`` runs them with ``content_ends``' relative-speaker and quote-then-deed
rules, in the order ``brief.actors.extract`` ran those two.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.as_comparisons import before_elliptic_as
from brief.actors.attribution import Attribution
from brief.actors.concessive_acts import before_concessive_act
from brief.actors.content_ends import finite_word, open_quotation, quote_then_deed, relative_speaker_content
from brief.actors.frame_tails import writer_tail
from brief.actors.fronted_contents import main_clause_after_fronted
from brief.actors.quoted_glosses import before_quoted_gloss
from brief.actors.speaker_next_acts import before_main_clause, before_next_act
from brief.actors.statements import QUOTE_MARKS
from brief.actors.subject_cues import subject_cue_content
from brief.actors.summary_appositives import before_summary_appositive, judged_complement
from brief.actors.unsaid_clauses import before_unsaid_clause
from brief.actors.with_absolutes import before_with_absolute
from brief.actors.writer_hedges import before_writer_hedge
from brief.text.lexicon import AUXILIARY_VERBS

_INVERTING_OPENER = re.compile(r"[\s\"“‘'(]*(?:only\s+(?:when|after|once|if|because|by|then|later)|not\s+until)\b", re.I)
"""The negative or restrictive adverbial that makes the main clause after it inverted ("Only when ...
did he", "Not until ... would they")."""
_INVERTED = re.compile(r"[\s,]+(?:did|does|do|would|will|could|can|should|might|must|was|were|is|are|had|has|have)"
                       r"\s+(?:he|she|they|we|I|it|you|the|this|that|his|her|their|its|our|[A-Z][\w'’-]+)\b")
"""An auxiliary with its subject after it: the inverted main clause's opening ("did he decide")."""


def inverted_main_clause(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Only when his strategist explained that it was unpalatable did he decide against it": the
    explanation is the fronted adverbial's clause; "did he decide" opens the sentence's main clause, the
    writer's, and what was said stops before it."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or sentence_start > attribution.cue[0]:
        return attribution
    if _INVERTING_OPENER.match(text, sentence_start, attribution.cue[0]) is None:
        return attribution
    for inverted in _INVERTED.finditer(text, start, end):
        if not open_quotation(text[start : inverted.start()]) and inverted.start() > start:
            return dataclasses.replace(attribution, content=(start, inverted.start()))
    return attribution


_CONTRASTED = re.compile(r"\s*,?\s*(?:but|while|whereas|although|though|yet)\s+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
SUBJECT_WORDS = 5
"""Words a clause's subject between "but" and its verb runs to ("trust members", "the club's own
lawyers"); longer stretches are left alone (set by hand)."""


def quote_then_other_clause(text: str, attribution: Attribution) -> Attribution:
    """ "pledged that the department “would be able to track towards that standard,” but trust members
    questioned whether ...": a quotation closed right before "but" (or "while", "whereas" ...) and a
    clause with a subject and verb of its own: the marks show where the source's words stopped, and the
    next clause is the writer's account of someone else."""
    start, end = attribution.content
    if start < attribution.cue[1]:
        return attribution
    for mark in _CLOSING_MARK.finditer(text, start + 1, end):
        if not open_quotation(text[start : mark.start()]):
            continue  # an opening mark, or a closing one of no quotation in the content
        joint = _CONTRASTED.match(text, mark.end(), end)
        if joint is None:
            continue
        words = list(_WORD.finditer(text, joint.end(), end))[: SUBJECT_WORDS + 1]
        verb = next((i for i, w in enumerate(words) if finite_word(w.group())), None)
        if verb is None or verb == 0 or words[0].group().lower() in AUXILIARY_VERBS or words[0].group() == "that":
            continue  # "“...,” but said ...": the source's own next act; "but is ...": the quotation's clause;
            # "but that the decision was ...": a second clause of the same cue ("wrote that ... but that ...")
        whole = text[start] in "“\"" and not QUOTE_MARKS.search(text, start + 1, mark.start())
        return dataclasses.replace(attribution, content=(start, mark.end()), quote=attribution.quote or whole)
    return attribution


_CLOSING_MARK = re.compile("[”\"]")



def clause_ends(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The content cut at the first clause that is not the source's: a relative speaker's main clause, an
    inverted main clause, the main predicate after a cue in the sentence's subject (``subject_cues``), another
    subject's clause after a closed quotation, the speaker's next deed, the writer's ", but it didn't say"
    (``unsaid_clauses``), the writer's hedged ", so maybe ..." (``writer_hedges``), an object's ", as it has
    ..." (``as_comparisons``) and another person's ", with Minister X warning ..." (``with_absolutes``)."""
    attribution = before_writer_hedge(text, relative_speaker_content(text, attribution, sentence_start))
    attribution = before_quoted_gloss(text, attribution)  # "“...,” perhaps hinting that ...": the writer's reading
    attribution = before_elliptic_as(text, attribution)
    attribution = subject_cue_content(text, inverted_main_clause(text, attribution, sentence_start), sentence_start)
    attribution = writer_tail(text, attribution, sentence_start)  # "..., Marsh added, although ...": the writer's
    attribution = before_summary_appositive(text, attribution)  # "..., a move the union described as ...": the union's
    attribution = before_with_absolute(text, attribution)  # "..., with Foreign Minister X warning ...": X's
    attribution = judged_complement(text, attribution, sentence_start)  # the union's: "as ...", not the move
    attribution = main_clause_after_fronted(text, attribution, sentence_start)  # "While X say Y, | Z ..."
    attribution = before_next_act(text, before_main_clause(text, attribution, sentence_start))  # "... but denied"
    attribution = before_concessive_act(text, attribution)  # "..., although she also vowed to ..."
    return before_unsaid_clause(text, quote_then_deed(text, quote_then_other_clause(text, attribution)))
