"""A story's subject lost to its name's shape or kind (session 27's subjects11): a company whose name opens
in lower case. Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.camel_names import camel_companies, camel_shape


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
