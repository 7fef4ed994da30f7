"""A story in another language that carries English (a quotation, a cookie notice) is still not English;
an English story quoting another language, or holding code or a list of names, is still English
(brief.text.language._foreign_sentences). Texts written here."""

from __future__ import annotations

import pytest

from brief.text.language import guess_language

INDONESIAN = (
    "Pemerintah daerah pada hari Kamis memutuskan untuk menunda pembangunan pasar baru di tepi sungai selama "
    "enam bulan karena biaya bahan bangunan naik tajam sejak awal tahun. Bupati Rina Hartono mengatakan "
    "keputusan itu sulit tetapi perlu diambil agar anggaran tetap sehat."
)
COOKIES = "We use cookies to give you the best experience on our website. By using this site you agree to our cookie policy."
DUTCH = (
    "De gemeente heeft donderdag besloten de bouw van de nieuwe markt aan de rivier zes maanden uit te stellen. "
    "Wethouder Rina de Vries zei: \"We simply cannot pay for it this year, and we will not borrow for it.\" "
    "Volgens de ondernemers op de oude markt komt het uitstel hun slecht uit omdat hun kramen aan vervanging toe zijn. "
    "De provincie zou eerder de helft van de kosten van acht miljoen euro betalen."
)


@pytest.mark.parametrize("text", [INDONESIAN + "\n\n" + COOKIES, DUTCH])
def test_a_story_in_another_language_carrying_english_is_not_english(text: str) -> None:
    assert guess_language(text) != "en"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor answered in Spanish. \"No vamos a permitir que la situación siga empeorando en las próximas "
        "semanas,\" dijo ella.\n\nShe later told reporters that the council would act quickly, and that new "
        "measures would be announced within days.",
        "To install it, run this in a terminal.\n\npip install rivertools --upgrade --user\n\nresult = "
        "forecast_for_region(region, days=3, units=metric).\n\nThe function returns a list of forecasts, one "
        "for each day, with the wind speed and the times of the tides.",
    ],
)
def test_an_english_story_quoting_another_language_or_code_is_english(text: str) -> None:
    assert guess_language(text) == "en"
