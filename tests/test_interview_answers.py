"""An interview set out as questions and answers with no speaker labels: each answer is the words of
the person the introduction names (brief.actors.interview_answers), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, line_sentences, report_of, tagged_mentions

from brief.actors.interview_answers import interview_answers
from brief.actors.mentions import Mention

INTRODUCTION = (
    "Harbour Days Is Back\n\n"
    "The ferry festival returns to Kessel this summer after four years away, and its founder Marta Velez "
    "has rebuilt it almost alone. Velez, 52, told us how.\n\n"
)
TURNS = (
    "Why did you bring the festival back?\n\n"
    "I missed it every summer. The town was quieter without the boats on the water.\n\n"
    "What was the hardest part of starting again?\n\n"
    "Money, mostly. We lost two sponsors in the first month and I had to sell my own boat.\n\n"
    "Who helped you the most?\n\n"
    "The harbour master lent us the old customs shed. Without that shed there is no festival.\n\n"
)


def test_each_answer_is_the_introduced_persons() -> None:
    report = report_of(INTRODUCTION + TURNS)
    assert holders(report, "The town was quieter without the boats") == ["Marta Velez"]
    assert holders(report, "had to sell my own boat") == ["Marta Velez"]
    assert holders(report, "Without that shed there is no festival") == ["Marta Velez"]


def _answers(text: str) -> list[str]:
    mentions: list[Mention] = tagged_mentions(text, {"Marta Velez": "person"})
    found = interview_answers(text, line_sentences(text), mentions)
    return [text[c.span[0] : c.span[1]] for c in found]


def test_two_questions_are_a_storys_rhetorical_ones() -> None:
    text = INTRODUCTION + TURNS.split("Who helped")[0]
    assert _answers(text) == []


def test_answers_in_the_writers_voice_are_no_interview() -> None:
    text = INTRODUCTION + (
        "Why did the festival stop?\n\n"
        "The sponsors left after the storm season, and the town council cut its grant.\n\n"
        "What will you see this year?\n\n"
        "Forty boats are expected, with a parade on the Saturday evening.\n\n"
        "Where can you buy tickets?\n\n"
        "Tickets are sold at the customs shed from Monday.\n\n"
    )
    assert _answers(text) == []


def test_labelled_answers_are_left_to_the_labels() -> None:
    text = INTRODUCTION + TURNS.replace("\n\nI missed", "\n\nMV I missed").replace(
        "\n\nMoney", "\n\nMV Money").replace("\n\nThe harbour master", "\n\nMV The harbour master")
    assert _answers(text) == []


def test_only_the_paragraph_after_a_question_answers_it() -> None:
    text = INTRODUCTION + TURNS + "You sold your boat for this.\n\nIt was worth it, I think.\n\n"
    answers = _answers(text)
    assert "You sold your boat for this." not in answers
    assert any("I missed it every summer." in a for a in answers)


def test_q_and_a_labels_name_no_speaker_the_introduced_person_answers() -> None:
    """"Q: ..." and "A: ..." say which turn is which, not who speaks: the answers are the introduced
    person's, without their "A:"."""
    labelled = TURNS.replace("Why did", "Q: Why did").replace("What was", "Q: What was").replace(
        "Who helped", "Q: Who helped").replace("\n\nI missed", "\n\nA: I missed").replace(
        "\n\nMoney", "\n\nA: Money").replace("\n\nThe harbour master", "\n\nA: The harbour master")
    answers = _answers(INTRODUCTION + labelled)
    assert any(a.startswith("I missed it every summer.") for a in answers), answers
    assert any(a.startswith("Money, mostly.") for a in answers), answers
    report = report_of(INTRODUCTION + labelled)
    assert holders(report, "had to sell my own boat") == ["Marta Velez"]


def test_questions_under_q_labels_need_not_say_you() -> None:
    """A question under "Q:" is put to the person interviewed even when it does not say "you"
    ("Was it dangerous?"), and lines of the one paragraph are turns as paragraphs are."""
    text = INTRODUCTION + (
        "Q: Where did the idea come from?\n"
        "A: I missed the boats every summer. The town was quieter without them.\n"
        "Q: Was it expensive?\n"
        "A: More than I thought. We lost two sponsors in the first month.\n"
        "Q: What comes next?\n"
        "A: A bigger parade, I hope.\n"
    )
    answers = _answers(text)
    assert any(a.startswith("I missed the boats every summer.") for a in answers), answers
    assert holders(report_of(text), "We lost two sponsors in the first month") == ["Marta Velez"]


def test_an_announced_interview_s_answers_are_the_person_s_though_no_question_says_you() -> None:
    """ "We asked her about ...": the questions after need not say "you" ("How hard is it to ...?")."""
    report = report_of(
        "Five minutes with a harbour master\n\n"
        "Maria Lopez has run Dunmere harbour since 2019. We asked her about the fees, the ferry and the winter ahead.\n\n"
        "How hard is it to keep the quay open in winter?\n\n"
        "Very hard. The storms have got worse, and we had to close the outer berths twice last year.\n\n"
        "Are the new fees fair?\n\n"
        "Mostly. We had not raised them in a decade and the repairs have to be paid for somehow.\n\n"
        "What comes next for the harbour?\n\n"
        "A new breakwater. We already have the money from the council for the first half of it.\n"
    )
    assert holders(report, "close the outer berths twice") == ["Maria Lopez"]
    assert holders(report, "money from the council") == ["Maria Lopez"]


def test_answers_under_a_labels_need_not_say_i() -> None:
    """An answer under "A:" is the interviewed person's even when it is terse and says no "I" ("Power.
    Data centres cannot ..."): the label says it is an answer."""
    text = INTRODUCTION + (
        "Q: Will the festival grow?\n"
        "A: Slowly. The harbour cannot take more than forty boats at once.\n"
        "Q: What worries you most?\n"
        "A: Weather. A storm in the first week would empty the quay.\n"
        "Q: Will the council help?\n"
        "A: No. They have their own budget troubles this year.\n"
    )
    assert holders(report_of(text), "A storm in the first week would empty the quay") == ["Marta Velez"]


def test_labels_with_a_full_stop_are_q_and_a_labels() -> None:
    """ "Q. ..." and "A. ..." (session 38, cues40): labels as "Q:" and "A:" are, the answer without its "A."."""
    labelled = TURNS.replace("Why did", "Q. Why did").replace("What was", "Q. What was").replace(
        "Who helped", "Q. Who helped").replace("\n\nI missed", "\n\nA. I missed").replace(
        "\n\nMoney", "\n\nA. Money").replace("\n\nThe harbour master", "\n\nA. The harbour master")
    said = [p.text for a in actors_of(report_of(INTRODUCTION + labelled)) if a.name == "Marta Velez" for p in a.positions]
    assert any(text.startswith("I missed it every summer.") for text in said), said
    assert not any(text.startswith("A.") for text in said), said
