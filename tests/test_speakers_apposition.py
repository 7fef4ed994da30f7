"""A person who opens a sentence speaks through a long apposition: "X, president of the Y Union,
which represents ..., said" is X's statement, not the union's (brief.actors.apposed_subject), on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_role_in_apposition_does_not_take_the_statement_from_the_person() -> None:
    report = report_of(
        "Nurses in Dunmere walked out on Tuesday over pay.\n\n"
        "Maria Okafor, president of the Dunmere Union of Nurses, which represents about forty thousand carers "
        "across the county, said the strike would go on until the council made a fair offer to every ward.\n\n"
        "Tomas Brandt, a spokesman for the Dunmere Liberal Party, said the council had ignored the nurses for years "
        "and owed them an apology.\n"
    )
    assert holders(report, "fair offer to every ward") == ["Maria Okafor"]
    assert holders(report, "owed them an apology") == ["Tomas Brandt"]


def test_a_title_and_body_before_the_name_still_leave_the_person_speaking() -> None:
    report = report_of(
        "Interest rates stayed at record lows on Friday.\n\n"
        "Dunmere Savings Bank President Ivo Marten, the bank's longest-serving director and one of nine people "
        "who set what borrowers pay on mortgages, loans and other credit products, said that the policy of keeping "
        "rates near zero is \"risking a repeat of past errors and the consequences they bring.\"\n"
    )
    assert holders(report, "risking a repeat of past errors") == ["Ivo Marten"]


def test_an_aside_between_dashes_closes_the_apposition() -> None:
    report = report_of(
        "A small studio now sells its shows abroad.\n\n"
        "Jonas Pell, the chief executive of Ardent Media -- the production company that owns the channel's "
        "programming, which is also streamed on Hulu and Ardent's site -- told me that the studio was doing "
        "business with anyone who wanted its content.\n"
    )
    assert holders(report, "doing business with anyone") == ["Jonas Pell"]


def test_a_speaker_named_after_the_cue_keeps_the_statement() -> None:
    report = report_of(
        "A council officer lost his post this week.\n\n"
        "Karl Ostrow, the council's planning officer, was dismissed on Monday, said his lawyer, Helena Voss, "
        "who plans to appeal the decision in the courts.\n"
    )
    assert "Karl Ostrow" not in holders(report, "was dismissed on Monday")


def test_a_list_of_names_is_no_apposition() -> None:
    report = report_of(
        "Three ministers spoke after the vote.\n\n"
        "Ada Quinn, Tomas Brandt and Karl Ostrow, all members of the cabinet, said the vote was a clear mandate "
        "for the new budget.\n"
    )
    assert holders(report, "clear mandate for the new budget") != ["Ada Quinn"]


def test_an_aside_set_off_by_dashes_after_the_name_leaves_the_person_speaking() -> None:
    report = report_of(
        "Boats in Kelmouth stayed in port all week.\n\n"
        "Tomas Brenner – who has fished out of the harbour for thirty years – says the catch has halved since "
        "the quotas came in.\n\n"
        "Ada Quinn—a skipper with the Kelmouth Fishing Cooperative—said the cooperative would sell two of its "
        "trawlers before spring.\n\n"
        "Karl Ostrow - who repairs nets on the quay - told reporters that orders had dried up.\n\n"
        "Helena Voss -- the harbour master since 2011 -- warned that the pier needed new piles.\n"
    )
    assert holders(report, "catch has halved") == ["Tomas Brenner"]
    assert holders(report, "sell two of its trawlers") == ["Ada Quinn"]
    assert holders(report, "orders had dried up") == ["Karl Ostrow"]
    assert holders(report, "pier needed new piles") == ["Helena Voss"]


def test_a_person_named_inside_a_dashed_aside_does_not_take_the_statement() -> None:
    report = report_of(
        "The harbour board met on Thursday.\n\n"
        "The board – which Tomas Brenner chaired for a decade – said the fees would rise by a tenth in June.\n"
    )
    assert "Tomas Brenner" not in holders(report, "fees would rise")


def test_a_person_set_off_after_a_description_ending_in_a_place_is_the_speaker() -> None:
    # "Portland, Oregon": a name after a place and a comma may say where the place is; a person's full
    # name opening with a given name does not.
    report = report_of(
        "Harbour council promises to reopen ferry\n\n"
        "The mayor of Dunmere, Ada Quinn, promised on Saturday to reopen the ferry line before the summer season.\n\n"
        "A fisherman from Corran Bay, Ohio, said the boats had waited long enough for the harbour to open again.\n"
    )
    assert holders(report, "reopen the ferry line") == ["Ada Quinn"]
    assert "Ohio" not in holders(report, "the boats had waited")
