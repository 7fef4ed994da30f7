"""Titles of saved 2008-style pages: scripts printed before the document, a domain name before the headline,
a syndication credit after it (task titles66)."""

from __future__ import annotations

from brief.ingest.files import parse_article
from brief.ingest.sniff import looks_like_html

_BODY = (
    "<html><head><title>Ferry crews walk out at Marrowby</title></head><body>"
    "<h1>Ferry crews walk out at Marrowby</h1>"
    "<p>Ferry crews at Marrowby harbour walked out on Tuesday after talks over night shifts broke down, "
    "leaving hundreds of island commuters without a crossing for the morning.</p>"
    "<p>Union organiser Petra Kallvik said the crews had waited three months for an answer on rosters "
    "and would stay off the boats until the operator returned to the table.</p>"
    "<p>The operator, Gullane Ferries, said it regretted the disruption and hoped to run a reduced "
    "timetable by Thursday, using relief crews from its northern routes.</p></body></html>"
)


# a template's scripts, longer than the start of a text that is sniffed for a document
_SCRIPT = ('<script type="text/javascript">\n' + "".join(f"var track{n} = document.location.href + '?n={n}';\n" for n in range(120))
           + "</script>\n<link rel=stylesheet href=/style.css>\n")


def test_a_page_that_opens_with_its_scripts_is_html() -> None:
    script = _SCRIPT
    assert looks_like_html("<!--section:news-->\n" + script + _BODY)  # a template's comment, then its scripts
    assert looks_like_html("\n" + script + _BODY)
    assert looks_like_html("<!" + script + _BODY)  # a stray "<!" before the first script
    assert not looks_like_html("The <script> tag runs code, the tutorial said.\n" + script)  # prose opens with a word


def test_a_page_that_opens_with_a_comment_and_scripts_is_titled_by_its_headline() -> None:
    page = "<!--section:news--->\n" + _SCRIPT + _BODY
    article, _ = parse_article(page.encode(), 1, "page.html")
    assert article.title == "Ferry crews walk out at Marrowby"
    assert "var track" not in article.text


def test_a_domain_before_the_headline_and_a_paper_credited_after_it_are_cut() -> None:
    from brief.ingest.titles import clean_title

    assert clean_title("HarbourPost.com: Dockers vote to end the strike", []) == "Dockers vote to end the strike"
    assert clean_title("harbourpost.com: Dockers vote to end the strike", []) == "Dockers vote to end the strike"
    assert clean_title("harbourpost.com - Local News- Dockers vote to end the strike", []) == "Dockers vote to end the strike"
    assert clean_title("Dockers Vote To End The Strike (from The Harbour Post )", []) == "Dockers Vote To End The Strike"
    assert clean_title("Dockers vote to end the strike (from Marrowby Telegraph and Argus)", []) == "Dockers vote to end the strike"
    # a headline's own brackets, and a colon after a word that is no domain, stay
    assert clean_title("Why the dockers voted (from a picket line)", []) == "Why the dockers voted (from a picket line)"
    assert clean_title("Marrowby: Dockers vote to end the strike", []) == "Marrowby: Dockers vote to end the strike"
    assert clean_title("Harbourpost.com: Dockers win", []) == "Harbourpost.com: Dockers win"  # too short a headline to cut to


def test_utf8_once_read_as_windows_1252_is_mended() -> None:
    from brief.ingest.decode import decode_bytes
    from brief.ingest.mojibake import mend_mojibake

    mangled = "Marrowby’s ‘best’ café — £15m".encode().decode("cp1252").encode()  # saved again as UTF-8
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>{mangled.decode()}</title></head><body><h1>{mangled.decode()}</h1>"
        "<p>Marrowby" + "’".encode().decode("cp1252") + "s harbour café reopened on Friday after a refit that cost "
        "the town council far more than planned, councillors heard at a meeting that ran past midnight.</p>"
        "<p>Owner Petra Kallvik said the queue of customers on the first morning had stretched to the ferry ramp "
        "and the kitchen had run out of bread by ten.</p></body></html>"
    ).encode()
    text, note = decode_bytes(page)
    assert note is None and "Marrowby’s ‘best’ café — £15m" in text and "â€" not in text
    article, _ = parse_article(page, 1, "page.html")
    assert article.title == "Marrowby’s ‘best’ café — £15m"
    assert "Marrowby’s harbour café" in article.text
    # real words with accents, and French spacing before a guillemet, are left alone
    assert mend_mojibake("São Paulo, naïve, café\u00a0» fin, Ã") == "São Paulo, naïve, café\u00a0» fin, Ã"
