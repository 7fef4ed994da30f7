"""An interview given to the site: "“... whenever you change anything ...”, Lord Hale told the Ledger"
on the Ledger's own page is story, not the site addressing its reader; and a question put to the
speaker ("Asked about the plan, ...") is no statement of his: his answer is the cue's after it."""

from __future__ import annotations

from brief.actors.statements import not_a_statement
from brief.ingest.furniture import story_spans


def _kept(paragraph: str, keys: list[str]) -> str:
    stories, _ = story_spans(paragraph, keys)
    return " ".join(paragraph[a:b] for a, b in stories)


def test_a_you_inside_a_quotation_told_to_the_site_is_story() -> None:
    paragraph = ('Asked about the plan, Lord Hale told the Ledger: "She felt that whenever you change anything '
                 'in schools it might be for the worse."')
    assert "whenever you change anything" in _kept(paragraph, ["ledger"])
    told = '"You have to ask whether you want this," the union\'s Ada Moss tells Ledger.'
    assert "You have to ask" in _kept(told, ["ledger"])


def test_the_site_addressing_its_reader_is_still_furniture() -> None:
    paragraph = "The council met on Monday. Sign up to the Ledger newsletter to get the news you need."
    kept = _kept(paragraph, ["ledger"])
    assert "The council met on Monday." in kept
    assert "newsletter" not in kept


def test_a_question_put_to_the_speaker_is_not_his_statement() -> None:
    """The cue model may read "Asked about" as a cue whose content is "told the Ledger: ...": the
    question opens the sentence with no subject of its own, and the answer is the cue after it."""
    text = ('He spoke on Monday.\n\nAsked about the disclosures, Lord Hale told the Ledger: "She always felt '
            'that whenever you change anything it might be for the worse."')
    assert not_a_statement(text, "Asked about", text.index("Asked"))
    assert not not_a_statement(text, "told", text.index("told"))
    asked = "The panel asked about the disclosures, and Lord Hale answered at length."
    assert not not_a_statement(asked, "asked about", asked.index("asked"))  # the panel's question, with its subject
