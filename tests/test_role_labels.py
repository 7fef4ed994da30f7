"""A transcript's label naming an office ("THE PRESIDENT:") or an honorific and surname ("MR.
BRANDT:") is the person the page names so (brief.actors.role_labels), on texts written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.labelled_turns import labelled_paragraphs
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.role_labels import role_holder
from brief.model import Sentence

TRANSCRIPT = (
    "In this week's address, the President and the First Lady thanked the harbour workers of Kessel.\n\n"
    "Remarks of President Ada Quinn and First Lady Tomas Brandt as Delivered\n\n"
    "THE PRESIDENT: Good evening, everybody! I want to thank the people who kept our harbour open all year.\n\n"
    "THE FIRST LADY: And I want to thank their families, who waited for them at home every night.\n"
)


def test_an_office_label_is_the_person_the_page_names_with_the_office() -> None:
    report = report_of(TRANSCRIPT)
    assert holders(report, "kept our harbour open") == ["Ada Quinn"]
    assert holders(report, "waited for them at home") == ["Tomas Brandt"]


def test_an_office_no_one_is_named_with_is_no_one() -> None:
    assert role_holder("Q: Will the port open? THE MODERATOR: Next question.", "THE MODERATOR", []) is None
    assert role_holder("President Ada Quinn met President Ivo Marten.", "THE PRESIDENT", []) is None  # which one?


def test_an_honorific_and_surname_label_is_the_one_person_of_that_surname() -> None:
    brandt = Mention(1, 0, 0, 12, "Tomas Brandt", "Tomas Brandt", "person")
    assert role_holder("", "MR. BRANDT", [brandt]) == "Tomas Brandt"


def test_a_label_cut_from_its_sentence_as_furniture_still_names_the_speaker() -> None:
    text = "Remarks of President Ada Quinn\n\nTHE PRESIDENT: I want to thank the people of the harbour.\n"
    start = text.index("I want")
    sentence = Sentence(1, 1, start, len(text) - 1, text[start:-1])  # the bold "THE PRESIDENT:" cut before it
    labels = labelled_paragraphs(text, [Sentence(1, 0, 0, 30, text[:30]), sentence], MentionIndex([], text))
    assert [(x.mention.name, text[x.span[0] : x.span[1]]) for x in labels] == [
        ("Ada Quinn", "I want to thank the people of the harbour.")]
