"""Positions the attribution model has no cue for, read once an article's cued ones are known: quotations that go
on after their attribution, an interview's labelled answers, signed and headline quotations, reporting clauses.

A module of its own (moved out of ``brief.actors.extract``, which reads the cued attributions): these rules run
after the cued ones, read what those resolved and took, and add to the same lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from brief.actors.announced_quotations import announced_first
from brief.actors.asides import quotations_after_asides
from brief.actors.attribution import Attribution
from brief.actors.chain import overlaps
from brief.actors.colon_quotes import colon_quotations
from brief.actors.content_case import sentence_case
from brief.actors.embedded_quotes import embedded_quotations
from brief.actors.framed_quotes import shown_framed
from brief.actors.furniture_words import LISTED
from brief.actors.headline_quotes import headline_quotations
from brief.actors.interview_answers import own_voice
from brief.actors.labelled_turns import answered_turns
from brief.actors.mention_index import MentionIndex, add_found
from brief.actors.mentions import Mention
from brief.actors.named_before import quotations_after_naming
from brief.actors.naming_runs import quotations_after_named
from brief.actors.participle_quotes import quotations_after_participles
from brief.actors.phrasing import summary_line
from brief.actors.pronoun_asides import quotations_after_pronoun_aside
from brief.actors.pull_quotes import quoted_again
from brief.actors.quote_paragraphs import paragraph_runs
from brief.actors.reporting import reporting_clauses
from brief.actors.resumed import quotations_after_frames
from brief.actors.self_named_quotes import names_its_speaker
from brief.actors.speakers import MIN_POSITION_WORDS, Continued, continued_quotes, framing_clauses, views_named_after
from brief.actors.subject_quotes import subject_quotations
from brief.actors.told_that import told_that
from brief.actors.whole_quotes import whole_quotations
from brief.model import Article, Position, Sentence

CONTINUED_CUE = "added"
"""The cue a quotation that goes on with no cue of its own is reported with: the speaker added it."""
LABEL_CUE = "said"
"""The cue of an interview's answer under its speaker's label ("Thomas Malone: ...")."""


def add_framed(article: Article, sentences: Sequence[Sentence], mentions: list[Mention],
                positions: list[tuple[Mention, Position]], index: MentionIndex,
                resolved: list[tuple[Attribution, Mention]], cues: list[tuple[int, int]], labels: list[Continued],
                signed: list[Continued], taken: list[tuple[int, int]], lowercase: Callable[[], set[str]]) -> None:
    """Positions the attribution model has no cue for: quotations that go on after their
    attribution, and interview answers under a speaker's label (``brief.actors.speakers``)."""
    continued = whole_quotations(article.text, sentences, [*continued_quotes(article.text, sentences, resolved, cues),
                                                           *quotations_after_frames(article.text, sentences, resolved)], cues, taken)
    continued = announced_first([*continued, *whole_quotations(article.text, sentences, quotations_after_asides(  # less what a colon frame gives another
        article.text, sentences, resolved, continued, cues, index), cues, taken)], colon := colon_quotations(article.text, sentences, index))
    subject = subject_quotations(article.text, sentences, mentions, cues)  # "Walsh remains “confident ...”"
    continued += embedded_quotations(article.text, sentences, resolved, [*continued, *subject], cues)
    # a signed quotation ("“...” — X") is X's, read before any rule that would carry the last speaker on into it
    framed = [(c, c.cue, True) for c in signed] + [(c, CONTINUED_CUE, True) for c in continued] + [(c, c.cue, True) for c in subject]
    framed += [(c, c.cue, True) for c in quotations_after_participles(article.text, sentences, resolved, cues)]
    framed += [(c, c.cue, False) for c in told_that(article.text, sentences, mentions, cues)]  # "shared with X that"
    framed += [(c, c.cue or LABEL_CUE, own_voice(article.text[c.span[0] : c.span[1]]))  # "Rick: I got into ..."
               for c in answered_turns(article.text, labels)]  # a lead's description keeps its own cue; no question put
    framed += [(c, c.cue, False) for c in framing_clauses(article.text, sentences, index)]
    framed += [(c, c.cue, True) for c in whole_quotations(article.text, sentences,
                                                          colon, cues, taken)]
    framed += [(c, c.cue, False) for c in reporting_clauses(article.text, sentences, index, resolved)]
    framed += [(c, c.cue, False) for c in views_named_after(article.text, sentences, index)]
    framed += [(c, c.cue, True) for c in headline_quotations(article.text, article.title, sentences, index)]
    after_naming = whole_quotations(  # "..., but Groene is unfazed. “That's important to us”"
        article.text, sentences, quotations_after_naming(article.text, sentences, mentions, cues, taken), cues, taken)
    framed += [(c, CONTINUED_CUE, True) for c in after_naming]
    framed += [(c, CONTINUED_CUE, True) for c in whole_quotations(  # and the same speaker's next quotation
        article.text, sentences, quotations_after_named(article.text, sentences, after_naming, resolved, cues), cues, taken)]
    framed += [(c, CONTINUED_CUE, True) for c in whole_quotations(  # "X said. | He made no excuses for Y. | “I ...”"
        article.text, sentences, quotations_after_pronoun_aside(article.text, sentences, resolved, mentions, cues, taken), cues, taken)]
    framed += [(c, CONTINUED_CUE, True) for c in whole_quotations(  # a quotation's paragraphs before its frame; after an aside
        article.text, sentences, paragraph_runs(article.text, sentences, resolved, mentions, index, cues, taken,
                                                [c for c, _, _ in framed]), cues, taken)]  # an answer, after a remark
    for item, cue, quote, content in shown_framed(article.text, framed, cues):  # '"A," X told Y. "B."': the quotes
        if (len(content.split()) < MIN_POSITION_WORDS or any(overlaps(item.span, other) for other in taken)
                or LISTED.search(content) or LISTED.search(sentences[item.sentence].text)
                or cue == CONTINUED_CUE and (quoted_again(article.text, item.span)  # a pull quote, framed below
                                             or names_its_speaker(article.text, item.span, item.mention))):
            continue
        taken.append(item.span)
        add_found(mentions, index, item.mention)
        said = content[len(cue):] if cue and content.startswith(cue) else content  # "declined to comment"
        summary = summary_line(cue, said if quote else sentence_case(said, lowercase, article.text), quote)
        positions.append((item.mention, Position(cue=cue, text=content, summary=summary, quote=quote,
                                                 article=article.id, index=sentences[item.sentence].index)))
