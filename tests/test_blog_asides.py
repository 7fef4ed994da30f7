"""A blog's asides on the story it reposts, each a paragraph in triple parentheses ("(((Look at the pair
here. ...)))"), are the blogger's quips and link text, never the story's sentences: they opened an
article's summary. The story's own parentheses, and a paragraph that only opens with an aside, stay."""

from __future__ import annotations

from written import report_of

from brief.ingest.furniture import is_boilerplate


def test_a_paragraph_in_triple_parentheses_is_furniture() -> None:
    assert is_boilerplate("(((And this is bad because? What use is a mayor who can't handle a microphone?)))")
    assert is_boilerplate("(((Look at the couple waving from a yacht here. This is the gossip-page equivalent of "
                          "a fireworks finale.)))")
    assert is_boilerplate("(((Did he have any choice? The book (out in May) was going to hit the shelves anyway. "
                          "Of course, compared to the rival, the old guard is cold porridge. And that is the "
                          "price of fame, which he knows better than anyone in the capital these days, as every "
                          "columnist in town will tell you at length over lunch.)))")


def test_the_storys_own_parentheses_stay() -> None:
    assert not is_boilerplate("The mayor (who took office in May) said the port would reopen on Monday.")
    assert not is_boilerplate("(((Quite.))) The mayor said the port would reopen on Monday.")


def test_an_aside_opens_no_summary() -> None:
    text = ("Mayor Ann Kell has turned her term into a show, and the city's press is only now catching on.\n\n"
            "(((Look at the mayor waving from a fire engine here. This is the press-pack equivalent of a "
            "marching band.)))\n\n"
            "From her first week, Kell has styled herself as a star, and her dinners with singers have shown that "
            "she enjoys going public with her private life.\n\n"
            "(((And this is bad because? What use is a mayor who can't handle a camera?)))\n\n"
            "Editor Bo Lind believes it is a clever ploy to cover up the council's failures.")
    report = report_of(text)
    sentences = [s.text for group in report.sentences.values() for s in group]
    assert not any("(((" in s for s in sentences)
    chosen = [report.sentences[a][i].text for a, summary in report.summaries.items() for i in summary.indexes]
    assert chosen and chosen[0].startswith("Mayor Ann Kell")
