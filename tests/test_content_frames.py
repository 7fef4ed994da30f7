"""What was said stops at the frame around it (brief.actors.content_frames): the speaker's next deed, an outer
attribution, the place it was written, the source itself. Articles written for these tests."""

from __future__ import annotations

from written import actor_named, report_of, said_lines

from brief.actors.attribution import Attribution
from brief.actors.content_frames import before_next_deed, source_inside_content

_PILE = (
    "Harbour board ends the ferry dispute\n\n"
    "The Harbour Board of Port Elwyn ended its dispute with the ferry operator on Thursday.\n\n"
    "Board chair Priya Raman later asked the operator to withdraw its claim and returned the deposit after "
    "a public outcry. Councillor Tomas Ekwueme promised to protect the night crossing and attacked the board "
    "over its fares.\n\n"
    "Ola Brandt, a deckhand, admitted to the theft and the tribunal took ten minutes to dismiss him. A clerk who "
    "heard the call recalled that Brandt said, “I will sink the boat,” the tribunal's registrar said.\n\n"
    "Fares on the crossing would probably double within three years, Raman and her staff wrote in the new "
    "review, which was published on the board's website.\n\n"
    "Anxious about the winter and short of crew, the ferry operator has cut its timetable to two crossings a day.\n"
)


def test_what_was_asked_or_promised_ends_before_the_speakers_next_deed() -> None:
    report = report_of(_PILE)
    assert "asks the operator to withdraw its claim" in said_lines(actor_named(report, "Priya Raman")).splitlines()
    assert "attacked" not in said_lines(actor_named(report, "Tomas Ekwueme"))
    assert "promises to protect the night crossing" in said_lines(actor_named(report, "Tomas Ekwueme"))
    assert "the tribunal took" not in said_lines(actor_named(report, "Ola Brandt"))


def test_a_quotation_ends_at_its_mark_before_an_outer_frame() -> None:
    lines = said_lines(actor_named(report_of(_PILE), "Ola Brandt"))
    assert "registrar" not in lines and "I will sink the boat" in lines, lines


def test_what_was_written_stands_before_the_source_not_the_medium_after_the_cue() -> None:
    lines = said_lines(actor_named(report_of(_PILE), "Priya Raman"))
    assert "fares on the crossing would probably double within three years" in lines.lower()
    assert "in the new review" not in lines


def test_a_fronted_adjective_is_no_cue_whose_content_holds_the_source() -> None:
    report = report_of(_PILE)
    assert not any(p.summary.startswith(("Anxious", "anxious")) or "cut its timetable" in p.summary
                   for s in report.stories for a in s.actors for p in a.positions)


def _attribution(text: str, cue: str, content: str, source: str | None = None) -> Attribution:
    c0, k = text.index(cue), text.index(content)
    s0 = text.index(source) if source else -1
    return Attribution(cue=(c0, c0 + len(cue)), source=(s0, s0 + len(source)) if source else None,
                       content=(k, k + len(content)), quote=False, sentence=0)


def test_a_reported_clause_keeps_its_coordinated_verbs() -> None:
    text = "The mayor said the plan failed and the council resigned over it."
    said = _attribution(text, "said", "the plan failed and the council resigned over it", "The mayor")
    assert before_next_deed(text, said, []) == said  # "failed" is the clause's own verb: both halves were said
    text = "The union called for more staff and increased funding for the wards."
    called = _attribution(text, "called for", "more staff and increased funding for the wards", "The union")
    assert before_next_deed(text, called, []) == called  # "increased funding": an object, not a next deed


def test_the_source_inside_the_content_after_the_cue_is_no_statement() -> None:
    text = "Worried about costs, the club has sold its ground."
    worried = _attribution(text, "Worried about", "costs, the club has sold its ground", "the club")
    assert source_inside_content(worried)
    text = "The club said on Monday it had sold its ground."
    said = _attribution(text, "said", "it had sold its ground", "The club")
    assert not source_inside_content(said)


def test_a_second_verb_after_but_is_the_speakers_own_statement() -> None:
    report = report_of(
        "Rovers part company with their manager\n\n"
        "Elwyn Rovers have parted company with manager Gary Tull after six straight defeats.\n\n"
        "Chairman Ken Oduya thanked Tull for his efforts but said results had been poor. The club will name "
        "a caretaker on Monday.\n")
    lines = said_lines(actor_named(report, "Ken Oduya")).splitlines()
    assert "thanks Tull for his efforts" in lines, lines
    assert "says results had been poor" in lines, lines


def test_coordinated_objects_stay_in_what_was_urged_or_praised() -> None:
    text = ("The trust then urged the county and the state, which funds the line, to keep its promises. "
            "The mayor praised the nurses and the doctors who worked through the storm.")
    urged = _attribution(text, "urged", "the county and the state, which funds the line, to keep its promises")
    assert before_next_deed(text, urged, []) == urged
    praised = _attribution(text, "praised", "the nurses and the doctors who worked through the storm")
    assert before_next_deed(text, praised, []) == praised


def test_a_participle_after_the_main_verbs_object_shares_the_clauses_subject() -> None:
    report = report_of(
        "Harbour Marine unveils a faster ferry\n\n"
        "Harbour Marine on Tuesday unveiled the Harbour Star Ultra ferry, promising passengers crossings twice as "
        "fast at the same fare. Rival Elwyn Lines declined to comment.\n")
    assert any("twice as fast" in line for line in said_lines(actor_named(report, "Harbour Marine")).splitlines())


def test_a_body_after_the_sentences_the_is_the_subject_of_its_participle() -> None:
    report = report_of(
        "Harbour levy signed into law\n\n"
        "Governor Dana Okoro on Wednesday signed the harbour levy into law.\n\n"
        "Meanwhile, the Elwyn Chamber of Commerce welcomed the signing, saying certainty would help investors.\n")
    assert "says certainty would help investors" in said_lines(
        actor_named(report, "Elwyn Chamber of Commerce")).splitlines()


def test_a_reported_clause_with_a_negated_verb_or_a_that_keeps_its_second_half() -> None:
    text = "Okoro said that until recently, the gate didn't lock and a stranger slept in the shed."
    said = _attribution(text, "said", "that until recently, the gate didn't lock and a stranger slept in the shed")
    assert before_next_deed(text, said, []) == said
    text = "Okoro said until recently the gate didn't lock and a stranger slept in the shed."
    said = _attribution(text, "said", "until recently the gate didn't lock and a stranger slept in the shed")
    assert before_next_deed(text, said, []) == said
    text = "The members asked to get the plans and written answers well ahead of the meeting."
    asked = _attribution(text, "asked", "to get the plans and written answers well ahead of the meeting")
    assert before_next_deed(text, asked, []) == asked  # "written answers": a participle before a coordinated object


def test_telling_reporters_somewhere_is_an_audience_before_what_was_told() -> None:
    report = report_of(
        "Early election ruled out\n\n"
        "Premier Dana Okoro has ruled out an early election, telling reporters in Port Elwyn the government "
        "would serve its full term. Okoro later told reporters in Kessel after the cabinet meeting.\n")
    lines = said_lines(actor_named(report, "Dana Okoro"))
    assert "the government would serve its full term" in lines, lines
    assert "after the cabinet meeting" not in lines, lines
