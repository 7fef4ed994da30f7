"""Quotations written in single marks, as British sites write them: read as quotations, so the
words before their frame ("'We waited two years,' she said.") are the speaker's, as with double marks."""

from __future__ import annotations

from written import said_by

from brief.actors.single_quotes import as_double


def test_single_marks_become_double_ones_of_the_same_length() -> None:
    text = "'We waited two years,' she said. ‘Finally it balances.’\nHe said \"no\" to the 'plan'."
    out = as_double(text)
    assert len(out) == len(text)
    assert out.startswith("“We waited two years,” she said. “Finally it balances.”")
    assert out.endswith("\"no\" to the 'plan'.")  # a paragraph quoting in double marks keeps its singles


def test_apostrophes_open_and_close_nothing() -> None:
    text = "It's the boys' club, and we don't go there since the '90s, said Ned."
    assert as_double(text) == text
    quoted = "'The boys' club is shut,' said Ned."
    assert as_double(quoted) == "“The boys' club is shut,” said Ned."


def test_the_words_before_a_single_quoted_frame_are_the_speakers() -> None:
    text = (
        "Mayor defends library cuts\n\n"
        "The mayor of Brackwater, Ines Holloway, defended cuts to the town's libraries on Monday.\n\n"
        "Holloway spoke to residents at the town hall. 'We have chased savings for two years,' she said. "
        "'Finally the budget balances.'\n\n"
        "'The libraries are the heart of this town,' said Tobias Wrenfield, a retired teacher. "
        "'Closing them is a mistake.'"
    )
    said = said_by(text)
    holloway = " ".join(said.get("Ines Holloway", []))
    assert "chased savings for two years" in holloway and "Finally the budget balances" in holloway, said
    assert any("heart of this town" in t for t in said.get("Tobias Wrenfield", [])), said


def test_guillemets_are_quotation_marks() -> None:
    text = (
        "Chairman defends transfers\n\n"
        "The chairman of Redford Athletic, Joost Verhagen, defended the club's spending on Monday.\n\n"
        "Ulla Brandvold, who runs the supporters' trust, was less excited. «The club needs defenders, "
        "not another forward», she said."
    )
    assert as_double("«Yes», he said.") == "“Yes,” he said."  # the comma inside, as the model learned it
    said = said_by(text)
    assert any(t.startswith("«The club needs defenders") for t in said.get("Ulla Brandvold", [])), said


def test_the_headline_keeps_its_single_marks() -> None:
    title = "A lesson from Ada Quinn: 'Be the voice that people hear'"
    text = title + "\n'We waited two years,' she said."
    assert as_double(text, title) == title + "\n“We waited two years,” she said."


def test_a_comma_after_a_phrase_quoted_inside_a_sentence_stays_the_writers() -> None:
    assert as_double("“We are sorry”, said Ada.") == "“We are sorry,” said Ada."
    inside = "She said it could “result in chaos”, saying no."
    assert as_double(inside) == inside
