"""Speakers written after a quotation's cue as a given name or a description with a clause about them (session 50,
helper inverted57), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

MARKET = (
    "Street lamps keep traders selling after dark in Kimbara\n\n"
    "Kimbara town's night market has grown since the council put up solar lamps along its main road last year, "
    "traders say.\n\n"
    "Halima Juma sells roasted cassava near the ferry landing. The mother of three says she now stays open until ten "
    "at night.\n\n"
    '"Before the lamps came, nobody walked here after seven because thieves waited in the shadows," says Halima as '
    "she turns a cassava root over the coals. While Halima, 41, waits for the next buyer, a bus pulls into the stand.\n\n"
    "Neema Kasiga runs a tea stall beside the bus stand. She moved back to Kimbara from the capital four years ago.\n\n"
    '"We used to close at six. Now the customers come after work and the stall pays for my children\'s school fees," '
    "says the woman who is in her early 30s.\n\n"
    "According to Rehema Athumani, 38, sales of fried fish have doubled since the lamps went up. \"People feel safe "
    'to stop and eat when the road is bright," says the mother of five who fries fish near the market gate.\n\n'
    "The council's engineer Baraka Mwinyi says the council put up 120 lamps in the first phase.\n\n"
    '"Each lamp cost three million shillings," says Baraka who works in the council\'s works department. The second '
    "phase will light the harbour road."
)


def test_a_given_name_after_says_then_as_she_is_the_speaker() -> None:
    assert holders(report_of(MARKET), "thieves waited") == ["Halima Juma"]


def test_a_given_name_after_says_then_who_is_the_speaker() -> None:
    assert holders(report_of(MARKET), "three million shillings") == ["Baraka Mwinyi"]


def test_the_woman_who_after_says_is_the_woman_just_named() -> None:
    assert holders(report_of(MARKET), "school fees") == ["Neema Kasiga"]


def test_the_mother_of_five_who_after_says_is_the_mother_just_named() -> None:
    assert holders(report_of(MARKET), "safe to stop") == ["Rehema Athumani"]


def test_a_long_description_then_the_name_set_off_after_says_is_the_speaker() -> None:
    text = (
        "Former premier's memoir draws praise from old allies\n\n"
        "The memoir by former prime minister Hugo Vantreight went on sale this week and has quickly climbed the "
        "bestseller lists.\n\n"
        "The book sets out what the author calls the craft of running a government, from choosing ministers to "
        "handling a crisis.\n\n"
        'It has won warm reviews from his former colleagues. "This book shows a leader who never stopped believing '
        'that politics could change lives," says the former chancellor of the exchequer, Miriam Tallowfield. '
        '"Every young minister should read it."\n\n'
        "Critics note that the book says little about the donations scandal that ended his time in office."
    )
    assert holders(report_of(text), "never stopped believing") == ["Miriam Tallowfield"]


def test_a_name_that_ends_a_fronted_phrase_is_not_apposed_to_the_subject_after_it() -> None:
    text = (
        "President attacks alliance after talks in Brussels\n\n"
        'President Dale Hartigan has again questioned the worth of the Atlantic alliance, calling it a "club for '
        'freeloaders".\n\n'
        "Hartigan met alliance Secretary General Ingrid Solvang in Brussels on Tuesday.\n\n"
        "In a social media post after a meeting with alliance Secretary General Ingrid Solvang, the US President "
        'said: "THE ALLIANCE DID NOTHING FOR US AND WILL DO NOTHING FOR US."\n\n'
        "Solvang has said the alliance remains united."
    )
    assert holders(report_of(text), "DID NOTHING FOR US") == ["Dale Hartigan"]


def test_the_place_and_calling_description_is_the_person_just_quoted() -> None:
    text = (
        "Mother shares tips for cheaper theme park trips\n\n"
        "A mother who has taken her family to Orlando eleven times has shared her tips for cutting the cost of a "
        "holiday there.\n\n"
        "Carla Wentworth, 44, from Leeds, says families can save hundreds of pounds with a little planning.\n\n"
        'Carla said: "Always buy your park tickets when you book the holiday, because the parks put their prices up '
        'often."\n\n'
        'The Florida fan explained: "Be flexible with the dates you fly. Odd lengths like nine or thirteen nights can '
        'cost less than a week or a fortnight."'
    )
    assert holders(report_of(text), "Be flexible") == ["Carla Wentworth"]


def test_a_firms_corporate_communications_speak_for_the_firm() -> None:
    text = (
        "Couriers push back against managers at Redfield depot\n\n"
        "Managers at the Redfield depot of the courier firm Parcelway came outside to watch a union rally last month, "
        "said driver Tomas Keane.\n\n"
        '"They stood at the gate and wrote down names," Keane said. "Everyone felt watched."\n\n'
        'The labour board has opened a case. (Parcelway corporate communications said of the rally, '
        '"We respect the right of our staff to gather peacefully." The case is still open.)'
    )
    assert holders(report_of(text), "gather peacefully") == ["Parcelway"]


def test_a_voice_by_the_noun_an_acronym_stands_for_speaks_for_the_acronym() -> None:
    text = (
        "Lawmakers press FBI over foreign police posts\n\n"
        "A group of lawmakers wrote to the FBI on Monday demanding to know how it is tracking covert police posts run "
        "by foreign governments in American cities.\n\n"
        "The lawmakers asked for a briefing by the end of the month.\n\n"
        "The FBI said it had received the letter.\n\n"
        '"The FBI treats any effort by a foreign state to harass people living in this country as a grave threat," a '
        'bureau spokesperson said. "We will keep working with our partners to stop it."'
    )
    assert holders(report_of(text), "grave threat") == ["FBI"]
