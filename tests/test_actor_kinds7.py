"""Kinds on real-looking pages (session 31's kinds7): a company written with an ampersand is one body, not
a man named by its second word ("Marks & Spencer"); a venue named for its sponsor does not take the
sponsor's own mentions ("analysts at Barclays" beside "the Barclays Center"); a one-word stage name after
"<field> star" is a person's; the page's own publisher announcing its scoop ("Page Six has learned") is the
channel, a body, never a person. Every text is written here."""

from __future__ import annotations

import dataclasses

from written import actors_of, kinds_of, report_of

from brief import pipeline
from brief.actors.ampersand_names import with_ampersand_names
from brief.actors.body_appositions import body_context
from brief.actors.named_people import called_a_person
from brief.actors.product_signs import owned_by_body
from brief.actors.tagged_spans import with_particles
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text


def test_an_ampersand_joins_a_half_tagged_company() -> None:
    words = "Harlow & Pennick said sales rose".split()
    assert with_ampersand_names(words, [(2, 3, "PER")]) == [(0, 3, "ORG")]
    assert with_ampersand_names(words, [(0, 1, "ORG"), (2, 3, "ORG")]) == [(0, 3, "ORG")]


def test_two_people_either_side_of_an_ampersand_stay_two() -> None:
    words = "Dana & Rhys Colter married in June".split()
    spans = [(0, 1, "PER"), (2, 4, "PER")]
    assert with_ampersand_names(words, spans) == spans


def test_a_company_with_an_ampersand_is_not_a_man() -> None:
    text = ("Retailers report a strong Christmas\n\nMarks & Spencer said Christmas sales rose 5 percent, beating "
            "forecasts. The retailer said food sales were especially strong in December.")
    kinds = kinds_of(text)
    assert kinds.get("Marks & Spencer") == "organization"
    assert "Spencer" not in kinds


def test_a_sponsor_is_not_its_venue() -> None:
    text = ("Arena reopens to fans\n\nAnalysts at Corvane said on Friday that ticket sales were strong. Fans returned "
            "to the Corvane Center for the first time in a year, and Corvane said it welcomed the reopening.")
    names = {a.name: a.aliases for a in actors_of(report_of(text))}
    assert "Corvane" in names
    assert "Corvane" not in names.get("Corvane Center", ())


def test_a_field_star_is_a_person() -> None:
    text = ("Gala raises millions for flood victims\n\nAfrobeats star Zenzo headlined the gala on Saturday. "
            "\"We cannot sit back while our people suffer,\" Zenzo told the crowd.")
    assert called_a_person(text, "Zenzo")
    assert kinds_of(text).get("Zenzo") == "person"


def test_star_alone_or_a_sentence_start_is_no_calling() -> None:
    assert not called_a_person("The best seat went to star Orlo, then to Orlo's team.", "Orlo")


def test_the_publishers_scoop_is_no_person() -> None:
    text = ("Couple's embryo fight takes a turn\n\nIn the latest twist in the fight over the frozen embryos, Kit "
            "Lowry has learned that lawyers are preparing a new lawsuit in Louisiana. The couple split in 2014, "
            "and the case has been in the courts for years.")
    article = dataclasses.replace(article_from_text(text, 1, "1.txt"), site=("kitlowry.com",))
    report = pipeline.build_report(Loaded((article,)), pipeline.Options(workers=1, one_story=True))
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Kit Lowry") in (None, "organization")


def test_a_bodys_product_after_its_possessive_is_no_actor() -> None:
    text = ("Voice assistants get smarter\n\nBrindle said on Tuesday that its sales rose 8 percent. Brindle's Orla "
            "assistant now answers in six languages, and the company plans to add more next year. \"People talk to "
            "Orla every day,\" said Mira Kell, who runs the assistant team.")
    assert owned_by_body(text, [(text.index("Orla"), text.index("Orla") + 4)], frozenset({"Brindle"}))
    assert "Orla" not in kinds_of(text)


def test_a_name_apposed_to_a_bodys_product_is_no_actor() -> None:
    text = ("Phone review: smart but pricey\n\nThe new handset leans hard on Orla, Brindle's AI assistant, which "
            "answers in six languages. Brindle says the phone will get seven years of updates. \"We wanted it to "
            "feel made for you,\" said Mira Kell, Brindle's head of devices.")
    at = text.index("Orla")
    assert owned_by_body(text, [(at, at + 4)], frozenset({"Brindle"}))
    assert "Orla" not in kinds_of(text)


def test_a_product_written_with_its_model_number_and_edition_is_no_actor() -> None:
    text = ("Corvane 7 Pro review: the best phone yet\n\nThe Corvane 7 Pro is the phone Brindle has been trying to "
            "make for five years. The Corvane 7 Pro lasts a day and a half on a charge. Brindle says the phone will "
            "get seven years of updates. \"We wanted the Corvane to feel made for you,\" said Mira Kell, Brindle's "
            "head of devices.")
    kinds = kinds_of(text)
    assert not any(name.startswith("Corvane") for name in kinds), kinds
    assert kinds.get("Brindle") == "organization", kinds


def test_a_unit_that_speaks_stays_a_party() -> None:
    text = ("Search unit reorganised\n\nHollin's Quarry said on Monday it would cut 200 jobs. Quarry said the "
            "cuts would fall mostly in sales, and Hollin said it backed the plan.")
    assert kinds_of(text).get("Quarry") == "organization" or kinds_of(text).get("Hollin's Quarry") == "organization"


def test_a_body_apposition_after_a_place_shaped_name() -> None:
    assert body_context(", her publisher, said sales had tripled")
    assert body_context(", the company that runs the site, said")
    assert not body_context(", the capital, said")
    text = ("Memoir sales triple after prize\n\nThe memoir won the prize on Monday. Greyfield House, her publisher, "
            "said sales had tripled since the announcement.")
    assert kinds_of(text).get("Greyfield House") == "organization"


def test_a_name_with_bin_is_a_persons_though_read_as_a_body() -> None:
    words = "Sheikh Tamim bin Hamad Al Thani said Qatar would help".split()
    assert with_particles(words, [(0, 2, "ORG"), (3, 6, "PER")]) == [(0, 6, "PER")]
    words = "staff at Hamad bin Khalifa University said they would host".split()
    assert with_particles(words, [(2, 3, "PER"), (4, 6, "ORG")]) == [(2, 6, "ORG")]
    text = ("Gulf leaders meet\n\nThe leaders met on Monday in Doha. Sheikh Tamim bin Hamad Al Thani said Qatar "
            "would mediate. Officials said the talks went well.")
    assert "organization" not in {kind for name, kind in kinds_of(text).items() if "Tamim" in name}
