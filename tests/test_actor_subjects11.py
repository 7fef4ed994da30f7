"""A story's subject lost to its name's shape or kind (session 27's subjects11): a company whose name opens
in lower case, a one-word name that speaks of itself as "she" or dies at an age. Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.camel_names import camel_companies, camel_shape
from brief.actors.person_signs import self_or_death


def test_a_lower_case_company_shown_as_one_is_the_subject() -> None:
    text = ("kiVolta to cut 400 jobs as orders slow\n\n"
            "kiVolta said on Tuesday it would cut 400 jobs, or a tenth of its staff, as orders for its home "
            "batteries slowed. Chief executive Marit Olsund said in a memo that costs had outgrown sales. "
            "Shares of kiVolta fell 4% in early trading. Analyst Conrad Bexley said the cuts were overdue.")
    actors = actors_of(report_of(text))
    assert ("kiVolta", "organization") in [(a.name, a.kind) for a in actors[:3]]


def test_a_lower_case_word_is_a_company_only_where_the_text_shows_one() -> None:
    assert camel_shape("kiVolta") and camel_shape("my6sense") and camel_shape("eBay")
    assert not camel_shape("kWh") and not camel_shape("Volta") and not camel_shape("voltage")
    assert camel_companies("kiVolta said it would. The kiVolta app is new.") == {"kiVolta"}
    assert camel_companies("the founder of zaPlex spoke") == {"zaPlex"}
    # a product's shape, never shown as a firm: no actor
    assert camel_companies("The iWand 3 costs $799, and iWand sales rose. mRNA vaccines work.") == set()


def test_a_name_that_says_she_or_dies_at_an_age_is_a_person() -> None:
    assert self_or_death("Zelvana said she would appeal.", "Zelvana")
    assert self_or_death("Orvino, the Brazilian football great, died on Thursday at the age of 82.", "Orvino")
    assert self_or_death("Orvino dies at 82", "Orvino")
    assert not self_or_death("Zelvana said it would appeal. Orvino fell 3% on Thursday.", "Zelvana")
    assert not self_or_death("Orvino, the chip maker, said prices died down at 82 stores.", "Orvino")


def test_a_one_word_name_that_dies_at_an_age_is_listed_a_person() -> None:
    text = ("Pele, Brazil's three-time World Cup winner, dies at 82\n\n"
            "Pele, the Brazilian soccer great who won three World Cups, died on Thursday at the age of 82, the "
            "hospital treating him said. The former striker had been battling cancer since 2021. Brazil's "
            "president declared three days of mourning. Pele scored more than 1,000 goals in a career of two decades.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Pele") == "person"
