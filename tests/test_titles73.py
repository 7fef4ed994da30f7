"""A table's row of menu items at the top of a page's text is never its headline (brief.ingest.text)."""

from brief.ingest.text import article_from_text

MENU_PAGE = """| HOME | RSS FEEDS | MARKETS | SEARCH | CONTACT |

| | |

The ferry between Kessel and the harbour islands will stop running in March, the operator said on Monday.

Fares rose twice last year, and the operator blamed the cost of fuel for the closure of the route."""

HEADLINED_PAGE = """Kessel ferry to stop in March

The ferry between Kessel and the harbour islands will stop running in March, the operator said on Monday.

Fares rose twice last year, and the operator blamed the cost of fuel for the closure of the route."""


def test_menu_row_is_no_title():
    article = article_from_text(MENU_PAGE, 1, "ferry.txt")
    assert "HOME" not in article.title
    assert article.title.startswith("The ferry between Kessel and the harbour islands")


def test_headline_line_still_titles():
    assert article_from_text(HEADLINED_PAGE, 1, "ferry.txt").title == "Kessel ferry to stop in March"


def test_two_cells_may_hold_a_headline():
    page = "| Business | Kessel ferry to stop in March |\n\n" + HEADLINED_PAGE.split("\n\n", 1)[1]
    assert "Kessel ferry to stop in March" in article_from_text(page, 1, "ferry.txt").title
