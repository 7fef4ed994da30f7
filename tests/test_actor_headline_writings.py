"""The name a headline gives its subject, written again in the text inside longer names, possessives
and products: evidence for that subject (``headline_writings``), and none for a name the headline only
holds inside a longer one."""

from __future__ import annotations

import pytest
from written import actors_of, report_of


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(report_of(text))]


def test_a_company_the_text_writes_inside_its_division_and_products_is_listed_first() -> None:
    # "Samsung" alone once; three times more inside "Samsung Electronics" (one read as a product's name)
    # and "Samsung Galaxy": the actor held too few mentions to be listed at all
    names = _names(
        "Samsung profit jumps on chip rebound\n\n"
        "SEOUL - Samsung Electronics posted a tenfold rise in quarterly operating profit on Friday as prices "
        "of memory chips recovered on demand for artificial intelligence servers.\n\n"
        "Operating profit at the Samsung Electronics chip division reached 6.6 trillion won. The company's "
        "mobile unit, which makes Samsung Galaxy phones, also gained.\n\n"
        "\"Demand for high-bandwidth memory remains strong,\" said Kim Jae-june, executive vice president of "
        "Samsung's memory business, on a call with analysts.\n\n"
        "SK Hynix, its domestic rival, reports results next week. Shares of the world's largest memory maker "
        "rose 1.2% in Seoul.\n\n"
        "Analysts at Daiwa Securities said the recovery would continue into next year."
    )
    assert names and names[0].startswith("Samsung"), names


def test_a_city_in_the_headline_written_inside_its_bodies_names_leads() -> None:
    names = _names(
        "Hong Kong shuts down as typhoon nears\n\n"
        "Offices and schools across Hong Kong closed on Friday as a typhoon approached, and the Hong Kong "
        "Observatory raised its highest warning. The Hong Kong Stock Exchange halted trading and the Hong Kong "
        "Police Force closed two tunnels. \"Stay indoors,\" said Lam Ka-fai, a senior forecaster at the "
        "Hong Kong Observatory. Cathay Pacific said it had cancelled 200 flights. Chief Executive John Lee said "
        "shelters were open."
    )
    assert names and names[0] == "Hong Kong", names


def test_a_city_the_headline_names_only_inside_a_paper_s_name_gets_no_headline_weight() -> None:
    names = _names(
        "New York Times sues chatbot maker over its archive\n\n"
        "The New York Times sued Larkspur AI on Wednesday, saying the company copied millions of its articles "
        "to train chatbots. The New York Times Company asked for damages. \"We respect the work of "
        "journalists,\" said Dana Pruitt, a Larkspur AI spokeswoman. New York lawmakers have proposed rules on "
        "the matter, and Governor Kathy Hochul said New York would study them."
    )
    assert "New York" not in names[:3], names


def test_a_headline_may_write_the_name_in_another_case() -> None:
    from brief.actors.salience import in_other_case

    assert in_other_case("Nasa picks a second moon lander", "NASA")
    assert in_other_case("KORVANE RECALLS 2 MILLION CARS", "Korvane")
    assert not in_other_case("the korvane of it all", "Korvane")  # a common word in lower case


def test_a_story_reads_its_actor_s_short_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``short_names`` reads every mention of the group: worked out once per group, not three times for each
    of its articles (issue 14), with the same count of writings."""
    from brief.actors import headline_writings

    text = ("Vessel Labs recalls heaters\n\n"
            "Vessel Labs recalled 40,000 heaters on Monday. Regulators said Vessel had sold them since March, and "
            "Vessel Labs said no one was hurt. Vessel plans to offer refunds.")
    calls = []
    real = headline_writings.short_names
    monkeypatch.setattr(headline_writings, "short_names", lambda group: calls.append(group) or real(group))
    names = _names(text)
    assert names and names[0] == "Vessel Labs", names
    groups = {id(g) for g in calls}
    assert len(calls) == 2 * len(groups), calls  # once in own_titles, once in unmentioned_writings
