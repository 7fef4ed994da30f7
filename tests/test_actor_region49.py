"""Shapes of the English-language press of Russia, Ukraine, Turkey, Israel, Australia and New Zealand, Canada,
Ireland, UK regional papers, the Nordic and Baltic countries and state news agencies (session 48, helper
region49), on articles written for these tests."""

from __future__ import annotations

from written import actor_named, holders, report_of, summaries_by


def test_a_statement_on_its_telegram_channel_frames_the_clause_before_it() -> None:
    """ "..., the ministry said in a statement on its Telegram channel on Saturday": the channel is where it was
    published, so what was said is the clause before the frame, not "in a statement on its Telegram channel"."""
    text = (
        "Russia says air defences downed drones over Orlov region\n\n"
        "Russian air defence systems destroyed 11 drones over the Orlov region overnight, the Russian Defence "
        "Ministry said in a statement on its Telegram channel on Sunday.\n\n"
        "Kyiv did not comment on the claim.\n"
    )
    lines = summaries_by(text)["Russian Defence Ministry"]
    assert any("destroyed 11 drones" in line for line in lines), lines
    assert not any("Telegram channel" in line for line in lines), lines


def test_a_quotation_before_its_speaker_was_quoted_by_an_outlet_is_the_speakers() -> None:
    """ "“...,” Demir was quoted by Ege Haber as saying. “...”": both quotations are the governor's, none the
    outlet's, which only carried them."""
    text = (
        "Police hold five over Sivrice fuel smuggling\n\n"
        "Police carried out raids in the eastern town of Sivrice, the news portal Ege Haber reported.\n\n"
        "Halil Demir, the governor of Elazig, said the network had worked for two years.\n\n"
        '"These men knew exactly which roads to use," Demir was quoted by Ege Haber as saying. '
        '"Nobody helped them by chance."\n'
    )
    report = report_of(text)
    assert holders(report, "which roads to use") == ["Halil Demir"]
    assert holders(report, "by chance") == ["Halil Demir"]
    assert any(p.summary.startswith("says") for p in actor_named(report, "Halil Demir").positions
               if "roads" in p.summary)


def test_a_capitals_place_closed_by_a_stop_then_the_agency_is_a_dateline_not_words() -> None:
    """ "BISHKEK. KABAR – Kyrgyzstan will ..., the minister said": the agency's name after the place is the
    dateline, no part of what the minister said."""
    text = (
        "Kyrgyzstan to raise pensions from April\n\n"
        "BISHKEK. KABAR – Kyrgyzstan will raise basic pensions by 12 percent from April 1, Minister of Social "
        "Development Nurgul Asanova said at a cabinet meeting on Wednesday.\n\n"
        "About 700,000 pensioners will benefit, the minister added.\n"
    )
    lines = summaries_by(text)["Nurgul Asanova"]
    assert any(line.startswith("says Kyrgyzstan will raise") for line in lines), lines


_PREMIER_AND_CAPTIONS = (
    "Premier rejects calls to reopen Territory border\n\n"
    "Kate Lindqvist NCA NewsWire\n"
    "Camera IconThe Chief Minister at a press conference in Darwin. Credit: News Corp Australia\n\n"
    "Northern Territory Chief Minister Ross Everingham has rejected calls from industry groups to reopen the "
    "border before the dry season.\n\n"
    "Camera IconMr Everingham said the rules would be reviewed each month. Tom Petrie Credit: News Corp Australia\n\n"
    '"We will not gamble with the health of Territorians," Mr Everingham told reporters on Thursday.\n\n'
    "Asked whether the border would open by June, Mr Everingham snapped back: "
    '"Stop asking me for dates I cannot give you."\n'
)


def test_a_caption_closed_by_its_credit_is_no_ones_words_and_its_icon_label_no_name() -> None:
    """ "Camera IconMr Everingham said ... Credit: News Corp Australia": a photo's caption, not a statement, and
    "Camera" or "IconMr Everingham" is no actor."""
    report = report_of(_PREMIER_AND_CAPTIONS)
    names = [a.name for a in report.stories[0].actors]
    assert not any("Camera" in n or "Icon" in n for n in names), names
    assert holders(report, "reviewed each month") == []


def test_a_retort_snapped_back_keeps_its_verb() -> None:
    """ "Mr Everingham snapped back: '...'": he snaps back, the quotation his; the verb is not "backs"."""
    lines = summaries_by(_PREMIER_AND_CAPTIONS)["Ross Everingham"]
    assert any(line.startswith("snaps back “Stop asking me") for line in lines), lines


