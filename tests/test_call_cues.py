"""A cue word in another sense: "call" as a telephone call, a cue word heading a noun after an ordinal or a
measure (brief.actors.telephone_calls.call_made, brief.actors.statements.not_a_statement)."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.statements import not_a_statement
from brief.actors.telephone_calls import call_made


def _attribution(text: str, cue: str, content: str) -> Attribution:
    c0 = text.index(cue)
    k0 = text.index(content, c0 + len(cue))
    return Attribution((c0, c0 + len(cue)), (0, 2), (k0, k0 + len(content)), False, 0)


def test_a_telephone_call_is_no_statement() -> None:
    for text, content in [
        ("After the meeting, she called Lindqvist and delivered some unwelcome news.", "Lindqvist and delivered"),
        ("The porter called the Okafors’ home number six times that week.", "the Okafors’ home number"),
        ("A neighbour called 999 when the roof gave way on Sunday.", "999 when the roof"),
        ("As the clerk called the file up on his screen, the judge frowned.", "the file up on his screen"),
        ("The coach called her on Friday to ask about the knee.", "her on Friday"),
        ("Nobody answered when Marguerite called Tomas.", "Tomas"),
    ]:
        assert call_made(text, _attribution(text, "called", content)), text


def test_a_name_given_or_a_call_that_said_something_stays() -> None:
    for text, cue, content in [
        ("The union called the offer an insult to every driver.", "called", "the offer an insult"),
        ("The senator called Vargas a “menace” and left the room.", "called", "Vargas a “menace”"),
        ("She called it Lumen and used it to sort the mail.", "called", "it Lumen and used"),
        ("He called Okafor and his partners cowards.", "called", "Okafor and his partners cowards"),
        ("Ms. Ruiz called Mr. Okafor's remarks “a wake-up call” for voters.", "called", "Mr. Okafor's remarks"),
        ("The governor called the jobs number “a fiction” on Friday.", "called", "the jobs number"),
        ("Reyes called Lindqvist and told her that the deal was off.", "called", "Lindqvist and told her"),
        ("Reyes called Lindqvist and informed the board that the deal was off.", "called", "Lindqvist and informed"),
        ("The mayor called for calm after the arrests.", "called for", "calm after the arrests"),
        ("The council called on the minister to resign.", "called on", "the minister to resign"),
    ]:
        assert not call_made(text, _attribution(text, cue, content)), text


def test_a_cue_word_after_an_ordinal_or_a_measure_heads_a_noun() -> None:
    for text, cue in [
        ("Bond 10-year note yields were little changed on Monday.", "note"),
        ("It was the first show in the series to sell out.", "show"),
        ("HeadingThe second report of the panel came in May.", "report"),
        ("The mayor’s own carefully restricted press briefings have drawn complaints.", "carefully restricted"),
    ]:
        assert not_a_statement(text, cue, text.index(cue)), text
    for text, cue in [
        ("Morales first said the vote would be delayed.", "said"),
        ("The first lady said the garden would reopen.", "said"),
        ("The mayor’s own spokesman said the briefings would resume.", "said"),
    ]:
        assert not not_a_statement(text, cue, text.index(cue)), text
