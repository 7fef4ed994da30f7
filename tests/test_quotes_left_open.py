"""A quotation that runs on to the next paragraph is its speaker's even when it quotes a phrase
inside (brief.actors.speakers.continued_quotes)."""

from written import line_sentences

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.speakers import continued_quotes

SAID = '"We drew the bridge a hundred times," said Lena Ortiz.\n\n'


def _continued(text: str) -> list[str]:
    at = text.index("Lena Ortiz")
    mention = Mention(0, 0, at, at + len("Lena Ortiz"), "Lena Ortiz", "Lena Ortiz", "person")
    cue = text.index("said")
    attribution = Attribution(cue=(cue, cue + 4), source=(at, at + len("Lena Ortiz")),
                              content=(0, text.index('," said') + 2), quote=True, sentence=0)
    out = continued_quotes(text, line_sentences(text), [(attribution, mention)], [attribution.cue])
    return [text[c.span[0] : c.span[1]] for c in out]


def test_quotation_left_open_with_a_phrase_quoted_inside_goes_on() -> None:
    text = SAID + '"The crews call it "the harp" now, and it held through every storm.\n\n"We will build two more."'
    assert _continued(text)[0] == '"The crews call it "the harp" now, and it held through every storm.'


def test_curly_quotation_left_open_with_a_phrase_quoted_inside_goes_on() -> None:
    text = SAID + "“The crews call it “the harp” now, and it held through every storm.\n\n“We will build two more.”"
    assert _continued(text)[0] == "“The crews call it “the harp” now, and it held through every storm."


def test_phrase_quoted_in_the_writers_sentence_is_not_the_speakers() -> None:
    text = SAID + '"The harp" is what the crews call it, and "the cello" the old one.'
    assert _continued(text) == []
