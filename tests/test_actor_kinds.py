"""What kind of thing a name is, on articles written for these tests: products, defined terms,
lists of companies, portfolios in titles, bodies named after towns, and the outlets that carry a story."""

from __future__ import annotations

from brief import pipeline
from brief.actors.mentions import Token, _entity_mention
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.model import Actor, Article, Report


def _report(*texts: str) -> Report:
    articles = tuple(article_from_text(t, i, f"{i}.txt") for i, t in enumerate(texts, 1))
    return pipeline.build_report(Loaded(articles), pipeline.Options(workers=1, one_story=True))


def _actors(report: Report) -> tuple[Actor, ...]:
    return tuple(actor for story in report.stories for actor in story.actors)


def _named(report: Report, name: str) -> list[Actor]:
    return [a for a in _actors(report) if a.name == name or name in a.aliases]


def test_a_name_with_a_model_number_is_a_product_not_an_actor() -> None:
    text = (
        "Where to find the new graphics cards\n\n"
        "Kestrel Semiconductor's ZVX 4080 graphics cards went on sale on Thursday and sold out at once. "
        "The ZVX 4090 also sold out within minutes, and the ZVX 4070 will follow next month. "
        "Kestrel Semiconductor said it expects shortages for months. "
        "Shoppers who want a ZVX 4080 can sign up for alerts, and the ZVX 4090 costs twice as much."
    )
    report = _report(text)
    assert not _named(report, "ZVX")
    assert _named(report, "Kestrel Semiconductor")


def test_a_model_after_a_camel_case_product_line_is_no_actor() -> None:
    text = (
        "The new phone is here\n\n"
        "The new zPhone QX is cheaper than the flagship. The zPhone QX has a smaller screen. "
        "Reviewers said the zPhone QX feels fast."
    )
    assert not _named(_report(text), "QX")


def test_a_name_the_tagger_cut_to_a_common_word_keeps_its_first_word() -> None:
    text = "- Best Buy lists the console at $499."
    article = Article(1, "Consoles", "1.txt", text)
    sent = [Token(w, text.index(w), text.index(w) + len(w)) for w in ("-", "Best", "Buy", "lists")]
    mention = _entity_mention(article, 0, sent, 2, 3, "ORG", {"buy", "lists"})  # the tagger's span: "Buy"
    assert mention is not None and mention.name == "Best Buy"


def test_names_listed_with_companies_are_companies() -> None:
    text = (
        "Cards are scarce\n\n"
        "Stores list cards from Zentrix, Gorvo, MSI, Palvan, PNY and EVGA. "
        "Another store has models from PNY, Zotac, MSI, EVGA, Gorvo and Palvan. "
        "A third has cards from Zotac, Palvan, MSI and Gorvo."
    )
    report = _report(text)
    for name in ("Gorvo", "Palvan"):
        assert all(a.kind != "person" for a in _named(report, name)), name


def test_people_listed_with_a_body_stay_people() -> None:
    text = (
        "Budget talks\n\n"
        "President Maria Delvaux met Senator Tom Okafor on Monday. "
        "Delvaux, Okafor and Congress failed to agree on the budget, and Okafor said talks would resume."
    )
    report = _report(text)
    assert _named(report, "Maria Delvaux")[0].kind == "person"  # one body in the list: no list of bodies


def test_an_acronym_defined_with_plain_words_is_a_term_not_an_organisation() -> None:
    text = (
        "Drive makers promise bigger disks\n\n"
        "This week Halvorsen Denko said it had improved on Heat Assisted Magnetic Recording (HAMR) "
        "technology for next-generation hard drives. Today's drives use perpendicular magnetic recording. "
        "HAMR works by heating the disk briefly. "
        "Halvorsen Denko believes its HAMR technology will triple capacity. "
        "Rivals will start shipping drives that use HAMR this year. "
        "The Upper Dunmore Cricket Association (UDCA) said its matches would go ahead, and the UDCA thanked sponsors."
    )
    report = _report(text)
    assert not _named(report, "HAMR") and not _named(report, "Heat Assisted Magnetic Recording")
    assert _named(report, "Upper Dunmore Cricket Association")


def test_a_portfolio_in_a_title_is_not_an_organisation() -> None:
    text = (
        "Trade row\n\n"
        "The move comes as International Trade Secretary Lena Marsh faces pressure from MPs. "
        "The International Trade Secretary insists that the deals protect farmers. "
        "Lena Marsh said the talks would go on, and International Trade Secretary Lena Marsh met farmers."
    )
    report = _report(text)
    assert not _named(report, "International Trade")
    assert _named(report, "Lena Marsh")


def test_a_body_named_after_its_town_is_an_organisation() -> None:
    text = (
        "Hospital closes wards\n\n"
        "Visitors will not be allowed from tomorrow at hospitals in the region.\n\n"
        "Dunmere University Hospital have announced that they will not be allowing visitors from tomorrow. "
        "Patients at Dunmere University Hospital were told on Monday."
    )
    hospital = _named(_report(text), "Dunmere University Hospital")
    assert hospital and hospital[0].kind == "organization"


def test_an_outlet_that_reports_nothing_is_not_an_actor() -> None:
    text = (
        "Teachers get a raise\n\n"
        "Voters approved a raise for retired teachers, and association director Tim Dorsey told KZAB it was a win. "
        "Dorsey spoke to KZAB in June, a week after the vote. "
        "When you join The Harbour Times family, you get unlimited access. "
        "Dorsey said the fund still faces a shortfall."
    )
    report = _report(text)
    assert not _named(report, "KZAB") and not _named(report, "Harbour Times")
    assert _named(report, "Tim Dorsey")


def test_a_paper_the_tagger_took_for_a_place_is_an_organisation() -> None:
    text = (
        "Chefs back campaign\n\n"
        "Chefs today backed the Mail on Sunday's campaign for food standards, and a Mail on Sunday poll "
        "shows wide support. Readers can back the Mail on Sunday's campaign online. "
        "The Mail on Sunday has revealed that ministers will vote next week."
    )
    for actor in _named(_report(text), "Mail"):
        assert actor.kind == "organization"


def test_an_outlet_in_the_headline_is_the_subject() -> None:
    text = (
        "The Harbour Times turns ten\n\n"
        "The Harbour Times began as a weekly in a single room. "
        "Editor Ana Ruiz said the paper now has forty reporters, and The Harbour Times plans a new edition."
    )
    report = _report(text)
    times = _named(report, "Harbour Times")
    assert times and times[0].role != "news outlet"


def test_a_title_in_quotes_with_its_comma_inside_is_no_actor() -> None:
    text = (
        "Museum raises funds\n\n"
        "A portion of this money will be raised through “Every Patron,” a fundraising campaign for the museum "
        "launched in 2019. The museum said “Every Patron,” has raised $2 million."
    )
    report = _report(text)
    assert not _named(report, "Patron") and not _named(report, "Every Patron")
