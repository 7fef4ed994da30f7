"""Cue words that report no statement where they stand (brief.actors.cue_idioms). Articles written for these
tests."""

from __future__ import annotations

from written import actors_of, report_of


def _lines(text: str) -> list[tuple[str, str]]:
    return [(a.name, p.summary) for a in actors_of(report_of(text)) for p in a.positions]


def test_the_noun_after_a_named_show_is_no_verb_of_the_name() -> None:
    lines = _lines(
        "Boatbuilders gather in Port Elwyn\n\n"
        "The new ferry was unveiled on Friday ahead of the Port Elwyn show. Harbour Marine's chief, Ada Finch, "
        "said orders had doubled since the Southampton show.\n")
    assert not any(name in ("Port Elwyn", "Southampton") for name, _ in lines), lines
    assert ("Ada Finch", "says orders had doubled since the Southampton show") in lines


def test_experts_at_a_named_body_still_say_what_follows() -> None:
    lines = _lines(
        "Rates to fall, economists expect\n\n"
        "Economists at the Elwyn Institute say rates will fall before the summer, in a note published on "
        "Monday.\n")
    assert any("rates will fall" in summary for _, summary in lines), lines


def test_telling_the_truth_is_no_statement() -> None:
    lines = _lines(
        "Ferry firm faces questions\n\n"
        "A ferry firm that lies as easily as Harbour Marine tells the truth creates problems for its "
        "passengers. Ada Finch, the firm's chief, said she would always tell the truth about the delays.\n")
    assert not any("creates problems" in summary for _, summary in lines), lines
    assert any("tell the truth about the delays" in summary for _, summary in lines), lines


def test_a_place_and_a_colon_opening_a_paragraph_is_a_dateline_not_a_speaker() -> None:
    lines = _lines(
        "Harbour shares jump after strong results\n\n"
        "Chennai: Shares of Elwyn Marine Ltd surged over 6 per cent on Friday after the shipbuilder reported a "
        "better-than-expected profit.\n\n"
        "Managing director Ravi Menon said orders had doubled since March.\n")
    assert not any(name == "Chennai" for name, _ in lines), lines
    assert ("Ravi Menon", "says orders had doubled since March") in lines


def test_a_speech_act_named_without_its_words_is_no_position() -> None:
    vow = _lines(
        "Ferry union vows to fight\n\n"
        "Union leader Mark Pell made the vow at a rally on Saturday night.\n\n"
        "Pell said the company had misled its crews for years.\n")
    assert not any("vow" in summary for _, summary in vow), vow
    assert ("Mark Pell", "says the company had misled its crews for years") in vow
    announced = _lines(
        "Ferry chief to step down\n\n"
        "Governor Jane Hollis made the bombshell announcement in a press statement this afternoon.\n")
    assert not any("announcement" in summary for _, summary in announced), announced


def test_an_apposition_after_an_inverted_frame_is_no_part_of_what_was_said() -> None:
    lines = _lines(
        "Why the ferry war is far from over\n\n"
        "New fares were meant to win passengers back. They have not worked, argues Ada Finch, author of "
        "\"Ferry Wars\".\n\n"
        "The timetable, argues Tom Vale, is the real problem.\n")
    assert ("Ada Finch", "argues they have not worked") in lines, lines
    assert any(name == "Tom Vale" and "is the real problem" in summary for name, summary in lines), lines


def test_a_verb_after_a_possessive_and_a_name_is_a_noun() -> None:
    lines = _lines(
        "Oil rises as producers signal cuts\n\n"
        "Harbour Bank on Wednesday cut its Brent forecast for next year to $92 from $100.\n\n"
        "Analyst Ada Finch predicted that prices would rise before the winter.\n")
    assert not any(name == "Brent" for name, _ in lines), lines
    assert ("Ada Finch", "predicts prices would rise before the winter") in lines, lines
