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