def test_a_transcripts_label_with_the_office_after_the_name_is_that_persons_turn() -> None:
    """ "ROSA VENTER, PREMIER OF TASMANIA: Well, ...": a government transcript's label, the name the speaker and the
    office after the comma no organisation speaking."""
    text = (
        "Doorstop: Launceston\n\n"
        "Transcript\n"
        "Launceston\n\n"
        "ROSA VENTER, PREMIER OF TASMANIA: Good morning, everyone. The new hospital wing will open in March and it "
        "will double the number of beds in the north of the state.\n\n"
        "KEITH MARLOW, MINISTER FOR HEALTH: Thanks, Premier. Forty new nurses have already been hired for the wing.\n\n"
        "JOURNALIST: Minister, is the wing over budget?\n\n"
        "KEITH MARLOW, MINISTER FOR HEALTH: No, it is on budget and ahead of schedule.\n"
    )
    report = report_of(text)
    assert holders(report, "double the number of beds") == ["Rosa Venter"]
    assert holders(report, "ahead of schedule") == ["Keith Marlow"]


def test_an_office_whose_portfolio_is_joined_by_and_or_the_is_the_role_of_the_name_after_it() -> None:
    """ "Kuwait's Minister of Commerce and Industry Fahad Al-Mutairi", "Speaker of the Verkhovna Rada Ivan
    Tkachenko": a state agency writes the whole office before the name; the person speaks, the office is the
    role, and no body is named "Industry Fahad Al-Mutairi" or "Verkhovna Rada Ivan Tkachenko"."""
    text = (
        "Kuwait, Oman discuss boosting trade ties\n\n"
        "KUWAIT, Jan 8 (KUNA) -- Kuwait's Minister of Commerce and Industry Fahad Al-Mutairi discussed on Sunday "
        "with Oman's visiting Minister of Economy Salim Al-Harthy ways of boosting bilateral trade.\n\n"
        "Speaker of the Verkhovna Rada Ivan Tkachenko thinks it is not necessary to hold an early election in "
        "order to cancel deputy immunity.\n"
    )
    report = report_of(text)
    assert holders(report, "boosting bilateral trade") == ["Fahad Al-Mutairi"]
    assert holders(report, "early election") == ["Ivan Tkachenko"]
    assert actor_named(report, "Ivan Tkachenko").role == "Speaker of the Verkhovna Rada"


def test_a_name_written_again_by_its_initial_and_surname_is_the_same_person() -> None:
    """ "Speaker ... Oleksandr Moroz said ...", then "According to O. Moroz, ...": one person, under the whole name,
    with every statement."""
    text = (
        "Speaker says parliament can act\n\n"
        "Speaker of the parliament Oleksandr Moroz said the coalition would survive.\n\n"
        "According to O. Moroz, it is possible to hold a special session where the issue can be solved.\n\n"
        "At the same time O. Moroz noted that the opponents of the coalition understand this.\n"
    )
    report = report_of(text)
    assert holders(report, "special session") == ["Oleksandr Moroz"]
    assert holders(report, "coalition would survive") == ["Oleksandr Moroz"]


def test_a_parliaments_record_label_with_the_office_in_brackets_is_the_ministers_turn() -> None:
    """ "Hon LOUISE TAMIHANA (Minister of Housing): ..." and later "Hon LOUISE TAMIHANA: ...": both turns the
    minister's, the bracket her office, and the question put by the member no one's position."""
    text = (
        "Oral Questions — Questions To Ministers | Sitting Date: 4 March 2026\n\n"
        "Question No. 3—Housing\n\n"
        "3. DAVID KEREAMA (Labour—Rotorua) to the Minister of Housing: What progress has she made on new homes?\n\n"
        "Hon LOUISE TAMIHANA (Minister of Housing): This month we opened 400 new state homes in Hamilton and "
        "Tauranga, and I am very pleased with the pace of the build.\n\n"
        "David Kereama: Why are rents still rising?\n\n"
        "Hon LOUISE TAMIHANA: Rents are rising more slowly than they were under the previous Government.\n"
    )
    report = report_of(text)
    assert holders(report, "400 new state homes") == ["Louise Tamihana"]
    assert holders(report, "rising more slowly") == ["Louise Tamihana"]
